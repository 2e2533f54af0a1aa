import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { defineEnum } from '../../core/graphql/enums';
import { Job, toJob } from '../../core/jobs/job.model';
import type { CampaignDocumentBatchItemEntity } from './campaign-document-batch-item.entity';
import type { CampaignDocumentBatchData } from './campaign-document.service';
import type { CampaignPlanDocumentFormat } from './campaign-plan-document.entity';

export type CampaignPlanPdfStatus = 'READY' | 'PENDING' | 'ON_DEMAND' | 'UNAVAILABLE';

export const CampaignPlanPdfStatusEnum = defineEnum<CampaignPlanPdfStatus>(
  'CampaignPlanPdfStatus',
  {
    READY: 'Đã lưu bản PDF của văn bản ban hành',
    PENDING: 'Đã ban hành, bản PDF đang được tạo (tải lúc này thì tạo ngay)',
    ON_DEMAND: 'Dự thảo: bản PDF được tạo khi tải',
    UNAVAILABLE: 'Máy chủ chưa cài LibreOffice: chỉ tải được bản .docx',
  },
  'Tình trạng bản PDF của kế hoạch.',
);

export const CampaignPlanDocumentFormatEnum = defineEnum<CampaignPlanDocumentFormat>(
  'CampaignPlanDocumentFormat',
  { DOCX: 'Word (.docx)', PDF: 'PDF' },
  'Định dạng văn bản kế hoạch được lưu.',
);

export type CampaignDocumentBatchItemStatus = CampaignDocumentBatchItemEntity['status'];

export const CampaignDocumentBatchItemStatusEnum = defineEnum<CampaignDocumentBatchItemStatus>(
  'CampaignDocumentBatchItemStatus',
  { PENDING: 'Đang chờ', DONE: 'Đã có bản PDF', FAILED: 'Không tạo được' },
  'Kết quả tạo bản PDF của một kế hoạch trong tác vụ.',
);

@ObjectType({
  description:
    'Văn bản đã lưu khi ban hành (không bao giờ tạo lại): bản .docx lưu ngay khi ký ban hành, bản PDF chuyển từ đó.',
})
export class CampaignPlanStoredDocument {
  @Field(() => CampaignPlanDocumentFormatEnum)
  format!: CampaignPlanDocumentFormat;

  @Field({ description: 'Mã SHA-256 của nội dung (kiểm tra tính toàn vẹn của tệp tải về).' })
  sha256!: string;

  @Field(() => Int, { description: 'Dung lượng (byte).' })
  size!: number;

  @Field({ description: 'Lúc lưu.' })
  createdAt!: Date;

  @Field({ description: 'Đường dẫn tải.' })
  url!: string;
}

@ObjectType({ description: 'Một kế hoạch trong tác vụ tạo bản PDF.' })
export class CampaignDocumentBatchItem {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int, { description: 'Thứ tự trong yêu cầu (từ 0).' })
  position!: number;

  @Field(() => CampaignDocumentBatchItemStatusEnum)
  status!: CampaignDocumentBatchItemStatus;

  @Field({
    description:
      'Bản PDF do tác vụ này tạo (false: kế hoạch đã ban hành đã có bản PDF lưu sẵn, không phải tạo lại).',
  })
  created!: boolean;

  @Field(() => String, { nullable: true, description: 'Lý do không tạo được.' })
  error!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Thời gian xử lý kế hoạch này (mili giây): dựng .docx, chuyển PDF, lưu.',
  })
  durationMs!: number | null;

  @Field(() => String, { nullable: true, description: 'Đường dẫn tải bản PDF (khi đã có).' })
  pdfUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Mã SHA-256 của bản PDF (khi đã có).' })
  sha256!: string | null;
}

@ObjectType({ description: 'Tác vụ tạo bản PDF của nhiều kế hoạch, với kết quả từng kế hoạch.' })
export class CampaignDocumentBatch {
  @Field(() => Job, { description: 'Tác vụ chạy nền (tiến độ: job(id)).' })
  job!: Job;

  @Field(() => [CampaignDocumentBatchItem])
  items!: CampaignDocumentBatchItem[];
}

export function toCampaignDocumentBatchItem(
  i: CampaignDocumentBatchItemEntity,
): CampaignDocumentBatchItem {
  return {
    planId: i.planId,
    position: i.position,
    status: i.status,
    created: i.created,
    error: i.error,
    durationMs: i.durationMs,
    // the bytes this item recorded: an issued plan's kept PDF, or the draft's PDF of that day
    pdfUrl:
      i.status === 'DONE' && i.sha256
        ? `/api/campaign-plans/${i.planId}/batches/${i.jobId}/document.pdf`
        : null,
    sha256: i.sha256,
  };
}

export function toCampaignDocumentBatch(b: CampaignDocumentBatchData): CampaignDocumentBatch {
  return { job: toJob(b.job), items: b.items.map(toCampaignDocumentBatchItem) };
}
