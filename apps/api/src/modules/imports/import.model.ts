import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import type { ExcelColumn } from '../../core/excel/excel-columns';
import { EXCEL_DECLARED } from '../../core/excel/excel-registry';
import { Connection, PageArgs } from '../../core/graphql/connection';
import { defineEnum } from '../../core/graphql/enums';
import type { JobEntity } from '../../core/jobs/job.entity';
import type { ImportBatchEntity, ImportKind, ImportStatus } from './import-batch.entity';
import type { ImportRowAction, ImportRowEntity } from './import-row.entity';

/**
 * One value per registered import ('UNITS', 'PEOPLE'…, described by its label): the owners fill these
 * objects as they register, before the schema is built (see EXCEL_DECLARED).
 */
export const ImportKindEnum = EXCEL_DECLARED.importKinds;
registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description: 'Loại dữ liệu nhập từ Excel.',
  valuesMap: EXCEL_DECLARED.importKindLabels,
});

export const ImportStatusEnum = defineEnum<ImportStatus>(
  'ImportStatus',
  {
    PREVIEW: 'Đang xem trước: chưa ghi gì',
    COMMITTING: 'Đang ghi dữ liệu',
    COMMITTED: 'Đã ghi dữ liệu',
    FAILED: 'Ghi dữ liệu thất bại: không có gì được ghi',
  },
  'Trạng thái một lần nhập dữ liệu từ Excel.',
);

export const ImportRowActionEnum = defineEnum<ImportRowAction>(
  'ImportRowAction',
  {
    CREATE: 'Thêm mới',
    UPDATE: 'Cập nhật',
    UNCHANGED: 'Không thay đổi',
    INVALID: 'Có lỗi, không ghi được',
  },
  'Việc sẽ làm với một dòng của tệp.',
);

@ObjectType({ description: 'Một dòng dữ liệu của tệp Excel và kết quả kiểm tra.' })
export class ImportRow {
  @Field(() => Int, { description: 'Số dòng trong Excel.' })
  rowNumber!: number;

  @Field(() => ImportRowActionEnum)
  action!: ImportRowAction;

  @Field(() => [String], {
    description:
      'Giá trị các ô theo thứ tự cột của tệp mẫu (`ImportBatch.columns`); ô không đọc được hiện đúng như trong tệp (xem problems).',
  })
  values!: string[];

  @Field(() => [String], { description: 'Các lỗi của dòng (tiếng Việt); rỗng nếu dòng hợp lệ.' })
  problems!: string[];
}

@ObjectType()
export class ImportRowConnection extends Connection(ImportRow, 'ImportRow') {}

@ObjectType({
  description:
    'Một lần nhập dữ liệu từ Excel: xem trước từng dòng, rồi ghi tất cả hoặc không gì cả.',
})
export class ImportBatch {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportKindEnum)
  kind!: ImportKind;

  @Field()
  fileName!: string;

  @Field(() => ImportStatusEnum)
  status!: ImportStatus;

  @Field(() => [String], {
    description: 'Tên các cột của tệp mẫu, theo thứ tự của `ImportRow.values`.',
  })
  columns!: string[];

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int, { description: 'Số dòng có lỗi (INVALID); phải bằng 0 mới ghi được.' })
  errorCount!: number;

  @Field(() => Int)
  createCount!: number;

  @Field(() => Int)
  updateCount!: number;

  @Field(() => Int)
  unchangedCount!: number;

  @Field()
  createdAt!: Date;

  jobId!: string | null;
  /** The job when the mutation already holds it (so the answer needs no second read). */
  jobEntity?: JobEntity | null;
}

/** `columns`: the import's own (its handler's), in the order of every row's values. */
export function toImportBatch(
  b: ImportBatchEntity,
  columns: readonly ExcelColumn[],
  job?: JobEntity | null,
): ImportBatch {
  return {
    id: b.id,
    kind: b.kind,
    fileName: b.fileName,
    status: b.status,
    columns: columns.map((c) => c.header),
    rowCount: b.rowCount,
    errorCount: b.errorCount,
    createCount: b.createCount,
    updateCount: b.updateCount,
    unchangedCount: b.unchangedCount,
    createdAt: b.createdAt,
    jobId: b.jobId,
    jobEntity: job,
  };
}

export function toImportRow(
  r: Pick<ImportRowEntity, 'rowNumber' | 'action' | 'cells' | 'problems'>,
): ImportRow {
  return { rowNumber: r.rowNumber, action: r.action, values: r.cells, problems: r.problems };
}

@ArgsType()
export class ImportRowsArgs extends PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Số dòng mỗi trang (1–100).' })
  override first = 50;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Chỉ các dòng có lỗi.',
  })
  @IsOptional()
  @IsBoolean({ message: 'onlyProblems phải là true/false.' })
  onlyProblems?: boolean | null = false;
}
