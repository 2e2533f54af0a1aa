import type { ExcelColumn } from '../../core/excel/excel-columns';
import type { ImportKind } from './import-batch.entity';
import { PERSON_COLUMNS } from './person.columns';
import { UNIT_COLUMNS } from './unit.columns';

/** The template's columns of each kind of import: the template itself and the preview's headers. */
export const IMPORT_COLUMNS: Record<ImportKind, readonly ExcelColumn[]> = {
  UNITS: UNIT_COLUMNS,
  PEOPLE: PERSON_COLUMNS,
};
