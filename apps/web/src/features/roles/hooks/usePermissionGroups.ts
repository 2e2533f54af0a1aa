import { usePermissions, type PermissionInfo } from '@thidua/web-data-access';
import { useMemo } from 'react';

export interface PermissionGroup {
  group: string;
  permissions: PermissionInfo[];
}

/** The API's permission catalog, grouped ("Quản trị", "Tổ chức", …) in the order the API lists them. */
export function usePermissionGroups() {
  const query = usePermissions();
  const groups = useMemo<PermissionGroup[]>(() => {
    const byGroup = new Map<string, PermissionInfo[]>();
    for (const permission of query.data ?? []) {
      byGroup.set(permission.group, [...(byGroup.get(permission.group) ?? []), permission]);
    }
    return [...byGroup].map(([group, permissions]) => ({ group, permissions }));
  }, [query.data]);
  return { ...query, groups };
}
