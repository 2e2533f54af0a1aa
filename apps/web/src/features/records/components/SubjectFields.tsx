import { Form, Input } from 'antd';

import { t } from '../../../i18n';
import { UnitSelect } from '../../units/components/UnitSelect';
import { PersonSelect } from './PersonSelect';

/** Who a new record is about: a person (with their unit of that time), or the unit itself. */
export function SubjectFields({ household = false }: { household?: boolean }) {
  return (
    <>
      <Form.Item name="personId" label={t.records.person} extra={t.records.personHelp}>
        <PersonSelect />
      </Form.Item>
      <Form.Item name="unitId" label={t.records.unit} extra={t.records.unitHelp}>
        <UnitSelect allowClear aria-label={t.records.unit} />
      </Form.Item>
      {household && (
        <Form.Item noStyle shouldUpdate={(a, b) => a.personId !== b.personId}>
          {({ getFieldValue }) =>
            !getFieldValue('personId') && (
              <Form.Item
                name="householdName"
                label={t.records.householdName}
                extra={t.records.householdHelp}
              >
                <Input />
              </Form.Item>
            )
          }
        </Form.Item>
      )}
    </>
  );
}
