import { CAMPAIGN_PLAN_LIMITS as L } from '@thidua/shared-domain';
import { Checkbox, Col, Form, Input, Row } from 'antd';

import { t } from '../../../i18n';
import { SignatureFields } from '../components/SignatureFields';
import {
  AddButton,
  MarkupHint,
  PartBlock,
  RowActions,
  RowCard,
  RowList,
  TextListField,
  requiredText,
} from './fields';
import { requiredWithAny } from './rules';

const REPORTING = ['content', 'reporting'];
const reportingField = (field: string) => [...REPORTING, field];
const REPORTING_FIELDS = ['who', 'frequency', 'to', 'via'];

/** Tổ chức thực hiện (what each body does), chế độ báo cáo, câu kết. */
export function ImplementationPart() {
  const c = t.campaigns;
  const others = (field: string) => REPORTING_FIELDS.filter((f) => f !== field).map(reportingField);
  return (
    <>
      <PartBlock
        title={c.implementation}
        help={
          <>
            {c.implementationHelp} <MarkupHint />
          </>
        }
      >
        <RowList
          name={['content', 'implementation']}
          noun={c.body}
          max={L.responsibilities}
          addLabel={c.addBody}
          empty={() => ({ body: '', tasks: [''] })}
        >
          {(row, what) => (
            <>
              <Form.Item
                name={[row.name, 'body']}
                label={c.body}
                rules={[requiredText(c.bodyWhat)]}
              >
                <Input maxLength={L.label} />
              </Form.Item>
              <TextListField
                name={[row.name, 'tasks']}
                label={c.tasks}
                itemLabel={`${c.task} (${what})`}
                addLabel={c.addTask}
                rows={3}
              />
              <Form.Item name={[row.name, 'asTyped']} valuePropName="checked" extra={c.asTypedHelp}>
                <Checkbox aria-label={`${c.asTyped} (${what})`}>{c.asTyped}</Checkbox>
              </Form.Item>
            </>
          )}
        </RowList>
      </PartBlock>
      <PartBlock title={c.reporting} help={c.reportingHelp}>
        <Row gutter={12}>
          {(
            [
              ['who', c.reportWho, c.reportWhoWhat, undefined],
              ['frequency', c.reportFrequency, c.reportFrequencyWhat, c.reportFrequencyPlaceholder],
              ['to', c.reportTo, c.reportToWhat, undefined],
            ] as const
          ).map(([field, label, what, placeholder]) => (
            <Col xs={24} md={12} key={field}>
              <Form.Item
                name={reportingField(field)}
                label={label}
                dependencies={others(field)}
                rules={[requiredWithAny(others(field), what)]}
              >
                <Input maxLength={L.label} placeholder={placeholder} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={12}>
            <Form.Item name={reportingField('via')} label={c.reportVia}>
              <Input maxLength={L.label} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={reportingField('inText')} valuePropName="checked">
          <Checkbox>{c.reportingInText}</Checkbox>
        </Form.Item>
      </PartBlock>
      <Form.Item name={['content', 'closing']} label={c.closing}>
        <Input.TextArea rows={2} maxLength={L.paragraph} placeholder={c.closingPlaceholder} />
      </Form.Item>
    </>
  );
}

/** Nơi nhận (groups and the file copy) and the signature expected on the draft. */
export function ClosingPart() {
  const c = t.campaigns;
  return (
    <>
      <PartBlock title={c.recipients}>
        <Form.List name={['content', 'recipients', 'groups']}>
          {(groups, { add, remove, move }) => (
            <>
              {groups.map((group, index) => {
                const what = c.recipientGroup(index + 1);
                return (
                  <RowCard
                    key={group.key}
                    title={what}
                    actions={
                      <RowActions
                        what={what}
                        index={index}
                        count={groups.length}
                        move={move}
                        remove={remove}
                      />
                    }
                  >
                    <Form.Item name={[group.name, 'heading']} label={c.recipientHeading}>
                      <Input maxLength={L.label} placeholder={c.recipientHeadingPlaceholder} />
                    </Form.Item>
                    <TextListField
                      name={[group.name, 'names']}
                      label={c.recipients}
                      itemLabel={`${c.recipientName} (${what})`}
                      addLabel={c.addRecipient}
                      maxLength={L.label}
                    />
                  </RowCard>
                );
              })}
              {groups.length < L.recipientGroups && (
                <AddButton
                  label={c.addRecipientGroup}
                  onClick={() => add({ heading: '', names: [''] })}
                />
              )}
            </>
          )}
        </Form.List>
        <Form.Item
          name={['content', 'recipients', 'archive']}
          label={c.archive}
          extra={c.archiveHelp}
          style={{ marginTop: 16 }}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (typeof value === 'string' && value.trim()) return;
                const groups: unknown = getFieldValue(['content', 'recipients', 'groups']);
                if (Array.isArray(groups) && groups.length > 0) {
                  throw new Error(t.validation.required(c.archiveWhat));
                }
              },
            }),
          ]}
        >
          <Input maxLength={L.label} />
        </Form.Item>
      </PartBlock>
      <PartBlock title={c.signature} help={c.signatureHelp}>
        <SignatureFields path={['content', 'signature']} optional />
      </PartBlock>
    </>
  );
}
