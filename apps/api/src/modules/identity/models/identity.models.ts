import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Permission } from '@thidua/shared-domain';
import { Connection } from '../../../core/graphql/connection';
import type { ActorType } from '../../../core/audit/audit-log.entity';
import { Unit } from '../../org/unit.model';
import type { ApiClientStatus, ApiClientEntity } from '../entities/api-client.entity';
import type { RoleEntity } from '../entities/role.entity';
import type { UserEntity, UserStatus } from '../entities/user.entity';
import { ActorTypeEnum, ApiClientStatusEnum, PermissionEnum, UserStatusEnum } from './enums';

@ObjectType({ description: 'Một quyền trong danh mục quyền.' })
export class PermissionInfo {
  @Field(() => PermissionEnum)
  code!: Permission;

  @Field()
  label!: string;

  @Field({ description: 'Nhóm chức năng.' })
  group!: string;
}

@ObjectType({ description: 'Vai trò: một tập quyền có tên.' })
export class Role {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [PermissionEnum])
  permissions!: Permission[];

  @Field({ description: 'Vai trò của hệ thống: không sửa, không xóa.' })
  isSystem!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'Một vai trò được giao trên một phạm vi đơn vị.' })
export class RoleAssignment {
  @Field(() => ID)
  id!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Unit, {
    nullable: true,
    description: 'Đơn vị (áp dụng cho đơn vị đó và các đơn vị trực thuộc); null = toàn hệ thống.',
  })
  unit!: Unit | null;

  @Field()
  createdAt!: Date;

  roleId!: string;
  unitId!: string | null;
}

@ObjectType({ description: 'Người dùng.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => UserStatusEnum)
  status!: UserStatus;

  @Field({ description: 'Phải đổi mật khẩu ở lần đăng nhập tới.' })
  mustChangePassword!: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;

  unitId!: string;
}

@ObjectType()
export class UserConnection extends Connection(User, 'User') {}

@ObjectType({ description: 'Ứng dụng của hệ thống khác kết nối qua API (tài khoản dịch vụ).' })
export class ApiClient {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ApiClientStatusEnum)
  status!: ApiClientStatus;

  @Field({ description: 'Phần công khai của khóa, ví dụ "thd_7f3k2m9q4z"; không phải bí mật.' })
  keyPrefix!: string;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field(() => Int)
  version!: number;

  unitId!: string;
}

@ObjectType()
export class ApiClientConnection extends Connection(ApiClient, 'ApiClient') {}

@ObjectType()
export class ApiClientSecretPayload {
  @Field(() => ApiClient)
  client!: ApiClient;

  @Field({
    description:
      'Khóa truy cập đầy đủ, chỉ hiển thị một lần. Gửi kèm mỗi yêu cầu: "Authorization: Bearer <token>".',
  })
  token!: string;
}

@ObjectType({ description: 'Người (hoặc ứng dụng) đang gọi API.' })
export class Viewer {
  @Field(() => ActorTypeEnum)
  actorType!: ActorType;

  @Field(() => User, { nullable: true })
  user!: User | null;

  @Field(() => ApiClient, { nullable: true })
  apiClient!: ApiClient | null;

  @Field(() => [PermissionEnum], { description: 'Các quyền có trên ít nhất một phạm vi.' })
  permissions!: Permission[];

  @Field(() => Date, { nullable: true })
  sessionExpiresAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Lần đăng nhập trước phiên này (null: lần đầu, hoặc không phải phiên đăng nhập).',
  })
  previousLoginAt!: Date | null;
}

@ObjectType()
export class LoginPayload {
  @Field(() => User)
  user!: User;

  @Field()
  expiresAt!: Date;
}

export function toRole(e: RoleEntity): Role {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    description: e.description,
    permissions: [...e.permissions].sort(),
    isSystem: e.isSystem,
    version: e.version,
  };
}

export function toUser(e: UserEntity): User {
  return {
    id: e.id,
    username: e.username,
    fullName: e.fullName,
    email: e.email,
    status: e.status,
    mustChangePassword: e.mustChangePassword,
    lastLoginAt: e.lastLoginAt,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
    unitId: e.unitId,
  };
}

export function toApiClient(e: ApiClientEntity): ApiClient {
  return {
    id: e.id,
    name: e.name,
    description: e.description,
    status: e.status,
    keyPrefix: e.keyPrefix,
    lastUsedAt: e.lastUsedAt,
    revokedAt: e.revokedAt,
    createdAt: e.createdAt,
    version: e.version,
    unitId: e.unitId,
  };
}
