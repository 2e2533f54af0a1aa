import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { mapConnection } from '../../core/graphql/connection';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { OrgService } from './org.service';
import { Unit, UnitConnection, toUnit } from './unit.model';
import { UnitsArgs } from './units.args';

@Resolver(() => Unit)
export class OrgResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => UnitConnection, { description: 'Đơn vị trong phạm vi được xem, theo thứ tự cây.' })
  @RequirePermission('UNIT_READ')
  async units(@Ctx() ctx: RequestContext, @Args() args: UnitsArgs): Promise<UnitConnection> {
    return mapConnection(await this.org.list(ctx, args), toUnit);
  }

  @Query(() => Unit)
  @RequirePermission('UNIT_READ')
  async unit(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Unit> {
    return toUnit(await this.org.getVisible(ctx, id));
  }

  @ResolveField(() => Unit, { nullable: true, description: 'Đơn vị cấp trên (null nếu là gốc).' })
  async parent(@Parent() unit: Unit, @Context() gql: GraphqlContext): Promise<Unit | null> {
    if (!unit.parentId) return null;
    const parent = await gql.loaders.get(this.org.unitById).load(unit.parentId);
    return parent ? toUnit(parent) : null;
  }
}
