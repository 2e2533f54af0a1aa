import { Injectable } from '@nestjs/common';
import type { Permission } from '@thidua/shared-domain';
import type { RequestContext } from '../context/request-context';
import { AppError } from '../errors/app-error';
import type { ExcelColumn, ExcelWriteRow } from './excel-columns';
import type { ImportPlan, SourceRow } from './excel-import';

/** A file's name in ASCII (Content-Disposition `filename`) and in Vietnamese (`filename*`). */
export interface ExcelFileName {
  ascii: string;
  name: string;
}

/**
 * One kind of import, owned by the module whose tables it writes (through that module's services):
 * its columns, the permission it needs, and its rules. modules/imports reads the upload, stores the
 * preview, and commits the plan as a job; it knows nothing else of the kind.
 */
export interface ImportHandler {
  /** Stored on the batch and shown as the GraphQL `ImportKind` value: 'UNITS'. */
  readonly kind: string;
  /** The URLs: `POST /api/imports/<slug>`, `GET /api/templates/<slug>.xlsx`. */
  readonly slug: string;
  /** The `ImportKind` value's description: 'Đơn vị'. */
  readonly label: string;
  /** What the files are named after: { ascii: 'don-vi', name: 'đơn vị' } → "Mẫu nhập đơn vị.xlsx". */
  readonly noun: ExcelFileName;
  readonly permission: Permission;
  readonly columns: readonly ExcelColumn[];
  /**
   * The template's example cells for this caller, by column key (the columns' own examples otherwise).
   * `params`: the template request's query string (text values only), for a kind whose rows name a
   * record the caller picks on screen (campaign-registrations: `?planId=`).
   */
  templateExamples?(
    ctx: RequestContext,
    params: Readonly<Record<string, string>>,
  ): Promise<Record<string, string>>;
  /**
   * Checks every row (cell problems already attached) against the database as the caller's open
   * transaction sees it (ADR 0012: the services read through it without being handed a manager).
   */
  plan(ctx: RequestContext, rows: SourceRow[], cellProblems: string[][]): Promise<ImportPlan>;
}

/**
 * One list exported to .xlsx, owned by the module whose list it reads: its rows come from that
 * module's own scoped list, so an export holds exactly what the caller may read.
 */
export interface ExportDefinition<
  F extends object = object,
  C extends readonly ExcelColumn[] = readonly ExcelColumn[],
> {
  /** The URL: `GET /api/exports/<slug>.xlsx`. */
  readonly slug: string;
  readonly permission: Permission;
  /** The query string's class: the list's filters, with class-validator rules and Vietnamese messages. */
  readonly query: new () => F;
  /** { ascii: 'don-vi', name: 'Đơn vị' } → "Đơn vị 2025-07-01.xlsx". */
  readonly fileName: ExcelFileName;
  readonly sheetName: string;
  /** The bold title above the header: 'DANH SÁCH ĐƠN VỊ'. */
  readonly title: string;
  readonly columns: C;
  rows(ctx: RequestContext, filter: F): AsyncIterable<ExcelWriteRow<C>>;
}

/**
 * What must be known before the first request, filled as imports and exports register: the values of
 * the GraphQL enum `ImportKind` (modules/imports declares it over these objects) and the permissions
 * the routes and operations of imports and exports require (any one of them; the kind's own is then
 * checked). Code-first GraphQL reads an enum's values when it builds the schema (GraphQLModule's
 * onModuleInit), after every provider's constructor has run: hence "register in the constructor".
 * Module-level because a decorator's metadata and the schema are built once per process, as these
 * declarations are; they only ever grow, and registering the same kind again changes nothing.
 */
export const EXCEL_DECLARED = {
  importKinds: {} as Record<string, string>,
  importKindLabels: {} as Record<string, { description: string }>,
  importPermissions: [] as Permission[],
  exportPermissions: [] as Permission[],
};

function declare(list: Permission[], permission: Permission): void {
  if (!list.includes(permission)) list.push(permission);
}

/**
 * The imports and exports every module registers, so that modules/imports serves them without knowing
 * them (a new module adds its Excel files in its own folder). A module registers from the constructor
 * of its handler or definition (a provider of its own Nest module, which imports ExcelModule), as jobs
 * are registered; modules/imports looks them up by kind (a stored batch) or slug (a URL).
 */
@Injectable()
export class ExcelRegistry {
  private readonly importList: ImportHandler[] = [];
  private readonly exportList: ExportDefinition[] = [];
  private readonly importListeners: ((handler: ImportHandler) => void)[] = [];

  addImport(handler: ImportHandler): void {
    const clash = this.importList.find((h) => h.kind === handler.kind || h.slug === handler.slug);
    if (clash)
      throw new Error(
        `Excel import ${handler.kind} (${handler.slug}) clashes with ${clash.kind} (${clash.slug}).`,
      );
    this.importList.push(handler);
    EXCEL_DECLARED.importKinds[handler.kind] = handler.kind;
    EXCEL_DECLARED.importKindLabels[handler.kind] = { description: handler.label };
    declare(EXCEL_DECLARED.importPermissions, handler.permission);
    for (const listener of this.importListeners) listener(handler);
  }

  addExport<F extends object, C extends readonly ExcelColumn[]>(
    definition: ExportDefinition<F, C>,
  ): void {
    if (this.exportList.some((d) => d.slug === definition.slug))
      throw new Error(`Excel export ${definition.slug} is registered twice.`);
    this.exportList.push(definition);
    declare(EXCEL_DECLARED.exportPermissions, definition.permission);
  }

  /** Calls `listener` for every import, registered already or later (a job handler per kind). */
  onImport(listener: (handler: ImportHandler) => void): void {
    this.importListeners.push(listener);
    for (const handler of this.importList) listener(handler);
  }

  imports(): readonly ImportHandler[] {
    return this.importList;
  }

  exports(): readonly ExportDefinition[] {
    return this.exportList;
  }

  /** The import of a stored batch (a kind no module registers any more is a deployment mistake). */
  importOf(kind: string): ImportHandler {
    const handler = this.importList.find((h) => h.kind === kind);
    if (!handler) throw new Error(`No Excel import is registered for kind ${kind}.`);
    return handler;
  }

  /** The import a URL names; NOT_FOUND otherwise. */
  importAt(slug: string): ImportHandler {
    const handler = this.importList.find((h) => h.slug === slug);
    if (!handler) throw AppError.notFound('Loại dữ liệu nhập từ Excel');
    return handler;
  }

  /** The export a URL names; NOT_FOUND otherwise. */
  exportAt(slug: string): ExportDefinition {
    const definition = this.exportList.find((d) => d.slug === slug);
    if (!definition) throw AppError.notFound('Danh sách xuất ra Excel');
    return definition;
  }
}
