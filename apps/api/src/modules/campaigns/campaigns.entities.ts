import { CampaignAddresseeEntity } from './campaign-addressee.entity';
import { CampaignCovenantEntity, CampaignCovenantMemberEntity } from './campaign-covenant.entity';
import { CampaignDocumentBatchItemEntity } from './campaign-document-batch-item.entity';
import { CampaignPlanDocumentEntity } from './campaign-plan-document.entity';
import { CampaignPlanLegalBasisEntity } from './campaign-plan-legal-basis.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';
import {
  CampaignRegistrationCountEntity,
  CampaignRegistrationEntity,
} from './campaign-registration.entity';
import { CampaignReviewEntity } from './campaign-review.entity';
import { CongressDelegateEntity, CongressEntity } from './congress.entity';

export const CAMPAIGN_ENTITIES = [
  CampaignPlanEntity,
  CampaignPlanLegalBasisEntity,
  CampaignPlanDocumentEntity,
  CampaignDocumentBatchItemEntity,
  CampaignAddresseeEntity,
  CampaignRegistrationEntity,
  CampaignRegistrationCountEntity,
  CampaignReviewEntity,
  CampaignCovenantEntity,
  CampaignCovenantMemberEntity,
  CongressEntity,
  CongressDelegateEntity,
];
