import { StoredFileEntity } from './stored-file.entity';

export const FILE_ENTITIES = [StoredFileEntity];
