import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { mapConnection } from '../../core/graphql/connection';
import { found } from '../../core/errors/app-error';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import {
  CreateUserInput,
  ResetUserPasswordInput,
  SetUserStatusInput,
  UpdateUserInput,
  UsersArgs,
} from './dto/identity.inputs';
import { RoleAssignment, User, UserConnection, toUser } from './models/identity.models';
import { toRoleAssignment } from './role.resolver';
import { RoleService } from './role.service';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly roles: RoleService,
    private readonly org: OrgService,
  ) {}

  @Query(() => UserConnection, { description: 'Người dùng trong phạm vi được xem.' })
  @RequirePermission('USER_READ')
  async users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs): Promise<UserConnection> {
    return mapConnection(await this.userService.list(ctx, args), toUser);
  }

  @Query(() => User)
  // Any signed-in user: the service answers the caller's own record, else needs USER_READ on its unit.
  @Authenticated()
  async user(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<User> {
    return toUser(await this.userService.getVisible(ctx, id));
  }

  @Mutation(() => User, {
    description: 'Tạo người dùng; người dùng phải đổi mật khẩu ở lần đăng nhập đầu.',
  })
  @RequirePermission('USER_MANAGE')
  async createUser(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateUserInput,
  ): Promise<User> {
    return toUser(await this.userService.create(ctx, input));
  }

  @Mutation(() => User)
  @RequirePermission('USER_MANAGE')
  async updateUser(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateUserInput,
  ): Promise<User> {
    return toUser(await this.userService.update(ctx, input));
  }

  @Mutation(() => User, {
    description: 'Khóa hoặc mở khóa; khóa làm mọi phiên của người dùng kết thúc ngay.',
  })
  @RequirePermission('USER_MANAGE')
  async setUserStatus(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetUserStatusInput,
  ): Promise<User> {
    return toUser(await this.userService.setStatus(ctx, input));
  }

  @Mutation(() => User, {
    description: 'Đặt lại mật khẩu; người dùng phải đổi ở lần đăng nhập tới.',
  })
  @RequirePermission('USER_MANAGE')
  async resetUserPassword(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ResetUserPasswordInput,
  ): Promise<User> {
    return toUser(await this.userService.resetPassword(ctx, input));
  }

  @ResolveField(() => Unit)
  async unit(user: User, _args: NoArgs, gql: GraphqlContext): Promise<Unit> {
    return toUnit(
      found(await gql.loaders.get(this.org.unitById).load(user.unitId), 'Đơn vị', user.unitId),
    );
  }

  @ResolveField(() => [RoleAssignment])
  async roleAssignments(user: User, _args: NoArgs, gql: GraphqlContext): Promise<RoleAssignment[]> {
    const rows = await gql.loaders.get(this.roles.assignmentsByUserId).load(user.id);
    return rows.map(toRoleAssignment);
  }
}
