import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { RoleGrantInput } from '@thidua/web-data-access';
import { Button, Flex, Form, Typography } from 'antd';

import { t } from '../../../i18n';
import { requiredChoice } from '../../../shared/forms/rules';
import { SYSTEM_WIDE, UnitSelect } from '../../units/components/UnitSelect';
import { RoleSelect } from './RoleSelect';

/** One row of the form: a role and where it applies (a unit and below, or SYSTEM_WIDE). */
export interface RoleGrantValue {
  roleId?: string;
  unitId?: string;
}

export function toRoleGrantInputs(values: RoleGrantValue[] | undefined): RoleGrantInput[] {
  return (values ?? [])
    .filter((g): g is Required<RoleGrantValue> => Boolean(g.roleId && g.unitId))
    .map((g) => ({ roleId: g.roleId, unitId: g.unitId === SYSTEM_WIDE ? null : g.unitId }));
}

/**
 * Form.List of role grants (`name`, default "roles"): each = role + unit or "Toàn hệ thống".
 * Server messages such as `roles.0.unitId` land under the right input.
 */
export function RoleGrantsField({ name = 'roles' }: { name?: string }) {
  return (
    <Form.Item label={t.roles.grants} required={false} style={{ marginBottom: 8 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 && (
              <Typography.Text type="secondary">{t.roles.noAssignments}</Typography.Text>
            )}
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="flex-start" wrap>
                <Form.Item
                  name={[field.name, 'roleId']}
                  rules={[requiredChoice(t.roles.grantRoleWhat)]}
                  style={{ flex: '1 1 200px', marginBottom: 0 }}
                >
                  <RoleSelect aria-label={`${t.roles.grantRole} ${index + 1}`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'unitId']}
                  rules={[requiredChoice(t.roles.grantScopeWhat)]}
                  style={{ flex: '1 1 240px', marginBottom: 0 }}
                >
                  <UnitSelect allowSystemWide aria-label={`${t.roles.grantScope} ${index + 1}`} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t.roles.removeGrant}
                  title={t.roles.removeGrant}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <div>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t.roles.addGrant}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
