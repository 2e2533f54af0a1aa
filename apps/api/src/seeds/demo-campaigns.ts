import type {
  CampaignKind,
  CampaignScope,
  IsoDate,
  LegalDocumentKind,
} from '@thidua/shared-domain';
import type {
  CampaignPlanContent,
  SignaturePart,
} from '../modules/campaigns/campaign-plan-content';
import { DEMO_PEOPLE, DEMO_RESTRUCTURINGS, DEMO_UNITS } from './demo-province';

/**
 * The four real plans of ../shared/seeds as the demo province's own (issue 10, "Demo data"), entered
 * through the campaigns module's content model and issued by DemoCampaignLoader:
 *
 * - seed 000, Ban Thường vụ Tỉnh ủy Bến Tre, "cao điểm thi đua Đồng Khởi mới 2024-2025" → Tỉnh ủy (VLG-TU);
 * - seed 001, Văn phòng UBND tỉnh Bắc Kạn, Đợt thi đua đặc biệt → Văn phòng UBND tỉnh (VLG-VP);
 * - seed 002, Đảng ủy of a Hải Dương sở, đợt thi đua in three phases → Đảng ủy Sở Xây dựng (VLG-DU-SXD);
 * - seed 003, UBND tỉnh Thái Bình, Đại hội Thi đua yêu nước các cấp → UBND tỉnh (VLG).
 *
 * The text is the seeds' own. What changed, and why:
 * - Names of the province: "Bắc Kạn", "Thái Bình", "Hải Dương" and the province of Bến Tre become Vĩnh
 *   Long; places inside it (thành phố Bến Tre, Bình Đại, Ba Tri…) stay, as the demo province holds them.
 * - Bodies the demo has not: Đảng bộ Khối các cơ quan tỉnh (seed 002) is the demo's Đảng ủy Ủy ban nhân
 *   dân tỉnh; Ban Thi đua - Khen thưởng (seed 003) is Sở Nội vụ since the 2025 reform.
 * - Years. Seeds 000 and 002 keep theirs (2024-2025): their targets are those of the 2020-2025 Party
 *   term and their milestones real anniversaries and congresses (65 năm Đồng Khởi on 17/01/2025, 95 năm
 *   thành lập Đảng on 03/02/2025), which a shift would falsify. Seed 001 moves one year (10/2025 -
 *   9/2026): its dossiers then reach the office after 01/07/2025, so Mẫu số 08 is NĐ 152/2025's, not the
 *   repealed NĐ 98/2023's. Seed 003 is issued after the reform (07/2025) to the merged communes and the
 *   cụm, khối, its congresses in the months left before the provincial one (Q4/2025, domain.md §6).
 * - Ordinals of congresses whose number the demo cannot know (Đại hội Đảng bộ tỉnh lần thứ XVIII of
 *   Hải Dương, Đại hội TĐYN tỉnh Thái Bình lần thứ VIII) are left out rather than invented.
 * - Anniversaries of bodies the demo has not are left out (73 năm Đảng bộ Khối các cơ quan tỉnh Hải
 *   Dương; 135 năm thành lập tỉnh Thái Bình).
 * - Obvious typing errors of the seeds are corrected ("Động Khởi", "Kiểm chế", "phần đầu", "hướng ứng").
 *
 * Where the content model has no place for a part, the text goes to the nearest part, said at the spot:
 * the seeds' own opening sentence (the căn cứ line is printed from the registry), a lead-in above the
 * first numbered content (seed 000), content items without headings (seeds 001, 002: short headings
 * added), a phase's sub-periods (seed 002: as the first words of its tasks, in italics) and the giải
 * pháp's own numbering (seed 000). Italics and footnotes are the seeds' own, where the seeds put them
 * (the inline markup of shared-domain `parseInlineMarkup`: *nghiêng*, [^chú thích]).
 *
 * Then the cascade: whom each plan addresses, the lower units that answered with plans of their own
 * (DEMO_ANSWERS: on time, late, not yet), and the office's phòng registering for its plan
 * (DEMO_REGISTRATIONS: chưa gửi, chờ duyệt, trả lại, đã duyệt).
 */

/** A provincial document a seed cites, entered in the legal registry as the demo unit's own. */
export interface DemoLegalDocumentSpec {
  number: string;
  kind: LegalDocumentKind;
  issuingBody: string;
  /** Code of the demo unit that issued it. */
  issuer: string;
  issuedOn: IsoDate;
  /** Trích yếu, starting with "Về …" as the shipped national documents do (the căn cứ line reads on). */
  title: string;
  note: string;
}

/** A căn cứ: a shipped national document, or one of DEMO_LEGAL_DOCUMENTS, by its number. */
export type DemoBasis = { national: string } | { local: string };

/**
 * Whom a plan addresses (the cascade, CampaignAddressingSpec) by demo codes: these units, these units
 * with their subtrees, units of these kinds (inside `kindsWithin`, else the issuer's subtree), members
 * of these cụm, khối on the day of issue.
 */
export interface DemoAddressing {
  units?: string[];
  subtrees?: string[];
  kinds?: string[];
  kindsWithin?: string[];
  clusters?: string[];
}

/** A plan as the loader enters it: drafted at `issuer`, then submitted and issued. */
export interface DemoPlanSpec {
  /** Code of the issuing demo unit (its shortName gives the ký hiệu). */
  issuer: string;
  kind: CampaignKind;
  scope: CampaignScope;
  /** Trích yếu, as the seed writes it. */
  title: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  bases: DemoBasis[];
  content: CampaignPlanContent;
  issue: { issuedOn: IsoDate; place: string; signer: SignaturePart };
  addressing?: DemoAddressing;
  /** By when the addressed units issue their own plans ("gửi … trước ngày …"). */
  answerDeadline?: IsoDate;
}

export interface DemoCampaignSpec extends DemoPlanSpec {
  /** Which seed file it enters, for tests and the log. */
  seed: '000' | '001' | '002' | '003';
}

const PLACE = 'Vĩnh Long';
const NOTE =
  'Dữ liệu mẫu: văn bản của tỉnh mẫu, phỏng theo văn bản được viện dẫn trong kế hoạch thật.';

export const DEMO_LEGAL_DOCUMENTS: DemoLegalDocumentSpec[] = [
  {
    // seed 000: "Chỉ thị số 01-CT/TU, ngày 17/10/2020 của Ban Thường vụ Tỉnh uỷ"
    number: '01-CT/TU',
    kind: 'CHI_THI',
    issuingBody: 'Ban Thường vụ Tỉnh ủy',
    issuer: 'VLG-TU',
    issuedOn: '2020-10-17',
    title:
      'Về phát động phong trào thi đua “Đồng Khởi mới” giai đoạn 2020-2025, tầm nhìn đến năm 2030',
    note: NOTE,
  },
  {
    // seed 000, award part: "Hướng dẫn số 6980/HD-UBND, ngày 13/11/2023 của Ủy ban nhân dân tỉnh"
    number: '6980/HD-UBND',
    kind: 'HUONG_DAN',
    issuingBody: 'Ủy ban nhân dân tỉnh Vĩnh Long',
    issuer: 'VLG',
    issuedOn: '2023-11-13',
    title: 'Về khen thưởng trong thực hiện Chỉ thị số 01-CT/TU',
    note: `${NOTE} Mục III quy định tiêu chí công nhận “Điển hình”.`,
  },
  {
    // seed 001: "Kế hoạch số 645/KH-UBND ngày 25/9/2024 của UBND tỉnh", one year on like the plan
    number: '645/KH-UBND',
    kind: 'KE_HOACH',
    issuingBody: 'Ủy ban nhân dân tỉnh Vĩnh Long',
    issuer: 'VLG',
    issuedOn: '2025-09-25',
    title:
      'Về phát động Đợt thi đua đặc biệt lập thành tích chào mừng các ngày lễ lớn, sự kiện lịch sử quan trọng trong năm 2026, chào mừng Đại hội Đảng bộ các cấp, hướng tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    note: NOTE,
  },
  {
    // seed 002: "Kế hoạch số 147-KH/ĐUK, ngày 28/10/2024 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh"
    number: '147-KH/ĐU',
    kind: 'KE_HOACH',
    issuingBody: 'Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh',
    issuer: 'VLG-DU-UBND',
    issuedOn: '2024-10-28',
    title:
      'Về phát động, tổ chức các đợt thi đua cao điểm lập thành tích chào mừng đại hội Đảng cấp cơ sở tiến tới Đại hội đại biểu Đảng bộ Ủy ban nhân dân tỉnh, nhiệm kỳ 2025 - 2030',
    note: NOTE,
  },
];

/**
 * The demo person holding `title` in `unit` on `on` (the staff of demo-province.ts), so a plan is signed
 * by somebody the demo knows; demo-campaigns.spec.ts checks every signer holds the post that day.
 */
export function holderOf(unit: string, title: string, on: IsoDate): string {
  const holds = (x: { unit: string; title: string; startedOn: IsoDate; endedOn?: IsoDate }) =>
    x.unit === unit && x.title === title && x.startedOn <= on && (!x.endedOn || x.endedOn > on);
  const person =
    DEMO_PEOPLE.find((p) => p.positions.some(holds)) ??
    DEMO_PEOPLE.find((p) => p.positions.some((x) => x.unit === unit && x.title === title));
  return person?.fullName ?? title;
}

// ── Seed 000: Tỉnh ủy, cao điểm thi đua “Đồng Khởi mới” 2024-2025 ─────────────────────────────────────

const BEN_TRE_ISSUED: IsoDate = '2024-01-25';
const BEN_TRE_SIGNER = holderOf('VLG-TU', 'Phó Bí thư Tỉnh ủy', BEN_TRE_ISSUED);

const benTre: DemoCampaignSpec = {
  seed: '000',
  issuer: 'VLG-TU',
  kind: 'PERIODIC',
  scope: 'PROVINCE',
  title: 'phát động cao điểm thi đua “Đồng Khởi mới” trong hai năm 2024-2025',
  periodFrom: '2024-01-01',
  periodTo: '2025-12-31',
  bases: [{ local: '01-CT/TU' }],
  // "các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy": the demo's, active on the day of issue; the
  // seed sets them no date for their own plans
  addressing: { units: ['VLG-DU-UBND', 'VLG-DU-X-PHUTHUAN', 'VLG-DU-P-ANHOI'] },
  content: {
    // the seed opens "Nhằm tiếp tục thực hiện tốt Chỉ thị số 01-CT/TU …": the nearest lead-in is "Thực hiện"
    opening: {
      verb: 'THUC_HIEN',
      resolution:
        'góp phần hoàn thành các chỉ tiêu, nhiệm vụ Nghị quyết Tỉnh uỷ và nghị quyết các cấp uỷ năm 2024, Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI và nghị quyết đại hội đảng bộ các cấp; Ban Thường vụ Tỉnh uỷ ban hành kế hoạch phát động cao điểm thi đua “Đồng Khởi mới” trong hai năm 2024-2025, như sau:',
    },
    // the seed numbers its headings "2.1." and "2.1.1." and its mục đích items "1.", "2.", "3."
    numbering: 'DECIMAL',
    // "II. ĐỐI TƯỢNG, NỘI DUNG": 1. Đối tượng, 2. Nội dung thi đua, 3. Phương châm, phương thức. The
    // chỉ tiêu (for the reviews) and the dates (for the calendar) are in the seed's text, not printed apart.
    headings: {
      contest: 'Đối tượng, nội dung',
      participants: 'Đối tượng',
      motto: 'Phương châm, phương thức thực hiện cao điểm thi đua',
    },
    contestOrder: ['PARTICIPANTS', 'CONTENT', 'MOTTO'],
    schedulePlacement: 'NONE',
    purpose: {
      numbered: true,
      aims: [
        'Phát động cao điểm thi đua nhằm thực hiện đạt và vượt các chỉ tiêu Nghị quyết Tỉnh uỷ, nghị quyết các cấp uỷ năm 2024; phấn đấu đạt ở mức cao nhất các chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI (NQĐH XI) và nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020-2025. Thông qua cao điểm thi đua, nâng cao nhận thức, trách nhiệm của các cấp uỷ, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong lãnh đạo, chỉ đạo, điều hành và tổ chức thực hiện các chỉ tiêu, nhiệm vụ, giải pháp mà nghị quyết đã đề ra; xây dựng Vĩnh Long trở thành tỉnh phát triển khá của khu vực đồng bằng sông Cửu Long vào năm 2025 và cả nước vào năm 2030.',
        'Các cấp, các ngành phải xem cao điểm thi đua là nhiệm vụ trọng tâm trong 2 năm (2024-2025); lãnh đạo, chỉ đạo rà soát, đánh giá kết quả thực hiện nhiệm vụ trong kế hoạch cụ thể hoá Chỉ thị số 01-CT/TU của các đơn vị, địa phương; xác định rõ nhiệm vụ, giải pháp đột phá để tiếp tục thực hiện.',
        'Chú trọng kiểm tra, giám sát quá trình thực hiện; định kỳ sơ kết, tổng kết đánh giá rút kinh nghiệm, kịp thời phát hiện, biểu dương, khen thưởng, nhân rộng các “Điển hình” qua cao điểm thi đua.',
      ],
    },
    motto: [
      'Bám sát phương châm “Hai chân - Ba mũi” theo Chỉ thị số 01-CT/TU và kế hoạch cụ thể hoá của các đơn vị, địa phương để tổ chức thực hiện đợt cao điểm thi đua với tinh thần “Ngành ngành thi đua, nhà nhà thi đua, người người thi đua” theo phương châm “Hai chân - Ba mũi” và phương thức “Xây dựng điển hình, học tập điển hình, bắt kịp điển hình và vượt qua điển hình”.',
      'Đối với các đảng uỷ trực thuộc Tỉnh uỷ, các sở, ban, ngành, Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội tỉnh:',
      '- Hai chân bao gồm:',
      '(1) Thi đua xây dựng tổ chức, bộ máy trong sạch, vững mạnh: Xây dựng chi bộ, đảng bộ, đoàn thể cơ quan, đơn vị; sắp xếp, kiện toàn tổ chức bộ máy, tinh giản biên chế, bảo đảm hoạt động hiệu lực, hiệu quả;',
      '(2) Thi đua thực hiện tốt chức trách, nhiệm vụ được giao: Căn cứ các nội dung phát động cao điểm thi đua, bám sát chức năng, nhiệm vụ của từng ngành, xây dựng kế hoạch thực hiện với những giải pháp cụ thể, có tính đột phá để đạt kết quả cao nhất.',
      '- Ba mũi gồm:',
      '(1) Thi đua xây dựng tổ chức đảng, chính quyền trong sạch, vững mạnh.',
      '(2) Thi đua hoàn thành xuất sắc nhiệm vụ được giao.',
      // footnote 8 of the seed, where the seed puts it
      '(3) Thi đua thực hiện tốt công tác tuyên truyền, vận động Nhân dân đồng thuận thực hiện các chủ trương phát triển kinh tế - xã hội của tỉnh[^Thực hiện nhiệm vụ đảng viên được quy định tại Khoản 3, Điều 2 Điều lệ Đảng và phương châm công tác tư tưởng của Đảng: “Toàn Đảng làm công tác tư tưởng, toàn hệ thống chính trị làm công tác tuyên truyền”.].',
      'Đối với các huyện uỷ, thành uỷ:',
      '- Hai chân: (1) Thi đua xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; (2) Thi đua phát triển kinh tế - xã hội nhanh và bền vững.',
      '- Ba mũi: (1) Thi đua xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; (2) Thi đua phát triển kinh tế - xã hội nhanh và bền vững; (3) Thi đua thực hiện tốt công tác tuyên truyền, vận động Nhân dân đồng thuận thực hiện các chủ trương phát triển kinh tế - xã hội của địa phương.',
      'Trong đó, tập trung thi đua thực hiện 3 nhiệm vụ đột phá để phát triển kinh tế - xã hội nhanh và bền vững, gồm: (1) Cải thiện môi trường đầu tư kinh doanh; (2) Huy động nguồn vốn đầu tư phát triển hạ tầng; (3) Phát triển nguồn nhân lực.',
    ],
    methods: [
      'Thực hiện theo phương thức “Xây dựng điển hình, học tập điển hình, bắt kịp điển hình và vượt qua điển hình”.',
    ],
    participants: {
      collectives:
        'Đảng bộ cấp huyện và tương đương; đảng bộ, chi bộ cơ sở; chi bộ trực thuộc đảng bộ cơ sở; các cơ quan, đơn vị, lực lượng vũ trang; doanh nghiệp; các huyện, thành phố; các xã, phường, thị trấn; các ấp, khu phố; tổ nhân dân tự quản, tổ dân phố; các hộ gia đình trên địa bàn tỉnh.',
      individuals:
        'Cán bộ, đảng viên, công chức, viên chức, đoàn viên, hội viên, chiến sĩ lực lượng vũ trang, người lao động trong các cơ quan, đơn vị, doanh nghiệp và người dân.',
    },
    sections: [
      // the seed's lead-in to 2.1 and 2.2: a section without a title prints right under "2. Nội dung"
      {
        paragraphs: [
          'Thi đua thực hiện đạt và vượt các chỉ tiêu Nghị quyết Tỉnh ủy và nghị quyết các cấp ủy năm 2024; phấn đấu đạt mức cao nhất các chỉ tiêu NQĐH XI và nghị quyết đại hội đảng bộ các cấp; tập trung các nội dung sau:',
        ],
      },
      {
        title: 'Thi đua xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh',
        paragraphs: [],
        subsections: [
          {
            title: 'Về xây dựng Đảng',
            paragraphs: [
              '- Năm 2024: Thi đua thực hiện đạt và vượt 3 chỉ tiêu về xây dựng Đảng theo Nghị quyết số 12-NQ/TU của Tỉnh ủy[^Kết nạp 1.200 đảng viên trở lên; có 100 chi bộ ấp, khu phố được công nhận trong sạch, vững mạnh toàn diện; phấn đấu kéo giảm tỷ lệ đảng viên vi phạm bị xử lý kỷ luật 10% (theo chỉ tiêu NQĐH XI).]; triển khai thí điểm cài đặt và sử dụng sổ tay đảng viên điện tử ở Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh, Đảng bộ thành phố Bến Tre và Đảng bộ huyện Bình Đại.',
              '- Năm 2025: Thi đua xây dựng “chi bộ 4 tốt”, “đảng bộ cơ sở 4 tốt”; “chi bộ ấp, khu phố trong sạch, vững mạnh toàn diện”; thực hiện đạt mục tiêu “Hàng năm có trên 90% tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên. Phấn đấu kết nạp đảng viên mới hàng năm trong giai đoạn 2020-2025 đạt tỷ lệ từ 3-4% so với tổng số đảng viên. Có từ 40%-50% chi bộ ấp, khu phố được công nhận chi bộ trong sạch, vững mạnh toàn diện, riêng các xã, phường, thị trấn được công nhận nông thôn mới, đô thị văn minh phấn đấu 100% chi bộ ấp, khu phố được công nhận chi bộ trong sạch, vững mạnh toàn diện”[^Chương trình số 25-CTr/TU, ngày 07/10/2022 của Tỉnh ủy thực hiện Nghị quyết số 21-NQ/TW Ban Chấp hành Trung ương khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới.]. Triển khai rộng rãi, quản lý, sử dụng hiệu quả sổ tay đảng viên điện tử trong toàn Đảng bộ tỉnh.',
            ],
          },
          {
            title:
              'Về xây dựng hệ thống chính trị (chính quyền, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội)',
            paragraphs: [
              '- Năm 2024:',
              '+ Triển khai xây dựng và hoàn thành Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025 và Đề án thành lập phường của thành phố Bến Tre, gồm: Xây dựng 04 xã: Sơn Đông, Bình Phú, Mỹ Thạnh An và Phú Hưng lên phường; sáp nhập Phường An Hội với Phường 4 và Phường 5 (thành phố Bến Tre); xã An Khánh với thị trấn Châu Thành, xã Phú An Hòa với xã An Phước và xã An Hoá, xã Sơn Hoà với xã An Hiệp và xã Tường Đa (huyện Châu Thành); xã Phú Vang với xã Lộc Thuận (huyện Bình Đại); xã Tân Mỹ với xã Mỹ Hoà (huyện Ba Tri). Tập trung chuẩn bị các điều kiện mở rộng địa giới hành chính thành phố Bến Tre đạt chuẩn đô thị loại 1, xây dựng các thị xã: Mỏ Cày, Ba Tri, Bình Đại.',
              '+ Tiếp tục đẩy mạnh cải cách thủ tục hành chính, cải thiện môi trường đầu tư kinh doanh. Nâng cao hiệu quả chỉ đạo, điều hành và sử dụng Hệ thống quản lý văn bản qua mạng; 100% cán bộ, công chức sử dụng hộp thư điện tử công vụ[^Năm 2023, tỷ lệ cán bộ, công chức sử dụng hộp thư điện tử công vụ 61%.]; 100% hồ sơ tiếp nhận được giải quyết đúng hạn và sớm hạn; 100% đảng viên, cán bộ, công chức, viên chức có tài khoản dịch vụ công trực tuyến và sử dụng dịch vụ công trực tuyến khi có nhu cầu thực hiện thủ tục hành chính; 100% sản phẩm OCOP được đưa lên sàn thương mại điện tử. Nâng cấp mạng di động 4G, phát triển hạ tầng mạng di động 5G; triển khai các giải pháp phổ cập điện thoại di động thông minh.',
              '+ Xây dựng chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội đạt vững mạnh.',
              '- Năm 2025: Hoàn thành việc sắp xếp các đơn vị hành chính cấp xã và thành lập 4 phường của thành phố Bến Tre. Hoàn thành các mục tiêu theo Quyết định số 06/QĐ-TTg, ngày 06/01/2022 của Thủ tướng Chính phủ về phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030. Giữ vững các danh hiệu chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội vững mạnh.',
            ],
          },
        ],
      },
      {
        title: 'Thi đua phát triển kinh tế - xã hội; bảo đảm quốc phòng, an ninh',
        paragraphs: [
          '- Năm 2024: Tập trung thi đua thực hiện đạt và vượt 21 chỉ tiêu về kinh tế - xã hội theo Nghị quyết số 12-NQ/TU của Tỉnh uỷ. Trong đó, tập trung thực hiện một số việc trọng tâm sau:',
          '+ *Hoàn thành*: Xây dựng, trình phê duyệt và triển khai Kế hoạch thực hiện Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050; nghiệm thu đưa vào khai thác các công trình thủy lợi[^CSHT phục vụ phát triển sinh kế bền vững cho người dân vùng ven biển Ba Tri, Thạnh Phú nhằm thích ứng với BĐKH - WB9; Xây dựng hạ tầng khẩn cấp phục vụ bố trí ổn định dân cư huyện Mỏ Cày Nam; Nâng cấp gia cố chống sạt lở đê bao cồn Tam Hiệp, huyện Bình Đại; Xây dựng tuyến đê bao chống ngập, kiểm soát mặn, trữ ngọt kết hợp đường giao thông xã Hưng Phong, huyện Giồng Trôm; Phòng, chống xâm thực, xói mòn bờ biển huyện Ba Tri, Kè chống sạt lở bờ sông Giao Hòa, xã Giao Long, huyện Châu Thành.], giao thông[^Tuyến tránh Phước Mỹ Trung, huyện Mỏ Cày Bắc; Xây dựng đê bao ngăn mặn kết hợp đường giao thông nối liền các huyện biển Bình Đại, Ba Tri, Thạnh Phú; Đường giao thông kết hợp đê bao ngăn mặn liên huyện Mỏ Cày Nam - Thạnh Phú.]; hoàn thiện hạ tầng giao thông thuộc Đề án làng văn hóa du lịch Chợ Lách; công tác giải phóng mặt bằng công trình Đường dây và trạm biến áp 110kV; cơ bản hoàn thành hạ tầng kỹ thuật Khu công nghiệp Phú Thuận; phát triển thêm 500 ha nuôi tôm biển ứng dụng công nghệ cao. Huyện Mỏ Cày Nam đạt chuẩn huyện nông thôn mới (NTM); công nhận ít nhất 17 xã đạt chuẩn NTM, 14 xã NTM nâng cao, 05 xã NTM kiểu mẫu; phấn đấu huyện Châu Thành, Thạnh Phú và Mỏ Cày Bắc cơ bản đạt tiêu chí huyện NTM; huyện Chợ Lách cơ bản đạt tiêu chí huyện NTM nâng cao.',
          '+ *Triển khai*: Khởi công xây dựng cầu Ba Lai 8; thẩm định, phê duyệt Đề xuất dự án Tuyến đường bộ ven biển kết nối tỉnh với tỉnh Tiền Giang và tỉnh Trà Vinh; lập đề xuất dự án cầu Cửa Đại; giải phóng mặt bằng phục vụ xây dựng cầu Đình Khao; xây dựng nhà máy xử lý rác thải Bến Tre.',
          '+ Tổ chức thành công hội nghị xúc tiến đầu tư.',
          '+ Phấn đấu vận động xây dựng và hoàn thành 200 căn nhà tình nghĩa cho gia đình chính sách, người có công.',
          '+ Thi đua giữ vững tình hình an ninh chính trị, trật tự an toàn xã hội.',
          '- Năm 2025: Phấn đấu đạt kết quả cao nhất các chỉ tiêu NQĐH XI; trong đó tập trung các chỉ tiêu cơ bản:',
          '+ Tăng trưởng kinh tế (GRDP) cao hơn mức bình quân cả nước; thu ngân sách nhà nước đạt từ 35.000 tỷ đồng trở lên; huy động vốn toàn xã hội đạt từ 130 ngàn tỷ đồng trở lên.',
          '+ Hoàn thành các chỉ tiêu về xây dựng NTM (80% xã NTM đạt chuẩn; trong đó có 8 xã đạt chuẩn NTM kiểu mẫu, 40% xã NTM nâng cao; huyện Chợ Lách đạt tiêu chí huyện NTM kiểu mẫu; các huyện: Mỏ Cày Bắc, Châu Thành, Thạnh Phú, phấn đấu thêm huyện Bình Đại đạt chuẩn huyện NTM).',
          '+ Hoàn thành và vượt các chỉ tiêu về công tác giảm nghèo (giảm từ 1%-1,5%/năm).',
          '+ Hoàn thành 11 chương trình, dự án trọng điểm trên các lĩnh vực giao thông[^Hoàn thành việc xây dựng Đường gom đường vào cầu Rạch Miễu 2 song song với hoàn thành cầu Rạch Miễu 2; Đường từ cảng Giao Long đến Khu công nghiệp Phú Thuận (ĐT.DK07), liên huyện Châu Thành - Bình Đại.], thủy lợi[^Hoàn thành Dự án Hồ nước ngọt Lạc Địa (xã Phú Lễ, huyện Ba Tri); Hạ tầng thiết yếu hỗ trợ phát triển vùng cây ăn trái hoa kiểng khu vực huyện Mỏ Cày Bắc và huyện Chợ Lách; Dự án Quản lý nguồn nước Bến Tre.], công trình đường dây và trạm biến áp 110 kV; mời gọi đầu tư vào Khu công nghiệp Phú Thuận; phát triển đạt 4.000 ha nuôi tôm biển ứng dụng công nghệ cao. Phấn đấu đạt chỉ tiêu xây dựng 100 doanh nghiệp dẫn đầu.',
          '+ Hoàn thành chương trình 2.000 nhà ở cho hộ nghèo, cận nghèo, hộ khó khăn về nhà ở.',
          '- Thi đua tuyên truyền, vận động toàn dân tích cực đóng góp xây dựng kết cấu hạ tầng tại cộng đồng dân cư (đường giao thông nông thôn, tham gia xây dựng các công trình phúc lợi tại phường, xã, thị trấn, ấp, khu phố), xây dựng tổ nhân dân tự quản, tổ dân phố vững mạnh.',
          '- Thi đua giữ vững an ninh chính trị, trật tự an toàn xã hội: Kiềm chế, kéo giảm tội phạm, tai nạn, tệ nạn xã hội; kiềm chế và kiểm soát người nghiện ma túy; kéo giảm tai nạn giao thông cả 3 tiêu chí.',
        ],
      },
    ],
    targets: [
      {
        indicator: 'Kết nạp đảng viên mới',
        target: 'Từ 1.200 trở lên',
        unit: 'đảng viên',
        year: 2024,
      },
      {
        indicator: 'Chi bộ ấp, khu phố được công nhận trong sạch, vững mạnh toàn diện',
        target: '100',
        unit: 'chi bộ',
        year: 2024,
      },
      {
        indicator: 'Kéo giảm tỷ lệ đảng viên vi phạm bị xử lý kỷ luật',
        target: '10',
        unit: '%',
        year: 2024,
      },
      {
        indicator: 'Cán bộ, công chức sử dụng hộp thư điện tử công vụ',
        target: '100',
        unit: '%',
        year: 2024,
        note: 'Năm 2023: 61%',
      },
      {
        indicator: 'Hồ sơ tiếp nhận được giải quyết đúng hạn và sớm hạn',
        target: '100',
        unit: '%',
        year: 2024,
      },
      {
        indicator: 'Đảng viên, cán bộ, công chức, viên chức có tài khoản dịch vụ công trực tuyến',
        target: '100',
        unit: '%',
        year: 2024,
      },
      {
        indicator: 'Sản phẩm OCOP được đưa lên sàn thương mại điện tử',
        target: '100',
        unit: '%',
        year: 2024,
      },
      {
        indicator: 'Diện tích nuôi tôm biển ứng dụng công nghệ cao phát triển thêm',
        target: '500',
        unit: 'ha',
        year: 2024,
      },
      {
        indicator: 'Xã được công nhận đạt chuẩn nông thôn mới',
        target: 'Ít nhất 17',
        unit: 'xã',
        year: 2024,
        note: '14 xã NTM nâng cao, 05 xã NTM kiểu mẫu',
      },
      {
        indicator: 'Nhà tình nghĩa cho gia đình chính sách, người có công',
        target: '200',
        unit: 'căn',
        year: 2024,
      },
      {
        indicator:
          'Tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên (hằng năm)',
        target: 'Trên 90',
        unit: '%',
        year: 2025,
      },
      {
        indicator: 'Kết nạp đảng viên mới hằng năm so với tổng số đảng viên',
        target: '3 - 4',
        unit: '%',
        year: 2025,
      },
      {
        indicator: 'Chi bộ ấp, khu phố được công nhận trong sạch, vững mạnh toàn diện',
        target: '40 - 50',
        unit: '%',
        year: 2025,
        note: '100% ở xã, phường, thị trấn đạt chuẩn NTM, đô thị văn minh',
      },
      {
        indicator: 'Tăng trưởng kinh tế (GRDP)',
        target: 'Cao hơn bình quân cả nước',
        year: 2025,
      },
      { indicator: 'Thu ngân sách nhà nước', target: 'Từ 35.000', unit: 'tỷ đồng', year: 2025 },
      { indicator: 'Huy động vốn toàn xã hội', target: 'Từ 130.000', unit: 'tỷ đồng', year: 2025 },
      {
        indicator: 'Xã đạt chuẩn nông thôn mới',
        target: '80',
        unit: '%',
        year: 2025,
        note: '8 xã NTM kiểu mẫu, 40% xã NTM nâng cao',
      },
      { indicator: 'Giảm tỷ lệ hộ nghèo mỗi năm', target: '1 - 1,5', unit: '%', year: 2025 },
      {
        indicator: 'Chương trình, dự án trọng điểm hoàn thành',
        target: '11',
        unit: 'chương trình, dự án',
        year: 2025,
      },
      {
        indicator: 'Diện tích nuôi tôm biển ứng dụng công nghệ cao',
        target: '4.000',
        unit: 'ha',
        year: 2025,
      },
      { indicator: 'Doanh nghiệp dẫn đầu', target: '100', unit: 'doanh nghiệp', year: 2025 },
      {
        indicator: 'Nhà ở cho hộ nghèo, cận nghèo, hộ khó khăn về nhà ở',
        target: '2.000',
        unit: 'căn',
        year: 2025,
      },
    ],
    milestones: [
      {
        date: '2024-02-15',
        label:
          'Hội nghị trực tuyến toàn tỉnh phát động và ký kết thi đua, dịp Họp mặt đầu Xuân Giáp Thìn 2024 (Mùng 6 tháng Giêng)',
        tentative: true,
      },
      {
        date: '2025-01-17',
        label:
          'Sơ kết năm 2024, xem xét công nhận “Công dân Đồng khởi” nhân dịp kỷ niệm 65 năm ngày Bến Tre Đồng khởi',
        tentative: true,
      },
      {
        date: '2026-01-17',
        label:
          'Tổng kết cao điểm thi đua, phát động thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
        tentative: true,
      },
    ],
    measures: [
      '1. Xây dựng kế hoạch phát động',
      'Phát động rộng rãi trong cả hệ thống chính trị, lực lượng vũ trang và Nhân dân toàn tỉnh. Việc xác định nội dung thi đua thực hiện như sau:',
      '- Các đảng uỷ trực thuộc Tỉnh uỷ, sở, ban, ngành tỉnh: Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch phát động thi đua, nội dung phải bám sát Mục 2 kế hoạch này. Giải pháp thực hiện phải cụ thể, có trọng tâm, có phân công, giao việc cho tập thể, cá nhân, phải có thời điểm bắt đầu và thời điểm kết thúc.',
      '- Các huyện uỷ, thành uỷ: Căn cứ kế hoạch này và các chỉ tiêu nghị quyết đại hội đảng bộ nhiệm kỳ 2020-2025, nghị quyết năm 2024; lãnh đạo, chỉ đạo cụ thể hoá thành nội dung phát động cao điểm thi đua phù hợp tình hình, nhiệm vụ của từng địa phương.',
      '2. Tổ chức phát động, đăng ký và ký kết thực hiện thi đua',
      'Ban Thường vụ Tỉnh uỷ chủ trì tổ chức Hội nghị trực tuyến trong toàn tỉnh phát động và ký kết thi đua vào dịp Họp mặt đầu Xuân Giáp Thìn 2024. Dự kiến tổ chức vào ngày 15 tháng 02 năm 2024 (*nhằm ngày Mùng 6 AL*). Điểm cầu chính tại Hội trường lớn Ủy ban nhân dân tỉnh, điểm cầu các huyện, thành phố và điểm cầu các xã, phường, thị trấn (*có kế hoạch riêng*).',
      '3. Công tác tuyên truyền Cao điểm thi đua',
      'Các cấp uỷ lãnh đạo, chỉ đạo đẩy mạnh công tác tuyên truyền, liên tục về nội dung và ý nghĩa của cao điểm thi đua, để cán bộ, đảng viên và các tầng lớp Nhân dân hiểu đúng, nhận thức sâu, đồng thuận cao, sẵn sàng hưởng ứng thực hiện. Đổi mới nội dung, hình thức tuyên truyền, cổ động; phát huy tốt các phương tiện truyền thông, mạng xã hội, Đài Phát thanh và Truyền hình Vĩnh Long, Báo Vĩnh Long, hệ thống truyền thanh huyện, xã để phổ biến, tuyên truyền cao điểm thi đua; chú trọng tuyên truyền, phổ biến, nhân rộng các điển hình, mô hình hiệu quả.',
      '4. Phát hiện, xây dựng, nhân rộng “Điển hình”',
      'Các ngành, các cấp phải có kế hoạch xây dựng điển hình theo phương thức “Xây dựng điển hình, học tập điển hình, bắt kịp điển hình và vượt qua điển hình”. Thường xuyên theo dõi, kịp thời phát hiện các nhân tố tích cực, có nhiều đổi mới, sáng tạo trong phong trào thi đua để bồi dưỡng, xây dựng và nhân rộng điển hình; đồng thời có biện pháp cụ thể khuyến khích, động viên cán bộ, đảng viên và các tầng lớp nhân dân tích cực đăng ký trở thành điển hình. Khuyến khích tổ chức hoạt động các mô hình “Câu lạc bộ điển hình tiên tiến”, qua đó tập hợp, vận động, bồi dưỡng nguồn báo cáo viên, tuyên truyền viên từ các điển hình tiên tiến, làm nòng cốt trong các buổi giao lưu, trao đổi, truyền đạt kinh nghiệm trở thành “điển hình” đối với các tập thể, cá nhân cùng chuyên môn, lĩnh vực, ngành nghề,...',
      'Việc xét, công nhận và nhân rộng “điển hình”[^Tiêu chí công nhận “Điển hình” thực hiện theo Mục III, Hướng dẫn số 6980/HD-UBND, ngày 13/11/2023 của UBND tỉnh.] thực hiện theo 5 bước sau:',
      '- *Bước 1.* Xây dựng “điển hình”: Sau khi phát động cao điểm thi đua “Đồng Khởi mới”, căn cứ chức năng, nhiệm vụ được giao, các tập thể, cá nhân đăng ký nội dung thi đua. Bộ phận phụ trách thi đua khen thưởng cơ quan, đơn vị, địa phương tổng hợp, theo dõi việc triển khai thực hiện. Hàng tháng, các cơ quan, đơn vị, địa phương tiến hành đánh giá kết quả thực hiện; bình chọn và biểu dương, khen thưởng “điển hình” tại cơ quan, đơn vị, địa phương.',
      '- *Bước 2.* Tuyên truyền, nhân rộng “điển hình” đã được biểu dương.',
      '- *Bước 3.* Tổ chức học tập các “điển hình”.',
      '- *Bước 4.* Tổ chức bình xét, để đánh giá việc học và làm theo, bắt kịp và vượt qua “điển hình”.',
      '- *Bước 5.* Quyết định công nhận kết quả bắt kịp và vượt qua “điển hình”.',
    ],
    awards: {
      criteria: [
        {
          label: 'Căn cứ khen thưởng',
          text: 'Thực hiện khen thưởng theo các quy định hiện hành của Đảng, Nhà nước và Hướng dẫn số 6980/HD-UBND, ngày 13/11/2023 của Ủy ban nhân dân tỉnh về khen thưởng trong thực hiện Chỉ thị số 01-CT/TU.',
        },
      ],
      forms: [
        {
          name: 'Khen thưởng đột xuất',
          text: '*Đột xuất:* Các ngành tỉnh, huyện, thành phố, cơ quan, đơn vị khen thưởng cho tập thể và cá nhân ngay khi có thành tích tiêu biểu, xuất sắc trong thực hiện cao điểm thi đua, đồng thời đề nghị Ủy ban nhân dân tỉnh khen thưởng kịp thời.',
        },
        {
          name: 'Khen thưởng sơ kết năm 2024',
          text: '*Sơ kết năm 2024:* Các ngành tỉnh, huyện, thành phố, cơ quan, đơn vị thực hiện khen thưởng theo thẩm quyền. Ủy ban nhân dân tỉnh khen thưởng những mô hình, điển hình tiêu biểu, hiệu quả và có tính lan tỏa để nhân rộng; xem xét công nhận “Công dân Đồng khởi” nhân dịp kỷ niệm 65 năm ngày Bến Tre Đồng khởi (dự kiến ngày 17/01/2025).',
        },
        {
          name: 'Khen thưởng tổng kết năm 2025',
          text: 'Năm 2025, tổng kết cao điểm thi đua gắn với việc phát động thi đua lập thành tích chào mừng Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng (dự kiến ngày 17/01/2026): Các ngành tỉnh, huyện, thành phố, cơ quan, đơn vị thực hiện khen thưởng theo thẩm quyền. Ủy ban nhân dân tỉnh khen thưởng những mô hình, điển hình tiêu biểu; đồng thời xem xét, đề nghị khen thưởng các danh hiệu bậc cao hơn.',
        },
      ],
    },
    implementation: [
      {
        body: 'Các ban đảng, ban cán sự đảng, đảng đoàn, Ban Thường vụ Tỉnh Đoàn, các huyện uỷ, thành uỷ, đảng uỷ trực thuộc Tỉnh uỷ',
        tasks: [
          'lãnh đạo, chỉ đạo xây dựng kế hoạch phát động và thực hiện tốt mục đích, yêu cầu cao điểm thi đua. Kế hoạch phải xác định nhiệm vụ trọng tâm, đột phá, thể hiện quyết tâm cao và quyết liệt trong lãnh đạo, chỉ đạo thực hiện; chú trọng tổ chức phong trào thi đua trong nội bộ từng ngành, đơn vị, địa phương và giữa các ngành, các địa phương trong tỉnh; kiểm tra, giám sát thường xuyên; hàng năm biểu dương, khen thưởng các “điển hình” theo thẩm quyền và đề nghị về tỉnh khen thưởng.',
        ],
      },
      {
        body: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
        tasks: [
          'lãnh đạo, chỉ đạo triển khai thực hiện Cao điểm thi đua đối với khối các cơ quan hành chính nhà nước và các đơn vị trực thuộc.',
        ],
      },
      {
        body: 'Ban Tổ chức Tỉnh uỷ',
        tasks: [
          'chủ trì phối hợp với Ban cán sự đảng Ủy ban nhân dân tỉnh theo dõi, hướng dẫn việc tổ chức xét, biểu dương, khen thưởng các “điển hình”; hàng năm tổng hợp, báo cáo đề xuất cấp có thẩm quyền khen thưởng “điển hình” trong cao điểm thi đua.',
        ],
      },
      {
        body: 'Ban Dân vận Tỉnh uỷ',
        tasks: [
          'chủ trì, phối hợp các cơ quan liên quan hướng dẫn việc cụ thể hoá thực hiện trong khối Vận; có kế hoạch xây dựng, nhân rộng các điển hình trong các tầng lớp nhân dân.',
        ],
      },
      {
        body: 'Ủy ban Kiểm tra Tỉnh uỷ',
        tasks: [
          'tăng cường công tác phối hợp kiểm tra, giám sát việc triển khai thực hiện cao điểm thi đua, kịp thời phát hiện, chỉ đạo, hướng dẫn tháo gỡ khó khăn, vướng mắc; chấn chỉnh những biểu hiện nhận thức lệch lạc, cách làm chưa đúng, nhất là ở cơ sở; đồng thời, đề xuất, kiến nghị cấp thẩm quyền biểu dương, khen thưởng tập thể, cá nhân tích cực, thực hiện tốt cao điểm thi đua để khuyến khích, động viên cán bộ, đảng viên và các tầng lớp Nhân dân tiếp tục phát huy tiềm năng và sức sáng tạo trong cuộc sống, chiến đấu, học tập, lao động sản xuất và trong công tác.',
        ],
      },
      {
        body: 'Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh',
        tasks: [
          'lãnh đạo, chỉ đạo triển khai thực hiện trong khối Mặt trận và các tổ chức chính trị - xã hội; phối hợp với Ban Dân vận Tỉnh ủy xây dựng, nhân rộng các điển hình tập thể, cá nhân; phát huy vai trò tập hợp, vận động các tổ chức thành viên, đoàn viên, hội viên và các tầng lớp Nhân dân tích cực hưởng ứng phong trào thi đua; tăng cường giám sát, phản biện xã hội đối với các nội dung, kết quả thực hiện cao điểm thi đua.',
        ],
      },
      {
        body: 'Ban Tuyên giáo Tỉnh ủy',
        tasks: [
          'chủ trì, chỉ đạo, hướng dẫn công tác tuyên truyền, cổ động Cao điểm thi đua sâu rộng, bằng nhiều hình thức, ngắn gọn, dễ nói, dễ hiểu, dễ làm, hiệu quả thực chất, tạo sự đồng thuận và tích cực tham gia hưởng ứng thực hiện của các cấp, các ngành và người dân; theo dõi việc triển khai thực hiện, định kỳ hàng quý báo cáo kết quả về Ban Thường vụ Tỉnh ủy. Khẩn trương tham mưu Kế hoạch tổ chức Hội nghị cấp tỉnh phát động cao điểm thi đua.',
        ],
      },
    ],
    // the seed says it in Ban Tuyên giáo's item ("định kỳ hàng quý báo cáo …") and the closing sentence
    reporting: {
      who: 'Các cấp ủy, đơn vị, địa phương',
      frequency: 'hằng quý',
      to: 'Ban Thường vụ Tỉnh ủy',
      via: 'Ban Tuyên giáo Tỉnh ủy',
      inText: true,
    },
    closing:
      'Trên đây là Kế hoạch phát động cao điểm thi đua “Đồng khởi mới” trong 2 năm 2024-2025, đề nghị các cấp ủy, đơn vị, địa phương triển khai thực hiện nghiêm túc, hàng quý báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy)',
    recipients: {
      groups: [
        {
          names: [
            'Các đồng chí UV BCH Đảng bộ tỉnh',
            'Các huyện ủy, Thành ủy, đảng ủy trực thuộc Tỉnh ủy',
            'Các ban đảng, ban cán sự đảng, đảng đoàn, Ban Thường vụ Tỉnh đoàn',
            'Văn phòng Tỉnh ủy (BLĐ, PTH)',
          ],
        },
      ],
      archive: 'Văn phòng Tỉnh ủy',
    },
    signature: {
      on: [{ authority: 'TM', of: 'Ban Thường vụ' }],
      title: 'Phó Bí thư',
      name: BEN_TRE_SIGNER,
    },
  },
  issue: {
    issuedOn: BEN_TRE_ISSUED,
    place: PLACE,
    signer: {
      on: [{ authority: 'TM', of: 'Ban Thường vụ' }],
      title: 'Phó Bí thư',
      name: BEN_TRE_SIGNER,
    },
  },
};

// ── Seed 001: Văn phòng UBND tỉnh, Đợt thi đua đặc biệt 10/2025 - 9/2026 ─────────────────────────────

const BAC_KAN_ISSUED: IsoDate = '2025-09-29';
const BAC_KAN_SIGNER = holderOf('VLG-VP', 'Chánh Văn phòng', BAC_KAN_ISSUED);
const BAC_KAN_TITLE =
  'Phát động Đợt thi đua đặc biệt lập thành tích chào mừng các ngày lễ lớn, sự kiện lịch sử quan trọng trong năm 2026, chào mừng Đại hội Đảng bộ các cấp, hướng tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng';

const bacKan: DemoCampaignSpec = {
  seed: '001',
  issuer: 'VLG-VP',
  kind: 'PERIODIC',
  scope: 'AGENCY',
  title: BAC_KAN_TITLE,
  periodFrom: '2025-10-01',
  periodTo: '2026-09-30',
  bases: [{ local: '645/KH-UBND' }],
  // "Các phòng, ban, đơn vị trực thuộc" (Nơi nhận): they send dossiers, not plans of their own
  addressing: { kinds: ['DIVISION', 'PUBLIC_SERVICE'] },
  content: {
    opening: {
      verb: 'THUC_HIEN',
      resolution: 'Văn phòng UBND tỉnh (sau đây gọi tắt là Văn phòng) xây dựng kế hoạch, như sau:',
    },
    // the seed's third level is "a)" and its mục đích items plain paragraphs
    numbering: 'LETTERS',
    purpose: {
      aims: [
        'Thông qua Đợt thi đua nhằm phát huy sức mạnh của cả hệ thống chính trị, tuyên truyền sâu rộng truyền thống lịch sử, văn hóa và cách mạng của dân tộc, giáo dục tư tưởng chính trị, lòng yêu nước, niềm tự hào dân tộc, ý chí tự lực, tự cường thi đua lập thành tích chào mừng Đại hội đảng bộ các cấp hướng tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Đại hội Thi đua yêu nước toàn quốc lần thứ XI, Đại hội Thi đua yêu nước tỉnh Vĩnh Long và các ngày lễ lớn, sự kiện lịch sử quan trọng trong năm 2026.',
        'Nâng cao vai trò, trách nhiệm của Lãnh đạo Văn phòng trong tổ chức các phong trào thi đua và thực hiện chính sách, pháp luật về thi đua, khen thưởng. Phát hiện, bồi dưỡng, biểu dương, tôn vinh và nhân rộng mô hình mới, nhân tố mới có thành tích xuất sắc trong Đợt thi đua cao điểm.',
        'Triển khai sâu rộng phong trào thi đua đến cán bộ, công chức, viên chức, người lao động. Tích cực hưởng ứng Đợt thi đua bằng những việc làm, hành động cụ thể, thiết thực, tạo không khí phấn khởi, cổ vũ, động viên toàn thể cán bộ, công chức, viên chức, người lao động trong Văn phòng thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội, bảo đảm an ninh, quốc phòng của Kế hoạch 5 năm (2026 - 2030).',
      ],
    },
    theme:
      'Đảng bộ, Chính quyền và Nhân dân các dân tộc tỉnh Vĩnh Long ra sức thi đua, quyết tâm phấn đấu hoàn thành và hoàn thành vượt mức các mục tiêu, nhiệm vụ thực hiện Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030, hướng tới chào mừng Đại hội Đảng bộ các cấp, Đại hội Thi đua yêu nước và các ngày lễ lớn, sự kiện lịch sử quan trọng trong năm 2026',
    participants: {
      collectives: 'Các phòng, ban, đơn vị trực thuộc Văn phòng.',
      individuals: 'Toàn thể cán bộ, công chức, viên chức, người lao động trong Văn phòng.',
    },
    // The seed's five dash items have no headings: sections without a title, the dash typed.
    headings: { period: 'Thời gian phát động' },
    sections: [
      {
        paragraphs: [
          '- Tiếp tục tuyên truyền, quán triệt sâu sắc chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, tư tưởng của Chủ tịch Hồ Chí Minh về thi đua ái quốc, trọng tâm là Chỉ thị số 34-CT/TW, ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng, Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành. Tiếp tục nâng cao nhận thức của người đứng đầu cơ quan, cán bộ, đảng viên về vị trí, vai trò của công tác thi đua, khen thưởng; chú trọng tuyên truyền gương điển hình tiên tiến, gắn kết nhuần nhuyễn giữa thi đua với việc thực hiện nhiệm vụ chính trị, công tác chuyên môn, công việc hàng ngày, tạo ra khí thế mới trong cơ quan; đẩy mạnh công tác thông tin truyền thông tạo sức lan tỏa, khí thế thi đua sôi nổi trong các tầng lớp Nhân dân qua đó huy động sức mạnh tổng hợp, nguồn lực to lớn để thực hiện thắng lợi nhiệm vụ giai đoạn 2025 - 2030 đã đề ra.',
        ],
      },
      {
        paragraphs: [
          '- Tích cực thi đua xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng, đảng viên; đổi mới sáng tạo, huy động các nguồn lực phát triển hệ thống kết cấu hạ tầng kinh tế, xã hội; nâng cao chất lượng giáo dục, chăm sóc sức khỏe Nhân dân và chất lượng dân số; bảo tồn và phát huy giá trị văn hóa bản sắc tốt đẹp của các dân tộc; đảm bảo an sinh xã hội, giảm nghèo bền vững; nâng cao đời sống vật chất, tinh thần của Nhân dân, bảo đảm quốc phòng, an ninh.',
        ],
      },
      {
        paragraphs: [
          '- Tích cực hưởng ứng các phong trào thi đua do Trung ương và tỉnh phát động, cụ thể: Phong trào “Vĩnh Long chung tay xây dựng nông thôn mới”; phong trào “Vĩnh Long chung tay vì người nghèo - không để ai bị bỏ lại phía sau”; phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”; phong trào “Vĩnh Long đẩy mạnh chương trình chuyển đổi số”; phong trào “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”; “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030”; phong trào “Chung tay xóa nhà tạm, nhà dột nát trên địa bàn tỉnh Vĩnh Long” đảm bảo thiết thực, bám sát yêu cầu nhiệm vụ chính trị, mục tiêu, chỉ tiêu phát triển kinh tế - xã hội của tỉnh và của ngành, địa phương, đơn vị, gắn phong trào thi đua với việc thực hiện “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” theo tinh thần Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”. Thực hiện sơ kết, tổng kết các phong trào thi đua, kế thừa, phát huy những bài học kinh nghiệm trong quá trình triển khai thực hiện, để đẩy mạnh các phong trào thi đua trong giai đoạn tiếp theo.',
        ],
      },
      {
        paragraphs: [
          '- Thi đua vượt chỉ tiêu về tiến độ, đảm bảo chất lượng, hiệu quả các nhiệm vụ được giao theo chương trình, kế hoạch công tác nhiệm kỳ (2025 - 2030) và các năm 2025, 2026. Chấp hành nghiêm kỷ luật, kỷ cương hành chính, thực hiện văn hóa và đạo đức công vụ; cải tiến lề lối làm việc, tác phong, thái độ phục vụ Nhân dân của đội ngũ cán bộ, đảng viên, công chức, viên chức và người lao động trong Văn phòng. Nâng cao trách nhiệm người đứng đầu trong triển khai thực hiện các Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030, thực hiện cải cách hành chính, chuyển đổi số, ứng dụng công nghệ thông tin,... Tập trung, huy động các nguồn lực khẩn trương khắc phục hậu quả thiên tai, sạt lở, triều cường, xâm nhập mặn, sửa chữa các công trình hạ tầng, giao thông, thủy lợi bị hư hỏng; nhanh chóng ổn định lại đời sống của người dân, khôi phục sản xuất kinh doanh, hỗ trợ các doanh nghiệp, hợp tác xã, tổ hợp tác xây dựng vùng nguyên liệu gắn sản xuất với chế biến và tiêu thụ sản phẩm, góp phần xây dựng nông thôn mới và giảm nghèo bền vững. Đẩy mạnh các hoạt động xã hội, từ thiện nhân đạo trên địa bàn tỉnh, đăng ký, triển khai các công trình, phần việc thiết thực, cụ thể, có ý nghĩa sâu sắc giúp đỡ các gia đình bị ảnh hưởng bởi thiên tai, các hộ gia đình nghèo, hộ gia đình có công với cách mạng bằng nhiều hình thức phù hợp, hiệu quả.',
        ],
      },
      {
        paragraphs: [
          '- Thi đua tổ chức thực hiện tốt công tác chuẩn bị và tổ chức Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng theo Kế hoạch số 259-KH/TU ngày 15/7/2024 của Tỉnh ủy thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; thi đua tổ chức tốt Hội nghị điển hình tiên tiến các cấp tiến tới Đại hội Thi đua yêu nước tỉnh Vĩnh Long với nội dung, hình thức phong phú, đa dạng; chú trọng phát hiện, bồi dưỡng, tổng kết và nhân rộng các điển hình tiên tiến, qua đó tạo không khí thi đua sôi nổi, cổ vũ các tập thể, cá nhân phát huy tinh thần sáng tạo, dám nghĩ, dám làm, quyết tâm phấn đấu hoàn thành nhiệm vụ chính trị của tỉnh.',
        ],
      },
    ],
    awards: {
      criteria: [
        {
          label: 'Đối với tập thể',
          text: 'Ban hành kế hoạch kịp thời và triển khai thực hiện Đợt thi đua cao điểm thiết thực, phù hợp với tình hình thực tế của cơ quan có báo cáo tổng kết đánh giá kết quả Đợt thi đua theo quy định. Có những công trình, đề án, đề tài khoa học được áp dụng hiệu quả; có thành tích xuất sắc tiêu biểu nổi bật trong thực hiện nhiệm vụ chính trị, công tác chuyên môn, nhiệm vụ đột xuất trong Đợt thi đua góp phần hoàn thành xuất sắc nhiệm vụ, chỉ tiêu năm 2025, 2026 của cơ quan.',
        },
        {
          label: 'Đối với cá nhân',
          text: 'Có hành động, việc làm thiết thực hiệu quả góp phần hoàn thành xuất sắc nhiệm vụ được giao, giúp cho cơ quan hoàn thành tốt (đạt và vượt mức) các nhiệm vụ trọng tâm trong Đợt thi đua hoặc có đề tài, sáng kiến, giải pháp, cách làm hay, hiệu quả giúp cơ quan tháo gỡ những khó khăn vướng mắc đem lại hiệu quả cao, giảm chi phí, rút ngắn thời gian thực hiện các chỉ tiêu, nhiệm vụ được giao trong công tác hoặc đem lại lợi ích thiết thực đối với cộng đồng, xã hội.',
        },
      ],
      forms: [
        {
          name: 'Giấy khen của Chánh Văn phòng',
          text: 'Các phòng, ban, đơn vị xem xét lựa chọn tập thể, cá nhân có thành tích xuất sắc tiêu biểu đề nghị tặng Giấy khen của Chánh Văn phòng.',
        },
        {
          name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
          text: 'Các phòng, ban, đơn vị lựa chọn tập thể cá nhân có thành tích xuất sắc tiêu biểu để xem xét khen thưởng theo thẩm quyền và đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.',
        },
      ],
      quotas: [
        {
          form: 'Bằng khen của Chủ tịch UBND tỉnh',
          either: 1,
          note: 'có thành tích thật sự tiêu biểu xuất sắc',
        },
        {
          form: 'Giấy khen của Chánh Văn phòng',
          either: 1,
          note: 'có thành tích thật sự tiêu biểu xuất sắc',
        },
      ],
      dossier: [
        'Tờ trình đề nghị khen thưởng của các phòng, ban, đơn vị.',
        'Biên bản cuộc họp xét khen thưởng (*trong đó có phân tích làm rõ thành tích của tập thể, cá nhân đáp ứng theo tiêu chuẩn khen thưởng*).',
        // NĐ 98/2023 was repealed on 01/07/2025 (NĐ 152/2025 Điều 59); dossiers of this plan come after
        'Báo cáo thành tích của các tập thể, cá nhân được đề nghị khen thưởng (*Mẫu số 08 ban hành kèm theo Nghị định số 152/2025/NĐ-CP của Chính phủ*).',
      ],
      submitTo: 'Phòng Hành chính tổ chức - Quản trị tài vụ',
      deadline: '2026-10-01',
      deadlineNote: 'để tổng hợp và trình Hội đồng Thi đua - Khen thưởng Văn phòng',
    },
    implementation: [
      {
        body: 'Các Phòng, ban, đơn vị trực thuộc Văn phòng',
        tasks: [
          'tổ chức tuyên truyền, triển khai kế hoạch này đến toàn thể cán bộ, công chức, viên chức, người lao động và gửi hồ sơ đề nghị khen thưởng cá nhân, tập thể về phòng Hành chính tổ chức - Quản trị tài vụ trước ngày 01/10/2026 để tổng hợp và trình Hội đồng Thi đua - Khen thưởng Văn phòng.',
        ],
      },
      {
        body: 'Phòng Hành chính tổ chức - Quản trị tài vụ',
        asTyped: true,
        tasks: [
          'Giao Phòng Hành chính tổ chức - Quản trị tài vụ tổng hợp kết quả, tham mưu Hội đồng Thi đua - Khen thưởng họp bình xét theo quy định.',
        ],
      },
    ],
    closing: `Trên đây là Kế hoạch ${BAC_KAN_TITLE} của Văn phòng UBND tỉnh Vĩnh Long`,
    recipients: {
      groups: [
        {
          heading: 'Gửi bản điện tử:',
          names: ['LĐVP', 'Các phòng, ban, đơn vị trực thuộc'],
        },
      ],
      archive: 'VT, HCQT',
    },
    signature: { title: 'Chánh Văn phòng', name: BAC_KAN_SIGNER },
  },
  issue: {
    issuedOn: BAC_KAN_ISSUED,
    place: PLACE,
    signer: { title: 'Chánh Văn phòng', name: BAC_KAN_SIGNER },
  },
};

// ── Seed 002: Đảng ủy Sở Xây dựng, đợt thi đua chào mừng đại hội Đảng bộ Sở (11/2024 - 12/2025) ──────

const HAI_DUONG_ISSUED: IsoDate = '2024-11-08';
const HAI_DUONG_SIGNER = holderOf('VLG-DU-SXD', 'Bí thư Đảng ủy', HAI_DUONG_ISSUED);

const haiDuong: DemoCampaignSpec = {
  seed: '002',
  issuer: 'VLG-DU-SXD',
  kind: 'PERIODIC',
  scope: 'AGENCY',
  title:
    'phát động đợt thi đua lập thành tích chào mừng đại hội Đảng bộ Sở lần thứ VIII, nhiệm kỳ 2025 - 2030 tiến tới Đại hội đại biểu Đảng các cấp nhiệm kỳ 2025 - 2030',
  periodFrom: HAI_DUONG_ISSUED,
  periodTo: '2025-12-31',
  bases: [{ local: '147-KH/ĐU' }],
  // "Các chi bộ trực thuộc" (Nơi nhận)
  addressing: { kinds: ['PARTY_CELL'] },
  content: {
    opening: {
      verb: 'THUC_HIEN',
      resolution:
        'Đảng ủy Sở phát động đợt thi đua lập thành tích chào mừng đại hội Đảng bộ Sở, nhiệm kỳ 2025-2030 tiến tới Đại hội đại biểu Đảng bộ các cấp, nhiệm kỳ 2025-2030, như sau:',
    },
    // the seed numbers its phases "3.1." and its mục đích items "1.", "2.", "3."
    numbering: 'DECIMAL',
    // "II. CHỦ ĐỀ, NỘI DUNG, THỜI GIAN": 1. Chủ đề, 2. Nội dung thi đua, 3. Thời gian (3.1. Giai đoạn 1…)
    headings: { contest: 'Chủ đề, nội dung, thời gian', theme: 'Chủ đề' },
    contestOrder: ['THEME', 'CONTENT', 'PERIOD'],
    schedulePlacement: 'PERIOD',
    purpose: {
      numbered: true,
      aims: [
        'Đẩy mạnh phong trào thi đua yêu nước, động viên cán bộ, đảng viên, đoàn viên, hội viên, công chức, viên chức, người lao động trong toàn Đảng bộ phát huy truyền thống đoàn kết, ý chí tự lực, tự cường, năng động, sáng tạo, khắc phục khó khăn, nỗ lực phấn đấu hoàn thành tốt nhiệm vụ chính trị được giao; góp phần thực hiện thắng lợi các chỉ tiêu, mục tiêu, nhiệm vụ công tác năm 2024 và nhiệm kỳ 2020-2025.',
        'Phát hiện, biểu dương, khen thưởng kịp thời các tập thể, cá nhân điển hình, tiêu biểu trên các lĩnh vực gắn với việc học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, thực hiện mô hình “chi bộ bốn tốt”, “đảng bộ bốn tốt”...',
        'Đợt thi đua phải được triển khai sâu rộng, chất lượng, hiệu quả, tạo sự chuyển biến mạnh mẽ trong nhận thức và hành động của các cấp ủy, chi bộ, tổ chức đảng, cán bộ, đảng viên, đoàn viên, hội viên, công chức, viên chức, người lao động với các nội dung cụ thể, phù hợp tình hình thực tế của các cơ quan, đơn vị, đoàn thể, hội.',
      ],
    },
    theme:
      'Tự hào dưới lá cờ vẻ vang của Đảng, cán bộ, đảng viên, đoàn viên, hội viên, công chức, viên chức, người lao động phát huy tinh thần đoàn kết, đổi mới, sáng tạo; tăng cường kỷ luật, kỷ cương; nâng cao năng lực công tác, đề cao trách nhiệm nêu gương, ra sức thi đua xây dựng chi, đảng bộ trong sạch, vững mạnh, lập thành tích chào mừng đại hội Đảng các cấp, Đại hội đại biểu Đảng bộ Ủy ban nhân dân tỉnh, nhiệm kỳ 2025 - 2030, tiến tới Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long và Đại hội toàn quốc lần thứ XIV của Đảng',
    // The seed numbers its six contents (1) to (6) without headings: sections without a title.
    sections: [
      {
        paragraphs: [
          '(1) Tập trung lãnh đạo, chỉ đạo, phấn đấu hoàn thành và hoàn thành vượt mức các mục tiêu, chỉ tiêu, nhiệm vụ theo Nghị quyết Đại hội Đảng bộ Sở lần thứ VII và nghị quyết đại hội của các chi bộ nhiệm kỳ 2022 - 2025 đã đề ra, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ Ủy ban nhân dân tỉnh; Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 và Nghị quyết Đại hội toàn quốc lần thứ XIII của Đảng.',
        ],
      },
      {
        paragraphs: [
          '(2) Chuẩn bị tốt các điều kiện phục vụ việc tổ chức thành công đại hội chi bộ trực thuộc Đảng bộ Sở nhiệm kỳ 2025 - 2027; Đại hội Đảng bộ Sở lần thứ VIII, nhiệm kỳ 2025 - 2030, tiến tới Đại hội đại biểu Đảng bộ Ủy ban nhân dân tỉnh, nhiệm kỳ 2025 - 2030; xử lý kịp thời, dứt điểm những hạn chế, bất cập, tồn đọng kéo dài làm ảnh hưởng đến việc thực hiện nhiệm vụ chính trị, công tác xây dựng Đảng và việc quản lý đội ngũ cán bộ, đảng viên của các cấp ủy, chi bộ, tổ chức đảng trong toàn Đảng bộ.',
        ],
      },
      {
        paragraphs: [
          '(3) Phát huy vai trò hạt nhân chính trị của các cấp ủy, chi bộ trong việc tham gia, lãnh đạo thực hiện nhiệm vụ chính trị tại các cơ quan, đơn vị; trong đó tập trung chỉ đạo, triển khai thực hiện có hiệu quả các phong trào thi đua yêu nước theo Chỉ thị số 39/CT-TTg, ngày 15/10/2024 do Thủ tướng Chính phủ phát động: “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025; “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025; “Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025”; “Doanh nghiệp Việt Nam hội nhập và phát triển”; “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời”; “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” giai đoạn 2019 - 2025; “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại, thực hành tiết kiệm, chống lãng phí”; chung tay khắc phục hậu quả thiên tai, dịch bệnh,... phấn đấu thực hiện tốt các chương trình, mục tiêu phát triển kinh tế - xã hội của tỉnh năm 2024 và hoàn thành các chỉ tiêu theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 đề ra trên các lĩnh vực:',
          '+ Thi đua lao động sáng tạo, sản xuất kinh doanh giỏi; nghiên cứu, phát triển khoa học công nghệ, phát huy sáng kiến, cải tiến kỹ thuật, chuyển đổi số một cách toàn diện để phát triển kinh tế số gắn với khơi dậy khát vọng phát triển...',
          '+ Thi đua xây dựng và phát triển văn hóa, xã hội, xây dựng xã hội học tập, tổ chức các hoạt động “Đền ơn đáp nghĩa”, “Uống nước nhớ nguồn”, “Giảm nghèo bền vững”, “Không để ai bị bỏ lại phía sau”...',
        ],
      },
      {
        paragraphs: [
          '(4) Đẩy mạnh, tạo bước đột phá trong cải cách hành chính với nhiệm vụ trọng tâm là cải cách thủ tục hành chính, nâng cao chất lượng dịch vụ công; chỉ số năng lực cạnh tranh cấp tỉnh, chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước...; xây dựng và phát triển chính quyền điện tử, chính quyền số, hướng tới nền hành chính dân chủ, chuyên nghiệp, từng bước hiện đại; ứng dụng chuyển đổi số trong công tác xây dựng Đảng bảo đảm thống nhất, kết nối liên thông và đồng bộ, góp phần đổi mới phương thức lãnh đạo, lề lối làm việc của các cấp ủy, chi bộ theo hướng hiện đại.',
        ],
      },
      {
        paragraphs: [
          '(5) Nâng cao chất lượng, hiệu quả việc thực hiện Nghị quyết Trung ương 4 (khóa XI, khóa XII), Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”; thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về đẩy mạnh “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”; thực hiện trách nhiệm nêu gương của cán bộ, đảng viên; thực hiện Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới; thực hiện nhiệm vụ chính trị được giao; xây dựng Đảng, cơ quan, các đoàn thể trong sạch, vững mạnh, tập trung vào một số lĩnh vực:',
          '+ Thi đua xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh, nâng cao năng lực lãnh đạo, sức chiến đấu của các cấp ủy, chi bộ, tổ chức đảng và chất lượng đảng viên; nâng cao chất lượng sinh hoạt cấp ủy, chi bộ gắn với thực hiện có hiệu quả phong trào thi đua xây dựng “Chi bộ bốn tốt”, “Đảng bộ bốn tốt” theo tinh thần Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới; thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình, giữ gìn kỷ luật, kỷ cương, đoàn kết trong Đảng.',
          '+ Đề cao trách nhiệm nêu gương của cán bộ, đảng viên, nhất là người đứng đầu; nâng cao hiệu quả công tác phòng chống tham nhũng, tiêu cực, thực hành tiết kiệm, chống lãng phí trong từng cơ quan, đơn vị. Hoàn thành chỉ tiêu phát triển đảng viên mới theo nghị quyết đại hội Đảng các cấp đề ra; tập trung làm tốt công tác bảo vệ chính trị nội bộ, nhất là việc thẩm định, thẩm tra, xác minh, kết luận tiêu chuẩn chính trị đối với đội ngũ cán bộ, đảng viên.',
          '+ Tăng cường xây dựng, củng cố tổ chức đảng gắn với tổ chức bộ máy của cơ quan tinh gọn hoạt động hiệu lực, hiệu quả và thực hiện tinh giản biên chế theo đúng tinh thần các nghị quyết, kết luận của Trung ương; đẩy mạnh phân cấp, phân quyền đi đôi với tăng cường công tác kiểm tra, giám sát và xây dựng đội ngũ cấp ủy có năng lực, uy tín, ngang tầm nhiệm vụ đáp ứng yêu cầu nhiệm vụ được giao.',
          '+ Thực hiện có hiệu quả Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”; nâng cao hơn nữa chất lượng phong trào thi đua “Dân vận khéo” với chủ đề “Dân vận khéo – việc gì cũng thành công”; tích cực đổi mới nội dung, phương thức, nâng cao chất lượng hoạt động của các đoàn thể, phát huy vai trò giám sát, phản biện xã hội; tham gia xây dựng Đảng, cơ quan trong sạch, vững mạnh; các đoàn thể trực thuộc căn cứ chức năng, nhiệm vụ của mình để phát động, hưởng ứng phong trào thi đua và các cuộc vận động phù hợp, rộng khắp đến đoàn viên, hội viên; làm tốt vai trò tập hợp, phát huy sức mạnh đoàn kết, sáng tạo, thực hiện dân chủ, tăng cường sự đồng thuận trong cán bộ, đoàn viên, hội viên, góp phần hoàn thành xuất sắc nhiệm vụ chính trị được giao và thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của tỉnh.',
          '+ Đẩy mạnh và nâng cao chất lượng việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh bằng những việc làm, hành động cụ thể gắn với Chuyên đề năm 2024 “*Xây dựng và phát triển văn hóa, con người Vĩnh Long theo tư tưởng, đạo đức, phong cách Hồ Chí Minh*”; thực hiện tốt đạo đức công vụ, văn hóa công sở, văn hóa doanh nghiệp và các phong trào thi đua yêu nước, các cuộc vận động,...do các cấp, các ngành phát động; tiếp tục xây dựng và lan tỏa các gương tập thể, cá nhân điển hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
        ],
      },
      {
        paragraphs: [
          '(6) Tổ chức đợt tuyên truyền, giáo dục sâu rộng trong toàn thể cán bộ, đảng viên về truyền thống cách mạng, tinh thần đoàn kết thống nhất, ý chí tự lực, tự cường, khát vọng phát triển của Đảng; công tác chuẩn bị, tổ chức đại hội Đảng các cấp; việc tổ chức thảo luận và tổng hợp ý kiến tham gia vào dự thảo các báo cáo chính trị trình Đại hội Đảng cấp trên và dự thảo các văn kiện trình Đại hội XIV của Đảng.',
        ],
      },
    ],
    phases: [
      {
        name: 'Giai đoạn 1',
        from: HAI_DUONG_ISSUED,
        to: '2025-03-31',
        // the seed splits this phase in two periods, marked "*" and set in italics; the model's phases
        // are one level deep
        tasks: [
          '*Từ nay đến hết tháng 12/2024:* Tích cực tham mưu, tăng cường công tác lãnh đạo, chỉ đạo phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ theo kế hoạch năm; các chỉ tiêu, nhiệm vụ công tác xây dựng Đảng năm 2024, nhất là những chỉ tiêu đăng ký thực hiện trong năm: công tác kiểm tra, giám sát; công tác phát triển đảng; việc nâng cao chất lượng sinh hoạt cấp ủy, chi bộ; thực hiện công việc đột phá...; tổ chức tốt các hoạt động tuyên truyền, phát động, cổ vũ, động viên cán bộ, đảng viên, công chức, viên chức, người lao động tích cực thi đua trong công tác, lao động, học tập...lập thành tích chào mừng đại hội Đảng các cấp; chào mừng kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024) và 35 năm Ngày hội quốc phòng toàn dân (22/12/1989 - 22/12/2024).',
          '*Từ tháng 01/2025 đến hết tháng 03/2025:* Tập trung lãnh đạo, chỉ đạo tổ chức thành công Đại hội các Chi bộ trực thuộc, nhiệm kỳ 2025 – 2027; tiếp tục tổ chức tốt các hoạt động tuyên truyền, phát động, cổ vũ, động viên cán bộ, đảng viên, công chức, viên chức, người lao động tích cực thi đua trong công tác, lao động, học tập...lập thành tích chào mừng đại hội Đảng các cấp; chào mừng kỷ niệm 95 năm Ngày thành lập Đảng CSVN (03/02/1930 - 03/02/2025) và mừng Xuân mới Ất Tỵ 2025; công tác chuẩn bị, tổ chức Đại hội Đảng bộ Sở lần thứ VIII, nhiệm kỳ 2025 – 2030.',
          'Thực hiện có hiệu quả phong trào thi đua yêu nước theo Chỉ thị số 39/CT-TTg, ngày 15/10/2024 do Thủ tướng Chính phủ phát động: “Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau”; phấn đấu có một phần việc, công trình chào mừng Đại hội, tổ chức hoạt động tri ân, thăm, tặng quà cho đối tượng có hoàn cảnh khó khăn; tích cực tham gia hoạt động của Đảng ủy Ủy ban nhân dân tỉnh hưởng ứng phong trào “Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025” phấn đấu xây dựng từ 01 đến 02 công trình chào mừng Đại hội.',
        ],
      },
      {
        name: 'Giai đoạn 2',
        from: '2025-04-01',
        to: '2025-06-30',
        tasks: [
          'Chuẩn bị chu đáo nội dung, các điều kiện, tích cực tham gia và tổ chức thành công Đại hội Đảng bộ lần thứ VIII, nhiệm kỳ 2025 - 2030; xử lý kịp thời, dứt điểm những hạn chế, bất cập, tồn đọng kéo dài làm ảnh hưởng đến việc thực hiện nhiệm vụ chính trị, công tác xây dựng Đảng và việc quản lý đội ngũ cán bộ, đảng viên của các cấp ủy, chi bộ, tổ chức đảng trong toàn Đảng bộ.',
          'Tổ chức các hoạt động tuyên truyền chào mừng kỷ niệm 50 năm ngày giải phóng miền Nam thống nhất đất nước (30/4/1975-30/4/2025); kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2025) gắn với đẩy mạnh và nâng cao chất lượng việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh bằng những việc làm, hành động cụ thể; thực hiện tốt Quy định về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên và các phong trào thi đua yêu nước, các cuộc vận động do các cấp, các ngành phát động; tiếp tục xây dựng và lan tỏa các gương tập thể, cá nhân điển hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
          'Tập trung tuyên truyền sâu rộng về Đại hội đại biểu Đảng bộ Ủy ban nhân dân tỉnh, nhiệm kỳ 2025 - 2030 và chủ đề Đại hội; kết quả thực hiện Nghị quyết Đại hội Đảng bộ Ủy ban nhân dân tỉnh nhiệm kỳ 2020 - 2025; kết quả công tác xây dựng Đảng 05 năm (2020-2025); những bài học kinh nghiệm; phương hướng, mục tiêu, nhiệm vụ và giải pháp chủ yếu trong thời gian tới; việc tổ chức thảo luận, lấy ý kiến góp ý của cán bộ, đảng viên, công chức, viên chức, đoàn viên, hội viên vào dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ Ủy ban nhân dân tỉnh trình Đại hội đại biểu Đảng bộ Ủy ban nhân dân tỉnh.',
          'Tăng cường xây dựng, củng cố tổ chức đảng; nâng cao năng lực lãnh đạo, sức chiến đấu của các cấp ủy, chi bộ, tổ chức đảng và chất lượng đảng viên; nâng cao chất lượng sinh hoạt cấp ủy, chi bộ gắn với thực hiện có hiệu quả phong trào thi đua xây dựng mô hình “chi bộ bốn tốt”, “đảng bộ bốn tốt”; thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình; coi trọng công tác kiểm tra, giám sát và thi hành kỷ luật Đảng; giữ gìn kỷ luật, kỷ cương, đoàn kết trong Đảng; tập trung xây dựng đội ngũ cấp ủy có năng lực, uy tín, ngang tầm nhiệm vụ đáp ứng yêu cầu nhiệm vụ được giao.',
        ],
      },
      {
        name: 'Giai đoạn 3',
        from: '2025-07-01',
        to: '2025-12-31',
        tasks: [
          'Tập trung lãnh đạo, chỉ đạo, phấn đấu hoàn thành và hoàn thành vượt mức các mục tiêu, chỉ tiêu, nhiệm vụ theo Nghị quyết Đại hội Đảng bộ đã đề ra, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ Ủy ban nhân dân tỉnh, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025 và Nghị quyết Đại hội toàn quốc lần thứ XIII của Đảng.',
          'Tập trung lãnh đạo cán bộ, đảng viên, công chức, viên chức và người lao động tích cực thi đua trong công tác, lao động, học tập...lập thành tích chào mừng Đại hội đại biểu Đảng bộ Ủy ban nhân dân tỉnh, nhiệm kỳ 2025-2030; chào mừng kỷ niệm 80 năm Ngày Cách mạng tháng Tám thành công (19/8/1945- 19/8/2025) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945- 02/9/2025); tiến tới Đại hội đại biểu Đảng bộ tỉnh, nhiệm kỳ 2025- 2030 và Đại hội toàn quốc lần thứ XIV của Đảng.',
          'Chuẩn bị chu đáo nội dung, các điều kiện, tích cực tham gia và tổ chức thành công Đại hội đại biểu Đảng bộ Ủy ban nhân dân tỉnh, nhiệm kỳ 2025-2030. Kịp thời tuyên truyền về kết quả Đại hội trên các phương tiện thông tin đại chúng. Tổ chức thảo luận, tổng hợp ý kiến tham gia vào các dự thảo văn kiện trình Đại hội XIV của Đảng và Đại hội Đảng bộ tỉnh đảm bảo yêu cầu, nội dung, tiến độ, chất lượng. Tham gia có hiệu quả, chất lượng các hoạt động do cấp ủy cấp trên phát động.',
        ],
      },
    ],
    milestones: [
      {
        date: '2024-12-22',
        label:
          'Kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội quốc phòng toàn dân',
      },
      { date: '2025-02-03', label: 'Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam' },
      {
        date: '2025-03-31',
        label: 'Hoàn thành Đại hội các Chi bộ trực thuộc, nhiệm kỳ 2025 - 2027',
      },
      {
        date: '2025-04-30',
        label: 'Kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước',
      },
      { date: '2025-05-19', label: 'Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh' },
      {
        date: '2025-06-30',
        label: 'Hoàn thành Đại hội Đảng bộ Sở lần thứ VIII, nhiệm kỳ 2025 - 2030',
      },
      { date: '2025-08-19', label: 'Kỷ niệm 80 năm Ngày Cách mạng tháng Tám thành công' },
      {
        date: '2025-09-02',
        label: 'Kỷ niệm 80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam',
      },
    ],
    implementation: [
      {
        body: 'Các chi bộ, các đoàn thể, hội trực thuộc Đảng ủy Sở',
        tasks: [
          'căn cứ kế hoạch này tổ chức thực hiện phong trào thi đua sát với tình hình thực tế của mỗi cơ quan, đơn vị, đoàn thể, hội trong năm 2024 và năm 2025; thực hiện tốt công tác tuyên truyền, xây dựng, giới thiệu, biểu dương, khen thưởng kịp thời các gương tập thể, cá nhân điển hình tiêu biểu của cơ quan, đơn vị, đoàn thể, hội mình.',
        ],
      },
      {
        body: 'Đảng ủy Sở',
        asTyped: true,
        tasks: [
          'Căn cứ kết quả thực hiện của các cấp ủy, chi bộ, các đoàn thể, hội và đội ngũ cán bộ, đảng viên, công chức, viên chức, người lao động trong Đảng bộ, Đảng ủy sẽ tiến hành sơ, tổng kết phong trào thi đua trong toàn Đảng bộ; tiến hành bình chọn, biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong đợt phát động thi đua này.',
        ],
      },
      {
        body: 'Văn phòng Đảng ủy',
        asTyped: true,
        tasks: [
          'Giao Văn phòng Đảng ủy giúp Đảng ủy theo dõi, đôn đốc và tổng hợp kết quả thực hiện đợt thi đua lập thành tích chào mừng đại hội Đảng bộ Sở lần thứ VIII, nhiệm kỳ 2025 - 2030 tiến tới Đại hội đại biểu Đảng bộ Ủy ban nhân dân tỉnh và Đại hội Đảng các cấp, nhiệm kỳ 2025 - 2030; định kỳ báo cáo Đảng ủy Ủy ban nhân dân tỉnh theo quy định.',
        ],
      },
    ],
    // in the Văn phòng Đảng ủy's item, as the seed has it
    reporting: {
      who: 'Văn phòng Đảng ủy',
      frequency: 'định kỳ',
      to: 'Đảng ủy Ủy ban nhân dân tỉnh',
      inText: true,
    },
    recipients: {
      groups: [
        {
          names: [
            'Đảng ủy Ủy ban nhân dân tỉnh (báo cáo)',
            'Các đồng chí UV BTV, UVBCH',
            'Các chi bộ trực thuộc',
          ],
        },
      ],
      archive: 'VPĐU',
    },
    signature: {
      on: [{ authority: 'TM', of: 'Ban Chấp hành' }],
      title: 'Bí thư',
      name: HAI_DUONG_SIGNER,
    },
  },
  issue: {
    issuedOn: HAI_DUONG_ISSUED,
    place: PLACE,
    signer: {
      on: [{ authority: 'TM', of: 'Ban Chấp hành' }],
      title: 'Bí thư',
      name: HAI_DUONG_SIGNER,
    },
  },
};

// ── Seed 003: UBND tỉnh, Đại hội Thi đua yêu nước các cấp (issued after the 2025 reform) ───────────────

const THAI_BINH_ISSUED: IsoDate = '2025-07-21';
/** Units of the cụm, khối send their own plans by then ("trước ngày 30/8/2024" in the seed). */
export const THAI_BINH_ANSWER_DEADLINE: IsoDate = '2025-08-15';
const THAI_BINH_SIGNER = holderOf('VLG', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', THAI_BINH_ISSUED);
const THAI_BINH_SIGNATURE: SignaturePart = {
  on: [
    { authority: 'TM', of: 'Ủy ban nhân dân' },
    { authority: 'KT', of: 'Chủ tịch' },
  ],
  title: 'Phó Chủ tịch',
  name: THAI_BINH_SIGNER,
};

const thaiBinh: DemoCampaignSpec = {
  seed: '003',
  issuer: 'VLG',
  kind: 'THEMATIC',
  scope: 'PROVINCE',
  title:
    'Tổ chức Đại hội Thi đua yêu nước các cấp tỉnh Vĩnh Long tiến tới Đại hội Thi đua yêu nước toàn quốc lần thứ XI',
  periodFrom: THAI_BINH_ISSUED,
  periodTo: '2025-12-31',
  bases: [{ national: '06/2022/QH15' }, { national: '34-CT/TW' }, { national: '01/KH-HĐTĐKT' }],
  // "Các đơn vị thuộc Cụm, Khối thi đua thuộc tỉnh", each sending its own plan by the deadline
  addressing: { clusters: ['CUM-01', 'CUM-02', 'CUM-03', 'KHOI-01', 'KHOI-02', 'KHOI-03'] },
  answerDeadline: THAI_BINH_ANSWER_DEADLINE,
  content: {
    opening: {
      verb: 'THUC_HIEN',
      resolution:
        'Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Đại hội Thi đua yêu nước các cấp tỉnh Vĩnh Long tiến tới Đại hội Thi đua yêu nước toàn quốc lần thứ XI, như sau:',
    },
    // a government plan numbered like the Party ones: "2.1." and mục đích items "1." to "4."
    numbering: 'DECIMAL',
    // "II. NỘI DUNG VÀ CÁC BƯỚC TIẾN HÀNH" holds the three contents alone; the congresses' windows
    // (phases, for the calendar) are in their text
    headings: { purpose: 'Mục đích và yêu cầu', contest: 'Nội dung và các bước tiến hành' },
    contestOrder: ['CONTENT'],
    schedulePlacement: 'NONE',
    purpose: {
      numbered: true,
      aims: [
        'Đánh giá kết quả của các phong trào thi đua yêu nước từ sau Đại hội Thi đua yêu nước tỉnh năm 2020 đến nay đối với việc thực hiện nhiệm vụ phát triển kinh tế, xã hội, quốc phòng, an ninh; chỉ ra những hạn chế cần khắc phục; đề ra phương hướng, nhiệm vụ đẩy mạnh phong trào thi đua và công tác khen thưởng giai đoạn 2025 - 2030.',
        'Biểu dương thành tích và tôn vinh các tập thể, cá nhân, các gương điển hình tiên tiến, tiêu biểu trong các ngành, các cấp, các lĩnh vực; qua đó khơi dậy, cổ vũ sức mạnh to lớn của khối đại đoàn kết dân tộc, phát huy mạnh mẽ nội lực, tạo động lực cho việc thực hiện thắng lợi nhiệm vụ phát triển kinh tế, xã hội ở từng ngành, từng cấp, từng địa phương 5 năm tiếp theo.',
        'Thông qua Đại hội đánh giá và rút ra những bài học kinh nghiệm về tổ chức phong trào thi đua và công tác khen thưởng, kinh nghiệm về xây dựng và nhân rộng các điển hình tiên tiến, tiếp tục đổi mới, đẩy mạnh các phong trào thi đua và công tác thi đua, khen thưởng trong thời gian tới.',
        'Tổ chức Đại hội thi đua yêu nước hoặc Hội nghị bảo đảm trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức, lãng phí.',
      ],
    },
    sections: [
      {
        title:
          'Những nội dung tập trung chỉ đạo từ nay đến Đại hội Thi đua yêu nước tỉnh Vĩnh Long và Đại hội Thi đua yêu nước toàn quốc lần thứ XI',
        paragraphs: [
          '- Phát động phong trào thi đua sâu rộng trong toàn Đảng, toàn dân gắn với "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", nhằm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 và mục tiêu tổng quát của Kế hoạch phát triển kinh tế - xã hội giai đoạn 2021-2025: "Đẩy mạnh đổi mới cơ cấu nền kinh tế và các ngành sản xuất gắn với đổi mới mô hình tăng trưởng theo hướng phát triển các ngành, sản phẩm có lợi thế cạnh tranh, nâng cao chất lượng tăng trưởng và sức cạnh tranh của nền kinh tế. Chủ động tham gia cuộc cách mạng khoa học công nghệ lần thứ 4, ứng dụng mạnh mẽ tiến bộ khoa học và công nghệ vào sản xuất và đời sống. Chú trọng phát triển sự nghiệp y tế, giáo dục và đào tạo, văn hoá, thể dục thể thao; đảm bảo an sinh xã hội, nâng cao đời sống vật chất, tinh thần của Nhân dân. Giữ vững ổn định chính trị, bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội và chủ động hội nhập kinh tế quốc tế". Các cơ quan, đơn vị, địa phương cần có kế hoạch, biện pháp thi đua cụ thể, góp phần lập thành tích thiết thực hướng tới kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9; chào mừng Đại hội Đảng bộ các cấp, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và việc tổ chức chính quyền địa phương hai cấp của tỉnh Vĩnh Long.',
          '- Đẩy mạnh công tác tuyên truyền tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh, các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về thi đua, khen thưởng. Các cơ quan thông tin đại chúng, truyền thông tập trung tuyên truyền về Đại hội thi đua, biểu dương ghi nhận những thành quả của phong trào thi đua yêu nước trên tất cả những lĩnh vực của đời sống xã hội, quốc phòng, an ninh của đất nước; mở rộng nhiều hình thức tuyên truyền, biểu dương các điển hình tiên tiến, các nhân tố mới, gương người tốt, việc tốt, tạo không khí sôi nổi, chào mừng các ngày kỷ niệm lớn trong năm 2025, chào mừng Đại hội Thi đua yêu nước tỉnh Vĩnh Long và Đại hội Thi đua yêu nước toàn quốc lần thứ XI.',
          '- Tiếp tục quán triệt, tổ chức thực hiện tốt Luật Thi đua, Khen thưởng năm 2022 và các văn bản hướng dẫn thi hành; nâng cao nhận thức và tinh thần trách nhiệm chấp hành tốt các quy định của pháp luật về thi đua, khen thưởng.',
          '- Trên cơ sở các bài học kinh nghiệm đã được tổng kết, cần tiến hành việc phổ biến, giới thiệu học tập, nhân rộng các điển hình tiên tiến. Bên cạnh việc chăm lo, bồi dưỡng các điển hình đã có, cần chú trọng việc phát hiện các điển hình và nhân tố mới thực sự tiêu biểu trong các phong trào thi đua yêu nước, được quần chúng, tập thể suy tôn để có kế hoạch bồi dưỡng và đề nghị các hình thức khen thưởng phù hợp, xứng đáng.',
        ],
      },
      {
        title: 'Hình thức, thành phần, thời gian tổ chức Đại hội hoặc Hội nghị thi đua',
        paragraphs: [],
        subsections: [
          {
            title: 'Đối với các xã, phường',
            paragraphs: [
              '- Hình thức: Tổ chức "Hội nghị tuyên dương điển hình tiên tiến".',
              '- Thành phần: Các tập thể, cá nhân được khen thưởng tiêu biểu và các điển hình tiên tiến.',
              '- Số lượng đại biểu: Do đơn vị tổ chức quyết định trên cơ sở đề xuất của Hội đồng Thi đua - Khen thưởng cấp xã.',
              '- Thời gian tổ chức: 1/2 ngày, trong tháng 9 năm 2025.',
            ],
          },
          {
            title: 'Đối với các đơn vị thuộc Cụm, Khối thi đua thuộc tỉnh',
            paragraphs: [
              '- Hình thức tổ chức: Lựa chọn một trong các hình thức "Hội nghị tuyên dương điển hình tiên tiến" hoặc "Hội nghị biểu dương người tốt, việc tốt", "Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo" hoặc "Đại hội thi đua yêu nước".',
              '- Thành phần: Đại diện tập thể và cá nhân Anh hùng, chiến sỹ thi đua; các điển hình tiên tiến tiêu biểu giai đoạn 2020-2025.',
              '- Số lượng đại biểu: Do đơn vị tổ chức quyết định trên cơ sở đề xuất của Thường trực Hội đồng Thi đua - Khen thưởng của đơn vị; bảo đảm tính cân đối, cơ cấu đại diện các ngành, lĩnh vực, các thành phần kinh tế, tôn giáo, đại biểu nữ, đại biểu trẻ tuổi, đại biểu là cán bộ, chiến sĩ, nhân viên, công nhân, nông dân, người lao động trực tiếp...',
              '- Thời gian tổ chức: 1/2 ngày, trong tháng 10 năm 2025.',
            ],
          },
          {
            title: 'Đại hội Thi đua yêu nước tỉnh Vĩnh Long',
            paragraphs: ['Tổ chức trong Quý IV năm 2025 (có Kế hoạch cụ thể riêng).'],
          },
        ],
      },
      {
        title: 'Nội dung Đại hội hoặc Hội nghị',
        paragraphs: [
          '- Chào cờ (Đại hội).',
          '- Khai mạc.',
          '- Báo cáo đánh giá, biểu dương phong trào thi đua yêu nước giai đoạn 2020-2025 (Báo cáo phải nêu được những nét mới, sáng tạo, những phong trào thi đua đã phát động, bảo đảm thiết thực, hiệu quả, góp phần hoàn thành tốt nhiệm vụ chính trị của cơ quan, đơn vị, địa phương).',
          '- Báo cáo tham luận của các điển hình tiên tiến (tập thể và cá nhân). Chú trọng lựa chọn điển hình thật sự tiêu biểu trong 5 năm qua và có sức lan tỏa.',
          '- Tổ chức các hoạt động giao lưu với các điển hình tiên tiến.',
          '- Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến.',
          '- Phát động phong trào thi đua.',
          '- Thông qua danh sách đại biểu tham dự Đại hội cấp trên.',
          '- Tổng kết và bế mạc.',
          'Căn cứ vào các nội dung, theo yêu cầu nêu trên các cơ quan, đơn vị, địa phương, doanh nghiệp có thể tổ chức các hình thức đa dạng, phong phú, sáng tạo, phù hợp nhằm tạo không khí phấn khởi, vui tươi và cũng là niềm tự hào đối với các đại biểu và tập thể, cá nhân được tôn vinh.',
        ],
      },
    ],
    // The congress of each level, by the window the seed gives it (a quarter there, a month here).
    phases: [
      {
        name: 'Xây dựng kế hoạch của các cơ quan, đơn vị, địa phương',
        from: THAI_BINH_ISSUED,
        to: THAI_BINH_ANSWER_DEADLINE,
        tasks: [
          'Các cơ quan, đơn vị, địa phương thuộc Cụm, Khối thi đua của tỉnh có Kế hoạch cụ thể để triển khai thực hiện và gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ).',
        ],
      },
      {
        name: 'Hội nghị tuyên dương điển hình tiên tiến cấp xã',
        from: '2025-09-01',
        to: '2025-09-30',
        tasks: ['Các xã, phường tổ chức "Hội nghị tuyên dương điển hình tiên tiến" (1/2 ngày).'],
      },
      {
        name: 'Đại hội hoặc Hội nghị thi đua của các đơn vị thuộc Cụm, Khối thi đua',
        from: '2025-10-01',
        to: '2025-10-31',
        tasks: [
          'Các đơn vị thuộc Cụm, Khối thi đua tổ chức Đại hội thi đua yêu nước hoặc Hội nghị tuyên dương điển hình tiên tiến (1/2 ngày).',
        ],
      },
      {
        name: 'Đại hội Thi đua yêu nước tỉnh Vĩnh Long',
        from: '2025-10-01',
        to: '2025-12-31',
        tasks: ['Tổ chức Đại hội Thi đua yêu nước tỉnh (có Kế hoạch cụ thể riêng).'],
      },
    ],
    milestones: [
      {
        date: THAI_BINH_ANSWER_DEADLINE,
        label:
          'Hạn gửi Kế hoạch của các cơ quan, đơn vị, địa phương thuộc Cụm, Khối thi đua về Ủy ban nhân dân tỉnh (qua Sở Nội vụ)',
      },
    ],
    implementation: [
      {
        body: 'Các cơ quan, đơn vị, địa phương thuộc Cụm, Khối thi đua của tỉnh',
        asTyped: true,
        tasks: [
          'Căn cứ Kế hoạch này các cơ quan, đơn vị, địa phương thuộc Cụm, Khối thi đua của tỉnh có Kế hoạch cụ thể để triển khai thực hiện và gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 15/8/2025.',
        ],
      },
      {
        body: 'Hội đồng Thi đua - Khen thưởng tỉnh',
        tasks: [
          'hướng dẫn tổ chức triển khai thực hiện Kế hoạch này. Trong quá trình tổ chức thực hiện có khó khăn, vướng mắc; các đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết.',
        ],
      },
    ],
    recipients: {
      groups: [
        {
          names: [
            'Hội đồng Thi đua - Khen thưởng Trung ương',
            'Ban Thi đua - Khen thưởng Trung ương',
            'Thường trực Tỉnh ủy',
            'Thường trực HĐND tỉnh',
            'Chủ tịch, các PCT UBND tỉnh',
            'Các đơn vị thuộc Cụm, Khối thi đua thuộc tỉnh',
          ],
        },
      ],
      archive: 'VT, NCKS',
    },
    signature: THAI_BINH_SIGNATURE,
  },
  issue: { issuedOn: THAI_BINH_ISSUED, place: PLACE, signer: THAI_BINH_SIGNATURE },
};

/** In the order the loader issues them (each issuer's register counts from 01 in its year). */
export const DEMO_CAMPAIGNS: DemoCampaignSpec[] = [benTre, haiDuong, thaiBinh, bacKan];

// ── The cascade: lower units answering with plans of their own ─────────────────────────────────────────

/** A demo unit's name, including the wards and communes the 2025 merges created. */
export function demoUnitName(code: string): string {
  const listed = DEMO_UNITS.find((u) => u.code === code)?.name;
  const merged = DEMO_RESTRUCTURINGS.flatMap((r) => (r.kind === 'MERGE' ? [r.into] : [])).find(
    (u) => u.code === code,
  )?.name;
  return listed ?? merged ?? code;
}

/** The first of `titles` somebody holds in `unit` on `on`, with the holder (see holderOf). */
function signerAt(unit: string, titles: string[], on: IsoDate): { title: string; name: string } {
  for (const title of titles) {
    const name = holderOf(unit, title, on);
    const holds = DEMO_PEOPLE.some(
      (p) =>
        p.fullName === name &&
        p.positions.some(
          (x) =>
            x.unit === unit &&
            x.title === title &&
            x.startedOn <= on &&
            (!x.endedOn || x.endedOn > on),
        ),
    );
    if (holds) return { title, name };
  }
  return { title: titles[0] ?? '', name: holderOf(unit, titles[0] ?? '', on) };
}

/**
 * A unit's answer to a seed plan: its own plan, issued on `issuedOn` with `respondsToPlanId` set, which
 * ticks its row of the plan answered (on time, or late after the deadline). What it says is filled in
 * by `answerPlan` from the answered plan's number (known once that plan is issued).
 */
export interface DemoAnswerSpec {
  answers: DemoCampaignSpec['seed'];
  issuer: string;
  issuedOn: IsoDate;
  /** When the unit holds its conference (answers to seed 003). */
  conferenceOn?: IsoDate;
}

/**
 * Seed 000: two of the three đảng ủy have answered (the seed sets no deadline). Seed 003: five units of
 * the cụm, khối, three by the deadline of 15/8/2025 and two after it; the other 25 have not answered.
 */
export const DEMO_ANSWERS: DemoAnswerSpec[] = [
  { answers: '000', issuer: 'VLG-DU-UBND', issuedOn: '2024-02-05' },
  { answers: '000', issuer: 'VLG-DU-X-PHUTHUAN', issuedOn: '2024-03-04' },
  { answers: '003', issuer: 'VLG-SNV', issuedOn: '2025-08-06', conferenceOn: '2025-10-09' },
  {
    answers: '003',
    issuer: 'VLG-P-PHUKHUONG',
    issuedOn: '2025-08-11',
    conferenceOn: '2025-09-12',
  },
  { answers: '003', issuer: 'VLG-X-PHUTHUAN', issuedOn: '2025-08-14', conferenceOn: '2025-09-18' },
  { answers: '003', issuer: 'VLG-SYT', issuedOn: '2025-08-25', conferenceOn: '2025-10-16' },
  { answers: '003', issuer: 'VLG-P-ANHOI', issuedOn: '2025-09-03', conferenceOn: '2025-09-24' },
];

/** "Kế hoạch số 01/KH-UBND ngày 21/7/2025": how an answer cites the plan it carries out. */
export function cited(symbol: string, issuedOn: IsoDate): string {
  const [y, m, d] = issuedOn.split('-').map(Number);
  return `Kế hoạch số ${symbol} ngày ${d}/${m}/${y}`;
}

/** The answer as a plan of its unit, given the number the answered plan took. */
export function answerPlan(a: DemoAnswerSpec, answeredSymbol: string): DemoPlanSpec {
  const parent = DEMO_CAMPAIGNS.find((c) => c.seed === a.answers);
  if (!parent) throw new Error(`Kế hoạch mẫu ${a.answers} không có.`);
  const source = cited(answeredSymbol, parent.issue.issuedOn);
  return a.answers === '000' ? partyAnswer(a, parent, source) : congressAnswer(a, parent, source);
}

function partyAnswer(a: DemoAnswerSpec, parent: DemoCampaignSpec, source: string): DemoPlanSpec {
  const name = demoUnitName(a.issuer);
  const signer = signerAt(a.issuer, ['Bí thư Đảng ủy', 'Phó Bí thư Đảng ủy'], a.issuedOn);
  const signature: SignaturePart = {
    on: [{ authority: 'TM', of: 'Ban Thường vụ' }],
    title: signer.title.replace(' Đảng ủy', ''),
    name: signer.name,
  };
  const party = name.replace(/^Đảng ủy /, 'Đảng bộ ');
  return {
    issuer: a.issuer,
    kind: 'PERIODIC',
    scope: 'AGENCY',
    title: `thực hiện cao điểm thi đua “Đồng Khởi mới” trong hai năm 2024-2025 trong ${party}`,
    periodFrom: a.issuedOn,
    periodTo: parent.periodTo,
    bases: [{ local: '01-CT/TU' }],
    content: {
      purpose: {
        aims: [
          `Thực hiện ${source} của Ban Thường vụ Tỉnh ủy về phát động cao điểm thi đua “Đồng Khởi mới” trong hai năm 2024-2025, ${name} cụ thể hóa nội dung thi đua phù hợp tình hình, nhiệm vụ của ${party}.`,
          'Xác định rõ nhiệm vụ trọng tâm, đột phá; phân công, giao việc cụ thể cho tập thể, cá nhân, có thời điểm bắt đầu và kết thúc; kịp thời phát hiện, biểu dương, nhân rộng các “Điển hình”.',
        ],
      },
      motto: [
        'Bám sát phương châm “Hai chân - Ba mũi” theo Chỉ thị số 01-CT/TU và phương thức “Xây dựng điển hình, học tập điển hình, bắt kịp điển hình và vượt qua điển hình”.',
      ],
      participants: {
        collectives: `Các chi bộ, đảng bộ trực thuộc ${party}; các cơ quan, đơn vị, đoàn thể.`,
        individuals:
          'Cán bộ, đảng viên, công chức, viên chức, đoàn viên, hội viên, người lao động.',
      },
      sections: [
        {
          title: 'Thi đua xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh',
          paragraphs: [
            '- Năm 2024: Thi đua thực hiện đạt và vượt các chỉ tiêu về xây dựng Đảng theo nghị quyết của cấp ủy; triển khai sổ tay đảng viên điện tử đến các chi bộ.',
            '- Năm 2025: Thi đua xây dựng “chi bộ 4 tốt”, “đảng bộ cơ sở 4 tốt”; phấn đấu trên 90% tổ chức cơ sở đảng, đảng viên được xếp loại từ hoàn thành tốt nhiệm vụ trở lên.',
          ],
        },
        {
          title: 'Thi đua thực hiện tốt chức trách, nhiệm vụ được giao',
          paragraphs: [
            'Căn cứ chức năng, nhiệm vụ, mỗi chi bộ, đảng bộ trực thuộc xây dựng kế hoạch với giải pháp cụ thể, có tính đột phá; đẩy mạnh cải cách hành chính, chuyển đổi số; tuyên truyền, vận động Nhân dân đồng thuận thực hiện các chủ trương phát triển kinh tế - xã hội.',
          ],
        },
      ],
      targets: [
        {
          indicator:
            'Tổ chức cơ sở đảng, đảng viên được xếp loại từ hoàn thành tốt nhiệm vụ trở lên',
          target: 'Trên 90',
          unit: '%',
          year: 2025,
        },
      ],
      implementation: [
        {
          body: 'Các chi bộ, đảng bộ trực thuộc',
          tasks: [
            'căn cứ kế hoạch này xây dựng kế hoạch thực hiện, tổ chức đăng ký thi đua và biểu dương các “điển hình” theo thẩm quyền.',
          ],
        },
        {
          body: 'Văn phòng Đảng ủy',
          tasks: ['theo dõi, tổng hợp kết quả thực hiện, tham mưu sơ kết, tổng kết.'],
        },
      ],
      reporting: {
        who: 'Các chi bộ, đảng bộ trực thuộc',
        frequency: 'hằng quý',
        to: 'Ban Thường vụ Tỉnh ủy',
        via: 'Ban Tuyên giáo Tỉnh ủy',
      },
      recipients: {
        groups: [
          {
            names: [
              'Ban Thường vụ Tỉnh ủy (báo cáo)',
              'Ban Tuyên giáo Tỉnh ủy',
              'Các chi bộ, đảng bộ trực thuộc',
            ],
          },
        ],
        archive: 'Văn phòng Đảng ủy',
      },
      signature,
    },
    issue: { issuedOn: a.issuedOn, place: PLACE, signer: signature },
  };
}

function congressAnswer(a: DemoAnswerSpec, parent: DemoCampaignSpec, source: string): DemoPlanSpec {
  const name = demoUnitName(a.issuer);
  const commune = /^Ủy ban nhân dân (xã|phường)/.test(name);
  const local = commune ? name.replace(/^Ủy ban nhân dân /, '') : name;
  const conferenceOn = a.conferenceOn ?? parent.periodTo;
  const [y, m, d] = conferenceOn.split('-').map(Number);
  const signer = commune
    ? signerAt(a.issuer, [`Chủ tịch Ủy ban nhân dân ${local.split(' ')[0]}`], a.issuedOn)
    : signerAt(a.issuer, ['Giám đốc Sở'], a.issuedOn);
  const signature: SignaturePart = commune
    ? { on: [{ authority: 'TM', of: 'Ủy ban nhân dân' }], title: 'Chủ tịch', name: signer.name }
    : { title: 'Giám đốc', name: signer.name };
  const conference = commune
    ? 'Hội nghị tuyên dương điển hình tiên tiến'
    : 'Hội nghị điển hình tiên tiến';
  return {
    issuer: a.issuer,
    kind: 'THEMATIC',
    scope: 'AGENCY',
    title: `Tổ chức ${conference} ${local} giai đoạn 2020 - 2025, tiến tới Đại hội Thi đua yêu nước tỉnh Vĩnh Long`,
    periodFrom: a.issuedOn,
    periodTo: conferenceOn,
    bases: [{ national: '06/2022/QH15' }, { national: '34-CT/TW' }],
    content: {
      purpose: {
        aims: [
          `Thực hiện ${source} của Ủy ban nhân dân tỉnh về tổ chức Đại hội Thi đua yêu nước các cấp tỉnh Vĩnh Long tiến tới Đại hội Thi đua yêu nước toàn quốc lần thứ XI, ${commune ? `Ủy ban nhân dân ${local}` : local} đánh giá kết quả phong trào thi đua yêu nước giai đoạn 2020 - 2025, biểu dương, tôn vinh các tập thể, cá nhân điển hình tiên tiến.`,
          'Lựa chọn đại biểu tham dự Đại hội Thi đua yêu nước tỉnh bảo đảm tính cân đối, cơ cấu đại diện các ngành, lĩnh vực, đại biểu nữ, đại biểu trẻ tuổi, người lao động trực tiếp.',
          'Tổ chức Hội nghị trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức, lãng phí.',
        ],
      },
      sections: [
        {
          title: 'Hình thức, thành phần, thời gian tổ chức',
          paragraphs: [
            `- Hình thức: Tổ chức "${conference}".`,
            '- Thành phần: Đại diện tập thể, cá nhân được khen thưởng tiêu biểu và các điển hình tiên tiến giai đoạn 2020 - 2025.',
            `- Thời gian: 1/2 ngày, ngày ${d}/${m}/${y}.`,
          ],
        },
        {
          title: 'Nội dung Hội nghị',
          paragraphs: [
            '- Khai mạc.',
            '- Báo cáo đánh giá, biểu dương phong trào thi đua yêu nước giai đoạn 2020 - 2025.',
            '- Báo cáo tham luận của các điển hình tiên tiến.',
            '- Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến.',
            '- Thông qua danh sách đại biểu tham dự Đại hội cấp trên.',
            '- Tổng kết và bế mạc.',
          ],
        },
      ],
      milestones: [{ date: conferenceOn, label: conference }],
      implementation: [
        {
          body: commune ? 'Phòng Văn hóa - Xã hội' : 'Văn phòng Sở',
          tasks: [
            'tham mưu tổ chức Hội nghị; tổng hợp danh sách điển hình tiên tiến, đề xuất khen thưởng và danh sách đại biểu dự Đại hội Thi đua yêu nước tỉnh.',
          ],
        },
        {
          body: commune
            ? 'Các khóm, ấp, cơ quan, đơn vị trên địa bàn'
            : 'Các phòng, đơn vị thuộc Sở',
          tasks: ['lựa chọn, giới thiệu điển hình tiên tiến; cử đại biểu dự Hội nghị.'],
        },
      ],
      reporting: {
        who: commune ? 'Ủy ban nhân dân ' + local : local,
        frequency: 'sau Hội nghị',
        to: 'Ủy ban nhân dân tỉnh',
        via: 'Sở Nội vụ',
      },
      recipients: {
        groups: [{ names: ['Ủy ban nhân dân tỉnh (báo cáo)', 'Sở Nội vụ'] }],
        archive: commune ? 'VT, VHXH' : 'VT, VP',
      },
      signature,
    },
    issue: { issuedOn: a.issuedOn, place: PLACE, signer: signature },
  };
}

// ── Registrations: the office's phòng and their people register for seed 001 ───────────────────────────

/** A unit's registration for a seed plan, and how far it went (returned ones say why). */
export interface DemoRegistrationSpec {
  plan: DemoCampaignSpec['seed'];
  unit: string;
  titles: string[];
  commitments: string;
  /** Its people (by their demo code) and the titles each aims for. */
  people: { person: string; titles: string[] }[];
  status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
  returnReason?: string;
}

/** The first `n` people holding a post in `unit` on `on` (codes NS-…), in the demo's order. */
export function staffOf(unit: string, on: IsoDate, n: number): string[] {
  return DEMO_PEOPLE.filter((p) =>
    p.positions.some((x) => x.unit === unit && x.startedOn <= on && (!x.endedOn || x.endedOn > on)),
  )
    .slice(0, n)
    .map((p) => p.code);
}

const REGISTERED_ON: IsoDate = '2025-10-10';
/** The first people of a phòng, each aiming for the title of the same rank in `titles`. */
const registrants = (unit: string, titles: string[]) =>
  staffOf(unit, REGISTERED_ON, titles.length).map((person, i) => ({
    person,
    titles: [titles[i] ?? 'Lao động tiên tiến'],
  }));

export const DEMO_REGISTRATIONS: DemoRegistrationSpec[] = [
  {
    plan: '001',
    unit: 'VLG-VP-TH',
    titles: ['Giấy khen của Chánh Văn phòng'],
    commitments:
      'Hoàn thành 100% nhiệm vụ tham mưu tổng hợp đúng tiến độ, bảo đảm chất lượng; không có văn bản tham mưu trễ hạn.',
    people: registrants('VLG-VP-TH', ['Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến']),
    status: 'APPROVED',
  },
  {
    plan: '001',
    unit: 'VLG-VP-HCTC',
    titles: ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'],
    commitments:
      'Bảo đảm điều kiện phục vụ các hội nghị, sự kiện của tỉnh; hoàn thành chuyển đổi số hồ sơ lưu trữ năm 2025.',
    people: registrants('VLG-VP-HCTC', ['Lao động tiên tiến']),
    status: 'SUBMITTED',
  },
  {
    plan: '001',
    unit: 'VLG-VP-KT',
    titles: ['Giấy khen của Chánh Văn phòng'],
    commitments: 'Thực hiện tốt nhiệm vụ được giao.',
    people: [],
    status: 'RETURNED',
    returnReason:
      'Cam kết còn chung chung: đề nghị nêu cụ thể chỉ tiêu, tiến độ tham mưu lĩnh vực kinh tế trong Đợt thi đua.',
  },
  {
    plan: '001',
    unit: 'VLG-VP-KGVX',
    titles: ['Giấy khen của Chánh Văn phòng'],
    commitments:
      'Tham mưu tổ chức tốt các hoạt động văn hóa - xã hội chào mừng các ngày lễ lớn năm 2026.',
    people: [],
    status: 'DRAFT',
  },
];
