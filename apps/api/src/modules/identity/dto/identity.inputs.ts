import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PERMISSIONS, type Permission } from '@thidua/shared-domain';
import { PageArgs } from '../../../core/graphql/connection';
import { OptionalEmail, Required, Version } from '../../../core/validation/fields';
import { msg } from '../../../core/validation/messages';
import type { UserStatus } from '../entities/user.entity';
import {
  PermissionEnum,
  SortDirectionEnum,
  UserSortFieldEnum,
  UserStatusEnum,
} from '../models/enums';

const PERMISSION_CODES = Object.keys(PERMISSIONS);

@InputType()
export class LoginInput {
  @Field()
  @Required('Tên đăng nhập', 100)
  username!: string;

  @Field()
  @IsString(msg.required('Mật khẩu'))
  @IsNotEmpty(msg.required('Mật khẩu'))
  @MaxLength(200, msg.maxLength('Mật khẩu', 200))
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString(msg.required('Mật khẩu hiện tại'))
  @IsNotEmpty(msg.required('Mật khẩu hiện tại'))
  @MaxLength(200, msg.maxLength('Mật khẩu hiện tại', 200))
  currentPassword!: string;

  @Field()
  @IsString(msg.required('Mật khẩu mới'))
  @IsNotEmpty(msg.required('Mật khẩu mới'))
  newPassword!: string;
}

@InputType()
export class UpdateMyProfileInput {
  @Field()
  @Required('Họ và tên', 200)
  fullName!: string;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Version()
  version!: number;
}

@InputType({ description: 'Giao một vai trò trên một đơn vị (unitId rỗng = toàn hệ thống).' })
export class RoleGrantInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Vai trò'))
  roleId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  unitId?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field()
  @Required('Tên đăng nhập', 100)
  @Matches(
    /^[a-zA-Z0-9._-]+$/,
    msg.pattern('Tên đăng nhập', 'chỉ gồm chữ không dấu, số và các ký tự . _ -'),
  )
  username!: string;

  @Field()
  @Required('Họ và tên', 200)
  fullName!: string;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => ID)
  @IsUUID('all', msg.id('Đơn vị'))
  unitId!: string;

  @Field()
  @IsString(msg.required('Mật khẩu'))
  @IsNotEmpty(msg.required('Mật khẩu'))
  password!: string;

  @Field(() => [RoleGrantInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantInput)
  roles: RoleGrantInput[] = [];
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Người dùng'))
  id!: string;

  @Version()
  version!: number;

  @Field()
  @Required('Họ và tên', 200)
  fullName!: string;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => ID)
  @IsUUID('all', msg.id('Đơn vị'))
  unitId!: string;
}

@InputType()
export class SetUserStatusInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Người dùng'))
  id!: string;

  @Version()
  version!: number;

  @Field(() => UserStatusEnum)
  @IsIn(['ACTIVE', 'DISABLED'], msg.oneOf('Trạng thái'))
  status!: UserStatus;
}

@InputType()
export class ResetUserPasswordInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Người dùng'))
  id!: string;

  @Field()
  @IsString(msg.required('Mật khẩu mới'))
  @IsNotEmpty(msg.required('Mật khẩu mới'))
  newPassword!: string;
}

@InputType({ description: 'Giao vai trò cho đúng một người dùng hoặc một ứng dụng.' })
export class GrantRoleInput extends RoleGrantInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg.id('Người dùng'))
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg.id('Ứng dụng'))
  apiClientId?: string | null;
}

@InputType()
export class RevokeRoleInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Phân quyền'))
  assignmentId!: string;
}

@InputType()
export class CreateRoleInput {
  @Field()
  @Required('Mã vai trò', 50)
  @Matches(
    /^[A-Z][A-Z0-9_]*$/,
    msg.pattern(
      'Mã vai trò',
      'chỉ gồm chữ in hoa không dấu, số và dấu gạch dưới, bắt đầu bằng chữ',
    ),
  )
  code!: string;

  @Field()
  @Required('Tên vai trò', 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, msg.maxLength('Mô tả', 1000))
  description?: string | null;

  @Field(() => [PermissionEnum])
  @IsArray()
  @IsIn(PERMISSION_CODES, { each: true, ...msg.oneOf('Quyền') })
  permissions!: Permission[];
}

@InputType()
export class UpdateRoleInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Vai trò'))
  id!: string;

  @Version()
  version!: number;

  @Field()
  @Required('Tên vai trò', 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, msg.maxLength('Mô tả', 1000))
  description?: string | null;

  @Field(() => [PermissionEnum])
  @IsArray()
  @IsIn(PERMISSION_CODES, { each: true, ...msg.oneOf('Quyền') })
  permissions!: Permission[];
}

@InputType()
export class DeleteRoleInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Vai trò'))
  id!: string;
}

@InputType()
export class CreateApiClientInput {
  @Field()
  @Required('Tên ứng dụng', 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, msg.maxLength('Mô tả', 1000))
  description?: string | null;

  @Field(() => ID)
  @IsUUID('all', msg.id('Đơn vị'))
  unitId!: string;

  @Field(() => [RoleGrantInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantInput)
  roles: RoleGrantInput[] = [];
}

@InputType()
export class RotateApiClientSecretInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Ứng dụng'))
  id!: string;
}

@InputType()
export class RevokeApiClientInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Ứng dụng'))
  id!: string;

  @Version()
  version!: number;
}

@InputType()
export class UserOrder {
  @Field(() => UserSortFieldEnum, { defaultValue: 'USERNAME' })
  @IsIn(['USERNAME', 'FULL_NAME', 'CREATED_AT'], msg.oneOf('Trường sắp xếp'))
  field: 'USERNAME' | 'FULL_NAME' | 'CREATED_AT' = 'USERNAME';

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  @IsIn(['ASC', 'DESC'], msg.oneOf('Chiều sắp xếp'))
  direction: 'ASC' | 'DESC' = 'ASC';
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo họ tên, tên đăng nhập, thư điện tử; không phân biệt dấu.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Chỉ người dùng thuộc đơn vị này và các đơn vị trực thuộc.',
  })
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  unitId?: string | null;

  @Field(() => UserStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(['ACTIVE', 'DISABLED'], msg.oneOf('Trạng thái'))
  status?: UserStatus | null;

  @Field(() => UserOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserOrder)
  orderBy?: UserOrder | null;
}

@ArgsType()
export class ApiClientsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string | null;
}
