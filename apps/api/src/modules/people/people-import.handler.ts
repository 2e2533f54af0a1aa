import { Injectable } from '@nestjs/common';
import {
  isIsoDate,
  isoToVn,
  PERSON_CODE,
  personDateProblems,
  todayInVietnam,
  type IsoDate,
} from '@thidua/shared-domain';
import { UnitScopes, inScope, type UnitScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import {
  codeKey,
  columnOf,
  examplesAtHomeUnit,
  firstRowByKey,
  problemAt,
  text,
  type ImportPlan,
  type RowVerdict,
  type SourceRow,
} from '../../core/excel/excel-import';
import { ExcelRegistry, type ImportHandler } from '../../core/excel/excel-registry';
import type { JobProgress } from '../../core/jobs/job.service';
import { isReadOnly, OrgService } from '../org/org.service';
import { PeopleService, type PersonData, type PositionData } from './people.service';
import { PERSON_COLUMNS } from './person.columns';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;
type Person = NonNullable<Awaited<ReturnType<PeopleService['findById']>>>;
type StaffCategory = PositionData['staffCategory'];

/** People (and their positions) inserted per statement when creating in bulk. */
const INSERT_CHUNK = 1_000;

const col = (key: string) => columnOf(PERSON_COLUMNS, key);

export const PEOPLE_IMPORT_MESSAGES = {
  badCode: PERSON_CODE.hint,
  duplicate: (code: string, first: number) =>
    `mã "${code}" đã xuất hiện ở dòng ${first}; mỗi người chỉ một dòng.`,
  futureBirth: 'ngày sinh không được sau ngày hôm nay.',
  joinedWithoutMember: 'chỉ nhập ngày vào Đảng khi là đảng viên (cột "Đảng viên" là Có).',
  futureJoined: 'ngày vào Đảng không được sau ngày hôm nay.',
  joinedBeforeBirth: 'ngày vào Đảng phải sau ngày sinh.',
  unknownUnit: (code: string) => `không tìm thấy đơn vị có mã "${code}".`,
  unitEnded: (name: string, validTo: IsoDate) =>
    `đơn vị "${name}" đã kết thúc hoạt động từ ngày ${isoToVn(validTo)}: chỉ được xem, không thêm được người vào.`,
  unitOutOfScope: (code: string) =>
    `bạn không có quyền quản lý nhân sự của đơn vị có mã "${code}".`,
  personOutOfScope: (code: string) =>
    `mã "${code}" thuộc một người không công tác tại đơn vị trong phạm vi quản lý của bạn.`,
  startedOnNeeded: 'cần ngày bắt đầu giữ chức vụ để ghi nhận vị trí công tác mới.',
  futureStart: 'ngày bắt đầu không được sau ngày hôm nay.',
  startBeforeCurrent: (title: string, unit: string, date: IsoDate) =>
    `ngày bắt đầu phải sau ngày bắt đầu vị trí hiện tại "${title}" tại "${unit}" (${isoToVn(date)}) để ghi nhận việc điều chuyển.`,
  manyCurrent: (n: number) =>
    `người này đang giữ ${n} vị trí công tác: việc điều chuyển hoặc kiêm nhiệm cần thực hiện trên hồ sơ cán bộ.`,
  fromOutOfScope: (unit: string) =>
    `người này đang công tác tại "${unit}", ngoài phạm vi quản lý của bạn: không điều chuyển được.`,
  overlaps: (title: string, unit: string, from: IsoDate, to: IsoDate | null) =>
    `người này đã giữ chức vụ "${title}" tại "${unit}" từ ngày ${isoToVn(from)}${to ? ` đến ngày ${isoToVn(to)}` : ''}, trùng thời gian với dòng này.`,
  positionDiffers: (title: string, unit: string, date: IsoDate) =>
    `vị trí "${title}" tại "${unit}" đang có khác (lãnh đạo, quản lý / loại cán bộ); để ghi nhận thay đổi, nhập ngày bắt đầu mới sau ngày ${isoToVn(date)}.`,
};

/** A position of an existing person, with its unit (read in one query for every person of the file). */
interface KnownPosition {
  id: string;
  personId: string;
  unitId: string;
  unitPath: string;
  unitName: string;
  title: string;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
  isLeader: boolean;
  staffCategory: StaffCategory;
}

type PositionOp =
  | { kind: 'none' }
  | { kind: 'add'; position: PositionData }
  | { kind: 'transfer'; fromId: string; position: PositionData };

interface PersonRow {
  index: number;
  rowNumber: number;
  code: string | null;
  key: string | null;
  data: PersonData;
  unit: Unit | null;
  title: string | null;
  startedOn: IsoDate | null;
  isLeader: boolean;
  staffCategory: StaffCategory | null;
  existing: Person | null;
  attributesChanged: boolean;
  op: PositionOp;
  problems: string[];
}

/** The caller's PERSON_READ and PERSON_MANAGE scopes, for one plan. */
interface Reach {
  read: UnitScope;
  manage: UnitScope;
}

/**
 * People from Excel, matched by "Mã nhân sự": new codes create a person with their position; known
 * codes get their attributes updated and, when the row names another post, a new position (or a
 * transfer from their only current one). Every row needs PERSON_MANAGE at the unit it names (and, for
 * a known person, at a unit where they work now).
 *
 * Speed (20 000 rows): everything the checks need is read in a handful of queries, and new people and
 * their positions are inserted, and changed attributes updated, in chunks of 1 000 with one audit row
 * per chunk and unit, by PeopleService's bulk methods (the people module owns those tables); only new
 * positions of known people (transfers) go through PeopleService row by row.
 */
@Injectable()
export class PeopleImportHandler implements ImportHandler {
  readonly kind = 'PEOPLE';
  readonly slug = 'people';
  readonly label = 'Cán bộ, người lao động';
  readonly noun = { ascii: 'nhan-su', name: 'nhân sự' };
  readonly permission = 'PERSON_MANAGE';
  readonly columns = PERSON_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly people: PeopleService,
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
  ) {
    registry.addImport(this);
  }

  /** The example person works in the downloader's own unit, from 01/07/2025 or its founding. */
  templateExamples(ctx: RequestContext): Promise<Record<string, string>> {
    return examplesAtHomeUnit(ctx, (id) => this.org.findById(id), {
      unit: 'unitCode',
      day: 'startedOn',
    });
  }

  async plan(
    ctx: RequestContext,
    source: SourceRow[],
    cellProblems: string[][],
  ): Promise<ImportPlan> {
    const today = todayInVietnam();
    const unitCodes = new Set<string>();
    const personCodes = new Set<string>();
    for (const r of source) {
      const u = codeKey(r.values['unitCode']);
      if (u) unitCodes.add(u);
      const p = codeKey(r.values['code']);
      if (p) personCodes.add(p);
    }
    const units = await this.org.findByCodes([...unitCodes]);
    const existing = await this.people.findByCodes([...personCodes]);
    const positions = await this.positionsOf([...existing.values()].map((p) => p.id));

    const rows: PersonRow[] = source.map((r, index) =>
      this.readRow(r, index, cellProblems[index] ?? [], units, existing, today),
    );

    firstRowByKey(rows, col('code'), PEOPLE_IMPORT_MESSAGES.duplicate);

    // the same scopes PeopleService decides with, former units included (ADR 0013)
    const reach: Reach = {
      read: await this.scopes.of(ctx.actor, 'PERSON_READ'),
      manage: await this.scopes.of(ctx.actor, 'PERSON_MANAGE'),
    };
    for (const row of rows) {
      if (row.problems.length || !row.unit || !row.title || !row.staffCategory) continue;
      if (row.existing)
        this.checkExisting(ctx, reach, row, positions.get(row.existing.id) ?? [], today);
      else this.checkNew(ctx, row);
    }

    const verdicts: RowVerdict[] = rows.map((row) => {
      if (row.problems.length) return { action: 'INVALID', problems: row.problems };
      if (!row.existing) return { action: 'CREATE', problems: [] };
      return {
        action: row.attributesChanged || row.op.kind !== 'none' ? 'UPDATE' : 'UNCHANGED',
        problems: [],
      };
    });
    return { verdicts, apply: (tx, progress) => this.apply(tx, rows, verdicts, progress) };
  }

  /** Cells → a person row, with the checks that need no database (dates, party membership, code). */
  private readRow(
    r: SourceRow,
    index: number,
    cellProblems: string[],
    units: Map<string, Unit>,
    existing: Map<string, Person>,
    today: IsoDate,
  ): PersonRow {
    const problems = [...cellProblems];
    const at = (key: string, message: string) =>
      problems.push(problemAt(r.rowNumber, col(key), message));
    const v = r.values;
    const code = text(v['code']);
    const key = codeKey(code);
    if (code && !PERSON_CODE.pattern.test(code)) at('code', PEOPLE_IMPORT_MESSAGES.badCode);
    const dateOfBirth = isIsoDate(v['dateOfBirth']) ? v['dateOfBirth'] : null;
    const partyMember = v['partyMember'] === true;
    const partyJoinedOn = isIsoDate(v['partyJoinedOn']) ? v['partyJoinedOn'] : null;
    // the person form's date rules (@thidua/shared-domain), in the import's words per column
    for (const { field, problem } of personDateProblems(
      { dateOfBirth, partyMember, partyJoinedOn },
      today,
    )) {
      at(field, PEOPLE_IMPORT_MESSAGES[problem]);
    }
    const startedOn = isIsoDate(v['startedOn']) ? v['startedOn'] : null;
    if (startedOn && startedOn > today) at('startedOn', PEOPLE_IMPORT_MESSAGES.futureStart);
    const unitCode = text(v['unitCode']);
    const unit = unitCode ? (units.get(unitCode.toUpperCase()) ?? null) : null;
    if (unitCode && !unit) at('unitCode', PEOPLE_IMPORT_MESSAGES.unknownUnit(unitCode));
    const sex = v['sex'] === 'MALE' || v['sex'] === 'FEMALE' ? v['sex'] : null;
    return {
      index,
      rowNumber: r.rowNumber,
      code,
      key,
      data: {
        code,
        fullName: (text(v['fullName']) ?? '').replace(/\s+/g, ' '),
        sex: sex ?? 'MALE',
        dateOfBirth,
        ethnicity: text(v['ethnicity']),
        religion: text(v['religion']),
        hometown: text(v['hometown']),
        partyMember,
        partyJoinedOn,
        note: text(v['note']),
      },
      unit,
      title: text(v['title']),
      startedOn,
      isLeader: v['isLeader'] === true,
      staffCategory: (text(v['staffCategory']) as StaffCategory | null) ?? null,
      existing: key ? (existing.get(key) ?? null) : null,
      attributesChanged: false,
      op: { kind: 'none' },
      problems,
    };
  }

  private at(row: PersonRow, key: string | null, message: string): void {
    row.problems.push(problemAt(row.rowNumber, key ? col(key) : null, message));
  }

  /** The new position's unit: attachable and within PERSON_MANAGE. */
  private checkUnit(ctx: RequestContext, row: PersonRow): boolean {
    const unit = row.unit as Unit;
    // Scope first: nothing about a unit outside the caller's scope is shown but the code they typed.
    if (!ctx.actor.canAt('PERSON_MANAGE', unit.path)) {
      this.at(row, 'unitCode', PEOPLE_IMPORT_MESSAGES.unitOutOfScope(unit.code));
      return false;
    }
    if (isReadOnly(unit)) {
      this.at(
        row,
        'unitCode',
        PEOPLE_IMPORT_MESSAGES.unitEnded(unit.name, unit.validTo as IsoDate),
      );
      return false;
    }
    return true;
  }

  private positionData(row: PersonRow): PositionData {
    return {
      unitId: (row.unit as Unit).id,
      title: row.title as string,
      startedOn: row.startedOn as IsoDate,
      isLeader: row.isLeader,
      staffCategory: row.staffCategory as StaffCategory,
    };
  }

  private checkNew(ctx: RequestContext, row: PersonRow): void {
    if (!this.checkUnit(ctx, row)) return;
    if (!row.startedOn) {
      this.at(row, 'startedOn', PEOPLE_IMPORT_MESSAGES.startedOnNeeded);
      return;
    }
    row.op = { kind: 'add', position: this.positionData(row) };
  }

  private checkExisting(
    ctx: RequestContext,
    reach: Reach,
    row: PersonRow,
    known: KnownPosition[],
    today: IsoDate,
  ): void {
    this.decideExisting(ctx, reach, row, known, today);
    // The new post must not overlap a post with the same title in the same unit (PeopleService's rule).
    if (row.op.kind === 'none') return;
    const op = row.op;
    const fromId = op.kind === 'transfer' ? op.fromId : null;
    const overlap = known.find(
      (p) =>
        p.id !== fromId &&
        p.unitId === op.position.unitId &&
        p.title.toLowerCase() === op.position.title.toLowerCase() &&
        (p.endedOn === null || p.endedOn > op.position.startedOn),
    );
    if (overlap) {
      row.op = { kind: 'none' };
      this.at(
        row,
        'title',
        PEOPLE_IMPORT_MESSAGES.overlaps(
          overlap.title,
          overlap.unitName,
          overlap.startedOn,
          overlap.endedOn,
        ),
      );
    }
  }

  private decideExisting(
    ctx: RequestContext,
    reach: Reach,
    row: PersonRow,
    known: KnownPosition[],
    today: IsoDate,
  ): void {
    const person = row.existing as Person;
    const visible = known.some((p) => inScope(reach.read, p.unitPath));
    const current = known.filter(
      (p) => p.startedOn <= today && (p.endedOn === null || p.endedOn > today),
    );
    const relevant = current.length ? current : known;
    const manageable = relevant.some((p) => inScope(reach.manage, p.unitPath));
    if (!visible || !manageable) {
      this.at(row, 'code', PEOPLE_IMPORT_MESSAGES.personOutOfScope(row.code ?? ''));
      return;
    }
    row.attributesChanged = this.people.importChanges(person, row.data);

    const unit = row.unit as Unit;
    const title = (row.title as string).toLowerCase();
    const match = current.find((p) => p.unitId === unit.id && p.title.toLowerCase() === title);
    if (match) {
      if (match.isLeader === row.isLeader && match.staffCategory === row.staffCategory) return;
      if (!row.startedOn || row.startedOn <= match.startedOn) {
        this.at(
          row,
          'staffCategory',
          PEOPLE_IMPORT_MESSAGES.positionDiffers(match.title, match.unitName, match.startedOn),
        );
        return;
      }
      if (!this.checkUnit(ctx, row)) return;
      row.op = { kind: 'transfer', fromId: match.id, position: this.positionData(row) };
      return;
    }
    if (!this.checkUnit(ctx, row)) return;
    if (!row.startedOn) {
      this.at(row, 'startedOn', PEOPLE_IMPORT_MESSAGES.startedOnNeeded);
      return;
    }
    if (current.length > 1) {
      this.at(row, 'unitCode', PEOPLE_IMPORT_MESSAGES.manyCurrent(current.length));
      return;
    }
    const from = current[0];
    if (!from) {
      row.op = { kind: 'add', position: this.positionData(row) };
      return;
    }
    if (!inScope(reach.manage, from.unitPath)) {
      this.at(row, 'unitCode', PEOPLE_IMPORT_MESSAGES.fromOutOfScope(from.unitName));
      return;
    }
    if (row.startedOn <= from.startedOn) {
      this.at(
        row,
        'startedOn',
        PEOPLE_IMPORT_MESSAGES.startBeforeCurrent(from.title, from.unitName, from.startedOn),
      );
      return;
    }
    row.op = { kind: 'transfer', fromId: from.id, position: this.positionData(row) };
  }

  /**
   * Every position of the given people with its unit, in one query. Read here rather than through
   * PeopleService.currentPositions (one query per person) so that 20 000 rows stay a few round trips.
   */
  private async positionsOf(personIds: string[]): Promise<Map<string, KnownPosition[]>> {
    const result = new Map<string, KnownPosition[]>();
    if (!personIds.length) return result;
    const rows: {
      id: string;
      person_id: string;
      unit_id: string;
      path: string;
      unit_name: string;
      title: string;
      started_on: IsoDate;
      ended_on: IsoDate | null;
      is_leader: boolean;
      staff_category: StaffCategory;
    }[] = await this.db.manager.query(
      `SELECT p.id, p.person_id, p.unit_id, u.path::text AS path, u.name AS unit_name, p.title,
              p.started_on::text AS started_on, p.ended_on::text AS ended_on, p.is_leader, p.staff_category
         FROM positions p JOIN units u ON u.id = p.unit_id
        WHERE p.person_id = ANY($1::uuid[])`,
      [personIds],
    );
    for (const r of rows) {
      const list = result.get(r.person_id) ?? [];
      list.push({
        id: r.id,
        personId: r.person_id,
        unitId: r.unit_id,
        unitPath: r.path,
        unitName: r.unit_name,
        title: r.title,
        startedOn: r.started_on,
        endedOn: r.ended_on,
        isLeader: r.is_leader,
        staffCategory: r.staff_category,
      });
      result.set(r.person_id, list);
    }
    return result;
  }

  private async apply(
    tx: Tx,
    rows: PersonRow[],
    verdicts: RowVerdict[],
    progress: JobProgress,
  ): Promise<string> {
    const creates = rows.filter((r) => verdicts[r.index].action === 'CREATE');
    const updates = rows.filter((r) => verdicts[r.index].action === 'UPDATE');
    const changed = updates.filter((r) => r.attributesChanged);
    const moves = updates.filter((r) => r.op.kind !== 'none');
    await progress.setTotal(creates.length + changed.length + moves.length);
    let done = 0;
    for (let start = 0; start < creates.length; start += INSERT_CHUNK) {
      const chunk = creates.slice(start, start + INSERT_CHUNK);
      await this.people.bulkCreate(
        tx,
        chunk.map((row) => ({
          data: row.data,
          position: (row.op as { position: PositionData }).position,
        })),
      );
      done += chunk.length;
      await progress.report(done);
    }
    // Attributes in chunks too: 20 000 corrections to a column must not be 20 000 round trips.
    for (let start = 0; start < changed.length; start += INSERT_CHUNK) {
      const chunk = changed.slice(start, start + INSERT_CHUNK);
      await this.people.bulkUpdateAttributes(
        tx,
        chunk.map((row) => ({ person: row.existing as Person, data: row.data })),
      );
      done += chunk.length;
      await progress.report(done);
    }
    // New posts of known people go through PeopleService, which owns the rules of positions (few
    // rows move at once; a restructuring moves whole units).
    for (const row of moves) {
      const person = row.existing as Person;
      if (row.op.kind === 'add') await this.people.addPosition(tx, person.id, row.op.position);
      if (row.op.kind === 'transfer')
        await this.people.transfer(tx, person.id, row.op.fromId, row.op.position);
      await progress.report(++done);
    }
    return `Đã thêm ${creates.length} người, cập nhật ${updates.length} người; ${rows.length - creates.length - updates.length} dòng không thay đổi.`;
  }
}
