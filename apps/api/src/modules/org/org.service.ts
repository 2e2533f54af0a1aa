import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import { applyScope } from '../../core/auth/scope-sql';
import type { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape } from '../../core/graphql/connection';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { UnitEntity, pathLabel } from './unit.entity';
import type { UnitsArgs } from './units.args';

export interface CreateUnitData {
  code: string;
  name: string;
  shortName?: string | null;
  parentId?: string | null;
}

/** Units and their tree. Other modules use this service, never the unit table. */
@Injectable()
export class OrgService {
  constructor(@InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>) {}

  readonly unitById = loaderKey<string, UnitEntity | null>('unitById', async (ids) =>
    byKeys(ids, await this.units.findBy({ id: In([...ids]) }), (u) => u.id),
  );

  async findById(id: string, em?: EntityManager): Promise<UnitEntity | null> {
    return (em?.getRepository(UnitEntity) ?? this.units).findOneBy({ id });
  }

  /** The unit, or a NOT_FOUND error. */
  async get(id: string, em?: EntityManager): Promise<UnitEntity> {
    const unit = await this.findById(id, em);
    if (!unit) throw AppError.notFound('Đơn vị', id);
    return unit;
  }

  async pathsByIds(ids: string[], em?: EntityManager): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await (em?.getRepository(UnitEntity) ?? this.units).find({
      select: { id: true, path: true },
      where: { id: In(ids) },
    });
    return new Map(rows.map((r) => [r.id, r.path]));
  }

  async count(): Promise<number> {
    return this.units.count();
  }

  rootUnits(em?: EntityManager): Promise<UnitEntity[]> {
    return (em?.getRepository(UnitEntity) ?? this.units).find({
      where: { parentId: IsNull() },
      order: { code: 'ASC' },
    });
  }

  async list(ctx: RequestContext, args: UnitsArgs): Promise<ConnectionShape<UnitEntity>> {
    const qb = this.units.createQueryBuilder('u');
    applyScope(qb, ctx.actor.scope('UNIT_READ'), 'u.path');
    if (args.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: args.parentId });
    const search = args.search?.trim();
    if (search) {
      qb.andWhere(`thidua_fold(u.name || ' ' || u.code) LIKE '%' || thidua_fold(:search) || '%'`, {
        search,
      });
    }
    return paginate(qb, args, {
      expression: 'u.path',
      direction: 'ASC',
      value: (u) => u.path,
      idExpression: 'u.id',
      id: (u) => u.id,
    });
  }

  /** A unit the actor may read, or NOT_FOUND (we do not reveal what exists outside the scope). */
  async getVisible(ctx: RequestContext, id: string): Promise<UnitEntity> {
    const unit = await this.findById(id);
    if (!unit || !ctx.actor.canAt('UNIT_READ', unit.path)) throw AppError.notFound('Đơn vị', id);
    return unit;
  }

  /** Creates a unit under `parentId` (or as a root). Caller's transaction; audited. */
  async create(tx: Tx, data: CreateUnitData): Promise<UnitEntity> {
    const repo = tx.em.getRepository(UnitEntity);
    if (await repo.existsBy({ code: data.code })) {
      throw AppError.field('code', `Mã đơn vị "${data.code}" đã tồn tại.`);
    }
    const parent = data.parentId ? await this.get(data.parentId, tx.em) : null;
    const id = randomUUID();
    const unit = repo.create({
      id,
      code: data.code,
      name: data.name,
      shortName: data.shortName ?? null,
      parentId: parent?.id ?? null,
      path: parent ? `${parent.path}.${pathLabel(id)}` : pathLabel(id),
      depth: parent ? parent.depth + 1 : 0,
    });
    await repo.insert(unit);
    await tx.audit({
      operation: 'unit.create',
      entityType: 'Unit',
      entityId: id,
      changes: [
        { field: 'code', after: unit.code },
        { field: 'name', after: unit.name },
        { field: 'parentId', after: unit.parentId },
      ],
    });
    return unit;
  }
}
