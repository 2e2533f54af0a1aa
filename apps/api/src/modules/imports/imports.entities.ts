import { ImportBatchEntity } from './import-batch.entity';
import { ImportRowEntity } from './import-row.entity';

export const IMPORT_ENTITIES = [ImportBatchEntity, ImportRowEntity];
