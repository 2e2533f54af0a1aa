import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  APPRAISAL_VERDICTS,
  AWARD_DOSSIER_LIMITS as L,
  AWARD_ROUND_KINDS,
  AWARD_ROUND_STATUSES,
  AWARD_SUBJECTS,
  AWARD_TRACKS,
  DOSSIER_DOCUMENT_KINDS,
  DOSSIER_STATUSES,
  TEXT_LIMITS,
  type AppraisalVerdict,
  type AwardRoundKind,
  type AwardRoundStatus,
  type AwardSubject,
  type AwardTrack,
  type DossierDocumentKind,
  type DossierStatus,
  type IsoDate,
} from '@thidua/shared-domain';
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
import { AwardSubjectEnum, AwardTrackEnum } from '../legal/award-vocabulary.models';
import { MAX_CITED_INITIATIVES } from './award-dossier.service';
import {
  AppraisalVerdictEnum,
  AwardRoundKindEnum,
  AwardRoundStatusEnum,
  DossierDocumentKindEnum,
  DossierStatusEnum,
} from './award.models';

function Id(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    IsUUID('all', msg.id(label))(target, key);
  };
}

function Year(): PropertyDecorator {
  return (target, key) => {
    IsInt(msg.int('Năm'))(target, key);
    Min(2000, { message: 'Năm phải từ 2000 đến 2100.' })(target, key);
    Max(2100, { message: 'Năm phải từ 2000 đến 2100.' })(target, key);
  };
}

// ---------------------------------------------------------------------------------------------------
// rounds

@InputType({ description: 'Mở một đợt xét khen thưởng (cán bộ của đơn vị tiếp nhận hồ sơ).' })
export class CreateAwardRoundInput {
  @Field(() => AwardRoundKindEnum)
  @IsIn(Object.keys(AWARD_ROUND_KINDS), msg.oneOf('Loại đợt'))
  kind!: AwardRoundKind;

  @Field({ description: '"Khen thưởng Đợt thi đua đặc biệt năm 2026".' })
  @Required('Tên đợt', L.title)
  title!: string;

  @Field(() => Int)
  @Year()
  year!: number;

  @Field(() => AwardTrackEnum, {
    nullable: true,
    description: 'Loại hình khen thưởng; bỏ trống: theo loại đợt.',
  })
  @IsOptional()
  @IsIn(Object.keys(AWARD_TRACKS), msg.oneOf('Loại hình khen thưởng'))
  track?: AwardTrack | null;

  @Field(() => ID, { description: 'Đơn vị tiếp nhận hồ sơ (cần quyền AWARD_ROUND_MANAGE tại đó).' })
  @Id('Đơn vị tiếp nhận')
  receivingUnitId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Cấp có thẩm quyền quyết định; bỏ trống ở đợt theo kế hoạch: người ký kế hoạch.',
  })
  @OptionalText('Cấp có thẩm quyền quyết định', L.authority)
  decidingAuthority?: string | null;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Hạn nộp hồ sơ; bỏ trống ở đợt theo kế hoạch: hạn trong kế hoạch.',
  })
  @IsoDateValue('Hạn nộp hồ sơ', true)
  deadline?: IsoDate | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Kế hoạch thi đua đã ban hành (bắt buộc với đợt theo phong trào).',
  })
  @Id('Kế hoạch thi đua', true)
  campaignPlanId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', L.note)
  note?: string | null;
}

@InputType({ description: 'Sửa tên, cấp quyết định, hạn nộp, ghi chú của đợt xét khen thưởng.' })
export class UpdateAwardRoundInput {
  @Field(() => ID)
  @Id('Đợt xét khen thưởng')
  id!: string;

  @Version()
  version!: number;

  @Field()
  @Required('Tên đợt', L.title)
  title!: string;

  @Field()
  @Required('Cấp có thẩm quyền quyết định', L.authority)
  decidingAuthority!: string;

  @Field(() => DateOnly, { nullable: true })
  @IsoDateValue('Hạn nộp hồ sơ', true)
  deadline?: IsoDate | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', L.note)
  note?: string | null;
}

@InputType({ description: 'Một đợt xét khen thưởng và phiên bản đã đọc.' })
export class AwardRoundRefInput {
  @Field(() => ID)
  @Id('Đợt xét khen thưởng')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Lọc danh sách đợt xét khen thưởng.' })
export class AwardRoundFilter {
  @Field(() => AwardRoundStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(AWARD_ROUND_STATUSES), msg.oneOf('Trạng thái'))
  status?: AwardRoundStatus | null;

  @Field(() => AwardRoundKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(AWARD_ROUND_KINDS), msg.oneOf('Loại đợt'))
  kind?: AwardRoundKind | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Year()
  year?: number | null;

  @Field(() => ID, { nullable: true })
  @Id('Đơn vị tiếp nhận', true)
  receivingUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Tìm theo tên đợt (không phân biệt dấu).' })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;
}

@ArgsType()
export class AwardRoundsArgs extends PageArgs {
  @Field(() => AwardRoundFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AwardRoundFilter)
  filter?: AwardRoundFilter | null;
}

// ---------------------------------------------------------------------------------------------------
// dossiers

@InputType({ description: 'Lập hồ sơ đề nghị khen thưởng của một đơn vị trong một đợt xét.' })
export class CreateAwardDossierInput {
  @Field(() => ID)
  @Id('Đợt xét khen thưởng')
  roundId!: string;

  @Field(() => ID, { description: 'Đơn vị đề nghị (cần quyền DOSSIER_MANAGE tại đơn vị).' })
  @Id('Đơn vị đề nghị')
  unitId!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', L.note)
  note?: string | null;
}

@InputType({ description: 'Sửa ghi chú của hồ sơ đang lập hoặc bị trả lại.' })
export class UpdateAwardDossierInput {
  @Field(() => ID)
  @Id('Hồ sơ')
  id!: string;

  @Version()
  version!: number;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', L.note)
  note?: string | null;
}

@InputType({
  description: 'Một hồ sơ và phiên bản đã đọc: gửi, rút lại, tiếp nhận, chuyển Hội đồng.',
})
export class AwardDossierRefInput {
  @Field(() => ID)
  @Id('Hồ sơ')
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Rút hồ sơ (không đề nghị nữa), kèm lý do nếu có.' })
export class WithdrawAwardDossierInput extends AwardDossierRefInput {
  @Field(() => String, { nullable: true })
  @OptionalText('Lý do rút hồ sơ', L.reason)
  reason?: string | null;
}

@InputType({ description: 'Ý kiến về một mục của hồ sơ: một đề nghị hoặc một tài liệu.' })
export class DossierRemarkInput {
  @Field(() => ID, { nullable: true })
  @Id('Đề nghị', true)
  nominationId?: string | null;

  @Field(() => ID, { nullable: true })
  @Id('Tài liệu', true)
  documentId?: string | null;

  @Field()
  @Required('Ý kiến', L.remark)
  remark!: string;
}

@InputType({ description: 'Trả lại hồ sơ: lý do chung và ý kiến theo từng mục.' })
export class ReturnAwardDossierInput extends AwardDossierRefInput {
  @Field()
  @Required('Lý do trả lại', L.reason)
  reason!: string;

  @Field(() => [DossierRemarkInput], { nullable: true })
  @IsOptional()
  @IsArray(msg.required('Ý kiến theo từng mục'))
  @ArrayMaxSize(L.remarks, { message: `Tối đa ${L.remarks} ý kiến.` })
  @ValidateNested({ each: true })
  @Type(() => DossierRemarkInput)
  remarks?: DossierRemarkInput[] | null;
}

@InputType({ description: 'Kết luận của cán bộ thẩm định về một mục của danh mục thẩm định.' })
export class AppraisalChecklistAnswerInput {
  @Field({ description: 'Khóa của mục (AwardNomination.appraisalChecklist.key).' })
  @Required('Mục kiểm tra', 40)
  key!: string;

  @Field({ description: 'Mục đạt (true) hay không đạt (false).' })
  @IsBoolean({ message: 'Kết luận của mục phải là đạt hoặc không đạt.' })
  ok!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Bắt buộc khi mục không đạt, và khi xác nhận đạt trái với kiểm tra tự động.',
  })
  @OptionalText('Nhận xét của mục', L.remark)
  remark?: string | null;
}

@InputType({ description: 'Kết quả thẩm định một đề nghị.' })
export class AppraisalItemInput {
  @Field(() => ID)
  @Id('Đề nghị')
  nominationId!: string;

  @Field(() => AppraisalVerdictEnum)
  @IsIn(Object.keys(APPRAISAL_VERDICTS), msg.oneOf('Kết quả thẩm định'))
  verdict!: AppraisalVerdict;

  @Field(() => String, { nullable: true, description: 'Bắt buộc khi không đạt.' })
  @OptionalText('Nhận xét', L.remark)
  remark?: string | null;

  @Field(() => [AppraisalChecklistAnswerInput], {
    nullable: true,
    description:
      'Kết luận từng mục của danh mục thẩm định; mục không trả lời giữ kết quả kiểm tra tự động, mục chưa kiểm tra được thì kết luận đạt xác nhận luôn.',
  })
  @IsOptional()
  @IsArray(msg.required('Danh mục thẩm định'))
  @ArrayMaxSize(100, { message: 'Tối đa 100 mục thẩm định một đề nghị.' })
  @ValidateNested({ each: true })
  @Type(() => AppraisalChecklistAnswerInput)
  checklist?: AppraisalChecklistAnswerInput[] | null;
}

@InputType({ description: 'Hoàn thành thẩm định: kết quả cho từng đề nghị của hồ sơ.' })
export class AppraiseAwardDossierInput extends AwardDossierRefInput {
  @Field(() => [AppraisalItemInput])
  @IsArray(msg.required('Kết quả thẩm định'))
  @ArrayMinSize(1, msg.required('Kết quả thẩm định'))
  @ArrayMaxSize(L.nominees, { message: `Tối đa ${L.nominees} đề nghị.` })
  @ValidateNested({ each: true })
  @Type(() => AppraisalItemInput)
  items!: AppraisalItemInput[];
}

@InputType({ isAbstract: true })
abstract class NomineeAwardInput {
  @Field(() => String, { nullable: true, description: 'Mã danh hiệu, hình thức (danh mục).' })
  @OptionalText('Mã danh hiệu, hình thức', 60)
  awardCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hình thức khen thưởng như kế hoạch ghi; bỏ trống: tên theo mã.',
  })
  @OptionalText('Hình thức khen thưởng', L.awardName)
  awardName?: string | null;

  @Field(() => String, { nullable: true, description: 'Tóm tắt thành tích.' })
  @OptionalText('Tóm tắt thành tích', L.achievements)
  achievements?: string | null;
}

@InputType({ description: 'Thêm một tập thể, cá nhân hoặc hộ gia đình vào hồ sơ.' })
export class AddNomineeInput extends NomineeAwardInput {
  @Field(() => ID)
  @Id('Hồ sơ')
  dossierId!: string;

  @Version()
  version!: number;

  @Field(() => AwardSubjectEnum)
  @IsIn(Object.keys(AWARD_SUBJECTS), msg.oneOf('Đối tượng'))
  subject!: AwardSubject;

  @Field(() => ID, {
    nullable: true,
    description: 'Cá nhân: đang công tác tại đơn vị đề nghị hoặc cấp dưới.',
  })
  @Id('Cán bộ', true)
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tập thể: đơn vị đề nghị hoặc đơn vị cấp dưới.' })
  @Id('Tập thể', true)
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Hộ gia đình: "Hộ ông Nguyễn Văn A".' })
  @OptionalText('Tên hộ gia đình', L.name)
  householdName?: string | null;

  @Field(() => String, { nullable: true, description: 'Hộ gia đình: địa chỉ.' })
  @OptionalText('Địa chỉ hộ gia đình', L.address)
  householdAddress?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description:
      'Sáng kiến, đề tài của đối tượng dùng cho đề nghị (được tính khi kiểm tra điều kiện, khóa khi gửi hồ sơ: mỗi sáng kiến một lần).',
  })
  @IsOptional()
  @IsArray(msg.required('Sáng kiến, đề tài'))
  @ArrayMaxSize(MAX_CITED_INITIATIVES, {
    message: `Một đề nghị dùng tối đa ${MAX_CITED_INITIATIVES} sáng kiến, đề tài.`,
  })
  @IsUUID('all', { ...msg.id('Sáng kiến, đề tài'), each: true })
  initiativeIds?: string[] | null;
}

@InputType({ description: 'Sửa hình thức đề nghị, thành tích (và tên, địa chỉ của hộ gia đình).' })
export class UpdateNomineeInput extends NomineeAwardInput {
  @Field(() => ID)
  @Id('Hồ sơ')
  dossierId!: string;

  @Version()
  version!: number;

  @Field(() => ID)
  @Id('Đề nghị')
  nominationId!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Tên hộ gia đình', L.name)
  householdName?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Địa chỉ hộ gia đình', L.address)
  householdAddress?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description:
      'Sáng kiến, đề tài của đối tượng dùng cho đề nghị (được tính khi kiểm tra điều kiện, khóa khi gửi hồ sơ: mỗi sáng kiến một lần). Bỏ trống: giữ như cũ.',
  })
  @IsOptional()
  @IsArray(msg.required('Sáng kiến, đề tài'))
  @ArrayMaxSize(MAX_CITED_INITIATIVES, {
    message: `Một đề nghị dùng tối đa ${MAX_CITED_INITIATIVES} sáng kiến, đề tài.`,
  })
  @IsUUID('all', { ...msg.id('Sáng kiến, đề tài'), each: true })
  initiativeIds?: string[] | null;
}

@InputType({ description: 'Bỏ một đề nghị khỏi hồ sơ (cùng các tài liệu của đề nghị).' })
export class RemoveNomineeInput {
  @Field(() => ID)
  @Id('Hồ sơ')
  dossierId!: string;

  @Version()
  version!: number;

  @Field(() => ID)
  @Id('Đề nghị')
  nominationId!: string;
}

@InputType({ description: 'Ghi nội dung một tài liệu nhập trực tiếp (biên bản…) thay cho tệp.' })
export class WriteDossierDocumentInput {
  @Field(() => ID)
  @Id('Hồ sơ')
  dossierId!: string;

  @Version()
  version!: number;

  @Field(() => DossierDocumentKindEnum)
  @IsIn(Object.keys(DOSSIER_DOCUMENT_KINDS), msg.oneOf('Loại tài liệu'))
  kind!: DossierDocumentKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Đề nghị (với báo cáo thành tích, chứng nhận sáng kiến).',
  })
  @Id('Đề nghị', true)
  nominationId?: string | null;

  @Field()
  @Required('Nội dung tài liệu', L.documentText)
  text!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú', L.note)
  note?: string | null;
}

@InputType({ description: 'Bỏ một tài liệu khỏi hồ sơ.' })
export class RemoveDossierDocumentInput {
  @Field(() => ID)
  @Id('Hồ sơ')
  dossierId!: string;

  @Version()
  version!: number;

  @Field(() => ID)
  @Id('Tài liệu')
  documentId!: string;
}

@InputType({
  description: 'Một đề nghị của hồ sơ cấp dưới được đề nghị lên cấp trên, với hình thức cao hơn.',
})
export class EscalatedNomineeInput extends NomineeAwardInput {
  @Field(() => ID)
  @Id('Đề nghị')
  nominationId!: string;
}

@InputType({
  description:
    'Đề nghị cấp trên khen cao: đưa các đề nghị đã thẩm định của một hồ sơ vào hồ sơ của đơn vị tiếp nhận ở đợt xét cấp trên (dùng lại tài liệu của hồ sơ gốc).',
})
export class EscalateAwardDossierInput {
  @Field(() => ID)
  @Id('Hồ sơ gốc')
  originDossierId!: string;

  @Field(() => ID, { description: 'Đợt xét của cấp trên.' })
  @Id('Đợt xét khen thưởng')
  roundId!: string;

  @Field(() => [EscalatedNomineeInput])
  @IsArray(msg.required('Đề nghị'))
  @ArrayMinSize(1, msg.required('Đề nghị'))
  @ArrayMaxSize(L.nominees, { message: `Tối đa ${L.nominees} đề nghị.` })
  @ValidateNested({ each: true })
  @Type(() => EscalatedNomineeInput)
  nominees!: EscalatedNomineeInput[];
}

@InputType({ description: 'Lọc danh sách hồ sơ đề nghị khen thưởng.' })
export class AwardDossierFilter {
  @Field(() => ID, { nullable: true })
  @Id('Đợt xét khen thưởng', true)
  roundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Chỉ hồ sơ của đơn vị đề nghị này.' })
  @Id('Đơn vị', true)
  unitId?: string | null;

  @Field(() => DossierStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(DOSSIER_STATUSES), msg.oneOf('Trạng thái'))
  status?: DossierStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: chỉ hồ sơ gửi sau hạn.' })
  @OptionalBoolean('Gửi muộn')
  late?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: chỉ hồ sơ quá thời hạn đang chạy (tiếp nhận 05, thẩm định 20 ngày làm việc); false: các hồ sơ khác.',
  })
  @OptionalBoolean('Quá hạn')
  overdue?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo tên tập thể, cá nhân được đề nghị (không phân biệt dấu, theo đầu từ).',
  })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;
}

@ArgsType()
export class AwardDossiersArgs extends PageArgs {
  @Field(() => AwardDossierFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AwardDossierFilter)
  filter?: AwardDossierFilter | null;
}
