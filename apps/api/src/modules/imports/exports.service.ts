import { Injectable } from '@nestjs/common';
import { isoToVn, todayInVietnam, type UnitTree } from '@thidua/shared-domain';
import { UnitScopes, inScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { writeSheet, writeTemplate } from '../../core/excel/excel-writer';
import type { ConnectionShape } from '../../core/graphql/connection';
import {
  defineColumns,
  type ExcelColumn,
  type ExcelWriteRow,
} from '../../core/excel/excel-columns';
import { UserService } from '../identity/user.service';
import { ClusterService, membersKey } from '../org/cluster.service';
import { OrgService } from '../org/org.service';
import { UnitKindService } from '../org/unit-kind.service';
import { PeopleService, type PeopleListFilter } from '../people/people.service';
import { CLUSTER_EXPORT_COLUMNS } from './cluster.columns';
import type { ImportBatchEntity, ImportKind } from './import-batch.entity';
import type { ImportRowEntity } from './import-row.entity';
import { IMPORT_COLUMNS } from './import.columns';
import { PERSON_EXPORT_COLUMNS } from './person.columns';
import { UNIT_EXPORT_COLUMNS } from './unit.columns';
import { USER_EXPORT_COLUMNS } from './user.columns';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;
type Position = Awaited<ReturnType<PeopleService['currentPositions']>>[number];

/** Rows read from the database per page while an export is written. */
const PAGE = 500;
/** An export stops here (an .xlsx this large is no longer useful to anyone). */
export const MAX_EXPORT_ROWS = 200_000;

export interface UnitExportFilter {
  tree?: UnitTree | null;
  search?: string | null;
  parentId?: string | null;
  includeEnded?: boolean | null;
}

export interface ClusterExportFilter {
  search?: string | null;
  kind?: 'CUM' | 'KHOI' | null;
}

export interface UserExportFilter {
  search?: string | null;
  unitId?: string | null;
  status?: 'ACTIVE' | 'DISABLED' | null;
}

export interface ExcelFile {
  buffer: Buffer;
  /** ASCII name and the Vietnamese one (Content-Disposition filename / filename*). */
  asciiName: string;
  name: string;
}

/** Every page of a keyset-paginated list, PAGE rows at a time, up to MAX_EXPORT_ROWS. */
async function* pages<T>(
  load: (after: string | null) => Promise<ConnectionShape<T>>,
): AsyncGenerator<T[]> {
  let after: string | null = null;
  let seen = 0;
  for (;;) {
    const page: ConnectionShape<T> = await load(after);
    const nodes = page.edges.map((e) => e.node);
    const room = MAX_EXPORT_ROWS - seen;
    yield nodes.slice(0, room);
    seen += nodes.length;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || seen >= MAX_EXPORT_ROWS) return;
    after = page.pageInfo.endCursor;
  }
}

function stamp(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Lists to .xlsx with Vietnamese headers, through each module's own scoped list (so an export holds
 * exactly what the caller may read), and the empty import templates.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly org: OrgService,
    private readonly kinds: UnitKindService,
    private readonly people: PeopleService,
    private readonly users: UserService,
    private readonly clusters: ClusterService,
    private readonly scopes: UnitScopes,
  ) {}

  /**
   * The empty template of an import, its example row one the import accepts for this caller: the unit
   * it refers to (the new unit's parent, the person's unit) is the caller's own, and its dates are not
   * before that unit's founding (a fixed "TINH" or "SNV" was refused as an unknown code).
   */
  async template(ctx: RequestContext, kind: ImportKind): Promise<ExcelFile> {
    const home = ctx.actor.unitId ? await this.org.findById(ctx.actor.unitId) : null;
    const refKey = kind === 'UNITS' ? 'parentCode' : 'unitCode';
    const columns = IMPORT_COLUMNS[kind].map((column) => {
      if (!home) return column;
      if (column.key === refKey) return { ...column, example: home.code };
      // "01/07/2025", or the unit's founding day when it is later
      if (column.key === 'validFrom' || column.key === 'startedOn') {
        const day = home.validFrom > '2025-07-01' ? home.validFrom : '2025-07-01';
        return { ...column, example: isoToVn(day) };
      }
      return column;
    });
    const base =
      kind === 'UNITS'
        ? ['mau-nhap-don-vi', 'Mẫu nhập đơn vị']
        : ['mau-nhap-nhan-su', 'Mẫu nhập nhân sự'];
    return {
      buffer: await writeTemplate(columns),
      asciiName: `${base[0]}.xlsx`,
      name: `${base[1]}.xlsx`,
    };
  }

  /**
   * The rows of a previewed file that cannot be imported, as the file had them, each with its Excel
   * row number first and what to fix last: officers correct them in Excel rather than copying the
   * messages off the screen. `load` pages the batch's INVALID rows (the caller checked the batch is
   * its own).
   */
  async problemsFile(
    batch: Pick<ImportBatchEntity, 'kind' | 'fileName'>,
    load: (after: string | null) => Promise<ConnectionShape<ImportRowEntity>>,
  ): Promise<ExcelFile> {
    const template = IMPORT_COLUMNS[batch.kind];
    // the cells as the file showed them (dates as typed): every template column as text
    const columns = defineColumns([
      { key: 'rowNumber', header: 'Dòng trong tệp', type: 'integer', width: 10 },
      ...template.map((column): ExcelColumn => ({
        key: column.key,
        header: column.header,
        type: 'text',
        width: column.width,
      })),
      { key: 'problems', header: 'Lỗi cần sửa', type: 'text', width: 70 },
    ]);
    async function* rows(): AsyncGenerator<Record<string, string | number>> {
      for await (const page of pages(load)) {
        for (const row of page) {
          const record: Record<string, string | number> = {
            rowNumber: row.rowNumber,
            problems: row.problems.join('\n'),
          };
          template.forEach((column, index) => (record[column.key] = row.cells[index] ?? ''));
          yield record;
        }
      }
    }
    const base =
      batch.kind === 'UNITS'
        ? ['loi-nhap-don-vi', 'Lỗi nhập đơn vị']
        : ['loi-nhap-nhan-su', 'Lỗi nhập nhân sự'];
    const buffer = await writeSheet({
      sheetName: 'Dòng có lỗi',
      title: `CÁC DÒNG CÓ LỖI — ${batch.fileName}`,
      columns,
      rows: rows(),
    });
    return { buffer, asciiName: `${base[0]}-${stamp()}.xlsx`, name: `${base[1]} ${stamp()}.xlsx` };
  }

  /** Units by id, for parents and positions not on the current page. */
  private async unitsByIds(ids: string[], cache: Map<string, Unit>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    if (!missing.length) return;
    const found = await this.org.unitById.batch(missing);
    for (const u of Array.from(found)) if (u && !(u instanceof Error)) cache.set(u.id, u);
  }

  async unitsFile(ctx: RequestContext, f: UnitExportFilter): Promise<ExcelFile> {
    const kinds = new Map((await this.kinds.list()).map((k) => [k.id, k]));
    const cache = new Map<string, Unit>();
    const org = this.org;
    const unitsById = (ids: string[]) => this.unitsByIds(ids, cache);
    async function* rows(): AsyncGenerator<ExcelWriteRow<typeof UNIT_EXPORT_COLUMNS>> {
      for await (const page of pages((after) => org.list(ctx, { ...f, first: PAGE, after }))) {
        for (const u of page) cache.set(u.id, u);
        await unitsById(page.map((u) => u.parentId).filter((id): id is string => !!id));
        for (const u of page) {
          yield {
            code: u.code,
            name: u.name,
            shortName: u.shortName,
            kind: kinds.get(u.kindId)?.name ?? '',
            parentCode: u.parentId ? (cache.get(u.parentId)?.code ?? '') : '',
            legalPerson: u.legalPerson,
            address: u.address,
            phone: u.phone,
            email: u.email,
            validFrom: u.validFrom,
            status: u.status,
            validTo: u.validTo,
            tree: u.tree,
          };
        }
      }
    }
    const buffer = await writeSheet({
      sheetName: 'Đơn vị',
      title: 'DANH SÁCH ĐƠN VỊ',
      columns: UNIT_EXPORT_COLUMNS,
      rows: rows(),
    });
    return { buffer, asciiName: `don-vi-${stamp()}.xlsx`, name: `Đơn vị ${stamp()}.xlsx` };
  }

  async peopleFile(ctx: RequestContext, f: PeopleListFilter): Promise<ExcelFile> {
    const cache = new Map<string, Unit>();
    const peopleService = this.people;
    const unitsById = (ids: string[]) => this.unitsByIds(ids, cache);
    const readScope = await this.scopes.of(ctx.actor, 'PERSON_READ');
    /** The position shown: a current one in a unit the caller may read, else the newest current one. */
    const shown = (positions: Position[]): Position | null => {
      const visible = positions.find((p) => inScope(readScope, cache.get(p.unitId)?.path));
      return visible ?? (readScope.kind === 'all' ? (positions[0] ?? null) : null);
    };
    async function* rows(): AsyncGenerator<ExcelWriteRow<typeof PERSON_EXPORT_COLUMNS>> {
      for await (const page of pages((after) =>
        peopleService.list(ctx, { ...f, first: PAGE, after }),
      )) {
        if (!page.length) continue;
        const current = Array.from(
          await peopleService.currentPositionsOf.batch(page.map((p) => p.id)),
        );
        const lists = current.map((c) => (c instanceof Error ? [] : c));
        await unitsById(lists.flat().map((p) => p.unitId));
        for (const [i, p] of page.entries()) {
          const pos = shown(lists[i] ?? []);
          const unit = pos ? cache.get(pos.unitId) : undefined;
          yield {
            code: p.code,
            fullName: p.fullName,
            sex: p.sex,
            dateOfBirth: p.dateOfBirth,
            ethnicity: p.ethnicity,
            religion: p.religion,
            hometown: p.hometown,
            partyMember: p.partyMember,
            partyJoinedOn: p.partyJoinedOn,
            unitCode: unit?.code ?? null,
            title: pos?.title ?? null,
            startedOn: pos?.startedOn ?? null,
            isLeader: pos ? pos.isLeader : null,
            staffCategory: pos?.staffCategory ?? null,
            note: p.note,
            unitName: unit?.name ?? null,
          };
        }
      }
    }
    const buffer = await writeSheet({
      sheetName: 'Nhân sự',
      title: 'DANH SÁCH CÁN BỘ, NGƯỜI LAO ĐỘNG',
      columns: PERSON_EXPORT_COLUMNS,
      rows: rows(),
    });
    return { buffer, asciiName: `nhan-su-${stamp()}.xlsx`, name: `Nhân sự ${stamp()}.xlsx` };
  }

  async usersFile(ctx: RequestContext, f: UserExportFilter): Promise<ExcelFile> {
    const cache = new Map<string, Unit>();
    const userService = this.users;
    const unitsById = (ids: string[]) => this.unitsByIds(ids, cache);
    async function* rows(): AsyncGenerator<ExcelWriteRow<typeof USER_EXPORT_COLUMNS>> {
      for await (const page of pages((after) =>
        userService.list(ctx, { ...f, first: PAGE, after }),
      )) {
        await unitsById(page.map((u) => u.unitId));
        for (const u of page) {
          const unit = cache.get(u.unitId);
          yield {
            username: u.username,
            fullName: u.fullName,
            email: u.email,
            unitCode: unit?.code ?? null,
            unitName: unit?.name ?? null,
            status: u.status,
            lastLoginAt: u.lastLoginAt,
            createdAt: u.createdAt,
          };
        }
      }
    }
    const buffer = await writeSheet({
      sheetName: 'Người dùng',
      title: 'DANH SÁCH NGƯỜI DÙNG',
      columns: USER_EXPORT_COLUMNS,
      rows: rows(),
    });
    return { buffer, asciiName: `nguoi-dung-${stamp()}.xlsx`, name: `Người dùng ${stamp()}.xlsx` };
  }

  async clustersFile(ctx: RequestContext, f: ClusterExportFilter): Promise<ExcelFile> {
    const cache = new Map<string, Unit>();
    const clusterService = this.clusters;
    const unitsById = (ids: string[]) => this.unitsByIds(ids, cache);
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    const ok = <T>(values: ArrayLike<T | Error>): T[] =>
      Array.from(values).map((v) => (v instanceof Error ? (undefined as T) : v));
    async function* rows(): AsyncGenerator<ExcelWriteRow<typeof CLUSTER_EXPORT_COLUMNS>> {
      for await (const page of pages((after) =>
        clusterService.list(ctx, { ...f, first: PAGE, after }),
      )) {
        if (!page.length) continue;
        const ids = page.map((c) => c.id);
        const members = ok(
          await clusterService.membersOf.batch(ids.map((id) => membersKey(id, today))),
        );
        const leaderships = ok(await clusterService.leadershipsOf.batch(ids));
        const current = leaderships.map(
          (list) => (list ?? []).find((l) => l.year === year) ?? null,
        );
        await unitsById([
          ...page.map((c) => c.organizerUnitId),
          ...members.flat().map((m) => m.unitId),
          ...current.flatMap((l) => (l ? [l.leadUnitId, l.deputyUnitId ?? l.leadUnitId] : [])),
        ]);
        for (const [i, c] of page.entries()) {
          const list = members[i] ?? [];
          const lead = current[i];
          yield {
            code: c.code,
            name: c.name,
            kind: c.kind,
            organizerCode: cache.get(c.organizerUnitId)?.code ?? null,
            organizerName: cache.get(c.organizerUnitId)?.name ?? null,
            memberCount: list.length,
            members: list
              .map((m) => cache.get(m.unitId)?.code ?? '')
              .filter(Boolean)
              .join('; '),
            year: lead ? lead.year : null,
            leadCode: lead ? (cache.get(lead.leadUnitId)?.code ?? null) : null,
            deputyCode: lead?.deputyUnitId ? (cache.get(lead.deputyUnitId)?.code ?? null) : null,
            description: c.description,
          };
        }
      }
    }
    const buffer = await writeSheet({
      sheetName: 'Cụm, khối thi đua',
      title: 'DANH SÁCH CỤM, KHỐI THI ĐUA',
      columns: CLUSTER_EXPORT_COLUMNS,
      rows: rows(),
    });
    return {
      buffer,
      asciiName: `cum-khoi-${stamp()}.xlsx`,
      name: `Cụm, khối thi đua ${stamp()}.xlsx`,
    };
  }
}
