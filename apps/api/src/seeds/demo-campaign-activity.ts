import { strToU8, zipSync } from 'fflate';
import type {
  BalanceRequirement,
  CampaignPlanStatus,
  CampaignReviewKind,
  CongressForm,
  CongressLevel,
  IsoDate,
} from '@thidua/shared-domain';
import {
  cited,
  DEMO_ANSWERS,
  DEMO_CAMPAIGNS,
  holderOf,
  type DemoCampaignSpec,
} from './demo-campaigns';
import { DEMO_PEOPLE } from './demo-province';

/**
 * What happened to the demo's plans after they were issued (issue 10, "Demo data"), as of the demo's
 * today (late 2026), entered by DemoCampaignActivityLoader through the campaigns module's own services:
 *
 * - Lifecycle (DEMO_PLAN_LIFECYCLE). Bến Tre's cao điểm 2024-2025 held its sơ kết on 17/01/2025 and its
 *   tổng kết on 17/01/2026: closed. The Đảng ủy Sở Xây dựng opened its sơ kết after phase 2 (Đại hội
 *   Đảng bộ Sở, 30/6/2025) and has not moved on in the application: still "đang sơ kết", which the
 *   issuer's list shows as a plan past its period. Thái Bình's congress plan keeps running until the
 *   national congress its delegates go to. The office's Đợt thi đua ended 30/9/2026: tổng kết, with the
 *   phòng's reports coming in. The lower units' answers: the Đảng ủy's to Bến Tre closed with it, four
 *   of the five congress plans running, Sở Y tế's (answered late) never started.
 * - Reports (DEMO_REVIEWS): per round, some addressees sent, one sent back, drafts, the rest missing.
 *   The review service stamps a report late when the day it is SENT is after the round's deadline,
 *   and the loader sends them today: every report of a round whose deadline has passed is late (Bến
 *   Tre's 17/01/2025 and 17/01/2026, the office's 30/9/2026). Hải Dương's plan names no sơ kết day, so
 *   its sơ kết has no deadline and its reports count as on time. Backdating would need a direct write,
 *   which the demo never does.
 * - Congresses (DEMO_CONGRESSES) of seed 003, by level and window as the plan sets them: two communes'
 *   hội nghị (September 2025), two sở of the khối (October 2025), the province's Đại hội (Quý IV/2025),
 *   all held; each lower one sends part of its delegates to the province's.
 * - A giao ước (DEMO_COVENANTS): the Khối thi đua các cơ quan kinh tế at Bến Tre's launch conference
 *   "phát động và ký kết thi đua" (15/02/2024).
 */

/** A seed plan by its seed, or a lower unit's answer by the unit that issued it. */
export type DemoPlanKey = DemoCampaignSpec['seed'] | { answerBy: string };

export type DemoPlanStep = 'start' | 'midterm' | 'final' | 'resume' | 'close';

export interface DemoLifecycleSpec {
  plan: DemoPlanKey;
  /** The steps taken, in order (CampaignLifecycleService); reports of a round follow its opening. */
  steps: DemoPlanStep[];
  /** Where the steps leave it. */
  status: CampaignPlanStatus;
}

export const DEMO_PLAN_LIFECYCLE: DemoLifecycleSpec[] = [
  { plan: '000', steps: ['start', 'midterm', 'resume', 'final', 'close'], status: 'CLOSED' },
  { plan: '002', steps: ['start', 'midterm'], status: 'MIDTERM_REVIEW' },
  { plan: '003', steps: ['start'], status: 'RUNNING' },
  // a 12-month đợt: tổng kết straight from running, as the plan has no sơ kết
  { plan: '001', steps: ['start', 'final'], status: 'FINAL_REVIEW' },
  { plan: { answerBy: 'VLG-DU-UBND' }, steps: ['start', 'final', 'close'], status: 'CLOSED' },
  { plan: { answerBy: 'VLG-DU-X-PHUTHUAN' }, steps: ['start', 'final', 'close'], status: 'CLOSED' },
  { plan: { answerBy: 'VLG-SNV' }, steps: ['start'], status: 'RUNNING' },
  { plan: { answerBy: 'VLG-P-PHUKHUONG' }, steps: ['start'], status: 'RUNNING' },
  { plan: { answerBy: 'VLG-X-PHUTHUAN' }, steps: ['start'], status: 'RUNNING' },
  { plan: { answerBy: 'VLG-P-ANHOI' }, steps: ['start'], status: 'RUNNING' },
  // VLG-SYT: answered late and left its plan as issued
];

function seedPlan(seed: DemoCampaignSpec['seed']): DemoCampaignSpec {
  const plan = DEMO_CAMPAIGNS.find((c) => c.seed === seed);
  if (!plan) throw new Error(`Kế hoạch mẫu ${seed} không có.`);
  return plan;
}

export interface DemoReviewSpec {
  plan: '000' | '001' | '002';
  kind: CampaignReviewKind;
  /** Code of the reporting unit (one the plan addresses). */
  unit: string;
  /** The report's text, given how it cites the plan ("Kế hoạch số … ngày …"). */
  report: (plan: string) => string;
  /** Against the plan's targets, by their index in `content.targets`. */
  figures?: { target: number; achieved: string; note?: string }[];
  status: 'DRAFT' | 'SUBMITTED' | 'RETURNED';
  returnReason?: string;
  /** A .docx the unit attaches before sending (the files module checks it is Word). */
  attachment?: { name: string; title: string; paragraphs: string[] };
}

const BEN_TRE_MIDTERM_INTRO = (plan: string, who: string) =>
  `Thực hiện ${plan} của Ban Thường vụ Tỉnh ủy về phát động cao điểm thi đua “Đồng Khởi mới” trong hai năm 2024-2025, ${who} báo cáo sơ kết năm 2024 như sau:`;
const BEN_TRE_FINAL_INTRO = (plan: string, who: string) =>
  `Thực hiện ${plan} của Ban Thường vụ Tỉnh ủy về phát động cao điểm thi đua “Đồng Khởi mới” trong hai năm 2024-2025, ${who} báo cáo tổng kết cao điểm thi đua như sau:`;
const OFFICE_FINAL_INTRO = (plan: string, who: string) =>
  `Thực hiện ${plan} của Văn phòng UBND tỉnh về phát động Đợt thi đua đặc biệt lập thành tích chào mừng các ngày lễ lớn, sự kiện lịch sử quan trọng trong năm 2026, ${who} báo cáo tổng kết Đợt thi đua như sau:`;
const PARTY_MIDTERM_INTRO = (plan: string, who: string) =>
  `Thực hiện ${plan} của Đảng ủy Sở về phát động đợt thi đua lập thành tích chào mừng đại hội Đảng bộ Sở lần thứ VIII, nhiệm kỳ 2025 - 2030, ${who} báo cáo sơ kết giai đoạn 1 và giai đoạn 2 như sau:`;

const lines = (...parts: string[]) => parts.join('\n');

const DU_UBND_FINAL: string[] = [
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Công tác lãnh đạo, chỉ đạo: Ban Thường vụ Đảng ủy ban hành kế hoạch thực hiện ngày 05/02/2024, quán triệt đến 100% chi bộ, đảng bộ trực thuộc; các chi bộ, đảng bộ trực thuộc đăng ký nội dung thi đua gắn với nhiệm vụ chính trị của cơ quan, đơn vị.',
  '2. Thi đua xây dựng Đảng: Năm 2025 có 96,4% tổ chức cơ sở đảng được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên; kết nạp 171 đảng viên mới, bằng 3,2% tổng số đảng viên đầu năm; 100% chi bộ sử dụng sổ tay đảng viên điện tử.',
  '3. Thi đua thực hiện nhiệm vụ chính trị: 100% cán bộ, công chức sử dụng hộp thư điện tử công vụ; 99,6% hồ sơ thủ tục hành chính được giải quyết đúng hạn và sớm hạn; hoàn thành sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh từ 01/3/2025.',
  '4. Phát hiện, xây dựng, nhân rộng “Điển hình”: qua hai năm, các chi bộ, đảng bộ trực thuộc biểu dương 42 tập thể, 118 cá nhân điển hình; đề nghị Ủy ban nhân dân tỉnh khen thưởng 6 tập thể, 15 cá nhân.',
  'II. HẠN CHẾ VÀ NGUYÊN NHÂN',
  'Một số chi bộ còn đăng ký nội dung thi đua chung chung, chưa gắn với chỉ tiêu cụ thể; việc sắp xếp tổ chức bộ máy năm 2025 làm chậm việc tổng hợp kết quả ở một số đơn vị.',
  'III. ĐỀ XUẤT',
  'Đề nghị Ban Thường vụ Tỉnh ủy xem xét khen thưởng các tập thể, cá nhân tiêu biểu trong cao điểm thi đua; tiếp tục phát động thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
];

export const DEMO_REVIEWS: DemoReviewSpec[] = [
  // ── Bến Tre (seed 000), sơ kết năm 2024: two đảng ủy sent, An Hội's still a draft ─────────────────
  {
    plan: '000',
    kind: 'MIDTERM',
    unit: 'VLG-DU-UBND',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        BEN_TRE_MIDTERM_INTRO(plan, 'Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh'),
        '1. Ban Thường vụ Đảng ủy ban hành kế hoạch thực hiện ngày 05/02/2024; 100% chi bộ, đảng bộ trực thuộc xây dựng kế hoạch và đăng ký nội dung thi đua.',
        '2. Thi đua xây dựng Đảng: kết nạp 186 đảng viên mới; triển khai sổ tay đảng viên điện tử đến 100% chi bộ trực thuộc.',
        '3. Thi đua thực hiện nhiệm vụ chính trị: tỷ lệ cán bộ, công chức sử dụng hộp thư điện tử công vụ tăng từ 61% (năm 2023) lên 98,6%; 99,2% hồ sơ tiếp nhận được giải quyết đúng hạn và sớm hạn.',
        '4. Năm 2024 biểu dương 19 tập thể, 54 cá nhân điển hình; đề nghị xem xét công nhận 02 “Công dân Đồng khởi”.',
        'Hạn chế: tỷ lệ hồ sơ giải quyết đúng hạn chưa đạt 100%, còn 0,8% hồ sơ trễ hạn ở lĩnh vực đất đai.',
      ),
    figures: [
      { target: 0, achieved: '186', note: 'Phần của Đảng bộ Ủy ban nhân dân tỉnh' },
      { target: 3, achieved: '98,6' },
      { target: 4, achieved: '99,2', note: 'Còn 0,8% hồ sơ trễ hạn, lĩnh vực đất đai' },
      { target: 5, achieved: '100' },
    ],
  },
  {
    plan: '000',
    kind: 'MIDTERM',
    unit: 'VLG-DU-X-PHUTHUAN',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        BEN_TRE_MIDTERM_INTRO(plan, 'Ban Thường vụ Đảng ủy xã Phú Thuận'),
        '1. Đảng ủy ban hành kế hoạch thực hiện ngày 04/3/2024, tổ chức hội nghị phát động tại 3 ấp; 100% hộ gia đình ký cam kết thi đua.',
        '2. Kết nạp 14 đảng viên mới; Chi bộ ấp Phú Thạnh và Chi bộ ấp Phú Lợi được công nhận trong sạch, vững mạnh toàn diện.',
        '3. Phát triển thêm 38 ha nuôi tôm biển ứng dụng công nghệ cao; vận động xây dựng 3 căn nhà tình nghĩa cho gia đình chính sách.',
        '4. Phối hợp giải phóng mặt bằng hạ tầng kỹ thuật Khu công nghiệp Phú Thuận đúng tiến độ.',
      ),
    figures: [
      { target: 0, achieved: '14', note: 'Phần của Đảng bộ xã Phú Thuận' },
      { target: 1, achieved: '2', note: 'Chi bộ ấp Phú Thạnh, Chi bộ ấp Phú Lợi' },
      { target: 7, achieved: '38' },
      { target: 9, achieved: '3' },
    ],
  },
  {
    plan: '000',
    kind: 'MIDTERM',
    unit: 'VLG-DU-P-ANHOI',
    status: 'DRAFT',
    report: (plan) =>
      lines(
        BEN_TRE_MIDTERM_INTRO(plan, 'Ban Thường vụ Đảng ủy phường An Hội'),
        '1. Đảng ủy ban hành kế hoạch thực hiện; các chi bộ khu phố đăng ký nội dung thi đua.',
      ),
  },
  // ── Bến Tre, tổng kết cao điểm 2024-2025: the three đảng ủy sent, one with its signed report ───────
  {
    plan: '000',
    kind: 'FINAL',
    unit: 'VLG-DU-UBND',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        BEN_TRE_FINAL_INTRO(plan, 'Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh'),
        ...DU_UBND_FINAL,
      ),
    figures: [
      { target: 10, achieved: '96,4' },
      { target: 11, achieved: '3,2', note: '171 đảng viên mới' },
    ],
    attachment: {
      name: 'Bao cao tong ket cao diem thi dua Dong Khoi moi - Dang uy UBND tinh.docx',
      title: 'BÁO CÁO tổng kết cao điểm thi đua “Đồng Khởi mới” trong hai năm 2024-2025',
      paragraphs: [
        'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH',
        'BÁO CÁO',
        'Tổng kết cao điểm thi đua “Đồng Khởi mới” trong hai năm 2024-2025',
        ...DU_UBND_FINAL,
        'T/M BAN THƯỜNG VỤ',
        'BÍ THƯ',
        holderOf('VLG-DU-UBND', 'Bí thư Đảng ủy', '2026-01-10'),
      ],
    },
  },
  {
    plan: '000',
    kind: 'FINAL',
    unit: 'VLG-DU-X-PHUTHUAN',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        BEN_TRE_FINAL_INTRO(plan, 'Ban Thường vụ Đảng ủy xã Phú Thuận'),
        '1. Năm 2025, 100% tổ chức cơ sở đảng và 95,8% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; kết nạp 11 đảng viên mới, bằng 3,6% tổng số đảng viên.',
        '2. Chi bộ ấp Phú Thạnh, Chi bộ ấp Phú Lợi giữ vững danh hiệu trong sạch, vững mạnh toàn diện (2/3 chi bộ ấp).',
        '3. Xã giữ vững chuẩn nông thôn mới nâng cao; tỷ lệ hộ nghèo giảm 1,3% so với đầu năm.',
        '4. Đề nghị khen thưởng 2 tập thể, 5 cá nhân điển hình trong cao điểm thi đua.',
      ),
    figures: [
      { target: 10, achieved: '100', note: 'Đảng viên: 95,8%' },
      { target: 11, achieved: '3,6' },
      { target: 12, achieved: '66,7', note: '2/3 chi bộ ấp' },
      { target: 16, achieved: 'Đạt', note: 'Giữ vững chuẩn nông thôn mới nâng cao' },
      { target: 17, achieved: '1,3' },
    ],
  },
  {
    plan: '000',
    kind: 'FINAL',
    unit: 'VLG-DU-P-ANHOI',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        BEN_TRE_FINAL_INTRO(plan, 'Ban Thường vụ Đảng ủy phường An Hội'),
        '1. Sau sắp xếp đơn vị hành chính, Đảng ủy phường kiện toàn các chi bộ khu phố, duy trì sinh hoạt đúng quy định.',
        '2. Năm 2025, 94,1% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên; 2/5 chi bộ khu phố được công nhận trong sạch, vững mạnh toàn diện.',
      ),
    figures: [
      { target: 10, achieved: '94,1' },
      { target: 12, achieved: '40', note: '2/5 chi bộ khu phố' },
    ],
  },
  // ── Hải Dương (seed 002), sơ kết giai đoạn 1-2: two chi bộ sent, the third has not ─────────────────
  {
    plan: '002',
    kind: 'MIDTERM',
    unit: 'VLG-DU-SXD-CB1',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        PARTY_MIDTERM_INTRO(plan, 'Chi bộ Văn phòng Sở'),
        '1. Chi bộ tổ chức thành công Đại hội Chi bộ nhiệm kỳ 2025 - 2027 ngày 12/3/2025, trước thời hạn Đảng ủy Sở giao.',
        '2. Phục vụ chu đáo Đại hội Đảng bộ Sở lần thứ VIII, nhiệm kỳ 2025 - 2030; hoàn thành số hóa hồ sơ văn kiện đại hội.',
        '3. Tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước và 135 năm Ngày sinh Chủ tịch Hồ Chí Minh; 100% đảng viên tham gia góp ý dự thảo văn kiện.',
      ),
  },
  {
    plan: '002',
    kind: 'MIDTERM',
    unit: 'VLG-DU-SXD-CB2',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        PARTY_MIDTERM_INTRO(plan, 'Chi bộ Phòng Quản lý xây dựng'),
        '1. Đại hội Chi bộ nhiệm kỳ 2025 - 2027 tổ chức ngày 20/3/2025, bầu đủ số lượng cấp ủy.',
        '2. Thẩm định 100% hồ sơ thiết kế xây dựng đúng hạn; rút ngắn thời gian giải quyết thủ tục cấp phép xây dựng 3 ngày so với quy định.',
      ),
  },
  // ── Văn phòng UBND tỉnh (seed 001), tổng kết Đợt thi đua: the phòng as far as each got ─────────────
  {
    plan: '001',
    kind: 'FINAL',
    unit: 'VLG-VP-TH',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        OFFICE_FINAL_INTRO(plan, 'Phòng Tổng hợp'),
        '1. Tham mưu 100% văn bản chỉ đạo, điều hành của Ủy ban nhân dân tỉnh đúng tiến độ; không có văn bản tham mưu trễ hạn.',
        '2. Phục vụ chu đáo các kỳ họp, hội nghị chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
        '3. Đề nghị tặng Giấy khen của Chánh Văn phòng cho tập thể Phòng Tổng hợp và 01 cá nhân.',
      ),
    attachment: {
      name: 'Bao cao tong ket Dot thi dua dac biet - Phong Tong hop.docx',
      title: 'BÁO CÁO tổng kết Đợt thi đua đặc biệt năm 2026 của Phòng Tổng hợp',
      paragraphs: [
        'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH',
        'PHÒNG TỔNG HỢP',
        'BÁO CÁO',
        'Tổng kết Đợt thi đua đặc biệt lập thành tích chào mừng các ngày lễ lớn, sự kiện lịch sử quan trọng trong năm 2026',
        'Tham mưu 100% văn bản chỉ đạo, điều hành của Ủy ban nhân dân tỉnh đúng tiến độ; không có văn bản tham mưu trễ hạn.',
        'Phục vụ chu đáo các kỳ họp, hội nghị chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
        'TRƯỞNG PHÒNG',
        holderOf('VLG-VP-TH', 'Trưởng phòng', '2026-10-05'),
      ],
    },
  },
  {
    plan: '001',
    kind: 'FINAL',
    unit: 'VLG-VP-HCTC',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        OFFICE_FINAL_INTRO(plan, 'Phòng Hành chính tổ chức - Quản trị tài vụ'),
        '1. Bảo đảm điều kiện phục vụ 46 hội nghị, sự kiện của tỉnh; hoàn thành chuyển đổi số hồ sơ lưu trữ năm 2025.',
        '2. Tiếp nhận, tổng hợp hồ sơ đề nghị khen thưởng của các phòng, ban, đơn vị trình Hội đồng Thi đua - Khen thưởng Văn phòng.',
      ),
  },
  {
    plan: '001',
    kind: 'FINAL',
    unit: 'VLG-VP-KT',
    status: 'RETURNED',
    returnReason:
      'Báo cáo chưa nêu kết quả tham mưu lĩnh vực kinh tế theo nội dung đã đăng ký thi đua; đề nghị bổ sung số liệu cụ thể và gửi lại.',
    report: (plan) =>
      lines(OFFICE_FINAL_INTRO(plan, 'Phòng Kinh tế'), 'Phòng hoàn thành tốt nhiệm vụ được giao.'),
  },
  {
    plan: '001',
    kind: 'FINAL',
    unit: 'VLG-VP-KGVX',
    status: 'DRAFT',
    report: (plan) =>
      lines(
        OFFICE_FINAL_INTRO(plan, 'Phòng Khoa giáo - Văn xã'),
        '1. Tham mưu tổ chức các hoạt động văn hóa - xã hội chào mừng các ngày lễ lớn năm 2026.',
      ),
  },
  {
    plan: '001',
    kind: 'FINAL',
    unit: 'VLG-VP-NC',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        OFFICE_FINAL_INTRO(plan, 'Phòng Nội chính'),
        '1. Tham mưu giải quyết dứt điểm 27/29 vụ việc khiếu nại, tố cáo tồn đọng; không phát sinh điểm nóng.',
        '2. Phối hợp bảo đảm an ninh, trật tự các sự kiện chính trị của tỉnh năm 2026.',
      ),
  },
  {
    plan: '001',
    kind: 'FINAL',
    unit: 'VLG-VP-TTPVHCC',
    status: 'SUBMITTED',
    report: (plan) =>
      lines(
        OFFICE_FINAL_INTRO(plan, 'Trung tâm Phục vụ hành chính công'),
        '1. Tiếp nhận 48.612 hồ sơ thủ tục hành chính, giải quyết đúng hạn và sớm hạn 99,7%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 68%.',
        '2. Chỉ số hài lòng của người dân, doanh nghiệp đạt 98,9%.',
      ),
  },
];

/** A seed plan as a report or a giao ước cites it: "Kế hoạch số 01-KH/TU ngày 25/1/2024". */
export function reviewedPlan(seed: DemoCampaignSpec['seed'], symbol: string): string {
  return cited(symbol, seedPlan(seed).issue.issuedOn);
}

// ── Congresses of seed 003 ──────────────────────────────────────────────────────────────────────────

/**
 * Delegates as the organisers pick them: the people holding a post in `unit` on the congress day
 * (one of `titles` when given), in the demo's order, the first `take` (all when absent). `toUpper`:
 * whom of them the congress elects to the one above, the first n or those holding one of these titles.
 */
export interface DemoDelegateGroup {
  unit: string;
  sector: string;
  titles?: string[];
  take?: number;
  toUpper?: number | string[];
}

export interface DemoCongressSpec {
  key: string;
  host: string;
  level: CongressLevel;
  form: CongressForm;
  name: string;
  windowFrom: IsoDate;
  windowTo: IsoDate;
  duration: string;
  venue: string;
  delegateTarget?: number;
  requirements: BalanceRequirement[];
  /** The key of the congress it sends delegates to. */
  upper?: string;
  delegates: DemoDelegateGroup[];
  heldOn: IsoDate;
}

/**
 * "Người lao động trực tiếp" (seed 003, 2.2): those who teach, treat, run the plant or farm; a
 * worker's staff category counts by itself (congressBalance).
 */
export const DIRECT_WORK =
  /^(Giáo viên|Bác sĩ|Điều dưỡng|Dược sĩ|Kỹ thuật viên|Kỹ sư|Công nhân|Thành viên Hợp tác xã)/;

const PROVINCE_REQUIREMENTS: BalanceRequirement[] = [
  { criterion: 'FEMALE', minShare: 35 },
  { criterion: 'YOUTH', minShare: 10, maxAge: 35 },
  { criterion: 'ETHNIC_MINORITY', minShare: 10 },
  { criterion: 'DIRECT_WORKER', minShare: 30 },
  { criterion: 'NON_PARTY', minShare: 30 },
  { criterion: 'SECTOR', sectors: ['Quản lý nhà nước', 'Giáo dục', 'Y tế', 'Nông nghiệp'] },
];
const COMMUNE_REQUIREMENTS: BalanceRequirement[] = [
  { criterion: 'FEMALE', minShare: 30 },
  { criterion: 'ETHNIC_MINORITY', minCount: 1 },
  { criterion: 'DIRECT_WORKER', minShare: 20 },
];
const AGENCY_REQUIREMENTS: BalanceRequirement[] = [
  { criterion: 'FEMALE', minShare: 35 },
  { criterion: 'YOUTH', minShare: 10 },
];

/** The plan the congresses follow: Thái Bình's "Đại hội Thi đua yêu nước các cấp". */
export const DEMO_CONGRESS_PLAN: DemoCampaignSpec['seed'] = '003';

export const DEMO_CONGRESSES: DemoCongressSpec[] = [
  {
    key: 'TINH',
    host: 'VLG',
    level: 'PROVINCE',
    form: 'PATRIOTIC_CONGRESS',
    // the demo cannot know the ordinal (demo-campaigns.ts leaves such numbers out)
    name: 'Đại hội Thi đua yêu nước tỉnh Vĩnh Long năm 2025',
    windowFrom: '2025-10-01',
    windowTo: '2025-12-31',
    duration: '01 ngày',
    venue: 'Hội trường Ủy ban nhân dân tỉnh, số 88, đường 2 Tháng 9, phường Thanh Đức',
    delegateTarget: 30,
    requirements: PROVINCE_REQUIREMENTS,
    delegates: [
      { unit: 'VLG', sector: 'Quản lý nhà nước', take: 2 },
      {
        unit: 'VLG-SGDDT-THPTLVL',
        sector: 'Giáo dục',
        titles: ['Hiệu trưởng', 'Giáo viên'],
        take: 4,
      },
      { unit: 'VLG-DN-CTN', sector: 'Cấp thoát nước', take: 4 },
      { unit: 'VLG-SNN-TL', sector: 'Nông nghiệp', take: 3 },
    ],
    heldOn: '2025-12-12',
  },
  {
    key: 'X-PHUTHUAN',
    host: 'VLG-X-PHUTHUAN',
    level: 'COMMUNE',
    form: 'EXEMPLARS_CONFERENCE',
    name: 'Hội nghị tuyên dương điển hình tiên tiến xã Phú Thuận giai đoạn 2020 - 2025',
    windowFrom: '2025-09-01',
    windowTo: '2025-09-30',
    duration: '1/2 ngày',
    venue: 'Hội trường Ủy ban nhân dân xã Phú Thuận',
    requirements: COMMUNE_REQUIREMENTS,
    upper: 'TINH',
    delegates: [
      { unit: 'VLG-X-PHUTHUAN', sector: 'Quản lý nhà nước', toUpper: 1 },
      { unit: 'VLG-X-PHUTHUAN-A1', sector: 'Quản lý nhà nước', toUpper: 1 },
      { unit: 'VLG-X-PHUTHUAN-A2', sector: 'Quản lý nhà nước' },
      { unit: 'VLG-X-PHUTHUAN-A3', sector: 'Quản lý nhà nước' },
      { unit: 'VLG-X-PHUTHUAN-TH', sector: 'Giáo dục', take: 5, toUpper: ['Giáo viên'] },
      { unit: 'VLG-X-PHUTHUAN-HTX', sector: 'Nông nghiệp', toUpper: 2 },
    ],
    heldOn: '2025-09-18',
  },
  {
    key: 'P-ANHOI',
    host: 'VLG-P-ANHOI',
    level: 'COMMUNE',
    form: 'EXEMPLARS_CONFERENCE',
    name: 'Hội nghị tuyên dương điển hình tiên tiến phường An Hội giai đoạn 2020 - 2025',
    windowFrom: '2025-09-01',
    windowTo: '2025-09-30',
    duration: '1/2 ngày',
    venue: 'Hội trường Ủy ban nhân dân phường An Hội',
    requirements: COMMUNE_REQUIREMENTS,
    upper: 'TINH',
    delegates: [
      {
        unit: 'VLG-P-ANHOI',
        sector: 'Quản lý nhà nước',
        toUpper: [
          'Chủ tịch Ủy ban nhân dân phường',
          'Công chức Văn phòng - Thống kê',
          'Công chức Văn hóa - Xã hội',
        ],
      },
      { unit: 'VLG-P-ANHOI-K1', sector: 'Quản lý nhà nước' },
      { unit: 'VLG-P-ANHOI-K2', sector: 'Quản lý nhà nước' },
      { unit: 'VLG-P-ANHOI-K3', sector: 'Quản lý nhà nước', toUpper: 1 },
    ],
    heldOn: '2025-09-24',
  },
  {
    key: 'SNV',
    host: 'VLG-SNV',
    level: 'CLUSTER',
    form: 'EXEMPLARS_CONFERENCE',
    name: 'Hội nghị điển hình tiên tiến Sở Nội vụ giai đoạn 2020 - 2025',
    windowFrom: '2025-10-01',
    windowTo: '2025-10-31',
    duration: '1/2 ngày',
    venue: 'Hội trường Sở Nội vụ',
    requirements: AGENCY_REQUIREMENTS,
    upper: 'TINH',
    delegates: [
      { unit: 'VLG-SNV', sector: 'Quản lý nhà nước', toUpper: 2 },
      { unit: 'VLG-SNV-TDKT', sector: 'Quản lý nhà nước', toUpper: 1 },
      { unit: 'VLG-SNV-VP', sector: 'Quản lý nhà nước' },
      { unit: 'VLG-SNV-TCBC', sector: 'Quản lý nhà nước' },
    ],
    heldOn: '2025-10-09',
  },
  {
    key: 'SYT',
    host: 'VLG-SYT',
    level: 'CLUSTER',
    form: 'GOOD_WORKERS_CONFERENCE',
    name: 'Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo ngành Y tế giai đoạn 2020 - 2025',
    windowFrom: '2025-10-01',
    windowTo: '2025-10-31',
    duration: '1/2 ngày',
    venue: 'Hội trường Bệnh viện Đa khoa tỉnh Vĩnh Long',
    requirements: AGENCY_REQUIREMENTS,
    upper: 'TINH',
    delegates: [
      { unit: 'VLG-SYT', sector: 'Y tế', take: 3 },
      { unit: 'VLG-SYT-NVY', sector: 'Y tế', take: 2 },
      { unit: 'VLG-SYT-BVDK', sector: 'Y tế' },
      // the doctors and nurses of Khoa Nội go on to the province's
      { unit: 'VLG-SYT-BVDK-KNOI', sector: 'Y tế', toUpper: ['Bác sĩ', 'Điều dưỡng'] },
    ],
    heldOn: '2025-10-16',
  },
];

export interface DemoDelegate {
  person: string;
  sector: string;
  directWorker: boolean;
  toUpper: boolean;
}

/** The people of a congress's groups, each once, with their marks (see DemoDelegateGroup). */
export function delegatesOf(c: DemoCongressSpec): DemoDelegate[] {
  const out: DemoDelegate[] = [];
  const seen = new Set<string>();
  for (const g of c.delegates) {
    const holding = DEMO_PEOPLE.flatMap((p) => {
      const pos = p.positions.find(
        (x) =>
          x.unit === g.unit &&
          x.startedOn <= c.heldOn &&
          !x.endedOn &&
          (!g.titles || g.titles.includes(x.title)),
      );
      return pos && !seen.has(p.code) ? [{ person: p.code, title: pos.title }] : [];
    }).slice(0, g.take);
    holding.forEach((h, i) => {
      seen.add(h.person);
      out.push({
        person: h.person,
        sector: g.sector,
        directWorker: DIRECT_WORK.test(h.title),
        toUpper: Array.isArray(g.toUpper) ? g.toUpper.includes(h.title) : i < (g.toUpper ?? 0),
      });
    });
  }
  return out;
}

// ── Giao ước ────────────────────────────────────────────────────────────────────────────────────────

export interface DemoCovenantSpec {
  plan: DemoCampaignSpec['seed'];
  cluster: string;
  signedOn: IsoDate;
  place: string;
  /** The text as signed, given how it cites the plan. */
  content: (plan: string) => string;
}

export const DEMO_COVENANTS: DemoCovenantSpec[] = [
  {
    // the seed's "Hội nghị trực tuyến toàn tỉnh phát động và ký kết thi đua" (Mùng 6 Tết Giáp Thìn)
    plan: '000',
    cluster: 'KHOI-03',
    signedOn: '2024-02-15',
    place:
      'Hội trường lớn Ủy ban nhân dân tỉnh (điểm cầu chính Hội nghị trực tuyến toàn tỉnh phát động và ký kết thi đua)',
    content: (plan) =>
      lines(
        `Thực hiện ${plan} của Ban Thường vụ Tỉnh ủy về phát động cao điểm thi đua “Đồng Khởi mới” trong hai năm 2024-2025, các đơn vị thành viên Khối thi đua các cơ quan kinh tế thống nhất ký kết giao ước thi đua với các nội dung sau:`,
        '1. Quán triệt, triển khai kế hoạch đến 100% cán bộ, công chức, viên chức, người lao động; mỗi đơn vị ban hành kế hoạch cụ thể hóa và tổ chức đăng ký thi đua xong trong tháng 3 năm 2024.',
        '2. Sở Nông nghiệp và Phát triển nông thôn tham mưu phát triển thêm 500 ha nuôi tôm biển ứng dụng công nghệ cao năm 2024, đạt 4.000 ha năm 2025; công nhận ít nhất 17 xã đạt chuẩn nông thôn mới năm 2024.',
        '3. Ban Quản lý các khu công nghiệp cơ bản hoàn thành hạ tầng kỹ thuật Khu công nghiệp Phú Thuận năm 2024; phối hợp tổ chức thành công hội nghị xúc tiến đầu tư.',
        '4. Sở Công Thương đưa 100% sản phẩm OCOP lên sàn thương mại điện tử; tham mưu xây dựng 100 doanh nghiệp dẫn đầu.',
        '5. Sở Xây dựng tham mưu hoàn thành chương trình 2.000 nhà ở cho hộ nghèo, cận nghèo, hộ khó khăn về nhà ở.',
        '6. 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn và sớm hạn; 100% cán bộ, công chức sử dụng hộp thư điện tử công vụ.',
        '7. Hằng quý báo cáo kết quả về đơn vị Khối trưởng để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy); sơ kết năm 2024, tổng kết năm 2025, bình xét thi đua trong Khối.',
      ),
  },
];

// ── The attached report as a Word file ──────────────────────────────────────────────────────────────

const escapeXml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

/**
 * A minimal .docx of `paragraphs` (content types, package relationship, body: what Word needs to open
 * it, and what the files module checks). Built with a fixed timestamp so the file, hence its hash,
 * is the same on every load.
 */
export function reportDocx(paragraphs: string[]): Uint8Array {
  const mtime = new Date('2026-01-10T08:00:00Z');
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`)
    .join('');
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`,
      ),
    },
    { mtime },
  );
}

/** An answer's index in DEMO_ANSWERS, by the unit that issued it. */
export function answerIndex(by: string): number {
  const i = DEMO_ANSWERS.findIndex((a) => a.issuer === by);
  if (i < 0) throw new Error(`Kế hoạch trả lời mẫu của ${by} không có.`);
  return i;
}
