import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { IsoDate } from '@thidua/shared-domain';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import {
  AddClusterMemberInput,
  ClustersArgs,
  CreateClusterInput,
  EndClusterMembershipInput,
  SetClusterLeadershipInput,
  UpdateClusterInput,
} from './cluster.inputs';
import {
  Cluster,
  ClusterConnection,
  ClusterLeadership,
  ClusterMembership,
  toCluster,
  toClusterLeadership,
  toClusterMembership,
} from './cluster.models';
import { ClusterService, membersKey } from './cluster.service';
import { OrgService } from './org.service';
import { Unit, toUnit } from './unit.model';

@Resolver(() => Cluster)
export class ClusterResolver {
  constructor(
    private readonly service: ClusterService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => ClusterConnection, {
    description:
      'Cụm, khối thi đua do các đơn vị trong phạm vi được xem tổ chức: theo tên, hoặc theo mức khớp khi tìm kiếm.',
  })
  @RequirePermission('UNIT_READ')
  async clusters(
    @Ctx() ctx: RequestContext,
    @Args() args: ClustersArgs,
  ): Promise<ClusterConnection> {
    return mapConnection(await this.service.list(ctx, args), toCluster);
  }

  @Query(() => Cluster)
  @RequirePermission('UNIT_READ')
  async cluster(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Cluster> {
    return toCluster(await this.service.getVisible(ctx, id));
  }

  @Mutation(() => Cluster, {
    description: 'Lập cụm, khối thi đua do một đơn vị (tỉnh, bộ, ngành) tổ chức.',
  })
  @RequirePermission('CLUSTER_MANAGE')
  async createCluster(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateClusterInput,
  ): Promise<Cluster> {
    return toCluster(await this.tx.run(ctx, (tx) => this.service.create(tx, input)));
  }

  @Mutation(() => Cluster, {
    description: 'Sửa tên, mô tả cụm, khối (khóa lạc quan theo version).',
  })
  @RequirePermission('CLUSTER_MANAGE')
  async updateCluster(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateClusterInput,
  ): Promise<Cluster> {
    return toCluster(await this.tx.run(ctx, (tx) => this.service.update(tx, input)));
  }

  @Mutation(() => ClusterMembership, { description: 'Thêm đơn vị vào cụm, khối từ ngày gia nhập.' })
  @RequirePermission('CLUSTER_MANAGE')
  async addClusterMember(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddClusterMemberInput,
  ): Promise<ClusterMembership> {
    return toClusterMembership(await this.tx.run(ctx, (tx) => this.service.addMember(tx, input)));
  }

  @Mutation(() => ClusterMembership, {
    description: 'Đơn vị rời cụm, khối từ ngày leftOn (lịch sử thành viên được giữ).',
  })
  @RequirePermission('CLUSTER_MANAGE')
  async endClusterMembership(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EndClusterMembershipInput,
  ): Promise<ClusterMembership> {
    return toClusterMembership(
      await this.tx.run(ctx, (tx) => this.service.endMembership(tx, input)),
    );
  }

  @Mutation(() => ClusterLeadership, {
    description: 'Đặt cụm trưởng, cụm phó của một năm (thay thế nếu năm đó đã có).',
  })
  @RequirePermission('CLUSTER_MANAGE')
  async setClusterLeadership(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetClusterLeadershipInput,
  ): Promise<ClusterLeadership> {
    return toClusterLeadership(
      await this.tx.run(ctx, (tx) => this.service.setLeadership(tx, input)),
    );
  }

  @ResolveField(() => Unit, { description: 'Đơn vị tổ chức cụm, khối (cấp tỉnh, bộ, ngành).' })
  async organizer(cluster: Cluster, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(
        await gql.loaders.get(this.org.unitById).load(cluster.organizerUnitId),
        'Đơn vị',
        cluster.organizerUnitId,
      ),
    );
  }

  @ResolveField(() => [ClusterMembership], {
    description:
      'Thành viên tại ngày `asOf`; bỏ trống: mọi thành viên, hiện tại và trước đây. Xếp theo tên đơn vị.',
  })
  async members(
    @Parent() cluster: Cluster,
    @Context() gql: GraphqlContext,
    @Args('asOf', { type: () => DateOnly, nullable: true }) asOf?: IsoDate | null,
  ): Promise<ClusterMembership[]> {
    return (await gql.loaders.get(this.service.membersOf).load(membersKey(cluster.id, asOf))).map(
      toClusterMembership,
    );
  }

  @ResolveField(() => [ClusterLeadership], {
    description: 'Cụm trưởng, cụm phó theo năm, năm gần nhất trước.',
  })
  async leaderships(
    cluster: Cluster,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<ClusterLeadership[]> {
    return (await gql.loaders.get(this.service.leadershipsOf).load(cluster.id)).map(
      toClusterLeadership,
    );
  }

  @ResolveField(() => Int, { description: 'Số thành viên hiện tại (hôm nay).' })
  memberCount(cluster: Cluster, _args: NoArgs, gql: GraphqlContext): Promise<number> {
    return gql.loaders.get(this.service.memberCount).load(cluster.id);
  }
}

@Resolver(() => ClusterMembership)
export class ClusterMembershipResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Unit)
  async unit(m: ClusterMembership, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(m.unitId), 'Đơn vị', m.unitId),
    );
  }
}

@Resolver(() => ClusterLeadership)
export class ClusterLeadershipResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Unit, { description: 'Cụm trưởng (khối trưởng).' })
  async lead(l: ClusterLeadership, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(l.leadUnitId), 'Đơn vị', l.leadUnitId),
    );
  }

  @ResolveField(() => Unit, { nullable: true, description: 'Cụm phó (khối phó).' })
  async deputy(l: ClusterLeadership, _args: NoArgs, gql: GraphqlContext): Promise<Unit | null> {
    if (!l.deputyUnitId) return null;
    const unit = await gql.loaders.get(this.org.unitById).load(l.deputyUnitId);
    return unit ? toUnit(unit) : null;
  }
}
