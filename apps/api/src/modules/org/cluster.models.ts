import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { IsoDate } from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import type {
  ClusterEntity,
  ClusterKind,
  ClusterLeadershipEntity,
  ClusterMembershipEntity,
} from './cluster.entity';

export const CLUSTER_KIND_LABELS: Record<ClusterKind, string> = {
  CUM: 'Cụm thi đua (theo địa bàn)',
  KHOI: 'Khối thi đua (theo chức năng, lĩnh vực)',
};

export const ClusterKindEnum = defineEnum<ClusterKind>(
  'ClusterKind',
  CLUSTER_KIND_LABELS,
  'Cụm thi đua nhóm các đơn vị theo địa bàn; khối thi đua nhóm các đơn vị có chức năng, nhiệm vụ tương đồng.',
);

@ObjectType({
  description:
    'Cụm, khối thi đua do một cấp (tỉnh, bộ, ngành) tổ chức; thành viên và cụm trưởng, cụm phó thay đổi theo thời gian.',
})
export class Cluster {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Mã cụm, khối, duy nhất.' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => ClusterKindEnum)
  kind!: ClusterKind;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int)
  version!: number;

  /** Internal: resolves `organizer`. */
  organizerUnitId!: string;
}

@ObjectType()
export class ClusterConnection extends Connection(Cluster, 'Cluster') {}

@ObjectType({
  description:
    'Một đơn vị là thành viên cụm, khối trong một khoảng thời gian (từ ngày gia nhập đến trước ngày rời).',
})
export class ClusterMembership {
  @Field(() => ID)
  id!: string;

  @Field(() => DateOnly, { description: 'Ngày gia nhập.' })
  joinedOn!: IsoDate;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Ngày rời cụm, khối (không tính ngày này); null: đang là thành viên.',
  })
  leftOn!: IsoDate | null;

  /** Internal: resolves `unit`. */
  unitId!: string;

  /** Internal: the cluster. */
  clusterId!: string;
}

@ObjectType({
  description:
    'Cụm trưởng (khối trưởng) và cụm phó (khối phó) của một năm, luân phiên giữa các thành viên.',
})
export class ClusterLeadership {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  /** Internal: resolves `lead`. */
  leadUnitId!: string;

  /** Internal: resolves `deputy`. */
  deputyUnitId!: string | null;

  /** Internal: the cluster. */
  clusterId!: string;
}

export function toCluster(e: ClusterEntity): Cluster {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    kind: e.kind,
    description: e.description,
    version: e.version,
    organizerUnitId: e.organizerUnitId,
  };
}

export function toClusterMembership(e: ClusterMembershipEntity): ClusterMembership {
  return {
    id: e.id,
    joinedOn: e.joinedOn,
    leftOn: e.leftOn,
    unitId: e.unitId,
    clusterId: e.clusterId,
  };
}

export function toClusterLeadership(e: ClusterLeadershipEntity): ClusterLeadership {
  return {
    id: e.id,
    year: e.year,
    leadUnitId: e.leadUnitId,
    deputyUnitId: e.deputyUnitId,
    clusterId: e.clusterId,
  };
}
