import { randomUUID } from 'node:crypto';
import {
  AWARD_ROUND_KIND_TRACKS,
  DOSSIER_STATUSES,
  awardKind,
  checkQuotas,
  dossierNext,
  isDossierEditable,
  sameAwardForm,
  type DossierStatus,
} from '@thidua/shared-domain';
import { createValidationPipe } from '../core/validation/validation.pipe';
import {
  AddNomineeInput,
  CreateAwardRoundInput,
  EscalateAwardDossierInput,
  ReturnAwardDossierInput,
  WithdrawAwardDossierInput,
} from '../modules/awards/award.inputs';
import { fileProblem } from '../modules/files/file-types';
import {
  DEMO_AWARD_ROUNDS,
  DEMO_DOSSIERS,
  bienBanParagraphs,
  certificateParagraphs,
  nomineeCode,
  type DemoDossierSpec,
  type DemoRoundKey,
} from './demo-awards';
import { reportDocx } from './demo-campaign-activity';
import { DEMO_CAMPAIGNS } from './demo-campaigns';
import { DEMO_PEOPLE, DEMO_UNITS } from './demo-province';
import { snvPeople } from './demo-records';

const pipe = createValidationPipe();
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const round = (key: DemoRoundKey) => DEMO_AWARD_ROUNDS.find((r) => r.key === key)!;
const officePlan = DEMO_CAMPAIGNS.find((c) => c.seed === '001')!;

/** `code` is `root` or a unit below it in the demo tree. */
function within(code: string, root: string): boolean {
  const u = DEMO_UNITS.find((x) => x.code === code);
  return !!u && (u.code === root || (!!u.parent && within(u.parent, root)));
}

/** The routing statuses a spec's steps pass through, from DRAFT, or the first refused step. */
function walk(spec: DemoDossierSpec): { status: DossierStatus; refused: string | null } {
  let status: DossierStatus = 'DRAFT';
  for (const step of spec.steps) {
    if (step.do === 'FIX') {
      if (!isDossierEditable(status)) return { status, refused: `FIX in ${status}` };
      continue;
    }
    if (step.do === 'ESCALATE') {
      if (!['APPRAISED', 'READY_FOR_COUNCIL'].includes(status))
        return { status, refused: `ESCALATE in ${status}` };
      continue;
    }
    const next = dossierNext(status, step.do);
    if (!next) return { status, refused: `${step.do} in ${status}` };
    status = next;
  }
  return { status, refused: null };
}

describe('demo awards: rounds', () => {
  it('open the office plan’s round from its award plan and two công trạng rounds due from today', async () => {
    const campaign = DEMO_AWARD_ROUNDS.filter((r) => r.kind === 'CAMPAIGN');
    expect(campaign.map((r) => r.plan)).toEqual(['001']);
    // the plan's own deadline, at its receiving phòng (a unit of its issuer)
    expect(campaign[0]!.dueInWorkingDays).toBeUndefined();
    expect(officePlan.content.awards?.deadline).toBe('2026-10-01');
    expect(within(campaign[0]!.receiving, officePlan.issuer)).toBe(true);
    for (const r of DEMO_AWARD_ROUNDS.filter((x) => x.kind === 'ANNUAL')) {
      expect(r.dueInWorkingDays).toBeGreaterThan(0);
      expect(r.decidingAuthority).toBeTruthy();
    }
    for (const r of DEMO_AWARD_ROUNDS)
      await expect(
        pipe.transform(
          {
            kind: r.kind,
            title: r.title,
            year: r.year,
            receivingUnitId: randomUUID(),
            decidingAuthority: r.decidingAuthority ?? null,
            deadline: '2026-12-31',
            campaignPlanId: r.plan ? randomUUID() : null,
            note: r.note ?? null,
          },
          { type: 'body', metatype: CreateAwardRoundInput },
        ),
      ).resolves.toBeInstanceOf(CreateAwardRoundInput);
  });
});

describe('demo awards: dossiers', () => {
  it('take only moves the routing allows, ending where each spec says, at every status but DECIDED', () => {
    for (const spec of DEMO_DOSSIERS)
      expect([spec.key, walk(spec)]).toEqual([spec.key, { status: spec.status, refused: null }]);
    const escalated = DEMO_DOSSIERS.flatMap((d) => d.steps).filter((s) => s.do === 'ESCALATE');
    expect(escalated).toHaveLength(1);
    const reached = new Set<DossierStatus>([...DEMO_DOSSIERS.map((d) => d.status), 'DRAFT']);
    // DECIDED is recorded by the council (issue 12): the routing refuses DECIDE
    expect(reached).toEqual(
      new Set((Object.keys(DOSSIER_STATUSES) as DossierStatus[]).filter((s) => s !== 'DECIDED')),
    );
    // a return stays returned somewhere, and one is answered and resent
    const returned = DEMO_DOSSIERS.filter((d) => d.steps.some((s) => s.do === 'RETURN'));
    expect(returned.some((d) => d.status === 'RETURNED')).toBe(true);
    expect(returned.some((d) => d.steps.filter((s) => s.do === 'SUBMIT').length === 2)).toBe(true);
  });

  it('come from units the round may hear, once per round, with everything a send needs', () => {
    const seen = new Set<string>();
    for (const d of DEMO_DOSSIERS) {
      const r = round(d.round);
      expect(seen.has(`${d.round} ${d.unit}`)).toBe(false);
      seen.add(`${d.round} ${d.unit}`);
      expect(d.unit).not.toBe(r.receiving);
      if (r.plan) {
        // the office plan addresses its phòng, ban (DIVISION) and đơn vị (PUBLIC_SERVICE)
        const unit = DEMO_UNITS.find((u) => u.code === d.unit)!;
        expect(within(d.unit, officePlan.issuer)).toBe(true);
        expect(['DIVISION', 'PUBLIC_SERVICE']).toContain(unit.kind);
      }
      if (d.steps.some((s) => s.do === 'SUBMIT')) expect(d.filing).toBe('COMPLETE');
    }
  });

  it('propose people working in the unit today and its own collectives, for awards the round gives', () => {
    for (const d of DEMO_DOSSIERS) {
      const r = round(d.round);
      const tracks = AWARD_ROUND_KIND_TRACKS[r.kind];
      for (const n of d.nominees) {
        if (n.person) {
          const p = DEMO_PEOPLE.find((x) => x.code === nomineeCode(n.person!))!;
          expect([n.key, p.positions.some((x) => !x.endedOn && within(x.unit, d.unit))]).toEqual([
            n.key,
            true,
          ]);
        } else expect(within(n.unit!, d.unit)).toBe(true);
        const kind = awardKind(n.awardCode!)!;
        expect((kind.subjects as readonly string[]).includes(n.subject)).toBe(true);
        expect(kind.tracks.some((t) => tracks.includes(t))).toBe(true);
        // the campaign round takes the plan's forms only
        if (r.plan) {
          const name = n.awardName ?? kind.name;
          expect(officePlan.content.awards!.forms.some((f) => sameAwardForm(f.name, name))).toBe(
            true,
          );
        }
      }
      expect(new Set(d.nominees.map((n) => n.key)).size).toBe(d.nominees.length);
    }
    // the records' people (demo-records: six of Sở Nội vụ): 0 the used sáng kiến, 1 the free đề
    // tài, 2 the hold, each of them at the Sở itself, which proposes them
    const refs = DEMO_DOSSIERS.flatMap((d) =>
      d.nominees.flatMap((n) => (n.person && 'records' in n.person ? [n.person.records] : [])),
    );
    expect(new Set(refs)).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(refs.every((i) => i < snvPeople(6).length)).toBe(true);
  });

  it('keep within the office plan’s quotas at every send', () => {
    const quotas = officePlan.content.awards!.quotas ?? [];
    expect(quotas.length).toBeGreaterThan(0);
    for (const d of DEMO_DOSSIERS.filter((x) => round(x.round).plan)) {
      const uses = d.nominees.map((n) => ({
        form: n.awardName ?? awardKind(n.awardCode!)!.name,
        collectives: n.subject === 'COLLECTIVE' ? 1 : 0,
        individuals: n.subject === 'COLLECTIVE' ? 0 : 1,
      }));
      expect(checkQuotas(quotas, uses, sameAwardForm).filter((f) => f.over)).toEqual([]);
    }
  });

  it('name only their own nominees in remarks, appraisals and escalations, and pass the API validation', async () => {
    for (const d of DEMO_DOSSIERS) {
      const keys = new Set(d.nominees.map((n) => n.key));
      for (const step of d.steps) {
        const named =
          step.do === 'RETURN'
            ? step.remarks.flatMap((r) => (r.nominee ? [r.nominee] : []))
            : step.do === 'APPRAISE'
              ? (step.fail ?? []).map((f) => f.nominee)
              : step.do === 'FIX'
                ? [step.nominee]
                : step.do === 'ESCALATE'
                  ? step.nominees.map((x) => x.nominee)
                  : [];
        for (const key of named) expect([d.key, keys.has(key)]).toEqual([d.key, true]);
        const ref = { id: randomUUID(), version: 1 };
        if (step.do === 'RETURN') {
          for (const r of step.remarks) expect(!!r.nominee !== !!r.document).toBe(true);
          await expect(
            pipe.transform(
              {
                ...ref,
                reason: step.reason,
                remarks: step.remarks.map((r) => ({
                  nominationId: randomUUID(),
                  remark: r.remark,
                })),
              },
              { type: 'body', metatype: ReturnAwardDossierInput },
            ),
          ).resolves.toBeInstanceOf(ReturnAwardDossierInput);
        }
        if (step.do === 'WITHDRAW')
          await expect(
            pipe.transform(
              { ...ref, reason: step.reason },
              { type: 'body', metatype: WithdrawAwardDossierInput },
            ),
          ).resolves.toBeInstanceOf(WithdrawAwardDossierInput);
        if (step.do === 'ESCALATE') {
          expect(round(step.to).kind).toBe(round(d.round).kind);
          expect(step.to).not.toBe(d.round);
          await expect(
            pipe.transform(
              {
                originDossierId: randomUUID(),
                roundId: randomUUID(),
                nominees: step.nominees.map((x) => ({
                  nominationId: randomUUID(),
                  awardCode: x.awardCode,
                  achievements: x.achievements,
                })),
              },
              { type: 'body', metatype: EscalateAwardDossierInput },
            ),
          ).resolves.toBeInstanceOf(EscalateAwardDossierInput);
        }
      }
      for (const n of d.nominees)
        await expect(
          pipe.transform(
            {
              dossierId: randomUUID(),
              version: 1,
              subject: n.subject,
              ...(n.person ? { personId: randomUUID() } : { unitId: randomUUID() }),
              awardCode: n.awardCode ?? null,
              awardName: n.awardName ?? null,
              achievements: n.achievements,
              initiativeIds: n.citesOwnInitiatives ? [randomUUID()] : [],
            },
            { type: 'body', metatype: AddNomineeInput },
          ),
        ).resolves.toBeInstanceOf(AddNomineeInput);
    }
  });

  it('file Word papers the files module accepts, the same bytes on every load', async () => {
    const paper = {
      unit: 'Phòng Tổng hợp',
      round: round('OFFICE_2026').title,
      nominees: [{ name: 'Phòng Tổng hợp', awardName: 'Bằng khen', achievements: 'Thành tích.' }],
    };
    for (const paragraphs of [
      bienBanParagraphs(paper, ['Kết quả biểu quyết: 100% đồng ý.']),
      certificateParagraphs('Đề tài', 'Kim Sô Phách'),
    ]) {
      const bytes = reportDocx(paragraphs);
      await expect(fileProblem(bytes, DOCX)).resolves.toBeNull();
      expect(reportDocx(paragraphs)).toEqual(bytes);
    }
    expect(bienBanParagraphs(paper)).toContain('BIÊN BẢN');
  });
});
