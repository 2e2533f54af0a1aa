import {
  AwardDecisionEntity,
  AwardDecisionRecipientEntity,
  AwardGoldBookEntity,
} from './award-decision.entity';

export const DECISION_ENTITIES = [
  AwardDecisionEntity,
  AwardDecisionRecipientEntity,
  AwardGoldBookEntity,
];
