import { documentSymbol } from '@thidua/shared-domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  PageBorderDisplay,
  PageBorderOffsetFrom,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { toBuffer } from 'qrcode';
import { signatureBlock } from '../nd30/closing';
import { formatRules } from '../nd30/format';
import { placeAndDate } from '../nd30/identity';
import { BODY_SIZE, FONT, PAGE, halfPoints, mm, pt } from '../nd30/layout';
import {
  DocumentDataError,
  centred,
  rule,
  run,
  runProperties,
  textWidth,
  upper,
  type RunStyle,
} from '../nd30/text';
import { bare } from '../awards/parts';
import type { Certificate, CertificatesDocument } from './council-documents';
import { dayText } from './parts';

/**
 * The certificate page (NĐ 98/2023 Điều 104 as quoted in domain reference §1.6 [H]; carried into NĐ 152
 * unverified): A4 **landscape**, 297 × 210 mm, white, a border. Margins 15 mm at the top, 12 mm at the
 * bottom (the signature block needs the room), 20 mm at the sides, inside a border 8 mm from the edge.
 */
export const CERTIFICATE_PAGE = {
  widthMm: 297,
  heightMm: 210,
  margin: { top: 15, bottom: 12, left: 20, right: 20 },
} as const;

const CONTENT_WIDTH = mm(
  CERTIFICATE_PAGE.widthMm - CERTIFICATE_PAGE.margin.left - CERTIFICATE_PAGE.margin.right,
);

/**
 * Lines 3 and 5 (the decider's title, the award) are red (§1.6); everything else is black. Pure red is
 * what the printers' templates name.
 */
export const CERTIFICATE_RED = 'FF0000';

/**
 * §1.6 puts the Quốc huy (or the Party's emblem) centred at the top. We have no image of it that we may
 * ship, so the room is left empty for a printed blank or a later image: 22 mm, the emblem's usual height.
 */
const EMBLEM_SPACE = mm(22);

/** The QR code at the bottom left: 22 mm, scanned by a phone at arm's length. */
const QR_SIZE_PX = Math.round((22 / 25.4) * 96);

/**
 * Fields longer than these no longer fit the page with the bottom block, and the set must print one
 * certificate a page; the caller shortens them (or prints that certificate by hand).
 */
export const CERTIFICATE_LIMITS = { name: 80, detail: 160, achievement: 300 } as const;

const CERTIFICATE_TEXT = {
  form: 'TẶNG',
  title: 'TẶNG DANH HIỆU',
  decision: 'Số quyết định',
  goldenBook: 'Số sổ vàng',
  code: 'Mã xác thực',
} as const;

/**
 * The certificates of one decision as one .docx, one certificate a page, A4 landscape (domain reference
 * §1.6): room for the Quốc huy, the Quốc hiệu and Tiêu ngữ ruled under (a Party issuer: ĐẢNG CỘNG SẢN
 * VIỆT NAM), the decider's title in red capitals, TẶNG / TẶNG DANH HIỆU, the award in red capitals, the
 * recipient, the post or unit, the achievement; bottom left the decision's number and date and the số
 * sổ vàng (italic bold) over a QR code to the public verification page and its short code; bottom right
 * the place and date, the signer's title, room for the signature and seal, the name. A border frames
 * every page.
 */
export async function buildCertificates(doc: CertificatesDocument): Promise<Uint8Array> {
  checkCertificates(doc);
  const pages = await Promise.all(
    doc.certificates.map(async (c, i) =>
      certificatePage(doc, c, i > 0, await qrCodePng(c.verifyUrl)),
    ),
  );
  // packDocument lays out the portrait NĐ 30 page; a certificate is a page of its own kind (§1.6), so it
  // packs its own section, with the same default style (Times New Roman 14 pt, Vietnamese).
  const document = new Document({
    title: `${upper(bare(doc.award))} - ${decisionLine(doc)}`,
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
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for a landscape page: w:w 16838, w:h 11906
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: PageOrientation.LANDSCAPE,
            },
            margin: {
              top: mm(CERTIFICATE_PAGE.margin.top),
              bottom: mm(CERTIFICATE_PAGE.margin.bottom),
              left: mm(CERTIFICATE_PAGE.margin.left),
              right: mm(CERTIFICATE_PAGE.margin.right),
              header: 0,
              footer: 0,
            },
            borders: {
              pageBorders: {
                display: PageBorderDisplay.ALL_PAGES,
                offsetFrom: PageBorderOffsetFrom.PAGE,
              },
              pageBorderTop: BORDER,
              pageBorderBottom: BORDER,
              pageBorderLeft: BORDER,
              pageBorderRight: BORDER,
            },
          },
        },
        children: [...pages.flat(), new Paragraph({ children: [] })],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/**
 * A double rule 8 mm (23 pt; Word allows 0–31 pt) from the paper's edge, in the red of the title lines: a
 * plain frame, since §1.6 forbids ornaments that imitate the State's own certificates.
 */
const BORDER = {
  style: BorderStyle.DOUBLE,
  size: 12,
  color: CERTIFICATE_RED,
  space: 23,
} as const;

/** The PNG of a certificate's QR code (error correction M: a print a little scuffed still reads). */
export async function qrCodePng(url: string): Promise<Uint8Array> {
  const png = await toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  return new Uint8Array(png);
}

/** "Số quyết định: 25/QĐ-VP, ngày 10 tháng 10 năm 2025". */
function decisionLine(doc: CertificatesDocument): string {
  const symbol = documentSymbol({
    tree: doc.tree,
    kind: 'QUYET_DINH',
    issuer: doc.decision.issuerCode,
    number: doc.decision.number,
  });
  return `${CERTIFICATE_TEXT.decision}: ${symbol}, ${dayText(doc.decision.date)}`;
}

function coloured(text: string, style: RunStyle & { color?: string }): TextRun {
  return new TextRun({
    text,
    ...runProperties(style),
    ...(style.color ? { color: style.color } : {}),
  });
}

function line(
  text: string,
  style: RunStyle & { color?: string },
  spacing: { before?: number; after?: number } = {},
  inset = 0,
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    ...(inset ? { indent: { left: inset, right: inset } } : {}),
    children: [coloured(text, style)],
  });
}

/** The recipient's lines are set 25 mm in from each side, so a long achievement reads as a block. */
const TEXT_INSET = mm(25);

function certificatePage(
  doc: CertificatesDocument,
  c: Certificate,
  newPage: boolean,
  qr: Uint8Array,
): (Paragraph | Table)[] {
  const rules = formatRules(doc.tree);
  const motto = rules.motto.map((m, i) => ({
    ...m,
    size: m.size + 1,
    last: i === rules.motto.length - 1,
  }));
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      pageBreakBefore: newPage,
      // an exact line is kept at the top of a page by Word and LibreOffice alike (space before is not)
      spacing: { before: 0, after: 0, line: EMBLEM_SPACE, lineRule: 'exact' },
      children: [run('', { size: 1 })],
    }),
  ];
  for (const m of motto) {
    out.push(line(m.text, { size: m.size, bold: true }));
    if (m.last) out.push(rule(textWidth(m.text, m.size, true), CONTENT_WIDTH, pt(10)));
  }
  out.push(
    line(
      upper(bare(doc.decider)),
      { size: 16, bold: true, color: CERTIFICATE_RED },
      { before: pt(6) },
    ),
    line(
      doc.awardKind === 'TITLE' ? CERTIFICATE_TEXT.title : CERTIFICATE_TEXT.form,
      { size: 16, bold: true },
      {
        before: pt(8),
      },
    ),
    line(
      upper(bare(doc.award)),
      { size: 32, bold: true, color: CERTIFICATE_RED },
      { before: pt(4), after: pt(8) },
    ),
    line(c.name.trim(), { size: 22, bold: true }, {}, TEXT_INSET),
  );
  if (c.detail?.trim()) {
    out.push(line(c.detail.trim(), { size: 15 }, { before: pt(4) }, TEXT_INSET));
  }
  out.push(line(c.achievement.trim(), { size: 15 }, { before: pt(6), after: pt(14) }, TEXT_INSET));
  out.push(bottom(doc, c, qr));
  return out;
}

const LEFT = Math.round(CONTENT_WIDTH * 0.45);
const RIGHT = CONTENT_WIDTH - LEFT;

/**
 * The bottom block: the decision, the số sổ vàng and the QR code with its code on the left; the place,
 * date and signature on the right. One borderless row, kept on the page.
 */
function bottom(doc: CertificatesDocument, c: Certificate, qr: Uint8Array): Table {
  const note = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [run(text, { size: 12, bold: true, italic: true })],
    });
  const left = [
    note(decisionLine(doc)),
    note(`${CERTIFICATE_TEXT.goldenBook}: ${c.goldenBook?.trim() || '\u00a0'.repeat(12)}`),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: pt(6) },
      children: [
        new ImageRun({
          type: 'png',
          data: qr,
          transformation: { width: QR_SIZE_PX, height: QR_SIZE_PX },
          altText: {
            name: `QR ${c.code.trim()}`,
            description: c.verifyUrl.trim(),
            title: CERTIFICATE_TEXT.code,
          },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [run(`${CERTIFICATE_TEXT.code}: ${c.code.trim()}`, { size: 10 })],
    }),
  ];
  const right = [
    centred([run(placeAndDate(doc.place, doc.date), { italic: true })], { after: pt(3) }),
    ...signatureBlock(doc.tree, doc.signature),
  ];
  const cell = (
    width: number,
    children: Paragraph[],
    align: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable],
  ) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: align, children });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(LEFT, left, VerticalAlignTable.BOTTOM),
          cell(RIGHT, right, VerticalAlignTable.TOP),
        ],
      }),
    ],
  });
}

function checkCertificates(doc: CertificatesDocument): void {
  if (doc.certificates.length === 0)
    throw new DocumentDataError('Chưa có bằng, giấy khen nào để in.');
  if (!bare(doc.decider))
    throw new DocumentDataError('Chưa ghi chức vụ người quyết định khen thưởng.');
  if (!bare(doc.award)) throw new DocumentDataError('Chưa ghi hình thức, danh hiệu khen thưởng.');
  dayText(doc.decision.date);
  const codes = new Set<string>();
  for (const c of doc.certificates) {
    const name = c.name.trim();
    if (!name)
      throw new DocumentDataError('Có một bằng, giấy khen chưa ghi tên người được khen thưởng.');
    const long = (field: keyof typeof CERTIFICATE_LIMITS, value: string | null, label: string) => {
      if ((value?.trim().length ?? 0) > CERTIFICATE_LIMITS[field]) {
        throw new DocumentDataError(
          `${label} của ${name} dài quá ${CERTIFICATE_LIMITS[field]} ký tự, không vừa một trang bằng khen; hãy rút gọn.`,
        );
      }
    };
    long('name', c.name, 'Tên');
    long('detail', c.detail, 'Chức vụ, đơn vị');
    long('achievement', c.achievement, 'Thành tích');
    if (!c.achievement.trim())
      throw new DocumentDataError(`Bằng, giấy khen của ${name} chưa ghi thành tích.`);
    if (!/^https?:\/\/\S+$/u.test(c.verifyUrl.trim())) {
      throw new DocumentDataError(`Địa chỉ xác thực của bằng, giấy khen của ${name} không hợp lệ.`);
    }
    const code = c.code.trim();
    if (!code) throw new DocumentDataError(`Bằng, giấy khen của ${name} chưa có mã xác thực.`);
    if (codes.has(code)) throw new DocumentDataError(`Mã xác thực "${code}" bị trùng.`);
    codes.add(code);
  }
}
