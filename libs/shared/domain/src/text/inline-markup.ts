/**
 * Inline markup of a plan's running text (issue 10: the printed plan must read as the real one, and
 * the seeds set labels in italics — "*Hoàn thành*:", "*Bước 1.*", "(*Mẫu số 08 …*)" — and hang
 * footnotes on a word in the middle of a sentence: "công trình thủy lợi⁴, giao thông⁵").
 *
 * What an officer types:
 *
 *   *nghiêng*            italic
 *   **đậm**              bold
 *   ***đậm nghiêng***    both; or nested: **đậm *nghiêng* đậm**
 *   [^Nội dung chú thích] a footnote at that point (a space typed before it is dropped: "lợi [^…]"
 *                        and "lợi[^…]" both print "lợi⁴")
 *   \*  \[  \]  \\       a literal *, [, ], \
 *
 * Rules, chosen so ordinary Vietnamese text never changes meaning:
 * - A run of 1–3 stars opens when the next character is not a space or closing punctuation, and
 *   closes when the previous one is not a space or opening punctuation; it closes only the nearest
 *   open run of the same number of stars. So "(*)", "* " as a bullet, "a * b" stay as typed.
 * - Anything unclosed (a lone "*", "**" without its pair, "[^" without "]") prints as typed: a typo
 *   shows in the preview, it never eats the rest of the paragraph.
 * - A footnote's text is plain (no emphasis inside; stars print as typed), runs to its matching "]"
 *   (brackets inside must pair, or be escaped) and must not be blank ("[^]" prints as typed).
 * - Limits count the text as typed, markup included (CAMPAIGN_PLAN_LIMITS.paragraph).
 *
 * The parser is linear in the length of the text (three passes, no backtracking regex): a 5,000
 * character paragraph of stars and brackets costs what a plain one does.
 */

/** A piece of parsed text: words with their emphasis, or a footnote standing where it was typed. */
export type InlinePart =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly bold: boolean;
      readonly italic: boolean;
    }
  | { readonly kind: 'note'; readonly text: string };

/** Longer runs of stars ("****") are not markup: they print as typed. */
const MAX_RUN = 3;
/** After these a star cannot close ("(*)"); before the closing ones it cannot open. */
const OPENING = new Set(['(', '[', '{', '“', '‘', '«']);
const CLOSING = new Set([')', ']', '}', '”', '’', '»', ',', '.', ';', ':', '!', '?']);
const ESCAPABLE = new Set(['\\', '*', '[', ']']);

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

type Token =
  | { t: 'text'; text: string }
  | { t: 'note'; text: string }
  | {
      t: 'stars';
      n: number;
      canOpen: boolean;
      canClose: boolean;
      /** set when matched: +1 on the opener, -1 on the closer */
      role: 0 | 1 | -1;
    };

/** The parts of `source`, in order; adjacent text of the same emphasis comes as one part. */
export function parseInlineMarkup(source: string): InlinePart[] {
  return render(matchStars(tokenize(source, matchBrackets(source))));
}

/** The words without markup or footnotes, as they read on the page (for a search, a length, a test). */
export function inlinePlainText(parts: readonly InlinePart[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}

/** True when parsing changes something: emphasis, a footnote or an escape. */
export function hasInlineMarkup(source: string): boolean {
  const parts = parseInlineMarkup(source);
  const [only] = parts;
  if (parts.length > 1) return true;
  return (
    only !== undefined && (only.kind === 'note' || only.bold || only.italic || only.text !== source)
  );
}

/** A piece of printed rich text (libs/documents `Inline`): plain or emphasised words, a note. */
export type RichInline =
  | string
  | { readonly text: string; readonly bold?: boolean; readonly italic?: boolean }
  | { readonly note: string };

/**
 * `source` as the printed plan's rich text (libs/documents `RichText`): the API's .docx and the
 * SPA's preview both map it here, so they cannot drift. Text without markup stays a plain string, so
 * content saved before the markup existed maps (and prints) exactly as it did.
 */
export function inlineRichText(source: string): string | RichInline[] {
  const parts = parseInlineMarkup(source);
  const [only] = parts;
  if (only === undefined) return '';
  if (parts.length === 1 && only.kind === 'text' && !only.bold && !only.italic) return only.text;
  return parts.map((p) =>
    p.kind === 'note'
      ? { note: p.text }
      : p.bold || p.italic
        ? { text: p.text, ...(p.bold ? { bold: true } : {}), ...(p.italic ? { italic: true } : {}) }
        : p.text,
  );
}

/** Text to be printed as typed, whatever it holds: stars, brackets and backslashes escaped. */
export function escapeInlineMarkup(text: string): string {
  return text.replace(/[\\*[\]]/g, (ch) => `\\${ch}`);
}

/** Pass 0: the position of the "]" that closes each unescaped "[" (a stack: nested pairs, O(n)). */
function matchBrackets(s: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const ch = s[i];
    if (ch === '\\' && ESCAPABLE.has(s[i + 1] ?? '')) i += 1;
    else if (ch === '[') open.push(i);
    else if (ch === ']') {
      const from = open.pop();
      if (from !== undefined) closes.set(from, i);
    }
  }
  return closes;
}

/** Pass 1: text, footnotes and runs of stars, escapes resolved. */
function tokenize(s: string, closes: Map<number, number>): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) tokens.push({ t: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    const next = s[i + 1];
    if (ch === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      text += next;
      i += 2;
    } else if (ch === '[' && next === '^' && closes.has(i)) {
      const end = closes.get(i) as number;
      const note = unescape(s.slice(i + 2, end)).trim();
      if (note) {
        // "lợi [^…]" prints "lợi⁴": a reference mark stands against its word
        text = text.trimEnd();
        flush();
        tokens.push({ t: 'note', text: note });
      } else {
        text += s.slice(i, end + 1);
      }
      i = end + 1;
    } else if (ch === '*') {
      let j = i;
      while (s[j] === '*') j += 1;
      const n = j - i;
      const before = s[i - 1];
      const after = s[j];
      if (n > MAX_RUN) {
        text += s.slice(i, j);
      } else {
        flush();
        tokens.push({
          t: 'stars',
          n,
          canOpen: after !== undefined && !isSpace(after) && !CLOSING.has(after),
          canClose: before !== undefined && !isSpace(before) && !OPENING.has(before),
          role: 0,
        });
      }
      i = j;
    } else {
      text += ch;
      i += 1;
    }
  }
  flush();
  return tokens;
}

function unescape(s: string): string {
  return s.replace(/\\([\\*[\]])/g, '$1');
}

/**
 * Pass 2: pairs runs of stars with a stack. A closer takes the nearest open run of its size and
 * drops (to literal) the runs opened after it, so each run is pushed and popped once; `open` counts
 * the runs of each size on the stack, so a closer with nothing to close never walks it. Linear.
 */
function matchStars(tokens: Token[]): Token[] {
  const stack: Extract<Token, { t: 'stars' }>[] = [];
  const open = [0, 0, 0, 0];
  for (const token of tokens) {
    if (token.t !== 'stars') continue;
    if (token.canClose && (open[token.n] ?? 0) > 0) {
      for (;;) {
        const top = stack.pop() as Extract<Token, { t: 'stars' }>;
        open[top.n] = (open[top.n] ?? 0) - 1;
        if (top.n === token.n) {
          top.role = 1;
          token.role = -1;
          break;
        }
      }
    } else if (token.canOpen) {
      stack.push(token);
      open[token.n] = (open[token.n] ?? 0) + 1;
    }
  }
  return tokens;
}

/** Pass 3: the parts, emphasis from the depth of the matched runs around each piece of text. */
function render(tokens: Token[]): InlinePart[] {
  const parts: InlinePart[] = [];
  let bold = 0;
  let italic = 0;
  const push = (text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    const b = bold > 0;
    const it = italic > 0;
    if (last?.kind === 'text' && last.bold === b && last.italic === it) {
      parts[parts.length - 1] = { ...last, text: last.text + text };
    } else {
      parts.push({ kind: 'text', text, bold: b, italic: it });
    }
  };
  for (const token of tokens) {
    if (token.t === 'text') push(token.text);
    else if (token.t === 'note') parts.push({ kind: 'note', text: token.text });
    else if (token.role === 0) push('*'.repeat(token.n));
    else {
      // 1 star: italic, 2: bold, 3: both
      if (token.n !== 2) italic += token.role;
      if (token.n !== 1) bold += token.role;
    }
  }
  return parts;
}
