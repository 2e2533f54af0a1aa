import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CAMPAIGN_REVIEW_KINDS,
  CAMPAIGN_REVIEW_STATUSES,
  type CampaignReviewKind,
  type CampaignReviewStatus,
  type IsoDate,
} from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import type { CampaignReviewEntity } from './campaign-review.entity';

export const CampaignReviewKindEnum = defineEnum<CampaignReviewKind>(
  'CampaignReviewKind',
  CAMPAIGN_REVIEW_KINDS,
  'Kỳ báo cáo: sơ kết hoặc tổng kết.',
);

export const CampaignReviewStatusEnum = defineEnum<CampaignReviewStatus>(
  'CampaignReviewStatus',
  CAMPAIGN_REVIEW_STATUSES,
  'Trạng thái báo cáo sơ kết, tổng kết của một đơn vị.',
);

@ObjectType('CampaignReviewFigure', {
  description: 'Kết quả thực hiện một chỉ tiêu của kế hoạch (content.targets[targetIndex]).',
})
export class CampaignReviewFigureModel {
  @Field(() => Int, { description: 'Thứ tự chỉ tiêu trong kế hoạch, từ 0.' })
  targetIndex!: number;

  @Field({ description: 'Kết quả đạt được, như đơn vị ghi: "1.250", "98,5".' })
  achieved!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  /** Internal: resolves `target`. */
  planId!: string;
}

@ObjectType('CampaignReviewAttachment', { description: 'Tệp đính kèm báo cáo.' })
export class CampaignReviewAttachmentModel {
  @Field({ description: 'Mã SHA-256 của nội dung tệp.' })
  sha256!: string;

  @Field({ description: 'Tên tệp.' })
  name!: string;

  @Field({ description: 'Đường dẫn tải tệp (cùng quyền xem báo cáo).' })
  url!: string;
}

@ObjectType({
  description:
    'Báo cáo sơ kết hoặc tổng kết của một đơn vị theo một kế hoạch đã ban hành: nội dung, kết quả thực hiện chỉ tiêu, tệp đính kèm.',
})
export class CampaignReview {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => CampaignReviewKindEnum)
  kind!: CampaignReviewKind;

  @Field({ description: 'Nội dung báo cáo.' })
  report!: string;

  @Field(() => [CampaignReviewFigureModel])
  figures!: CampaignReviewFigureModel[];

  @Field(() => [CampaignReviewAttachmentModel])
  attachments!: CampaignReviewAttachmentModel[];

  @Field(() => CampaignReviewStatusEnum)
  status!: CampaignReviewStatus;

  @Field(() => String, { nullable: true, description: 'Lý do đơn vị ban hành trả lại.' })
  returnReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'Lần gửi gần nhất.' })
  submittedAt!: Date | null;

  @Field(() => DateOnly, { nullable: true, description: 'Hạn gửi áp dụng khi gửi.' })
  deadline!: IsoDate | null;

  @Field({ description: 'Gửi sau hạn.' })
  late!: boolean;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  /** Internal: decides `canEdit`. */
  unitPath!: string;
}

@ObjectType()
export class CampaignReviewConnection extends Connection(CampaignReview, 'CampaignReview') {}

@ObjectType({
  description:
    'Tình hình báo cáo sơ kết / tổng kết của một kế hoạch trong phạm vi người xem: đã gửi (đúng hạn, muộn), còn thiếu (tính trên các đơn vị kế hoạch gửi tới).',
})
export class CampaignReviewSummary {
  @Field(() => ID)
  planId!: string;

  @Field(() => CampaignReviewKindEnum)
  kind!: CampaignReviewKind;

  @Field(() => DateOnly, {
    nullable: true,
    description:
      'Hạn gửi: mốc "sơ kết" / "tổng kết" đầu tiên của kế hoạch; không có mốc tổng kết thì ngày cuối thời gian thi đua.',
  })
  deadline!: IsoDate | null;

  @Field(() => Int, { description: 'Đơn vị kế hoạch gửi tới (phải báo cáo).' })
  addressed!: number;

  @Field(() => Int, { description: 'Báo cáo đã gửi (mọi đơn vị, gồm cả đúng hạn và muộn).' })
  submitted!: number;

  @Field(() => Int, { description: 'Đã gửi đúng hạn.' })
  onTime!: number;

  @Field(() => Int, { description: 'Đã gửi sau hạn.' })
  late!: number;

  @Field(() => Int, { description: 'Bị trả lại, chưa gửi lại.' })
  returned!: number;

  @Field(() => Int, { description: 'Đang soạn, chưa gửi.' })
  drafts!: number;

  @Field(() => Int, {
    description:
      'Đơn vị kế hoạch gửi tới chưa có báo cáo đã gửi (chưa soạn, đang soạn hoặc bị trả lại).',
  })
  missing!: number;

  @Field({ description: 'Đã quá hạn gửi (theo ngày hôm nay).' })
  overdue!: boolean;
}

export function toCampaignReview(e: CampaignReviewEntity): CampaignReview {
  return {
    id: e.id,
    planId: e.planId,
    unitId: e.unitId,
    kind: e.kind,
    report: e.report,
    figures: e.figures.map((f) => ({
      targetIndex: f.targetIndex,
      achieved: f.achieved,
      note: f.note ?? null,
      planId: e.planId,
    })),
    attachments: e.attachments.map((a) => ({
      sha256: a.sha256,
      name: a.name,
      url: `/api/campaign-reviews/${e.id}/attachments/${a.sha256}`,
    })),
    status: e.status,
    returnReason: e.returnReason,
    submittedAt: e.submittedAt,
    deadline: e.deadline,
    late: e.late,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    unitPath: e.unitPath,
  };
}
