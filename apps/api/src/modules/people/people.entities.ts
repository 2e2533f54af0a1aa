import { PersonEntity, PositionEntity } from './person.entity';

export const PEOPLE_ENTITIES = [PersonEntity, PositionEntity];
