import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, IsNull, type Repository } from 'typeorm';
import {
  AWARD_KINDS,
  AWARD_TRACKS,
  RULE_PARAMETERS,
  NATIONAL_AWARD_RULES,
  NATIONAL_RULE_PARAMETERS,
  awardRuleContentProblems,
  dayBefore,
  evaluateEligibility,
  isIsoDate,
  isoToVn,
  nationalParameterKey,
  nationalRuleKey,
  ruleParametersOn,
  type AwardCategory,
  type AwardLevel,
  type AwardRuleContent,
  type AwardSubject,
  type AwardTrack,
  type CitedDocument,
  type Confidence,
  type EligibilityFacts,
  type EligibilityResult,
  type IsoDate,
  type Permission,
  type ResolvedParameters,
  type RuleParameterKey,
  type RuleParameterVersion,
} from '@thidua/shared-domain';
import { Actor } from '../../core/auth/actor';
import { UnitScopes } from '../../core/auth/unit-scope';
import { diffFields } from '../../core/audit/diff';
import { systemContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError, type FieldErrors } from '../../core/errors/app-error';
import { byKeys, groupByKeys, loaderKey } from '../../core/graphql/loaders';
import { OrgService } from '../org/org.service';
import { AwardKindEntity } from './award-kind.entity';
import { AwardRuleVersionEntity } from './award-rule-version.entity';
import { LegalDocumentEntity } from './legal-document.entity';
import { RuleParameterEntity } from './rule-parameter.entity';
import {
  AWARD_KIND_AUDIT_FIELDS,
  AWARD_RULE_AUDIT_FIELDS,
  RULE_PARAMETER_AUDIT_FIELDS,
  awardKindAuditView,
  awardKindTarget,
  awardRuleAuditView,
  awardRuleTarget,
  ruleParameterAuditView,
  ruleParameterTarget,
  type AwardKindAuditView,
  type AwardRuleAuditView,
  type RuleParameterAuditView,
} from './rules-audit';

const MANAGE: Permission = 'RULES_MANAGE';

/** A province's own award kind (national ones come from AWARD_KINDS only). */
export interface AwardKindData {
  code: string;
  name: string;
  category: AwardCategory;
  subjects: AwardSubject[];
  level: AwardLevel;
  tracks: AwardTrack[];
  lowerStep?: string | null;
}

export interface AwardRuleData {
  legalDocumentId: string;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate | null;
  content: AwardRuleContent;
}

export interface RuleParameterData {
  value: number;
  legalDocumentId?: string | null;
  article?: string | null;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate | null;
  confidence: Confidence;
  note?: string | null;
}

export interface RuleListFilter {
  awardCode?: string | null;
  track?: AwardTrack | null;
  /** only versions in force on this day */
  inForceOn?: IsoDate | null;
  /** national rows and this province's; absent: every scope */
  provinceUnitId?: string | null;
}

/** What `check` answers: the version it judged under, and the explained result. */
export interface RuleCheck {
  rule: AwardRuleVersionEntity;
  result: EligibilityResult;
}

const NO_RULE = (name: string, track: AwardTrack, on: IsoDate) =>
  `Chưa có quy định khen thưởng “${name}” (${AWARD_TRACKS[track].toLocaleLowerCase('vi-VN')}) áp dụng vào ngày ${isoToVn(on)}.`;

/**
 * Rules as dated data (module `legal`, second part; ADR 0017): the award catalog, the rule versions
 * with their legal basis and dates, the named parameters with their province overrides, and the
 * eligibility check over them. Read by every signed-in user (published law and a province's public
 * regulations); managed with RULES_MANAGE, globally for national rows, at the province for its own.
 *
 * The awards module calls `checker` (a dossier's nominees; `check` for one); none of them writes.
 */
@Injectable()
export class RulesService {
  private readonly logger = new Logger(RulesService.name);

  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
  ) {}

  private get kinds(): Repository<AwardKindEntity> {
    return this.db.repo(AwardKindEntity);
  }
  private get rules(): Repository<AwardRuleVersionEntity> {
    return this.db.repo(AwardRuleVersionEntity);
  }
  private get params(): Repository<RuleParameterEntity> {
    return this.db.repo(RuleParameterEntity);
  }

  /** The rule versions of each award code, every scope, oldest first (a kind's timeline). */
  readonly ruleVersionsOfAward = loaderKey<string, AwardRuleVersionEntity[]>(
    'awardRuleVersionsOfAward',
    async (codes) =>
      groupByKeys(
        codes,
        await this.rules.find({
          where: { awardCode: In([...codes]) },
          order: { effectiveFrom: 'ASC', track: 'ASC' },
        }),
        (r) => r.awardCode,
      ),
  );

  /** Rule versions by id: the version a nomination was judged under (its dossier list, for the appraisal). */
  readonly ruleVersionById = loaderKey<string, AwardRuleVersionEntity | null>(
    'awardRuleVersionById',
    async (ids) => byKeys(ids, await this.rules.findBy({ id: In([...ids]) }), (r) => r.id),
  );

  // ---------------------------------------------------------------------------------------------------
  // the awards module's API (reads only)

  /** The rule versions with these ids (the ones nominations were judged under), by id. */
  async ruleVersionsByIds(ids: readonly string[]): Promise<Map<string, AwardRuleVersionEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.rules.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * The version of `awardCode` under `track` in force on `on` for a province: the province's own
   * version in force beats the national one; null when none is in force.
   */
  async ruleFor(
    awardCode: string,
    on: IsoDate,
    provinceUnitId: string | null,
    track: AwardTrack = 'CONG_TRANG',
  ): Promise<AwardRuleVersionEntity | null> {
    return this.rules
      .createQueryBuilder('r')
      .where('r.award_code = :awardCode AND r.track = :track', { awardCode, track })
      .andWhere('r.effective_from <= :on AND (r.effective_to IS NULL OR r.effective_to >= :on)', {
        on,
      })
      .andWhere('(r.province_unit_id IS NULL OR r.province_unit_id = :province)', {
        province: provinceUnitId,
      })
      .orderBy('(r.province_unit_id IS NULL)', 'ASC')
      .addOrderBy('r.effective_from', 'DESC')
      .getOne();
  }

  /** The parameter values in force on `on` for a province (its override beats the national value). */
  async parametersOn(on: IsoDate, provinceUnitId: string | null): Promise<ResolvedParameters> {
    const rows = await this.params
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.legalDocument', 'd')
      .where('p.effective_from <= :on AND (p.effective_to IS NULL OR p.effective_to >= :on)', {
        on,
      })
      .andWhere('(p.province_unit_id IS NULL OR p.province_unit_id = :province)', {
        province: provinceUnitId,
      })
      .getMany();
    return ruleParametersOn(rows.map(parameterVersion), on, provinceUnitId);
  }

  /**
   * Judges `facts` for `awardCode` under the rules in force on `facts.on` for the province, and says
   * why per condition (EligibilityResult). No rule in force: NOT_FOUND-like BAD_USER_INPUT on `awardCode`
   * naming the award and the day. Writes nothing: the caller keeps the snapshot it wants.
   */
  async check(
    awardCode: string,
    facts: EligibilityFacts,
    provinceUnitId: string | null,
    track: AwardTrack = 'CONG_TRANG',
  ): Promise<RuleCheck> {
    return (await this.checker(provinceUnitId, track))(awardCode, facts);
  }

  /**
   * `check` for many facts of one province and track (a dossier's nominees): the visible kinds are
   * read once, the parameters once per day, a rule and its basis once per award and day — not the
   * four reads per nominee that calling `check` for each would cost.
   */
  async checker(
    provinceUnitId: string | null,
    track: AwardTrack = 'CONG_TRANG',
  ): Promise<(awardCode: string, facts: EligibilityFacts) => Promise<RuleCheck>> {
    const kinds = await this.kindsVisibleIn(provinceUnitId);
    const awardNames = Object.fromEntries(kinds.map((k) => [k.code, k.name]));
    const params = new Map<IsoDate, Promise<ResolvedParameters>>();
    const rules = new Map<
      string,
      Promise<{ rule: AwardRuleVersionEntity; basis: LegalDocumentEntity | null } | null>
    >();
    const ruleOn = (awardCode: string, on: IsoDate) => {
      const key = `${awardCode}|${on}`;
      let found = rules.get(key);
      if (!found) {
        found = this.ruleFor(awardCode, on, provinceUnitId, track).then(
          async (rule) =>
            rule && {
              rule,
              basis: await this.db
                .repo(LegalDocumentEntity)
                .findOneBy({ id: rule.legalDocumentId }),
            },
        );
        rules.set(key, found);
      }
      return found;
    };
    const paramsOn = (on: IsoDate) => {
      let p = params.get(on);
      if (!p) params.set(on, (p = this.parametersOn(on, provinceUnitId)));
      return p;
    };
    return async (awardCode, facts) => {
      const kind = kinds.find((k) => k.code === awardCode);
      if (!kind)
        throw AppError.field('awardCode', 'Danh hiệu, hình thức khen thưởng không tồn tại.');
      const found = await ruleOn(awardCode, facts.on);
      if (!found) throw AppError.field('awardCode', NO_RULE(kind.name, track, facts.on));
      const { rule, basis } = found;
      const result = evaluateEligibility(
        { ...rule.content, ...ruleHead(rule, basis) },
        await paramsOn(facts.on),
        facts,
        {
          awardNames,
          subjects: kind.subjects,
          basisDocument: basis ? citedDocument(basis) : null,
        },
      );
      return { rule, result };
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // lists (every signed-in user)

  /** National kinds, then the province's own (or every province's when none is given). */
  async listKinds(provinceUnitId: string | null | undefined): Promise<AwardKindEntity[]> {
    const qb = this.kinds.createQueryBuilder('k');
    if (provinceUnitId)
      qb.where('(k.province_unit_id IS NULL OR k.province_unit_id = :p)', { p: provinceUnitId });
    return qb
      .orderBy('(k.province_unit_id IS NOT NULL)', 'ASC')
      .addOrderBy('k.sort_order', 'ASC')
      .addOrderBy('k.name', 'ASC')
      .getMany();
  }

  async getKind(id: string): Promise<AwardKindEntity> {
    const k = await this.kinds.findOneBy({ id });
    if (!k) throw AppError.notFound('Danh hiệu, hình thức khen thưởng', id);
    return k;
  }

  async listRuleVersions(f: RuleListFilter): Promise<AwardRuleVersionEntity[]> {
    const qb = this.rules.createQueryBuilder('r');
    if (f.awardCode) qb.andWhere('r.award_code = :code', { code: f.awardCode });
    if (f.track) qb.andWhere('r.track = :track', { track: f.track });
    if (f.inForceOn)
      qb.andWhere('r.effective_from <= :on AND (r.effective_to IS NULL OR r.effective_to >= :on)', {
        on: f.inForceOn,
      });
    if (f.provinceUnitId)
      qb.andWhere('(r.province_unit_id IS NULL OR r.province_unit_id = :p)', {
        p: f.provinceUnitId,
      });
    return qb
      .orderBy('r.award_code', 'ASC')
      .addOrderBy('r.track', 'ASC')
      .addOrderBy('r.effective_from', 'ASC')
      .getMany();
  }

  async listParameters(f: {
    key?: RuleParameterKey | null;
    inForceOn?: IsoDate | null;
    provinceUnitId?: string | null;
  }): Promise<RuleParameterEntity[]> {
    const qb = this.params.createQueryBuilder('p');
    if (f.key) qb.andWhere('p.key = :key', { key: f.key });
    if (f.inForceOn)
      qb.andWhere('p.effective_from <= :on AND (p.effective_to IS NULL OR p.effective_to >= :on)', {
        on: f.inForceOn,
      });
    if (f.provinceUnitId)
      qb.andWhere('(p.province_unit_id IS NULL OR p.province_unit_id = :p)', {
        p: f.provinceUnitId,
      });
    return qb
      .orderBy('p.key', 'ASC')
      .addOrderBy('(p.province_unit_id IS NOT NULL)', 'ASC')
      .addOrderBy('p.effective_from', 'ASC')
      .getMany();
  }

  /** May the actor manage rows of this scope (null: national, which needs a global grant)? */
  async canManage(actor: Actor, provincePath: string | null): Promise<boolean> {
    return this.scopes.covers(actor, MANAGE, provincePath);
  }

  // ---------------------------------------------------------------------------------------------------
  // award kinds (a province's own; national ones are the code's)

  async createKind(tx: Tx, provinceUnitId: string, data: AwardKindData): Promise<AwardKindEntity> {
    await this.province(tx, provinceUnitId);
    const a = checkedKind(data);
    await this.assertKindCodeFree(tx, a.code, provinceUnitId, null);
    const last: { max: number | null }[] = await tx.em.query(
      `SELECT max(sort_order) AS max FROM award_kinds`,
    );
    const id = randomUUID();
    await tx.em.getRepository(AwardKindEntity).insert({
      id,
      ...a,
      provinceUnitId,
      sortOrder: Math.max(1000, Number(last[0]?.max ?? 0) + 1),
    });
    const kind = await tx.em.findOneByOrFail(AwardKindEntity, { id });
    await tx.audit.created<AwardKindAuditView>(
      'awardKind.create',
      awardKindTarget(kind),
      awardKindAuditView(kind),
      AWARD_KIND_AUDIT_FIELDS,
    );
    return kind;
  }

  async updateKind(
    tx: Tx,
    id: string,
    version: number,
    data: Omit<AwardKindData, 'code'>,
  ): Promise<AwardKindEntity> {
    const before = await tx.em.findOneBy(AwardKindEntity, { id });
    if (!before) throw AppError.notFound('Danh hiệu, hình thức khen thưởng', id);
    if (before.provinceUnitId === null) {
      throw AppError.badInput(
        {},
        'Danh mục danh hiệu, hình thức khen thưởng trung ương do hệ thống cập nhật theo văn bản pháp luật: không sửa được.',
      );
    }
    await this.manageableScope(tx, before.provinceUnitId, 'Danh hiệu, hình thức khen thưởng', id);
    const a = checkedKind({ ...data, code: before.code });
    const beforeView = awardKindAuditView(before);
    const afterView = awardKindAuditView({ ...before, ...a });
    if (!diffFields(beforeView, afterView, AWARD_KIND_AUDIT_FIELDS).length) {
      if (version !== before.version)
        throw AppError.conflict(
          'Danh hiệu, hình thức khen thưởng',
          before.name,
          'AwardKind',
          before.id,
        );
      return before;
    }
    await tx.updateVersioned(AwardKindEntity, id, version, a, {
      what: 'Danh hiệu, hình thức khen thưởng',
      label: before.name,
      entityType: 'AwardKind',
    });
    await tx.audit.changed(
      'awardKind.update',
      awardKindTarget({ ...before, ...a }),
      beforeView,
      afterView,
      AWARD_KIND_AUDIT_FIELDS,
    );
    return tx.em.findOneByOrFail(AwardKindEntity, { id });
  }

  // ---------------------------------------------------------------------------------------------------
  // rule versions

  /**
   * A new version of an award's rule under a track, nationally or for a province. A version of the
   * same scope that starts earlier and is still in force on `effectiveFrom` is closed the day before
   * (NĐ 98/2023 to 30/06/2025 when NĐ 152/2025 starts on 01/07/2025), audited as `awardRule.close`;
   * one that starts on or after it is refused: edit that one instead.
   */
  async createRule(
    tx: Tx,
    head: { awardCode: string; track: AwardTrack; provinceUnitId: string | null },
    data: AwardRuleData,
  ): Promise<AwardRuleVersionEntity> {
    const kind = await this.ruleScope(tx, head.awardCode, head.provinceUnitId);
    if (!kind.tracks.includes(head.track)) {
      throw AppError.field(
        'track',
        `“${kind.name}” không xét theo loại hình ${AWARD_TRACKS[head.track].toLocaleLowerCase('vi-VN')}.`,
      );
    }
    const a = await this.checkedRule(tx, data);
    await this.lockScope(tx, `rule:${head.awardCode}:${head.track}:${head.provinceUnitId ?? ''}`);
    const overlapping = await this.overlappingRules(tx, head, a.effectiveFrom, a.effectiveTo, null);
    for (const o of overlapping) {
      if (o.effectiveFrom >= a.effectiveFrom) throw this.ruleOverlap(o);
    }
    for (const o of overlapping) {
      const closed = { ...o, effectiveTo: dayBefore(a.effectiveFrom) };
      await tx.updateVersioned(
        AwardRuleVersionEntity,
        o.id,
        o.version,
        { effectiveTo: closed.effectiveTo, edited: true },
        { what: 'Phiên bản quy định', label: kind.name, entityType: 'AwardRuleVersion' },
      );
      await tx.audit.changed<AwardRuleAuditView>(
        'awardRule.close',
        awardRuleTarget(o, kind.name),
        awardRuleAuditView(o),
        awardRuleAuditView(closed),
        AWARD_RULE_AUDIT_FIELDS,
      );
    }
    const id = randomUUID();
    await tx.em.getRepository(AwardRuleVersionEntity).insert({
      id,
      ...head,
      ...a,
      edited: true,
      seedKey: null,
    });
    const rule = await tx.em.findOneByOrFail(AwardRuleVersionEntity, { id });
    await tx.audit.created<AwardRuleAuditView>(
      'awardRule.create',
      awardRuleTarget(rule, kind.name),
      awardRuleAuditView(rule),
      AWARD_RULE_AUDIT_FIELDS,
    );
    return rule;
  }

  /** Edits a version in place (a correction), optimistic on `version`; the boot sync leaves it alone after. */
  async updateRule(
    tx: Tx,
    id: string,
    version: number,
    data: AwardRuleData,
  ): Promise<AwardRuleVersionEntity> {
    const before = await tx.em.findOneBy(AwardRuleVersionEntity, { id });
    if (!before) throw AppError.notFound('Phiên bản quy định', id);
    await this.manageableScope(tx, before.provinceUnitId, 'Phiên bản quy định', id);
    const kind = await this.kindFor(tx, before.awardCode, before.provinceUnitId);
    const a = await this.checkedRule(tx, data);
    const beforeView = awardRuleAuditView(before);
    const afterView = awardRuleAuditView({ ...before, ...a });
    if (!diffFields(beforeView, afterView, AWARD_RULE_AUDIT_FIELDS).length) {
      if (version !== before.version)
        throw AppError.conflict('Phiên bản quy định', kind.name, 'AwardRuleVersion', id);
      return before;
    }
    await this.lockScope(
      tx,
      `rule:${before.awardCode}:${before.track}:${before.provinceUnitId ?? ''}`,
    );
    const overlapping = await this.overlappingRules(tx, before, a.effectiveFrom, a.effectiveTo, id);
    if (overlapping[0]) throw this.ruleOverlap(overlapping[0]);
    await tx.updateVersioned(
      AwardRuleVersionEntity,
      id,
      version,
      { ...a, edited: true },
      { what: 'Phiên bản quy định', label: kind.name, entityType: 'AwardRuleVersion' },
    );
    await tx.audit.changed<AwardRuleAuditView>(
      'awardRule.update',
      awardRuleTarget({ ...before, ...a }, kind.name),
      beforeView,
      afterView,
      AWARD_RULE_AUDIT_FIELDS,
    );
    return tx.em.findOneByOrFail(AwardRuleVersionEntity, { id });
  }

  // ---------------------------------------------------------------------------------------------------
  // parameters

  /**
   * A new value of a parameter, nationally or as a province's override. As with rule versions, a value
   * of the same scope still in force on `effectiveFrom` is closed the day before; a later one refuses.
   */
  async createParameter(
    tx: Tx,
    head: { key: RuleParameterKey; provinceUnitId: string | null },
    data: RuleParameterData,
  ): Promise<RuleParameterEntity> {
    if (head.provinceUnitId === null) this.assertNational(tx);
    else await this.province(tx, head.provinceUnitId);
    const a = await this.checkedParameter(tx, head.key, data);
    await this.lockScope(tx, `param:${head.key}:${head.provinceUnitId ?? ''}`);
    const overlapping = await this.overlappingParams(
      tx,
      head,
      a.effectiveFrom,
      a.effectiveTo,
      null,
    );
    for (const o of overlapping) if (o.effectiveFrom >= a.effectiveFrom) throw this.paramOverlap(o);
    for (const o of overlapping) {
      const closed = { ...o, effectiveTo: dayBefore(a.effectiveFrom) };
      await tx.updateVersioned(
        RuleParameterEntity,
        o.id,
        o.version,
        { effectiveTo: closed.effectiveTo, edited: true },
        {
          what: 'Tham số',
          label: RULE_PARAMETERS[o.key].label,
          entityType: 'RuleParameter',
        },
      );
      await tx.audit.changed<RuleParameterAuditView>(
        'ruleParameter.close',
        ruleParameterTarget(o),
        ruleParameterAuditView(o),
        ruleParameterAuditView(closed),
        RULE_PARAMETER_AUDIT_FIELDS,
      );
    }
    const id = randomUUID();
    await tx.em
      .getRepository(RuleParameterEntity)
      .insert({ id, ...head, ...a, edited: true, seedKey: null });
    const row = await tx.em.findOneByOrFail(RuleParameterEntity, { id });
    await tx.audit.created<RuleParameterAuditView>(
      'ruleParameter.create',
      ruleParameterTarget(row),
      ruleParameterAuditView(row),
      RULE_PARAMETER_AUDIT_FIELDS,
    );
    return row;
  }

  async updateParameter(
    tx: Tx,
    id: string,
    version: number,
    data: RuleParameterData,
  ): Promise<RuleParameterEntity> {
    const before = await tx.em.findOneBy(RuleParameterEntity, { id });
    if (!before) throw AppError.notFound('Tham số', id);
    await this.manageableScope(tx, before.provinceUnitId, 'Tham số', id);
    const a = await this.checkedParameter(tx, before.key, data);
    const beforeView = ruleParameterAuditView(before);
    const afterView = ruleParameterAuditView({ ...before, ...a });
    const label = RULE_PARAMETERS[before.key].label;
    if (!diffFields(beforeView, afterView, RULE_PARAMETER_AUDIT_FIELDS).length) {
      if (version !== before.version)
        throw AppError.conflict('Tham số', label, 'RuleParameter', id);
      return before;
    }
    await this.lockScope(tx, `param:${before.key}:${before.provinceUnitId ?? ''}`);
    const overlapping = await this.overlappingParams(
      tx,
      before,
      a.effectiveFrom,
      a.effectiveTo,
      id,
    );
    if (overlapping[0]) throw this.paramOverlap(overlapping[0]);
    await tx.updateVersioned(
      RuleParameterEntity,
      id,
      version,
      { ...a, edited: true },
      { what: 'Tham số', label, entityType: 'RuleParameter' },
    );
    await tx.audit.changed<RuleParameterAuditView>(
      'ruleParameter.update',
      ruleParameterTarget({ ...before, ...a }),
      beforeView,
      afterView,
      RULE_PARAMETER_AUDIT_FIELDS,
    );
    return tx.em.findOneByOrFail(RuleParameterEntity, { id });
  }

  // ---------------------------------------------------------------------------------------------------
  // boot

  /**
   * The national catalog, rules and parameters of libs/shared/domain, at every boot (idempotent),
   * after the legal documents they cite: missing rows inserted; national kinds kept equal to
   * AWARD_KINDS; shipped rule versions and parameters an administrator never changed kept equal to
   * the code; an edited one left alone. Audited as the system.
   */
  async syncNational(): Promise<void> {
    const ctx = systemContext(Actor.system('Hệ thống (khởi động)'));
    const counts = { kinds: 0, rules: 0, params: 0 };
    await this.db.run(ctx, async (tx) => {
      // the catalog
      const existing = await tx.em.findBy(AwardKindEntity, { provinceUnitId: IsNull() });
      for (const [i, def] of AWARD_KINDS.entries()) {
        const wanted = {
          code: def.code,
          name: def.name,
          category: def.category,
          subjects: [...def.subjects],
          level: def.level,
          tracks: [...def.tracks],
          lowerStep: 'lowerStep' in def ? def.lowerStep : null,
          provinceUnitId: null,
          sortOrder: i + 1,
        };
        const row = existing.find((k) => k.code === def.code);
        if (!row) {
          const id = randomUUID();
          await tx.em.getRepository(AwardKindEntity).insert({ id, ...wanted });
          await tx.audit.created<AwardKindAuditView>(
            'awardKind.create',
            awardKindTarget({ id, ...wanted }),
            awardKindAuditView(wanted),
            AWARD_KIND_AUDIT_FIELDS,
          );
          counts.kinds += 1;
        } else if (
          diffFields(awardKindAuditView(row), awardKindAuditView(wanted), AWARD_KIND_AUDIT_FIELDS)
            .length ||
          row.sortOrder !== wanted.sortOrder
        ) {
          await tx.updateVersioned(AwardKindEntity, row.id, row.version, wanted, {
            what: 'Danh hiệu, hình thức khen thưởng',
            label: row.name,
            entityType: 'AwardKind',
          });
          await tx.audit.changed<AwardKindAuditView>(
            'awardKind.update',
            awardKindTarget(row),
            awardKindAuditView(row),
            awardKindAuditView(wanted),
            AWARD_KIND_AUDIT_FIELDS,
          );
          counts.kinds += 1;
        }
      }

      const docs = await tx.em.findBy(LegalDocumentEntity, { issuerUnitId: IsNull() });
      const docId = (number: string) => {
        const d = docs.find((x) => x.number === number);
        if (!d) throw new Error(`Văn bản căn cứ ${number} chưa có trong danh mục trung ương.`);
        return d.id;
      };
      const names = new Map<string, string>(AWARD_KINDS.map((k) => [k.code, k.name]));

      // rule versions
      const rules = await tx.em.find(AwardRuleVersionEntity, {
        where: { provinceUnitId: IsNull() },
      });
      for (const def of NATIONAL_AWARD_RULES) {
        const key = nationalRuleKey(def);
        const { awardCode, track, basis, effectiveFrom, effectiveTo, ...content } = def;
        void basis;
        const wanted = {
          awardCode,
          track,
          provinceUnitId: null,
          legalDocumentId: docId(def.basis),
          effectiveFrom,
          effectiveTo,
          content: content as AwardRuleContent,
        };
        const row = rules.find((r) => r.seedKey === key);
        const name = names.get(awardCode) ?? awardCode;
        if (!row) {
          const id = randomUUID();
          await tx.em
            .getRepository(AwardRuleVersionEntity)
            .insert({ id, ...wanted, edited: false, seedKey: key });
          await tx.audit.created<AwardRuleAuditView>(
            'awardRule.create',
            awardRuleTarget({ id, ...wanted }, name),
            awardRuleAuditView(wanted),
            AWARD_RULE_AUDIT_FIELDS,
          );
          counts.rules += 1;
        } else if (
          !row.edited &&
          diffFields(awardRuleAuditView(row), awardRuleAuditView(wanted), AWARD_RULE_AUDIT_FIELDS)
            .length
        ) {
          await tx.updateVersioned(AwardRuleVersionEntity, row.id, row.version, wanted, {
            what: 'Phiên bản quy định',
            label: name,
            entityType: 'AwardRuleVersion',
          });
          await tx.audit.changed<AwardRuleAuditView>(
            'awardRule.update',
            awardRuleTarget(row, name),
            awardRuleAuditView(row),
            awardRuleAuditView(wanted),
            AWARD_RULE_AUDIT_FIELDS,
          );
          counts.rules += 1;
        }
      }

      // parameters
      const params = await tx.em.findBy(RuleParameterEntity, { provinceUnitId: IsNull() });
      for (const def of NATIONAL_RULE_PARAMETERS) {
        const key = nationalParameterKey(def);
        const wanted = {
          key: def.key,
          value: def.value,
          provinceUnitId: null,
          legalDocumentId: docId(def.basis),
          article: def.article,
          effectiveFrom: def.effectiveFrom,
          effectiveTo: def.effectiveTo,
          confidence: def.confidence,
          note: def.note,
        };
        const row = params.find((p) => p.seedKey === key);
        if (!row) {
          const id = randomUUID();
          await tx.em
            .getRepository(RuleParameterEntity)
            .insert({ id, ...wanted, edited: false, seedKey: key });
          await tx.audit.created<RuleParameterAuditView>(
            'ruleParameter.create',
            ruleParameterTarget({ id, ...wanted }),
            ruleParameterAuditView(wanted),
            RULE_PARAMETER_AUDIT_FIELDS,
          );
          counts.params += 1;
        } else if (
          !row.edited &&
          diffFields(
            ruleParameterAuditView(row),
            ruleParameterAuditView(wanted),
            RULE_PARAMETER_AUDIT_FIELDS,
          ).length
        ) {
          await tx.updateVersioned(RuleParameterEntity, row.id, row.version, wanted, {
            what: 'Tham số',
            label: RULE_PARAMETERS[def.key].label,
            entityType: 'RuleParameter',
          });
          await tx.audit.changed<RuleParameterAuditView>(
            'ruleParameter.update',
            ruleParameterTarget(row),
            ruleParameterAuditView(row),
            ruleParameterAuditView(wanted),
            RULE_PARAMETER_AUDIT_FIELDS,
          );
          counts.params += 1;
        }
      }
      tx.skipAudit();
    });
    if (counts.kinds || counts.rules || counts.params)
      this.logger.log(
        `Quy định khen thưởng trung ương: ${counts.kinds} danh hiệu, hình thức; ${counts.rules} phiên bản quy định; ${counts.params} tham số được thêm hoặc cập nhật.`,
      );
  }

  // ---------------------------------------------------------------------------------------------------

  /** National kinds and the province's own (every kind a rule of the province may name). */
  private async kindsVisibleIn(provinceUnitId: string | null): Promise<AwardKindEntity[]> {
    return this.kinds.find({
      where: provinceUnitId
        ? [{ provinceUnitId: IsNull() }, { provinceUnitId }]
        : { provinceUnitId: IsNull() },
    });
  }

  private async kindFor(
    tx: Tx,
    code: string,
    provinceUnitId: string | null,
  ): Promise<AwardKindEntity> {
    const kinds = await tx.em.find(AwardKindEntity, {
      where: provinceUnitId
        ? [
            { code, provinceUnitId: IsNull() },
            { code, provinceUnitId },
          ]
        : { code, provinceUnitId: IsNull() },
    });
    const kind = kinds[0];
    if (!kind) throw AppError.field('awardCode', 'Danh hiệu, hình thức khen thưởng không tồn tại.');
    return kind;
  }

  /** Who may write a rule of this scope, and the kind it is about (national, or the province's). */
  private async ruleScope(
    tx: Tx,
    awardCode: string,
    provinceUnitId: string | null,
  ): Promise<AwardKindEntity> {
    if (provinceUnitId === null) this.assertNational(tx);
    else await this.province(tx, provinceUnitId);
    return this.kindFor(tx, awardCode, provinceUnitId);
  }

  private assertNational(tx: Tx): void {
    if (!tx.ctx.actor.canAt(MANAGE, null)) {
      throw AppError.forbidden(
        'Chỉ người quản lý quy định khen thưởng trên toàn hệ thống mới thêm, sửa được quy định, tham số chung toàn quốc; tỉnh đặt mức riêng của tỉnh.',
      );
    }
  }

  /**
   * The province unit, if the actor manages rules there. Outside what the actor reads the unit does
   * not exist for it (BAD_USER_INPUT "Đơn vị không tồn tại."), readable but not managed is FORBIDDEN
   * naming it; a unit below the top of its tree is not a province.
   */
  private async province(tx: Tx, unitId: string): Promise<void> {
    const actor = tx.ctx.actor;
    const unit = await this.org.findById(unitId);
    if (unit && (await this.canManage(actor, unit.path))) {
      if (unit.parentId !== null)
        throw AppError.field(
          'provinceUnitId',
          `“${unit.name}” không phải cấp tỉnh: quy định riêng chỉ đặt cho tỉnh, thành phố (đơn vị cấp cao nhất).`,
        );
      return;
    }
    if (unit && (await this.scopes.covers(actor, 'UNIT_READ', unit.path))) {
      throw AppError.forbidden(
        `Bạn không có quyền quản lý quy định khen thưởng của “${unit.name}”.`,
      );
    }
    throw AppError.field('provinceUnitId', 'Đơn vị không tồn tại.');
  }

  /** A row of this scope may be changed by the actor; otherwise NOT_FOUND naming nothing. */
  private async manageableScope(
    tx: Tx,
    provinceUnitId: string | null,
    what: string,
    id: string,
  ): Promise<void> {
    if (provinceUnitId === null) {
      if (!tx.ctx.actor.canAt(MANAGE, null)) {
        // national rows are public: a province officer sees them and is told why, not "not found"
        this.assertNational(tx);
      }
      return;
    }
    const unit = await this.org.findById(provinceUnitId);
    if (!unit || !(await this.canManage(tx.ctx.actor, unit.path)))
      throw AppError.notFound(what, id);
  }

  private async checkedRule(
    tx: Tx,
    d: AwardRuleData,
  ): Promise<
    Pick<AwardRuleVersionEntity, 'legalDocumentId' | 'effectiveFrom' | 'effectiveTo' | 'content'>
  > {
    const errors: FieldErrors = {};
    const add = (f: string, m: string) => (errors[f] ??= []).push(m);
    const to = d.effectiveTo ?? null;
    if (!isIsoDate(d.effectiveFrom)) add('effectiveFrom', 'Ngày áp dụng không phải ngày hợp lệ.');
    if (to !== null && !isIsoDate(to))
      add('effectiveTo', 'Ngày hết áp dụng không phải ngày hợp lệ.');
    else if (to !== null && to < d.effectiveFrom)
      add('effectiveTo', 'Ngày hết áp dụng không được trước ngày áp dụng.');
    for (const p of awardRuleContentProblems(d.content)) add('content', p);
    if (!(await tx.em.existsBy(LegalDocumentEntity, { id: d.legalDocumentId })))
      add('legalDocumentId', 'Văn bản căn cứ không tồn tại.');
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return {
      legalDocumentId: d.legalDocumentId,
      effectiveFrom: d.effectiveFrom,
      effectiveTo: to,
      content: d.content,
    };
  }

  private async checkedParameter(
    tx: Tx,
    key: RuleParameterKey,
    d: RuleParameterData,
  ): Promise<
    Pick<
      RuleParameterEntity,
      | 'value'
      | 'legalDocumentId'
      | 'article'
      | 'effectiveFrom'
      | 'effectiveTo'
      | 'confidence'
      | 'note'
    >
  > {
    const errors: FieldErrors = {};
    const add = (f: string, m: string) => (errors[f] ??= []).push(m);
    const to = d.effectiveTo ?? null;
    const unit = RULE_PARAMETERS[key].unit;
    if (unit === 'SHARE' && !(d.value > 0 && d.value <= 1))
      add('value', 'Tỷ lệ phải lớn hơn 0 và không quá 1 (100%).');
    if (unit === 'VND' && !(Number.isInteger(d.value) && d.value > 0 && d.value <= 1e12))
      add('value', 'Số tiền phải là số nguyên dương (đồng).');
    if (!isIsoDate(d.effectiveFrom)) add('effectiveFrom', 'Ngày áp dụng không phải ngày hợp lệ.');
    if (to !== null && !isIsoDate(to))
      add('effectiveTo', 'Ngày hết áp dụng không phải ngày hợp lệ.');
    else if (to !== null && to < d.effectiveFrom)
      add('effectiveTo', 'Ngày hết áp dụng không được trước ngày áp dụng.');
    const docId = d.legalDocumentId ?? null;
    if (docId && !(await tx.em.existsBy(LegalDocumentEntity, { id: docId })))
      add('legalDocumentId', 'Văn bản căn cứ không tồn tại.');
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return {
      value: d.value,
      legalDocumentId: docId,
      article: d.article?.trim() || null,
      effectiveFrom: d.effectiveFrom,
      effectiveTo: to,
      confidence: d.confidence,
      note: d.note?.trim() || null,
    };
  }

  /** Two writers of one scope's versions take turns (the overlap check reads, then writes). */
  private async lockScope(tx: Tx, key: string): Promise<void> {
    await tx.em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  }

  private async overlappingRules(
    tx: Tx,
    head: { awardCode: string; track: AwardTrack; provinceUnitId: string | null },
    from: IsoDate,
    to: IsoDate | null,
    selfId: string | null,
  ): Promise<AwardRuleVersionEntity[]> {
    const qb = tx.em
      .getRepository(AwardRuleVersionEntity)
      .createQueryBuilder('r')
      .where('r.award_code = :code AND r.track = :track', {
        code: head.awardCode,
        track: head.track,
      })
      .andWhere('r.province_unit_id IS NOT DISTINCT FROM CAST(:p AS uuid)', {
        p: head.provinceUnitId,
      })
      .andWhere('(CAST(:to AS date) IS NULL OR r.effective_from <= CAST(:to AS date))', { to })
      .andWhere('(r.effective_to IS NULL OR r.effective_to >= :from)', { from })
      .orderBy('r.effective_from', 'ASC');
    if (selfId) qb.andWhere('r.id <> :selfId', { selfId });
    return qb.getMany();
  }

  private async overlappingParams(
    tx: Tx,
    head: { key: RuleParameterKey; provinceUnitId: string | null },
    from: IsoDate,
    to: IsoDate | null,
    selfId: string | null,
  ): Promise<RuleParameterEntity[]> {
    const qb = tx.em
      .getRepository(RuleParameterEntity)
      .createQueryBuilder('p')
      .where('p.key = :key', { key: head.key })
      .andWhere('p.province_unit_id IS NOT DISTINCT FROM CAST(:pr AS uuid)', {
        pr: head.provinceUnitId,
      })
      .andWhere('(CAST(:to AS date) IS NULL OR p.effective_from <= CAST(:to AS date))', { to })
      .andWhere('(p.effective_to IS NULL OR p.effective_to >= :from)', { from })
      .orderBy('p.effective_from', 'ASC');
    if (selfId) qb.andWhere('p.id <> :selfId', { selfId });
    return qb.getMany();
  }

  private ruleOverlap(o: AwardRuleVersionEntity): AppError {
    const until = o.effectiveTo ? ` đến ngày ${isoToVn(o.effectiveTo)}` : '';
    return AppError.field(
      'effectiveFrom',
      `Thời gian áp dụng trùng với phiên bản từ ngày ${isoToVn(o.effectiveFrom)}${until}: sửa phiên bản đó hoặc chọn ngày khác.`,
    );
  }

  private paramOverlap(o: RuleParameterEntity): AppError {
    const until = o.effectiveTo ? ` đến ngày ${isoToVn(o.effectiveTo)}` : '';
    return AppError.field(
      'effectiveFrom',
      `Thời gian áp dụng trùng với giá trị từ ngày ${isoToVn(o.effectiveFrom)}${until}: sửa giá trị đó hoặc chọn ngày khác.`,
    );
  }

  private async assertKindCodeFree(
    tx: Tx,
    code: string,
    provinceUnitId: string,
    selfId: string | null,
  ): Promise<void> {
    const twins = await tx.em.find(AwardKindEntity, {
      where: [
        { code, provinceUnitId: IsNull() },
        { code, provinceUnitId },
      ],
    });
    if (twins.some((t) => t.id !== selfId))
      throw AppError.field('code', `Mã “${code}” đã có trong danh mục.`);
  }
}

function checkedKind(d: AwardKindData): AwardKindData & { lowerStep: string | null } {
  const errors: FieldErrors = {};
  const code = d.code.trim().toUpperCase();
  if (!/^[A-Z0-9_]{2,60}$/.test(code))
    (errors['code'] ??= []).push(
      'Mã chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới (2–60 ký tự), ví dụ KY_NIEM_CHUONG_TINH.',
    );
  const name = d.name.trim().replace(/\s+/g, ' ');
  if (!name) (errors['name'] ??= []).push('Tên không được để trống.');
  if (!d.subjects.length) (errors['subjects'] ??= []).push('Chọn ít nhất một đối tượng.');
  if (!d.tracks.length) (errors['tracks'] ??= []).push('Chọn ít nhất một loại hình khen thưởng.');
  if (Object.keys(errors).length) throw AppError.badInput(errors);
  return {
    code,
    name,
    category: d.category,
    subjects: [...new Set(d.subjects)],
    level: d.level,
    tracks: [...new Set(d.tracks)],
    lowerStep: d.lowerStep?.trim() || null,
  };
}

function parameterVersion(p: RuleParameterEntity): RuleParameterVersion {
  return {
    key: p.key,
    value: p.value,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    provinceUnitId: p.provinceUnitId,
    basis: p.legalDocument?.number ?? null,
    article: p.article,
    confidence: p.confidence,
    note: p.note,
  };
}

/** The rule's head as the evaluation reads it: its basis is the registry document's number. */
function ruleHead(r: AwardRuleVersionEntity, basis: LegalDocumentEntity | null) {
  return {
    awardCode: r.awardCode,
    track: r.track,
    basis: basis?.number ?? '',
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
  };
}

function citedDocument(d: LegalDocumentEntity): CitedDocument {
  return {
    kind: d.kind,
    number: d.number,
    issuedOn: d.issuedOn,
    issuingBody: d.issuingBody,
    title: d.title,
  };
}
