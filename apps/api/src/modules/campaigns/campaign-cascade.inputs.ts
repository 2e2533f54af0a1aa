import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CAMPAIGN_ADDRESSEE_STATUSES,
  CAMPAIGN_ADDRESSING_LIMITS as L,
  TEXT_LIMITS,
  type CampaignAddresseeStatus,
} from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { OptionalText } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import { CampaignAddresseeStatusEnum } from './campaign-cascade.models';

/** A bounded list of ids (each a uuid), optional. */
function Ids(label: string, max: number): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsArray(msg.required(label))(target, key);
    ArrayMaxSize(max, { message: `${label}: tối đa ${max} mục.` })(target, key);
    IsUUID('all', { each: true, ...msg.id(label) })(target, key);
  };
}

/**
 * Whom a plan addresses (the cascade): the units, subtrees, unit kinds and cụm, khối an officer picks,
 * resolved into the addressed units only when the plan is issued (units active on the issue date).
 * Both the output and, with the suffix `Input`, the input type.
 */
@ObjectType('CampaignPlanAddressing', {
  description:
    'Phạm vi giao kế hoạch: đơn vị được chọn, đơn vị và các đơn vị trực thuộc, loại đơn vị, cụm/khối thi đua. Danh sách đơn vị thực hiện được xác định khi ban hành (đơn vị đang hoạt động vào ngày ban hành; không gồm chính đơn vị ban hành).',
})
@InputType('CampaignPlanAddressingInput')
export class CampaignAddressing {
  @Field(() => [ID], { description: 'Các đơn vị được chọn.' })
  @Ids('Đơn vị thực hiện', L.units)
  unitIds: string[] = [];

  @Field(() => [ID], {
    description: 'Mỗi đơn vị cùng mọi đơn vị trực thuộc đang hoạt động (cả cây đơn vị).',
  })
  @Ids('Đơn vị và các đơn vị trực thuộc', L.subtrees)
  subtreeUnitIds: string[] = [];

  @Field(() => [String], {
    description:
      'Mã loại đơn vị ("UBND_XA"…): mọi đơn vị đang hoạt động thuộc các loại này, trong phạm vi `unitKindsWithinUnitIds` (mặc định: các đơn vị trực thuộc đơn vị ban hành).',
  })
  @IsOptional()
  @IsArray(msg.required('Loại đơn vị'))
  @ArrayMaxSize(L.unitKinds, { message: `Loại đơn vị: tối đa ${L.unitKinds} mục.` })
  @IsString({ each: true, ...msg.required('Loại đơn vị') })
  @Matches(/\S/, { each: true, ...msg.required('Loại đơn vị') })
  @MaxLength(50, { each: true, ...msg.maxLength('Mã loại đơn vị', 50) })
  unitKindCodes: string[] = [];

  @Field(() => [ID], {
    description:
      'Tìm các loại đơn vị trên trong cây của các đơn vị này; để trống: trong cây của đơn vị ban hành.',
  })
  @Ids('Phạm vi tìm theo loại đơn vị', L.subtrees)
  unitKindsWithinUnitIds: string[] = [];

  @Field(() => [ID], { description: 'Cụm, khối thi đua: các đơn vị thành viên vào ngày ban hành.' })
  @Ids('Cụm, khối thi đua', L.clusters)
  clusterIds: string[] = [];
}

/** Validates a nested addressing (used on the plan input's `addressing` field). */
export function AddressingField(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    ValidateNested()(target, key);
    Type(() => CampaignAddressing)(target, key);
  };
}

@ArgsType()
export class CampaignInboxArgs extends PageArgs {
  @Field(() => CampaignAddresseeStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(CAMPAIGN_ADDRESSEE_STATUSES), msg.oneOf('Trạng thái'))
  status?: CampaignAddresseeStatus | null;

  @Field(() => Int, { nullable: true, description: 'Kế hoạch có thời gian thi đua chạm năm này.' })
  @IsOptional()
  @IsInt(msg.int('Năm'))
  @Min(1945, { message: 'Năm không hợp lệ.' })
  @Max(2200, { message: 'Năm không hợp lệ.' })
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo trích yếu hoặc số, ký hiệu của kế hoạch (không phân biệt dấu).',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;
}

@ArgsType()
export class CampaignPlanAddresseesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', msg.id('Kế hoạch'))
  planId!: string;

  @Field(() => CampaignAddresseeStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(CAMPAIGN_ADDRESSEE_STATUSES), msg.oneOf('Trạng thái'))
  status?: CampaignAddresseeStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Chỉ các đơn vị thuộc cây của đơn vị này (gồm cả đơn vị này).',
  })
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  underUnitId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo tên hoặc mã đơn vị (không phân biệt dấu).',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;
}

@ArgsType()
export class CampaignCascadeSummaryArgs {
  @Field(() => ID)
  @IsUUID('all', msg.id('Kế hoạch'))
  planId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Đếm theo từng đơn vị trực thuộc đơn vị này (cộng dồn cả cây); mặc định: đơn vị ban hành.',
  })
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  underUnitId?: string | null;
}

@InputType({
  description:
    'Nhắc các đơn vị chưa ban hành kế hoạch thực hiện (cần quyền CAMPAIGN_MANAGE tại đơn vị ban hành).',
})
export class RemindCampaignAddresseesInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Kế hoạch'))
  planId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Các đơn vị cần nhắc; để trống: mọi đơn vị chưa ban hành kế hoạch thực hiện.',
  })
  @Ids('Đơn vị', 10_000)
  unitIds?: string[] | null;
}
