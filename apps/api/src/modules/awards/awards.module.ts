import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../../core/jobs/jobs.module';
import { ExcelModule } from '../../core/excel/excel.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { DocumentsModule } from '../documents/documents.module';
import { FilesModule } from '../files/files.module';
import { LegalModule } from '../legal/legal.module';
import { OrgModule } from '../org/org.module';
import { PeopleModule } from '../people/people.module';
import { RecordsModule } from '../records/records.module';
import { AwardAppraisalResolver, AwardAppraisalService } from './award-appraisal';
import {
  AwardBatchResolver,
  AwardDossierBatchFields,
  AwardRoundBatchFields,
  AwardRoundCountersResolver,
} from './award-batch.resolver';
import { AwardBatchService } from './award-batch.service';
import { AwardCountersService } from './award-counters.service';
import { AwardDocumentController } from './award-document.controller';
import { AwardDocumentPdfs } from './award-document-pdfs';
import { AwardDossierController } from './award-dossier.controller';
import { AwardDraftingResolver, AwardNominationReportResolver } from './award-drafting.resolver';
import { AwardDraftingService } from './award-drafting.service';
import { AwardPackageService } from './award-package';
import { AwardNomineeExport } from './award-nominee-export';
import { AwardDossierResolver } from './award-dossier.resolver';
import { AwardDossierRoutingService } from './award-dossier-routing.service';
import { AwardDossierService } from './award-dossier.service';
import { AwardEligibilityService } from './award-eligibility';
import { AwardDossierNoticeResolver, AwardNoticeResolver } from './award-notice.resolver';
import { AwardNoticeService } from './award-notice.service';
import { AwardRestructuringParticipant } from './award-restructuring.participant';
import { AwardRoundResolver } from './award-round.resolver';
import { AwardRoundService } from './award-round.service';
import { AWARD_ENTITIES } from './awards.entities';

/**
 * Awards (module `awards`, issue 11): award rounds (đợt xét khen thưởng) opened by the receiving unit,
 * from a campaign's award plan (read through CampaignService) or for a year's công trạng, đột xuất,
 * quá trình cống hiến; dossiers per round and proposing unit with nominees and documents (stored by
 * the files module); their routing between the proposing and the receiving unit, with an append-only
 * history; escalation to a higher round; a restructuring participant. Each nominee is judged by module
 * legal's rules over module records' facts (AwardEligibilityService; the sáng kiến cited are locked in
 * records at the send) and the routing's clocks count on module calendar's working days (ADR 0019).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(AWARD_ENTITIES),
    OrgModule,
    PeopleModule,
    FilesModule,
    CampaignsModule,
    LegalModule,
    RecordsModule,
    CalendarModule,
    DocumentsModule,
    JobsModule,
    ExcelModule,
  ],
  controllers: [AwardDossierController, AwardDocumentController],
  providers: [
    AwardRoundService,
    AwardRoundResolver,
    AwardDossierService,
    AwardDossierRoutingService,
    AwardEligibilityService,
    AwardNoticeService,
    AwardDossierResolver,
    AwardNoticeResolver,
    AwardDossierNoticeResolver,
    AwardRestructuringParticipant,
    AwardBatchService,
    AwardCountersService,
    AwardBatchResolver,
    AwardRoundCountersResolver,
    AwardRoundBatchFields,
    AwardDossierBatchFields,
    AwardAppraisalService,
    AwardAppraisalResolver,
    AwardNomineeExport,
    // the documents a dossier drafts itself, frozen at the send, and the e-dossier package (ADR 0020)
    AwardDocumentPdfs,
    AwardDraftingService,
    AwardDraftingResolver,
    AwardNominationReportResolver,
    AwardPackageService,
  ],
  exports: [
    AwardRoundService,
    AwardDossierService,
    AwardDossierRoutingService,
    // the demo signs off drafted reports and publishes a dossier's list (seeds/demo-awards.loader.ts)
    AwardDraftingService,
    AwardNoticeService,
  ],
})
export class AwardsModule {}
