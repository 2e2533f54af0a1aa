import { randomUUID } from 'node:crypto';
import { SYSTEM_ROLES, candidateResult } from '@thidua/shared-domain';
import { createValidationPipe } from '../core/validation/validation.pipe';
import { AddNomineeInput } from '../modules/awards/award.inputs';
import { AddCouncilMemberInput, CreateCouncilInput } from '../modules/councils/council.inputs';
import { DEMO_AWARD_ROUNDS, DEMO_DOSSIERS, nomineeCode, staffOf } from './demo-awards';
import {
  DEMO_COUNCILS,
  DEMO_COUNCIL_DOSSIERS,
  DEMO_DECISIONS,
  DEMO_SESSIONS,
  paperFigures,
} from './demo-councils';
import { DEMO_ACCOUNTS, DEMO_PEOPLE, DEMO_UNITS } from './demo-province';

const pipe = createValidationPipe();
const council = (key: string) => DEMO_COUNCILS.find((c) => c.key === key)!;
const dossier = (key: string) => DEMO_COUNCIL_DOSSIERS.find((d) => d.key === key)!;
const person = (code: string) => DEMO_PEOPLE.find((p) => p.code === code)!;

/**
 * The councils' demo data (demo-councils.ts) as data: what the loader would be refused for, or what
 * would make the demo say something untrue, caught without a database (the loaded state is
 * test/demo.int-spec.ts's, its councils part).
 */
describe('demo councils: composition', () => {
  it('seat one Chủ tịch and one Ủy viên thư ký, each member a current person of the unit', async () => {
    for (const c of DEMO_COUNCILS) {
      expect(c.members.filter((m) => m.role === 'CHU_TICH')).toHaveLength(1);
      expect(c.members.filter((m) => m.role === 'UY_VIEN_THU_KY')).toHaveLength(1);
      const codes = c.members.map((m) => nomineeCode(m.person));
      expect(new Set(codes).size).toBe(codes.length);
      for (const [i, m] of c.members.entries()) {
        expect(m.person.unit === c.unit || m.person.unit.startsWith(`${c.unit}-`)).toBe(true);
        // a member from a day they held the post the title names
        const post = person(codes[i]!).positions.find(
          (p) => p.unit === m.person.unit && !p.endedOn,
        )!;
        expect(post.startedOn <= m.from).toBe(true);
      }
      expect(DEMO_UNITS.find((u) => u.code === c.standing)?.parent).toBe(c.unit);
      await expect(
        pipe.transform(
          {
            unitId: randomUUID(),
            standingUnitId: randomUUID(),
            decisionNumber: c.decisionNumber,
            decisionDate: c.decisionDate,
            decisionText: c.decisionText,
          },
          { type: 'body', metatype: CreateCouncilInput },
        ),
      ).resolves.toBeDefined();
      for (const m of c.members)
        await expect(
          pipe.transform(
            {
              councilId: randomUUID(),
              personId: randomUUID(),
              role: m.role,
              title: m.title,
              from: m.from,
            },
            { type: 'body', metatype: AddCouncilMemberInput },
          ),
        ).resolves.toBeDefined();
    }
  });

  it('link two demo accounts to their own member, with the council’s permissions at its unit', () => {
    const linked = DEMO_COUNCILS.flatMap((c) =>
      c.members.flatMap((m) => (m.account ? [{ c, m }] : [])),
    );
    expect(linked.map((x) => x.m.account).sort()).toEqual(['thuky.hd', 'uyvien.hd']);
    for (const { c, m } of linked) {
      const account = DEMO_ACCOUNTS.find((a) => a.username === m.account)!;
      expect(account.fullName).toBe(person(nomineeCode(m.person)).fullName);
      expect(account.scope).toBe(c.unit);
      expect(SYSTEM_ROLES[account.role].permissions).toContain('COUNCIL_READ');
    }
  });
});

describe('demo councils: dossiers and sessions', () => {
  it('route dossiers of their own, from units free in their rounds, to the councils', async () => {
    for (const d of DEMO_COUNCIL_DOSSIERS) {
      const round = DEMO_AWARD_ROUNDS.find((r) => r.key === d.round)!;
      // one dossier per round and proposing unit; the receiving unit never proposes to itself
      expect(DEMO_DOSSIERS.some((x) => x.round === d.round && x.unit === d.unit)).toBe(false);
      expect(d.unit).not.toBe(round.receiving);
      expect(d.steps.map((s) => s.do)).toEqual([
        'SUBMIT',
        'RECEIVE',
        'APPRAISE',
        'FORWARD_TO_COUNCIL',
      ]);
      for (const n of d.nominees) {
        if (n.person)
          expect(staffOf((n.person as { unit: string }).unit)).toContain(nomineeCode(n.person));
        await expect(
          pipe.transform(
            {
              dossierId: randomUUID(),
              version: 1,
              subject: n.subject,
              ...(n.person ? { personId: randomUUID() } : {}),
              ...(n.unit ? { unitId: randomUUID() } : {}),
              awardCode: n.awardCode ?? null,
              awardName: n.awardName ?? null,
              achievements: n.achievements,
              initiativeIds: [],
            },
            { type: 'body', metatype: AddNomineeInput },
          ),
        ).resolves.toBeDefined();
      }
    }
  });

  it('meet with every member present but one absent in writing, a ballot per member present', () => {
    for (const s of DEMO_SESSIONS) {
      const c = council(s.council);
      const d = dossier(s.dossier);
      expect(d.round).toBe(s.round);
      expect(DEMO_AWARD_ROUNDS.find((r) => r.key === s.round)?.receiving).toBe(c.standing);
      expect(s.chair).not.toBe(s.secretary);
      expect([s.chair, s.secretary]).not.toContain(s.absent.member);
      expect(c.members[s.chair]?.role).toBe('CHU_TICH');
      expect(c.members[s.secretary]?.role).toBe('UY_VIEN_THU_KY');
      // the quorum: 2/3 of the members present
      expect(s.ballots.length).toBe(c.members.length - 1);
      expect(s.ballots.length / c.members.length).toBeGreaterThanOrEqual(2 / 3);
      const keys = d.nominees.map((n) => n.key).sort();
      for (const b of s.ballots) expect(Object.keys(b).sort()).toEqual(keys);
      expect(Object.keys(s.absent.choices).sort()).toEqual(keys);
      if (s.mode === 'PAPER') {
        expect(s.entries).toHaveLength(2);
        expect(new Set(s.entries).size).toBe(2);
        for (const u of s.entries!) {
          const a = DEMO_ACCOUNTS.find((x) => x.username === u)!;
          expect(SYSTEM_ROLES[a.role].permissions).toContain('COUNCIL_MANAGE');
        }
      }
    }
  });

  it('decide exactly what the tallies pass, by the majority of the members (no vote threshold)', () => {
    for (const s of DEMO_SESSIONS) {
      const members = council(s.council).members.length;
      const passed = dossier(s.dossier)
        .nominees.map((n) => n.key)
        .filter((k) => {
          const f = paperFigures(s.ballots, k);
          const written = s.absent.choices[k] === 'AGREE' ? 1 : 0;
          return candidateResult({
            agree: f.agree + written,
            disagree: f.disagree + 1 - written,
            members,
            voters: members,
            threshold: null,
          }).passed;
        });
      const decided = DEMO_DECISIONS.filter((d) => d.session === s.key).flatMap((d) => d.nominees);
      expect(decided.sort()).toEqual(passed.sort());
    }
    // the Sở's session also shows a nominee the council did not pass
    const room = DEMO_SESSIONS.find((s) => s.key === 'snv-room')!;
    expect(
      DEMO_DECISIONS.filter((d) => d.session === room.key).flatMap((d) => d.nominees),
    ).not.toContain('tdkt-cv2');
    for (const d of DEMO_DECISIONS) {
      expect(DEMO_UNITS.some((u) => u.code === d.issuer && u.shortName)).toBe(true);
      expect(staffOf(d.signer.person.unit)[d.signer.person.staff]).toBeDefined();
    }
  });
});
