import { Injectable } from '@nestjs/common';
import { In, type Repository } from 'typeorm';
import {
  PERMISSIONS,
  SYSTEM_ROLES,
  isPermission,
  type Permission,
  type SystemRoleCode,
} from '@thidua/shared-domain';
import type { Grant } from '../../core/auth/actor';
import { diffFields } from '../../core/audit/diff';
import type { RequestContext } from '../../core/context/request-context';
import { Actor } from '../../core/auth/actor';
import { systemContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { byKeys, groupByKeys, loaderKey } from '../../core/graphql/loaders';
import { OrgService } from '../org/org.service';
import type { CreateRoleInput, RoleGrantInput, UpdateRoleInput } from './dto/identity.inputs';
import { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { RoleEntity } from './entities/role.entity';
import { holderTarget, roleTarget } from './audit-targets';

export type Holder =
  { userId: string; apiClientId?: undefined } | { apiClientId: string; userId?: undefined };

const ROLE_FIELDS = ['code', 'name', 'description', 'permissions'] as const;

function permissionLabels(permissions: Permission[]): string {
  return permissions.map((p) => PERMISSIONS[p].label.toLowerCase()).join(', ');
}

/** Roles (named permission sets) and who holds them on which unit scope. */
@Injectable()
export class RoleService {
  constructor(
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  private get roles(): Repository<RoleEntity> {
    return this.tx.repo(RoleEntity);
  }

  private get assignments(): Repository<RoleAssignmentEntity> {
    return this.tx.repo(RoleAssignmentEntity);
  }

  readonly roleById = loaderKey<string, RoleEntity | null>('roleById', async (ids) =>
    byKeys(ids, await this.roles.findBy({ id: In([...ids]) }), (r) => r.id),
  );

  readonly assignmentsByUserId = loaderKey<string, RoleAssignmentEntity[]>(
    'assignmentsByUserId',
    async (ids) =>
      groupByKeys(
        ids,
        await this.assignments.find({
          where: { userId: In([...ids]) },
          order: { createdAt: 'ASC' },
        }),
        (a) => a.userId as string,
      ),
  );

  readonly assignmentsByApiClientId = loaderKey<string, RoleAssignmentEntity[]>(
    'assignmentsByApiClientId',
    async (ids) =>
      groupByKeys(
        ids,
        await this.assignments.find({
          where: { apiClientId: In([...ids]) },
          order: { createdAt: 'ASC' },
        }),
        (a) => a.apiClientId as string,
      ),
  );

  list(): Promise<RoleEntity[]> {
    return this.roles.find({ order: { isSystem: 'DESC', name: 'ASC' } });
  }

  findByCode(code: string): Promise<RoleEntity | null> {
    return this.roles.findOneBy({ code });
  }

  /**
   * The holder's grants with their units' paths, in one query (it runs on every request). Inside a
   * transaction pass its `em` (on PGlite a second connection would wait for the one in use).
   */
  async grantsOf(holder: Holder): Promise<Grant[]> {
    const qb = this.assignments
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.role', 'role')
      .leftJoin('a.unit', 'unit')
      .addSelect(['unit.id', 'unit.path']);
    if (holder.userId) qb.where('a.user_id = :userId', { userId: holder.userId });
    else qb.where('a.api_client_id = :apiClientId', { apiClientId: holder.apiClientId });
    const rows = await qb.getMany();
    return rows.flatMap((r): Grant[] => {
      const unitPath = r.unitId ? r.unit?.path : null;
      if (!r.role || unitPath === undefined) return [];
      return [
        {
          roleCode: r.role.code,
          unitId: r.unitId,
          unitPath,
          permissions: new Set(r.role.permissions.filter(isPermission)),
        },
      ];
    });
  }

  /**
   * Whether every grant of `holder` lies inside the acting actor's scope for `permission` (a global
   * grant only inside a global scope). An administrator manages an account only then: otherwise a
   * commune administrator could take over an account that lives in the commune but holds a role on
   * the whole province (issue 9, A6).
   */
  async grantsWithinScope(tx: Tx, holder: Holder, permission: Permission): Promise<boolean> {
    const grants = await this.grantsOf(holder);
    return grants.every((g) => tx.ctx.actor.canAt(permission, g.unitPath));
  }

  /**
   * Keeps the shipped roles exactly as the code defines them (names and permissions can change with
   * a release). Runs at boot; each change is audited as the system.
   */
  async syncSystemRoles(): Promise<void> {
    const ctx = systemContext(Actor.system('Hệ thống (khởi động)'));
    await this.tx.run(ctx, async (tx) => {
      const repo = tx.em.getRepository(RoleEntity);
      for (const [code, def] of Object.entries(SYSTEM_ROLES) as [
        SystemRoleCode,
        (typeof SYSTEM_ROLES)[SystemRoleCode],
      ][]) {
        const wanted = {
          code,
          name: def.name,
          description: def.description,
          permissions: [...def.permissions].sort(),
          isSystem: true,
        };
        const existing = await repo.findOneBy({ code });
        if (!existing) {
          const created = await repo.save(repo.create(wanted));
          await tx.audit.created('role.create', roleTarget(created), wanted, ROLE_FIELDS);
          continue;
        }
        const before = { ...existing, permissions: [...existing.permissions].sort() };
        const changes = diffFields(before, wanted, ROLE_FIELDS);
        if (changes.length || !existing.isSystem) {
          await repo.update(existing.id, { ...wanted, version: existing.version + 1 });
          await tx.audit.event(
            'role.update',
            roleTarget({ id: existing.id, name: wanted.name }),
            changes,
          );
        }
      }
      tx.skipAudit();
    });
  }

  private assertGlobalRoleManager(ctx: RequestContext): void {
    if (!ctx.actor.canAt('ROLE_MANAGE', null)) {
      throw AppError.forbidden(
        'Chỉ người có quyền định nghĩa vai trò trên toàn hệ thống mới sửa được vai trò.',
      );
    }
  }

  private assertHoldsAll(ctx: RequestContext, permissions: Permission[]): void {
    const held = ctx.actor.permissionsAt(null);
    const missing = permissions.filter((p) => !held.has(p));
    if (missing.length) {
      throw AppError.forbidden(
        `Bạn không thể tạo vai trò có các quyền mà chính bạn không có: ${permissionLabels(missing)}.`,
      );
    }
  }

  async create(ctx: RequestContext, input: CreateRoleInput): Promise<RoleEntity> {
    this.assertGlobalRoleManager(ctx);
    const permissions = [...new Set(input.permissions)].sort();
    this.assertHoldsAll(ctx, permissions);
    return this.tx.run(ctx, async (tx) => {
      const repo = tx.em.getRepository(RoleEntity);
      if (await repo.existsBy({ code: input.code })) {
        throw AppError.field('code', `Mã vai trò "${input.code}" đã tồn tại.`);
      }
      const role = await repo.save(
        repo.create({
          code: input.code,
          name: input.name.trim(),
          description: input.description?.trim() || null,
          permissions,
          isSystem: false,
        }),
      );
      await tx.audit.created('role.create', roleTarget(role), role, ROLE_FIELDS);
      return role;
    });
  }

  async update(ctx: RequestContext, input: UpdateRoleInput): Promise<RoleEntity> {
    this.assertGlobalRoleManager(ctx);
    const permissions = [...new Set(input.permissions)].sort();
    this.assertHoldsAll(ctx, permissions);
    return this.tx.run(ctx, async (tx) => {
      const repo = tx.em.getRepository(RoleEntity);
      const before = await repo.findOneBy({ id: input.id });
      if (!before) throw AppError.notFound('Vai trò', input.id);
      if (before.isSystem) throw AppError.forbidden('Vai trò của hệ thống không sửa được.');
      const patch = {
        name: input.name.trim(),
        description: input.description?.trim() || null,
        permissions,
      };
      await tx.updateVersioned(RoleEntity, before.id, input.version, patch, {
        what: 'Vai trò',
        label: before.name,
        entityType: 'Role',
      });
      const after = (await repo.findOneBy({ id: before.id })) as RoleEntity;
      await tx.audit.changed('role.update', roleTarget(after), before, after, ROLE_FIELDS);
      return after;
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    this.assertGlobalRoleManager(ctx);
    return this.tx.run(ctx, async (tx) => {
      const role = await tx.em.findOneBy(RoleEntity, { id });
      if (!role) throw AppError.notFound('Vai trò', id);
      if (role.isSystem) throw AppError.forbidden('Vai trò của hệ thống không xóa được.');
      const inUse = await tx.em.countBy(RoleAssignmentEntity, { roleId: id });
      if (inUse) {
        throw AppError.field(
          'id',
          `Vai trò "${role.name}" đang được giao cho ${inUse} tài khoản; hãy thu hồi trước khi xóa.`,
        );
      }
      await tx.em.delete(RoleEntity, id);
      await tx.audit.deleted('role.delete', roleTarget(role), role, ROLE_FIELDS);
      return id;
    });
  }

  /**
   * Checks that the actor may hand out `grant`: ROLE_ASSIGN on its unit (or globally for a global
   * grant), and every permission of the role held there: nobody can give more than they have.
   */
  async checkGrant(
    tx: Tx,
    grant: RoleGrantInput,
    field: string,
  ): Promise<{ role: RoleEntity; unitPath: string | null }> {
    const role = await tx.em.findOneBy(RoleEntity, { id: grant.roleId });
    if (!role) throw AppError.field(`${field}.roleId`, 'Vai trò không tồn tại.');
    let unitPath: string | null = null;
    if (grant.unitId) {
      const unit = await this.org.findById(grant.unitId);
      if (!unit) throw AppError.field(`${field}.unitId`, 'Đơn vị không tồn tại.');
      unitPath = unit.path;
    }
    const actor = tx.ctx.actor;
    if (!actor.canAt('ROLE_ASSIGN', unitPath)) {
      throw AppError.forbidden(
        unitPath
          ? 'Bạn không có quyền phân vai trò trên đơn vị này.'
          : 'Chỉ người có quyền phân vai trò trên toàn hệ thống mới giao được vai trò toàn hệ thống.',
      );
    }
    const held = actor.permissionsAt(unitPath);
    const missing = role.permissions.filter((p) => !held.has(p));
    if (missing.length) {
      throw AppError.forbidden(
        `Không thể giao vai trò "${role.name}" trên phạm vi này vì bạn không có các quyền: ${permissionLabels(missing)}.`,
      );
    }
    return { role, unitPath };
  }

  /** Adds a grant inside the caller's transaction, after `checkGrant`. Audited. */
  async addGrant(
    tx: Tx,
    holder: Holder,
    grant: RoleGrantInput,
    field: string,
  ): Promise<RoleAssignmentEntity> {
    const { role } = await this.checkGrant(tx, grant, field);
    const unitId = grant.unitId ?? null;
    const duplicate = await tx.em
      .createQueryBuilder(RoleAssignmentEntity, 'a')
      .where('a.role_id = :roleId', { roleId: role.id })
      .andWhere(holder.userId ? 'a.user_id = :holderId' : 'a.api_client_id = :holderId', {
        holderId: holder.userId ?? holder.apiClientId,
      })
      .andWhere(unitId ? 'a.unit_id = :unitId' : 'a.unit_id IS NULL', { unitId })
      .getExists();
    if (duplicate)
      throw AppError.field(
        `${field}.roleId`,
        `Vai trò "${role.name}" đã được giao trên phạm vi này.`,
      );
    const assignment = tx.em.create(RoleAssignmentEntity, {
      roleId: role.id,
      unitId,
      userId: holder.userId ?? null,
      apiClientId: holder.apiClientId ?? null,
    });
    await tx.em.save(assignment);
    await tx.audit.event('role.grant', await holderTarget(tx.em, holder), [
      {
        field: 'roleAssignment',
        after: { assignmentId: assignment.id, role: role.code, unitId },
      },
    ]);
    return assignment;
  }

  async findAssignment(id: string): Promise<RoleAssignmentEntity | null> {
    return this.assignments.findOne({ where: { id }, relations: { role: true } });
  }

  /** Removes a grant: needs the same rights as giving it. */
  async removeGrant(tx: Tx, assignment: RoleAssignmentEntity): Promise<void> {
    await this.checkGrant(
      tx,
      { roleId: assignment.roleId, unitId: assignment.unitId },
      'assignmentId',
    );
    const { affected } = await tx.em.delete(RoleAssignmentEntity, assignment.id);
    if (!affected) throw AppError.notFound('Phân quyền', assignment.id);
    await tx.audit.event('role.revoke', await holderTarget(tx.em, assignment), [
      {
        field: 'roleAssignment',
        before: {
          assignmentId: assignment.id,
          role: assignment.role?.code,
          unitId: assignment.unitId,
        },
      },
    ]);
  }
}
