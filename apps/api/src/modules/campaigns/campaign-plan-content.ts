import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayContains,
  ArrayMaxSize,
  ArrayUnique,
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
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import {
  CAMPAIGN_PLAN_LIMITS as L,
  PLAN_BASIS_VERBS,
  PLAN_HEADINGS,
  SIGNING_AUTHORITIES,
  inlineRichText,
  type PlanBasisVerb,
  type IsoDate,
  type SigningAuthority,
} from '@thidua/shared-domain';
import type {
  AwardPlan,
  AwardQuota,
  Block,
  ContestItem,
  NumberingStyle,
  PlanDocument,
  PlanMilestone,
  PlanPhase,
  PlanHeadings,
  PlanTarget,
  Recipients,
  ReportingDuty,
  Responsibility,
  RichText,
  SchedulePlacement,
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

/**
 * How the third and fourth levels of the document are numbered (libs/documents `NumberingStyle`). The
 * seeds use both: the Bắc Kạn office plan "a)" then unnumbered italic titles; the Bến Tre, Hải Dương
 * and Thái Bình plans "2.1." and "2.1.1." — a government plan among them, so the tree does not decide.
 */
export const PLAN_NUMBERING_STYLES = {
  LETTERS: 'a), b), c)…: đề mục cấp 3 đánh chữ cái, cấp 4 không đánh số (mặc định).',
  DECIMAL: '1.1., 1.1.1.: đề mục cấp 3, cấp 4 đánh số nối theo mục trên.',
} as const satisfies Record<string, string>;

export type PlanNumbering = keyof typeof PLAN_NUMBERING_STYLES;

export const PlanNumberingEnum = defineEnum<PlanNumbering>(
  'PlanNumbering',
  PLAN_NUMBERING_STYLES,
  'Cách đánh số đề mục dưới cấp "1.": "a), b)…" hoặc "1.1., 1.1.1.".',
);

/** libs/documents' name of each style. */
const NUMBERING_STYLE = { LETTERS: 'letters', DECIMAL: 'decimal' } as const satisfies Record<
  PlanNumbering,
  NumberingStyle
>;

/**
 * The items of part II an officer orders (issue 10: the seeds order them their own way — Bến Tre
 * "1. Đối tượng, 2. Nội dung, 3. Phương châm", Hải Dương "1. Chủ đề, 2. Nội dung, 3. Thời gian").
 */
export const PLAN_CONTEST_ITEMS = {
  THEME: 'Chủ đề thi đua.',
  MOTTO: 'Phương châm, phương thức thi đua.',
  PERIOD: 'Thời gian thi đua (thời gian của kế hoạch).',
  PARTICIPANTS: 'Đối tượng thi đua.',
  CONTENT: 'Nội dung thi đua (các nội dung đã nhập).',
  TARGETS: 'Chỉ tiêu thi đua (bảng chỉ tiêu).',
} as const satisfies Record<string, string>;

export type PlanContestItem = keyof typeof PLAN_CONTEST_ITEMS;

export const PlanContestItemEnum = defineEnum<PlanContestItem>(
  'PlanContestItem',
  PLAN_CONTEST_ITEMS,
  'Một mục của phần "Nội dung thi đua" khi in.',
);

const CONTEST_ITEM: Record<PlanContestItem, ContestItem> = {
  THEME: 'theme',
  MOTTO: 'motto',
  PERIOD: 'period',
  PARTICIPANTS: 'participants',
  CONTENT: 'content',
  TARGETS: 'targets',
};

/** Where the phases and milestones print (libs/documents `SchedulePlacement`). */
export const PLAN_SCHEDULE_PLACEMENTS = {
  PART: 'Phần riêng "Thời gian và các giai đoạn thực hiện" (mặc định).',
  PERIOD:
    'Trong mục "Thời gian thi đua": 3.1. Giai đoạn 1…, 3.2. Giai đoạn 2… (như kế hoạch Hải Dương).',
  NONE: 'Không in: giai đoạn, mốc thời gian chỉ dùng để theo dõi, báo cáo (văn bản tự nêu thời gian).',
} as const satisfies Record<string, string>;

export type PlanSchedulePlacement = keyof typeof PLAN_SCHEDULE_PLACEMENTS;

export const PlanSchedulePlacementEnum = defineEnum<PlanSchedulePlacement>(
  'PlanSchedulePlacement',
  PLAN_SCHEDULE_PLACEMENTS,
  'Nơi in các giai đoạn và mốc thời gian của kế hoạch.',
);

const SCHEDULE_PLACEMENT = {
  PART: 'part',
  PERIOD: 'period',
  NONE: 'none',
} as const satisfies Record<PlanSchedulePlacement, SchedulePlacement>;

/**
 * Said of every field printed as running text: it takes the inline markup of shared-domain
 * `parseInlineMarkup`. Markup that does not close is accepted and prints as typed (a draft is saved
 * mid-sentence, and "(*)" is ordinary text); the preview shows the stars, so the officer sees it.
 */
const MARKUP =
  ' Chữ nghiêng *…*, chữ đậm **…**, chú thích cuối trang [^…] đặt ngay sau từ được chú thích.';

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
  @Field(() => [String], { description: `Mục đích: mỗi mục một đoạn.${MARKUP}` })
  @TextList('Mục đích')
  aims: string[] = [];

  @Field(() => [String], { nullable: true, description: `Yêu cầu: mỗi mục một đoạn.${MARKUP}` })
  @TextList('Yêu cầu')
  requirements?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Đánh số từng mục: "1.", "2.", "3." ngay dưới "I. MỤC ĐÍCH, YÊU CẦU"; khi tách Mục đích và Yêu cầu thì "a)" hoặc "1.1." theo cách đánh số đề mục. Bỏ trống: các mục là đoạn văn không đánh số.',
  })
  @IsOptional()
  @IsBoolean({ message: 'Đánh số mục đích, yêu cầu phải là có/không.' })
  numbered?: boolean | null;
}

@ObjectType('CampaignPlanParticipants', { description: 'Đối tượng thi đua.' })
@InputType('CampaignPlanParticipantsInput')
export class PlanParticipantsPart {
  @Field(() => String, { nullable: true, description: `Tập thể.${MARKUP}` })
  @OptionalText('Đối tượng tập thể', L.paragraph)
  collectives?: string | null;

  @Field(() => String, { nullable: true, description: `Cá nhân.${MARKUP}` })
  @OptionalText('Đối tượng cá nhân', L.paragraph)
  individuals?: string | null;
}

@ObjectType('CampaignPlanSubsection', { description: 'Mục con của một nội dung thi đua.' })
@InputType('CampaignPlanSubsectionInput')
export class PlanSubsectionPart {
  @Field()
  @Required('Tên mục', L.label)
  title!: string;

  @Field(() => [String], { description: `Đoạn văn của mục.${MARKUP}` })
  @TextList('Nội dung mục')
  paragraphs: string[] = [];

  @Field(() => [String], { nullable: true, description: 'Chú thích cuối trang, gắn sau tên mục.' })
  @TextList('Chú thích', L.footnotes)
  footnotes?: string[] | null;
}

/**
 * A section without a title prints no heading: its paragraphs (and sub-sections) stand where it is,
 * as the seeds' untitled items do — "(1) Tập trung …" (seed 002, the officer types "(1)"), the dash
 * items of seed 001, the lead-in above "2.1." (seed 000). It must then have something to print, and
 * its footnotes are typed in the text ([^…]): there is no title to hang them on.
 */
const UNTITLED_NEEDS_TEXT = ValidateBy({
  name: 'untitledSectionHasText',
  validator: {
    validate: (title: unknown, args?: ValidationArguments) => {
      if (typeof title === 'string' && /\S/.test(title)) return true;
      const s = args?.object as Partial<PlanSectionPart> | undefined;
      return Boolean(s?.paragraphs?.length || s?.subsections?.length);
    },
    defaultMessage: () =>
      'Tên nội dung: chỉ bỏ trống khi nội dung có đoạn văn (in ngay, không có đề mục).',
  },
});

const UNTITLED_NO_FOOTNOTES = ValidateBy({
  name: 'untitledSectionNoFootnotes',
  validator: {
    validate: (footnotes: unknown, args?: ValidationArguments) => {
      const title = (args?.object as Partial<PlanSectionPart> | undefined)?.title;
      return !Array.isArray(footnotes) || footnotes.length === 0 || Boolean(title?.trim());
    },
    defaultMessage: () =>
      'Chú thích gắn sau tên nội dung: nội dung không có tên thì gõ chú thích trong đoạn văn ([^…]).',
  },
});

@ObjectType('CampaignPlanSection', {
  description:
    'Một nội dung thi đua (đánh số khi in: 1., 2.…), có đoạn văn, mục con và chú thích; không có tên thì đoạn văn in ngay, không đề mục.',
})
@InputType('CampaignPlanSectionInput')
export class PlanSectionPart {
  @Field(() => String, {
    nullable: true,
    description:
      'Tên nội dung, in thành đề mục có số. Bỏ trống: các đoạn văn in ngay dưới mục trên, không đề mục, không số ("(1) …" gõ trong đoạn văn).',
  })
  // no IsOptional: it would skip the check of an absent title too
  @ValidateBy({
    name: 'sectionTitleText',
    validator: {
      validate: (v: unknown) => v == null || (typeof v === 'string' && v.length <= L.label),
      defaultMessage: () => msg.maxLength('Tên nội dung', L.label).message,
    },
  })
  @UNTITLED_NEEDS_TEXT
  title?: string | null;

  @Field(() => [String], { description: `Đoạn văn của nội dung.${MARKUP}` })
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
  @UNTITLED_NO_FOOTNOTES
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

  @Field(() => [String], {
    description: `Nhiệm vụ của giai đoạn, mỗi việc một gạch đầu dòng.${MARKUP}`,
  })
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

  @Field({ description: `Tiêu chuẩn, in sau nhãn: "Đối với tập thể: …".${MARKUP}` })
  @Required('Tiêu chuẩn', L.paragraph)
  text!: string;
}

@ObjectType('CampaignPlanAwardForm', { description: 'Hình thức khen thưởng, danh hiệu thi đua.' })
@InputType('CampaignPlanAwardFormInput')
export class AwardFormPart {
  @Field({ description: '"Bằng khen của Chủ tịch UBND tỉnh".' })
  @Required('Hình thức khen thưởng', L.label)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: `Nội dung in thay cho tên hình thức.${MARKUP}`,
  })
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

  @Field(() => [String], { nullable: true, description: `Thành phần hồ sơ.${MARKUP}` })
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

  @Field(() => [String], {
    description: `Nhiệm vụ, viết tiếp sau tên cơ quan ("tổ chức tuyên truyền …").${MARKUP}`,
  })
  @TextList('Nhiệm vụ')
  tasks: string[] = [];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'In nguyên văn: nhiệm vụ đã là câu đầy đủ, tự nêu cơ quan ("Giao Phòng … tổng hợp …", "Căn cứ …, Đảng ủy …"); tên cơ quan không ghép vào đầu.',
  })
  @IsOptional()
  @IsBoolean({ message: 'In nguyên văn nhiệm vụ phải là có/không.' })
  asTyped?: boolean | null;
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

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Đã viết trong nhiệm vụ của một cơ quan ("… định kỳ báo cáo …"): không in mục "Chế độ báo cáo" riêng (vẫn dùng để theo dõi báo cáo).',
  })
  @IsOptional()
  @IsBoolean({ message: 'Chế độ báo cáo đã viết trong nội dung phải là có/không.' })
  inText?: boolean | null;
}

/** One heading of the headings part, optional: blank prints the default (PLAN_HEADINGS). */
function HeadingField(label: string, heading: keyof typeof PLAN_HEADINGS) {
  return (target: object, key: string | symbol) => {
    const description = `Mặc định "${PLAN_HEADINGS[heading]}".`;
    Field(() => String, { nullable: true, description })(target, key);
    OptionalText(label, L.label)(target, key);
    Matches(/^[^\n]*$/, { message: `${label}: viết trên một dòng.` })(target, key);
  };
}

@ObjectType('CampaignPlanHeadings', {
  description:
    'Tên các phần, mục khi in, như kế hoạch đặt ("Đối tượng, nội dung", "Mục đích và yêu cầu"); bỏ trống: tên mặc định. Tên phần in chữ hoa.',
})
@InputType('CampaignPlanHeadingsInput')
export class PlanHeadingsPart {
  @HeadingField('Tên phần Mục đích, yêu cầu', 'purpose')
  purpose?: string | null;

  @HeadingField('Tên phần Nội dung thi đua', 'contest')
  contest?: string | null;

  @HeadingField('Tên mục Chủ đề', 'theme')
  theme?: string | null;

  @HeadingField('Tên mục Phương châm', 'motto')
  motto?: string | null;

  @HeadingField('Tên mục Thời gian', 'period')
  period?: string | null;

  @HeadingField('Tên mục Đối tượng', 'participants')
  participants?: string | null;

  @HeadingField('Tên mục Nội dung', 'content')
  content?: string | null;

  @HeadingField('Tên mục Chỉ tiêu', 'targets')
  targets?: string | null;

  @HeadingField('Tên phần Giai đoạn', 'schedule')
  schedule?: string | null;

  @HeadingField('Tên phần Giải pháp', 'measures')
  measures?: string | null;

  @HeadingField('Tên phần Khen thưởng', 'awards')
  awards?: string | null;

  @HeadingField('Tên phần Tổ chức thực hiện', 'implementation')
  implementation?: string | null;
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

  @Field(() => [String], { nullable: true, description: `Phương châm thi đua.${MARKUP}` })
  @TextList('Phương châm')
  motto?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Phương thức thi đua.${MARKUP}` })
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

  @Field(() => [String], { nullable: true, description: `Giải pháp thực hiện.${MARKUP}` })
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

  @Field(() => String, { nullable: true, description: `"Trên đây là Kế hoạch …".${MARKUP}` })
  @OptionalText('Câu kết', L.paragraph)
  closing?: string | null;

  @Field(() => RecipientsPart, { nullable: true })
  @Part(() => RecipientsPart)
  recipients?: RecipientsPart | null;

  @Field(() => SignaturePart, { nullable: true })
  @Part(() => SignaturePart)
  signature?: SignaturePart | null;

  @Field(() => PlanNumberingEnum, {
    nullable: true,
    description:
      'Cách đánh số đề mục cấp 3, cấp 4: "a), b)…" hoặc "1.1., 1.1.1.". Bỏ trống: "a), b)…".',
  })
  @IsOptional()
  @IsIn(Object.keys(PLAN_NUMBERING_STYLES), msg.oneOf('Cách đánh số đề mục'))
  numbering?: PlanNumbering | null;

  @Field(() => PlanHeadingsPart, { nullable: true })
  @Part(() => PlanHeadingsPart)
  headings?: PlanHeadingsPart | null;

  @Field(() => [PlanContestItemEnum], {
    nullable: true,
    description:
      'Các mục của phần "Nội dung thi đua" theo thứ tự in; mục không có trong danh sách không in (dữ liệu vẫn giữ). Bỏ trống: chủ đề, phương châm, thời gian, đối tượng, nội dung, chỉ tiêu.',
  })
  @IsOptional()
  @IsArray(msg.required('Thứ tự các mục'))
  @ArrayMaxSize(Object.keys(PLAN_CONTEST_ITEMS).length, {
    message: 'Thứ tự các mục: mỗi mục một lần.',
  })
  @IsIn(Object.keys(PLAN_CONTEST_ITEMS), { each: true, ...msg.oneOf('Mục của phần nội dung') })
  @ArrayUnique({ message: 'Thứ tự các mục: mỗi mục một lần.' })
  @ArrayContains(['CONTENT'], { message: 'Thứ tự các mục: phải có mục "Nội dung thi đua".' })
  contestOrder?: PlanContestItem[] | null;

  @Field(() => PlanSchedulePlacementEnum, {
    nullable: true,
    description:
      'Nơi in các giai đoạn và mốc thời gian. Bỏ trống: phần riêng "Thời gian và các giai đoạn thực hiện".',
  })
  @IsOptional()
  @IsIn(Object.keys(PLAN_SCHEDULE_PLACEMENTS), msg.oneOf('Nơi in các giai đoạn'))
  schedulePlacement?: PlanSchedulePlacement | null;
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

/** Running text as libs/documents' rich text: shared-domain `inlineRichText`, as the preview maps it. */
export const richText: (text: string) => RichText = inlineRichText;

const richTexts = (list: readonly string[] | null | undefined) => texts(list).map(richText);

/** Paragraphs as blocks: a plain string, or a paragraph of rich text. */
function paragraphs(list: readonly string[] | null | undefined): Block[] {
  return richTexts(list).map((text) =>
    typeof text === 'string' ? text : { kind: 'paragraph', text },
  );
}

/**
 * A section as libs/documents' blocks: its paragraphs, then its sub-sections. Footnotes of the
 * `footnotes` field hang on the title (numbered before those typed in the paragraphs below it).
 * Without a title its paragraphs and sub-sections stand in its place, under no heading.
 */
function sectionBlocks(s: PlanSectionPart | PlanSubsectionPart): Block[] {
  const subsections: PlanSubsectionPart[] = 'subsections' in s ? (s.subsections ?? []) : [];
  const blocks = [...paragraphs(s.paragraphs), ...subsections.flatMap(sectionBlocks)];
  const title = s.title?.trim();
  if (!title) return blocks;
  const footnotes = texts(s.footnotes).map((note) => ({ note }));
  return [{ kind: 'section', title: footnotes.length ? [title, ...footnotes] : title, blocks }];
}

/** The headings given (trimmed, blanks left out), or undefined when none is. */
function headingsOf(h: PlanHeadingsPart | null | undefined): PlanHeadings | undefined {
  const given = Object.entries(h ?? {}).flatMap(([key, value]) =>
    typeof value === 'string' && value.trim() ? [[key, value.trim()] as const] : [],
  );
  return given.length ? (Object.fromEntries(given) as PlanHeadings) : undefined;
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
    tasks: richTexts(p.tasks),
  }));
  const milestones: PlanMilestone[] = (c.milestones ?? []).map((m) => ({
    date: m.date,
    event: m.label,
    tentative: m.tentative ?? undefined,
  }));
  const a = c.awards;
  const awards: AwardPlan | undefined = a
    ? {
        criteria: a.criteria.map((x) => ({ label: x.label, text: richText(x.text) })),
        forms: a.forms.map((f) => ({ name: f.name, text: f.text ? richText(f.text) : undefined })),
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
        dossier: some(richTexts(a.dossier)),
        deadline:
          a.deadline && a.submitTo
            ? { date: a.deadline, submitTo: a.submitTo, note: a.deadlineNote ?? undefined }
            : undefined,
      }
    : undefined;
  const implementation: Responsibility[] = (c.implementation ?? []).map((r) => ({
    body: r.body,
    tasks: richTexts(r.tasks),
    ...(r.asTyped ? { asTyped: true } : {}),
  }));
  // written into a body's task by the officer: kept for the reviews, not printed a second time
  const reporting: ReportingDuty | undefined =
    c.reporting && !c.reporting.inText
      ? {
          who: c.reporting.who,
          frequency: c.reporting.frequency,
          to: c.reporting.to,
          via: c.reporting.via ?? undefined,
        }
      : undefined;
  const headings = headingsOf(c.headings);
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
    purpose: {
      aims: richTexts(c.purpose.aims),
      requirements: some(richTexts(c.purpose.requirements)),
      // left out unless asked for, so content saved before the choice existed maps as it did
      ...(c.purpose.numbered ? { numbered: true } : {}),
    },
    theme: c.theme ?? undefined,
    motto: some([...paragraphs(c.motto), ...paragraphs(c.methods)]),
    participants: c.participants
      ? {
          collectives: c.participants.collectives
            ? richText(c.participants.collectives)
            : undefined,
          individuals: c.participants.individuals
            ? richText(c.participants.individuals)
            : undefined,
        }
      : undefined,
    content: c.sections.flatMap(sectionBlocks),
    targets: some(targets),
    phases: some(phases),
    milestones: some(milestones),
    measures: some(paragraphs(c.measures)),
    awards,
    implementation,
    reporting,
    closing: c.closing ? richText(c.closing) : undefined,
    recipients,
    signature,
    ...(c.numbering ? { numbering: NUMBERING_STYLE[c.numbering] } : {}),
    // each left out unless given, so content saved before they existed maps as it did
    ...(headings ? { headings } : {}),
    ...(c.contestOrder?.length
      ? { contestOrder: c.contestOrder.map((key) => CONTEST_ITEM[key]) }
      : {}),
    ...(c.schedulePlacement ? { schedule: SCHEDULE_PLACEMENT[c.schedulePlacement] } : {}),
  };
}
