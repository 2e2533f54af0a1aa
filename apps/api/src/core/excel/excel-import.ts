import type { RequestContext } from '../context/request-context';
import type { Tx } from '../database/transaction';
import type { JobProgress } from '../jobs/job.service';
import { isoToDisplayDate } from './excel-cells';
import { enumLabels, type ExcelColumn } from './excel-columns';

/**
 * What an import handler works with (modules/<owner>/*-import.handler.ts): the rows as read, its
 * verdict on each, and the plan that applies them. The machinery that stores, previews and commits
 * them is modules/imports; a handler never sees it.
 */

/** What the preview will do with a row. */
export type ImportRowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'INVALID';

/** A row as read from the file (or stored at preview): parsed values by column key. */
export interface SourceRow {
  rowNumber: number;
  values: Record<string, unknown>;
  /** The text of the cells that could not be read, by column key (shown in the preview as typed). */
  rejected?: Record<string, string>;
}

/** What the preview says about a row. */
export interface RowVerdict {
  action: ImportRowAction;
  problems: string[];
}

/** The result of checking every row against the database: verdicts, and how to apply them. */
export interface ImportPlan {
  /** One per source row, same order. */
  verdicts: RowVerdict[];
  /**
   * Applies the CREATE and UPDATE rows in the caller's transaction (the plan must have been made inside
   * it, and have no INVALID row). Resolves to a Vietnamese summary.
   */
  apply(tx: Tx, progress: JobProgress): Promise<string>;
}

/** Builds a row problem in the reader's shape: 'Dòng 7, cột "Mã đơn vị": …' or 'Dòng 7: …'. */
export function problemAt(rowNumber: number, column: ExcelColumn | null, message: string): string {
  return column
    ? `Dòng ${rowNumber}, cột "${column.header}": ${message}`
    : `Dòng ${rowNumber}: ${message}`;
}

/** Column by key, for messages. */
export function columnOf(columns: readonly ExcelColumn[], key: string): ExcelColumn {
  const column = columns.find((c) => c.key === key);
  if (!column) throw new Error(`Unknown import column ${key}`);
  return column;
}

/**
 * The cells of a row as shown to the user, in the columns' order (dates dd/mm/yyyy, Có/Không, labels);
 * a cell that could not be read shows what the file says.
 */
export function displayValues(
  columns: readonly ExcelColumn[],
  values: Record<string, unknown>,
  rejected: Record<string, string> = {},
): string[] {
  return columns.map((column) => {
    const value = values[column.key];
    if (value === null || value === undefined) return rejected[column.key] ?? '';
    switch (column.type) {
      case 'date':
        return typeof value === 'string' ? isoToDisplayDate(value) : String(value);
      case 'boolean':
        return value ? 'Có' : 'Không';
      case 'enum':
        return enumLabels(column).get(String(value)) ?? String(value);
      default:
        return String(value);
    }
  });
}

/** Trimmed text or null (blank cells and absent columns are null). */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** Codes are case-insensitive (citext): the key of every code map. */
export function codeKey(value: unknown): string | null {
  const t = text(value);
  return t ? t.toUpperCase() : null;
}

/**
 * The first row of each code key; a later row with the same key gets a problem at `column`
 * (`duplicate(code, firstRowNumber)`): the first row keeps the code, later ones are refused.
 */
export function firstRowByKey<
  R extends { key: string | null; code: string | null; rowNumber: number; problems: string[] },
>(
  rows: readonly R[],
  column: ExcelColumn,
  duplicate: (code: string, firstRowNumber: number) => string,
): Map<string, R> {
  const firstRow = new Map<string, R>();
  for (const row of rows) {
    if (!row.key) continue;
    const first = firstRow.get(row.key);
    if (first)
      row.problems.push(
        problemAt(row.rowNumber, column, duplicate(row.code ?? '', first.rowNumber)),
      );
    else firstRow.set(row.key, row);
  }
  return firstRow;
}

export function counts(verdicts: RowVerdict[]): Record<ImportRowAction, number> {
  const result: Record<ImportRowAction, number> = {
    CREATE: 0,
    UPDATE: 0,
    UNCHANGED: 0,
    INVALID: 0,
  };
  for (const v of verdicts) result[v.action] += 1;
  return result;
}

/** The day the two-level local government began (Excel's "01/07/2025"): the templates' example day. */
const EXAMPLE_DAY = '2025-07-01';

/**
 * A template's example cells that the import accepts for this caller: their own unit's code in the
 * column that names a unit, and a day not before that unit's founding (a fixed "TINH" or "SNV" was
 * refused as an unknown code). Nothing without a home unit: the columns' own examples stay.
 */
export async function examplesAtHomeUnit(
  ctx: RequestContext,
  findUnit: (id: string) => Promise<{ code: string; validFrom: string } | null>,
  keys: { unit: string; day: string },
): Promise<Record<string, string>> {
  const home = ctx.actor.unitId ? await findUnit(ctx.actor.unitId) : null;
  if (!home) return {};
  const day = home.validFrom > EXAMPLE_DAY ? home.validFrom : EXAMPLE_DAY;
  return { [keys.unit]: home.code, [keys.day]: isoToDisplayDate(day) };
}
