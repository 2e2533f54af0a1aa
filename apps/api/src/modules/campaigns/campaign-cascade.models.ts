import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CAMPAIGN_ADDRESSEE_STATUSES,
  CAMPAIGN_ADDRESSING_RULES,
  type CampaignAddresseeStatus,
  type CampaignAddressingRule,
  type IsoDate,
} from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import type { CampaignAddresseeEntity } from './campaign-addressee.entity';
import type { CampaignCascadeCounts } from './campaign-cascade.service';

export const CampaignAddresseeStatusEnum = defineEnum<CampaignAddresseeStatus>(
  'CampaignAddresseeStatus',
  CAMPAIGN_ADDRESSEE_STATUSES,
  'Tình trạng thực hiện của một đơn vị được giao kế hoạch (tính theo ngày hôm nay, giờ Việt Nam): đã ban hành kế hoạch đúng hạn, muộn, chưa ban hành, quá hạn.',
);

export const CampaignAddressingRuleEnum = defineEnum<CampaignAddressingRule>(
  'CampaignAddressingRule',
  CAMPAIGN_ADDRESSING_RULES,
  'Phần nào của phạm vi giao kế hoạch đã đưa đơn vị vào danh sách thực hiện.',
);

@ObjectType({
  description:
    'Kế hoạch thực hiện mà đơn vị đã ban hành (chỉ số, ký hiệu, trích yếu, ngày: ai xem được dòng thực hiện thì xem được các thông tin này).',
})
export class CampaignAddresseeAnswer {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu.' })
  symbol!: string | null;

  @Field({ description: 'Trích yếu.' })
  title!: string;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày ban hành.' })
  issuedOn!: IsoDate | null;
}

@ObjectType({
  description:
    'Một đơn vị được giao thực hiện kế hoạch thi đua đã ban hành: hạn, tình trạng, kế hoạch thực hiện của đơn vị, số lần nhắc.',
})
export class CampaignAddressee {
  @Field(() => ID)
  id!: string;

  @Field(() => CampaignAddressingRuleEnum)
  rule!: CampaignAddressingRule;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Hạn ban hành kế hoạch thực hiện (không có: không tính quá hạn).',
  })
  deadline!: IsoDate | null;

  @Field(() => CampaignAddresseeStatusEnum)
  status!: CampaignAddresseeStatus;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Ngày ban hành kế hoạch thực hiện của đơn vị.',
  })
  answeredOn!: IsoDate | null;

  @Field(() => Int, { description: 'Số lần đơn vị ban hành đã nhắc.' })
  reminderCount!: number;

  @Field(() => Date, { nullable: true, description: 'Lần nhắc gần nhất.' })
  lastRemindedAt!: Date | null;

  @Field({ description: 'Thời điểm giao (ban hành kế hoạch).' })
  createdAt!: Date;

  /** Internal: resolve `plan`, `unit`, `answerPlan`, `inheritedFromUnit`. */
  planId!: string;
  unitId!: string;
  answerPlanId!: string | null;
  inheritedFromUnitId!: string | null;
}

@ObjectType()
export class CampaignAddresseeConnection extends Connection(
  CampaignAddressee,
  'CampaignAddressee',
) {}

export function toCampaignAddressee(
  e: CampaignAddresseeEntity,
  status: CampaignAddresseeStatus,
): CampaignAddressee {
  return {
    id: e.id,
    rule: e.rule,
    deadline: e.deadline,
    status,
    answeredOn: e.answeredOn,
    reminderCount: e.reminderCount,
    lastRemindedAt: e.lastRemindedAt,
    createdAt: e.createdAt,
    planId: e.planId,
    unitId: e.unitId,
    answerPlanId: e.answerPlanId,
    inheritedFromUnitId: e.inheritedFromUnitId,
  };
}

@ObjectType('CampaignCascadeCounts', {
  description:
    'Số đơn vị theo tình trạng; bốn nhóm không giao nhau: answered (đúng hạn) + answeredLate + pending + overdue = total.',
})
export class CampaignCascadeCountsModel implements CampaignCascadeCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, {
    description: 'Đã ban hành kế hoạch thực hiện, đúng hạn (hoặc không có hạn).',
  })
  answered!: number;

  @Field(() => Int, { description: 'Đã ban hành kế hoạch thực hiện, sau hạn.' })
  answeredLate!: number;

  @Field(() => Int, { description: 'Chưa ban hành, chưa đến hạn.' })
  pending!: number;

  @Field(() => Int, { description: 'Chưa ban hành, đã quá hạn.' })
  overdue!: number;
}

@ObjectType('CampaignCascadeGroup', {
  description: 'Số đơn vị thực hiện trong cây của một đơn vị (cộng dồn mọi cấp trực thuộc).',
})
export class CampaignCascadeGroupModel {
  @Field({ description: 'Bản thân đơn vị này cũng được giao kế hoạch.' })
  addressed!: boolean;

  @Field(() => CampaignCascadeCountsModel)
  counts!: CampaignCascadeCountsModel;

  /** Internal: resolves `unit`. */
  unitId!: string;
}

@ObjectType('CampaignCascadeSummary', {
  description:
    'Tổng hợp tình hình thực hiện kế hoạch: cả kế hoạch và theo từng đơn vị trực thuộc (cộng dồn theo cây).',
})
export class CampaignCascadeSummaryModel {
  @Field(() => ID)
  planId!: string;

  @Field(() => CampaignCascadeCountsModel, {
    description: 'Cả kế hoạch (các dòng người dùng được xem).',
  })
  counts!: CampaignCascadeCountsModel;

  @Field(() => [CampaignCascadeGroupModel])
  groups!: CampaignCascadeGroupModel[];

  /** Internal: resolves `underUnit`. */
  underUnitId!: string | null;
}

@ObjectType({ description: 'Kết quả nhắc các đơn vị thực hiện kế hoạch.' })
export class RemindCampaignAddresseesResult {
  @Field(() => Int, { description: 'Số đơn vị đã nhắc.' })
  reminded!: number;

  @Field({ description: 'Thời điểm nhắc.' })
  remindedAt!: Date;
}
