import { Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import { OrgService } from '../org/org.service';
import { randomKeyPrefix, randomToken, sameHash, sha256, parseApiKey } from './crypto';
import type {
  ApiClientsArgs,
  CreateApiClientInput,
  RevokeApiClientInput,
} from './dto/identity.inputs';
import { apiClientTarget } from './audit-targets';
import { ApiClientEntity } from './entities/api-client.entity';
import { RoleService } from './role.service';

const CLIENT_AUDIT_FIELDS = ['name', 'description', 'unitId', 'status', 'keyPrefix'] as const;
const TOUCH_EVERY_MS = 60_000;

export interface IssuedKey {
  client: ApiClientEntity;
  token: string;
}

/** Service accounts for other systems: the secret is shown once and stored as a hash. */
@Injectable()
export class ApiClientService {
  constructor(
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly roles: RoleService,
    private readonly tx: TransactionRunner,
  ) {}

  private get clients(): Repository<ApiClientEntity> {
    return this.tx.repo(ApiClientEntity);
  }

  /** The active client for a bearer token, or null. Touches last_used_at at most once a minute. */
  async authenticate(token: string): Promise<ApiClientEntity | null> {
    const parsed = parseApiKey(token);
    if (!parsed) return null;
    const client = await this.clients.findOneBy({ keyPrefix: parsed.keyPrefix });
    if (
      !client ||
      client.status !== 'ACTIVE' ||
      !sameHash(client.secretHash, sha256(parsed.secret))
    ) {
      return null;
    }
    const now = Date.now();
    if (!client.lastUsedAt || now - client.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      client.lastUsedAt = new Date(now);
      // Bookkeeping, not an edit: plain SQL so the row's version (optimistic lock) is untouched.
      await this.clients.query('UPDATE api_clients SET last_used_at = $1 WHERE id = $2', [
        client.lastUsedAt,
        client.id,
      ]);
    }
    return client;
  }

  findById(id: string): Promise<ApiClientEntity | null> {
    return this.clients.findOneBy({ id });
  }

  async list(ctx: RequestContext, args: ApiClientsArgs): Promise<ConnectionShape<ApiClientEntity>> {
    const qb = this.clients.createQueryBuilder('c').innerJoin('units', 'un', 'un.id = c.unit_id');
    whereInScope(qb, await this.scopes.of(ctx.actor, 'API_CLIENT_MANAGE'), 'un.path');
    const search = args.search?.trim();
    if (search) {
      qb.andWhere(
        `thidua_fold(c.name || ' ' || c.key_prefix) LIKE '%' || thidua_fold(:search) || '%'`,
        { search },
      );
    }
    return paginate(qb, args, {
      expression: 'c.created_at',
      direction: 'DESC',
      value: (c) => c.createdAt,
      idExpression: 'c.id',
      id: (c) => c.id,
    });
  }

  private async assertManageable(tx: Tx, unitId: string, field = 'unitId'): Promise<void> {
    const unit = await this.org.findById(unitId);
    if (!unit) throw AppError.field(field, 'Đơn vị không tồn tại.');
    if (!tx.ctx.actor.canAt('API_CLIENT_MANAGE', unit.path)) {
      throw AppError.forbidden('Bạn không có quyền quản lý ứng dụng tích hợp của đơn vị này.');
    }
  }

  /**
   * The client, when the caller may change it with `permission` (API_CLIENT_MANAGE to rotate or revoke
   * it, ROLE_ASSIGN to change its roles): its unit AND every grant must lie inside the caller's scope,
   * as for users (issue 9, A6): rotating the key of a client that reads the whole province would hand
   * a commune administrator that reach. Not visible (API_CLIENT_MANAGE on its unit): NOT_FOUND;
   * visible but wider: FORBIDDEN, naming no unit.
   */
  async getManageable(
    tx: Tx,
    id: string,
    permission: 'API_CLIENT_MANAGE' | 'ROLE_ASSIGN' = 'API_CLIENT_MANAGE',
  ): Promise<ApiClientEntity> {
    const client = await tx.em.findOneBy(ApiClientEntity, { id });
    const unit = client ? await this.org.findById(client.unitId) : null;
    const actor = tx.ctx.actor;
    if (
      !client ||
      !unit ||
      (actor.id !== client.id && !actor.canAt('API_CLIENT_MANAGE', unit.path))
    ) {
      throw AppError.notFound('Ứng dụng tích hợp', id);
    }
    if (!actor.canAt(permission, unit.path)) {
      throw AppError.forbidden(
        permission === 'ROLE_ASSIGN'
          ? 'Bạn không có quyền phân vai trò cho ứng dụng tích hợp của đơn vị này.'
          : 'Bạn không có quyền quản lý ứng dụng tích hợp của đơn vị này.',
      );
    }
    if (!(await this.roles.grantsWithinScope(tx, { apiClientId: client.id }, permission))) {
      throw AppError.forbidden(
        'Ứng dụng này có quyền ở phạm vi rộng hơn phạm vi bạn quản lý nên bạn không thể thay đổi. Hãy nhờ quản trị viên cấp trên.',
      );
    }
    return client;
  }

  async create(ctx: RequestContext, input: CreateApiClientInput): Promise<IssuedKey> {
    return this.tx.run(ctx, async (tx) => {
      await this.assertManageable(tx, input.unitId);
      const secret = randomToken();
      const repo = tx.em.getRepository(ApiClientEntity);
      const client = await repo.save(
        repo.create({
          name: input.name.trim(),
          description: input.description?.trim() || null,
          unitId: input.unitId,
          keyPrefix: randomKeyPrefix(),
          secretHash: sha256(secret),
          status: 'ACTIVE',
          lastUsedAt: null,
          revokedAt: null,
          createdById: ctx.actor.type === 'USER' ? ctx.actor.id : null,
        }),
      );
      await tx.audit.created(
        'apiClient.create',
        apiClientTarget(client),
        client,
        CLIENT_AUDIT_FIELDS,
      );
      for (const [i, grant] of input.roles.entries()) {
        await this.roles.addGrant(tx, { apiClientId: client.id }, grant, `roles.${i}`);
      }
      return { client, token: `${client.keyPrefix}_${secret}` };
    });
  }

  async rotateSecret(ctx: RequestContext, id: string): Promise<IssuedKey> {
    return this.tx.run(ctx, async (tx) => {
      const client = await this.getManageable(tx, id);
      if (client.status !== 'ACTIVE')
        throw AppError.field('id', 'Ứng dụng đã bị thu hồi, không thể cấp khóa mới.');
      const secret = randomToken();
      const keyPrefix = randomKeyPrefix();
      await tx.updateVersioned(
        ApiClientEntity,
        client.id,
        client.version,
        { keyPrefix, secretHash: sha256(secret) },
        {
          what: 'Ứng dụng tích hợp',
          label: client.name,
          entityType: 'ApiClient',
        },
      );
      await tx.audit.event('apiClient.rotateSecret', apiClientTarget(client), [
        { field: 'keyPrefix', before: client.keyPrefix, after: keyPrefix },
        { field: 'secret' },
      ]);
      const after = (await tx.em.findOneBy(ApiClientEntity, { id })) as ApiClientEntity;
      return { client: after, token: `${keyPrefix}_${secret}` };
    });
  }

  async revoke(ctx: RequestContext, input: RevokeApiClientInput): Promise<ApiClientEntity> {
    return this.tx.run(ctx, async (tx) => {
      const before = await this.getManageable(tx, input.id);
      if (before.status === 'REVOKED') throw AppError.field('id', 'Ứng dụng này đã bị thu hồi.');
      await tx.updateVersioned(
        ApiClientEntity,
        before.id,
        input.version,
        { status: 'REVOKED', revokedAt: new Date() },
        {
          what: 'Ứng dụng tích hợp',
          label: before.name,
          entityType: 'ApiClient',
        },
      );
      const after = (await tx.em.findOneBy(ApiClientEntity, { id: before.id })) as ApiClientEntity;
      await tx.audit.changed(
        'apiClient.revoke',
        apiClientTarget(after),
        before,
        after,
        CLIENT_AUDIT_FIELDS,
      );
      return after;
    });
  }

  /** Clients visible to the actor (for role-assignment checks and field resolvers). */
  async getVisible(ctx: RequestContext, id: string): Promise<ApiClientEntity> {
    const client = await this.findById(id);
    if (client) {
      const unit = await this.org.findById(client.unitId);
      if (unit && (ctx.actor.id === client.id || ctx.actor.canAt('API_CLIENT_MANAGE', unit.path)))
        return client;
    }
    throw AppError.notFound('Ứng dụng tích hợp', id);
  }
}
