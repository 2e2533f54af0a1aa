import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import {
  DissolveUnitInput,
  MergeUnitsInput,
  MoveUnitInput,
  RenameUnitInput,
  RestructuringsArgs,
  SplitUnitInput,
} from './org.inputs';
import { OrgService } from './org.service';
import {
  LineageLink,
  Restructuring,
  RestructuringConnection,
  RestructuringPreview,
  UnitLink,
  UnitVersion,
  toPreview,
  toRestructuring,
} from './restructuring.model';
import { RestructuringService, type RestructuringOutcome } from './restructuring.service';
import { Unit, toUnit } from './unit.model';
import type { UnitEntity } from './unit.entity';

@Resolver(() => Restructuring)
export class RestructuringResolver {
  constructor(
    private readonly restructuring: RestructuringService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => RestructuringConnection, {
    description: 'Các quyết định sắp xếp liên quan đơn vị trong phạm vi, mới nhất trước.',
  })
  @RequirePermission('UNIT_READ')
  async restructurings(
    @Ctx() ctx: RequestContext,
    @Args() args: RestructuringsArgs,
  ): Promise<RestructuringConnection> {
    return mapConnection(await this.restructuring.list(ctx, args), toRestructuring);
  }

  @Query(() => RestructuringPreview, { description: 'Xem trước việc đổi tên (không ghi gì).' })
  @RequirePermission('UNIT_RESTRUCTURE')
  previewRenameUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RenameUnitInput,
  ): Promise<RestructuringPreview> {
    return this.preview(ctx, (tx) => this.restructuring.rename(tx, input));
  }

  @Query(() => RestructuringPreview, {
    description: 'Xem trước việc chuyển đơn vị cấp trên (không ghi gì).',
  })
  @RequirePermission('UNIT_RESTRUCTURE')
  previewMoveUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MoveUnitInput,
  ): Promise<RestructuringPreview> {
    return this.preview(ctx, (tx) => this.restructuring.move(tx, input));
  }

  @Query(() => RestructuringPreview, {
    description: 'Xem trước việc sáp nhập, hợp nhất (không ghi gì).',
  })
  @RequirePermission('UNIT_RESTRUCTURE')
  previewMergeUnits(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MergeUnitsInput,
  ): Promise<RestructuringPreview> {
    return this.preview(ctx, (tx) => this.restructuring.merge(tx, input));
  }

  @Query(() => RestructuringPreview, { description: 'Xem trước việc chia tách (không ghi gì).' })
  @RequirePermission('UNIT_RESTRUCTURE')
  previewSplitUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SplitUnitInput,
  ): Promise<RestructuringPreview> {
    return this.preview(ctx, (tx) => this.restructuring.split(tx, input));
  }

  @Query(() => RestructuringPreview, { description: 'Xem trước việc giải thể (không ghi gì).' })
  @RequirePermission('UNIT_RESTRUCTURE')
  previewDissolveUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DissolveUnitInput,
  ): Promise<RestructuringPreview> {
    return this.preview(ctx, (tx) => this.restructuring.dissolve(tx, input));
  }

  @Mutation(() => Restructuring, {
    description: 'Đổi tên (và/hoặc tên viết tắt, mã) từ ngày hiệu lực; lịch sử giữ tên cũ.',
  })
  @RequirePermission('UNIT_RESTRUCTURE')
  renameUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RenameUnitInput,
  ): Promise<Restructuring> {
    return this.commit(ctx, (tx) => this.restructuring.rename(tx, input));
  }

  @Mutation(() => Restructuring, { description: 'Chuyển đơn vị (cùng cây con) sang cấp trên mới.' })
  @RequirePermission('UNIT_RESTRUCTURE')
  moveUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MoveUnitInput,
  ): Promise<Restructuring> {
    return this.commit(ctx, (tx) => this.restructuring.move(tx, input));
  }

  @Mutation(() => Restructuring, {
    description:
      'Sáp nhập vào đơn vị có sẵn hoặc hợp nhất thành đơn vị mới; đơn vị cũ kết thúc, dữ liệu và phân quyền chuyển sang đơn vị kế thừa.',
  })
  @RequirePermission('UNIT_RESTRUCTURE')
  mergeUnits(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MergeUnitsInput,
  ): Promise<Restructuring> {
    return this.commit(ctx, (tx) => this.restructuring.merge(tx, input));
  }

  @Mutation(() => Restructuring, {
    description:
      'Chia tách một đơn vị thành các đơn vị mới; phân quyền trên đơn vị cũ chuyển sang mọi đơn vị mới.',
  })
  @RequirePermission('UNIT_RESTRUCTURE')
  splitUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SplitUnitInput,
  ): Promise<Restructuring> {
    return this.commit(ctx, (tx) => this.restructuring.split(tx, input));
  }

  @Mutation(() => Restructuring, {
    description: 'Giải thể đơn vị (không còn đơn vị trực thuộc đang hoạt động).',
  })
  @RequirePermission('UNIT_RESTRUCTURE')
  dissolveUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DissolveUnitInput,
  ): Promise<Restructuring> {
    return this.commit(ctx, (tx) => this.restructuring.dissolve(tx, input));
  }

  @ResolveField(() => [Unit], {
    description: 'Đơn vị chịu tác động (kết thúc, hoặc được đổi tên/chuyển).',
  })
  sources(r: Restructuring, _args: NoArgs, gql: GraphqlContext): Promise<Unit[]> {
    return this.units(gql, r.sourceUnitIds);
  }

  @ResolveField(() => [Unit], { description: 'Đơn vị kế thừa, thành lập mới hoặc tiếp nhận.' })
  results(r: Restructuring, _args: NoArgs, gql: GraphqlContext): Promise<Unit[]> {
    return this.units(gql, r.resultUnitIds);
  }

  private async units(gql: GraphqlContext, ids: string[]): Promise<Unit[]> {
    const rows = await gql.loaders.get(this.org.unitById).loadMany(ids);
    return rows.filter((u): u is UnitEntity => !!u && !(u instanceof Error)).map(toUnit);
  }

  private async preview(
    ctx: RequestContext,
    work: (tx: Tx) => Promise<RestructuringOutcome>,
  ): Promise<RestructuringPreview> {
    return toPreview(await this.tx.dryRun(ctx, work));
  }

  private async commit(
    ctx: RequestContext,
    work: (tx: Tx) => Promise<RestructuringOutcome>,
  ): Promise<Restructuring> {
    return toRestructuring((await this.tx.run(ctx, work)).restructuring);
  }
}

@Resolver(() => LineageLink)
export class LineageLinkResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Unit)
  async unit(link: LineageLink, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(link.unitId), 'Đơn vị', link.unitId),
    );
  }

  @ResolveField(() => Restructuring)
  async restructuring(
    link: LineageLink,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<Restructuring> {
    const r = await gql.loaders.get(this.org.restructuringById).load(link.restructuringId);
    return toRestructuring(found(r, 'Quyết định sắp xếp', link.restructuringId));
  }
}

@Resolver(() => UnitVersion)
export class UnitVersionResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Unit, { nullable: true, description: 'Cấp trên trong giai đoạn này.' })
  async parent(v: UnitVersion, _args: NoArgs, gql: GraphqlContext): Promise<Unit | null> {
    if (!v.parentId) return null;
    const u = await gql.loaders.get(this.org.unitById).load(v.parentId);
    return u ? toUnit(u) : null;
  }

  @ResolveField(() => Restructuring, {
    nullable: true,
    description:
      'Quyết định khép lại giai đoạn này: đổi tên, chuyển cấp trên (mở giai đoạn sau), hoặc sáp nhập, chia tách, giải thể (đơn vị kết thúc); null: giai đoạn còn hiệu lực hoặc đóng không qua quyết định.',
  })
  async endedBy(v: UnitVersion, _args: NoArgs, gql: GraphqlContext): Promise<Restructuring | null> {
    if (!v.validTo) return null;
    const versions = await gql.loaders.get(this.org.versionsOf).load(v.unitId);
    const next = versions.find((x) => x.validFrom === v.validTo);
    const id = next
      ? next.restructuringId
      : await gql.loaders.get(this.org.endingRestructuringOf).load(v.unitId);
    if (!id) return null;
    const r = await gql.loaders.get(this.org.restructuringById).load(id);
    return r ? toRestructuring(r) : null;
  }

  @ResolveField(() => Restructuring, {
    nullable: true,
    description: 'Quyết định mở ra giai đoạn này (null: khi thành lập).',
  })
  async restructuring(
    v: UnitVersion,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<Restructuring | null> {
    if (!v.restructuringId) return null;
    const r = await gql.loaders.get(this.org.restructuringById).load(v.restructuringId);
    return r ? toRestructuring(r) : null;
  }
}

@Resolver(() => UnitLink)
export class UnitLinkResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Unit)
  async counterpart(link: UnitLink, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(
        await gql.loaders.get(this.org.unitById).load(link.counterpartId),
        'Đơn vị',
        link.counterpartId,
      ),
    );
  }
}
