import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import {
  foldVietnamese,
  isoToVn,
  todayInVietnam,
  UNIT_CODE,
  type IsoDate,
} from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/transaction';
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
import { isReadOnly, OrgService, type UnitDetails } from './org.service';
import { UnitKindService } from './unit-kind.service';
import { UNIT_COLUMNS } from './unit.columns';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;
type Kind = NonNullable<Awaited<ReturnType<UnitKindService['byCode']>>>;

/** Same rule as the createUnit mutation. */
const DETAIL_FIELDS = ['shortName', 'legalPerson', 'address', 'phone', 'email'] as const;

const col = (key: string) => columnOf(UNIT_COLUMNS, key);

export const UNIT_IMPORT_MESSAGES = {
  badCode: UNIT_CODE.hint,
  badEmail: (value: string) => `"${value}" không đúng định dạng thư điện tử.`,
  duplicate: (code: string, first: number) =>
    `mã "${code}" đã xuất hiện ở dòng ${first}; mỗi đơn vị chỉ một dòng.`,
  unknownKind: (kind: string) => `loại đơn vị "${kind}" không có trong danh mục.`,
  kindChanged: (existing: string) =>
    `đơn vị đã có với loại "${existing}"; không đổi được loại đơn vị khi nhập từ Excel.`,
  restructure: (what: string) =>
    `${what} so với đơn vị đang có: đổi tên/chuyển đơn vị phải thực hiện qua chức năng sắp xếp tổ chức.`,
  selfParent: 'đơn vị không thể là cấp trên của chính nó.',
  parentMissing: (code: string) =>
    `không tìm thấy đơn vị cấp trên có mã "${code}" (trong hệ thống hoặc trong tệp).`,
  parentCycle: 'các đơn vị trong tệp là cấp trên của nhau (vòng lặp).',
  parentEnded: (name: string, validTo: IsoDate) =>
    `đơn vị cấp trên "${name}" đã kết thúc hoạt động từ ngày ${isoToVn(validTo)}: chỉ được xem, không thể thêm đơn vị trực thuộc.`,
  mustHaveParent: (kind: string) => `đơn vị loại "${kind}" phải trực thuộc một đơn vị cấp trên.`,
  kindDoesNotFit: (kind: string, parent: string, parentKind: string) =>
    `đơn vị loại "${kind}" không thể trực thuộc "${parent}" (loại "${parentKind}").`,
  beforeParent: (date: IsoDate) =>
    `ngày thành lập không được trước ngày thành lập đơn vị cấp trên (${isoToVn(date)}).`,
  rootNeedsGlobal: 'chỉ quản trị toàn hệ thống được tạo đơn vị gốc.',
  outOfScopeParent: (code: string) =>
    `bạn không có quyền quản lý đơn vị có mã "${code}" nên không thêm được đơn vị trực thuộc.`,
  outOfScope: (code: string) => `mã "${code}" thuộc một đơn vị ngoài phạm vi bạn được quản lý.`,
  ended: (validTo: IsoDate) =>
    `đơn vị đã kết thúc hoạt động từ ngày ${isoToVn(validTo)}: chỉ được xem, không sửa được.`,
};

/** A row once its cells are read: what it says, and what it refers to. */
interface UnitRow {
  index: number;
  rowNumber: number;
  code: string | null;
  key: string | null;
  name: string | null;
  kind: Kind | null;
  parentCode: string | null;
  parentKey: string | null;
  details: {
    shortName: string | null;
    legalPerson: boolean | null;
    address: string | null;
    phone: string | null;
    email: string | null;
  };
  validFrom: IsoDate | null;
  existing: Unit | null;
  problems: string[];
}

type ParentRef = { db: Unit } | { row: UnitRow } | { missing: true } | null;

function sameText(a: string | null, b: string | null): boolean {
  return (a ?? '') === (b ?? '');
}

/**
 * Units from Excel: new codes are created (parents before children, a parent may be another row of the
 * file), known codes get their non-structural details updated; a different name or parent is refused
 * (that is a restructuring). Every row needs UNIT_MANAGE at its unit (existing) or its parent (new).
 */
@Injectable()
export class UnitImportHandler implements ImportHandler {
  readonly kind = 'UNITS';
  readonly slug = 'units';
  readonly label = 'Đơn vị';
  readonly noun = { ascii: 'don-vi', name: 'đơn vị' };
  readonly permission = 'UNIT_MANAGE';
  readonly columns = UNIT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly kinds: UnitKindService,
  ) {
    registry.addImport(this);
  }

  /** The example row is a division under the downloader's own unit, founded 01/07/2025 or later. */
  templateExamples(ctx: RequestContext): Promise<Record<string, string>> {
    return examplesAtHomeUnit(ctx, (id) => this.org.findById(id), {
      unit: 'parentCode',
      day: 'validFrom',
    });
  }

  async plan(
    ctx: RequestContext,
    source: SourceRow[],
    cellProblems: string[][],
  ): Promise<ImportPlan> {
    const kindsByCode = await this.kinds.byCodes();
    const kindsById = new Map([...kindsByCode.values()].map((k) => [k.id, k]));
    const kindsByName = new Map([...kindsByCode.values()].map((k) => [foldVietnamese(k.name), k]));
    const findKind = (value: string) =>
      kindsByCode.get(value.toUpperCase()) ?? kindsByName.get(foldVietnamese(value)) ?? null;

    const codes = new Set<string>();
    for (const r of source) {
      for (const key of [codeKey(r.values['code']), codeKey(r.values['parentCode'])])
        if (key) codes.add(key);
    }
    const existing = await this.org.findByCodes([...codes]);
    const rows: UnitRow[] = source.map((r, index) => {
      const problems = [...(cellProblems[index] ?? [])];
      const code = text(r.values['code']);
      const kindText = text(r.values['kind']);
      const kind = kindText ? findKind(kindText) : null;
      if (code && !UNIT_CODE.pattern.test(code))
        problems.push(problemAt(r.rowNumber, col('code'), UNIT_IMPORT_MESSAGES.badCode));
      if (kindText && !kind)
        problems.push(
          problemAt(r.rowNumber, col('kind'), UNIT_IMPORT_MESSAGES.unknownKind(kindText)),
        );
      const email = text(r.values['email']);
      if (email && !isEmail(email))
        problems.push(problemAt(r.rowNumber, col('email'), UNIT_IMPORT_MESSAGES.badEmail(email)));
      const key = codeKey(code);
      return {
        index,
        rowNumber: r.rowNumber,
        code,
        key,
        name: text(r.values['name']),
        kind,
        parentCode: text(r.values['parentCode']),
        parentKey: codeKey(r.values['parentCode']),
        details: {
          shortName: text(r.values['shortName']),
          legalPerson:
            typeof r.values['legalPerson'] === 'boolean' ? r.values['legalPerson'] : null,
          address: text(r.values['address']),
          phone: text(r.values['phone']),
          email,
        },
        validFrom: text(r.values['validFrom']),
        existing: key ? (existing.get(key) ?? null) : null,
        problems,
      };
    });

    // Duplicate codes: the first row keeps the code, later ones are refused.
    const firstRow = firstRowByKey(rows, col('code'), UNIT_IMPORT_MESSAGES.duplicate);

    const parentOf = (row: UnitRow): ParentRef => {
      if (!row.parentKey) return null;
      const db = existing.get(row.parentKey);
      if (db) return { db };
      const fileRow = firstRow.get(row.parentKey);
      return fileRow ? { row: fileRow } : { missing: true };
    };

    /** Path of the existing unit a new row will end up under (null: it becomes a root), or 'cycle'. */
    const anchorOf = (row: UnitRow, seen = new Set<UnitRow>()): string | null | 'cycle' => {
      if (seen.has(row)) return 'cycle';
      seen.add(row);
      const parent = parentOf(row);
      if (!parent || 'missing' in parent) return null;
      if ('db' in parent) return parent.db.path;
      if (parent.row.existing) return parent.row.existing.path;
      return anchorOf(parent.row, seen);
    };

    // Current parents of the existing units a row would move (named in the problem).
    const parentsById = new Map<string, Unit>();
    for (const u of existing.values()) parentsById.set(u.id, u);
    for (const row of rows) {
      const parentId = row.existing?.parentId;
      if (
        parentId &&
        !parentsById.has(parentId) &&
        !this.sameParent(row.existing as Unit, parentOf(row))
      ) {
        const parent = await this.org.findById(parentId);
        if (parent) parentsById.set(parentId, parent);
      }
    }

    const today = todayInVietnam();
    for (const row of rows) {
      if (!row.key || !row.name || !row.kind) continue;
      if (row.existing) this.checkExisting(ctx, row, parentOf(row), kindsById, parentsById);
      else this.checkNew(ctx, row, parentOf(row), anchorOf(row), kindsById, today);
    }

    const verdicts: RowVerdict[] = rows.map((row) => {
      if (row.problems.length) return { action: 'INVALID', problems: row.problems };
      if (!row.existing) return { action: 'CREATE', problems: [] };
      return { action: this.changedDetails(row).length ? 'UPDATE' : 'UNCHANGED', problems: [] };
    });

    return {
      verdicts,
      apply: (tx, progress) => this.apply(tx, rows, verdicts, parentOf, progress),
    };
  }

  private checkExisting(
    ctx: RequestContext,
    row: UnitRow,
    parent: ParentRef,
    kindsById: Map<string, Kind>,
    parentsById: Map<string, Unit>,
  ): void {
    const unit = row.existing as Unit;
    const at = (key: string | null, message: string) =>
      row.problems.push(problemAt(row.rowNumber, key ? col(key) : null, message));
    if (!ctx.actor.canAt('UNIT_MANAGE', unit.path)) {
      at('code', UNIT_IMPORT_MESSAGES.outOfScope(row.code ?? ''));
      return;
    }
    if (row.kind && row.kind.id !== unit.kindId)
      at('kind', UNIT_IMPORT_MESSAGES.kindChanged(kindsById.get(unit.kindId)?.name ?? ''));
    if (row.name !== unit.name)
      at('name', UNIT_IMPORT_MESSAGES.restructure(`tên khác ("${unit.name}")`));
    const currentParent = unit.parentId ? parentsById.get(unit.parentId) : null;
    if (parent && 'missing' in parent) {
      at('parentCode', UNIT_IMPORT_MESSAGES.parentMissing(row.parentCode ?? ''));
    } else if (!this.sameParent(unit, parent)) {
      const was = currentParent ? `"${currentParent.code}"` : 'không có (đơn vị gốc)';
      at('parentCode', UNIT_IMPORT_MESSAGES.restructure(`đơn vị cấp trên khác (hiện là ${was})`));
    }
    if (this.changedDetails(row).length && isReadOnly(unit))
      at(null, UNIT_IMPORT_MESSAGES.ended(unit.validTo as IsoDate));
  }

  private checkNew(
    ctx: RequestContext,
    row: UnitRow,
    parent: ParentRef,
    anchor: string | null | 'cycle',
    kindsById: Map<string, Kind>,
    today: IsoDate,
  ): void {
    const kind = row.kind as Kind;
    const at = (key: string | null, message: string) =>
      row.problems.push(problemAt(row.rowNumber, key ? col(key) : null, message));
    if (parent === null) {
      if (!kind.canBeRoot) at('parentCode', UNIT_IMPORT_MESSAGES.mustHaveParent(kind.name));
      else if (!ctx.actor.canAt('UNIT_MANAGE', null))
        at('parentCode', UNIT_IMPORT_MESSAGES.rootNeedsGlobal);
      return;
    }
    if (row.parentKey === row.key) {
      at('parentCode', UNIT_IMPORT_MESSAGES.selfParent);
      return;
    }
    if ('missing' in parent) {
      at('parentCode', UNIT_IMPORT_MESSAGES.parentMissing(row.parentCode ?? ''));
      return;
    }
    if (anchor === 'cycle') {
      at('parentCode', UNIT_IMPORT_MESSAGES.parentCycle);
      return;
    }
    // Scope first: nothing about a parent outside the caller's scope is shown but the code they typed.
    if (!ctx.actor.canAt('UNIT_MANAGE', anchor)) {
      at(
        'parentCode',
        anchor === null
          ? UNIT_IMPORT_MESSAGES.rootNeedsGlobal
          : UNIT_IMPORT_MESSAGES.outOfScopeParent(row.parentCode ?? ''),
      );
      return;
    }
    let parentName: string;
    let parentKind: Kind | null;
    let parentFrom: IsoDate;
    if ('db' in parent) {
      const p = parent.db;
      parentName = p.name;
      parentKind = kindsById.get(p.kindId) ?? null;
      parentFrom = p.validFrom;
      if (isReadOnly(p, today)) {
        at('parentCode', UNIT_IMPORT_MESSAGES.parentEnded(p.name, p.validTo as IsoDate));
        return;
      }
    } else {
      parentName = parent.row.name ?? parent.row.code ?? '';
      parentKind = parent.row.kind;
      parentFrom = parent.row.validFrom ?? today;
    }
    if (parentKind) {
      const allowed = kind.allowedParentCodes.map((c) => c.toUpperCase());
      if (!allowed.includes(parentKind.code.toUpperCase())) {
        at('kind', UNIT_IMPORT_MESSAGES.kindDoesNotFit(kind.name, parentName, parentKind.name));
      }
    }
    const validFrom = row.validFrom ?? today;
    if (validFrom < parentFrom) at('validFrom', UNIT_IMPORT_MESSAGES.beforeParent(parentFrom));
  }

  private sameParent(unit: Unit, parent: ParentRef): boolean {
    if (parent === null) return unit.parentId === null;
    return 'db' in parent && parent.db.id === unit.parentId;
  }

  /** Details of an existing unit the row changes (a blank cell clears; an absent Có/Không column keeps). */
  private changedDetails(row: UnitRow): (typeof DETAIL_FIELDS)[number][] {
    const unit = row.existing;
    if (!unit) return [];
    return DETAIL_FIELDS.filter((field) => {
      if (field === 'legalPerson')
        return row.details.legalPerson !== null && row.details.legalPerson !== unit.legalPerson;
      return !sameText(row.details[field], unit[field]);
    });
  }

  private async apply(
    tx: Tx,
    rows: UnitRow[],
    verdicts: RowVerdict[],
    parentOf: (row: UnitRow) => ParentRef,
    progress: JobProgress,
  ): Promise<string> {
    const creates = rows.filter((r) => verdicts[r.index].action === 'CREATE');
    const updates = rows.filter((r) => verdicts[r.index].action === 'UPDATE');
    await progress.setTotal(creates.length + updates.length);
    // Parents before children: depth of each new row among the new rows of the file.
    const depth = new Map<UnitRow, number>();
    const depthOf = (row: UnitRow): number => {
      const known = depth.get(row);
      if (known !== undefined) return known;
      const parent = parentOf(row);
      const d = parent && 'row' in parent && !parent.row.existing ? depthOf(parent.row) + 1 : 0;
      depth.set(row, d);
      return d;
    };
    const ordered = [...creates].sort((a, b) => depthOf(a) - depthOf(b) || a.index - b.index);
    const createdIds = new Map<string, string>();
    let done = 0;
    for (const row of ordered) {
      const parent = parentOf(row);
      const parentId =
        !parent || 'missing' in parent
          ? null
          : 'db' in parent
            ? parent.db.id
            : (parent.row.existing?.id ?? createdIds.get(parent.row.key ?? ''));
      const unit = await this.org.create(tx, {
        code: row.code as string,
        name: row.name as string,
        shortName: row.details.shortName,
        kindCode: (row.kind as Kind).code,
        parentId: parentId ?? null,
        legalPerson: row.details.legalPerson,
        address: row.details.address,
        phone: row.details.phone,
        email: row.details.email,
        validFrom: row.validFrom,
      });
      createdIds.set(row.key as string, unit.id);
      await progress.report(++done);
    }
    for (const row of updates) {
      const unit = row.existing as Unit;
      const details: UnitDetails = {
        shortName: row.details.shortName,
        legalPerson: row.details.legalPerson ?? unit.legalPerson,
        address: row.details.address,
        phone: row.details.phone,
        email: row.details.email,
      };
      await this.org.updateDetails(tx, unit.id, unit.version, details);
      await progress.report(++done);
    }
    return `Đã tạo ${creates.length} đơn vị, cập nhật ${updates.length} đơn vị; ${rows.length - creates.length - updates.length} dòng không thay đổi.`;
  }
}
