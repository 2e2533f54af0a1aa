import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { auditEntityTypeLabel, auditOperationLabel } from '@thidua/shared-domain';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs, Connection } from '../../core/graphql/connection';
import type { ActorType } from '../../core/audit/audit-log.entity';
import { msg } from '../../core/validation/messages';
import { ActorTypeEnum } from '../identity/models/enums';
import type { AuditView } from './audit.service';

@ObjectType({
  description: 'Một trường bị thay đổi; giá trị được mã hóa JSON (null nếu không có).',
})
export class AuditChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;

  @Field({
    description:
      'Giá trị đã bị ẩn (before, after là null): thông tin cá nhân của cán bộ mà người xem không có quyền xem.',
  })
  masked!: boolean;
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

  @Field({ description: 'Tên thao tác bằng tiếng Việt, ví dụ "Thêm cán bộ".' })
  operationLabel!: string;

  @Field({ description: 'Loại đối tượng (tên kiểu GraphQL), ví dụ "User".' })
  entityType!: string;

  @Field({ description: 'Tên loại đối tượng bằng tiếng Việt, ví dụ "Cán bộ".' })
  entityTypeLabel!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Tên của đối tượng khi ghi nhật ký (tên đơn vị, họ tên cán bộ, tên đăng nhập); null nếu không có hoặc bị ẩn.',
  })
  entityLabel!: string | null;

  @Field({
    description:
      'Thông tin cá nhân của dòng này bị ẩn (tên, giá trị thay đổi) vì người xem không có quyền xem cán bộ tại đơn vị của bản ghi.',
  })
  masked!: boolean;

  @Field(() => [AuditChange])
  changes!: AuditChange[];

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  ipAddress!: string | null;

  actingUnitId!: string | null;

  unitId!: string | null;
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

  @Field(() => String, {
    nullable: true,
    description: 'Thao tác, hoặc tiền tố của nó ("user." = mọi thao tác trên người dùng).',
  })
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

/**
 * A row as the reader may see it. Masked (personal data of a person the reader may not open): the
 * label and every changed value are null with `masked: true`; the field names stay, so the reader
 * knows what kind of change happened, not to what.
 */
export function toAuditEntry({ row: e, masked }: AuditView): AuditEntry {
  return {
    id: e.id,
    occurredAt: e.createdAt,
    actorType: e.actorType,
    actorId: e.actorId,
    actorName: e.actorName,
    operation: e.operation,
    operationLabel: auditOperationLabel(e.operation),
    entityType: e.entityType,
    entityTypeLabel: auditEntityTypeLabel(e.entityType),
    entityId: e.entityId,
    entityLabel: masked ? null : e.entityLabel,
    masked,
    changes: (e.changes ?? []).map((c) =>
      masked
        ? { field: c.field, before: null, after: null, masked: true }
        : { field: c.field, before: encode(c.before), after: encode(c.after), masked: false },
    ),
    requestId: e.requestId,
    ipAddress: e.ipAddress,
    actingUnitId: e.actingUnitId,
    unitId: e.unitId,
  };
}
