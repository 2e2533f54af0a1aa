import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import {
  AWARD_SUBJECTS,
  AWARD_TRACKS,
  EVALUATION_GRADES,
  HOLD_KINDS,
  INITIATIVE_KINDS,
  INITIATIVE_SCOPES,
  RECORD_FIRST_YEAR,
  RECORD_LIMITS as L,
  TEXT_LIMITS,
  type AwardSubject,
  type AwardTrack,
  type EvaluationGrade,
  type HoldKind,
  type InitiativeKind,
  type InitiativeScope,
  type IsoDate,
} from '@thidua/shared-domain';
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
  AwardSubjectEnum,
  AwardTrackEnum,
  EvaluationGradeEnum,
  HoldKindEnum,
  InitiativeKindEnum,
  InitiativeScopeEnum,
} from '../legal/award-vocabulary.models';

/** The widest year an input may carry; the service checks the real bound (next year). */
const YEAR_MAX = 9999;

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

function Year(optional = false): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, { nullable: optional, description: 'Năm (năm xét, năm đánh giá).' })(
      target,
      key,
    );
    if (optional) IsOptional()(target, key);
    IsInt(msg.int('Năm'))(target, key);
    Min(RECORD_FIRST_YEAR, { message: `Năm phải từ ${RECORD_FIRST_YEAR} trở đi.` })(target, key);
    Max(YEAR_MAX, { message: 'Năm không hợp lệ.' })(target, key);
  };
}

function OneOf(values: object, label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsIn(Object.keys(values), msg.oneOf(label))(target, key);
  };
}

@InputType({ isAbstract: true })
abstract class SubjectInput {
  @Field(() => ID, { nullable: true, description: 'Cán bộ (đối tượng cá nhân).' })
  @Id('Cán bộ', true)
  personId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Đơn vị: với cá nhân là đơn vị công tác khi ghi nhận (mặc định: vị trí công tác trong năm); không có cán bộ: bản ghi của tập thể đơn vị.',
  })
  @Id('Đơn vị', true)
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

@InputType({ isAbstract: true })
abstract class RefInput {
  @Field(() => ID)
  @Id('Bản ghi')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Một bản ghi hồ sơ thành tích và phiên bản đã đọc (để xóa).' })
export class RecordRefInput extends RefInput {}

// ---------------------------------------------------------------------------------------------------
// evaluations

@InputType({ isAbstract: true })
abstract class EvaluationFields {
  @Year()
  year!: number;

  @Field(() => EvaluationGradeEnum)
  @OneOf(EVALUATION_GRADES, 'Xếp loại')
  grade!: EvaluationGrade;

  @Field(() => String, { nullable: true, description: 'Nguồn: quyết định, văn bản.' })
  @OptionalText('Nguồn', L.source)
  source?: string | null;
}

@InputType({ description: 'Ghi nhận kết quả đánh giá, xếp loại của một cá nhân hoặc tập thể.' })
export class CreateEvaluationInput extends SubjectInput {
  @Year()
  year!: number;

  @Field(() => EvaluationGradeEnum)
  @OneOf(EVALUATION_GRADES, 'Xếp loại')
  grade!: EvaluationGrade;

  @Field(() => String, { nullable: true, description: 'Nguồn: quyết định, văn bản.' })
  @OptionalText('Nguồn', L.source)
  source?: string | null;
}

@InputType({ description: 'Sửa kết quả đánh giá, xếp loại.' })
export class UpdateEvaluationInput extends EvaluationFields {
  @Field(() => ID)
  @Id('Bản ghi')
  id!: string;

  @Version()
  version!: number;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

// ---------------------------------------------------------------------------------------------------
// award records

@InputType({ isAbstract: true })
abstract class AwardFields {
  @Field(() => String, {
    nullable: true,
    description:
      'Mã trong danh mục (LAO_DONG_TIEN_TIEN, BANG_KHEN_TINH…); để trống với hình thức riêng của địa phương, bản ghi cũ.',
  })
  @OptionalText('Mã danh hiệu, hình thức', L.awardCode)
  awardCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tên như quyết định ghi (mặc định: tên trong danh mục).',
  })
  @OptionalText('Danh hiệu, hình thức', L.awardName)
  awardName?: string | null;

  @Field(() => AwardTrackEnum, { nullable: true })
  @OneOf(AWARD_TRACKS, 'Loại hình khen thưởng', true)
  track?: AwardTrack | null;

  @Year()
  year!: number;

  @Field(() => String, { nullable: true })
  @OptionalText('Số quyết định', L.decisionNumber)
  decisionNumber?: string | null;

  @Field(() => DateOnly, { nullable: true })
  @IsoDateValue('Ngày quyết định', true)
  decidedOn?: IsoDate | null;

  @Field(() => String, { nullable: true, description: 'Cấp, người quyết định.' })
  @OptionalText('Cấp quyết định', L.decidedBy)
  decidedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Địa chỉ (đối tượng hộ gia đình).' })
  @OptionalText('Địa chỉ', TEXT_LIMITS.address)
  householdAddress?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

@InputType({
  description:
    'Ghi nhận một danh hiệu, hình thức khen thưởng đã có của cá nhân, tập thể hoặc hộ gia đình.',
})
export class CreateAwardRecordInput extends AwardFields {
  @Field(() => ID, { nullable: true, description: 'Cán bộ (đối tượng cá nhân).' })
  @Id('Cán bộ', true)
  personId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Đơn vị: với cá nhân là đơn vị công tác khi được khen; với hộ gia đình là xã, phường; không có cán bộ, hộ gia đình: khen thưởng của tập thể đơn vị.',
  })
  @Id('Đơn vị', true)
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Tên hộ gia đình (đối tượng hộ gia đình).' })
  @OptionalText('Tên hộ gia đình', L.householdName)
  householdName?: string | null;
}

@InputType({ description: 'Sửa thông tin khen thưởng đã có.' })
export class UpdateAwardRecordInput extends AwardFields {
  @Field(() => ID)
  @Id('Bản ghi')
  id!: string;

  @Version()
  version!: number;
}

// ---------------------------------------------------------------------------------------------------
// initiatives

@InputType({ description: 'Một lần dùng sáng kiến, đề tài để đề nghị khen thưởng.' })
export class InitiativeUseInput {
  @Field({ description: 'Danh hiệu, hình thức đề nghị: "Chiến sĩ thi đua cơ sở".' })
  @Required('Danh hiệu, hình thức', L.awardName)
  awardName!: string;

  @Year()
  year!: number;

  @Field({ description: 'Hồ sơ sử dụng: số tờ trình, quyết định.' })
  @Required('Hồ sơ sử dụng', L.usedByReference)
  reference!: string;
}

@InputType({ isAbstract: true })
abstract class InitiativeFields {
  @Field(() => InitiativeKindEnum)
  @OneOf(INITIATIVE_KINDS, 'Loại')
  kind!: InitiativeKind;

  @Field()
  @Required('Tên sáng kiến, đề tài', L.initiativeTitle)
  title!: string;

  @Field(() => InitiativeScopeEnum)
  @OneOf(INITIATIVE_SCOPES, 'Phạm vi ảnh hưởng')
  scope!: InitiativeScope;

  @Field(() => DateOnly)
  @IsoDateValue('Ngày công nhận')
  recognisedOn!: IsoDate;

  @Field(() => String, { nullable: true })
  @OptionalText('Cơ quan công nhận', L.recognisedBy)
  recognisedBy?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Số giấy chứng nhận', L.certificateNumber)
  certificateNumber?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

@InputType({ description: 'Ghi nhận một sáng kiến, đề tài của cá nhân hoặc tập thể.' })
export class CreateInitiativeInput extends InitiativeFields {
  @Field(() => ID, { nullable: true, description: 'Tác giả (cá nhân).' })
  @Id('Tác giả', true)
  personId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Đơn vị: của tác giả khi được công nhận; không có tác giả cá nhân: của tập thể.',
  })
  @Id('Đơn vị', true)
  unitId?: string | null;

  @Field(() => InitiativeUseInput, {
    nullable: true,
    description: 'Đã dùng để đề nghị khen thưởng trước đây (khóa ngay khi ghi nhận).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => InitiativeUseInput)
  usedFor?: InitiativeUseInput | null;
}

@InputType({ description: 'Sửa một sáng kiến, đề tài chưa được dùng.' })
export class UpdateInitiativeInput extends InitiativeFields {
  @Field(() => ID)
  @Id('Bản ghi')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Ghi nhận sáng kiến, đề tài đã dùng để đề nghị khen thưởng.' })
export class LockInitiativeInput extends InitiativeUseInput {
  @Field(() => ID)
  @Id('Bản ghi')
  id!: string;

  @Version()
  version!: number;
}

// ---------------------------------------------------------------------------------------------------
// holds

@InputType({ isAbstract: true })
abstract class HoldFields {
  @Field(() => HoldKindEnum)
  @OneOf(HOLD_KINDS, 'Lý do tạm hoãn')
  kind!: HoldKind;

  @Field(() => DateOnly)
  @IsoDateValue('Từ ngày')
  startsOn!: IsoDate;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Đến ngày (bỏ trống: cho tới khi chấm dứt).',
  })
  @IsoDateValue('Đến ngày', true)
  endsOn?: IsoDate | null;

  @Field({ description: 'Nguồn: cơ quan, văn bản thông báo.' })
  @Required('Nguồn', L.holdSource)
  source!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

@InputType({ description: 'Ghi nhận một trường hợp tạm hoãn xét khen thưởng.' })
export class CreateHoldInput extends HoldFields {
  @Field(() => ID, { nullable: true, description: 'Cán bộ (đối tượng cá nhân).' })
  @Id('Cán bộ', true)
  personId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Đơn vị: của cán bộ; không có cán bộ: tạm hoãn của tập thể đơn vị.',
  })
  @Id('Đơn vị', true)
  unitId?: string | null;
}

@InputType({ description: 'Sửa một trường hợp tạm hoãn.' })
export class UpdateHoldInput extends HoldFields {
  @Field(() => ID)
  @Id('Bản ghi')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Chấm dứt tạm hoãn từ một ngày, kèm lý do.' })
export class LiftHoldInput extends RefInput {
  @Field(() => DateOnly, { description: 'Từ ngày này không còn tạm hoãn.' })
  @IsoDateValue('Ngày chấm dứt')
  liftedOn!: IsoDate;

  @Field({ description: 'Lý do chấm dứt: "Đã có kết luận không vi phạm".' })
  @Required('Lý do chấm dứt', L.holdSource)
  reason!: string;
}

// ---------------------------------------------------------------------------------------------------
// lists

@InputType({ isAbstract: true })
abstract class RecordFilterFields {
  @Field(() => ID, { nullable: true })
  @Id('Cán bộ', true)
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Bản ghi của đơn vị này (và cấp dưới).' })
  @Id('Đơn vị', true)
  unitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      'Với unitId: gồm cả đơn vị trực thuộc; false: chỉ đơn vị đó và các đơn vị đã sáp nhập, chia tách thành nó.',
  })
  @OptionalBoolean('Gồm đơn vị trực thuộc')
  includeDescendants?: boolean | null = true;

  @Field(() => AwardSubjectEnum, { nullable: true })
  @OneOf(AWARD_SUBJECTS, 'Đối tượng', true)
  subject?: AwardSubject | null;

  @Year(true)
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo tên cá nhân, tập thể (không phân biệt dấu, theo đầu từ).',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;
}

@InputType({ description: 'Lọc kết quả đánh giá, xếp loại.' })
export class EvaluationFilter extends RecordFilterFields {
  @Field(() => EvaluationGradeEnum, { nullable: true })
  @OneOf(EVALUATION_GRADES, 'Xếp loại', true)
  grade?: EvaluationGrade | null;
}

@InputType({ description: 'Lọc lịch sử khen thưởng (tìm cả theo tên danh hiệu, hình thức).' })
export class AwardRecordFilter extends RecordFilterFields {
  @Field(() => String, { nullable: true })
  @OptionalText('Mã danh hiệu, hình thức', L.awardCode)
  awardCode?: string | null;

  @Field(() => AwardTrackEnum, { nullable: true })
  @OneOf(AWARD_TRACKS, 'Loại hình khen thưởng', true)
  track?: AwardTrack | null;
}

@InputType({
  description: 'Lọc sáng kiến, đề tài (tìm cả theo tên sáng kiến; năm: năm công nhận).',
})
export class InitiativeFilter extends RecordFilterFields {
  @Field(() => InitiativeKindEnum, { nullable: true })
  @OneOf(INITIATIVE_KINDS, 'Loại', true)
  kind?: InitiativeKind | null;

  @Field(() => InitiativeScopeEnum, { nullable: true })
  @OneOf(INITIATIVE_SCOPES, 'Phạm vi ảnh hưởng', true)
  scope?: InitiativeScope | null;

  @Field(() => Boolean, { nullable: true, description: 'true: chưa dùng; false: đã dùng.' })
  @OptionalBoolean('Chưa dùng')
  free?: boolean | null;
}

@InputType({ description: 'Lọc danh sách tạm hoãn (năm: có hiệu lực trong năm).' })
export class HoldFilter extends RecordFilterFields {
  @Field(() => HoldKindEnum, { nullable: true })
  @OneOf(HOLD_KINDS, 'Lý do tạm hoãn', true)
  kind?: HoldKind | null;

  @Field(() => DateOnly, { nullable: true, description: 'Đang có hiệu lực vào ngày này.' })
  @IsoDateValue('Ngày', true)
  inForceOn?: IsoDate | null;
}

function FilterArg<T>(type: () => new () => T): PropertyDecorator {
  return (target, key) => {
    Field(type, { nullable: true })(target, key);
    IsOptional()(target, key);
    ValidateNested()(target, key);
    Type(type)(target, key);
  };
}

@ArgsType()
export class EvaluationsArgs extends PageArgs {
  @FilterArg(() => EvaluationFilter)
  filter?: EvaluationFilter | null;
}

@ArgsType()
export class AwardRecordsArgs extends PageArgs {
  @FilterArg(() => AwardRecordFilter)
  filter?: AwardRecordFilter | null;
}

@ArgsType()
export class InitiativesArgs extends PageArgs {
  @FilterArg(() => InitiativeFilter)
  filter?: InitiativeFilter | null;
}

@ArgsType()
export class HoldsArgs extends PageArgs {
  @FilterArg(() => HoldFilter)
  filter?: HoldFilter | null;
}
