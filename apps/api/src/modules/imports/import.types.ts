import type { Permission } from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/transaction';
import { isoToDisplayDate } from '../../core/excel/excel-cells';
import { enumLabels, type ExcelColumn } from '../../core/excel/excel-columns';
import type { JobProgress } from '../../core/jobs/job.service';
import type { ImportKind } from './import-batch.entity';
import type { ImportRowAction } from './import-row.entity';

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

/** One kind of import (units, people): its columns, the permission it needs, and its rules. */
export interface ImportHandler {
  readonly kind: ImportKind;
  readonly permission: Permission;
  readonly columns: readonly ExcelColumn[];
  /**
   * Checks every row (cell problems already attached) against the database as the caller's open
   * transaction sees it (ADR 0012: the services read through it without being handed a manager).
   */
  plan(ctx: RequestContext, rows: SourceRow[], cellProblems: string[][]): Promise<ImportPlan>;
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
