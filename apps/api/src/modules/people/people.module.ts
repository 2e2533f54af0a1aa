import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExcelModule } from '../../core/excel/excel.module';
import { OrgModule } from '../org/org.module';
import { PeopleExport } from './people-export';
import { PeopleImportHandler } from './people-import.handler';
import { PEOPLE_ENTITIES } from './people.entities';
import { PeopleRestructuringParticipant } from './people-restructuring.participant';
import { PeopleResolver, PositionResolver, UnitPeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [TypeOrmModule.forFeature(PEOPLE_ENTITIES), OrgModule, ExcelModule],
  providers: [
    PeopleService,
    PeopleRestructuringParticipant,
    PeopleResolver,
    PositionResolver,
    UnitPeopleResolver,
    PeopleImportHandler,
    PeopleExport,
  ],
  exports: [PeopleService],
})
export class PeopleModule {}
