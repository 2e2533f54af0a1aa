import { ClusterEntity, ClusterLeadershipEntity, ClusterMembershipEntity } from './cluster.entity';
import { RestructuringEntity } from './restructuring.entity';
import { UnitKindEntity } from './unit-kind.entity';
import { UnitLineageEntity } from './unit-lineage.entity';
import { UnitLinkEntity } from './unit-link.entity';
import { UnitVersionEntity } from './unit-version.entity';
import { UnitEntity } from './unit.entity';

export const ORG_ENTITIES = [
  UnitKindEntity,
  UnitEntity,
  UnitVersionEntity,
  RestructuringEntity,
  UnitLineageEntity,
  UnitLinkEntity,
  ClusterEntity,
  ClusterMembershipEntity,
  ClusterLeadershipEntity,
];
