import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AwardSubject, IsoDate } from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import { AwardSubjectEnum } from '../legal/award-vocabulary.models';
import type { QuorumResult } from './council-quorum';
import type { MemberSessionView } from './council-session.service';
import type {
  AgendaOutcome,
  CouncilAgendaItemEntity,
  CouncilSessionEntity,
  CouncilSessionGuestEntity,
  CouncilSessionMemberEntity,
} from './council-session.entity';
import {
  COUNCIL_ATTENDANCE,
  COUNCIL_MEMBER_ROLES,
  COUNCIL_SESSION_KINDS,
  COUNCIL_SESSION_STATUSES,
  type CouncilAttendance,
  type CouncilMemberRole,
  type CouncilSessionKind,
  type CouncilSessionStatus,
} from './council-vocabulary';
import type { CouncilEntity, CouncilMemberEntity } from './council.entity';

export const CouncilMemberRoleEnum = defineEnum<CouncilMemberRole>(
  'CouncilMemberRole',
  COUNCIL_MEMBER_ROLES,
  'Vai trò trong Hội đồng Thi đua - Khen thưởng.',
);
export const CouncilSessionKindEnum = defineEnum<CouncilSessionKind>(
  'CouncilSessionKind',
  COUNCIL_SESSION_KINDS,
  'Loại phiên họp Hội đồng.',
);
export const CouncilSessionStatusEnum = defineEnum<CouncilSessionStatus>(
  'CouncilSessionStatus',
  COUNCIL_SESSION_STATUSES,
  'Trạng thái phiên họp Hội đồng.',
);
export const CouncilAttendanceEnum = defineEnum<CouncilAttendance>(
  'CouncilAttendance',
  COUNCIL_ATTENDANCE,
  'Điểm danh thành viên Hội đồng tại phiên họp.',
);
export const CouncilAgendaOutcomeEnum = defineEnum<AgendaOutcome>(
  'CouncilAgendaOutcome',
  { PASSED: 'Đạt', FAILED: 'Không đạt', OVER_QUOTA: 'Đạt tỷ lệ, ngoài số lượng' },
  'Kết quả xét của Hội đồng đối với một nội dung (ghi khi kết thúc phiên họp).',
);

@ObjectType({
  description:
    'Biên bản do hệ thống lập khi kết thúc phiên họp, lưu cố định (.docx; PDF chuyển đổi khi tải).',
})
export class CouncilMinutesFile {
  @Field({ description: 'Mã băm SHA-256 của tệp .docx đã lưu.' })
  sha256!: string;

  @Field({ description: 'Đường dẫn tải bản .docx.' })
  docxPath!: string;

  @Field({
    description: 'Đường dẫn tải bản PDF (503 PDF_UNAVAILABLE khi máy chủ chưa cài LibreOffice).',
  })
  pdfPath!: string;
}

export function minutesFile(sha256: string | null, base: string): CouncilMinutesFile | null {
  return sha256 ? { sha256, docxPath: `${base}.docx`, pdfPath: `${base}.pdf` } : null;
}

@ObjectType({
  description:
    'Hội đồng Thi đua - Khen thưởng của một đơn vị (hoặc của đơn vị cụm trưởng, khối trưởng cho hội nghị thành viên cụm, khối).',
})
export class Council {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID, { description: 'Đơn vị có Hội đồng (cụm, khối: đơn vị cụm trưởng).' })
  unitId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Cụm, khối thi đua (Hội đồng họp thành viên cụm, khối của đơn vị cụm trưởng).',
  })
  clusterId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Cơ quan thường trực của Hội đồng.' })
  standingUnitId!: string | null;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu quyết định thành lập.' })
  decisionNumber!: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày quyết định thành lập.' })
  decisionDate!: IsoDate | null;

  @Field(() => String, { nullable: true, description: 'Trích yếu quyết định thành lập.' })
  decisionText!: string | null;

  @Field(() => Float, {
    description: 'Tỷ lệ thành viên dự họp tối thiểu (trên tổng số thành viên; mặc định 2/3).',
  })
  quorumShare!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Tỷ lệ thành viên dự họp tối thiểu khi họp xét khen thưởng, nếu quy chế quy định (ví dụ 0,8); null: như tỷ lệ chung.',
  })
  awardPresenceShare!: number | null;

  @Field({ description: 'Thành viên vắng mặt được ủy quyền bằng văn bản cho thành viên dự họp.' })
  proxiesAllowed!: boolean;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Ngày Hội đồng kết thúc hoạt động; null: đang hoạt động.',
  })
  endedOn!: IsoDate | null;

  @Field({ description: 'Đang hoạt động (chưa kết thúc).' })
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

export function toCouncil(c: CouncilEntity): Council {
  return {
    id: c.id,
    name: c.name,
    unitId: c.unitId,
    clusterId: c.clusterId,
    standingUnitId: c.standingUnitId,
    decisionNumber: c.decisionNumber,
    decisionDate: c.decisionDate,
    decisionText: c.decisionText,
    quorumShare: c.quorumShare,
    awardPresenceShare: c.awardPresenceShare,
    proxiesAllowed: c.proxiesAllowed,
    endedOn: c.endedOn,
    active: c.endedOn === null,
    version: c.version,
  };
}

@ObjectType()
export class CouncilConnection extends Connection(Council, 'Council') {}

@ObjectType({ description: 'Thành viên Hội đồng trong một khoảng thời gian.' })
export class CouncilMember {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  councilId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => CouncilMemberRoleEnum)
  role!: CouncilMemberRole;

  @Field({ description: 'Chức vụ ghi trong biên bản.' })
  title!: string;

  @Field(() => DateOnly, { description: 'Là thành viên từ ngày (tính cả ngày này).' })
  from!: IsoDate;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Là thành viên đến ngày (tính cả ngày này); null: đang là thành viên.',
  })
  to!: IsoDate | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Tài khoản thành viên dùng để bỏ phiếu từ xa.',
  })
  userId!: string | null;

  @Field(() => Int)
  version!: number;
}

export function toCouncilMember(m: CouncilMemberEntity): CouncilMember {
  return {
    id: m.id,
    councilId: m.councilId,
    personId: m.personId,
    role: m.role,
    title: m.title,
    from: m.fromDate,
    to: m.toDate,
    userId: m.userId,
    version: m.version,
  };
}

@ObjectType({
  description:
    'Thành viên Hội đồng tại một phiên họp (danh sách chốt theo ngày họp: mẫu số của mọi tỷ lệ), với điểm danh.',
})
export class CouncilSessionMember {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Thành viên Hội đồng (CouncilMember).' })
  memberId!: string;

  @Field(() => Int, { description: 'Thứ tự trong danh sách (Chủ tịch, Phó Chủ tịch, Ủy viên…).' })
  position!: number;

  @Field({ description: 'Họ và tên (chốt khi lập danh sách).' })
  fullName!: string;

  @Field(() => CouncilMemberRoleEnum)
  role!: CouncilMemberRole;

  @Field()
  title!: string;

  @Field(() => CouncilAttendanceEnum, {
    nullable: true,
    description: 'Điểm danh; null: chưa điểm danh (không tính là dự họp).',
  })
  attendance!: CouncilAttendance | null;

  @Field(() => String, {
    nullable: true,
    description: 'Ý kiến bằng văn bản của thành viên vắng mặt (ghi vào biên bản).',
  })
  writtenOpinion!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Ủy quyền cho thành viên Hội đồng (memberId) dự họp.',
  })
  proxyMemberId!: string | null;
}

export function toCouncilSessionMember(m: CouncilSessionMemberEntity): CouncilSessionMember {
  return {
    id: m.id,
    memberId: m.memberId,
    position: m.position,
    fullName: m.personName,
    role: m.role,
    title: m.title,
    attendance: m.attendance,
    writtenOpinion: m.writtenOpinion,
    proxyMemberId: m.proxyMemberId,
  };
}

@ObjectType({ description: 'Khách mời dự phiên họp: được phát biểu, không biểu quyết.' })
export class CouncilGuest {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Chức vụ, đơn vị.' })
  title!: string | null;
}

export function toCouncilGuest(g: CouncilSessionGuestEntity): CouncilGuest {
  return { id: g.id, position: g.position, name: g.name, title: g.title };
}

@ObjectType({
  description:
    'Một nội dung xét của phiên họp: tập thể, cá nhân × danh hiệu, hình thức đề nghị (chốt khi đưa vào chương trình).',
})
export class CouncilAgendaItem {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Thứ tự xét (từ 1).' })
  position!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Đề nghị trong hồ sơ (null: đề nghị đã bị bỏ khỏi hồ sơ sau đó).',
  })
  nominationId!: string | null;

  @Field(() => AwardSubjectEnum)
  subject!: AwardSubject;

  @Field({ description: 'Họ tên cá nhân, tên tập thể, hộ gia đình.' })
  candidateName!: string;

  @Field(() => String, { nullable: true })
  awardCode!: string | null;

  @Field({ description: 'Danh hiệu, hình thức khen thưởng đề nghị.' })
  awardName!: string;

  @Field(() => ID)
  proposingUnitId!: string;

  @Field({ description: 'Đơn vị đề nghị (tên khi đưa vào chương trình).' })
  proposingUnitName!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Phiên bản quy định đã dùng để xét điều kiện (null: xét thủ công).',
  })
  ruleVersionId!: string | null;

  @Field({ description: 'Quy định yêu cầu bỏ phiếu (NĐ 98 Điều 30 khoản 7).' })
  voteRequired!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Tỷ lệ phiếu đồng ý tối thiểu trên tổng số thành viên Hội đồng (0–1).',
  })
  threshold!: number | null;

  @Field(() => CouncilAgendaOutcomeEnum, {
    nullable: true,
    description: 'Kết quả xét của Hội đồng; null cho tới khi kết thúc phiên họp.',
  })
  outcome!: AgendaOutcome | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Số phiếu đồng ý ở vòng quyết định (kể cả ý kiến bằng văn bản).',
  })
  outcomeAgree!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Tỷ lệ đồng ý trên tổng số thành viên, phần vạn (8889 = 88,89 %).',
  })
  outcomePercentHundredths!: number | null;

  @Field(() => ID, { nullable: true, description: 'Vòng bỏ phiếu quyết định kết quả.' })
  outcomeRoundId!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Cá nhân là nữ (khi đưa vào chương trình; null: không phải cá nhân hoặc chưa ghi giới tính): ưu tiên khi số đạt vượt chỉ tiêu (NĐ 152/2025 Điều 4 khoản 6).',
  })
  female!: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Tỷ lệ nữ trong tập thể (0–1, khi đưa vào chương trình): từ 70% được ưu tiên như cá nhân nữ.',
  })
  womenShare!: number | null;
}

export function toCouncilAgendaItem(a: CouncilAgendaItemEntity): CouncilAgendaItem {
  return {
    id: a.id,
    position: a.position,
    nominationId: a.nominationId,
    subject: a.subject,
    candidateName: a.candidateName,
    awardCode: a.awardCode,
    awardName: a.awardName,
    proposingUnitId: a.proposingUnitId,
    proposingUnitName: a.proposingUnitName,
    ruleVersionId: a.ruleVersionId,
    voteRequired: a.voteRequired,
    threshold: a.threshold,
    outcome: a.outcome,
    outcomeAgree: a.outcomeAgree,
    outcomePercentHundredths: a.outcomePercentHundredths,
    outcomeRoundId: a.outcomeRoundId,
    female: a.female,
    womenShare: a.womenShare,
  };
}

@ObjectType({
  description:
    'Số lượng thành viên dự họp so với tỷ lệ tối thiểu của Hội đồng (trên tổng số thành viên vào ngày họp).',
})
export class CouncilQuorum {
  @Field(() => Int, { description: 'Tổng số thành viên Hội đồng vào ngày họp.' })
  members!: number;

  @Field(() => Int, { description: 'Có mặt.' })
  present!: number;

  @Field(() => Int, { description: 'Vắng, ủy quyền (chỉ tính khi Hội đồng cho phép ủy quyền).' })
  proxies!: number;

  @Field(() => Int, { description: 'Dự họp: có mặt và ủy quyền được tính.' })
  attending!: number;

  @Field(() => Int, { description: 'Vắng, có ý kiến bằng văn bản.' })
  writtenOpinions!: number;

  @Field(() => Int, { description: 'Vắng.' })
  absent!: number;

  @Field(() => Int, { description: 'Chưa điểm danh.' })
  unrecorded!: number;

  @Field(() => Float, { description: 'Tỷ lệ tối thiểu áp dụng.' })
  share!: number;

  @Field({ description: 'Áp dụng tỷ lệ riêng của phiên họp xét khen thưởng.' })
  awardShare!: boolean;

  @Field(() => Int, { description: 'Số thành viên dự họp tối thiểu.' })
  required!: number;

  @Field({ description: 'Đủ số lượng để họp.' })
  met!: boolean;

  @Field({ description: 'Giải thích bằng lời ("Có 7/9 thành viên dự họp…").' })
  explanation!: string;
}

export function toCouncilQuorum(
  q: QuorumResult,
  counts: { writtenOpinions: number; absent: number; unrecorded: number },
): CouncilQuorum {
  return {
    members: q.members,
    present: q.present,
    proxies: q.proxies,
    attending: q.attending,
    writtenOpinions: counts.writtenOpinions,
    absent: counts.absent,
    unrecorded: counts.unrecorded,
    share: q.share,
    awardShare: q.awardShare,
    required: q.required,
    met: q.met,
    explanation: q.explanation,
  };
}

@ObjectType({ description: 'Phiên họp Hội đồng Thi đua - Khen thưởng.' })
export class CouncilSession {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  councilId!: string;

  @Field()
  title!: string;

  @Field(() => CouncilSessionKindEnum)
  kind!: CouncilSessionKind;

  @Field(() => DateOnly, { description: 'Ngày họp.' })
  date!: IsoDate;

  @Field(() => String, { nullable: true, description: 'Giờ bắt đầu, dạng "HH:MM".' })
  startTime!: string | null;

  @Field(() => String, { nullable: true, description: 'Địa điểm.' })
  place!: string | null;

  @Field(() => ID, { nullable: true, description: 'Thành viên chủ trì (memberId).' })
  chairMemberId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Thành viên làm thư ký (memberId).' })
  secretaryMemberId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Đợt xét khen thưởng có các đề nghị đã thẩm định đưa vào chương trình.',
  })
  awardRoundId!: string | null;

  @Field(() => CouncilSessionStatusEnum)
  status!: CouncilSessionStatus;

  @Field(() => Date, { nullable: true, description: 'Lúc bắt đầu họp.' })
  startedAt!: Date | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date, { nullable: true, description: 'Lúc kết thúc phiên họp.' })
  closedAt!: Date | null;

  @Field(() => CouncilMinutesFile, {
    nullable: true,
    description: 'Biên bản họp Hội đồng lập khi kết thúc phiên họp; null trước đó.',
  })
  minutes!: CouncilMinutesFile | null;

  @Field(() => Date, { nullable: true, description: 'Lúc ghi nhận biên bản đã ký.' })
  signedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mã băm SHA-256 của bản quét biên bản đã ký (nếu có).',
  })
  signedScanSha256!: string | null;

  @Field(() => Int)
  version!: number;
}

export function toCouncilSession(s: CouncilSessionEntity): CouncilSession {
  return {
    id: s.id,
    councilId: s.councilId,
    title: s.title,
    kind: s.kind,
    date: s.date,
    startTime: s.startTime,
    place: s.place,
    chairMemberId: s.chairMemberId,
    secretaryMemberId: s.secretaryMemberId,
    awardRoundId: s.awardRoundId,
    status: s.status,
    startedAt: s.startedAt,
    note: s.note,
    closedAt: s.closedAt,
    minutes: minutesFile(s.minutesSha256, `/api/council-sessions/${s.id}/minutes`),
    signedAt: s.signedAt,
    signedScanSha256: s.signedScanSha256,
    version: s.version,
  };
}

@ObjectType()
export class CouncilSessionConnection extends Connection(CouncilSession, 'CouncilSession') {}

@ObjectType({
  description:
    'Một vòng bỏ phiếu từ xa đang mở của phiên họp, như thành viên thấy (bỏ phiếu tại /hoi-dong/phien/{sessionId}/vong/{id}/bo-phieu).',
})
export class MemberRemoteRound {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Vòng 1, hoặc vòng 2 khi bỏ phiếu lại.' })
  number!: number;

  @Field(() => [String], { description: 'Các hình thức khen thưởng được bỏ phiếu trong vòng.' })
  awards!: string[];

  @Field({
    description:
      'Thành viên đã nhận phiếu bầu của vòng (phiếu bầu không gắn với người bỏ: không cho biết đã bỏ phiếu hay chưa, bỏ thế nào).',
  })
  tokenTaken!: boolean;
}

@ObjectType({
  description:
    'Một phiên họp có người dùng trong danh sách thành viên (tài khoản gắn với thành viên Hội đồng); không cần quyền xem Hội đồng.',
})
export class MemberCouncilSession {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Tên Hội đồng.' })
  councilName!: string;

  @Field()
  title!: string;

  @Field(() => DateOnly, { description: 'Ngày họp.' })
  date!: IsoDate;

  @Field(() => String, { nullable: true, description: 'Giờ họp (HH:MM).' })
  startTime!: string | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => CouncilSessionStatusEnum)
  status!: CouncilSessionStatus;

  @Field(() => CouncilMemberRoleEnum, { description: 'Vai trò của người dùng trong phiên họp.' })
  role!: CouncilMemberRole;

  @Field(() => CouncilAttendanceEnum, {
    nullable: true,
    description: 'Điểm danh của người dùng (null khi chưa điểm danh).',
  })
  attendance!: CouncilAttendance | null;

  @Field(() => [MemberRemoteRound], {
    description: 'Các vòng bỏ phiếu từ xa đang mở của phiên họp.',
  })
  remoteRounds!: MemberRemoteRound[];
}

export function toMemberCouncilSession(v: MemberSessionView): MemberCouncilSession {
  const s = v.session;
  return {
    id: s.id,
    councilName: v.councilName,
    title: s.title,
    date: s.date,
    startTime: s.startTime,
    place: s.place,
    status: s.status,
    role: v.role,
    attendance: v.attendance,
    remoteRounds: v.remoteRounds,
  };
}

@ObjectType()
export class MemberCouncilSessionConnection extends Connection(
  MemberCouncilSession,
  'MemberCouncilSession',
) {}
