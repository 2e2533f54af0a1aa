import { blankToNull } from '@thidua/shared-domain';
import { Injectable } from '@nestjs/common';
import { In, type Repository } from 'typeorm';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import type { AuditOperation } from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { OrgService } from '../org/org.service';
import type {
  CreateUserInput,
  ResetUserPasswordInput,
  SetUserStatusInput,
  UpdateMyProfileInput,
  UpdateUserInput,
  UsersArgs,
} from './dto/identity.inputs';
import { userTarget } from './audit-targets';
import { UserEntity } from './entities/user.entity';
import { PasswordService } from './password.service';
import { RoleService } from './role.service';
import { SessionService } from './session.service';

/** Fields of a user that appear in the audit log (never the password hash). */
export const USER_AUDIT_FIELDS = [
  'username',
  'fullName',
  'email',
  'unitId',
  'status',
  'mustChangePassword',
] as const;

const SORT_COLUMNS = {
  USERNAME: { expression: 'u.username', value: (u: UserEntity) => u.username },
  FULL_NAME: { expression: 'u.full_name', value: (u: UserEntity) => u.fullName },
  CREATED_AT: { expression: 'u.created_at', value: (u: UserEntity) => u.createdAt },
} as const;

export interface NewUserData {
  username: string;
  fullName: string;
  email?: string | null;
  unitId: string;
  password: string;
  mustChangePassword?: boolean;
}

/** An account the caller can read but whose roles reach further than the caller manages (no unit named). */
export const ACCOUNT_TOO_WIDE =
  'Tài khoản này có quyền ở phạm vi rộng hơn phạm vi bạn quản lý nên bạn không thể thay đổi. Hãy nhờ quản trị viên cấp trên.';

/** What changing an account needs: USER_MANAGE to edit, reset, lock or move it; ROLE_ASSIGN to change its roles. */
export type AccountPermission = 'USER_MANAGE' | 'ROLE_ASSIGN';

@Injectable()
export class UserService {
  constructor(
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly roles: RoleService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly tx: TransactionRunner,
  ) {}

  private get users(): Repository<UserEntity> {
    return this.tx.repo(UserEntity);
  }

  readonly userById = loaderKey<string, UserEntity | null>('userById', async (ids) =>
    byKeys(ids, await this.users.findBy({ id: In([...ids]) }), (u) => u.id),
  );

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  async list(ctx: RequestContext, args: UsersArgs): Promise<ConnectionShape<UserEntity>> {
    const qb = this.users.createQueryBuilder('u').innerJoin('units', 'un', 'un.id = u.unit_id');
    // accounts follow their unit through a restructuring: always at a live unit
    whereInScope(qb, this.scopes.live(ctx.actor, 'USER_READ'), 'un.path');
    if (args.unitId) {
      const unit = await this.org.findById(args.unitId);
      if (!unit) throw AppError.field('unitId', 'Đơn vị không tồn tại.');
      qb.andWhere('un.path <@ CAST(:unitPath AS ltree)', { unitPath: unit.path });
    }
    if (args.status) qb.andWhere('u.status = :status', { status: args.status });
    const search = args.search?.trim();
    if (search) {
      qb.andWhere(
        `thidua_fold(u.full_name || ' ' || u.username || ' ' || coalesce(u.email, '')) LIKE '%' || thidua_fold(:search) || '%'`,
        { search },
      );
    }
    const order = args.orderBy ?? { field: 'USERNAME' as const, direction: 'ASC' as const };
    const column = SORT_COLUMNS[order.field];
    return paginate(qb, args, {
      expression: column.expression,
      direction: order.direction,
      value: column.value,
      idExpression: 'u.id',
      id: (u) => u.id,
    });
  }

  /** Visible users only; anything outside the scope is NOT_FOUND, so its existence is not revealed. */
  async getVisible(ctx: RequestContext, id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (user && (user.id === ctx.actor.id || (await this.inScope(ctx, 'USER_READ', user.unitId)))) {
      return user;
    }
    throw AppError.notFound('Người dùng', id);
  }

  private async inScope(
    ctx: RequestContext,
    permission: 'USER_READ' | 'USER_MANAGE',
    unitId: string,
  ): Promise<boolean> {
    const unit = await this.org.findById(unitId);
    return !!unit && ctx.actor.canAt(permission, unit.path);
  }

  /**
   * The caller may change this account with `permission` only when the home unit AND every grant of
   * the user lie inside its scope for that permission: a commune administrator could otherwise reset
   * the password of a user who lives in the commune but leads the whole province, and sign in as them
   * (issue 9, A6). A user the caller cannot read is NOT_FOUND (not revealed); one it can read but not
   * change is FORBIDDEN, with a message that names no unit.
   */
  private async assertManageable(
    tx: Tx,
    user: UserEntity,
    permission: AccountPermission = 'USER_MANAGE',
  ): Promise<void> {
    const actor = tx.ctx.actor;
    const unit = await this.org.get(user.unitId);
    if (user.id !== actor.id && !actor.canAt('USER_READ', unit.path))
      throw AppError.notFound('Người dùng', user.id);
    if (!actor.canAt(permission, unit.path)) {
      throw AppError.forbidden(
        permission === 'USER_MANAGE'
          ? 'Bạn không có quyền quản lý người dùng của đơn vị này.'
          : 'Bạn không có quyền phân vai trò cho người dùng của đơn vị này.',
      );
    }
    if (!(await this.roles.grantsWithinScope(tx, { userId: user.id }, permission))) {
      throw AppError.forbidden(ACCOUNT_TOO_WIDE);
    }
  }

  /** For changing a user's roles inside the caller's transaction (AccessService): see assertManageable. */
  async assertRolesManageable(tx: Tx, userId: string): Promise<void> {
    const user = await tx.em.findOneBy(UserEntity, { id: userId });
    if (!user) throw AppError.notFound('Người dùng', userId);
    await this.assertManageable(tx, user, 'ROLE_ASSIGN');
  }

  private async assertUnitManageable(tx: Tx, unitId: string, field: string): Promise<void> {
    const unit = await this.org.findById(unitId);
    if (!unit) throw AppError.field(field, 'Đơn vị không tồn tại.');
    if (!tx.ctx.actor.canAt('USER_MANAGE', unit.path)) {
      throw AppError.forbidden('Bạn không có quyền quản lý người dùng của đơn vị này.');
    }
  }

  /** Creates a user with no permission checks (callers check): used by the mutation and by seeds. */
  async createInTx(tx: Tx, data: NewUserData): Promise<UserEntity> {
    const repo = tx.em.getRepository(UserEntity);
    if (await repo.existsBy({ username: data.username })) {
      throw AppError.field('username', `Tên đăng nhập "${data.username}" đã được sử dụng.`);
    }
    this.passwords.assertAcceptable(data.password, 'password');
    const user = repo.create({
      username: data.username,
      fullName: data.fullName.trim(),
      email: blankToNull(data.email),
      unitId: data.unitId,
      passwordHash: await this.passwords.hash(data.password),
      status: 'ACTIVE',
      mustChangePassword: data.mustChangePassword ?? false,
      lastLoginAt: null,
    });
    await repo.save(user);
    await tx.audit.created('user.create', userTarget(user), user, USER_AUDIT_FIELDS);
    return user;
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserEntity> {
    return this.tx.run(ctx, async (tx) => {
      await this.assertUnitManageable(tx, input.unitId, 'unitId');
      const user = await this.createInTx(tx, { ...input, mustChangePassword: true });
      for (const [i, grant] of input.roles.entries()) {
        await this.roles.addGrant(tx, { userId: user.id }, grant, `roles.${i}`);
      }
      return user;
    });
  }

  async update(ctx: RequestContext, input: UpdateUserInput): Promise<UserEntity> {
    return this.tx.run(ctx, async (tx) => {
      const before = await tx.em.findOneBy(UserEntity, { id: input.id });
      if (!before) throw AppError.notFound('Người dùng', input.id);
      await this.assertManageable(tx, before);
      if (input.unitId !== before.unitId)
        await this.assertUnitManageable(tx, input.unitId, 'unitId');
      return this.applyProfile(tx, before, input.version, {
        fullName: input.fullName.trim(),
        email: blankToNull(input.email),
        unitId: input.unitId,
      });
    });
  }

  async updateMyProfile(ctx: RequestContext, input: UpdateMyProfileInput): Promise<UserEntity> {
    if (ctx.actor.type !== 'USER' || !ctx.actor.id)
      throw AppError.forbidden('Chỉ người dùng mới có hồ sơ cá nhân.');
    const userId = ctx.actor.id;
    return this.tx.run(ctx, async (tx) => {
      const before = await tx.em.findOneBy(UserEntity, { id: userId });
      if (!before) throw AppError.notFound('Người dùng', userId);
      return this.applyProfile(tx, before, input.version, {
        fullName: input.fullName.trim(),
        email: blankToNull(input.email),
      });
    });
  }

  private async applyProfile(
    tx: Tx,
    before: UserEntity,
    version: number,
    patch: Partial<
      Pick<
        UserEntity,
        'fullName' | 'email' | 'unitId' | 'status' | 'mustChangePassword' | 'passwordHash'
      >
    >,
    operation: AuditOperation = 'user.update',
    extraChanges: { field: string }[] = [],
  ): Promise<UserEntity> {
    await tx.updateVersioned(UserEntity, before.id, version, patch, {
      what: 'Người dùng',
      label: before.username,
      entityType: 'User',
    });
    const after = (await tx.em.findOneBy(UserEntity, { id: before.id })) as UserEntity;
    await tx.audit.changed(
      operation,
      userTarget(after),
      before,
      after,
      USER_AUDIT_FIELDS,
      extraChanges,
    );
    return after;
  }

  async setStatus(ctx: RequestContext, input: SetUserStatusInput): Promise<UserEntity> {
    return this.tx.run(ctx, async (tx) => {
      const before = await tx.em.findOneBy(UserEntity, { id: input.id });
      if (!before) throw AppError.notFound('Người dùng', input.id);
      await this.assertManageable(tx, before);
      if (before.id === ctx.actor.id && input.status === 'DISABLED') {
        throw AppError.field('status', 'Bạn không thể tự khóa tài khoản của mình.');
      }
      const after = await this.applyProfile(
        tx,
        before,
        input.version,
        { status: input.status },
        input.status === 'DISABLED' ? 'user.disable' : 'user.enable',
      );
      // A disabled user is refused at once: their sessions end in the same transaction.
      if (input.status === 'DISABLED') await this.sessions.revokeAllForUser(tx.em, before.id);
      return after;
    });
  }

  async resetPassword(ctx: RequestContext, input: ResetUserPasswordInput): Promise<UserEntity> {
    this.passwords.assertAcceptable(input.newPassword, 'newPassword');
    return this.tx.run(ctx, async (tx) => {
      const before = await tx.em.findOneBy(UserEntity, { id: input.id });
      if (!before) throw AppError.notFound('Người dùng', input.id);
      await this.assertManageable(tx, before);
      const after = await this.applyProfile(
        tx,
        before,
        before.version,
        { passwordHash: await this.passwords.hash(input.newPassword), mustChangePassword: true },
        'user.password.reset',
        [{ field: 'password' }],
      );
      await this.sessions.revokeAllForUser(tx.em, before.id);
      return after;
    });
  }

  /** Self-service change; ends the user's other sessions. */
  async changeOwnPassword(
    ctx: RequestContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    if (ctx.actor.type !== 'USER' || !ctx.actor.id)
      throw AppError.forbidden('Chỉ người dùng mới đổi được mật khẩu.');
    const userId = ctx.actor.id;
    const user = await this.users.findOneBy({ id: userId });
    if (!user || !(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw AppError.field('currentPassword', 'Mật khẩu hiện tại không đúng.');
    }
    this.passwords.assertAcceptable(newPassword, 'newPassword');
    if (currentPassword === newPassword) {
      throw AppError.field('newPassword', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
    }
    const passwordHash = await this.passwords.hash(newPassword);
    await this.tx.run(ctx, async (tx) => {
      await this.applyProfile(
        tx,
        user,
        user.version,
        { passwordHash, mustChangePassword: false },
        'user.password.change',
        [{ field: 'password' }],
      );
      await this.sessions.revokeAllForUser(tx.em, user.id, ctx.actor.sessionId);
    });
  }
}
