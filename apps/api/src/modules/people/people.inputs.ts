import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateBy,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PERSON_CODE, TEXT_LIMITS, type IsoDate } from '@thidua/shared-domain';
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
import { SexEnum, StaffCategoryEnum } from './people.models';
import type { Sex, StaffCategory } from './person.entity';

const SEXES = Object.keys(SexEnum);
const STAFF_CATEGORIES = Object.keys(StaffCategoryEnum);

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

/** Optional person code: letters, digits and . _ / - (blank clears it). */
function PersonCode(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    MaxLength(PERSON_CODE.maxLength, msg.maxLength('Mã nhân sự', PERSON_CODE.maxLength))(
      target,
      key,
    );
    // blank clears the code; surrounding spaces are trimmed by the service
    ValidateBy({
      name: 'personCode',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'string' && (v.trim() === '' || PERSON_CODE.pattern.test(v.trim())),
        defaultMessage: () => msg.pattern('Mã nhân sự', PERSON_CODE.hint).message,
      },
    })(target, key);
  };
}

@InputType({ description: 'Một vị trí công tác: đơn vị, chức vụ, ngày bắt đầu, loại cán bộ.' })
export class PositionInput {
  @Field(() => ID)
  @Id('Đơn vị')
  unitId!: string;

  @Field({ description: 'Chức vụ.' })
  @Required('Chức vụ', TEXT_LIMITS.positionTitle)
  title!: string;

  @Field(() => DateOnly)
  @IsoDateValue('Ngày bắt đầu')
  startedOn!: IsoDate;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Lãnh đạo, quản lý (false: người trực tiếp làm việc).',
  })
  @OptionalBoolean('Lãnh đạo, quản lý')
  isLeader: boolean | null = false;

  @Field(() => StaffCategoryEnum)
  @IsIn(STAFF_CATEGORIES, msg.oneOf('Loại cán bộ'))
  staffCategory!: StaffCategory;
}

@InputType({ isAbstract: true })
abstract class PersonAttributesInput {
  @Field(() => String, { nullable: true, description: 'Mã nhân sự (duy nhất khi có).' })
  @PersonCode()
  code?: string | null;

  @Field()
  @Required('Họ và tên', TEXT_LIMITS.personName)
  fullName!: string;

  @Field(() => SexEnum)
  @IsIn(SEXES, msg.oneOf('Giới tính'))
  sex!: Sex;

  @Field(() => DateOnly, { nullable: true })
  @IsoDateValue('Ngày sinh', true)
  dateOfBirth?: IsoDate | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Dân tộc', TEXT_LIMITS.ethnicity)
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Tôn giáo', TEXT_LIMITS.religion)
  religion?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Quê quán', TEXT_LIMITS.hometown)
  hometown?: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'Chỉ khi là đảng viên.' })
  @IsoDateValue('Ngày vào Đảng', true)
  partyJoinedOn?: IsoDate | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

@InputType()
export class CreatePersonInput extends PersonAttributesInput {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @OptionalBoolean('Đảng viên')
  partyMember: boolean | null = false;

  @Field(() => PositionInput, {
    nullable: true,
    description: 'Vị trí công tác đầu tiên (thường có).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PositionInput)
  position?: PositionInput | null;
}

@InputType({
  description:
    'Sửa thông tin cá nhân; vị trí công tác thay đổi qua addPosition, endPosition, transferPerson.',
})
export class UpdatePersonInput extends PersonAttributesInput {
  @Field(() => ID)
  @Id('Người')
  id!: string;

  @Version()
  version!: number;

  @Field()
  @IsBoolean({ message: 'Đảng viên phải là có/không.' })
  partyMember!: boolean;
}

@InputType()
export class AddPositionInput {
  @Field(() => ID)
  @Id('Người')
  personId!: string;

  @Field(() => PositionInput)
  @ValidateNested()
  @Type(() => PositionInput)
  position!: PositionInput;
}

@InputType()
export class EndPositionInput {
  @Field(() => ID)
  @Id('Vị trí công tác')
  positionId!: string;

  @Field(() => DateOnly, { description: 'Ngày kết thúc (sau ngày bắt đầu).' })
  @IsoDateValue('Ngày kết thúc')
  endedOn!: IsoDate;
}

@InputType({
  description: 'Điều chuyển: kết thúc một vị trí và bắt đầu vị trí mới từ ngày position.startedOn.',
})
export class TransferPersonInput {
  @Field(() => ID)
  @Id('Người')
  personId!: string;

  @Field(() => ID)
  @Id('Vị trí công tác hiện tại')
  fromPositionId!: string;

  @Field(() => PositionInput)
  @ValidateNested()
  @Type(() => PositionInput)
  position!: PositionInput;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Tìm theo họ tên (không phân biệt dấu, mọi từ đều phải có) hoặc đúng mã nhân sự; kết quả xếp theo mức khớp.',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Người có vị trí công tác tại đơn vị này.' })
  @Id('Đơn vị', true)
  unitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Với unitId: gồm cả các đơn vị trực thuộc.',
  })
  @OptionalBoolean('Gồm đơn vị trực thuộc')
  includeDescendants: boolean | null = true;

  @Field(() => SexEnum, { nullable: true })
  @IsOptional()
  @IsIn(SEXES, msg.oneOf('Giới tính'))
  sex?: Sex | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalBoolean('Đảng viên')
  partyMember?: boolean | null;

  @Field(() => StaffCategoryEnum, {
    nullable: true,
    description: 'Loại cán bộ của vị trí công tác.',
  })
  @IsOptional()
  @IsIn(STAFF_CATEGORIES, msg.oneOf('Loại cán bộ'))
  staffCategory?: StaffCategory | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Gồm cả người đã thôi công tác (vị trí đã kết thúc); mặc định chỉ người đang công tác.',
  })
  @OptionalBoolean('Gồm người đã thôi công tác')
  includeFormer: boolean | null = false;
}
