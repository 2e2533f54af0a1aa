import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_PLAN_STATUSES,
  CAMPAIGN_SCOPES,
  type CampaignKind,
  type CampaignPlanStatus,
  type CampaignScope,
  type IsoDate,
} from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import { CampaignAddressing } from './campaign-cascade.inputs';
import { CampaignPlanContent, SignaturePart } from './campaign-plan-content';
import type { CampaignPlanEntity } from './campaign-plan.entity';

export const CampaignKindEnum = defineEnum<CampaignKind>(
  'CampaignKind',
  CAMPAIGN_KINDS,
  'Hình thức tổ chức phong trào thi đua.',
);

export const CampaignScopeEnum = defineEnum<CampaignScope>(
  'CampaignScope',
  CAMPAIGN_SCOPES,
  'Phạm vi phát động phong trào.',
);

export const CampaignPlanStatusEnum = defineEnum<CampaignPlanStatus>(
  'CampaignPlanStatus',
  CAMPAIGN_PLAN_STATUSES,
  'Trạng thái của kế hoạch thi đua (dự thảo, trình ký, đã ban hành; triển khai và tổng kết về sau).',
);

@ObjectType({
  description:
    'Kế hoạch thi đua: dự thảo chỉ người xem trong phạm vi đơn vị ban hành thấy; kế hoạch đã ban hành còn đến người xem của các đơn vị được giao.',
})
export class CampaignPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => CampaignKindEnum)
  kind!: CampaignKind;

  @Field(() => CampaignScopeEnum)
  scope!: CampaignScope;

  @Field({ description: 'Trích yếu.' })
  title!: string;

  @Field(() => DateOnly, { description: 'Thời gian thi đua từ ngày.' })
  periodFrom!: IsoDate;

  @Field(() => DateOnly, { description: 'Thời gian thi đua đến ngày (tính cả ngày này).' })
  periodTo!: IsoDate;

  @Field(() => CampaignPlanStatusEnum)
  status!: CampaignPlanStatus;

  @Field(() => CampaignPlanContent)
  content!: CampaignPlanContent;

  @Field(() => String, {
    nullable: true,
    description: 'Lý do trả lại lần trình ký gần nhất (xóa khi trình ký lại).',
  })
  returnReason!: string | null;

  @Field(() => Int, { nullable: true, description: 'Số văn bản, cấp khi ban hành.' })
  number!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Số, ký hiệu như in sau "Số:" ("01/KH-UBND"), cấp khi ban hành.',
  })
  symbol!: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày ban hành.' })
  issuedOn!: IsoDate | null;

  @Field(() => String, { nullable: true, description: 'Địa danh ghi khi ban hành.' })
  issuePlace!: string | null;

  @Field(() => SignaturePart, { nullable: true, description: 'Người ký ban hành.' })
  signer!: SignaturePart | null;

  @Field(() => CampaignAddressing, {
    nullable: true,
    description: 'Phạm vi giao kế hoạch (đơn vị thực hiện xác định khi ban hành).',
  })
  addressing!: CampaignAddressing | null;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Hạn các đơn vị được giao ban hành kế hoạch thực hiện.',
  })
  answerDeadline!: IsoDate | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Kế hoạch cấp trên mà kế hoạch này thực hiện.',
  })
  respondsToPlanId!: string | null;

  @Field({
    description:
      'Đường dẫn tải văn bản .docx (thể thức NĐ 30/2020): bản dự thảo hoặc bản đã ban hành có số, ký hiệu.',
  })
  documentUrl!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  /** Internal: resolves `issuerUnit`. */
  issuerUnitId!: string;
}

@ObjectType()
export class CampaignPlanConnection extends Connection(CampaignPlan, 'CampaignPlan') {}

export function toCampaignPlan(e: CampaignPlanEntity): CampaignPlan {
  return {
    id: e.id,
    kind: e.kind,
    scope: e.scope,
    title: e.title,
    periodFrom: e.periodFrom,
    periodTo: e.periodTo,
    status: e.status,
    content: e.content,
    returnReason: e.returnReason,
    number: e.number,
    symbol: e.symbol,
    issuedOn: e.issuedOn,
    issuePlace: e.issuePlace,
    signer: e.signer,
    addressing: e.addressing
      ? {
          unitIds: e.addressing.unitIds ?? [],
          subtreeUnitIds: e.addressing.subtreeUnitIds ?? [],
          unitKindCodes: e.addressing.unitKindCodes ?? [],
          unitKindsWithinUnitIds: e.addressing.unitKindsWithinUnitIds ?? [],
          clusterIds: e.addressing.clusterIds ?? [],
        }
      : null,
    answerDeadline: e.answerDeadline,
    respondsToPlanId: e.respondsToPlanId,
    documentUrl: `/api/campaign-plans/${e.id}/document.docx`,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    issuerUnitId: e.issuerUnitId,
  };
}
