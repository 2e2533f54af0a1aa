import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { ApiClientService } from './api-client.service';
import type { GrantRoleInput } from './dto/identity.inputs';
import type { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { RoleService, type Holder } from './role.service';
import { UserService } from './user.service';

/** Granting and revoking roles on users and API clients. */
@Injectable()
export class AccessService {
  constructor(
    private readonly roles: RoleService,
    private readonly users: UserService,
    private readonly clients: ApiClientService,
    private readonly tx: TransactionRunner,
  ) {}

  private async holderOf(ctx: RequestContext, input: { userId?: string | null; apiClientId?: string | null }): Promise<Holder> {
    if (!!input.userId === !!input.apiClientId) {
      throw AppError.badInput({
        userId: ['Chọn đúng một người dùng hoặc một ứng dụng để giao vai trò.'],
      });
    }
    if (input.userId) {
      await this.users.getVisible(ctx, input.userId);
      return { userId: input.userId };
    }
    await this.clients.getVisible(ctx, input.apiClientId as string);
    return { apiClientId: input.apiClientId as string };
  }

  async grant(ctx: RequestContext, input: GrantRoleInput): Promise<RoleAssignmentEntity> {
    const holder = await this.holderOf(ctx, input);
    return this.tx.run(ctx, (tx) =>
      this.roles.addGrant(tx, holder, { roleId: input.roleId, unitId: input.unitId ?? null }, 'input'),
    );
  }

  async revoke(ctx: RequestContext, assignmentId: string): Promise<string> {
    const assignment = await this.roles.findAssignment(assignmentId);
    if (!assignment) throw AppError.notFound('Phân quyền', assignmentId);
    await this.holderOf(ctx, assignment);
    return this.tx.run(ctx, async (tx) => {
      await this.roles.removeGrant(tx, assignment);
      return assignmentId;
    });
  }
}
