import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { IsoDate } from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import type { PersonEntity, PositionEntity, Sex, StaffCategory } from './person.entity';

export const SexEnum = defineEnum<Sex>('Sex', { MALE: 'Nam', FEMALE: 'Nữ' }, 'Giới tính.');

export const StaffCategoryEnum = defineEnum<StaffCategory>(
  'StaffCategory',
  {
    CIVIL_SERVANT: 'Công chức',
    PUBLIC_EMPLOYEE: 'Viên chức',
    WORKER: 'Người lao động',
    OFFICER: 'Sĩ quan, lực lượng vũ trang',
    OTHER: 'Khác',
  },
  'Loại cán bộ theo vị trí công tác.',
);

@ObjectType({
  description:
    'Vị trí công tác của một người tại một đơn vị trong một khoảng thời gian (từ ngày bắt đầu đến trước ngày kết thúc).',
})
export class Position {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Chức vụ, ví dụ "Chuyên viên", "Trưởng phòng".' })
  title!: string;

  @Field(() => DateOnly, { description: 'Ngày bắt đầu.' })
  startedOn!: IsoDate;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Ngày kết thúc (không tính ngày này); null: đang công tác.',
  })
  endedOn!: IsoDate | null;

  @Field({ description: 'Lãnh đạo, quản lý (false: người trực tiếp làm việc).' })
  isLeader!: boolean;

  @Field(() => StaffCategoryEnum)
  staffCategory!: StaffCategory;

  /** Internal: resolves `unit`. */
  unitId!: string;

  /** Internal: the person holding the position. */
  personId!: string;
}

@ObjectType({
  description:
    'Cán bộ, công chức, viên chức, người lao động: một người, dù công tác qua nhiều đơn vị.',
})
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Mã nhân sự (duy nhất khi có).' })
  code!: string | null;

  @Field({ description: 'Họ và tên.' })
  fullName!: string;

  @Field(() => SexEnum)
  sex!: Sex;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày sinh.' })
  dateOfBirth!: IsoDate | null;

  @Field(() => String, { nullable: true, description: 'Dân tộc.' })
  ethnicity!: string | null;

  @Field(() => String, { nullable: true, description: 'Tôn giáo.' })
  religion!: string | null;

  @Field(() => String, { nullable: true, description: 'Quê quán.' })
  hometown!: string | null;

  @Field({ description: 'Là đảng viên.' })
  partyMember!: boolean;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày vào Đảng.' })
  partyJoinedOn!: IsoDate | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class PersonConnection extends Connection(Person, 'Person') {}

export function toPerson(e: PersonEntity): Person {
  return {
    id: e.id,
    code: e.code,
    fullName: e.fullName,
    sex: e.sex,
    dateOfBirth: e.dateOfBirth,
    ethnicity: e.ethnicity,
    religion: e.religion,
    hometown: e.hometown,
    partyMember: e.partyMember,
    partyJoinedOn: e.partyJoinedOn,
    note: e.note,
    version: e.version,
  };
}

export function toPosition(e: PositionEntity): Position {
  return {
    id: e.id,
    title: e.title,
    startedOn: e.startedOn,
    endedOn: e.endedOn,
    isLeader: e.isLeader,
    staffCategory: e.staffCategory,
    unitId: e.unitId,
    personId: e.personId,
  };
}
