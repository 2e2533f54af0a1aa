import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type Repository } from 'typeorm';
import {
  AWARD_SUBJECTS,
  NATIONAL_LEGAL_DOCUMENTS,
  awardKind,
  citedDate,
  legalCitation,
  oneLine,
  rewardAmount,
  sameAwardForm,
  todayInVietnam,
  type AwardRoundKind,
  type AwardSubject,
  type AwardTrack,
  type IsoDate,
  type Permission,
} from '@thidua/shared-domain';
import { Actor, type Grant } from '../../core/auth/actor';
import { UnitScopes, whereInScope } from '../../core/auth/unit-scope';
import { diffFields } from '../../core/audit/diff';
import type { RequestContext } from '../../core/context/request-context';
import { addSearch } from '../../core/database/search';
import { TransactionRunner, Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { paginate, type ConnectionShape, type KeysetSort } from '../../core/graphql/connection';
import { byKeys, groupByKeys, loaderKey } from '../../core/graphql/loaders';
import {
  AwardDossierRoutingService,
  type DecisionCandidate,
} from '../awards/award-dossier-routing.service';
import { AwardDossierService } from '../awards/award-dossier.service';
import { AwardRoundService } from '../awards/award-round.service';
import { CouncilMinutesService } from '../councils/council-minutes.service';
import { NumberRegisterService } from '../documents/number-register.service';
import { FILE_MEDIA_TYPES, FilesService } from '../files/files.service';
import { LegalService } from '../legal/legal.service';
import { RulesService } from '../legal/rules.service';
import { OrgService, isReadOnly } from '../org/org.service';
import { PeopleService } from '../people/people.service';
import { RecordsService, type AwardRecordData, type SubjectData } from '../records/records.service';
import {
  AWARD_DECISION_AUDIT_FIELDS,
  awardDecisionAuditView,
  awardDecisionTarget,
  decisionLabel,
  type AwardDecisionAuditView,
} from './award-decision-audit';
import {
  AwardDecisionEntity,
  AwardDecisionRecipientEntity,
  type AwardDecisionKind,
  type AwardDecisionStatus,
  type DecisionCouncilMinutes,
  type DecisionProposal,
  type DecisionSigner,
} from './award-decision.entity';
import { DECISION_LIMITS as L } from './award-decision.limits';
import { decisionDocument, issuerOf, renderDecision } from './award-decision-render';

export const DECISION_READ: Permission = 'DECISION_READ';
export const DECISION_MANAGE: Permission = 'DECISION_MANAGE';
export const DECISION_ISSUE: Permission = 'DECISION_ISSUE';
export const WHAT = 'Quyết định khen thưởng';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

/** The law every decision cites first (domain reference §0). */
const TDKT_LAW = '06/2022/QH15';

/**
 * A household receives 1,5 times an individual's amount (NĐ 152/2025 Điều 54 as domain reference §2.11
 * quotes it, [H]) where the rule gives no multiplier of its own for households.
 */
const HOUSEHOLD_FACTOR = 1.5;

/**
 * The certificate code's alphabet: Crockford's base 32 (no I, L, O, U), read aloud and typed by hand
 * from paper without confusing 0/O or 1/I; 10 characters are 50 bits, not guessable one by one.
 */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 10;

/** The certificate prints these at most (libs/documents CERTIFICATE_LIMITS): longer is cut at a word. */
const CERTIFICATE_ACHIEVEMENT = 300;
const CERTIFICATE_DETAIL = 160;

/** Recipients updated per statement at the issue (a decision holds at most DECISION_LIMITS.recipients). */
const RECIPIENT_CHUNK = 1_000;

export interface DecisionFilter {
  roundId?: string | null;
  issuerUnitId?: string | null;
  status?: AwardDecisionStatus | null;
  /** The round's year (the year of the achievements: the award records' year, the list's "Năm"). */
  year?: number | null;
  search?: string | null;
  sort?: AwardDecisionSort | null;
}

/** The orders of the decisions' list (GraphQL enum AwardDecisionSort; names are stable). */
export const AWARD_DECISION_SORTS = {
  NEWEST: 'Mới soạn trước (mặc định)',
  ISSUED_DESC: 'Số, ngày ban hành: mới nhất trước; dự thảo (chưa có số) ở cuối',
  ISSUED_ASC: 'Số, ngày ban hành: cũ nhất trước; dự thảo (chưa có số) ở cuối',
  AWARD_NAME: 'Tên danh hiệu, hình thức khen thưởng (A → Z)',
} as const;
export type AwardDecisionSort = keyof typeof AWARD_DECISION_SORTS;

/**
 * "1" + day + number, zero-padded ("1" "20250314" "000000025"), compared byte by byte: issued ones
 * by date then number, drafts ("0" or "2") after them whichever the direction. Text, not a number:
 * 17 digits pass 2^53 and a cursor carries the value through JSON.
 */
const issuedKey = (draft: '0' | '2') =>
  `(CASE WHEN d.decided_on IS NULL THEN '${draft}' ELSE '1' || to_char(d.decided_on, 'YYYYMMDD') || lpad(coalesce(d.number, 0)::text, 9, '0') END) COLLATE "C"`;

/**
 * The keyset of each order (core/graphql/connection paginate). Only NEWEST has an index
 * (issuer_unit_id, created_at); the others compute their key per row and set `readsAll`: an issuer
 * writes a few dozen decisions a year, so a scope reads hundreds, not thousands.
 */
const DECISION_SORTS: Record<
  AwardDecisionSort,
  Omit<KeysetSort<AwardDecisionEntity>, 'idExpression' | 'id'>
> = {
  NEWEST: {
    expression: 'd.created_at',
    direction: 'DESC',
    value: (d) => d.createdAt.toISOString(),
  },
  ISSUED_DESC: {
    expression: issuedKey('0'),
    direction: 'DESC',
    value: () => '',
    rawValueAlias: 'sort_key',
    rawValueText: true,
    readsAll: true,
  },
  ISSUED_ASC: {
    expression: issuedKey('2'),
    direction: 'ASC',
    value: () => '',
    rawValueAlias: 'sort_key',
    rawValueText: true,
    readsAll: true,
  },
  AWARD_NAME: {
    // folded (no diacritics, lower case): "Bằng khen" with "bang khen", before "Chiến sĩ…"
    expression: `(thidua_fold(d.award_name) COLLATE "C")`,
    direction: 'ASC',
    value: () => '',
    rawValueAlias: 'sort_key',
    rawValueText: true,
    readsAll: true,
  },
};

export interface DraftRequest {
  roundId: string;
  issuerUnitId: string;
  nominationIds?: readonly string[] | null;
}

export interface DecisionEdit {
  subject: string;
  authority: string;
  achievement: string;
  bases: readonly string[];
  councilMinutes?: DecisionCouncilMinutes | null;
  proposal?: DecisionProposal | null;
  rewardFunding?: string | null;
  rewardBasis?: string | null;
  executors: readonly string[];
  receivers: readonly string[];
  archive: string;
  place: string;
  signer: DecisionSigner;
  multipliers?: readonly { recipientId: string; multiplier: number | null }[] | null;
  removeRecipientIds?: readonly string[] | null;
}

/** A nominee a decision of the issuer may take, with the decision that already took it (if any). */
export interface CandidateView extends DecisionCandidate {
  decisionId: string | null;
}

function newCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  let code = '';
  for (const b of bytes) code += CODE_ALPHABET[b % 32];
  return code;
}

/** A code as typed from paper: upper case, without spaces or dashes. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

function cut(text: string, max: number): string {
  const t = oneLine(text);
  if ([...t].length <= max) return t;
  const head = [...t].slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/u, '')}…`;
}

function placeOf(provinceName: string | undefined): string {
  return (provinceName ?? '').replace(/^(tỉnh|thành phố)\s+/iu, '').trim();
}

/** "trong Đợt thi đua …", "năm 2025", "đột xuất": what the achievement was in. */
function periodOf(round: { kind: AwardRoundKind; title: string; year: number }): string {
  switch (round.kind) {
    case 'CAMPAIGN':
      return `trong ${round.title.replace(/^khen thưởng\s+/iu, '').trim()}`;
    case 'ANNUAL':
      return `năm ${round.year}`;
    case 'AD_HOC':
      return 'đột xuất';
    default:
      return 'trong quá trình cống hiến';
  }
}

/** "các tập thể, cá nhân": the subjects of a list, in the decision's order. */
function whoOf(subjects: readonly AwardSubject[]): string {
  const order: AwardSubject[] = ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'];
  const words = order
    .filter((s) => subjects.includes(s))
    .map((s) => AWARD_SUBJECTS[s].toLocaleLowerCase('vi-VN'));
  return words.length ? `các ${words.join(', ')}` : 'các tập thể, cá nhân';
}

/**
 * Quyết định khen thưởng (module decisions, issue 12; ADR 0022). A decision belongs to its issuing
 * unit (the deciding authority's unit): read with DECISION_READ there (a sibling gets NOT_FOUND),
 * drafted and edited with DECISION_MANAGE there, issued with DECISION_ISSUE there.
 *
 * - `draft` takes the nominees of a round appraised "đạt" in dossiers received by the issuer or a unit
 *   below it (module awards' `passedForDecision`; a dossier sent to the council only with the nominees
 *   the council passed, whose closed session's biên bản the draft cites), one award a decision; a nominee is in at most one
 *   decision not revoked (the partial unique index is the last word under concurrency). Each recipient
 *   is a snapshot (name, post or unit, achievement) with its multiplier from the rule in force for the
 *   award and subject, and its amount on today's lương cơ sở.
 * - `issue`, in one transaction: the number from the issuer's QĐ register, the date (today: electronic
 *   documents are numbered by the system, NĐ 30/2020 Điều 15), the amounts again on that date, the số
 *   sổ vàng of each recipient (a per-issuer, per-year sequence), a certificate code each, the .docx
 *   frozen in module files, an award record per recipient written by module records, and each dossier
 *   all of whose "đạt" nominees are now decided moved to DECIDED by module awards where its routing
 *   table allows.
 */
@Injectable()
export class AwardDecisionService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly scopes: UnitScopes,
    private readonly org: OrgService,
    private readonly people: PeopleService,
    private readonly rounds: AwardRoundService,
    private readonly dossiers: AwardDossierService,
    private readonly routing: AwardDossierRoutingService,
    private readonly rules: RulesService,
    private readonly legal: LegalService,
    private readonly records: RecordsService,
    private readonly numbers: NumberRegisterService,
    private readonly files: FilesService,
    private readonly councilMinutes: CouncilMinutesService,
  ) {}

  private get decisions(): Repository<AwardDecisionEntity> {
    return this.db.repo(AwardDecisionEntity);
  }

  private get recipientRows(): Repository<AwardDecisionRecipientEntity> {
    return this.db.repo(AwardDecisionRecipientEntity);
  }

  readonly decisionById = loaderKey<string, AwardDecisionEntity | null>(
    'awardDecisionById',
    async (ids) => byKeys(ids, await this.decisions.findBy({ id: In([...ids]) }), (d) => d.id),
  );

  /** Each decision's recipients in the danh sách's order. */
  readonly recipientsOf = loaderKey<string, AwardDecisionRecipientEntity[]>(
    'awardDecisionRecipients',
    async (ids) =>
      groupByKeys(
        ids,
        await this.recipientRows.find({
          where: { decisionId: In([...ids]) },
          order: { position: 'ASC' },
        }),
        (r) => r.decisionId,
      ),
  );

  // ---------------------------------------------------------------------------------------------------
  // reads

  async list(
    ctx: RequestContext,
    f: DecisionFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<AwardDecisionEntity>> {
    // the scope as a subquery, not a join: with a join and a page size, TypeORM pages through a
    // DISTINCT wrapper that only takes `alias.column` orders, not the computed keys of DECISION_SORTS
    const scope = await this.scopes.of(ctx.actor, DECISION_READ);
    const qb = this.decisions.createQueryBuilder('d');
    if (scope.kind !== 'all') {
      const issuers = qb.subQuery().select('u.id').from('units', 'u');
      whereInScope(issuers, scope, 'u.path');
      qb.where(`d.issuer_unit_id IN ${issuers.getQuery()}`, issuers.getParameters());
    }
    if (f.roundId) qb.andWhere('d.round_id = :roundId', { roundId: f.roundId });
    if (f.issuerUnitId)
      qb.andWhere('d.issuer_unit_id = :issuerUnitId', { issuerUnitId: f.issuerUnitId });
    if (f.status) qb.andWhere('d.status = :status', { status: f.status });
    if (f.year) qb.andWhere('d.year = :year', { year: f.year });
    const search = f.search?.trim();
    if (search)
      addSearch(qb, search, `d.award_name || ' ' || d.subject || ' ' || coalesce(d.symbol, '')`);
    const sort = DECISION_SORTS[f.sort ?? 'NEWEST'];
    if (sort.rawValueAlias) qb.addSelect(sort.expression, sort.rawValueAlias);
    return paginate(qb, f, { ...sort, idExpression: 'd.id', id: (d) => d.id });
  }

  /** Each decision's number of recipients and the sum of their amounts (đồng), in one read. */
  async totalsOf(
    decisionIds: readonly string[],
  ): Promise<Map<string, { recipients: number; amount: number }>> {
    if (!decisionIds.length) return new Map();
    const rows: { decision_id: string; recipients: number; amount: string | number }[] =
      await this.db.manager.query(
        `SELECT decision_id, count(*)::int AS recipients, coalesce(sum(amount), 0) AS amount
           FROM award_decision_recipients WHERE decision_id = ANY($1::uuid[]) GROUP BY decision_id`,
        [[...decisionIds]],
      );
    return new Map(
      rows.map((r) => [r.decision_id, { recipients: r.recipients, amount: Number(r.amount) }]),
    );
  }

  /** The decision, if the caller reads it (DECISION_READ at its issuer); NOT_FOUND otherwise. */
  async get(ctx: RequestContext, id: string): Promise<AwardDecisionEntity> {
    const d = await this.decisions.findOneBy({ id });
    if (!d || !(await this.readable(ctx.actor, d))) throw AppError.notFound(WHAT, id);
    return d;
  }

  async recipients(decisionId: string): Promise<AwardDecisionRecipientEntity[]> {
    return this.recipientRows.find({ where: { decisionId }, order: { position: 'ASC' } });
  }

  private async readable(actor: Actor, d: Pick<AwardDecisionEntity, 'issuerUnitId'>) {
    const unit = await this.org.findById(d.issuerUnitId);
    return !!unit && (await this.scopes.covers(actor, DECISION_READ, unit.path));
  }

  /** Whether the caller may edit the draft, or sign it, at its issuer. */
  async may(ctx: RequestContext, d: AwardDecisionEntity, permission: Permission): Promise<boolean> {
    const unit = await this.org.findById(d.issuerUnitId);
    return !!unit && ctx.actor.canAt(permission, unit.path);
  }

  /**
   * The nominees of the round a decision of `issuerUnitId` may take (appraised "đạt" in dossiers that
   * unit or one below it received), each with the decision already holding it. NOT_FOUND outside
   * the caller's DECISION_READ.
   */
  async candidates(
    ctx: RequestContext,
    roundId: string,
    issuerUnitId: string,
  ): Promise<CandidateView[]> {
    const issuer = await this.org.findById(issuerUnitId);
    if (!issuer || !(await this.scopes.covers(ctx.actor, DECISION_READ, issuer.path)))
      throw AppError.notFound('Đơn vị ban hành', issuerUnitId);
    const list = await this.routing.passedForDecision(roundId, issuer.path);
    const taken = await this.takenBy(list.map((c) => c.nominationId));
    return list.map((c) => ({ ...c, decisionId: taken.get(c.nominationId) ?? null }));
  }

  /** The decision (not revoked) that holds each nomination. */
  private async takenBy(nominationIds: readonly string[]): Promise<Map<string, string>> {
    if (!nominationIds.length) return new Map();
    const rows = await this.recipientRows.find({
      select: { nominationId: true, decisionId: true },
      where: { nominationId: In([...nominationIds]), revoked: false },
    });
    return new Map(rows.map((r) => [r.nominationId as string, r.decisionId]));
  }

  // ---------------------------------------------------------------------------------------------------
  // draft

  async draft(tx: Tx, req: DraftRequest): Promise<AwardDecisionEntity> {
    const issuer = await this.org.findById(req.issuerUnitId);
    const actor = tx.ctx.actor;
    if (
      !issuer ||
      !(
        (await this.scopes.covers(actor, DECISION_READ, issuer.path)) ||
        actor.canAt(DECISION_MANAGE, issuer.path)
      )
    )
      throw AppError.notFound('Đơn vị ban hành', req.issuerUnitId);
    if (!actor.canAt(DECISION_MANAGE, issuer.path))
      throw AppError.forbidden(
        `Bạn không có quyền soạn quyết định khen thưởng của đơn vị "${issuer.name}".`,
      );
    if (isReadOnly(issuer)) await this.org.assertAttachable(issuer.id, 'issuerUnitId');
    const round = await this.rounds.get(req.roundId);
    const asked = req.nominationIds ? [...new Set(req.nominationIds)] : null;
    if (asked && !asked.length)
      throw AppError.field('nominationIds', 'Hãy chọn ít nhất một đề nghị đạt thẩm định.');
    if (asked && asked.length > L.recipients)
      throw AppError.field(
        'nominationIds',
        `Một quyết định khen thưởng tối đa ${L.recipients} tập thể, cá nhân.`,
      );
    const found = await this.routing.passedForDecision(round.id, issuer.path, asked);
    const taken = await this.takenBy(found.map((c) => c.nominationId));
    let chosen: DecisionCandidate[];
    if (asked) {
      const missing = asked.filter((id) => !found.some((c) => c.nominationId === id));
      if (missing.length)
        throw AppError.field(
          'nominationIds',
          `${missing.length} đề nghị được chọn không đạt thẩm định trong đợt này, hoặc hồ sơ của đề nghị không do đơn vị ban hành (hay đơn vị cấp dưới) tiếp nhận.`,
        );
      const twice = found.filter((c) => taken.has(c.nominationId));
      if (twice.length)
        throw AppError.field(
          'nominationIds',
          `Đã có trong một quyết định khen thưởng khác: ${twice.map((c) => `${c.name} (${c.awardName})`).join(', ')}.`,
        );
      chosen = found;
    } else {
      chosen = found.filter((c) => !taken.has(c.nominationId));
      if (chosen.length > L.recipients) chosen = chosen.slice(0, L.recipients);
    }
    if (!chosen.length)
      throw AppError.field(
        'roundId',
        `Đợt "${round.title}" chưa có đề nghị nào đạt thẩm định (hồ sơ do ${issuer.name} hoặc đơn vị cấp dưới tiếp nhận) mà chưa có quyết định khen thưởng.`,
      );
    const first = chosen[0] as DecisionCandidate;
    const awards = chosen.reduce<DecisionCandidate[]>(
      (list, c) => (list.some((a) => sameAward(a, c)) ? list : [...list, c]),
      [],
    );
    if (awards.length > 1)
      throw AppError.field(
        'nominationIds',
        `Mỗi quyết định tặng một danh hiệu, hình thức; các đề nghị thuộc ${awards.length} hình thức (${awards.map((a) => a.awardName).join('; ')}): hãy chọn đề nghị của một hình thức.`,
      );

    const province = this.org.rootIdOf(issuer.path);
    const today = todayInVietnam();
    const kinds = await this.rules.listKinds(province);
    const category = first.awardCode
      ? (kinds.find((k) => k.code === first.awardCode)?.category ??
        awardKind(first.awardCode)?.category)
      : undefined;
    const kind: AwardDecisionKind = category === 'EMULATION_TITLE' ? 'TITLE' : 'FORM';
    const reward = await this.rewardRule(first, province, today, round.track);
    const baseSalary = await this.baseSalary(today, province);
    const snapshots = await this.snapshots(chosen);

    const repo = tx.em.getRepository(AwardDecisionEntity);
    const provinceUnit = await this.org.findById(province);
    const subjects = [...new Set(chosen.map((c) => c.subject))];
    const awardPhrase = kind === 'TITLE' ? `danh hiệu "${first.awardName}"` : first.awardName;
    const period = periodOf(round);
    const anyMoney = chosen.some((c) => reward.multiplier(c.subject) !== null);
    const row = repo.create({
      roundId: round.id,
      issuerUnitId: issuer.id,
      status: 'DRAFT',
      year: round.year,
      track: round.track,
      awardCode: first.awardCode,
      awardName: first.awardName,
      awardKind: kind,
      subject: cut(`tặng ${awardPhrase} cho ${whoOf(subjects)} có thành tích ${period}`, L.line),
      authority: cut(round.decidingAuthority, L.line),
      achievement: cut(`đã có thành tích ${period}`, L.text),
      bases: await this.basesFor(reward.basisDocumentId),
      // nominees a council passed: its biên bản is cited (the officer may still edit it)
      councilMinutes: await this.councilMinutes.citation(
        chosen.flatMap((c) => (c.councilSessionId ? [c.councilSessionId] : [])),
      ),
      proposal: proposalOf(chosen),
      rewardFunding: anyMoney
        ? cut(`Quỹ thi đua, khen thưởng của ${issuer.name} năm ${today.slice(0, 4)}`, L.line)
        : null,
      rewardBasis: anyMoney && reward.article ? cut(`theo ${reward.article}`, L.line) : null,
      executors: ['Thủ trưởng các cơ quan, đơn vị có liên quan'],
      receivers: ['Như Điều 3'],
      archive: 'VT',
      place: placeOf(provinceUnit?.name) || placeOf(issuer.name) || issuer.name,
      signer: { on: [], title: '', name: '' },
      number: null,
      symbol: null,
      decidedOn: null,
      issuedAt: null,
      issuedById: null,
      issuedByName: null,
      docxSha256: null,
      certificatesDocxSha256: null,
      certificatesPdfSha256: null,
      certificatesAt: null,
    });
    await repo.insert(row);
    const d = await repo.findOneByOrFail({ id: row.id });
    const recipients = chosen.map((c, i) => {
      const multiplier = reward.multiplier(c.subject);
      const snap = snapshots.get(c.nominationId);
      return tx.em.getRepository(AwardDecisionRecipientEntity).create({
        decisionId: d.id,
        position: i + 1,
        nominationId: c.nominationId,
        dossierId: c.dossierId,
        revoked: false,
        subject: c.subject,
        personId: c.personId,
        subjectUnitId: c.subject === 'HOUSEHOLD' ? c.proposingUnitId : c.subjectUnitId,
        householdAddress: c.householdAddress,
        honorific: snap?.honorific ?? null,
        name: c.name,
        detail: snap?.detail ? cut(snap.detail, CERTIFICATE_DETAIL) : null,
        unitName: snap?.unitName ?? c.proposingUnitName,
        achievement: cut(
          c.achievements.split(/\r?\n/).find((l) => l.trim()) ?? '',
          CERTIFICATE_ACHIEVEMENT,
        ),
        awardCode: c.awardCode,
        awardName: c.awardName,
        multiplier,
        baseSalary,
        amount: multiplier !== null && baseSalary ? rewardAmount(multiplier, baseSalary) : null,
        goldBookNumber: null,
        certificateCode: null,
        awardRecordId: null,
      });
    });
    try {
      await tx.em.getRepository(AwardDecisionRecipientEntity).insert(recipients);
    } catch (error) {
      throw this.uniqueRefusal(error) ?? error;
    }
    await tx.audit.event('awardDecision.draft', awardDecisionTarget(d), [
      { field: 'roundId', after: round.title },
      ...diffFields<AwardDecisionAuditView>(
        null,
        awardDecisionAuditView(d),
        AWARD_DECISION_AUDIT_FIELDS,
      ),
      {
        field: 'decisionRecipients',
        after: chosen.map((c) => `${c.name} — ${c.awardName}`).join('; '),
      },
    ]);
    return d;
  }

  /** Two drafts racing for one nominee: the second meets the unique index; say so, not 500. */
  private uniqueRefusal(error: unknown): AppError | null {
    const e = error as { code?: string; constraint?: string; driverError?: { code?: string } };
    const code = e.code ?? e.driverError?.code;
    if (code === '23505')
      return AppError.field(
        'nominationIds',
        'Một đề nghị vừa được đưa vào quyết định khen thưởng khác: hãy tải lại danh sách đề nghị.',
      );
    return null;
  }

  /** Who each person, collective or household is, as the danh sách prints them. */
  private async snapshots(
    list: readonly DecisionCandidate[],
  ): Promise<Map<string, { honorific: string | null; detail: string | null; unitName: string }>> {
    const out = new Map<
      string,
      { honorific: string | null; detail: string | null; unitName: string }
    >();
    const people = await this.people.findByIds(
      list.flatMap((c) => (c.personId ? [c.personId] : [])),
    );
    const posts = new Map<string, { unitId: string; title: string } | null>();
    for (const [path, group] of groupBy(list, (c) => c.proposingUnitPath)) {
      const found = await this.dossiers.postsInDossier(
        { unitPath: path },
        group.flatMap((c) => (c.personId ? [c.personId] : [])),
      );
      for (const [id, post] of found) posts.set(id, post);
    }
    const units = await this.unitsByIds([
      ...[...posts.values()].flatMap((p) => (p ? [p.unitId] : [])),
      ...list.flatMap((c) => (c.subjectUnitId ? [c.subjectUnitId] : [])),
    ]);
    const parents = await this.unitsByIds(
      list.flatMap((c) => {
        const parentId = c.subjectUnitId ? units.get(c.subjectUnitId)?.parentId : null;
        return parentId ? [parentId] : [];
      }),
    );
    for (const c of list) {
      if (c.personId) {
        const person = people.get(c.personId);
        const post = posts.get(c.personId);
        const unit = post ? units.get(post.unitId) : undefined;
        out.set(c.nominationId, {
          honorific: person?.sex === 'FEMALE' ? 'Bà' : person?.sex === 'MALE' ? 'Ông' : null,
          detail: post ? [post.title, unit?.name].filter(Boolean).join(', ') : null,
          unitName: unit?.name ?? c.proposingUnitName,
        });
      } else if (c.subjectUnitId) {
        const unit = units.get(c.subjectUnitId);
        const parent = unit?.parentId ? parents.get(unit.parentId) : undefined;
        out.set(c.nominationId, {
          honorific: null,
          detail: parent?.name ?? null,
          unitName: parent?.name ?? unit?.name ?? c.proposingUnitName,
        });
      } else {
        out.set(c.nominationId, {
          honorific: null,
          detail: c.householdAddress,
          unitName: c.proposingUnitName,
        });
      }
    }
    return out;
  }

  private async unitsByIds(ids: readonly string[]): Promise<Map<string, Unit>> {
    const wanted = [...new Set(ids)];
    if (!wanted.length) return new Map();
    const rows = (await this.org.unitById.batch(wanted)) as (Unit | null | Error)[];
    return new Map(
      rows.flatMap((u) => (u && !(u instanceof Error) ? [[u.id, u] as [string, Unit]] : [])),
    );
  }

  /**
   * What the rules say of the award's money on `on`: the rule in force for the award and the round's
   * track (a province's own first), else the version the nominee was judged under; a multiplier per
   * subject (a household's from an individual's when the rule gives none, §2.11), the article, and the
   * legal document the rule stands on (cited among the căn cứ).
   */
  private async rewardRule(
    c: DecisionCandidate,
    province: string,
    on: IsoDate,
    track: AwardTrack,
  ): Promise<{
    multiplier: (subject: AwardSubject) => number | null;
    article: string | null;
    basisDocumentId: string | null;
  }> {
    const rule =
      (c.awardCode ? await this.rules.ruleFor(c.awardCode, on, province, track) : null) ??
      (c.ruleVersionId
        ? ((await this.rules.ruleVersionsByIds([c.ruleVersionId])).get(c.ruleVersionId) ?? null)
        : null);
    const rewards = rule?.content.rewards ?? [];
    const of = (s: AwardSubject) => rewards.find((r) => r.subject === s)?.multiplier ?? null;
    return {
      multiplier: (subject) => {
        const own = of(subject);
        if (own !== null || subject !== 'HOUSEHOLD') return own;
        const individual = of('INDIVIDUAL');
        return individual === null ? null : Math.round(individual * HOUSEHOLD_FACTOR * 1000) / 1000;
      },
      article: rewards.find((r) => r.subject === c.subject)?.article ?? null,
      basisDocumentId: rule?.legalDocumentId ?? null,
    };
  }

  /** LUONG_CO_SO in force on `on` for the province (its override beats the national value). */
  private async baseSalary(on: IsoDate, province: string): Promise<number | null> {
    const value = (await this.rules.parametersOn(on, province)).LUONG_CO_SO?.value;
    return value && Number.isInteger(value) && value > 0 ? value : null;
  }

  /** Căn cứ: the Law, then the legal document the award's rule stands on (the decree in force). */
  private async basesFor(documentId: string | null): Promise<string[]> {
    const law = NATIONAL_LEGAL_DOCUMENTS.find((x) => x.number === TDKT_LAW);
    const bases = law ? [cut(legalCitation(law), L.line)] : [];
    if (documentId) {
      const [doc] = await this.legal.findByIds([documentId]);
      if (doc && doc.number !== TDKT_LAW) bases.push(cut(legalCitation(doc), L.line));
    }
    return bases;
  }

  // ---------------------------------------------------------------------------------------------------
  // edit, delete

  /** The draft, locked in the caller's transaction: NOT_FOUND unread, FORBIDDEN without `permission`. */
  private async lockedDraft(
    tx: Tx,
    id: string,
    version: number,
    permission: Permission,
    forbidden: string,
  ): Promise<{ d: AwardDecisionEntity; issuer: Unit }> {
    const d = await tx.em
      .getRepository(AwardDecisionEntity)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :id', { id })
      .getOne();
    const issuer = d ? await this.org.findById(d.issuerUnitId) : null;
    if (!d || !issuer || !(await this.scopes.covers(tx.ctx.actor, DECISION_READ, issuer.path)))
      throw AppError.notFound(WHAT, id);
    if (!tx.ctx.actor.canAt(permission, issuer.path)) throw AppError.forbidden(forbidden);
    if (d.status !== 'DRAFT')
      throw AppError.readOnly(
        `${decisionLabel(d)} đã ban hành: không sửa, xóa, ký lại được (thu hồi là một quyết định khác).`,
      );
    if (d.version !== version)
      throw AppError.conflict(WHAT, decisionLabel(d), 'AwardDecision', d.id);
    return { d, issuer };
  }

  async update(
    tx: Tx,
    id: string,
    version: number,
    edit: DecisionEdit,
  ): Promise<AwardDecisionEntity> {
    const { d: before, issuer } = await this.lockedDraft(
      tx,
      id,
      version,
      DECISION_MANAGE,
      'Bạn không có quyền sửa dự thảo quyết định khen thưởng của đơn vị này.',
    );
    // a line of punctuation only prints nothing (the builder strips it): as empty as a blank
    const required = (field: string, label: string, value: string) => {
      const v = oneLine(value);
      if (!/[\p{L}\p{N}]/u.test(v)) throw AppError.field(field, `${label} không được để trống.`);
      return v;
    };
    const lines = (list: readonly string[]) => list.map((x) => oneLine(x)).filter(Boolean);
    const patch: Partial<AwardDecisionEntity> = {
      subject: required('subject', 'Trích yếu', edit.subject),
      authority: required('authority', 'Người có thẩm quyền quyết định', edit.authority),
      achievement: required('achievement', 'Thành tích (Điều 1)', edit.achievement),
      bases: lines(edit.bases),
      councilMinutes:
        edit.councilMinutes && oneLine(edit.councilMinutes.body)
          ? { body: oneLine(edit.councilMinutes.body), date: edit.councilMinutes.date ?? null }
          : null,
      proposal:
        edit.proposal && oneLine(edit.proposal.by) && oneLine(edit.proposal.reference)
          ? { by: oneLine(edit.proposal.by), reference: oneLine(edit.proposal.reference) }
          : null,
      rewardFunding: oneLine(edit.rewardFunding) || null,
      rewardBasis: oneLine(edit.rewardBasis) || null,
      executors: lines(edit.executors),
      receivers: lines(edit.receivers),
      archive: required('archive', 'Lưu', edit.archive),
      place: required('place', 'Địa danh', edit.place),
      signer: {
        on: edit.signer.on.map((o) => ({ authority: o.authority, of: oneLine(o.of) })),
        title: oneLine(edit.signer.title),
        name: oneLine(edit.signer.name),
      },
    };
    const recipients = await tx.em
      .getRepository(AwardDecisionRecipientEntity)
      .find({ where: { decisionId: before.id }, order: { position: 'ASC' } });
    const extra: { field: string; before?: unknown; after?: unknown }[] = [];
    const byId = new Map(recipients.map((r) => [r.id, r]));
    const removed = [...new Set(edit.removeRecipientIds ?? [])];
    removed.forEach((rid, i) => {
      if (!byId.has(rid))
        throw AppError.field(`removeRecipientIds.${i}`, 'Không có trong danh sách của quyết định.');
    });
    if (removed.length && removed.length >= recipients.length)
      throw AppError.field(
        'removeRecipientIds',
        'Quyết định phải còn ít nhất một tập thể, cá nhân; muốn bỏ cả danh sách thì xóa dự thảo.',
      );
    const multipliers = edit.multipliers ?? [];
    const changed: string[] = [];
    let todaysBase: Promise<number | null> | null = null;
    for (const [i, m] of multipliers.entries()) {
      const r = byId.get(m.recipientId);
      if (!r) throw AppError.field(`multipliers.${i}.recipientId`, 'Không có trong danh sách.');
      if (removed.includes(r.id)) continue;
      const value = m.multiplier === null ? null : Math.round(m.multiplier * 1000) / 1000;
      if (value !== null && !(value >= 0 && value <= L.multiplier))
        throw AppError.field(
          `multipliers.${i}.multiplier`,
          `Hệ số tiền thưởng phải từ 0 đến ${L.multiplier}.`,
        );
      if (value === r.multiplier) continue;
      todaysBase ??= this.baseSalary(todayInVietnam(), this.org.rootIdOf(issuer.path));
      const base = r.baseSalary ?? (await todaysBase);
      await tx.em.getRepository(AwardDecisionRecipientEntity).update(
        { id: r.id },
        {
          multiplier: value,
          baseSalary: base,
          amount: value !== null && base ? rewardAmount(value, base) : null,
        },
      );
      changed.push(`${r.name}: ${r.multiplier ?? '—'} → ${value ?? '—'}`);
    }
    if (changed.length) extra.push({ field: 'recipientMultipliers', after: changed.join('; ') });
    if (removed.length) {
      await tx.em.getRepository(AwardDecisionRecipientEntity).delete({ id: In(removed) });
      const kept = recipients.filter((r) => !removed.includes(r.id));
      for (const [i, r] of kept.entries())
        if (r.position !== i + 1)
          await tx.em
            .getRepository(AwardDecisionRecipientEntity)
            .update({ id: r.id }, { position: i + 1 });
      extra.push({
        field: 'decisionRecipients',
        before: recipients
          .filter((r) => removed.includes(r.id))
          .map((r) => r.name)
          .join('; '),
      });
    }
    await tx.updateVersioned(AwardDecisionEntity, before.id, version, patch, {
      what: WHAT,
      label: decisionLabel(before),
      entityType: 'AwardDecision',
    });
    const after = await tx.em.findOneByOrFail(AwardDecisionEntity, { id: before.id });
    await tx.audit.changed<AwardDecisionAuditView>(
      'awardDecision.update',
      awardDecisionTarget(after),
      awardDecisionAuditView(before),
      awardDecisionAuditView(after),
      AWARD_DECISION_AUDIT_FIELDS,
      extra,
    );
    return after;
  }

  async delete(tx: Tx, id: string, version: number): Promise<void> {
    const { d } = await this.lockedDraft(
      tx,
      id,
      version,
      DECISION_MANAGE,
      'Bạn không có quyền xóa dự thảo quyết định khen thưởng của đơn vị này.',
    );
    const recipients = await tx.em.getRepository(AwardDecisionRecipientEntity).findBy({
      decisionId: d.id,
    });
    await tx.em.getRepository(AwardDecisionEntity).delete({ id: d.id });
    await tx.audit.event('awardDecision.delete', awardDecisionTarget(d), [
      ...diffFields<AwardDecisionAuditView>(
        awardDecisionAuditView(d),
        null,
        AWARD_DECISION_AUDIT_FIELDS,
      ),
      { field: 'decisionRecipients', before: recipients.map((r) => r.name).join('; ') },
    ]);
  }

  // ---------------------------------------------------------------------------------------------------
  // issue

  async issue(tx: Tx, id: string, version: number): Promise<AwardDecisionEntity> {
    const { d, issuer } = await this.lockedDraft(
      tx,
      id,
      version,
      DECISION_ISSUE,
      'Chỉ người có quyền ký ban hành quyết định khen thưởng của đơn vị mới ban hành được.',
    );
    if (isReadOnly(issuer)) await this.org.assertAttachable(issuer.id, 'id');
    const abbreviation = oneLine(issuer.shortName);
    if (!abbreviation)
      throw AppError.field(
        'id',
        `Đơn vị "${issuer.name}" chưa có tên viết tắt: cần tên viết tắt để ghi số, ký hiệu quyết định (ví dụ 25/QĐ-UBND).`,
      );
    if (!d.signer.title || !d.signer.name)
      throw AppError.field('id', 'Quyết định chưa có chức vụ, họ tên người ký.');
    const recipients = await tx.em
      .getRepository(AwardDecisionRecipientEntity)
      .find({ where: { decisionId: d.id }, order: { position: 'ASC' } });
    if (!recipients.length)
      throw AppError.field('id', 'Quyết định chưa có tập thể, cá nhân nào được khen thưởng.');

    // still "đạt" in a dossier the issuer (or below) holds: a dossier returned since was appraised afresh
    const live = new Map(
      (
        await this.routing.passedForDecision(
          d.roundId,
          issuer.path,
          recipients.flatMap((r) => (r.nominationId ? [r.nominationId] : [])),
        )
      ).map((c) => [c.nominationId, c]),
    );
    const gone = recipients.filter((r) => !r.nominationId || !live.has(r.nominationId));
    if (gone.length)
      throw AppError.field(
        'id',
        `Không còn là đề nghị đạt thẩm định (hồ sơ đã bị trả lại, rút hoặc sửa): ${gone.map((r) => r.name).join(', ')}. Hãy bỏ khỏi dự thảo rồi ký lại.`,
      );

    const decidedOn = todayInVietnam();
    const province = this.org.rootIdOf(issuer.path);
    const money = d.rewardFunding !== null;
    const baseSalary = await this.baseSalary(decidedOn, province);
    if (money) {
      const without = recipients.filter((r) => r.multiplier === null);
      if (without.length)
        throw AppError.field(
          'id',
          `Chưa có hệ số tiền thưởng của: ${without.map((r) => r.name).join(', ')}. Hãy ghi hệ số, hoặc bỏ nguồn kinh phí nếu quyết định không kèm tiền thưởng.`,
        );
      if (!baseSalary)
        throw AppError.field(
          'id',
          `Chưa có mức lương cơ sở áp dụng ngày ${decidedOn}: cần tham số LUONG_CO_SO để tính tiền thưởng.`,
        );
    }

    const taken = await this.numbers.take(tx, {
      issuer: { unitId: issuer.id, tree: issuer.tree, abbreviation },
      kind: 'QUYET_DINH',
      issuedOn: decidedOn,
      record: { entityType: 'AwardDecision', entityId: d.id },
    });
    const year = Number(decidedOn.slice(0, 4));
    const firstGold = await this.takeGoldBook(tx, issuer.id, year, recipients.length);
    const codes = await this.freshCodes(tx, recipients.length);
    const paths = new Map(
      [...live.values()].map((c) => [c.nominationId, c.proposingUnitPath] as const),
    );
    const recordsTx = this.asDecision(tx, [issuer.path, ...paths.values()]);
    for (const [i, r] of recipients.entries()) {
      r.goldBookNumber = firstGold + i;
      r.certificateCode = codes[i] ?? null;
      r.baseSalary = money ? baseSalary : r.baseSalary;
      r.amount =
        money && r.multiplier !== null && baseSalary
          ? rewardAmount(r.multiplier, baseSalary)
          : null;
    }
    // the award records at once (module records' bulk path), then the recipients in one statement a
    // chunk: one by one, a 1,000-recipient issue took 6.5 s (bench/councils, load 6-9; 10.6 s at load 8)
    const recordIds = await this.records.bulkCreateAwardRecords(
      recordsTx,
      recipients.map((r) => ({
        subject: this.recordSubject(r),
        fallbackUnitId: r.nominationId ? (live.get(r.nominationId)?.proposingUnitId ?? null) : null,
        data: this.recordData(d, r, taken.symbol, decidedOn),
      })),
      (i, error) =>
        AppError.field(
          'id',
          `Chưa ghi được khen thưởng vào hồ sơ thành tích của ${recipients[i]?.name ?? ''}: ${error.message}`,
        ),
    );
    for (const [i, r] of recipients.entries()) r.awardRecordId = recordIds[i] ?? null;
    await this.writeIssued(tx, recipients);

    const now = new Date();
    const issued: AwardDecisionEntity = {
      ...d,
      status: 'ISSUED',
      number: taken.number,
      symbol: taken.symbol,
      decidedOn,
    };
    const parent = issuer.parentId ? await this.org.findById(issuer.parentId) : null;
    const bytes = await renderDecision(
      decisionDocument(issued, recipients, issuerOf(issuer, parent)),
    );
    const stored = await this.files.put(bytes, FILE_MEDIA_TYPES.DOCX);
    await tx.updateVersioned(
      AwardDecisionEntity,
      d.id,
      version,
      {
        status: 'ISSUED',
        number: taken.number,
        symbol: taken.symbol,
        decidedOn,
        issuedAt: now,
        issuedById: tx.ctx.actor.type === 'USER' ? tx.ctx.actor.id : null,
        issuedByName: tx.ctx.actor.displayName,
        docxSha256: stored.sha256,
      },
      { what: WHAT, label: decisionLabel(d), entityType: 'AwardDecision' },
    );
    const after = await tx.em.findOneByOrFail(AwardDecisionEntity, { id: d.id });

    // a dossier is decided once every "đạt" nominee of it is in an issued decision
    const moved: string[] = [];
    // in one order, so two issues reaching the same dossiers lock them alike
    const dossierIds = [
      ...new Set(recipients.flatMap((r) => (r.dossierId ? [r.dossierId] : []))),
    ].sort();
    if (dossierIds.length) {
      const all = await this.routing.passedForDecision(d.roundId, issuer.path);
      const decided = await this.issuedNominations(all.map((c) => c.nominationId));
      for (const dossierId of dossierIds) {
        const open = all.filter((c) => c.dossierId === dossierId && !decided.has(c.nominationId));
        if (!open.length && (await this.routing.recordDecision(tx, dossierId, taken.symbol)))
          moved.push(dossierId);
      }
    }

    await tx.audit.event('awardDecision.issue', awardDecisionTarget(after), [
      { field: 'status', before: 'DRAFT', after: 'ISSUED' },
      { field: 'decisionSymbol', after: taken.symbol },
      { field: 'decidedOn', after: decidedOn },
      {
        field: 'goldBookNumbers',
        after:
          recipients.length === 1
            ? String(firstGold)
            : `${firstGold}–${firstGold + recipients.length - 1}`,
      },
      {
        field: 'decisionRecipients',
        after: recipients.map((r) => `${r.name} — ${r.awardName}`).join('; '),
      },
      ...(moved.length
        ? [{ field: 'dossiers', after: `${moved.length} hồ sơ đã có quyết định` }]
        : []),
    ]);
    return after;
  }

  /** The nominations held by an issued decision (this transaction's included). */
  private async issuedNominations(nominationIds: readonly string[]): Promise<Set<string>> {
    if (!nominationIds.length) return new Set();
    const rows: { nomination_id: string }[] = await this.db.manager.query(
      `SELECT r.nomination_id FROM award_decision_recipients r
         JOIN award_decisions d ON d.id = r.decision_id
        WHERE r.nomination_id = ANY($1::uuid[]) AND NOT r.revoked AND d.status = 'ISSUED'`,
      [[...nominationIds]],
    );
    return new Set(rows.map((r) => r.nomination_id));
  }

  /**
   * `count` consecutive số sổ vàng of the issuer's book for `year`, the first returned. One upsert on
   * the book's row: concurrent issues of the unit wait on it, so no number is given twice, and a
   * rolled-back issue gives its numbers back with it.
   */
  private async takeGoldBook(tx: Tx, unitId: string, year: number, count: number): Promise<number> {
    const rows: { last_number: number }[] = await tx.em.query(
      `INSERT INTO award_gold_books (issuer_unit_id, year, last_number) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT award_gold_books_unit_year
       DO UPDATE SET last_number = award_gold_books.last_number + $3, updated_at = now()
       RETURNING last_number`,
      [unitId, year, count],
    );
    const last = rows[0]?.last_number;
    if (last === undefined) throw new Error('The gold book returned no row.');
    return Number(last) - count + 1;
  }

  /** `count` certificate codes no recipient has (50 bits each: a clash is drawn again, not expected). */
  private async freshCodes(tx: Tx, count: number): Promise<string[]> {
    const codes = new Set<string>();
    while (codes.size < count) {
      const batch = Array.from({ length: count - codes.size }, newCode).filter(
        (c) => !codes.has(c),
      );
      const clash: { certificate_code: string }[] = await tx.em.query(
        `SELECT certificate_code FROM award_decision_recipients WHERE certificate_code = ANY($1::text[])`,
        [batch],
      );
      const used = new Set(clash.map((c) => c.certificate_code));
      for (const c of batch) if (!used.has(c)) codes.add(c);
    }
    return [...codes];
  }

  /**
   * The issue writes each recipient's award record by the decision's authority, not by the signer's own
   * grants: a leader signs (DECISION_ISSUE) without RECORDS_MANAGE, and the record is the decision's
   * consequence. The same user acts (audit rows name them), in the same transaction, holding records'
   * permissions on the issuer's subtree and the proposing units the decision reaches.
   */
  private asDecision(tx: Tx, paths: readonly string[]): Tx {
    const actor = tx.ctx.actor;
    const grants: Grant[] = [
      ...actor.grants,
      ...[...new Set(paths)].map((unitPath) => ({
        roleCode: 'AWARD_DECISION',
        unitId: null,
        unitPath,
        permissions: new Set<Permission>(['RECORDS_READ', 'RECORDS_MANAGE']),
      })),
    ];
    const decisionActor = new Actor(
      actor.type,
      actor.id,
      actor.displayName,
      actor.unitId,
      grants,
      actor.sessionId,
    );
    return new Tx(tx.em, { ...tx.ctx, actor: decisionActor });
  }

  /**
   * Who the recipient's award record (module records) is about. A person's record sits at their unit
   * of the decision's year; a person with no post that year (a post entered later than it began) is
   * recorded at the proposing unit that put them forward (`fallbackUnitId`), where records finds one
   * of their posts.
   */
  private recordSubject(r: AwardDecisionRecipientEntity): SubjectData {
    return r.subject === 'INDIVIDUAL'
      ? { personId: r.personId }
      : r.subject === 'COLLECTIVE'
        ? { unitId: r.subjectUnitId }
        : { unitId: r.subjectUnitId, householdName: r.name, householdAddress: r.householdAddress };
  }

  private recordData(
    d: AwardDecisionEntity,
    r: AwardDecisionRecipientEntity,
    symbol: string,
    decidedOn: IsoDate,
  ): AwardRecordData {
    return {
      awardCode: r.awardCode,
      awardName: r.awardName,
      track: d.track,
      year: d.year,
      decisionNumber: symbol,
      decidedOn,
      decidedBy: d.authority,
      householdAddress: r.householdAddress,
      note: `Số sổ vàng ${String(r.goldBookNumber).padStart(2, '0')}`,
    };
  }

  /** What the issue gave each recipient, one UPDATE per RECIPIENT_CHUNK rows. */
  private async writeIssued(
    tx: Tx,
    recipients: readonly AwardDecisionRecipientEntity[],
  ): Promise<void> {
    for (let start = 0; start < recipients.length; start += RECIPIENT_CHUNK) {
      const chunk = recipients.slice(start, start + RECIPIENT_CHUNK);
      await tx.em.query(
        `UPDATE award_decision_recipients r
            SET gold_book_number = v.gold_book_number, certificate_code = v.certificate_code,
                base_salary = v.base_salary, amount = v.amount, award_record_id = v.award_record_id,
                updated_at = now()
           FROM jsonb_to_recordset($1::jsonb)
             AS v(id uuid, gold_book_number int, certificate_code text, base_salary int, amount int,
                  award_record_id uuid)
          WHERE r.id = v.id`,
        [
          JSON.stringify(
            chunk.map((r) => ({
              id: r.id,
              gold_book_number: r.goldBookNumber,
              certificate_code: r.certificateCode,
              base_salary: r.baseSalary,
              amount: r.amount,
              award_record_id: r.awardRecordId,
            })),
          ),
        ],
      );
    }
  }
}

function sameAward(
  a: Pick<DecisionCandidate, 'awardCode' | 'awardName'>,
  b: Pick<DecisionCandidate, 'awardCode' | 'awardName'>,
): boolean {
  if (a.awardCode || b.awardCode)
    return a.awardCode === b.awardCode && sameAwardForm(a.awardName, b.awardName);
  return sameAwardForm(a.awardName, b.awardName);
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/**
 * "Xét đề nghị của {units} tại {tờ trình}": the proposing units and their tờ trình (number and date as
 * numbered at the first send), each once.
 */
function proposalOf(list: readonly DecisionCandidate[]): DecisionProposal | null {
  const dossiers = new Map<string, DecisionCandidate>();
  for (const c of list) if (!dossiers.has(c.dossierId)) dossiers.set(c.dossierId, c);
  const all = [...dossiers.values()];
  const by = [...new Set(all.map((c) => c.proposingUnitName))].join(', ');
  const refs = all.map((c) =>
    c.toTrinhSymbol
      ? `Tờ trình số ${c.toTrinhSymbol}${c.toTrinhDate ? ` ngày ${citedDate(c.toTrinhDate)}` : ''}`
      : `Tờ trình của ${c.proposingUnitName}`,
  );
  if (!by) return null;
  return { by: cut(by, L.line), reference: cut([...new Set(refs)].join(', '), L.line) };
}
