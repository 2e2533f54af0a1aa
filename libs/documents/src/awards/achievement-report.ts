import type { AwardSubject } from '@thidua/shared-domain';
import type { Paragraph } from 'docx';
import { list, renderBlocks, section, type Block, type TableColumn } from '../nd30/body';
import { packDocument, type DocumentParts } from '../nd30/document';
import { documentHeader } from '../nd30/header';
import { pt } from '../nd30/layout';
import { DocumentDataError, capitalise, centred, run, upper } from '../nd30/text';
import type {
  AchievementReportDocument,
  AchievementReportKind,
  ReportAchievements,
} from './award-documents';
import { SUBJECT_WORDS, bare, formLine, signaturePair, type SignatureColumn } from './parts';

/**
 * Every heading the báo cáo thành tích writes (domain reference §1.3: the NĐ 91 form family and the
 * sector forms under NĐ 152, [L] where the decree's own Phụ lục text was not available).
 */
const REPORT_HEADINGS = {
  title: 'BÁO CÁO THÀNH TÍCH',
  propose: 'ĐỀ NGHỊ',
  name: {
    INDIVIDUAL: 'Họ và tên',
    COLLECTIVE: 'Tên tập thể',
    HOUSEHOLD: 'Tên hộ gia đình',
  } satisfies Record<AwardSubject, string>,
  profile: {
    INDIVIDUAL: 'Sơ lược lý lịch',
    COLLECTIVE: 'Sơ lược đặc điểm, tình hình',
    HOUSEHOLD: 'Sơ lược đặc điểm hộ gia đình',
  } satisfies Record<AwardSubject, string>,
  achievements: 'Thành tích đạt được',
  priorAwards: 'Các hình thức khen thưởng đã được ghi nhận',
  noPriorAwards: 'Chưa có hình thức khen thưởng nào.',
  targets: 'Kết quả thực hiện các chỉ tiêu thi đua:',
  notReported: 'Chưa báo cáo',
  initiatives: 'Sáng kiến, đề tài đã được công nhận:',
  evaluationsIntro: 'Kết quả đánh giá, xếp loại:',
} as const;

/** The sub-items of part II, in the order each kind of report prints them, with their headings. */
type PartTwoItem =
  | 'commitments'
  | 'measures'
  | 'results'
  | 'evaluations'
  | 'lessons'
  | 'circumstances'
  | 'effects'
  | 'career';

/**
 * Part II by kind. Công trạng: the duties, then what was done and the yearly grades (NĐ 91 Mẫu 01–02).
 * Chuyên đề: registered targets, measures, results against the targets, lessons (§1.3). Đột xuất: the
 * achievement, the circumstances, its effect. Cống hiến: the career, then the merits. A field a kind
 * does not list is not printed: a yearly grade, for one, is công trạng evidence and says nothing about
 * a campaign (NĐ 152/2025 Điều 4 k.3 keeps the two apart).
 */
const PART_TWO: Record<AchievementReportKind, readonly (readonly [PartTwoItem, string])[]> = {
  CONG_TRANG_CA_NHAN: [
    ['commitments', 'Nhiệm vụ được giao'],
    ['measures', 'Biện pháp, giải pháp thực hiện'],
    ['results', 'Kết quả thực hiện nhiệm vụ'],
    ['evaluations', 'Kết quả đánh giá, xếp loại'],
    ['lessons', 'Bài học kinh nghiệm'],
  ],
  CONG_TRANG_TAP_THE: [
    ['commitments', 'Nhiệm vụ được giao'],
    ['measures', 'Biện pháp, giải pháp thực hiện'],
    ['results', 'Kết quả thực hiện nhiệm vụ'],
    ['evaluations', 'Kết quả đánh giá, xếp loại'],
    ['lessons', 'Bài học kinh nghiệm'],
  ],
  CHUYEN_DE: [
    ['commitments', 'Nội dung, chỉ tiêu đã đăng ký'],
    ['measures', 'Biện pháp, giải pháp đã thực hiện'],
    ['results', 'Kết quả đạt được'],
    ['lessons', 'Bài học kinh nghiệm'],
  ],
  DOT_XUAT: [
    ['results', 'Thành tích đột xuất đạt được'],
    ['circumstances', 'Hoàn cảnh, điều kiện lập thành tích'],
    ['effects', 'Tác dụng, ảnh hưởng'],
  ],
  CONG_HIEN: [
    ['career', 'Quá trình công tác'],
    ['results', 'Thành tích, công trạng đạt được'],
    ['evaluations', 'Kết quả đánh giá, xếp loại'],
  ],
};

/** Which subjects each kind of form is for. */
const KIND_SUBJECTS: Record<AchievementReportKind, readonly AwardSubject[]> = {
  CONG_TRANG_CA_NHAN: ['INDIVIDUAL'],
  CONG_TRANG_TAP_THE: ['COLLECTIVE'],
  CHUYEN_DE: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
  DOT_XUAT: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
  CONG_HIEN: ['INDIVIDUAL'],
};

/**
 * The captions of the two signatures (§1.3): a person reports and the unit's head confirms and
 * proposes; a unit reports through its head and the level that proposes the award confirms. A household
 * reports as a person does, confirmed by the level that proposes it.
 */
const SIGNATURES: Record<
  AwardSubject,
  { readonly author: readonly [string, string]; readonly confirmer: readonly [string, string] }
> = {
  INDIVIDUAL: {
    author: ['NGƯỜI BÁO CÁO THÀNH TÍCH', '(Ký, ghi rõ họ và tên)'],
    confirmer: ['THỦ TRƯỞNG ĐƠN VỊ\nXÁC NHẬN, ĐỀ NGHỊ', '(Ký, đóng dấu)'],
  },
  COLLECTIVE: {
    author: ['THỦ TRƯỞNG ĐƠN VỊ', '(Ký, đóng dấu)'],
    confirmer: ['XÁC NHẬN CỦA CẤP TRÌNH\nKHEN THƯỞNG', '(Ký, đóng dấu)'],
  },
  HOUSEHOLD: {
    author: ['ĐẠI DIỆN HỘ GIA ĐÌNH', '(Ký, ghi rõ họ và tên)'],
    confirmer: ['XÁC NHẬN CỦA CẤP TRÌNH\nKHEN THƯỞNG', '(Ký, đóng dấu)'],
  },
};

/**
 * One nominee's báo cáo thành tích as .docx bytes: the unit's header (with a number line only for a
 * unit's own report), the form number, BÁO CÁO THÀNH TÍCH / ĐỀ NGHỊ … / (the period), the name, parts
 * I–III, and the two signatures. Sub-parts with nothing in them are left out and the numbering closes
 * up (the body renderer numbers by position).
 */
export async function buildAchievementReport(doc: AchievementReportDocument): Promise<Uint8Array> {
  return packDocument(achievementReportParts(doc));
}

/**
 * The report laid out, every check of the data made (DocumentDataError), not yet packed: what a
 * sign-off needs to know the send can print it, without packing the .docx, which is ~85% of a build
 * (the Bắc Kạn report on a loaded 2-core machine: 8 ms laid out, 57 ms built).
 */
export function achievementReportParts(doc: AchievementReportDocument): DocumentParts {
  const body = achievementReportBody(doc);
  return {
    title: `${REPORT_HEADINGS.title} ${doc.name.trim()}`,
    children: [
      ...formLine(doc.form),
      documentHeader({
        issuer: doc.issuer,
        kind: 'BAO_CAO',
        number: null,
        place: doc.place,
        date: doc.date,
        unnumbered: doc.subject !== 'COLLECTIVE',
      }),
      ...reportTitle(doc),
      ...renderBlocks(body, 'letters'),
      ...signatures(doc),
    ],
  };
}

function reportTitle(doc: AchievementReportDocument): Paragraph[] {
  return [
    centred([run(REPORT_HEADINGS.title, { bold: true })], { before: pt(18) }),
    centred([run(`${REPORT_HEADINGS.propose} ${upper(bare(doc.award))}`, { bold: true })]),
    centred([run(`(${periodText(doc)})`, { italic: true })]),
    centred([run(`${REPORT_HEADINGS.name[doc.subject]}: ${doc.name.trim()}`, { bold: true })], {
      before: pt(12),
      after: pt(12),
    }),
  ];
}

/**
 * "(Thành tích trong Đợt thi đua đặc biệt …)", "(Thành tích năm 2025)": the period as the round names
 * it, introduced as the forms do; a period typed with its own "Thành tích" is printed as typed.
 */
function periodText(doc: AchievementReportDocument): string {
  const period = bare(doc.period).replace(/^\(|\)$/g, '');
  if (!period) throw new DocumentDataError('Báo cáo thành tích chưa ghi thời gian, đợt thi đua.');
  if (/^thành tích\b/iu.test(period)) return capitalise(period);
  const lead = doc.kind === 'CHUYEN_DE' && !/^(trong|năm|giai đoạn|từ)\b/iu.test(period);
  return `Thành tích ${lead ? 'trong ' : ''}${period}`;
}

/** Parts I–III as blocks, checked; tests read the outline from here without a .docx. */
export function achievementReportBody(doc: AchievementReportDocument): readonly Block[] {
  checkReport(doc);
  const parts: Block[] = [];
  const profile = doc.profile
    .filter((f) => f.label.trim() && f.value.trim())
    .map((f) => `${bare(f.label)}: ${f.value.trim()}`);
  const partOne: Block[] = [...(profile.length ? [list(profile)] : []), ...(doc.background ?? [])];
  if (partOne.length) parts.push(section(REPORT_HEADINGS.profile[doc.subject], partOne));
  parts.push(section(REPORT_HEADINGS.achievements, partTwo(doc)));
  parts.push(section(REPORT_HEADINGS.priorAwards, priorAwards(doc)));
  return parts;
}

function checkReport(doc: AchievementReportDocument): void {
  if (!doc.name.trim()) {
    throw new DocumentDataError('Báo cáo thành tích chưa ghi tên tập thể hoặc họ tên cá nhân.');
  }
  if (!bare(doc.award)) {
    throw new DocumentDataError(
      `Báo cáo thành tích của ${doc.name.trim()} chưa ghi hình thức khen thưởng đề nghị.`,
    );
  }
  if (!KIND_SUBJECTS[doc.kind].includes(doc.subject)) {
    const form = {
      CONG_TRANG_CA_NHAN: 'Mẫu báo cáo công trạng của cá nhân',
      CONG_TRANG_TAP_THE: 'Mẫu báo cáo công trạng của tập thể',
      CHUYEN_DE: 'Mẫu báo cáo theo chuyên đề',
      DOT_XUAT: 'Mẫu báo cáo đột xuất',
      CONG_HIEN: 'Mẫu báo cáo quá trình cống hiến',
    }[doc.kind];
    throw new DocumentDataError(
      `${form} không dùng cho ${SUBJECT_WORDS[doc.subject].count} (${doc.name.trim()}).`,
    );
  }
  periodText(doc);
  if (!doc.signatures.author.name.trim()) {
    throw new DocumentDataError(`Báo cáo thành tích của ${doc.name.trim()} chưa ghi người ký.`);
  }
}

function partTwo(doc: AchievementReportDocument): Block[] {
  const a = doc.achievements;
  const subs: Block[] = [];
  for (const [key, title] of PART_TWO[doc.kind]) {
    const blocks = key === 'results' ? resultBlocks(doc) : itemBlocks(a, key);
    if (blocks.length) subs.push(section(title, blocks));
  }
  if (subs.length === 0) {
    throw new DocumentDataError(
      `Báo cáo thành tích của ${doc.name.trim()} chưa có nội dung thành tích (phần II).`,
    );
  }
  return subs;
}

/** The text of a sub-item other than the results; empty when there is nothing to say. */
function itemBlocks(a: ReportAchievements, key: Exclude<PartTwoItem, 'results'>): Block[] {
  switch (key) {
    case 'evaluations': {
      const years = [...(a.evaluations ?? [])]
        .filter((e) => e.result.trim())
        .sort((x, y) => x.year - y.year);
      return years.length
        ? [
            list(
              years.map(
                (e, i) => `Năm ${e.year}: ${bare(e.result)}${i === years.length - 1 ? '.' : ';'}`,
              ),
            ),
          ]
        : [];
    }
    case 'career': {
      const steps = (a.career ?? []).filter((s) => s.post.trim());
      if (!steps.length) return [];
      const columns: TableColumn[] = [
        { header: 'Thời gian', weight: 30, align: 'center' },
        { header: 'Chức vụ, đơn vị công tác', weight: 70 },
      ];
      return [{ kind: 'table', columns, rows: steps.map((s) => [s.period.trim(), s.post.trim()]) }];
    }
    default:
      return [...(a[key] ?? [])];
  }
}

/**
 * Kết quả đạt được: the officer's text, then the targets against what was reported (a target with
 * nothing reported reads "Chưa báo cáo", never a blank a reader could take for zero), then the sáng
 * kiến cited.
 */
function resultBlocks(doc: AchievementReportDocument): Block[] {
  const a = doc.achievements;
  const out: Block[] = [...a.results];
  const targets = (a.targets ?? []).filter((t) => t.name.trim());
  if (targets.length) {
    out.push(REPORT_HEADINGS.targets, {
      kind: 'table',
      columns: [
        { header: 'TT', weight: 7, align: 'center' },
        { header: 'Chỉ tiêu', weight: 51 },
        { header: 'Kế hoạch', weight: 21, align: 'center' },
        { header: 'Kết quả', weight: 21, align: 'center' },
      ],
      rows: targets.map((t, i) => [
        String(i + 1),
        t.name.trim(),
        t.planned.trim(),
        t.achieved?.trim() || REPORT_HEADINGS.notReported,
      ]),
    });
  }
  const initiatives = doc.initiatives.filter((s) => s.title.trim());
  if (initiatives.length) {
    out.push(REPORT_HEADINGS.initiatives, {
      kind: 'table',
      columns: [
        { header: 'TT', weight: 7, align: 'center' },
        { header: 'Tên sáng kiến, đề tài', weight: 45 },
        { header: 'Cấp công nhận', weight: 16, align: 'center' },
        { header: 'Quyết định công nhận', weight: 32 },
      ],
      rows: initiatives.map((s, i) => [
        String(i + 1),
        s.title.trim(),
        s.level.trim(),
        s.recognition?.trim() ?? '',
      ]),
    });
  }
  return out;
}

function priorAwards(doc: AchievementReportDocument): Block[] {
  if (doc.priorAwards.length === 0) return [REPORT_HEADINGS.noPriorAwards];
  return [
    {
      kind: 'table',
      columns: [
        { header: 'Năm', weight: 12, align: 'center' },
        { header: 'Hình thức khen thưởng', weight: 38 },
        { header: 'Số, ngày quyết định', weight: 50 },
      ],
      rows: doc.priorAwards.map((p) => [String(p.year), p.award.trim(), p.decision?.trim() ?? '']),
    },
  ];
}

/**
 * The confirming signature on the left, the reporting one on the right. The person reporting signs
 * with the name only (the caption is the role); a head signs with the title too ("CHÁNH VĂN PHÒNG").
 */
function signatures(doc: AchievementReportDocument) {
  const captions = SIGNATURES[doc.subject];
  const { author, confirmer } = doc.signatures;
  const right: SignatureColumn = {
    caption: captions.author[0],
    instruction: captions.author[1],
    title: doc.subject === 'COLLECTIVE' ? upper(author.title) : null,
    name: author.name,
  };
  const left: SignatureColumn = {
    caption: captions.confirmer[0],
    instruction: captions.confirmer[1],
    title: confirmer?.title ? upper(confirmer.title) : null,
    name: confirmer?.name ?? null,
  };
  return signaturePair(left, right);
}
