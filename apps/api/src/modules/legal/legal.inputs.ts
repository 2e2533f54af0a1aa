import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { TEXT_LIMITS, type IsoDate, type LegalDocumentKind } from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import {
  IsoDateValue,
  OptionalBoolean,
  OptionalText,
  Required,
  Version,
} from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import { LegalDocumentKindEnum } from './legal.models';

const KINDS = Object.keys(LegalDocumentKindEnum);

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

@InputType({ isAbstract: true })
abstract class LegalDocumentFieldsInput {
  @Field({
    description: 'Số, ký hiệu, ví dụ "152/2025/NĐ-CP" (khoảng trắng quanh / và - được bỏ).',
  })
  @Required('Số, ký hiệu', TEXT_LIMITS.legalNumber)
  number!: string;

  @Field(() => LegalDocumentKindEnum)
  @IsIn(KINDS, msg.oneOf('Loại văn bản'))
  kind!: LegalDocumentKind;

  @Field({ description: 'Cơ quan ban hành, ví dụ "Chính phủ", "Ủy ban nhân dân tỉnh Bắc Kạn".' })
  @Required('Cơ quan ban hành', TEXT_LIMITS.issuingBody)
  issuingBody!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Đơn vị ban hành trong hệ thống (văn bản địa phương); bỏ trống: văn bản trung ương, cần quyền trên toàn hệ thống.',
  })
  @Id('Đơn vị ban hành', true)
  issuerUnitId?: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày ban hành (không sau hôm nay).' })
  @IsoDateValue('Ngày ban hành', true)
  issuedOn?: IsoDate | null;

  @Field({ description: 'Trích yếu nội dung.' })
  @Required('Trích yếu', TEXT_LIMITS.legalTitle)
  title!: string;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày có hiệu lực.' })
  @IsoDateValue('Ngày có hiệu lực', true)
  effectiveFrom?: IsoDate | null;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Ngày cuối cùng còn hiệu lực (không trước ngày có hiệu lực và ngày ban hành).',
  })
  @IsoDateValue('Ngày hết hiệu lực', true)
  effectiveTo?: IsoDate | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

@InputType({ description: 'Thêm một văn bản căn cứ.' })
export class CreateLegalDocumentInput extends LegalDocumentFieldsInput {}

@InputType({
  description:
    'Sửa một văn bản căn cứ (mọi trường gửi lên thay cho giá trị cũ); văn bản thay thế đổi qua markLegalDocumentReplaced.',
})
export class UpdateLegalDocumentInput extends LegalDocumentFieldsInput {
  @Field(() => ID)
  @Id('Văn bản')
  id!: string;

  @Version()
  version!: number;
}

@InputType({
  description:
    'Ghi nhận văn bản bị thay thế (hoặc bãi bỏ) bởi văn bản khác; replacedById null: bỏ ghi nhận.',
})
export class MarkLegalDocumentReplacedInput {
  @Field(() => ID, { description: 'Văn bản bị thay thế.' })
  @Id('Văn bản')
  id!: string;

  @Version()
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Văn bản thay thế; null: bỏ ghi nhận thay thế.' })
  @Id('Văn bản thay thế', true)
  replacedById?: string | null;

  @Field(() => DateOnly, {
    nullable: true,
    description:
      'Ngày cuối cùng văn bản bị thay thế còn hiệu lực; bỏ trống: giữ ngày đã có, nếu chưa có thì lấy ngày trước ngày văn bản thay thế có hiệu lực.',
  })
  @IsoDateValue('Ngày hết hiệu lực', true)
  effectiveTo?: IsoDate | null;
}

@ArgsType()
export class LegalDocumentsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Tìm theo loại, số ký hiệu, trích yếu, cơ quan ban hành (không phân biệt dấu, mọi từ đều phải là đầu một từ): "nghi dinh 152", "thi dua khen thuong". Kết quả xếp theo mức khớp.',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;

  @Field(() => LegalDocumentKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(KINDS, msg.oneOf('Loại văn bản'))
  kind?: LegalDocumentKind | null;

  @Field(() => DateOnly, {
    nullable: true,
    description:
      'Chỉ văn bản có hiệu lực vào ngày này (văn bản chưa rõ ngày có hiệu lực được tính từ ngày ban hành).',
  })
  @IsoDateValue('Ngày có hiệu lực', true)
  effectiveOn?: IsoDate | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Gồm cả văn bản đã được thay thế (vào ngày effectiveOn, hoặc hôm nay); mặc định bỏ qua.',
  })
  @OptionalBoolean('Gồm văn bản đã được thay thế')
  includeReplaced: boolean | null = false;
}
