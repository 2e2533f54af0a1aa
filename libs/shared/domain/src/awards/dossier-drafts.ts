/**
 * The documents a dossier drafts itself (issue 11, "The dossier"): the tờ trình and one báo cáo thành
 * tích per nominee are composed by the API from what the system knows, edited by the officer, signed
 * off and frozen as .docx when the dossier is sent (ADR 0020). Pure, so the API refuses and the SPA
 * shows the same report kinds, bounds and "not ready to send" sentences.
 */
import {
  dossierMissingDocuments,
  type AwardRoundKind,
  type CompletenessDocument,
  type CompletenessNominee,
} from './award-dossier-contents';
import type { AwardSubject, AwardTrack } from './award-kinds';

/**
 * Which report a nominee needs, by the round's track and the nominee's subject (NĐ 152/2025 Phụ lục,
 * numbering inferred in domain reference §1.1 [M/L]). Codes equal libs/documents'
 * `AchievementReportKind`: stored with the draft, add, never rename.
 */
export const ACHIEVEMENT_REPORT_KINDS = {
  CONG_TRANG_CA_NHAN: 'Báo cáo thành tích đề nghị khen thưởng công trạng (cá nhân)',
  CONG_TRANG_TAP_THE: 'Báo cáo thành tích đề nghị khen thưởng công trạng (tập thể)',
  CHUYEN_DE: 'Báo cáo thành tích đề nghị khen thưởng theo phong trào thi đua, chuyên đề',
  DOT_XUAT: 'Báo cáo thành tích đề nghị khen thưởng đột xuất',
  CONG_HIEN: 'Báo cáo tóm tắt thành tích đề nghị khen thưởng quá trình cống hiến',
} as const satisfies Record<string, string>;
export type AchievementReportKindCode = keyof typeof ACHIEVEMENT_REPORT_KINDS;

/**
 * The report kind of a nominee: a campaign's (PHONG_TRAO) result is reported "theo chuyên đề", đột
 * xuất and cống hiến have their own forms; công trạng, niên hạn and đối ngoại use the công trạng
 * report of a person or of a collective. A household has no công trạng form (the forms of NĐ 152
 * Phụ lục name only cá nhân and tập thể for it): it reports on the chuyên đề form, the one that
 * names hộ gia đình.
 */
export function achievementReportKind(
  track: AwardTrack,
  subject: AwardSubject,
): AchievementReportKindCode {
  if (track === 'PHONG_TRAO') return 'CHUYEN_DE';
  if (track === 'DOT_XUAT') return 'DOT_XUAT';
  if (subject === 'HOUSEHOLD') return 'CHUYEN_DE';
  if (track === 'CONG_HIEN') return 'CONG_HIEN';
  return subject === 'COLLECTIVE' ? 'CONG_TRANG_TAP_THE' : 'CONG_TRANG_CA_NHAN';
}

/**
 * Bounds of a draft (lengths in characters, counts in items), so no input is unbounded. A section's
 * text is bounded like a nomination's achievements (AWARD_DOSSIER_LIMITS.achievements, 8,000: about
 * three printed pages); a line (a label, a value, a name) at 300; a title-like line — the period, the
 * trích yếu, a căn cứ — at 1,000, since it quotes a plan's or a decree's title whole (the Bắc Kạn
 * plan's phong trào alone is 246 characters, NĐ 152's trích yếu 196), never cut; the lists by what a
 * report or a tờ trình holds in the forms and the seeds (a CSTĐ's six years of evaluations, a
 * collective's awards over ten years).
 */
export const AWARD_DRAFT_LIMITS = {
  line: 300,
  title: 1000,
  text: 8000,
  profile: 40,
  targets: 100,
  evaluations: 20,
  priorAwards: 100,
  initiatives: 20,
  addressees: 10,
  bases: 20,
  recipients: 20,
  signingLines: 3,
} as const;

/**
 * What keeps a dossier from being sent, as sentences an officer reads (empty: ready), once the
 * system drafts its documents: the tờ trình is always there (uploaded, written, or drafted by the
 * system and frozen at the send), and a nominee's báo cáo thành tích is there when one was uploaded
 * or written in, or when the officer signed off the system's draft (`signedOff`: nomination ids).
 * Everything else is `dossierMissingDocuments`' (biên bản, sáng kiến certificates, no nominee).
 */
export function dossierSendMissing(
  roundKind: AwardRoundKind,
  nominees: readonly CompletenessNominee[],
  documents: readonly CompletenessDocument[],
  signedOff: ReadonlySet<string>,
): string[] {
  const drafted: CompletenessDocument[] = [
    { kind: 'TO_TRINH', nominationId: null },
    ...nominees.map((n) => ({ kind: 'BAO_CAO_THANH_TICH' as const, nominationId: n.id })),
  ];
  const missing = dossierMissingDocuments(roundKind, nominees, [...documents, ...drafted]);
  for (const n of nominees) {
    const uploaded = documents.some(
      (d) => d.kind === 'BAO_CAO_THANH_TICH' && d.nominationId === n.id,
    );
    if (!uploaded && !signedOff.has(n.id)) missing.push(reportNotSignedOff(roundKind, n.name));
  }
  return missing;
}

/**
 * The sentence `dossierSendMissing` says of a nominee whose report is neither uploaded nor signed
 * off; the SPA finds it in the API's list by equality to link it to that nominee's report.
 */
export function reportNotSignedOff(roundKind: AwardRoundKind, name: string): string {
  const report =
    roundKind === 'AD_HOC' || roundKind === 'DEDICATION'
      ? 'Báo cáo tóm tắt thành tích'
      : 'Báo cáo thành tích';
  return `${report} của ${name} chưa được duyệt: hãy duyệt bản dự thảo hệ thống đã soạn hoặc tải lên báo cáo đã ký.`;
}
