import { Module } from '@nestjs/common';
import { AwardsModule } from '../modules/awards/awards.module';
import { CalendarModule } from '../modules/calendar/calendar.module';
import { CampaignsModule } from '../modules/campaigns/campaigns.module';
import { CouncilsModule } from '../modules/councils/councils.module';
import { DecisionsModule } from '../modules/decisions/decisions.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { LegalModule } from '../modules/legal/legal.module';
import { OrgModule } from '../modules/org/org.module';
import { PeopleModule } from '../modules/people/people.module';
import { RecordsModule } from '../modules/records/records.module';
import { BootService } from './boot.service';
import { DemoAwardsLoader } from './demo-awards.loader';
import { DemoCampaignActivityLoader } from './demo-campaign-activity.loader';
import { DemoCampaignLoader } from './demo-campaigns.loader';
import { DemoCouncilsLoader } from './demo-councils.loader';
import { DemoLoader } from './demo-loader';
import { DemoRecordsLoader } from './demo-records';

@Module({
  imports: [
    OrgModule,
    IdentityModule,
    PeopleModule,
    LegalModule,
    CampaignsModule,
    RecordsModule,
    AwardsModule,
    CalendarModule,
    CouncilsModule,
    DecisionsModule,
  ],
  providers: [
    BootService,
    DemoLoader,
    DemoCampaignLoader,
    DemoCampaignActivityLoader,
    DemoRecordsLoader,
    DemoAwardsLoader,
    DemoCouncilsLoader,
  ],
  exports: [BootService],
})
export class SeedModule {}
