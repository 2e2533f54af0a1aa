/**
 * The national rules shipped with the system (issue 11): one version per award kind of AWARD_KINDS
 * (công trạng; the three commendations also đột xuất and phong trào) under NĐ 98/2023 (from the Law's
 * start 01/01/2024 to 30/06/2025) and under NĐ 152/2025 (from 01/07/2025), and the dated parameters.
 * Every fact is copied from ../shared/docs/domain.md with its mark; where the reference knows only the
 * NĐ 152 figure, the NĐ 98 version repeats it marked [L] (carried over, not read in NĐ 98). Synced at
 * every boot by the API (RulesService.syncNationalRules): missing versions inserted, unedited ones kept
 * in step with this file, an administrator's edit never overwritten.
 */
import type { IsoDate } from '../org/dates';
import type { AwardLevel, AwardSubject, AwardTrack } from './award-kinds';
import type {
  AwardCondition,
  AwardRuleSpec,
  Confidence,
  NationalRuleParameter,
  RuleDecider,
  RuleDossierItem,
  RulePublicNotice,
  RuleReward,
  RuleVote,
} from './award-rules';

type Decree = 'ND98' | 'ND152';

const DECREES: Record<Decree, { basis: string; from: IsoDate; to: IsoDate | null }> = {
  // the rules come from Luật 06/2022/QH15, in force 01/01/2024 (domain.md §0 [H]); NĐ 98 was its decree
  ND98: { basis: '98/2023/NĐ-CP', from: '2024-01-01', to: '2025-06-30' },
  // NĐ 152/2025 in force 01/07/2025, repealing NĐ 98 (domain.md §0 [H])
  ND152: { basis: '152/2025/NĐ-CP', from: '2025-07-01', to: null },
};

const LUAT = 'Luật Thi đua, khen thưởng 2022';

// ---- who decides (domain.md §2.6) ------------------------------------------------------------------

function decider(
  level: AwardLevel,
  decree: Decree,
  local: 'UNIT' | 'CULTURE' = 'UNIT',
): RuleDecider {
  switch (level) {
    case 'STATE':
      return {
        text: 'Chủ tịch nước (theo đề nghị của Thủ tướng Chính phủ)',
        level,
        article: `Điều 77 ${LUAT}`,
        confidence: 'M',
      };
    case 'GOVERNMENT':
      return {
        text: 'Thủ tướng Chính phủ',
        level,
        article: `Điều 78 ${LUAT}`,
        confidence: 'H',
      };
    case 'PROVINCE':
      return {
        text: 'Chủ tịch Ủy ban nhân dân tỉnh (Bộ trưởng, người đứng đầu ban, ngành, đoàn thể trung ương)',
        level,
        article: `Điều 79 ${LUAT}`,
        confidence: 'M',
      };
    case 'UNIT':
      if (local === 'CULTURE') {
        // "thôn, tổ dân phố văn hóa", "Gia đình văn hóa": the district chairman's until 30/06/2025,
        // the commune chairman's since (NĐ 129/2025 Điều 59)
        return decree === 'ND98'
          ? {
              text: 'Chủ tịch Ủy ban nhân dân cấp huyện',
              level,
              article: `Điều 80 khoản 2 ${LUAT}`,
              confidence: 'H',
            }
          : {
              text: 'Chủ tịch Ủy ban nhân dân cấp xã',
              level,
              article: 'Điều 59 Nghị định 129/2025/NĐ-CP',
              confidence: 'M',
            };
      }
      return decree === 'ND98'
        ? {
            text: 'Thủ trưởng cơ quan, tổ chức, đơn vị có tư cách pháp nhân; thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân cấp huyện; giám đốc doanh nghiệp, hợp tác xã',
            level,
            article: `Điều 80 ${LUAT}`,
            confidence: 'H',
          }
        : {
            text: 'Thủ trưởng cơ quan, tổ chức, đơn vị có tư cách pháp nhân; thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân cấp xã (thay Chủ tịch Ủy ban nhân dân cấp huyện); giám đốc doanh nghiệp, hợp tác xã',
            level,
            article: `Điều 80 ${LUAT}; Điều 59 Nghị định 129/2025/NĐ-CP`,
            confidence: 'M',
          };
  }
}

// ---- votes (domain.md §2.7) -----------------------------------------------------------------------

function vote(threshold: 0.9 | 0.8 | null, decree: Decree): RuleVote {
  if (threshold === null) {
    // "No national vote threshold found; by biểu quyết or bỏ phiếu per unit rules" [M]
    return { required: false, thresholdOfMembership: null, article: null, confidence: 'M' };
  }
  if (decree === 'ND98')
    return {
      required: true,
      thresholdOfMembership: threshold,
      article: 'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP',
      confidence: 'H',
    };
  // not seen in NĐ 152 itself; Hà Nội QĐ 71/2025 under NĐ 152 keeps 90% [M], 80% only inferred [L]
  return {
    required: true,
    thresholdOfMembership: threshold,
    article: null,
    confidence: threshold === 0.9 ? 'M' : 'L',
  };
}

// ---- public notice (domain.md §2.8) --------------------------------------------------------------

function notice(required: boolean, decree: Decree): RulePublicNotice {
  if (!required)
    // no notice duty found beyond Luật Điều 84 k.5's general "công khai": inferred
    return { required: false, workingDays: null, article: null, confidence: 'L' };
  return {
    required: true,
    workingDays: 10,
    article:
      decree === 'ND98' ? 'Điều 46 Nghị định 98/2023/NĐ-CP' : 'Điều 44 Nghị định 152/2025/NĐ-CP',
    confidence: 'H',
  };
}

// ---- dossiers (domain.md §1.1, §2.9) -------------------------------------------------------------

type Report =
  | 'INDIVIDUAL'
  | 'COLLECTIVE'
  | 'CO_CHINH_PHU'
  | 'CSTD_TOAN_QUOC'
  | 'DOT_XUAT'
  | 'CHUYEN_DE'
  | 'CONG_HIEN';

/** NĐ 152 forms: 01 and 05 confirmed [M]; the rest numbered from the publication order [L]. */
const ND152_REPORTS: Record<Report, { document: string; form: string; confidence: Confidence }> = {
  INDIVIDUAL: {
    document: 'Báo cáo thành tích đề nghị khen thưởng công trạng cho cá nhân',
    form: 'Mẫu số 05',
    confidence: 'M',
  },
  COLLECTIVE: {
    document: 'Báo cáo thành tích đề nghị khen thưởng công trạng cho tập thể',
    form: 'Mẫu số 04',
    confidence: 'L',
  },
  CO_CHINH_PHU: {
    document: 'Báo cáo thành tích đề nghị danh hiệu “Cờ thi đua của Chính phủ”',
    form: 'Mẫu số 02',
    confidence: 'L',
  },
  CSTD_TOAN_QUOC: {
    document: 'Báo cáo thành tích đề nghị danh hiệu “Chiến sĩ thi đua toàn quốc”',
    form: 'Mẫu số 03',
    confidence: 'L',
  },
  DOT_XUAT: {
    document: 'Báo cáo thành tích đề nghị khen thưởng đột xuất',
    form: 'Mẫu số 06',
    confidence: 'L',
  },
  CONG_HIEN: {
    document: 'Báo cáo tóm tắt thành tích đề nghị khen thưởng quá trình cống hiến',
    form: 'Mẫu số 07',
    confidence: 'L',
  },
  CHUYEN_DE: {
    document: 'Báo cáo thành tích đề nghị khen thưởng thi đua theo chuyên đề',
    form: 'Mẫu số 08',
    confidence: 'L',
  },
};

function dossier(
  decree: Decree,
  opts: {
    title: boolean;
    report: Report | Record<AwardSubject, Report>;
    vote: boolean;
    initiative?: boolean;
  },
): RuleDossierItem[] {
  const nd152 = decree === 'ND152';
  const out: RuleDossierItem[] = [
    {
      document: opts.title
        ? 'Tờ trình đề nghị xét tặng danh hiệu thi đua'
        : 'Tờ trình đề nghị xét tặng hình thức khen thưởng',
      // NĐ 98's form list was not found (domain.md §1.1)
      form: nd152 ? 'Mẫu số 01' : null,
      confidence: nd152 ? 'M' : 'L',
    },
  ];
  const reports =
    typeof opts.report === 'string'
      ? [opts.report]
      : [...new Set(Object.values(opts.report) as Report[])];
  for (const r of reports) {
    const f = ND152_REPORTS[r];
    out.push(
      nd152
        ? { document: f.document, form: f.form, confidence: f.confidence }
        : { document: f.document, form: null, confidence: 'L' },
    );
  }
  out.push({
    document: opts.title
      ? `Biên bản bình xét thi đua${opts.vote ? ' và kết quả bỏ phiếu' : ''} của Hội đồng Thi đua - Khen thưởng`
      : `Biên bản xét khen thưởng${opts.vote ? ' và kết quả bỏ phiếu' : ''} của Hội đồng Thi đua - Khen thưởng`,
    // "pháp luật không quy định mẫu" (domain.md §1.1 [H]); required by Luật Điều 84 [H]
    form: null,
    confidence: 'H',
  });
  if (opts.initiative)
    out.push({
      document: 'Chứng nhận, xác nhận của cấp có thẩm quyền về sáng kiến, đề tài khoa học',
      form: null,
      confidence: 'H',
    });
  return out;
}

// ---- rewards (domain.md §2.11: NĐ 152 Điều 50–54) ------------------------------------------------

function rewards(
  decree: Decree,
  list: readonly [AwardSubject, number | null, string | null][],
): RuleReward[] {
  return list.map(([subject, multiplier, article]) => ({
    subject,
    multiplier,
    article: decree === 'ND152' ? article : null,
    // the reference gives NĐ 152's figures only: under NĐ 98 they are carried over, unverified
    confidence: multiplier === null ? 'L' : decree === 'ND152' ? 'H' : 'L',
  }));
}

// ---- conditions (domain.md §2.3–§2.5) -------------------------------------------------------------

const manual = (text: string, confidence: Confidence, article: string | null = null) =>
  ({ type: 'MANUAL', text, confidence, article }) as const satisfies AwardCondition;

const LDTT_CONDITIONS = (title: string): AwardCondition[] => [
  {
    type: 'EVALUATION',
    floor: 'HTTNV',
    years: 1,
    confidence: 'H',
    article: `Điều 24 ${LUAT}`,
  },
  manual(
    `Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua (tiêu chuẩn “${title}”).`,
    'H',
    `Điều 24 ${LUAT}`,
  ),
];

const CSTD_CO_SO_CONDITIONS: AwardCondition[] = [
  {
    type: 'ANY_OF',
    confidence: 'H',
    article: `Điều 23 ${LUAT}`,
    conditions: [
      { type: 'TITLE_IN_YEAR', award: 'LAO_DONG_TIEN_TIEN', confidence: 'H' },
      { type: 'TITLE_IN_YEAR', award: 'CHIEN_SI_TIEN_TIEN', confidence: 'H' },
    ],
  },
  {
    type: 'ANY_OF',
    confidence: 'H',
    article: `Điều 23 ${LUAT}`,
    conditions: [
      { type: 'EVALUATION', floor: 'HTXSNV', years: 1, confidence: 'H' },
      { type: 'INITIATIVE', scope: 'UNIT', count: 1, confidence: 'H' },
      manual('Có mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được công nhận.', 'H'),
    ],
  },
];

const CSTD_TINH_CONDITIONS: AwardCondition[] = [
  {
    type: 'TITLE_STREAK',
    award: 'CSTD_CO_SO',
    years: 3,
    confidence: 'H',
    article: `Điều 22 ${LUAT}`,
  },
  {
    type: 'INITIATIVE',
    scope: 'PROVINCE',
    count: 1,
    confidence: 'H',
    article: `Điều 22 ${LUAT}`,
  },
  manual(
    'Có thành tích xuất sắc tiêu biểu, được lựa chọn trong số cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”.',
    'H',
    `Điều 22 ${LUAT}`,
  ),
];

const CSTD_TOAN_QUOC_CONDITIONS: AwardCondition[] = [
  {
    type: 'TITLE_STREAK',
    award: 'CSTD_TINH',
    years: 2,
    confidence: 'H',
    article: `Điều 21 ${LUAT}`,
  },
  {
    type: 'INITIATIVE',
    scope: 'NATIONAL',
    count: 1,
    confidence: 'H',
    article: `Điều 21 ${LUAT}`,
  },
];

const TTLDTT_CONDITIONS = (
  member: 'LAO_DONG_TIEN_TIEN' | 'CHIEN_SI_TIEN_TIEN',
): AwardCondition[] => [
  { type: 'EVALUATION', floor: 'HTTNV', years: 1, confidence: 'H', article: `Điều 28 ${LUAT}` },
  {
    type: 'MEMBERS_TITLE_SHARE',
    award: member,
    minParameter: 'TTLDTT_LDTT_SHARE',
    // the share itself is the parameter's (national figure [L], Bắc Ninh 70% [H])
    confidence: 'H',
    article: `Điều 28 ${LUAT}`,
  },
  {
    type: 'NO_MEMBER_DISCIPLINED',
    confidence: 'H',
    article: `Điều 28 ${LUAT} (kỷ luật từ hình thức cảnh cáo trở lên)`,
  },
  manual(
    'Tổ chức phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.',
    'H',
    `Điều 28 ${LUAT}`,
  ),
];

const TTLDXS_CONDITIONS = (
  member: 'LAO_DONG_TIEN_TIEN' | 'CHIEN_SI_TIEN_TIEN',
): AwardCondition[] => [
  { type: 'EVALUATION', floor: 'HTXSNV', years: 1, confidence: 'H', article: `Điều 27 ${LUAT}` },
  { type: 'MEMBERS_COMPLETING_SHARE', min: 1, confidence: 'H', article: `Điều 27 ${LUAT}` },
  {
    type: 'MEMBERS_TITLE_SHARE',
    award: member,
    minParameter: 'TTLDXS_LDTT_SHARE',
    confidence: 'H',
    article: `Điều 27 ${LUAT}`,
  },
  {
    type: 'MEMBERS_WITH_TITLE',
    award: 'CSTD_CO_SO',
    count: 1,
    confidence: 'H',
    article: `Điều 27 ${LUAT}`,
  },
  manual(
    'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước.',
    'H',
    `Điều 27 ${LUAT}`,
  ),
];

const CO_TINH_CONDITIONS: AwardCondition[] = [
  manual(
    'Dẫn đầu cụm, khối thi đua do tỉnh tổ chức; hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao trong năm; nội bộ đoàn kết; tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ; đi đầu thực hành tiết kiệm, chống lãng phí, phòng, chống tham nhũng.',
    'H',
    `Điều 26 ${LUAT}`,
  ),
];

const CO_CHINH_PHU_CONDITIONS: AwardCondition[] = [
  manual(
    'Được lựa chọn trong số các tập thể dẫn đầu cụm, khối thi đua do bộ, ngành, tỉnh tổ chức (hoặc dẫn đầu cụm, khối do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức); hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao trong năm; nội bộ đoàn kết; tổ chức đảng, đoàn thể trong sạch, vững mạnh; đi đầu thực hành tiết kiệm, chống lãng phí, tham nhũng.',
    'H',
    `Điều 25 ${LUAT}`,
  ),
];

const UNKNOWN_CRITERIA = (what: string): AwardCondition[] => [
  manual(
    `Tiêu chuẩn “${what}” theo quy định của Ủy ban nhân dân tỉnh (chưa có trong tài liệu tham chiếu: cần bổ sung).`,
    'L',
  ),
];

const GIAY_KHEN_CONDITIONS: AwardCondition[] = [
  {
    type: 'EVALUATION',
    floor: 'HTTNV',
    years: 1,
    confidence: 'M',
    article: `Điều 75 ${LUAT}`,
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
  },
  manual(
    'Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước và có một trong các thành tích: được bình xét trong phong trào thi đua; nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực quản lý của cơ quan; (hộ gia đình) đóng góp công sức, đất đai, tài sản hoặc có thành tích trong phong trào.',
    'M',
    `Điều 75 ${LUAT}`,
  ),
];

const BANG_KHEN_TINH_CONDITIONS: AwardCondition[] = [
  {
    type: 'ANY_OF',
    confidence: 'L',
    article: `Điều 74 ${LUAT} (chi tiết theo QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh)`,
    subjects: ['INDIVIDUAL'],
    conditions: [
      { type: 'TITLE_STREAK', award: 'CSTD_CO_SO', years: 2, confidence: 'L' },
      {
        type: 'ALL_OF',
        confidence: 'L',
        conditions: [
          { type: 'EVALUATION', floor: 'HTXSNV', years: 2, confidence: 'L' },
          { type: 'INITIATIVE', scope: 'UNIT', count: 2, confidence: 'L' },
        ],
      },
      manual(
        'Thành tích xuất sắc được bình xét trong phong trào thi đua do tỉnh phát động; hoặc nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực của tỉnh; hoặc đóng góp về kinh tế - xã hội, khoa học kỹ thuật, từ thiện.',
        'L',
      ),
    ],
  },
  {
    type: 'ANY_OF',
    confidence: 'L',
    article: `Điều 74 ${LUAT} (chi tiết theo QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh)`,
    subjects: ['COLLECTIVE'],
    conditions: [
      { type: 'EVALUATION', floor: 'HTXSNV', years: 2, confidence: 'L' },
      { type: 'TITLE_STREAK', award: 'TT_LAO_DONG_XUAT_SAC', years: 2, confidence: 'L' },
      manual(
        'Thành tích xuất sắc được bình xét trong phong trào thi đua; hoặc thành tích đột xuất; hoặc đóng góp cho sự phát triển của tỉnh.',
        'L',
      ),
    ],
  },
  {
    ...manual(
      'Hộ gia đình: có đóng góp công sức, đất đai, tài sản cho địa phương, xã hội.',
      'M',
      `Điều 74 ${LUAT}`,
    ),
    subjects: ['HOUSEHOLD'],
  },
];

const BANG_KHEN_TTG_CONDITIONS: AwardCondition[] = [
  {
    type: 'ANY_OF',
    confidence: 'H',
    article: `Điều 73 khoản 1 ${LUAT}`,
    subjects: ['INDIVIDUAL'],
    conditions: [
      {
        type: 'ALL_OF',
        confidence: 'H',
        conditions: [
          { type: 'TITLE_COUNT', award: 'BANG_KHEN_TINH', count: 1, years: null, confidence: 'H' },
          { type: 'EVALUATION', floor: 'HTTNV', years: 5, confidence: 'H' },
          { type: 'TITLE_COUNT', award: 'CSTD_CO_SO', count: 3, years: 5, confidence: 'H' },
        ],
      },
      manual(
        'Có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua; hoặc nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ngành, tỉnh; hoặc đạt giải thưởng khu vực.',
        'H',
      ),
    ],
  },
  {
    ...manual(
      'Tập thể, hộ gia đình: tiêu chuẩn theo Điều 73 Luật Thi đua, khen thưởng (chưa có trong tài liệu tham chiếu: cần bổ sung).',
      'L',
      `Điều 73 ${LUAT}`,
    ),
    subjects: ['COLLECTIVE', 'HOUSEHOLD'],
  },
];

const HUAN_CHUONG_CONDITIONS = (name: string): AwardCondition[] => [
  manual(
    `Tiêu chuẩn “${name}” theo Luật Thi đua, khen thưởng (điều khoản chưa có trong tài liệu tham chiếu: cần bổ sung).`,
    'L',
  ),
];

const DOT_XUAT_CONDITIONS: AwardCondition[] = [
  manual(
    'Lập được thành tích xuất sắc đột xuất (thành tích đặc biệt, ngoài dự kiến) có phạm vi ảnh hưởng tương xứng với cấp khen; có xác nhận của cơ quan có thẩm quyền khi cần.',
    'M',
    `Điều 8 ${LUAT}`,
  ),
];

const PHONG_TRAO_CONDITIONS: AwardCondition[] = [
  manual(
    'Có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua theo đợt hoặc theo chuyên đề (theo tiêu chí của kế hoạch phát động).',
    'M',
    `Điều 8 ${LUAT}`,
  ),
];

// ---- the catalog's rules ---------------------------------------------------------------------------

type RuleTemplate = (
  decree: Decree,
) => Omit<AwardRuleSpec, 'basis' | 'effectiveFrom' | 'effectiveTo'>;

/**
 * One award and track as the catalog describes it; `rule` writes its version under each decree. The
 * vote threshold also says whether the biên bản records the ballot, so the two cannot disagree.
 */
interface RuleDescription {
  code: string;
  /** default CONG_TRANG */
  track?: AwardTrack;
  /** a level (domain.md §2.6, by `decider`), or the decider under each decree */
  decidedBy: AwardLevel | ((decree: Decree) => RuleDecider);
  conditions: AwardCondition[];
  /** absent: no national threshold (domain.md §2.7) */
  vote?: 0.9 | 0.8;
  publicNotice?: boolean;
  /** a danh hiệu's tờ trình and biên bản (default), or a hình thức khen thưởng's */
  title?: boolean;
  report: Report | Record<AwardSubject, Report>;
  initiative?: boolean;
  rewards: readonly [AwardSubject, number | null, string | null][];
  note?: string | null | ((decree: Decree) => string | null);
}

function rule(r: RuleDescription): RuleTemplate {
  return (d) => ({
    awardCode: r.code,
    track: r.track ?? 'CONG_TRANG',
    decidedBy: typeof r.decidedBy === 'string' ? decider(r.decidedBy, d) : r.decidedBy(d),
    conditions: r.conditions,
    vote: vote(r.vote ?? null, d),
    publicNotice: notice(r.publicNotice ?? false, d),
    dossier: dossier(d, {
      title: r.title ?? true,
      report: r.report,
      vote: r.vote !== undefined,
      initiative: r.initiative,
    }),
    rewards: rewards(d, r.rewards),
    note: typeof r.note === 'function' ? r.note(d) : (r.note ?? null),
  });
}

const INDIVIDUAL_REWARD = (m: number | null): [AwardSubject, number | null, string | null][] => [
  ['INDIVIDUAL', m, 'Điều 50 khoản 1 Nghị định 152/2025/NĐ-CP'],
];
const COLLECTIVE_REWARD = (m: number | null): [AwardSubject, number | null, string | null][] => [
  ['COLLECTIVE', m, 'Điều 50 khoản 2 Nghị định 152/2025/NĐ-CP'],
];

/** A hình thức khen thưởng's báo cáo: the individual's, or the collective's (a household too). */
const REPORT_BY_SUBJECT: Record<AwardSubject, Report> = {
  INDIVIDUAL: 'INDIVIDUAL',
  COLLECTIVE: 'COLLECTIVE',
  HOUSEHOLD: 'COLLECTIVE',
};

/** The army's and police's own titles: decided as their ministries rule, at `level`. */
const MILITARY = (level: AwardLevel) => (): RuleDecider => ({
  text: 'Theo quy định của Bộ Quốc phòng, Bộ Công an',
  level,
  article: `Điều 80 khoản 5 ${LUAT}`,
  confidence: 'H',
});

const TEMPLATES: RuleTemplate[] = [
  rule({
    code: 'LAO_DONG_TIEN_TIEN',
    decidedBy: 'UNIT',
    conditions: LDTT_CONDITIONS('Lao động tiên tiến'),
    report: 'INDIVIDUAL',
    rewards: INDIVIDUAL_REWARD(0.3),
  }),
  rule({
    code: 'CHIEN_SI_TIEN_TIEN',
    decidedBy: 'UNIT',
    conditions: LDTT_CONDITIONS('Chiến sĩ tiên tiến'),
    report: 'INDIVIDUAL',
    rewards: INDIVIDUAL_REWARD(0.3),
    note: 'Dành cho quân nhân, công an, dân quân thường trực, tự vệ cơ động.',
  }),
  rule({
    code: 'CSTD_CO_SO',
    decidedBy: 'UNIT',
    conditions: CSTD_CO_SO_CONDITIONS,
    vote: 0.8,
    report: 'INDIVIDUAL',
    initiative: true,
    rewards: INDIVIDUAL_REWARD(1.0),
    note: (d) =>
      d === 'ND152'
        ? 'Thời hạn thẩm định tại cấp xã 20 ngày làm việc (QĐ 638/QĐ-BNV). Không còn giới hạn 15% số cá nhân đạt “Lao động tiên tiến” (tỉnh, ngành có thể quy định riêng).'
        : null,
  }),
  rule({
    code: 'CSTD_TINH',
    decidedBy: 'PROVINCE',
    conditions: CSTD_TINH_CONDITIONS,
    vote: 0.9,
    report: 'INDIVIDUAL',
    initiative: true,
    rewards: INDIVIDUAL_REWARD(3.0),
  }),
  rule({
    code: 'CSTD_TOAN_QUOC',
    decidedBy: 'GOVERNMENT',
    conditions: CSTD_TOAN_QUOC_CONDITIONS,
    vote: 0.9,
    // Bộ Nội vụ lấy ý kiến nhân dân 10 ngày làm việc (NĐ 98 Điều 46 k.1)
    publicNotice: true,
    report: 'CSTD_TOAN_QUOC',
    initiative: true,
    rewards: INDIVIDUAL_REWARD(4.5),
    note: 'Báo cáo thành tích có xác nhận của cấp trình Thủ tướng Chính phủ; hồ sơ 01 bộ bản chính kèm tệp điện tử.',
  }),
  rule({
    code: 'TT_LAO_DONG_TIEN_TIEN',
    decidedBy: 'UNIT',
    conditions: TTLDTT_CONDITIONS('LAO_DONG_TIEN_TIEN'),
    report: 'COLLECTIVE',
    rewards: COLLECTIVE_REWARD(0.8),
  }),
  rule({
    code: 'DON_VI_TIEN_TIEN',
    decidedBy: MILITARY('UNIT'),
    conditions: TTLDTT_CONDITIONS('CHIEN_SI_TIEN_TIEN'),
    report: 'COLLECTIVE',
    rewards: COLLECTIVE_REWARD(0.8),
  }),
  rule({
    code: 'TT_LAO_DONG_XUAT_SAC',
    decidedBy: 'PROVINCE',
    conditions: TTLDXS_CONDITIONS('LAO_DONG_TIEN_TIEN'),
    report: 'COLLECTIVE',
    rewards: COLLECTIVE_REWARD(1.5),
  }),
  rule({
    code: 'DON_VI_QUYET_THANG',
    decidedBy: MILITARY('PROVINCE'),
    conditions: TTLDXS_CONDITIONS('CHIEN_SI_TIEN_TIEN'),
    report: 'COLLECTIVE',
    rewards: COLLECTIVE_REWARD(1.5),
  }),
  rule({
    code: 'CO_THI_DUA_TINH',
    decidedBy: 'PROVINCE',
    conditions: CO_TINH_CONDITIONS,
    vote: 0.8,
    report: 'COLLECTIVE',
    rewards: COLLECTIVE_REWARD(8.0),
  }),
  rule({
    code: 'CO_THI_DUA_CHINH_PHU',
    decidedBy: 'GOVERNMENT',
    conditions: CO_CHINH_PHU_CONDITIONS,
    vote: 0.8,
    report: 'CO_CHINH_PHU',
    rewards: COLLECTIVE_REWARD(12.0),
    note: 'Hồ sơ 01 bộ bản chính kèm tệp điện tử (word, pdf) qua Hệ thống quản lý hồ sơ khen thưởng điện tử.',
  }),
  rule({
    code: 'XA_TIEU_BIEU',
    decidedBy: 'PROVINCE',
    conditions: UNKNOWN_CRITERIA('Xã, phường, đặc khu tiêu biểu'),
    report: 'COLLECTIVE',
    rewards: COLLECTIVE_REWARD(2.0),
  }),
  rule({
    code: 'THON_VAN_HOA',
    decidedBy: (d) => decider('UNIT', d, 'CULTURE'),
    conditions: UNKNOWN_CRITERIA('Thôn, tổ dân phố văn hóa'),
    report: 'COLLECTIVE',
    rewards: COLLECTIVE_REWARD(1.5),
  }),
  rule({
    code: 'GIA_DINH_VAN_HOA',
    decidedBy: (d) => decider('UNIT', d, 'CULTURE'),
    conditions: UNKNOWN_CRITERIA('Gia đình văn hóa'),
    report: 'COLLECTIVE',
    rewards: [['HOUSEHOLD', null, null]],
  }),
  ...commendation('GIAY_KHEN', 'UNIT', GIAY_KHEN_CONDITIONS, 0.6, 'Điều 54'),
  ...commendation('BANG_KHEN_TINH', 'PROVINCE', BANG_KHEN_TINH_CONDITIONS, 3.0, 'Điều 54'),
  ...commendation('BANG_KHEN_TTG', 'GOVERNMENT', BANG_KHEN_TTG_CONDITIONS, 7.0, 'Điều 54'),
  ...(
    [
      ['HUAN_CHUONG_LAO_DONG_HANG_BA', 'Huân chương Lao động hạng Ba', 9],
      ['HUAN_CHUONG_LAO_DONG_HANG_NHI', 'Huân chương Lao động hạng Nhì', 15],
      ['HUAN_CHUONG_LAO_DONG_HANG_NHAT', 'Huân chương Lao động hạng Nhất', 18],
    ] as const
  ).map(([code, name, collective]) =>
    rule({
      code,
      decidedBy: 'STATE',
      conditions: HUAN_CHUONG_CONDITIONS(name),
      // Huân chương: danh sách công khai ≥ 10 ngày làm việc trước khi Hội đồng họp (§2.8 [H])
      publicNotice: true,
      title: false,
      report: REPORT_BY_SUBJECT,
      rewards: [
        ['COLLECTIVE', collective, 'Điều 51 Nghị định 152/2025/NĐ-CP'],
        ['INDIVIDUAL', null, null],
      ],
    }),
  ),
];

/** Giấy khen and Bằng khen: công trạng with its criteria, đột xuất and phong trào judged by the officer. */
function commendation(
  code: string,
  level: AwardLevel,
  conditions: AwardCondition[],
  collective: number,
  article: string,
): RuleTemplate[] {
  const base = (track: AwardTrack, conds: AwardCondition[], report: RuleDescription['report']) =>
    rule({
      code,
      track,
      decidedBy: level,
      conditions: conds,
      title: false,
      report,
      rewards: [
        ['COLLECTIVE', collective, `${article} Nghị định 152/2025/NĐ-CP`],
        ['INDIVIDUAL', null, null],
        // hộ gia đình = 1,5 lần mức của cá nhân, which the reference does not give (§2.11)
        ['HOUSEHOLD', null, null],
      ],
      note:
        track === 'CONG_TRANG'
          ? null
          : 'Kết quả khen thưởng đột xuất, theo chuyên đề không dùng làm căn cứ đề nghị khen thưởng công trạng (Điều 4 khoản 3 Nghị định 152/2025/NĐ-CP).',
    });
  return [
    base('CONG_TRANG', conditions, REPORT_BY_SUBJECT),
    base('DOT_XUAT', DOT_XUAT_CONDITIONS, 'DOT_XUAT'),
    base('PHONG_TRAO', PHONG_TRAO_CONDITIONS, 'CHUYEN_DE'),
  ];
}

/** Every shipped national rule version, NĐ 98/2023 then NĐ 152/2025 for each award and track. */
export const NATIONAL_AWARD_RULES: readonly AwardRuleSpec[] = TEMPLATES.flatMap((t) =>
  (['ND98', 'ND152'] as const).map((d) => ({
    ...t(d),
    basis: DECREES[d].basis,
    effectiveFrom: DECREES[d].from,
    effectiveTo: DECREES[d].to,
  })),
);

/** The key a shipped rule is synced by: award, track and basis (one version per decree). */
export function nationalRuleKey(r: Pick<AwardRuleSpec, 'awardCode' | 'track' | 'basis'>): string {
  return `${r.awardCode}/${r.track}/${r.basis}`;
}

/** The shipped national parameters (domain.md §2.4, §2.11). */
export const NATIONAL_RULE_PARAMETERS: readonly NationalRuleParameter[] = [
  {
    key: 'LUONG_CO_SO',
    value: 2_340_000,
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    basis: '73/2024/NĐ-CP',
    article: 'Điều 3',
    confidence: 'H',
    note: 'Có thể thay đổi năm 2026 (chưa đối chiếu): khi có mức mới, thêm giá trị mới từ ngày áp dụng.',
  },
  {
    // "Tập thể lao động tiên tiến": the Law 2022's figure was not confirmed; the 2003 law said
    // "trên 50%", Bắc Ninh sets "ít nhất 70%" (domain.md §2.4, §9.4)
    key: 'TTLDTT_LDTT_SHARE',
    value: 0.5,
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    basis: '06/2022/QH15',
    article: 'Điều 28',
    confidence: 'L',
    note: 'Chưa xác định được tỷ lệ trong Luật 2022 (Luật 2003: trên 50%; Bắc Ninh: ít nhất 70%). Tỉnh có thể đặt mức riêng.',
  },
  {
    key: 'TTLDXS_LDTT_SHARE',
    value: 0.7,
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    basis: '06/2022/QH15',
    article: 'Điều 27',
    confidence: 'H',
    note: null,
  },
];

/** The key a shipped parameter is synced by. */
export function nationalParameterKey(
  p: Pick<NationalRuleParameter, 'key' | 'effectiveFrom'>,
): string {
  return `${p.key}/${p.effectiveFrom}`;
}
