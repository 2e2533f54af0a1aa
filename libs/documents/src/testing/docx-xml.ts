import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx (a zip of XML files), as text, by path: "word/document.xml" … */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]),
  );
}

export interface XmlRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** Points. */
  readonly size: number | undefined;
  readonly font: string | undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '');
}

/** `<w:b/>` is on, `<w:b w:val="false"/>` is off. */
function flag(rPr: string, tag: string): boolean {
  const m = new RegExp(`<w:${tag}(?: w:val="([^"]*)")?/>`).exec(rPr);
  return m !== null && m[1] !== 'false' && m[1] !== '0';
}

/** The text runs of a part, with the formatting a test asks about. */
export function runs(xml: string): XmlRun[] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, inner = '']) => {
    const rPr = /<w:rPr>(.*?)<\/w:rPr>/s.exec(inner)?.[1] ?? '';
    const size = /<w:sz w:val="(\d+)"\/>/.exec(rPr)?.[1];
    return {
      text: unescape([...inner.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((m) => m[1]).join('')),
      bold: flag(rPr, 'b'),
      italic: flag(rPr, 'i'),
      underline: /<w:u /.test(rPr),
      size: size === undefined ? undefined : Number(size) / 2,
      font: /<w:rFonts w:ascii="([^"]*)"/.exec(rPr)?.[1],
    };
  });
}

/** The text of each paragraph, runs joined, in document order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) =>
    runs(m[1] ?? m[2] ?? '')
      .map((r) => r.text)
      .join(''),
  );
}

/** The run holding `text` (exactly, or starting with it). */
export function runWith(xml: string, text: string): XmlRun {
  const found = runs(xml).find((r) => r.text === text || r.text.startsWith(text));
  if (!found) throw new Error(`no run with "${text}"`);
  return found;
}
