import { AwardRecordEntity } from './award-record.entity';
import { EvaluationEntity } from './evaluation.entity';
import { HoldEntity } from './hold.entity';
import { InitiativeEntity } from './initiative.entity';

export const RECORDS_ENTITIES = [EvaluationEntity, AwardRecordEntity, InitiativeEntity, HoldEntity];
