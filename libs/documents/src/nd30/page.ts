import { AlignmentType, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { BODY_SIZE, MARGIN_MM, PAGE, mm } from './layout';
import { runProperties } from './text';

/**
 * The page of every document: A4 portrait, Phụ lục I margins, and the page number (Arabic, 13–14 pt,
 * centred in the top margin) from page 2 on. Page 1 has a header of its own, left empty: Word's
 * "different first page" (`titlePage`).
 */
export function pageSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: {
          top: mm(MARGIN_MM.top),
          bottom: mm(MARGIN_MM.bottom),
          left: mm(MARGIN_MM.left),
          right: mm(MARGIN_MM.right),
          header: mm(MARGIN_MM.header),
          footer: mm(MARGIN_MM.footer),
        },
      },
    },
    headers: {
      first: new Header({ children: [new Paragraph({ children: [] })] }),
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                children: [PageNumber.CURRENT],
                ...runProperties({ size: BODY_SIZE }),
              }),
            ],
          }),
        ],
      }),
    },
    children,
  };
}
