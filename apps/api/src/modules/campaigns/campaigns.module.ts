import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExcelModule } from '../../core/excel/excel.module';
import { JobsModule } from '../../core/jobs/jobs.module';
import { DocumentsModule } from '../documents/documents.module';
import { FilesModule } from '../files/files.module';
import { LegalModule } from '../legal/legal.module';
import { OrgModule } from '../org/org.module';
import { PeopleModule } from '../people/people.module';
import { CampaignAddresseeExport } from './campaign-addressee-export';
import { CampaignAddresseeRestructuringParticipant } from './campaign-addressee-restructuring.participant';
import { CampaignDocumentController } from './campaign-document.controller';
import { CampaignDocuments } from './campaign-document';
import { CampaignAmendmentService } from './campaign-amendment.service';
import { CampaignDocumentStore } from './campaign-document-store';
import {
  CampaignDocumentBatchItemResolver,
  CampaignDocumentResolver,
} from './campaign-document.resolver';
import { CampaignDocumentService } from './campaign-document.service';
import { CampaignLifecycleHooks } from './campaign-lifecycle.hooks';
import { CampaignLifecycleResolver } from './campaign-lifecycle.resolver';
import { CampaignLifecycleService } from './campaign-lifecycle.service';
import {
  CampaignAddressingResolver,
  CampaignCascadeGroupResolver,
  CampaignCascadeResolver,
  CampaignCascadeSummaryResolver,
  CampaignPlanCascadeResolver,
} from './campaign-cascade.resolver';
import { CampaignCascadeService } from './campaign-cascade.service';
import { CampaignCovenantResolver } from './campaign-covenant.resolver';
import { CampaignCovenantService } from './campaign-covenant.service';
import { CampaignParticipation } from './campaign-registration-access';
import { CampaignRegistrationExport } from './campaign-registration-export';
import { CampaignRegistrationImportHandler } from './campaign-registration-import.handler';
import { CampaignRegistrationRestructuringParticipant } from './campaign-registration-restructuring.participant';
import {
  CampaignRegistrationResolver,
  CampaignRegistrationRollupResolver,
} from './campaign-registration.resolver';
import { CampaignRegistrationService } from './campaign-registration.service';
import { CampaignReviewController } from './campaign-review.controller';
import { CampaignReviewFigureResolver, CampaignReviewResolver } from './campaign-review.resolver';
import { CampaignReviewService } from './campaign-review.service';
import { CampaignResolver } from './campaign.resolver';
import { CampaignService } from './campaign.service';
import { CAMPAIGN_ENTITIES } from './campaigns.entities';
import { CongressDelegateExport } from './congress-delegate-export';
import { CongressRestructuringParticipant } from './congress-restructuring.participant';
import {
  CongressDelegateResolver,
  CongressReferenceResolver,
  CongressResolver,
} from './congress.resolver';
import { CongressService } from './congress.service';

/**
 * Campaigns (module `campaigns`): kế hoạch thi đua drafts, citing the legal registry's documents as căn
 * cứ, submitted, returned and issued with a number of the issuer's register (DocumentsModule), and the
 * plan's .docx over REST. The cascade (CampaignCascadeService): an issued plan's addressees, their
 * inbox, answers, the issuer's table and reminders, its Excel export, and a restructuring participant
 * that hands an ended unit's open duty to its successor (a draft stays with the unit that drafted it,
 * and the successor's officers reach it through the widened scope, ADR 0013).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(CAMPAIGN_ENTITIES),
    OrgModule,
    LegalModule,
    DocumentsModule,
    PeopleModule,
    ExcelModule,
    FilesModule,
    JobsModule,
  ],
  controllers: [CampaignDocumentController, CampaignReviewController],
  providers: [
    CampaignService,
    CampaignResolver,
    CampaignDocuments,
    CampaignCascadeService,
    CampaignCascadeResolver,
    CampaignCascadeGroupResolver,
    CampaignCascadeSummaryResolver,
    CampaignAddressingResolver,
    CampaignPlanCascadeResolver,
    CampaignAddresseeExport,
    CampaignAddresseeRestructuringParticipant,
    CampaignParticipation,
    CampaignRegistrationService,
    CampaignRegistrationResolver,
    CampaignRegistrationRollupResolver,
    CampaignRegistrationImportHandler,
    CampaignRegistrationExport,
    CampaignRegistrationRestructuringParticipant,
    CampaignReviewService,
    CampaignReviewResolver,
    CampaignReviewFigureResolver,
    CampaignCovenantService,
    CampaignCovenantResolver,
    CongressService,
    CongressResolver,
    CongressReferenceResolver,
    CongressDelegateResolver,
    CongressDelegateExport,
    CongressRestructuringParticipant,
    // after issue: frozen documents, PDF, lifecycle, amendments (H2)
    CampaignDocumentStore,
    CampaignLifecycleHooks,
    CampaignDocumentService,
    CampaignDocumentResolver,
    CampaignDocumentBatchItemResolver,
    CampaignLifecycleService,
    CampaignAmendmentService,
    CampaignLifecycleResolver,
  ],
  // the demo loader (seeds/demo-campaigns, demo-campaign-activity) registers the seed plans' units,
  // runs their lifecycle, sends the units' reports, holds the congresses and records a giao ước
  exports: [
    CampaignService,
    CampaignCascadeService,
    CampaignRegistrationService,
    CampaignLifecycleService,
    CampaignReviewService,
    CongressService,
    CampaignCovenantService,
  ],
})
export class CampaignsModule {}
