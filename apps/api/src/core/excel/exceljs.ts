import type * as ExcelJs from 'exceljs';

/**
 * exceljs, loaded the first time a workbook is read or written: requiring it took 298 ms in a fresh
 * Node process (its dependency tree: jszip, archiver, saxes, dayjs…), paid at every start of the
 * API and of every integration test file, though only imports, exports and templates use it.
 */
let loaded: Promise<typeof ExcelJs> | null = null;

export function exceljs(): Promise<typeof ExcelJs> {
  return (loaded ??= import('exceljs'));
}
