import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExcelModule } from '../../core/excel/excel.module';
import { ClusterExport } from './cluster-export';
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
import { UnitExport } from './unit-export';
import { UnitImportHandler } from './unit-import.handler';

@Module({
  imports: [TypeOrmModule.forFeature(ORG_ENTITIES), ExcelModule],
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
    UnitImportHandler,
    UnitExport,
    ClusterExport,
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
