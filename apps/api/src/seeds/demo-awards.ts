import type {
  AppraisalVerdict,
  AwardRoundKind,
  AwardSubject,
  DossierDocumentKind,
  DossierStatus,
  NoticeCommentKind,
} from '@thidua/shared-domain';
import type { DemoCampaignSpec } from './demo-campaigns';
import { DEMO_PEOPLE } from './demo-province';
import { snvPeople } from './demo-records';

/**
 * Award rounds and dossiers of the demo (issue 11, "Demo data"), as of the demo's today, entered by
 * DemoAwardsLoader through the awards module's own services as officers would:
 *
 * - The office plan's round (seed 001, Văn phòng UBND tỉnh): opened by its Phòng Hành chính tổ chức
 *   from the plan's award plan, which gives its forms, its quotas ("không quá 01 tập thể hoặc cá
 *   nhân" per form) and its deadline (01/10/2026, after the Đợt's end on 30/9/2026). Six phòng, ban,
 *   đơn vị send: one forwarded to the office's council, one appraised (a nominee failed), one received
 *   after it was returned and resent (its second send says what changed), one returned at reception
 *   with a reason and remarks per nominee and document, one waiting for reception, one withdrawn. The
 *   loader sends them on the demo's today, after that deadline: every send is flagged late.
 * - Sở Nội vụ's own công trạng round for 2025 (Giám đốc Sở decides; Văn phòng Sở receives), due two
 *   working days after the demo's today: the Sở's dossier, whose CSTĐCS nominee is eligible by the
 *   records (LĐTT and HTXSNV in 2025) and cites the đề tài demo-records left free, which its send
 *   locks; forwarded to the Sở's council, and that nominee proposed up for the province's Bằng khen
 *   (đề nghị cấp trên). A phòng's draft proposes someone with no records: "chưa đủ điều kiện", with why.
 * - The province's công trạng round for 2025 (Chủ tịch UBND tỉnh decides; Sở Nội vụ's Phòng Thi đua,
 *   khen thưởng receives), due ten working days after the demo's today: the Sở's draft with the
 *   collective (eligible: HTXSNV two years running), the person under disciplinary review (the hold
 *   named with its source) and the Giám đốc for CSTĐ cấp tỉnh citing the sáng kiến already used for
 *   his 2024 CSTĐCS (not counted again), its list published (công khai) from today with a comment from
 *   the public on the held person still to handle; Văn phòng Sở's dossier holding the nominee escalated
 *   from the Sở's round; Sở Xây dựng's dossier sent on time and waiting for reception.
 *
 * Papers as officers make them: each nominee's báo cáo thành tích drafted by the system from the
 * records and signed off (AwardDraftingService), rendered with the tờ trình it drafts and numbers
 * from the unit's register at the send; biên bản and certificates uploaded as Word files (one biên
 * bản written in the application instead).
 *
 * No dossier is DECIDED: that status is the council's (issue 12), recorded by its own module; the
 * routing refuses DECIDE. The working-day clocks start at the loader's sends, today: none is overdue
 * yet (backdating would need a direct write, which the demo never does), lateness shows on the office
 * round's sends and the near deadline on the Sở's drafts.
 */

export type DemoRoundKey = 'OFFICE_2026' | 'SNV_2025' | 'PROVINCE_2025';

export interface DemoRoundSpec {
  key: DemoRoundKey;
  kind: AwardRoundKind;
  title: string;
  year: number;
  /** Code of the receiving unit (for a campaign round: the plan's issuer or one of its units). */
  receiving: string;
  /** For a campaign round: the seed plan whose award plan it carries out (its forms, quotas, deadline). */
  plan?: DemoCampaignSpec['seed'];
  /** Omitted on a campaign round: the plan's signer is the default. */
  decidingAuthority?: string;
  /** Working days after the demo's today (the plan's deadline when absent). */
  dueInWorkingDays?: number;
  note?: string;
}

export const DEMO_AWARD_ROUNDS: DemoRoundSpec[] = [
  {
    key: 'OFFICE_2026',
    kind: 'CAMPAIGN',
    title:
      'Khen thưởng Đợt thi đua đặc biệt năm 2026 chào mừng Đại hội Đảng bộ các cấp, hướng tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    year: 2026,
    receiving: 'VLG-VP-HCTC',
    plan: '001',
    note: 'Phòng Hành chính tổ chức - Quản trị tài vụ tổng hợp, trình Hội đồng Thi đua - Khen thưởng Văn phòng.',
  },
  {
    key: 'SNV_2025',
    kind: 'ANNUAL',
    title: 'Xét khen thưởng công trạng năm 2025 của Sở Nội vụ',
    year: 2025,
    receiving: 'VLG-SNV-VP',
    decidingAuthority: 'Giám đốc Sở Nội vụ',
    dueInWorkingDays: 2,
    note: 'Văn phòng Sở (Thường trực Hội đồng Thi đua - Khen thưởng Sở) tiếp nhận, thẩm định hồ sơ.',
  },
  {
    key: 'PROVINCE_2025',
    kind: 'ANNUAL',
    title: 'Xét khen thưởng công trạng năm 2025 cấp tỉnh',
    year: 2025,
    receiving: 'VLG-SNV-TDKT',
    decidingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh',
    dueInWorkingDays: 10,
    note: 'Sở Nội vụ (Phòng Thi đua, khen thưởng) tiếp nhận, thẩm định hồ sơ trình Hội đồng Thi đua - Khen thưởng tỉnh.',
  },
];

/** Someone on a unit's staff today, by place in the demo staff list (0: the head). */
export interface DemoStaffRef {
  unit: string;
  staff: number;
}

/**
 * Someone demo-records.ts keeps hồ sơ thành tích for (its list of Sở Nội vụ people): 0 has the sáng
 * kiến already used for his 2024 CSTĐCS, 1 the đề tài still free, 2 the disciplinary hold; 1 and 3
 * were graded HTXSNV and made LĐTT in 2025, 4 HTTNV and LĐTT.
 */
export interface DemoRecordsRef {
  records: number;
}

export interface DemoNomineeSpec {
  /** How steps name it (remarks, appraisal, escalation). */
  key: string;
  subject: AwardSubject;
  person?: DemoStaffRef | DemoRecordsRef;
  /** Code of the collective. */
  unit?: string;
  awardCode?: string;
  /** The round's form as the plan names it, or the award's own wording. */
  awardName?: string;
  achievements: string;
  /** Cites the nominee's own sáng kiến, đề tài (its send locks them). */
  citesOwnInitiatives?: boolean;
}

/**
 * What the officer files before the first step: all that a send needs (the system-drafted reports
 * signed off, the biên bản, a CSTĐ nominee's certificate; the send renders the reports and the tờ
 * trình it drafts and numbers), or a draft's first pieces (the reports signed off).
 */
export type DemoFiling = 'COMPLETE' | 'REPORTS_ONLY';

export type DemoDossierStep =
  | { do: 'SUBMIT' | 'RECEIVE' | 'FORWARD_TO_COUNCIL' }
  | {
      do: 'RETURN';
      reason: string;
      remarks: { nominee?: string; document?: DossierDocumentKind; remark: string }[];
    }
  | {
      do: 'APPRAISE';
      /** Nominees not listed pass. */
      fail?: { nominee: string; remark: string }[];
    }
  | { do: 'WITHDRAW'; reason: string }
  /** The proposing unit's answer to a return: achievements rewritten, their report replaced. */
  | { do: 'FIX'; nominee: string; achievements: string; minutesAdded?: string[] }
  /** Đề nghị cấp trên by the receiving unit, into its own dossier of a higher round. */
  | {
      do: 'ESCALATE';
      key: string;
      to: DemoRoundKey;
      nominees: { nominee: string; awardCode: string; achievements: string }[];
    };

export interface DemoDossierSpec {
  key: string;
  round: DemoRoundKey;
  /** Code of the proposing unit. */
  unit: string;
  note?: string;
  nominees: DemoNomineeSpec[];
  filing: DemoFiling;
  /** A biên bản written in the application rather than uploaded. */
  writtenMinutes?: boolean;
  steps: DemoDossierStep[];
  /** Where the steps leave it. */
  status: DossierStatus;
  /**
   * Công khai: the list published from today (AwardNoticeService, for the working days the rules ask,
   * a voluntary notice's otherwise) and a comment from the public on one nominee, not yet handled.
   */
  notice?: {
    comment: { nominee: string; kind: NoticeCommentKind; text: string; authorName: string };
  };
}

const BANG_KHEN = 'BANG_KHEN_TINH';
const OFFICE_GIAY_KHEN = 'Giấy khen của Chánh Văn phòng';

export const DEMO_DOSSIERS: DemoDossierSpec[] = [
  // ── The office's Đợt thi đua đặc biệt (seed 001): the phòng, ban, đơn vị send to Phòng HCTC ─────
  {
    key: 'office-th',
    round: 'OFFICE_2026',
    unit: 'VLG-VP-TH',
    nominees: [
      {
        key: 'th',
        subject: 'COLLECTIVE',
        unit: 'VLG-VP-TH',
        awardCode: BANG_KHEN,
        achievements:
          'Tham mưu Lãnh đạo Văn phòng xây dựng 12 báo cáo kinh tế - xã hội định kỳ và đột xuất đúng hạn trong Đợt thi đua; chủ trì chuẩn bị nội dung 08 phiên họp thường kỳ của Ủy ban nhân dân tỉnh; phục vụ chu đáo, an toàn Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030; 100% văn bản được xử lý trên môi trường điện tử.',
      },
      {
        key: 'th-cv',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-VP-TH', staff: 2 },
        awardCode: 'GIAY_KHEN',
        awardName: OFFICE_GIAY_KHEN,
        achievements:
          'Trực tiếp tổng hợp số liệu báo cáo tổng kết năm 2025 và 09 tháng năm 2026 của Ủy ban nhân dân tỉnh, hoàn thành trước thời hạn; đề xuất chuẩn hóa biểu mẫu số liệu giữa các sở, ngành, rút ngắn thời gian tổng hợp từ 05 xuống 02 ngày làm việc.',
      },
    ],
    filing: 'COMPLETE',
    steps: [{ do: 'SUBMIT' }, { do: 'RECEIVE' }, { do: 'APPRAISE' }, { do: 'FORWARD_TO_COUNCIL' }],
    status: 'READY_FOR_COUNCIL',
  },
  {
    key: 'office-kt',
    round: 'OFFICE_2026',
    unit: 'VLG-VP-KT',
    nominees: [
      {
        key: 'kt-head',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-VP-KT', staff: 0 },
        awardCode: BANG_KHEN,
        achievements:
          'Chỉ đạo Phòng hoàn thành 100% nhiệm vụ được giao trong Đợt thi đua; trực tiếp tham mưu tháo gỡ vướng mắc giải phóng mặt bằng 03 dự án trọng điểm của tỉnh; tham mưu tổ chức thành công Hội nghị xúc tiến đầu tư tỉnh năm 2026.',
      },
      {
        key: 'kt-cv',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-VP-KT', staff: 3 },
        awardCode: 'GIAY_KHEN',
        awardName: OFFICE_GIAY_KHEN,
        achievements:
          'Hoàn thành tốt nhiệm vụ theo dõi lĩnh vực công thương; tham gia tổ công tác kiểm tra tiến độ giải ngân vốn đầu tư công năm 2026.',
      },
    ],
    filing: 'COMPLETE',
    writtenMinutes: true,
    steps: [
      { do: 'SUBMIT' },
      { do: 'RECEIVE' },
      {
        do: 'APPRAISE',
        fail: [
          {
            nominee: 'kt-cv',
            remark:
              'Thành tích nêu trong báo cáo là nhiệm vụ thường xuyên, chưa có kết quả cụ thể vượt trội theo tiêu chí cá nhân của Kế hoạch; đề nghị xem xét ở đợt khen thưởng công trạng cuối năm.',
          },
        ],
      },
    ],
    status: 'APPRAISED',
  },
  {
    key: 'office-kgvx',
    round: 'OFFICE_2026',
    unit: 'VLG-VP-KGVX',
    nominees: [
      {
        key: 'kgvx-head',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-VP-KGVX', staff: 0 },
        awardCode: BANG_KHEN,
        achievements:
          'Tham mưu triển khai chương trình chuyển đổi số trong lĩnh vực giáo dục, y tế; tham mưu tổ chức chu đáo các hoạt động kỷ niệm các ngày lễ lớn năm 2026 của tỉnh.',
      },
      {
        key: 'kgvx-cv',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-VP-KGVX', staff: 2 },
        awardCode: 'GIAY_KHEN',
        awardName: OFFICE_GIAY_KHEN,
        achievements:
          'Xử lý đúng hạn hồ sơ, văn bản lĩnh vực văn hóa - xã hội; tham gia tổ giúp việc Ban Chỉ đạo xóa nhà tạm, nhà dột nát của tỉnh.',
      },
    ],
    filing: 'COMPLETE',
    steps: [
      { do: 'SUBMIT' },
      {
        do: 'RETURN',
        reason:
          'Hồ sơ chưa đúng thành phần theo mục khen thưởng của Kế hoạch: báo cáo thành tích chưa theo Mẫu số 08 ban hành kèm theo Nghị định số 152/2025/NĐ-CP, biên bản họp chưa phân tích thành tích đáp ứng tiêu chuẩn. Đề nghị Phòng hoàn chỉnh và gửi lại.',
        remarks: [
          {
            nominee: 'kgvx-head',
            remark:
              'Báo cáo thành tích chưa theo Mẫu số 08, chưa có xác nhận của Thủ trưởng đơn vị.',
          },
          {
            nominee: 'kgvx-cv',
            remark:
              'Tóm tắt thành tích chưa nêu kết quả cụ thể (số liệu, sản phẩm) gắn với tiêu chí của Đợt thi đua.',
          },
          {
            document: 'BIEN_BAN',
            remark:
              'Biên bản chưa phân tích làm rõ thành tích của từng cá nhân đáp ứng tiêu chuẩn và chưa ghi kết quả biểu quyết.',
          },
        ],
      },
    ],
    status: 'RETURNED',
  },
  {
    key: 'office-nc',
    round: 'OFFICE_2026',
    unit: 'VLG-VP-NC',
    nominees: [
      {
        key: 'nc-head',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-VP-NC', staff: 0 },
        awardCode: BANG_KHEN,
        achievements:
          'Tham mưu giải quyết các vụ việc khiếu nại, tố cáo phức tạp, kéo dài trên địa bàn tỉnh.',
      },
      {
        key: 'nc-deputy',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-VP-NC', staff: 1 },
        awardCode: 'GIAY_KHEN',
        awardName: OFFICE_GIAY_KHEN,
        achievements:
          'Thẩm tra đúng thời hạn hồ sơ 126 vụ việc thuộc lĩnh vực nội chính; phối hợp tổ chức diễn tập khu vực phòng thủ năm 2026 đạt loại Giỏi.',
      },
    ],
    filing: 'COMPLETE',
    steps: [
      { do: 'SUBMIT' },
      {
        do: 'RETURN',
        reason:
          'Thành tích của cá nhân đề nghị tặng Bằng khen chưa nêu số liệu cụ thể; đề nghị bổ sung kết quả giải quyết vụ việc so với chỉ tiêu và gửi lại.',
        remarks: [
          {
            nominee: 'nc-head',
            remark: 'Bổ sung số vụ việc đã giải quyết, tỷ lệ so với chỉ tiêu của Kế hoạch.',
          },
          {
            document: 'BIEN_BAN',
            remark: 'Biên bản cần ghi kết quả biểu quyết của cuộc họp xét.',
          },
        ],
      },
      {
        do: 'FIX',
        nominee: 'nc-head',
        achievements:
          'Tham mưu Chủ tịch Ủy ban nhân dân tỉnh giải quyết dứt điểm 14/16 vụ việc khiếu nại, tố cáo phức tạp, kéo dài (đạt 87,5%, vượt chỉ tiêu 80% của Kế hoạch); tham mưu ban hành Quy chế phối hợp tiếp công dân, xử lý đơn thư giữa các sở, ngành.',
        minutesAdded: [
          'Kết quả biểu quyết: 07/07 thành viên dự họp (100%) đồng ý đề nghị Chánh Văn phòng xem xét, trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho Trưởng phòng và tặng Giấy khen cho Phó Trưởng phòng.',
        ],
      },
      { do: 'SUBMIT' },
      { do: 'RECEIVE' },
    ],
    status: 'RECEIVED',
  },
  {
    key: 'office-btcd',
    round: 'OFFICE_2026',
    unit: 'VLG-VP-BTCD',
    nominees: [
      {
        key: 'btcd',
        subject: 'COLLECTIVE',
        unit: 'VLG-VP-BTCD',
        awardCode: BANG_KHEN,
        achievements:
          'Tổ chức tiếp 2.150 lượt công dân tại Trụ sở Tiếp công dân tỉnh trong Đợt thi đua; 100% đơn thư được phân loại, chuyển xử lý đúng quy định; phục vụ an toàn các buổi tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh.',
      },
    ],
    filing: 'COMPLETE',
    steps: [{ do: 'SUBMIT' }],
    status: 'SUBMITTED',
  },
  {
    key: 'office-ttpvhcc',
    round: 'OFFICE_2026',
    unit: 'VLG-VP-TTPVHCC',
    nominees: [
      {
        key: 'ttpvhcc',
        subject: 'COLLECTIVE',
        unit: 'VLG-VP-TTPVHCC',
        awardCode: BANG_KHEN,
        achievements:
          'Tiếp nhận, giải quyết 186.500 hồ sơ thủ tục hành chính, 99,8% đúng và trước hạn; tỷ lệ hồ sơ trực tuyến toàn trình đạt 72%.',
      },
    ],
    filing: 'COMPLETE',
    steps: [
      { do: 'SUBMIT' },
      {
        do: 'WITHDRAW',
        reason:
          'Theo ý kiến Lãnh đạo Văn phòng, Trung tâm đề nghị khen thưởng thành tích này khi tổng kết công tác năm 2026.',
      },
    ],
    status: 'WITHDRAWN',
  },

  // ── Sở Nội vụ's own công trạng round for 2025: the Sở, its phòng, to Văn phòng Sở ──────────────────
  {
    key: 'snv-own',
    round: 'SNV_2025',
    unit: 'VLG-SNV',
    note: 'Ban Giám đốc và công chức trực thuộc Sở.',
    nominees: [
      {
        key: 'snv-detai',
        subject: 'INDIVIDUAL',
        person: { records: 1 },
        awardCode: 'CSTD_CO_SO',
        citesOwnInitiatives: true,
        achievements:
          'Hoàn thành xuất sắc nhiệm vụ năm 2025; chỉ đạo hoàn thành sắp xếp tổ chức bộ máy của Sở từ 01/3/2025; chủ nhiệm đề tài “Giải pháp nâng cao chất lượng phong trào thi đua ở cơ sở sau sắp xếp đơn vị hành chính”, được công nhận và áp dụng trong toàn tỉnh.',
      },
      {
        key: 'snv-cv1',
        subject: 'INDIVIDUAL',
        person: { records: 3 },
        awardCode: 'GIAY_KHEN',
        awardName: 'Giấy khen của Giám đốc Sở Nội vụ',
        achievements:
          'Hoàn thành xuất sắc nhiệm vụ năm 2025; tham mưu thẩm định hồ sơ sắp xếp đơn vị hành chính cấp xã, bảo đảm tiến độ vận hành chính quyền địa phương hai cấp từ 01/7/2025.',
      },
      {
        key: 'snv-cv2',
        subject: 'INDIVIDUAL',
        person: { records: 4 },
        awardCode: 'GIAY_KHEN',
        awardName: 'Giấy khen của Giám đốc Sở Nội vụ',
        achievements:
          'Hoàn thành tốt nhiệm vụ năm 2025; tham mưu cập nhật cơ sở dữ liệu cán bộ, công chức sau sắp xếp đúng thời hạn.',
      },
    ],
    filing: 'COMPLETE',
    steps: [
      { do: 'SUBMIT' },
      { do: 'RECEIVE' },
      { do: 'APPRAISE' },
      { do: 'FORWARD_TO_COUNCIL' },
      {
        do: 'ESCALATE',
        key: 'snv-vp-up',
        to: 'PROVINCE_2025',
        nominees: [
          {
            nominee: 'snv-detai',
            awardCode: BANG_KHEN,
            achievements:
              'Có thành tích xuất sắc tiêu biểu năm 2025, được Hội đồng Thi đua - Khen thưởng Sở đề nghị: chủ nhiệm đề tài cấp tỉnh về nâng cao chất lượng phong trào thi đua ở cơ sở sau sắp xếp đơn vị hành chính, áp dụng trong toàn tỉnh.',
          },
        ],
      },
    ],
    status: 'READY_FOR_COUNCIL',
  },
  {
    key: 'snv-tcbc',
    round: 'SNV_2025',
    unit: 'VLG-SNV-TCBC',
    nominees: [
      {
        key: 'tcbc-cv',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-SNV-TCBC', staff: 2 },
        awardCode: 'CSTD_CO_SO',
        achievements:
          'Tham mưu hoàn thành đề án vị trí việc làm của các cơ quan hành chính sau sắp xếp; thẩm định hồ sơ tuyển dụng công chức năm 2025 đúng quy định.',
      },
    ],
    filing: 'REPORTS_ONLY',
    steps: [],
    status: 'DRAFT',
  },

  // ── The province's công trạng round for 2025, received by Sở Nội vụ's Phòng TĐKT ────────────────
  {
    key: 'province-snv',
    round: 'PROVINCE_2025',
    unit: 'VLG-SNV',
    nominees: [
      {
        key: 'snv',
        subject: 'COLLECTIVE',
        unit: 'VLG-SNV',
        awardCode: BANG_KHEN,
        achievements:
          'Hoàn thành xuất sắc nhiệm vụ năm 2025; tham mưu hoàn thành sắp xếp đơn vị hành chính cấp xã và vận hành chính quyền địa phương hai cấp từ 01/7/2025; tham mưu tổ chức Đại hội Thi đua yêu nước tỉnh.',
      },
      {
        key: 'snv-held',
        subject: 'INDIVIDUAL',
        person: { records: 2 },
        awardCode: BANG_KHEN,
        achievements:
          'Chỉ đạo hoàn thành công tác thi đua, khen thưởng năm 2025 của Sở; tham mưu sửa đổi quy chế thi đua, khen thưởng của tỉnh theo Nghị định số 152/2025/NĐ-CP.',
      },
      {
        key: 'snv-director',
        subject: 'INDIVIDUAL',
        person: { records: 0 },
        awardCode: 'CSTD_TINH',
        citesOwnInitiatives: true,
        achievements:
          'Lãnh đạo Sở hoàn thành xuất sắc nhiệm vụ năm 2025; chủ trì sáng kiến số hóa quy trình xét khen thưởng thường xuyên tại Sở Nội vụ.',
      },
    ],
    filing: 'REPORTS_ONLY',
    steps: [],
    status: 'DRAFT',
    notice: {
      comment: {
        nominee: 'snv-held',
        kind: 'GOP_Y',
        text: 'Đề nghị Sở xem xét lại việc đề nghị khen thưởng đối với đồng chí này: theo Thông báo số 18/TB-SNV, đồng chí đang trong thời gian xem xét kỷ luật.',
        authorName: 'Một công chức Sở Nội vụ',
      },
    },
  },
  {
    key: 'province-sxd',
    round: 'PROVINCE_2025',
    unit: 'VLG-SXD',
    nominees: [
      {
        key: 'sxd',
        subject: 'COLLECTIVE',
        unit: 'VLG-SXD',
        awardCode: BANG_KHEN,
        achievements:
          'Tham mưu hoàn thành chương trình 2.000 nhà ở cho hộ nghèo, cận nghèo, hộ khó khăn về nhà ở; hoàn thành quy hoạch chung đô thị của các phường sau sắp xếp.',
      },
      {
        key: 'sxd-head',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-SXD', staff: 0 },
        awardCode: BANG_KHEN,
        achievements:
          'Lãnh đạo Sở hoàn thành xuất sắc nhiệm vụ năm 2025; chỉ đạo giải ngân 100% kế hoạch vốn đầu tư công được giao.',
      },
    ],
    filing: 'COMPLETE',
    steps: [{ do: 'SUBMIT' }],
    status: 'SUBMITTED',
  },
];

/** The people of a unit today, in the demo's order (its head first), by code. */
export function staffOf(unit: string): string[] {
  return DEMO_PEOPLE.filter((p) => p.positions.some((x) => x.unit === unit && !x.endedOn)).map(
    (p) => p.code,
  );
}

/** The person a nominee spec names, by code. */
export function nomineeCode(ref: DemoStaffRef | DemoRecordsRef): string {
  const code = 'records' in ref ? snvPeople(6)[ref.records] : staffOf(ref.unit)[ref.staff];
  if (!code) throw new Error(`Người mẫu không có: ${JSON.stringify(ref)}.`);
  return code;
}

/** What the dossier's biên bản says: its unit, round and nominees. */
export interface DemoPaperContext {
  unit: string;
  round: string;
  nominees: { name: string; awardName: string; achievements: string }[];
}

/** Biên bản họp xét khen thưởng, with what a return asked to add. */
export function bienBanParagraphs(c: DemoPaperContext, added: readonly string[] = []): string[] {
  return [
    c.unit.toUpperCase(),
    'BIÊN BẢN',
    `Cuộc họp xét đề nghị khen thưởng: ${c.round}`,
    `Thành phần: Thủ trưởng, cấp phó và đại diện công chức, viên chức, người lao động của ${c.unit}.`,
    'Nội dung: Cuộc họp đã phân tích thành tích của từng tập thể, cá nhân đối chiếu với tiêu chuẩn khen thưởng và thống nhất đề nghị:',
    ...c.nominees.map((n, i) => `${i + 1}. ${n.name} (${n.awardName}): ${n.achievements}`),
    ...added,
    'Cuộc họp kết thúc cùng ngày; biên bản đã thông qua trước các thành viên dự họp.',
  ];
}

/** The certificate of a cited sáng kiến, đề tài (a scan in life; its text here). */
export function certificateParagraphs(title: string, holder: string): string[] {
  return [
    'GIẤY CHỨNG NHẬN',
    `Công nhận sáng kiến, đề tài: “${title}”`,
    `Của: ${holder}`,
    'Được công nhận có phạm vi ảnh hưởng và hiệu quả áp dụng theo quy định.',
  ];
}

/** An appraisal verdict of a nominee under a step. */
export function verdictOf(
  step: Extract<DemoDossierStep, { do: 'APPRAISE' }>,
  nominee: string,
): { verdict: AppraisalVerdict; remark: string | null } {
  const failed = step.fail?.find((f) => f.nominee === nominee);
  return failed ? { verdict: 'FAIL', remark: failed.remark } : { verdict: 'PASS', remark: null };
}
