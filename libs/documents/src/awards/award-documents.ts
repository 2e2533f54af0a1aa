import type { AwardSubject, AwardTrack, IsoDate } from '@thidua/shared-domain';
import type { Block } from '../nd30/body';
import type { Recipients, Signature } from '../nd30/closing';
import type { Issuer } from '../nd30/header';
import type { DocumentDate } from '../nd30/identity';

/**
 * The documents of a hồ sơ đề nghị khen thưởng as data (issue 11, "The dossier"): the tờ trình (Mẫu số
 * 01, NĐ 152/2025) and one báo cáo thành tích per nominee. The awards module maps a dossier onto these;
 * the builders turn them into .docx. Layout facts: domain reference §1.3 (the report's skeleton, [L]
 * where NĐ 152's Phụ lục text was not available) and §1.4 (the tờ trình's fields, [M]).
 */

/** Tờ trình đề nghị khen thưởng (Mẫu số 01): the proposing unit asks the deciding authority. */
export interface ToTrinhDocument {
  readonly issuer: Issuer;
  /** The number in the issuer's register; null on a draft ("Số:      /TTr-…"). */
  readonly number: number | null;
  readonly place: string;
  readonly date: DocumentDate;
  /** The form's number as the rules in force name it ("Mẫu số 01"), printed top right; null: none. */
  readonly form: string | null;
  /**
   * Trích yếu after "Về việc": "đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân có
   * thành tích trong Đợt thi đua đặc biệt …".
   */
  readonly subject: string;
  /** Kính gửi: one line each ("Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn", "Sở Nội vụ"). */
  readonly addressees: readonly string[];
  /** Căn cứ lines, each without its "Căn cứ" ("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"). */
  readonly bases: readonly string[];
  /** The biên bản of the unit's own council meeting, cited last among the căn cứ. */
  readonly councilMinutes?: { readonly date: IsoDate | null; readonly body: string } | null;
  /** Optional summary of the achievements (the dossier's note), printed before the proposal. */
  readonly summary?: readonly Block[];
  /** The deciding authority as the proposal sentence names it ("Chủ tịch UBND tỉnh"). */
  readonly authority: string;
  /**
   * The proposing unit as the proposal sentence and the appendix name it ("Văn phòng UBND tỉnh"); absent:
   * the issuer's `body` on one line (the header's "VĂN PHÒNG" alone would not say whose office it is).
   */
  readonly proposer?: string;
  /** The proposal, one line per award: counts per subject (the "N tập thể và M cá nhân" sentence). */
  readonly awards: readonly ToTrinhAward[];
  /** The list attached ("Danh sách kèm theo"), printed as an appendix table after the signature. */
  readonly nominees: readonly ToTrinhNominee[];
  readonly recipients: Recipients;
  readonly signature: Signature;
}

export interface ToTrinhAward {
  /** "Bằng khen của Chủ tịch UBND tỉnh", "Chiến sĩ thi đua cơ sở". */
  readonly award: string;
  readonly collectives: number;
  readonly individuals: number;
  readonly households: number;
}

export interface ToTrinhNominee {
  readonly subject: AwardSubject;
  /** "Ông Nguyễn Văn A", "Phòng Tổng hợp", "Hộ ông Hoàng Văn B". */
  readonly name: string;
  /** "Chuyên viên, Phòng Tổng hợp, Văn phòng UBND tỉnh"; the collective's parent; the household's address. */
  readonly detail: string | null;
  readonly award: string;
  /** Thành tích tóm tắt, one or two lines. */
  readonly achievement: string | null;
}

/**
 * Which report form a nominee's track and subject ask for (NĐ 152/2025 Phụ lục, numbering inferred in
 * domain reference §1.1 [M/L]): the builder varies part II's headings and the signature captions by it.
 */
export type AchievementReportKind =
  'CONG_TRANG_CA_NHAN' | 'CONG_TRANG_TAP_THE' | 'CHUYEN_DE' | 'DOT_XUAT' | 'CONG_HIEN';

/**
 * Báo cáo thành tích of one nominee. Everything here can be drafted from what the system knows (the
 * awards module's drafting service) and then edited by the officer: the drafted values are only a start.
 */
export interface AchievementReportDocument {
  readonly kind: AchievementReportKind;
  /** The track the report is for (kept for the title's wording). */
  readonly track: AwardTrack;
  readonly subject: AwardSubject;
  /** The proposing unit's header (the report is the unit's, or the person's under it). */
  readonly issuer: Issuer;
  readonly place: string;
  readonly date: DocumentDate;
  /** "Mẫu số 05"; null: no national form number known. */
  readonly form: string | null;
  /** The award proposed ("Chiến sĩ thi đua cơ sở", "Bằng khen của Chủ tịch UBND tỉnh"). */
  readonly award: string;
  /**
   * What the achievement is in: "Đợt thi đua đặc biệt … (2025)" for a campaign, "năm 2025" for a yearly
   * round, "giai đoạn 2020–2025"; printed under the title in brackets.
   */
  readonly period: string;
  /** Tên tập thể / họ tên cá nhân / hộ. */
  readonly name: string;
  /** Part I: sơ lược lý lịch (person) or đặc điểm, tình hình (collective), as label–value lines. */
  readonly profile: readonly ReportField[];
  /** Part I, free text after the fields: chức năng, nhiệm vụ; tổ chức bộ máy… */
  readonly background?: readonly Block[];
  /** Part II: the achievements. */
  readonly achievements: ReportAchievements;
  /** Part III: awards already received, newest first. */
  readonly priorAwards: readonly PriorAward[];
  /** Sáng kiến, đề tài cited (printed under part II, or as their own table when any). */
  readonly initiatives: readonly ReportInitiative[];
  /** Who signs: the reporting person (cá nhân) or the head of the unit, and who confirms. */
  readonly signatures: ReportSignatures;
}

export interface ReportField {
  /** "Họ và tên", "Ngày sinh", "Chức vụ", "Tổng số cán bộ", … */
  readonly label: string;
  readonly value: string;
}

export interface ReportAchievements {
  /** Chỉ tiêu, nhiệm vụ được giao / đã đăng ký (registrations and commitments of the campaign). */
  readonly commitments?: readonly Block[];
  /** The campaign's targets against the reported result: one row per target. */
  readonly targets?: readonly ReportTarget[];
  /** Biện pháp, giải pháp, cách làm sáng tạo. */
  readonly measures?: readonly Block[];
  /** Kết quả đạt được: the main text (the nominee's achievements as written on the nomination). */
  readonly results: readonly Block[];
  /** Bài học kinh nghiệm (optional). */
  readonly lessons?: readonly Block[];
  /** For công trạng: the yearly evaluation results ("Năm 2024: Hoàn thành xuất sắc nhiệm vụ"). */
  readonly evaluations?: readonly { readonly year: number; readonly result: string }[];
  /** Đột xuất: hoàn cảnh, điều kiện in which the achievement was made (the fire, the flood, the case). */
  readonly circumstances?: readonly Block[];
  /** Đột xuất: tác dụng, ảnh hưởng of the achievement (lives, property saved; how widely it was known). */
  readonly effects?: readonly Block[];
  /** Quá trình cống hiến: the posts held, oldest first ("01/1995 - 12/2004", "Chuyên viên Phòng Tổng hợp"). */
  readonly career?: readonly CareerStep[];
}

export interface CareerStep {
  /** "01/1995 - 12/2004", "01/2020 - nay". */
  readonly period: string;
  /** Chức vụ, đơn vị công tác. */
  readonly post: string;
}

export interface ReportTarget {
  readonly name: string;
  /** "≥ 95 %", "100 hộ", as planned. */
  readonly planned: string;
  /** What was reported; null when nothing was reported yet. */
  readonly achieved: string | null;
}

export interface PriorAward {
  readonly year: number;
  /** "Chiến sĩ thi đua cơ sở", "Bằng khen của Chủ tịch UBND tỉnh". */
  readonly award: string;
  /** "Quyết định số 123/QĐ-UBND ngày 12/3/2024 của UBND tỉnh Bắc Kạn". */
  readonly decision: string | null;
}

export interface ReportInitiative {
  readonly title: string;
  /** "Cấp cơ sở", "Cấp tỉnh". */
  readonly level: string;
  /** "Quyết định công nhận số … ngày …", or the recognising body. */
  readonly recognition: string | null;
}

export interface ReportSignatures {
  /** The author (cá nhân) or the unit's head (tập thể): title and name; the builder adds the captions. */
  readonly author: { readonly title: string; readonly name: string };
  /** Xác nhận của thủ trưởng đơn vị / cấp trình khen: title and body, name when known. */
  readonly confirmer?: { readonly title: string; readonly name: string | null } | null;
}
