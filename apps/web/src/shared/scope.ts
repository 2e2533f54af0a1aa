import type { RoleAssignmentItem } from '@thidua/web-data-access';

import { t } from '../i18n';

/** "toàn hệ thống" or "Sở Nội vụ và đơn vị trực thuộc" */
export function scopeLabel(unit: { name: string } | null | undefined): string {
  return unit ? t.scope.unitAndBelow(unit.name) : t.scope.systemWide;
}

/** "Cán bộ thi đua – khen thưởng — Sở Nội vụ và đơn vị trực thuộc" */
export function assignmentLabel(assignment: Pick<RoleAssignmentItem, 'role' | 'unit'>): string {
  return t.home.roleWithScope(assignment.role.name, scopeLabel(assignment.unit));
}
