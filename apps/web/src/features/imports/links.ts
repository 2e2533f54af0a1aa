import type { ImportFileKind } from '@thidua/web-data-access';

import { campaignPlanPath, PATHS } from '../../app/paths';

/**
 * The import page's address can name what to import (`?loai=`) and, for registrations, the plan the
 * officer came from (`?ke-hoach=`): the plan's registrations tab links here, so the template comes
 * filled for that plan and the result leads back to it. Both are hints only: the API checks every
 * row's plan and unit, and a kind the viewer may not import is simply not offered.
 */
export const IMPORT_KIND_PARAM = 'loai';
export const IMPORT_PLAN_PARAM = 'ke-hoach';

const KINDS: readonly ImportFileKind[] = [
  'units',
  'people',
  'campaign-registrations',
  'evaluations',
  'award-records',
];
// plan ids are UUIDs (the API's import refuses anything else); a mistyped address builds no link
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function importKindParam(value: string | null): ImportFileKind | undefined {
  return KINDS.find((kind) => kind === value);
}

export function importPlanParam(value: string | null): string | undefined {
  return value && UUID.test(value) ? value : undefined;
}

/** `/to-chuc/nhap-excel?loai=…&ke-hoach=…` */
export function importPagePath(kind?: ImportFileKind, planId?: string): string {
  const search = new URLSearchParams();
  if (kind) search.set(IMPORT_KIND_PARAM, kind);
  if (planId) search.set(IMPORT_PLAN_PARAM, planId);
  const text = search.toString();
  return text ? `${PATHS.imports}?${text}` : PATHS.imports;
}

/** The plan page's "Đăng ký" tab, where imported registrations show (`?muc=`, as UnitDetailPage). */
export const PLAN_TAB_PARAM = 'muc';
export const PLAN_REGISTRATIONS_TAB = 'dang-ky';

export function planRegistrationsPath(planId: string): string {
  return `${campaignPlanPath(planId)}?${PLAN_TAB_PARAM}=${PLAN_REGISTRATIONS_TAB}`;
}
