import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, type Repository } from 'typeorm';
import {
  CAMPAIGN_REGISTRATION_STATUSES,
  foldVietnamese,
  isRegistrationEditable,
  oneLine,
  blankToNull,
  type CampaignRegistrantKind,
  type CampaignRegistrationStatus,
} from '@thidua/shared-domain';
import { isWithinPath } from '../../core/auth/actor';
import { UnitScopes } from '../../core/auth/unit-scope';
import type { AuditChange } from '../../core/audit/audit-log.entity';
import { diffFields } from '../../core/audit/diff';
import type { RequestContext } from '../../core/context/request-context';
import { addSearch, rankedBy, searchRank } from '../../core/database/search';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type KeysetSort } from '../../core/graphql/connection';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { OrgService } from '../org/org.service';
import { PeopleService } from '../people/people.service';
import { CampaignParticipation, MANAGE, type ReadablePlan } from './campaign-registration-access';
import {
  CAMPAIGN_REGISTRATION_AUDIT_FIELDS,
  campaignRegistrationAuditView,
  campaignRegistrationsTarget,
  campaignRegistrationTarget,
  titlesLine,
  type CampaignRegistrationAuditView,
} from './campaign-registration-audit';
import {
  CampaignRegistrationCountEntity,
  CampaignRegistrationEntity,
  type RegistrationTitle,
} from './campaign-registration.entity';

type UnitEntity = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

const WHAT = 'Đăng ký thi đua';

/** Rows written per statement by the import (and audited per unit and chunk). */
export const REGISTRATION_CHUNK = 1_000;

export interface RegistrationData {
  titles: readonly { name: string; code?: string | null }[];
  commitments?: string | null;
}

export interface NewRegistration extends RegistrationData {
  planId: string;
  unitId: string;
  kind: CampaignRegistrantKind;
  personId?: string | null;
}

export interface RegistrationFilter {
  unitId?: string | null;
  underUnitId?: string | null;
  status?: CampaignRegistrationStatus | null;
  kind?: CampaignRegistrantKind | null;
  search?: string | null;
}

/** Counts by status of one kind of registrant. */
export type StatusTally = Record<CampaignRegistrationStatus, number> & { total: number };

export interface RollupRow {
  unitId: string | null;
  units: StatusTally;
  people: StatusTally;
}

export interface RegistrationSummaryData {
  planId: string;
  underUnitId: string | null;
  total: RollupRow;
  own: RollupRow;
  children: RollupRow[];
}

/** What the import writes for one row (checked by the import handler in the same transaction). */
export interface ImportedRegistration {
  unit: UnitEntity;
  kind: CampaignRegistrantKind;
  personId: string | null;
  registrantName: string;
  titles: RegistrationTitle[];
  commitments: string | null;
  /** The row to update (with the version read when checking), or null to insert. */
  existing: CampaignRegistrationEntity | null;
}

function emptyTally(): StatusTally {
  return { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, APPROVED: 0, total: 0 };
}

function emptyRollup(unitId: string | null): RollupRow {
  return { unitId, units: emptyTally(), people: emptyTally() };
}

/** The unit id an ltree label stands for (labels are ids without hyphens: org's `pathLabel`). */
function idFromLabel(label: string): string {
  return `${label.slice(0, 8)}-${label.slice(8, 12)}-${label.slice(12, 16)}-${label.slice(16, 20)}-${label.slice(20)}`;
}

/**
 * Titles as stored: trimmed, codes blank → null, no title twice (accents and case ignored). Problems
 * go to `add` under `titles.<i>.name`.
 */
export function normaliseTitles(
  titles: readonly { name: string; code?: string | null }[],
  add: (field: string, message: string) => void,
): RegistrationTitle[] {
  const seen = new Set<string>();
  const result: RegistrationTitle[] = [];
  titles.forEach((t, i) => {
    const name = oneLine(t.name);
    if (!name) {
      add(`titles.${i}.name`, 'Tên danh hiệu không được để trống.');
      return;
    }
    const key = foldVietnamese(name);
    if (seen.has(key)) {
      add(`titles.${i}.name`, `Danh hiệu "${name}" đã có trong danh sách.`);
      return;
    }
    seen.add(key);
    result.push({ name, code: blankToNull(t.code) });
  });
  return result;
}

/**
 * Đăng ký thi đua (issue 10, "Registrations and pledges"): units and their people register for an
 * issued plan that reaches them (CampaignParticipation), the unit's officers (CAMPAIGN_MANAGE at the
 * unit) edit and send the unit's registration, the plan's issuer returns it with a reason or approves
 * it, after which it is read-only. A unit's registration is its collective row (kind UNIT, created
 * with its first individual if the unit registers no title of its own) plus its individuals' rows,
 * which share its status: sending, returning and approving move them together, one audit row each.
 */
@Injectable()
export class CampaignRegistrationService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly people: PeopleService,
    private readonly access: CampaignParticipation,
  ) {}

  private get rows(): Repository<CampaignRegistrationEntity> {
    return this.db.repo(CampaignRegistrationEntity);
  }

  /** Registrations by id (no access check: for rows the caller has already been allowed to see). */
  readonly registrationById = loaderKey<string, CampaignRegistrationEntity | null>(
    'campaignRegistrationById',
    async (ids) => byKeys(ids, await this.rows.findBy({ id: In([...ids]) }), (r) => r.id),
  );

  // ---------------------------------------------------------------------------------------------------
  // reading (CAMPAIGN_READ: the issuer's readers see every unit's rows, others their scope's)

  async list(
    ctx: RequestContext,
    planId: string,
    f: RegistrationFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<CampaignRegistrationEntity>> {
    const access = await this.access.readablePlan(ctx, planId);
    const qb = this.rows
      .createQueryBuilder('r')
      .where('r.plan_id = :planId', { planId: access.plan.id });
    await this.access.limitRows(ctx, access, qb, 'r.unit_path');
    if (f.unitId) qb.andWhere('r.unit_id = :unitId', { unitId: f.unitId });
    if (f.underUnitId) {
      const paths = await this.subtreePaths(ctx, f.underUnitId, 'filter.underUnitId');
      qb.andWhere('r.unit_path <@ ANY(CAST(:underPaths AS ltree[]))', { underPaths: paths });
    }
    if (f.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
    const search = f.search?.trim();
    let sort: KeysetSort<CampaignRegistrationEntity>;
    if (search) {
      addSearch(qb, search, 'r.registrant_name');
      sort = rankedBy(qb, searchRank('r.registrant_name'), 'r.id');
    } else {
      // index campaign_registrations_plan_sort (plan_id, sort_key, id): a unit's collective row, then
      // its people in Vietnamese name order; pages of a 200,000-row plan read the index only
      sort = {
        expression: 'r.sort_key',
        direction: 'ASC',
        value: (r) => r.sortKey ?? '',
        idExpression: 'r.id',
        id: (r) => r.id,
      };
    }
    return paginate(qb, f, sort);
  }

  /** The registration if the caller sees it, else NOT_FOUND naming nothing. */
  async get(ctx: RequestContext, id: string): Promise<CampaignRegistrationEntity> {
    return (await this.visible(ctx, id)).row;
  }

  /**
   * Counts by status and kind per child unit of `underUnitId` (or per root unit), each child counting
   * its whole subtree, in one grouped statement. Speed (issue 10 bench: ≤ 100 ms for a province-wide
   * plan of 200,000 registrations over 9,100 units): it reads `campaign_registration_counts` (kept by
   * triggers, ~2 rows per unit), not the registrations: 13–20 ms on PostgreSQL 15 for 209,300
   * registrations of one plan (18,200 count rows), where grouping the registrations themselves took
   * ~480 ms even from a covering index (an index-only scan of every row).
   */
  async summary(
    ctx: RequestContext,
    planId: string,
    underUnitId: string | null | undefined,
  ): Promise<RegistrationSummaryData> {
    const access = await this.access.readablePlan(ctx, planId);
    let depth = 0;
    const qb = this.db
      .repo(CampaignRegistrationCountEntity)
      .createQueryBuilder('c')
      .where('c.plan_id = :planId AND c.n > 0', { planId: access.plan.id });
    if (underUnitId) {
      const under = await this.org.findById(underUnitId);
      if (!under) throw AppError.field('underUnitId', 'Đơn vị không tồn tại.');
      depth = under.path.split('.').length;
      qb.andWhere('c.unit_path <@ CAST(:underPath AS ltree)', { underPath: under.path });
    }
    await this.access.limitRows(ctx, access, qb, 'c.unit_path');
    const rows = await qb
      .select(
        'CASE WHEN nlevel(c.unit_path) > :depth THEN subpath(c.unit_path, :depth, 1)::text END',
        'child',
      )
      .addSelect('c.kind', 'kind')
      .addSelect('c.status', 'status')
      .addSelect('sum(c.n)::int', 'n')
      .setParameter('depth', depth)
      .groupBy('child')
      .addGroupBy('c.kind')
      .addGroupBy('c.status')
      .getRawMany<{
        child: string | null;
        kind: CampaignRegistrantKind;
        status: CampaignRegistrationStatus;
        n: number | string;
      }>();
    const total = emptyRollup(null);
    const own = emptyRollup(null);
    const children = new Map<string, RollupRow>();
    for (const r of rows) {
      const n = Number(r.n);
      const key = r.kind === 'UNIT' ? 'units' : 'people';
      let child = own;
      if (r.child) {
        const unitId = idFromLabel(r.child);
        child = children.get(unitId) ?? emptyRollup(unitId);
        children.set(unitId, child);
      }
      for (const target of [total, child]) {
        target[key][r.status] += n;
        target[key].total += n;
      }
    }
    return {
      planId: access.plan.id,
      underUnitId: underUnitId ?? null,
      total,
      own,
      children: [...children.values()],
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // writing (the registering unit's officers: CAMPAIGN_MANAGE at the unit)

  async create(tx: Tx, data: NewRegistration): Promise<CampaignRegistrationEntity> {
    const access = await this.access.readablePlan(tx.ctx, data.planId);
    this.access.assertOpen(access.plan);
    const unit = await this.access.participant(tx, access, data.unitId);
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    const titles = normaliseTitles(data.titles, add);
    const commitments = blankToNull(data.commitments);
    if (data.kind === 'UNIT' && data.personId) add('personId', 'Đăng ký tập thể không kèm cán bộ.');
    let registrantName = unit.name;
    if (data.kind === 'PERSON') {
      if (!data.personId) add('personId', 'Cần chọn cán bộ đăng ký.');
      else {
        const person = await this.personOf(unit, data.personId);
        if (!person)
          add('personId', `Không tìm thấy cán bộ đang công tác tại đơn vị "${unit.name}".`);
        else registrantName = person.fullName;
      }
      if (!titles.length && !errors['titles.0.name'])
        add('titles', 'Cá nhân cần đăng ký ít nhất một danh hiệu.');
    }
    if (Object.keys(errors).length) throw AppError.badInput(errors);

    const header = await this.lockedHeader(tx, access.plan.id, unit.id);
    if (data.kind === 'UNIT' && header) {
      throw AppError.field(
        'unitId',
        `Đơn vị "${unit.name}" đã có bản đăng ký theo kế hoạch này: hãy sửa bản đăng ký đó.`,
      );
    }
    if (header) this.assertEditable(header);
    if (data.kind === 'PERSON') {
      const other = await tx.em.findOneBy(CampaignRegistrationEntity, {
        planId: access.plan.id,
        personId: data.personId as string,
      });
      if (other) {
        throw AppError.field(
          'personId',
          `${registrantName} đã được đăng ký theo kế hoạch này${other.unitId === unit.id ? '' : ' tại một đơn vị khác'}.`,
        );
      }
    }
    const status: CampaignRegistrationStatus = header?.status ?? 'DRAFT';
    if (!header && data.kind === 'PERSON') {
      // the unit's registration, which its people's rows belong to, starts with no title of its own
      await this.insertRow(tx, {
        planId: access.plan.id,
        unit,
        kind: 'UNIT',
        personId: null,
        registrantName: unit.name,
        titles: [],
        commitments: null,
        status,
      });
    }
    return this.insertRow(tx, {
      planId: access.plan.id,
      unit,
      kind: data.kind,
      personId: data.kind === 'PERSON' ? (data.personId ?? null) : null,
      registrantName,
      titles,
      commitments,
      status,
    });
  }

  /** Replaces the titles and commitments of a registration not sent (or sent back). */
  async update(
    tx: Tx,
    id: string,
    version: number,
    data: RegistrationData,
  ): Promise<CampaignRegistrationEntity> {
    const { row } = await this.manageable(tx, id);
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    const titles = normaliseTitles(data.titles, add);
    if (row.kind === 'PERSON' && !titles.length && !Object.keys(errors).length)
      add('titles', 'Cá nhân cần đăng ký ít nhất một danh hiệu.');
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    const patch = { titles, commitments: blankToNull(data.commitments) };
    const before = campaignRegistrationAuditView(row);
    const after = campaignRegistrationAuditView({ ...row, ...patch });
    if (!diffFields(before, after, CAMPAIGN_REGISTRATION_AUDIT_FIELDS).length) {
      if (version !== row.version) throw this.conflict(row);
      return row;
    }
    await tx.updateVersioned(CampaignRegistrationEntity, row.id, version, patch, {
      what: WHAT,
      label: row.registrantName,
      entityType: 'CampaignRegistration',
    });
    await tx.audit.changed(
      'campaignRegistration.update',
      campaignRegistrationTarget(row),
      before,
      after,
      CAMPAIGN_REGISTRATION_AUDIT_FIELDS,
    );
    return tx.em.findOneByOrFail(CampaignRegistrationEntity, { id: row.id });
  }

  /** Deletes an individual's registration, or a unit's registration that has no individuals left. */
  async delete(tx: Tx, id: string, version: number): Promise<void> {
    const { row } = await this.manageable(tx, id);
    if (version !== row.version) throw this.conflict(row);
    if (row.kind === 'UNIT') {
      const people = await tx.em.countBy(CampaignRegistrationEntity, {
        planId: row.planId,
        unitId: row.unitId,
        kind: 'PERSON',
      });
      if (people) {
        throw AppError.field(
          'id',
          `Bản đăng ký của đơn vị còn ${people} cá nhân đăng ký: hãy xóa các đăng ký cá nhân trước.`,
        );
      }
    }
    const result = await tx.em
      .getRepository(CampaignRegistrationEntity)
      .delete({ id: row.id, version: row.version });
    if (!result.affected) throw this.conflict(row);
    await tx.audit.deleted<CampaignRegistrationAuditView>(
      'campaignRegistration.delete',
      campaignRegistrationTarget(row),
      campaignRegistrationAuditView(row),
      CAMPAIGN_REGISTRATION_AUDIT_FIELDS,
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // a unit's registration as a whole: sent by the unit, returned or approved by the plan's issuer

  /** Gửi: the unit's officers send its registration (collective row `id`) with its individuals. */
  async submit(tx: Tx, id: string, version: number): Promise<CampaignRegistrationEntity> {
    const { row, access } = await this.manageable(tx, id);
    this.assertHeader(row, 'gửi');
    const people = await tx.em.countBy(CampaignRegistrationEntity, {
      planId: row.planId,
      unitId: row.unitId,
      kind: 'PERSON',
    });
    if (!row.titles.length && !row.commitments && !people) {
      throw AppError.field(
        'id',
        'Bản đăng ký chưa có danh hiệu, cam kết hay cá nhân nào đăng ký: chưa gửi được.',
      );
    }
    this.access.assertOpen(access.plan, 'id');
    return this.transition(tx, row, version, 'campaignRegistration.submit', {
      status: 'SUBMITTED',
      returnReason: null,
      submittedAt: new Date(),
    });
  }

  /** Trả lại: the issuer sends a unit's registration back with a reason; the unit may edit it again. */
  async returnToUnit(
    tx: Tx,
    id: string,
    version: number,
    reason: string,
  ): Promise<CampaignRegistrationEntity> {
    const text = oneLine(reason);
    if (!text) throw AppError.field('reason', 'Lý do trả lại không được để trống.');
    const row = await this.decidable(tx, id, 'trả lại đăng ký thi đua');
    return this.transition(tx, row, version, 'campaignRegistration.return', {
      status: 'RETURNED',
      returnReason: text,
      reviewedAt: new Date(),
    });
  }

  /** Duyệt: the issuer approves a unit's registration; it is read-only from then on. */
  async approve(tx: Tx, id: string, version: number): Promise<CampaignRegistrationEntity> {
    const row = await this.decidable(tx, id, 'duyệt đăng ký thi đua');
    return this.transition(tx, row, version, 'campaignRegistration.approve', {
      status: 'APPROVED',
      returnReason: null,
      reviewedAt: new Date(),
    });
  }

  // ---------------------------------------------------------------------------------------------------
  // for the Excel import (campaign-registration-import.handler.ts)

  /**
   * The code and current name of the people of these rows (the export's columns), keyed by row id, in
   * one query through the rows' foreign key (PeopleService reads people one by one).
   */
  async peopleOf(
    rows: readonly CampaignRegistrationEntity[],
  ): Promise<Map<string, { code: string | null; fullName: string }>> {
    const ids = rows.filter((r) => r.personId).map((r) => r.id);
    if (!ids.length) return new Map();
    const found = await this.rows
      .createQueryBuilder('r')
      .innerJoin('r.person', 'p')
      .select('r.id', 'id')
      .addSelect('p.code', 'code')
      .addSelect('p.full_name', 'fullName')
      .where('r.id IN (:...ids)', { ids })
      .getRawMany<{ id: string; code: string | null; fullName: string }>();
    return new Map(found.map((f) => [f.id, { code: f.code, fullName: f.fullName }]));
  }

  /** The rows of these people for the plan (checked by the import), keyed by person id. */
  async personRows(
    planId: string,
    personIds: string[],
  ): Promise<Map<string, CampaignRegistrationEntity>> {
    if (!personIds.length) return new Map();
    const rows = await this.rows.findBy({ planId, personId: In(personIds) });
    return new Map(rows.map((r) => [r.personId as string, r]));
  }

  /** The collective rows of these units for the plan, keyed by unit id. */
  async unitRows(
    planId: string,
    unitIds: string[],
    lockIn?: Tx,
  ): Promise<Map<string, CampaignRegistrationEntity>> {
    if (!unitIds.length) return new Map();
    const qb = (lockIn ? lockIn.em.getRepository(CampaignRegistrationEntity) : this.rows)
      .createQueryBuilder('r')
      .where(`r.plan_id = :planId AND r.unit_id IN (:...unitIds) AND r.kind = 'UNIT'`, {
        planId,
        unitIds,
      });
    if (lockIn) qb.setLock('pessimistic_write');
    const rows = await qb.getMany();
    return new Map(rows.map((r) => [r.unitId, r]));
  }

  /**
   * Writes the import's rows (checked in this transaction): inserts in statements of
   * REGISTRATION_CHUNK rows, a collective row for every unit that has none yet, updates
   * version-guarded (a registration saved meanwhile is a CONFLICT and nothing is written), and one
   * audit row per unit and chunk. `done` reports progress.
   */
  async bulkWrite(
    tx: Tx,
    planId: string,
    rows: readonly ImportedRegistration[],
    done: (n: number) => Promise<void>,
  ): Promise<void> {
    // the units' registrations, locked: a unit sending its registration meanwhile waits for the import
    const units = new Map(rows.map((r) => [r.unit.id, r.unit]));
    const headers = await this.unitRows(planId, [...units.keys()], tx);
    for (const header of headers.values()) this.assertEditable(header);
    const importsHeader = new Set(rows.filter((r) => r.kind === 'UNIT').map((r) => r.unit.id));
    const statusOf = (unitId: string) => headers.get(unitId)?.status ?? 'DRAFT';
    const newHeaders: ImportedRegistration[] = [...units.values()]
      .filter((u) => !headers.has(u.id) && !importsHeader.has(u.id))
      .map((unit) => ({
        unit,
        kind: 'UNIT',
        personId: null,
        registrantName: unit.name,
        titles: [],
        commitments: null,
        existing: null,
      }));
    const inserts = [...newHeaders, ...rows.filter((r) => !r.existing)];
    const updates = rows.flatMap((r) => (r.existing ? [{ ...r, existing: r.existing }] : []));
    let count = 0;
    for (let start = 0; start < inserts.length; start += REGISTRATION_CHUNK) {
      const chunk = inserts.slice(start, start + REGISTRATION_CHUNK);
      const ids = chunk.map(() => randomUUID());
      const values = chunk.map((r, i) => ({
        id: ids[i] as string,
        planId,
        unitId: r.unit.id,
        unitPath: r.unit.path,
        kind: r.kind,
        personId: r.personId,
        registrantName: r.registrantName,
        titles: r.titles,
        commitments: r.commitments,
        status: statusOf(r.unit.id),
      }));
      await tx.em.getRepository(CampaignRegistrationEntity).insert(values);
      await this.auditChunk(
        tx,
        chunk.map((r, i) => ({ r, id: ids[i] as string, before: null })),
      );
      count += chunk.filter((r) => !newHeaders.includes(r)).length;
      await done(count);
    }
    for (let start = 0; start < updates.length; start += REGISTRATION_CHUNK) {
      const chunk = updates.slice(start, start + REGISTRATION_CHUNK);
      const result: unknown[] = await tx.em.query(
        `UPDATE campaign_registrations r
            SET titles = v.titles, commitments = v.commitments, version = r.version + 1, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, version int, titles jsonb, commitments text)
          WHERE r.id = v.id AND r.version = v.version
          RETURNING r.id`,
        [
          JSON.stringify(
            chunk.map((r) => ({
              id: r.existing.id,
              version: r.existing.version,
              titles: r.titles,
              commitments: r.commitments,
            })),
          ),
        ],
      );
      const written = new Set(
        ((Array.isArray(result[0]) ? result[0] : result) as { id: string }[]).map((w) => w.id),
      );
      const missed = chunk.find((r) => !written.has(r.existing.id));
      if (missed) throw this.conflict(missed.existing);
      await this.auditChunk(
        tx,
        chunk.map((r) => ({ r, id: r.existing.id, before: r.existing })),
      );
      count += chunk.length;
      await done(count);
    }
  }

  // ---------------------------------------------------------------------------------------------------

  private async auditChunk(
    tx: Tx,
    items: { r: ImportedRegistration; id: string; before: CampaignRegistrationEntity | null }[],
  ): Promise<void> {
    const byUnit = new Map<string, typeof items>();
    for (const item of items) {
      const list = byUnit.get(item.r.unit.id) ?? [];
      list.push(item);
      byUnit.set(item.r.unit.id, list);
    }
    for (const list of byUnit.values()) {
      const unit = list[0]?.r.unit;
      if (!unit) continue;
      const changes: AuditChange[] = list.map(({ r, id, before }) => ({
        field: `registration:${id}`,
        before: before
          ? {
              registrant: before.registrantName,
              titles: titlesLine(before.titles),
              commitments: before.commitments,
            }
          : undefined,
        after: {
          registrant: r.registrantName,
          titles: titlesLine(r.titles),
          commitments: r.commitments,
        },
      }));
      await tx.audit.bulk(
        'campaignRegistration.import',
        campaignRegistrationsTarget(unit),
        changes,
      );
    }
  }

  private async insertRow(
    tx: Tx,
    r: {
      planId: string;
      unit: UnitEntity;
      kind: CampaignRegistrantKind;
      personId: string | null;
      registrantName: string;
      titles: RegistrationTitle[];
      commitments: string | null;
      status: CampaignRegistrationStatus;
    },
  ): Promise<CampaignRegistrationEntity> {
    const repo = tx.em.getRepository(CampaignRegistrationEntity);
    const id = randomUUID();
    try {
      await repo.insert({
        id,
        planId: r.planId,
        unitId: r.unit.id,
        unitPath: r.unit.path,
        kind: r.kind,
        personId: r.personId,
        registrantName: r.registrantName,
        titles: r.titles,
        commitments: r.commitments,
        status: r.status,
      });
    } catch (error) {
      // two officers registering the same unit or person at once: the unique indexes decide
      const code = (error as { driverError?: { code?: string }; code?: string }) ?? {};
      if ((code.driverError?.code ?? code.code) === '23505')
        throw AppError.field(
          r.kind === 'UNIT' ? 'unitId' : 'personId',
          `${r.registrantName} vừa được đăng ký theo kế hoạch này. Vui lòng tải lại.`,
        );
      throw error;
    }
    const row = await repo.findOneByOrFail({ id });
    await tx.audit.created<CampaignRegistrationAuditView>(
      'campaignRegistration.create',
      campaignRegistrationTarget(row),
      campaignRegistrationAuditView(row),
      CAMPAIGN_REGISTRATION_AUDIT_FIELDS,
    );
    return row;
  }

  /** Moves a unit's registration (its collective row `header` and its people's rows) to a status. */
  private async transition(
    tx: Tx,
    header: CampaignRegistrationEntity,
    version: number,
    operation:
      | 'campaignRegistration.submit'
      | 'campaignRegistration.return'
      | 'campaignRegistration.approve',
    patch: Partial<
      Pick<CampaignRegistrationEntity, 'status' | 'returnReason' | 'submittedAt' | 'reviewedAt'>
    >,
  ): Promise<CampaignRegistrationEntity> {
    await tx.updateVersioned(CampaignRegistrationEntity, header.id, version, patch, {
      what: WHAT,
      label: header.registrantName,
      entityType: 'CampaignRegistration',
    });
    // the individuals' rows follow (their versions too, so an edit read before this is stale)
    const people = await tx.em
      .createQueryBuilder()
      .update(CampaignRegistrationEntity)
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('plan_id = :planId AND unit_id = :unitId AND id <> :id', {
        planId: header.planId,
        unitId: header.unitId,
        id: header.id,
      })
      .execute();
    const after = await tx.em.findOneByOrFail(CampaignRegistrationEntity, { id: header.id });
    await tx.audit.event(operation, campaignRegistrationTarget(after), [
      { field: 'status', before: header.status, after: after.status },
      ...(header.returnReason !== after.returnReason
        ? [{ field: 'returnReason', before: header.returnReason, after: after.returnReason }]
        : []),
      { field: 'registrationCount', after: (people.affected ?? 0) + 1 },
    ]);
    return after;
  }

  /** The row and its plan if the caller sees it, else NOT_FOUND. */
  private async visible(
    ctx: RequestContext,
    id: string,
  ): Promise<{ row: CampaignRegistrationEntity; access: ReadablePlan }> {
    const row = await this.rows.findOneBy({ id });
    if (!row) throw AppError.notFound(WHAT, id);
    const access = await this.access.readablePlan(ctx, row.planId, WHAT);
    if (!(await this.access.seesRow(ctx, access, row.unitPath))) throw AppError.notFound(WHAT, id);
    return { row, access };
  }

  /** A row the caller's unit may still change: seen, CAMPAIGN_MANAGE at its unit, editable. */
  private async manageable(
    tx: Tx,
    id: string,
  ): Promise<{ row: CampaignRegistrationEntity; access: ReadablePlan }> {
    const { row, access } = await this.visible(tx.ctx, id);
    if (!tx.ctx.actor.canAt(MANAGE, row.unitPath)) {
      throw AppError.forbidden(
        'Chỉ cán bộ thi đua của đơn vị đăng ký mới được sửa, gửi bản đăng ký này.',
      );
    }
    this.assertEditable(row);
    return { row, access };
  }

  /** A unit's collective row the plan's issuer may decide on now (sent, not yet decided). */
  private async decidable(tx: Tx, id: string, action: string): Promise<CampaignRegistrationEntity> {
    const { row, access } = await this.visible(tx.ctx, id);
    await this.access.assertDecides(tx.ctx, access, action);
    this.assertHeader(row, action);
    if (row.status !== 'SUBMITTED') {
      const message = `Chỉ ${action} được bản đăng ký đang "Chờ duyệt"; bản này đang "${CAMPAIGN_REGISTRATION_STATUSES[row.status]}".`;
      if (row.status === 'APPROVED') throw AppError.readOnly(message);
      throw AppError.field('id', message);
    }
    return row;
  }

  private assertHeader(row: CampaignRegistrationEntity, action: string): void {
    if (row.kind !== 'UNIT') {
      throw AppError.field(
        'id',
        `Đăng ký cá nhân đi cùng bản đăng ký của đơn vị: hãy ${action} bản đăng ký của đơn vị.`,
      );
    }
  }

  private assertEditable(row: { status: CampaignRegistrationStatus }): void {
    if (isRegistrationEditable(row.status)) return;
    if (row.status === 'APPROVED')
      throw AppError.readOnly('Bản đăng ký đã được duyệt: chỉ xem, không sửa được.');
    throw AppError.field(
      'id',
      'Bản đăng ký đang "Chờ duyệt": không sửa được cho tới khi cấp trên trả lại.',
    );
  }

  /** The unit's collective row for the plan, locked for this transaction (null if none yet). */
  private async lockedHeader(
    tx: Tx,
    planId: string,
    unitId: string,
  ): Promise<CampaignRegistrationEntity | null> {
    return tx.em
      .getRepository(CampaignRegistrationEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where(`r.plan_id = :planId AND r.unit_id = :unitId AND r.kind = 'UNIT'`, { planId, unitId })
      .getOne();
  }

  /** The person if they hold a post today in the unit or below it, else null. */
  private async personOf(
    unit: UnitEntity,
    personId: string,
  ): Promise<{ id: string; fullName: string } | null> {
    const person = await this.people.findById(personId);
    if (!person) return null;
    const posts = await this.people.currentPositions(personId);
    const paths = await this.org.pathsByIds([...new Set(posts.map((p) => p.unitId))]);
    return [...paths.values()].some((p) => isWithinPath(p, unit.path)) ? person : null;
  }

  /** The unit's path and those of the ended units that became part of it (ADR 0013). */
  private async subtreePaths(
    ctx: RequestContext,
    unitId: string,
    field: string,
  ): Promise<string[]> {
    const unit = await this.org.findById(unitId);
    if (!unit) throw AppError.field(field, 'Đơn vị không tồn tại.');
    return this.scopes.underPaths(ctx.actor, unit.path);
  }

  private conflict(row: { id: string; registrantName: string }): AppError {
    return AppError.conflict(WHAT, row.registrantName, 'CampaignRegistration', row.id);
  }
}
