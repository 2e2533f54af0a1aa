import { Injectable } from '@nestjs/common';
import type {
  CampaignPlanStatus,
  CampaignReviewKind,
  CampaignReviewStatus,
  CongressStatus,
} from '@thidua/shared-domain';
import type { Tx } from '../core/database/transaction';
import { found } from '../core/errors/app-error';
import { CreateCampaignCovenantInput } from '../modules/campaigns/campaign-covenant.inputs';
import { CampaignCovenantService } from '../modules/campaigns/campaign-covenant.service';
import { CampaignLifecycleService } from '../modules/campaigns/campaign-lifecycle.service';
import type { CampaignPlanEntity } from '../modules/campaigns/campaign-plan.entity';
import {
  CreateCampaignReviewInput,
  ReturnCampaignReviewInput,
} from '../modules/campaigns/campaign-review.inputs';
import { CampaignReviewService } from '../modules/campaigns/campaign-review.service';
import {
  CreateCongressInput,
  HoldCongressInput,
  SetCongressDelegatesInput,
} from '../modules/campaigns/congress.inputs';
import type { CongressEntity } from '../modules/campaigns/congress.entity';
import { CongressService } from '../modules/campaigns/congress.service';
import {
  DEMO_CONGRESS_PLAN,
  DEMO_CONGRESSES,
  DEMO_COVENANTS,
  DEMO_PLAN_LIFECYCLE,
  DEMO_REVIEWS,
  delegatesOf,
  reportDocx,
  reviewedPlan,
  type DemoCongressSpec,
  type DemoPlanKey,
  type DemoReviewSpec,
} from './demo-campaign-activity';
import type { DemoCampaignSpec } from './demo-campaigns';
import type { DemoRefs } from './demo-campaigns.loader';
import { demoInput } from './demo-input';

/** What the activity after issue became: the loader's answer, for the log and the tests. */
export interface DemoActivitySummary {
  /** Each plan the lifecycle moved, with where it ended. */
  steps: { id: string; status: CampaignPlanStatus }[];
  reviews: {
    id: string;
    plan: DemoReviewSpec['plan'];
    kind: CampaignReviewKind;
    unit: string;
    status: CampaignReviewStatus;
    late: boolean;
    attachments: number;
  }[];
  congresses: { key: string; id: string; status: CongressStatus; delegates: number }[];
  covenants: { id: string; plan: DemoCampaignSpec['seed']; cluster: string }[];
}

/** The issued plans by how DEMO_PLAN_LIFECYCLE names them. */
export interface DemoIssuedPlans {
  seed(seed: DemoCampaignSpec['seed']): CampaignPlanEntity;
  answerBy(unit: string): CampaignPlanEntity;
}

/**
 * The demo's plans after issue (demo-campaign-activity.ts), through the campaigns module's services as
 * officers would use them: each plan's lifecycle steps (CampaignLifecycleService), the giao ước signed
 * at a launch conference and the congresses once a plan runs, each round's reports once it opens
 * (CampaignReviewService: drafted, a file attached, sent, sent back). Every input is first checked by
 * the API's validation pipe, as DemoCampaignLoader does. Runs in the demo's transaction.
 */
@Injectable()
export class DemoCampaignActivityLoader {
  constructor(
    private readonly lifecycle: CampaignLifecycleService,
    private readonly reviews: CampaignReviewService,
    private readonly congresses: CongressService,
    private readonly covenants: CampaignCovenantService,
  ) {}

  async load(tx: Tx, refs: DemoRefs, issued: DemoIssuedPlans): Promise<DemoActivitySummary> {
    const summary: DemoActivitySummary = { steps: [], reviews: [], congresses: [], covenants: [] };
    const planOf = (key: DemoPlanKey) =>
      typeof key === 'string' ? issued.seed(key) : issued.answerBy(key.answerBy);
    for (const l of DEMO_PLAN_LIFECYCLE) {
      let plan = planOf(l.plan);
      const seed = typeof l.plan === 'string' ? l.plan : null;
      for (const step of l.steps) {
        plan = await this.lifecycle.step(tx, plan.id, plan.version, step);
        if (!seed) continue;
        if (step === 'start') {
          for (const c of DEMO_COVENANTS.filter((x) => x.plan === seed))
            summary.covenants.push(await this.covenant(tx, refs, plan, c));
          if (seed === DEMO_CONGRESS_PLAN)
            summary.congresses.push(...(await this.holdCongresses(tx, refs, plan)));
        }
        const round: CampaignReviewKind | null =
          step === 'midterm' ? 'MIDTERM' : step === 'final' ? 'FINAL' : null;
        if (round)
          for (const r of DEMO_REVIEWS.filter((x) => x.plan === seed && x.kind === round))
            summary.reviews.push(await this.review(tx, refs, plan, r));
      }
      summary.steps.push({ id: plan.id, status: plan.status });
    }
    return summary;
  }

  private async covenant(
    tx: Tx,
    refs: DemoRefs,
    plan: CampaignPlanEntity,
    c: (typeof DEMO_COVENANTS)[number],
  ): Promise<DemoActivitySummary['covenants'][number]> {
    const input = await demoInput(CreateCampaignCovenantInput, {
      planId: plan.id,
      clusterId: refs.cluster(c.cluster),
      signedOn: c.signedOn,
      place: c.place,
      content: c.content(reviewedPlan(c.plan, plan.symbol ?? '')),
    });
    // the signing units: the cluster's members on the day (the service's default)
    const row = await this.covenants.create(tx, input.planId, input.clusterId, input);
    return { id: row.id, plan: c.plan, cluster: c.cluster };
  }

  /** Drafted by the unit, its file attached, sent; sent back by the issuer when the spec says so. */
  private async review(
    tx: Tx,
    refs: DemoRefs,
    plan: CampaignPlanEntity,
    r: DemoReviewSpec,
  ): Promise<DemoActivitySummary['reviews'][number]> {
    const input = await demoInput(CreateCampaignReviewInput, {
      planId: plan.id,
      unitId: refs.unit(r.unit),
      kind: r.kind,
      report: r.report(reviewedPlan(r.plan, plan.symbol ?? '')),
      figures: (r.figures ?? []).map((f) => ({
        targetIndex: f.target,
        achieved: f.achieved,
        note: f.note ?? null,
      })),
    });
    let row = await this.reviews.create(tx, input);
    if (r.attachment) {
      row = await this.reviews.attach(tx, row.id, row.version, {
        bytes: reportDocx(r.attachment.paragraphs),
        name: r.attachment.name,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
    }
    if (r.status !== 'DRAFT') row = await this.reviews.submit(tx, row.id, row.version);
    if (r.status === 'RETURNED') {
      const back = await demoInput(ReturnCampaignReviewInput, {
        id: row.id,
        version: row.version,
        reason: r.returnReason ?? '',
      });
      row = await this.reviews.returnToUnit(tx, back.id, back.version, back.reason);
    }
    return {
      id: row.id,
      plan: r.plan,
      kind: r.kind,
      unit: r.unit,
      status: row.status,
      late: row.late,
      attachments: row.attachments.length,
    };
  }

  /**
   * The province's congress first (the lower ones name it as theirs above), with its own delegates;
   * then each lower congress: its delegates, held on its day, the list to the province passed there;
   * the province's held last.
   */
  private async holdCongresses(
    tx: Tx,
    refs: DemoRefs,
    plan: CampaignPlanEntity,
  ): Promise<DemoActivitySummary['congresses']> {
    const created = new Map<string, CongressEntity>();
    const ordered = [
      ...DEMO_CONGRESSES.filter((c) => !c.upper),
      ...DEMO_CONGRESSES.filter((c) => c.upper),
    ];
    for (const c of ordered) {
      const upperCongressId = c.upper
        ? found(created.get(c.upper), 'Đại hội mẫu', c.upper).id
        : null;
      let congress = await this.createCongress(tx, refs, plan, c, upperCongressId);
      congress = await this.setDelegates(tx, refs, congress, c);
      if (c.upper) {
        congress = await this.hold(tx, congress, c);
        const elected = delegatesOf(c).filter((d) => d.toUpper);
        if (elected.length)
          congress = await this.congresses.markToUpper(
            tx,
            congress.id,
            congress.version,
            elected.map((d) => refs.person(d.person)),
            true,
          );
      }
      created.set(c.key, congress);
    }
    for (const c of DEMO_CONGRESSES.filter((x) => !x.upper)) {
      const congress = found(created.get(c.key), 'Đại hội mẫu', c.key);
      created.set(c.key, await this.hold(tx, congress, c));
    }
    return DEMO_CONGRESSES.map((c) => {
      const congress = found(created.get(c.key), 'Đại hội mẫu', c.key);
      return {
        key: c.key,
        id: congress.id,
        status: congress.status,
        delegates: delegatesOf(c).length,
      };
    });
  }

  private async createCongress(
    tx: Tx,
    refs: DemoRefs,
    plan: CampaignPlanEntity,
    c: DemoCongressSpec,
    upperCongressId: string | null,
  ): Promise<CongressEntity> {
    const input = await demoInput(CreateCongressInput, {
      planId: plan.id,
      unitId: refs.unit(c.host),
      level: c.level,
      name: c.name,
      form: c.form,
      windowFrom: c.windowFrom,
      windowTo: c.windowTo,
      duration: c.duration,
      venue: c.venue,
      delegateTarget: c.delegateTarget ?? null,
      requirements: c.requirements,
      upperCongressId,
    });
    return this.congresses.create(tx, input.planId, input.unitId, input);
  }

  private async setDelegates(
    tx: Tx,
    refs: DemoRefs,
    congress: CongressEntity,
    c: DemoCongressSpec,
  ): Promise<CongressEntity> {
    const input = await demoInput(SetCongressDelegatesInput, {
      id: congress.id,
      version: congress.version,
      // elected to the congress above at the congress itself (markToUpper), not beforehand
      add: delegatesOf(c).map((d) => ({
        personId: refs.person(d.person),
        sector: d.sector,
        directWorker: d.directWorker,
      })),
      remove: [],
    });
    return this.congresses.setDelegates(tx, input.id, input.version, input.add, input.remove);
  }

  private async hold(tx: Tx, congress: CongressEntity, c: DemoCongressSpec) {
    const input = await demoInput(HoldCongressInput, {
      id: congress.id,
      version: congress.version,
      heldOn: c.heldOn,
      venue: null,
    });
    return this.congresses.hold(tx, input.id, input.version, input.heldOn, input.venue);
  }
}
