import { useRoles } from '@thidua/web-data-access';
import { Select } from 'antd';
import type { CSSProperties } from 'react';

import { t } from '../../../i18n';
import { foldFilter } from '../../../shared/forms/foldFilter';

export interface RoleSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

export function RoleSelect({ value, onChange, ...rest }: RoleSelectProps) {
  const roles = useRoles();
  return (
    <Select<string>
      {...rest}
      value={value}
      onChange={onChange}
      loading={roles.isPending}
      placeholder={t.roles.selectRole}
      showSearch={{ filterOption: foldFilter }}
      options={(roles.data ?? []).map((role) => ({ value: role.id, label: role.name }))}
      status={roles.isError ? 'error' : undefined}
      notFoundContent={roles.isError ? roles.error.message : undefined}
    />
  );
}
