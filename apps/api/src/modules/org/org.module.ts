import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgResolver } from './org.resolver';
import { OrgService } from './org.service';
import { ORG_ENTITIES } from './org.entities';
import { RestructuringParticipants } from './restructuring-participants';
import { LineageLinkResolver, RestructuringResolver, UnitLinkResolver, UnitVersionResolver } from './restructuring.resolver';
import { RestructuringService } from './restructuring.service';
import { UnitKindResolver } from './unit-kind.resolver';
import { UnitKindService } from './unit-kind.service';

@Module({
  imports: [TypeOrmModule.forFeature(ORG_ENTITIES)],
  providers: [
    UnitKindService,
    OrgService,
    RestructuringParticipants,
    RestructuringService,
    UnitKindResolver,
    OrgResolver,
    RestructuringResolver,
    LineageLinkResolver,
    UnitVersionResolver,
    UnitLinkResolver,
  ],
  exports: [OrgService, UnitKindService, RestructuringService, RestructuringParticipants],
})
export class OrgModule {}
