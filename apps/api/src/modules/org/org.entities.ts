import { UnitEntity } from './unit.entity';

export const ORG_ENTITIES = [UnitEntity];
