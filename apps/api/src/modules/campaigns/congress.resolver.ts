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
import { PageArgs, mapConnection, type ConnectionShape } from '../../core/graphql/connection';
import {
  type GraphqlContext,
  type NoArgs,
  requestContextOf,
} from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import { Person } from '../people/people.models';
import type { CongressDelegateEntity } from './congress.entity';
import {
  CongressesArgs,
  CreateCongressInput,
  DeleteCongressInput,
  HoldCongressInput,
  MarkCongressDelegatesToUpperInput,
  SetCongressDelegatesInput,
  UpdateCongressInput,
} from './congress.inputs';
import {
  Congress,
  CongressBalance,
  CongressConnection,
  CongressDelegate,
  CongressDelegateConnection,
  CongressReference,
  toCongress,
  toCongressReference,
} from './congress.models';
import {
  balanceKey,
  CongressService,
  type CongressData,
  type DelegateFacts,
} from './congress.service';

function congressData(input: CreateCongressInput | UpdateCongressInput): CongressData {
  return {
    level: input.level,
    name: input.name,
    form: input.form,
    windowFrom: input.windowFrom,
    windowTo: input.windowTo,
    duration: input.duration,
    venue: input.venue,
    delegateTarget: input.delegateTarget,
    requirements: input.requirements,
    agenda: input.agenda,
    upperCongressId: input.upperCongressId,
  };
}

/** A delegate as the API shows it, with the facts its restricted fields read. */
type DelegateModel = CongressDelegate & { facts: DelegateFacts };

function toDelegate(f: DelegateFacts): DelegateModel {
  return {
    id: f.id,
    personId: f.personId,
    fullName: f.fullName,
    title: f.title,
    sector: f.sector,
    directWorker: f.directWorker,
    toUpper: f.toUpper,
    position: f.position,
    congressId: f.congressId,
    hostUnitPath: f.hostUnitPath,
    unitId: f.unitId,
    facts: f,
  };
}

/** A page of delegate rows with their facts, read in one statement through the per-request loader. */
async function delegateConnection(
  page: ConnectionShape<CongressDelegateEntity>,
  service: CongressService,
  gql: GraphqlContext,
): Promise<CongressDelegateConnection> {
  const facts = await gql.loaders
    .get(service.delegateFactsById)
    .loadMany(page.edges.map((e) => e.node.id));
  const byId = new Map<string, DelegateFacts>();
  for (const f of facts) if (f && !(f instanceof Error)) byId.set(f.id, f);
  return {
    totalCount: page.totalCount,
    totalCountCapped: page.totalCountCapped,
    pageInfo: page.pageInfo,
    edges: page.edges.flatMap((e) => {
      const f = byId.get(e.node.id);
      return f ? [{ cursor: e.cursor, node: toDelegate(f) }] : [];
    }),
  };
}

@Resolver(() => Congress)
export class CongressResolver {
  constructor(
    private readonly service: CongressService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => CongressConnection, {
    description:
      'Đại hội, hội nghị thi đua của một kế hoạch, trong phạm vi người dùng (theo đơn vị tổ chức): theo thời gian tổ chức, hoặc theo mức khớp khi tìm kiếm.',
  })
  @RequirePermission('CAMPAIGN_READ')
  async congresses(
    @Ctx() ctx: RequestContext,
    @Args() args: CongressesArgs,
  ): Promise<CongressConnection> {
    return mapConnection(
      await this.service.list(ctx, args.planId, args.filter ?? {}, args),
      toCongress,
    );
  }

  @Query(() => Congress)
  @RequirePermission('CAMPAIGN_READ')
  async congress(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Congress> {
    return toCongress(await this.service.get(ctx, id));
  }

  @Mutation(() => Congress, {
    description:
      'Tạo đại hội, hội nghị thi đua của một đơn vị theo kế hoạch đã ban hành (cần quyền CAMPAIGN_MANAGE tại đơn vị tổ chức).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async createCongress(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCongressInput,
  ): Promise<Congress> {
    return toCongress(
      await this.tx.run(ctx, (tx) =>
        this.service.create(tx, input.planId, input.unitId, congressData(input)),
      ),
    );
  }

  @Mutation(() => Congress, {
    description: 'Sửa đại hội, hội nghị chưa tổ chức (khóa lạc quan theo version).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async updateCongress(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCongressInput,
  ): Promise<Congress> {
    return toCongress(
      await this.tx.run(ctx, async (tx) => {
        const congress = await this.service.update(
          tx,
          input.id,
          input.version,
          congressData(input),
        );
        // a save that changed nothing has nothing to record
        if (tx.auditCount === 0) tx.skipAudit();
        return congress;
      }),
    );
  }

  @Mutation(() => ID, {
    description: 'Xóa đại hội, hội nghị chưa tổ chức cùng danh sách đại biểu; trả về id đã xóa.',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async deleteCongress(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DeleteCongressInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.service.delete(tx, input.id, input.version));
    return input.id;
  }

  @Mutation(() => Congress, {
    description: 'Ghi nhận đại hội, hội nghị đã tổ chức (ngày tổ chức, địa điểm).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async holdCongress(
    @Ctx() ctx: RequestContext,
    @Args('input') input: HoldCongressInput,
  ): Promise<Congress> {
    return toCongress(
      await this.tx.run(ctx, (tx) =>
        this.service.hold(tx, input.id, input.version, input.heldOn, input.venue),
      ),
    );
  }

  @Mutation(() => Congress, {
    description:
      'Thêm, sửa, bớt đại biểu của đại hội, hội nghị chưa tổ chức (cán bộ đang công tác tại đơn vị tổ chức hoặc đơn vị trực thuộc).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async setCongressDelegates(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetCongressDelegatesInput,
  ): Promise<Congress> {
    return toCongress(
      await this.tx.run(ctx, async (tx) => {
        const congress = await this.service.setDelegates(
          tx,
          input.id,
          input.version,
          input.add ?? [],
          input.remove ?? [],
        );
        if (tx.auditCount === 0) tx.skipAudit();
        return congress;
      }),
    );
  }

  @Mutation(() => Congress, {
    description:
      'Đánh dấu đại biểu được bầu tham dự Đại hội cấp trên (thông qua danh sách đại biểu tham dự Đại hội cấp trên).',
  })
  @RequirePermission('CAMPAIGN_MANAGE')
  async markCongressDelegatesToUpper(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MarkCongressDelegatesToUpperInput,
  ): Promise<Congress> {
    return toCongress(
      await this.tx.run(ctx, async (tx) => {
        const congress = await this.service.markToUpper(
          tx,
          input.id,
          input.version,
          input.personIds,
          input.toUpper,
        );
        if (tx.auditCount === 0) tx.skipAudit();
        return congress;
      }),
    );
  }

  @ResolveField(() => Unit, { description: 'Đơn vị tổ chức.' })
  async hostUnit(c: Congress, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(c.unitId), 'Đơn vị', c.unitId),
    );
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Số, ký hiệu của kế hoạch thực hiện ("01/KH-UBND").',
  })
  async planSymbol(c: Congress, _args: NoArgs, gql: GraphqlContext): Promise<string | null> {
    return (await gql.loaders.get(this.service.planHeadingOf).load(c.planId))?.symbol ?? null;
  }

  @ResolveField(() => String, { description: 'Trích yếu của kế hoạch thực hiện.' })
  async planTitle(c: Congress, _args: NoArgs, gql: GraphqlContext): Promise<string> {
    return (await gql.loaders.get(this.service.planHeadingOf).load(c.planId))?.title ?? '';
  }

  @ResolveField(() => Boolean, {
    description: 'Người dùng sửa được đại hội, hội nghị này (CAMPAIGN_MANAGE tại đơn vị tổ chức).',
  })
  canManage(c: Congress, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const ctx = requestContextOf(gql);
    return this.service.canManage(ctx, c);
  }

  @ResolveField(() => CongressReference, {
    nullable: true,
    description: 'Đại hội cấp trên (tóm tắt; `canOpen` cho biết có xem chi tiết được không).',
  })
  async upperCongress(
    c: Congress,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CongressReference | null> {
    if (!c.upperCongressId) return null;
    const upper = await gql.loaders.get(this.service.congressById).load(c.upperCongressId);
    return upper ? toCongressReference(upper) : null;
  }

  @ResolveField(() => Int, { description: 'Số đại biểu trong danh sách.' })
  delegateCount(c: Congress, _args: NoArgs, gql: GraphqlContext): Promise<number> {
    return gql.loaders.get(this.service.delegateCountOf).load(c.id);
  }

  @ResolveField(() => CongressDelegateConnection, {
    complexity: 10,
    description: 'Danh sách đại biểu, theo thứ tự.',
  })
  async delegates(
    @Parent() c: Congress,
    @Args() page: PageArgs,
    @Args('toUpperOnly', {
      type: () => Boolean,
      nullable: true,
      description: 'Chỉ đại biểu được bầu tham dự Đại hội cấp trên.',
    })
    toUpperOnly: boolean | null,
    @Context() gql: GraphqlContext,
  ): Promise<CongressDelegateConnection> {
    return delegateConnection(
      await this.service.delegatePage(c.id, page, toUpperOnly ?? false),
      this.service,
      gql,
    );
  }

  @ResolveField(() => CongressDelegateConnection, {
    complexity: 10,
    description:
      'Đại biểu các đại hội, hội nghị cấp dưới bầu tham dự đại hội này, theo từng đại hội, hội nghị.',
  })
  async delegatesFromBelow(
    @Parent() c: Congress,
    @Args() page: PageArgs,
    @Context() gql: GraphqlContext,
  ): Promise<CongressDelegateConnection> {
    return delegateConnection(await this.service.fromBelowPage(c.id, page), this.service, gql);
  }

  @ResolveField(() => CongressBalance, {
    complexity: 5,
    description:
      'Cơ cấu đại biểu so với yêu cầu (tính từ giới tính, ngày sinh, dân tộc, tôn giáo, đảng viên, vị trí công tác của đại biểu).',
  })
  async balance(
    @Parent() c: Congress,
    @Args('includeFromBelow', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description:
        'Tính cả đại biểu do các đại hội, hội nghị cấp dưới bầu lên (mỗi người một lần).',
    })
    includeFromBelow: boolean,
    @Context() gql: GraphqlContext,
  ): Promise<CongressBalance> {
    const facts = await gql.loaders
      .get(this.service.balanceFactsOf)
      .load(balanceKey(c.id, !!includeFromBelow));
    return this.service.balance(c, facts);
  }
}

@Resolver(() => CongressReference)
export class CongressReferenceResolver {
  constructor(
    private readonly service: CongressService,
    private readonly org: OrgService,
  ) {}

  @ResolveField(() => Unit, {
    description: 'Đơn vị tổ chức (ngoài phạm vi xem: chỉ tên và mã).',
  })
  async hostUnit(c: CongressReference, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(c.unitId), 'Đơn vị', c.unitId),
    );
  }

  @ResolveField(() => Boolean, {
    description: 'Người dùng xem được chi tiết (CAMPAIGN_READ tại đơn vị tổ chức).',
  })
  canOpen(c: CongressReference, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const ctx = requestContextOf(gql);
    return this.service.canRead(ctx, c);
  }
}

@Resolver(() => CongressDelegate)
export class CongressDelegateResolver {
  constructor(
    private readonly service: CongressService,
    private readonly org: OrgService,
  ) {}

  @ResolveField(() => Unit, {
    nullable: true,
    description: 'Đơn vị công tác (của vị trí dùng cho đại hội).',
  })
  async unit(d: CongressDelegate, _args: NoArgs, gql: GraphqlContext): Promise<Unit | null> {
    if (!d.unitId) return null;
    const unit = await gql.loaders.get(this.org.unitById).load(d.unitId);
    return unit ? toUnit(unit) : null;
  }

  @ResolveField(() => CongressReference, { description: 'Đại hội, hội nghị của đại biểu.' })
  async congress(
    d: CongressDelegate,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CongressReference> {
    return toCongressReference(
      found(
        await gql.loaders.get(this.service.congressById).load(d.congressId),
        'Đại hội, hội nghị',
        d.congressId,
      ),
    );
  }

  @ResolveField(() => Person, {
    nullable: true,
    description:
      'Thông tin cá nhân (giới tính, ngày sinh, dân tộc, tôn giáo, đảng viên): chỉ khi người dùng có quyền xem cán bộ (PERSON_READ) tại đơn vị tổ chức của đại hội, hội nghị này.',
  })
  async person(d: DelegateModel, _args: NoArgs, gql: GraphqlContext): Promise<Person | null> {
    const ctx = requestContextOf(gql);
    if (!(await this.service.canReadPeopleAt(ctx, d.hostUnitPath))) return null;
    const f = d.facts;
    return {
      id: f.personId,
      code: f.code,
      fullName: f.fullName,
      sex: f.sex,
      dateOfBirth: f.dateOfBirth,
      ethnicity: f.ethnicity,
      religion: f.religion,
      hometown: f.hometown,
      partyMember: f.partyMember,
      partyJoinedOn: f.partyJoinedOn,
      note: f.note,
      version: f.personVersion,
    };
  }
}
