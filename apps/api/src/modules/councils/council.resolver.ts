import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { IsoDate } from '@thidua/shared-domain';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import { UnitScopes } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import {
  type GraphqlContext,
  type NoArgs,
  requestContextOf,
} from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { OrgService } from '../org/org.service';
import { PeopleService } from '../people/people.service';
import { Unit, toUnit } from '../org/unit.model';
import { Person, toPerson } from '../people/people.models';
import { membersKey } from './council-composition';
import {
  AddCouncilMemberInput,
  CouncilMemberRefInput,
  CouncilsArgs,
  CreateCouncilInput,
  UpdateCouncilInput,
  UpdateCouncilMemberInput,
} from './council.inputs';
import {
  Council,
  CouncilConnection,
  CouncilMember,
  toCouncil,
  toCouncilMember,
} from './council.models';
import { COUNCIL_MANAGE, CouncilService } from './council.service';

/** A save that changed nothing has nothing to record. */
export function nothingToRecord(tx: Tx): void {
  if (tx.auditCount === 0) tx.skipAudit();
}

@Resolver(() => Council)
export class CouncilResolver {
  constructor(
    private readonly service: CouncilService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => CouncilConnection, {
    description:
      'Các Hội đồng Thi đua - Khen thưởng trong phạm vi người xem (COUNCIL_READ), theo tên hoặc theo mức khớp khi tìm kiếm.',
  })
  @RequirePermission('COUNCIL_READ')
  async councils(
    @Ctx() ctx: RequestContext,
    @Args() args: CouncilsArgs,
  ): Promise<CouncilConnection> {
    return mapConnection(
      await this.service.list(ctx, {
        unitId: args.unitId,
        search: args.search,
        first: args.first,
        after: args.after,
      }),
      toCouncil,
    );
  }

  @Query(() => Council, { description: 'Một Hội đồng (NOT_FOUND ngoài phạm vi người xem).' })
  @RequirePermission('COUNCIL_READ')
  async council(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Council> {
    return toCouncil(await this.service.get(ctx, id));
  }

  @Mutation(() => Council, {
    description:
      'Thành lập (ghi nhận) Hội đồng Thi đua - Khen thưởng của một đơn vị (COUNCIL_MANAGE tại đơn vị; mỗi đơn vị, mỗi cụm, khối một Hội đồng đang hoạt động).',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async createCouncil(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCouncilInput,
  ): Promise<Council> {
    return toCouncil(await this.tx.run(ctx, (tx) => this.service.create(tx, input)));
  }

  @Mutation(() => Council, {
    description:
      'Sửa tên, cơ quan thường trực, quyết định thành lập, tỷ lệ dự họp, ủy quyền; ghi ngày kết thúc hoạt động.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async updateCouncil(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCouncilInput,
  ): Promise<Council> {
    return toCouncil(
      await this.tx.run(ctx, async (tx) => {
        const c = await this.service.update(tx, input.id, input.version, input);
        nothingToRecord(tx);
        return c;
      }),
    );
  }

  @Mutation(() => CouncilMember, {
    description:
      'Thêm thành viên Hội đồng cho một khoảng thời gian (mỗi thời điểm một Chủ tịch, tối đa một Ủy viên thư ký; mỗi người một vị trí).',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async addCouncilMember(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddCouncilMemberInput,
  ): Promise<CouncilMember> {
    return toCouncilMember(
      await this.tx.run(ctx, (tx) =>
        this.service.addMember(tx, input.councilId, input.personId, input),
      ),
    );
  }

  @Mutation(() => CouncilMember, {
    description:
      'Sửa vai trò, chức vụ, thời gian của thành viên; kết thúc tư cách thành viên bằng "to".',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async updateCouncilMember(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCouncilMemberInput,
  ): Promise<CouncilMember> {
    return toCouncilMember(
      await this.tx.run(ctx, async (tx) => {
        const m = await this.service.updateMember(tx, input.id, input.version, input);
        nothingToRecord(tx);
        return m;
      }),
    );
  }

  @Mutation(() => ID, {
    description:
      'Xóa thành viên nhập nhầm (không xóa được khi đã có trong danh sách một phiên họp đã bắt đầu); trả về id đã xóa.',
  })
  @RequirePermission('COUNCIL_MANAGE')
  async removeCouncilMember(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CouncilMemberRefInput,
  ): Promise<string> {
    await this.tx.run(ctx, (tx) => this.service.removeMember(tx, input.id, input.version));
    return input.id;
  }

  @ResolveField(() => Unit, { description: 'Đơn vị có Hội đồng.' })
  async unit(c: Council, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(c.unitId), 'Đơn vị', c.unitId),
    );
  }

  @ResolveField(() => Unit, { nullable: true, description: 'Cơ quan thường trực.' })
  async standingUnit(c: Council, _args: NoArgs, gql: GraphqlContext): Promise<Unit | null> {
    if (!c.standingUnitId) return null;
    const unit = await gql.loaders.get(this.org.unitById).load(c.standingUnitId);
    return unit ? toUnit(unit) : null;
  }

  @ResolveField(() => [CouncilMember], {
    complexity: 2,
    description:
      'Thành viên Hội đồng vào ngày `on` (từ ngày ≤ on ≤ đến ngày); bỏ trống: mọi thành viên, hiện tại và trước đây. Theo thứ tự Chủ tịch, Phó Chủ tịch, Ủy viên, Ủy viên thư ký.',
  })
  async members(
    @Parent() c: Council,
    @Context() gql: GraphqlContext,
    @Args('on', { type: () => DateOnly, nullable: true }) on?: IsoDate | null,
  ): Promise<CouncilMember[]> {
    return (await gql.loaders.get(this.service.membersOf).load(membersKey(c.id, on))).map(
      toCouncilMember,
    );
  }

  @ResolveField(() => Boolean, {
    complexity: 2,
    description: 'Người dùng được quản lý Hội đồng này (COUNCIL_MANAGE tại đơn vị có Hội đồng).',
  })
  async canManage(c: Council, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    const actor = gql.req.thidua?.actor;
    const unit = await gql.loaders.get(this.org.unitById).load(c.unitId);
    return !!actor && !!unit && actor.canAt(COUNCIL_MANAGE, unit.path);
  }
}

@Resolver(() => CouncilMember)
export class CouncilMemberResolver {
  constructor(
    private readonly councils: CouncilService,
    private readonly org: OrgService,
    private readonly people: PeopleService,
    private readonly scopes: UnitScopes,
  ) {}

  @ResolveField(() => String, {
    complexity: 1,
    description: 'Họ và tên (thành phần Hội đồng được công bố trong quyết định thành lập).',
  })
  async fullName(m: CouncilMember, _args: NoArgs, gql: GraphqlContext): Promise<string> {
    return (await gql.loaders.get(this.people.personById).load(m.personId))?.fullName ?? '';
  }

  @ResolveField(() => Person, {
    nullable: true,
    complexity: 2,
    description:
      'Hồ sơ cán bộ (thông tin cá nhân): chỉ khi người dùng có quyền xem cán bộ (PERSON_READ) tại đơn vị có Hội đồng.',
  })
  async person(m: CouncilMember, _args: NoArgs, gql: GraphqlContext): Promise<Person | null> {
    const ctx = requestContextOf(gql);
    const council = await gql.loaders.get(this.councils.councilById).load(m.councilId);
    const unit = council ? await gql.loaders.get(this.org.unitById).load(council.unitId) : null;
    if (!unit || !(await this.scopes.covers(ctx.actor, 'PERSON_READ', unit.path))) return null;
    const person = await gql.loaders.get(this.people.personById).load(m.personId);
    return person ? toPerson(person) : null;
  }
}
