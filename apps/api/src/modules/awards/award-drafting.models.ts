import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ACHIEVEMENT_REPORT_KINDS,
  AWARD_DRAFT_LIMITS as L,
  SIGNING_AUTHORITIES,
  type AchievementReportKindCode,
  type IsoDate,
  type SigningAuthority,
} from '@thidua/shared-domain';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import { IsoDateValue } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import type { ReportDraftContent, ToTrinhDraftContent } from './award-document-draft.entity';

export const AchievementReportKindEnum = defineEnum<AchievementReportKindCode>(
  'AchievementReportKind',
  ACHIEVEMENT_REPORT_KINDS,
  'Mẫu báo cáo thành tích theo loại hình khen thưởng và đối tượng (NĐ 152/2025, Phụ lục).',
);

/** A string that may be empty (a section not written yet), bounded. */
function Text(label: string, max: number = L.text): PropertyDecorator {
  return (target, key) => {
    IsString(msg.required(label))(target, key);
    MaxLength(max, msg.maxLength(label, max))(target, key);
  };
}

function NullableText(label: string, max: number = L.line): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsString(msg.required(label))(target, key);
    MaxLength(max, msg.maxLength(label, max))(target, key);
  };
}

/** A list of nested parts, validated each, at most `max`. */
function Parts(label: string, cls: () => new () => object, max: number): PropertyDecorator {
  return (target, key) => {
    IsArray(msg.required(label))(target, key);
    ArrayMaxSize(max, { message: `${label}: tối đa ${max} mục.` })(target, key);
    ValidateNested({ each: true })(target, key);
    Type(cls)(target, key);
  };
}

function Lines(label: string, max: number, length: number = L.line): PropertyDecorator {
  return (target, key) => {
    IsArray(msg.required(label))(target, key);
    ArrayMaxSize(max, { message: `${label}: tối đa ${max} dòng.` })(target, key);
    IsString({ each: true, ...msg.required(label) })(target, key);
    MaxLength(length, { each: true, ...msg.maxLength(label, length) })(target, key);
  };
}

function Year(label: string): PropertyDecorator {
  return (target, key) => {
    IsInt(msg.int(label))(target, key);
    Min(1945, { message: `${label} không hợp lệ.` })(target, key);
    Max(2200, { message: `${label} không hợp lệ.` })(target, key);
  };
}

// ---------------------------------------------------------------------------------------------------
// báo cáo thành tích

@ObjectType('ReportField', {
  description: 'Một dòng "nhãn: nội dung" của phần I (sơ lược lý lịch).',
})
@InputType('ReportFieldInput')
export class ReportFieldPart {
  @Field({ description: '"Họ và tên", "Ngày sinh", "Tổng số cán bộ"…' })
  @Text('Nhãn', L.line)
  label!: string;

  @Field()
  @Text('Nội dung', L.line)
  value!: string;
}

@ObjectType('ReportTarget', { description: 'Một chỉ tiêu của kế hoạch và kết quả thực hiện.' })
@InputType('ReportTargetInput')
export class ReportTargetPart {
  @Field()
  @Text('Tên chỉ tiêu', L.line)
  name!: string;

  @Field({ description: 'Mức kế hoạch giao: "≥ 95 %", "1.200 đảng viên".' })
  @Text('Mức chỉ tiêu', L.line)
  planned!: string;

  @Field(() => String, { nullable: true, description: 'Kết quả đã báo cáo; null: chưa có.' })
  @NullableText('Kết quả chỉ tiêu')
  achieved!: string | null;
}

@ObjectType('ReportEvaluation', { description: 'Kết quả đánh giá, xếp loại một năm.' })
@InputType('ReportEvaluationInput')
export class ReportEvaluationPart {
  @Field(() => Int)
  @Year('Năm đánh giá')
  year!: number;

  @Field({ description: '"Hoàn thành xuất sắc nhiệm vụ".' })
  @Text('Kết quả đánh giá', L.line)
  result!: string;
}

@ObjectType('ReportPriorAward', { description: 'Một danh hiệu, hình thức khen thưởng đã nhận.' })
@InputType('ReportPriorAwardInput')
export class ReportPriorAwardPart {
  @Field(() => Int)
  @Year('Năm khen thưởng')
  year!: number;

  @Field()
  @Text('Danh hiệu, hình thức', L.line)
  award!: string;

  @Field(() => String, {
    nullable: true,
    description: '"Quyết định số 123/QĐ-UBND ngày 12/3/2024 của UBND tỉnh".',
  })
  @NullableText('Quyết định khen thưởng')
  decision!: string | null;
}

@ObjectType('ReportInitiative', { description: 'Một sáng kiến, đề tài dùng cho đề nghị.' })
@InputType('ReportInitiativeInput')
export class ReportInitiativePart {
  @Field()
  @Text('Tên sáng kiến, đề tài', L.line)
  title!: string;

  @Field({ description: '"Cấp cơ sở", "Cấp tỉnh, bộ, ngành".' })
  @Text('Phạm vi ảnh hưởng', L.line)
  level!: string;

  @Field(() => String, { nullable: true, description: 'Quyết định công nhận, cơ quan công nhận.' })
  @NullableText('Công nhận')
  recognition!: string | null;
}

@ObjectType('ReportSigner', {
  description: 'Người ký báo cáo: chức vụ (hoặc "Người báo cáo"), họ tên.',
})
@InputType('ReportSignerInput')
export class ReportSignerPart {
  @Field()
  @Text('Chức vụ người ký', L.line)
  title!: string;

  @Field()
  @Text('Họ tên người ký', L.line)
  name!: string;
}

@ObjectType('ReportConfirmer', { description: 'Xác nhận của thủ trưởng đơn vị, cấp trình khen.' })
@InputType('ReportConfirmerInput')
export class ReportConfirmerPart {
  @Field()
  @Text('Chức vụ người xác nhận', L.line)
  title!: string;

  @Field(() => String, { nullable: true })
  @NullableText('Họ tên người xác nhận')
  name!: string | null;
}

@ObjectType('AchievementReportContent', {
  description:
    'Phần sửa được của báo cáo thành tích. Các ô văn bản: mỗi dòng một đoạn, dòng bắt đầu bằng "- " là một gạch đầu dòng.',
})
@InputType('AchievementReportContentInput')
export class AchievementReportContent implements ReportDraftContent {
  @Field({ description: 'Thời gian, đợt lập thành tích: "Đợt thi đua … năm 2025", "năm 2025".' })
  @Text('Thời gian, đợt thi đua', L.title)
  period!: string;

  @Field(() => [ReportFieldPart], { description: 'Phần I: sơ lược lý lịch, đặc điểm tình hình.' })
  @Parts('Sơ lược lý lịch', () => ReportFieldPart, L.profile)
  profile!: ReportFieldPart[];

  @Field({ description: 'Phần I: chức năng, nhiệm vụ, tổ chức bộ máy, tình hình.' })
  @Text('Chức năng, nhiệm vụ, tình hình')
  background!: string;

  @Field({ description: 'Chỉ tiêu, nhiệm vụ được giao, đăng ký thi đua, giao ước.' })
  @Text('Chỉ tiêu, nhiệm vụ được giao')
  commitments!: string;

  @Field(() => [ReportTargetPart], { description: 'Kết quả thực hiện các chỉ tiêu của kế hoạch.' })
  @Parts('Chỉ tiêu', () => ReportTargetPart, L.targets)
  targets!: ReportTargetPart[];

  @Field({ description: 'Biện pháp, giải pháp, cách làm sáng tạo.' })
  @Text('Biện pháp, giải pháp')
  measures!: string;

  @Field({ description: 'Kết quả đạt được (khi soạn: tóm tắt thành tích của đề nghị).' })
  @Text('Kết quả đạt được')
  results!: string;

  @Field({ description: 'Bài học kinh nghiệm.' })
  @Text('Bài học kinh nghiệm')
  lessons!: string;

  @Field(() => [ReportEvaluationPart], { description: 'Kết quả đánh giá, xếp loại các năm.' })
  @Parts('Kết quả đánh giá', () => ReportEvaluationPart, L.evaluations)
  evaluations!: ReportEvaluationPart[];

  @Field(() => [ReportPriorAwardPart], { description: 'Phần III: khen thưởng đã nhận.' })
  @Parts('Khen thưởng đã nhận', () => ReportPriorAwardPart, L.priorAwards)
  priorAwards!: ReportPriorAwardPart[];

  @Field(() => [ReportInitiativePart])
  @Parts('Sáng kiến, đề tài', () => ReportInitiativePart, L.initiatives)
  initiatives!: ReportInitiativePart[];

  @Field(() => ReportSignerPart, {
    description: 'Người báo cáo (cá nhân) hoặc thủ trưởng đơn vị (tập thể).',
  })
  @ValidateNested()
  @Type(() => ReportSignerPart)
  author!: ReportSignerPart;

  @Field(() => ReportConfirmerPart, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportConfirmerPart)
  confirmer!: ReportConfirmerPart | null;
}

@ObjectType({
  description:
    'Báo cáo thành tích của một đề nghị do hệ thống soạn từ dữ liệu (cán bộ, đơn vị, đăng ký thi đua, chỉ tiêu, kết quả đánh giá, khen thưởng, sáng kiến), cán bộ sửa, duyệt; khi gửi hồ sơ được lập thành tệp .docx và lưu cố định.',
})
export class AchievementReport {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => ID)
  dossierId!: string;

  @Field(() => AchievementReportKindEnum)
  kind!: AchievementReportKindCode;

  @Field({ description: 'Họ tên, tên tập thể hoặc hộ.' })
  name!: string;

  @Field({ description: 'Danh hiệu, hình thức đề nghị.' })
  award!: string;

  @Field(() => AchievementReportContent)
  content!: AchievementReportContent;

  @Field({
    description:
      'true: bản hệ thống vừa soạn từ dữ liệu, chưa lưu (chưa sửa, chưa duyệt lần nào; phiên bản 0); false: bản đã lưu.',
  })
  drafted!: boolean;

  @Field({ description: 'Lúc nội dung được soạn từ dữ liệu (lần soạn gần nhất).' })
  draftedAt!: Date;

  @Field(() => Int, { description: 'Phiên bản của bản dự thảo; 0: chưa lưu.' })
  version!: number;

  @Field(() => Date, { nullable: true, description: 'Lúc duyệt để gửi; null: chưa duyệt.' })
  signedOffAt!: Date | null;

  @Field(() => String, { nullable: true })
  signedOffByName!: string | null;

  @Field({
    description:
      'Hồ sơ đã có báo cáo thành tích tải lên hoặc nhập của đề nghị này: khi gửi dùng báo cáo đó, không dùng bản dự thảo.',
  })
  uploaded!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Tài liệu .docx lập từ bản dự thảo ở lần gửi gần nhất (lưu cố định).',
  })
  documentId!: string | null;

  @Field({
    description:
      'Đường dẫn tải .docx (REST, cùng phiên đăng nhập): bản xem trước khi hồ sơ đang lập hoặc bị trả lại, bản đã lưu khi đã gửi.',
  })
  downloadPath!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Số mẫu theo quy định áp dụng ("Mẫu số 05"); null: quy định không ghi số mẫu.',
  })
  form!: string | null;
}

// ---------------------------------------------------------------------------------------------------
// tờ trình

@ObjectType('ToTrinhSigningLine', { description: 'Dòng quyền hạn ký: "TM. Ủy ban nhân dân".' })
@InputType('ToTrinhSigningLineInput')
export class ToTrinhSigningLinePart {
  @Field(() => String, { description: 'TM, KT, TL hoặc TUQ (NĐ 30/2020 Điều 13).' })
  @IsIn(Object.keys(SIGNING_AUTHORITIES), msg.oneOf('Quyền hạn ký'))
  authority!: SigningAuthority;

  @Field({ description: '"Ủy ban nhân dân", "Giám đốc".' })
  @Text('Thay mặt, ký thay cho', L.line)
  of!: string;
}

@ObjectType('ToTrinhSigner', { description: 'Quyền hạn, chức vụ, họ tên người ký tờ trình.' })
@InputType('ToTrinhSignerInput')
export class ToTrinhSignerPart {
  @Field(() => [ToTrinhSigningLinePart])
  @Parts('Quyền hạn ký', () => ToTrinhSigningLinePart, L.signingLines)
  on!: ToTrinhSigningLinePart[];

  @Field()
  @Text('Chức vụ người ký', L.line)
  title!: string;

  @Field()
  @Text('Họ tên người ký', L.line)
  name!: string;
}

@ObjectType('ToTrinhCouncilMinutes', {
  description: 'Biên bản họp Hội đồng Thi đua - Khen thưởng của đơn vị, dẫn cuối phần căn cứ.',
})
@InputType('ToTrinhCouncilMinutesInput')
export class ToTrinhCouncilMinutesPart {
  @Field(() => DateOnly, { nullable: true, description: 'Ngày họp.' })
  @IsoDateValue('Ngày họp Hội đồng', true)
  date!: IsoDate | null;

  @Field({ description: 'Hội đồng của đơn vị nào: "Phòng Tổng hợp".' })
  @Text('Hội đồng của đơn vị', L.line)
  body!: string;
}

@ObjectType('ToTrinhContent', {
  description:
    'Phần sửa được của tờ trình (Mẫu số 01); các hình thức, số lượng và danh sách kèm theo lấy từ các đề nghị của hồ sơ.',
})
@InputType('ToTrinhContentInput')
export class ToTrinhContent implements ToTrinhDraftContent {
  @Field({ description: 'Địa danh: "Bắc Kạn".' })
  @Text('Địa danh', L.line)
  place!: string;

  @Field({ description: 'Trích yếu sau "Về việc": "đề nghị … tặng … cho …".' })
  @Text('Trích yếu', L.title)
  subject!: string;

  @Field(() => [String], { description: 'Kính gửi, mỗi dòng một nơi.' })
  @Lines('Kính gửi', L.addressees)
  addressees!: string[];

  @Field(() => [String], { description: 'Căn cứ, mỗi dòng một văn bản (không ghi "Căn cứ").' })
  @Lines('Căn cứ', L.bases, L.title)
  bases!: string[];

  @Field(() => ToTrinhCouncilMinutesPart, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ToTrinhCouncilMinutesPart)
  councilMinutes!: ToTrinhCouncilMinutesPart | null;

  @Field({ description: 'Tóm tắt thành tích, quá trình xét (mỗi dòng một đoạn).' })
  @Text('Tóm tắt')
  summary!: string;

  @Field({ description: 'Cấp có thẩm quyền như câu đề nghị ghi: "Chủ tịch UBND tỉnh".' })
  @Text('Cấp có thẩm quyền', L.line)
  authority!: string;

  @Field(() => [String], { description: 'Nơi nhận (không gồm dòng "Lưu").' })
  @Lines('Nơi nhận', L.recipients)
  recipients!: string[];

  @Field({ description: 'Lưu: "VT, TCCB".' })
  @Text('Nơi lưu', L.line)
  archive!: string;

  @Field(() => ToTrinhSignerPart)
  @ValidateNested()
  @Type(() => ToTrinhSignerPart)
  signer!: ToTrinhSignerPart;
}

@ObjectType('ToTrinhAwardLine', {
  description: 'Một hình thức đề nghị và số lượng theo đối tượng.',
})
export class ToTrinhAwardLine {
  @Field()
  award!: string;

  @Field(() => Int)
  collectives!: number;

  @Field(() => Int)
  individuals!: number;

  @Field(() => Int)
  households!: number;
}

@ObjectType({
  description:
    'Tờ trình đề nghị khen thưởng của hồ sơ do hệ thống soạn (Mẫu số 01, NĐ 152/2025): cán bộ sửa; khi gửi lần đầu được cấp số trong sổ văn bản của đơn vị đề nghị (giữ nguyên khi gửi lại), lập thành .docx và lưu cố định.',
})
export class ToTrinhDraft {
  @Field(() => ID)
  dossierId!: string;

  @Field(() => ToTrinhContent)
  content!: ToTrinhContent;

  @Field(() => [ToTrinhAwardLine], {
    description: 'Các hình thức đề nghị, theo các đề nghị của hồ sơ.',
  })
  awards!: ToTrinhAwardLine[];

  @Field({ description: 'true: bản hệ thống vừa soạn, chưa lưu (phiên bản 0); false: bản đã lưu.' })
  drafted!: boolean;

  @Field()
  draftedAt!: Date;

  @Field(() => Int, { description: 'Phiên bản của bản dự thảo; 0: chưa lưu.' })
  version!: number;

  @Field(() => Int, { nullable: true, description: 'Số tờ trình (cấp khi gửi lần đầu).' })
  number!: number | null;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu: "05/TTr-SNV".' })
  symbol!: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày tờ trình (ngày cấp số).' })
  numberedOn!: IsoDate | null;

  @Field({
    description:
      'Hồ sơ đã có tờ trình tải lên hoặc nhập: khi gửi dùng tờ trình đó, không dùng bản dự thảo.',
  })
  uploaded!: boolean;

  @Field(() => ID, { nullable: true, description: 'Tài liệu .docx lập ở lần gửi gần nhất.' })
  documentId!: string | null;

  @Field({ description: 'Đường dẫn tải .docx (REST): bản xem trước hoặc bản đã lưu khi gửi.' })
  downloadPath!: string;

  @Field(() => String, { nullable: true, description: 'Số mẫu: "Mẫu số 01" (NĐ 152/2025).' })
  form!: string | null;
}

export function copyReportContent(c: ReportDraftContent): AchievementReportContent {
  return {
    ...c,
    profile: c.profile.map((f) => ({ ...f })),
    targets: c.targets.map((t) => ({ ...t })),
    evaluations: c.evaluations.map((e) => ({ ...e })),
    priorAwards: c.priorAwards.map((a) => ({ ...a })),
    initiatives: c.initiatives.map((i) => ({ ...i })),
    author: { ...c.author },
    confirmer: c.confirmer ? { ...c.confirmer } : null,
  };
}

export function copyToTrinhContent(c: ToTrinhDraftContent): ToTrinhContent {
  return {
    ...c,
    addressees: [...c.addressees],
    bases: [...c.bases],
    recipients: [...c.recipients],
    councilMinutes: c.councilMinutes ? { ...c.councilMinutes } : null,
    signer: { on: c.signer.on.map((l) => ({ ...l })), title: c.signer.title, name: c.signer.name },
  };
}
