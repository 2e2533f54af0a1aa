import { PERSON_CODE, TEXT_LIMITS } from '@thidua/shared-domain';
import type { Sex } from '@thidua/web-data-access';
import { Col, Form, Input, Radio, Row, Switch } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { codeRule, personDateRule, required, requiredChoice } from '../../../shared/forms/rules';

export const SEXES: readonly Sex[] = ['MALE', 'FEMALE'];

export interface PersonValues {
  code?: string;
  fullName: string;
  sex?: Sex;
  dateOfBirth?: string | null;
  ethnicity?: string;
  religion?: string;
  hometown?: string;
  partyMember?: boolean;
  partyJoinedOn?: string | null;
  note?: string;
}

/** Personal data of a person (create and edit). */
export function PersonFields() {
  const partyMember = Form.useWatch<boolean | undefined>('partyMember');
  return (
    <Row gutter={16}>
      <Col xs={24} md={14}>
        <Form.Item
          name="fullName"
          label={t.people.fullName}
          rules={[required(t.people.fullNameWhat)]}
        >
          <Input maxLength={TEXT_LIMITS.personName} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name="sex" label={t.people.sex} rules={[requiredChoice(t.people.sexWhat)]}>
          <Radio.Group
            optionType="button"
            options={SEXES.map((s) => ({ value: s, label: t.people.sexes[s] }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item
          name="code"
          label={t.people.code}
          extra={t.people.codeHelp}
          rules={[codeRule(PERSON_CODE, t.people.code)]}
        >
          <Input maxLength={PERSON_CODE.maxLength} spellCheck={false} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="dateOfBirth"
          label={t.people.dateOfBirth}
          rules={[personDateRule('dateOfBirth')]}
        >
          <IsoDatePicker allowClear />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="ethnicity" label={t.people.ethnicity}>
          <Input maxLength={TEXT_LIMITS.ethnicity} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="religion" label={t.people.religion}>
          <Input maxLength={TEXT_LIMITS.religion} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="hometown" label={t.people.hometown}>
          <Input maxLength={TEXT_LIMITS.hometown} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="partyMember" label={t.people.partyMember} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      {partyMember && (
        <Col xs={12} md={8}>
          <Form.Item
            name="partyJoinedOn"
            label={t.people.partyJoinedOn}
            dependencies={['dateOfBirth']}
            rules={[personDateRule('partyJoinedOn')]}
          >
            <IsoDatePicker allowClear />
          </Form.Item>
        </Col>
      )}
      <Col xs={24}>
        <Form.Item name="note" label={t.people.note}>
          <Input.TextArea rows={2} maxLength={TEXT_LIMITS.note} />
        </Form.Item>
      </Col>
    </Row>
  );
}
