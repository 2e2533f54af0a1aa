import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  BALANCE_CRITERIA,
  CONGRESS_FORMS,
  CONGRESS_LEVELS,
  CONGRESS_LIMITS,
  CONGRESS_STATUSES,
  congressWindowLabel,
  YOUTH_AGE_BOUNDS,
  type BalanceCriterion,
  type CongressForm,
  type CongressLevel,
  type CongressStatus,
  type IsoDate,
} from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import { msg } from '../../core/validation/messages';
import type { CongressEntity } from './congress.entity';

export const CongressLevelEnum = defineEnum<CongressLevel>(
  'CongressLevel',
  CONGRESS_LEVELS,
  'Cấp tổ chức đại hội, hội nghị thi đua.',
);

export const CongressFormEnum = defineEnum<CongressForm>(
  'CongressForm',
  CONGRESS_FORMS,
  'Hình thức tổ chức: hội nghị tuyên dương, biểu dương, hoặc Đại hội thi đua yêu nước.',
);

export const CongressStatusEnum = defineEnum<CongressStatus>(
  'CongressStatus',
  CONGRESS_STATUSES,
  'Trạng thái của đại hội, hội nghị thi đua.',
);

export const BalanceCriterionEnum = defineEnum<BalanceCriterion>(
  'BalanceCriterion',
  BALANCE_CRITERIA,
  'Tiêu chí cơ cấu đại biểu.',
);

/**
 * One requirement of the delegate balance: both the output type and, as `…Input`, the input type.
 * Bounds here; what concerns several fields (a figure given, maxAge only for youth, sectors only for
 * SECTOR, a criterion once) is `balanceRequirementProblems` in the service.
 */
@ObjectType('CongressBalanceRequirement', {
  description: 'Một yêu cầu về cơ cấu đại biểu: tỷ lệ tối thiểu và/hoặc số người tối thiểu.',
})
@InputType('CongressBalanceRequirementInput')
export class CongressBalanceRequirementPart {
  @Field(() => BalanceCriterionEnum)
  @IsIn(Object.keys(BALANCE_CRITERIA), msg.oneOf('Tiêu chí cơ cấu'))
  criterion!: BalanceCriterion;

  @Field(() => Float, {
    nullable: true,
    description: 'Tỷ lệ tối thiểu trên tổng số đại biểu (%, tối đa một chữ số thập phân).',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Tỷ lệ tối thiểu phải là số.' })
  @Min(0, { message: 'Tỷ lệ tối thiểu không được âm.' })
  @Max(100, { message: 'Tỷ lệ tối thiểu không quá 100%.' })
  minShare?: number | null;

  @Field(() => Int, { nullable: true, description: 'Số người tối thiểu.' })
  @IsOptional()
  @IsInt(msg.int('Số người tối thiểu'))
  @Min(1, { message: 'Số người tối thiểu phải từ 1 trở lên.' })
  @Max(CONGRESS_LIMITS.delegates, {
    message: `Số người tối thiểu không quá ${CONGRESS_LIMITS.delegates}.`,
  })
  minCount?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Đại biểu trẻ tuổi: tuổi tối đa tại ngày đại hội (mặc định 35).',
  })
  @IsOptional()
  @IsInt(msg.int('Độ tuổi tối đa'))
  @Min(YOUTH_AGE_BOUNDS.min, {
    message: `Độ tuổi tối đa của đại biểu trẻ phải từ ${YOUTH_AGE_BOUNDS.min} đến ${YOUTH_AGE_BOUNDS.max}.`,
  })
  @Max(YOUTH_AGE_BOUNDS.max, {
    message: `Độ tuổi tối đa của đại biểu trẻ phải từ ${YOUTH_AGE_BOUNDS.min} đến ${YOUTH_AGE_BOUNDS.max}.`,
  })
  maxAge?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Theo ngành, lĩnh vực: mỗi ngành, lĩnh vực được nêu phải đạt mức tối thiểu.',
  })
  @IsOptional()
  @IsArray(msg.required('Ngành, lĩnh vực'))
  @ArrayMaxSize(CONGRESS_LIMITS.sectors, {
    message: `Ngành, lĩnh vực: tối đa ${CONGRESS_LIMITS.sectors} mục.`,
  })
  @IsString({ each: true, ...msg.required('Ngành, lĩnh vực') })
  @MaxLength(CONGRESS_LIMITS.sector, {
    each: true,
    ...msg.maxLength('Ngành, lĩnh vực', CONGRESS_LIMITS.sector),
  })
  sectors?: string[] | null;
}

@ObjectType({ description: 'Kết quả một yêu cầu cơ cấu đại biểu (mỗi ngành, lĩnh vực một dòng).' })
export class CongressBalanceLine {
  @Field(() => BalanceCriterionEnum)
  criterion!: BalanceCriterion;

  @Field(() => String, { nullable: true, description: 'Ngành, lĩnh vực (tiêu chí SECTOR).' })
  sector!: string | null;

  @Field({ description: 'Tên dòng: "Đại biểu nữ", "Đại biểu trẻ tuổi (không quá 35 tuổi)".' })
  label!: string;

  @Field(() => Float, { nullable: true })
  minShare!: number | null;

  @Field(() => Int, { nullable: true })
  minCount!: number | null;

  @Field(() => Int, { description: 'Số đại biểu cần có: max(số tối thiểu, ⌈tỷ lệ × tổng số⌉).' })
  requiredCount!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Số đại biểu thỏa tiêu chí.' })
  actual!: number;

  @Field(() => Float, { nullable: true, description: 'Tỷ lệ thực tế (%, một chữ số thập phân).' })
  share!: number | null;

  @Field(() => Int, { description: 'Số đại biểu chưa rõ thông tin (ngày sinh, dân tộc…).' })
  unknown!: number;

  @Field()
  met!: boolean;

  @Field(() => Int, { description: 'Số người còn thiếu (giữ nguyên tổng số đại biểu).' })
  missing!: number;

  @Field({
    description:
      'Câu giải thích: "Đại biểu nữ: 12/40 (30,0%), yêu cầu tối thiểu 35% — còn thiếu 2 người."',
  })
  explanation!: string;
}

@ObjectType({ description: 'Cơ cấu đại biểu so với yêu cầu, tính từ thông tin cán bộ.' })
export class CongressBalance {
  @Field(() => Int)
  total!: number;

  @Field(() => DateOnly, {
    description: 'Ngày tính tuổi: ngày tổ chức, hoặc ngày cuối của thời gian dự kiến.',
  })
  onDate!: IsoDate;

  @Field(() => [CongressBalanceLine])
  lines!: CongressBalanceLine[];

  @Field({ description: 'Đạt mọi yêu cầu.' })
  met!: boolean;

  @Field()
  summary!: string;
}

/**
 * Another congress as a link from the one read (its "Đại hội cấp trên", where a delegate comes from):
 * its name, level, dates and host unit (a `Unit`, restricted outside the reader's scope), and
 * whether the reader may open it (CAMPAIGN_READ at its host unit).
 */
@ObjectType({
  description:
    'Đại hội, hội nghị được liên kết (cấp trên, hoặc nơi đại biểu được bầu): thông tin tóm tắt; `canOpen` cho biết có xem chi tiết được không.',
})
export class CongressReference {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => CongressLevelEnum)
  level!: CongressLevel;

  @Field(() => CongressFormEnum)
  form!: CongressForm;

  @Field(() => CongressStatusEnum)
  status!: CongressStatus;

  @Field(() => DateOnly)
  windowFrom!: IsoDate;

  @Field(() => DateOnly)
  windowTo!: IsoDate;

  @Field({ description: 'Thời gian tổ chức như kế hoạch ghi: "Quý III năm 2025".' })
  windowLabel!: string;

  @Field(() => DateOnly, { nullable: true })
  heldOn!: IsoDate | null;

  /** Internal: resolves `hostUnit`, decides `canOpen`. */
  unitId!: string;
  unitPath!: string;
}

@ObjectType({
  description:
    'Đại hội thi đua yêu nước hoặc hội nghị tuyên dương, biểu dương của một đơn vị theo kế hoạch đã ban hành.',
})
export class Congress {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    description: 'Kế hoạch thi đua (đã ban hành) mà đại hội, hội nghị thực hiện.',
  })
  planId!: string;

  @Field(() => CongressLevelEnum)
  level!: CongressLevel;

  @Field()
  name!: string;

  @Field(() => CongressFormEnum)
  form!: CongressForm;

  @Field(() => DateOnly, { description: 'Thời gian tổ chức dự kiến từ ngày.' })
  windowFrom!: IsoDate;

  @Field(() => DateOnly, { description: 'Thời gian tổ chức dự kiến đến ngày (tính cả ngày này).' })
  windowTo!: IsoDate;

  @Field({ description: 'Thời gian tổ chức như kế hoạch ghi: "Quý II năm 2025".' })
  windowLabel!: string;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày tổ chức (khi đã tổ chức).' })
  heldOn!: IsoDate | null;

  @Field(() => String, { nullable: true, description: 'Thời lượng: "1/2 ngày".' })
  duration!: string | null;

  @Field(() => String, { nullable: true, description: 'Địa điểm.' })
  venue!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Số lượng đại biểu dự kiến; null: do đơn vị tổ chức quyết định.',
  })
  delegateTarget!: number | null;

  @Field(() => [CongressBalanceRequirementPart], { description: 'Yêu cầu cơ cấu đại biểu.' })
  requirements!: CongressBalanceRequirementPart[];

  @Field(() => [String], { description: 'Nội dung chương trình, theo thứ tự.' })
  agenda!: string[];

  @Field(() => CongressStatusEnum)
  status!: CongressStatus;

  @Field(() => ID, { nullable: true, description: 'Đại hội cấp trên (nơi gửi đại biểu).' })
  upperCongressId!: string | null;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  /** Internal: resolves `hostUnit`, scopes delegates' personal data. */
  unitId!: string;
  unitPath!: string;
}

@ObjectType()
export class CongressConnection extends Connection(Congress, 'Congress') {}

@ObjectType({ description: 'Một đại biểu của đại hội, hội nghị.' })
export class CongressDelegate {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field({ description: 'Họ và tên.' })
  fullName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Chức vụ tại vị trí công tác dùng cho đại hội (trong đơn vị tổ chức nếu có).',
  })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Ngành, lĩnh vực đại biểu đại diện.' })
  sector!: string | null;

  @Field({ description: 'Người lao động trực tiếp (đánh dấu trên đại biểu).' })
  directWorker!: boolean;

  @Field({ description: 'Được bầu tham dự Đại hội cấp trên.' })
  toUpper!: boolean;

  @Field(() => Int, { description: 'Thứ tự trong danh sách.' })
  position!: number;

  /** Internal: the delegate's congress, its host, the unit of the position read, the person's attributes. */
  congressId!: string;
  hostUnitPath!: string;
  unitId!: string | null;
}

@ObjectType()
export class CongressDelegateConnection extends Connection(CongressDelegate, 'CongressDelegate') {}

export function toCongress(e: CongressEntity): Congress {
  return {
    id: e.id,
    planId: e.planId,
    level: e.level,
    name: e.name,
    form: e.form,
    windowFrom: e.windowFrom,
    windowTo: e.windowTo,
    windowLabel: congressWindowLabel(e.windowFrom, e.windowTo),
    heldOn: e.heldOn,
    duration: e.duration,
    venue: e.venue,
    delegateTarget: e.delegateTarget,
    requirements: e.requirements.map((r) => ({
      criterion: r.criterion,
      minShare: r.minShare ?? null,
      minCount: r.minCount ?? null,
      maxAge: r.maxAge ?? null,
      sectors: r.sectors ? [...r.sectors] : null,
    })),
    agenda: e.agenda,
    status: e.status,
    upperCongressId: e.upperCongressId,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    unitId: e.unitId,
    unitPath: e.unitPath,
  };
}

export function toCongressReference(e: CongressEntity): CongressReference {
  return {
    id: e.id,
    name: e.name,
    level: e.level,
    form: e.form,
    status: e.status,
    windowFrom: e.windowFrom,
    windowTo: e.windowTo,
    windowLabel: congressWindowLabel(e.windowFrom, e.windowTo),
    heldOn: e.heldOn,
    unitId: e.unitId,
    unitPath: e.unitPath,
  };
}
