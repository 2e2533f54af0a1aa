/**
 * A streaming check of a package part's XML, run on each inflated chunk before the part is kept: it
 * refuses a cell text longer than Excel's own limit and markup that no spreadsheet writer produces,
 * after reading at most that much, never the whole thing.
 *
 * Why: exceljs (through saxes) accumulates a text node whole, then copies it several times. A 161 KB
 * .xlsx whose one shared string is 150 MB ran the process out of heap; a 40 MB string peaked at 1.2 GB.
 * Excel itself never writes a cell over 32,767 characters, so longer is hostile or broken.
 *
 * Not a parser: a byte-level tokenizer that knows text, tags (with quoted attribute values), comments,
 * CDATA sections and processing instructions. Counted:
 * - every text run (the bytes between two pieces of markup, or one CDATA section), in UTF-16 code
 *   units as JavaScript and Excel count characters, an entity counting as what it stands for;
 * - the `<t>` texts of one string item (`<si>` in the shared strings, `<is>` in an inline-string
 *   cell), summed, since rich text splits a cell into runs; phonetic runs (`<rPh>`) are not the value;
 * - the bytes of each tag, comment and processing instruction (attribute values of any size would
 *   otherwise be accumulated whole by the parser in the same way).
 * A DOCTYPE is refused outright: no OOXML part has one and it is where entity expansion lives.
 */

export type XmlGuardProblem = 'text-too-long' | 'markup-too-long' | 'doctype';

export class XmlGuardError extends Error {
  constructor(
    readonly problem: XmlGuardProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'XmlGuardError';
  }
}

export interface XmlGuardLimits {
  /** Characters (UTF-16 code units) of one cell: Excel's limit is 32,767. */
  maxTextChars: number;
  /** Bytes of one tag, comment or processing instruction. */
  maxMarkupBytes: number;
}

/** Excel's "total number of characters that a cell can contain". */
export const EXCEL_MAX_CELL_CHARS = 32_767;

export const DEFAULT_XML_GUARD_LIMITS: XmlGuardLimits = {
  maxTextChars: EXCEL_MAX_CELL_CHARS,
  // Root elements declare a dozen namespaces (about 1 KB) and a selection or data validation may
  // list thousands of ranges in one attribute; 1 MB is far above both and harmless to hold.
  maxMarkupBytes: 1024 * 1024,
};

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SEMI = 0x3b;
const SLASH = 0x2f;
const QUOT = 0x22;
const APOS = 0x27;
const QMARK = 0x3f;
const BANG = 0x21;
const COLON = 0x3a;
const DASH = 0x2d;
const RBRACKET = 0x5d;
const HEAD_MAX = 64;
const ENTITY_MAX = 12;

const enum State {
  Text,
  Tag,
  Comment,
  CData,
  Pi,
}

const CDATA_HEAD = '![CDATA[';
const COMMENT_HEAD = '!--';
const DOCTYPE_HEAD = '!DOCTYPE';

function isNameEnd(byte: number): boolean {
  return (
    byte === 0x20 ||
    byte === 0x09 ||
    byte === 0x0a ||
    byte === 0x0d ||
    byte === GT ||
    byte === SLASH
  );
}

export class XmlGuard {
  private state = State.Text;
  /** UTF-16 units of the current text run. */
  private run = 0;
  /** UTF-16 units of `<t>` text in the current `<si>`/`<is>`. */
  private item = 0;
  private inItem = false;
  private inT = false;
  private inPhonetic = false;
  /** Bytes of the current tag, comment or processing instruction. */
  private markup = 0;
  /** The tag's first bytes: "/" for a closing tag, then its name (up to HEAD_MAX). */
  private readonly head = new Uint8Array(HEAD_MAX);
  private headLength = 0;
  private headDone = false;
  private quote = 0;
  private previous = 0;
  /** Consecutive bytes matching the end of a comment ("--"), CDATA ("]]") or PI ("?"). */
  private closer = 0;
  /** Bytes of an entity after "&", or null outside one. */
  private entity: string | null = null;

  constructor(private readonly limits: XmlGuardLimits = DEFAULT_XML_GUARD_LIMITS) {}

  write(chunk: Uint8Array): void {
    const length = chunk.length;
    let i = 0;
    while (i < length) {
      // Fast paths (plain text, the attributes of a tag) scan without a call per byte: the per-byte
      // state machine alone read about 3 MB/s, too slow for a 64 MB sheet.
      if (this.state === State.Text && this.entity === null) {
        let units = 0;
        let j = i;
        for (; j < length; j++) {
          const byte = chunk[j];
          if (byte === LT || byte === AMP) break;
          if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
        }
        if (j > i) {
          this.add(units);
          this.previous = chunk[j - 1];
          i = j;
          if (i === length) break;
        }
      } else if (this.state === State.Tag && this.headDone) {
        let j = i;
        if (this.quote !== 0) {
          while (j < length && chunk[j] !== this.quote) j++;
        } else {
          for (; j < length; j++) {
            const byte = chunk[j];
            if (byte === GT || byte === QUOT || byte === APOS) break;
          }
        }
        if (j > i) {
          this.markup += j - i;
          if (this.markup > this.limits.maxMarkupBytes) this.countMarkup();
          this.previous = chunk[j - 1];
          i = j;
          if (i === length) break;
        }
      }
      this.step(chunk[i]);
      i++;
    }
  }

  private step(byte: number): void {
    switch (this.state) {
      case State.Text:
        this.text(byte);
        break;
      case State.Tag:
        this.tag(byte);
        break;
      case State.Comment:
        this.countMarkup();
        if (byte === DASH) this.closer++;
        else if (byte === GT && this.closer >= 2) this.toText();
        else this.closer = 0;
        break;
      case State.Pi:
        this.countMarkup();
        if (byte === GT && this.previous === QMARK) this.toText();
        break;
      case State.CData:
        if (byte === GT && this.closer >= 2) {
          this.toText();
        } else {
          this.closer = byte === RBRACKET ? this.closer + 1 : 0;
          this.add(unitsOf(byte));
        }
        break;
    }
    this.previous = byte;
  }

  private text(byte: number): void {
    if (byte === LT) {
      this.endEntity();
      this.state = State.Tag;
      this.markup = 1;
      this.headLength = 0;
      this.headDone = false;
      this.quote = 0;
      return;
    }
    if (this.entity !== null) {
      if (byte === SEMI) {
        this.add(entityUnits(this.entity));
        this.entity = null;
      } else if (this.entity.length >= ENTITY_MAX) {
        this.endEntity();
        this.add(unitsOf(byte));
      } else {
        this.entity += String.fromCharCode(byte);
      }
      return;
    }
    if (byte === AMP) {
      this.entity = '';
      return;
    }
    this.add(unitsOf(byte));
  }

  /** An "&…" that never ended: its bytes were text after all. */
  private endEntity(): void {
    if (this.entity === null) return;
    this.add(1 + this.entity.length);
    this.entity = null;
  }

  private tag(byte: number): void {
    this.countMarkup();
    if (this.quote !== 0) {
      if (byte === this.quote) this.quote = 0;
      return;
    }
    if (!this.headDone) {
      if (isNameEnd(byte) && !(byte === SLASH && this.headLength === 0)) {
        this.headDone = true;
      } else {
        if (this.headLength < HEAD_MAX) this.head[this.headLength++] = byte;
        if (this.head[0] === QMARK || this.head[0] === BANG) this.special();
        return;
      }
    }
    if (byte === QUOT || byte === APOS) {
      this.quote = byte;
    } else if (byte === GT) {
      this.endTag(this.previous === SLASH);
      this.toText();
    }
  }

  /** "<?", "<!--", "<![CDATA[", "<!DOCTYPE": recognised as their first bytes arrive. */
  private special(): void {
    if (this.head[0] === QMARK) {
      this.state = State.Pi;
    } else if (this.headIs(COMMENT_HEAD)) {
      this.state = State.Comment;
      this.closer = 0;
    } else if (this.headIs(CDATA_HEAD)) {
      this.state = State.CData;
      this.closer = 0;
      this.run = 0;
    } else if (this.headIs(DOCTYPE_HEAD)) {
      throw new XmlGuardError('doctype', 'DOCTYPE in a package part');
    }
  }

  private headIs(text: string, from = 0): boolean {
    if (this.headLength - from !== text.length) return false;
    for (let k = 0; k < text.length; k++)
      if (this.head[from + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** Tracks the elements that matter for the string sums, by local name (any namespace prefix). */
  private endTag(selfClosing: boolean): void {
    const closing = this.head[0] === SLASH;
    let from = closing ? 1 : 0;
    for (let k = this.headLength - 1; k >= from; k--) {
      if (this.head[k] === COLON) {
        from = k + 1;
        break;
      }
    }
    const opens = !closing && !selfClosing;
    if (this.headIs('t', from)) {
      this.inT = opens;
    } else if (this.headIs('si', from) || this.headIs('is', from)) {
      this.inItem = opens;
      this.item = 0;
    } else if (this.headIs('rPh', from)) {
      this.inPhonetic = opens;
    }
  }

  private toText(): void {
    this.state = State.Text;
    this.run = 0;
    this.closer = 0;
  }

  private countMarkup(): void {
    if (++this.markup > this.limits.maxMarkupBytes) {
      throw new XmlGuardError('markup-too-long', `markup over ${this.limits.maxMarkupBytes} bytes`);
    }
  }

  private add(units: number): void {
    if (units === 0) return;
    this.run += units;
    if (this.run > this.limits.maxTextChars) {
      throw new XmlGuardError('text-too-long', `text over ${this.limits.maxTextChars} characters`);
    }
    if (this.inItem && this.inT && !this.inPhonetic) {
      this.item += units;
      if (this.item > this.limits.maxTextChars) {
        throw new XmlGuardError(
          'text-too-long',
          `string item over ${this.limits.maxTextChars} characters`,
        );
      }
    }
  }
}

/** UTF-16 code units a UTF-8 byte starts: 0 for a continuation byte, 2 for a 4-byte sequence. */
function unitsOf(byte: number): number {
  if ((byte & 0xc0) === 0x80) return 0;
  return byte >= 0xf0 ? 2 : 1;
}

/** What "&name;" stands for, in UTF-16 code units (1 unless a character reference above U+FFFF). */
function entityUnits(body: string): number {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X'
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    return code > 0xffff ? 2 : 1;
  }
  return 1;
}
