/**
 * Hồ sơ thành tích (issue 11, "The facts the checks need"): the limits and wording shared by the API
 * inputs, the Excel columns and the SPA forms of evaluations, award history, sáng kiến and holds.
 * Who a record is about uses AWARD_SUBJECTS (a household appears in award history only).
 */

/**
 * Years a record may name. 1945: the first emulation titles (Chỉ thị 06/1948 aside, the oldest
 * history a province keeps goes back to the founding of the state); the next year: an evaluation is
 * sometimes entered in December for the coming year's plan, never further ahead.
 */
export const RECORD_FIRST_YEAR = 1945;
export function recordLastYear(today: string): number {
  return Number(today.slice(0, 4)) + 1;
}

export const RECORD_LIMITS = {
  /** "Nhập từ tệp Excel 12/2025", "Quyết định số 25/QĐ-UBND ngày …" */
  source: 500,
  awardName: 255,
  awardCode: 60,
  decisionNumber: 100,
  /** "Chủ tịch UBND tỉnh Bắc Kạn" */
  decidedBy: 255,
  householdName: 200,
  initiativeTitle: 1000,
  recognisedBy: 255,
  certificateNumber: 100,
  /** what a nomination calls itself when it locks a sáng kiến: "Hồ sơ đề nghị … số 12/TTr-SNV" */
  usedByReference: 255,
  holdSource: 500,
} as const;
