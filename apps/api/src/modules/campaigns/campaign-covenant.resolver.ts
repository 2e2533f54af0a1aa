import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { mapConnection } from '../../core/graphql/connection';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { Cluster, toCluster } from '../org/cluster.models';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import {
  CampaignCovenantsArgs,
  CreateCampaignCovenantInput,
  DeleteCampaignCovenantInput,
  UpdateCampaignCovenantInput,
} from './campaign-covenant.inputs';
import {
  CampaignCovenant,
  CampaignCovenantConnection,
  toCampaignCovenant,
} from './campaign-covenant.models';
import { CampaignCovenantService } from './campaign-covenant.service';

@Resolver(() => CampaignCovenant)
export class CampaignCovenantResolver {
  constructor(
    private readonly service: CampaignCovenantService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => CampaignCovenantConnection, {
    description:
      'Giao ước thi đua của các cụm, khối theo một kế hoạch: người xem của đơn vị ban hành thấy mọi giao ước, người xem khác thấy giao ước đơn vị mình đã ký.',
  })
  @RequirePermission('CAMPAIGN_READ')
  async campaignCovenants(
    @Ctx() ctx: RequestContext,
    @Args() args: CampaignCovenantsArgs,
  ): Promise<CampaignCovenantConnection> {
    return mapConnection(
      await this.service.list(ctx, args.planId, { first: args.first, after: args.after }),
      toCampaignCovenant,
    );
  }

  @Mutation(() => CampaignCovenant, {
    description:
      'Ghi nhận giao ước thi đua của một cụm, khối theo kế hoạch đã ban hành; đơn vị ký mặc định là thành viên cụm, khối vào ngày ký (CAMPAIGN_MANAGE tại đơn vị ban hành kế hoạch hoặc cụm trưởng, khối trưởng năm đó).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async createCampaignCovenant(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCampaignCovenantInput,
  ): Promise<CampaignCovenant> {
    return toCampaignCovenant(
      await this.tx.run(ctx, (tx) =>
        this.service.create(tx, input.planId, input.clusterId, {
          signedOn: input.signedOn,
          place: input.place,
          content: input.content,
          memberUnitIds: input.memberUnitIds,
        }),
      ),
    );
  }

  @Mutation(() => CampaignCovenant, {
    description: 'Sửa giao ước thi đua (khóa lạc quan theo version).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async updateCampaignCovenant(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCampaignCovenantInput,
  ): Promise<CampaignCovenant> {
    return toCampaignCovenant(
      await this.tx.run(ctx, async (tx) => {
        const row = await this.service.update(tx, input.id, input.version, {
          signedOn: input.signedOn,
          place: input.place,
          content: input.content,
          memberUnitIds: input.memberUnitIds,
        });
        // a save that changed nothing has nothing to record
        if (tx.auditCount === 0) tx.skipAudit();
        return row;
      }),
    );
  }

  @Mutation(() => ID, { description: 'Xóa một giao ước thi đua ghi nhầm; trả về id đã xóa.' })
  @RequirePermission('CAMPAIGN_MANAGE')
  async deleteCampaignCovenant(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DeleteCampaignCovenantInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.service.delete(tx, input.id, input.version));
    return input.id;
  }

  @ResolveField(() => Cluster, { nullable: true, description: 'Cụm, khối thi đua ký giao ước.' })
  async cluster(c: CampaignCovenant, _args: NoArgs, gql: GraphqlContext): Promise<Cluster | null> {
    const cluster = await gql.loaders.get(this.service.clusterOf).load(c.id);
    return cluster ? toCluster(cluster) : null;
  }

  @ResolveField(() => [Unit], {
    complexity: 5,
    description: 'Các đơn vị ký giao ước.',
  })
  async members(c: CampaignCovenant, _args: NoArgs, gql: GraphqlContext): Promise<Unit[]> {
    const ids = await gql.loaders.get(this.service.memberIdsOf).load(c.id);
    const units = await Promise.all(ids.map((id) => gql.loaders.get(this.org.unitById).load(id)));
    return units
      .flatMap((u) => (u ? [toUnit(u)] : []))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }
}
