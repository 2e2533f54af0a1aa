import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../core/graphql/connection';
import type { UnitEntity } from './unit.entity';

@ObjectType({ description: 'Cơ quan, đơn vị, tổ chức.' })
export class Unit {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Mã đơn vị, duy nhất.' })
  code!: string;

  @Field({ description: 'Tên đầy đủ.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Tên viết tắt dùng trong số, ký hiệu văn bản.' })
  shortName!: string | null;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int, { description: 'Cấp trong cây (0 = gốc).' })
  depth!: number;

  @Field(() => Int)
  version!: number;

  /** Internal: for scope checks in field resolvers; not in the schema. */
  path!: string;
}

@ObjectType()
export class UnitConnection extends Connection(Unit, 'Unit') {}

export function toUnit(e: UnitEntity): Unit {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    shortName: e.shortName,
    parentId: e.parentId,
    depth: e.depth,
    version: e.version,
    path: e.path,
  };
}
