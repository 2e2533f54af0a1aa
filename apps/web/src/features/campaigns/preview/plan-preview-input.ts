import { citedDate, isIssuedStatus, isIsoDate, type UnitTree } from '@thidua/shared-domain';
import type { CampaignPlanDetail } from '@thidua/web-data-access';

import type { OutlineIssuer, OutlineLegalBasis, PlanOutlineInput } from './plan-outline';
import { cleanContent, text, type PlanFormValues } from './plan-values';

/** What the header needs of the issuer unit (the API's `CampaignDocuments.planDocument` reads the same). */
export interface IssuerUnitLike {
  name: string;
  shortName?: string | null;
  tree: UnitTree;
  parent?: { name: string } | null;
}

export function outlineIssuer(unit: IssuerUnitLike | null | undefined): OutlineIssuer | null {
  if (!unit) return null;
  return { tree: unit.tree, parentBody: unit.parent?.name, body: unit.name, code: unit.shortName };
}

/** A draft prints the year of the period's start and leaves the day blank (the API does the same). */
function draftDate(periodFrom: string | null | undefined): PlanOutlineInput['date'] {
  return periodFrom && isIsoDate(periodFrom) ? { year: Number(periodFrom.slice(0, 4)) } : null;
}

/** campaign-document.ts `amended`: "Kế hoạch số 01/KH-UBND ngày 10/3/2025 của … về …". */
export function amendedCitation(plan: CampaignPlanDetail): PlanOutlineInput['amends'] {
  const original = plan.amends;
  if (!original) return null;
  const title = original.title.charAt(0).toLocaleLowerCase('vi-VN') + original.title.slice(1);
  const document = [
    original.symbol ? `Kế hoạch số ${original.symbol}` : 'Kế hoạch',
    original.issuedOn ? `ngày ${citedDate(original.issuedOn)}` : '',
    plan.issuerUnit.name ? `của ${plan.issuerUnit.name}` : '',
    `về ${title}`,
  ]
    .filter(Boolean)
    .join(' ');
  return { document, changes: plan.amendmentNote ?? '' };
}

/** A saved plan as the document shows it: numbered, dated and signed once issued. */
export function outlineFromPlan(plan: CampaignPlanDetail): PlanOutlineInput {
  const issued = isIssuedStatus(plan.status);
  return {
    issuer: outlineIssuer(plan.issuerUnit),
    number: issued ? plan.number : null,
    symbol: issued ? plan.symbol : null,
    place: plan.issuePlace,
    date: issued && plan.issuedOn ? plan.issuedOn : draftDate(plan.periodFrom),
    title: plan.title,
    legalBases: plan.legalBases,
    period: { from: plan.periodFrom, to: plan.periodTo },
    content: cleanContent(plan.content),
    signer: issued ? plan.signer : null,
    amends: amendedCitation(plan),
  };
}

/**
 * The editor's values as the document they will print as, without a round trip: the issuer unit and
 * the căn cứ come from what the pickers already loaded (a căn cứ not known yet is left out until it is).
 */
export function outlineFromValues(
  values: PlanFormValues,
  issuer: IssuerUnitLike | null | undefined,
  legalDocuments: ReadonlyMap<string, OutlineLegalBasis>,
  /** an amending draft cites the plan it replaces (fixed when the amendment was made) */
  amends: PlanOutlineInput['amends'] = null,
): PlanOutlineInput {
  const from = text(values.periodFrom);
  const to = text(values.periodTo);
  return {
    issuer: outlineIssuer(issuer),
    number: null,
    place: null,
    date: draftDate(from),
    title: text(values.title) ?? '',
    legalBases: (values.legalDocumentIds ?? []).flatMap((id) => {
      const doc = id ? legalDocuments.get(id) : undefined;
      return doc ? [doc] : [];
    }),
    period: from && to ? { from, to } : null,
    content: cleanContent(values.content),
    amends,
  };
}
