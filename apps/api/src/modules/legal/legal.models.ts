import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  LEGAL_DOCUMENT_KINDS,
  LEGAL_DOCUMENT_STATUSES,
  legalDocumentName,
  legalDocumentStatus,
  todayInVietnam,
  type IsoDate,
  type LegalDocumentKind,
  type LegalDocumentStatus,
} from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import type { LegalDocumentEntity } from './legal-document.entity';

export const LegalDocumentKindEnum = defineEnum<LegalDocumentKind>(
  'LegalDocumentKind',
  LEGAL_DOCUMENT_KINDS,
  'Loại văn bản căn cứ.',
);

export const LegalDocumentStatusEnum = defineEnum<LegalDocumentStatus>(
  'LegalDocumentStatus',
  LEGAL_DOCUMENT_STATUSES,
  'Hiệu lực của văn bản vào một ngày.',
);

@ObjectType({
  description:
    'Văn bản căn cứ (luật, nghị định, thông tư, chỉ thị, nghị quyết, kế hoạch, hướng dẫn…) mà phong trào, hồ sơ, quyết định viện dẫn. Văn bản trung ương không gắn đơn vị; văn bản địa phương gắn đơn vị ban hành.',
})
export class LegalDocument {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Số, ký hiệu, ví dụ "152/2025/NĐ-CP".' })
  number!: string;

  @Field(() => LegalDocumentKindEnum)
  kind!: LegalDocumentKind;

  @Field({
    description: 'Tên gọi trong căn cứ: loại văn bản và số, ví dụ "Nghị định số 152/2025/NĐ-CP".',
  })
  name!: string;

  @Field({ description: 'Cơ quan ban hành, ví dụ "Chính phủ", "Bộ Chính trị".' })
  issuingBody!: string;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày ban hành; null: chưa rõ.' })
  issuedOn!: IsoDate | null;

  @Field(() => String, {
    nullable: true,
    description: 'Trích yếu nội dung; null chỉ với văn bản hệ thống chưa đối chiếu bản gốc.',
  })
  title!: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày có hiệu lực; null: chưa rõ.' })
  effectiveFrom!: IsoDate | null;

  @Field(() => DateOnly, {
    nullable: true,
    description:
      'Ngày cuối cùng còn hiệu lực (tính cả ngày này); null: đang có hiệu lực hoặc chưa rõ.',
  })
  effectiveTo!: IsoDate | null;

  @Field(() => LegalDocumentStatusEnum, { description: 'Hiệu lực hôm nay.' })
  status!: LegalDocumentStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'Văn bản trung ương (không gắn đơn vị ban hành trong hệ thống).' })
  national!: boolean;

  @Field(() => Int)
  version!: number;

  /** Internal: resolves `issuerUnit` and `canManage`. */
  issuerUnitId!: string | null;

  /** Internal: resolves `replacedBy`. */
  replacedById!: string | null;
}

@ObjectType()
export class LegalDocumentConnection extends Connection(LegalDocument, 'LegalDocument') {}

export function toLegalDocument(
  e: LegalDocumentEntity,
  today: IsoDate = todayInVietnam(),
): LegalDocument {
  return {
    id: e.id,
    number: e.number,
    kind: e.kind,
    name: legalDocumentName(e),
    issuingBody: e.issuingBody,
    issuedOn: e.issuedOn,
    title: e.title,
    effectiveFrom: e.effectiveFrom,
    effectiveTo: e.effectiveTo,
    status: legalDocumentStatus(e, today),
    note: e.note,
    national: e.issuerUnitId === null,
    version: e.version,
    issuerUnitId: e.issuerUnitId,
    replacedById: e.replacedById,
  };
}
