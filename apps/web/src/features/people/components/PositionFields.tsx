import { TEXT_LIMITS } from '@thidua/shared-domain';
import type { PositionInput, StaffCategory } from '@thidua/web-data-access';
import { Col, Form, Input, Row, Select, Switch } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { required, requiredChoice } from '../../../shared/forms/rules';
import { UnitSelect } from '../../units/components/UnitSelect';

export const STAFF_CATEGORIES: readonly StaffCategory[] = [
  'CIVIL_SERVANT',
  'PUBLIC_EMPLOYEE',
  'WORKER',
  'OFFICER',
  'OTHER',
];

export interface PositionValues {
  unitId?: string;
  title?: string;
  startedOn?: string | null;
  isLeader?: boolean;
  staffCategory?: StaffCategory;
}

export function toPositionInput(values: PositionValues | undefined): PositionInput {
  return {
    unitId: values?.unitId ?? '',
    title: values?.title?.trim() ?? '',
    startedOn: values?.startedOn ?? '',
    isLeader: values?.isLeader ?? false,
    staffCategory: values?.staffCategory ?? 'OTHER',
  };
}

/**
 * A position (chức vụ at a unit, from a date) under the form name `prefix` — "position" in every input
 * of the API, so its messages (`input.position.title`) land under the right field.
 */
export function PositionFields({ prefix = 'position' }: { prefix?: string }) {
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item
          name={[prefix, 'unitId']}
          label={t.people.positionUnit}
          rules={[requiredChoice(t.people.positionUnitWhat)]}
        >
          <UnitSelect />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item
          name={[prefix, 'title']}
          label={t.people.title}
          extra={t.people.titleHelp}
          rules={[required(t.people.titleWhat)]}
        >
          <Input maxLength={TEXT_LIMITS.positionTitle} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item
          name={[prefix, 'startedOn']}
          label={t.people.startedOn}
          rules={[requiredChoice(t.people.startedOnWhat)]}
        >
          <IsoDatePicker />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item
          name={[prefix, 'staffCategory']}
          label={t.people.staffCategory}
          rules={[requiredChoice(t.people.staffCategoryWhat)]}
        >
          <Select
            options={STAFF_CATEGORIES.map((c) => ({
              value: c,
              label: t.people.staffCategories[c],
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name={[prefix, 'isLeader']} label={t.people.isLeader} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );
}
