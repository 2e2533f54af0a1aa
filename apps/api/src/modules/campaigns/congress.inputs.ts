import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CONGRESS_FORMS,
  CONGRESS_LEVELS,
  CONGRESS_LIMITS,
  CONGRESS_STATUSES,
  TEXT_LIMITS,
  type CongressForm,
  type CongressLevel,
  type CongressStatus,
  type IsoDate,
} from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import {
  IsoDateValue,
  OptionalBoolean,
  OptionalText,
  Required,
  Version,
} from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import {
  CongressBalanceRequirementPart,
  CongressFormEnum,
  CongressLevelEnum,
  CongressStatusEnum,
} from './congress.models';

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

/** A list of ids, at most `max`. */
function IdList(label: string, max: number): PropertyDecorator {
  return (target, key) => {
    IsArray(msg.required(label))(target, key);
    ArrayMaxSize(max, { message: `${label}: tối đa ${max} người mỗi lần.` })(target, key);
    IsUUID('all', { each: true, ...msg.id(label) })(target, key);
  };
}

@InputType({ description: 'Lọc danh sách đại hội, hội nghị của một kế hoạch.' })
export class CongressFilterInput {
  @Field(() => CongressLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(CONGRESS_LEVELS), msg.oneOf('Cấp tổ chức'))
  level?: CongressLevel | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Chỉ đại hội, hội nghị do đơn vị này hoặc đơn vị trực thuộc tổ chức.',
  })
  @Id('Đơn vị', true)
  underUnitId?: string | null;

  @Field(() => CongressStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(CONGRESS_STATUSES), msg.oneOf('Trạng thái'))
  status?: CongressStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo tên (không phân biệt dấu, mỗi từ là đầu một từ); xếp theo mức khớp.',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;
}

@ArgsType()
export class CongressesArgs extends PageArgs {
  @Field(() => ID, { description: 'Kế hoạch thi đua.' })
  @Id('Kế hoạch')
  planId!: string;

  @Field(() => CongressFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CongressFilterInput)
  filter?: CongressFilterInput | null;
}

@InputType({ isAbstract: true })
abstract class CongressFieldsInput {
  @Field(() => CongressLevelEnum)
  @IsIn(Object.keys(CONGRESS_LEVELS), msg.oneOf('Cấp tổ chức'))
  level!: CongressLevel;

  @Field({ description: 'Tên: "Hội nghị tuyên dương điển hình tiên tiến xã An Bình 2025".' })
  @Required('Tên đại hội, hội nghị', CONGRESS_LIMITS.name)
  name!: string;

  @Field(() => CongressFormEnum)
  @IsIn(Object.keys(CONGRESS_FORMS), msg.oneOf('Hình thức tổ chức'))
  form!: CongressForm;

  @Field(() => DateOnly, { description: 'Thời gian tổ chức dự kiến từ ngày (ví dụ đầu quý).' })
  @IsoDateValue('Thời gian tổ chức từ ngày')
  windowFrom!: IsoDate;

  @Field(() => DateOnly, { description: 'Thời gian tổ chức dự kiến đến ngày (tính cả ngày này).' })
  @IsoDateValue('Thời gian tổ chức đến ngày')
  windowTo!: IsoDate;

  @Field(() => String, { nullable: true, description: 'Thời lượng: "1/2 ngày".' })
  @OptionalText('Thời lượng', CONGRESS_LIMITS.duration)
  duration?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Địa điểm', CONGRESS_LIMITS.venue)
  venue?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Số lượng đại biểu; bỏ trống: do đơn vị tổ chức quyết định.',
  })
  @IsOptional()
  @IsInt(msg.int('Số lượng đại biểu'))
  @Min(1, { message: 'Số lượng đại biểu phải từ 1 trở lên.' })
  @Max(CONGRESS_LIMITS.delegateTarget, {
    message: `Số lượng đại biểu không quá ${CONGRESS_LIMITS.delegateTarget}.`,
  })
  delegateTarget?: number | null;

  @Field(() => [CongressBalanceRequirementPart], {
    nullable: true,
    description: 'Yêu cầu cơ cấu đại biểu (nữ, trẻ tuổi, dân tộc thiểu số, ngành, lĩnh vực…).',
  })
  @IsOptional()
  @IsArray(msg.required('Yêu cầu cơ cấu'))
  @ArrayMaxSize(CONGRESS_LIMITS.requirements, {
    message: `Yêu cầu cơ cấu: tối đa ${CONGRESS_LIMITS.requirements} yêu cầu.`,
  })
  @ValidateNested({ each: true })
  @Type(() => CongressBalanceRequirementPart)
  requirements?: CongressBalanceRequirementPart[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Nội dung chương trình, theo thứ tự; bỏ trống: chín nội dung của kế hoạch mẫu (hội nghị không có chào cờ).',
  })
  @IsOptional()
  @IsArray(msg.required('Nội dung chương trình'))
  @ArrayMaxSize(CONGRESS_LIMITS.agendaItems, {
    message: `Nội dung chương trình: tối đa ${CONGRESS_LIMITS.agendaItems} mục.`,
  })
  @IsString({ each: true, ...msg.required('Nội dung chương trình') })
  @Matches(/\S/, { each: true, ...msg.required('Nội dung chương trình') })
  @MaxLength(CONGRESS_LIMITS.agendaItem, {
    each: true,
    ...msg.maxLength('Nội dung chương trình', CONGRESS_LIMITS.agendaItem),
  })
  agenda?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Đại hội cấp trên (cấp cao hơn) mà đại hội, hội nghị này gửi đại biểu tham dự.',
  })
  @Id('Đại hội cấp trên', true)
  upperCongressId?: string | null;
}

@InputType({
  description: 'Tạo đại hội, hội nghị thi đua của một đơn vị theo kế hoạch đã ban hành.',
})
export class CreateCongressInput extends CongressFieldsInput {
  @Field(() => ID, { description: 'Kế hoạch thi đua đã ban hành.' })
  @Id('Kế hoạch')
  planId!: string;

  @Field(() => ID, { description: 'Đơn vị tổ chức (cần quyền CAMPAIGN_MANAGE tại đơn vị).' })
  @Id('Đơn vị tổ chức')
  unitId!: string;
}

@InputType({
  description:
    'Sửa đại hội, hội nghị chưa tổ chức (mọi trường gửi lên thay giá trị cũ; kế hoạch và đơn vị tổ chức không đổi).',
})
export class UpdateCongressInput extends CongressFieldsInput {
  @Field(() => ID)
  @Id('Đại hội, hội nghị')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Xóa đại hội, hội nghị chưa tổ chức.' })
export class DeleteCongressInput {
  @Field(() => ID)
  @Id('Đại hội, hội nghị')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Ghi nhận đại hội, hội nghị đã tổ chức.' })
export class HoldCongressInput {
  @Field(() => ID)
  @Id('Đại hội, hội nghị')
  id!: string;

  @Version()
  version!: number;

  @Field(() => DateOnly, { description: 'Ngày tổ chức (không sau hôm nay).' })
  @IsoDateValue('Ngày tổ chức')
  heldOn!: IsoDate;

  @Field(() => String, { nullable: true, description: 'Địa điểm (giữ nguyên nếu bỏ trống).' })
  @OptionalText('Địa điểm', CONGRESS_LIMITS.venue)
  venue?: string | null;
}

@InputType({ description: 'Một đại biểu thêm vào (hoặc sửa thông tin trong) danh sách.' })
export class CongressDelegateInput {
  @Field(() => ID, {
    description: 'Cán bộ đang công tác tại đơn vị tổ chức hoặc đơn vị trực thuộc.',
  })
  @Id('Đại biểu')
  personId!: string;

  @Field(() => String, { nullable: true, description: 'Ngành, lĩnh vực đại biểu đại diện.' })
  @OptionalText('Ngành, lĩnh vực', CONGRESS_LIMITS.sector)
  sector?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Người lao động trực tiếp.',
  })
  @OptionalBoolean('Người lao động trực tiếp')
  directWorker?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Tham dự Đại hội cấp trên (bỏ trống: giữ nguyên, người mới là không).',
  })
  @OptionalBoolean('Tham dự Đại hội cấp trên')
  toUpper?: boolean | null;
}

@InputType({
  description: `Thêm, sửa, bớt đại biểu của đại hội, hội nghị chưa tổ chức (tối đa ${CONGRESS_LIMITS.delegatesPerChange} người mỗi lần cho mỗi danh sách).`,
})
export class SetCongressDelegatesInput {
  @Field(() => ID)
  @Id('Đại hội, hội nghị')
  id!: string;

  @Version()
  version!: number;

  @Field(() => [CongressDelegateInput], {
    defaultValue: [],
    description: 'Đại biểu thêm vào cuối danh sách; người đã có thì sửa ngành, lĩnh vực, đánh dấu.',
  })
  @IsArray(msg.required('Đại biểu thêm'))
  @ArrayMaxSize(CONGRESS_LIMITS.delegatesPerChange, {
    message: `Đại biểu thêm: tối đa ${CONGRESS_LIMITS.delegatesPerChange} người mỗi lần.`,
  })
  @ValidateNested({ each: true })
  @Type(() => CongressDelegateInput)
  add: CongressDelegateInput[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Cán bộ bỏ khỏi danh sách đại biểu.' })
  @IdList('Đại biểu bớt', CONGRESS_LIMITS.delegatesPerChange)
  remove: string[] = [];
}

@InputType({
  description:
    'Đánh dấu (hoặc bỏ đánh dấu) đại biểu được bầu tham dự Đại hội cấp trên; được cả sau khi đã tổ chức.',
})
export class MarkCongressDelegatesToUpperInput {
  @Field(() => ID)
  @Id('Đại hội, hội nghị')
  id!: string;

  @Version()
  version!: number;

  @Field(() => [ID], { description: 'Cán bộ trong danh sách đại biểu.' })
  @IdList('Đại biểu', CONGRESS_LIMITS.delegatesPerChange)
  personIds!: string[];

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean({ message: 'Tham dự Đại hội cấp trên phải là có/không.' })
  toUpper = true;
}
