import { isPermission, type Permission } from '@thidua/shared-domain';
import { useMe, type ViewerUser } from '@thidua/web-data-access';
import { useMemo } from 'react';

export interface ViewerAccess {
  user: ViewerUser;
  permissions: ReadonlySet<Permission>;
  /** true when the viewer holds at least one of the permissions (on some scope) */
  can: (...anyOf: Permission[]) => boolean;
}

export function toAccess(user: ViewerUser, permissions: readonly string[]): ViewerAccess {
  const held = new Set(permissions.filter(isPermission));
  return { user, permissions: held, can: (...anyOf) => anyOf.some((p) => held.has(p)) };
}

/** The signed-in user and what they may do. Only for screens under <RequireAuth>. */
export function useViewer(): ViewerAccess {
  const { data } = useMe();
  const user = data?.user;
  const permissions = data?.permissions;
  return useMemo(() => {
    if (!user || !permissions) throw new Error('useViewer: used outside <RequireAuth>');
    return toAccess(user, permissions);
  }, [user, permissions]);
}
