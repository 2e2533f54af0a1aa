import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_PLAN_LIMITS,
  CAMPAIGN_PLAN_STATUSES,
  CAMPAIGN_SCOPES,
  TEXT_LIMITS,
  type CampaignKind,
  type CampaignPlanStatus,
  type CampaignScope,
  type IsoDate,
} from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { IsoDateValue, OptionalText, Required, Version } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import { AddressingField, CampaignAddressing } from './campaign-cascade.inputs';
import { CampaignPlanContent, SignaturePart } from './campaign-plan-content';
import { CampaignKindEnum, CampaignPlanStatusEnum, CampaignScopeEnum } from './campaign.models';

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

@InputType({ isAbstract: true })
abstract class CampaignPlanFieldsInput {
  @Field(() => CampaignKindEnum)
  @IsIn(Object.keys(CAMPAIGN_KINDS), msg.oneOf('Loại phong trào'))
  kind!: CampaignKind;

  @Field(() => CampaignScopeEnum)
  @IsIn(Object.keys(CAMPAIGN_SCOPES), msg.oneOf('Phạm vi phát động'))
  scope!: CampaignScope;

  @Field({ description: 'Trích yếu: "Phát động Đợt thi đua đặc biệt …".' })
  @Required('Trích yếu', CAMPAIGN_PLAN_LIMITS.title)
  title!: string;

  @Field(() => DateOnly, { description: 'Thời gian thi đua từ ngày.' })
  @IsoDateValue('Thời gian thi đua từ ngày')
  periodFrom!: IsoDate;

  @Field(() => DateOnly, { description: 'Thời gian thi đua đến ngày (tính cả ngày này).' })
  @IsoDateValue('Thời gian thi đua đến ngày')
  periodTo!: IsoDate;

  @Field(() => [ID], {
    description: 'Văn bản căn cứ (danh mục văn bản căn cứ), theo thứ tự viện dẫn.',
  })
  @IsArray(msg.required('Văn bản căn cứ'))
  @ArrayMaxSize(CAMPAIGN_PLAN_LIMITS.legalBases, {
    message: `Văn bản căn cứ: tối đa ${CAMPAIGN_PLAN_LIMITS.legalBases} văn bản.`,
  })
  @IsUUID('all', { each: true, ...msg.id('Văn bản căn cứ') })
  legalDocumentIds: string[] = [];

  @Field(() => CampaignPlanContent)
  @ValidateNested()
  @Type(() => CampaignPlanContent)
  content!: CampaignPlanContent;

  @Field(() => CampaignAddressing, {
    nullable: true,
    description: 'Phạm vi giao kế hoạch (đơn vị thực hiện); để trống: không giao cho đơn vị nào.',
  })
  @AddressingField()
  addressing?: CampaignAddressing | null;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Hạn các đơn vị được giao ban hành kế hoạch thực hiện ("gửi … trước ngày …").',
  })
  @IsoDateValue('Hạn ban hành kế hoạch thực hiện', true)
  answerDeadline?: IsoDate | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Kế hoạch cấp trên mà kế hoạch này thực hiện ("Thực hiện Kế hoạch số …"): đơn vị ban hành phải được giao kế hoạch đó.',
  })
  @Id('Kế hoạch được thực hiện', true)
  respondsToPlanId?: string | null;
}

@InputType({ description: 'Soạn dự thảo kế hoạch thi đua của một đơn vị.' })
export class CreateCampaignPlanInput extends CampaignPlanFieldsInput {
  @Field(() => ID, { description: 'Đơn vị ban hành (cần quyền CAMPAIGN_MANAGE tại đơn vị).' })
  @Id('Đơn vị ban hành')
  issuerUnitId!: string;
}

@InputType({
  description:
    'Sửa dự thảo kế hoạch thi đua (mọi trường gửi lên thay cho giá trị cũ; đơn vị ban hành không đổi).',
})
export class UpdateCampaignPlanInput extends CampaignPlanFieldsInput {
  @Field(() => ID)
  @Id('Kế hoạch')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Xóa một dự thảo kế hoạch thi đua.' })
export class DeleteCampaignPlanDraftInput {
  @Field(() => ID)
  @Id('Kế hoạch')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Trình ký kế hoạch thi đua (dự thảo → trình ký).' })
export class SubmitCampaignPlanInput {
  @Field(() => ID)
  @Id('Kế hoạch')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Trả lại kế hoạch đang trình ký về dự thảo, kèm lý do.' })
export class ReturnCampaignPlanInput {
  @Field(() => ID)
  @Id('Kế hoạch')
  id!: string;

  @Version()
  version!: number;

  @Field({ description: 'Lý do trả lại.' })
  @Required('Lý do trả lại', CAMPAIGN_PLAN_LIMITS.title)
  reason!: string;
}

@InputType({
  description:
    'Ký ban hành kế hoạch đang trình ký: cấp số, ký hiệu theo sổ văn bản của đơn vị ban hành (cần quyền CAMPAIGN_ISSUE).',
})
export class IssueCampaignPlanInput {
  @Field(() => ID)
  @Id('Kế hoạch')
  id!: string;

  @Version()
  version!: number;

  @Field(() => DateOnly, { description: 'Ngày ban hành (năm chọn sổ văn bản).' })
  @IsoDateValue('Ngày ban hành')
  issuedOn!: IsoDate;

  @Field({ description: 'Địa danh: "Bắc Kạn".' })
  @Required('Địa danh', CAMPAIGN_PLAN_LIMITS.title)
  place!: string;

  @Field(() => SignaturePart, { description: 'Quyền hạn, chức vụ, họ tên người ký.' })
  @ValidateNested()
  @Type(() => SignaturePart)
  signer!: SignaturePart;
}

@ArgsType()
export class CampaignPlansArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Tìm theo trích yếu (không phân biệt dấu, mọi từ đều phải là đầu một từ). Kết quả xếp theo mức khớp.',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;

  @Field(() => CampaignPlanStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(CAMPAIGN_PLAN_STATUSES), msg.oneOf('Trạng thái'))
  status?: CampaignPlanStatus | null;

  @Field(() => CampaignKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(CAMPAIGN_KINDS), msg.oneOf('Loại phong trào'))
  kind?: CampaignKind | null;

  @Field(() => Int, { nullable: true, description: 'Kế hoạch có thời gian thi đua chạm năm này.' })
  @IsOptional()
  @IsInt(msg.int('Năm'))
  @Min(1945, { message: 'Năm không hợp lệ.' })
  @Max(2200, { message: 'Năm không hợp lệ.' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'Chỉ kế hoạch của đơn vị ban hành này.' })
  @Id('Đơn vị ban hành', true)
  issuerUnitId?: string | null;
}
