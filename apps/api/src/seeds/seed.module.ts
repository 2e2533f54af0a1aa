import { Module } from '@nestjs/common';
import { CampaignsModule } from '../modules/campaigns/campaigns.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { LegalModule } from '../modules/legal/legal.module';
import { OrgModule } from '../modules/org/org.module';
import { PeopleModule } from '../modules/people/people.module';
import { BootService } from './boot.service';
import { DemoCampaignLoader } from './demo-campaigns.loader';
import { DemoLoader } from './demo-loader';

@Module({
  imports: [OrgModule, IdentityModule, PeopleModule, LegalModule, CampaignsModule],
  providers: [BootService, DemoLoader, DemoCampaignLoader],
  exports: [BootService],
})
export class SeedModule {}
