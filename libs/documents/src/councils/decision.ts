import { citedDate, documentSymbol, type AwardSubject } from '@thidua/shared-domain';
import { AlignmentType, Paragraph, type Table } from 'docx';
import { renderBlocks, withEndMark, type Block, type TableColumn } from '../nd30/body';
import { closingBlock } from '../nd30/closing';
import { packDocument } from '../nd30/document';
import { formatRules } from '../nd30/format';
import { documentHeader } from '../nd30/header';
import { twoDigits, type DocumentDate } from '../nd30/identity';
import { pt } from '../nd30/layout';
import { documentTitle } from '../nd30/title';
import { DocumentDataError, centred, run, upper, type Inline } from '../nd30/text';
import {
  SUBJECT_ORDER,
  SUBJECT_WORDS,
  bare,
  countsText,
  groupedTable,
  type GroupedRow,
  type SubjectCounts,
} from '../awards/parts';
import type { AwardDecisionDocument, DecisionAwardee } from './council-documents';
import { checkCount, moneyText } from './parts';

/** The fixed wording of the quyết định khen thưởng (NĐ 30/2020 Phụ lục I; domain reference §5), in one place. */
export const DECISION_TEXT = {
  subjectLead: 'Về việc',
  basis: 'Căn cứ',
  council: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
  proposal: 'Xét đề nghị của',
  decides: 'QUYẾT ĐỊNH:',
  attached: 'có danh sách kèm theo',
  effective: 'Quyết định này có hiệu lực kể từ ngày ký.',
  carriedOut: 'có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này',
  appendixTitle: 'DANH SÁCH',
  subtotal: 'Cộng',
  total: 'Tổng cộng',
} as const;

/**
 * The quyết định khen thưởng as .docx bytes: the issuer's header (QĐ), QUYẾT ĐỊNH and "Về việc tặng …",
 * the deciding authority's line, the căn cứ in italics (each on its line ending ";", the last "."),
 * QUYẾT ĐỊNH:, Điều 1 (tặng … cho N tập thể và M cá nhân, danh sách kèm theo, what for), Điều 2 (the
 * money and where it comes from; left out when the award carries none), Điều 3 (in force, who carries
 * it out), nơi nhận and the signature (TM./KT./plain), then on a new page the danh sách: grouped by
 * subject, numbered in each group, with each amount and the totals.
 */
export async function buildAwardDecision(doc: AwardDecisionDocument): Promise<Uint8Array> {
  const tree = doc.issuer.tree;
  const { bases, articles } = awardDecisionBody(doc);
  return packDocument({
    title: trichYeu(doc.subject),
    children: [
      documentHeader({
        issuer: doc.issuer,
        kind: 'QUYET_DINH',
        number: doc.number,
        place: doc.place,
        date: doc.date,
      }),
      ...documentTitle(tree, 'QUYET_DINH', trichYeu(doc.subject)),
      centred([run(upper(bare(doc.authority)), { bold: true })], { after: pt(12) }),
      ...renderBlocks(bases, 'letters'),
      centred([run(DECISION_TEXT.decides, { bold: true })], { before: pt(6), after: pt(12) }),
      ...renderBlocks(articles, 'letters'),
      ...closingBlock(tree, doc.recipients, doc.signature),
      ...appendix(doc),
    ],
  });
}

function trichYeu(subject: string): string {
  const text = subject.trim();
  if (!text) throw new DocumentDataError('Quyết định chưa có trích yếu (Về việc …).');
  return /^về việc\b/iu.test(text) ? text : `${DECISION_TEXT.subjectLead} ${text}`;
}

/** "Giấy khen của Chánh Văn phòng"; a danh hiệu is quoted after the word: danh hiệu "Chiến sĩ thi đua cơ sở". */
function awardPhrase(doc: AwardDecisionDocument): string {
  const award = bare(doc.award);
  return doc.awardKind === 'TITLE' ? `danh hiệu "${award}"` : award;
}

function countsOf(awardees: readonly DecisionAwardee[]): SubjectCounts {
  const counts = { COLLECTIVE: 0, INDIVIDUAL: 0, HOUSEHOLD: 0 };
  for (const a of awardees) counts[a.subject] += 1;
  return counts;
}

function italic(text: string): Block {
  return { kind: 'paragraph', text: [{ text, italic: true }] };
}

function article(n: number, text: string): Block {
  const label: Inline = { text: `Điều ${n}. `, bold: true };
  return { kind: 'paragraph', text: [label, text] };
}

/**
 * The căn cứ (italic, NĐ 30 Phụ lục I: each on its own line ending ";", the last "."), and the articles,
 * the last closed with the format's end mark. Checked first.
 */
export function awardDecisionBody(doc: AwardDecisionDocument): {
  readonly bases: readonly Block[];
  readonly articles: readonly Block[];
} {
  checkDecision(doc);
  const lines: string[] = [];
  for (const basis of doc.bases) {
    const text = bare(basis).replace(/^căn cứ\s+/iu, '');
    if (text) lines.push(`${DECISION_TEXT.basis} ${text}`);
  }
  const minutes = doc.councilMinutes;
  if (minutes) {
    const date = minutes.date ? ` ngày ${citedDate(minutes.date)}` : '';
    lines.push(`${DECISION_TEXT.basis} ${DECISION_TEXT.council} ${bare(minutes.body)}${date}`);
  }
  if (doc.proposal) {
    lines.push(
      `${DECISION_TEXT.proposal} ${bare(doc.proposal.by)} tại ${bare(doc.proposal.reference)}`,
    );
  }
  const bases = lines.map((l, i) => italic(`${l}${i === lines.length - 1 ? '.' : ';'}`));

  const counts = countsOf(doc.awardees);
  const award = awardPhrase(doc);
  const articles: Block[] = [
    article(
      1,
      `Tặng ${award} cho ${countsText(counts)} (${DECISION_TEXT.attached}) ${bare(doc.achievement)}.`,
    ),
  ];
  if (doc.reward) {
    const parts = SUBJECT_ORDER.filter((s) => counts[s] > 0).map((s) => {
      const amounts = new Set(doc.awardees.filter((a) => a.subject === s).map((a) => a.amount));
      const word = SUBJECT_WORDS[s].count;
      return amounts.size === 1
        ? `${moneyText([...amounts][0] ?? 0)} đồng đối với mỗi ${word}`
        : `mức của từng ${word} theo danh sách kèm theo`;
    });
    const last = parts.pop() as string;
    const amounts = parts.length ? `${parts.join(', ')} và ${last}` : last;
    const basis = doc.reward.basis?.trim() ? ` (${bare(doc.reward.basis)})` : '';
    articles.push(
      article(
        2,
        `Kèm theo ${award} là tiền thưởng ${amounts}${basis}. Tổng số tiền thưởng là ${moneyText(total(doc.awardees))} đồng, trích từ ${bare(doc.reward.funding)}.`,
      ),
    );
  }
  const who = subjectsText(counts);
  const executors = doc.executors.map(bare).filter(Boolean);
  const carry = executors.length
    ? `${executors.join(', ')} và các ${who} ${DECISION_TEXT.carriedOut}`
    : `Các ${who} ${DECISION_TEXT.carriedOut}`;
  articles.push(article(articles.length + 1, `${DECISION_TEXT.effective} ${carry}.`));
  return { bases, articles: withEndMark(articles, formatRules(doc.issuer.tree).endMark) };
}

/** "tập thể, cá nhân": the kinds of subject the decision names, in the usual order. */
function subjectsText(counts: SubjectCounts): string {
  return SUBJECT_ORDER.filter((s) => counts[s] > 0)
    .map((s) => SUBJECT_WORDS[s].count)
    .join(', ');
}

function total(awardees: readonly DecisionAwardee[]): number {
  return awardees.reduce((sum, a) => sum + (a.amount ?? 0), 0);
}

function checkDecision(doc: AwardDecisionDocument): void {
  if (!bare(doc.authority)) throw new DocumentDataError('Quyết định chưa ghi người có thẩm quyền.');
  if (!bare(doc.award)) throw new DocumentDataError('Quyết định chưa ghi hình thức khen thưởng.');
  if (!bare(doc.achievement)) {
    throw new DocumentDataError('Quyết định chưa ghi thành tích được khen thưởng (Điều 1).');
  }
  if (doc.awardees.length === 0) {
    throw new DocumentDataError('Quyết định chưa có tập thể, cá nhân nào được khen thưởng.');
  }
  for (const a of doc.awardees) {
    const name = a.name.trim();
    if (!name) throw new DocumentDataError('Danh sách kèm theo có một dòng chưa ghi tên.');
    if (doc.reward) {
      if (a.amount === null) {
        throw new DocumentDataError(`${name} chưa có số tiền thưởng (Điều 2).`);
      }
      checkCount(a.amount, `Tiền thưởng của ${name}`);
    } else if (a.amount !== null) {
      throw new DocumentDataError(
        `${name} có số tiền thưởng nhưng quyết định không có điều khoản về tiền thưởng.`,
      );
    }
  }
  if (doc.reward && !bare(doc.reward.funding)) {
    throw new DocumentDataError('Quyết định chưa ghi nguồn kinh phí chi tiền thưởng (Điều 2).');
  }
}

const BLANK = '\u00a0'.repeat(6);

/** "(Kèm theo Quyết định số 25/QĐ-VP ngày 10/10/2025 của Chánh Văn phòng …)", blanks on a draft. */
function attachedTo(doc: AwardDecisionDocument): string {
  const { tree, code } = doc.issuer;
  const symbol =
    doc.number === null
      ? documentSymbol({ tree, kind: 'QUYET_DINH', issuer: code, number: 1 }).replace(/^01/, BLANK)
      : documentSymbol({ tree, kind: 'QUYET_DINH', issuer: code, number: doc.number });
  return `(Kèm theo Quyết định số ${symbol} ${dateText(doc.date)} của ${bare(doc.authority)})`;
}

function dateText(date: DocumentDate): string {
  if (typeof date === 'string') return `ngày ${citedDate(date)}`;
  const month = date.month === undefined ? BLANK : twoDigits(date.month);
  return `ngày ${BLANK} tháng ${month} năm ${date.year}`;
}

const ROMAN = ['I', 'II', 'III'];

function bold(text: string): readonly Inline[] {
  return [{ text, bold: true }];
}

/**
 * The danh sách kèm theo on a page of its own: DANH SÁCH / ĐƯỢC TẶNG …, what it is attached to, one
 * table grouped by subject (I. TẬP THỂ, II. CÁ NHÂN, numbered from 1 in each), each amount, a sum per
 * group when there are several, and the total the finance office pays.
 */
function appendix(doc: AwardDecisionDocument): (Paragraph | Table)[] {
  const counts = countsOf(doc.awardees);
  const subjects = SUBJECT_ORDER.filter((s) => counts[s] > 0);
  const money = doc.reward !== null;
  const columns: TableColumn[] = [
    { header: 'STT', weight: 8, align: 'center' },
    {
      header:
        subjects.length === 1 && subjects[0] === 'COLLECTIVE'
          ? 'Tên tập thể'
          : subjects.some((s) => s !== 'INDIVIDUAL')
            ? 'Họ và tên / Tên tập thể'
            : 'Họ và tên',
      weight: money ? 32 : 40,
    },
    {
      header: counts.HOUSEHOLD ? 'Chức vụ, đơn vị / địa chỉ' : 'Chức vụ, đơn vị',
      weight: money ? 40 : 52,
    },
    ...(money ? [{ header: 'Số tiền (đồng)', weight: 20, align: 'right' as const }] : []),
  ];
  const rows: GroupedRow[] = [];
  subjects.forEach((subject: AwardSubject, g) => {
    const group = doc.awardees.filter((a) => a.subject === subject);
    rows.push({
      label: ROMAN[g] ?? String(g + 1),
      heading: `${upper(SUBJECT_WORDS[subject].group)} (${twoDigits(group.length)})`,
    });
    group.forEach((a, k) =>
      rows.push({
        cells: [
          String(k + 1),
          a.name.trim(),
          a.detail?.trim() ?? '',
          ...(money ? [moneyText(a.amount ?? 0)] : []),
        ],
      }),
    );
    if (money && subjects.length > 1) {
      rows.push({ cells: ['', bold(DECISION_TEXT.subtotal), '', bold(moneyText(total(group)))] });
    }
  });
  if (money) {
    rows.push({ cells: ['', bold(DECISION_TEXT.total), '', bold(moneyText(total(doc.awardees)))] });
  }
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      children: [run(DECISION_TEXT.appendixTitle, { bold: true })],
    }),
    centred([run(`ĐƯỢC TẶNG ${upper(awardPhrase(doc))}`, { bold: true })]),
    centred([run(attachedTo(doc), { italic: true })], { after: pt(12) }),
    groupedTable(columns, rows),
  ];
}
