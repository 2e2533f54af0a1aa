import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs, Connection } from '../../core/graphql/connection';
import type { ActorType, AuditLogEntity } from '../../core/audit/audit-log.entity';
import { msg } from '../../core/validation/messages';
import { ActorTypeEnum } from '../identity/models/enums';

@ObjectType({ description: 'Một trường bị thay đổi; giá trị được mã hóa JSON (null nếu không có).' })
export class AuditChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'Một dòng nhật ký hệ thống (chỉ ghi thêm, không sửa, không xóa).' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ActorTypeEnum)
  actorType!: ActorType;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field()
  actorName!: string;

  @Field({ description: 'Thao tác, ví dụ "user.create", "role.grant", "auth.login".' })
  operation!: string;

  @Field({ description: 'Loại đối tượng (tên kiểu GraphQL), ví dụ "User".' })
  entityType!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => [AuditChange])
  changes!: AuditChange[];

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  ipAddress!: string | null;

  actingUnitId!: string | null;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg.id('Người thực hiện'))
  actorId?: string | null;

  @Field(() => ActorTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(['USER', 'API_CLIENT', 'SYSTEM'], msg.oneOf('Loại người thực hiện'))
  actorType?: ActorType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Thao tác, hoặc tiền tố của nó ("user." = mọi thao tác trên người dùng).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  operation?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'Thời điểm bắt đầu không hợp lệ.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'Thời điểm kết thúc không hợp lệ.' })
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilter)
  filter?: AuditFilter | null;
}

function encode(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export function toAuditEntry(e: AuditLogEntity): AuditEntry {
  return {
    id: e.id,
    occurredAt: e.createdAt,
    actorType: e.actorType,
    actorId: e.actorId,
    actorName: e.actorName,
    operation: e.operation,
    entityType: e.entityType,
    entityId: e.entityId,
    changes: (e.changes ?? []).map((c) => ({ field: c.field, before: encode(c.before), after: encode(c.after) })),
    requestId: e.requestId,
    ipAddress: e.ipAddress,
    actingUnitId: e.actingUnitId,
  };
}
