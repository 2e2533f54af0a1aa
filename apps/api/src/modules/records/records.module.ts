import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExcelModule } from '../../core/excel/excel.module';
import { OrgModule } from '../org/org.module';
import { PeopleModule } from '../people/people.module';
import {
  AwardRecordExport,
  EvaluationExport,
  HoldExport,
  InitiativeExport,
} from './records-export';
import { AwardRecordImportHandler } from './award-record-import.handler';
import { EvaluationImportHandler } from './evaluation-import.handler';
import { RECORDS_ENTITIES } from './records.entities';
import { RecordsRestructuringParticipant } from './records-restructuring.participant';
import {
  AwardRecordFieldsResolver,
  EvaluationFieldsResolver,
  HoldFieldsResolver,
  InitiativeFieldsResolver,
  RecordsResolver,
} from './records.resolver';
import { RecordsService } from './records.service';

/**
 * Hồ sơ thành tích (issue 11): the facts the eligibility checks read. It sits below awards (which
 * reads them) and decisions (which writes award records when a decision is signed), so neither needs
 * the other (docs/architecture.md, "Where the code differs from the reference").
 */
@Module({
  imports: [TypeOrmModule.forFeature(RECORDS_ENTITIES), OrgModule, PeopleModule, ExcelModule],
  providers: [
    RecordsService,
    RecordsRestructuringParticipant,
    RecordsResolver,
    EvaluationFieldsResolver,
    AwardRecordFieldsResolver,
    InitiativeFieldsResolver,
    HoldFieldsResolver,
    EvaluationImportHandler,
    AwardRecordImportHandler,
    EvaluationExport,
    AwardRecordExport,
    InitiativeExport,
    HoldExport,
  ],
  exports: [RecordsService],
})
export class RecordsModule {}
