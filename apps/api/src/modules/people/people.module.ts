import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgModule } from '../org/org.module';
import { PEOPLE_ENTITIES } from './people.entities';
import { PeopleRestructuringParticipant } from './people-restructuring.participant';
import { PeopleResolver, PositionResolver, UnitPeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [TypeOrmModule.forFeature(PEOPLE_ENTITIES), OrgModule],
  providers: [
    PeopleService,
    PeopleRestructuringParticipant,
    PeopleResolver,
    PositionResolver,
    UnitPeopleResolver,
  ],
  exports: [PeopleService],
})
export class PeopleModule {}
