import { registerEnumType } from '@nestjs/graphql';
import { PERMISSIONS, type Permission } from '@thidua/shared-domain';

import { asEnum, SortDirectionEnum } from '../../../core/graphql/enums';

export { SortDirectionEnum };

export const PermissionEnum = asEnum(Object.keys(PERMISSIONS) as Permission[]);
registerEnumType(PermissionEnum, {
  name: 'Permission',
  description: 'Quyền. Vai trò là một tập quyền; quyền áp dụng trên phạm vi đơn vị của phân quyền.',
  valuesMap: Object.fromEntries(
    Object.entries(PERMISSIONS).map(([k, v]) => [k, { description: v.label }]),
  ) as Record<Permission, { description: string }>,
});

export const UserStatusEnum = asEnum(['ACTIVE', 'DISABLED'] as const);
registerEnumType(UserStatusEnum, {
  name: 'UserStatus',
  valuesMap: { ACTIVE: { description: 'Đang hoạt động' }, DISABLED: { description: 'Đã khóa' } },
});

export const ActorTypeEnum = asEnum(['USER', 'API_CLIENT', 'SYSTEM'] as const);
registerEnumType(ActorTypeEnum, {
  name: 'ActorType',
  valuesMap: {
    USER: { description: 'Người dùng' },
    API_CLIENT: { description: 'Ứng dụng tích hợp' },
    SYSTEM: { description: 'Hệ thống' },
  },
});

export const ApiClientStatusEnum = asEnum(['ACTIVE', 'REVOKED'] as const);
registerEnumType(ApiClientStatusEnum, {
  name: 'ApiClientStatus',
  valuesMap: { ACTIVE: { description: 'Đang hoạt động' }, REVOKED: { description: 'Đã thu hồi' } },
});

export const UserSortFieldEnum = asEnum(['USERNAME', 'FULL_NAME', 'CREATED_AT'] as const);
registerEnumType(UserSortFieldEnum, { name: 'UserSortField' });
