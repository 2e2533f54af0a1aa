import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { FilesModule } from '../files/files.module';
import { LegalModule } from '../legal/legal.module';
import { OrgModule } from '../org/org.module';
import { PeopleModule } from '../people/people.module';
import { RecordsModule } from '../records/records.module';
import { AwardDossierController } from './award-dossier.controller';
import { AwardDossierResolver } from './award-dossier.resolver';
import { AwardDossierRoutingService } from './award-dossier-routing.service';
import { AwardDossierService } from './award-dossier.service';
import { AwardEligibilityService } from './award-eligibility';
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
  ],
  controllers: [AwardDossierController],
  providers: [
    AwardRoundService,
    AwardRoundResolver,
    AwardDossierService,
    AwardDossierRoutingService,
    AwardEligibilityService,
    AwardDossierResolver,
    AwardRestructuringParticipant,
  ],
  exports: [AwardRoundService, AwardDossierService, AwardDossierRoutingService],
})
export class AwardsModule {}
