import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '../documents/documents.module';
import { LegalModule } from '../legal/legal.module';
import { OrgModule } from '../org/org.module';
import { CampaignDocumentController } from './campaign-document.controller';
import { CampaignDocuments } from './campaign-document';
import { CampaignResolver } from './campaign.resolver';
import { CampaignService } from './campaign.service';
import { CAMPAIGN_ENTITIES } from './campaigns.entities';

/**
 * Campaigns (module `campaigns`): kế hoạch thi đua drafts, citing the legal registry's documents as căn
 * cứ, submitted, returned and issued with a number of the issuer's register (DocumentsModule), and the
 * plan's .docx over REST. The PDF, the cascade to subordinate units and registrations come later; so does
 * a restructuring participant (a draft stays with the unit that drafted it, and the successor's officers
 * reach it through the widened scope, ADR 0013).
 */
@Module({
  imports: [TypeOrmModule.forFeature(CAMPAIGN_ENTITIES), OrgModule, LegalModule, DocumentsModule],
  controllers: [CampaignDocumentController],
  providers: [CampaignService, CampaignResolver, CampaignDocuments],
  exports: [CampaignService],
})
export class CampaignsModule {}
