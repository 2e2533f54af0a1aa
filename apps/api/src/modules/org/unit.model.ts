import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { IsoDate, UnitTree } from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { UnitStatusEnum, UnitTreeEnum } from './org.enums';
import { isReadOnly, isValidOn, type UnitListFilter } from './org.service';
import type { UnitStatus, UnitEntity } from './unit.entity';
import type { UnitKindEntity } from './unit-kind.entity';

@ObjectType({
  description: 'Loại đơn vị (danh mục mở rộng được): loại nào trực thuộc được loại nào.',
})
export class UnitKind {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => UnitTreeEnum)
  tree!: UnitTree;

  @Field(() => [String], { description: 'Mã các loại đơn vị được làm cấp trên của loại này.' })
  allowedParentCodes!: string[];

  @Field({ description: 'Được là gốc của cây.' })
  canBeRoot!: boolean;

  @Field({ description: 'Mặc định có tư cách pháp nhân.' })
  legalPersonDefault!: boolean;

  @Field(() => Int)
  sortOrder!: number;

  @Field({ description: 'Loại do hệ thống cung cấp (không sửa được).' })
  isSystem!: boolean;

  @Field(() => Int)
  version!: number;
}

export function toUnitKind(k: UnitKindEntity): UnitKind {
  return {
    id: k.id,
    code: k.code,
    name: k.name,
    tree: k.tree,
    allowedParentCodes: k.allowedParentCodes,
    canBeRoot: k.canBeRoot,
    legalPersonDefault: k.legalPersonDefault,
    sortOrder: k.sortOrder,
    isSystem: k.isSystem,
    version: k.version,
  };
}

@ObjectType({ description: 'Cơ quan, đơn vị, tổ chức.' })
export class Unit {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Mã đơn vị, duy nhất.' })
  code!: string;

  @Field({ description: 'Tên đầy đủ.' })
  name!: string;

  /**
   * Details below without `@Field`: `OrgResolver` resolves them, null when the reader may not open the
   * unit (a link to a unit outside its scope shows the name and code only).
   */
  shortName!: string | null;

  @Field(() => UnitTreeEnum)
  tree!: UnitTree;

  @Field({ description: 'Có tư cách pháp nhân.' })
  legalPerson!: boolean;

  address!: string | null;

  phone!: string | null;

  email!: string | null;

  parentId!: string | null;

  @Field(() => Int, { description: 'Cấp trong cây (0 = gốc).' })
  depth!: number;

  @Field(() => DateOnly, { description: 'Hiệu lực từ ngày.' })
  validFrom!: IsoDate;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Hết hiệu lực từ ngày (không tính ngày này); null: đang hoạt động.',
  })
  validTo!: IsoDate | null;

  @Field(() => UnitStatusEnum, {
    description:
      'Trạng thái; khi đơn vị được đọc theo ngày (asOf): trạng thái vào ngày đó (còn hoạt động ngày đó là ACTIVE).',
  })
  status!: UnitStatus;

  @Field({
    description:
      'Đã kết thúc (giải thể, sáp nhập, chia tách): chỉ được xem, không gắn thêm dữ liệu mới.',
  })
  readOnly!: boolean;

  @Field(() => Int)
  version!: number;

  /** Internal: for scope checks in field resolvers; not in the schema. */
  path!: string;

  /** Internal: resolves `kind`. */
  kindId!: string;

  /** Internal: the day this unit was read "as of", so `parent` is read as of the same day. */
  asOf?: IsoDate | null;

  /** Internal: `childCount` and the parent, read ahead with the list this unit came in (OrgResolver). */
  childCountRead?: number;
  parentRead?: Unit | null;
}

@ObjectType()
export class UnitConnection extends Connection(Unit, 'Unit') {
  /** Internal: the list's filters, for `endedMatchCount` (resolved only when asked). */
  filter?: UnitListFilter;
}

export function toUnit(e: UnitEntity): Unit {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    shortName: e.shortName,
    tree: e.tree,
    legalPerson: e.legalPerson,
    address: e.address,
    phone: e.phone,
    email: e.email,
    parentId: e.parentId,
    depth: e.depth,
    validFrom: e.validFrom,
    validTo: e.validTo,
    // read as of a day, a unit alive that day is shown alive (the old communes on 30/06/2025)
    status: e.asOf && isValidOn(e, e.asOf) ? 'ACTIVE' : e.status,
    readOnly: isReadOnly(e),
    version: e.version,
    path: e.path,
    kindId: e.kindId,
    asOf: e.asOf ?? null,
    childCountRead: e.activeChildCount,
  };
}
