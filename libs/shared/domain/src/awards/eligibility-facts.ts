/**
 * What an eligibility check reads about the nominee (issue 11, "The facts the checks need"): the
 * seam between the module that keeps the facts (`records`: evaluations, award history, sáng kiến,
 * holds) and the pure rule evaluation (rules as dated data). The records service assembles one of
 * these per nominee and year; the evaluation never touches the database, so a preview and the API
 * judge the same data the same way, and a check can be replayed from the snapshot a nomination keeps.
 */
import type { IsoDate } from '../org/dates';
import type {
  AwardSubject,
  AwardTrack,
  EvaluationGrade,
  HoldKind,
  InitiativeKind,
  InitiativeScope,
} from './award-kinds';

/** A yearly evaluation result (kết quả đánh giá, xếp loại), with where it came from. */
export interface FactEvaluation {
  readonly year: number;
  readonly grade: EvaluationGrade;
  /** "Nhập từ tệp Excel 12/2025", "Quyết định số …": what an officer reads as the evidence */
  readonly source: string | null;
}

/** An award already received: a danh hiệu or a hình thức, with its decision. */
export interface FactAward {
  readonly id: string;
  readonly year: number;
  /** the catalog code (AWARD_KINDS) or a province's own; null for a legacy record typed by name only */
  readonly awardCode: string | null;
  readonly awardName: string;
  readonly track: AwardTrack;
  readonly decisionNumber: string | null;
  readonly decidedOn: IsoDate | null;
  readonly decidedBy: string | null;
  /** set when the award was made to a predecessor unit and counts for its successor */
  readonly inheritedFrom: string | null;
}

/** A sáng kiến or đề tài, and the use that locks it ("một sáng kiến chỉ dùng một lần"). */
export interface FactInitiative {
  readonly id: string;
  readonly title: string;
  readonly kind: InitiativeKind;
  readonly scope: InitiativeScope;
  readonly recognisedOn: IsoDate;
  readonly recognisedBy: string | null;
  /** null while free; the award it already served (CV 5007/BNV-TĐKT) */
  readonly usedFor: { readonly awardName: string; readonly year: number } | null;
}

/** A hold (NĐ 152/2025 Điều 4 k.4): in force on a date when `from <= date` and (`to` is null or `date <= to`). */
export interface FactHold {
  readonly kind: HoldKind;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  /** who reported it: "Thanh tra tỉnh, Công văn số …" */
  readonly source: string;
  readonly note: string | null;
}

/** A collective's members in the judged year, as the collective titles' conditions count them. */
export interface CollectiveFacts {
  readonly members: number;
  /** members rated HTNV or better ("100% cá nhân hoàn thành nhiệm vụ") */
  readonly completing: number;
  /** members holding each title in the year, by award code ("≥ 70% đạt LĐTT", "có CSTĐCS") */
  readonly titled: Readonly<Record<string, number>>;
  readonly women: number;
  /** members disciplined in the year (a collective title is refused when one is, by most rules) */
  readonly disciplined: number;
}

export interface EligibilityFacts {
  readonly subject: AwardSubject;
  /** "Nguyễn Thị Hoa", "Phòng Tổng hợp": the explanation names the nominee */
  readonly name: string;
  /** the year judged (năm xét) */
  readonly year: number;
  /** the day the rules are taken at, and holds are judged on */
  readonly on: IsoDate;
  readonly evaluations: readonly FactEvaluation[];
  readonly awards: readonly FactAward[];
  readonly initiatives: readonly FactInitiative[];
  readonly holds: readonly FactHold[];
  readonly collective: CollectiveFacts | null;
  /** false for a unit that was dissolved or merged away: it is not rewarded */
  readonly active: boolean;
  /** for the tie-break (NĐ 152/2025 Điều 4 k.6): a woman, or a collective with ≥ 70% women */
  readonly female: boolean | null;
}

/** The holds in force on `on`. */
export function holdsOn(holds: readonly FactHold[], on: IsoDate): FactHold[] {
  return holds.filter((h) => h.from <= on && (h.to === null || on <= h.to));
}
