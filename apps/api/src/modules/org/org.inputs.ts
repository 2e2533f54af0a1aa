import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { UNIT_CODE, TEXT_LIMITS, type IsoDate, type UnitTree } from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { SortDirectionEnum } from '../../core/graphql/enums';
import {
  IsoDateValue,
  OptionalBoolean,
  OptionalEmail,
  OptionalText,
  Required,
  Version,
} from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import { UnitSortFieldEnum, UnitTreeEnum } from './org.enums';

const TREES = Object.keys(UnitTreeEnum);

function UnitCode(label = 'Mã đơn vị'): PropertyDecorator {
  return (target, key) => {
    Required(label, UNIT_CODE.maxLength)(target, key);
    Matches(UNIT_CODE.pattern, msg.pattern(label, UNIT_CODE.hint))(target, key);
  };
}

function UnitId(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

@InputType({
  description:
    'Căn cứ pháp lý: số, ký hiệu và ngày ban hành (ví dụ 1656/NQ-UBTVQH15 ngày 16/6/2025).',
})
export class LegalBasisInput {
  @Field()
  @Required('Số, ký hiệu văn bản', 100)
  number!: string;

  @Field(() => DateOnly)
  @IsoDateValue('Ngày ban hành văn bản')
  date!: IsoDate;

  @Field(() => String, { nullable: true })
  @OptionalText('Trích yếu văn bản', 500)
  title?: string | null;
}

@InputType({ description: 'Một đơn vị mới thành lập (khi hợp nhất, chia tách).' })
export class NewUnitInput {
  @Field()
  @UnitCode()
  code!: string;

  @Field()
  @Required('Tên đơn vị', TEXT_LIMITS.unitName)
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Tên viết tắt', TEXT_LIMITS.unitShortName)
  shortName?: string | null;

  @Field()
  @Required('Loại đơn vị', 50)
  kindCode!: string;

  @Field(() => Boolean, { nullable: true })
  @OptionalBoolean('Tư cách pháp nhân')
  legalPerson?: boolean | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Địa chỉ', TEXT_LIMITS.address)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Điện thoại', TEXT_LIMITS.phone)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;
}

@InputType()
export class CreateUnitInput extends NewUnitInput {
  @Field(() => ID, { nullable: true, description: 'Đơn vị cấp trên; bỏ trống để tạo đơn vị gốc.' })
  @UnitId('Đơn vị cấp trên', true)
  parentId?: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'Hiệu lực từ ngày; mặc định hôm nay.' })
  @IsoDateValue('Ngày hiệu lực', true)
  validFrom?: IsoDate | null;
}

@InputType({
  description: 'Thông tin không thuộc cơ cấu; đổi tên, mã, cấp trên đi qua chức năng sắp xếp.',
})
export class UpdateUnitInput {
  @Field(() => ID)
  @UnitId('Đơn vị')
  id!: string;

  @Version()
  version!: number;

  @Field(() => String, { nullable: true })
  @OptionalText('Tên viết tắt', TEXT_LIMITS.unitShortName)
  shortName?: string | null;

  @Field()
  @IsBoolean({ message: 'Tư cách pháp nhân phải là có/không.' })
  legalPerson!: boolean;

  @Field(() => String, { nullable: true })
  @OptionalText('Địa chỉ', TEXT_LIMITS.address)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Điện thoại', TEXT_LIMITS.phone)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;
}

@InputType({ isAbstract: true })
abstract class RestructuringInputBase {
  @Field(() => DateOnly, { description: 'Ngày có hiệu lực (không sau hôm nay).' })
  @IsoDateValue('Ngày hiệu lực')
  effectiveDate!: IsoDate;

  @Field(() => LegalBasisInput)
  @ValidateNested()
  @Type(() => LegalBasisInput)
  legalBasis!: LegalBasisInput;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

@InputType()
export class RenameUnitInput extends RestructuringInputBase {
  @Field(() => ID)
  @UnitId('Đơn vị')
  unitId!: string;

  @Field()
  @Required('Tên mới', TEXT_LIMITS.unitName)
  newName!: string;

  @Field(() => String, { nullable: true, description: 'Bỏ qua để giữ tên viết tắt hiện tại.' })
  @OptionalText('Tên viết tắt mới', TEXT_LIMITS.unitShortName)
  newShortName?: string | null;

  @Field(() => String, { nullable: true, description: 'Bỏ qua để giữ mã hiện tại.' })
  @IsOptional()
  @Matches(UNIT_CODE.pattern, msg.pattern('Mã mới', UNIT_CODE.hint))
  @MaxLength(UNIT_CODE.maxLength, msg.maxLength('Mã mới', UNIT_CODE.maxLength))
  newCode?: string | null;
}

@InputType()
export class MoveUnitInput extends RestructuringInputBase {
  @Field(() => ID)
  @UnitId('Đơn vị')
  unitId!: string;

  @Field(() => ID)
  @UnitId('Đơn vị cấp trên mới')
  newParentId!: string;
}

@InputType({
  description:
    'Sáp nhập vào một đơn vị có sẵn (targetUnitId) hoặc hợp nhất thành đơn vị mới (newUnit).',
})
export class MergeUnitsInput extends RestructuringInputBase {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'Chọn ít nhất một đơn vị sáp nhập.' })
  @ArrayMaxSize(50, { message: 'Mỗi lần sáp nhập tối đa 50 đơn vị.' })
  @IsUUID('all', { each: true, message: 'Đơn vị sáp nhập không hợp lệ.' })
  sourceUnitIds!: string[];

  @Field(() => ID, { nullable: true })
  @UnitId('Đơn vị tiếp nhận', true)
  targetUnitId?: string | null;

  @Field(() => NewUnitInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewUnitInput)
  newUnit?: NewUnitInput | null;

  @Field(() => ID, { nullable: true, description: 'Cấp trên của đơn vị mới.' })
  @UnitId('Cấp trên của đơn vị mới', true)
  newUnitParentId?: string | null;
}

@InputType({
  description: 'Chia tách một đơn vị thành các đơn vị mới cùng cấp; đơn vị cũ kết thúc.',
})
export class SplitUnitInput extends RestructuringInputBase {
  @Field(() => ID)
  @UnitId('Đơn vị chia tách')
  sourceUnitId!: string;

  @Field(() => [NewUnitInput])
  @IsArray()
  @ArrayMinSize(2, { message: 'Chia tách cần ít nhất 2 đơn vị mới.' })
  @ArrayMaxSize(20, { message: 'Mỗi lần chia tách tối đa 20 đơn vị mới.' })
  @ValidateNested({ each: true })
  @Type(() => NewUnitInput)
  newUnits!: NewUnitInput[];
}

@InputType()
export class DissolveUnitInput extends RestructuringInputBase {
  @Field(() => ID)
  @UnitId('Đơn vị')
  unitId!: string;
}

@InputType()
export class LinkUnitsInput {
  @Field(() => ID)
  @UnitId('Đơn vị')
  unitId!: string;

  @Field(() => ID)
  @UnitId('Đơn vị tương ứng')
  counterpartId!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', 500)
  note?: string | null;
}

@InputType()
export class UnlinkUnitsInput {
  @Field(() => ID)
  @UnitId('Liên kết')
  linkId!: string;
}

@InputType()
export class UnitOrder {
  @Field(() => UnitSortFieldEnum, { defaultValue: 'PATH' })
  @IsIn(Object.keys(UnitSortFieldEnum), msg.oneOf('Trường sắp xếp'))
  field: 'PATH' | 'NAME' | 'CODE' = 'PATH';

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  @IsIn(['ASC', 'DESC'], msg.oneOf('Chiều sắp xếp'))
  direction: 'ASC' | 'DESC' = 'ASC';
}

@ArgsType()
export class UnitsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo tên hoặc mã, không phân biệt dấu; kết quả xếp theo mức khớp.',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;

  @Field(() => UnitTreeEnum, { nullable: true })
  @IsOptional()
  @IsIn(TREES, msg.oneOf('Hệ thống'))
  tree?: UnitTree | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Loại đơn vị', 50)
  kindCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Chỉ các đơn vị trực thuộc trực tiếp đơn vị này.',
  })
  @UnitId('Đơn vị cấp trên', true)
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Mọi đơn vị trong cây con của đơn vị này.' })
  @UnitId('Đơn vị', true)
  descendantsOf?: string | null;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Cơ cấu tại ngày này: tên, mã, cấp trên như ngày đó.',
  })
  @IsoDateValue('Ngày xem cơ cấu', true)
  asOf?: IsoDate | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Gồm cả đơn vị đã giải thể, sáp nhập, chia tách.',
  })
  @OptionalBoolean('Gồm đơn vị đã kết thúc')
  includeEnded = false;

  @Field(() => UnitOrder, {
    nullable: true,
    description: 'Bỏ qua khi có từ khóa tìm kiếm (xếp theo mức khớp).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => UnitOrder)
  orderBy?: UnitOrder | null;
}

@ArgsType()
export class UnitChildrenArgs {
  @Field(() => UnitTreeEnum)
  @IsIn(TREES, msg.oneOf('Hệ thống'))
  tree!: UnitTree;

  @Field(() => ID, { nullable: true, description: 'Bỏ trống để lấy các đơn vị gốc.' })
  @UnitId('Đơn vị cấp trên', true)
  parentId?: string | null;

  @Field(() => DateOnly, { nullable: true })
  @IsoDateValue('Ngày xem cơ cấu', true)
  asOf?: IsoDate | null;

  @Field(() => Boolean, { defaultValue: false })
  @OptionalBoolean('Gồm đơn vị đã kết thúc')
  includeEnded = false;
}

@ArgsType()
export class RestructuringsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Chỉ các quyết định liên quan đơn vị này.' })
  @UnitId('Đơn vị', true)
  unitId?: string | null;
}

const KIND_CODE = /^[A-Za-z][A-Za-z0-9_]*$/;

@InputType({ isAbstract: true })
abstract class UnitKindFields {
  @Field()
  @Required('Tên loại đơn vị', 255)
  name!: string;

  @Field(() => [String], { description: 'Mã các loại đơn vị được làm cấp trên.' })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(KIND_CODE, { each: true, message: 'Mã loại cấp trên không hợp lệ.' })
  allowedParentCodes!: string[];

  @Field()
  @IsBoolean()
  canBeRoot!: boolean;

  @Field()
  @IsBoolean()
  legalPersonDefault!: boolean;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt(msg.int('Thứ tự'))
  @Min(0, msg.int('Thứ tự'))
  sortOrder = 100;
}

@InputType()
export class CreateUnitKindInput extends UnitKindFields {
  @Field()
  @Required('Mã loại đơn vị', 50)
  @Matches(KIND_CODE, msg.pattern('Mã loại đơn vị', 'chỉ gồm chữ cái không dấu, số và dấu _'))
  code!: string;

  @Field(() => UnitTreeEnum)
  @IsIn(TREES, msg.oneOf('Hệ thống'))
  tree!: UnitTree;
}

@InputType()
export class UpdateUnitKindInput extends UnitKindFields {
  @Field(() => ID)
  @UnitId('Loại đơn vị')
  id!: string;

  @Version()
  version!: number;
}
