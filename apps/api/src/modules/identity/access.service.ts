import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
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

  private holderOf(input: { userId?: string | null; apiClientId?: string | null }): Holder {
    if (!!input.userId === !!input.apiClientId) {
      throw AppError.badInput({
        userId: ['Chọn đúng một người dùng hoặc một ứng dụng để giao vai trò.'],
      });
    }
    return input.userId ? { userId: input.userId } : { apiClientId: input.apiClientId as string };
  }

  /**
   * Changing an account's roles needs ROLE_ASSIGN over the account itself (its unit and every grant
   * it holds), not only over the grant being added or removed: otherwise a commune administrator
   * could add roles to, or strip them from, an account that leads the whole province.
   */
  private async assertHolderManageable(tx: Tx, holder: Holder): Promise<void> {
    if (holder.userId) await this.users.assertRolesManageable(tx, holder.userId);
    else await this.clients.getManageable(tx, holder.apiClientId as string, 'ROLE_ASSIGN');
  }

  async grant(ctx: RequestContext, input: GrantRoleInput): Promise<RoleAssignmentEntity> {
    const holder = this.holderOf(input);
    return this.tx.run(ctx, async (tx) => {
      await this.assertHolderManageable(tx, holder);
      return this.roles.addGrant(
        tx,
        holder,
        { roleId: input.roleId, unitId: input.unitId ?? null },
        'input',
      );
    });
  }

  async revoke(ctx: RequestContext, assignmentId: string): Promise<string> {
    const assignment = await this.roles.findAssignment(assignmentId);
    if (!assignment) throw AppError.notFound('Phân quyền', assignmentId);
    return this.tx.run(ctx, async (tx) => {
      try {
        await this.assertHolderManageable(tx, this.holderOf(assignment));
      } catch (error) {
        // The holder's id must not leak through an assignment the caller cannot see.
        if (error instanceof AppError && error.code === 'NOT_FOUND')
          throw AppError.notFound('Phân quyền', assignmentId);
        throw error;
      }
      await this.roles.removeGrant(tx, assignment);
      return assignmentId;
    });
  }
}
