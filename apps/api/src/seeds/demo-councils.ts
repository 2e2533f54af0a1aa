import type { BallotChoice, EvaluationGrade, IsoDate, VotingMode } from '@thidua/shared-domain';
import type { CouncilMemberRole } from '../modules/councils/council-vocabulary';
import type { DemoDossierSpec, DemoRoundKey, DemoStaffRef } from './demo-awards';

/**
 * Councils, sessions and decisions of the demo (issue 12, "Demo data"), entered by
 * DemoCouncilsLoader through the councils and decisions modules' services after the award rounds:
 *
 * - Hội đồng Thi đua - Khen thưởng of Văn phòng UBND tỉnh (the office of seed 001, whose plan says
 *   "trình Hội đồng Thi đua - Khen thưởng Văn phòng"; its Phòng HCTC - QTTV is the standing body
 *   that receives the round) and of Sở Nội vụ (Văn phòng Sở receives its công trạng round): a session's
 *   round must be received by its council's unit or standing body, so each round has its own council.
 * - Each council meets over a dossier of its own, routed to it by the awards demo's machinery
 *   (DemoAwardsLoader.routeDossier): the dossiers demo-awards.ts leaves "chờ Hội đồng xét" (office-th,
 *   snv-own) stay there, for a user to try a session of their own (test/demo.int-spec.ts reads them as
 *   left), so the agenda taken from the round is trimmed to the council's dossier.
 * - The office's session counts paper ballots, one round per hình thức (the plan's quota is per form:
 *   "không quá 01"), each entered twice by two people, confirmed, tallied; one member is absent with a
 *   written opinion, counted on top of the paper figures. Closed, its biên bản signed on paper.
 * - Sở Nội vụ's session is closed (minutes generated), waiting for the signatures.
 * - Sở Nội vụ's session votes with one-time room codes (ballots cast through the service, as the
 *   members' phones do), an absentee's written opinion chained at the close; one nominee fails.
 * - The decisions drafted from what passed, issued (numbers from the issuers' registers), the
 *   certificates printed by the job: the award records then stand in the people's histories.
 */

export type DemoCouncilKey = 'VP' | 'SNV';

export interface DemoCouncilMemberSpec {
  person: DemoStaffRef;
  role: CouncilMemberRole;
  title: string;
  from: IsoDate;
  /** Username of the member's demo account (demo-province DEMO_ACCOUNTS), for remote voting. */
  account?: string;
}

export interface DemoCouncilSpec {
  key: DemoCouncilKey;
  /** Code of the council's unit. */
  unit: string;
  /** Code of its standing body (cơ quan thường trực), which receives the rounds it meets on. */
  standing: string;
  decisionNumber: string;
  decisionDate: IsoDate;
  decisionText: string;
  members: DemoCouncilMemberSpec[];
}

/** "Quyết định thành lập, kiện toàn" dates: the Sở's after its 01/3/2025 reorganisation. */
const VP_FROM: IsoDate = '2025-01-15';
const SNV_FROM: IsoDate = '2025-03-10';

export const DEMO_COUNCILS: DemoCouncilSpec[] = [
  {
    key: 'VP',
    unit: 'VLG-VP',
    standing: 'VLG-VP-HCTC',
    decisionNumber: '15/QĐ-VP',
    decisionDate: VP_FROM,
    decisionText:
      'Quyết định kiện toàn Hội đồng Thi đua - Khen thưởng Văn phòng Ủy ban nhân dân tỉnh; Phòng Hành chính tổ chức - Quản trị tài vụ là cơ quan thường trực.',
    members: [
      {
        person: { unit: 'VLG-VP', staff: 0 },
        role: 'CHU_TICH',
        title: 'Chánh Văn phòng',
        from: VP_FROM,
      },
      {
        person: { unit: 'VLG-VP', staff: 1 },
        role: 'PHO_CHU_TICH',
        title: 'Phó Chánh Văn phòng',
        from: VP_FROM,
      },
      {
        person: { unit: 'VLG-VP', staff: 2 },
        role: 'UY_VIEN',
        title: 'Phó Chánh Văn phòng',
        from: VP_FROM,
      },
      {
        person: { unit: 'VLG-VP-TH', staff: 0 },
        role: 'UY_VIEN',
        title: 'Trưởng phòng Tổng hợp',
        from: VP_FROM,
      },
      {
        person: { unit: 'VLG-VP-KT', staff: 0 },
        role: 'UY_VIEN',
        title: 'Trưởng phòng Kinh tế',
        from: VP_FROM,
      },
      {
        person: { unit: 'VLG-VP-KGVX', staff: 0 },
        role: 'UY_VIEN',
        title: 'Trưởng phòng Khoa giáo - Văn xã',
        from: VP_FROM,
      },
      {
        person: { unit: 'VLG-VP-NC', staff: 0 },
        role: 'UY_VIEN',
        title: 'Trưởng phòng Nội chính',
        from: VP_FROM,
      },
      {
        person: { unit: 'VLG-VP-HCTC', staff: 0 },
        role: 'UY_VIEN_THU_KY',
        title: 'Trưởng phòng Hành chính tổ chức - Quản trị tài vụ',
        from: VP_FROM,
        account: 'thuky.hd',
      },
    ],
  },
  {
    key: 'SNV',
    unit: 'VLG-SNV',
    standing: 'VLG-SNV-VP',
    decisionNumber: '52/QĐ-SNV',
    decisionDate: SNV_FROM,
    decisionText:
      'Quyết định kiện toàn Hội đồng Thi đua - Khen thưởng Sở Nội vụ sau sắp xếp tổ chức bộ máy; Văn phòng Sở là cơ quan thường trực.',
    members: [
      {
        person: { unit: 'VLG-SNV', staff: 0 },
        role: 'CHU_TICH',
        title: 'Giám đốc Sở',
        from: SNV_FROM,
      },
      {
        person: { unit: 'VLG-SNV', staff: 1 },
        role: 'PHO_CHU_TICH',
        title: 'Phó Giám đốc Sở',
        from: SNV_FROM,
      },
      {
        person: { unit: 'VLG-SNV-TDKT', staff: 0 },
        role: 'UY_VIEN',
        title: 'Trưởng phòng Thi đua, khen thưởng',
        from: SNV_FROM,
      },
      {
        // Trưởng phòng since 30/4/2025: a member from the kiện toàn that followed
        person: { unit: 'VLG-SNV-TCBC', staff: 0 },
        role: 'UY_VIEN',
        title: 'Trưởng phòng Tổ chức, biên chế',
        from: '2025-05-05',
        account: 'uyvien.hd',
      },
      {
        person: { unit: 'VLG-SNV-VP', staff: 1 },
        role: 'UY_VIEN',
        title: 'Phó Chánh Văn phòng Sở',
        from: SNV_FROM,
      },
      {
        person: { unit: 'VLG-SNV-TDKT', staff: 1 },
        role: 'UY_VIEN',
        title: 'Phó Trưởng phòng Thi đua, khen thưởng',
        from: SNV_FROM,
      },
      {
        person: { unit: 'VLG-SNV-VP', staff: 0 },
        role: 'UY_VIEN_THU_KY',
        title: 'Chánh Văn phòng Sở',
        from: SNV_FROM,
      },
    ],
  },
];

const OFFICE_GIAY_KHEN = 'Giấy khen của Chánh Văn phòng';
const SNV_GIAY_KHEN = 'Giấy khen của Giám đốc Sở Nội vụ';

/** The councils' own dossiers, routed to them before the sessions (their statuses before the council). */
export const DEMO_COUNCIL_DOSSIERS: DemoDossierSpec[] = [
  {
    key: 'council-vp',
    round: 'OFFICE_2026',
    unit: 'VLG-VP',
    note: 'Lãnh đạo Văn phòng và công chức không thuộc phòng.',
    nominees: [
      {
        key: 'vp-pho',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-VP', staff: 3 },
        awardCode: 'BANG_KHEN_TINH',
        achievements:
          'Chỉ đạo bảo đảm điều kiện phục vụ Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 an toàn, chu đáo; trực tiếp chỉ đạo vận hành hệ thống họp trực tuyến kết nối 100% xã, phường sau sắp xếp.',
      },
      {
        key: 'vp-cv',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-VP', staff: 4 },
        awardCode: 'GIAY_KHEN',
        awardName: OFFICE_GIAY_KHEN,
        achievements:
          'Tham mưu số hóa 100% hồ sơ lưu trữ năm 2025 của Văn phòng; hoàn thành trước hạn việc chuyển giao hồ sơ của các cơ quan sau sắp xếp vào Lưu trữ lịch sử tỉnh.',
      },
    ],
    filing: 'COMPLETE',
    steps: [{ do: 'SUBMIT' }, { do: 'RECEIVE' }, { do: 'APPRAISE' }, { do: 'FORWARD_TO_COUNCIL' }],
    status: 'READY_FOR_COUNCIL',
  },
  {
    key: 'council-tdkt',
    round: 'SNV_2025',
    unit: 'VLG-SNV-TDKT',
    nominees: [
      {
        key: 'tdkt',
        subject: 'COLLECTIVE',
        unit: 'VLG-SNV-TDKT',
        awardCode: 'GIAY_KHEN',
        awardName: SNV_GIAY_KHEN,
        achievements:
          'Tham mưu tổ chức thành công Đại hội Thi đua yêu nước tỉnh lần thứ VI; thẩm định đúng hạn 100% hồ sơ khen thưởng cấp tỉnh năm 2025.',
      },
      {
        key: 'tdkt-cv1',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-SNV-TDKT', staff: 2 },
        awardCode: 'GIAY_KHEN',
        awardName: SNV_GIAY_KHEN,
        achievements:
          'Hoàn thành xuất sắc nhiệm vụ năm 2025; chủ trì xây dựng cơ sở dữ liệu thi đua, khen thưởng của tỉnh, kết nối với các sở, ngành và cấp xã.',
      },
      {
        key: 'tdkt-cv2',
        subject: 'INDIVIDUAL',
        person: { unit: 'VLG-SNV-TDKT', staff: 3 },
        awardCode: 'GIAY_KHEN',
        awardName: SNV_GIAY_KHEN,
        achievements: 'Hoàn thành tốt nhiệm vụ năm 2025 được giao.',
      },
    ],
    filing: 'COMPLETE',
    steps: [{ do: 'SUBMIT' }, { do: 'RECEIVE' }, { do: 'APPRAISE' }, { do: 'FORWARD_TO_COUNCIL' }],
    status: 'READY_FOR_COUNCIL',
  },
];

/**
 * Kết quả xếp loại 2025 of the Phòng TĐKT and its chuyên viên, recorded before its dossier is sent (a
 * Giấy khen asks for "hoàn thành tốt nhiệm vụ" of the year: without it the send is refused).
 */
export const DEMO_COUNCIL_EVALUATIONS: {
  subject: DemoStaffRef | { unit: string };
  grade: EvaluationGrade;
}[] = [
  { subject: { unit: 'VLG-SNV-TDKT' }, grade: 'HTXSNV' },
  { subject: { unit: 'VLG-SNV-TDKT', staff: 2 }, grade: 'HTXSNV' },
  { subject: { unit: 'VLG-SNV-TDKT', staff: 3 }, grade: 'HTTNV' },
];

/** A member absent with a written opinion: their choice on each nominee (by nominee key). */
export interface DemoAbsentee {
  /** Index in the council's members. */
  member: number;
  opinion: string;
  choices: Record<string, BallotChoice>;
}

export interface DemoSessionSpec {
  key: string;
  council: DemoCouncilKey;
  round: DemoRoundKey;
  /** The dossier whose nominees stay on the agenda (the others of the round wait for another session). */
  dossier: string;
  title: string;
  place: string;
  startTime: string;
  /** Indexes in the council's members. */
  chair: number;
  secretary: number;
  absent: DemoAbsentee;
  guest?: { name: string; title: string };
  mode: Extract<VotingMode, 'PAPER' | 'ROOM'>;
  /**
   * The members present, one ballot each, by nominee key: PAPER counts them into the tally entered
   * twice (by `entries`: two usernames), ROOM casts each with one of the round's codes.
   */
  ballots: Record<string, BallotChoice>[];
  entries?: [string, string];
  /** The biên bản signed on paper after the close (SIGNED); otherwise the session stays CLOSED. */
  signed?: boolean;
}

const ALL_AGREE = { 'vp-pho': 'AGREE', 'vp-cv': 'AGREE' } as const;

export const DEMO_SESSIONS: DemoSessionSpec[] = [
  {
    key: 'vp-paper',
    council: 'VP',
    round: 'OFFICE_2026',
    dossier: 'council-vp',
    title: 'Phiên họp xét khen thưởng Đợt thi đua đặc biệt năm 2026',
    place: 'Phòng họp số 1, Văn phòng Ủy ban nhân dân tỉnh',
    startTime: '08:00',
    chair: 0,
    secretary: 7,
    absent: {
      member: 6,
      opinion:
        'Vắng do đi công tác theo Kế hoạch của Ủy ban nhân dân tỉnh; đồng ý với đề nghị khen thưởng của Phòng Hành chính tổ chức - Quản trị tài vụ.',
      choices: ALL_AGREE,
    },
    guest: {
      name: 'Đại diện Ban Chấp hành Công đoàn Văn phòng',
      title: 'Khách mời, không biểu quyết',
    },
    mode: 'PAPER',
    // 7 present: the Phó Chánh Văn phòng 6/7 (one against), the chuyên viên 7/7
    ballots: [
      ALL_AGREE,
      ALL_AGREE,
      ALL_AGREE,
      ALL_AGREE,
      ALL_AGREE,
      ALL_AGREE,
      { 'vp-pho': 'DISAGREE', 'vp-cv': 'AGREE' },
    ],
    entries: ['thuky.hd', 'tdkt.tinh'],
    signed: true,
  },
  {
    key: 'snv-room',
    council: 'SNV',
    round: 'SNV_2025',
    dossier: 'council-tdkt',
    title: 'Phiên họp xét khen thưởng công trạng năm 2025',
    place: 'Hội trường Sở Nội vụ',
    startTime: '14:00',
    chair: 0,
    secretary: 6,
    absent: {
      member: 5,
      opinion:
        'Vắng do tham gia đoàn kiểm tra của tỉnh; gửi ý kiến bằng văn bản theo phiếu xin ý kiến.',
      choices: { tdkt: 'AGREE', 'tdkt-cv1': 'AGREE', 'tdkt-cv2': 'DISAGREE' },
    },
    mode: 'ROOM',
    // 6 present: the phòng 6/6, one chuyên viên 5/6, the other 2/6 — with the written opinion 7/7,
    // 6/7 and 2/7 of the 7 members: the last is not over half (biểu quyết theo đa số), not passed
    ballots: [
      { tdkt: 'AGREE', 'tdkt-cv1': 'AGREE', 'tdkt-cv2': 'AGREE' },
      { tdkt: 'AGREE', 'tdkt-cv1': 'AGREE', 'tdkt-cv2': 'AGREE' },
      { tdkt: 'AGREE', 'tdkt-cv1': 'AGREE', 'tdkt-cv2': 'DISAGREE' },
      { tdkt: 'AGREE', 'tdkt-cv1': 'AGREE', 'tdkt-cv2': 'DISAGREE' },
      { tdkt: 'AGREE', 'tdkt-cv1': 'AGREE', 'tdkt-cv2': 'DISAGREE' },
      { tdkt: 'AGREE', 'tdkt-cv1': 'DISAGREE', 'tdkt-cv2': 'DISAGREE' },
    ],
  },
];

/** A decision drafted from a session's passed nominees (one award each), signed and issued. */
export interface DemoDecisionSpec {
  key: string;
  session: string;
  /** Code of the issuing unit (the deciding authority's). */
  issuer: string;
  nominees: string[];
  /** When the round's deciding authority is not the issuer's (the office round's Bằng khen). */
  authority?: string;
  signer: { title: string; person: DemoStaffRef };
  /**
   * Multipliers the officer writes where the rule gives none (by nominee key): a decision with money
   * needs one for everyone on it.
   */
  multipliers?: Record<string, number>;
}

export const DEMO_DECISIONS: DemoDecisionSpec[] = [
  {
    key: 'vp-giay-khen',
    session: 'vp-paper',
    issuer: 'VLG-VP',
    nominees: ['vp-cv'],
    signer: { title: 'Chánh Văn phòng', person: { unit: 'VLG-VP', staff: 0 } },
  },
  {
    // the office's council proposes, the Chủ tịch UBND tỉnh decides the Bằng khen (the plan's form)
    key: 'vp-bang-khen',
    session: 'vp-paper',
    issuer: 'VLG',
    nominees: ['vp-pho'],
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh',
    signer: { title: 'Chủ tịch', person: { unit: 'VLG', staff: 0 } },
  },
  {
    key: 'snv-giay-khen',
    session: 'snv-room',
    issuer: 'VLG-SNV',
    nominees: ['tdkt', 'tdkt-cv1'],
    signer: { title: 'Giám đốc', person: { unit: 'VLG-SNV', staff: 0 } },
    // the collective's 0,6 is the rule's (NĐ 152/2025 Điều 54); the rule has no individual figure
    // (domain reference §2.11): the Sở's quy chế keeps NĐ 91/2017's 0,3 for a Giấy khen cá nhân
    multipliers: { 'tdkt-cv1': 0.3 },
  },
];

/**
 * The ballots' figures for a paper tally: per nominee, agree and disagree among the members present
 * (the absentee's written opinion is added by the tally, not entered).
 */
export function paperFigures(
  ballots: readonly Record<string, BallotChoice>[],
  nominee: string,
): { agree: number; disagree: number } {
  const agree = ballots.filter((b) => b[nominee] === 'AGREE').length;
  const disagree = ballots.filter((b) => b[nominee] === 'DISAGREE').length;
  return { agree, disagree };
}
