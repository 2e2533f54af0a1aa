import { AwardKindEntity } from './award-kind.entity';
import { AwardRuleVersionEntity } from './award-rule-version.entity';
import { LegalDocumentEntity } from './legal-document.entity';
import { RuleParameterEntity } from './rule-parameter.entity';

export const LEGAL_ENTITIES = [
  LegalDocumentEntity,
  AwardKindEntity,
  AwardRuleVersionEntity,
  RuleParameterEntity,
];
