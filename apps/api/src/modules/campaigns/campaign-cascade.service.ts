import { Injectable } from '@nestjs/common';
import { In, IsNull, type Repository, type SelectQueryBuilder } from 'typeorm';
import {
  CAMPAIGN_ADDRESSING_RULES,
  campaignAddresseeStatus,
  isIssuedStatus,
  todayInVietnam,
  type CampaignAddresseeStatus,
  type CampaignAddressingRule,
  type IsoDate,
  type Permission,
} from '@thidua/shared-domain';
import {
  inScope,
  UnitScopes,
  scopePaths,
  whereInScope,
  type UnitScope,
} from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { addSearch } from '../../core/database/search';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type KeysetSort } from '../../core/graphql/connection';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { ClusterService } from '../org/cluster.service';
import { OrgService, type UnitAsOf as UnitEntity } from '../org/org.service';
import { UnitKindService } from '../org/unit-kind.service';
import { campaignPlanTarget } from './campaign-audit';
import { campaignAddresseeTarget } from './campaign-cascade-audit';
import { CampaignAddresseeEntity } from './campaign-addressee.entity';
import type { CampaignAddressingSpec } from './campaign-cascade.types';
import { CampaignPlanEntity } from './campaign-plan.entity';

const READ: Permission = 'CAMPAIGN_READ';
const MANAGE: Permission = 'CAMPAIGN_MANAGE';
const WHAT = 'Kế hoạch';
const UNKNOWN_UNIT = 'Đơn vị không tồn tại.';
/** A reminder names at most this many units in its audit row (a province-wide one: 9,100). */
const AUDITED_IDS = 500;

/**
 * Each status as SQL on an addressee row `a`, with `:today` (a calendar day in Asia/Ho_Chi_Minh): the
 * same partition as `campaignAddresseeStatus`.
 */
const STATUS_SQL: Record<CampaignAddresseeStatus, string> = {
  ANSWERED: 'a.answer_plan_id IS NOT NULL AND (a.deadline IS NULL OR a.answered_on <= a.deadline)',
  ANSWERED_LATE: 'a.answer_plan_id IS NOT NULL AND a.answered_on > a.deadline',
  PENDING: 'a.answer_plan_id IS NULL AND (a.deadline IS NULL OR a.deadline >= :today)',
  OVERDUE: 'a.answer_plan_id IS NULL AND a.deadline < :today',
};

/** What a draft's cascade fields are after checking (stored on the plan as they are). */
export interface CampaignCascadeFields {
  addressing: CampaignAddressingSpec | null;
  answerDeadline: IsoDate | null;
  respondsToPlanId: string | null;
}

/** The cascade fields as a caller sends them (GraphQL input, seeds). */
export interface CampaignCascadeInput {
  addressing?: Partial<CampaignAddressingSpec> | null;
  answerDeadline?: IsoDate | null;
  respondsToPlanId?: string | null;
}

export interface CampaignInboxFilter {
  status?: CampaignAddresseeStatus | null;
  /** Plans whose period touches this year. */
  year?: number | null;
  /** Words of the plan's trích yếu or số, ký hiệu. */
  search?: string | null;
}

export interface CampaignAddresseeFilter {
  status?: CampaignAddresseeStatus | null;
  /** Only units in this unit's subtree (itself included). */
  underUnitId?: string | null;
  /** Words of the unit's name or code. */
  search?: string | null;
}

export interface CampaignCascadeCounts {
  total: number;
  answered: number;
  answeredLate: number;
  pending: number;
  overdue: number;
}

export interface CampaignCascadeGroup extends CampaignCascadeCounts {
  /** The child unit (or the addressed root) whose subtree these counts cover. */
  unitId: string;
  /** True when the unit itself is addressed (its own row is among the counts). */
  addressed: boolean;
}

export interface CampaignCascadeSummaryData {
  planId: string;
  /** The unit whose children the groups are; null when grouped by the roots of the addressed set. */
  underUnitId: string | null;
  /** The whole plan (the rows the reader may see). */
  counts: CampaignCascadeCounts;
  groups: CampaignCascadeGroup[];
}

/** How a reader reaches a plan: as a reader of its issuer (every row), or of addressed units (theirs). */
export interface CampaignPlanAccess {
  plan: CampaignPlanEntity;
  issuer: IssuerUnit;
  /** null: every row; else only rows under this scope. */
  rowScope: UnitScope | null;
}

type IssuerUnit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

function dedupe(list: readonly string[] | null | undefined): string[] {
  return [...new Set((list ?? []).map((s) => s.trim()).filter(Boolean))];
}

/**
 * The cascade of an issued kế hoạch (issue 10, "Cascade"): the units a plan addresses, materialised at
 * issue in `campaign_plan_addressees`; their answers (their own plans, `respondsToPlanId`) ticked when
 * those are issued; the addressees' inbox, the issuer's table and roll-up, reminders. A plan is read by
 * the CAMPAIGN_READ readers of its issuer and, once issued, of any unit it addresses (who see only
 * their own units' rows); CampaignService asks here (`addressedInScope`) for the second.
 */
@Injectable()
export class CampaignCascadeService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly kinds: UnitKindService,
    private readonly clusters: ClusterService,
  ) {}

  private get addressees(): Repository<CampaignAddresseeEntity> {
    return this.db.repo(CampaignAddresseeEntity);
  }

  private get plans(): Repository<CampaignPlanEntity> {
    return this.db.repo(CampaignPlanEntity);
  }

  /** Plans by id (inbox rows, answers): the caller has decided the reader may see them. */
  readonly planById = loaderKey<string, CampaignPlanEntity | null>(
    'campaignPlanById',
    async (ids) => byKeys(ids, await this.plans.findBy({ id: In([...ids]) }), (p) => p.id),
  );

  // ---------------------------------------------------------------------------------------------------
  // for other services (registrations, reviews, demo data)

  /** The addressee row of `unitId` for the plan, or null (read through `tx` when given). */
  async addressee(
    tx: Tx | null,
    planId: string,
    unitId: string,
  ): Promise<CampaignAddresseeEntity | null> {
    const repo = tx ? tx.em.getRepository(CampaignAddresseeEntity) : this.addressees;
    return repo.findOneBy({ planId, unitId });
  }

  /** Whether the plan addresses the unit (a row exists: it was issued to it, or the unit inherited it). */
  async isAddressed(tx: Tx | null, planId: string, unitId: string): Promise<boolean> {
    return !!(await this.addressee(tx, planId, unitId));
  }

  /** Whether the plan addresses a unit within the actor's `permission` scope (former units included). */
  async addressedInScope(
    ctx: RequestContext,
    planId: string,
    permission: Permission = READ,
  ): Promise<boolean> {
    return (await this.plansAddressedInScope(ctx, [planId], permission)).has(planId);
  }

  /**
   * Of `planIds`, those that address a unit within the actor's `permission` scope, in one query (a
   * list's `canAnswer`, through a per-request loader).
   */
  async plansAddressedInScope(
    ctx: RequestContext,
    planIds: readonly string[],
    permission: Permission = READ,
  ): Promise<Set<string>> {
    if (!planIds.length) return new Set();
    const qb = this.plans
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .where('p.id IN (:...planIds)', { planIds });
    const exists = this.addressedInScopeSql(qb, 'p', await this.scopes.of(ctx.actor, permission));
    qb.andWhere(exists.sql, exists.parameters);
    return new Set((await qb.getRawMany<{ id: string }>()).map((r) => r.id));
  }

  /**
   * An EXISTS on the addressees of plan `planAlias` within `scope`, for a plan list's WHERE (the unique
   * index (plan_id, unit_id) finds a plan's rows, the scope filters them): text and parameters.
   */
  addressedInScopeSql(
    qb: SelectQueryBuilder<CampaignPlanEntity>,
    planAlias: string,
    scope: UnitScope,
  ): { sql: string; parameters: Record<string, unknown> } {
    const sub = qb
      .subQuery()
      .select('1')
      .from(CampaignAddresseeEntity, 'ca')
      .where(`ca.plan_id = ${planAlias}.id`);
    whereInScope(sub, scope, 'ca.unit_path');
    return { sql: `EXISTS ${sub.getQuery()}`, parameters: sub.getParameters() };
  }

  // ---------------------------------------------------------------------------------------------------
  // drafting: the addressing, the deadline and the plan answered

  /**
   * Checks a draft's cascade fields, adding every problem to `add` (field paths under the input):
   * units and subtrees the actor cannot read, unknown kinds or clusters are "không tồn tại" (naming
   * nothing outside the scope); the plan answered must be issued and address the issuer unit.
   */
  async checkDraft(
    tx: Tx,
    issuerUnitId: string,
    planId: string | null,
    input: CampaignCascadeInput,
    add: (field: string, message: string) => void,
  ): Promise<CampaignCascadeFields> {
    const actor = tx.ctx.actor;
    const spec = input.addressing;
    const addressing: CampaignAddressingSpec | null = spec
      ? {
          unitIds: dedupe(spec.unitIds),
          subtreeUnitIds: dedupe(spec.subtreeUnitIds),
          unitKindCodes: dedupe(spec.unitKindCodes).map((c) => c.toUpperCase()),
          unitKindsWithinUnitIds: dedupe(spec.unitKindsWithinUnitIds),
          clusterIds: dedupe(spec.clusterIds),
        }
      : null;
    if (addressing) {
      const unitFields: [keyof CampaignAddressingSpec, string][] = [
        ['unitIds', 'Đơn vị'],
        ['subtreeUnitIds', 'Đơn vị'],
        ['unitKindsWithinUnitIds', 'Đơn vị'],
      ];
      const ids = [
        ...addressing.unitIds,
        ...addressing.subtreeUnitIds,
        ...addressing.unitKindsWithinUnitIds,
      ];
      const units = new Map(
        Array.from(ids.length ? await this.org.unitById.batch(ids) : [])
          .filter((u): u is UnitEntity => !!u && !(u instanceof Error))
          .map((u) => [u.id, u]),
      );
      // one scope for every unit picked (inside the transaction `of` is computed afresh per call)
      const readable = ids.length
        ? await this.scopes.of(actor, 'UNIT_READ')
        : ({ kind: 'none' } as UnitScope);
      for (const [field] of unitFields) {
        const sent = spec?.[field] ?? [];
        if (sent.length !== addressing[field].length)
          add(`addressing.${field}`, 'Một đơn vị được chọn hai lần.');
        for (const [i, id] of addressing[field].entries()) {
          const unit = units.get(id);
          const path = `addressing.${field}.${i}`;
          if (!unit || !(actor.canAt('UNIT_READ', unit.path) || inScope(readable, unit.path))) {
            add(path, UNKNOWN_UNIT);
          } else if (unit.validTo !== null) {
            add(
              path,
              `Đơn vị "${unit.name}" đã kết thúc hoạt động: không giao kế hoạch cho đơn vị này.`,
            );
          } else if (unit.id === issuerUnitId && field !== 'unitKindsWithinUnitIds') {
            add(path, 'Không giao kế hoạch cho chính đơn vị ban hành.');
          }
        }
      }
      if (addressing.unitKindCodes.length) {
        const known = await this.kinds.byCodes();
        for (const [i, code] of addressing.unitKindCodes.entries())
          if (!known.has(code)) add(`addressing.unitKindCodes.${i}`, 'Loại đơn vị không tồn tại.');
      }
      if (addressing.unitKindsWithinUnitIds.length && !addressing.unitKindCodes.length)
        add(
          'addressing.unitKindCodes',
          'Chọn loại đơn vị cần giao kế hoạch trong các đơn vị đã chọn.',
        );
      for (const [i, id] of addressing.clusterIds.entries()) {
        try {
          await this.clusters.getVisible(tx.ctx, id);
        } catch {
          add(`addressing.clusterIds.${i}`, 'Cụm, khối thi đua không tồn tại.');
        }
      }
      if ((spec?.clusterIds ?? []).length !== addressing.clusterIds.length)
        add('addressing.clusterIds', 'Một cụm, khối thi đua được chọn hai lần.');
    }
    const respondsToPlanId = input.respondsToPlanId ?? null;
    if (respondsToPlanId) {
      const parent =
        respondsToPlanId === planId
          ? null
          : await tx.em.findOneBy(CampaignPlanEntity, { id: respondsToPlanId });
      if (
        !parent ||
        !isIssuedStatus(parent.status) ||
        !(await this.isAddressed(tx, parent.id, issuerUnitId))
      ) {
        add(
          'respondsToPlanId',
          'Kế hoạch được thực hiện không tồn tại, chưa ban hành hoặc không giao cho đơn vị ban hành.',
        );
      }
    }
    const empty =
      !addressing ||
      !(
        addressing.unitIds.length ||
        addressing.subtreeUnitIds.length ||
        addressing.unitKindCodes.length ||
        addressing.clusterIds.length
      );
    return {
      addressing: empty ? null : addressing,
      answerDeadline: input.answerDeadline ?? null,
      respondsToPlanId,
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // issuing (CampaignService.issue calls onIssued once, in its transaction, after the plan is ISSUED)

  /**
   * Resolves the plan's addressing into addressee rows against the units active on its issue date (one
   * INSERT … SELECT: a province-wide plan addresses 9,100 units), audited as one row; then, if the plan
   * answers another, ticks the issuer unit's row there.
   */
  async onIssued(tx: Tx, plan: CampaignPlanEntity): Promise<void> {
    const issuedOn = plan.issuedOn as IsoDate;
    const spec = plan.addressing;
    if (plan.answerDeadline && plan.answerDeadline < issuedOn) {
      throw AppError.field(
        'answerDeadline',
        'Hạn gửi kế hoạch thực hiện không được trước ngày ban hành.',
      );
    }
    if (spec) {
      const within = spec.unitKindsWithinUnitIds.length
        ? spec.unitKindsWithinUnitIds
        : [plan.issuerUnitId];
      // every rule yields (unit, rule, source, priority); each unit keeps its first rule
      const rows: { rule: CampaignAddressingRule; n: number }[] = await tx.em.query(
        `WITH candidates AS (
           SELECT u.id AS unit_id, 'UNIT' AS rule, NULL::uuid AS source_id, 1 AS priority
             FROM units u WHERE u.id = ANY($3::uuid[])
           UNION ALL
           SELECT u.id, 'SUBTREE', r.id, 2
             FROM units r JOIN units u ON u.path <@ r.path WHERE r.id = ANY($4::uuid[])
           UNION ALL
           SELECT m.unit_id, 'CLUSTER', m.cluster_id, 3
             FROM cluster_memberships m
            WHERE m.cluster_id = ANY($5::uuid[]) AND m.joined_on <= $2::date
              AND (m.left_on IS NULL OR m.left_on > $2::date)
           UNION ALL
           SELECT u.id, 'KIND', k.id, 4
             FROM unit_kinds k JOIN units u ON u.kind_id = k.id
             JOIN units w ON u.path <@ w.path
            WHERE k.code = ANY($6::citext[]) AND w.id = ANY($7::uuid[])
         ), inserted AS (
           INSERT INTO campaign_plan_addressees (plan_id, unit_id, unit_path, rule, rule_source_id, deadline)
           SELECT DISTINCT ON (c.unit_id) $1::uuid, c.unit_id, u.path, c.rule, c.source_id, $8::date
             FROM candidates c JOIN units u ON u.id = c.unit_id
            WHERE u.valid_from <= $2::date AND (u.valid_to IS NULL OR u.valid_to > $2::date)
              AND u.id <> $9::uuid
            ORDER BY c.unit_id, c.priority
           ON CONFLICT (plan_id, unit_id) DO NOTHING
           RETURNING rule
         )
         SELECT rule, count(*)::int AS n FROM inserted GROUP BY rule ORDER BY rule`,
        [
          plan.id,
          issuedOn,
          spec.unitIds,
          spec.subtreeUnitIds,
          spec.clusterIds,
          spec.unitKindCodes,
          within,
          plan.answerDeadline,
          plan.issuerUnitId,
        ],
      );
      const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
      if (!total) {
        throw AppError.field(
          'addressing',
          'Không có đơn vị nào đang hoạt động thuộc phạm vi giao kế hoạch vào ngày ban hành.',
        );
      }
      await tx.audit.event('campaignPlan.cascade', campaignPlanTarget(plan), [
        { field: 'addressees', after: total },
        ...rows.map((r) => ({
          field: `rule:${r.rule}`,
          after: `${CAMPAIGN_ADDRESSING_RULES[r.rule]}: ${Number(r.n)}`,
        })),
        ...(plan.answerDeadline ? [{ field: 'answerDeadline', after: plan.answerDeadline }] : []),
      ]);
    }
    if (plan.respondsToPlanId) await this.answer(tx, plan, issuedOn);
  }

  /** Ticks the answering unit's row of the plan answered (its first answer stays if it had one). */
  private async answer(tx: Tx, plan: CampaignPlanEntity, issuedOn: IsoDate): Promise<void> {
    const parentId = plan.respondsToPlanId as string;
    const row = await this.addressee(tx, parentId, plan.issuerUnitId);
    if (!row) {
      throw AppError.field(
        'respondsToPlanId',
        'Kế hoạch được thực hiện không còn giao cho đơn vị ban hành.',
      );
    }
    if (row.answerPlanId) return;
    await tx.em
      .getRepository(CampaignAddresseeEntity)
      .update({ id: row.id }, { answerPlanId: plan.id, answeredOn: issuedOn });
    const parent = await tx.em.findOneByOrFail(CampaignPlanEntity, { id: parentId });
    await tx.audit.event('campaignAddressee.answer', campaignAddresseeTarget(row, parent), [
      { field: 'answerPlanId', before: null, after: plan.id },
      { field: 'answerSymbol', after: plan.symbol },
      { field: 'answeredOn', before: null, after: issuedOn },
      ...(row.deadline ? [{ field: 'deadline', after: row.deadline }] : []),
    ]);
  }

  // ---------------------------------------------------------------------------------------------------
  // reading

  /**
   * Who reads a plan, decided here for every part of the module (plans, cascade, registrations,
   * reviews): a CAMPAIGN_READ reader of the issuer unit ('ISSUER': every row), or, once the plan is
   * issued, a reader of a unit it addresses ('ADDRESSEE': its own units' rows); else null.
   */
  async readerOf(
    ctx: RequestContext,
    plan: CampaignPlanEntity,
    issuerPath: string,
  ): Promise<'ISSUER' | 'ADDRESSEE' | null> {
    if (await this.scopes.covers(ctx.actor, READ, issuerPath)) return 'ISSUER';
    if (isIssuedStatus(plan.status) && (await this.addressedInScope(ctx, plan.id)))
      return 'ADDRESSEE';
    return null;
  }

  /** The plan, its issuer unit and the rows the actor reads of it (`readerOf`); else NOT_FOUND naming `what`. */
  async planAccess(ctx: RequestContext, planId: string, what = WHAT): Promise<CampaignPlanAccess> {
    const plan = await this.plans.findOneBy({ id: planId });
    const issuer = plan ? await this.org.findById(plan.issuerUnitId) : null;
    const reader = plan && issuer ? await this.readerOf(ctx, plan, issuer.path) : null;
    if (!plan || !issuer || !reader) throw AppError.notFound(what, planId);
    return {
      plan,
      issuer,
      rowScope: reader === 'ISSUER' ? null : await this.scopes.of(ctx.actor, READ),
    };
  }

  /** The actor's addressee rows of issued plans (the unit inbox), newest first. */
  async inbox(
    ctx: RequestContext,
    f: CampaignInboxFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<CampaignAddresseeEntity>> {
    const qb = this.addressees
      .createQueryBuilder('a')
      .innerJoin(CampaignPlanEntity, 'p', 'p.id = a.plan_id');
    whereInScope(qb, await this.scopes.of(ctx.actor, READ), 'a.unit_path');
    this.whereStatus(qb, f.status);
    if (f.year) {
      qb.andWhere('p.period_from <= :yearEnd AND p.period_to >= :yearStart', {
        yearStart: `${f.year}-01-01`,
        yearEnd: `${f.year}-12-31`,
      });
    }
    const search = f.search?.trim();
    if (search) addSearch(qb, search, `p.title || ' ' || coalesce(p.symbol, '')`);
    const sort: KeysetSort<CampaignAddresseeEntity> = {
      expression: 'a.created_at',
      direction: 'DESC',
      value: (a) => a.createdAt,
      idExpression: 'a.id',
      id: (a) => a.id,
    };
    return paginate(qb, f, sort);
  }

  /**
   * A plan's addressees (the issuer's table): in tree order (a unit's row before its subtree's), only
   * the reader's own units' rows for a reader of addressed units.
   */
  async list(
    ctx: RequestContext,
    planId: string,
    f: CampaignAddresseeFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<CampaignAddresseeEntity>> {
    const access = await this.planAccess(ctx, planId);
    const qb = this.addressees.createQueryBuilder('a').where('a.plan_id = :planId', { planId });
    if (access.rowScope) whereInScope(qb, access.rowScope, 'a.unit_path');
    this.whereStatus(qb, f.status);
    if (f.underUnitId) {
      const under = await this.org.findById(f.underUnitId);
      if (!under) throw AppError.field('underUnitId', UNKNOWN_UNIT);
      qb.andWhere('a.unit_path <@ CAST(:underPath AS ltree)', { underPath: under.path });
    }
    const search = f.search?.trim();
    if (search) {
      const unit = qb
        .subQuery()
        .select('1')
        .from('units', 'su')
        .where('su.id = a.unit_id')
        .andWhere(
          `to_tsvector('simple', thidua_words(su.name || ' ' || su.code)) @@ thidua_prefix_query(:search)`,
          {
            search,
          },
        );
      qb.andWhere(`EXISTS ${unit.getQuery()}`, unit.getParameters());
    }
    const sort: KeysetSort<CampaignAddresseeEntity> = {
      expression: 'a.unit_path',
      direction: 'ASC',
      value: (a) => a.unitPath,
      idExpression: 'a.id',
      id: (a) => a.id,
    };
    return paginate(qb, f, sort);
  }

  /**
   * Counts of the plan's addressees by status, for the plan and per child of `underUnitId` over each
   * child's subtree (the ltree path rolls them up), in one grouped statement. Without `underUnitId`
   * the groups are the issuer's children, and rows outside the issuer's subtree (a cluster's members
   * elsewhere) are grouped under their addressed roots (the shallowest addressed unit above them).
   */
  async summary(
    ctx: RequestContext,
    planId: string,
    underUnitId?: string | null,
  ): Promise<CampaignCascadeSummaryData> {
    const access = await this.planAccess(ctx, planId);
    let underPath = access.issuer.path;
    if (underUnitId) {
      const under = await this.org.findById(underUnitId);
      if (!under) throw AppError.field('underUnitId', UNKNOWN_UNIT);
      underPath = under.path;
    }
    const scoped = access.rowScope && access.rowScope.kind !== 'all';
    const scopeFilter = scoped ? 'AND a.unit_path <@ ANY($5::ltree[])' : '';
    const count = (status: CampaignAddresseeStatus) =>
      `count(*) FILTER (WHERE ${STATUS_SQL[status].replace(/:today/g, '$3::date')})::int`;
    const params: unknown[] = [planId, underPath, todayInVietnam(), !underUnitId];
    if (access.rowScope && access.rowScope.kind !== 'all') params.push(scopePaths(access.rowScope));
    // The group of a row is a unit id (the label of its path one level below `under`, or `under`'s
    // own for its row): grouping by uuid hashes, where grouping by ltree sorted 9,100 paths (35 ms
    // against 15 ms for a province-wide plan on PostgreSQL). Groups are named afterwards, ≤ a few hundred.
    // A row outside `under` (the Party and Front trees of a plan addressed to the whole province) goes
    // to its shallowest addressed ancestor, found by unit id for each label of its own path: the plan's
    // ids hash once. Looking it up by path (`b.unit_path @> a.unit_path`, one GiST probe per row) took
    // 63 of the statement's 82 ms for 2,641 such rows (bench/campaigns: 95 → 35 ms median).
    // The groups are ordered by their units' names looked up one by one: the planner expects one group
    // per row (9,100), and joined all 10,000 units through a hash to sort 143 groups (EXPLAIN ANALYZE on
    // bench/campaigns' plan, alternated 5 times: 32.3 → 25.6 ms median, the same 143 rows).
    const rows: ({ key: string | null; whole: number; self: boolean } & CampaignCascadeCounts)[] =
      await this.db.manager.query(
        `WITH a AS (
           SELECT a.answer_plan_id, a.answered_on, a.deadline,
                  CASE WHEN a.unit_path <@ $2::ltree THEN nlevel(a.unit_path) <= nlevel($2::ltree) + 1
                       ELSE true END AS self,
                  CASE WHEN a.unit_path <@ $2::ltree
                         THEN ltree2text(subpath(a.unit_path,
                                LEAST(nlevel(a.unit_path), nlevel($2::ltree) + 1) - 1, 1))::uuid
                       WHEN $4 THEN (SELECT b.unit_id
                                       FROM generate_series(1, nlevel(a.unit_path)) AS k
                                       JOIN campaign_plan_addressees b ON b.plan_id = $1
                                        AND b.unit_id = ltree2text(subpath(a.unit_path, k - 1, 1))::uuid
                                      ORDER BY k LIMIT 1)
                  END AS key
             FROM campaign_plan_addressees a
            WHERE a.plan_id = $1 ${scopeFilter}
         ), g AS (
           SELECT a.key, GROUPING(a.key) AS whole, bool_or(a.self) AS self,
                  count(*)::int AS total,
                  ${count('ANSWERED')} AS answered,
                  ${count('ANSWERED_LATE')} AS "answeredLate",
                  ${count('PENDING')} AS pending,
                  ${count('OVERDUE')} AS overdue
             FROM a
            GROUP BY GROUPING SETS ((a.key), ())
         )
         SELECT g.* FROM g
          ORDER BY g.whole DESC, (SELECT u.name FROM units u WHERE u.id = g.key), g.key`,
        params,
      );
    const counts = (r: CampaignCascadeCounts): CampaignCascadeCounts => ({
      total: Number(r.total),
      answered: Number(r.answered),
      answeredLate: Number(r.answeredLate),
      pending: Number(r.pending),
      overdue: Number(r.overdue),
    });
    const whole = rows.find((r) => Number(r.whole) === 1);
    const groups = rows
      .filter((r) => Number(r.whole) === 0 && r.key)
      .map((r) => ({
        unitId: r.key as string,
        addressed: !!r.self,
        ...counts(r),
      }));
    return {
      planId,
      underUnitId: underUnitId ?? access.plan.issuerUnitId,
      counts: whole
        ? counts(whole)
        : { total: 0, answered: 0, answeredLate: 0, pending: 0, overdue: 0 },
      groups,
    };
  }

  private whereStatus(
    qb: SelectQueryBuilder<CampaignAddresseeEntity>,
    status: CampaignAddresseeStatus | null | undefined,
  ): void {
    if (!status) return;
    qb.andWhere(`(${STATUS_SQL[status]})`, { today: todayInVietnam() });
  }

  // ---------------------------------------------------------------------------------------------------
  // reminders (CAMPAIGN_MANAGE at the issuer unit)

  /**
   * Nhắc: counts one more reminder on the rows of `unitIds` (default: every unit that has not answered
   * yet), audited as one row on the plan. No mail: the inbox shows the count.
   */
  async remind(
    tx: Tx,
    planId: string,
    unitIds: string[] | null | undefined,
  ): Promise<{ reminded: number; remindedAt: Date }> {
    const ctx = tx.ctx;
    const access = await this.planAccess(ctx, planId);
    const { plan } = access;
    if (access.rowScope || !(await this.scopes.covers(ctx.actor, MANAGE, access.issuer.path))) {
      throw AppError.forbidden('Bạn không có quyền nhắc các đơn vị thực hiện kế hoạch này.');
    }
    if (!isIssuedStatus(plan.status))
      throw AppError.field('planId', 'Kế hoạch chưa ban hành: chưa có đơn vị thực hiện để nhắc.');
    const repo = tx.em.getRepository(CampaignAddresseeEntity);
    let targets: CampaignAddresseeEntity[];
    if (unitIds?.length) {
      const ids = [...new Set(unitIds)];
      const rows = await repo.findBy({ planId, unitId: In(ids) });
      const byUnit = new Map(rows.map((r) => [r.unitId, r]));
      const errors: FieldErrors = {};
      unitIds.forEach((id, i) => {
        const row = byUnit.get(id);
        if (!row)
          (errors[`unitIds.${i}`] ??= []).push('Đơn vị không thuộc danh sách thực hiện kế hoạch.');
        else if (row.answerPlanId)
          (errors[`unitIds.${i}`] ??= []).push(
            'Đơn vị đã ban hành kế hoạch thực hiện: không cần nhắc.',
          );
      });
      if (Object.keys(errors).length) throw AppError.badInput(errors);
      targets = rows;
    } else {
      targets = await repo.find({
        select: { id: true, unitId: true },
        where: { planId, answerPlanId: IsNull() },
      });
    }
    if (!targets.length)
      throw AppError.field('unitIds', 'Mọi đơn vị đã ban hành kế hoạch thực hiện: không cần nhắc.');
    // the ids of the rows to remind, rechecked as unanswered in the same statement
    const updated = returnedRows<{ last_reminded_at: Date }>(
      await tx.em.query(
        `UPDATE campaign_plan_addressees
            SET reminder_count = reminder_count + 1, last_reminded_at = now(), updated_at = now()
          WHERE plan_id = $1 AND id = ANY($2::uuid[]) AND answer_plan_id IS NULL
          RETURNING last_reminded_at`,
        [planId, targets.map((t) => t.id)],
      ),
    );
    const remindedAt = updated[0]?.last_reminded_at ?? new Date();
    await tx.audit.bulk(
      'campaignAddressee.remind',
      { entityType: 'CampaignAddressee', label: plan.title, scopeUnitId: plan.issuerUnitId },
      [
        { field: 'planId', after: plan.id },
        { field: 'count', after: updated.length },
        { field: 'unitIds', after: targets.slice(0, AUDITED_IDS).map((t) => t.unitId) },
      ],
    );
    return { reminded: updated.length, remindedAt };
  }

  /** The status of a row today (Asia/Ho_Chi_Minh). */
  statusOf(a: CampaignAddresseeEntity, today: IsoDate = todayInVietnam()): CampaignAddresseeStatus {
    return campaignAddresseeStatus(a, today);
  }
}

/** `UPDATE … RETURNING` through TypeORM answers [rows, count] on PostgreSQL; plain rows elsewhere. */
function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]))
    return result[0] as T[];
  return Array.isArray(result) ? (result as T[]) : [];
}
