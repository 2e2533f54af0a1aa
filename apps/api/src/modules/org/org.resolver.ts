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
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import {
  CreateUnitInput,
  LinkUnitsInput,
  UnitChildrenArgs,
  UnitsArgs,
  UnlinkUnitsInput,
  UpdateUnitInput,
} from './org.inputs';
import { asOfKey, OrgService } from './org.service';
import { LineageLink, UnitLink, UnitVersion, toUnitVersion } from './restructuring.model';
import { UnitKindService } from './unit-kind.service';
import { Unit, UnitConnection, UnitKind, toUnit, toUnitKind } from './unit.model';
import { ancestorIds, type UnitEntity } from './unit.entity';

@Resolver(() => Unit)
export class OrgResolver {
  constructor(
    private readonly org: OrgService,
    private readonly kinds: UnitKindService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => UnitConnection, {
    description:
      'Đơn vị trong phạm vi được xem: theo thứ tự cây, hoặc theo mức khớp khi tìm kiếm; `asOf` cho cơ cấu tại một ngày.',
  })
  @RequirePermission('UNIT_READ')
  async units(
    @Ctx() ctx: RequestContext,
    @Args() args: UnitsArgs,
    @Context() gql: GraphqlContext,
  ): Promise<UnitConnection> {
    const page = await this.org.list(ctx, args);
    this.org.primeLoaders(
      gql.loaders,
      page.edges.map((e) => e.node),
    );
    return { ...mapConnection(page, toUnit), filter: args };
  }

  @Query(() => [Unit], {
    description:
      'Một cấp của cây (tải dần): các gốc của hệ thống `tree`, hoặc các đơn vị trực thuộc `parentId`.',
  })
  @RequirePermission('UNIT_READ')
  async unitChildren(@Ctx() ctx: RequestContext, @Args() args: UnitChildrenArgs): Promise<Unit[]> {
    return (await this.org.children(ctx, args)).map(toUnit);
  }

  @Query(() => Unit)
  @RequirePermission('UNIT_READ')
  async unit(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Unit> {
    return toUnit(await this.org.getVisible(ctx, id));
  }

  @Mutation(() => Unit, { description: 'Thành lập đơn vị (trực thuộc parentId, hoặc đơn vị gốc).' })
  @RequirePermission('UNIT_MANAGE')
  async createUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateUnitInput,
  ): Promise<Unit> {
    return toUnit(await this.tx.run(ctx, (tx) => this.org.create(tx, input)));
  }

  @Mutation(() => Unit, {
    description: 'Sửa thông tin không thuộc cơ cấu (tên viết tắt, pháp nhân, địa chỉ, liên hệ).',
  })
  @RequirePermission('UNIT_MANAGE')
  async updateUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateUnitInput,
  ): Promise<Unit> {
    const { id, version, ...rest } = input;
    return toUnit(
      await this.tx.run(ctx, (tx) =>
        this.org.updateDetails(tx, id, version, {
          shortName: rest.shortName ?? null,
          legalPerson: rest.legalPerson,
          address: rest.address ?? null,
          phone: rest.phone ?? null,
          email: rest.email ?? null,
        }),
      ),
    );
  }

  @Mutation(() => UnitLink, {
    description: 'Liên kết đơn vị với tổ chức tương ứng ở hệ thống khác.',
  })
  @RequirePermission('UNIT_MANAGE')
  async linkUnits(
    @Ctx() ctx: RequestContext,
    @Args('input') input: LinkUnitsInput,
  ): Promise<UnitLink> {
    const link = await this.tx.run(ctx, (tx) =>
      this.org.link(tx, input.unitId, input.counterpartId, input.note ?? null),
    );
    return { id: link.id, note: link.note, counterpartId: link.counterpartId };
  }

  @Mutation(() => ID, { description: 'Bỏ liên kết; trả về id liên kết đã bỏ.' })
  @RequirePermission('UNIT_MANAGE')
  async unlinkUnits(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UnlinkUnitsInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.org.unlink(tx, input.linkId));
    return input.linkId;
  }

  /**
   * The one decision behind every restricted field below (see `OrgService.canRead`). A unit inside
   * the caller's scope (every row of a scoped list) is answered at once, without a promise: a page of
   * 20 units asks it for 5 fields a row (issue 9 D, bench/http).
   */
  private readable(unit: Unit, gql: GraphqlContext): boolean | Promise<boolean> {
    const actor = gql.req.thidua?.actor;
    if (actor?.canAt('UNIT_READ', unit.path)) return true;
    return this.org.canRead(actor, unit);
  }

  /** `value` when the reader may open the unit, else `hidden` (a link shows name and code only). */
  private ifReadable<T>(
    unit: Unit,
    gql: GraphqlContext,
    value: () => T | Promise<T>,
    hidden: T,
  ): T | Promise<T> {
    const readable = this.readable(unit, gql);
    if (readable === true) return value();
    return Promise.resolve(readable).then((ok) => (ok ? value() : hidden));
  }

  // The restricted scalars below cost what a plain field costs (complexity 1): the decision is a check
  // of the caller's grants in memory; only a unit outside the granted subtrees asks the scope's former
  // units, one lineage walk per request for all of them (`UnitScopes`, ADR 0013).
  @ResolveField(() => Boolean, {
    complexity: 1,
    description:
      'Người dùng được mở đơn vị này. Không: đơn vị ngoài phạm vi, chỉ thấy qua một liên kết (thành viên cụm, cấp trên, liên kết, kế thừa…): chỉ có tên và mã, thông tin khác là null hoặc rỗng.',
  })
  canOpen(@Parent() unit: Unit, @Context() gql: GraphqlContext): boolean | Promise<boolean> {
    return this.readable(unit, gql);
  }

  @ResolveField(() => String, {
    nullable: true,
    complexity: 1,
    description: 'Tên viết tắt dùng trong số, ký hiệu văn bản (UBND, SNV, VP…).',
  })
  shortName(
    @Parent() unit: Unit,
    @Context() gql: GraphqlContext,
  ): string | null | Promise<string | null> {
    return this.ifReadable(unit, gql, () => unit.shortName, null);
  }

  @ResolveField(() => String, { nullable: true, complexity: 1 })
  address(
    @Parent() unit: Unit,
    @Context() gql: GraphqlContext,
  ): string | null | Promise<string | null> {
    return this.ifReadable(unit, gql, () => unit.address, null);
  }

  @ResolveField(() => String, { nullable: true, complexity: 1 })
  phone(
    @Parent() unit: Unit,
    @Context() gql: GraphqlContext,
  ): string | null | Promise<string | null> {
    return this.ifReadable(unit, gql, () => unit.phone, null);
  }

  @ResolveField(() => String, { nullable: true, complexity: 1 })
  email(
    @Parent() unit: Unit,
    @Context() gql: GraphqlContext,
  ): string | null | Promise<string | null> {
    return this.ifReadable(unit, gql, () => unit.email, null);
  }

  @ResolveField(() => ID, { nullable: true, complexity: 1 })
  parentId(
    @Parent() unit: Unit,
    @Context() gql: GraphqlContext,
  ): string | null | Promise<string | null> {
    return this.ifReadable(unit, gql, () => unit.parentId, null);
  }

  @ResolveField(() => UnitKind)
  async kind(@Parent() unit: Unit, @Context() gql: GraphqlContext): Promise<UnitKind> {
    return toUnitKind(
      found(
        await gql.loaders.get(this.kinds.kindById).load(unit.kindId),
        'Loại đơn vị',
        unit.kindId,
      ),
    );
  }

  @ResolveField(() => Unit, { nullable: true, description: 'Đơn vị cấp trên (null nếu là gốc).' })
  async parent(@Parent() unit: Unit, @Context() gql: GraphqlContext): Promise<Unit | null> {
    if (!unit.parentId || !(await this.readable(unit, gql))) return null;
    // a unit read "as of" a day has that day's parent: show the parent as it was then too
    const parent = unit.asOf
      ? await gql.loaders.get(this.org.unitAsOf).load(asOfKey(unit.parentId, unit.asOf))
      : await gql.loaders.get(this.org.unitById).load(unit.parentId);
    return parent ? toUnit(parent) : null;
  }

  @ResolveField(() => Int, {
    description:
      'Số đơn vị trực thuộc đang hoạt động; khi đơn vị được đọc theo ngày (asOf): số đơn vị trực thuộc vào ngày đó.',
  })
  childCount(@Parent() unit: Unit, @Context() gql: GraphqlContext): Promise<number> {
    return unit.asOf
      ? gql.loaders.get(this.org.childCountAsOf).load(asOfKey(unit.id, unit.asOf))
      : gql.loaders.get(this.org.childCount).load(unit.id);
  }

  @ResolveField(() => [Unit], { description: 'Các cấp trên, từ gốc xuống.' })
  async ancestors(@Parent() unit: Unit, @Context() gql: GraphqlContext): Promise<Unit[]> {
    if (!(await this.readable(unit, gql))) return [];
    // the path names them: batched through the per-request loader, no query per unit
    const rows = await gql.loaders.get(this.org.unitById).loadMany(ancestorIds(unit.path));
    return rows.filter((u): u is UnitEntity => !!u && !(u instanceof Error)).map(toUnit);
  }

  @ResolveField(() => [UnitLink], {
    description: 'Tổ chức tương ứng ở hệ thống khác (Sở ↔ chi bộ, xã ↔ đảng ủy).',
  })
  async counterparts(@Parent() unit: Unit, @Context() gql: GraphqlContext): Promise<UnitLink[]> {
    return await this.ifReadable(
      unit,
      gql,
      () => gql.loaders.get(this.org.linksOf).load(unit.id),
      [],
    );
  }

  @ResolveField(() => [UnitVersion], {
    description: 'Tên, mã, cấp trên qua các thời kỳ, cũ nhất trước.',
  })
  async history(@Parent() unit: Unit, @Context() gql: GraphqlContext): Promise<UnitVersion[]> {
    if (!(await this.readable(unit, gql))) return [];
    return (await gql.loaders.get(this.org.versionsOf).load(unit.id)).map(toUnitVersion);
  }

  @ResolveField(() => [LineageLink], {
    description: 'Các đơn vị đã trở thành đơn vị này (sáp nhập, chia tách).',
  })
  async predecessors(@Parent() unit: Unit, @Context() gql: GraphqlContext): Promise<LineageLink[]> {
    return await this.ifReadable(
      unit,
      gql,
      () => gql.loaders.get(this.org.predecessorsOf).load(unit.id),
      [],
    );
  }

  @ResolveField(() => [LineageLink], { description: 'Các đơn vị mà đơn vị này đã trở thành.' })
  async successors(@Parent() unit: Unit, @Context() gql: GraphqlContext): Promise<LineageLink[]> {
    return await this.ifReadable(
      unit,
      gql,
      () => gql.loaders.get(this.org.successorsOf).load(unit.id),
      [],
    );
  }
}

@Resolver(() => UnitConnection)
export class UnitConnectionResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Khi tìm kiếm đơn vị đang hoạt động: số đơn vị đã kết thúc (giải thể, sáp nhập, chia tách) cũng khớp, đếm tới 1.000 ("3 đơn vị đã kết thúc cũng khớp"); null khi không tìm kiếm hoặc danh sách đã gồm chúng (includeEnded, asOf).',
  })
  endedMatchCount(
    @Parent() connection: UnitConnection,
    @Ctx() ctx: RequestContext,
  ): Promise<number | null> {
    return connection.filter
      ? this.org.countEndedMatches(ctx, connection.filter)
      : Promise.resolve(null);
  }
}
