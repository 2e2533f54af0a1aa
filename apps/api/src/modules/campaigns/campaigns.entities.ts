import { CampaignPlanLegalBasisEntity } from './campaign-plan-legal-basis.entity';
import { CampaignPlanEntity } from './campaign-plan.entity';

export const CAMPAIGN_ENTITIES = [CampaignPlanEntity, CampaignPlanLegalBasisEntity];
