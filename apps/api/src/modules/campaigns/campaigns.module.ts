import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LegalModule } from '../legal/legal.module';
import { OrgModule } from '../org/org.module';
import { CampaignResolver } from './campaign.resolver';
import { CampaignService } from './campaign.service';
import { CAMPAIGN_ENTITIES } from './campaigns.entities';

/**
 * Campaigns (module `campaigns`, first part): kế hoạch thi đua drafts, citing the legal registry's
 * documents as căn cứ. Issuing, the cascade to subordinate units and registrations come later; so does
 * a restructuring participant (a draft stays with the unit that drafted it, and the successor's officers
 * reach it through the widened scope, ADR 0013).
 */
@Module({
  imports: [TypeOrmModule.forFeature(CAMPAIGN_ENTITIES), OrgModule, LegalModule],
  providers: [CampaignService, CampaignResolver],
  exports: [CampaignService],
})
export class CampaignsModule {}
