import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CAMPAIGN_PLAN_LIMITS as L,
  PLAN_BASIS_VERBS,
  SIGNING_AUTHORITIES,
  type PlanBasisVerb,
  type IsoDate,
  type SigningAuthority,
} from '@thidua/shared-domain';
import type {
  AwardPlan,
  AwardQuota,
  Block,
  PlanDocument,
  PlanMilestone,
  PlanPhase,
  PlanTarget,
  Recipients,
  ReportingDuty,
  Responsibility,
  Signature,
} from '@thidua/documents';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import { IsoDateValue, OptionalText, Required } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';

/**
 * The content of a kế hoạch thi đua as typed data (stored as `campaign_plans.content`, jsonb), in the
 * shape of libs/documents' PlanDocument so `planDocumentParts` maps it field for field. Each class is
 * both the GraphQL output type and, with the suffix `Input`, the input type; every list and text is
 * bounded (CAMPAIGN_PLAN_LIMITS) and checked with Vietnamese messages naming the part.
 */

export const SigningAuthorityEnum = defineEnum<SigningAuthority>(
  'SigningAuthority',
  SIGNING_AUTHORITIES,
  'Quyền hạn ký (NĐ 30/2020 Điều 13).',
);

export const PlanBasisVerbEnum = defineEnum<PlanBasisVerb>(
  'PlanBasisVerb',
  PLAN_BASIS_VERBS,
  'Lời dẫn trích dẫn căn cứ: "Căn cứ …" hoặc "Thực hiện …".',
);

/** A list of non-blank paragraphs, at most `max` of at most `length` characters. */
function TextList(label: string, max: number = L.paragraphs, length: number = L.paragraph) {
  return (target: object, key: string | symbol) => {
    IsOptional()(target, key);
    IsArray(msg.required(label))(target, key);
    ArrayMaxSize(max, { message: `${label}: tối đa ${max} mục.` })(target, key);
    IsString({ each: true, ...msg.required(label) })(target, key);
    Matches(/\S/, { each: true, ...msg.required(label) })(target, key);
    MaxLength(length, { each: true, ...msg.maxLength(label, length) })(target, key);
  };
}

/** A list of nested parts (validated each), at most `max`. */
function PartList(label: string, cls: () => new () => object, max: number) {
  return (target: object, key: string | symbol) => {
    IsOptional()(target, key);
    IsArray(msg.required(label))(target, key);
    ArrayMaxSize(max, { message: `${label}: tối đa ${max} mục.` })(target, key);
    ValidateNested({ each: true })(target, key);
    Type(cls)(target, key);
  };
}

/** One nested part, optional. */
function Part(cls: () => new () => object) {
  return (target: object, key: string | symbol) => {
    IsOptional()(target, key);
    ValidateNested()(target, key);
    Type(cls)(target, key);
  };
}

function Count(label: string) {
  return (target: object, key: string | symbol) => {
    IsOptional()(target, key);
    IsInt(msg.int(label))(target, key);
    Min(0, msg.int(label))(target, key);
    Max(100_000, { message: `${label} không được lớn hơn 100.000.` })(target, key);
  };
}

@ObjectType('CampaignPlanOpening', {
  description:
    'Lời dẫn trước nội dung: cách trích căn cứ ("Căn cứ …" hoặc "Thực hiện …") và câu kết của lời dẫn.',
})
@InputType('CampaignPlanOpeningInput')
export class PlanOpeningPart {
  @Field(() => PlanBasisVerbEnum, { defaultValue: 'CAN_CU' })
  @IsOptional()
  @IsIn(Object.keys(PLAN_BASIS_VERBS), { message: 'Lời dẫn: chọn "Căn cứ" hoặc "Thực hiện".' })
  verb: PlanBasisVerb = 'CAN_CU';

  @Field(() => String, {
    nullable: true,
    description:
      'Câu kết của lời dẫn, như "Ủy ban nhân dân tỉnh ban hành Kế hoạch …, như sau:"; bỏ trống: "<đơn vị ban hành> xây dựng kế hoạch, như sau:".',
  })
  @OptionalText('Câu kết của lời dẫn', L.paragraph)
  resolution?: string | null;
}

@ObjectType('CampaignPlanPurpose', { description: 'Mục đích, yêu cầu.' })
@InputType('CampaignPlanPurposeInput')
export class PlanPurposePart {
  @Field(() => [String], { description: 'Mục đích: mỗi mục một đoạn.' })
  @TextList('Mục đích')
  aims: string[] = [];

  @Field(() => [String], { nullable: true, description: 'Yêu cầu: mỗi mục một đoạn.' })
  @TextList('Yêu cầu')
  requirements?: string[] | null;
}

@ObjectType('CampaignPlanParticipants', { description: 'Đối tượng thi đua.' })
@InputType('CampaignPlanParticipantsInput')
export class PlanParticipantsPart {
  @Field(() => String, { nullable: true, description: 'Tập thể.' })
  @OptionalText('Đối tượng tập thể', L.paragraph)
  collectives?: string | null;

  @Field(() => String, { nullable: true, description: 'Cá nhân.' })
  @OptionalText('Đối tượng cá nhân', L.paragraph)
  individuals?: string | null;
}

@ObjectType('CampaignPlanSubsection', { description: 'Mục con của một nội dung thi đua.' })
@InputType('CampaignPlanSubsectionInput')
export class PlanSubsectionPart {
  @Field()
  @Required('Tên mục', L.label)
  title!: string;

  @Field(() => [String])
  @TextList('Nội dung mục')
  paragraphs: string[] = [];

  @Field(() => [String], { nullable: true, description: 'Chú thích cuối trang, gắn sau tên mục.' })
  @TextList('Chú thích', L.footnotes)
  footnotes?: string[] | null;
}

@ObjectType('CampaignPlanSection', {
  description: 'Một nội dung thi đua (đánh số khi in: 1., 2.…), có đoạn văn, mục con và chú thích.',
})
@InputType('CampaignPlanSectionInput')
export class PlanSectionPart {
  @Field()
  @Required('Tên nội dung', L.label)
  title!: string;

  @Field(() => [String])
  @TextList('Nội dung')
  paragraphs: string[] = [];

  @Field(() => [PlanSubsectionPart], { nullable: true })
  @PartList('Mục con', () => PlanSubsectionPart, L.subsections)
  subsections?: PlanSubsectionPart[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Chú thích cuối trang, gắn sau tên nội dung.',
  })
  @TextList('Chú thích', L.footnotes)
  footnotes?: string[] | null;
}

@ObjectType('CampaignPlanTarget', { description: 'Một chỉ tiêu thi đua.' })
@InputType('CampaignPlanTargetInput')
export class PlanTargetPart {
  @Field({ description: 'Tên chỉ tiêu.' })
  @Required('Tên chỉ tiêu', L.label)
  indicator!: string;

  @Field({ description: 'Mức phải đạt, như kế hoạch viết: "Trên 90", "Từ 35.000".' })
  @Required('Mức chỉ tiêu', L.label)
  target!: string;

  @Field(() => String, { nullable: true, description: 'Đơn vị tính: "%", "tỷ đồng".' })
  @OptionalText('Đơn vị tính', L.label)
  unit?: string | null;

  @Field(() => Int, { nullable: true, description: 'Năm của chỉ tiêu.' })
  @IsOptional()
  @IsInt(msg.int('Năm chỉ tiêu'))
  @Min(1945, { message: 'Năm chỉ tiêu không hợp lệ.' })
  @Max(2200, { message: 'Năm chỉ tiêu không hợp lệ.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Đơn vị chủ trì thực hiện.' })
  @OptionalText('Đơn vị chủ trì', L.label)
  responsibleUnitName?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú chỉ tiêu', L.label)
  note?: string | null;
}

@ObjectType('CampaignPlanPhase', { description: 'Một giai đoạn thực hiện.' })
@InputType('CampaignPlanPhaseInput')
export class PlanPhasePart {
  @Field({ description: '"Giai đoạn 1", "Phát động".' })
  @Required('Tên giai đoạn', L.label)
  name!: string;

  @Field(() => DateOnly)
  @IsoDateValue('Giai đoạn từ ngày')
  from!: IsoDate;

  @Field(() => DateOnly)
  @IsoDateValue('Giai đoạn đến ngày')
  to!: IsoDate;

  @Field(() => [String])
  @TextList('Nhiệm vụ của giai đoạn')
  tasks: string[] = [];
}

@ObjectType('CampaignPlanMilestone', {
  description: 'Một mốc thời gian: phát động, sơ kết, tổng kết.',
})
@InputType('CampaignPlanMilestoneInput')
export class PlanMilestonePart {
  @Field(() => DateOnly)
  @IsoDateValue('Ngày của mốc')
  date!: IsoDate;

  @Field({ description: 'Việc diễn ra vào mốc.' })
  @Required('Nội dung mốc', L.label)
  label!: string;

  @Field(() => Boolean, { nullable: true, description: 'Ngày dự kiến.' })
  @IsOptional()
  @IsBoolean({ message: 'Ngày dự kiến phải là có/không.' })
  tentative?: boolean | null;
}

@ObjectType('CampaignPlanAwardCriterion', { description: 'Tiêu chuẩn khen thưởng.' })
@InputType('CampaignPlanAwardCriterionInput')
export class AwardCriterionPart {
  @Field({ description: '"Đối với tập thể".' })
  @Required('Đối tượng của tiêu chuẩn', L.label)
  label!: string;

  @Field()
  @Required('Tiêu chuẩn', L.paragraph)
  text!: string;
}

@ObjectType('CampaignPlanAwardForm', { description: 'Hình thức khen thưởng, danh hiệu thi đua.' })
@InputType('CampaignPlanAwardFormInput')
export class AwardFormPart {
  @Field({ description: '"Bằng khen của Chủ tịch UBND tỉnh".' })
  @Required('Hình thức khen thưởng', L.label)
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Nội dung hình thức khen thưởng', L.paragraph)
  text?: string | null;
}

@ObjectType('CampaignPlanAwardQuota', { description: 'Số lượng khen thưởng.' })
@InputType('CampaignPlanAwardQuotaInput')
export class AwardQuotaPart {
  @Field()
  @Required('Hình thức của số lượng', L.label)
  form!: string;

  @Field(() => Int, { nullable: true })
  @Count('Số tập thể')
  collectives?: number | null;

  @Field(() => Int, { nullable: true })
  @Count('Số cá nhân')
  individuals?: number | null;

  @Field(() => Int, { nullable: true, description: 'Tập thể hoặc cá nhân.' })
  @Count('Số tập thể hoặc cá nhân')
  either?: number | null;

  @Field(() => String, { nullable: true, description: '"mỗi xã, phường".' })
  @OptionalText('Tính theo', L.label)
  per?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Ghi chú số lượng', L.label)
  note?: string | null;
}

@ObjectType('CampaignPlanAwards', { description: 'Khen thưởng của phong trào.' })
@InputType('CampaignPlanAwardsInput')
export class AwardPlanPart {
  @Field(() => [AwardFormPart])
  @PartList('Hình thức khen thưởng', () => AwardFormPart, L.awardItems)
  forms: AwardFormPart[] = [];

  @Field(() => [AwardCriterionPart])
  @PartList('Tiêu chuẩn khen thưởng', () => AwardCriterionPart, L.awardItems)
  criteria: AwardCriterionPart[] = [];

  @Field(() => [AwardQuotaPart], { nullable: true })
  @PartList('Số lượng khen thưởng', () => AwardQuotaPart, L.awardItems)
  quotas?: AwardQuotaPart[] | null;

  @Field(() => [String], { nullable: true, description: 'Thành phần hồ sơ.' })
  @TextList('Thành phần hồ sơ', L.awardItems)
  dossier?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Nơi nhận hồ sơ.' })
  @OptionalText('Nơi nhận hồ sơ', L.label)
  submitTo?: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'Hạn nộp hồ sơ.' })
  @IsoDateValue('Hạn nộp hồ sơ', true)
  deadline?: IsoDate | null;

  @Field(() => String, { nullable: true, description: '"để tổng hợp, trình Hội đồng…".' })
  @OptionalText('Ghi chú hạn nộp', L.label)
  deadlineNote?: string | null;
}

@ObjectType('CampaignPlanResponsibility', { description: 'Trách nhiệm của một cơ quan, đơn vị.' })
@InputType('CampaignPlanResponsibilityInput')
export class ResponsibilityPart {
  @Field()
  @Required('Cơ quan, đơn vị', L.label)
  body!: string;

  @Field(() => [String])
  @TextList('Nhiệm vụ')
  tasks: string[] = [];
}

@ObjectType('CampaignPlanReporting', { description: 'Chế độ báo cáo.' })
@InputType('CampaignPlanReportingInput')
export class ReportingPart {
  @Field()
  @Required('Đơn vị báo cáo', L.label)
  who!: string;

  @Field({ description: '"hằng quý", "6 tháng, hằng năm".' })
  @Required('Kỳ báo cáo', L.label)
  frequency!: string;

  @Field()
  @Required('Nơi nhận báo cáo', L.label)
  to!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Qua cơ quan', L.label)
  via?: string | null;
}

@ObjectType('CampaignPlanRecipientGroup')
@InputType('CampaignPlanRecipientGroupInput')
export class RecipientGroupPart {
  @Field(() => String, { nullable: true, description: '"Gửi bản điện tử:".' })
  @OptionalText('Nhóm nơi nhận', L.label)
  heading?: string | null;

  @Field(() => [String])
  @TextList('Nơi nhận', L.paragraphs, L.label)
  names: string[] = [];
}

@ObjectType('CampaignPlanRecipients', { description: 'Nơi nhận.' })
@InputType('CampaignPlanRecipientsInput')
export class RecipientsPart {
  @Field(() => [RecipientGroupPart])
  @PartList('Nơi nhận', () => RecipientGroupPart, L.recipientGroups)
  groups: RecipientGroupPart[] = [];

  @Field({ description: 'Lưu: "VT, HCQT".' })
  @Required('Nơi lưu', L.label)
  archive!: string;
}

@ObjectType('CampaignPlanSigningLine', { description: 'Dòng quyền hạn ký: "TM. Ủy ban nhân dân".' })
@InputType('CampaignPlanSigningLineInput')
export class SigningLinePart {
  @Field(() => SigningAuthorityEnum)
  @IsIn(Object.keys(SIGNING_AUTHORITIES), msg.oneOf('Quyền hạn ký'))
  authority!: SigningAuthority;

  @Field({ description: '"Ủy ban nhân dân", "Chủ tịch".' })
  @Required('Thay mặt, ký thay cho', L.label)
  of!: string;
}

@ObjectType('CampaignPlanSignature', { description: 'Quyền hạn, chức vụ, họ tên người ký.' })
@InputType('CampaignPlanSignatureInput')
export class SignaturePart {
  @Field(() => [SigningLinePart], { nullable: true })
  @PartList('Quyền hạn ký', () => SigningLinePart, 3)
  on?: SigningLinePart[] | null;

  @Field({ description: '"Chánh Văn phòng", "Phó Chủ tịch".' })
  @Required('Chức vụ người ký', L.label)
  title!: string;

  @Field({ description: 'Họ tên người ký.' })
  @Required('Họ tên người ký', L.label)
  name!: string;
}

@ObjectType('CampaignPlanContent', {
  description:
    'Nội dung kế hoạch thi đua: mục đích, yêu cầu, chủ đề, phương châm, đối tượng, nội dung, chỉ tiêu, giai đoạn, mốc thời gian, khen thưởng, tổ chức thực hiện, báo cáo, nơi nhận, người ký.',
})
@InputType('CampaignPlanContentInput')
export class CampaignPlanContent {
  @Field(() => PlanOpeningPart, { nullable: true })
  @Part(() => PlanOpeningPart)
  opening?: PlanOpeningPart | null;

  @Field(() => PlanPurposePart)
  @IsNotEmpty(msg.required('Mục đích, yêu cầu'))
  @ValidateNested()
  @Type(() => PlanPurposePart)
  purpose!: PlanPurposePart;

  @Field(() => String, { nullable: true, description: 'Chủ đề thi đua (không kèm dấu ngoặc kép).' })
  @OptionalText('Chủ đề', L.paragraph)
  theme?: string | null;

  @Field(() => [String], { nullable: true, description: 'Phương châm thi đua.' })
  @TextList('Phương châm')
  motto?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Phương thức thi đua.' })
  @TextList('Phương thức')
  methods?: string[] | null;

  @Field(() => PlanParticipantsPart, { nullable: true })
  @Part(() => PlanParticipantsPart)
  participants?: PlanParticipantsPart | null;

  @Field(() => [PlanSectionPart], { description: 'Nội dung thi đua.' })
  @PartList('Nội dung thi đua', () => PlanSectionPart, L.sections)
  sections: PlanSectionPart[] = [];

  @Field(() => [PlanTargetPart], { nullable: true, description: 'Chỉ tiêu thi đua.' })
  @PartList('Chỉ tiêu', () => PlanTargetPart, L.targets)
  targets?: PlanTargetPart[] | null;

  @Field(() => [PlanPhasePart], { nullable: true })
  @PartList('Giai đoạn', () => PlanPhasePart, L.phases)
  phases?: PlanPhasePart[] | null;

  @Field(() => [PlanMilestonePart], { nullable: true })
  @PartList('Mốc thời gian', () => PlanMilestonePart, L.milestones)
  milestones?: PlanMilestonePart[] | null;

  @Field(() => [String], { nullable: true, description: 'Giải pháp thực hiện.' })
  @TextList('Giải pháp thực hiện')
  measures?: string[] | null;

  @Field(() => AwardPlanPart, { nullable: true })
  @Part(() => AwardPlanPart)
  awards?: AwardPlanPart | null;

  @Field(() => [ResponsibilityPart], { nullable: true, description: 'Tổ chức thực hiện.' })
  @PartList('Tổ chức thực hiện', () => ResponsibilityPart, L.responsibilities)
  implementation?: ResponsibilityPart[] | null;

  @Field(() => ReportingPart, { nullable: true })
  @Part(() => ReportingPart)
  reporting?: ReportingPart | null;

  @Field(() => String, { nullable: true, description: '"Trên đây là Kế hoạch …".' })
  @OptionalText('Câu kết', L.paragraph)
  closing?: string | null;

  @Field(() => RecipientsPart, { nullable: true })
  @Part(() => RecipientsPart)
  recipients?: RecipientsPart | null;

  @Field(() => SignaturePart, { nullable: true })
  @Part(() => SignaturePart)
  signature?: SignaturePart | null;
}

/**
 * The content as plain data (what the jsonb column holds): the input's class instances turned into
 * plain objects, text trimmed, absent parts left out.
 */
export function plainContent(content: CampaignPlanContent): CampaignPlanContent {
  return JSON.parse(
    JSON.stringify(content, (_key, value: unknown) =>
      typeof value === 'string' ? value.trim() : value === null ? undefined : value,
    ),
  ) as CampaignPlanContent;
}

const texts = (list: readonly string[] | null | undefined) => [...(list ?? [])];
const some = <T>(list: readonly T[] | null | undefined) => (list?.length ? list : undefined);

/** A section as libs/documents' blocks: its paragraphs, then its sub-sections; footnotes on the title. */
function sectionBlock(s: PlanSectionPart | PlanSubsectionPart): Block {
  const footnotes = texts(s.footnotes).map((note) => ({ note }));
  const subsections: PlanSubsectionPart[] = 'subsections' in s ? (s.subsections ?? []) : [];
  return {
    kind: 'section',
    title: footnotes.length ? [s.title, ...footnotes] : s.title,
    blocks: [...texts(s.paragraphs), ...subsections.map(sectionBlock)],
  };
}

/**
 * The parts of a PlanDocument the content gives (issuer, number, place, date, title, period and the
 * căn cứ come from the plan's row and its legal bases): the mapping the issuing step will use.
 */
export function planDocumentParts(
  c: CampaignPlanContent,
): Omit<PlanDocument, 'issuer' | 'number' | 'place' | 'date' | 'title' | 'basis' | 'period'> {
  const targets: PlanTarget[] = (c.targets ?? []).map((t) => ({
    indicator: t.year ? `${t.indicator} (năm ${t.year})` : t.indicator,
    target: t.target,
    unit: t.unit ?? undefined,
    note: [t.responsibleUnitName, t.note].filter(Boolean).join('; ') || undefined,
  }));
  const phases: PlanPhase[] = (c.phases ?? []).map((p) => ({
    name: p.name,
    range: { from: p.from, to: p.to },
    tasks: texts(p.tasks),
  }));
  const milestones: PlanMilestone[] = (c.milestones ?? []).map((m) => ({
    date: m.date,
    event: m.label,
    tentative: m.tentative ?? undefined,
  }));
  const a = c.awards;
  const awards: AwardPlan | undefined = a
    ? {
        criteria: a.criteria.map((x) => ({ label: x.label, text: x.text })),
        forms: a.forms.map((f) => ({ name: f.name, text: f.text ?? undefined })),
        quotas: some(
          (a.quotas ?? []).map((q): AwardQuota => ({
            form: q.form,
            collectives: q.collectives ?? undefined,
            individuals: q.individuals ?? undefined,
            either: q.either ?? undefined,
            per: q.per ?? undefined,
            note: q.note ?? undefined,
          })),
        ),
        dossier: some(texts(a.dossier)),
        deadline:
          a.deadline && a.submitTo
            ? { date: a.deadline, submitTo: a.submitTo, note: a.deadlineNote ?? undefined }
            : undefined,
      }
    : undefined;
  const implementation: Responsibility[] = (c.implementation ?? []).map((r) => ({
    body: r.body,
    tasks: texts(r.tasks),
  }));
  const reporting: ReportingDuty | undefined = c.reporting
    ? { ...c.reporting, via: c.reporting.via ?? undefined }
    : undefined;
  const recipients: Recipients = {
    groups: (c.recipients?.groups ?? []).map((g) => ({
      heading: g.heading ?? undefined,
      names: texts(g.names),
    })),
    archive: c.recipients?.archive ?? '',
  };
  const signature: Signature = {
    on: some((c.signature?.on ?? []).map((l) => ({ mode: l.authority, of: l.of }))),
    title: c.signature?.title ?? '',
    name: c.signature?.name ?? '',
  };
  return {
    purpose: { aims: texts(c.purpose.aims), requirements: some(texts(c.purpose.requirements)) },
    theme: c.theme ?? undefined,
    motto: some([...texts(c.motto), ...texts(c.methods)]),
    participants: c.participants
      ? {
          collectives: c.participants.collectives ?? undefined,
          individuals: c.participants.individuals ?? undefined,
        }
      : undefined,
    content: c.sections.map(sectionBlock),
    targets: some(targets),
    phases: some(phases),
    milestones: some(milestones),
    measures: some(texts(c.measures)),
    awards,
    implementation,
    reporting,
    closing: c.closing ?? undefined,
    recipients,
    signature,
  };
}
