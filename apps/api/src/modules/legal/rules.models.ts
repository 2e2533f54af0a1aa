import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AWARD_CATEGORIES,
  AWARD_LEVELS,
  CONDITION_TYPES,
  CONFIDENCES,
  ELIGIBILITY_VERDICTS,
  RULE_PARAMETERS,
  RULE_PARAMETER_UNITS,
  USED_FACT_KINDS,
  describeCondition,
  isUncertain,
  type AwardCategory,
  type AwardCondition as AwardConditionSpec,
  type AwardLevel,
  type AwardSubject,
  type AwardTrack,
  type ConditionCheck,
  type ConditionType,
  type Confidence,
  type EligibilityResult as EligibilityResultSpec,
  type EligibilityVerdict,
  type EvaluationGrade,
  type InitiativeScope,
  type IsoDate,
  type ResolvedParameters,
  type RuleParameterKey,
  type RuleParameterUnit,
  type UsedFactKind,
} from '@thidua/shared-domain';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import {
  AwardSubjectEnum,
  AwardTrackEnum,
  EvaluationGradeEnum,
  InitiativeScopeEnum,
} from './award-vocabulary.models';
import type { AwardKindEntity } from './award-kind.entity';
import type { AwardRuleVersionEntity } from './award-rule-version.entity';
import type { RuleParameterEntity } from './rule-parameter.entity';

export const AwardCategoryEnum = defineEnum<AwardCategory>(
  'AwardCategory',
  AWARD_CATEGORIES,
  'Danh hiệu thi đua hay hình thức khen thưởng.',
);
export const AwardLevelEnum = defineEnum<AwardLevel>(
  'AwardLevel',
  AWARD_LEVELS,
  'Cấp có thẩm quyền quyết định.',
);
export const ConfidenceEnum = defineEnum<Confidence>(
  'RuleConfidence',
  CONFIDENCES,
  'Mức tin cậy của một nội dung quy định: L (cần đối chiếu văn bản) là nội dung suy luận, quản trị viên sửa được.',
);
export const ConditionTypeEnum = defineEnum<ConditionType>(
  'AwardConditionType',
  CONDITION_TYPES,
  'Loại điều kiện của quy định khen thưởng.',
);
export const RuleParameterKeyEnum = defineEnum<RuleParameterKey>(
  'RuleParameterKey',
  Object.fromEntries(Object.entries(RULE_PARAMETERS).map(([k, v]) => [k, v.label])) as Record<
    RuleParameterKey,
    string
  >,
  'Tham số của quy định khen thưởng (giá trị theo thời gian; tỉnh có thể đặt mức riêng).',
);
export const RuleParameterUnitEnum = defineEnum<RuleParameterUnit>(
  'RuleParameterUnit',
  RULE_PARAMETER_UNITS,
  'Đơn vị của giá trị tham số: tỷ lệ (0–1) hoặc đồng.',
);
export const EligibilityVerdictEnum = defineEnum<EligibilityVerdict>(
  'EligibilityVerdict',
  ELIGIBILITY_VERDICTS,
  'Kết luận kiểm tra điều kiện.',
);
export const UsedFactKindEnum = defineEnum<UsedFactKind>(
  'EligibilityFactKind',
  USED_FACT_KINDS,
  'Loại dữ liệu được dùng khi kiểm tra điều kiện.',
);

// ---- award kinds ----------------------------------------------------------------------------------

@ObjectType({
  description:
    'Danh hiệu thi đua hoặc hình thức khen thưởng: danh mục trung ương (đồng bộ từ hệ thống) và danh mục riêng của tỉnh.',
})
export class AwardKind {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Mã, ví dụ "CSTD_CO_SO".' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => AwardCategoryEnum)
  category!: AwardCategory;

  @Field(() => [AwardSubjectEnum])
  subjects!: AwardSubject[];

  @Field(() => AwardLevelEnum)
  level!: AwardLevel;

  @Field(() => [AwardTrackEnum])
  tracks!: AwardTrack[];

  @Field(() => String, { nullable: true, description: 'Mã danh hiệu, hình thức bậc liền dưới.' })
  lowerStep!: string | null;

  @Field({ description: 'Thuộc danh mục trung ương.' })
  national!: boolean;

  @Field(() => Int)
  version!: number;

  /** Internal: resolves `provinceUnit`, `canManage`. */
  provinceUnitId!: string | null;
}

export function toAwardKind(k: AwardKindEntity): AwardKind {
  return {
    id: k.id,
    code: k.code,
    name: k.name,
    category: k.category,
    subjects: k.subjects,
    level: k.level,
    tracks: k.tracks,
    lowerStep: k.lowerStep,
    national: k.provinceUnitId === null,
    version: k.version,
    provinceUnitId: k.provinceUnitId,
  };
}

// ---- rule content --------------------------------------------------------------------------------

@ObjectType({ isAbstract: true })
abstract class Sourced {
  @Field(() => ConfidenceEnum)
  confidence!: Confidence;

  @Field({
    description: 'Nội dung suy luận, chưa đối chiếu văn bản (mức L): "cần đối chiếu văn bản".',
  })
  uncertain!: boolean;

  @Field(() => String, { nullable: true, description: 'Điều, khoản quy định.' })
  article!: string | null;
}

@ObjectType({ description: 'Người có thẩm quyền quyết định.' })
export class RuleDecider extends Sourced {
  @Field()
  text!: string;

  @Field(() => AwardLevelEnum)
  level!: AwardLevel;
}

@ObjectType({ description: 'Bỏ phiếu: tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng.' })
export class RuleVote extends Sourced {
  @Field()
  required!: boolean;

  @Field(() => Float, { nullable: true })
  thresholdOfMembership!: number | null;
}

@ObjectType({ description: 'Công khai danh sách trước khi Hội đồng họp.' })
export class RulePublicNotice extends Sourced {
  @Field()
  required!: boolean;

  @Field(() => Int, { nullable: true, description: 'Số ngày làm việc.' })
  workingDays!: number | null;
}

@ObjectType({ description: 'Một thành phần hồ sơ và mẫu của nó.' })
export class RuleDossierItem {
  @Field()
  document!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Số mẫu, ví dụ "Mẫu số 01"; null: không có mẫu hoặc chưa rõ.',
  })
  form!: string | null;

  @Field(() => ConfidenceEnum)
  confidence!: Confidence;

  @Field()
  uncertain!: boolean;
}

@ObjectType({ description: 'Tiền thưởng: hệ số × mức lương cơ sở.' })
export class RuleReward extends Sourced {
  @Field(() => AwardSubjectEnum)
  subject!: AwardSubject;

  @Field(() => Float, { nullable: true, description: 'Hệ số; null: chưa có số liệu.' })
  multiplier!: number | null;
}

@ObjectType({ description: 'Một điều kiện của quy định (điều kiện con với ANY_OF, ALL_OF).' })
export class AwardCondition {
  @Field(() => ConditionTypeEnum)
  type!: ConditionType;

  @Field({ description: 'Câu tiếng Việt mô tả điều kiện.' })
  sentence!: string;

  @Field(() => ConfidenceEnum)
  confidence!: Confidence;

  @Field()
  uncertain!: boolean;

  @Field(() => String, { nullable: true })
  article!: string | null;

  @Field(() => [AwardSubjectEnum], {
    nullable: true,
    description: 'Chỉ áp dụng cho các đối tượng này; null: mọi đối tượng.',
  })
  subjects!: AwardSubject[] | null;

  @Field(() => EvaluationGradeEnum, { nullable: true })
  floor!: EvaluationGrade | null;

  @Field(() => Int, { nullable: true })
  years!: number | null;

  @Field(() => String, { nullable: true, description: 'Mã danh hiệu, hình thức.' })
  award!: string | null;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => InitiativeScopeEnum, { nullable: true })
  scope!: InitiativeScope | null;

  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => RuleParameterKeyEnum, { nullable: true })
  minParameter!: RuleParameterKey | null;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => [AwardCondition], { nullable: true })
  conditions!: AwardCondition[] | null;
}

export function toAwardCondition(
  c: AwardConditionSpec,
  describe: { names?: (code: string) => string; params?: ResolvedParameters },
): AwardCondition {
  const any = c as Partial<Record<string, unknown>> & AwardConditionSpec;
  return {
    type: c.type,
    sentence: describeCondition(c, describe),
    confidence: c.confidence,
    uncertain: isUncertain(c),
    article: c.article ?? null,
    subjects: c.subjects?.length ? [...c.subjects] : null,
    floor: (any['floor'] as EvaluationGrade | undefined) ?? null,
    years: (any['years'] as number | null | undefined) ?? null,
    award: (any['award'] as string | undefined) ?? null,
    count: (any['count'] as number | undefined) ?? null,
    scope: (any['scope'] as InitiativeScope | undefined) ?? null,
    min: (any['min'] as number | null | undefined) ?? null,
    minParameter: (any['minParameter'] as RuleParameterKey | null | undefined) ?? null,
    text: (any['text'] as string | undefined) ?? null,
    conditions:
      c.type === 'ANY_OF' || c.type === 'ALL_OF'
        ? c.conditions.map((x) => toAwardCondition(x, describe))
        : null,
  };
}

@ObjectType({
  description:
    'Một phiên bản quy định khen thưởng: danh hiệu, hình thức theo một loại hình, theo một văn bản căn cứ, trong một thời gian (tính cả ngày cuối).',
})
export class AwardRuleVersion {
  @Field(() => ID)
  id!: string;

  @Field()
  awardCode!: string;

  @Field(() => AwardTrackEnum)
  track!: AwardTrack;

  @Field(() => DateOnly)
  effectiveFrom!: IsoDate;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Ngày cuối áp dụng (tính cả ngày này); null: đang áp dụng.',
  })
  effectiveTo!: IsoDate | null;

  @Field(() => RuleDecider)
  decidedBy!: RuleDecider;

  @Field(() => [AwardCondition])
  conditions!: AwardCondition[];

  @Field(() => RuleVote)
  vote!: RuleVote;

  @Field(() => RulePublicNotice)
  publicNotice!: RulePublicNotice;

  @Field(() => [RuleDossierItem])
  dossier!: RuleDossierItem[];

  @Field(() => [RuleReward])
  rewards!: RuleReward[];

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'Có nội dung mức L (cần đối chiếu văn bản).' })
  uncertain!: boolean;

  @Field({ description: 'Phiên bản hệ thống cung cấp (đồng bộ khi khởi động nếu chưa bị sửa).' })
  shipped!: boolean;

  @Field({ description: 'Đã được quản trị viên sửa: khởi động lại không ghi đè.' })
  edited!: boolean;

  @Field({ description: 'Quy định chung toàn quốc (không gắn tỉnh).' })
  national!: boolean;

  @Field(() => Int)
  version!: number;

  /** Internal: resolves `legalDocument`, `provinceUnit`, `canManage`. */
  legalDocumentId!: string;
  provinceUnitId!: string | null;
}

export function toAwardRuleVersion(
  r: AwardRuleVersionEntity,
  names: (code: string) => string,
): AwardRuleVersion {
  const c = r.content;
  const conditions = c.conditions.map((x) => toAwardCondition(x, { names }));
  const sourced = <T extends { confidence: Confidence; article?: string | null }>(x: T) => ({
    ...x,
    article: x.article ?? null,
    uncertain: isUncertain(x),
  });
  const decidedBy = sourced(c.decidedBy);
  const vote = sourced(c.vote);
  const publicNotice = sourced(c.publicNotice);
  const dossier = c.dossier.map((d) => ({ ...d, uncertain: isUncertain(d) }));
  const rewards = c.rewards.map(sourced);
  const anyUncertain = (list: readonly AwardCondition[]): boolean =>
    list.some((x) => x.uncertain || anyUncertain(x.conditions ?? []));
  return {
    id: r.id,
    awardCode: r.awardCode,
    track: r.track,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    decidedBy,
    conditions,
    vote,
    publicNotice,
    dossier,
    rewards,
    note: c.note ?? null,
    uncertain:
      anyUncertain(conditions) ||
      [decidedBy, vote, publicNotice, ...dossier, ...rewards].some((x) => x.uncertain),
    shipped: r.seedKey !== null,
    edited: r.edited,
    national: r.provinceUnitId === null,
    version: r.version,
    legalDocumentId: r.legalDocumentId,
    provinceUnitId: r.provinceUnitId,
  };
}

// ---- parameters ------------------------------------------------------------------------------------

@ObjectType({
  description:
    'Giá trị của một tham số quy định khen thưởng trong một thời gian: mức chung toàn quốc hoặc mức riêng của tỉnh (mức tỉnh đang áp dụng được ưu tiên).',
})
export class RuleParameter {
  @Field(() => ID)
  id!: string;

  @Field(() => RuleParameterKeyEnum)
  key!: RuleParameterKey;

  @Field()
  label!: string;

  @Field(() => RuleParameterUnitEnum)
  unit!: RuleParameterUnit;

  @Field(() => Float)
  value!: number;

  @Field(() => DateOnly)
  effectiveFrom!: IsoDate;

  @Field(() => DateOnly, { nullable: true })
  effectiveTo!: IsoDate | null;

  @Field(() => String, { nullable: true })
  article!: string | null;

  @Field(() => ConfidenceEnum)
  confidence!: Confidence;

  @Field()
  uncertain!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  national!: boolean;

  @Field()
  shipped!: boolean;

  @Field()
  edited!: boolean;

  @Field(() => Int)
  version!: number;

  legalDocumentId!: string | null;
  provinceUnitId!: string | null;
}

export function toRuleParameter(p: RuleParameterEntity): RuleParameter {
  return {
    id: p.id,
    key: p.key,
    label: RULE_PARAMETERS[p.key].label,
    unit: RULE_PARAMETERS[p.key].unit,
    value: p.value,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    article: p.article,
    confidence: p.confidence,
    uncertain: isUncertain(p.confidence),
    note: p.note,
    national: p.provinceUnitId === null,
    shipped: p.seedKey !== null,
    edited: p.edited,
    version: p.version,
    legalDocumentId: p.legalDocumentId,
    provinceUnitId: p.provinceUnitId,
  };
}

// ---- eligibility -----------------------------------------------------------------------------------

@ObjectType({
  description: 'Một dữ liệu được dùng khi kiểm tra; counted = false: không được tính (và lý do).',
})
export class EligibilityUsedFact {
  @Field(() => UsedFactKindEnum)
  kind!: UsedFactKind;

  @Field(() => String, { nullable: true })
  ref!: string | null;

  @Field()
  text!: string;

  @Field()
  counted!: boolean;
}

@ObjectType({ description: 'Kết quả một điều kiện (hoặc một nguyên tắc chung).' })
export class EligibilityCheck {
  @Field({
    description: 'Vị trí điều kiện ("1", "2.1") hoặc mã nguyên tắc (SUBJECT, ACTIVE, HOLD).',
  })
  key!: string;

  @Field()
  code!: string;

  @Field()
  principle!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'null: cán bộ cần xác nhận.' })
  met!: boolean | null;

  @Field()
  requirement!: string;

  @Field()
  label!: string;

  @Field(() => [EligibilityUsedFact])
  used!: EligibilityUsedFact[];

  @Field()
  basis!: string;

  @Field()
  uncertain!: boolean;

  @Field(() => [EligibilityCheck])
  children!: EligibilityCheck[];
}

@ObjectType({ description: 'Kết quả kiểm tra điều kiện, giải thích theo từng điều kiện.' })
export class EligibilityResult {
  @Field()
  awardCode!: string;

  @Field()
  awardName!: string;

  @Field(() => AwardTrackEnum)
  track!: AwardTrack;

  @Field()
  nominee!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => DateOnly)
  on!: IsoDate;

  @Field({ description: 'Văn bản căn cứ của phiên bản quy định áp dụng.' })
  basis!: string;

  @Field(() => ID)
  ruleVersionId!: string;

  @Field(() => DateOnly)
  effectiveFrom!: IsoDate;

  @Field(() => DateOnly, { nullable: true })
  effectiveTo!: IsoDate | null;

  @Field(() => EligibilityVerdictEnum)
  verdict!: EligibilityVerdict;

  @Field()
  uncertain!: boolean;

  @Field(() => [EligibilityCheck])
  checks!: EligibilityCheck[];
}

export function toEligibilityResult(
  r: EligibilityResultSpec,
  ruleVersionId: string,
): EligibilityResult {
  const check = (c: ConditionCheck): EligibilityCheck => ({
    ...c,
    used: c.used.map((u) => ({ ...u })),
    children: c.children.map(check),
  });
  return { ...r, ruleVersionId, checks: r.checks.map(check) };
}
