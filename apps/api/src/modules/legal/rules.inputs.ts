import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AWARD_CATEGORIES,
  AWARD_LEVELS,
  AWARD_RULE_LIMITS as L,
  AWARD_SUBJECTS,
  AWARD_TRACKS,
  CONDITION_TYPES,
  CONFIDENCES,
  EVALUATION_GRADES,
  HOLD_KINDS,
  INITIATIVE_KINDS,
  INITIATIVE_SCOPES,
  RULE_PARAMETERS,
  TEXT_LIMITS,
  type AwardCategory,
  type AwardLevel,
  type AwardSubject,
  type AwardTrack,
  type ConditionType,
  type Confidence,
  type EvaluationGrade,
  type HoldKind,
  type InitiativeKind,
  type InitiativeScope,
  type IsoDate,
  type RuleParameterKey,
} from '@thidua/shared-domain';
import { DateOnly } from '../../core/graphql/date.scalar';
import { IsoDateValue, OptionalText, Required, Version } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import {
  AwardSubjectEnum,
  AwardTrackEnum,
  EvaluationGradeEnum,
  HoldKindEnum,
  InitiativeKindEnum,
  InitiativeScopeEnum,
} from './award-vocabulary.models';
import {
  AwardCategoryEnum,
  AwardLevelEnum,
  ConditionTypeEnum,
  ConfidenceEnum,
  RuleParameterKeyEnum,
} from './rules.models';

const keys = (o: object) => Object.keys(o);

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

function OneOf(label: string, values: object, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsIn(keys(values), msg.oneOf(label))(target, key);
  };
}

function EachOneOf(label: string, values: object, max: number): PropertyDecorator {
  return (target, key) => {
    IsArray(msg.required(label))(target, key);
    ArrayMaxSize(max, { message: `${label}: tối đa ${max} mục.` })(target, key);
    IsIn(keys(values), { each: true, ...msg.oneOf(label) })(target, key);
  };
}

function Count(label: string, max: number, optional = true): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsInt(msg.int(label))(target, key);
    Min(0, msg.int(label))(target, key);
    Max(max, { message: `${label} không được lớn hơn ${max}.` })(target, key);
  };
}

function Share(label: string, optional = true): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${label} phải là một số.` })(
      target,
      key,
    );
    Min(0, { message: `${label} không được âm.` })(target, key);
    Max(1, { message: `${label} không được lớn hơn 1 (100%).` })(target, key);
  };
}

function Nested(label: string, cls: () => new () => object, max: number, optional = false) {
  return (target: object, key: string | symbol) => {
    if (optional) IsOptional()(target, key);
    IsArray(msg.required(label))(target, key);
    ArrayMaxSize(max, { message: `${label}: tối đa ${max} mục.` })(target, key);
    ValidateNested({ each: true })(target, key);
    Type(cls)(target, key);
  };
}

function One(cls: () => new () => object) {
  return (target: object, key: string | symbol) => {
    ValidateNested()(target, key);
    Type(cls)(target, key);
  };
}

// ---- rule content ----------------------------------------------------------------------------------

@InputType({
  description:
    'Một điều kiện: chọn loại (type) và điền các trường của loại đó (EVALUATION: floor, years; TITLE_IN_YEAR: award; TITLE_STREAK: award, years; TITLE_COUNT: award, count, years; INITIATIVE: scope, count; ANY_OF/ALL_OF: conditions; MEMBERS_COMPLETING_SHARE: min hoặc minParameter; MEMBERS_TITLE_SHARE: award và min hoặc minParameter; MEMBERS_WITH_TITLE: award, count; MANUAL: text).',
})
export class AwardConditionInput {
  @Field(() => ConditionTypeEnum)
  @OneOf('Loại điều kiện', CONDITION_TYPES)
  type!: ConditionType;

  @Field(() => ConfidenceEnum, { defaultValue: 'H' })
  @OneOf('Mức tin cậy', CONFIDENCES)
  confidence: Confidence = 'H';

  @Field(() => String, { nullable: true })
  @OptionalText('Điều, khoản', TEXT_LIMITS.note)
  article?: string | null;

  @Field(() => [AwardSubjectEnum], { nullable: true })
  @IsOptional()
  @EachOneOf('Đối tượng áp dụng', AWARD_SUBJECTS, 3)
  subjects?: AwardSubject[] | null;

  @Field(() => EvaluationGradeEnum, { nullable: true })
  @OneOf('Xếp loại tối thiểu', EVALUATION_GRADES, true)
  floor?: EvaluationGrade | null;

  @Field(() => Int, { nullable: true })
  @Count('Số năm', L.years)
  years?: number | null;

  @Field(() => String, { nullable: true, description: 'Mã danh hiệu, hình thức.' })
  @OptionalText('Mã danh hiệu, hình thức', 60)
  award?: string | null;

  @Field(() => Int, { nullable: true })
  @Count('Số lượng', L.count)
  count?: number | null;

  @Field(() => InitiativeScopeEnum, { nullable: true })
  @OneOf('Phạm vi sáng kiến', INITIATIVE_SCOPES, true)
  scope?: InitiativeScope | null;

  @Field(() => Float, { nullable: true, description: 'Tỷ lệ tối thiểu (0–1).' })
  @Share('Tỷ lệ tối thiểu')
  min?: number | null;

  @Field(() => RuleParameterKeyEnum, { nullable: true })
  @OneOf('Tham số', RULE_PARAMETERS, true)
  minParameter?: RuleParameterKey | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Nội dung tiêu chuẩn', L.text)
  text?: string | null;

  @Field(() => [AwardConditionInput], { nullable: true })
  @Nested('Điều kiện con', () => AwardConditionInput, L.conditions, true)
  conditions?: AwardConditionInput[] | null;
}

@InputType()
export class RuleDeciderInput {
  @Field()
  @Required('Người có thẩm quyền quyết định', L.text)
  text!: string;

  @Field(() => AwardLevelEnum)
  @OneOf('Cấp quyết định', AWARD_LEVELS)
  level!: AwardLevel;

  @Field(() => String, { nullable: true })
  @OptionalText('Điều, khoản', TEXT_LIMITS.note)
  article?: string | null;

  @Field(() => ConfidenceEnum, { defaultValue: 'H' })
  @OneOf('Mức tin cậy', CONFIDENCES)
  confidence: Confidence = 'H';
}

@InputType()
export class RuleVoteInput {
  @Field()
  @IsBoolean({ message: 'Bỏ phiếu phải là có/không.' })
  required!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Tỷ lệ phiếu đồng ý trên tổng số thành viên Hội đồng (0–1).',
  })
  @Share('Tỷ lệ phiếu đồng ý')
  thresholdOfMembership?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Điều, khoản', TEXT_LIMITS.note)
  article?: string | null;

  @Field(() => ConfidenceEnum, { defaultValue: 'H' })
  @OneOf('Mức tin cậy', CONFIDENCES)
  confidence: Confidence = 'H';
}

@InputType()
export class RulePublicNoticeInput {
  @Field()
  @IsBoolean({ message: 'Công khai phải là có/không.' })
  required!: boolean;

  @Field(() => Int, { nullable: true })
  @Count('Số ngày làm việc công khai', 365)
  workingDays?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Điều, khoản', TEXT_LIMITS.note)
  article?: string | null;

  @Field(() => ConfidenceEnum, { defaultValue: 'H' })
  @OneOf('Mức tin cậy', CONFIDENCES)
  confidence: Confidence = 'H';
}

@InputType()
export class RuleDossierItemInput {
  @Field()
  @Required('Thành phần hồ sơ', L.text)
  document!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Số mẫu', 60)
  form?: string | null;

  @Field(() => ConfidenceEnum, { defaultValue: 'H' })
  @OneOf('Mức tin cậy', CONFIDENCES)
  confidence: Confidence = 'H';
}

@InputType()
export class RuleRewardInput {
  @Field(() => AwardSubjectEnum)
  @OneOf('Đối tượng', AWARD_SUBJECTS)
  subject!: AwardSubject;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Hệ số phải là một số.' })
  @Min(0, { message: 'Hệ số không được âm.' })
  @Max(1000, { message: 'Hệ số không được lớn hơn 1000.' })
  multiplier?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Điều, khoản', TEXT_LIMITS.note)
  article?: string | null;

  @Field(() => ConfidenceEnum, { defaultValue: 'H' })
  @OneOf('Mức tin cậy', CONFIDENCES)
  confidence: Confidence = 'H';
}

@InputType({ description: 'Nội dung một phiên bản quy định.' })
export class AwardRuleContentInput {
  @Field(() => RuleDeciderInput)
  @One(() => RuleDeciderInput)
  decidedBy!: RuleDeciderInput;

  @Field(() => [AwardConditionInput])
  @Nested('Điều kiện', () => AwardConditionInput, L.conditions)
  conditions!: AwardConditionInput[];

  @Field(() => RuleVoteInput)
  @One(() => RuleVoteInput)
  vote!: RuleVoteInput;

  @Field(() => RulePublicNoticeInput)
  @One(() => RulePublicNoticeInput)
  publicNotice!: RulePublicNoticeInput;

  @Field(() => [RuleDossierItemInput])
  @Nested('Thành phần hồ sơ', () => RuleDossierItemInput, L.dossier)
  dossier!: RuleDossierItemInput[];

  @Field(() => [RuleRewardInput])
  @Nested('Tiền thưởng', () => RuleRewardInput, L.rewards)
  rewards!: RuleRewardInput[];

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

@InputType({ isAbstract: true })
abstract class AwardRuleFieldsInput {
  @Field(() => ID, { description: 'Văn bản căn cứ (danh mục văn bản).' })
  @Id('Văn bản căn cứ')
  legalDocumentId!: string;

  @Field(() => DateOnly)
  @IsoDateValue('Ngày áp dụng')
  effectiveFrom!: IsoDate;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày cuối áp dụng (tính cả ngày này).' })
  @IsoDateValue('Ngày hết áp dụng', true)
  effectiveTo?: IsoDate | null;

  @Field(() => AwardRuleContentInput)
  @One(() => AwardRuleContentInput)
  content!: AwardRuleContentInput;
}

@InputType({
  description:
    'Thêm phiên bản quy định: phiên bản cùng phạm vi đang áp dụng vào ngày bắt đầu được kết thúc vào ngày hôm trước.',
})
export class CreateAwardRuleVersionInput extends AwardRuleFieldsInput {
  @Field()
  @Required('Mã danh hiệu, hình thức', 60)
  awardCode!: string;

  @Field(() => AwardTrackEnum, { defaultValue: 'CONG_TRANG' })
  @OneOf('Loại hình khen thưởng', AWARD_TRACKS)
  track: AwardTrack = 'CONG_TRANG';

  @Field(() => ID, {
    nullable: true,
    description: 'Tỉnh (quy định riêng); bỏ trống: chung toàn quốc.',
  })
  @Id('Tỉnh', true)
  provinceUnitId?: string | null;
}

@InputType({ description: 'Sửa một phiên bản quy định (khóa lạc quan theo version).' })
export class UpdateAwardRuleVersionInput extends AwardRuleFieldsInput {
  @Field(() => ID)
  @Id('Phiên bản quy định')
  id!: string;

  @Version()
  version!: number;
}

// ---- parameters ------------------------------------------------------------------------------------

@InputType({ isAbstract: true })
abstract class RuleParameterFieldsInput {
  @Field(() => Float, { description: 'Tỷ lệ (0–1) hoặc số tiền (đồng).' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Giá trị phải là một số.' })
  value!: number;

  @Field(() => ID, { nullable: true })
  @Id('Văn bản căn cứ', true)
  legalDocumentId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Điều, khoản', TEXT_LIMITS.note)
  article?: string | null;

  @Field(() => DateOnly)
  @IsoDateValue('Ngày áp dụng')
  effectiveFrom!: IsoDate;

  @Field(() => DateOnly, { nullable: true })
  @IsoDateValue('Ngày hết áp dụng', true)
  effectiveTo?: IsoDate | null;

  @Field(() => ConfidenceEnum, { defaultValue: 'H' })
  @OneOf('Mức tin cậy', CONFIDENCES)
  confidence: Confidence = 'H';

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

@InputType({
  description:
    'Thêm giá trị tham số (chung toàn quốc, hoặc mức riêng của tỉnh): giá trị cùng phạm vi đang áp dụng vào ngày bắt đầu được kết thúc vào ngày hôm trước.',
})
export class CreateRuleParameterInput extends RuleParameterFieldsInput {
  @Field(() => RuleParameterKeyEnum)
  @OneOf('Tham số', RULE_PARAMETERS)
  key!: RuleParameterKey;

  @Field(() => ID, { nullable: true, description: 'Tỉnh (mức riêng); bỏ trống: chung toàn quốc.' })
  @Id('Tỉnh', true)
  provinceUnitId?: string | null;
}

@InputType()
export class UpdateRuleParameterInput extends RuleParameterFieldsInput {
  @Field(() => ID)
  @Id('Tham số')
  id!: string;

  @Version()
  version!: number;
}

// ---- a province's own award kinds ------------------------------------------------------------------

@InputType({ isAbstract: true })
abstract class AwardKindFieldsInput {
  @Field()
  @Required('Tên', TEXT_LIMITS.legalTitle)
  name!: string;

  @Field(() => AwardCategoryEnum)
  @OneOf('Loại', AWARD_CATEGORIES)
  category!: AwardCategory;

  @Field(() => [AwardSubjectEnum])
  @EachOneOf('Đối tượng', AWARD_SUBJECTS, 3)
  @ArrayMinSize(1, { message: 'Chọn ít nhất một đối tượng.' })
  subjects!: AwardSubject[];

  @Field(() => AwardLevelEnum)
  @OneOf('Cấp quyết định', AWARD_LEVELS)
  level!: AwardLevel;

  @Field(() => [AwardTrackEnum])
  @EachOneOf('Loại hình khen thưởng', AWARD_TRACKS, 6)
  @ArrayMinSize(1, { message: 'Chọn ít nhất một loại hình khen thưởng.' })
  tracks!: AwardTrack[];

  @Field(() => String, { nullable: true })
  @OptionalText('Danh hiệu, hình thức bậc dưới', 60)
  lowerStep?: string | null;
}

@InputType({ description: 'Thêm danh hiệu, hình thức khen thưởng riêng của tỉnh.' })
export class CreateAwardKindInput extends AwardKindFieldsInput {
  @Field(() => ID)
  @Id('Tỉnh')
  provinceUnitId!: string;

  @Field({
    description: 'Mã: chữ in hoa không dấu, chữ số, gạch dưới, ví dụ "KY_NIEM_CHUONG_TINH".',
  })
  @Required('Mã', 60)
  code!: string;
}

@InputType()
export class UpdateAwardKindInput extends AwardKindFieldsInput {
  @Field(() => ID)
  @Id('Danh hiệu, hình thức')
  id!: string;

  @Version()
  version!: number;
}

// ---- lists -----------------------------------------------------------------------------------------

@ArgsType()
export class AwardKindsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Danh mục trung ương và danh mục riêng của tỉnh này; bỏ trống: mọi tỉnh.',
  })
  @Id('Tỉnh', true)
  provinceUnitId?: string | null;
}

@ArgsType()
export class AwardRuleVersionsArgs {
  @Field(() => String, { nullable: true })
  @OptionalText('Mã danh hiệu, hình thức', 60)
  awardCode?: string | null;

  @Field(() => AwardTrackEnum, { nullable: true })
  @OneOf('Loại hình khen thưởng', AWARD_TRACKS, true)
  track?: AwardTrack | null;

  @Field(() => DateOnly, { nullable: true, description: 'Chỉ phiên bản áp dụng vào ngày này.' })
  @IsoDateValue('Ngày áp dụng', true)
  inForceOn?: IsoDate | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Quy định chung và quy định riêng của tỉnh này; bỏ trống: mọi phạm vi.',
  })
  @Id('Tỉnh', true)
  provinceUnitId?: string | null;
}

@ArgsType()
export class RuleParametersArgs {
  @Field(() => RuleParameterKeyEnum, { nullable: true })
  @OneOf('Tham số', RULE_PARAMETERS, true)
  key?: RuleParameterKey | null;

  @Field(() => DateOnly, { nullable: true })
  @IsoDateValue('Ngày áp dụng', true)
  inForceOn?: IsoDate | null;

  @Field(() => ID, { nullable: true })
  @Id('Tỉnh', true)
  provinceUnitId?: string | null;
}

// ---- preview ---------------------------------------------------------------------------------------

const FACT_LIST = 50;

@InputType()
export class FactEvaluationInput {
  @Field(() => Int)
  @Count('Năm', 9999, false)
  year!: number;

  @Field(() => EvaluationGradeEnum)
  @OneOf('Xếp loại', EVALUATION_GRADES)
  grade!: EvaluationGrade;

  @Field(() => String, { nullable: true })
  @OptionalText('Nguồn', TEXT_LIMITS.note)
  source?: string | null;
}

@InputType()
export class FactAwardInput {
  @Field(() => Int)
  @Count('Năm', 9999, false)
  year!: number;

  @Field(() => String, { nullable: true })
  @OptionalText('Mã danh hiệu, hình thức', 60)
  awardCode?: string | null;

  @Field()
  @Required('Danh hiệu, hình thức', TEXT_LIMITS.legalTitle)
  awardName!: string;

  @Field(() => AwardTrackEnum, { defaultValue: 'CONG_TRANG' })
  @OneOf('Loại hình khen thưởng', AWARD_TRACKS)
  track: AwardTrack = 'CONG_TRANG';

  @Field(() => String, { nullable: true })
  @OptionalText('Số quyết định', TEXT_LIMITS.legalNumber)
  decisionNumber?: string | null;
}

@InputType()
export class FactInitiativeInput {
  @Field()
  @Required('Tên sáng kiến', TEXT_LIMITS.legalTitle)
  title!: string;

  @Field(() => InitiativeKindEnum, { defaultValue: 'SANG_KIEN' })
  @OneOf('Loại', INITIATIVE_KINDS)
  kind: InitiativeKind = 'SANG_KIEN';

  @Field(() => InitiativeScopeEnum)
  @OneOf('Phạm vi', INITIATIVE_SCOPES)
  scope!: InitiativeScope;

  @Field(() => DateOnly)
  @IsoDateValue('Ngày công nhận')
  recognisedOn!: IsoDate;

  @Field(() => String, {
    nullable: true,
    description: 'Đã dùng cho danh hiệu, hình thức này (nếu có).',
  })
  @OptionalText('Đã dùng cho', TEXT_LIMITS.legalTitle)
  usedForAwardName?: string | null;

  @Field(() => Int, { nullable: true })
  @Count('Năm đã dùng', 9999)
  usedForYear?: number | null;
}

@InputType()
export class FactHoldInput {
  @Field(() => HoldKindEnum)
  @OneOf('Lý do tạm hoãn', HOLD_KINDS)
  kind!: HoldKind;

  @Field(() => DateOnly)
  @IsoDateValue('Từ ngày')
  from!: IsoDate;

  @Field(() => DateOnly, { nullable: true })
  @IsoDateValue('Đến ngày', true)
  to?: IsoDate | null;

  @Field()
  @Required('Nguồn', TEXT_LIMITS.note)
  source!: string;
}

@InputType()
export class FactTitledMembersInput {
  @Field()
  @Required('Mã danh hiệu', 60)
  award!: string;

  @Field(() => Int)
  @Count('Số thành viên', 1_000_000, false)
  count!: number;
}

@InputType()
export class FactCollectiveInput {
  @Field(() => Int)
  @Count('Số thành viên', 1_000_000, false)
  members!: number;

  @Field(() => Int)
  @Count('Số thành viên hoàn thành nhiệm vụ', 1_000_000, false)
  completing!: number;

  @Field(() => [FactTitledMembersInput], { defaultValue: [] })
  @Nested('Thành viên đạt danh hiệu', () => FactTitledMembersInput, 20)
  titled: FactTitledMembersInput[] = [];

  @Field(() => Int, { defaultValue: 0 })
  @Count('Số thành viên bị kỷ luật', 1_000_000, false)
  disciplined = 0;
}

@InputType({
  description:
    'Dữ liệu thử để kiểm tra một quy định (không ghi gì vào cơ sở dữ liệu): đối tượng, năm xét, ngày xét và các dữ liệu thành tích.',
})
export class PreviewEligibilityInput {
  @Field()
  @Required('Mã danh hiệu, hình thức', 60)
  awardCode!: string;

  @Field(() => AwardTrackEnum, { defaultValue: 'CONG_TRANG' })
  @OneOf('Loại hình khen thưởng', AWARD_TRACKS)
  track: AwardTrack = 'CONG_TRANG';

  @Field(() => ID, { nullable: true })
  @Id('Tỉnh', true)
  provinceUnitId?: string | null;

  @Field(() => AwardSubjectEnum)
  @OneOf('Đối tượng', AWARD_SUBJECTS)
  subject!: AwardSubject;

  @Field()
  @Required('Tên', TEXT_LIMITS.legalTitle)
  name!: string;

  @Field(() => Int)
  @Count('Năm xét', 9999, false)
  year!: number;

  @Field(() => DateOnly, {
    description: 'Ngày xét: quy định, tham số và tạm hoãn lấy theo ngày này.',
  })
  @IsoDateValue('Ngày xét')
  on!: IsoDate;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Tập thể còn hoạt động (false: đã giải thể, sáp nhập).',
  })
  @IsBoolean({ message: 'Còn hoạt động phải là có/không.' })
  active = true;

  @Field(() => [FactEvaluationInput], { defaultValue: [] })
  @Nested('Kết quả xếp loại', () => FactEvaluationInput, FACT_LIST)
  evaluations: FactEvaluationInput[] = [];

  @Field(() => [FactAwardInput], { defaultValue: [] })
  @Nested('Khen thưởng đã có', () => FactAwardInput, FACT_LIST)
  awards: FactAwardInput[] = [];

  @Field(() => [FactInitiativeInput], { defaultValue: [] })
  @Nested('Sáng kiến', () => FactInitiativeInput, FACT_LIST)
  initiatives: FactInitiativeInput[] = [];

  @Field(() => [FactHoldInput], { defaultValue: [] })
  @Nested('Tạm hoãn', () => FactHoldInput, FACT_LIST)
  holds: FactHoldInput[] = [];

  @Field(() => FactCollectiveInput, { nullable: true })
  @IsOptional()
  @One(() => FactCollectiveInput)
  collective?: FactCollectiveInput | null;
}
