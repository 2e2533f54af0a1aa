import { Injectable } from '@nestjs/common';
import { In, type EntityManager, type Repository } from 'typeorm';
import { isoToVn, todayInVietnam, type IsoDate } from '@thidua/shared-domain';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type PageArgs } from '../../core/graphql/connection';
import { RESTRUCTURING_OPERATIONS, restructuringTarget } from './org-audit';
import { OrgService } from './org.service';
import { RestructuringParticipants, type ParticipantReport } from './restructuring-participants';
import { RestructuringEntity, type RestructuringKind } from './restructuring.entity';
import { UnitKindEntity } from './unit-kind.entity';
import { UnitLineageEntity } from './unit-lineage.entity';
import { UnitVersionEntity } from './unit-version.entity';
import { UnitEntity, type UnitStatus } from './unit.entity';

export interface LegalBasisData {
  number: string;
  date: IsoDate;
  title?: string | null;
}

interface RestructuringCommon {
  effectiveDate: IsoDate;
  legalBasis: LegalBasisData;
  note?: string | null;
}

export interface RenameData extends RestructuringCommon {
  unitId: string;
  newName: string;
  /** undefined keeps the short name; null clears it. */
  newShortName?: string | null;
  newCode?: string | null;
}

export interface MoveData extends RestructuringCommon {
  unitId: string;
  newParentId: string;
}

export interface NewUnitData {
  code: string;
  name: string;
  shortName?: string | null;
  kindCode: string;
  legalPerson?: boolean | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface MergeData extends RestructuringCommon {
  sourceUnitIds: string[];
  targetUnitId?: string | null;
  newUnit?: NewUnitData | null;
  newUnitParentId?: string | null;
}

export interface SplitData extends RestructuringCommon {
  sourceUnitId: string;
  newUnits: NewUnitData[];
}

export interface DissolveData extends RestructuringCommon {
  unitId: string;
}

export type UnitChangeAction = 'CREATED' | 'RENAMED' | 'MOVED' | 'ENDED' | 'UNCHANGED_TARGET';

export interface UnitChangeData {
  action: UnitChangeAction;
  unitId: string | null;
  code: string;
  nameBefore: string | null;
  nameAfter: string | null;
  parentBefore: string | null;
  parentAfter: string | null;
}

/** What a restructuring did: the record, every unit it touched, and what other modules reported. */
export interface RestructuringOutcome {
  restructuring: RestructuringEntity;
  changes: UnitChangeData[];
  reports: ParticipantReport[];
  warnings: string[];
}

/**
 * Rename, move, merge, split, dissolve: each with an effective date and a legal basis, in the caller's
 * transaction. The same code computes previews (run in a transaction that rolls back).
 */
@Injectable()
export class RestructuringService {
  constructor(
    private readonly scopes: UnitScopes,
    private readonly db: TransactionRunner,
    private readonly org: OrgService,
    private readonly participants: RestructuringParticipants,
  ) {}

  private get restructurings(): Repository<RestructuringEntity> {
    return this.db.repo(RestructuringEntity);
  }

  async rename(tx: Tx, data: RenameData): Promise<RestructuringOutcome> {
    this.checkDates(data);
    const unit = await this.source(tx, data.unitId, 'unitId');
    this.checkAfterLastChange(unit, data.effectiveDate, await this.lastChange(tx.em, unit.id));
    const newCode = data.newCode?.trim() || unit.code;
    const newShortName = data.newShortName === undefined ? unit.shortName : data.newShortName;
    if (newCode.toUpperCase() !== unit.code.toUpperCase() && (await this.org.findByCode(newCode))) {
      throw AppError.field('newCode', `Mã đơn vị "${newCode}" đã tồn tại.`);
    }
    if (data.newName === unit.name && newCode === unit.code && newShortName === unit.shortName) {
      throw AppError.field(
        'newName',
        'Tên, tên viết tắt và mã mới trùng với hiện tại: không có gì để đổi.',
      );
    }
    const r = await this.record(tx, 'RENAME', data, [unit.id], [unit.id]);
    await this.newVersion(
      tx.em,
      unit,
      data.effectiveDate,
      { name: data.newName, code: newCode, shortName: newShortName },
      r.id,
    );
    await this.bump(tx.em, unit.id, { name: data.newName, code: newCode, shortName: newShortName });
    const changes: UnitChangeData[] = [
      {
        action: 'RENAMED',
        unitId: unit.id,
        code: newCode,
        nameBefore: unit.name,
        nameAfter: data.newName,
        parentBefore: null,
        parentAfter: null,
      },
    ];
    return this.finish(tx, r, changes, [unit], [], data);
  }

  async move(tx: Tx, data: MoveData): Promise<RestructuringOutcome> {
    this.checkDates(data);
    const unit = await this.source(tx, data.unitId, 'unitId');
    const parent = await this.permitted(tx, data.newParentId, 'newParentId');
    if (parent.id === unit.parentId)
      throw AppError.field('newParentId', `"${unit.name}" đã trực thuộc "${parent.name}".`);
    if (parent.id === unit.id || parent.path.startsWith(`${unit.path}.`)) {
      throw AppError.field(
        'newParentId',
        'Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc nó.',
      );
    }
    const kind = await this.kindOf(tx.em, unit);
    await this.org.assertKindFits(kind, parent, tx.em, 'newParentId');
    this.checkAfterLastChange(unit, data.effectiveDate, await this.lastChange(tx.em, unit.id));
    if (parent.validFrom > data.effectiveDate) {
      throw AppError.field(
        'effectiveDate',
        `Ngày hiệu lực trước ngày thành lập "${parent.name}" (${isoToVn(parent.validFrom)}).`,
      );
    }
    const oldParent = unit.parentId ? await this.org.get(unit.parentId) : null;
    const r = await this.record(tx, 'MOVE', data, [unit.id], [unit.id]);
    await this.reparent(tx.em, unit, parent, data.effectiveDate, r.id);
    const changes: UnitChangeData[] = [
      {
        action: 'MOVED',
        unitId: unit.id,
        code: unit.code,
        nameBefore: unit.name,
        nameAfter: unit.name,
        parentBefore: oldParent?.name ?? null,
        parentAfter: parent.name,
      },
    ];
    return this.finish(tx, r, changes, [unit], [], data);
  }

  async merge(tx: Tx, data: MergeData): Promise<RestructuringOutcome> {
    this.checkDates(data);
    const ids = [...new Set(data.sourceUnitIds)];
    if (ids.length !== data.sourceUnitIds.length)
      throw AppError.field('sourceUnitIds', 'Danh sách đơn vị sáp nhập có đơn vị lặp lại.');
    if (!!data.targetUnitId === !!data.newUnit) {
      throw AppError.field(
        'targetUnitId',
        'Chọn một đơn vị tiếp nhận có sẵn hoặc khai báo đơn vị mới (không cả hai).',
      );
    }
    if (data.newUnit && ids.length < 2)
      throw AppError.field('sourceUnitIds', 'Hợp nhất thành đơn vị mới cần ít nhất 2 đơn vị.');
    if (ids.length < 1) throw AppError.field('sourceUnitIds', 'Chọn ít nhất một đơn vị sáp nhập.');
    const sources: UnitEntity[] = [];
    for (const id of ids) sources.push(await this.source(tx, id, 'sourceUnitIds'));
    const trees = new Set(sources.map((s) => s.tree));
    if (trees.size > 1)
      throw AppError.field(
        'sourceUnitIds',
        'Các đơn vị sáp nhập phải cùng một hệ thống (chính quyền, Đảng hoặc đoàn thể).',
      );
    for (const s of sources)
      this.checkAfterLastChange(s, data.effectiveDate, await this.lastChange(tx.em, s.id));

    const changes: UnitChangeData[] = [];
    let target: UnitEntity;
    const r = await this.record(tx, 'MERGE', data, ids, []);
    if (data.targetUnitId) {
      if (ids.includes(data.targetUnitId))
        throw AppError.field(
          'targetUnitId',
          'Đơn vị tiếp nhận không được nằm trong danh sách sáp nhập.',
        );
      target = await this.permitted(tx, data.targetUnitId, 'targetUnitId');
      if (target.tree !== sources[0]?.tree)
        throw AppError.field(
          'targetUnitId',
          'Đơn vị tiếp nhận phải cùng hệ thống với các đơn vị sáp nhập.',
        );
      changes.push({
        action: 'UNCHANGED_TARGET',
        unitId: target.id,
        code: target.code,
        nameBefore: target.name,
        nameAfter: target.name,
        parentBefore: null,
        parentAfter: null,
      });
    } else {
      const parentId = data.newUnitParentId ?? null;
      if (parentId) await this.permitted(tx, parentId, 'newUnitParentId');
      target = await this.createResult(
        tx,
        data.newUnit as NewUnitData,
        parentId,
        data.effectiveDate,
        r.id,
        'newUnit',
      );
      const parentName = parentId ? (await this.org.get(parentId)).name : null;
      changes.push({
        action: 'CREATED',
        unitId: target.id,
        code: target.code,
        nameBefore: null,
        nameAfter: target.name,
        parentBefore: null,
        parentAfter: parentName,
      });
    }
    const warnings: string[] = [];
    for (const s of sources) {
      changes.push(await this.end(tx.em, s, 'MERGED', data.effectiveDate));
      changes.push(
        ...(await this.moveChildren(tx.em, s, target, data.effectiveDate, r.id, warnings)),
      );
      await this.lineage(tx.em, s.id, target.id, r.id);
    }
    await this.setResults(tx.em, r, [target.id]);
    return this.finish(tx, r, changes, sources, [target], data, warnings);
  }

  async split(tx: Tx, data: SplitData): Promise<RestructuringOutcome> {
    this.checkDates(data);
    if (data.newUnits.length < 2)
      throw AppError.field('newUnits', 'Chia tách cần ít nhất 2 đơn vị mới.');
    const codes = data.newUnits.map((u) => u.code.toUpperCase());
    if (new Set(codes).size !== codes.length)
      throw AppError.field('newUnits', 'Các đơn vị mới có mã trùng nhau.');
    const source = await this.source(tx, data.sourceUnitId, 'sourceUnitId');
    this.checkAfterLastChange(source, data.effectiveDate, await this.lastChange(tx.em, source.id));
    const r = await this.record(tx, 'SPLIT', data, [source.id], []);
    const parentName = source.parentId ? (await this.org.get(source.parentId)).name : null;
    const created: UnitEntity[] = [];
    const changes: UnitChangeData[] = [];
    for (const [i, nu] of data.newUnits.entries()) {
      const unit = await this.createResult(
        tx,
        nu,
        source.parentId,
        data.effectiveDate,
        r.id,
        `newUnits.${i}`,
      );
      created.push(unit);
      changes.push({
        action: 'CREATED',
        unitId: unit.id,
        code: unit.code,
        nameBefore: null,
        nameAfter: unit.name,
        parentBefore: null,
        parentAfter: parentName,
      });
      await this.lineage(tx.em, source.id, unit.id, r.id);
    }
    const warnings: string[] = [];
    changes.push(await this.end(tx.em, source, 'SPLIT', data.effectiveDate));
    changes.push(
      ...(await this.moveChildren(
        tx.em,
        source,
        created[0] as UnitEntity,
        data.effectiveDate,
        r.id,
        warnings,
      )),
    );
    await this.setResults(
      tx.em,
      r,
      created.map((u) => u.id),
    );
    return this.finish(tx, r, changes, [source], created, data, warnings);
  }

  async dissolve(tx: Tx, data: DissolveData): Promise<RestructuringOutcome> {
    this.checkDates(data);
    const unit = await this.source(tx, data.unitId, 'unitId');
    const children = await tx.em
      .getRepository(UnitEntity)
      .find({ where: { parentId: unit.id, status: 'ACTIVE' }, order: { code: 'ASC' } });
    if (children.length) {
      throw AppError.field(
        'unitId',
        `"${unit.name}" còn ${children.length} đơn vị trực thuộc đang hoạt động (${children
          .slice(0, 3)
          .map((c) => c.name)
          .join(
            ', ',
          )}${children.length > 3 ? ', …' : ''}): chuyển hoặc giải thể các đơn vị này trước.`,
      );
    }
    this.checkAfterLastChange(unit, data.effectiveDate, await this.lastChange(tx.em, unit.id));
    const r = await this.record(tx, 'DISSOLVE', data, [unit.id], []);
    const changes = [await this.end(tx.em, unit, 'DISSOLVED', data.effectiveDate)];
    return this.finish(tx, r, changes, [unit], [], data);
  }

  /** Restructurings touching units in the actor's scope, newest first; or those of one unit. */
  async list(
    ctx: RequestContext,
    args: PageArgs & { unitId?: string | null },
  ): Promise<ConnectionShape<RestructuringEntity>> {
    const qb = this.restructurings.createQueryBuilder('r');
    const scoped = this.restructurings.manager
      .createQueryBuilder()
      .select('1')
      .from(UnitEntity, 'x')
      .where('x.id = ANY(r.source_unit_ids || r.result_unit_ids)');
    whereInScope(scoped, await this.scopes.of(ctx.actor, 'UNIT_READ'), 'x.path');
    qb.where(`EXISTS (${scoped.getQuery()})`).setParameters(scoped.getParameters());
    if (args.unitId)
      qb.andWhere(':unitId = ANY(r.source_unit_ids || r.result_unit_ids)', { unitId: args.unitId });
    return paginate(qb, args, {
      expression: 'r.created_at',
      direction: 'DESC',
      value: (r) => r.createdAt,
      idExpression: 'r.id',
      id: (r) => r.id,
    });
  }

  // ---------------------------------------------------------------------------------------------------

  private checkDates(data: RestructuringCommon): void {
    const today = todayInVietnam();
    if (data.effectiveDate > today) {
      throw AppError.field(
        'effectiveDate',
        `Ngày hiệu lực ${isoToVn(data.effectiveDate)} chưa đến: thực hiện sắp xếp từ ngày quyết định có hiệu lực.`,
      );
    }
    if (data.legalBasis.date > today)
      throw AppError.field('legalBasis.date', 'Ngày ban hành văn bản không được sau ngày hôm nay.');
    if (data.legalBasis.date > data.effectiveDate) {
      throw AppError.field(
        'legalBasis.date',
        'Ngày ban hành văn bản phải trước hoặc bằng ngày hiệu lực.',
      );
    }
  }

  /** An active unit the actor may restructure. */
  private source(tx: Tx, id: string, field: string): Promise<UnitEntity> {
    return this.permitted(tx, id, field);
  }

  /**
   * An active unit the actor may restructure (a source, a new parent, a target): outside what it reads
   * the unit does not exist for it, and no refusal names a unit it cannot read.
   */
  private permitted(tx: Tx, id: string, field: string): Promise<UnitEntity> {
    return this.org.attachableFor(
      tx,
      id,
      'UNIT_RESTRUCTURE',
      (u) => `Bạn không có quyền sắp xếp đơn vị "${u.name}".`,
      field,
    );
  }

  private kindOf(em: EntityManager, unit: UnitEntity): Promise<UnitKindEntity> {
    return em.getRepository(UnitKindEntity).findOneByOrFail({ id: unit.kindId });
  }

  private async lastChange(em: EntityManager, unitId: string): Promise<IsoDate> {
    const v = await em
      .getRepository(UnitVersionEntity)
      .findOne({ where: { unitId }, order: { validFrom: 'DESC' } });
    return v?.validFrom ?? '0001-01-01';
  }

  /** History is appended, never rewritten: a change takes effect after the unit's last one. */
  private checkAfterLastChange(unit: UnitEntity, date: IsoDate, last: IsoDate): void {
    if (date <= last) {
      throw AppError.field(
        'effectiveDate',
        `Ngày hiệu lực phải sau ngày ${isoToVn(last)} (lần thay đổi gần nhất của "${unit.name}").`,
      );
    }
  }

  private async record(
    tx: Tx,
    kind: RestructuringKind,
    data: RestructuringCommon,
    sources: string[],
    results: string[],
  ): Promise<RestructuringEntity> {
    const repo = tx.em.getRepository(RestructuringEntity);
    const r = repo.create({
      kind,
      effectiveDate: data.effectiveDate,
      legalBasisNumber: data.legalBasis.number.trim(),
      legalBasisDate: data.legalBasis.date,
      legalBasisTitle: data.legalBasis.title?.trim() || null,
      note: data.note?.trim() || null,
      actorName: tx.ctx.actor.displayName,
      sourceUnitIds: sources,
      resultUnitIds: results,
    });
    await repo.save(r);
    return r;
  }

  private async setResults(
    em: EntityManager,
    r: RestructuringEntity,
    ids: string[],
  ): Promise<void> {
    r.resultUnitIds = ids;
    await em.getRepository(RestructuringEntity).update({ id: r.id }, { resultUnitIds: ids });
  }

  private async createResult(
    tx: Tx,
    data: NewUnitData,
    parentId: string | null,
    date: IsoDate,
    restructuringId: string,
    field: string,
  ): Promise<UnitEntity> {
    try {
      return await this.org.create(tx, { ...data, parentId, validFrom: date, restructuringId });
    } catch (error) {
      // name the field inside the input the user filled (newUnit.code, newUnits.1.kindCode)
      if (error instanceof AppError && error.fields) {
        const fields = Object.fromEntries(
          Object.entries(error.fields).map(([k, v]) => [k === 'parentId' ? k : `${field}.${k}`, v]),
        );
        throw AppError.badInput(fields, error.message);
      }
      throw error;
    }
  }

  /** Closes the open version on `date` and opens the next with `patch` applied. */
  private async newVersion(
    em: EntityManager,
    unit: UnitEntity,
    date: IsoDate,
    patch: Partial<Pick<UnitVersionEntity, 'name' | 'code' | 'shortName' | 'parentId'>>,
    restructuringId: string,
  ): Promise<void> {
    const versions = em.getRepository(UnitVersionEntity);
    const current = await versions.findOne({
      where: { unitId: unit.id },
      order: { validFrom: 'DESC' },
    });
    if (!current) throw new Error(`unit ${unit.id} has no version`);
    await versions.update({ id: current.id }, { validTo: date });
    await versions.insert({
      unitId: unit.id,
      validFrom: date,
      validTo: null,
      code: patch.code ?? current.code,
      name: patch.name ?? current.name,
      shortName: patch.shortName === undefined ? current.shortName : patch.shortName,
      parentId: patch.parentId === undefined ? current.parentId : patch.parentId,
      restructuringId,
    });
  }

  /** Structural change on the row: bumps its version so any edit form open on it is stale. */
  private async bump(em: EntityManager, id: string, patch: Partial<UnitEntity>): Promise<void> {
    await em
      .createQueryBuilder()
      .update(UnitEntity)
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id', { id })
      .execute();
  }

  /** Moves a unit and its subtree under `parent` (paths and depths follow), opening a new version. */
  private async reparent(
    em: EntityManager,
    unit: UnitEntity,
    parent: UnitEntity,
    date: IsoDate,
    restructuringId: string,
  ): Promise<void> {
    await this.newVersion(em, unit, date, { parentId: parent.id }, restructuringId);
    const oldPath = unit.path;
    const label = oldPath.split('.').at(-1) as string;
    const newPath = `${parent.path}.${label}`;
    await em.query(
      `UPDATE units SET path = $2::ltree || subpath(path, nlevel($1::ltree)), depth = nlevel($2::ltree) + nlevel(path) - nlevel($1::ltree) - 1
        WHERE path <@ $1::ltree AND id <> $3`,
      [oldPath, newPath, unit.id],
    );
    await this.bump(em, unit.id, { parentId: parent.id, path: newPath, depth: parent.depth + 1 });
  }

  private async moveChildren(
    em: EntityManager,
    from: UnitEntity,
    to: UnitEntity,
    date: IsoDate,
    restructuringId: string,
    warnings: string[],
  ): Promise<UnitChangeData[]> {
    const children = await em
      .getRepository(UnitEntity)
      .find({ where: { parentId: from.id, status: 'ACTIVE' }, order: { code: 'ASC' } });
    const changes: UnitChangeData[] = [];
    for (const child of children) {
      const kind = await this.kindOf(em, child);
      try {
        await this.org.assertKindFits(kind, to, em, 'sourceUnitIds');
      } catch {
        throw AppError.field(
          'sourceUnitIds',
          `Đơn vị trực thuộc "${child.name}" (loại "${kind.name}") không thể chuyển về "${to.name}".`,
        );
      }
      if (date <= (await this.lastChange(em, child.id))) {
        throw AppError.field(
          'effectiveDate',
          `Đơn vị trực thuộc "${child.name}" có thay đổi sau ngày hiệu lực này.`,
        );
      }
      await this.reparent(em, child, to, date, restructuringId);
      changes.push({
        action: 'MOVED',
        unitId: child.id,
        code: child.code,
        nameBefore: child.name,
        nameAfter: child.name,
        parentBefore: from.name,
        parentAfter: to.name,
      });
    }
    if (children.length)
      warnings.push(`${children.length} đơn vị trực thuộc "${from.name}" chuyển về "${to.name}".`);
    return changes;
  }

  private async end(
    em: EntityManager,
    unit: UnitEntity,
    status: UnitStatus,
    date: IsoDate,
  ): Promise<UnitChangeData> {
    const versions = em.getRepository(UnitVersionEntity);
    const current = await versions.findOne({
      where: { unitId: unit.id },
      order: { validFrom: 'DESC' },
    });
    if (current) await versions.update({ id: current.id }, { validTo: date });
    await this.bump(em, unit.id, { validTo: date, status });
    return {
      action: 'ENDED',
      unitId: unit.id,
      code: unit.code,
      nameBefore: unit.name,
      nameAfter: null,
      parentBefore: null,
      parentAfter: null,
    };
  }

  private async lineage(
    em: EntityManager,
    predecessorId: string,
    successorId: string,
    restructuringId: string,
  ): Promise<void> {
    await em
      .getRepository(UnitLineageEntity)
      .insert({ predecessorId, successorId, restructuringId });
  }

  private async finish(
    tx: Tx,
    r: RestructuringEntity,
    changes: UnitChangeData[],
    sources: UnitEntity[],
    successors: UnitEntity[],
    data: RestructuringCommon,
    warnings: string[] = [],
  ): Promise<RestructuringOutcome> {
    const fresh = (ids: string[]) =>
      ids.length ? tx.em.getRepository(UnitEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
    const reports = await this.participants.notify(tx, {
      kind: r.kind,
      restructuringId: r.id,
      effectiveDate: r.effectiveDate,
      sources: await fresh(sources.map((s) => s.id)),
      successors: orderLike(await fresh(successors.map((s) => s.id)), successors),
    });
    await tx.audit.event(
      RESTRUCTURING_OPERATIONS[r.kind],
      restructuringTarget(r.id, sources, successors),
      [
        { field: 'effectiveDate', after: data.effectiveDate },
        {
          field: 'legalBasis',
          after: `${data.legalBasis.number} (${isoToVn(data.legalBasis.date)})`,
        },
        { field: 'sourceUnitIds', after: r.sourceUnitIds },
        { field: 'resultUnitIds', after: r.resultUnitIds },
        ...changes.map((c) => ({
          field: `${c.action.toLowerCase()}:${c.code}`,
          before: c.nameBefore ?? c.parentBefore,
          after: c.nameAfter ?? c.parentAfter,
        })),
      ],
    );
    return {
      restructuring: r,
      changes,
      reports,
      warnings: [...warnings, ...reports.flatMap((p) => p.warnings ?? [])],
    };
  }
}

function orderLike(rows: UnitEntity[], like: UnitEntity[]): UnitEntity[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return like.map((u) => byId.get(u.id)).filter((u): u is UnitEntity => !!u);
}
