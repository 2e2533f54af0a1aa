/**
 * How a service keeps free text a user typed: names, titles, places and reasons on one line with
 * single spaces; optional text as null when blank. One place, so every module stores text the same way
 * (seven services had their own copy of `oneLine`, five of `blankToNull`).
 */

/** "  Ủy ban   nhân dân\ntỉnh " → "Ủy ban nhân dân tỉnh"; null and undefined → "". */
export function oneLine(value: string | null | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ');
}

/** Trimmed, or null when nothing is left (line breaks inside are kept: notes, reports). */
export function blankToNull(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}
