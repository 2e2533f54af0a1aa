import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { OptionalText, Required, Version } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import type { AwardDecisionStatus } from './award-decision.entity';
import { AWARD_DECISION_SORTS, type AwardDecisionSort } from './award-decision.service';
import { DECISION_LIMITS as L } from './award-decision.limits';
import {
  AwardDecisionSortEnum,
  AwardDecisionStatusEnum,
  DecisionCouncilMinutesPart,
  DecisionProposalPart,
  DecisionSignerPart,
} from './award-decision.models';

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

function Lines(label: string, max: number): PropertyDecorator {
  return (target, key) => {
    IsArray({ message: `${label} phải là danh sách.` })(target, key);
    ArrayMaxSize(max, { message: `${label} tối đa ${max} dòng.` })(target, key);
    IsString({ each: true, ...msg.required(label) })(target, key);
    MaxLength(L.line, { each: true, ...msg.maxLength(label, L.line) })(target, key);
  };
}

function Year(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsInt(msg.int('Năm'))(target, key);
    Min(2000, { message: 'Năm phải từ 2000 đến 2100.' })(target, key);
    Max(2100, { message: 'Năm phải từ 2000 đến 2100.' })(target, key);
  };
}

@InputType({
  description:
    'Soạn dự thảo quyết định khen thưởng từ các đề nghị đạt thẩm định của một đợt (DECISION_MANAGE tại đơn vị ban hành).',
})
export class DraftAwardDecisionInput {
  @Field(() => ID)
  @Id('Đợt xét khen thưởng')
  roundId!: string;

  @Field(() => ID, {
    description:
      'Đơn vị ban hành (đơn vị của người có thẩm quyền: UBND tỉnh, Sở, xã); hồ sơ do đơn vị này hoặc cấp dưới tiếp nhận.',
  })
  @Id('Đơn vị ban hành')
  issuerUnitId!: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Các đề nghị đưa vào quyết định (cùng một danh hiệu, hình thức); bỏ trống: mọi đề nghị đạt thẩm định chưa có quyết định.',
  })
  @IsOptional()
  @IsArray({ message: 'Các đề nghị phải là danh sách.' })
  @ArrayMaxSize(L.recipients, {
    message: `Một quyết định khen thưởng tối đa ${L.recipients} tập thể, cá nhân.`,
  })
  @IsUUID('all', { each: true, ...msg.id('Đề nghị') })
  nominationIds?: string[] | null;
}

@InputType({ description: 'Hệ số tiền thưởng của một người trong danh sách.' })
export class DecisionMultiplierInput {
  @Field(() => ID)
  @Id('Người trong danh sách')
  recipientId!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Hệ số × lương cơ sở (0,3; 1,0; 1,5…); null: không có tiền thưởng.',
  })
  @IsOptional()
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 },
    { message: 'Hệ số tiền thưởng phải là số, tối đa 3 chữ số thập phân.' },
  )
  @Min(0, { message: 'Hệ số tiền thưởng không được âm.' })
  @Max(L.multiplier, { message: `Hệ số tiền thưởng tối đa ${L.multiplier}.` })
  multiplier!: number | null;
}

@InputType({
  description:
    'Sửa dự thảo quyết định: mọi phần soạn được (gửi lại đủ), hệ số tiền thưởng từng người, bỏ người khỏi danh sách.',
})
export class UpdateAwardDecisionInput {
  @Field(() => ID)
  @Id('Quyết định khen thưởng')
  id!: string;

  @Version()
  version!: number;

  @Field({ description: 'Trích yếu sau "Về việc".' })
  @Required('Trích yếu', L.line)
  subject!: string;

  @Field()
  @Required('Người có thẩm quyền quyết định', L.line)
  authority!: string;

  @Field({ description: 'Điều 1: thành tích được khen thưởng.' })
  @Required('Thành tích (Điều 1)', L.text)
  achievement!: string;

  @Field(() => [String])
  @Lines('Căn cứ', L.bases)
  bases!: string[];

  @Field(() => DecisionCouncilMinutesPart, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionCouncilMinutesPart)
  councilMinutes?: DecisionCouncilMinutesPart | null;

  @Field(() => DecisionProposalPart, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionProposalPart)
  proposal?: DecisionProposalPart | null;

  @Field(() => String, {
    nullable: true,
    description: 'Nguồn kinh phí (Điều 2); bỏ trống: quyết định không kèm tiền thưởng.',
  })
  @OptionalText('Nguồn kinh phí tiền thưởng', L.line)
  rewardFunding?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Căn cứ mức tiền thưởng', L.line)
  rewardBasis?: string | null;

  @Field(() => [String])
  @Lines('Cơ quan, đơn vị thi hành', L.executors)
  executors!: string[];

  @Field(() => [String])
  @Lines('Nơi nhận', L.receivers)
  receivers!: string[];

  @Field()
  @Required('Lưu', L.line)
  archive!: string;

  @Field()
  @Required('Địa danh', L.line)
  place!: string;

  @Field(() => DecisionSignerPart)
  @ValidateNested()
  @Type(() => DecisionSignerPart)
  signer!: DecisionSignerPart;

  @Field(() => [DecisionMultiplierInput], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'Hệ số tiền thưởng phải là danh sách.' })
  @ArrayMaxSize(L.recipients, { message: `Tối đa ${L.recipients} dòng.` })
  @ValidateNested({ each: true })
  @Type(() => DecisionMultiplierInput)
  multipliers?: DecisionMultiplierInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Bỏ những người này khỏi danh sách.' })
  @IsOptional()
  @IsArray({ message: 'Danh sách bỏ ra phải là danh sách.' })
  @ArrayMaxSize(L.recipients, { message: `Tối đa ${L.recipients} dòng.` })
  @IsUUID('all', { each: true, ...msg.id('Người trong danh sách') })
  removeRecipientIds?: string[] | null;
}

@InputType({ description: 'Một quyết định khen thưởng, với phiên bản đã đọc.' })
export class AwardDecisionRefInput {
  @Field(() => ID)
  @Id('Quyết định khen thưởng')
  id!: string;

  @Version()
  version!: number;
}

@InputType()
export class AwardDecisionFilter {
  @Field(() => ID, { nullable: true })
  @Id('Đợt xét khen thưởng', true)
  roundId?: string | null;

  @Field(() => ID, { nullable: true })
  @Id('Đơn vị ban hành', true)
  issuerUnitId?: string | null;

  @Field(() => AwardDecisionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(['DRAFT', 'ISSUED', 'REVOKED'], msg.oneOf('Trạng thái'))
  status?: AwardDecisionStatus | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Năm xét khen thưởng (năm của đợt, năm ghi vào hồ sơ thành tích), không phải năm ban hành.',
  })
  @Year()
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Tìm theo hình thức, trích yếu, số.' })
  @OptionalText('Từ khóa', L.search)
  search?: string | null;
}

@ArgsType()
export class AwardDecisionsArgs extends PageArgs {
  @Field(() => AwardDecisionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AwardDecisionFilter)
  filter?: AwardDecisionFilter | null;

  @Field(() => AwardDecisionSortEnum, { nullable: true, defaultValue: 'NEWEST' })
  @IsOptional()
  @IsIn(Object.keys(AWARD_DECISION_SORTS), msg.oneOf('Thứ tự sắp xếp'))
  sort?: AwardDecisionSort | null;
}

@ArgsType()
export class PublicAwardLookupArgs extends PageArgs {
  @Field({ description: 'Họ tên người, tên tập thể (không dấu cũng được, theo đầu từ).' })
  @Required('Họ tên', L.search)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Tên đơn vị.' })
  @OptionalText('Tên đơn vị', L.search)
  unitName?: string | null;

  @Field(() => Int, { nullable: true })
  @Year()
  year?: number | null;
}
