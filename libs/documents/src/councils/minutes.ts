import { item, list, renderBlocks, section, withEndMark, type Block } from '../nd30/body';
import { packDocument } from '../nd30/document';
import { formatRules } from '../nd30/format';
import { documentHeader } from '../nd30/header';
import { DocumentDataError, type RichText } from '../nd30/text';
import { bare, signaturePair } from '../awards/parts';
import type {
  CandidateResult,
  CouncilMember,
  CouncilMinutesDocument,
  VoteOutcome,
  VotingMethod,
} from './council-documents';
import {
  COUNCIL_ROLES,
  checkCount,
  comrade,
  countText,
  dayText,
  shareText,
  timeText,
  titleWithCaption,
  vvSummary,
} from './parts';

/** The fixed wording of the biên bản họp Hội đồng (Mẫu số 3 of TT 14/2015/TT-BTP; §1.5), in one place. */
export const MINUTES_TEXT = {
  caption: 'Họp Hội đồng Thi đua - Khen thưởng',
  time: 'Thời gian:',
  venue: 'Địa điểm:',
  chair: 'Chủ trì:',
  secretary: 'Thư ký:',
  attendance: 'Thành phần tham dự',
  present: 'Thành viên Hội đồng có mặt:',
  absent: 'Thành viên Hội đồng vắng mặt:',
  guests: 'Khách mời (tham dự, phát biểu ý kiến, không biểu quyết):',
  content: 'Nội dung cuộc họp',
  result: {
    SHOW_OF_HANDS: 'Kết quả biểu quyết',
    PAPER_BALLOT: 'Kết quả bỏ phiếu',
    ELECTRONIC_BALLOT: 'Kết quả bỏ phiếu',
  } satisfies Record<VotingMethod, string>,
  method: {
    SHOW_OF_HANDS: 'Hội đồng biểu quyết công khai (giơ tay) từng trường hợp',
    PAPER_BALLOT:
      'Hội đồng bỏ phiếu kín bằng phiếu giấy; Ban kiểm phiếu kiểm phiếu và lập biên bản kiểm phiếu kèm theo',
    ELECTRONIC_BALLOT:
      'Hội đồng bỏ phiếu kín bằng phiếu điện tử trên Hệ thống quản lý thi đua, khen thưởng; phiếu không gắn với thành viên đã bỏ phiếu',
  } satisfies Record<VotingMethod, string>,
  outcome: {
    PASSED: 'Đạt',
    FAILED: 'Không đạt',
    OVER_QUOTA: 'Đạt tỷ lệ, ngoài số lượng',
  } satisfies Record<VoteOutcome, string>,
  hash: 'Mã kiểm chứng kết quả bỏ phiếu:',
  conclusion: 'Kết luận',
  secretarySign: 'THƯ KÝ',
  chairSign: 'CHỦ TỊCH HỘI ĐỒNG',
  presidingSign: 'CHỦ TRÌ CUỘC HỌP\nPHÓ CHỦ TỊCH HỘI ĐỒNG',
  signInstruction: '(Ký, ghi rõ họ tên)',
} as const;

/** The result table's columns (§1.5: the share on the whole membership, as the law counts it). */
export const MINUTES_COLUMNS = [
  { header: 'STT', weight: 8, align: 'center' },
  { header: 'Tên cá nhân/tập thể', weight: 28 },
  { header: 'Danh hiệu, hình thức', weight: 22 },
  { header: 'Số phiếu đồng ý', weight: 12, align: 'center' },
  { header: 'Tỷ lệ % (trên tổng số thành viên)', weight: 15, align: 'center' },
  { header: 'Kết quả', weight: 15, align: 'center' },
] as const;

/**
 * The biên bản họp Hội đồng Thi đua - Khen thưởng as .docx bytes: the council's header (BB), BIÊN BẢN /
 * HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG / V/v …, time, place, chair and secretary, I. who attended (the
 * members present by role, each absent member with the written opinion the law has recorded, the guests
 * who do not vote), II. the meeting (the công khai result and complaints, the discussion), III. the vote
 * (how, the table of each candidate's agreeing votes and share of the whole membership, the over-quota
 * ranking, the close hash of electronic ballots), IV. the conclusion, the closing hour, and the
 * signatures of the secretary (left) and the chair (right).
 */
export async function buildCouncilMinutes(doc: CouncilMinutesDocument): Promise<Uint8Array> {
  const body = councilMinutesBody(doc);
  const summary = vvSummary(doc.subject, 'Biên bản họp Hội đồng');
  return packDocument({
    title: `Biên bản ${MINUTES_TEXT.caption.toLocaleLowerCase('vi-VN')} ${summary}`,
    children: [
      documentHeader({
        issuer: doc.issuer,
        kind: 'BIEN_BAN',
        number: doc.number,
        place: doc.place,
        date: doc.date,
      }),
      ...titleWithCaption(doc.issuer.tree, 'BIEN_BAN', MINUTES_TEXT.caption, summary),
      ...renderBlocks(body, 'letters'),
      ...signaturePair(
        {
          caption: MINUTES_TEXT.secretarySign,
          instruction: MINUTES_TEXT.signInstruction,
          name: doc.secretary.name,
        },
        {
          caption:
            chairOf(doc)?.role === 'VICE_CHAIR'
              ? MINUTES_TEXT.presidingSign
              : MINUTES_TEXT.chairSign,
          instruction: MINUTES_TEXT.signInstruction,
          name: doc.chair.name,
        },
      ),
    ],
  });
}

/** The member who chaired, when the chair is one (it must be, checked in the body). */
function chairOf(doc: CouncilMinutesDocument): CouncilMember | undefined {
  return doc.members.find((m) => m.name.trim() === doc.chair.name.trim());
}

function labelled(label: string, text: string): RichText {
  return [{ text: label, bold: true }, ` ${text}`];
}

/**
 * The body from the time line to the closing hour, as blocks (tests read it without a .docx), checked
 * first: minutes whose figures cannot be true are not printed.
 */
export function councilMinutesBody(doc: CouncilMinutesDocument): readonly Block[] {
  checkMinutes(doc);
  const total = doc.members.length;
  const present = doc.members.filter((m) => !m.absence);
  const absent = doc.members.filter((m) => m.absence);
  const withRole = (m: CouncilMember) => `${comrade(m)}, ${COUNCIL_ROLES[m.role]}`;
  const chair = chairOf(doc) as CouncilMember;
  const secretary = doc.members.find((m) => m.name.trim() === doc.secretary.name.trim());

  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: labelled(
        MINUTES_TEXT.time,
        `bắt đầu hồi ${timeText(doc.startTime)}, ${dayText(doc.date)}.`,
      ),
    },
    { kind: 'paragraph', text: labelled(MINUTES_TEXT.venue, `${bare(doc.venue)}.`) },
    { kind: 'paragraph', text: labelled(MINUTES_TEXT.chair, `${withRole(chair)}.`) },
    {
      kind: 'paragraph',
      text: labelled(
        MINUTES_TEXT.secretary,
        `${secretary ? withRole(secretary) : comrade(doc.secretary)}.`,
      ),
    },
  ];

  const attendance: Block[] = [
    absent.length
      ? `${bare(doc.council)} có ${countText(total)} thành viên; có mặt ${countText(present.length)} thành viên, vắng mặt ${countText(absent.length)} thành viên.`
      : `${bare(doc.council)} có ${countText(total)} thành viên; có mặt đủ ${countText(total)} thành viên.`,
    MINUTES_TEXT.present,
    ...present.map((m, i) => item(`${withRole(m)}${i === present.length - 1 ? '.' : ';'}`)),
  ];
  if (absent.length) {
    attendance.push(
      MINUTES_TEXT.absent,
      list(
        absent.map((m, i) => `${absence(m, withRole(m))}${i === absent.length - 1 ? '.' : ';'}`),
      ),
    );
  }
  if (doc.guests.length) {
    attendance.push(
      MINUTES_TEXT.guests,
      list(doc.guests.map((g, i) => `${comrade(g)}${i === doc.guests.length - 1 ? '.' : ';'}`)),
    );
  }
  blocks.push(section(MINUTES_TEXT.attendance, attendance));

  const meeting: Block[] = [];
  const notice = doc.publicNotice;
  if (notice) {
    const comments =
      notice.comments === 0
        ? 'không nhận được ý kiến, phản ánh nào.'
        : `nhận được ${countText(notice.comments)} ý kiến, phản ánh; kết quả xử lý: ${bare(notice.handling ?? '')}.`;
    meeting.push(
      `Kết quả công khai, lấy ý kiến: danh sách đề nghị khen thưởng đã được công khai trên ${bare(notice.channel)} từ ${dayText(notice.from)} đến ${dayText(notice.to)}; ${comments}`,
    );
  }
  meeting.push(...doc.content);
  if (meeting.length) blocks.push(section(MINUTES_TEXT.content, meeting));

  const written = absent.filter((m) => m.absence?.writtenOpinion?.trim()).length;
  const counted = written
    ? ` (ý kiến bằng văn bản của ${countText(written)} thành viên vắng mặt được tính vào kết quả)`
    : '';
  const vote: Block[] = [
    `${MINUTES_TEXT.method[doc.method]}. Tỷ lệ phiếu đồng ý tính trên tổng số ${countText(total)} thành viên Hội đồng${counted}. Kết quả như sau:`,
    {
      kind: 'table',
      columns: MINUTES_COLUMNS,
      rows: doc.results.map((r, i) => [
        String(i + 1),
        r.detail?.trim() ? `${r.name.trim()}, ${r.detail.trim()}` : r.name.trim(),
        bare(r.award),
        String(r.agree),
        shareText(r.agree, total),
        MINUTES_TEXT.outcome[r.outcome],
      ]),
    },
    ...quotaNotes(doc),
  ];
  if (doc.closeHash?.trim()) {
    vote.push({ kind: 'paragraph', text: labelled(MINUTES_TEXT.hash, doc.closeHash.trim()) });
  }
  blocks.push(section(MINUTES_TEXT.result[doc.method], vote));
  if (doc.conclusion.length) blocks.push(section(MINUTES_TEXT.conclusion, doc.conclusion));
  blocks.push(`Cuộc họp kết thúc hồi ${timeText(doc.endTime)} cùng ngày.`);
  return withEndMark(blocks, formatRules(doc.issuer.tree).endMark);
}

/**
 * "…: vắng mặt (đi công tác); có ý kiến bằng văn bản: …": every absent member is accounted for, with the
 * opinion or its lack (NĐ 98 Điều 30 k.7), and the written delegation where the rules allow one.
 */
function absence(m: CouncilMember, who: string): string {
  const a = m.absence;
  const reason = a?.reason?.trim() ? `vắng mặt (${bare(a.reason)})` : 'vắng mặt';
  const opinion = a?.writtenOpinion?.trim()
    ? `có ý kiến bằng văn bản: ${bare(a.writtenOpinion)}`
    : 'không có ý kiến bằng văn bản';
  const proxy = a?.proxy?.trim() ? `; ủy quyền cho Đ/c ${bare(a.proxy)} dự họp và biểu quyết` : '';
  return `${who}: ${reason}; ${opinion}${proxy}`;
}

/**
 * More candidates reached the share than the award's quota: the council ranked them by votes and
 * proposed the first (TT 25/2025/TT-BKHCN Điều 23, §2.7 [M]); the note says so, and how a tie was broken.
 */
function quotaNotes(doc: CouncilMinutesDocument): string[] {
  const notes: string[] = [];
  for (const q of doc.quotas ?? []) {
    const award = bare(q.award);
    const reached = doc.results.filter((r) => bare(r.award) === award && r.outcome !== 'FAILED');
    if (reached.length <= q.quota) continue;
    const tie = q.tieBreak?.trim() ? ` ${bare(q.tieBreak)}.` : '';
    notes.push(
      `Đối với "${award}", có ${countText(reached.length)} trường hợp đạt tỷ lệ phiếu đồng ý, nhiều hơn số lượng được đề nghị (${countText(q.quota)}); Hội đồng xếp thứ tự theo số phiếu đồng ý từ cao xuống thấp và đề nghị ${countText(q.quota)} trường hợp có số phiếu cao nhất.${tie}`,
    );
  }
  return notes;
}

function checkMinutes(doc: CouncilMinutesDocument): void {
  const total = doc.members.length;
  if (total === 0) throw new DocumentDataError('Biên bản chưa có danh sách thành viên Hội đồng.');
  if (!doc.members.some((m) => m.role === 'CHAIR')) {
    throw new DocumentDataError('Danh sách thành viên Hội đồng chưa có Chủ tịch Hội đồng.');
  }
  const names = new Set<string>();
  for (const m of doc.members) {
    const name = m.name.trim();
    if (!name) throw new DocumentDataError('Có thành viên Hội đồng chưa ghi họ tên.');
    if (names.has(name)) {
      throw new DocumentDataError(`Thành viên "${name}" được ghi hai lần trong Hội đồng.`);
    }
    names.add(name);
  }
  const chair = chairOf(doc);
  if (!chair || chair.absence || (chair.role !== 'CHAIR' && chair.role !== 'VICE_CHAIR')) {
    throw new DocumentDataError(
      `Người chủ trì (${doc.chair.name.trim() || 'chưa ghi'}) phải là Chủ tịch hoặc Phó Chủ tịch Hội đồng có mặt tại cuộc họp.`,
    );
  }
  if (!doc.secretary.name.trim()) throw new DocumentDataError('Biên bản chưa ghi thư ký cuộc họp.');
  if (doc.results.length === 0) {
    throw new DocumentDataError(
      'Biên bản chưa có kết quả biểu quyết, bỏ phiếu của trường hợp nào.',
    );
  }
  for (const r of doc.results) {
    checkCount(r.agree, `Số phiếu đồng ý của ${r.name.trim()}`);
    if (r.agree > total) {
      throw new DocumentDataError(
        `${r.name.trim()} có ${r.agree} phiếu đồng ý, nhiều hơn số thành viên Hội đồng (${total}).`,
      );
    }
  }
  if (doc.method === 'ELECTRONIC_BALLOT' && !doc.closeHash?.trim()) {
    throw new DocumentDataError(
      'Biên bản bỏ phiếu điện tử phải ghi mã kiểm chứng kết quả bỏ phiếu (mã đóng vòng bỏ phiếu).',
    );
  }
  const notice = doc.publicNotice;
  if (notice) {
    checkCount(notice.comments, 'Số ý kiến, phản ánh khi công khai');
    if (notice.comments > 0 && !notice.handling?.trim()) {
      throw new DocumentDataError(
        'Có ý kiến, phản ánh khi công khai danh sách: biên bản phải ghi kết quả xử lý.',
      );
    }
  }
  checkQuotas(doc.results, doc.quotas ?? []);
}

/**
 * The ranking must be what the note says: an award with candidates over its quota has exactly the quota
 * proposed, none of them with fewer votes than one left out (a tie may go either way: the Chủ tịch's vote).
 */
function checkQuotas(
  results: readonly CandidateResult[],
  quotas: readonly { award: string; quota: number }[],
): void {
  const byAward = new Map(quotas.map((q) => [bare(q.award), q.quota]));
  for (const [award, quota] of byAward) checkCount(quota, `Số lượng được đề nghị "${award}"`);
  for (const r of results) {
    if (r.outcome === 'OVER_QUOTA' && !byAward.has(bare(r.award))) {
      throw new DocumentDataError(
        `${r.name.trim()} được ghi "ngoài số lượng" nhưng hình thức "${bare(r.award)}" chưa có số lượng được đề nghị.`,
      );
    }
  }
  for (const [award, quota] of byAward) {
    const of = results.filter((r) => bare(r.award) === award);
    const passed = of.filter((r) => r.outcome === 'PASSED');
    const over = of.filter((r) => r.outcome === 'OVER_QUOTA');
    if (passed.length > quota) {
      throw new DocumentDataError(
        `"${award}": ${countText(passed.length)} trường hợp được đề nghị, nhiều hơn số lượng (${countText(quota)}).`,
      );
    }
    if (over.length && passed.length < quota) {
      throw new DocumentDataError(
        `"${award}": còn chỉ tiêu nhưng có trường hợp đạt tỷ lệ được ghi "ngoài số lượng".`,
      );
    }
    const lowest = Math.min(...passed.map((r) => r.agree));
    const highestLeft = Math.max(...over.map((r) => r.agree));
    if (over.length && passed.length && highestLeft > lowest) {
      throw new DocumentDataError(
        `"${award}": trường hợp ngoài số lượng có nhiều phiếu hơn trường hợp được đề nghị; cần xếp theo số phiếu từ cao xuống thấp.`,
      );
    }
  }
}
