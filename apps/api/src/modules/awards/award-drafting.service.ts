import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import type { DocumentDate, Issuer, ToTrinhNominee } from '@thidua/documents';
import {
  AWARD_DRAFT_LIMITS as L,
  AWARD_SUBJECTS,
  EVALUATION_GRADES,
  INITIATIVE_KINDS,
  INITIATIVE_SCOPES,
  NATIONAL_LEGAL_DOCUMENTS,
  achievementReportKind,
  citedDate,
  dossierSendMissing,
  isDossierEditable,
  isoToVn,
  legalCitation,
  oneLine,
  todayInVietnam,
  type AchievementReportKindCode,
  type AwardRoundKind,
  type AwardSubject,
  type CompletenessNominee,
  type EligibilityFacts,
  type FactAward,
  type IsoDate,
} from '@thidua/shared-domain';
import type { AuditChange } from '../../core/audit/audit-log.entity';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { groupByKeys, loaderKey } from '../../core/graphql/loaders';
import { CampaignCovenantService } from '../campaigns/campaign-covenant.service';
import { CampaignRegistrationService } from '../campaigns/campaign-registration.service';
import { CampaignReviewService } from '../campaigns/campaign-review.service';
import { CampaignService } from '../campaigns/campaign.service';
import { NumberRegisterService } from '../documents/number-register.service';
import { FILE_MEDIA_TYPES, FilesService } from '../files/files.service';
import { RulesService } from '../legal/rules.service';
import { OrgService } from '../org/org.service';
import { PeopleService } from '../people/people.service';
import { RecordsService } from '../records/records.service';
import { awardDossierTarget } from './award-audit';
import {
  AwardDocumentDraftEntity,
  type ReportDraftContent,
  type ToTrinhDraftContent,
} from './award-document-draft.entity';
import {
  awardCounts,
  canonical,
  checkReport,
  documentHash,
  renderReport,
  renderToTrinh,
  reportDocument,
  toTrinhDocument,
  type ReportFrame,
  type ToTrinhFrame,
} from './award-document-render';
import { AwardDocumentPdfs } from './award-document-pdfs';
import {
  AwardDossierDocumentEntity,
  AwardNominationEntity,
  type AwardDossierEntity,
} from './award-dossier.entity';
import { AwardDossierService, type NomineePost } from './award-dossier.service';
import { initiativeReference, judgingDay } from './award-eligibility';
import {
  copyReportContent,
  copyToTrinhContent,
  type AchievementReport,
  type ToTrinhDraft,
} from './award-drafting.models';
import { AwardRoundEntity } from './award-round.entity';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;
type Person = NonNullable<Awaited<ReturnType<PeopleService['findById']>>>;
type Plan = Awaited<ReturnType<CampaignService['get']>>;

const REPORT_WHAT = 'Báo cáo thành tích';
const TO_TRINH_WHAT = 'Tờ trình đề nghị khen thưởng';

/** The law and the decrees detailing it, in turn: the tờ trình cites the one in force on the round's day. */
const TDKT_LAW = '06/2022/QH15';
const TDKT_DECREES = ['98/2023/NĐ-CP', '152/2025/NĐ-CP'];

/**
 * Evaluations a công trạng report lists: the last five years, the longest run the titles ask of them
 * (Bằng khen của Thủ tướng: 05 năm liên tục hoàn thành xuất sắc nhiệm vụ, Luật Điều 72).
 */
const EVALUATION_YEARS = 5;

/** People of a unit read to find its head: a phòng or a xã counts a few dozen (bench: ≤ 60). */
const LEADER_SCAN = 100;

/** The national forms by report kind once NĐ 152/2025 applies (national-award-rules.ts, [M/L]). */
const ND152_REPORT_FORMS: Record<AchievementReportKindCode, string> = {
  CONG_TRANG_CA_NHAN: 'Mẫu số 05',
  CONG_TRANG_TAP_THE: 'Mẫu số 04',
  DOT_XUAT: 'Mẫu số 06',
  CONG_HIEN: 'Mẫu số 07',
  CHUYEN_DE: 'Mẫu số 08',
};

/** Words that tell a rule's dossier item for one report kind or subject from another. */
const KIND_WORDS: Record<AchievementReportKindCode, string> = {
  CONG_TRANG_CA_NHAN: 'cá nhân',
  CONG_TRANG_TAP_THE: 'tập thể',
  DOT_XUAT: 'đột xuất',
  CONG_HIEN: 'cống hiến',
  CHUYEN_DE: 'chuyên đề',
};

const SECTION_FIELDS: Record<keyof ReportDraftContent, string> = {
  period: 'reportPeriod',
  profile: 'reportProfile',
  background: 'reportBackground',
  commitments: 'reportCommitments',
  targets: 'reportTargets',
  measures: 'reportMeasures',
  results: 'reportResults',
  lessons: 'reportLessons',
  evaluations: 'reportEvaluations',
  priorAwards: 'reportPriorAwards',
  initiatives: 'reportInitiatives',
  author: 'reportSignatures',
  confirmer: 'reportSignatures',
};

const TO_TRINH_FIELDS: Record<keyof ToTrinhDraftContent, string> = {
  place: 'toTrinhPlace',
  subject: 'toTrinhSubject',
  addressees: 'toTrinhAddressees',
  bases: 'toTrinhBases',
  councilMinutes: 'toTrinhCouncilMinutes',
  summary: 'toTrinhSummary',
  authority: 'toTrinhAuthority',
  recipients: 'toTrinhRecipients',
  archive: 'toTrinhRecipients',
  signer: 'toTrinhSigner',
};

/** A section as the audit row shows it; lists in one key order (jsonb returns its own). */
function printed(value: unknown): string {
  return typeof value === 'string' ? value : canonical(value);
}

/**
 * The audit changes between two versions of a draft, one per section that differs. Part I of a
 * person's report is personal data (birth date, Party membership): the row says it changed, not how.
 */
function sectionChanges<C extends object>(
  fields: Record<keyof C, string>,
  before: C | null,
  after: C,
  personal: readonly (keyof C)[] = [],
): AuditChange[] {
  const changes = new Map<string, AuditChange>();
  for (const key of Object.keys(fields) as (keyof C)[]) {
    const b = before ? printed(before[key]) : undefined;
    const a = printed(after[key]);
    if (b === a) continue;
    const field = fields[key];
    if (personal.includes(key)) changes.set(field, { field, after: 'đã sửa' });
    else if (!changes.has(field)) changes.set(field, { field, before: b, after: a });
  }
  return [...changes.values()];
}

/** "Tỉnh Bắc Kạn" → "Bắc Kạn": the địa danh of a document issued in the province. */
function placeOf(provinceName: string | undefined): string {
  return (provinceName ?? '').replace(/^(tỉnh|thành phố)\s+/iu, '').trim();
}

/** "Phát động Đợt thi đua đặc biệt …" → "Đợt thi đua đặc biệt …": what the achievement is in. */
function campaignName(title: string): string {
  const name = title.replace(/^(phát động|tổ chức|triển khai|thực hiện)\s+/iu, '').trim();
  return name.charAt(0).toLocaleUpperCase('vi-VN') + name.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);
}

function decisionText(a: FactAward): string | null {
  const text = [
    a.decisionNumber ? `Quyết định số ${a.decisionNumber}` : null,
    a.decidedOn ? `ngày ${isoToVn(a.decidedOn)}` : null,
    a.decidedBy ? `của ${a.decidedBy}` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const inherited = a.inheritedFrom ? `kế thừa từ ${a.inheritedFrom}` : '';
  return [text, inherited].filter(Boolean).join('; ') || null;
}

/**
 * Bounded as the inputs are, so a composed draft is one the officer can save unchanged; a longer text
 * is cut at a word and marked "…" (a profile value, a title: data a person typed elsewhere).
 */
function line(text: string | null | undefined, max: number = L.line): string {
  const one = oneLine(text);
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A text someone typed elsewhere as the draft's bulleted lines ("- " unless it has its own mark). */
function bullets(typed: string): string[] {
  return typed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (/^[-+•]\s/u.test(l) ? l : `- ${l}`));
}

function text(lines: readonly string[]): string {
  return lines.join('\n').slice(0, L.text);
}

/** What the system knows of a dossier's nominees, read once for all of them. */
interface Known {
  round: AwardRoundEntity;
  facts: Map<string, EligibilityFacts>;
  people: Map<string, Person>;
  posts: Map<string, NomineePost | null>;
  units: Map<string, Unit>;
  plan: Plan | null;
  proposing: Unit;
}

/** The part of a report's frame its dossier decides (AwardDraftingService.reportBase). */
interface ReportBase {
  round: AwardRoundEntity;
  issuer: Issuer;
  place: string;
}

/** A stored draft, or the one composed now, with what the models say about it. */
interface ReportState {
  row: AwardDocumentDraftEntity | null;
  content: ReportDraftContent;
}

/**
 * The documents a dossier drafts itself (issue 11, "The dossier"; ADR 0020): the tờ trình and a báo
 * cáo thành tích per nominee, composed from what the system knows (the nominee from people, org and
 * records; the round's campaign: registrations, giao ước, targets and the figures reported against
 * them; the rules in force for the form numbers; the legal registry's law and decree for the căn cứ),
 * stored once edited, signed off, and rendered by libs/documents into the dossier's documents when it
 * is sent (`freezeForSend`). A draft never stored is composed on each read (`drafted: true`).
 *
 * Every change needs DOSSIER_MANAGE at the proposing unit on a dossier that is with it (DRAFT,
 * RETURNED), locks the dossier row as nominee edits do (no edit slips into a send) and is audited
 * on the dossier.
 */
@Injectable()
export class AwardDraftingService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly dossiers: AwardDossierService,
    private readonly org: OrgService,
    private readonly people: PeopleService,
    private readonly records: RecordsService,
    private readonly campaigns: CampaignService,
    private readonly registrations: CampaignRegistrationService,
    private readonly covenants: CampaignCovenantService,
    private readonly reviews: CampaignReviewService,
    private readonly rules: RulesService,
    private readonly numbers: NumberRegisterService,
    private readonly files: FilesService,
    private readonly pdfs: AwardDocumentPdfs,
  ) {}

  /** The stored drafts of each dossier (its tờ trình and its reports), one query for a page. */
  readonly draftsOf = loaderKey<string, AwardDocumentDraftEntity[]>(
    'awardDocumentDrafts',
    async (dossierIds) =>
      groupByKeys(
        dossierIds,
        await this.db.repo(AwardDocumentDraftEntity).findBy({ dossierId: In([...dossierIds]) }),
        (r) => r.dossierId,
      ),
  );

  /**
   * Drafts composed in this request, per dossier: the first nominee's `report` composes every
   * unsaved report of its dossier at once (one `factsForMany`, one read of the campaign), the others
   * take theirs from here. Keyed by the request's loader cache, so nothing outlives the request.
   */
  private readonly composed = new WeakMap<
    object,
    Map<string, Promise<Map<string, ReportDraftContent>>>
  >();

  /**
   * The round and the report form (a rule read) each report model needs, read once per request and
   * key: a dossier page lists up to 200 nominees, which would otherwise cost two queries each.
   */
  private readonly modelReads = new WeakMap<object, Map<string, Promise<unknown>>>();

  private once<T>(requestKey: object | null, key: string, read: () => Promise<T>): Promise<T> {
    if (!requestKey) return read();
    let reads = this.modelReads.get(requestKey);
    if (!reads) this.modelReads.set(requestKey, (reads = new Map()));
    let found = reads.get(key) as Promise<T> | undefined;
    if (!found) reads.set(key, (found = read()));
    return found;
  }

  // ---------------------------------------------------------------------------------------------------
  // reading

  /**
   * A nominee's report as the GraphQL field shows it: the stored draft, else (while the dossier is
   * with the proposing unit) the one composed now; null once the dossier has gone with an uploaded
   * report and no draft (nothing of the system's was sent).
   */
  async reportFor(
    ctx: RequestContext,
    requestKey: object,
    d: AwardDossierEntity,
    nominees: readonly AwardNominationEntity[],
    n: AwardNominationEntity,
    rows: readonly AwardDocumentDraftEntity[],
    documents: readonly AwardDossierDocumentEntity[],
  ): Promise<AchievementReport | null> {
    const row = rows.find((r) => r.nominationId === n.id) ?? null;
    if (row)
      return this.reportModel(
        d,
        n,
        { row, content: row.content as ReportDraftContent },
        documents,
        requestKey,
      );
    if (!isDossierEditable(d.status)) return null;
    let byDossier = this.composed.get(requestKey);
    if (!byDossier) this.composed.set(requestKey, (byDossier = new Map()));
    let fresh = byDossier.get(d.id);
    if (!fresh) {
      const unsaved = nominees.filter((x) => !rows.some((r) => r.nominationId === x.id));
      fresh = this.composeReports(ctx, d, unsaved.length ? unsaved : [n]);
      byDossier.set(d.id, fresh);
    }
    const content = (await fresh).get(n.id) ?? (await this.composeReports(ctx, d, [n])).get(n.id);
    if (!content) return null;
    return this.reportModel(d, n, { row: null, content }, documents, requestKey);
  }

  /** The dossier's tờ trình as the GraphQL field shows it (null: sent with an uploaded one only). */
  async toTrinhFor(
    ctx: RequestContext,
    d: AwardDossierEntity,
    nominees: readonly AwardNominationEntity[],
    rows: readonly AwardDocumentDraftEntity[],
    documents: readonly AwardDossierDocumentEntity[],
  ): Promise<ToTrinhDraft | null> {
    const row = rows.find((r) => r.nominationId === null) ?? null;
    if (!row && !isDossierEditable(d.status)) return null;
    const content = row ? (row.content as ToTrinhDraftContent) : await this.composeToTrinh(ctx, d);
    return this.toTrinhModel(d, nominees, row, content, documents);
  }

  /** What keeps the dossier from being sent (dossierSendMissing over the stored drafts). */
  missing(
    roundKind: AwardRoundKind,
    nominees: readonly CompletenessNominee[],
    documents: readonly AwardDossierDocumentEntity[],
    rows: readonly AwardDocumentDraftEntity[],
  ): string[] {
    const signed = new Set(
      rows.flatMap((r) => (r.nominationId && r.signedOffAt ? [r.nominationId] : [])),
    );
    // a document the system generated at an earlier send is rendered again from its draft: it
    // counts only through the draft's sign-off
    return dossierSendMissing(
      roundKind,
      nominees,
      documents.filter((x) => !x.generated),
      signed,
    );
  }

  /** The SUBMIT's completeness check, in the send's transaction. */
  async sendMissing(
    d: AwardDossierEntity,
    roundKind: AwardRoundKind,
    nominees: readonly AwardNominationEntity[],
    documents: readonly AwardDossierDocumentEntity[],
  ): Promise<string[]> {
    const rows = await this.db.repo(AwardDocumentDraftEntity).findBy({ dossierId: d.id });
    return this.missing(roundKind, nominees, documents, rows);
  }

  /**
   * The .docx of a nominee's report for download: while the dossier is with the proposing unit, its
   * draft rendered now (a preview; a report the officer never saved is composed first); once sent,
   * the document the send generated (never rendered again). NOT_FOUND outside the dossier's readers.
   */
  async reportDocx(
    ctx: RequestContext,
    dossierId: string,
    nominationId: string,
  ): Promise<{ name: string; bytes: Uint8Array }> {
    const d = await this.dossiers.get(ctx, dossierId);
    const n = await this.db
      .repo(AwardNominationEntity)
      .findOneBy({ id: nominationId, dossierId: d.id });
    if (!n) throw AppError.notFound('Đề nghị', nominationId);
    const name = `Báo cáo thành tích ${n.name}.docx`;
    if (!isDossierEditable(d.status)) {
      const kept = await this.generatedBytes(d.id, 'BAO_CAO_THANH_TICH', n.id);
      if (!kept) throw AppError.notFound(REPORT_WHAT, nominationId);
      return { name, bytes: kept };
    }
    return { name: `Dự thảo ${lowerFirst(name)}`, bytes: await this.renderReportOf(ctx, d, n) };
  }

  /** The tờ trình's .docx: a preview while the dossier is editable, the one the send kept after. */
  async toTrinhDocx(
    ctx: RequestContext,
    dossierId: string,
  ): Promise<{ name: string; bytes: Uint8Array }> {
    const d = await this.dossiers.get(ctx, dossierId);
    if (!isDossierEditable(d.status)) {
      const kept = await this.generatedBytes(d.id, 'TO_TRINH', null);
      if (!kept) throw AppError.notFound(TO_TRINH_WHAT, dossierId);
      return { name: 'Tờ trình đề nghị khen thưởng.docx', bytes: kept };
    }
    return {
      name: 'Dự thảo tờ trình đề nghị khen thưởng.docx',
      bytes: await this.renderToTrinhOf(ctx, d),
    };
  }

  /** A nominee's report rendered from its stored draft, or from one composed now. */
  async renderReportOf(
    ctx: RequestContext,
    d: AwardDossierEntity,
    n: AwardNominationEntity,
  ): Promise<Uint8Array> {
    const row = await this.db.repo(AwardDocumentDraftEntity).findOneBy({ nominationId: n.id });
    const content =
      (row?.content as ReportDraftContent | undefined) ??
      (await this.composeReports(ctx, d, [n])).get(n.id);
    if (!content) throw AppError.notFound(REPORT_WHAT, n.id);
    return renderReport(reportDocument(await this.reportFrame(d, n, row), content));
  }

  /** The tờ trình rendered from its stored draft (with its number, once taken), or one composed now. */
  async renderToTrinhOf(ctx: RequestContext, d: AwardDossierEntity): Promise<Uint8Array> {
    const row = await this.db
      .repo(AwardDocumentDraftEntity)
      .findOneBy({ dossierId: d.id, nominationId: IsNull() });
    const content =
      (row?.content as ToTrinhDraftContent | undefined) ?? (await this.composeToTrinh(ctx, d));
    return renderToTrinh(toTrinhDocument(await this.toTrinhFrame(d, row), content));
  }

  private async generatedBytes(
    dossierId: string,
    kind: 'TO_TRINH' | 'BAO_CAO_THANH_TICH',
    nominationId: string | null,
  ): Promise<Uint8Array | null> {
    const doc = (
      await this.db.repo(AwardDossierDocumentEntity).findBy({ dossierId, kind, generated: true })
    ).find((x) => x.nominationId === nominationId);
    return doc?.fileSha256 ? ((await this.files.get(doc.fileSha256))?.bytes ?? null) : null;
  }

  // ---------------------------------------------------------------------------------------------------
  // changing a report (DOSSIER_MANAGE at the proposing unit, dossier with it)

  /** Composes the report again from the data, replacing what the officer wrote. */
  async redraftReport(tx: Tx, nominationId: string, version: number): Promise<AchievementReport> {
    const { d, n } = await this.editableNomination(tx, nominationId);
    const row = await this.reportRow(tx, n.id);
    if (row?.signedOffAt) throw signedOff(n);
    const content = (await this.composeReports(tx.ctx, d, [n])).get(n.id) as ReportDraftContent;
    const saved = await this.saveReport(tx, d, n, row, version, {
      content,
      draftedAt: new Date(),
    });
    await tx.audit.event('awardDossier.reportRedraft', await this.target(d), [
      { field: 'reportOf', after: n.name },
      ...sectionChanges(SECTION_FIELDS, row ? (row.content as ReportDraftContent) : null, content, [
        'profile',
      ]),
    ]);
    return this.reportModel(d, n, { row: saved, content }, await this.documentsOf(tx, d));
  }

  /** Saves the officer's text (version 0: the first save of the composed draft). */
  async updateReport(
    tx: Tx,
    nominationId: string,
    version: number,
    input: ReportDraftContent,
  ): Promise<AchievementReport> {
    const { d, n } = await this.editableNomination(tx, nominationId);
    const row = await this.reportRow(tx, n.id);
    if (row?.signedOffAt) throw signedOff(n);
    const content = cleanReport(input);
    const saved = await this.saveReport(tx, d, n, row, version, {
      content,
      ...(row ? {} : { draftedAt: new Date() }),
    });
    await tx.audit.event('awardDossier.reportUpdate', await this.target(d), [
      { field: 'reportOf', after: n.name },
      ...sectionChanges(SECTION_FIELDS, row ? (row.content as ReportDraftContent) : null, content, [
        'profile',
      ]),
    ]);
    return this.reportModel(d, n, { row: saved, content }, await this.documentsOf(tx, d));
  }

  /**
   * Signs the report off for the send: it must pass the builder's checks (a name, a signer, some
   * achievement: what rendering it would refuse), and from then on it is changed only after reopening. Version 0 signs off the draft
   * composed now, as the officer read it.
   */
  async signOffReport(tx: Tx, nominationId: string, version: number): Promise<AchievementReport> {
    const { d, n } = await this.editableNomination(tx, nominationId);
    const row = await this.reportRow(tx, n.id);
    if (row?.signedOffAt) throw signedOff(n);
    const content = row
      ? (row.content as ReportDraftContent)
      : ((await this.composeReports(tx.ctx, d, [n])).get(n.id) as ReportDraftContent);
    const now = new Date();
    // the same checks the send's rendering makes, now, so a signed-off report is one the send can print
    await checkReport(reportDocument(await this.reportFrame(d, n, { signedOffAt: now }), content));
    const actor = tx.ctx.actor;
    const saved = await this.saveReport(tx, d, n, row, version, {
      ...(row ? {} : { content, draftedAt: now }),
      signedOffAt: now,
      signedOffById: actor.type === 'USER' ? actor.id : null,
      signedOffByName: actor.displayName,
    });
    await tx.audit.event('awardDossier.reportSignOff', await this.target(d), [
      { field: 'reportOf', after: n.name },
      { field: 'signedOff', before: false, after: true },
    ]);
    return this.reportModel(d, n, { row: saved, content }, await this.documentsOf(tx, d));
  }

  /** Reopens a signed-off report for editing (it must be signed off again before a send). */
  async reopenReport(tx: Tx, nominationId: string, version: number): Promise<AchievementReport> {
    const { d, n } = await this.editableNomination(tx, nominationId);
    const row = await this.reportRow(tx, n.id);
    if (!row?.signedOffAt)
      throw AppError.field(
        'nominationId',
        `Báo cáo thành tích của ${n.name} chưa được duyệt: không cần mở lại.`,
      );
    const saved = await this.saveReport(tx, d, n, row, version, {
      signedOffAt: null,
      signedOffById: null,
      signedOffByName: null,
    });
    await tx.audit.event('awardDossier.reportReopen', await this.target(d), [
      { field: 'reportOf', after: n.name },
      { field: 'signedOff', before: true, after: false },
    ]);
    return this.reportModel(
      d,
      n,
      { row: saved, content: saved.content as ReportDraftContent },
      await this.documentsOf(tx, d),
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // changing the tờ trình

  async redraftToTrinh(tx: Tx, dossierId: string, version: number): Promise<ToTrinhDraft> {
    const d = await this.dossiers.editable(tx, dossierId);
    const row = await this.toTrinhRow(tx, d.id);
    const content = await this.composeToTrinh(tx.ctx, d);
    const saved = await this.saveToTrinh(tx, d, row, version, {
      content,
      draftedAt: new Date(),
    });
    await tx.audit.event(
      'awardDossier.toTrinhRedraft',
      await this.target(d),
      sectionChanges(TO_TRINH_FIELDS, row ? (row.content as ToTrinhDraftContent) : null, content),
    );
    return this.toTrinhModel(
      d,
      await this.nomineesOf(tx, d),
      saved,
      content,
      await this.documentsOf(tx, d),
    );
  }

  async updateToTrinh(
    tx: Tx,
    dossierId: string,
    version: number,
    input: ToTrinhDraftContent,
  ): Promise<ToTrinhDraft> {
    const d = await this.dossiers.editable(tx, dossierId);
    const row = await this.toTrinhRow(tx, d.id);
    const content = cleanToTrinh(input);
    const saved = await this.saveToTrinh(tx, d, row, version, {
      content,
      ...(row ? {} : { draftedAt: new Date() }),
    });
    const changes = sectionChanges(
      TO_TRINH_FIELDS,
      row ? (row.content as ToTrinhDraftContent) : null,
      content,
    );
    await tx.audit.event(
      'awardDossier.toTrinhUpdate',
      await this.target(d),
      changes.length ? changes : [{ field: 'toTrinhSubject', after: content.subject }],
    );
    return this.toTrinhModel(
      d,
      await this.nomineesOf(tx, d),
      saved,
      content,
      await this.documentsOf(tx, d),
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // the send (AwardDossierRoutingService, SUBMIT): freeze what the system drafted

  /**
   * In the send's transaction, after its checks: every nominee without an uploaded report gets its
   * signed-off draft rendered and stored as the dossier's báo cáo thành tích (generated), and the
   * tờ trình, unless one was uploaded, likewise — with its number taken from the proposing unit's
   * register the first time (kept on every resend). A resend renders again only what changed since
   * (the rendered data's hash), so "what changed" names only what did. Returns the send's audit lines.
   * Then the PDFs of the dossier's .docx are queued (AwardDocumentPdfs).
   */
  async freezeForSend(
    tx: Tx,
    d: AwardDossierEntity,
    round: AwardRoundEntity,
    nominees: readonly AwardNominationEntity[],
  ): Promise<AuditChange[]> {
    const docRepo = tx.em.getRepository(AwardDossierDocumentEntity);
    const draftRepo = tx.em.getRepository(AwardDocumentDraftEntity);
    const documents = await docRepo.findBy({ dossierId: d.id });
    const rows = await draftRepo.findBy({ dossierId: d.id });
    const made: string[] = [];
    const changes: AuditChange[] = [];

    const keep = async (
      row: AwardDocumentDraftEntity,
      existing: AwardDossierDocumentEntity | undefined,
      slot: { kind: 'TO_TRINH' | 'BAO_CAO_THANH_TICH'; nominationId: string | null },
      hash: string,
      render: () => Promise<Uint8Array>,
      fileName: string,
      label: string,
    ) => {
      if (existing && row.documentId === existing.id && row.renderedHash === hash) return;
      const stored = await this.files.put(await render(), FILE_MEDIA_TYPES.DOCX);
      if (existing) await docRepo.delete({ id: existing.id });
      const doc = await docRepo.save(
        docRepo.create({
          dossierId: d.id,
          kind: slot.kind,
          nominationId: slot.nominationId,
          fileSha256: stored.sha256,
          fileName,
          mediaType: stored.mediaType,
          size: stored.size,
          text: null,
          note: 'Hệ thống lập từ bản dự thảo khi gửi hồ sơ',
          originDocumentId: null,
          generated: true,
        }),
      );
      await draftRepo.update({ id: row.id }, { documentId: doc.id, renderedHash: hash });
      made.push(label);
    };

    let base: ReportBase | undefined;
    for (const n of nominees) {
      const existing = documents.find(
        (x) => x.kind === 'BAO_CAO_THANH_TICH' && x.nominationId === n.id,
      );
      if (existing && !existing.generated) continue;
      const row = rows.find((r) => r.nominationId === n.id);
      // the completeness check (sendMissing) refused a report neither uploaded nor signed off
      if (!row?.signedOffAt)
        throw AppError.field('id', `Báo cáo thành tích của ${n.name} chưa được duyệt.`);
      base ??= await this.reportBase(d, round);
      const doc = reportDocument(
        await this.reportFrame(d, n, row, base),
        row.content as ReportDraftContent,
      );
      await keep(
        row,
        existing,
        { kind: 'BAO_CAO_THANH_TICH', nominationId: n.id },
        documentHash(doc),
        () => renderReport(doc),
        `Báo cáo thành tích ${n.name}.docx`.slice(0, 200),
        `Báo cáo thành tích của ${n.name}`,
      );
    }

    const existing = documents.find((x) => x.kind === 'TO_TRINH');
    if (!existing || existing.generated) {
      let row = rows.find((r) => r.nominationId === null) ?? null;
      if (!row)
        row = await draftRepo.save(
          draftRepo.create({
            dossierId: d.id,
            nominationId: null,
            kind: 'TO_TRINH',
            content: await this.composeToTrinh(tx.ctx, d),
            draftedAt: new Date(),
          }),
        );
      const content = row.content as ToTrinhDraftContent;
      if (!content.signer.title.trim() || !content.signer.name.trim())
        throw AppError.field(
          'id',
          'Tờ trình chưa có chức vụ, họ tên người ký: hãy ghi người ký trong tờ trình (hoặc tải lên tờ trình đã ký).',
        );
      if (row.number === null) {
        const unit = await this.org.get(d.unitId);
        const abbreviation = oneLine(unit.shortName);
        if (!abbreviation)
          throw AppError.field(
            'id',
            `Đơn vị "${unit.name}" chưa có tên viết tắt: cần tên viết tắt để ghi số, ký hiệu tờ trình (ví dụ 05/TTr-SNV); hoặc tải lên tờ trình đã ký.`,
          );
        const numberedOn = todayInVietnam();
        const taken = await this.numbers.take(tx, {
          issuer: { unitId: unit.id, tree: unit.tree, abbreviation },
          kind: 'TO_TRINH',
          issuedOn: numberedOn,
          record: { entityType: 'AwardDossier', entityId: d.id },
        });
        await draftRepo.update(
          { id: row.id },
          { number: taken.number, symbol: taken.symbol, numberedOn },
        );
        row = await draftRepo.findOneByOrFail({ id: row.id });
        changes.push({ field: 'toTrinhNumber', after: taken.symbol });
      }
      const doc = toTrinhDocument(await this.toTrinhFrame(d, row, nominees, round), content);
      const symbol = row.symbol ?? '';
      await keep(
        row,
        existing,
        { kind: 'TO_TRINH', nominationId: null },
        documentHash(doc),
        () => renderToTrinh(doc),
        `Tờ trình ${symbol.replace(/\//g, '-')}.docx`,
        `Tờ trình số ${symbol}`,
      );
    }
    if (made.length) changes.push({ field: 'generatedDocuments', after: made.join('; ') });
    await this.pdfs.queue(tx, d.id);
    return changes;
  }

  // ---------------------------------------------------------------------------------------------------
  // composing from the data

  /**
   * The reports of `nominees` (of one dossier) as the system drafts them, from one read of each kind
   * of fact. Reads run as the caller: what the caller cannot read of a campaign (its plan, its
   * reports) is left out, not revealed.
   */
  async composeReports(
    ctx: RequestContext,
    d: AwardDossierEntity,
    nominees: readonly AwardNominationEntity[],
  ): Promise<Map<string, ReportDraftContent>> {
    const known = await this.known(ctx, d, nominees);
    const { round, plan } = known;
    const out = new Map<string, ReportDraftContent>();
    const reg = plan ? await this.registrationsOf(plan.id, nominees) : null;
    const covenants: Awaited<ReturnType<AwardDraftingService['covenantsOf']>> = plan
      ? await this.covenantsOf(ctx, plan.id, nominees)
      : new Map();
    const figures = new Map<string, Promise<Map<number, string>>>();
    const figuresOf = (unitId: string) => {
      let f = figures.get(unitId);
      if (!f && plan) figures.set(unitId, (f = this.figuresOf(ctx, plan.id, unitId)));
      return f ?? Promise.resolve(new Map<number, string>());
    };
    const leaders = new Map<string, Promise<{ title: string; name: string } | null>>();
    const leaderOf = (unitId: string) => {
      let l = leaders.get(unitId);
      if (!l) leaders.set(unitId, (l = this.leaderOf(ctx, unitId)));
      return l;
    };
    const period = this.periodOf(round, plan);
    for (const n of nominees) {
      const kind = achievementReportKind(round.track, n.subject);
      const facts = known.facts.get(n.id) ?? null;
      const person = n.personId ? (known.people.get(n.personId) ?? null) : null;
      const post = n.personId ? (known.posts.get(n.personId) ?? null) : null;
      const unit = n.subjectUnitId ? (known.units.get(n.subjectUnitId) ?? null) : null;
      const home = unit ?? (post ? known.units.get(post.unitId) : undefined) ?? known.proposing;

      const profile: { label: string; value: string }[] = [];
      const add = (label: string, value: string | null | undefined) => {
        if (value && profile.length < L.profile) profile.push({ label, value: line(value) });
      };
      let background = '';
      if (person) {
        add('Họ và tên', person.fullName);
        add('Giới tính', person.sex === 'FEMALE' ? 'Nữ' : 'Nam');
        add('Ngày, tháng, năm sinh', person.dateOfBirth ? isoToVn(person.dateOfBirth) : null);
        add('Quê quán', person.hometown);
        add('Dân tộc', person.ethnicity);
        add('Tôn giáo', person.religion);
        if (person.partyMember)
          add(
            'Đảng viên',
            person.partyJoinedOn ? `Ngày vào Đảng: ${isoToVn(person.partyJoinedOn)}` : 'Có',
          );
        if (post) {
          add('Chức vụ, đơn vị công tác', `${post.title}, ${home.name}`);
          add('Giữ chức vụ từ ngày', isoToVn(post.startedOn));
        }
      } else if (unit) {
        add('Tên tập thể', unit.name);
        add('Địa chỉ trụ sở', unit.address);
        add('Điện thoại', unit.phone);
        add('Thư điện tử', unit.email);
        const c = facts?.collective;
        if (c)
          add(
            `Tổng số cán bộ, công chức, viên chức, người lao động (năm ${round.year})`,
            `${c.members} người${c.women ? `, trong đó nữ ${c.women} người` : ''}`,
          );
        const children = await this.org
          .children(ctx, { tree: unit.tree, parentId: unit.id })
          .then((list) => list.filter((u) => u.validTo === null));
        if (children.length) {
          add('Các đơn vị trực thuộc', `${children.length} đơn vị`);
          background = text([
            `Tổ chức bộ máy gồm ${children.length} đơn vị trực thuộc:`,
            ...children.slice(0, L.profile).map((u) => `- ${line(u.name)}`),
          ]);
        }
      } else {
        add('Tên hộ gia đình', n.name);
        add('Địa chỉ', n.householdAddress);
      }

      // what was registered, pledged and signed for the campaign
      const commitments: string[] = [];
      const registration = n.personId
        ? reg?.people.get(n.personId)
        : n.subjectUnitId
          ? reg?.units.get(n.subjectUnitId)
          : undefined;
      if (registration?.titles.length)
        commitments.push(
          `Đăng ký danh hiệu thi đua: ${registration.titles.map((t) => t.name).join('; ')}.`,
        );
      if (registration?.commitments?.trim())
        commitments.push('Nội dung đăng ký, cam kết:', ...bullets(registration.commitments));
      for (const c of n.subjectUnitId ? (covenants.get(n.subjectUnitId) ?? []) : [])
        commitments.push(
          `Giao ước thi đua của ${c.cluster} ký ngày ${isoToVn(c.signedOn)} tại ${c.place}:`,
          ...bullets(c.content),
        );

      // the plan's targets against what the nominee's unit reported (tổng kết, else sơ kết)
      const targets: ReportDraftContent['targets'] = [];
      const planTargets = plan?.content.targets ?? [];
      if (planTargets.length) {
        const reported = await figuresOf(home.id);
        planTargets.slice(0, L.targets).forEach((t, i) =>
          targets.push({
            name: line(t.year ? `${t.indicator} (năm ${t.year})` : t.indicator),
            planned: line([t.target, t.unit].filter(Boolean).join(' ')),
            achieved: reported.get(i) ?? null,
          }),
        );
      }

      const evaluations =
        kind === 'CONG_TRANG_CA_NHAN' || kind === 'CONG_TRANG_TAP_THE' || kind === 'CONG_HIEN'
          ? [...(facts?.evaluations ?? [])]
              .filter((e) => e.year > round.year - EVALUATION_YEARS && e.year <= round.year)
              .sort((a, b) => a.year - b.year)
              .map((e) => ({ year: e.year, result: EVALUATION_GRADES[e.grade] }))
          : [];
      const priorAwards = [...(facts?.awards ?? [])]
        .sort((a, b) => b.year - a.year)
        .slice(0, L.priorAwards)
        .map((a) => ({
          year: a.year,
          award: line(a.awardName),
          decision: line(decisionText(a)) || null,
        }));
      const own = new Map((facts?.initiatives ?? []).map((i) => [i.id, i]));
      const initiatives = n.initiativeIds.flatMap((id) => {
        const i = own.get(id);
        if (!i) return [];
        return [
          {
            title: line(i.title),
            level: i.scope === 'UNIT' ? 'Cấp cơ sở' : INITIATIVE_SCOPES[i.scope],
            recognition: line(
              `${INITIATIVE_KINDS[i.kind]} được ${i.recognisedBy ?? 'cấp có thẩm quyền'} công nhận ngày ${isoToVn(i.recognisedOn)}`,
            ),
          },
        ];
      });

      // who signs: the person and the head of their unit; the head of the collective and the head
      // of the unit that proposes it; the household and the proposing unit's head
      let author = { title: '', name: '' };
      let confirmer: ReportDraftContent['confirmer'] = null;
      if (person) {
        author = { title: line(post?.title ?? 'Người báo cáo thành tích'), name: person.fullName };
        const head = await leaderOf(home.id);
        confirmer = {
          title: line(head?.title ?? `Thủ trưởng ${home.name}`),
          name: head?.name ?? null,
        };
      } else if (unit) {
        const head = await leaderOf(unit.id);
        author = { title: line(head?.title ?? `Thủ trưởng ${unit.name}`), name: head?.name ?? '' };
        const above = unit.id === known.proposing.id ? unit.parentId : known.proposing.id;
        const aboveUnit = above ? await this.org.findById(above) : null;
        if (aboveUnit) {
          const aboveHead = await leaderOf(aboveUnit.id);
          confirmer = {
            title: line(aboveHead?.title ?? `Thủ trưởng ${aboveUnit.name}`),
            name: aboveHead?.name ?? null,
          };
        }
      } else {
        author = { title: 'Chủ hộ', name: line(n.name.replace(/^hộ\s+(ông|bà)?\s*/iu, '')) };
        const head = await leaderOf(known.proposing.id);
        confirmer = {
          title: line(head?.title ?? `Thủ trưởng ${known.proposing.name}`),
          name: head?.name ?? null,
        };
      }

      out.set(n.id, {
        period,
        profile,
        background,
        commitments: text(commitments),
        targets,
        measures: '',
        results: n.achievements.slice(0, L.text),
        lessons: '',
        evaluations: evaluations.slice(-L.evaluations),
        priorAwards,
        initiatives: initiatives.slice(0, L.initiatives),
        author,
        confirmer,
      });
    }
    return out;
  }

  /** The tờ trình as the system drafts it from the dossier, its round and the legal registry. */
  async composeToTrinh(ctx: RequestContext, d: AwardDossierEntity): Promise<ToTrinhDraftContent> {
    const round = await this.db.repo(AwardRoundEntity).findOneByOrFail({ id: d.roundId });
    const [unit, receiving, province, plan, nominees] = await Promise.all([
      this.org.get(d.unitId),
      this.org.findById(d.receivingUnitId),
      this.org.findById(this.org.rootIdOf(d.unitPath)),
      this.planOf(ctx, round),
      this.db
        .repo(AwardNominationEntity)
        .find({ where: { dossierId: d.id }, order: { position: 'ASC' } }),
    ]);
    const authority = line(round.decidingAuthority);
    const forms = [...new Set(nominees.map((n) => n.awardName))];
    const subjects = (['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'] as AwardSubject[]).filter((s) =>
      nominees.some((n) => n.subject === s),
    );
    const who = subjects.length
      ? `các ${subjects.map((s) => AWARD_SUBJECTS[s].toLocaleLowerCase('vi-VN')).join(', ')}`
      : 'các tập thể, cá nhân';
    const phrase =
      round.kind === 'CAMPAIGN'
        ? `trong ${this.periodOf(round, plan)}`
        : round.kind === 'ANNUAL'
          ? `năm ${round.year}`
          : round.kind === 'AD_HOC'
            ? 'đột xuất'
            : 'trong quá trình cống hiến';
    const subject = `đề nghị ${authority} tặng ${forms.length ? forms.join(', ') : 'khen thưởng'} cho ${who} có thành tích ${phrase}`;
    const head = await this.leaderOf(ctx, unit.id);
    const addressees = [...new Set([authority, line(receiving?.name)].filter(Boolean))];
    return {
      place: line(placeOf(province?.name)),
      subject: line(subject, L.title),
      addressees: addressees.slice(0, L.addressees),
      bases: this.basesOf(round, plan),
      councilMinutes:
        round.kind === 'AD_HOC' || round.kind === 'DEDICATION'
          ? null
          : { date: null, body: line(unit.name) },
      summary: (d.note ?? '').slice(0, L.text),
      authority,
      recipients: ['Như trên'],
      archive: 'VT',
      signer: { on: [], title: line(head?.title), name: line(head?.name) },
    };
  }

  /** Căn cứ: the law, the decree in force on the round's judging day, the campaign's plan. */
  private basesOf(round: AwardRoundEntity, plan: Plan | null): string[] {
    const on = judgingDay(round);
    const law = NATIONAL_LEGAL_DOCUMENTS.find((x) => x.number === TDKT_LAW);
    const decree = NATIONAL_LEGAL_DOCUMENTS.find(
      (x) =>
        TDKT_DECREES.includes(x.number) &&
        (x.effectiveFrom ?? x.issuedOn ?? '') <= on &&
        (x.effectiveTo === null || on <= x.effectiveTo),
    );
    const bases = [law, decree].flatMap((x) => (x ? [line(legalCitation(x), L.title)] : []));
    if (plan) {
      const issuer = plan.symbol ? `Kế hoạch số ${plan.symbol}` : 'Kế hoạch';
      bases.push(
        line(
          [
            issuer,
            plan.issuedOn ? `ngày ${citedDate(plan.issuedOn)}` : '',
            `về ${lowerFirst(plan.title)}`,
          ]
            .filter(Boolean)
            .join(' '),
          L.title,
        ),
      );
    }
    return bases;
  }

  /** "Đợt thi đua … (2025)", "năm 2025": what the achievement is in. */
  private periodOf(round: AwardRoundEntity, plan: Plan | null): string {
    if (round.kind === 'CAMPAIGN') {
      const name = campaignName(plan?.title ?? round.title.replace(/^khen thưởng\s+/iu, ''));
      if (!plan || /\b(19|20)\d\d\b/.test(name)) return line(name, L.title);
      const from = plan.periodFrom.slice(0, 4);
      const to = plan.periodTo.slice(0, 4);
      return line(`${name} (${from === to ? from : `${from}–${to}`})`, L.title);
    }
    if (round.kind === 'DEDICATION') return `quá trình công tác đến năm ${round.year}`;
    return `năm ${round.year}`;
  }

  /** The round's issued plan if the caller reads it (a campaign round), else null. */
  private async planOf(ctx: RequestContext, round: AwardRoundEntity): Promise<Plan | null> {
    if (!round.campaignPlanId) return null;
    try {
      return await this.campaigns.get(ctx, round.campaignPlanId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** Units by id in one batched read (ids not found are left out). */
  private async unitsByIds(ids: readonly string[]): Promise<Map<string, Unit>> {
    const units = new Map<string, Unit>();
    const wanted = [...new Set(ids)];
    if (!wanted.length) return units;
    for (const u of (await this.org.unitById.batch(wanted)) as (Unit | Error | null)[])
      if (u && !(u instanceof Error)) units.set(u.id, u);
    return units;
  }

  /** Everything read once for a dossier's nominees. */
  private async known(
    ctx: RequestContext,
    d: AwardDossierEntity,
    nominees: readonly AwardNominationEntity[],
  ): Promise<Known> {
    const round = await this.db.repo(AwardRoundEntity).findOneByOrFail({ id: d.roundId });
    const withFacts = nominees.filter((n) => n.personId || n.subjectUnitId);
    const facts = await this.records.factsForMany(
      withFacts.map((n) =>
        n.personId ? { personId: n.personId } : { unitId: n.subjectUnitId as string },
      ),
      round.year,
      judgingDay(round),
      { ownUse: initiativeReference(d.id) },
    );
    const personIds = [...new Set(nominees.flatMap((n) => (n.personId ? [n.personId] : [])))];
    const people: Map<string, Person> = await this.people.findByIds(personIds);
    const posts = await this.dossiers.postsInDossier(d, personIds);
    const unitIds = [
      ...new Set([
        d.unitId,
        ...nominees.flatMap((n) => (n.subjectUnitId ? [n.subjectUnitId] : [])),
        ...[...posts.values()].flatMap((p) => (p ? [p.unitId] : [])),
      ]),
    ];
    const units = await this.unitsByIds(unitIds);
    const proposing = units.get(d.unitId) ?? (await this.org.get(d.unitId));
    return {
      round,
      facts: new Map(withFacts.map((n, i) => [n.id, facts[i] as EligibilityFacts])),
      people,
      posts,
      units,
      plan: await this.planOf(ctx, round),
      proposing,
    };
  }

  private async registrationsOf(planId: string, nominees: readonly AwardNominationEntity[]) {
    const [people, units] = await Promise.all([
      this.registrations.personRows(
        planId,
        nominees.flatMap((n) => (n.personId ? [n.personId] : [])),
      ),
      this.registrations.unitRows(
        planId,
        nominees.flatMap((n) => (n.subjectUnitId ? [n.subjectUnitId] : [])),
      ),
    ]);
    return { people, units };
  }

  /** The giao ước each collective nominee signed for the plan (those the caller reads). */
  private async covenantsOf(
    ctx: RequestContext,
    planId: string,
    nominees: readonly AwardNominationEntity[],
  ): Promise<
    Map<string, { cluster: string; signedOn: IsoDate; place: string; content: string }[]>
  > {
    const out = new Map<
      string,
      { cluster: string; signedOn: IsoDate; place: string; content: string }[]
    >();
    const unitIds = new Set(nominees.flatMap((n) => (n.subjectUnitId ? [n.subjectUnitId] : [])));
    if (!unitIds.size) return out;
    let page;
    try {
      page = await this.covenants.list(ctx, planId, { first: 100 });
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return out;
      throw error;
    }
    const covenants = page.edges.map((e) => e.node);
    if (!covenants.length) return out;
    const ids = covenants.map((c) => c.id);
    const members = (await this.covenants.memberIdsOf.batch(ids)) as string[][];
    const clusters = (await this.covenants.clusterOf.batch(ids)) as ({ name: string } | null)[];
    covenants.forEach((c, i) => {
      for (const unitId of members[i] ?? []) {
        if (!unitIds.has(unitId)) continue;
        const list = out.get(unitId) ?? [];
        list.push({
          cluster: clusters[i]?.name ?? 'cụm, khối thi đua',
          signedOn: c.signedOn,
          place: c.place,
          content: c.content,
        });
        out.set(unitId, list);
      }
    });
    return out;
  }

  /** What a unit reported against the plan's targets: its tổng kết, else its sơ kết (by target). */
  private async figuresOf(
    ctx: RequestContext,
    planId: string,
    unitId: string,
  ): Promise<Map<number, string>> {
    for (const kind of ['FINAL', 'MIDTERM'] as const) {
      let page;
      try {
        page = await this.reviews.list(ctx, planId, kind, { unitId, first: 1 });
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return new Map();
        throw error;
      }
      const review = page.edges[0]?.node;
      if (review?.figures.length)
        return new Map(
          review.figures.map((f) => [
            f.targetIndex,
            line(f.note ? `${f.achieved} (${f.note})` : f.achieved),
          ]),
        );
    }
    return new Map();
  }

  /**
   * The head of a unit as its people's current posts say (a leader's post there, a deputy only when
   * no head is recorded), among the people the caller reads; null when none is known.
   */
  private async leaderOf(
    ctx: RequestContext,
    unitId: string,
  ): Promise<{ title: string; name: string } | null> {
    const page = await this.people.list(ctx, {
      unitId,
      includeDescendants: false,
      first: LEADER_SCAN,
    });
    const people = page.edges.map((e) => e.node);
    if (!people.length) return null;
    const posts = (await this.people.currentPositionsOf.batch(
      people.map((p) => p.id),
    )) as NomineePost[][];
    const leaders = people.flatMap((p, i) =>
      (posts[i] ?? [])
        .filter((post) => post.unitId === unitId && post.isLeader)
        .map((post) => ({ title: post.title, name: p.fullName })),
    );
    return leaders.find((l) => !/^phó\b/iu.test(l.title)) ?? leaders[0] ?? null;
  }

  // ---------------------------------------------------------------------------------------------------
  // frames: what a document needs besides its draft

  private async issuerOf(unitId: string): Promise<{ issuer: Issuer; unit: Unit }> {
    const unit = await this.org.get(unitId);
    const parent = unit.parentId ? await this.org.findById(unit.parentId) : null;
    return {
      unit,
      issuer: {
        tree: unit.tree,
        parentBody: parent?.name,
        body: unit.name,
        code: unit.shortName ?? '',
      },
    };
  }

  /** A day-less date in the current year for a draft; the day of sign-off for a signed report. */
  private draftDate(day: Date | null | undefined): DocumentDate {
    return day ? todayInVietnam(day) : { year: Number(todayInVietnam().slice(0, 4)) };
  }

  /** What every report of a dossier shares in its frame: the round, the header, the địa danh. */
  private async reportBase(d: AwardDossierEntity, round?: AwardRoundEntity): Promise<ReportBase> {
    return {
      round: round ?? (await this.db.repo(AwardRoundEntity).findOneByOrFail({ id: d.roundId })),
      issuer: (await this.issuerOf(d.unitId)).issuer,
      place: await this.placeFor(d),
    };
  }

  /** `base`: the dossier's part read once for all its reports (the send frames each of them). */
  async reportFrame(
    d: AwardDossierEntity,
    n: AwardNominationEntity,
    row: Pick<AwardDocumentDraftEntity, 'signedOffAt'> | null,
    base?: ReportBase,
  ): Promise<ReportFrame> {
    const { round, issuer, place } = base ?? (await this.reportBase(d));
    const kind = achievementReportKind(round.track, n.subject);
    return {
      kind,
      track: round.track,
      subject: n.subject,
      issuer,
      place,
      date: this.draftDate(row?.signedOffAt),
      form: await this.reportForm(d, round, n, kind),
      award: n.awardName,
      name: n.name,
    };
  }

  async toTrinhFrame(
    d: AwardDossierEntity,
    row: Pick<AwardDocumentDraftEntity, 'number' | 'numberedOn'> | null,
    nomineeList?: readonly AwardNominationEntity[],
    roundRow?: AwardRoundEntity,
  ): Promise<ToTrinhFrame> {
    const round =
      roundRow ?? (await this.db.repo(AwardRoundEntity).findOneByOrFail({ id: d.roundId }));
    const nominees =
      nomineeList ??
      (await this.db
        .repo(AwardNominationEntity)
        .find({ where: { dossierId: d.id }, order: { position: 'ASC' } }));
    const { issuer, unit } = await this.issuerOf(d.unitId);
    return {
      issuer,
      proposer: unit.name,
      number: row?.number ?? null,
      date: row?.numberedOn ?? this.draftDate(null),
      form: await this.toTrinhForm(d, round, nominees),
      nominees: await this.listed(d, nominees),
    };
  }

  /** The danh sách kèm theo: "Bà Nguyễn Thị Hoa — Chuyên viên, Phòng Tổng hợp"… */
  private async listed(
    d: AwardDossierEntity,
    nominees: readonly AwardNominationEntity[],
  ): Promise<ToTrinhNominee[]> {
    const out: ToTrinhNominee[] = [];
    const personIds = nominees.flatMap((n) => (n.personId ? [n.personId] : []));
    const [posts, people] = await Promise.all([
      this.dossiers.postsInDossier(d, personIds),
      this.people.findByIds(personIds),
    ]);
    // the posts' units, the collectives and their parents: two batched reads for the whole list
    const units = await this.unitsByIds([
      ...[...posts.values()].flatMap((p) => (p ? [p.unitId] : [])),
      ...nominees.flatMap((n) => (n.subjectUnitId ? [n.subjectUnitId] : [])),
    ]);
    const parents = await this.unitsByIds(
      nominees.flatMap((n) => {
        const parentId = n.subjectUnitId ? units.get(n.subjectUnitId)?.parentId : null;
        return parentId ? [parentId] : [];
      }),
    );
    for (const n of nominees) {
      let name = n.name;
      let detail: string | null = null;
      if (n.personId) {
        const person = people.get(n.personId);
        const post = posts.get(n.personId);
        const unit = post ? units.get(post.unitId) : undefined;
        name = `${person?.sex === 'FEMALE' ? 'Bà' : 'Ông'} ${n.name}`;
        detail = post ? [post.title, unit?.name].filter(Boolean).join(', ') : null;
      } else if (n.subjectUnitId) {
        const unit = units.get(n.subjectUnitId);
        const parent = unit?.parentId ? parents.get(unit.parentId) : undefined;
        detail = parent?.name ?? null;
      } else {
        detail = n.householdAddress;
      }
      const first =
        n.achievements
          .split(/\r?\n/)
          .find((l) => l.trim())
          ?.trim() ?? '';
      out.push({
        subject: n.subject,
        name,
        detail,
        award: n.awardName,
        achievement: first ? line(first) : null,
      });
    }
    return out;
  }

  /** The địa danh: the tờ trình's (as the officer wrote it), else the province's name. */
  private async placeFor(d: AwardDossierEntity): Promise<string> {
    const row = await this.db
      .repo(AwardDocumentDraftEntity)
      .findOneBy({ dossierId: d.id, nominationId: IsNull() });
    const place = (row?.content as ToTrinhDraftContent | undefined)?.place;
    if (place?.trim()) return place;
    return placeOf((await this.org.findById(this.org.rootIdOf(d.unitPath)))?.name);
  }

  /**
   * The report's form number: the rule in force for the award (its dossier list names each report
   * with its "Mẫu số"), the item for this kind or subject; an award with no code or no rule: the
   * national numbering of NĐ 152/2025 when it applies on the round's day, else none.
   */
  private async reportForm(
    d: AwardDossierEntity,
    round: AwardRoundEntity,
    n: AwardNominationEntity,
    kind: AchievementReportKindCode,
  ): Promise<string | null> {
    const items = await this.dossierItems(d, round, n.awardCode);
    const reports = items.filter((i) => /^báo cáo/iu.test(i.document));
    if (items.length) {
      const pick =
        reports.find((i) => i.document.toLocaleLowerCase('vi-VN').includes(KIND_WORDS[kind])) ??
        reports.find((i) =>
          i.document
            .toLocaleLowerCase('vi-VN')
            .includes(n.subject === 'COLLECTIVE' ? 'tập thể' : 'cá nhân'),
        ) ??
        reports[0];
      return pick?.form ?? null;
    }
    return this.nd152Applies(round) ? ND152_REPORT_FORMS[kind] : null;
  }

  private async toTrinhForm(
    d: AwardDossierEntity,
    round: AwardRoundEntity,
    nominees: readonly AwardNominationEntity[],
  ): Promise<string | null> {
    for (const n of nominees) {
      if (!n.awardCode) continue;
      const item = (await this.dossierItems(d, round, n.awardCode)).find((i) =>
        /^tờ trình/iu.test(i.document),
      );
      if (item) return item.form;
    }
    return this.nd152Applies(round) ? 'Mẫu số 01' : null;
  }

  private async dossierItems(
    d: AwardDossierEntity,
    round: AwardRoundEntity,
    awardCode: string | null,
  ): Promise<{ document: string; form: string | null }[]> {
    if (!awardCode) return [];
    const rule = await this.rules.ruleFor(
      awardCode,
      judgingDay(round),
      this.org.rootIdOf(d.unitPath),
      round.track,
    );
    return rule?.content.dossier ?? [];
  }

  private nd152Applies(round: AwardRoundEntity): boolean {
    const nd152 = NATIONAL_LEGAL_DOCUMENTS.find((x) => x.number === '152/2025/NĐ-CP');
    return !!nd152?.effectiveFrom && judgingDay(round) >= nd152.effectiveFrom;
  }

  // ---------------------------------------------------------------------------------------------------
  // models

  async reportModel(
    d: AwardDossierEntity,
    n: AwardNominationEntity,
    state: ReportState,
    documents: readonly AwardDossierDocumentEntity[],
    requestKey: object | null = null,
  ): Promise<AchievementReport> {
    const round = await this.once(requestKey, `round:${d.roundId}`, () =>
      this.db.repo(AwardRoundEntity).findOneByOrFail({ id: d.roundId }),
    );
    const kind = achievementReportKind(round.track, n.subject);
    const mine = documents.filter(
      (x) => x.kind === 'BAO_CAO_THANH_TICH' && x.nominationId === n.id,
    );
    const { row } = state;
    return {
      nominationId: n.id,
      dossierId: d.id,
      kind,
      name: n.name,
      award: n.awardName,
      content: copyReportContent(state.content),
      drafted: row === null,
      draftedAt: row?.draftedAt ?? new Date(),
      version: row?.version ?? 0,
      signedOffAt: row?.signedOffAt ?? null,
      signedOffByName: row?.signedOffByName ?? null,
      uploaded: mine.some((x) => !x.generated),
      documentId: mine.find((x) => x.generated)?.id ?? null,
      downloadPath: `/api/award-dossiers/${d.id}/nominees/${n.id}/report.docx`,
      form: await this.once(requestKey, `form:${d.id}:${n.awardCode}:${n.subject}:${kind}`, () =>
        this.reportForm(d, round, n, kind),
      ),
    };
  }

  async toTrinhModel(
    d: AwardDossierEntity,
    nominees: readonly AwardNominationEntity[],
    row: AwardDocumentDraftEntity | null,
    content: ToTrinhDraftContent,
    documents: readonly AwardDossierDocumentEntity[],
  ): Promise<ToTrinhDraft> {
    const round = await this.db.repo(AwardRoundEntity).findOneByOrFail({ id: d.roundId });
    const mine = documents.filter((x) => x.kind === 'TO_TRINH');
    return {
      dossierId: d.id,
      content: copyToTrinhContent(content),
      awards: awardCounts(nominees, (n) => n.awardName),
      drafted: row === null,
      draftedAt: row?.draftedAt ?? new Date(),
      version: row?.version ?? 0,
      number: row?.number ?? null,
      symbol: row?.symbol ?? null,
      numberedOn: row?.numberedOn ?? null,
      uploaded: mine.some((x) => !x.generated),
      documentId: mine.find((x) => x.generated)?.id ?? null,
      downloadPath: `/api/award-dossiers/${d.id}/to-trinh.docx`,
      form: await this.toTrinhForm(d, round, nominees),
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // helpers

  /** The nominee and its dossier, which the caller may change now (locked, as nominee edits do). */
  private async editableNomination(
    tx: Tx,
    nominationId: string,
  ): Promise<{ d: AwardDossierEntity; n: AwardNominationEntity }> {
    const found = await tx.em.findOneBy(AwardNominationEntity, { id: nominationId });
    if (!found) throw AppError.notFound('Đề nghị', nominationId);
    // a nominee of a dossier the caller does not read is as unknown as a wrong id: the same answer,
    // naming the id asked, never its dossier's
    const d = await this.dossiers.editable(tx, found.dossierId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw AppError.notFound('Đề nghị', nominationId);
      throw error;
    });
    const n = await tx.em.findOneByOrFail(AwardNominationEntity, { id: nominationId });
    return { d, n };
  }

  private reportRow(tx: Tx, nominationId: string): Promise<AwardDocumentDraftEntity | null> {
    return tx.em.findOneBy(AwardDocumentDraftEntity, { nominationId });
  }

  private toTrinhRow(tx: Tx, dossierId: string): Promise<AwardDocumentDraftEntity | null> {
    return tx.em.findOneBy(AwardDocumentDraftEntity, { dossierId, nominationId: IsNull() });
  }

  private documentsOf(tx: Tx, d: AwardDossierEntity): Promise<AwardDossierDocumentEntity[]> {
    return tx.em.findBy(AwardDossierDocumentEntity, { dossierId: d.id });
  }

  private nomineesOf(tx: Tx, d: AwardDossierEntity): Promise<AwardNominationEntity[]> {
    return tx.em.find(AwardNominationEntity, {
      where: { dossierId: d.id },
      order: { position: 'ASC' },
    });
  }

  private async target(d: AwardDossierEntity) {
    return awardDossierTarget(d, await this.dossiers.label(d));
  }

  /**
   * Inserts (version 0: nobody stored this draft yet) or updates (the version read) a report's row.
   * A stale version, or a first save racing another: CONFLICT naming the nominee's report.
   */
  private saveReport(
    tx: Tx,
    d: AwardDossierEntity,
    n: AwardNominationEntity,
    row: AwardDocumentDraftEntity | null,
    version: number,
    patch: Partial<AwardDocumentDraftEntity>,
  ): Promise<AwardDocumentDraftEntity> {
    return this.save(tx, row, version, patch, {
      create: { dossierId: d.id, nominationId: n.id, kind: 'BAO_CAO_THANH_TICH' },
      what: REPORT_WHAT,
      label: `Báo cáo thành tích của ${n.name}`,
      id: n.id,
    });
  }

  private saveToTrinh(
    tx: Tx,
    d: AwardDossierEntity,
    row: AwardDocumentDraftEntity | null,
    version: number,
    patch: Partial<AwardDocumentDraftEntity>,
  ): Promise<AwardDocumentDraftEntity> {
    return this.save(tx, row, version, patch, {
      create: { dossierId: d.id, nominationId: null, kind: 'TO_TRINH' },
      what: TO_TRINH_WHAT,
      label: TO_TRINH_WHAT,
      id: d.id,
    });
  }

  private async save(
    tx: Tx,
    row: AwardDocumentDraftEntity | null,
    version: number,
    patch: Partial<AwardDocumentDraftEntity>,
    at: {
      create: Pick<AwardDocumentDraftEntity, 'dossierId' | 'nominationId' | 'kind'>;
      what: string;
      label: string;
      id: string;
    },
  ): Promise<AwardDocumentDraftEntity> {
    const conflict = () =>
      AppError.conflict(at.what, at.label, 'AwardDossier', at.create.dossierId);
    const repo = tx.em.getRepository(AwardDocumentDraftEntity);
    if (!row) {
      if (version !== 0) throw conflict();
      // the dossier row is locked by this transaction, so no other first save is in between
      return repo.save(repo.create({ ...at.create, ...patch }));
    }
    if (version !== row.version) throw conflict();
    await tx.updateVersioned(AwardDocumentDraftEntity, row.id, version, patch, {
      what: at.what,
      label: at.label,
      entityType: 'AwardDossier',
    });
    return repo.findOneByOrFail({ id: row.id });
  }
}

function signedOff(n: AwardNominationEntity): AppError {
  return AppError.field(
    'nominationId',
    `Báo cáo thành tích của ${n.name} đã được duyệt: hãy mở lại trước khi sửa hoặc soạn lại.`,
  );
}

/** The officer's report as stored: lines on one line, texts trimmed, empty rows of lists dropped. */
function cleanReport(c: ReportDraftContent): ReportDraftContent {
  return {
    period: oneLine(c.period),
    profile: c.profile
      .map((f) => ({ label: oneLine(f.label), value: oneLine(f.value) }))
      .filter((f) => f.label || f.value),
    background: c.background.trim(),
    commitments: c.commitments.trim(),
    targets: c.targets
      .map((t) => ({
        name: oneLine(t.name),
        planned: oneLine(t.planned),
        achieved: oneLine(t.achieved) || null,
      }))
      .filter((t) => t.name),
    measures: c.measures.trim(),
    results: c.results.trim(),
    lessons: c.lessons.trim(),
    evaluations: c.evaluations
      .map((e) => ({ year: e.year, result: oneLine(e.result) }))
      .filter((e) => e.result),
    priorAwards: c.priorAwards
      .map((a) => ({
        year: a.year,
        award: oneLine(a.award),
        decision: oneLine(a.decision) || null,
      }))
      .filter((a) => a.award),
    initiatives: c.initiatives
      .map((i) => ({
        title: oneLine(i.title),
        level: oneLine(i.level),
        recognition: oneLine(i.recognition) || null,
      }))
      .filter((i) => i.title),
    author: { title: oneLine(c.author.title), name: oneLine(c.author.name) },
    confirmer:
      c.confirmer && (oneLine(c.confirmer.title) || oneLine(c.confirmer.name))
        ? { title: oneLine(c.confirmer.title), name: oneLine(c.confirmer.name) || null }
        : null,
  };
}

function cleanToTrinh(c: ToTrinhDraftContent): ToTrinhDraftContent {
  const lines = (list: readonly string[]) => list.map((x) => oneLine(x)).filter(Boolean);
  return {
    place: oneLine(c.place),
    subject: oneLine(c.subject),
    addressees: lines(c.addressees),
    bases: lines(c.bases),
    councilMinutes: c.councilMinutes
      ? { date: c.councilMinutes.date ?? null, body: oneLine(c.councilMinutes.body) }
      : null,
    summary: c.summary.trim(),
    authority: oneLine(c.authority),
    recipients: lines(c.recipients),
    archive: oneLine(c.archive),
    signer: {
      on: c.signer.on
        .map((l) => ({ authority: l.authority, of: oneLine(l.of) }))
        .filter((l) => l.of),
      title: oneLine(c.signer.title),
      name: oneLine(c.signer.name),
    },
  };
}
