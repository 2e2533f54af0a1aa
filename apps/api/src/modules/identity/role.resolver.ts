import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID } from '@nestjs/graphql';
import { PERMISSIONS, type Permission } from '@thidua/shared-domain';
import { Authenticated, Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { found } from '../../core/errors/app-error';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import { AccessService } from './access.service';
import {
  CreateRoleInput,
  DeleteRoleInput,
  GrantRoleInput,
  RevokeRoleInput,
  UpdateRoleInput,
} from './dto/identity.inputs';
import type { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { PermissionInfo, Role, RoleAssignment, toRole } from './models/identity.models';
import { RoleService } from './role.service';

export function toRoleAssignment(a: RoleAssignmentEntity): RoleAssignment {
  return { id: a.id, roleId: a.roleId, unitId: a.unitId, createdAt: a.createdAt } as RoleAssignment;
}

@Resolver(() => RoleAssignment)
export class RoleResolver {
  constructor(
    private readonly roleService: RoleService,
    private readonly access: AccessService,
    private readonly org: OrgService,
  ) {}

  @Query(() => [PermissionInfo], { description: 'Danh mục quyền.' })
  // The fixed catalog of labels, the same as libs/shared-domain already ships in the SPA.
  @Authenticated()
  permissions(): PermissionInfo[] {
    return (Object.entries(PERMISSIONS) as [Permission, { label: string; group: string }][]).map(
      ([code, p]) => ({ code, label: p.label, group: p.group }),
    );
  }

  @Query(() => [Role], { description: 'Các vai trò (của hệ thống trước, rồi theo tên).' })
  // Those who see accounts or hand out roles: the users, roles and API clients pages.
  @RequirePermission('USER_READ', 'USER_MANAGE', 'ROLE_ASSIGN', 'ROLE_MANAGE', 'API_CLIENT_MANAGE')
  async roles(): Promise<Role[]> {
    return (await this.roleService.list()).map(toRole);
  }

  @Mutation(() => Role)
  @RequirePermission('ROLE_MANAGE')
  async createRole(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateRoleInput,
  ): Promise<Role> {
    return toRole(await this.roleService.create(ctx, input));
  }

  @Mutation(() => Role)
  @RequirePermission('ROLE_MANAGE')
  async updateRole(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateRoleInput,
  ): Promise<Role> {
    return toRole(await this.roleService.update(ctx, input));
  }

  @Mutation(() => ID, { description: 'Xóa vai trò tự định nghĩa chưa giao cho ai.' })
  @RequirePermission('ROLE_MANAGE')
  async deleteRole(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DeleteRoleInput,
  ): Promise<string> {
    return this.roleService.delete(ctx, input.id);
  }

  @Mutation(() => RoleAssignment, {
    description:
      'Giao vai trò cho người dùng hoặc ứng dụng trên một đơn vị. Chỉ giao được các quyền mình có ở đó.',
  })
  @RequirePermission('ROLE_ASSIGN')
  async grantRole(
    @Ctx() ctx: RequestContext,
    @Args('input') input: GrantRoleInput,
  ): Promise<RoleAssignment> {
    return toRoleAssignment(await this.access.grant(ctx, input));
  }

  @Mutation(() => ID)
  @RequirePermission('ROLE_ASSIGN')
  async revokeRole(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RevokeRoleInput,
  ): Promise<string> {
    return this.access.revoke(ctx, input.assignmentId);
  }

  @ResolveField(() => Role)
  async role(a: RoleAssignment, _args: NoArgs, gql: GraphqlContext): Promise<Role> {
    return toRole(
      found(await gql.loaders.get(this.roleService.roleById).load(a.roleId), 'Vai trò', a.roleId),
    );
  }

  @ResolveField(() => Unit, { nullable: true })
  async unit(a: RoleAssignment, _args: NoArgs, gql: GraphqlContext): Promise<Unit | null> {
    if (!a.unitId) return null;
    const unit = await gql.loaders.get(this.org.unitById).load(a.unitId);
    return unit ? toUnit(unit) : null;
  }
}
