import { Injectable } from '@nestjs/common';
import { In, type Repository } from 'typeorm';
import {
  AWARD_ROUND_KIND_TRACKS,
  AWARD_ROUND_KINDS,
  AWARD_TRACKS,
  blankToNull,
  oneLine,
  type AwardRoundKind,
  type AwardRoundStatus,
  type AwardTrack,
  type IsoDate,
  type Permission,
} from '@thidua/shared-domain';
import { isWithinPath } from '../../core/auth/actor';
import type { RequestContext } from '../../core/context/request-context';
import { addSearch } from '../../core/database/search';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { CampaignService } from '../campaigns/campaign.service';
import { OrgService } from '../org/org.service';
import {
  AWARD_ROUND_AUDIT_FIELDS,
  awardRoundAuditView,
  awardRoundTarget,
  type AwardRoundAuditView,
} from './award-audit';
import { AwardRoundEntity, type RoundQuota } from './award-round.entity';

export const ROUND_MANAGE: Permission = 'AWARD_ROUND_MANAGE';
const WHAT = 'Đợt xét khen thưởng';

export interface NewRound {
  kind: AwardRoundKind;
  title: string;
  year: number;
  track?: AwardTrack | null;
  receivingUnitId: string;
  decidingAuthority?: string | null;
  deadline?: IsoDate | null;
  campaignPlanId?: string | null;
  note?: string | null;
}

export interface RoundEdit {
  title: string;
  decidingAuthority: string;
  deadline?: IsoDate | null;
  note?: string | null;
}

export interface RoundFilter {
  status?: AwardRoundStatus | null;
  kind?: AwardRoundKind | null;
  year?: number | null;
  receivingUnitId?: string | null;
  search?: string | null;
}

/**
 * Đợt xét khen thưởng (issue 11, "Rounds"). A round is a public call for dossiers: its title, kind,
 * receiving unit, deciding authority, deadline and (for a campaign round) the award plan's forms and
 * quotas, read by every holder of DOSSIER_READ, since proposing units anywhere in the province must
 * find the round they send to and none of it is personal. It is opened, edited, closed and reopened
 * by the officers of its receiving unit (AWARD_ROUND_MANAGE there).
 *
 * A campaign round is opened from an issued kế hoạch the officer reads (CampaignService.awardPlan),
 * at the plan's issuer or one of its units (seed 001: "gửi về Phòng Hành chính tổ chức" of the
 * issuing office); its deadline and deciding authority default to the plan's.
 */
@Injectable()
export class AwardRoundService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly org: OrgService,
    private readonly campaigns: CampaignService,
  ) {}

  private get rounds(): Repository<AwardRoundEntity> {
    return this.db.repo(AwardRoundEntity);
  }

  readonly roundById = loaderKey<string, AwardRoundEntity | null>('awardRoundById', async (ids) =>
    byKeys(ids, await this.rounds.findBy({ id: In([...ids]) }), (r) => r.id),
  );

  async list(
    _ctx: RequestContext,
    f: RoundFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<AwardRoundEntity>> {
    const qb = this.rounds.createQueryBuilder('r');
    if (f.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
    if (f.year) qb.andWhere('r.year = :year', { year: f.year });
    if (f.receivingUnitId)
      qb.andWhere('r.receiving_unit_id = :receivingUnitId', { receivingUnitId: f.receivingUnitId });
    const search = f.search?.trim();
    if (search) addSearch(qb, search, 'r.title');
    // newest first; rounds are a few dozen a year per receiving unit
    return paginate(qb, f, {
      expression: 'r.created_at',
      direction: 'DESC',
      value: (r) => r.createdAt.toISOString(),
      idExpression: 'r.id',
      id: (r) => r.id,
    });
  }

  async get(id: string): Promise<AwardRoundEntity> {
    const round = await this.rounds.findOneBy({ id });
    if (!round) throw AppError.notFound(WHAT, id);
    return round;
  }

  async create(tx: Tx, data: NewRound): Promise<AwardRoundEntity> {
    const unit = await this.org.attachableFor(
      tx,
      data.receivingUnitId,
      ROUND_MANAGE,
      (u) => `Bạn không có quyền mở đợt xét khen thưởng tại đơn vị "${u.name}".`,
      'receivingUnitId',
    );
    const tracks = AWARD_ROUND_KIND_TRACKS[data.kind];
    const track = data.track ?? tracks[0];
    if (!track || !tracks.includes(track)) {
      throw AppError.field(
        'track',
        `Đợt "${AWARD_ROUND_KINDS[data.kind]}" chỉ xét theo loại hình: ${tracks.map((t) => AWARD_TRACKS[t]).join(', ')}.`,
      );
    }
    let deadline = data.deadline ?? null;
    let authority = oneLine(data.decidingAuthority);
    let forms: string[] = [];
    let quotas: RoundQuota[] = [];
    const planId = data.campaignPlanId ?? null;
    if (data.kind === 'CAMPAIGN') {
      if (!planId)
        throw AppError.field('campaignPlanId', 'Đợt theo phong trào cần chọn kế hoạch thi đua.');
      const plan = await this.campaigns.awardPlan(tx.ctx, planId).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND')
          throw AppError.field('campaignPlanId', 'Kế hoạch thi đua không tồn tại.');
        throw error;
      });
      if (!plan.issued)
        throw AppError.field('campaignPlanId', 'Chỉ mở đợt xét theo kế hoạch đã ban hành.');
      if (!plan.awards || !plan.awards.forms.length)
        throw AppError.field(
          'campaignPlanId',
          'Kế hoạch chưa có phần khen thưởng (hình thức khen thưởng).',
        );
      if (!isWithinPath(unit.path, plan.issuerPath)) {
        throw AppError.field(
          'receivingUnitId',
          'Đơn vị tiếp nhận hồ sơ của đợt theo kế hoạch phải là đơn vị ban hành kế hoạch hoặc một đơn vị thuộc đơn vị đó.',
        );
      }
      forms = plan.awards.forms.map((f) => oneLine(f.name));
      quotas = (plan.awards.quotas ?? []).map((q) => ({
        form: oneLine(q.form),
        collectives: q.collectives ?? null,
        individuals: q.individuals ?? null,
        either: q.either ?? null,
        per: q.per ?? null,
        note: q.note ?? null,
      }));
      deadline ??= plan.awards.deadline ?? null;
      if (!authority && plan.signerOf) authority = plan.signerOf;
    } else if (planId) {
      throw AppError.field(
        'campaignPlanId',
        'Chỉ đợt theo phong trào mới gắn với kế hoạch thi đua.',
      );
    }
    if (!authority)
      throw AppError.field(
        'decidingAuthority',
        'Cấp có thẩm quyền quyết định không được để trống.',
      );
    const repo = tx.em.getRepository(AwardRoundEntity);
    const saved = await repo.save(
      repo.create({
        kind: data.kind,
        title: oneLine(data.title),
        year: data.year,
        track,
        status: 'OPEN',
        receivingUnitId: unit.id,
        decidingAuthority: authority,
        deadline,
        campaignPlanId: planId,
        awardForms: forms,
        quotas,
        note: blankToNull(data.note),
      }),
    );
    const round = await repo.findOneByOrFail({ id: saved.id });
    await tx.audit.created<AwardRoundAuditView>(
      'awardRound.create',
      awardRoundTarget(round),
      awardRoundAuditView(round),
      AWARD_ROUND_AUDIT_FIELDS,
    );
    return round;
  }

  async update(tx: Tx, id: string, version: number, data: RoundEdit): Promise<AwardRoundEntity> {
    const before = await this.manageable(tx, id);
    return this.write(tx, before, version, 'awardRound.update', {
      title: oneLine(data.title),
      decidingAuthority: oneLine(data.decidingAuthority),
      deadline: data.deadline ?? null,
      note: blankToNull(data.note),
    });
  }

  /** Đóng: no new dossiers and no first sends; dossiers already sent keep moving (a returned one is resent). */
  async close(tx: Tx, id: string, version: number): Promise<AwardRoundEntity> {
    const before = await this.manageable(tx, id);
    if (before.status === 'CLOSED') throw AppError.field('id', 'Đợt xét khen thưởng đã đóng.');
    return this.write(tx, before, version, 'awardRound.close', { status: 'CLOSED' });
  }

  async reopen(tx: Tx, id: string, version: number): Promise<AwardRoundEntity> {
    const before = await this.manageable(tx, id);
    if (before.status === 'OPEN')
      throw AppError.field('id', 'Đợt xét khen thưởng đang nhận hồ sơ.');
    return this.write(tx, before, version, 'awardRound.reopen', { status: 'OPEN' });
  }

  /** Whether the caller manages the round (AWARD_ROUND_MANAGE at its receiving unit). */
  async canManage(ctx: RequestContext, round: AwardRoundEntity): Promise<boolean> {
    const unit = await this.org.findById(round.receivingUnitId);
    return !!unit && ctx.actor.canAt(ROUND_MANAGE, unit.path);
  }

  private async manageable(tx: Tx, id: string): Promise<AwardRoundEntity> {
    const round = await tx.em.findOneBy(AwardRoundEntity, { id });
    if (!round) throw AppError.notFound(WHAT, id);
    if (!(await this.canManage(tx.ctx, round)))
      throw AppError.forbidden(
        'Chỉ cán bộ của đơn vị tiếp nhận hồ sơ mới được sửa, đóng đợt xét này.',
      );
    return round;
  }

  private async write(
    tx: Tx,
    before: AwardRoundEntity,
    version: number,
    operation: 'awardRound.update' | 'awardRound.close' | 'awardRound.reopen',
    patch: Partial<AwardRoundEntity>,
  ): Promise<AwardRoundEntity> {
    await tx.updateVersioned(AwardRoundEntity, before.id, version, patch, {
      what: WHAT,
      label: before.title,
      entityType: 'AwardRound',
    });
    const after = await tx.em.findOneByOrFail(AwardRoundEntity, { id: before.id });
    await tx.audit.changed<AwardRoundAuditView>(
      operation,
      awardRoundTarget(after),
      awardRoundAuditView(before),
      awardRoundAuditView(after),
      AWARD_ROUND_AUDIT_FIELDS,
    );
    return after;
  }
}
