import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { CreateUnitKindInput, UpdateUnitKindInput } from './org.inputs';
import { UnitKindService } from './unit-kind.service';
import { UnitKind, toUnitKind } from './unit.model';

@Resolver(() => UnitKind)
export class UnitKindResolver {
  constructor(
    private readonly kinds: UnitKindService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => [UnitKind], { description: 'Danh mục loại đơn vị, theo hệ thống và thứ tự.' })
  @RequirePermission('UNIT_READ')
  async unitKinds(): Promise<UnitKind[]> {
    return (await this.kinds.list()).map(toUnitKind);
  }

  @Mutation(() => UnitKind, {
    description: 'Thêm loại đơn vị vào danh mục (quản trị toàn hệ thống).',
  })
  @RequirePermission('UNIT_MANAGE')
  async createUnitKind(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateUnitKindInput,
  ): Promise<UnitKind> {
    this.requireGlobal(ctx);
    return toUnitKind(await this.tx.run(ctx, (tx) => this.kinds.create(tx, input)));
  }

  @Mutation(() => UnitKind, {
    description: 'Sửa loại đơn vị do quản trị thêm (loại của hệ thống không sửa được).',
  })
  @RequirePermission('UNIT_MANAGE')
  async updateUnitKind(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateUnitKindInput,
  ): Promise<UnitKind> {
    this.requireGlobal(ctx);
    const { id, version, ...data } = input;
    return toUnitKind(await this.tx.run(ctx, (tx) => this.kinds.update(tx, id, version, data)));
  }

  /** The catalog is shared by every unit: only a global UNIT_MANAGE grant may change it. */
  private requireGlobal(ctx: RequestContext): void {
    if (ctx.actor.scope('UNIT_MANAGE').kind !== 'all') {
      throw AppError.forbidden('Chỉ quản trị toàn hệ thống được sửa danh mục loại đơn vị.');
    }
  }
}
