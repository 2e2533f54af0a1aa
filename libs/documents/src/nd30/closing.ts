import type { UnitTree } from '@thidua/shared-domain';
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { formatRules, type SigningMode } from './format';
import { BODY_SIZE, TEXT_WIDTH, pt } from './layout';
import { DocumentDataError, centred, run, upper } from './text';

/** Nơi nhận (Phụ lục I ô 9a; HD 36 ô 9): who receives the document, and where its file copy stays. */
export interface Recipients {
  /** Recipients, in groups when the issuer sorts them ("Gửi bản điện tử:"); one group without a heading otherwise. */
  readonly groups: readonly { readonly heading?: string; readonly names: readonly string[] }[];
  /** The file copy: "VT, HCQT" gives "- Lưu: VT, HCQT." (NĐ 30), "Văn phòng Tỉnh ủy" gives "- Lưu Văn phòng Tỉnh ủy." (HD 36). */
  readonly archive: string;
}

/**
 * Quyền hạn, chức vụ, họ tên của người ký (Phụ lục I ô 7a–7c). `on` holds the lines above the title, from
 * the outermost: [{ mode: 'TM', of: 'Ủy ban nhân dân' }, { mode: 'KT', of: 'Chủ tịch' }] over "PHÓ CHỦ TỊCH".
 */
export interface Signature {
  readonly on?: readonly { readonly mode: SigningMode; readonly of: string }[];
  /** "Chánh Văn phòng", "Phó Bí thư Thường trực"; a "Q." (quyền) is part of the title. */
  readonly title: string;
  readonly name: string;
}

/**
 * The signature block leaves four 14 pt lines between the title and the name, for the signature and the
 * seal over it (or the ký số image of an electronic document).
 */
const SIGNATURE_SPACE = pt(4 * BODY_SIZE * 1.15);

/** Nơi nhận takes the left 45 % and the signature the right 55 %, side by side as in Phụ lục I. */
const LEFT = Math.round(TEXT_WIDTH * 0.45);
const RIGHT = TEXT_WIDTH - LEFT;

export function recipientsBlock(tree: UnitTree, recipients: Recipients): Paragraph[] {
  const rules = formatRules(tree);
  const label = rules.recipientsLabel;
  const line = (text: string, italic = false) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [run(text, { size: rules.recipientSize, italic })],
    });
  const out = [
    new Paragraph({
      children: [
        run('Nơi nhận:', {
          size: label.size,
          bold: label.bold,
          italic: label.italic,
          underline: label.underline,
        }),
      ],
    }),
  ];
  for (const group of recipients.groups) {
    if (group.heading) out.push(line(group.heading));
    for (const name of group.names) out.push(line(`- ${bare(name)}${rules.recipientEnd}`));
  }
  out.push(line(`- ${rules.archiveLine(bare(recipients.archive))}`));
  return out;
}

/** Names may come with their own closing punctuation; the format decides it. */
function bare(text: string): string {
  return text.trim().replace(/[;,.]+$/u, '');
}

export function signatureBlock(tree: UnitTree, signature: Signature): Paragraph[] {
  const rules = formatRules(tree);
  const lines = (signature.on ?? []).map(({ mode, of }) => {
    const prefix = rules.authority[mode];
    if (!prefix) {
      throw new DocumentDataError(
        `Văn bản của Đảng không ký theo hình thức "${mode}" (chỉ dùng T/M, K/T, T/L).`,
      );
    }
    return `${prefix} ${upper(of)}`;
  });
  return [
    ...lines.map((text) => centred([run(text, { bold: true })])),
    centred([run(upper(signature.title), { bold: true })]),
    centred([run(signature.name, { bold: true })], { before: SIGNATURE_SPACE }),
  ];
}

/**
 * Nơi nhận and the signature side by side, in a borderless table (Phụ lục I ô 7 and 9a), 12 pt below
 * the last words of the body.
 */
export function closingBlock(
  tree: UnitTree,
  recipients: Recipients,
  signature: Signature,
): (Paragraph | Table)[] {
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      children,
    });
  return [
    new Paragraph({ spacing: { after: pt(6) } }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [LEFT, RIGHT],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            cell(LEFT, recipientsBlock(tree, recipients)),
            cell(RIGHT, signatureBlock(tree, signature)),
          ],
        }),
      ],
    }),
  ];
}
