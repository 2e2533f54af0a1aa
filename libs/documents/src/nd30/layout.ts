/**
 * The page and the type every generated document is set in: Nghị định 30/2020/NĐ-CP, Phụ lục I (State
 * documents) and Hướng dẫn 36-HD/VPTW (Party documents), which agree on everything here.
 * Word measures in twips (1/20 pt, 1/1440 inch) and font sizes in half-points.
 */

export const TWIPS_PER_MM = 1440 / 25.4;

export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

export function pt(value: number): number {
  return Math.round(value * 20);
}

/** Font sizes are given in points everywhere in this library; Word wants half-points. */
export function halfPoints(sizePt: number): number {
  return Math.round(sizePt * 2);
}

/** A4, 210 × 297 mm, portrait: Word's own A4 figures (the PDF then measures 595 × 842 pt). */
export const PAGE = { width: 11906, height: 16838 } as const;

/**
 * Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. We take the smallest of each: the
 * widest text column (165 mm) is what lets the 13 pt Quốc hiệu (about 96 mm) stay on one line in the
 * header's right column. The running page number sits 10 mm from the top edge, inside the top margin.
 */
export const MARGIN_MM = {
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
  header: 10,
  footer: 10,
} as const;

/** 165 mm = 9355 twips: the width tables and the header are laid out on. */
export const TEXT_WIDTH = PAGE.width - mm(MARGIN_MM.left) - mm(MARGIN_MM.right);

/** TCVN 6909:2001 (Unicode) Times New Roman; LibreOffice substitutes the metric-compatible Liberation Serif. */
export const FONT = 'Times New Roman';

/** Body text 13–14 pt: we use 14, the size of every plan in the seeds. */
export const BODY_SIZE = 14;

/** First-line indent of body paragraphs: 1–1.27 cm, we use 1.27 cm (Word's default tab stop). */
export const FIRST_LINE_INDENT = mm(12.7);

/**
 * Paragraph spacing at least 6 pt; line spacing from single to 1.5 lines. 1.15 lines (276/240) keeps a
 * 14 pt page readable without spreading the Bắc Kạn plan past three pages.
 */
export const PARAGRAPH_AFTER = pt(6);
export const LINE_SPACING = 276;

/** Word's unit for border widths is 1/8 pt: 0.75 pt, the hairline of a ruled line. */
export const RULE_SIZE = 6;
