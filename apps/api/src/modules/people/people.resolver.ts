import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { found } from '../../core/errors/app-error';
import { mapConnection } from '../../core/graphql/connection';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import {
  AddPositionInput,
  CreatePersonInput,
  EndPositionInput,
  PeopleArgs,
  PositionInput,
  TransferPersonInput,
  UpdatePersonInput,
} from './people.inputs';
import { Person, PersonConnection, Position, toPerson, toPosition } from './people.models';
import { PeopleService, type PersonData, type PositionData } from './people.service';

function personData(input: CreatePersonInput | UpdatePersonInput): PersonData {
  return {
    code: input.code,
    fullName: input.fullName,
    sex: input.sex,
    dateOfBirth: input.dateOfBirth ?? null,
    ethnicity: input.ethnicity ?? null,
    religion: input.religion ?? null,
    hometown: input.hometown ?? null,
    partyMember: input.partyMember ?? false,
    partyJoinedOn: input.partyJoinedOn ?? null,
    note: input.note ?? null,
  };
}

function positionData(p: PositionInput): PositionData {
  return {
    unitId: p.unitId,
    title: p.title,
    startedOn: p.startedOn,
    isLeader: p.isLeader ?? false,
    staffCategory: p.staffCategory,
  };
}

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => PersonConnection, {
    description:
      'Cán bộ trong phạm vi được xem: theo họ tên, hoặc theo mức khớp khi tìm kiếm (không phân biệt dấu).',
  })
  @RequirePermission('PERSON_READ')
  async people(@Ctx() ctx: RequestContext, @Args() args: PeopleArgs): Promise<PersonConnection> {
    return mapConnection(await this.service.list(ctx, args), toPerson);
  }

  @Query(() => Person)
  @RequirePermission('PERSON_READ')
  async person(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Person> {
    return toPerson(await this.service.getVisible(ctx, id));
  }

  @Mutation(() => Person, { description: 'Thêm một người, thường kèm vị trí công tác đầu tiên.' })
  @RequirePermission('PERSON_MANAGE')
  async createPerson(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreatePersonInput,
  ): Promise<Person> {
    const data = {
      ...personData(input),
      code: input.code ?? null,
      position: input.position ? positionData(input.position) : null,
    };
    return toPerson(await this.tx.run(ctx, (tx) => this.service.create(tx, data)));
  }

  @Mutation(() => Person, {
    description: 'Sửa thông tin cá nhân (không gửi `code` thì giữ mã hiện tại).',
  })
  @RequirePermission('PERSON_MANAGE')
  async updatePerson(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdatePersonInput,
  ): Promise<Person> {
    return toPerson(
      await this.tx.run(ctx, async (tx) => {
        const person = await this.service.updateAttributes(
          tx,
          input.id,
          personData(input),
          input.version,
        );
        if (tx.auditCount === 0) tx.skipAudit(); // saved without changes: nothing to record
        return person;
      }),
    );
  }

  @Mutation(() => Position, {
    description: 'Thêm vị trí công tác (kiêm nhiệm, bổ nhiệm) cho một người.',
  })
  @RequirePermission('PERSON_MANAGE')
  async addPosition(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddPositionInput,
  ): Promise<Position> {
    return toPosition(
      await this.tx.run(ctx, (tx) =>
        this.service.addPosition(tx, input.personId, positionData(input.position)),
      ),
    );
  }

  @Mutation(() => Position, { description: 'Kết thúc một vị trí công tác.' })
  @RequirePermission('PERSON_MANAGE')
  async endPosition(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EndPositionInput,
  ): Promise<Position> {
    return toPosition(
      await this.tx.run(ctx, (tx) => this.service.endPosition(tx, input.positionId, input.endedOn)),
    );
  }

  @Mutation(() => Person, {
    description:
      'Điều chuyển: kết thúc vị trí cũ và bắt đầu vị trí mới từ ngày position.startedOn.',
  })
  @RequirePermission('PERSON_MANAGE')
  async transferPerson(
    @Ctx() ctx: RequestContext,
    @Args('input') input: TransferPersonInput,
  ): Promise<Person> {
    return toPerson(
      await this.tx.run(ctx, (tx) =>
        this.service.transfer(
          tx,
          input.personId,
          input.fromPositionId,
          positionData(input.position),
        ),
      ),
    );
  }

  @ResolveField(() => [Position], { description: 'Mọi vị trí công tác, mới nhất trước.' })
  async positions(person: Person, _args: NoArgs, gql: GraphqlContext): Promise<Position[]> {
    return (await gql.loaders.get(this.service.positionsOf).load(person.id)).map(toPosition);
  }

  @ResolveField(() => [Position], { description: 'Các vị trí đang giữ hôm nay.' })
  async currentPositions(person: Person, _args: NoArgs, gql: GraphqlContext): Promise<Position[]> {
    return (await gql.loaders.get(this.service.currentPositionsOf).load(person.id)).map(toPosition);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Unit)
  async unit(position: Position, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(
        await gql.loaders.get(this.org.unitById).load(position.unitId),
        'Đơn vị',
        position.unitId,
      ),
    );
  }
}

/** Unit.peopleCount lives here: org must not depend on people. */
@Resolver(() => Unit)
export class UnitPeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly org: OrgService,
  ) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Số vị trí công tác hiện tại tại đơn vị; null khi người dùng không được mở đơn vị (ngoài phạm vi).',
  })
  async peopleCount(unit: Unit, _args: NoArgs, gql: GraphqlContext): Promise<number | null> {
    // a head count is a detail: a unit seen only through a link (outside the scope) does not give it
    if (!(await this.org.canRead(gql.req.thidua?.actor, unit))) return null;
    return gql.loaders.get(this.people.peopleCountOf).load(unit.id);
  }
}
