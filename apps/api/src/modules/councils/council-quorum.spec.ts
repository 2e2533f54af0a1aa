import { councilQuorum, type QuorumInput } from './council-quorum';

const base: QuorumInput = {
  members: 9,
  present: 6,
  proxies: 0,
  proxiesAllowed: false,
  quorumShare: 2 / 3,
  awardPresenceShare: null,
  award: false,
};

describe('councilQuorum', () => {
  it('meets at exactly 2/3 of nine members and not one below', () => {
    expect(councilQuorum(base)).toMatchObject({ required: 6, attending: 6, met: true });
    const below = councilQuorum({ ...base, present: 5 });
    expect(below).toMatchObject({ required: 6, met: false });
    expect(below.explanation).toContain('Có 5/9 thành viên dự họp');
    expect(below.explanation).toContain('cần ít nhất 6 (2/3) để họp');
  });

  it('applies the award-session share to an award session only', () => {
    const award = { ...base, members: 10, present: 7, awardPresenceShare: 0.8, award: true };
    const refused = councilQuorum(award);
    expect(refused).toMatchObject({ required: 8, met: false, awardShare: true, share: 0.8 });
    expect(refused.explanation).toContain('cần ít nhất 8 (80%) để họp xét khen thưởng');
    expect(councilQuorum({ ...award, present: 8 })).toMatchObject({ required: 8, met: true });
    // the same attendance meets the ordinary 2/3 (7 of 10) in a session of another kind
    expect(councilQuorum({ ...award, award: false })).toMatchObject({
      required: 7,
      met: true,
      awardShare: false,
    });
  });

  it('counts proxies only where the council allows them', () => {
    const withProxy = { ...base, present: 5, proxies: 1 };
    expect(councilQuorum(withProxy)).toMatchObject({ attending: 5, proxies: 0, met: false });
    expect(councilQuorum({ ...withProxy, proxiesAllowed: true })).toMatchObject({
      attending: 6,
      proxies: 1,
      met: true,
    });
  });

  it('never meets without members', () => {
    const empty = councilQuorum({ ...base, members: 0, present: 0 });
    expect(empty.met).toBe(false);
    expect(empty.explanation).toContain('chưa có thành viên');
  });
});
