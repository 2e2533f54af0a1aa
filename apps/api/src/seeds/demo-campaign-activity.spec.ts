import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import {
  campaignReviewDeadline,
  CAMPAIGN_REGISTRATION_LIMITS,
  type CampaignPlanStatus,
} from '@thidua/shared-domain';
import { createValidationPipe } from '../core/validation/validation.pipe';
import { CreateCampaignCovenantInput } from '../modules/campaigns/campaign-covenant.inputs';
import { CAMPAIGN_PLAN_STEPS } from '../modules/campaigns/campaign-lifecycle.service';
import { CreateCampaignReviewInput } from '../modules/campaigns/campaign-review.inputs';
import { CreateCongressInput } from '../modules/campaigns/congress.inputs';
import { fileProblem } from '../modules/files/file-types';
import {
  DEMO_CONGRESS_PLAN,
  DEMO_CONGRESSES,
  DEMO_COVENANTS,
  DEMO_PLAN_LIFECYCLE,
  DEMO_REVIEWS,
  delegatesOf,
  reportDocx,
  reviewedPlan,
} from './demo-campaign-activity';
import { DEMO_ANSWERS, DEMO_CAMPAIGNS, type DemoCampaignSpec } from './demo-campaigns';
import { DEMO_CLUSTERS, DEMO_PEOPLE, DEMO_UNITS } from './demo-province';

const pipe = createValidationPipe();
const seed = (s: DemoCampaignSpec['seed']) => DEMO_CAMPAIGNS.find((c) => c.seed === s)!;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The units a seed plan addresses, by its rules (as the cascade materialises them on issue). */
function addressed(c: DemoCampaignSpec): Set<string> {
  const a = c.addressing ?? {};
  const within = (code: string, root: string): boolean => {
    const u = DEMO_UNITS.find((x) => x.code === code);
    return !!u && (u.code === root || (!!u.parent && within(u.parent, root)));
  };
  const byKind = DEMO_UNITS.filter(
    (u) => a.kinds?.includes(u.kind) && within(u.code, c.issuer),
  ).map((u) => u.code);
  const fromClusters = DEMO_CLUSTERS.filter((k) => a.clusters?.includes(k.code)).flatMap((k) =>
    k.members.filter((m) => m.joinedOn <= c.issue.issuedOn).map((m) => m.unit),
  );
  return new Set([...(a.units ?? []), ...byKind, ...fromClusters]);
}

describe('demo campaigns after issue: lifecycle', () => {
  it('takes only steps the lifecycle allows, ending where each spec says', () => {
    for (const l of DEMO_PLAN_LIFECYCLE) {
      let status: CampaignPlanStatus = 'ISSUED';
      for (const step of l.steps) {
        const s = CAMPAIGN_PLAN_STEPS[step];
        expect({
          plan: l.plan,
          step,
          from: (s.from as readonly string[]).includes(status),
        }).toEqual({ plan: l.plan, step, from: true });
        status = s.to;
      }
      expect(status).toBe(l.status);
    }
  });

  it('leaves plans running, one in sơ kết, one in tổng kết and some closed; every answer exists', () => {
    const statuses = DEMO_PLAN_LIFECYCLE.map((l) => l.status);
    expect(statuses.filter((s) => s === 'RUNNING').length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 'MIDTERM_REVIEW')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'FINAL_REVIEW')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'CLOSED').length).toBeGreaterThanOrEqual(1);
    for (const l of DEMO_PLAN_LIFECYCLE)
      if (typeof l.plan !== 'string') {
        const by = l.plan.answerBy;
        expect(DEMO_ANSWERS.some((a) => a.issuer === by)).toBe(true);
      }
    // closed: only plans whose period is over on the demo's today (late 2026)
    for (const l of DEMO_PLAN_LIFECYCLE)
      if (typeof l.plan === 'string' && l.status === 'CLOSED')
        expect(seed(l.plan).periodTo < '2026-10-01').toBe(true);
  });
});

describe('demo campaigns after issue: sơ kết, tổng kết reports', () => {
  it('come from units the plan addresses, once per round, in a round the plan opens', () => {
    const seen = new Set<string>();
    for (const r of DEMO_REVIEWS) {
      expect({ unit: r.unit, addressed: addressed(seed(r.plan)).has(r.unit) }).toEqual({
        unit: r.unit,
        addressed: true,
      });
      const key = `${r.plan} ${r.kind} ${r.unit}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const steps = DEMO_PLAN_LIFECYCLE.find((l) => l.plan === r.plan)!.steps;
      expect(steps).toContain(r.kind === 'MIDTERM' ? 'midterm' : 'final');
      if (r.status === 'RETURNED') expect(r.returnReason).toBeTruthy();
    }
  });

  it('give figures only against targets the plan has, and pass the API validation', async () => {
    for (const r of DEMO_REVIEWS) {
      const targets = seed(r.plan).content.targets ?? [];
      for (const f of r.figures ?? []) expect(f.target).toBeLessThan(targets.length);
      const report = r.report(reviewedPlan(r.plan, '01-KH/TU'));
      expect(report).toMatch(/^Thực hiện Kế hoạch số 01-KH\/TU ngày /);
      expect(report.length).toBeLessThanOrEqual(CAMPAIGN_REGISTRATION_LIMITS.report);
      await expect(
        pipe.transform(
          {
            planId: randomUUID(),
            unitId: randomUUID(),
            kind: r.kind,
            report,
            figures: (r.figures ?? []).map((f) => ({
              targetIndex: f.target,
              achieved: f.achieved,
            })),
          },
          { type: 'body', metatype: CreateCampaignReviewInput },
        ),
      ).resolves.toBeInstanceOf(CreateCampaignReviewInput);
    }
  });

  it('leave each round with reports sent, missing, and elsewhere drafted or sent back', () => {
    const round = (plan: string, kind: string) =>
      DEMO_REVIEWS.filter((r) => r.plan === plan && r.kind === kind);
    for (const [plan, kind] of [
      ['000', 'MIDTERM'],
      ['002', 'MIDTERM'],
      ['001', 'FINAL'],
    ] as const) {
      const sent = round(plan, kind).filter((r) => r.status === 'SUBMITTED').length;
      expect(sent).toBeGreaterThan(0);
      expect(sent).toBeLessThan(addressed(seed(plan)).size);
    }
    const statuses = new Set(DEMO_REVIEWS.map((r) => r.status));
    expect(statuses).toEqual(new Set(['DRAFT', 'SUBMITTED', 'RETURNED']));
    // on time needs a round without a deadline (the loader sends today); late, one long past
    const deadline = (s: DemoCampaignSpec['seed'], kind: 'MIDTERM' | 'FINAL') =>
      campaignReviewDeadline(kind, {
        periodTo: seed(s).periodTo,
        milestones: seed(s).content.milestones ?? [],
      });
    expect(deadline('002', 'MIDTERM')).toBeNull();
    expect(deadline('000', 'MIDTERM')).toBe('2025-01-17');
    expect(deadline('001', 'FINAL')).toBe('2026-09-30');
  });

  it('attach Word files the files module accepts, the same bytes on every load', async () => {
    const attached = DEMO_REVIEWS.filter((r) => r.attachment);
    expect(attached.length).toBeGreaterThan(0);
    for (const r of attached) {
      const bytes = reportDocx(r.attachment!.paragraphs);
      await expect(fileProblem(bytes, DOCX)).resolves.toBeNull();
      expect(reportDocx(r.attachment!.paragraphs)).toEqual(bytes);
      const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
      expect(xml).toContain('BÁO CÁO');
      expect(r.attachment!.name).toMatch(/\.docx$/);
    }
  });
});

describe('demo campaigns after issue: congresses', () => {
  const plan = seed(DEMO_CONGRESS_PLAN);
  const phases = plan.content.phases ?? [];

  it('are held by level in the windows the plan gives, each lower one sending to the province', () => {
    const levels = DEMO_CONGRESSES.map((c) => c.level);
    expect(new Set(levels)).toEqual(new Set(['COMMUNE', 'CLUSTER', 'PROVINCE']));
    const province = DEMO_CONGRESSES.find((c) => c.level === 'PROVINCE')!;
    for (const c of DEMO_CONGRESSES) {
      // the plan's phase of that level (its congress windows)
      const phase = phases.find((p) =>
        c.level === 'PROVINCE'
          ? p.name.startsWith('Đại hội Thi đua yêu nước tỉnh')
          : p.from === c.windowFrom,
      );
      expect({ congress: c.key, phase: !!phase }).toEqual({ congress: c.key, phase: true });
      expect(c.windowFrom >= phase!.from && c.windowTo <= phase!.to).toBe(true);
      expect(c.heldOn >= c.windowFrom && c.heldOn <= c.windowTo).toBe(true);
      if (c.level !== 'PROVINCE') expect(c.upper).toBe(province.key);
      // the lower units' own conference day, where they answered the plan with one
      const answer = DEMO_ANSWERS.find((a) => a.issuer === c.host && a.answers === '003');
      if (answer?.conferenceOn) expect(c.heldOn).toBe(answer.conferenceOn);
    }
    expect(province.form).toBe('PATRIOTIC_CONGRESS');
  });

  it('seat people working in the host unit or below it, once each, some sent to the province', () => {
    const under = (code: string, root: string): boolean => {
      const u = DEMO_UNITS.find((x) => x.code === code);
      return !!u && (u.code === root || (!!u.parent && under(u.parent, root)));
    };
    for (const c of DEMO_CONGRESSES) {
      const list = delegatesOf(c);
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list.map((d) => d.person)).size).toBe(list.length);
      for (const d of list) {
        const p = DEMO_PEOPLE.find((x) => x.code === d.person)!;
        expect(
          p.positions.some((x) => !x.endedOn && x.startedOn <= c.heldOn && under(x.unit, c.host)),
        ).toBe(true);
      }
      if (c.upper) expect(list.some((d) => d.toUpper)).toBe(true);
      else expect(list.some((d) => d.toUpper)).toBe(false);
    }
  });

  it('pass the API validation of createCongress', async () => {
    for (const c of DEMO_CONGRESSES)
      await expect(
        pipe.transform(
          {
            planId: randomUUID(),
            unitId: randomUUID(),
            level: c.level,
            name: c.name,
            form: c.form,
            windowFrom: c.windowFrom,
            windowTo: c.windowTo,
            duration: c.duration,
            venue: c.venue,
            delegateTarget: c.delegateTarget ?? null,
            requirements: c.requirements,
          },
          { type: 'body', metatype: CreateCongressInput },
        ),
      ).resolves.toBeInstanceOf(CreateCongressInput);
  });
});

describe('demo campaigns after issue: giao ước', () => {
  it('is signed by a cluster with members on the day, at the plan’s launch conference', async () => {
    for (const c of DEMO_COVENANTS) {
      const cluster = DEMO_CLUSTERS.find((k) => k.code === c.cluster)!;
      expect(cluster.members.filter((m) => m.joinedOn <= c.signedOn).length).toBeGreaterThan(1);
      const launch = (seed(c.plan).content.milestones ?? []).find((m) => m.date === c.signedOn);
      expect(launch?.label).toMatch(/ký kết thi đua/);
      await expect(
        pipe.transform(
          {
            planId: randomUUID(),
            clusterId: randomUUID(),
            signedOn: c.signedOn,
            place: c.place,
            content: c.content(reviewedPlan(c.plan, '01-KH/TU')),
          },
          { type: 'body', metatype: CreateCampaignCovenantInput },
        ),
      ).resolves.toBeInstanceOf(CreateCampaignCovenantInput);
    }
  });
});
