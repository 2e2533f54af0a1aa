/**
 * A plan's addressing as stored (`campaign_plans.addressing`, jsonb): what the officer picked, resolved
 * into addressee rows only at issue, against the units active on the issue date.
 * - `unitIds`: these units;
 * - `subtreeUnitIds`: each unit and its active descendants;
 * - `unitKindCodes`: the active units of these kinds inside `unitKindsWithinUnitIds`' subtrees, or,
 *   when that list is empty, inside the issuer unit's subtree (a province's "UBND các xã" are under
 *   UBND tỉnh; a Sở naming its phòng needs nothing more);
 * - `clusterIds`: the units that are members of these cụm, khối on the issue date.
 * The issuer unit itself is never its own addressee.
 */
export interface CampaignAddressingSpec {
  unitIds: string[];
  subtreeUnitIds: string[];
  unitKindCodes: string[];
  unitKindsWithinUnitIds: string[];
  clusterIds: string[];
}

export function emptyAddressing(spec: Partial<CampaignAddressingSpec> | null | undefined): boolean {
  return (
    !spec ||
    !(
      spec.unitIds?.length ||
      spec.subtreeUnitIds?.length ||
      spec.unitKindCodes?.length ||
      spec.clusterIds?.length
    )
  );
}
