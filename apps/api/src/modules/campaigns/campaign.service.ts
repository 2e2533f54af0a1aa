import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, type Repository } from 'typeorm';
import {
  CAMPAIGN_PLAN_STATUSES,
  campaignPeriodProblem,
  isIssuedStatus,
  oneLine,
  type CampaignKind,
  type CampaignPlanStatus,
  type CampaignScope,
  type IsoDate,
  type Permission,
} from '@thidua/shared-domain';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import { diffFields } from '../../core/audit/diff';
import type { RequestContext } from '../../core/context/request-context';
import { addSearch, rankedBy, searchRank } from '../../core/database/search';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type KeysetSort } from '../../core/graphql/connection';
import { groupByKeys, loaderKey } from '../../core/graphql/loaders';
import { NumberRegisterService } from '../documents/number-register.service';
import { LegalService } from '../legal/legal.service';
import { OrgService } from '../org/org.service';
import {
  CAMPAIGN_PLAN_AUDIT_FIELDS,
  campaignPlanAuditView,
  campaignPlanTarget,
  type CampaignPlanAuditView,
} from './campaign-audit';
import {
  plainContent,
  type AwardPlanPart,
  type CampaignPlanContent,
  type SignaturePart,
} from './campaign-plan-content';
import {
  CampaignCascadeService,
  type CampaignCascadeFields,
  type CampaignCascadeInput,
} from './campaign-cascade.service';
import { CampaignPlanLegalBasisEntity } from './campaign-plan-legal-basis.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';
import { CampaignLifecycleHooks } from './campaign-lifecycle.hooks';
import { CampaignParticipation } from './campaign-registration-access';

const READ: Permission = 'CAMPAIGN_READ';
const MANAGE: Permission = 'CAMPAIGN_MANAGE';
const ISSUE: Permission = 'CAMPAIGN_ISSUE';
const WHAT = 'Kế hoạch';
/** The statuses in which a plan has reached its addressees. */
const ISSUED_STATUSES = (Object.keys(CAMPAIGN_PLAN_STATUSES) as CampaignPlanStatus[]).filter(
  isIssuedStatus,
);
const ISSUED_READ_ONLY = 'Kế hoạch đã ban hành: không sửa trực tiếp, hãy ban hành kế hoạch sửa đổi';

/** What issuing records on the plan besides its number. */
export interface CampaignPlanIssue {
  issuedOn: IsoDate;
  signer: SignaturePart;
  place: string;
}

/** The lifecycle fields as the audit log records a transition. */
interface CampaignPlanLifecycleView {
  status: CampaignPlanStatus;
  returnReason: string | null;
  documentNumber: string | null;
  issuedOn: IsoDate | null;
  issuePlace: string | null;
  signer: string | null;
}

const LIFECYCLE_FIELDS = [
  'status',
  'returnReason',
  'documentNumber',
  'issuedOn',
  'issuePlace',
  'signer',
] as const satisfies readonly (keyof CampaignPlanLifecycleView)[];

function lifecycleView(p: CampaignPlanEntity): CampaignPlanLifecycleView {
  return {
    status: p.status,
    returnReason: p.returnReason,
    documentNumber: p.symbol,
    issuedOn: p.issuedOn,
    issuePlace: p.issuePlace,
    signer: p.signer
      ? [
          ...(p.signer.on ?? []).map((l) => `${l.authority}. ${l.of}`),
          p.signer.title,
          p.signer.name,
        ]
          .filter(Boolean)
          .join(', ')
      : null,
  };
}

/** What a caller sends to draft or edit a plan (the issuer unit is fixed at creation). */
export interface CampaignPlanData extends CampaignCascadeInput {
  kind: CampaignKind;
  scope: CampaignScope;
  title: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  legalDocumentIds: string[];
  content: CampaignPlanContent;
}

/** An issued plan's khen thưởng part, as an award round opened from it reads it (module awards). */
export interface CampaignAwardPlan {
  planId: string;
  title: string;
  /** "01/KH-VP"; null before issue */
  symbol: string | null;
  status: CampaignPlanStatus;
  issued: boolean;
  issuerUnitId: string;
  issuerPath: string;
  /** who signs the plan ("Chánh Văn phòng"): the default deciding authority of its awards */
  signerOf: string | null;
  /** forms, quotas, dossier contents, where and by when dossiers go; null when the plan has none */
  awards: AwardPlanPart | null;
}

export interface CampaignPlanFilter {
  search?: string | null;
  status?: CampaignPlanStatus | null;
  kind?: CampaignKind | null;
  /** Plans whose period touches this year. */
  year?: number | null;
  issuerUnitId?: string | null;
}

/**
 * Kế hoạch thi đua (module `campaigns`). A plan is read with CAMPAIGN_READ inside its issuer unit's
 * scope (the widened scope of ADR 0013); drafted, edited, deleted and submitted with CAMPAIGN_MANAGE
 * at the issuer unit, issued with CAMPAIGN_ISSUE there (then frozen); outside the scope a plan does not
 * exist for the caller. The căn cứ are documents of the legal registry, read through LegalService.
 */
@Injectable()
export class CampaignService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly legal: LegalService,
    private readonly registers: NumberRegisterService,
    private readonly cascade: CampaignCascadeService,
    private readonly lifecycle: CampaignLifecycleHooks,
    private readonly participation: CampaignParticipation,
  ) {}

  private get plans(): Repository<CampaignPlanEntity> {
    return this.db.repo(CampaignPlanEntity);
  }

  private get bases(): Repository<CampaignPlanLegalBasisEntity> {
    return this.db.repo(CampaignPlanLegalBasisEntity);
  }

  /** The ids of each plan's căn cứ, in the order cited (the documents load through LegalService). */
  readonly legalBasisIdsOf = loaderKey<string, string[]>('campaignPlanLegalBasisIds', async (ids) =>
    groupByKeys(
      ids,
      await this.bases.find({ where: { planId: In([...ids]) }, order: { position: 'ASC' } }),
      (b) => b.planId,
    ).map((rows) => rows.map((b) => b.legalDocumentId)),
  );

  // ---------------------------------------------------------------------------------------------------
  // reading (CAMPAIGN_READ, scoped by the issuer unit)

  async list(
    ctx: RequestContext,
    f: CampaignPlanFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<CampaignPlanEntity>> {
    const qb = this.plans.createQueryBuilder('p');
    // the issuer unit's path decides (ADR 0013); in a subquery, not a join, so a ranked search keeps
    // paging on the plan's own rows
    const scope = await this.scopes.of(ctx.actor, READ);
    const issuer = qb.subQuery().select('1').from('units', 'u').where('u.id = p.issuer_unit_id');
    whereInScope(issuer, scope, 'u.path');
    if (scope.kind === 'units') {
      // an issued plan also reaches the readers of the units it addresses (their rows in scope)
      const addressed = this.cascade.addressedInScopeSql(qb, 'p', scope);
      qb.andWhere(
        `(EXISTS ${issuer.getQuery()} OR (p.status IN (:...issuedStatuses) AND ${addressed.sql}))`,
        { ...issuer.getParameters(), ...addressed.parameters, issuedStatuses: ISSUED_STATUSES },
      );
    } else {
      qb.andWhere(`EXISTS ${issuer.getQuery()}`, issuer.getParameters());
    }
    if (f.status) qb.andWhere('p.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('p.kind = :kind', { kind: f.kind });
    if (f.issuerUnitId)
      qb.andWhere('p.issuer_unit_id = :issuerUnitId', { issuerUnitId: f.issuerUnitId });
    if (f.year) {
      qb.andWhere('p.period_from <= :yearEnd AND p.period_to >= :yearStart', {
        yearStart: `${f.year}-01-01`,
        yearEnd: `${f.year}-12-31`,
      });
    }
    const search = f.search?.trim();
    let sort: KeysetSort<CampaignPlanEntity>;
    if (search) {
      addSearch(qb, search, 'p.title');
      sort = rankedBy(qb, searchRank('p.title'), 'p.id');
    } else {
      sort = {
        expression: 'p.created_at',
        direction: 'DESC',
        value: (p) => p.createdAt,
        idExpression: 'p.id',
        id: (p) => p.id,
      };
    }
    return paginate(qb, f, sort);
  }

  /**
   * The plan if the actor reads it (CAMPAIGN_READ at its issuer unit, or, once issued, at a unit it
   * addresses), else NOT_FOUND naming nothing.
   */
  async get(ctx: RequestContext, id: string): Promise<CampaignPlanEntity> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan || !(await this.readable(ctx, plan))) throw AppError.notFound(WHAT, id);
    return plan;
  }

  // ---------------------------------------------------------------------------------------------------
  // for award rounds (module awards: a round opened from a plan's award plan)

  /**
   * The award plan of a plan the caller reads (as `get`: NOT_FOUND outside its reach; `planAccess`
   * hands back the issuer it read to decide). The plan's content is frozen once issued (a change is an
   * amendment, a plan of its own), so a round may keep a copy.
   */
  async awardPlan(ctx: RequestContext, id: string): Promise<CampaignAwardPlan> {
    const { plan, issuer } = await this.cascade.planAccess(ctx, id, WHAT);
    const signature = plan.content.signature;
    return {
      planId: plan.id,
      title: plan.title,
      symbol: plan.symbol,
      status: plan.status,
      issued: isIssuedStatus(plan.status),
      issuerUnitId: issuer.id,
      issuerPath: issuer.path,
      signerOf: signature?.on?.[0]?.of ?? signature?.title ?? null,
      awards: plan.content.awards ?? null,
    };
  }

  /**
   * Whether the plan reaches the unit as a participant (the rule registrations follow,
   * CampaignParticipation.takesPart): its issuer, one of the issuer's own units for an office's
   * internal plan, or a unit it addresses. Who may propose awards under it.
   */
  async reaches(planId: string, unit: { id: string; path: string }): Promise<boolean> {
    const plan = await this.plans.findOneBy({ id: planId });
    const issuer = plan ? await this.org.findById(plan.issuerUnitId) : null;
    if (!plan || !issuer) return false;
    return this.participation.takesPart(null, { plan, issuer, readsAll: true }, unit, false);
  }

  // ---------------------------------------------------------------------------------------------------
  // writing (the caller's transaction; every change audited)

  async create(tx: Tx, issuerUnitId: string, data: CampaignPlanData): Promise<CampaignPlanEntity> {
    const attrs = await this.checked(tx, issuerUnitId, null, data);
    const unit = await this.org.findById(issuerUnitId);
    const actor = tx.ctx.actor;
    if (!unit || !(await this.scopes.covers(actor, READ, unit.path))) {
      if (unit && (await this.scopes.covers(actor, 'UNIT_READ', unit.path))) {
        throw AppError.forbidden(
          `Bạn không có quyền soạn kế hoạch thi đua của đơn vị "${unit.name}".`,
        );
      }
      throw AppError.field('issuerUnitId', 'Đơn vị không tồn tại.');
    }
    if (!actor.canAt(MANAGE, unit.path)) {
      throw AppError.forbidden(
        `Bạn không có quyền soạn kế hoạch thi đua của đơn vị "${unit.name}".`,
      );
    }
    if (unit.validTo !== null) {
      throw AppError.field(
        'issuerUnitId',
        `Đơn vị "${unit.name}" đã kết thúc hoạt động: không soạn kế hoạch mới cho đơn vị này.`,
      );
    }
    const repo = tx.em.getRepository(CampaignPlanEntity);
    const id = randomUUID();
    await repo.insert({ id, issuerUnitId, status: 'DRAFT', ...attrs.plan });
    await this.writeBases(tx, id, attrs.legalDocumentIds);
    const plan = await repo.findOneByOrFail({ id });
    await tx.audit.created<CampaignPlanAuditView>(
      'campaignPlan.create',
      campaignPlanTarget(plan),
      campaignPlanAuditView(plan, attrs.legalDocumentIds),
      CAMPAIGN_PLAN_AUDIT_FIELDS,
    );
    return plan;
  }

  /**
   * Replaces every field the input carries, with optimistic locking on `version`. A save without
   * changes writes nothing (the caller then records no audit row).
   */
  async update(
    tx: Tx,
    id: string,
    version: number,
    data: CampaignPlanData,
  ): Promise<CampaignPlanEntity> {
    const before = await this.manageableDraft(tx, id);
    const attrs = await this.checked(tx, before.issuerUnitId, id, data);
    const beforeIds = await this.basisIds(tx, id);
    const beforeView = campaignPlanAuditView(before, beforeIds);
    const afterView = campaignPlanAuditView({ ...before, ...attrs.plan }, attrs.legalDocumentIds);
    if (!diffFields(beforeView, afterView, CAMPAIGN_PLAN_AUDIT_FIELDS).length) {
      if (version !== before.version) throw this.conflict(before);
      return before;
    }
    await tx.updateVersioned(CampaignPlanEntity, id, version, attrs.plan, {
      what: WHAT,
      label: before.title,
      entityType: 'CampaignPlan',
    });
    await this.writeBases(tx, id, attrs.legalDocumentIds);
    const after = await tx.em.findOneByOrFail(CampaignPlanEntity, { id });
    await tx.audit.changed(
      'campaignPlan.update',
      campaignPlanTarget(after),
      beforeView,
      afterView,
      CAMPAIGN_PLAN_AUDIT_FIELDS,
    );
    return after;
  }

  /** Deletes a draft (and its căn cứ rows); a plan past DRAFT is refused. */
  async deleteDraft(tx: Tx, id: string, version: number): Promise<void> {
    const plan = await this.manageableDraft(tx, id);
    if (version !== plan.version) throw this.conflict(plan);
    const ids = await this.basisIds(tx, id);
    await tx.em.getRepository(CampaignPlanLegalBasisEntity).delete({ planId: id });
    const result = await tx.em
      .getRepository(CampaignPlanEntity)
      .delete({ id, version: plan.version });
    if (!result.affected) throw this.conflict(plan);
    await tx.audit.deleted<CampaignPlanAuditView>(
      'campaignPlan.delete',
      campaignPlanTarget(plan),
      campaignPlanAuditView(plan, ids),
      CAMPAIGN_PLAN_AUDIT_FIELDS,
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // lifecycle: DRAFT → SUBMITTED (→ DRAFT when returned) → ISSUED

  /** Trình ký: the issuer unit's officers (CAMPAIGN_MANAGE there) send the draft to the signer. */
  async submit(tx: Tx, id: string, version: number): Promise<CampaignPlanEntity> {
    const { plan } = await this.transitionable(tx, id, [MANAGE], 'DRAFT', 'trình ký');
    return this.transition(tx, plan, version, 'campaignPlan.submit', {
      status: 'SUBMITTED',
      returnReason: null,
    });
  }

  /** Trả lại: the signer (or the officers) send a submitted plan back to draft with a reason. */
  async returnToDraft(
    tx: Tx,
    id: string,
    version: number,
    reason: string,
  ): Promise<CampaignPlanEntity> {
    const text = oneLine(reason);
    if (!text) throw AppError.field('reason', 'Lý do trả lại không được để trống.');
    const { plan } = await this.transitionable(tx, id, [ISSUE, MANAGE], 'SUBMITTED', 'trả lại');
    return this.transition(tx, plan, version, 'campaignPlan.return', {
      status: 'DRAFT',
      returnReason: text,
    });
  }

  /**
   * Ký ban hành (CAMPAIGN_ISSUE at the issuer unit): takes the next number of the issuer's register
   * for kế hoạch in this transaction, stores it with the date, place and signer, and freezes the plan.
   */
  async issue(
    tx: Tx,
    id: string,
    version: number,
    data: CampaignPlanIssue,
  ): Promise<CampaignPlanEntity> {
    const { plan, unit } = await this.transitionable(tx, id, [ISSUE], 'SUBMITTED', 'ban hành');
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    const abbreviation = oneLine(unit.shortName);
    if (!abbreviation)
      add(
        'issuerUnitId',
        `Đơn vị "${unit.name}" chưa có tên viết tắt: cần tên viết tắt để ghi ký hiệu văn bản (ví dụ KH-UBND).`,
      );
    const place = oneLine(data.place);
    if (!place) add('place', 'Địa danh không được để trống.');
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    if (version !== plan.version) throw this.conflict(plan);
    const taken = await this.registers.take(tx, {
      issuer: { unitId: unit.id, tree: unit.tree, abbreviation },
      kind: 'KE_HOACH',
      issuedOn: data.issuedOn,
      record: { entityType: 'CampaignPlan', entityId: plan.id },
    });
    const signer: SignaturePart = {
      on: (data.signer.on ?? []).map((l) => ({ authority: l.authority, of: oneLine(l.of) })),
      title: oneLine(data.signer.title),
      name: oneLine(data.signer.name),
    };
    const issued = await this.transition(tx, plan, version, 'campaignPlan.issue', {
      status: 'ISSUED',
      returnReason: null,
      number: taken.number,
      symbol: taken.symbol,
      issuedOn: data.issuedOn,
      issuePlace: place,
      signer,
    });
    // the cascade: addressees materialised, the plan answered (if any) ticked
    await this.cascade.onIssued(tx, issued);
    // the .docx frozen and the PDF queued; an amendment replaces the plan it amends
    await this.lifecycle.onIssued(tx, issued);
    return issued;
  }

  /**
   * The plan for a transition: readable (else NOT_FOUND), one of `permissions` at the issuer unit
   * (else FORBIDDEN), in status `from` (else an error naming the current status).
   */
  private async transitionable(
    tx: Tx,
    id: string,
    permissions: Permission[],
    from: CampaignPlanStatus,
    action: string,
  ) {
    const { plan, unit } = await this.readableIn(tx, id);
    const actor = tx.ctx.actor;
    let allowed = false;
    for (const p of permissions) {
      if (await this.scopes.covers(actor, p, unit.path)) {
        allowed = true;
        break;
      }
    }
    if (!allowed) {
      throw AppError.forbidden(
        `Bạn không có quyền ${action} kế hoạch thi đua của đơn vị "${unit.name}".`,
      );
    }
    if (plan.status !== from) {
      const message = `Không thể ${action} kế hoạch đang ở trạng thái "${CAMPAIGN_PLAN_STATUSES[plan.status]}".`;
      if (isIssuedStatus(plan.status)) throw AppError.readOnly(`${ISSUED_READ_ONLY}. ${message}`);
      throw AppError.field('id', message);
    }
    return { plan, unit };
  }

  private async transition(
    tx: Tx,
    plan: CampaignPlanEntity,
    version: number,
    operation: 'campaignPlan.submit' | 'campaignPlan.return' | 'campaignPlan.issue',
    patch: Partial<CampaignPlanEntity>,
  ): Promise<CampaignPlanEntity> {
    await tx.updateVersioned(CampaignPlanEntity, plan.id, version, patch, {
      what: WHAT,
      label: plan.title,
      entityType: 'CampaignPlan',
    });
    const after = await tx.em.findOneByOrFail(CampaignPlanEntity, { id: plan.id });
    await tx.audit.changed<CampaignPlanLifecycleView>(
      operation,
      campaignPlanTarget(after),
      lifecycleView(plan),
      lifecycleView(after),
      LIFECYCLE_FIELDS,
    );
    return after;
  }

  // ---------------------------------------------------------------------------------------------------

  /** The plan and its issuer unit if the actor reads it (CAMPAIGN_READ there), else NOT_FOUND. */
  private async readableIn(tx: Tx, id: string) {
    const plan = await tx.em.findOneBy(CampaignPlanEntity, { id });
    const unit = plan ? await this.org.findById(plan.issuerUnitId) : null;
    if (!plan || !unit || !(await this.readableAt(tx.ctx, plan, unit.path))) {
      throw AppError.notFound(WHAT, id);
    }
    return { plan, unit };
  }

  private async readable(ctx: RequestContext, plan: CampaignPlanEntity): Promise<boolean> {
    const unit = await this.org.findById(plan.issuerUnitId);
    return !!unit && (await this.readableAt(ctx, plan, unit.path));
  }

  /** CAMPAIGN_READ at the issuer unit, or the plan is issued and addresses a unit in that scope. */
  private async readableAt(
    ctx: RequestContext,
    plan: CampaignPlanEntity,
    issuerPath: string,
  ): Promise<boolean> {
    return (await this.cascade.readerOf(ctx, plan, issuerPath)) !== null;
  }

  /**
   * The plan, if the actor reads it (else NOT_FOUND), manages it at its issuer unit (else FORBIDDEN)
   * and it is still a draft.
   */
  private async manageableDraft(tx: Tx, id: string): Promise<CampaignPlanEntity> {
    const { plan, unit } = await this.readableIn(tx, id);
    const actor = tx.ctx.actor;
    if (!(await this.scopes.covers(actor, MANAGE, unit.path))) {
      throw AppError.forbidden(
        `Bạn không có quyền sửa kế hoạch thi đua của đơn vị "${unit.name}".`,
      );
    }
    if (isIssuedStatus(plan.status)) throw AppError.readOnly(ISSUED_READ_ONLY);
    if (plan.status !== 'DRAFT') {
      throw AppError.field(
        'id',
        `Chỉ sửa, xóa được kế hoạch thi đua đang là dự thảo; kế hoạch này đang ở trạng thái "${CAMPAIGN_PLAN_STATUSES[plan.status]}".`,
      );
    }
    return plan;
  }

  /**
   * The rules the input classes cannot state: the period, phases, the căn cứ, the addressing and the
   * plan answered (CampaignCascadeService). All problems at once.
   */
  private async checked(
    tx: Tx,
    issuerUnitId: string,
    planId: string | null,
    d: CampaignPlanData,
  ): Promise<{
    plan: Pick<
      CampaignPlanEntity,
      'kind' | 'scope' | 'title' | 'periodFrom' | 'periodTo' | 'content'
    > &
      CampaignCascadeFields;
    legalDocumentIds: string[];
  }> {
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    const title = oneLine(d.title);
    if (!title) add('title', 'Trích yếu không được để trống.');
    const period = campaignPeriodProblem(d.periodFrom, d.periodTo);
    if (period) add('periodTo', period);
    const content = plainContent(d.content);
    (content.phases ?? []).forEach((p, i) => {
      if (p.to < p.from)
        add(
          `content.phases.${i}.to`,
          `Giai đoạn "${p.name}": ngày kết thúc không được trước ngày bắt đầu.`,
        );
    });
    const ids = d.legalDocumentIds ?? [];
    if (new Set(ids).size !== ids.length)
      add('legalDocumentIds', 'Một văn bản căn cứ được chọn hai lần.');
    // one query for all the căn cứ, not one per document
    const known = new Set((await this.legal.findByIds(ids)).map((doc) => doc.id));
    for (const [i, docId] of ids.entries())
      if (!known.has(docId)) add(`legalDocumentIds.${i}`, 'Văn bản căn cứ không tồn tại.');
    const cascade = await this.cascade.checkDraft(tx, issuerUnitId, planId, d, add);
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return {
      plan: {
        kind: d.kind,
        scope: d.scope,
        title,
        periodFrom: d.periodFrom,
        periodTo: d.periodTo,
        content,
        ...cascade,
      },
      legalDocumentIds: [...ids],
    };
  }

  private async basisIds(tx: Tx, planId: string): Promise<string[]> {
    const rows = await tx.em
      .getRepository(CampaignPlanLegalBasisEntity)
      .find({ where: { planId }, order: { position: 'ASC' } });
    return rows.map((r) => r.legalDocumentId);
  }

  private async writeBases(tx: Tx, planId: string, ids: string[]): Promise<void> {
    const repo = tx.em.getRepository(CampaignPlanLegalBasisEntity);
    await repo.delete({ planId });
    if (ids.length)
      await repo.insert(
        ids.map((legalDocumentId, position) => ({ planId, legalDocumentId, position })),
      );
  }

  private conflict(plan: CampaignPlanEntity): AppError {
    return AppError.conflict(WHAT, plan.title, 'CampaignPlan', plan.id);
  }
}
