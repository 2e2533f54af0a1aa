import type { RestructuringOperationKind } from '@thidua/web-data-access';

import { PATHS } from '../../app/paths';

export const OPERATION_KINDS: readonly RestructuringOperationKind[] = [
  'RENAME',
  'MOVE',
  'MERGE',
  'SPLIT',
  'DISSOLVE',
];

/** Vietnamese slugs of the operations in the wizard's address: /to-chuc/sap-xep?thao-tac=sap-nhap */
export const OPERATION_SLUGS: Record<RestructuringOperationKind, string> = {
  RENAME: 'doi-ten',
  MOVE: 'chuyen-cap-tren',
  MERGE: 'sap-nhap',
  SPLIT: 'chia-tach',
  DISSOLVE: 'giai-the',
};

export const OPERATION_PARAM = 'thao-tac';
export const UNIT_PARAM = 'don-vi';

export function operationFromSlug(slug: string | null): RestructuringOperationKind | undefined {
  return OPERATION_KINDS.find((kind) => OPERATION_SLUGS[kind] === slug);
}

/** The wizard with an operation and a unit preselected (from a unit's page). */
export function restructuringPath(kind: RestructuringOperationKind, unitId?: string): string {
  const params = new URLSearchParams({ [OPERATION_PARAM]: OPERATION_SLUGS[kind] });
  if (unitId) params.set(UNIT_PARAM, unitId);
  return `${PATHS.restructuring}?${params.toString()}`;
}
