import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { IsoDate } from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { RestructuringKindEnum, UnitChangeActionEnum } from './org.enums';
import type { RestructuringEntity, RestructuringKind } from './restructuring.entity';
import type { RestructuringOutcome, UnitChangeAction } from './restructuring.service';
import type { UnitVersionEntity } from './unit-version.entity';

@ObjectType({
  description:
    'Một quyết định sắp xếp tổ chức (đổi tên, chuyển, sáp nhập, chia tách, giải thể) và căn cứ pháp lý.',
})
export class Restructuring {
  @Field(() => ID)
  id!: string;

  @Field(() => RestructuringKindEnum)
  kind!: RestructuringKind;

  @Field(() => DateOnly, { description: 'Ngày có hiệu lực.' })
  effectiveDate!: IsoDate;

  @Field({ description: 'Số, ký hiệu văn bản căn cứ, ví dụ "1656/NQ-UBTVQH15".' })
  legalBasisNumber!: string;

  @Field(() => DateOnly, { description: 'Ngày ban hành văn bản căn cứ.' })
  legalBasisDate!: IsoDate;

  @Field(() => String, { nullable: true, description: 'Trích yếu văn bản căn cứ.' })
  legalBasisTitle!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Người thực hiện trên hệ thống.' })
  actorName!: string;

  sourceUnitIds!: string[];
  resultUnitIds!: string[];
}

@ObjectType()
export class RestructuringConnection extends Connection(Restructuring, 'Restructuring') {}

export function toRestructuring(r: RestructuringEntity): Restructuring {
  return {
    id: r.id,
    kind: r.kind,
    effectiveDate: r.effectiveDate,
    legalBasisNumber: r.legalBasisNumber,
    legalBasisDate: r.legalBasisDate,
    legalBasisTitle: r.legalBasisTitle,
    note: r.note,
    createdAt: r.createdAt,
    actorName: r.actorName,
    sourceUnitIds: r.sourceUnitIds,
    resultUnitIds: r.resultUnitIds,
  };
}

@ObjectType({
  description: 'Một giai đoạn của đơn vị: tên, mã, cấp trên trong khoảng [validFrom, validTo).',
})
export class UnitVersion {
  @Field(() => DateOnly)
  validFrom!: IsoDate;

  @Field(() => DateOnly, { nullable: true })
  validTo!: IsoDate | null;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  shortName!: string | null;

  parentId!: string | null;
  restructuringId!: string | null;
  /** Internal: resolves `endedBy`. */
  unitId!: string;
}

export function toUnitVersion(v: UnitVersionEntity): UnitVersion {
  return {
    unitId: v.unitId,
    validFrom: v.validFrom,
    validTo: v.validTo,
    code: v.code,
    name: v.name,
    shortName: v.shortName,
    parentId: v.parentId,
    restructuringId: v.restructuringId,
  };
}

@ObjectType({
  description:
    'Liên kết giữa một cơ quan và tổ chức tương ứng ở hệ thống khác (Sở và chi bộ của Sở).',
})
export class UnitLink {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  counterpartId!: string;
}

@ObjectType({ description: 'Một quan hệ kế thừa: đơn vị kia và quyết định tạo ra quan hệ này.' })
export class LineageLink {
  unitId!: string;
  restructuringId!: string;
}

@ObjectType()
export class UnitChange {
  @Field(() => UnitChangeActionEnum)
  action!: UnitChangeAction;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  nameBefore!: string | null;

  @Field(() => String, { nullable: true })
  nameAfter!: string | null;

  @Field(() => String, { nullable: true })
  parentBefore!: string | null;

  @Field(() => String, { nullable: true })
  parentAfter!: string | null;
}

@ObjectType({ description: 'Phân quyền được chuyển sang đơn vị kế thừa.' })
export class ScopeCarry {
  @Field()
  holderName!: string;

  @Field()
  roleName!: string;

  @Field()
  fromUnit!: string;

  @Field()
  toUnit!: string;
}

@ObjectType({ description: 'Công việc đang gắn với các đơn vị (các phân hệ khác).' })
export class OpenWorkItem {
  @Field()
  module!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: 'Những gì một thao tác sắp xếp sẽ thay đổi, tính trước mà không ghi gì.',
})
export class RestructuringPreview {
  @Field(() => RestructuringKindEnum)
  kind!: RestructuringKind;

  @Field(() => DateOnly)
  effectiveDate!: IsoDate;

  @Field(() => [UnitChange])
  units!: UnitChange[];

  @Field(() => Int, {
    description:
      'Số vị trí công tác chuyển sang đơn vị kế thừa (cũng có trong carried, module "people").',
  })
  peopleMoved!: number;

  @Field(() => Int, {
    description:
      'Số tài khoản chuyển sang đơn vị kế thừa (cũng có trong carried, module "identity").',
  })
  usersMoved!: number;

  @Field(() => [OpenWorkItem], {
    description:
      'Những gì theo các đơn vị sang đơn vị kế thừa, theo từng phân hệ (vị trí công tác, tài khoản, sau này kế hoạch, hồ sơ…).',
  })
  carried!: OpenWorkItem[];

  @Field(() => [ScopeCarry])
  scopesCarried!: ScopeCarry[];

  @Field(() => [OpenWorkItem])
  openWork!: OpenWorkItem[];

  @Field(() => [String], { description: 'Cảnh báo cần lưu ý trước khi thực hiện.' })
  warnings!: string[];
}

export function toPreview(o: RestructuringOutcome): RestructuringPreview {
  const carried = o.reports.flatMap((r) => r.carried ?? []);
  const sum = (module: string) =>
    carried.filter((c) => c.module === module).reduce((n, c) => n + c.count, 0);
  return {
    kind: o.restructuring.kind,
    effectiveDate: o.restructuring.effectiveDate,
    units: o.changes,
    peopleMoved: sum('people'),
    usersMoved: sum('identity'),
    carried,
    scopesCarried: o.reports.flatMap((r) => r.scopesCarried ?? []),
    openWork: o.reports.flatMap((r) => r.openWork ?? []),
    warnings: o.warnings,
  };
}
