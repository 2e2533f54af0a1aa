import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import {
  CAMPAIGN_REGISTRATION_LIMITS as L,
  CAMPAIGN_REVIEW_KINDS,
  CAMPAIGN_REVIEW_STATUSES,
  campaignReviewDeadline,
  todayInVietnam,
  oneLine,
  blankToNull,
  type CampaignReviewKind,
  type CampaignReviewStatus,
  type IsoDate,
} from '@thidua/shared-domain';
import { UnitScopes } from '../../core/auth/unit-scope';
import { diffFields } from '../../core/audit/diff';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type KeysetSort } from '../../core/graphql/connection';
import { FilesService } from '../files/files.service';
import { OrgService } from '../org/org.service';
import { CampaignAddresseeEntity } from './campaign-addressee.entity';
import type { CampaignPlanEntity } from './campaign-plan.entity';
import { CampaignParticipation, MANAGE, type ReadablePlan } from './campaign-registration-access';
import {
  CAMPAIGN_REVIEW_AUDIT_FIELDS,
  campaignReviewAuditView,
  campaignReviewTarget,
  type CampaignReviewAuditView,
} from './campaign-review-audit';
import {
  CampaignReviewEntity,
  type ReviewAttachment,
  type ReviewFigure,
} from './campaign-review.entity';

const WHAT = 'Báo cáo sơ kết, tổng kết';

export interface ReviewData {
  report?: string | null;
  figures: readonly { targetIndex: number; achieved: string; note?: string | null }[];
  /** The attachments to keep (a subset of the review's, renamed at will); undefined: unchanged. */
  attachments?: readonly { sha256: string; name: string }[] | null;
}

export interface NewReview extends ReviewData {
  planId: string;
  unitId: string;
  kind: CampaignReviewKind;
}

export interface ReviewFilter {
  unitId?: string | null;
  underUnitId?: string | null;
  status?: CampaignReviewStatus | null;
  late?: boolean | null;
}

export interface ReviewSummaryData {
  planId: string;
  kind: CampaignReviewKind;
  deadline: IsoDate | null;
  addressed: number;
  submitted: number;
  onTime: number;
  late: number;
  returned: number;
  drafts: number;
  missing: number;
  overdue: boolean;
}

type FileMediaType = Parameters<FilesService['put']>[1];

/** A file sent with a report, before it is stored. */
export interface ReviewUpload {
  bytes: Uint8Array;
  name: string;
  mediaType: FileMediaType;
}

/** A file name as kept: one line, no path, bounded. */
function fileName(name: string): string {
  const base = oneLine(name.split(/[\\/]/).pop());
  return (base || 'tep-dinh-kem').slice(0, 255);
}

/**
 * Báo cáo sơ kết / tổng kết (issue 10, "Reviews"): each unit a plan reaches (CampaignParticipation,
 * reporting) writes one report per round: its text, its figures against the plan's targets
 * (`content.targets[i]`), files attached through the files module. The unit's officers (CAMPAIGN_MANAGE
 * at the unit) draft and send it, the plan's issuer may send it back with a reason. Sent after the
 * deadline (campaignReviewDeadline: the plan's "sơ kết" / "tổng kết" milestone) it is marked late; the
 * issuer's summary counts what was sent, on time or late, and what is missing from the units addressed.
 */
@Injectable()
export class CampaignReviewService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly files: FilesService,
    private readonly access: CampaignParticipation,
  ) {}

  private get rows(): Repository<CampaignReviewEntity> {
    return this.db.repo(CampaignReviewEntity);
  }

  // ---------------------------------------------------------------------------------------------------
  // reading (CAMPAIGN_READ: the issuer's readers see every unit's reports, others their scope's)

  async list(
    ctx: RequestContext,
    planId: string,
    kind: CampaignReviewKind,
    f: ReviewFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<CampaignReviewEntity>> {
    const access = await this.access.readablePlan(ctx, planId);
    const qb = this.rows
      .createQueryBuilder('r')
      .where('r.plan_id = :planId AND r.kind = :kind', { planId: access.plan.id, kind });
    await this.access.limitRows(ctx, access, qb, 'r.unit_path');
    if (f.unitId) qb.andWhere('r.unit_id = :unitId', { unitId: f.unitId });
    if (f.underUnitId) {
      const paths = await this.subtreePaths(ctx, f.underUnitId, 'filter.underUnitId');
      qb.andWhere('r.unit_path <@ ANY(CAST(:underPaths AS ltree[]))', { underPaths: paths });
    }
    if (f.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f.late !== null && f.late !== undefined)
      qb.andWhere(`r.status = 'SUBMITTED' AND r.late = :late`, { late: f.late });
    // index (plan_id, kind, created_at): a plan's reports of a round in the order they were begun
    const sort: KeysetSort<CampaignReviewEntity> = {
      expression: 'r.created_at',
      direction: 'ASC',
      value: (r) => r.createdAt,
      idExpression: 'r.id',
      id: (r) => r.id,
    };
    return paginate(qb, f, sort);
  }

  async get(ctx: RequestContext, id: string): Promise<CampaignReviewEntity> {
    return (await this.visible(ctx, id)).row;
  }

  /**
   * What was sent (on time, late), returned, drafted, and what is missing: the units the plan
   * addresses (campaign_plan_addressees) with no sent report of the round. Two grouped statements over
   * a plan's rows (9,100 addressees at most in the bench province), in the reader's scope.
   */
  async summary(
    ctx: RequestContext,
    planId: string,
    kind: CampaignReviewKind,
    underUnitId?: string | null,
  ): Promise<ReviewSummaryData> {
    const access = await this.access.readablePlan(ctx, planId);
    const under = underUnitId ? await this.subtreePaths(ctx, underUnitId, 'underUnitId') : null;
    const reports = this.rows
      .createQueryBuilder('r')
      .select(`count(*) FILTER (WHERE r.status = 'SUBMITTED')::int`, 'submitted')
      .addSelect(`count(*) FILTER (WHERE r.status = 'SUBMITTED' AND r.late)::int`, 'late')
      .addSelect(`count(*) FILTER (WHERE r.status = 'RETURNED')::int`, 'returned')
      .addSelect(`count(*) FILTER (WHERE r.status = 'DRAFT')::int`, 'drafts')
      .where('r.plan_id = :planId AND r.kind = :kind', { planId: access.plan.id, kind });
    if (under)
      reports.andWhere('r.unit_path <@ ANY(CAST(:underPaths AS ltree[]))', { underPaths: under });
    await this.access.limitRows(ctx, access, reports, 'r.unit_path');
    const addressees = this.db
      .repo(CampaignAddresseeEntity)
      .createQueryBuilder('a')
      .leftJoin(
        CampaignReviewEntity,
        'r',
        `r.plan_id = a.plan_id AND r.unit_id = a.unit_id AND r.kind = :kind AND r.status = 'SUBMITTED'`,
        { kind },
      )
      .select('count(*)::int', 'addressed')
      .addSelect('count(*) FILTER (WHERE r.id IS NULL)::int', 'missing')
      .where('a.plan_id = :planId', { planId: access.plan.id });
    if (under)
      addressees.andWhere('a.unit_path <@ ANY(CAST(:underPaths AS ltree[]))', {
        underPaths: under,
      });
    await this.access.limitRows(ctx, access, addressees, 'a.unit_path');
    const r = (await reports.getRawOne<Record<string, number | string>>()) ?? {};
    const a = (await addressees.getRawOne<Record<string, number | string>>()) ?? {};
    const n = (v: number | string | undefined) => Number(v ?? 0);
    const deadline = this.deadlineOf(access.plan, kind);
    const missing = n(a['missing']);
    return {
      planId: access.plan.id,
      kind,
      deadline,
      addressed: n(a['addressed']),
      submitted: n(r['submitted']),
      onTime: n(r['submitted']) - n(r['late']),
      late: n(r['late']),
      returned: n(r['returned']),
      drafts: n(r['drafts']),
      missing,
      overdue: !!deadline && deadline < todayInVietnam(),
    };
  }

  /** An attached file of a report the caller sees; NOT_FOUND for anything else. */
  async attachment(
    ctx: RequestContext,
    id: string,
    sha256: string,
  ): Promise<{ name: string; mediaType: string; bytes: Uint8Array }> {
    const { row } = await this.visible(ctx, id);
    const attached = row.attachments.find((a) => a.sha256 === sha256);
    const file = attached ? await this.files.get(sha256) : null;
    if (!attached || !file) throw AppError.notFound('Tệp đính kèm', sha256);
    return { name: attached.name, mediaType: file.mediaType, bytes: file.bytes };
  }

  // ---------------------------------------------------------------------------------------------------
  // writing (the reporting unit's officers: CAMPAIGN_MANAGE at the unit)

  async create(tx: Tx, data: NewReview): Promise<CampaignReviewEntity> {
    const access = await this.access.readablePlan(tx.ctx, data.planId);
    this.access.assertOpen(access.plan);
    const unit = await this.access.participant(tx, access, data.unitId, { reporting: true });
    const figures = this.checkedFigures(access.plan, data.figures);
    const existing = await tx.em.findOneBy(CampaignReviewEntity, {
      planId: access.plan.id,
      unitId: unit.id,
      kind: data.kind,
    });
    if (existing) {
      throw AppError.field(
        'kind',
        `Đơn vị "${unit.name}" đã có báo cáo ${CAMPAIGN_REVIEW_KINDS[data.kind].toLowerCase()} theo kế hoạch này: hãy sửa báo cáo đó.`,
      );
    }
    const repo = tx.em.getRepository(CampaignReviewEntity);
    const id = randomUUID();
    try {
      await repo.insert({
        id,
        planId: access.plan.id,
        unitId: unit.id,
        unitPath: unit.path,
        kind: data.kind,
        report: (data.report ?? '').trim(),
        figures,
        attachments: [],
        status: 'DRAFT',
      });
    } catch (error) {
      const e = (error as { driverError?: { code?: string }; code?: string }) ?? {};
      if ((e.driverError?.code ?? e.code) === '23505')
        throw AppError.field('kind', `Báo cáo này vừa được đơn vị khác soạn. Vui lòng tải lại.`);
      throw error;
    }
    const row = await repo.findOneByOrFail({ id });
    await tx.audit.created<CampaignReviewAuditView>(
      'campaignReview.create',
      campaignReviewTarget({ ...row, label: this.label(unit.name, row.kind) }),
      campaignReviewAuditView(row),
      CAMPAIGN_REVIEW_AUDIT_FIELDS,
    );
    return row;
  }

  async update(
    tx: Tx,
    id: string,
    version: number,
    data: ReviewData,
  ): Promise<CampaignReviewEntity> {
    const { row, access, unitName } = await this.manageable(tx, id);
    const figures = this.checkedFigures(access.plan, data.figures);
    let attachments: ReviewAttachment[] = row.attachments;
    if (data.attachments) {
      const errors: FieldErrors = {};
      const seen = new Set<string>();
      attachments = [];
      data.attachments.forEach((a, i) => {
        if (!row.attachments.some((x) => x.sha256 === a.sha256))
          (errors[`attachments.${i}.sha256`] ??= []).push(
            'Tệp này không đính kèm báo cáo: hãy tải tệp lên báo cáo trước.',
          );
        else if (seen.has(a.sha256))
          (errors[`attachments.${i}.sha256`] ??= []).push('Tệp được chọn hai lần.');
        else {
          seen.add(a.sha256);
          attachments.push({ sha256: a.sha256, name: fileName(a.name) });
        }
      });
      if (Object.keys(errors).length) throw AppError.badInput(errors);
    }
    const patch = { report: (data.report ?? '').trim(), figures, attachments };
    return this.save(tx, row, version, patch, unitName);
  }

  /** Stores an uploaded file (files module) and attaches it to a report not sent yet. */
  async attach(
    tx: Tx,
    id: string,
    version: number,
    upload: ReviewUpload,
  ): Promise<CampaignReviewEntity> {
    const { row, unitName } = await this.manageable(tx, id);
    if (row.attachments.length >= L.attachments)
      throw AppError.field('file', `Báo cáo đã có ${L.attachments} tệp đính kèm (tối đa).`);
    if (version !== row.version) throw this.conflict(row, unitName);
    const stored = await this.files.put(upload.bytes, upload.mediaType);
    if (row.attachments.some((a) => a.sha256 === stored.sha256))
      throw AppError.field('file', 'Tệp này đã được đính kèm báo cáo.');
    return this.save(
      tx,
      row,
      version,
      { attachments: [...row.attachments, { sha256: stored.sha256, name: fileName(upload.name) }] },
      unitName,
    );
  }

  /** Gửi: the unit sends its report; sent after the deadline it is marked late. */
  async submit(tx: Tx, id: string, version: number): Promise<CampaignReviewEntity> {
    const { row, access, unitName } = await this.manageable(tx, id);
    this.access.assertOpen(access.plan, 'id');
    if (!row.report.trim() && !row.figures.length)
      throw AppError.field(
        'report',
        'Báo cáo chưa có nội dung hay kết quả chỉ tiêu: chưa gửi được.',
      );
    const deadline = this.deadlineOf(access.plan, row.kind);
    return this.transition(
      tx,
      row,
      version,
      'campaignReview.submit',
      {
        status: 'SUBMITTED',
        returnReason: null,
        submittedAt: new Date(),
        deadline,
        late: !!deadline && todayInVietnam() > deadline,
      },
      unitName,
    );
  }

  /** Trả lại: the plan's issuer sends a sent report back with a reason. */
  async returnToUnit(
    tx: Tx,
    id: string,
    version: number,
    reason: string,
  ): Promise<CampaignReviewEntity> {
    const text = oneLine(reason);
    if (!text) throw AppError.field('reason', 'Lý do trả lại không được để trống.');
    const { row, access } = await this.visible(tx.ctx, id);
    await this.access.assertDecides(tx.ctx, access, 'trả lại báo cáo sơ kết, tổng kết');
    if (row.status !== 'SUBMITTED')
      throw AppError.field(
        'id',
        `Chỉ trả lại được báo cáo đã gửi; báo cáo này đang "${CAMPAIGN_REVIEW_STATUSES[row.status]}".`,
      );
    const unit = await this.org.findById(row.unitId);
    return this.transition(
      tx,
      row,
      version,
      'campaignReview.return',
      { status: 'RETURNED', returnReason: text },
      unit?.name ?? '',
    );
  }

  // ---------------------------------------------------------------------------------------------------

  /** The round's deadline for this plan (its milestones; tổng kết: the period's end by default). */
  deadlineOf(plan: CampaignPlanEntity, kind: CampaignReviewKind): IsoDate | null {
    return campaignReviewDeadline(kind, {
      periodTo: plan.periodTo,
      milestones: plan.content.milestones ?? [],
    }) as IsoDate | null;
  }

  private label(unitName: string, kind: CampaignReviewKind): string {
    return `${unitName} — ${CAMPAIGN_REVIEW_KINDS[kind]}`;
  }

  private async save(
    tx: Tx,
    row: CampaignReviewEntity,
    version: number,
    patch: Partial<Pick<CampaignReviewEntity, 'report' | 'figures' | 'attachments'>>,
    unitName: string,
  ): Promise<CampaignReviewEntity> {
    const before = campaignReviewAuditView(row);
    const after = campaignReviewAuditView({ ...row, ...patch });
    if (!diffFields(before, after, CAMPAIGN_REVIEW_AUDIT_FIELDS).length) {
      if (version !== row.version) throw this.conflict(row, unitName);
      return row;
    }
    await tx.updateVersioned(CampaignReviewEntity, row.id, version, patch, {
      what: WHAT,
      label: this.label(unitName, row.kind),
      entityType: 'CampaignReview',
    });
    await tx.audit.changed(
      'campaignReview.update',
      campaignReviewTarget({ ...row, label: this.label(unitName, row.kind) }),
      before,
      after,
      CAMPAIGN_REVIEW_AUDIT_FIELDS,
    );
    return tx.em.findOneByOrFail(CampaignReviewEntity, { id: row.id });
  }

  private async transition(
    tx: Tx,
    row: CampaignReviewEntity,
    version: number,
    operation: 'campaignReview.submit' | 'campaignReview.return',
    patch: Partial<CampaignReviewEntity>,
    unitName: string,
  ): Promise<CampaignReviewEntity> {
    const label = this.label(unitName, row.kind);
    await tx.updateVersioned(CampaignReviewEntity, row.id, version, patch, {
      what: WHAT,
      label,
      entityType: 'CampaignReview',
    });
    const after = await tx.em.findOneByOrFail(CampaignReviewEntity, { id: row.id });
    await tx.audit.changed(
      operation,
      campaignReviewTarget({ ...after, label }),
      { ...campaignReviewAuditView(row), returnReason: row.returnReason },
      { ...campaignReviewAuditView(after), returnReason: after.returnReason },
      ['status', 'deadline', 'late', 'returnReason'],
    );
    return after;
  }

  /** Figures against the plan's targets: an index the plan has, once each. All problems at once. */
  private checkedFigures(plan: CampaignPlanEntity, figures: ReviewData['figures']): ReviewFigure[] {
    const targets = plan.content.targets ?? [];
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    const seen = new Set<number>();
    const result: ReviewFigure[] = [];
    figures.forEach((f, i) => {
      const achieved = oneLine(f.achieved);
      if (!Number.isInteger(f.targetIndex) || f.targetIndex < 0 || f.targetIndex >= targets.length)
        add(
          `figures.${i}.targetIndex`,
          targets.length
            ? `Kế hoạch có ${targets.length} chỉ tiêu: chọn chỉ tiêu từ 1 đến ${targets.length}.`
            : 'Kế hoạch không có chỉ tiêu nào.',
        );
      else if (seen.has(f.targetIndex))
        add(
          `figures.${i}.targetIndex`,
          `Chỉ tiêu "${targets[f.targetIndex]?.indicator ?? ''}" được nhập hai lần.`,
        );
      else if (!achieved) add(`figures.${i}.achieved`, 'Kết quả đạt được không được để trống.');
      else {
        seen.add(f.targetIndex);
        result.push({ targetIndex: f.targetIndex, achieved, note: blankToNull(f.note) });
      }
    });
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return result.sort((a, b) => a.targetIndex - b.targetIndex);
  }

  private async visible(
    ctx: RequestContext,
    id: string,
  ): Promise<{ row: CampaignReviewEntity; access: ReadablePlan }> {
    const row = await this.rows.findOneBy({ id });
    if (!row) throw AppError.notFound(WHAT, id);
    const access = await this.access.readablePlan(ctx, row.planId, WHAT);
    if (!(await this.access.seesRow(ctx, access, row.unitPath))) throw AppError.notFound(WHAT, id);
    return { row, access };
  }

  /** A report its unit may still change: seen, CAMPAIGN_MANAGE at the unit, not sent (or returned). */
  private async manageable(
    tx: Tx,
    id: string,
  ): Promise<{ row: CampaignReviewEntity; access: ReadablePlan; unitName: string }> {
    const { row, access } = await this.visible(tx.ctx, id);
    if (!tx.ctx.actor.canAt(MANAGE, row.unitPath))
      throw AppError.forbidden(
        'Chỉ cán bộ thi đua của đơn vị báo cáo mới được sửa, gửi báo cáo này.',
      );
    if (row.status === 'SUBMITTED')
      throw AppError.field(
        'id',
        'Báo cáo đã gửi: không sửa được cho tới khi đơn vị ban hành kế hoạch trả lại.',
      );
    const unit = await this.org.findById(row.unitId);
    return { row, access, unitName: unit?.name ?? '' };
  }

  private async subtreePaths(
    ctx: RequestContext,
    unitId: string,
    field: string,
  ): Promise<string[]> {
    const unit = await this.org.findById(unitId);
    if (!unit) throw AppError.field(field, 'Đơn vị không tồn tại.');
    return this.scopes.underPaths(ctx.actor, unit.path);
  }

  private conflict(row: CampaignReviewEntity, unitName: string): AppError {
    return AppError.conflict(WHAT, this.label(unitName, row.kind), 'CampaignReview', row.id);
  }
}
