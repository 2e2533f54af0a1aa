import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { FilesModule } from '../files/files.module';
import { OrgModule } from '../org/org.module';
import { PeopleModule } from '../people/people.module';
import { AwardDossierController } from './award-dossier.controller';
import { AwardDossierResolver } from './award-dossier.resolver';
import { AwardDossierRoutingService } from './award-dossier-routing.service';
import { AwardDossierService } from './award-dossier.service';
import { AwardRestructuringParticipant } from './award-restructuring.participant';
import { AwardRoundResolver } from './award-round.resolver';
import { AwardRoundService } from './award-round.service';
import { AWARD_ENTITIES } from './awards.entities';

/**
 * Awards (module `awards`, issue 11): award rounds (đợt xét khen thưởng) opened by the receiving unit,
 * from a campaign's award plan (read through CampaignService) or for a year's công trạng, đột xuất,
 * quá trình cống hiến; dossiers per round and proposing unit with nominees and documents (stored by
 * the files module); their routing between the proposing and the receiving unit, with an append-only
 * history; escalation to a higher round; a restructuring participant. The eligibility verdicts
 * (module legal's rules over module records' facts) and the working-day deadlines (module calendar)
 * plug in here once those modules land (docs/adr/0020).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(AWARD_ENTITIES),
    OrgModule,
    PeopleModule,
    FilesModule,
    CampaignsModule,
  ],
  controllers: [AwardDossierController],
  providers: [
    AwardRoundService,
    AwardRoundResolver,
    AwardDossierService,
    AwardDossierRoutingService,
    AwardDossierResolver,
    AwardRestructuringParticipant,
  ],
  exports: [AwardRoundService, AwardDossierService, AwardDossierRoutingService],
})
export class AwardsModule {}
