import { strFromU8, unzipSync } from 'fflate';

/**
 * The paragraphs of a part of a .docx, runs joined: for the API's tests (the approach of
 * libs/documents/src/testing/docx-xml, which an app may not import by path). Not in the build.
 */
export function docxParagraphs(bytes: Uint8Array, part = 'word/document.xml'): string[] {
  const file = unzipSync(bytes)[part];
  if (!file) return [];
  const unescape = (s: string) =>
    s.replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? '',
    );
  return [...strFromU8(file).matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>/gs)].map(([, p = '']) =>
    unescape([...p.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/gs)].map((m) => m[1]).join('')),
  );
}
