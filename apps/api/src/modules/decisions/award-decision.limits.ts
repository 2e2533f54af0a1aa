/**
 * Bounds of a quyết định's editable parts, so no input is unbounded: lengths in characters, counts in
 * items. Real decisions stay well inside them (a căn cứ line runs ~250 characters, a trích yếu ~200,
 * a list of căn cứ 4–6 lines, nơi nhận 6–10 lines).
 */
export const DECISION_LIMITS = {
  /** a one-line field: the trích yếu, a căn cứ, a name, a title */
  line: 500,
  /** Điều 1's achievement, free text */
  text: 2_000,
  bases: 20,
  executors: 20,
  receivers: 40,
  signingLines: 3,
  /** recipients of one decision (bench: 1,000 as .docx in ≤ 5 s) */
  recipients: 2_000,
  /** hệ số tiền thưởng: NĐ 152's largest is 92 (Huân chương Sao vàng, a collective) */
  multiplier: 1_000,
  /** what a public lookup or verification accepts */
  search: 100,
  code: 32,
} as const;
