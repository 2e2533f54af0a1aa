import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUUID } from 'class-validator';
import {
  CAMPAIGN_PLAN_LIMITS,
  CAMPAIGN_REVIEW_KINDS,
  type CampaignReviewKind,
} from '@thidua/shared-domain';
import { defineEnum } from '../../core/graphql/enums';
import { Required, Version } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';

/**
 * Sơ kết or tổng kết as a stage of the plan's own life (`openCampaignPlanReview`). The same two codes as
 * the units' reports (CAMPAIGN_REVIEW_KINDS), under a name of its own in the schema.
 */
export const CampaignPlanReviewStageEnum = defineEnum<CampaignReviewKind>(
  'CampaignPlanReviewStage',
  CAMPAIGN_REVIEW_KINDS,
  'Đợt sơ kết (MIDTERM) hoặc tổng kết (FINAL) của kế hoạch.',
);

/** Most plans a PDF batch takes: 500 × ~0.6 s (two workers) is about five minutes of one job. */
export const MAX_PDF_BATCH = 500;

@InputType({ description: 'Một bước của kế hoạch đã ban hành (triển khai, tiếp tục, kết thúc).' })
export class CampaignPlanStepInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Kế hoạch'))
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Mở đợt sơ kết hoặc tổng kết của kế hoạch đang triển khai.' })
export class OpenCampaignPlanReviewInput extends CampaignPlanStepInput {
  @Field(() => CampaignPlanReviewStageEnum)
  @IsIn(Object.keys(CAMPAIGN_REVIEW_KINDS), msg.oneOf('Đợt'))
  kind!: CampaignReviewKind;
}

@InputType({
  description:
    'Soạn kế hoạch sửa đổi một kế hoạch đã ban hành: một dự thảo mới chép toàn bộ nội dung, kèm nội dung sửa đổi.',
})
export class AmendCampaignPlanInput {
  @Field(() => ID, { description: 'Kế hoạch đã ban hành cần sửa đổi.' })
  @IsUUID('all', msg.id('Kế hoạch'))
  id!: string;

  @Field({
    description:
      'Nội dung sửa đổi, bổ sung (in trong văn bản: "Nội dung sửa đổi, bổ sung: …"), ví dụ "lùi thời hạn gửi hồ sơ đến 15/10/2025".',
  })
  @Required('Nội dung sửa đổi', CAMPAIGN_PLAN_LIMITS.paragraph)
  note!: string;
}

@InputType({ description: 'Tạo bản PDF của nhiều kế hoạch trong một tác vụ chạy nền.' })
export class RenderCampaignPlanDocumentsInput {
  @Field(() => [ID], { description: `Các kế hoạch (tối đa ${MAX_PDF_BATCH}, không trùng).` })
  @IsArray()
  @ArrayMinSize(1, { message: 'Cần chọn ít nhất một kế hoạch.' })
  @ArrayMaxSize(MAX_PDF_BATCH, {
    message: `Mỗi lần tạo tối đa ${MAX_PDF_BATCH} bản PDF.`,
  })
  @IsUUID('all', { each: true, ...msg.id('Kế hoạch') })
  planIds!: string[];
}
