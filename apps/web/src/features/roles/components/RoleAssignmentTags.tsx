import { TextOrNone } from '@thidua/web-ui';
import type { RoleAssignmentItem } from '@thidua/web-data-access';
import { Flex, Tag, Tooltip } from 'antd';

import { scopeLabel } from '../../../shared/scope';

/** Compact role list for table cells: one tag per role, the scope in a tooltip; red = system-wide. */
export function RoleAssignmentTags({
  assignments,
}: {
  assignments: readonly RoleAssignmentItem[];
}) {
  if (assignments.length === 0) return <TextOrNone value={null} />;
  return (
    <Flex gap={4} wrap>
      {assignments.map((a) => (
        <Tooltip key={a.id} title={scopeLabel(a.unit)}>
          <Tag color={a.unit ? 'blue' : 'red'}>{a.role.name}</Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}
