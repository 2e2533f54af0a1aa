import {
  Args,
  Context,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import { selects } from '../../core/graphql/selection';
import {
  type GraphqlContext,
  type NoArgs,
  requestContextOf,
} from '../../core/graphql/graphql-context';
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
    @Info() info: GraphQLResolveInfo,
  ): Promise<UnitConnection> {
    const childCount = selects(info, 'edges', 'node', 'childCount');
    const page = await this.org.list(ctx, args, { childCounts: childCount });
    this.org.primeLoaders(
      gql.loaders,
      page.edges.map((e) => e.node),
    );
    const connection = mapConnection(page, toUnit);
    await this.readAhead(
      connection.edges.map((e) => e.node),
      gql,
      childCount,
      selects(info, 'edges', 'node', 'parent'),
    );
    return { ...connection, filter: args };
  }

  @Query(() => [Unit], {
    description:
      'Một cấp của cây (tải dần): các gốc của hệ thống `tree`, hoặc các đơn vị trực thuộc `parentId`.',
  })
  @RequirePermission('UNIT_READ')
  async unitChildren(
    @Ctx() ctx: RequestContext,
    @Args() args: UnitChildrenArgs,
    @Context() gql: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Unit[]> {
    const childCount = selects(info, 'childCount');
    const units = (await this.org.children(ctx, args, { childCounts: childCount })).map(toUnit);
    await this.readAhead(units, gql, childCount, selects(info, 'parent'));
    return units;
  }

  /**
   * A list's child counts and parents, in the statements the rows' fields would have batched, read
   * before the rows are returned so that each row answers at once: a promise in a row makes
   * graphql-js assemble the row through another promise, for each of 140 children of the province
   * (bench/org: 11.9 → 7.0 ms with `kind` from the catalog's copy). They go through the request's
   * loaders, so a parent that is itself in the list is not read again. Counts the list's statement
   * already read (current structure) are not asked again.
   */
  private async readAhead(
    units: Unit[],
    gql: GraphqlContext,
    childCount: boolean,
    parent: boolean,
  ): Promise<void> {
    const missing = childCount && units.some((u) => u.childCountRead === undefined);
    const [counts, parents] = await Promise.all([
      missing ? Promise.all(units.map((u) => this.childCountOf(u, gql))) : null,
      parent
        ? Promise.all(units.map((u) => (u.parentId ? this.parentRowOf(u, u.parentId, gql) : null)))
        : null,
    ]);
    units.forEach((u, i) => {
      if (counts) u.childCountRead = counts[i];
      if (parents) {
        const row = parents[i];
        u.parentRead = row ? toUnit(row) : null;
      }
    });
  }

  private childCountOf(unit: Unit, gql: GraphqlContext): Promise<number> {
    return unit.asOf
      ? gql.loaders.get(this.org.childCountAsOf).load(asOfKey(unit.id, unit.asOf))
      : gql.loaders.get(this.org.childCount).load(unit.id);
  }

  /** A unit read "as of" a day has that day's parent: the parent as it was then too. */
  private parentRowOf(unit: Unit, parentId: string, gql: GraphqlContext) {
    return unit.asOf
      ? gql.loaders.get(this.org.unitAsOf).load(asOfKey(parentId, unit.asOf))
      : gql.loaders.get(this.org.unitById).load(parentId);
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
  canOpen(unit: Unit, _args: NoArgs, gql: GraphqlContext): boolean | Promise<boolean> {
    return this.readable(unit, gql);
  }

  @ResolveField(() => String, {
    nullable: true,
    complexity: 1,
    description: 'Tên viết tắt dùng trong số, ký hiệu văn bản (UBND, SNV, VP…).',
  })
  shortName(
    unit: Unit,
    _args: NoArgs,
    gql: GraphqlContext,
  ): string | null | Promise<string | null> {
    return this.ifReadable(unit, gql, () => unit.shortName, null);
  }

  @ResolveField(() => String, { nullable: true, complexity: 1 })
  address(unit: Unit, _args: NoArgs, gql: GraphqlContext): string | null | Promise<string | null> {
    return this.ifReadable(unit, gql, () => unit.address, null);
  }

  @ResolveField(() => String, { nullable: true, complexity: 1 })
  phone(unit: Unit, _args: NoArgs, gql: GraphqlContext): string | null | Promise<string | null> {
    return this.ifReadable(unit, gql, () => unit.phone, null);
  }

  @ResolveField(() => String, { nullable: true, complexity: 1 })
  email(unit: Unit, _args: NoArgs, gql: GraphqlContext): string | null | Promise<string | null> {
    return this.ifReadable(unit, gql, () => unit.email, null);
  }

  @ResolveField(() => ID, { nullable: true, complexity: 1 })
  parentId(unit: Unit, _args: NoArgs, gql: GraphqlContext): string | null | Promise<string | null> {
    return this.ifReadable(unit, gql, () => unit.parentId, null);
  }

  @ResolveField(() => UnitKind)
  kind(unit: Unit, _args: NoArgs, gql: GraphqlContext): UnitKind | Promise<UnitKind> {
    const cached = this.kinds.kindIfCached(unit.kindId);
    if (cached) return toUnitKind(cached);
    return gql.loaders
      .get(this.kinds.kindById)
      .load(unit.kindId)
      .then((kind) => toUnitKind(found(kind, 'Loại đơn vị', unit.kindId)));
  }

  @ResolveField(() => Unit, { nullable: true, description: 'Đơn vị cấp trên (null nếu là gốc).' })
  parent(unit: Unit, _args: NoArgs, gql: GraphqlContext): Unit | null | Promise<Unit | null> {
    const parentId = unit.parentId;
    if (!parentId) return null;
    const readable = this.readable(unit, gql);
    if (readable === true && unit.parentRead !== undefined) return unit.parentRead;
    return Promise.resolve(readable).then(async (ok) => {
      if (!ok) return null;
      const row = await this.parentRowOf(unit, parentId, gql);
      return row ? toUnit(row) : null;
    });
  }

  @ResolveField(() => Int, {
    description:
      'Số đơn vị trực thuộc đang hoạt động; khi đơn vị được đọc theo ngày (asOf): số đơn vị trực thuộc vào ngày đó.',
  })
  childCount(unit: Unit, _args: NoArgs, gql: GraphqlContext): number | Promise<number> {
    return unit.childCountRead ?? this.childCountOf(unit, gql);
  }

  @ResolveField(() => [Unit], { description: 'Các cấp trên, từ gốc xuống.' })
  async ancestors(unit: Unit, _args: NoArgs, gql: GraphqlContext): Promise<Unit[]> {
    if (!(await this.readable(unit, gql))) return [];
    // the path names them: batched through the per-request loader, no query per unit
    const rows = await gql.loaders.get(this.org.unitById).loadMany(ancestorIds(unit.path));
    return rows.filter((u): u is UnitEntity => !!u && !(u instanceof Error)).map(toUnit);
  }

  @ResolveField(() => [UnitLink], {
    description: 'Tổ chức tương ứng ở hệ thống khác (Sở ↔ chi bộ, xã ↔ đảng ủy).',
  })
  async counterparts(unit: Unit, _args: NoArgs, gql: GraphqlContext): Promise<UnitLink[]> {
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
  async history(unit: Unit, _args: NoArgs, gql: GraphqlContext): Promise<UnitVersion[]> {
    if (!(await this.readable(unit, gql))) return [];
    return (await gql.loaders.get(this.org.versionsOf).load(unit.id)).map(toUnitVersion);
  }

  @ResolveField(() => [LineageLink], {
    description: 'Các đơn vị đã trở thành đơn vị này (sáp nhập, chia tách).',
  })
  async predecessors(unit: Unit, _args: NoArgs, gql: GraphqlContext): Promise<LineageLink[]> {
    return await this.ifReadable(
      unit,
      gql,
      () => gql.loaders.get(this.org.predecessorsOf).load(unit.id),
      [],
    );
  }

  @ResolveField(() => [LineageLink], { description: 'Các đơn vị mà đơn vị này đã trở thành.' })
  async successors(unit: Unit, _args: NoArgs, gql: GraphqlContext): Promise<LineageLink[]> {
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
    connection: UnitConnection,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<number | null> {
    const ctx = requestContextOf(gql);
    return connection.filter
      ? this.org.countEndedMatches(ctx, connection.filter)
      : Promise.resolve(null);
  }
}
