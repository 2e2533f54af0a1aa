import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../core/context/request-context';
import { defineColumns, type ExcelColumn } from '../../core/excel/excel-columns';
import { pages } from '../../core/excel/excel-export';
import type {
  ExcelFileName,
  ExportDefinition,
  ImportHandler,
} from '../../core/excel/excel-registry';
import { writeSheet, writeTemplate } from '../../core/excel/excel-writer';
import type { ConnectionShape } from '../../core/graphql/connection';
import type { ImportBatchEntity } from './import-batch.entity';
import type { ImportRowEntity } from './import-row.entity';

export interface ExcelFile {
  buffer: Buffer;
  /** ASCII name and the Vietnamese one (Content-Disposition filename / filename*). */
  asciiName: string;
  name: string;
}

/** Today in Hà Nội (UTC+7, no daylight saving), for the names of files that are a snapshot. */
function stamp(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** "don-vi-2025-07-01.xlsx" / "Đơn vị 2025-07-01.xlsx". */
function dated(buffer: Buffer, file: ExcelFileName): ExcelFile {
  return {
    buffer,
    asciiName: `${file.ascii}-${stamp()}.xlsx`,
    name: `${file.name} ${stamp()}.xlsx`,
  };
}

/**
 * The files of every registered import and export (templates, rows with problems, lists), written
 * the same way whatever the kind: the handler or definition says what goes in them.
 */
@Injectable()
export class ExportsService {
  /**
   * The empty template of an import, its example row one the import accepts for this caller (the
   * handler's `templateExamples`: e.g. the caller's own unit where the row names one, or the plan
   * `params.planId` names).
   */
  async template(
    ctx: RequestContext,
    handler: ImportHandler,
    params: Readonly<Record<string, string>> = {},
  ): Promise<ExcelFile> {
    const examples = (await handler.templateExamples?.(ctx, params)) ?? {};
    const columns = handler.columns.map((column) =>
      column.key in examples ? { ...column, example: examples[column.key] } : column,
    );
    return {
      buffer: await writeTemplate(columns),
      asciiName: `mau-nhap-${handler.noun.ascii}.xlsx`,
      name: `Mẫu nhập ${handler.noun.name}.xlsx`,
    };
  }

  /**
   * The rows of a previewed file that cannot be imported, as the file had them, each with its Excel
   * row number first and what to fix last: officers correct them in Excel rather than copying the
   * messages off the screen. `load` pages the batch's INVALID rows (the caller checked the batch is
   * its own).
   */
  async problemsFile(
    batch: Pick<ImportBatchEntity, 'fileName'>,
    handler: ImportHandler,
    load: (after: string | null) => Promise<ConnectionShape<ImportRowEntity>>,
  ): Promise<ExcelFile> {
    const template = handler.columns;
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
    const buffer = await writeSheet({
      sheetName: 'Dòng có lỗi',
      title: `CÁC DÒNG CÓ LỖI — ${batch.fileName}`,
      columns,
      rows: rows(),
    });
    return dated(buffer, {
      ascii: `loi-nhap-${handler.noun.ascii}`,
      name: `Lỗi nhập ${handler.noun.name}`,
    });
  }

  /** A list as the definition reads it (the owner's scoped list, so exactly what the caller may read). */
  async listFile<F extends object>(
    ctx: RequestContext,
    definition: ExportDefinition<F>,
    filter: F,
  ): Promise<ExcelFile> {
    const buffer = await writeSheet({
      sheetName: definition.sheetName,
      title: definition.title,
      columns: definition.columns,
      rows: definition.rows(ctx, filter),
    });
    return dated(buffer, definition.fileName);
  }
}
