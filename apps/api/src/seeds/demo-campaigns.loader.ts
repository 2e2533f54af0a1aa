import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { Tx } from '../core/database/transaction';
import { found } from '../core/errors/app-error';
import type { CampaignPlanStatus } from '@thidua/shared-domain';
import type { CampaignPlanEntity } from '../modules/campaigns/campaign-plan.entity';
import { CampaignRegistrationService } from '../modules/campaigns/campaign-registration.service';
import { CreateCampaignPlanInput } from '../modules/campaigns/campaign.inputs';
import { CampaignService } from '../modules/campaigns/campaign.service';
import { LegalDocumentEntity } from '../modules/legal/legal-document.entity';
import { LegalService } from '../modules/legal/legal.service';
import {
  DemoCampaignActivityLoader,
  type DemoActivitySummary,
} from './demo-campaign-activity.loader';
import {
  answerPlan,
  DEMO_ANSWERS,
  DEMO_CAMPAIGNS,
  DEMO_LEGAL_DOCUMENTS,
  DEMO_REGISTRATIONS,
  type DemoBasis,
  type DemoCampaignSpec,
  type DemoPlanSpec,
} from './demo-campaigns';
import { demoInput } from './demo-input';

/** The ids of what the demo loader created before the plans, by demo code. */
export interface DemoRefs {
  unit(code: string): string;
  cluster(code: string): string;
  person(code: string): string;
}

/** What the demo's plans became: the loader's answer, for the log and the tests. */
export interface DemoCampaignSummary {
  legalDocuments: number;
  /** `status`: where the plan's life stands after the activity (ISSUED when it never moved). */
  plans: {
    seed: DemoCampaignSpec['seed'];
    id: string;
    symbol: string | null;
    status: CampaignPlanStatus;
  }[];
  answers: { id: string; answers: string; symbol: string | null; status: CampaignPlanStatus }[];
  registrations: number;
  /** Sơ kết / tổng kết reports, congresses, giao ước (demo-campaign-activity.ts). */
  reviews: DemoActivitySummary['reviews'];
  congresses: DemoActivitySummary['congresses'];
  covenants: DemoActivitySummary['covenants'];
}

/**
 * Enters the four seed plans (demo-campaigns.ts) the way officers would: the provincial documents
 * they cite into the legal registry (LegalService); each plan drafted with its addressees, submitted and
 * issued by CampaignService, so its number comes from the issuer's register and its addressees are
 * materialised; then the lower units' own plans answering them (on time, late), and the office's phòng
 * registering for its plan (CampaignRegistrationService). Every plan's input is first checked by the
 * API's validation pipe: demo data passes exactly the rules a client's does. Last, what followed the
 * issue (DemoCampaignActivityLoader): plans running, in sơ kết, closed; the units' reports; the
 * congresses; a giao ước. Runs inside the demo's transaction, after the units, people and clusters
 * exist; the national căn cứ were synced at boot.
 */
@Injectable()
export class DemoCampaignLoader {
  constructor(
    private readonly legal: LegalService,
    private readonly campaigns: CampaignService,
    private readonly registrations: CampaignRegistrationService,
    private readonly activity: DemoCampaignActivityLoader,
  ) {}

  async load(tx: Tx, refs: DemoRefs): Promise<DemoCampaignSummary> {
    const local = new Map<string, string>();
    for (const d of DEMO_LEGAL_DOCUMENTS) {
      const doc = await this.legal.create(tx, {
        number: d.number,
        kind: d.kind,
        issuingBody: d.issuingBody,
        issuerUnitId: refs.unit(d.issuer),
        issuedOn: d.issuedOn,
        title: d.title,
        note: d.note,
      });
      local.set(d.number, doc.id);
    }
    const basis = async (b: DemoBasis): Promise<string> => {
      if ('local' in b) return found(local.get(b.local), 'Văn bản căn cứ mẫu', b.local);
      const doc = await tx.em.findOneBy(LegalDocumentEntity, {
        number: b.national,
        issuerUnitId: IsNull(),
      });
      return found(doc?.id, 'Văn bản căn cứ trung ương', b.national);
    };

    const issued = new Map<string, CampaignPlanEntity>();
    const plans: DemoCampaignSummary['plans'] = [];
    for (const c of DEMO_CAMPAIGNS) {
      const plan = await this.enter(tx, refs, c, basis, null);
      issued.set(c.seed, plan);
      plans.push({ seed: c.seed, id: plan.id, symbol: plan.symbol, status: plan.status });
    }

    const answers: DemoCampaignSummary['answers'] = [];
    const answerPlans = new Map<string, CampaignPlanEntity>();
    for (const a of DEMO_ANSWERS) {
      const parent = found(issued.get(a.answers), 'Kế hoạch mẫu', a.answers);
      const plan = await this.enter(tx, refs, answerPlan(a, parent.symbol ?? ''), basis, parent.id);
      answerPlans.set(a.issuer, plan);
      answers.push({ id: plan.id, answers: a.answers, symbol: plan.symbol, status: plan.status });
    }

    let registrations = 0;
    for (const r of DEMO_REGISTRATIONS) {
      const planId = found(issued.get(r.plan), 'Kế hoạch mẫu', r.plan).id;
      const unitId = refs.unit(r.unit);
      const header = await this.registrations.create(tx, {
        planId,
        unitId,
        kind: 'UNIT',
        titles: r.titles.map((name) => ({ name })),
        commitments: r.commitments,
      });
      registrations += 1;
      for (const p of r.people) {
        await this.registrations.create(tx, {
          planId,
          unitId,
          kind: 'PERSON',
          personId: refs.person(p.person),
          titles: p.titles.map((name) => ({ name })),
        });
        registrations += 1;
      }
      if (r.status === 'DRAFT') continue;
      let row = await this.registrations.submit(tx, header.id, header.version);
      if (r.status === 'RETURNED')
        row = await this.registrations.returnToUnit(tx, row.id, row.version, r.returnReason ?? '');
      if (r.status === 'APPROVED') await this.registrations.approve(tx, row.id, row.version);
    }

    // after issue: lifecycle, reports, congresses, giao ước (demo-campaign-activity.ts)
    const activity = await this.activity.load(tx, refs, {
      seed: (s) => found(issued.get(s), 'Kế hoạch mẫu', s),
      answerBy: (unit) => found(answerPlans.get(unit), 'Kế hoạch trả lời mẫu', unit),
    });
    const moved = new Map(activity.steps.map((s) => [s.id, s.status]));
    for (const p of [...plans, ...answers]) p.status = moved.get(p.id) ?? p.status;

    return {
      legalDocuments: DEMO_LEGAL_DOCUMENTS.length,
      plans,
      answers,
      registrations,
      reviews: activity.reviews,
      congresses: activity.congresses,
      covenants: activity.covenants,
    };
  }

  /** Drafts, submits and issues one plan, its input checked as the API checks a client's. */
  private async enter(
    tx: Tx,
    refs: DemoRefs,
    c: DemoPlanSpec,
    basis: (b: DemoBasis) => Promise<string>,
    respondsToPlanId: string | null,
  ): Promise<CampaignPlanEntity> {
    const legalDocumentIds: string[] = [];
    for (const b of c.bases) legalDocumentIds.push(await basis(b));
    const a = c.addressing;
    const input = await demoInput(CreateCampaignPlanInput, {
      issuerUnitId: refs.unit(c.issuer),
      kind: c.kind,
      scope: c.scope,
      title: c.title,
      periodFrom: c.periodFrom,
      periodTo: c.periodTo,
      legalDocumentIds,
      content: c.content,
      ...(a
        ? {
            addressing: {
              unitIds: (a.units ?? []).map(refs.unit),
              subtreeUnitIds: (a.subtrees ?? []).map(refs.unit),
              unitKindCodes: a.kinds ?? [],
              unitKindsWithinUnitIds: (a.kindsWithin ?? []).map(refs.unit),
              clusterIds: (a.clusters ?? []).map(refs.cluster),
            },
          }
        : {}),
      ...(c.answerDeadline ? { answerDeadline: c.answerDeadline } : {}),
      ...(respondsToPlanId ? { respondsToPlanId } : {}),
    });
    const draft = await this.campaigns.create(tx, input.issuerUnitId, input);
    const submitted = await this.campaigns.submit(tx, draft.id, draft.version);
    return this.campaigns.issue(tx, submitted.id, submitted.version, c.issue);
  }
}
