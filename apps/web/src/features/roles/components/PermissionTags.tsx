import { Flex, Tag, Typography } from 'antd';

import type { PermissionGroup } from '../hooks/usePermissionGroups';

/** A role's permissions, grouped, with the API's labels. */
export function PermissionTags({
  permissions,
  groups,
}: {
  permissions: readonly string[];
  groups: readonly PermissionGroup[];
}) {
  const held = new Set(permissions);
  return (
    <Flex vertical gap={4}>
      {groups
        .map(({ group, permissions: all }) => ({
          group,
          items: all.filter((p) => held.has(p.code)),
        }))
        .filter(({ items }) => items.length > 0)
        .map(({ group, items }) => (
          <div key={group}>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginRight: 6 }}>
              {group}:
            </Typography.Text>
            {items.map((p) => (
              <Tag key={p.code} style={{ marginBottom: 4 }}>
                {p.label}
              </Tag>
            ))}
          </div>
        ))}
    </Flex>
  );
}
