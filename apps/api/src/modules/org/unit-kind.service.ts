import { Injectable, Logger } from '@nestjs/common';
import { In, type Repository } from 'typeorm';
import { SYSTEM_UNIT_KINDS, type SystemUnitKindCode } from '@thidua/shared-domain';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { unitKindTarget } from './org-audit';
import { UnitKindEntity } from './unit-kind.entity';
import type { UnitTree } from '@thidua/shared-domain';

export interface UnitKindData {
  code: string;
  name: string;
  tree: UnitTree;
  allowedParentCodes: string[];
  canBeRoot: boolean;
  legalPersonDefault: boolean;
  sortOrder: number;
}

/**
 * How long a process trusts its copy of the catalog. The catalog is a few dozen rows that change a
 * few times a year, yet every unit a list shows asked for its kind: one statement in six of a unit
 * list (bench/http). This process forgets its copy when it changes a kind; another instance's change
 * shows here within this time.
 */
const CATALOG_TTL_MS = 30_000;

/** The catalog of unit kinds: the system's (kept in step with the code at boot) and administrators' own. */
@Injectable()
export class UnitKindService {
  private readonly logger = new Logger(UnitKindService.name);
  private catalog: { readAt: number; byId: Map<string, UnitKindEntity> } | null = null;

  constructor(private readonly db: TransactionRunner) {}

  private get kinds(): Repository<UnitKindEntity> {
    return this.db.repo(UnitKindEntity);
  }

  readonly kindById = loaderKey<string, UnitKindEntity | null>('unitKindById', async (ids) => {
    const byId = await this.catalogById();
    // a kind created since the copy was read: read those few directly
    const missing = ids.filter((id) => !byId.has(id));
    const extra = missing.length ? await this.kinds.findBy({ id: In([...missing]) }) : [];
    return byKeys(ids, [...ids.flatMap((id) => byId.get(id) ?? []), ...extra], (k) => k.id);
  });

  /**
   * A kind from this process's copy of the catalog while it is fresh, without a promise: a list of
   * 140 units then answers `kind` for each at once (a promise per unit made graphql-js assemble each
   * row through another promise). Undefined inside a transaction, when the copy is stale or absent,
   * or for a kind it does not hold: the caller asks `kindById`, which reads.
   */
  kindIfCached(id: string): UnitKindEntity | undefined {
    if (this.db.active || !this.catalog || Date.now() - this.catalog.readAt >= CATALOG_TTL_MS)
      return undefined;
    return this.catalog.byId.get(id);
  }

  /** The whole catalog by id: this process's copy, or read afresh inside a transaction. */
  private async catalogById(): Promise<Map<string, UnitKindEntity>> {
    if (this.db.active) return new Map((await this.kinds.find()).map((k) => [k.id, k]));
    const now = Date.now();
    if (this.catalog && now - this.catalog.readAt < CATALOG_TTL_MS) return this.catalog.byId;
    const byId = new Map((await this.kinds.find()).map((k) => [k.id, k]));
    this.catalog = { readAt: now, byId };
    return byId;
  }

  /** After a change commits: the next reader reads the catalog again. */
  private forgetCatalog(tx?: Tx): void {
    if (tx) tx.afterCommit(() => (this.catalog = null));
    else this.catalog = null;
  }

  list(): Promise<UnitKindEntity[]> {
    return this.kinds.find({
      order: { tree: 'ASC', sortOrder: 'ASC', code: 'ASC' },
    });
  }

  async byCode(code: string): Promise<UnitKindEntity | null> {
    return this.kinds.createQueryBuilder('k').where('k.code = :code', { code }).getOne();
  }

  /** All kinds keyed by upper-case code (for imports and seeds). */
  async byCodes(): Promise<Map<string, UnitKindEntity>> {
    const all = await this.list();
    return new Map(all.map((k) => [k.code.toUpperCase(), k]));
  }

  async requireByCode(code: string, field = 'kindCode'): Promise<UnitKindEntity> {
    const kind = await this.byCode(code);
    if (!kind) throw AppError.field(field, `Loại đơn vị "${code}" không có trong danh mục.`);
    return kind;
  }

  /** Inserts missing system kinds and brings changed ones in line with the code (idempotent). */
  async syncSystemKinds(): Promise<void> {
    const existing = new Map((await this.kinds.find()).map((k) => [k.code.toUpperCase(), k]));
    const defs = Object.entries(SYSTEM_UNIT_KINDS) as [
      SystemUnitKindCode,
      (typeof SYSTEM_UNIT_KINDS)[SystemUnitKindCode],
    ][];
    // catalog order from 0, as the organisation migration seeded PROVINCE (0) and DEPARTMENT (1)
    for (const [order, [code, def]] of defs.entries()) {
      const wanted = {
        name: def.name,
        tree: def.tree,
        allowedParentCodes: [...def.parents],
        canBeRoot: def.root,
        legalPersonDefault: def.legalPerson,
        sortOrder: order,
        isSystem: true,
      };
      const row = existing.get(code);
      if (!row) {
        await this.kinds.insert({ code, ...wanted });
        continue;
      }
      const same =
        row.name === wanted.name &&
        row.tree === wanted.tree &&
        row.canBeRoot === wanted.canBeRoot &&
        row.legalPersonDefault === wanted.legalPersonDefault &&
        row.sortOrder === wanted.sortOrder &&
        row.isSystem &&
        row.allowedParentCodes.join(',') === wanted.allowedParentCodes.join(',');
      if (!same) {
        // bookkeeping: raw update so an administrator's open edit form is not made stale for nothing
        await this.kinds.update({ id: row.id }, wanted);
        this.logger.log(`Cập nhật loại đơn vị hệ thống ${code}.`);
      }
    }
    this.forgetCatalog();
  }

  /** Administrators extend the catalog (e.g. "Hội đồng quản trị", "Trạm y tế"). */
  async create(tx: Tx, data: UnitKindData): Promise<UnitKindEntity> {
    const repo = tx.em.getRepository(UnitKindEntity);
    if (await this.byCode(data.code))
      throw AppError.field('code', `Mã loại đơn vị "${data.code}" đã tồn tại.`);
    await this.assertParentCodes(data.allowedParentCodes, data.code);
    const kind = repo.create({ ...data, code: data.code.toUpperCase(), isSystem: false });
    await repo.save(kind);
    this.forgetCatalog(tx);
    await tx.audit.event(
      'unitKind.create',
      unitKindTarget(kind),
      Object.entries(data).map(([field, after]) => ({ field, after })),
    );
    return kind;
  }

  async update(
    tx: Tx,
    id: string,
    version: number,
    data: Omit<UnitKindData, 'code' | 'tree'>,
  ): Promise<UnitKindEntity> {
    const repo = tx.em.getRepository(UnitKindEntity);
    const kind = await repo.findOneBy({ id });
    if (!kind) throw AppError.notFound('Loại đơn vị', id);
    if (kind.isSystem)
      throw AppError.field('id', `"${kind.name}" là loại đơn vị của hệ thống, không sửa được.`);
    await this.assertParentCodes(data.allowedParentCodes, kind.code);
    await tx.updateVersioned(UnitKindEntity, id, version, data, {
      what: 'Loại đơn vị',
      label: kind.name,
      entityType: 'UnitKind',
    });
    this.forgetCatalog(tx);
    await tx.audit.event(
      'unitKind.update',
      unitKindTarget({ id, name: data.name }),
      Object.entries(data)
        .filter(([f, v]) => JSON.stringify(kind[f as keyof UnitKindEntity]) !== JSON.stringify(v))
        .map(([field, after]) => ({
          field,
          before: kind[field as keyof UnitKindEntity] as unknown,
          after,
        })),
    );
    return (await repo.findOneBy({ id })) as UnitKindEntity;
  }

  private async assertParentCodes(codes: string[], self: string): Promise<void> {
    const known = await this.byCodes();
    const unknown = codes.filter(
      (c) => !known.has(c.toUpperCase()) && c.toUpperCase() !== self.toUpperCase(),
    );
    if (unknown.length) {
      throw AppError.field(
        'allowedParentCodes',
        `Loại đơn vị cấp trên không có trong danh mục: ${unknown.join(', ')}.`,
      );
    }
  }
}
