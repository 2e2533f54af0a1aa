import { Injectable } from '@nestjs/common';
import {
  CAMPAIGN_REGISTRATION_LIMITS as L,
  CAMPAIGN_REGISTRATION_STATUSES,
  foldVietnamese,
  isRegistrationEditable,
} from '@thidua/shared-domain';
import { isWithinPath } from '../../core/auth/actor';
import type { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import {
  codeKey,
  columnOf,
  problemAt,
  text,
  type ImportPlan,
  type RowVerdict,
  type SourceRow,
} from '../../core/excel/excel-import';
import { ExcelRegistry, type ImportHandler } from '../../core/excel/excel-registry';
import type { JobProgress } from '../../core/jobs/job.service';
import { isReadOnly, OrgService } from '../org/org.service';
import { PeopleService } from '../people/people.service';
import { CampaignCascadeService } from './campaign-cascade.service';
import { CampaignParticipation, MANAGE, type ReadablePlan } from './campaign-registration-access';
import { CAMPAIGN_REGISTRATION_COLUMNS, TITLE_SEPARATOR } from './campaign-registration.columns';
import type { CampaignRegistrationEntity, RegistrationTitle } from './campaign-registration.entity';
import {
  CampaignRegistrationService,
  normaliseTitles,
  type ImportedRegistration,
} from './campaign-registration.service';

type UnitEntity = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

const col = (key: string) => columnOf(CAMPAIGN_REGISTRATION_COLUMNS, key);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const REGISTRATION_IMPORT_MESSAGES = {
  badPlanId: 'mã kế hoạch không hợp lệ (sao chép mã từ trang kế hoạch hoặc từ tệp xuất đăng ký).',
  badPlanQuery: 'Mã kế hoạch không hợp lệ.',
  unknownPlan: 'không tìm thấy kế hoạch, hoặc bạn không có quyền xem.',
  unknownUnit: (code: string) => `không tìm thấy đơn vị có mã "${code}".`,
  unitOutOfScope: (code: string) =>
    `bạn không có quyền đăng ký thi đua cho đơn vị có mã "${code}".`,
  unitEnded: (name: string) => `đơn vị "${name}" đã kết thúc hoạt động: không đăng ký mới được.`,
  notAddressed: (name: string) => `kế hoạch này không gửi tới đơn vị "${name}".`,
  locked: (name: string, status: string) =>
    `bản đăng ký của đơn vị "${name}" đang "${status}": không sửa được.`,
  unknownPerson: (code: string, unit: string) =>
    `không tìm thấy cán bộ có mã "${code}" đang công tác tại đơn vị "${unit}".`,
  nameDiffers: (code: string, name: string) =>
    `họ và tên không khớp với cán bộ có mã "${code}" (${name}).`,
  elsewhere: (name: string) => `${name} đã được đăng ký theo kế hoạch này tại một đơn vị khác.`,
  duplicatePerson: (code: string, first: number) =>
    `cán bộ có mã "${code}" đã có ở dòng ${first}; mỗi người chỉ một dòng cho một kế hoạch.`,
  duplicateUnit: (code: string, first: number) =>
    `đăng ký tập thể của đơn vị "${code}" đã có ở dòng ${first}.`,
  titleNeeded: 'cá nhân cần đăng ký ít nhất một danh hiệu.',
  tooManyTitles: `tối đa ${L.titles} danh hiệu.`,
  titleTooLong: `mỗi danh hiệu không được dài quá ${L.title} ký tự.`,
  empty: 'dòng đăng ký tập thể cần danh hiệu hoặc cam kết.',
};

interface RegistrationRow {
  index: number;
  rowNumber: number;
  planId: string | null;
  access: ReadablePlan | null;
  unit: UnitEntity | null;
  personCode: string | null;
  person: { id: string; fullName: string } | null;
  titles: RegistrationTitle[];
  commitments: string | null;
  existing: CampaignRegistrationEntity | null;
  problems: string[];
}

/**
 * Đăng ký thi đua from Excel (issue 10): one row per individual ("Mã nhân sự": the unit's person
 * registers for the titles in "Danh hiệu đăng ký") or per unit (no person code: the unit's collective
 * registration). A known registration not yet sent (or sent back) is updated; the unit's registration
 * is created for it if missing. Every row needs CAMPAIGN_MANAGE at its unit and a plan that reaches
 * the unit, as the GraphQL mutations do.
 *
 * Speed: the plans, units, people, their current posts and the existing registrations are read in a
 * handful of queries for the whole file; the rows are written by CampaignRegistrationService.bulkWrite
 * in statements of 1,000 rows, one audit row per unit and chunk.
 */
@Injectable()
export class CampaignRegistrationImportHandler implements ImportHandler {
  readonly kind = 'CAMPAIGN_REGISTRATIONS';
  readonly slug = 'campaign-registrations';
  readonly label = 'Đăng ký thi đua';
  readonly noun = { ascii: 'dang-ky-thi-dua', name: 'đăng ký thi đua' };
  readonly permission = 'CAMPAIGN_MANAGE';
  readonly columns = CAMPAIGN_REGISTRATION_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly people: PeopleService,
    private readonly cascade: CampaignCascadeService,
    private readonly access: CampaignParticipation,
    private readonly registrations: CampaignRegistrationService,
  ) {
    registry.addImport(this);
  }

  /**
   * The plan the officer downloads the template from (`?planId=`, the registrations tab's button) or
   * else the newest plan addressed to a unit in the caller's scope, and a unit's code: the example row
   * is then one the import accepts as it stands. A plan the caller cannot read is NOT_FOUND, as
   * everywhere (the template must not confirm that an id exists).
   */
  async templateExamples(
    ctx: RequestContext,
    params: Readonly<Record<string, string>> = {},
  ): Promise<Record<string, string>> {
    const asked = params['planId']?.trim().toLowerCase();
    if (asked !== undefined) return this.examplesOf(ctx, asked);
    const newest = (await this.cascade.inbox(ctx, { first: 1 })).edges[0]?.node;
    if (!newest) return {};
    const unit = await this.org.findById(newest.unitId);
    return unit ? { planId: newest.planId, unitCode: unit.code } : { planId: newest.planId };
  }

  /** The plan's id and the first unit of it the caller sees (its own, for an addressed unit's reader). */
  private async examplesOf(ctx: RequestContext, planId: string): Promise<Record<string, string>> {
    if (!UUID.test(planId))
      throw AppError.field('planId', REGISTRATION_IMPORT_MESSAGES.badPlanQuery);
    const { plan } = await this.access.readablePlan(ctx, planId);
    const first = (await this.cascade.list(ctx, plan.id, { first: 1 })).edges[0]?.node;
    const unit = await this.org.findById(first?.unitId ?? plan.issuerUnitId);
    return unit ? { planId: plan.id, unitCode: unit.code } : { planId: plan.id };
  }

  async plan(
    ctx: RequestContext,
    source: SourceRow[],
    cellProblems: string[][],
  ): Promise<ImportPlan> {
    const plans = await this.readPlans(ctx, source);
    const units = await this.org.findByCodes([
      ...new Set(source.map((r) => codeKey(r.values['unitCode'])).filter((c) => c !== null)),
    ]);
    const people = await this.people.findByCodes(
      source.map((r) => text(r.values['personCode'])).filter((c) => c !== null),
    );
    const posts = await this.postPaths([...people.values()].map((p) => p.id));

    const rows = source.map((r, index) =>
      this.readRow(ctx, r, index, cellProblems[index] ?? [], plans, units, people, posts),
    );
    await this.checkAgainstRegistrations(rows);

    const verdicts: RowVerdict[] = rows.map((row) => {
      if (row.problems.length) return { action: 'INVALID', problems: row.problems };
      if (!row.existing) return { action: 'CREATE', problems: [] };
      const same =
        JSON.stringify(row.existing.titles.map((t) => [t.name, t.code ?? null])) ===
          JSON.stringify(row.titles.map((t) => [t.name, t.code])) &&
        (row.existing.commitments ?? null) === row.commitments;
      return { action: same ? 'UNCHANGED' : 'UPDATE', problems: [] };
    });
    return { verdicts, apply: (tx, progress) => this.apply(tx, rows, verdicts, progress) };
  }

  /** Every plan the file names, read once (null: unknown, unreadable or closed, with the reason). */
  private async readPlans(
    ctx: RequestContext,
    source: SourceRow[],
  ): Promise<Map<string, ReadablePlan | string>> {
    const result = new Map<string, ReadablePlan | string>();
    for (const r of source) {
      const id = text(r.values['planId'])?.toLowerCase();
      if (!id || !UUID.test(id) || result.has(id)) continue;
      try {
        const access = await this.access.readablePlan(ctx, id);
        this.access.assertOpen(access.plan);
        result.set(id, access);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        result.set(
          id,
          error.code === 'NOT_FOUND'
            ? REGISTRATION_IMPORT_MESSAGES.unknownPlan
            : `${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`,
        );
      }
    }
    return result;
  }

  /** The paths of the units each person holds a post in today, in two queries for the whole file. */
  private async postPaths(personIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (!personIds.length) return result;
    const lists = Array.from(await this.people.currentPositionsOf.batch(personIds));
    const unitIds = new Set<string>();
    for (const l of lists) if (!(l instanceof Error)) for (const p of l) unitIds.add(p.unitId);
    const paths = await this.org.pathsByIds([...unitIds]);
    personIds.forEach((id, i) => {
      const l = lists[i];
      result.set(id, l && !(l instanceof Error) ? l.flatMap((p) => paths.get(p.unitId) ?? []) : []);
    });
    return result;
  }

  private readRow(
    ctx: RequestContext,
    r: SourceRow,
    index: number,
    cellProblems: string[],
    plans: Map<string, ReadablePlan | string>,
    units: Map<string, UnitEntity>,
    people: Map<string, { id: string; fullName: string }>,
    posts: Map<string, string[]>,
  ): RegistrationRow {
    const problems = [...cellProblems];
    const at = (key: string | null, message: string) =>
      problems.push(problemAt(r.rowNumber, key ? col(key) : null, message));
    const v = r.values;
    const row: RegistrationRow = {
      index,
      rowNumber: r.rowNumber,
      planId: null,
      access: null,
      unit: null,
      personCode: text(v['personCode']),
      person: null,
      titles: [],
      commitments: text(v['commitments']),
      existing: null,
      problems,
    };

    const planText = text(v['planId'])?.toLowerCase() ?? null;
    if (planText) {
      const plan = UUID.test(planText) ? plans.get(planText) : undefined;
      if (!plan) at('planId', REGISTRATION_IMPORT_MESSAGES.badPlanId);
      else if (typeof plan === 'string') at('planId', plan);
      else {
        row.planId = plan.plan.id;
        row.access = plan;
      }
    }

    const parts = (text(v['titles']) ?? '')
      .split(TITLE_SEPARATOR)
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length > L.titles) at('titles', REGISTRATION_IMPORT_MESSAGES.tooManyTitles);
    else if (parts.some((p) => p.length > L.title))
      at('titles', REGISTRATION_IMPORT_MESSAGES.titleTooLong);
    else
      row.titles = normaliseTitles(
        parts.map((name) => ({ name })),
        (_, m) => at('titles', m),
      );

    const unitCode = text(v['unitCode']);
    const unit = unitCode ? (units.get(unitCode.toUpperCase()) ?? null) : null;
    if (unitCode && !unit) at('unitCode', REGISTRATION_IMPORT_MESSAGES.unknownUnit(unitCode));
    else if (unit && !ctx.actor.canAt(MANAGE, unit.path))
      // scope first: nothing about a unit outside the caller's reach but the code they typed
      at('unitCode', REGISTRATION_IMPORT_MESSAGES.unitOutOfScope(unit.code));
    else if (unit && isReadOnly(unit))
      at('unitCode', REGISTRATION_IMPORT_MESSAGES.unitEnded(unit.name));
    else row.unit = unit;

    if (row.personCode && row.unit) {
      const person = people.get(row.personCode.toUpperCase()) ?? null;
      const unitPath = row.unit.path;
      if (!person || !(posts.get(person.id) ?? []).some((p) => isWithinPath(p, unitPath))) {
        at('personCode', REGISTRATION_IMPORT_MESSAGES.unknownPerson(row.personCode, row.unit.name));
      } else {
        row.person = person;
        const typed = text(v['fullName']);
        if (typed && foldVietnamese(typed) !== foldVietnamese(person.fullName))
          at('fullName', REGISTRATION_IMPORT_MESSAGES.nameDiffers(row.personCode, person.fullName));
      }
    }
    if (!row.problems.length) {
      if (row.personCode && !row.titles.length)
        at('titles', REGISTRATION_IMPORT_MESSAGES.titleNeeded);
      if (!row.personCode && !row.titles.length && !row.commitments)
        at('titles', REGISTRATION_IMPORT_MESSAGES.empty);
    }
    return row;
  }

  /**
   * The checks that need the plan's registrations: the plan reaches the unit, the unit's registration
   * is still editable, a person is not registered by another unit, no registrant twice in the file.
   */
  private async checkAgainstRegistrations(rows: RegistrationRow[]): Promise<void> {
    const at = (row: RegistrationRow, key: string, message: string) =>
      row.problems.push(problemAt(row.rowNumber, col(key), message));
    const byPlan = new Map<string, RegistrationRow[]>();
    for (const row of rows) {
      if (row.problems.length || !row.planId || !row.unit) continue;
      byPlan.set(row.planId, [...(byPlan.get(row.planId) ?? []), row]);
    }
    for (const [planId, list] of byPlan) {
      const access = list[0]?.access;
      if (!access) continue;
      const unitIds = [...new Set(list.map((r) => (r.unit as UnitEntity).id))];
      const reached = new Map<string, boolean>();
      for (const row of list) {
        const unit = row.unit as UnitEntity;
        if (!reached.has(unit.id))
          reached.set(unit.id, await this.access.takesPart(null, access, unit, false));
      }
      const headers = await this.registrations.unitRows(planId, unitIds);
      const personRows = await this.registrations.personRows(
        planId,
        list.flatMap((r) => (r.person ? [r.person.id] : [])),
      );
      const firstPerson = new Map<string, RegistrationRow>();
      const firstUnit = new Map<string, RegistrationRow>();
      for (const row of list) {
        const unit = row.unit as UnitEntity;
        if (!reached.get(unit.id)) {
          at(row, 'unitCode', REGISTRATION_IMPORT_MESSAGES.notAddressed(unit.name));
          continue;
        }
        const header = headers.get(unit.id);
        if (header && !isRegistrationEditable(header.status)) {
          at(
            row,
            'unitCode',
            REGISTRATION_IMPORT_MESSAGES.locked(
              unit.name,
              CAMPAIGN_REGISTRATION_STATUSES[header.status],
            ),
          );
          continue;
        }
        if (row.person) {
          const first = firstPerson.get(row.person.id);
          if (first) {
            at(
              row,
              'personCode',
              REGISTRATION_IMPORT_MESSAGES.duplicatePerson(row.personCode ?? '', first.rowNumber),
            );
            continue;
          }
          firstPerson.set(row.person.id, row);
          const existing = personRows.get(row.person.id) ?? null;
          if (existing && existing.unitId !== unit.id) {
            at(row, 'personCode', REGISTRATION_IMPORT_MESSAGES.elsewhere(row.person.fullName));
            continue;
          }
          row.existing = existing;
        } else {
          const first = firstUnit.get(unit.id);
          if (first) {
            at(
              row,
              'unitCode',
              REGISTRATION_IMPORT_MESSAGES.duplicateUnit(unit.code, first.rowNumber),
            );
            continue;
          }
          firstUnit.set(unit.id, row);
          row.existing = header ?? null;
        }
      }
    }
  }

  private async apply(
    tx: Tx,
    rows: RegistrationRow[],
    verdicts: RowVerdict[],
    progress: JobProgress,
  ): Promise<string> {
    const actionOf = (r: RegistrationRow) => verdicts[r.index]?.action;
    const writes = rows.filter((r) => actionOf(r) === 'CREATE' || actionOf(r) === 'UPDATE');
    await progress.setTotal(writes.length);
    const byPlan = new Map<string, ImportedRegistration[]>();
    for (const row of writes) {
      const list = byPlan.get(row.planId as string) ?? [];
      list.push({
        unit: row.unit as UnitEntity,
        kind: row.person ? 'PERSON' : 'UNIT',
        personId: row.person?.id ?? null,
        registrantName: row.person?.fullName ?? (row.unit as UnitEntity).name,
        titles: row.titles,
        commitments: row.commitments,
        existing: row.existing,
      });
      byPlan.set(row.planId as string, list);
    }
    let before = 0;
    for (const [planId, list] of byPlan) {
      await this.registrations.bulkWrite(tx, planId, list, (n) => progress.report(before + n));
      before += list.length;
    }
    const created = writes.filter((r) => actionOf(r) === 'CREATE').length;
    return `Đã thêm ${created} đăng ký, cập nhật ${writes.length - created} đăng ký; ${rows.length - writes.length} dòng không thay đổi.`;
  }
}
