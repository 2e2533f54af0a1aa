import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClusterRestructuringParticipant } from './cluster-restructuring.participant';
import {
  ClusterLeadershipResolver,
  ClusterMembershipResolver,
  ClusterResolver,
} from './cluster.resolver';
import { ClusterService } from './cluster.service';
import { OrgResolver, UnitConnectionResolver } from './org.resolver';
import { OrgService } from './org.service';
import { ORG_ENTITIES } from './org.entities';
import { RestructuringParticipants } from './restructuring-participants';
import {
  LineageLinkResolver,
  RestructuringResolver,
  UnitLinkResolver,
  UnitVersionResolver,
} from './restructuring.resolver';
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
    UnitConnectionResolver,
    RestructuringResolver,
    LineageLinkResolver,
    UnitVersionResolver,
    UnitLinkResolver,
    ClusterService,
    ClusterResolver,
    ClusterMembershipResolver,
    ClusterLeadershipResolver,
    ClusterRestructuringParticipant,
  ],
  exports: [
    OrgService,
    UnitKindService,
    RestructuringService,
    RestructuringParticipants,
    ClusterService,
  ],
})
export class OrgModule {}
