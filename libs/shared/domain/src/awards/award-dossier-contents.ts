/**
 * What an award round asks for and what a hồ sơ đề nghị khen thưởng holds (issue 11, "Rounds",
 * "Dossiers"): round kinds, the document slots of a dossier, which of them are required, the
 * appraisal verdicts, and "what changed since the last send". Pure, so the API refuses and the SPA
 * shows the same missing documents and the same changes. Codes are stored: add, never rename.
 */
import { foldVietnamese } from '../text/fold';
import type { AwardSubject, AwardTrack } from './award-kinds';
import type { NoticeResult } from './public-notice';

/**
 * Đợt xét khen thưởng (Luật Điều 8; domain reference §2.9): a campaign's award plan (chuyên đề or
 * theo đợt, linked to its issued kế hoạch), a unit's yearly công trạng round, đột xuất (the simplified
 * procedure of Luật Điều 85) and quá trình cống hiến.
 */
export const AWARD_ROUND_KINDS = {
  CAMPAIGN: 'Theo phong trào thi đua (chuyên đề, theo đợt)',
  ANNUAL: 'Công trạng hằng năm',
  AD_HOC: 'Đột xuất (thủ tục đơn giản)',
  DEDICATION: 'Quá trình cống hiến',
} as const satisfies Record<string, string>;
export type AwardRoundKind = keyof typeof AWARD_ROUND_KINDS;

/** The tracks a round of each kind runs under; the first is the default. */
export const AWARD_ROUND_KIND_TRACKS: Record<AwardRoundKind, readonly AwardTrack[]> = {
  // NĐ 152/2025 Điều 4 k.3: a campaign's results never count toward công trạng, so a campaign round
  // cannot be opened as CONG_TRANG
  CAMPAIGN: ['PHONG_TRAO'],
  ANNUAL: ['CONG_TRANG', 'NIEN_HAN', 'DOI_NGOAI'],
  AD_HOC: ['DOT_XUAT'],
  DEDICATION: ['CONG_HIEN'],
};

export const AWARD_ROUND_STATUSES = {
  OPEN: 'Đang nhận hồ sơ',
  CLOSED: 'Đã đóng',
} as const satisfies Record<string, string>;
export type AwardRoundStatus = keyof typeof AWARD_ROUND_STATUSES;

/**
 * The document slots of a dossier (Luật Điều 84, domain reference §2.9): one tờ trình, one biên bản
 * (uploaded, or its text written in), per nominee a báo cáo thành tích and, where the award needs a
 * sáng kiến, its certificate; any number of other attachments (văn bản liên quan).
 */
export const DOSSIER_DOCUMENT_KINDS = {
  TO_TRINH: 'Tờ trình đề nghị khen thưởng',
  BIEN_BAN: 'Biên bản họp xét khen thưởng',
  BAO_CAO_THANH_TICH: 'Báo cáo thành tích',
  SANG_KIEN: 'Chứng nhận sáng kiến, đề tài',
  OTHER: 'Tài liệu kèm theo',
} as const satisfies Record<string, string>;
export type DossierDocumentKind = keyof typeof DOSSIER_DOCUMENT_KINDS;

/** Slots that belong to one nominee (the rest belong to the dossier). */
export const PER_NOMINEE_DOCUMENT_KINDS: readonly DossierDocumentKind[] = [
  'BAO_CAO_THANH_TICH',
  'SANG_KIEN',
];

/** Slots that hold one document each (per dossier, or per nominee): a new upload replaces the old. */
export function isSingleDocumentSlot(kind: DossierDocumentKind): boolean {
  return kind !== 'OTHER';
}

export const APPRAISAL_VERDICTS = {
  PASS: 'Đạt',
  FAIL: 'Không đạt',
} as const satisfies Record<string, string>;
export type AppraisalVerdict = keyof typeof APPRAISAL_VERDICTS;

/** Bounds of what a dossier holds (a commune's yearly dossier lists a few dozen nominees). */
export const AWARD_DOSSIER_LIMITS = {
  title: 300,
  authority: 300,
  nominees: 200,
  name: 200,
  address: 300,
  awardName: 300,
  achievements: 8000,
  reason: 2000,
  remark: 1000,
  remarks: 300,
  note: 500,
  documentText: 20000,
  documents: 300,
  fileName: 200,
} as const;

/**
 * Awards whose criteria require a recognised sáng kiến or đề tài (Luật Điều 21–23: Chiến sĩ thi đua
 * cơ sở, cấp tỉnh, toàn quốc): their nominees need its certificate in the dossier.
 */
export function needsInitiativeCertificate(awardCode: string | null | undefined): boolean {
  return !!awardCode && awardCode.startsWith('CSTD_');
}

/** A nominee as the completeness check reads it. */
export interface CompletenessNominee {
  readonly id: string;
  readonly name: string;
  readonly awardCode: string | null;
}

export interface CompletenessDocument {
  readonly kind: DossierDocumentKind;
  readonly nominationId: string | null;
}

/**
 * The required documents missing from a dossier, as sentences an officer reads (empty: complete).
 * Required: a tờ trình; a biên bản, except under the simplified procedure (Luật Điều 85: đột xuất)
 * and for quá trình cống hiến (QĐ 311/QĐ-BNV: tờ trình and báo cáo tóm tắt only); one báo cáo thành
 * tích per nominee; the sáng kiến certificate of a nominee for a Chiến sĩ thi đua title.
 */
export function dossierMissingDocuments(
  roundKind: AwardRoundKind,
  nominees: readonly CompletenessNominee[],
  documents: readonly CompletenessDocument[],
): string[] {
  const has = (kind: DossierDocumentKind, nominationId: string | null = null) =>
    documents.some(
      (d) => d.kind === kind && (nominationId === null || d.nominationId === nominationId),
    );
  const missing: string[] = [];
  if (!nominees.length) missing.push('Chưa có tập thể, cá nhân nào được đề nghị.');
  if (!has('TO_TRINH')) missing.push('Thiếu tờ trình đề nghị khen thưởng.');
  if (roundKind !== 'AD_HOC' && roundKind !== 'DEDICATION' && !has('BIEN_BAN'))
    missing.push('Thiếu biên bản họp xét khen thưởng.');
  const report =
    roundKind === 'AD_HOC' || roundKind === 'DEDICATION'
      ? 'báo cáo tóm tắt thành tích'
      : 'báo cáo thành tích';
  for (const n of nominees) {
    if (!has('BAO_CAO_THANH_TICH', n.id)) missing.push(`Thiếu ${report} của ${n.name}.`);
    if (needsInitiativeCertificate(n.awardCode) && !has('SANG_KIEN', n.id))
      missing.push(`Thiếu chứng nhận sáng kiến, đề tài của ${n.name}.`);
  }
  return missing;
}

const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bttg\b/g, 'thu tuong chinh phu'],
  [/\bcp\b/g, 'chinh phu'],
];

/**
 * Whether two award forms are the same as plans and officers write them: accents, case, spacing and
 * the usual abbreviations ignored. Why: the Bắc Kạn plan (seed 001) names the form "Bằng khen của Chủ
 * tịch Ủy ban nhân dân tỉnh" and its quota line "Bằng khen của Chủ tịch UBND tỉnh".
 */
export function sameAwardForm(a: string, b: string): boolean {
  return awardFormKey(a) === awardFormKey(b);
}

export function awardFormKey(form: string): string {
  let key = foldVietnamese(form)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [pattern, full] of ABBREVIATIONS) key = key.replace(pattern, full);
  return key;
}

/** A nominee as a send records it, to tell the next send what changed. */
export interface SnapshotNominee {
  readonly id: string;
  readonly subject: AwardSubject;
  readonly name: string;
  readonly awardName: string;
  readonly achievements: string;
  /** the person, unit or household address: a change of who is proposed */
  readonly who: string;
}

export interface SnapshotDocument {
  readonly id: string;
  readonly kind: DossierDocumentKind;
  readonly nominationId: string | null;
  /** the file's SHA-256, or a hash of the written text */
  readonly content: string;
  readonly label: string;
}

export interface DossierSnapshot {
  readonly nominees: readonly SnapshotNominee[];
  readonly documents: readonly SnapshotDocument[];
  /** the public notice's result as the send carried it (ADR 0021); absent: none was held */
  readonly notice?: NoticeResult | null;
}

/** What changed between two sends, named as an officer reads it. */
export interface DossierChanges {
  readonly nomineesAdded: string[];
  readonly nomineesRemoved: string[];
  /** "Nguyễn Văn A: hình thức đề nghị, tóm tắt thành tích" */
  readonly nomineesEdited: string[];
  readonly documentsAdded: string[];
  readonly documentsRemoved: string[];
  readonly documentsReplaced: string[];
}

const NOMINEE_FIELDS: readonly [keyof SnapshotNominee, string][] = [
  ['who', 'đối tượng đề nghị'],
  ['name', 'tên'],
  ['awardName', 'hình thức đề nghị'],
  ['achievements', 'tóm tắt thành tích'],
];

/**
 * What changed from the last send (`before`) to this one (`after`): nominees by id (added, removed,
 * edited with the fields that changed), documents by slot (kind and nominee; "OTHER" attachments by
 * their own id): a slot whose content differs is "replaced". A document of a removed nominee is not
 * listed again: the nominee's removal says it.
 */
export function dossierChanges(before: DossierSnapshot, after: DossierSnapshot): DossierChanges {
  const prev = new Map(before.nominees.map((n) => [n.id, n]));
  const next = new Map(after.nominees.map((n) => [n.id, n]));
  const nomineesAdded = after.nominees.filter((n) => !prev.has(n.id)).map((n) => n.name);
  const nomineesRemoved = before.nominees.filter((n) => !next.has(n.id)).map((n) => n.name);
  const nomineesEdited: string[] = [];
  for (const n of after.nominees) {
    const p = prev.get(n.id);
    if (!p) continue;
    const fields = NOMINEE_FIELDS.filter(([f]) => p[f] !== n[f]).map(([, label]) => label);
    if (fields.length) nomineesEdited.push(`${n.name}: ${fields.join(', ')}`);
  }
  const slot = (d: SnapshotDocument) =>
    isSingleDocumentSlot(d.kind) ? `${d.kind}:${d.nominationId ?? ''}` : `OTHER:${d.id}`;
  const prevDocs = new Map(before.documents.map((d) => [slot(d), d]));
  const nextDocs = new Map(after.documents.map((d) => [slot(d), d]));
  const removedNominee = (d: SnapshotDocument) =>
    d.nominationId !== null && !next.has(d.nominationId);
  const addedNominee = (d: SnapshotDocument) =>
    d.nominationId !== null && !prev.has(d.nominationId);
  const documentsAdded: string[] = [];
  const documentsReplaced: string[] = [];
  for (const [key, d] of nextDocs) {
    const p = prevDocs.get(key);
    if (!p) {
      if (!addedNominee(d)) documentsAdded.push(d.label);
    } else if (p.content !== d.content) documentsReplaced.push(d.label);
  }
  const documentsRemoved = [...prevDocs]
    .filter(([key, d]) => !nextDocs.has(key) && !removedNominee(d))
    .map(([, d]) => d.label);
  return {
    nomineesAdded,
    nomineesRemoved,
    nomineesEdited,
    documentsAdded,
    documentsRemoved,
    documentsReplaced,
  };
}

/** True when nothing changed between the two sends. */
export function isUnchanged(c: DossierChanges): boolean {
  return Object.values(c).every((list: readonly string[]) => list.length === 0);
}
