import { Injectable } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import {
  DOSSIER_DOCUMENT_KINDS,
  appraisalChecklist,
  type AppraisalChecklistItem,
  type RuleDossierItem,
} from '@thidua/shared-domain';
import type { GraphqlContext, NoArgs } from '../../core/graphql/graphql-context';
import { RulesService } from '../legal/rules.service';
import { AppraisalChecklistItemModel } from './award-appraisal.models';
import type { AwardDossierDocumentEntity, AwardNominationEntity } from './award-dossier.entity';
import { AwardDossierService } from './award-dossier.service';
import { AwardNomination } from './award.models';

/**
 * The appraisal checklist of a nominee (issue 11, "thẩm định: a checklist per rule"; pure part in
 * libs/shared/domain awards/appraisal.ts): the checks of its stored eligibility and the dossier list
 * of the very rule version it was judged under (`eligibility.ruleVersionId`), so the appraiser
 * reviews what the proposing unit was judged on, not today's rules.
 */
export function checklistOf(
  n: Pick<AwardNominationEntity, 'id' | 'awardName' | 'eligibility'>,
  ruleDocuments: readonly RuleDossierItem[],
  documents: readonly AwardDossierDocumentEntity[],
): AppraisalChecklistItem[] {
  return appraisalChecklist({
    nominationId: n.id,
    awardName: n.awardName,
    checks: n.eligibility?.result?.checks ?? null,
    manualReason: n.eligibility?.manualReason ?? null,
    ruleDocuments,
    documents: documents.map((d) => ({
      kind: d.kind,
      nominationId: d.nominationId,
      label: d.fileName ?? d.note ?? `${DOSSIER_DOCUMENT_KINDS[d.kind]} (nhập trực tiếp)`,
    })),
  });
}

@Injectable()
export class AwardAppraisalService {
  constructor(private readonly rules: RulesService) {}

  /** Each nominee's checklist, the rule versions read in one query. */
  async checklists(
    nominees: readonly AwardNominationEntity[],
    documents: readonly AwardDossierDocumentEntity[],
  ): Promise<Map<string, AppraisalChecklistItem[]>> {
    const versions = await this.rules.ruleVersionsByIds(
      nominees.flatMap((n) => (n.eligibility?.ruleVersionId ? [n.eligibility.ruleVersionId] : [])),
    );
    return new Map(
      nominees.map((n) => {
        const rule = n.eligibility?.ruleVersionId
          ? versions.get(n.eligibility.ruleVersionId)
          : undefined;
        return [n.id, checklistOf(n, rule?.content.dossier ?? [], documents)];
      }),
    );
  }
}

/** `AwardNomination.appraisalChecklist`: documents and the rule version through per-request loaders. */
@Resolver(() => AwardNomination)
export class AwardAppraisalResolver {
  constructor(
    private readonly dossiers: AwardDossierService,
    private readonly rules: RulesService,
  ) {}

  @ResolveField(() => [AppraisalChecklistItemModel], {
    complexity: 2,
    description:
      'Danh mục thẩm định của đề nghị theo quy tắc đã dùng để kiểm tra: từng tiêu chuẩn, nguyên tắc (kết quả kiểm tra tự động) và thành phần hồ sơ (có hay chưa có trong hồ sơ).',
  })
  async appraisalChecklist(
    n: AwardNomination,
    _args: NoArgs,
    gql: GraphqlContext,
  ): Promise<AppraisalChecklistItemModel[]> {
    const eligibility = n.storedEligibility;
    const [documents, rule] = await Promise.all([
      gql.loaders.get(this.dossiers.documentsOf).load(n.dossierId),
      eligibility?.ruleVersionId
        ? gql.loaders.get(this.rules.ruleVersionById).load(eligibility.ruleVersionId)
        : Promise.resolve(null),
    ]);
    return checklistOf(
      { id: n.id, awardName: n.awardName, eligibility },
      rule?.content.dossier ?? [],
      documents,
    );
  }
}
