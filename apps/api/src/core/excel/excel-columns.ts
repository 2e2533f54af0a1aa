import { foldVietnamese } from '@thidua/shared-domain';

/** How a column's cells are read and written. */
export type ExcelColumnType = 'text' | 'date' | 'boolean' | 'integer' | 'enum';

/**
 * One column of an import/export sheet. Modules declare their columns once (with `defineColumns`) and
 * use the same list for the template, the export and the import, so the three always agree.
 */
export interface ExcelColumn<K extends string = string> {
  /** The property name in `values` (reader) and in the row objects (writer). */
  readonly key: K;
  /** The Vietnamese header shown in Excel: "Tên đơn vị". */
  readonly header: string;
  /** Other headers accepted on import ("Tên", "Ten don vi" is matched anyway). */
  readonly aliases?: readonly string[];
  readonly type: ExcelColumnType;
  /** A blank cell is a problem (booleans: blank means "Không", so never blank). */
  readonly required?: boolean;
  /** Text only: longest accepted value, in characters. */
  readonly maxLength?: number;
  /** Enum only: Vietnamese label → stored code. Cells may hold the label or the code, accents ignored. */
  readonly enumValues?: Readonly<Record<string, string>>;
  /** Excel column width in characters. */
  readonly width?: number;
  /** The value of the template's example row, as a user would type it: "15/08/1990", "Có", "Tỉnh". */
  readonly example?: string;
}

/** What the reader returns for a cell of each type. Dates are ISO "yyyy-mm-dd" strings (no time zone). */
export interface ExcelValueByType {
  text: string;
  date: string;
  boolean: boolean;
  integer: number;
  enum: string;
}

export type ColumnKey<C extends readonly ExcelColumn[]> = C[number]['key'];

/** The values of one read row, typed from the column list when it was declared with `defineColumns`. */
export type ExcelRowValues<C extends readonly ExcelColumn[]> = {
  [Col in C[number] as Col['key']]: ExcelValueByType[Col['type']] | null;
};

/** What the writer accepts: dates as `Date` or "yyyy-mm-dd", enums as codes, booleans as booleans. */
export type ExcelInputValue = string | number | boolean | Date | null | undefined;

export type ExcelWriteRow<C extends readonly ExcelColumn[]> = {
  [Col in C[number] as Col['key']]?: ExcelInputValue;
};

/** Folds a header for matching: accents, case, spacing and a trailing "*" / "(*)" / ":" are ignored. */
export function foldHeader(text: string): string {
  return foldVietnamese(text)
    .replace(/\s*(\(\*\)|\*|:)\s*$/, '')
    .trim();
}

/** Folds an enum label or code for matching. */
export function foldEnumValue(text: string): string {
  return foldVietnamese(text);
}

/**
 * Checks a column list once, when the module loads (a mistake here is a programming error, so this
 * throws a plain Error): unique keys, headers and aliases that stay distinct after folding, enum labels
 * that do not collide. Returns the list unchanged, with its literal types, so `readSheet` and
 * `writeSheet` can type the row values.
 */
export function defineColumns<const C extends readonly ExcelColumn[]>(columns: C): C {
  const keys = new Set<string>();
  const headers = new Map<string, string>();
  for (const column of columns) {
    if (!column.key) throw new Error('Excel column without a key.');
    if (keys.has(column.key))
      throw new Error(`Excel column key "${column.key}" is declared twice.`);
    keys.add(column.key);
    for (const header of [column.header, ...(column.aliases ?? [])]) {
      const folded = foldHeader(header);
      if (!folded) throw new Error(`Excel column "${column.key}" has an empty header or alias.`);
      const owner = headers.get(folded);
      if (owner !== undefined && owner !== column.key) {
        throw new Error(`Excel header "${header}" matches both "${owner}" and "${column.key}".`);
      }
      headers.set(folded, column.key);
    }
    if (column.type === 'enum') enumLookup(column);
    if (
      column.maxLength !== undefined &&
      !(Number.isInteger(column.maxLength) && column.maxLength > 0)
    ) {
      throw new Error(`Excel column "${column.key}" has an invalid maxLength.`);
    }
  }
  return columns;
}

/** Folded label or code → code. Throws when the column's labels/codes are ambiguous once folded. */
export function enumLookup(column: ExcelColumn): Map<string, string> {
  const entries = Object.entries(column.enumValues ?? {});
  if (entries.length === 0) throw new Error(`Excel enum column "${column.key}" has no enumValues.`);
  const lookup = new Map<string, string>();
  const add = (text: string, code: string): void => {
    const folded = foldEnumValue(text);
    const existing = lookup.get(folded);
    if (existing !== undefined && existing !== code) {
      throw new Error(
        `Excel enum column "${column.key}": "${text}" means both "${existing}" and "${code}".`,
      );
    }
    lookup.set(folded, code);
  };
  for (const [label, code] of entries) add(label, code);
  for (const [, code] of entries) add(code, code);
  return lookup;
}

/** An enum's `{ CODE: 'Nhãn' }` turned round into an enum column's `enumValues` (label → code). */
export function labelsToCodes<K extends string>(values: Record<K, string>): Record<string, K> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [v, k])) as Record<string, K>;
}

/** Code → the first label declared for it (what the writer shows). */
export function enumLabels(column: ExcelColumn): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [label, code] of Object.entries(column.enumValues ?? {})) {
    if (!labels.has(code)) labels.set(code, label);
  }
  return labels;
}

/** The accepted labels, for messages and the guide sheet. */
export function enumLabelList(column: ExcelColumn): string[] {
  return Object.keys(column.enumValues ?? {});
}

/** Vietnamese description of a column's format, for the "Hướng dẫn" sheet. */
export function describeFormat(column: ExcelColumn): string {
  switch (column.type) {
    case 'text':
      return column.maxLength ? `Văn bản, tối đa ${column.maxLength} ký tự` : 'Văn bản';
    case 'date':
      return 'Ngày, dạng dd/mm/yyyy (ví dụ 05/03/2025)';
    case 'boolean':
      return 'Có hoặc Không ("x" là Có, để trống là Không)';
    case 'integer':
      return 'Số nguyên';
    case 'enum':
      return 'Một giá trị trong danh sách';
  }
}

/** The template's example value when the column declares none. */
export function defaultExample(column: ExcelColumn): string {
  if (column.example !== undefined) return column.example;
  switch (column.type) {
    case 'date':
      return '15/08/1990';
    case 'boolean':
      return 'Có';
    case 'integer':
      return '1';
    case 'enum':
      return enumLabelList(column)[0] ?? '';
    case 'text':
      return '';
  }
}
