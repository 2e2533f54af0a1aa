import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CAMPAIGN_PLAN_LIMITS,
  CAMPAIGN_REGISTRATION_LIMITS as L,
  CAMPAIGN_REVIEW_KINDS,
  CAMPAIGN_REVIEW_STATUSES,
  type CampaignReviewKind,
  type CampaignReviewStatus,
} from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { OptionalText, Required, Version } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import { CampaignReviewKindEnum, CampaignReviewStatusEnum } from './campaign-review.models';

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

@InputType('CampaignReviewFigureInput', {
  description: 'Kết quả thực hiện một chỉ tiêu của kế hoạch.',
})
export class ReviewFigureInput {
  @Field(() => Int, { description: 'Thứ tự chỉ tiêu trong kế hoạch (content.targets), từ 0.' })
  @IsInt(msg.int('Thứ tự chỉ tiêu'))
  @Min(0, { message: 'Thứ tự chỉ tiêu không hợp lệ.' })
  @Max(CAMPAIGN_PLAN_LIMITS.targets - 1, { message: 'Thứ tự chỉ tiêu không hợp lệ.' })
  targetIndex!: number;

  @Field({ description: 'Kết quả đạt được: "1.250", "98,5", "Đạt".' })
  @Required('Kết quả đạt được', L.figureValue)
  achieved!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú kết quả', L.figureNote)
  note?: string | null;
}

@InputType('CampaignReviewAttachmentInput', {
  description: 'Một tệp đã đính kèm báo cáo (giữ lại, đổi tên); tệp mới tải lên qua REST.',
})
export class ReviewAttachmentInput {
  @Field()
  @Matches(/^[0-9a-f]{64}$/, { message: 'Mã tệp đính kèm không hợp lệ.' })
  sha256!: string;

  @Field()
  @Required('Tên tệp', 255)
  name!: string;
}

@InputType({ isAbstract: true })
abstract class ReviewFieldsInput {
  @Field(() => String, { nullable: true, description: 'Nội dung báo cáo.' })
  @OptionalText('Nội dung báo cáo', L.report)
  report?: string | null;

  @Field(() => [ReviewFigureInput], { description: 'Kết quả theo chỉ tiêu của kế hoạch.' })
  @IsArray(msg.required('Kết quả thực hiện chỉ tiêu'))
  @ArrayMaxSize(CAMPAIGN_PLAN_LIMITS.targets, {
    message: `Kết quả thực hiện chỉ tiêu: tối đa ${CAMPAIGN_PLAN_LIMITS.targets} chỉ tiêu.`,
  })
  @ValidateNested({ each: true })
  @Type(() => ReviewFigureInput)
  figures: ReviewFigureInput[] = [];
}

@InputType({ description: 'Soạn báo cáo sơ kết / tổng kết của đơn vị theo một kế hoạch.' })
export class CreateCampaignReviewInput extends ReviewFieldsInput {
  @Field(() => ID)
  @Id('Kế hoạch')
  planId!: string;

  @Field(() => ID, { description: 'Đơn vị báo cáo (cần quyền CAMPAIGN_MANAGE tại đơn vị).' })
  @Id('Đơn vị báo cáo')
  unitId!: string;

  @Field(() => CampaignReviewKindEnum)
  @IsIn(Object.keys(CAMPAIGN_REVIEW_KINDS), msg.oneOf('Kỳ báo cáo'))
  kind!: CampaignReviewKind;
}

@InputType({ description: 'Sửa báo cáo chưa gửi hoặc bị trả lại.' })
export class UpdateCampaignReviewInput extends ReviewFieldsInput {
  @Field(() => ID)
  @Id('Báo cáo')
  id!: string;

  @Version()
  version!: number;

  @Field(() => [ReviewAttachmentInput], {
    nullable: true,
    description:
      'Tệp đính kèm giữ lại (bỏ trống: giữ nguyên); chỉ gồm tệp đã đính kèm báo cáo này.',
  })
  @IsOptional()
  @IsArray(msg.required('Tệp đính kèm'))
  @ArrayMaxSize(L.attachments, { message: `Tệp đính kèm: tối đa ${L.attachments} tệp.` })
  @ValidateNested({ each: true })
  @Type(() => ReviewAttachmentInput)
  attachments?: ReviewAttachmentInput[] | null;
}

@InputType({ description: 'Một báo cáo và phiên bản đã đọc.' })
export class CampaignReviewRefInput {
  @Field(() => ID)
  @Id('Báo cáo')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Trả lại báo cáo đã gửi, kèm lý do.' })
export class ReturnCampaignReviewInput extends CampaignReviewRefInput {
  @Field({ description: 'Lý do trả lại.' })
  @Required('Lý do trả lại', L.reason)
  reason!: string;
}

@InputType({ description: 'Lọc báo cáo sơ kết / tổng kết của một kế hoạch.' })
export class CampaignReviewFilter {
  @Field(() => ID, { nullable: true })
  @Id('Đơn vị', true)
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Đơn vị này và mọi cấp dưới.' })
  @Id('Đơn vị', true)
  underUnitId?: string | null;

  @Field(() => CampaignReviewStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(CAMPAIGN_REVIEW_STATUSES), msg.oneOf('Trạng thái'))
  status?: CampaignReviewStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Chỉ báo cáo gửi muộn (true) / đúng hạn (false).',
  })
  @IsOptional()
  @IsBoolean({ message: 'Gửi muộn phải là có/không.' })
  late?: boolean | null;
}

@ArgsType()
export class CampaignReviewsArgs extends PageArgs {
  @Field(() => ID)
  @Id('Kế hoạch')
  planId!: string;

  @Field(() => CampaignReviewKindEnum)
  @IsIn(Object.keys(CAMPAIGN_REVIEW_KINDS), msg.oneOf('Kỳ báo cáo'))
  kind!: CampaignReviewKind;

  @Field(() => CampaignReviewFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignReviewFilter)
  filter?: CampaignReviewFilter | null;
}

@ArgsType()
export class CampaignReviewSummaryArgs {
  @Field(() => ID)
  @Id('Kế hoạch')
  planId!: string;

  @Field(() => CampaignReviewKindEnum)
  @IsIn(Object.keys(CAMPAIGN_REVIEW_KINDS), msg.oneOf('Kỳ báo cáo'))
  kind!: CampaignReviewKind;

  @Field(() => ID, { nullable: true, description: 'Chỉ đơn vị này và mọi cấp dưới.' })
  @Id('Đơn vị', true)
  underUnitId?: string | null;
}
