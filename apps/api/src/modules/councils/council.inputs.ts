import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { TEXT_LIMITS, type IsoDate } from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import {
  IsoDateValue,
  OptionalBoolean,
  OptionalText,
  Required,
  Version,
} from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import {
  CouncilAttendanceEnum,
  CouncilMemberRoleEnum,
  CouncilSessionKindEnum,
  CouncilSessionStatusEnum,
} from './council.models';
import {
  COUNCIL_ATTENDANCE,
  COUNCIL_LIMITS as L,
  COUNCIL_MEMBER_ROLES,
  COUNCIL_SESSION_KINDS,
  COUNCIL_SESSION_STATUSES,
  START_TIME_PATTERN,
  type CouncilAttendance,
  type CouncilMemberRole,
  type CouncilSessionKind,
  type CouncilSessionStatus,
} from './council-vocabulary';

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

/** A share of the total membership, above 0 and at most 1 (100%). */
function Share(label: string): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${label} phải là một số.` })(
      target,
      key,
    );
    Min(0.01, { message: `${label} phải lớn hơn 0.` })(target, key);
    Max(1, { message: `${label} không được lớn hơn 1 (100%).` })(target, key);
  };
}

function StartTime(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    Matches(START_TIME_PATTERN, { message: 'Giờ bắt đầu phải có dạng "HH:MM" (ví dụ 14:00).' })(
      target,
      key,
    );
  };
}

// ---------------------------------------------------------------------------------------------------
// councils

@ArgsType()
export class CouncilsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Hội đồng của đơn vị này và các đơn vị trực thuộc.',
  })
  @Id('Đơn vị', true)
  unitId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo tên Hội đồng (không phân biệt dấu).',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;
}

@InputType({ description: 'Thành lập (ghi nhận) Hội đồng Thi đua - Khen thưởng của một đơn vị.' })
export class CreateCouncilInput {
  @Field(() => ID, {
    description:
      'Đơn vị có Hội đồng (cần quyền COUNCIL_MANAGE tại đó); cụm, khối: đơn vị cụm trưởng.',
  })
  @Id('Đơn vị')
  unitId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Cụm, khối thi đua mà Hội đồng họp thành viên (đơn vị phải là cụm trưởng, khối trưởng).',
  })
  @Id('Cụm, khối thi đua', true)
  clusterId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Bỏ trống: "Hội đồng Thi đua - Khen thưởng " + tên đơn vị (hoặc cụm, khối).',
  })
  @OptionalText('Tên Hội đồng', L.name)
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Cơ quan thường trực.' })
  @Id('Cơ quan thường trực', true)
  standingUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Số quyết định thành lập', L.decisionNumber)
  decisionNumber?: string | null;

  @Field(() => DateOnly, { nullable: true })
  @IsoDateValue('Ngày quyết định thành lập', true)
  decisionDate?: IsoDate | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Trích yếu quyết định thành lập', L.decisionText)
  decisionText?: string | null;

  @Field(() => Float, { nullable: true, description: 'Bỏ trống: 2/3.' })
  @Share('Tỷ lệ thành viên dự họp tối thiểu')
  quorumShare?: number | null;

  @Field(() => Float, { nullable: true })
  @Share('Tỷ lệ dự họp tối thiểu khi xét khen thưởng')
  awardPresenceShare?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Bỏ trống: không.' })
  @OptionalBoolean('Cho phép ủy quyền dự họp')
  proxiesAllowed?: boolean | null;
}

@InputType({ description: 'Sửa thông tin Hội đồng (khóa lạc quan theo version).' })
export class UpdateCouncilInput {
  @Field(() => ID)
  @Id('Hội đồng')
  id!: string;

  @Version()
  version!: number;

  @Field()
  @Required('Tên Hội đồng', L.name)
  name!: string;

  @Field(() => ID, { nullable: true })
  @Id('Cơ quan thường trực', true)
  standingUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Số quyết định thành lập', L.decisionNumber)
  decisionNumber?: string | null;

  @Field(() => DateOnly, { nullable: true })
  @IsoDateValue('Ngày quyết định thành lập', true)
  decisionDate?: IsoDate | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Trích yếu quyết định thành lập', L.decisionText)
  decisionText?: string | null;

  @Field(() => Float, { nullable: true, description: 'Bỏ trống: 2/3.' })
  @Share('Tỷ lệ thành viên dự họp tối thiểu')
  quorumShare?: number | null;

  @Field(() => Float, { nullable: true })
  @Share('Tỷ lệ dự họp tối thiểu khi xét khen thưởng')
  awardPresenceShare?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Bỏ trống: không.' })
  @OptionalBoolean('Cho phép ủy quyền dự họp')
  proxiesAllowed?: boolean | null;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Ngày Hội đồng kết thúc hoạt động (có quyết định mới); null: đang hoạt động.',
  })
  @IsoDateValue('Ngày kết thúc hoạt động', true)
  endedOn?: IsoDate | null;
}

// ---------------------------------------------------------------------------------------------------
// members

@InputType({ description: 'Thêm thành viên Hội đồng cho một khoảng thời gian.' })
export class AddCouncilMemberInput {
  @Field(() => ID)
  @Id('Hội đồng')
  councilId!: string;

  @Field(() => ID, { description: 'Cán bộ (người).' })
  @Id('Cán bộ')
  personId!: string;

  @Field(() => CouncilMemberRoleEnum)
  @IsIn(Object.keys(COUNCIL_MEMBER_ROLES), msg.oneOf('Vai trò'))
  role!: CouncilMemberRole;

  @Field({ description: 'Chức vụ ghi trong biên bản ("Phó Giám đốc Sở Nội vụ").' })
  @Required('Chức vụ', L.memberTitle)
  title!: string;

  @Field(() => DateOnly, { description: 'Là thành viên từ ngày.' })
  @IsoDateValue('Từ ngày')
  from!: IsoDate;

  @Field(() => DateOnly, { nullable: true, description: 'Đến ngày (tính cả ngày này).' })
  @IsoDateValue('Đến ngày', true)
  to?: IsoDate | null;

  @Field(() => ID, { nullable: true, description: 'Tài khoản dùng để bỏ phiếu từ xa.' })
  @Id('Tài khoản', true)
  userId?: string | null;
}

@InputType({
  description: 'Sửa thành viên Hội đồng; kết thúc tư cách thành viên bằng "to" (đến ngày).',
})
export class UpdateCouncilMemberInput {
  @Field(() => ID)
  @Id('Thành viên Hội đồng')
  id!: string;

  @Version()
  version!: number;

  @Field(() => CouncilMemberRoleEnum)
  @IsIn(Object.keys(COUNCIL_MEMBER_ROLES), msg.oneOf('Vai trò'))
  role!: CouncilMemberRole;

  @Field()
  @Required('Chức vụ', L.memberTitle)
  title!: string;

  @Field(() => DateOnly)
  @IsoDateValue('Từ ngày')
  from!: IsoDate;

  @Field(() => DateOnly, { nullable: true })
  @IsoDateValue('Đến ngày', true)
  to?: IsoDate | null;

  @Field(() => ID, { nullable: true })
  @Id('Tài khoản', true)
  userId?: string | null;
}

@InputType({ description: 'Một thành viên Hội đồng và phiên bản đã đọc.' })
export class CouncilMemberRefInput {
  @Field(() => ID)
  @Id('Thành viên Hội đồng')
  id!: string;

  @Version()
  version!: number;
}

// ---------------------------------------------------------------------------------------------------
// sessions

@ArgsType()
export class CouncilSessionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Phiên họp của Hội đồng này.' })
  @Id('Hội đồng', true)
  councilId?: string | null;

  @Field(() => CouncilSessionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(COUNCIL_SESSION_STATUSES), msg.oneOf('Trạng thái'))
  status?: CouncilSessionStatus | null;
}

@InputType({ description: 'Lên lịch một phiên họp Hội đồng.' })
export class CreateCouncilSessionInput {
  @Field(() => ID)
  @Id('Hội đồng')
  councilId!: string;

  @Field({ description: '"Phiên họp xét khen thưởng công trạng năm 2025".' })
  @Required('Tên phiên họp', L.sessionTitle)
  title!: string;

  @Field(() => CouncilSessionKindEnum)
  @IsIn(Object.keys(COUNCIL_SESSION_KINDS), msg.oneOf('Loại phiên họp'))
  kind!: CouncilSessionKind;

  @Field(() => DateOnly, { description: 'Ngày họp.' })
  @IsoDateValue('Ngày họp')
  date!: IsoDate;

  @Field(() => String, { nullable: true, description: 'Giờ bắt đầu "HH:MM".' })
  @StartTime()
  startTime?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Địa điểm', L.place)
  place?: string | null;

  @Field(() => ID, { nullable: true, description: 'Thành viên chủ trì (thành viên vào ngày họp).' })
  @Id('Người chủ trì', true)
  chairMemberId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Thành viên làm thư ký (thành viên vào ngày họp).',
  })
  @Id('Thư ký', true)
  secretaryMemberId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Đợt xét khen thưởng (đơn vị tiếp nhận hồ sơ là đơn vị có Hội đồng hoặc cơ quan thường trực).',
  })
  @Id('Đợt xét khen thưởng', true)
  awardRoundId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', L.note)
  note?: string | null;
}

@InputType({ description: 'Sửa phiên họp chưa bắt đầu (khóa lạc quan theo version).' })
export class UpdateCouncilSessionInput {
  @Field(() => ID)
  @Id('Phiên họp')
  id!: string;

  @Version()
  version!: number;

  @Field()
  @Required('Tên phiên họp', L.sessionTitle)
  title!: string;

  @Field(() => CouncilSessionKindEnum)
  @IsIn(Object.keys(COUNCIL_SESSION_KINDS), msg.oneOf('Loại phiên họp'))
  kind!: CouncilSessionKind;

  @Field(() => DateOnly)
  @IsoDateValue('Ngày họp')
  date!: IsoDate;

  @Field(() => String, { nullable: true })
  @StartTime()
  startTime?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Địa điểm', L.place)
  place?: string | null;

  @Field(() => ID, { nullable: true })
  @Id('Người chủ trì', true)
  chairMemberId?: string | null;

  @Field(() => ID, { nullable: true })
  @Id('Thư ký', true)
  secretaryMemberId?: string | null;

  @Field(() => ID, { nullable: true })
  @Id('Đợt xét khen thưởng', true)
  awardRoundId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', L.note)
  note?: string | null;
}

@InputType({ description: 'Một phiên họp và phiên bản đã đọc.' })
export class CouncilSessionRefInput {
  @Field(() => ID)
  @Id('Phiên họp')
  id!: string;

  @Version()
  version!: number;
}

@InputType({
  description: 'Ghi nhận biên bản họp đã ký (bản quét đã ký tải lên trước, nếu có).',
})
export class SignCouncilSessionInput {
  @Field(() => ID)
  @Id('Phiên họp')
  id!: string;

  @Version()
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Mã băm SHA-256 của bản quét biên bản đã ký (tệp đã tải lên, module files).',
  })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'Mã tệp không hợp lệ.' })
  scanFileSha256?: string | null;
}

@InputType({ description: 'Điểm danh một thành viên.' })
export class CouncilAttendanceItemInput {
  @Field(() => ID, { description: 'Thành viên Hội đồng (memberId trong danh sách của phiên họp).' })
  @Id('Thành viên')
  memberId!: string;

  @Field(() => CouncilAttendanceEnum)
  @IsIn(Object.keys(COUNCIL_ATTENDANCE), msg.oneOf('Điểm danh'))
  attendance!: CouncilAttendance;

  @Field(() => String, {
    nullable: true,
    description: 'Ý kiến bằng văn bản (bắt buộc khi ABSENT_WRITTEN; bỏ qua ở trường hợp khác).',
  })
  @OptionalText('Ý kiến bằng văn bản', L.writtenOpinion)
  writtenOpinion?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Thành viên có mặt nhận ủy quyền (bắt buộc khi PROXY; bỏ qua ở trường hợp khác).',
  })
  @Id('Thành viên nhận ủy quyền', true)
  proxyMemberId?: string | null;
}

@InputType({
  description:
    'Điểm danh nhiều thành viên một lần (thành viên không có trong danh sách giữ nguyên).',
})
export class SetCouncilAttendanceInput {
  @Field(() => ID)
  @Id('Phiên họp')
  sessionId!: string;

  @Version()
  version!: number;

  @Field(() => [CouncilAttendanceItemInput])
  @IsArray(msg.required('Danh sách điểm danh'))
  @ArrayMinSize(1, msg.required('Danh sách điểm danh'))
  @ArrayMaxSize(L.members, { message: `Tối đa ${L.members} thành viên.` })
  @ValidateNested({ each: true })
  @Type(() => CouncilAttendanceItemInput)
  attendances!: CouncilAttendanceItemInput[];
}

@InputType({ description: 'Mời một khách dự phiên họp (phát biểu, không biểu quyết).' })
export class AddCouncilGuestInput {
  @Field(() => ID)
  @Id('Phiên họp')
  sessionId!: string;

  @Version()
  version!: number;

  @Field()
  @Required('Họ tên khách mời', L.guestName)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Chức vụ, đơn vị.' })
  @OptionalText('Chức vụ, đơn vị', L.guestTitle)
  title?: string | null;
}

@InputType({ description: 'Bỏ một khách mời khỏi phiên họp.' })
export class RemoveCouncilGuestInput {
  @Field(() => ID)
  @Id('Phiên họp')
  sessionId!: string;

  @Version()
  version!: number;

  @Field(() => ID)
  @Id('Khách mời')
  guestId!: string;
}

@InputType({
  description:
    'Đưa vào chương trình các đề nghị đã thẩm định "đạt" của đợt xét gắn với phiên họp (chưa có trong chương trình).',
})
export class AddCouncilAgendaFromRoundInput {
  @Field(() => ID)
  @Id('Phiên họp')
  sessionId!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Bỏ một nội dung khỏi chương trình xét.' })
export class RemoveCouncilAgendaItemInput {
  @Field(() => ID)
  @Id('Phiên họp')
  sessionId!: string;

  @Version()
  version!: number;

  @Field(() => ID)
  @Id('Nội dung xét')
  itemId!: string;
}

@InputType({ description: 'Chuyển một nội dung xét tới thứ tự mới.' })
export class MoveCouncilAgendaItemInput {
  @Field(() => ID)
  @Id('Phiên họp')
  sessionId!: string;

  @Version()
  version!: number;

  @Field(() => ID)
  @Id('Nội dung xét')
  itemId!: string;

  @Field(() => Int, { description: 'Thứ tự mới (từ 1).' })
  @IsInt(msg.int('Thứ tự'))
  @Min(1, { message: 'Thứ tự phải từ 1 trở lên.' })
  @Max(L.agenda, { message: `Thứ tự không quá ${L.agenda}.` })
  position!: number;
}
