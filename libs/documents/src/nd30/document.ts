import { Document, Packer, Paragraph, type ISectionOptions } from 'docx';
import { BODY_SIZE, FONT, halfPoints } from './layout';
import { pageSection } from './page';

export interface DocumentParts {
  /** The trích yếu, kept as the file's title property (what a file manager or a DMS shows). */
  readonly title: string;
  readonly children: ISectionOptions['children'];
}

/**
 * Packs the parts into .docx bytes. The default style repeats the font and the size the runs carry, so
 * that text typed into the file later in Word is Times New Roman 14 pt too, and the language is
 * Vietnamese for the spelling checker.
 */
export async function packDocument(parts: DocumentParts): Promise<Uint8Array> {
  const doc = new Document({
    title: parts.title,
    creator: 'thidua',
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
            size: halfPoints(BODY_SIZE),
            language: { value: 'vi-VN' },
          },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    // Word wants a paragraph, not a table, at the end of the body.
    sections: [pageSection([...parts.children, new Paragraph({ children: [] })])],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
