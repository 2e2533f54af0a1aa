import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, IsNull, type Repository } from 'typeorm';
import {
  ALL_LEGAL_DOCUMENT_KINDS,
  dayBefore,
  foldVietnamese,
  isIsoDate,
  isoToVn,
  LEGAL_DATE_MESSAGES,
  LEGAL_DOCUMENT_KINDS,
  legalDateProblems,
  legalDocumentName,
  legalDocumentStart,
  NATIONAL_LEGAL_DOCUMENTS,
  normalizeLegalNumber,
  TEXT_LIMITS,
  todayInVietnam,
  oneLine,
  type IsoDate,
  type LegalDateProblem,
  type LegalDocumentKind,
  type NationalLegalDocument,
  type Permission,
} from '@thidua/shared-domain';
import { Actor } from '../../core/auth/actor';
import { UnitScopes } from '../../core/auth/unit-scope';
import { diffFields } from '../../core/audit/diff';
import { systemContext } from '../../core/context/request-context';
import { rankedBy, searchRank, addSearch } from '../../core/database/search';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type KeysetSort } from '../../core/graphql/connection';
import { byKeys, groupByKeys, loaderKey } from '../../core/graphql/loaders';
import { OrgService } from '../org/org.service';
import {
  LEGAL_DOCUMENT_AUDIT_FIELDS,
  LEGAL_REPLACEMENT_AUDIT_FIELDS,
  legalDocumentAuditView,
  legalDocumentTarget,
  type LegalDocumentAuditView,
} from './legal-audit';
import { LegalDocumentEntity } from './legal-document.entity';

const MANAGE: Permission = 'LEGAL_MANAGE';

/** A unit as OrgService gives it (its entity is org's own). */
type Unit = Awaited<ReturnType<OrgService['get']>>;

/** What a caller sends to create or edit a document (the replacement has its own operation). */
export interface LegalDocumentData {
  number: string;
  kind: LegalDocumentKind;
  issuingBody: string;
  issuerUnitId?: string | null;
  issuedOn?: IsoDate | null;
  title: string;
  effectiveFrom?: IsoDate | null;
  effectiveTo?: IsoDate | null;
  note?: string | null;
}

export interface LegalDocumentFilter {
  search?: string | null;
  kind?: LegalDocumentKind | null;
  /** Only documents in force on this day. */
  effectiveOn?: IsoDate | null;
  /** Also documents replaced by another (on `effectiveOn`, else today). */
  includeReplaced?: boolean | null;
}

/** A document's own columns, as written (search text apart). */
type Attributes = Pick<
  LegalDocumentEntity,
  | 'number'
  | 'kind'
  | 'issuingBody'
  | 'issuerUnitId'
  | 'issuedOn'
  | 'title'
  | 'effectiveFrom'
  | 'effectiveTo'
  | 'note'
>;

/** Newest first; undated documents (a shipped one whose sources give no date) last. */
const ISSUED_ORDER = `COALESCE(d.issued_on, DATE '0001-01-01')`;
const UNDATED = '0001-01-01';

/** The chain of replacements from a document, to refuse a cycle; 100 links is far beyond any real one. */
const SUCCESSORS_SQL = `WITH RECURSIVE chain(id, depth) AS (
    SELECT d.replaced_by_id, 1 FROM legal_documents d WHERE d.id = $1
    UNION ALL
    SELECT d.replaced_by_id, c.depth + 1 FROM legal_documents d JOIN chain c ON d.id = c.id WHERE c.depth < 100
  ) SELECT 1 FROM chain WHERE id = $2 LIMIT 1`;

/** What search matches: the kind's label, the number, the trích yếu and the issuing body. */
function searchTextOf(a: Pick<Attributes, 'kind' | 'number' | 'title' | 'issuingBody'>): string {
  return [LEGAL_DOCUMENT_KINDS[a.kind], a.number, a.title ?? '', a.issuingBody].join(' ');
}

/**
 * The registry of legal and guiding documents (module `legal`, first part): national ones shipped
 * with the system and kept at boot, local ones (a province's plan, a commune's guidance) added by the
 * officers of the unit that issued them. Reading is open to every signed-in user (these are public
 * documents); managing needs LEGAL_MANAGE globally for a national document, at the issuer unit for a
 * local one.
 */
@Injectable()
export class LegalService {
  private readonly logger = new Logger(LegalService.name);

  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
  ) {}

  private get docs(): Repository<LegalDocumentEntity> {
    return this.db.repo(LegalDocumentEntity);
  }

  readonly documentById = loaderKey<string, LegalDocumentEntity | null>(
    'legalDocumentById',
    async (ids) => byKeys(ids, await this.findByIds(ids), (d) => d.id),
  );

  /** The documents each one replaced, newest first. */
  readonly replacedDocumentsOf = loaderKey<string, LegalDocumentEntity[]>(
    'legalDocumentsReplacedBy',
    async (ids) =>
      groupByKeys(
        ids,
        await this.docs.find({
          where: { replacedById: In([...ids]) },
          order: { issuedOn: { direction: 'DESC', nulls: 'LAST' }, number: 'ASC' },
        }),
        (d) => d.replacedById as string,
      ),
  );

  // ---------------------------------------------------------------------------------------------------
  // reading (every signed-in user)

  async list(
    f: LegalDocumentFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<LegalDocumentEntity>> {
    const qb = this.docs.createQueryBuilder('d');
    if (f.kind) qb.andWhere('d.kind = :kind', { kind: f.kind });
    const on = f.effectiveOn ?? null;
    if (on) {
      // started (its effective date, else its issue date; unknown counts as started) and not ended
      qb.andWhere(
        `(COALESCE(d.effective_from, d.issued_on) IS NULL OR COALESCE(d.effective_from, d.issued_on) <= :on)
         AND (d.effective_to IS NULL OR d.effective_to >= :on)`,
        { on },
      );
    }
    if (!f.includeReplaced) {
      // replaced on the day: it has a replacement and its last day, if known, is past
      // (legalDocumentStatus says the same in TypeScript)
      qb.andWhere('(d.replaced_by_id IS NULL OR d.effective_to >= :asOf)', {
        asOf: on ?? todayInVietnam(),
      });
    }
    const search = f.search?.trim();
    let sort: KeysetSort<LegalDocumentEntity>;
    if (search) {
      addSearch(qb, search, 'd.search_text');
      sort = rankedBy(qb, searchRank('d.search_text'), 'd.id');
    } else {
      sort = {
        expression: ISSUED_ORDER,
        direction: 'DESC',
        value: (d) => d.issuedOn ?? UNDATED,
        idExpression: 'd.id',
        id: (d) => d.id,
        // no index serves this order (a registry of hundreds of documents, a province's thousands):
        // the first page counts in the same statement
        readsAll: true,
      };
    }
    return paginate(qb, f, sort);
  }

  /** The documents of `ids` that exist, in no particular order (one query). */
  async findByIds(ids: readonly string[]): Promise<LegalDocumentEntity[]> {
    return ids.length ? this.docs.findBy({ id: In([...ids]) }) : [];
  }

  /** Any document (they are public), or NOT_FOUND. */
  async get(id: string): Promise<LegalDocumentEntity> {
    const doc = await this.docs.findOneBy({ id });
    if (!doc) throw AppError.notFound('Văn bản', id);
    return doc;
  }

  /**
   * May the actor manage a document issued at `issuerPath` (null: a national document, which needs a
   * global grant)? A local document of an ended unit is managed by whoever manages what it became
   * (ADR 0013's widened scope): Kế hoạch 645/KH-UBND stays the former province's document.
   */
  async canManage(actor: Actor, issuerPath: string | null): Promise<boolean> {
    return this.scopes.covers(actor, MANAGE, issuerPath);
  }

  // ---------------------------------------------------------------------------------------------------
  // writing (the caller's transaction; every change audited)

  async create(tx: Tx, data: LegalDocumentData): Promise<LegalDocumentEntity> {
    const attrs = await this.checked(tx, data, null);
    const doc = await this.insert(tx, attrs, null);
    await tx.audit.created<LegalDocumentAuditView>(
      'legalDocument.create',
      legalDocumentTarget(doc),
      legalDocumentAuditView(doc),
      LEGAL_DOCUMENT_AUDIT_FIELDS,
    );
    return doc;
  }

  /**
   * Replaces every field the input carries, with optimistic locking on `version`. Audits the fields
   * that changed; a save without changes writes nothing (the caller then records no audit row).
   */
  async update(
    tx: Tx,
    id: string,
    version: number,
    data: LegalDocumentData,
  ): Promise<LegalDocumentEntity> {
    const before = await this.manageable(tx, id);
    const attrs = await this.checked(tx, data, before);
    const beforeView = legalDocumentAuditView(before);
    const afterView = legalDocumentAuditView({ ...before, ...attrs });
    const changes = diffFields(beforeView, afterView, LEGAL_DOCUMENT_AUDIT_FIELDS);
    if (!changes.length) {
      if (version !== before.version) throw this.conflict(before);
      return before;
    }
    await this.write(tx, before, version, { ...attrs, searchText: searchTextOf(attrs) });
    await tx.audit.changed(
      'legalDocument.update',
      legalDocumentTarget({ ...before, ...attrs }),
      beforeView,
      afterView,
      LEGAL_DOCUMENT_AUDIT_FIELDS,
    );
    return tx.em.findOneByOrFail(LegalDocumentEntity, { id });
  }

  /**
   * Records that `replacedById` replaced (or repealed) the document, or with null that it did not.
   * The last day in force is the one given, else the one already recorded, else the day before the
   * replacement takes effect (NĐ 152/2025 from 01/07/2025: NĐ 98/2023 to 30/06/2025). Marking what is
   * already recorded is refused (BAD_USER_INPUT): every successful mutation leaves an audit row.
   */
  async markReplaced(
    tx: Tx,
    id: string,
    version: number,
    replacedById: string | null,
    effectiveTo: IsoDate | null | undefined,
  ): Promise<LegalDocumentEntity> {
    const doc = await this.manageable(tx, id);
    let replacement: LegalDocumentEntity | null = null;
    if (replacedById) {
      if (replacedById === id)
        throw AppError.field('replacedById', 'Văn bản không thể thay thế chính nó.');
      replacement = await tx.em.findOneBy(LegalDocumentEntity, { id: replacedById });
      if (!replacement) throw AppError.field('replacedById', 'Văn bản thay thế không tồn tại.');
      const cycle: unknown[] = await tx.em.query(SUCCESSORS_SQL, [replacement.id, doc.id]);
      if (cycle.length) {
        throw AppError.field(
          'replacedById',
          `${legalDocumentName(replacement)} đã được thay thế (trực tiếp hoặc qua văn bản khác) bởi chính ${legalDocumentName(doc)}: không thể ghi nhận thay thế vòng quanh.`,
        );
      }
    }
    let to = effectiveTo ?? doc.effectiveTo;
    if (to === null && replacement) {
      const start = legalDocumentStart(replacement);
      const derived = start ? dayBefore(start) : null;
      // a derived day that contradicts the document's own dates is left for the officer to give
      if (derived && !endProblem(doc, derived)) to = derived;
    }
    const problem = to === null ? null : endProblem(doc, to);
    if (problem) throw AppError.field('effectiveTo', LEGAL_DATE_MESSAGES[problem]);

    const beforeView = legalDocumentAuditView(doc);
    const afterView = legalDocumentAuditView({
      ...doc,
      replacedById: replacement?.id ?? null,
      effectiveTo: to,
    });
    const changes = diffFields(beforeView, afterView, LEGAL_REPLACEMENT_AUDIT_FIELDS);
    if (!changes.length) {
      // nothing to record: said, rather than a success the audit log would not show
      if (version !== doc.version) throw this.conflict(doc);
      throw AppError.field(
        'replacedById',
        replacement
          ? `${legalDocumentName(doc)} đã được ghi nhận thay thế bởi ${legalDocumentName(replacement)}.`
          : `${legalDocumentName(doc)} chưa được ghi nhận thay thế.`,
      );
    }
    await this.write(tx, doc, version, {
      replacedById: replacement?.id ?? null,
      effectiveTo: to,
    });
    await tx.audit.changed(
      'legalDocument.replace',
      legalDocumentTarget(doc),
      beforeView,
      afterView,
      LEGAL_REPLACEMENT_AUDIT_FIELDS,
    );
    return tx.em.findOneByOrFail(LegalDocumentEntity, { id });
  }

  /**
   * The national documents of NATIONAL_LEGAL_DOCUMENTS, at every boot (idempotent): the missing ones
   * are inserted (a replacement before what it replaced, so the link is part of the creation), and of
   * those already there only blank fields are filled, so an officer's corrections stay. Audited as the
   * system, like the system roles.
   */
  async syncNationalDocuments(): Promise<void> {
    const ctx = systemContext(Actor.system('Hệ thống (khởi động)'));
    let inserted = 0;
    let filled = 0;
    await this.db.run(ctx, async (tx) => {
      const national = await tx.em.findBy(LegalDocumentEntity, { issuerUnitId: IsNull() });
      const found = new Map<string, LegalDocumentEntity>();
      for (const def of NATIONAL_LEGAL_DOCUMENTS) {
        const row = national.find((d) => sameDocument(d, def));
        if (row) found.set(def.number, row);
      }
      // missing ones, replacements first
      let pending = NATIONAL_LEGAL_DOCUMENTS.filter((def) => !found.has(def.number));
      while (pending.length) {
        const ready = pending.filter((def) => !def.replacedBy || found.has(def.replacedBy));
        // a replacement missing from the list (never in the code as shipped): insert without the link
        const batch = ready.length ? ready : pending;
        for (const def of batch) {
          const replacedById = def.replacedBy ? (found.get(def.replacedBy)?.id ?? null) : null;
          const doc = await this.insert(tx, attributesOf(def), replacedById);
          await tx.audit.created<LegalDocumentAuditView>(
            'legalDocument.create',
            legalDocumentTarget(doc),
            legalDocumentAuditView(doc),
            [...LEGAL_DOCUMENT_AUDIT_FIELDS, 'replacedById'],
          );
          found.set(def.number, doc);
          inserted += 1;
        }
        pending = pending.filter((def) => !batch.includes(def));
      }
      // blanks of the ones that were there
      for (const def of NATIONAL_LEGAL_DOCUMENTS) {
        const row = found.get(def.number);
        if (!row || !national.includes(row)) continue;
        const wanted: Partial<LegalDocumentEntity> = {
          issuedOn: def.issuedOn,
          title: def.title,
          effectiveFrom: def.effectiveFrom,
          effectiveTo: def.effectiveTo,
          note: def.note,
          replacedById: def.replacedBy ? (found.get(def.replacedBy)?.id ?? null) : null,
        };
        const patch = Object.fromEntries(
          Object.entries(wanted).filter(
            ([field, value]) => value !== null && row[field as keyof LegalDocumentEntity] === null,
          ),
        ) as Partial<LegalDocumentEntity>;
        if (!Object.keys(patch).length) continue;
        const after = { ...row, ...patch };
        await tx.em
          .createQueryBuilder()
          .update(LegalDocumentEntity)
          .set({
            ...patch,
            searchText: searchTextOf(after),
            version: () => 'version + 1',
            updatedAt: () => 'now()',
          } as never)
          .where('id = :id', { id: row.id })
          .execute();
        await tx.audit.changed(
          'legalDocument.update',
          legalDocumentTarget(row),
          legalDocumentAuditView(row),
          legalDocumentAuditView(after),
          [...LEGAL_DOCUMENT_AUDIT_FIELDS, 'replacedById'],
        );
        filled += 1;
      }
      tx.skipAudit();
    });
    if (inserted || filled)
      this.logger.log(`Văn bản căn cứ trung ương: thêm ${inserted}, bổ sung ${filled}.`);
  }

  // ---------------------------------------------------------------------------------------------------

  /** The document, if the actor manages it; outside its scope NOT_FOUND (the refusal names nothing). */
  private async manageable(tx: Tx, id: string): Promise<LegalDocumentEntity> {
    const doc = await tx.em.findOneBy(LegalDocumentEntity, { id });
    const path = doc?.issuerUnitId ? (await this.org.findById(doc.issuerUnitId))?.path : null;
    if (!doc || path === undefined || !(await this.canManage(tx.ctx.actor, path ?? null))) {
      throw AppError.notFound('Văn bản', id);
    }
    return doc;
  }

  /**
   * Every rule on a document's fields, then who may issue it: all field problems at once (Vietnamese,
   * per field), then the issuer (a national document needs a global grant, a local one the grant at
   * its unit), then the dates against an ended issuer, then duplicates.
   */
  private async checked(
    tx: Tx,
    d: LegalDocumentData,
    existing: LegalDocumentEntity | null,
  ): Promise<Attributes> {
    const a: Attributes = {
      number: normalizeLegalNumber(d.number ?? ''),
      kind: d.kind,
      issuingBody: oneLine(d.issuingBody),
      issuerUnitId: d.issuerUnitId ?? null,
      issuedOn: d.issuedOn ?? null,
      title: oneLine(d.title) || null,
      effectiveFrom: d.effectiveFrom ?? null,
      effectiveTo: d.effectiveTo ?? null,
      // free text keeps its line breaks; blank is none
      note: d.note?.trim() || null,
    };
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    if (!a.number) add('number', 'Số, ký hiệu không được để trống.');
    else if (a.number.length > TEXT_LIMITS.legalNumber)
      add('number', `Số, ký hiệu không được dài quá ${TEXT_LIMITS.legalNumber} ký tự.`);
    if (!ALL_LEGAL_DOCUMENT_KINDS.includes(a.kind))
      add('kind', 'Loại văn bản không nằm trong danh sách cho phép.');
    if (!a.issuingBody) add('issuingBody', 'Cơ quan ban hành không được để trống.');
    else if (a.issuingBody.length > TEXT_LIMITS.issuingBody)
      add('issuingBody', `Cơ quan ban hành không được dài quá ${TEXT_LIMITS.issuingBody} ký tự.`);
    if (!a.title) add('title', 'Trích yếu không được để trống.');
    else if (a.title.length > TEXT_LIMITS.legalTitle)
      add('title', `Trích yếu không được dài quá ${TEXT_LIMITS.legalTitle} ký tự.`);
    if (a.note && a.note.length > TEXT_LIMITS.note)
      add('note', `Ghi chú không được dài quá ${TEXT_LIMITS.note} ký tự.`);
    const dateLabels = {
      issuedOn: 'Ngày ban hành',
      effectiveFrom: 'Ngày có hiệu lực',
      effectiveTo: 'Ngày hết hiệu lực',
    } as const;
    for (const [field, label] of Object.entries(dateLabels) as [keyof typeof dateLabels, string][])
      if (a[field] !== null && !isIsoDate(a[field])) add(field, `${label} không phải ngày hợp lệ.`);
    for (const { field, problem } of legalDateProblems(a, todayInVietnam()))
      add(field, LEGAL_DATE_MESSAGES[problem]);
    if (Object.keys(errors).length) throw AppError.badInput(errors);

    if (a.issuerUnitId === null) {
      if (!tx.ctx.actor.canAt(MANAGE, null)) {
        throw AppError.forbidden(
          'Chỉ người quản lý văn bản căn cứ trên toàn hệ thống mới thêm, sửa được văn bản trung ương (không gắn đơn vị ban hành).',
        );
      }
    } else {
      // an unchanged issuer was checked with the document (`manageable`); a new one is checked here
      const unchanged = existing !== null && existing.issuerUnitId === a.issuerUnitId;
      const issuer = unchanged
        ? await this.org.get(a.issuerUnitId)
        : await this.issuer(tx, a.issuerUnitId);
      this.assertIssuedWhileActive(issuer, a.issuedOn);
    }
    await this.assertUnique(tx, a, existing?.id ?? null);
    return a;
  }

  /**
   * The issuer unit if the actor manages documents there (through its widened scope: a former
   * commune's plan is its successor's). Outside what the actor reads the unit does not exist for it;
   * readable but not managed is FORBIDDEN naming it.
   */
  private async issuer(tx: Tx, unitId: string): Promise<Unit> {
    const actor = tx.ctx.actor;
    const unit = await this.org.findById(unitId);
    if (unit && (await this.canManage(actor, unit.path))) return unit;
    if (unit && (await this.scopes.covers(actor, 'UNIT_READ', unit.path))) {
      throw AppError.forbidden(
        `Bạn không có quyền quản lý văn bản căn cứ của đơn vị "${unit.name}".`,
      );
    }
    throw AppError.field('issuerUnitId', 'Đơn vị không tồn tại.');
  }

  /** An ended unit issued nothing after it ended (a document of a merged province is recorded as of then). */
  private assertIssuedWhileActive(unit: Unit, issuedOn: IsoDate | null): void {
    if (unit.validTo === null) return;
    if (issuedOn !== null && issuedOn < unit.validTo) return;
    throw AppError.field(
      'issuedOn',
      `Đơn vị "${unit.name}" đã kết thúc hoạt động từ ngày ${isoToVn(unit.validTo)}: chỉ ghi nhận văn bản đơn vị ban hành trước ngày đó (nhập ngày ban hành).`,
    );
  }

  /**
   * One number per issuer per year (see LegalDocumentEntity); a document whose issue date is unknown
   * matches any year, so a shipped document without a date is not entered twice. Two saves of the same
   * number at once meet the unique index instead: CONFLICT ("Dữ liệu bị trùng…", the error formatter).
   */
  private async assertUnique(tx: Tx, a: Attributes, selfId: string | null): Promise<void> {
    const qb = tx.em
      .getRepository(LegalDocumentEntity)
      .createQueryBuilder('d')
      .where('thidua_fold(d.number) = thidua_fold(:number)', { number: a.number })
      .andWhere(
        'COALESCE(d.issuer_unit_id::text, thidua_fold(d.issuing_body)) = COALESCE(CAST(:unitId AS text), thidua_fold(:body))',
        { unitId: a.issuerUnitId, body: a.issuingBody },
      )
      .andWhere(
        '(d.issued_on IS NULL OR CAST(:issuedOn AS date) IS NULL OR extract(year FROM d.issued_on) = extract(year FROM CAST(:issuedOn AS date)))',
        { issuedOn: a.issuedOn },
      );
    if (selfId) qb.andWhere('d.id <> :selfId', { selfId });
    const twin = await qb.getOne();
    if (twin) throw this.duplicate(twin);
  }

  private duplicate(
    twin: Pick<LegalDocumentEntity, 'kind' | 'number' | 'issuingBody' | 'issuedOn'>,
  ): AppError {
    const when = twin.issuedOn ? ` ngày ${isoToVn(twin.issuedOn)}` : '';
    return AppError.field(
      'number',
      `${legalDocumentName(twin)}${when} của ${twin.issuingBody} đã có trong danh mục.`,
    );
  }

  private async insert(
    tx: Tx,
    a: Attributes,
    replacedById: string | null,
  ): Promise<LegalDocumentEntity> {
    const repo = tx.em.getRepository(LegalDocumentEntity);
    const id = randomUUID();
    await repo.insert({ id, ...a, replacedById, searchText: searchTextOf(a) });
    return repo.findOneByOrFail({ id });
  }

  private async write(
    tx: Tx,
    doc: LegalDocumentEntity,
    version: number,
    patch: Partial<LegalDocumentEntity>,
  ): Promise<void> {
    await tx.updateVersioned(LegalDocumentEntity, doc.id, version, patch, {
      what: 'Văn bản',
      label: legalDocumentName(doc),
      entityType: 'LegalDocument',
    });
  }

  private conflict(doc: LegalDocumentEntity): AppError {
    return AppError.conflict('Văn bản', legalDocumentName(doc), 'LegalDocument', doc.id);
  }
}

function attributesOf(def: NationalLegalDocument): Attributes {
  return {
    number: def.number,
    kind: def.kind,
    issuingBody: def.issuingBody,
    issuerUnitId: null,
    issuedOn: def.issuedOn,
    title: def.title,
    effectiveFrom: def.effectiveFrom,
    effectiveTo: def.effectiveTo,
    note: def.note,
  };
}

/** What is wrong with `to` as the document's last day in force, if anything. */
function endProblem(
  doc: Pick<LegalDocumentEntity, 'issuedOn' | 'effectiveFrom'>,
  to: IsoDate,
): LegalDateProblem | null {
  const found = legalDateProblems({ ...doc, effectiveTo: to }, todayInVietnam()).find(
    (p) => p.field === 'effectiveTo',
  );
  return found?.problem ?? null;
}

/** The uniqueness rule of `assertUnique`, in memory, for the boot sync's national documents. */
function sameDocument(
  row: Pick<LegalDocumentEntity, 'number' | 'issuingBody' | 'issuedOn'>,
  def: NationalLegalDocument,
): boolean {
  const year = (d: IsoDate | null) => d?.slice(0, 4) ?? null;
  return (
    foldVietnamese(row.number) === foldVietnamese(def.number) &&
    foldVietnamese(row.issuingBody) === foldVietnamese(def.issuingBody) &&
    (year(row.issuedOn) === null ||
      year(def.issuedOn) === null ||
      year(row.issuedOn) === year(def.issuedOn))
  );
}
