import type { Permission } from '@thidua/shared-domain';
import { CheckList } from '@thidua/web-ui';
import { Flex, Spin, Typography } from 'antd';

import { QueryError } from '../../../shared/components/QueryError';
import { usePermissionGroups } from '../hooks/usePermissionGroups';

export interface PermissionChecklistProps {
  id?: string;
  value?: Permission[];
  onChange?: (value: Permission[]) => void;
  disabled?: boolean;
}

/** Form control: one checkbox group per permission group, labels from the API. */
export function PermissionChecklist({
  id,
  value = [],
  onChange,
  disabled,
}: PermissionChecklistProps) {
  const { groups, isPending, isError, error, refetch } = usePermissionGroups();
  if (isPending) return <Spin />;
  if (isError) return <QueryError error={error} onRetry={() => void refetch()} />;

  const setGroup = (codes: Permission[], checked: Permission[]) => {
    const others = value.filter((p) => !codes.includes(p));
    onChange?.([...others, ...checked]);
  };

  return (
    <Flex vertical gap={12} id={id}>
      {groups.map(({ group, permissions }) => {
        const codes = permissions.map((p) => p.code);
        return (
          <fieldset
            key={group}
            style={{ border: '1px solid #e5e7eb', borderRadius: 6, padding: '8px 12px' }}
          >
            <legend
              style={{ width: 'auto', padding: '0 6px', marginBottom: 0, fontSize: 14, border: 0 }}
            >
              <Typography.Text strong>{group}</Typography.Text>
            </legend>
            <CheckList<Permission>
              disabled={disabled}
              value={value.filter((p) => codes.includes(p))}
              onChange={(checked) => setGroup(codes, checked)}
              items={permissions.map((p) => ({ value: p.code, label: p.label }))}
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
                gap: 6,
              }}
            />
          </fieldset>
        );
      })}
    </Flex>
  );
}
