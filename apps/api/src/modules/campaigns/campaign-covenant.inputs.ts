import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { CAMPAIGN_REGISTRATION_LIMITS as L, type IsoDate } from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { IsoDateValue, Required, Version } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';

function Id(label: string): PropertyDecorator {
  return (target, key) => {
    IsUUID('all', msg.id(label))(target, key);
  };
}

@InputType({ isAbstract: true })
abstract class CovenantFieldsInput {
  @Field(() => DateOnly, { description: 'Ngày ký (hội nghị phát động).' })
  @IsoDateValue('Ngày ký')
  signedOn!: IsoDate;

  @Field({ description: 'Địa điểm ký.' })
  @Required('Địa điểm ký', L.covenantPlace)
  place!: string;

  @Field({ description: 'Nội dung giao ước, cam kết của các đơn vị.' })
  @Required('Nội dung giao ước', L.covenantContent)
  content!: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Đơn vị ký; bỏ trống: mọi đơn vị là thành viên cụm, khối vào ngày ký. Mỗi đơn vị phải là thành viên vào ngày đó.',
  })
  @IsOptional()
  @IsArray(msg.required('Đơn vị ký'))
  @ArrayMaxSize(L.covenantMembers, {
    message: `Đơn vị ký: tối đa ${L.covenantMembers} đơn vị.`,
  })
  @IsUUID('all', { each: true, ...msg.id('Đơn vị ký') })
  memberUnitIds?: string[] | null;
}

@InputType({ description: 'Ghi nhận giao ước thi đua của một cụm, khối theo một kế hoạch.' })
export class CreateCampaignCovenantInput extends CovenantFieldsInput {
  @Field(() => ID)
  @Id('Kế hoạch')
  planId!: string;

  @Field(() => ID)
  @Id('Cụm, khối thi đua')
  clusterId!: string;
}

@InputType({ description: 'Sửa giao ước thi đua (mọi trường gửi lên thay cho giá trị cũ).' })
export class UpdateCampaignCovenantInput extends CovenantFieldsInput {
  @Field(() => ID)
  @Id('Giao ước')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Xóa một giao ước thi đua ghi nhầm.' })
export class DeleteCampaignCovenantInput {
  @Field(() => ID)
  @Id('Giao ước')
  id!: string;

  @Version()
  version!: number;
}

@ArgsType()
export class CampaignCovenantsArgs extends PageArgs {
  @Field(() => ID)
  @Id('Kế hoạch')
  planId!: string;
}
