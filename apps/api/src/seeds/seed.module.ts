import { Module } from '@nestjs/common';
import { CampaignsModule } from '../modules/campaigns/campaigns.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { LegalModule } from '../modules/legal/legal.module';
import { OrgModule } from '../modules/org/org.module';
import { PeopleModule } from '../modules/people/people.module';
import { RecordsModule } from '../modules/records/records.module';
import { BootService } from './boot.service';
import { DemoCampaignActivityLoader } from './demo-campaign-activity.loader';
import { DemoCampaignLoader } from './demo-campaigns.loader';
import { DemoLoader } from './demo-loader';
import { DemoRecordsLoader } from './demo-records';

@Module({
  imports: [OrgModule, IdentityModule, PeopleModule, LegalModule, CampaignsModule, RecordsModule],
  providers: [
    BootService,
    DemoLoader,
    DemoCampaignLoader,
    DemoCampaignActivityLoader,
    DemoRecordsLoader,
  ],
  exports: [BootService],
})
export class SeedModule {}
