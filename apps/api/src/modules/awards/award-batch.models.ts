import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  DOSSIER_STATUSES,
  type DossierSide,
  type DossierStatus,
  type EligibilityVerdict,
} from '@thidua/shared-domain';
import { defineEnum } from '../../core/graphql/enums';
import { Job, toJob } from '../../core/jobs/job.model';
import { EligibilityVerdictEnum } from '../legal/rules.models';
import type { EligibilityCheckReport } from './award-batch.service';
import type { AwardCountValues, AwardRoundCountValues } from './award-counters.service';
import { DossierStatusEnum } from './award.models';

export const EligibilityCheckSideEnum = defineEnum<DossierSide>(
  'EligibilityCheckSide',
  {
    SUBMITTER: 'Đơn vị đề nghị kiểm tra danh sách của mình',
    RECEIVER: 'Đơn vị tiếp nhận kiểm tra các hồ sơ đã nhận',
  },
  'Ai kiểm tra lại điều kiện, tiêu chuẩn cả danh sách.',
);

@ObjectType({ description: 'Số hồ sơ ở một trạng thái.' })
export class DossierStatusCount {
  @Field(() => DossierStatusEnum)
  status!: DossierStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'Số liệu khen thưởng, chỉ tính trên hồ sơ người dùng được xem (của đơn vị mình và hồ sơ gửi đến đơn vị mình).',
})
export class AwardCounts {
  @Field(() => Int, {
    description:
      'Đề xuất: tập thể, cá nhân trong hồ sơ đã gửi (kể cả bị trả lại), trừ hồ sơ đã rút.',
  })
  proposed!: number;

  @Field(() => Int, { description: 'Trong số đề xuất: đủ điều kiện theo kết quả kiểm tra đã lưu.' })
  eligible!: number;

  @Field(() => Int, { description: 'Trong số đề xuất: chưa đủ điều kiện.' })
  notEligible!: number;

  @Field(() => Int, { description: 'Trong số đề xuất: cán bộ cần xác nhận tiêu chuẩn còn lại.' })
  toConfirm!: number;

  @Field(() => Int, { description: 'Trong số đề xuất: chưa có kết quả kiểm tra.' })
  unchecked!: number;

  @Field(() => Int, { description: 'Trong số đề xuất: đạt khi thẩm định.' })
  appraisedPass!: number;

  @Field(() => Int, { description: 'Trong số đề xuất: không đạt khi thẩm định.' })
  appraisedFail!: number;

  @Field(() => Int, {
    description: 'Trong số đề xuất: đã được đề nghị lên cấp trên (chuyển cấp trên).',
  })
  escalated!: number;

  @Field(() => Int, { description: 'Số hồ sơ (mọi trạng thái).' })
  dossiers!: number;

  @Field(() => [DossierStatusCount], { description: 'Số hồ sơ theo từng trạng thái.' })
  byStatus!: DossierStatusCount[];

  @Field(() => Int, { description: 'Hồ sơ gửi lần gần nhất sau hạn nộp.' })
  late!: number;

  @Field(() => Int, { description: 'Hồ sơ quá thời hạn tiếp nhận hoặc thẩm định.' })
  overdue!: number;
}

export function toAwardCounts(c: AwardCountValues): AwardCounts {
  return {
    ...c,
    byStatus: (Object.keys(DOSSIER_STATUSES) as DossierStatus[]).map((status) => ({
      status,
      count: c.byStatus[status],
    })),
  };
}

@ObjectType({ description: 'Số liệu khen thưởng của một đợt xét.' })
export class AwardRoundCounters {
  @Field(() => ID)
  roundId!: string;

  @Field(() => AwardCounts)
  counts!: AwardCounts;
}

export function toAwardRoundCounters(r: AwardRoundCountValues): AwardRoundCounters {
  return { roundId: r.roundId, counts: toAwardCounts(r.counts) };
}

@ObjectType({ description: 'Số liệu khen thưởng theo từng đợt xét và tổng cộng.' })
export class AwardCounters {
  @Field(() => [AwardRoundCounters], { description: 'Từng đợt, mới nhất trước.' })
  rounds!: AwardRoundCounters[];

  @Field(() => AwardCounts)
  total!: AwardCounts;
}

@ObjectType({
  description:
    'Một đề nghị trong báo cáo kiểm tra: kết quả khác "đủ điều kiện", hoặc khác kết quả đã lưu.',
})
export class EligibilityCheckFindingModel {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => ID)
  dossierId!: string;

  @Field({ description: 'Đơn vị đề nghị.' })
  unitName!: string;

  @Field()
  name!: string;

  @Field()
  awardName!: string;

  @Field(() => EligibilityVerdictEnum, {
    nullable: true,
    description: 'Kết quả đã lưu trước lần kiểm tra này (null: chưa kiểm tra).',
  })
  storedVerdict!: EligibilityVerdict | null;

  @Field(() => EligibilityVerdictEnum, { description: 'Kết quả của lần kiểm tra này.' })
  verdict!: EligibilityVerdict;

  @Field(() => [String], {
    description: 'Các điều kiện chưa đạt, hoặc lý do cán bộ cần đối chiếu.',
  })
  reasons!: string[];
}

@ObjectType({
  description:
    'Kết quả kiểm tra điều kiện, tiêu chuẩn cả danh sách (tác vụ chạy nền). Hồ sơ đang lập hoặc bị trả lại, do đơn vị đề nghị kiểm tra: kết quả được ghi vào danh sách. Các trường hợp khác chỉ báo cáo: kết quả đã lưu khi gửi được giữ nguyên.',
})
export class AwardEligibilityCheck {
  @Field(() => Job)
  job!: Job;

  @Field(() => ID)
  roundId!: string;

  @Field(() => ID, { nullable: true, description: 'Hồ sơ được kiểm tra; null: cả đợt.' })
  dossierId!: string | null;

  @Field(() => EligibilityCheckSideEnum)
  side!: DossierSide;

  @Field({ description: 'Đã chạy xong và có báo cáo.' })
  finished!: boolean;

  @Field(() => Int)
  dossiers!: number;

  @Field(() => Int)
  checked!: number;

  @Field(() => Int)
  eligible!: number;

  @Field(() => Int)
  notEligible!: number;

  @Field(() => Int)
  toConfirm!: number;

  @Field(() => Int, { description: 'Số đề nghị có kết quả khác kết quả đã lưu trước đó.' })
  changed!: number;

  @Field(() => Int, { description: 'Số kết quả đã ghi vào danh sách (0: chỉ báo cáo).' })
  stored!: number;

  @Field(() => [EligibilityCheckFindingModel])
  findings!: EligibilityCheckFindingModel[];

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

export function toAwardEligibilityCheck({
  job,
  check,
}: EligibilityCheckReport): AwardEligibilityCheck {
  return {
    job: toJob(job),
    roundId: check.roundId,
    dossierId: check.dossierId,
    side: check.side,
    finished: check.finishedAt !== null,
    dossiers: check.dossiers,
    checked: check.checked,
    eligible: check.eligible,
    notEligible: check.notEligible,
    toConfirm: check.toConfirm,
    changed: check.changed,
    stored: check.stored,
    findings: check.findings,
    finishedAt: check.finishedAt,
  };
}
