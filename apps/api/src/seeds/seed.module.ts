import { Module } from '@nestjs/common';
import { IdentityModule } from '../modules/identity/identity.module';
import { OrgModule } from '../modules/org/org.module';
import { BootService } from './boot.service';

@Module({
  imports: [OrgModule, IdentityModule],
  providers: [BootService],
  exports: [BootService],
})
export class SeedModule {}
