import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  CAMPAIGN_REGISTRANT_KINDS,
  CAMPAIGN_REGISTRATION_LIMITS as L,
  CAMPAIGN_REGISTRATION_STATUSES,
  TEXT_LIMITS,
  type CampaignRegistrantKind,
  type CampaignRegistrationStatus,
} from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { OptionalText, Required, Version } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import {
  CampaignRegistrantKindEnum,
  CampaignRegistrationStatusEnum,
} from './campaign-registration.models';

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

@InputType('CampaignRegistrationTitleInput', {
  description: 'Một danh hiệu đăng ký phấn đấu: tên như viết, mã khi có danh mục.',
})
export class RegistrationTitleInput {
  @Field({ description: '"Tập thể lao động xuất sắc", "Chiến sĩ thi đua cơ sở".' })
  @Required('Tên danh hiệu', L.title)
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Mã danh hiệu', L.titleCode)
  code?: string | null;
}

@InputType({ isAbstract: true })
abstract class RegistrationFieldsInput {
  @Field(() => [RegistrationTitleInput], {
    description: `Danh hiệu đăng ký (tối đa ${L.titles}); cá nhân cần ít nhất một.`,
  })
  @IsArray(msg.required('Danh hiệu đăng ký'))
  @ArrayMaxSize(L.titles, { message: `Danh hiệu đăng ký: tối đa ${L.titles} danh hiệu.` })
  @ValidateNested({ each: true })
  @Type(() => RegistrationTitleInput)
  titles: RegistrationTitleInput[] = [];

  @Field(() => String, { nullable: true, description: 'Nội dung cam kết.' })
  @OptionalText('Nội dung cam kết', L.commitments)
  commitments?: string | null;
}

@InputType({
  description:
    'Đăng ký thi đua theo một kế hoạch đã ban hành: của đơn vị (tập thể) hoặc của một cán bộ của đơn vị (cá nhân).',
})
export class CreateCampaignRegistrationInput extends RegistrationFieldsInput {
  @Field(() => ID)
  @Id('Kế hoạch')
  planId!: string;

  @Field(() => ID, { description: 'Đơn vị đăng ký (cần quyền CAMPAIGN_MANAGE tại đơn vị).' })
  @Id('Đơn vị đăng ký')
  unitId!: string;

  @Field(() => CampaignRegistrantKindEnum)
  @IsIn(Object.keys(CAMPAIGN_REGISTRANT_KINDS), msg.oneOf('Đối tượng đăng ký'))
  kind!: CampaignRegistrantKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Cán bộ đăng ký (đối tượng cá nhân): đang công tác tại đơn vị hoặc cấp dưới.',
  })
  @Id('Cán bộ', true)
  personId?: string | null;
}

@InputType({ description: 'Sửa một đăng ký thi đua chưa gửi hoặc bị trả lại.' })
export class UpdateCampaignRegistrationInput extends RegistrationFieldsInput {
  @Field(() => ID)
  @Id('Đăng ký')
  id!: string;

  @Version()
  version!: number;
}

@InputType({
  description:
    'Một bản đăng ký thi đua (đăng ký tập thể của đơn vị) và phiên bản đã đọc: xóa, gửi lên cấp trên, duyệt.',
})
export class CampaignRegistrationRefInput {
  @Field(() => ID)
  @Id('Đăng ký')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Trả lại bản đăng ký thi đua của một đơn vị, kèm lý do.' })
export class ReturnCampaignRegistrationInput extends CampaignRegistrationRefInput {
  @Field({ description: 'Lý do trả lại.' })
  @Required('Lý do trả lại', L.reason)
  reason!: string;
}

@InputType({ description: 'Lọc danh sách đăng ký thi đua của một kế hoạch.' })
export class CampaignRegistrationFilter {
  @Field(() => ID, { nullable: true, description: 'Chỉ đăng ký của đơn vị này.' })
  @Id('Đơn vị', true)
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Đăng ký của đơn vị này và mọi cấp dưới.' })
  @Id('Đơn vị', true)
  underUnitId?: string | null;

  @Field(() => CampaignRegistrationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(CAMPAIGN_REGISTRATION_STATUSES), msg.oneOf('Trạng thái'))
  status?: CampaignRegistrationStatus | null;

  @Field(() => CampaignRegistrantKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(CAMPAIGN_REGISTRANT_KINDS), msg.oneOf('Đối tượng đăng ký'))
  kind?: CampaignRegistrantKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo tên đơn vị, họ tên cá nhân (không phân biệt dấu, theo đầu từ).',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;
}

@ArgsType()
export class CampaignRegistrationsArgs extends PageArgs {
  @Field(() => ID)
  @Id('Kế hoạch')
  planId!: string;

  @Field(() => CampaignRegistrationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignRegistrationFilter)
  filter?: CampaignRegistrationFilter | null;
}

@ArgsType()
export class CampaignRegistrationSummaryArgs {
  @Field(() => ID)
  @Id('Kế hoạch')
  planId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Đơn vị đang xem: đếm theo từng đơn vị con của nó; bỏ trống: theo đơn vị cấp cao nhất.',
  })
  @Id('Đơn vị', true)
  underUnitId?: string | null;
}
