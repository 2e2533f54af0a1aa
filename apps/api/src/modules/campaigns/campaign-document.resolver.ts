import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isIssuedStatus } from '@thidua/shared-domain';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import {
  type GraphqlContext,
  type NoArgs,
  requestContextOf,
} from '../../core/graphql/graphql-context';
import { UuidPipe } from '../../core/validation/uuid.pipe';
import { FilesService } from '../files/files.service';
import { PdfService } from '../files/pdf.service';
import { OrgService } from '../org/org.service';
import { CampaignAmendmentService } from './campaign-amendment.service';
import { CampaignDocumentStore } from './campaign-document-store';
import {
  CampaignDocumentBatch,
  CampaignDocumentBatchItem,
  CampaignPlanPdfStatusEnum,
  CampaignPlanStoredDocument,
  toCampaignDocumentBatch,
  type CampaignPlanPdfStatus,
} from './campaign-document.models';
import { CampaignDocumentService } from './campaign-document.service';
import { RenderCampaignPlanDocumentsInput } from './campaign-lifecycle.inputs';
import { CampaignPlan, toCampaignPlan } from './campaign.models';

const url = (planId: string, extension: 'docx' | 'pdf') =>
  `/api/campaign-plans/${planId}/document.${extension}`;

/** A plan's PDF and kept documents, and PDF batches as jobs. */
@Resolver(() => CampaignPlan)
export class CampaignDocumentResolver {
  constructor(
    private readonly documents: CampaignDocumentService,
    private readonly store: CampaignDocumentStore,
    private readonly files: FilesService,
    private readonly pdf: PdfService,
    private readonly tx: TransactionRunner,
  ) {}

  @Mutation(() => CampaignDocumentBatch, {
    description:
      'Tạo bản PDF của nhiều kế hoạch (tối đa 500) trong một tác vụ chạy nền có tiến độ (job(id)); kết quả từng kế hoạch ở campaignDocumentBatch(jobId). Kế hoạch đã ban hành dùng bản PDF lưu kèm văn bản ban hành (tạo nếu chưa có). Cần quyền xem từng kế hoạch (CAMPAIGN_READ).',
  })
  @RequirePermission('CAMPAIGN_READ')
  async renderCampaignPlanDocuments(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RenderCampaignPlanDocumentsInput,
  ): Promise<CampaignDocumentBatch> {
    return toCampaignDocumentBatch(
      await this.tx.run(ctx, (tx) => this.documents.requestBatch(tx, input.planIds)),
    );
  }

  @Query(() => CampaignDocumentBatch, {
    description:
      'Một tác vụ tạo bản PDF và kết quả từng kế hoạch (người khởi tạo hoặc quản trị toàn hệ thống).',
  })
  @RequirePermission('CAMPAIGN_READ')
  async campaignDocumentBatch(
    @Ctx() ctx: RequestContext,
    @Args('jobId', { type: () => ID }, UuidPipe) jobId: string,
  ): Promise<CampaignDocumentBatch> {
    return toCampaignDocumentBatch(await this.documents.batch(ctx, jobId));
  }

  @ResolveField(() => String, {
    description: 'Đường dẫn tải bản PDF (bản lưu khi ban hành; dự thảo: tạo khi tải).',
  })
  pdfUrl(plan: CampaignPlan): string {
    return url(plan.id, 'pdf');
  }

  @ResolveField(() => CampaignPlanPdfStatusEnum, {
    complexity: 2,
    description: 'Tình trạng bản PDF: đã lưu, đang tạo, tạo khi tải, hoặc máy chủ không tạo được.',
  })
  async pdfStatus(
    plan: CampaignPlan,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CampaignPlanPdfStatus> {
    if (isIssuedStatus(plan.status)) {
      const kept = await gql.loaders.get(this.store.frozenOf).load(plan.id);
      if (kept.some((d) => d.format === 'PDF')) return 'READY';
    }
    if (!(await this.pdf.available())) return 'UNAVAILABLE';
    return isIssuedStatus(plan.status) ? 'PENDING' : 'ON_DEMAND';
  }

  @ResolveField(() => Boolean, {
    complexity: 2,
    description:
      'Tải được bản PDF (false khi máy chủ chưa cài LibreOffice và kế hoạch chưa có bản PDF lưu sẵn).',
  })
  async pdfAvailable(plan: CampaignPlan, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    return (await this.pdfStatus(plan, {}, gql)) !== 'UNAVAILABLE';
  }

  @ResolveField(() => [CampaignPlanStoredDocument], {
    complexity: 5,
    description:
      'Văn bản đã lưu khi ban hành (.docx ngay khi ký, PDF sau đó); rỗng với dự thảo. Không bao giờ tạo lại.',
  })
  async storedDocuments(
    plan: CampaignPlan,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CampaignPlanStoredDocument[]> {
    const kept = await gql.loaders.get(this.store.frozenOf).load(plan.id);
    const infos = await Promise.all(
      kept.map((d) => gql.loaders.get(this.files.fileInfo).load(d.sha256)),
    );
    return kept.map((d, i) => ({
      format: d.format,
      sha256: d.sha256,
      size: infos[i]?.size ?? 0,
      createdAt: d.createdAt,
      url: url(plan.id, d.format === 'PDF' ? 'pdf' : 'docx'),
    }));
  }
}

/** The plan of a batch item, if the reader may still read it. */
@Resolver(() => CampaignDocumentBatchItem)
export class CampaignDocumentBatchItemResolver {
  constructor(
    private readonly amendments: CampaignAmendmentService,
    private readonly org: OrgService,
  ) {}

  @ResolveField(() => CampaignPlan, {
    nullable: true,
    complexity: 5,
    description: 'Kế hoạch (null nếu người xem không còn quyền xem).',
  })
  async plan(
    item: CampaignDocumentBatchItem,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<CampaignPlan | null> {
    const ctx = requestContextOf(gql);
    const row = await gql.loaders.get(this.amendments.planById).load(item.planId);
    const unit = row ? await gql.loaders.get(this.org.unitById).load(row.issuerUnitId) : null;
    const visible = await this.amendments.visible(ctx, row, unit?.path ?? null);
    return visible ? toCampaignPlan(visible) : null;
  }
}
