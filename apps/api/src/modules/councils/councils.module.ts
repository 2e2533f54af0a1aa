import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AwardsModule } from '../awards/awards.module';
import { FilesModule } from '../files/files.module';
import { IdentityModule } from '../identity/identity.module';
import { OrgModule } from '../org/org.module';
import { PeopleModule } from '../people/people.module';
import { CouncilMinutesController, CouncilMinutesResolver } from './council-minutes.resolver';
import { CouncilMinutesService } from './council-minutes.service';
import { CouncilRestructuringParticipant } from './council-restructuring.participant';
import { CouncilSessionResolver } from './council-session.resolver';
import { CouncilSessionService } from './council-session.service';
import { CouncilSnapshots } from './council-snapshots';
import { CouncilUploadsController } from './council-uploads.controller';
import {
  CouncilSessionVotingResolver,
  CouncilVotingController,
  CouncilVotingResolver,
} from './council-voting.resolver';
import { CouncilVotingService } from './council-voting.service';
import { CouncilMemberResolver, CouncilResolver } from './council.resolver';
import { CouncilService } from './council.service';
import { COUNCIL_ENTITIES } from './councils.entities';

/**
 * Councils (module `councils`, issue 12, part 1): Hội đồng Thi đua - Khen thưởng per unit (and per
 * cụm/khối at its leading unit) with its composition over time, its sessions with the members on the
 * day, attendance, guests, the agenda taken from an award round's appraised nominees (read through
 * AwardDossierService), the quorum and the start; a restructuring participant. Part 2, the voting
 * (CouncilVotingService, ADR 0023): rounds, room codes, blind tokens, anonymous ballots, the signed
 * chain and its bundle, paper double entry, written opinions, tallies, the chair's tie pick. Part 3,
 * the close (CouncilMinutesService): each item's outcome, the biên bản họp and kiểm phiếu frozen, the
 * verdicts handed to module awards; the signature.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(COUNCIL_ENTITIES),
    OrgModule,
    PeopleModule,
    IdentityModule,
    AwardsModule,
    FilesModule,
  ],
  providers: [
    CouncilService,
    CouncilSnapshots,
    CouncilSessionService,
    CouncilResolver,
    CouncilMemberResolver,
    CouncilSessionResolver,
    CouncilRestructuringParticipant,
    CouncilVotingService,
    CouncilVotingResolver,
    CouncilSessionVotingResolver,
    // the close: outcomes, the minutes frozen, the dossiers told; the signature (ADR 0023)
    CouncilMinutesService,
    CouncilMinutesResolver,
  ],
  controllers: [CouncilVotingController, CouncilMinutesController, CouncilUploadsController],
  // the decisions cite the minutes of the session that passed their nominees
  exports: [CouncilService, CouncilSessionService, CouncilMinutesService],
})
export class CouncilsModule {}
