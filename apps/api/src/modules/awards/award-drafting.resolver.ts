import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import {
  type GraphqlContext,
  type NoArgs,
  requestContextOf,
} from '../../core/graphql/graphql-context';
import { AwardDossier, AwardNomination } from './award.models';
import {
  AchievementReportRefInput,
  RedraftAchievementReportInput,
  RedraftToTrinhInput,
  UpdateAchievementReportInput,
  UpdateToTrinhInput,
} from './award-drafting.inputs';
import { AchievementReport, ToTrinhDraft } from './award-drafting.models';
import { AwardDraftingService } from './award-drafting.service';
import type { AwardDossierEntity } from './award-dossier.entity';
import { AwardDossierService } from './award-dossier.service';

/**
 * The documents a dossier drafts itself (ADR 0020) over GraphQL: `AwardNomination.report` and
 * `AwardDossier.toTrinh` (read like the dossier: its readers only), and the proposing unit's
 * mutations (DOSSIER_MANAGE there, while the dossier is with it). The .docx previews and the package
 * are REST (AwardDocumentController).
 */
@Resolver(() => AwardNomination)
export class AwardNominationReportResolver {
  constructor(
    private readonly dossiers: AwardDossierService,
    private readonly drafting: AwardDraftingService,
  ) {}

  @ResolveField(() => AchievementReport, {
    nullable: true,
    complexity: 5,
    description:
      'Báo cáo thành tích hệ thống soạn cho đề nghị (bản đã lưu, hoặc bản soạn ngay từ dữ liệu khi chưa lưu); null khi hồ sơ đã gửi với báo cáo tải lên và không có bản dự thảo.',
  })
  async report(
    n: AwardNomination,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<AchievementReport | null> {
    const ctx = requestContextOf(gql);
    const d = await readable(this.dossiers, ctx, gql, n.dossierId);
    if (!d) return null;
    const [nominees, rows, documents] = await Promise.all([
      gql.loaders.get(this.dossiers.nomineesOf).load(d.id),
      gql.loaders.get(this.drafting.draftsOf).load(d.id),
      gql.loaders.get(this.dossiers.documentsOf).load(d.id),
    ]);
    const nominee = nominees.find((x) => x.id === n.id);
    if (!nominee) return null;
    return this.drafting.reportFor(ctx, gql.loaders, d, nominees, nominee, rows, documents);
  }
}

@Resolver(() => AwardDossier)
export class AwardDraftingResolver {
  constructor(
    private readonly dossiers: AwardDossierService,
    private readonly drafting: AwardDraftingService,
    private readonly tx: TransactionRunner,
  ) {}

  @ResolveField(() => ToTrinhDraft, {
    nullable: true,
    complexity: 5,
    description:
      'Tờ trình hệ thống soạn cho hồ sơ (bản đã lưu, hoặc bản soạn ngay khi chưa lưu); null khi hồ sơ đã gửi với tờ trình tải lên.',
  })
  async toTrinh(
    parent: AwardDossier,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<ToTrinhDraft | null> {
    const ctx = requestContextOf(gql);
    const d = await readable(this.dossiers, ctx, gql, parent.id);
    if (!d) return null;
    const [nominees, rows, documents] = await Promise.all([
      gql.loaders.get(this.dossiers.nomineesOf).load(d.id),
      gql.loaders.get(this.drafting.draftsOf).load(d.id),
      gql.loaders.get(this.dossiers.documentsOf).load(d.id),
    ]);
    return this.drafting.toTrinhFor(ctx, d, nominees, rows, documents);
  }

  @Mutation(() => AchievementReport, {
    description:
      'Soạn lại báo cáo thành tích từ dữ liệu hiện có của hệ thống (thay nội dung đã sửa); báo cáo đã duyệt phải mở lại trước.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  redraftAchievementReport(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RedraftAchievementReportInput,
  ): Promise<AchievementReport> {
    return this.tx.run(ctx, (tx) =>
      this.drafting.redraftReport(tx, input.nominationId, input.version),
    );
  }

  @Mutation(() => AchievementReport, {
    description:
      'Lưu nội dung báo cáo thành tích cán bộ đã sửa (phiên bản 0: lưu lần đầu bản hệ thống soạn).',
  })
  @RequirePermission('DOSSIER_MANAGE')
  updateAchievementReport(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateAchievementReportInput,
  ): Promise<AchievementReport> {
    return this.tx.run(ctx, (tx) =>
      this.drafting.updateReport(tx, input.nominationId, input.version, input.content),
    );
  }

  @Mutation(() => AchievementReport, {
    description:
      'Duyệt báo cáo thành tích để gửi: khi gửi hồ sơ, báo cáo được lập thành .docx và lưu cố định (bắt buộc với đề nghị chưa có báo cáo tải lên).',
  })
  @RequirePermission('DOSSIER_MANAGE')
  signOffAchievementReport(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AchievementReportRefInput,
  ): Promise<AchievementReport> {
    return this.tx.run(ctx, (tx) =>
      this.drafting.signOffReport(tx, input.nominationId, input.version),
    );
  }

  @Mutation(() => AchievementReport, {
    description: 'Mở lại báo cáo thành tích đã duyệt để sửa (phải duyệt lại trước khi gửi).',
  })
  @RequirePermission('DOSSIER_MANAGE')
  reopenAchievementReport(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AchievementReportRefInput,
  ): Promise<AchievementReport> {
    return this.tx.run(ctx, (tx) =>
      this.drafting.reopenReport(tx, input.nominationId, input.version),
    );
  }

  @Mutation(() => ToTrinhDraft, {
    description: 'Soạn lại tờ trình từ dữ liệu hiện có (thay nội dung đã sửa; giữ số đã cấp).',
  })
  @RequirePermission('DOSSIER_MANAGE')
  redraftToTrinh(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RedraftToTrinhInput,
  ): Promise<ToTrinhDraft> {
    return this.tx.run(ctx, (tx) =>
      this.drafting.redraftToTrinh(tx, input.dossierId, input.version),
    );
  }

  @Mutation(() => ToTrinhDraft, {
    description:
      'Lưu nội dung tờ trình đã sửa (phiên bản 0: lưu lần đầu bản hệ thống soạn). Số tờ trình được cấp khi gửi hồ sơ lần đầu.',
  })
  @RequirePermission('DOSSIER_MANAGE')
  updateToTrinh(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateToTrinhInput,
  ): Promise<ToTrinhDraft> {
    return this.tx.run(ctx, (tx) =>
      this.drafting.updateToTrinh(tx, input.dossierId, input.version, input.content),
    );
  }
}

/** The dossier of a field's parent, if the caller reads it (the parent may come from any path). */
async function readable(
  dossiers: AwardDossierService,
  ctx: RequestContext,
  gql: GraphqlContext,
  dossierId: string,
): Promise<AwardDossierEntity | null> {
  const d = await gql.loaders.get(dossiers.dossierById).load(dossierId);
  if (!d) return null;
  const access = await dossiers.accessOf(ctx, d);
  return access.submitter || access.receiver ? d : null;
}
