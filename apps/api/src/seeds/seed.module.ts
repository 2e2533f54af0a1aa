import { Module } from '@nestjs/common';
import { IdentityModule } from '../modules/identity/identity.module';
import { LegalModule } from '../modules/legal/legal.module';
import { OrgModule } from '../modules/org/org.module';
import { PeopleModule } from '../modules/people/people.module';
import { BootService } from './boot.service';
import { DemoLoader } from './demo-loader';

@Module({
  imports: [OrgModule, IdentityModule, PeopleModule, LegalModule],
  providers: [BootService, DemoLoader],
  exports: [BootService],
})
export class SeedModule {}
