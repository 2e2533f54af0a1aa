import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AWARD_KINDS, type AwardRuleContent, type EligibilityFacts } from '@thidua/shared-domain';
import { Authenticated, Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { OrgService } from '../org/org.service';
import { Unit, toUnit } from '../org/unit.model';
import { LegalDocument, toLegalDocument } from './legal.models';
import { LegalService } from './legal.service';
import {
  AwardKindsArgs,
  AwardRuleVersionsArgs,
  CreateAwardKindInput,
  CreateAwardRuleVersionInput,
  CreateRuleParameterInput,
  PreviewEligibilityInput,
  RuleParametersArgs,
  UpdateAwardKindInput,
  UpdateAwardRuleVersionInput,
  UpdateRuleParameterInput,
  type AwardConditionInput,
  type AwardRuleContentInput,
} from './rules.inputs';
import {
  AwardKind,
  AwardRuleVersion,
  EligibilityResult,
  RuleParameter,
  toAwardKind,
  toAwardRuleVersion,
  toEligibilityResult,
  toRuleParameter,
} from './rules.models';
import { RulesService } from './rules.service';

/** A save that changed nothing has nothing to record (TransactionRunner demands an audit row). */
function nothingToRecord(tx: Tx): void {
  if (tx.auditCount === 0) tx.skipAudit();
}

const NATIONAL_NAMES = new Map<string, string>(AWARD_KINDS.map((k) => [k.code, k.name]));
const nameOf = (code: string) => NATIONAL_NAMES.get(code) ?? code;

/** The input's condition tree as stored (unset optional fields dropped). */
function conditionOf(c: AwardConditionInput): AwardRuleContent['conditions'][number] {
  const out: Record<string, unknown> = { type: c.type, confidence: c.confidence };
  for (const k of [
    'article',
    'floor',
    'years',
    'award',
    'count',
    'scope',
    'min',
    'minParameter',
    'text',
  ] as const) {
    const v = c[k];
    if (v !== null && v !== undefined && v !== '') out[k] = typeof v === 'string' ? v.trim() : v;
  }
  if (c.subjects?.length) out['subjects'] = [...new Set(c.subjects)];
  if (c.type === 'ANY_OF' || c.type === 'ALL_OF')
    out['conditions'] = (c.conditions ?? []).map(conditionOf);
  // the fields each type needs, defaulted where the law has an obvious one
  switch (c.type) {
    case 'EVALUATION':
    case 'TITLE_STREAK':
      out['years'] ??= 1;
      break;
    case 'TITLE_COUNT':
      out['years'] ??= null;
      out['count'] ??= 1;
      break;
    case 'INITIATIVE':
    case 'MEMBERS_WITH_TITLE':
      out['count'] ??= 1;
      break;
    default:
      break;
  }
  return out as unknown as AwardRuleContent['conditions'][number];
}

function contentOf(c: AwardRuleContentInput): AwardRuleContent {
  return {
    decidedBy: {
      text: c.decidedBy.text.trim(),
      level: c.decidedBy.level,
      article: c.decidedBy.article?.trim() || null,
      confidence: c.decidedBy.confidence,
    },
    conditions: c.conditions.map(conditionOf),
    vote: {
      required: c.vote.required,
      thresholdOfMembership: c.vote.required ? (c.vote.thresholdOfMembership ?? null) : null,
      article: c.vote.article?.trim() || null,
      confidence: c.vote.confidence,
    },
    publicNotice: {
      required: c.publicNotice.required,
      workingDays: c.publicNotice.required ? (c.publicNotice.workingDays ?? null) : null,
      article: c.publicNotice.article?.trim() || null,
      confidence: c.publicNotice.confidence,
    },
    dossier: c.dossier.map((d) => ({
      document: d.document.trim(),
      form: d.form?.trim() || null,
      confidence: d.confidence,
    })),
    rewards: c.rewards.map((r) => ({
      subject: r.subject,
      multiplier: r.multiplier ?? null,
      article: r.article?.trim() || null,
      confidence: r.confidence,
    })),
    note: c.note?.trim() || null,
  };
}

/** The preview's typed-in facts as the records module would give them (ids are placeholders). */
function factsOf(input: PreviewEligibilityInput): EligibilityFacts {
  return {
    subject: input.subject,
    name: input.name.trim(),
    year: input.year,
    on: input.on,
    evaluations: input.evaluations.map((e) => ({
      year: e.year,
      grade: e.grade,
      source: e.source ?? null,
    })),
    awards: input.awards.map((a, i) => ({
      id: `thu-${i + 1}`,
      year: a.year,
      awardCode: a.awardCode ?? null,
      awardName: a.awardName,
      track: a.track,
      decisionNumber: a.decisionNumber ?? null,
      decidedOn: null,
      decidedBy: null,
      inheritedFrom: null,
    })),
    initiatives: input.initiatives.map((x, i) => ({
      id: `thu-${i + 1}`,
      title: x.title,
      kind: x.kind,
      scope: x.scope,
      recognisedOn: x.recognisedOn,
      recognisedBy: null,
      usedFor: x.usedForAwardName
        ? { awardName: x.usedForAwardName, year: x.usedForYear ?? input.year }
        : null,
    })),
    holds: input.holds.map((h) => ({
      kind: h.kind,
      from: h.from,
      to: h.to ?? null,
      source: h.source,
      note: null,
    })),
    collective: input.collective
      ? {
          members: input.collective.members,
          completing: input.collective.completing,
          titled: Object.fromEntries(input.collective.titled.map((t) => [t.award, t.count])),
          women: 0,
          disciplined: input.collective.disciplined,
        }
      : null,
    active: input.active,
    female: null,
  };
}

@Resolver(() => AwardKind)
export class AwardKindResolver {
  constructor(
    private readonly rules: RulesService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => [AwardKind], {
    description:
      'Danh mục danh hiệu thi đua, hình thức khen thưởng (mọi người dùng đã đăng nhập đều xem được): trung ương trước, rồi danh mục riêng của tỉnh.',
  })
  @Authenticated()
  async awardKinds(@Args() args: AwardKindsArgs): Promise<AwardKind[]> {
    return (await this.rules.listKinds(args.provinceUnitId)).map(toAwardKind);
  }

  @Mutation(() => AwardKind, {
    description: 'Thêm danh hiệu, hình thức khen thưởng riêng của tỉnh.',
  })
  @RequirePermission('RULES_MANAGE')
  async createAwardKind(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateAwardKindInput,
  ): Promise<AwardKind> {
    return toAwardKind(
      await this.tx.run(ctx, (tx) =>
        this.rules.createKind(tx, input.provinceUnitId, {
          code: input.code,
          name: input.name,
          category: input.category,
          subjects: input.subjects,
          level: input.level,
          tracks: input.tracks,
          lowerStep: input.lowerStep ?? null,
        }),
      ),
    );
  }

  @Mutation(() => AwardKind, {
    description: 'Sửa danh hiệu, hình thức riêng của tỉnh (danh mục trung ương không sửa được).',
  })
  @RequirePermission('RULES_MANAGE')
  async updateAwardKind(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateAwardKindInput,
  ): Promise<AwardKind> {
    return toAwardKind(
      await this.tx.run(ctx, async (tx) => {
        const k = await this.rules.updateKind(tx, input.id, input.version, {
          name: input.name,
          category: input.category,
          subjects: input.subjects,
          level: input.level,
          tracks: input.tracks,
          lowerStep: input.lowerStep ?? null,
        });
        nothingToRecord(tx);
        return k;
      }),
    );
  }

  @ResolveField(() => Unit, {
    nullable: true,
    description: 'Tỉnh (danh mục riêng); null: trung ương.',
  })
  async provinceUnit(k: AwardKind, _args: NoArgs, gql: GraphqlContext): Promise<Unit | null> {
    if (!k.provinceUnitId) return null;
    const u = await gql.loaders.get(this.org.unitById).load(k.provinceUnitId);
    return u ? toUnit(u) : null;
  }

  @ResolveField(() => [AwardRuleVersion], {
    description: 'Các phiên bản quy định của danh hiệu, hình thức (mọi phạm vi), cũ trước.',
    complexity: 5,
  })
  async ruleVersions(
    k: AwardKind,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<AwardRuleVersion[]> {
    const versions = await gql.loaders.get(this.rules.ruleVersionsOfAward).load(k.code);
    const names = (code: string) => (code === k.code ? k.name : nameOf(code));
    return versions
      .filter((v) => k.provinceUnitId === null || v.provinceUnitId === k.provinceUnitId)
      .map((v) => toAwardRuleVersion(v, names));
  }

  @ResolveField(() => Boolean, { description: 'Người dùng được sửa danh hiệu, hình thức này.' })
  async canManage(k: AwardKind, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    return canManageScope(this.rules, this.org, gql, k.provinceUnitId, k.national);
  }
}

async function canManageScope(
  rules: RulesService,
  org: OrgService,
  gql: GraphqlContext,
  provinceUnitId: string | null,
  nationalKindLocked = false,
): Promise<boolean> {
  const actor = gql.req.thidua?.actor;
  if (!actor || nationalKindLocked) return false;
  if (!provinceUnitId) return rules.canManage(actor, null);
  const unit = await gql.loaders.get(org.unitById).load(provinceUnitId);
  return unit ? rules.canManage(actor, unit.path) : false;
}

@Resolver(() => AwardRuleVersion)
export class AwardRuleVersionResolver {
  constructor(
    private readonly rules: RulesService,
    private readonly legal: LegalService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => [AwardRuleVersion], {
    description:
      'Các phiên bản quy định khen thưởng (mọi người dùng đã đăng nhập đều xem được), lọc theo danh hiệu, loại hình, ngày áp dụng, tỉnh.',
  })
  @Authenticated()
  async awardRuleVersions(@Args() args: AwardRuleVersionsArgs): Promise<AwardRuleVersion[]> {
    const kinds = await this.rules.listKinds(args.provinceUnitId);
    const names = new Map(kinds.map((k) => [k.code, k.name]));
    return (await this.rules.listRuleVersions(args)).map((v) =>
      toAwardRuleVersion(v, (c) => names.get(c) ?? c),
    );
  }

  @Query(() => EligibilityResult, {
    description:
      'Thử một quy định với dữ liệu nhập tay (không ghi gì vào cơ sở dữ liệu): kết quả từng điều kiện, dữ liệu đã dùng, căn cứ.',
  })
  @RequirePermission('RULES_MANAGE')
  async previewEligibility(
    @Args('input') input: PreviewEligibilityInput,
  ): Promise<EligibilityResult> {
    const { rule, result } = await this.rules.check(
      input.awardCode.trim(),
      factsOf(input),
      input.provinceUnitId ?? null,
      input.track,
    );
    return toEligibilityResult(result, rule.id);
  }

  @Mutation(() => AwardRuleVersion, {
    description:
      'Thêm phiên bản quy định (chung toàn quốc: quyền trên toàn hệ thống; riêng của tỉnh: quyền tại tỉnh). Phiên bản đang áp dụng được kết thúc vào ngày trước ngày bắt đầu.',
  })
  @RequirePermission('RULES_MANAGE')
  async createAwardRuleVersion(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateAwardRuleVersionInput,
  ): Promise<AwardRuleVersion> {
    const rule = await this.tx.run(ctx, (tx) =>
      this.rules.createRule(
        tx,
        {
          awardCode: input.awardCode.trim(),
          track: input.track,
          provinceUnitId: input.provinceUnitId ?? null,
        },
        {
          legalDocumentId: input.legalDocumentId,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo ?? null,
          content: contentOf(input.content),
        },
      ),
    );
    return toAwardRuleVersion(rule, nameOf);
  }

  @Mutation(() => AwardRuleVersion, {
    description:
      'Sửa một phiên bản quy định (khóa lạc quan theo version); phiên bản đã sửa không bị ghi đè khi khởi động lại.',
  })
  @RequirePermission('RULES_MANAGE')
  async updateAwardRuleVersion(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateAwardRuleVersionInput,
  ): Promise<AwardRuleVersion> {
    const rule = await this.tx.run(ctx, async (tx) => {
      const r = await this.rules.updateRule(tx, input.id, input.version, {
        legalDocumentId: input.legalDocumentId,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo ?? null,
        content: contentOf(input.content),
      });
      nothingToRecord(tx);
      return r;
    });
    return toAwardRuleVersion(rule, nameOf);
  }

  @ResolveField(() => LegalDocument, { description: 'Văn bản căn cứ của phiên bản.' })
  async legalDocument(
    r: AwardRuleVersion,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<LegalDocument | null> {
    const d = await gql.loaders.get(this.legal.documentById).load(r.legalDocumentId);
    return d ? toLegalDocument(d) : null;
  }

  @ResolveField(() => Unit, { nullable: true, description: 'Tỉnh (quy định riêng); null: chung.' })
  async provinceUnit(
    r: AwardRuleVersion,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<Unit | null> {
    if (!r.provinceUnitId) return null;
    const u = await gql.loaders.get(this.org.unitById).load(r.provinceUnitId);
    return u ? toUnit(u) : null;
  }

  @ResolveField(() => Boolean)
  async canManage(r: AwardRuleVersion, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    return canManageScope(this.rules, this.org, gql, r.provinceUnitId);
  }
}

@Resolver(() => RuleParameter)
export class RuleParameterResolver {
  constructor(
    private readonly rules: RulesService,
    private readonly legal: LegalService,
    private readonly org: OrgService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => [RuleParameter], {
    description:
      'Giá trị các tham số quy định khen thưởng: mức chung toàn quốc và mức riêng của tỉnh, theo thời gian.',
  })
  @Authenticated()
  async ruleParameters(@Args() args: RuleParametersArgs): Promise<RuleParameter[]> {
    return (await this.rules.listParameters(args)).map(toRuleParameter);
  }

  @Mutation(() => RuleParameter, {
    description:
      'Thêm giá trị tham số (chung: quyền trên toàn hệ thống; mức riêng của tỉnh: quyền tại tỉnh).',
  })
  @RequirePermission('RULES_MANAGE')
  async createRuleParameter(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateRuleParameterInput,
  ): Promise<RuleParameter> {
    return toRuleParameter(
      await this.tx.run(ctx, (tx) =>
        this.rules.createParameter(
          tx,
          { key: input.key, provinceUnitId: input.provinceUnitId ?? null },
          {
            value: input.value,
            legalDocumentId: input.legalDocumentId ?? null,
            article: input.article ?? null,
            effectiveFrom: input.effectiveFrom,
            effectiveTo: input.effectiveTo ?? null,
            confidence: input.confidence,
            note: input.note ?? null,
          },
        ),
      ),
    );
  }

  @Mutation(() => RuleParameter, {
    description: 'Sửa một giá trị tham số (khóa lạc quan theo version).',
  })
  @RequirePermission('RULES_MANAGE')
  async updateRuleParameter(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateRuleParameterInput,
  ): Promise<RuleParameter> {
    return toRuleParameter(
      await this.tx.run(ctx, async (tx) => {
        const p = await this.rules.updateParameter(tx, input.id, input.version, {
          value: input.value,
          legalDocumentId: input.legalDocumentId ?? null,
          article: input.article ?? null,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo ?? null,
          confidence: input.confidence,
          note: input.note ?? null,
        });
        nothingToRecord(tx);
        return p;
      }),
    );
  }

  @ResolveField(() => LegalDocument, { nullable: true })
  async legalDocument(
    p: RuleParameter,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<LegalDocument | null> {
    if (!p.legalDocumentId) return null;
    const d = await gql.loaders.get(this.legal.documentById).load(p.legalDocumentId);
    return d ? toLegalDocument(d) : null;
  }

  @ResolveField(() => Unit, { nullable: true })
  async provinceUnit(p: RuleParameter, _args: NoArgs, gql: GraphqlContext): Promise<Unit | null> {
    if (!p.provinceUnitId) return null;
    const u = await gql.loaders.get(this.org.unitById).load(p.provinceUnitId);
    return u ? toUnit(u) : null;
  }

  @ResolveField(() => Boolean)
  async canManage(p: RuleParameter, _args: NoArgs, gql: GraphqlContext): Promise<boolean> {
    return canManageScope(this.rules, this.org, gql, p.provinceUnitId);
  }
}
