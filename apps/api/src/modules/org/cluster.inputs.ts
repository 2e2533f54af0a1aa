import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { TEXT_LIMITS, UNIT_CODE, type IsoDate } from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { IsoDateValue, OptionalText, Required, Version } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import type { ClusterKind } from './cluster.entity';
import { ClusterKindEnum } from './cluster.models';

const KINDS = Object.keys(ClusterKindEnum);
export const MIN_LEADERSHIP_YEAR = 2000;
export const MAX_LEADERSHIP_YEAR = 2100;

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

@InputType()
export class CreateClusterInput {
  @Field({ description: 'Mã cụm, khối (duy nhất), ví dụ "CUM-1", "KHOI-DN".' })
  @Required('Mã cụm, khối', UNIT_CODE.maxLength)
  @Matches(UNIT_CODE.pattern, msg.pattern('Mã cụm, khối', UNIT_CODE.hint))
  code!: string;

  @Field()
  @Required('Tên cụm, khối', TEXT_LIMITS.clusterName)
  name!: string;

  @Field(() => ClusterKindEnum)
  @IsIn(KINDS, msg.oneOf('Loại cụm, khối'))
  kind!: ClusterKind;

  @Field(() => ID, { description: 'Cấp tổ chức cụm, khối (UBND tỉnh, bộ, ngành…).' })
  @Id('Đơn vị tổ chức')
  organizerUnitId!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Mô tả', TEXT_LIMITS.note)
  description?: string | null;
}

@InputType({ description: 'Sửa tên, mô tả; mã, loại và đơn vị tổ chức không đổi.' })
export class UpdateClusterInput {
  @Field(() => ID)
  @Id('Cụm, khối thi đua')
  id!: string;

  @Version()
  version!: number;

  @Field()
  @Required('Tên cụm, khối', TEXT_LIMITS.clusterName)
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Mô tả', TEXT_LIMITS.note)
  description?: string | null;
}

@InputType()
export class AddClusterMemberInput {
  @Field(() => ID)
  @Id('Cụm, khối thi đua')
  clusterId!: string;

  @Field(() => ID)
  @Id('Đơn vị')
  unitId!: string;

  @Field(() => DateOnly, { description: 'Ngày gia nhập.' })
  @IsoDateValue('Ngày gia nhập')
  joinedOn!: IsoDate;
}

@InputType()
export class EndClusterMembershipInput {
  @Field(() => ID)
  @Id('Thành viên cụm, khối')
  membershipId!: string;

  @Field(() => DateOnly, {
    description: 'Ngày rời cụm, khối (từ ngày này không còn là thành viên).',
  })
  @IsoDateValue('Ngày rời cụm, khối')
  leftOn!: IsoDate;
}

@InputType({ description: 'Cụm trưởng, cụm phó của một năm; đặt lại cho năm đã có thì thay thế.' })
export class SetClusterLeadershipInput {
  @Field(() => ID)
  @Id('Cụm, khối thi đua')
  clusterId!: string;

  @Field(() => Int)
  @IsInt(msg.int('Năm'))
  @Min(MIN_LEADERSHIP_YEAR, {
    message: `Năm phải từ ${MIN_LEADERSHIP_YEAR} đến ${MAX_LEADERSHIP_YEAR}.`,
  })
  @Max(MAX_LEADERSHIP_YEAR, {
    message: `Năm phải từ ${MIN_LEADERSHIP_YEAR} đến ${MAX_LEADERSHIP_YEAR}.`,
  })
  year!: number;

  @Field(() => ID, { description: 'Cụm trưởng (khối trưởng).' })
  @Id('Cụm trưởng')
  leadUnitId!: string;

  @Field(() => ID, { nullable: true, description: 'Cụm phó (khối phó).' })
  @Id('Cụm phó', true)
  deputyUnitId?: string | null;
}

@ArgsType()
export class ClustersArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo tên hoặc mã, không phân biệt dấu; kết quả xếp theo mức khớp.',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;

  @Field(() => ClusterKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(KINDS, msg.oneOf('Loại cụm, khối'))
  kind?: ClusterKind | null;
}
