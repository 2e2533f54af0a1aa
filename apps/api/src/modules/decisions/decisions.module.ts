import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExcelModule } from '../../core/excel/excel.module';
import { JobsModule } from '../../core/jobs/jobs.module';
import { AwardsModule } from '../awards/awards.module';
import { CouncilsModule } from '../councils/councils.module';
import { DocumentsModule } from '../documents/documents.module';
import { FilesModule } from '../files/files.module';
import { LegalModule } from '../legal/legal.module';
import { OrgModule } from '../org/org.module';
import { PeopleModule } from '../people/people.module';
import { RecordsModule } from '../records/records.module';
import { AwardDecisionController } from './award-decision.controller';
import { AwardDecisionListExport, AwardDecisionRewardsExport } from './award-decision-export';
import { AwardDecisionFiles } from './award-decision-files.service';
import { AwardDecisionPublicService } from './award-decision-public.service';
import { AwardDecisionPublicResolver, AwardDecisionResolver } from './award-decision.resolver';
import { AwardDecisionService } from './award-decision.service';
import { decisionsConfig } from './decisions.config';
import { DECISION_ENTITIES } from './decisions.entities';

/**
 * Decisions (module `decisions`, issue 12; ADR 0022): quyết định khen thưởng drafted from a round's
 * nominations appraised "đạt" (read through module awards), issued with a number from module
 * documents' register, frozen as .docx in module files; each recipient's award written into its
 * history by module records at the issue, with its số sổ vàng and a certificate code; certificates
 * printed as a job; the reward list exported for the finance office; a public verification and lookup.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(DECISION_ENTITIES),
    OrgModule,
    PeopleModule,
    AwardsModule,
    CouncilsModule,
    LegalModule,
    RecordsModule,
    DocumentsModule,
    FilesModule,
    JobsModule,
    ExcelModule,
  ],
  controllers: [AwardDecisionController],
  providers: [
    { provide: decisionsConfig.KEY, useFactory: () => decisionsConfig.load() },
    AwardDecisionService,
    AwardDecisionFiles,
    AwardDecisionPublicService,
    AwardDecisionResolver,
    AwardDecisionPublicResolver,
    AwardDecisionRewardsExport,
    AwardDecisionListExport,
  ],
  exports: [AwardDecisionService],
})
export class DecisionsModule {}
