import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../text/fold';
import {
  checkQuotas,
  dossierActionRefusal,
  dossierActions,
  dossierClock,
  dossierNext,
  isDossierEditable,
  rankForQuota,
} from './dossiers';

const sameForm = (a: string, b: string) =>
  foldVietnamese(a).toLowerCase() === foldVietnamese(b).toLowerCase();

describe('dossier routing', () => {
  it('sends, receives, appraises and forwards a file to the council', () => {
    let s = dossierNext('DRAFT', 'SUBMIT');
    expect(s).toBe('SUBMITTED');
    s = dossierNext('SUBMITTED', 'RECEIVE');
    expect(s).toBe('RECEIVED');
    s = dossierNext('RECEIVED', 'APPRAISE');
    expect(s).toBe('APPRAISED');
    expect(dossierNext('APPRAISED', 'FORWARD_TO_COUNCIL')).toBe('READY_FOR_COUNCIL');
    expect(dossierNext('READY_FOR_COUNCIL', 'DECIDE')).toBe('DECIDED');
    expect(dossierNext('APPRAISED', 'DECIDE')).toBe('DECIDED');
    expect(dossierNext('RECEIVED', 'DECIDE')).toBeNull();
  });

  it('returns from reception, appraisal and the council queue, and a returned file is resent', () => {
    for (const from of ['SUBMITTED', 'RECEIVED', 'APPRAISED', 'READY_FOR_COUNCIL'] as const)
      expect(dossierNext(from, 'RETURN')).toBe('RETURNED');
    expect(dossierNext('RETURNED', 'SUBMIT')).toBe('SUBMITTED');
    expect(dossierNext('DECIDED', 'RETURN')).toBeNull();
    expect(dossierNext('DRAFT', 'RETURN')).toBeNull();
  });

  it('lets the proposing unit recall only what nobody has opened', () => {
    expect(dossierNext('SUBMITTED', 'RECALL')).toBe('DRAFT');
    expect(dossierNext('RECEIVED', 'RECALL')).toBeNull();
  });

  it('offers each side only its own actions', () => {
    expect(dossierActions('SUBMITTED', 'SUBMITTER')).toEqual(['RECALL', 'WITHDRAW']);
    expect(dossierActions('SUBMITTED', 'RECEIVER')).toEqual(['RECEIVE', 'RETURN']);
    expect(dossierActions('RETURNED', 'SUBMITTER')).toEqual(['SUBMIT', 'WITHDRAW']);
    expect(dossierActions('DECIDED', 'RECEIVER')).toEqual([]);
  });

  it('explains a refusal in Vietnamese, and edits only while the file is with its unit', () => {
    expect(dossierActionRefusal('DECIDED', 'RETURN')).toBe(
      'Không thể "trả lại" khi hồ sơ đang ở trạng thái "Đã có quyết định".',
    );
    expect(isDossierEditable('RETURNED')).toBe(true);
    expect(isDossierEditable('SUBMITTED')).toBe(false);
  });

  it('runs the 05-day reception clock and the 20-day appraisal clock', () => {
    expect(dossierClock('SUBMITTED')).toBe('RECEPTION');
    expect(dossierClock('RECEIVED')).toBe('APPRAISAL');
    expect(dossierClock('APPRAISED')).toBeNull();
  });
});

describe('quotas', () => {
  const lines = [
    { form: 'Giấy khen của Chánh Văn phòng', either: 1 },
    { form: 'Bằng khen của Chủ tịch UBND tỉnh', collectives: 2, individuals: 3 },
  ];

  it('counts "tập thể hoặc cá nhân" together, matching forms without accents or case', () => {
    const [f] = checkQuotas(
      lines,
      [{ form: 'giay khen cua chanh van phong', collectives: 1, individuals: 1 }],
      sameForm,
    );
    expect(f).toMatchObject({ limit: 1, used: 2, over: true });
    expect(f?.explanation).toBe(
      'Giấy khen của Chánh Văn phòng: đề nghị 02 tập thể hoặc cá nhân, kế hoạch cho phép không quá 01 (vượt 01).',
    );
  });

  it('checks collectives and individuals apart, and reports a line within its limit', () => {
    const found = checkQuotas(
      lines,
      [{ form: 'Bằng khen của Chủ tịch UBND tỉnh', collectives: 2, individuals: 4 }],
      sameForm,
    );
    expect(found.map((f) => [f.form, f.used, f.over])).toEqual([
      ['Giấy khen của Chánh Văn phòng', 0, false],
      ['Bằng khen của Chủ tịch UBND tỉnh', 2, false],
      ['Bằng khen của Chủ tịch UBND tỉnh', 4, true],
    ]);
  });

  it('leaves a form the plan does not limit unreported', () => {
    expect(
      checkQuotas([], [{ form: 'Giấy khen', collectives: 9, individuals: 9 }], sameForm),
    ).toEqual([]);
  });
});

describe('tie-break', () => {
  it('ranks by score, then women and collectives with at least 70% women first', () => {
    const ranked = rankForQuota([
      { id: 'a', score: 9, subject: 'INDIVIDUAL', female: false },
      { id: 'b', score: 9, subject: 'INDIVIDUAL', female: true },
      { id: 'c', score: 10, subject: 'COLLECTIVE', womenShare: 0.1 },
      { id: 'd', score: 9, subject: 'COLLECTIVE', womenShare: 0.7 },
      { id: 'e', score: 9, subject: 'COLLECTIVE', womenShare: 0.69 },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['c', 'b', 'd', 'a', 'e']);
    expect(ranked.find((r) => r.id === 'b')?.byWomenPriority).toBe(true);
    expect(ranked.find((r) => r.id === 'c')?.byWomenPriority).toBe(false);
  });

  it('keeps the given order where nothing breaks the tie, and claims no priority among equals', () => {
    const ranked = rankForQuota([
      { id: 'x', score: 5, subject: 'INDIVIDUAL', female: true },
      { id: 'y', score: 5, subject: 'INDIVIDUAL', female: true },
    ]);
    expect(ranked.map((r) => [r.id, r.rank, r.byWomenPriority])).toEqual([
      ['x', 1, false],
      ['y', 2, false],
    ]);
  });
});
