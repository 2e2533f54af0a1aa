import { list, renderBlocks, section, withEndMark, type Block } from '../nd30/body';
import { packDocument } from '../nd30/document';
import { formatRules } from '../nd30/format';
import { documentHeader } from '../nd30/header';
import { DocumentDataError, type RichText } from '../nd30/text';
import { bare } from '../awards/parts';
import type { TallyMinutesDocument } from './council-documents';
import {
  checkCount,
  comrade,
  countText,
  dayText,
  shareText,
  signerColumns,
  timeText,
  titleWithCaption,
  vvSummary,
} from './parts';

/** The fixed wording of the biên bản kiểm phiếu (practice forms, domain reference §1.5 [M]). */
export const TALLY_TEXT = {
  caption: 'Kiểm phiếu',
  ballots: 'Số phiếu',
  results: 'Kết quả kiểm phiếu',
  hash: 'Mã kiểm chứng kết quả bỏ phiếu:',
  head: 'Trưởng ban',
  member: 'Ủy viên',
  headSign: 'TRƯỞNG BAN KIỂM PHIẾU',
  memberSign: 'ỦY VIÊN',
  membersSign: 'CÁC ỦY VIÊN',
} as const;

export const TALLY_COLUMNS = [
  { header: 'STT', weight: 8, align: 'center' },
  { header: 'Tên cá nhân/tập thể', weight: 28 },
  { header: 'Danh hiệu, hình thức', weight: 22 },
  { header: 'Đồng ý', weight: 11, align: 'center' },
  { header: 'Không đồng ý', weight: 13, align: 'center' },
  { header: 'Tỷ lệ đồng ý (trên tổng số thành viên)', weight: 18, align: 'center' },
] as const;

/**
 * The biên bản kiểm phiếu as .docx bytes: the council's header (BB), BIÊN BẢN / KIỂM PHIẾU / V/v …, the
 * ban kiểm phiếu, I. the ballots (phát ra, thu về, hợp lệ, không hợp lệ, and the written opinions of
 * absent members), II. each candidate's đồng ý / không đồng ý and share of the whole membership, the
 * close hash, the closing hour, and the signatures of the ban kiểm phiếu.
 */
export async function buildTallyMinutes(doc: TallyMinutesDocument): Promise<Uint8Array> {
  const body = tallyMinutesBody(doc);
  const summary = vvSummary(doc.subject, 'Biên bản kiểm phiếu');
  const members = doc.board.members.map((m) => m.name);
  return packDocument({
    title: `Biên bản kiểm phiếu ${summary}`,
    children: [
      documentHeader({
        issuer: doc.issuer,
        kind: 'BIEN_BAN',
        number: doc.number,
        place: doc.place,
        date: doc.date,
      }),
      ...titleWithCaption(doc.issuer.tree, 'BIEN_BAN', TALLY_TEXT.caption, summary),
      ...renderBlocks(body, 'letters'),
      ...signerColumns([
        ...(members.length
          ? [
              {
                caption: members.length > 1 ? TALLY_TEXT.membersSign : TALLY_TEXT.memberSign,
                names: members,
              },
            ]
          : []),
        { caption: TALLY_TEXT.headSign, names: [doc.board.head.name] },
      ]),
    ],
  });
}

/** The subject without the "V/v" or "Về việc" the officer may have typed. */
function subjectOf(doc: TallyMinutesDocument): string {
  return vvSummary(doc.subject, 'Biên bản kiểm phiếu').slice('V/v '.length);
}

/** The body from the opening sentence to the closing hour, checked first, as blocks. */
export function tallyMinutesBody(doc: TallyMinutesDocument): readonly Block[] {
  checkTally(doc);
  const { ballots } = doc;
  const board = [
    { who: doc.board.head, role: TALLY_TEXT.head },
    ...doc.board.members.map((who) => ({ who, role: TALLY_TEXT.member })),
  ];
  const figures: RichText[] = [
    `Tổng số thành viên Hội đồng: ${countText(doc.totalMembers)}`,
    `Số thành viên có mặt: ${countText(doc.present)}`,
    `Số phiếu phát ra: ${countText(ballots.issued)}`,
    `Số phiếu thu về: ${countText(ballots.collected)}`,
    `Số phiếu hợp lệ: ${countText(ballots.valid)}`,
    `Số phiếu không hợp lệ: ${countText(ballots.invalid)}`,
    ...(doc.writtenOpinions
      ? [`Số ý kiến bằng văn bản của thành viên vắng mặt: ${countText(doc.writtenOpinions)}`]
      : []),
  ].map((t, i, all) => `${t as string}${i === all.length - 1 ? '.' : ';'}`);

  const results: Block[] = [
    `Tỷ lệ phiếu đồng ý tính trên tổng số ${countText(doc.totalMembers)} thành viên Hội đồng${
      doc.writtenOpinions
        ? ', ý kiến bằng văn bản của thành viên vắng mặt được tính vào kết quả'
        : ''
    }:`,
    {
      kind: 'table',
      columns: TALLY_COLUMNS,
      rows: doc.results.map((r, i) => [
        String(i + 1),
        r.detail?.trim() ? `${r.name.trim()}, ${r.detail.trim()}` : r.name.trim(),
        bare(r.award),
        String(r.agree),
        String(r.disagree),
        shareText(r.agree, doc.totalMembers),
      ]),
    },
  ];
  if (doc.closeHash?.trim()) {
    results.push({
      kind: 'paragraph',
      text: [{ text: TALLY_TEXT.hash, bold: true }, ` ${doc.closeHash.trim()}`],
    });
  }

  const blocks: Block[] = [
    `Vào hồi ${timeText(doc.startTime)}, ${dayText(doc.date)}, tại ${bare(doc.venue)}, Ban kiểm phiếu của ${bare(doc.council)} gồm:`,
    // a bullet list: numbered items at the top level would take the Roman numerals of the sections
    list(board.map((b, i) => `${comrade(b.who)}, ${b.role}${i === board.length - 1 ? '' : ';'}`)),
    `đã tiến hành kiểm phiếu bỏ phiếu kín về việc ${subjectOf(doc)}. Kết quả như sau:`,
    section(TALLY_TEXT.ballots, [list(figures)]),
    section(TALLY_TEXT.results, results),
    `Biên bản kiểm phiếu lập xong hồi ${timeText(doc.endTime)} cùng ngày và được công bố trước Hội đồng.`,
  ];
  return withEndMark(blocks, formatRules(doc.issuer.tree).endMark);
}

/**
 * The invariants of a paper count (issue 12, "Paper"): thu về ≤ phát ra ≤ có mặt ≤ tổng số; hợp lệ +
 * không hợp lệ = thu về; per candidate đồng ý + không đồng ý ≤ hợp lệ (+ the written opinions counted).
 */
function checkTally(doc: TallyMinutesDocument): void {
  const { ballots } = doc;
  if (!doc.board.head.name.trim())
    throw new DocumentDataError('Ban kiểm phiếu chưa có Trưởng ban.');
  checkCount(doc.totalMembers, 'Tổng số thành viên Hội đồng');
  checkCount(doc.present, 'Số thành viên có mặt');
  checkCount(ballots.issued, 'Số phiếu phát ra');
  checkCount(ballots.collected, 'Số phiếu thu về');
  checkCount(ballots.valid, 'Số phiếu hợp lệ');
  checkCount(ballots.invalid, 'Số phiếu không hợp lệ');
  checkCount(doc.writtenOpinions, 'Số ý kiến bằng văn bản');
  const wrong = (message: string) => {
    throw new DocumentDataError(`Số liệu kiểm phiếu không khớp: ${message}.`);
  };
  if (doc.present > doc.totalMembers) wrong('số thành viên có mặt nhiều hơn tổng số thành viên');
  if (ballots.issued > doc.present) wrong('số phiếu phát ra nhiều hơn số thành viên có mặt');
  if (ballots.collected > ballots.issued) wrong('số phiếu thu về nhiều hơn số phiếu phát ra');
  if (ballots.valid + ballots.invalid !== ballots.collected) {
    wrong('số phiếu hợp lệ cộng không hợp lệ khác số phiếu thu về');
  }
  if (doc.writtenOpinions > doc.totalMembers - doc.present) {
    wrong('số ý kiến bằng văn bản nhiều hơn số thành viên vắng mặt');
  }
  if (doc.results.length === 0) throw new DocumentDataError('Biên bản kiểm phiếu chưa có kết quả.');
  const counted = ballots.valid + doc.writtenOpinions;
  for (const r of doc.results) {
    checkCount(r.agree, `Số phiếu đồng ý của ${r.name.trim()}`);
    checkCount(r.disagree, `Số phiếu không đồng ý của ${r.name.trim()}`);
    if (r.agree + r.disagree > counted) {
      wrong(
        `${r.name.trim()} có ${r.agree + r.disagree} phiếu đồng ý và không đồng ý, nhiều hơn ${counted} phiếu được tính`,
      );
    }
  }
}
