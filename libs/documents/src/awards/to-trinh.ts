import { documentSymbol, isoToVn, type AwardSubject } from '@thidua/shared-domain';
import { AlignmentType, Paragraph, Tab, TabStopType, TextRun, type Table } from 'docx';
import { list, renderBlocks, type Block, type TableColumn } from '../nd30/body';
import { closingBlock } from '../nd30/closing';
import { packDocument } from '../nd30/document';
import { formatRules } from '../nd30/format';
import { documentHeader } from '../nd30/header';
import { twoDigits, type DocumentDate } from '../nd30/identity';
import { mm, pt } from '../nd30/layout';
import { documentTitle } from '../nd30/title';
import { DocumentDataError, run, runProperties, textWidth } from '../nd30/text';
import type { ToTrinhDocument, ToTrinhNominee } from './award-documents';
import {
  SUBJECT_ORDER,
  SUBJECT_WORDS,
  bare,
  countsText,
  formLine,
  groupedTable,
  type GroupedRow,
  type SubjectCounts,
} from './parts';

/** The fixed wording of the tờ trình (Mẫu số 01; domain reference §1.4), in one place. */
const TO_TRINH_TEXT = {
  subjectLead: 'Về việc',
  addressedTo: 'Kính gửi:',
  basis: 'Căn cứ',
  council: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
  appendixTitle: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
  attached: 'có danh sách kèm theo',
} as const;

/**
 * The tờ trình đề nghị khen thưởng as .docx bytes: NĐ 30 header (TTr), the form number, TỜ TRÌNH and
 * "Về việc …", Kính gửi, the căn cứ, the proposal with its counts per award, nơi nhận and the
 * signature, then on a page of its own the danh sách kèm theo as a table grouped by award.
 */
export async function buildToTrinh(doc: ToTrinhDocument): Promise<Uint8Array> {
  const tree = doc.issuer.tree;
  const body = toTrinhBody(doc);
  return packDocument({
    title: trichYeu(doc.subject),
    children: [
      ...formLine(doc.form),
      documentHeader({
        issuer: doc.issuer,
        kind: 'TO_TRINH',
        number: doc.number,
        place: doc.place,
        date: doc.date,
      }),
      ...documentTitle(tree, 'TO_TRINH', trichYeu(doc.subject)),
      ...addressees(doc.addressees),
      ...renderBlocks(body, 'letters'),
      ...closingBlock(tree, doc.recipients, doc.signature),
      ...appendix(doc),
    ],
  });
}

/** "Về việc đề nghị …", whether or not the officer typed "Về việc" already. */
function trichYeu(subject: string): string {
  const text = subject.trim();
  if (!text) throw new DocumentDataError('Tờ trình chưa có trích yếu (Về việc …).');
  return /^về việc\b/iu.test(text) ? text : `${TO_TRINH_TEXT.subjectLead} ${text}`;
}

/**
 * The body between Kính gửi and the signature, as blocks (tests read it without a .docx): the căn cứ,
 * the summary, the proposal sentence, one line per award, and "Kính trình … xem xét, quyết định./.".
 * Checks the data first: a tờ trình whose counts disagree with its list is not printed.
 */
export function toTrinhBody(doc: ToTrinhDocument): readonly Block[] {
  const totals = checkToTrinh(doc);
  const blocks: Block[] = [];
  for (const basis of doc.bases) {
    const text = bare(basis).replace(/^căn cứ\s+/iu, '');
    if (text) blocks.push(`${TO_TRINH_TEXT.basis} ${text};`);
  }
  const minutes = doc.councilMinutes;
  if (minutes) {
    const date = minutes.date ? ` ngày ${isoToVn(minutes.date)}` : '';
    blocks.push(`${TO_TRINH_TEXT.basis} ${TO_TRINH_TEXT.council} ${bare(minutes.body)}${date};`);
  }
  if (doc.summary?.length) blocks.push(...doc.summary);
  const authority = bare(doc.authority);
  blocks.push(
    `${proposer(doc)} kính đề nghị ${authority} xem xét, khen thưởng cho ${countsText(totals)} (${TO_TRINH_TEXT.attached}), cụ thể:`,
  );
  blocks.push(
    list(
      doc.awards.map((a, i) => {
        const end = i === doc.awards.length - 1 ? '.' : ';';
        return `${bare(a.award)}: ${countsText(countsOf(a))}${end}`;
      }),
    ),
  );
  blocks.push(`Kính trình ${authority} xem xét, quyết định${formatRules(doc.issuer.tree).endMark}`);
  return blocks;
}

function proposer(doc: ToTrinhDocument): string {
  const name = doc.proposer?.trim() || doc.issuer.body.replace(/\s*\n\s*/g, ' ').trim();
  return bare(name);
}

function countsOf(a: {
  collectives: number;
  individuals: number;
  households: number;
}): SubjectCounts {
  return { COLLECTIVE: a.collectives, INDIVIDUAL: a.individuals, HOUSEHOLD: a.households };
}

/**
 * The tờ trình must say what its list says: every nominee under an award the proposal names, and each
 * award's counts those of its nominees. Returns the totals of the proposal sentence.
 */
function checkToTrinh(doc: ToTrinhDocument): SubjectCounts {
  if (!doc.authority.trim()) {
    throw new DocumentDataError('Tờ trình chưa nêu cấp có thẩm quyền khen thưởng.');
  }
  if (doc.addressees.every((a) => !bare(a))) {
    throw new DocumentDataError('Tờ trình chưa có nơi kính gửi.');
  }
  if (doc.nominees.length === 0) {
    throw new DocumentDataError(
      'Tờ trình chưa có tập thể, cá nhân nào được đề nghị khen thưởng (danh sách kèm theo trống).',
    );
  }
  if (doc.awards.length === 0) {
    throw new DocumentDataError('Tờ trình chưa nêu hình thức khen thưởng đề nghị.');
  }
  const seen = new Set<string>();
  const totals = { COLLECTIVE: 0, INDIVIDUAL: 0, HOUSEHOLD: 0 };
  for (const award of doc.awards) {
    const name = bare(award.award);
    if (!name) throw new DocumentDataError('Một dòng đề nghị chưa ghi hình thức khen thưởng.');
    if (seen.has(name)) {
      throw new DocumentDataError(`Hình thức "${name}" được ghi hai lần trong tờ trình.`);
    }
    seen.add(name);
    const counts = countsOf(award);
    for (const subject of SUBJECT_ORDER) {
      const n = counts[subject];
      if (!Number.isInteger(n) || n < 0) {
        throw new DocumentDataError(
          `Số ${SUBJECT_WORDS[subject].count} đề nghị "${name}" phải là số nguyên không âm (đang là ${n}).`,
        );
      }
      totals[subject] += n;
    }
    if (SUBJECT_ORDER.every((s) => counts[s] === 0)) {
      throw new DocumentDataError(`Hình thức "${name}" chưa có tập thể, cá nhân nào được đề nghị.`);
    }
    const listed = nomineesOf(doc.nominees, name);
    const inList = { COLLECTIVE: 0, INDIVIDUAL: 0, HOUSEHOLD: 0 };
    for (const n of listed) inList[n.subject] += 1;
    if (SUBJECT_ORDER.some((s) => inList[s] !== counts[s])) {
      throw new DocumentDataError(
        `Số lượng đề nghị "${name}" (${countsText(counts)}) không khớp với danh sách kèm theo (${
          listed.length ? countsText(inList) : 'không có ai'
        }).`,
      );
    }
  }
  for (const nominee of doc.nominees) {
    if (!nominee.name.trim()) {
      throw new DocumentDataError(
        'Danh sách kèm theo có một dòng chưa ghi họ tên hoặc tên tập thể.',
      );
    }
    if (!seen.has(bare(nominee.award))) {
      throw new DocumentDataError(
        `${nominee.name.trim()} được đề nghị "${bare(nominee.award)}", hình thức này chưa có trong nội dung tờ trình.`,
      );
    }
  }
  return totals;
}

function nomineesOf(nominees: readonly ToTrinhNominee[], award: string): ToTrinhNominee[] {
  return nominees.filter((n) => bare(n.award) === award);
}

/** Where the addressees start: 3 cm in, so that "Kính gửi:" stands near the middle as in the samples. */
const ADDRESS_INDENT = mm(30);

/**
 * "Kính gửi: Chủ tịch UBND tỉnh." centred when there is one; with several, "Kính gửi:" then each
 * addressee on its own line ("- …;", the last "- ….") aligned under the first, as the tờ trình of
 * §1.4 set them.
 */
function addressees(names: readonly string[]): Paragraph[] {
  const lines = names.map(bare).filter(Boolean);
  const spacing = { before: pt(6), after: pt(6) };
  if (lines.length === 1) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing,
        children: [run(`${TO_TRINH_TEXT.addressedTo} ${lines[0]}.`)],
      }),
    ];
  }
  const label = `${TO_TRINH_TEXT.addressedTo} `;
  const at = ADDRESS_INDENT + textWidth(label, 14, false) + mm(2);
  return lines.map(
    (name, i) =>
      new Paragraph({
        indent: { left: at, hanging: at - ADDRESS_INDENT },
        tabStops: [{ type: TabStopType.LEFT, position: at }],
        spacing: {
          before: i === 0 ? spacing.before : 0,
          after: i === lines.length - 1 ? spacing.after : 0,
        },
        children: [
          ...(i === 0 ? [run(label)] : []),
          new TextRun({ children: [new Tab()], ...runProperties({}) }),
          run(`- ${name}${i === lines.length - 1 ? '.' : ';'}`),
        ],
      }),
  );
}

const BLANK = '\u00a0'.repeat(6);

/** "(Kèm theo Tờ trình số 12/TTr-VP ngày 08/10/2025 của Văn phòng UBND tỉnh)", blanks on a draft. */
function attachedTo(doc: ToTrinhDocument): string {
  const { tree, code } = doc.issuer;
  const symbol =
    doc.number === null
      ? documentSymbol({ tree, kind: 'TO_TRINH', issuer: code, number: 1 }).replace(/^01/, BLANK)
      : documentSymbol({ tree, kind: 'TO_TRINH', issuer: code, number: doc.number });
  return `(Kèm theo Tờ trình số ${symbol} ${dateText(doc.date)} của ${proposer(doc)})`;
}

function dateText(date: DocumentDate): string {
  if (typeof date === 'string') return `ngày ${isoToVn(date)}`;
  const month = date.month === undefined ? BLANK : twoDigits(date.month);
  return `ngày ${BLANK} tháng ${month} năm ${date.year}`;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * The danh sách kèm theo, on a new page after the signature: a title, what it is attached to, and one
 * table grouped by award (I, II, …) and within an award by subject, numbered from 1 in each group.
 */
function appendix(doc: ToTrinhDocument): (Paragraph | Table)[] {
  const subjects = new Set(doc.nominees.map((n) => n.subject));
  const nameHeader =
    subjects.size === 1 && subjects.has('COLLECTIVE')
      ? 'Tên tập thể'
      : subjects.has('COLLECTIVE') || subjects.has('HOUSEHOLD')
        ? 'Họ và tên / Tên tập thể'
        : 'Họ và tên';
  const detailHeader = subjects.has('HOUSEHOLD')
    ? 'Chức vụ, đơn vị / địa chỉ'
    : subjects.has('INDIVIDUAL')
      ? 'Chức vụ, đơn vị công tác'
      : 'Đơn vị';
  const columns: TableColumn[] = [
    { header: 'STT', weight: 8, align: 'center' },
    { header: nameHeader, weight: 27 },
    { header: detailHeader, weight: 28 },
    { header: 'Thành tích tóm tắt', weight: 37 },
  ];
  const rows: GroupedRow[] = [];
  doc.awards.forEach((award, i) => {
    const name = bare(award.award);
    rows.push({ label: ROMAN[i] ?? String(i + 1), heading: name.toLocaleUpperCase('vi-VN') });
    const listed = nomineesOf(doc.nominees, name);
    for (const subject of SUBJECT_ORDER) {
      const group = listed.filter((n) => n.subject === subject);
      if (group.length === 0) continue;
      rows.push({ label: '', heading: groupHeading(subject, group.length), italic: true });
      group.forEach((n, k) =>
        rows.push({
          cells: [
            String(k + 1),
            n.name.trim(),
            n.detail?.trim() ?? '',
            n.achievement?.trim() ?? '',
          ],
        }),
      );
    }
  });
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      children: [run(TO_TRINH_TEXT.appendixTitle, { bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: pt(12) },
      children: [run(attachedTo(doc), { italic: true })],
    }),
    groupedTable(columns, rows),
  ];
}

function groupHeading(subject: AwardSubject, n: number): string {
  return `${SUBJECT_WORDS[subject].group} (${twoDigits(n)})`;
}
