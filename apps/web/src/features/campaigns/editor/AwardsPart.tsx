import { CAMPAIGN_PLAN_LIMITS as L } from '@thidua/shared-domain';
import { Col, Form, Input, InputNumber, Row } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import {
  AddButton,
  PartBlock,
  RowActions,
  RowCard,
  RowList,
  TextListField,
  requiredText,
} from './fields';
import { quotaCounts } from './rules';

const A = ['content', 'awards'];

/**
 * Khen thưởng: the criteria, the forms and titles offered, the quotas, the dossier, who receives it and
 * by when — the part the dossier module will read.
 */
export function AwardsPart() {
  const c = t.campaigns;
  return (
    <>
      <PartBlock title={c.awardCriteria}>
        <RowList
          name={[...A, 'criteria']}
          noun={c.criterionText}
          max={L.awardItems}
          addLabel={c.addCriterion}
          empty={() => ({ label: '', text: '' })}
        >
          {(row) => (
            <>
              <Form.Item
                name={[row.name, 'label']}
                label={c.criterionLabel}
                rules={[requiredText(c.criterionLabelWhat)]}
              >
                <Input maxLength={L.label} placeholder={c.criterionLabelPlaceholder} />
              </Form.Item>
              <Form.Item
                name={[row.name, 'text']}
                label={c.criterionText}
                rules={[requiredText(c.criterionTextWhat)]}
              >
                <Input.TextArea rows={2} maxLength={L.paragraph} />
              </Form.Item>
            </>
          )}
        </RowList>
      </PartBlock>
      <PartBlock title={c.awardForms}>
        <RowList
          name={[...A, 'forms']}
          noun={c.formName}
          max={L.awardItems}
          addLabel={c.addForm}
          empty={() => ({ name: '' })}
        >
          {(row) => (
            <>
              <Form.Item
                name={[row.name, 'name']}
                label={c.formName}
                rules={[requiredText(c.formNameWhat)]}
              >
                <Input maxLength={L.label} placeholder={c.formNamePlaceholder} />
              </Form.Item>
              <Form.Item name={[row.name, 'text']} label={c.formText}>
                <Input.TextArea rows={2} maxLength={L.paragraph} />
              </Form.Item>
            </>
          )}
        </RowList>
      </PartBlock>
      <PartBlock title={c.quotas} help={c.quotasHelp}>
        <Form.List name={[...A, 'quotas']}>
          {(rows, { add, remove, move }) => (
            <>
              {rows.map((row, index) => {
                const what = `${c.quotas} ${index + 1}`;
                const path = [...A, 'quotas', row.name];
                return (
                  <RowCard
                    key={row.key}
                    title={what}
                    actions={
                      <RowActions
                        what={what}
                        index={index}
                        count={rows.length}
                        move={move}
                        remove={remove}
                      />
                    }
                  >
                    <Form.Item
                      name={[row.name, 'form']}
                      label={c.quotaForm}
                      rules={[requiredText(c.quotaFormWhat)]}
                    >
                      <Input maxLength={L.label} placeholder={c.formNamePlaceholder} />
                    </Form.Item>
                    <Row gutter={12}>
                      <Col xs={8}>
                        <Form.Item name={[row.name, 'collectives']} label={c.collectivesCount}>
                          <InputNumber
                            min={1}
                            max={100_000}
                            precision={0}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={8}>
                        <Form.Item name={[row.name, 'individuals']} label={c.individualsCount}>
                          <InputNumber
                            min={1}
                            max={100_000}
                            precision={0}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={8}>
                        <Form.Item
                          name={[row.name, 'either']}
                          label={c.eitherCount}
                          dependencies={[
                            [...path, 'collectives'],
                            [...path, 'individuals'],
                          ]}
                          rules={[quotaCounts(path)]}
                        >
                          <InputNumber
                            min={1}
                            max={100_000}
                            precision={0}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                    <Row gutter={12}>
                      <Col xs={24} md={12}>
                        <Form.Item name={[row.name, 'per']} label={c.quotaPer}>
                          <Input maxLength={L.label} placeholder={c.quotaPerPlaceholder} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[row.name, 'note']} label={c.note}>
                          <Input maxLength={L.label} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </RowCard>
                );
              })}
              {rows.length < L.awardItems && (
                <AddButton label={c.addQuota} onClick={() => add({ form: '' })} />
              )}
            </>
          )}
        </Form.List>
      </PartBlock>
      <TextListField
        name={[...A, 'dossier']}
        label={c.dossier}
        itemLabel={c.dossierItem}
        addLabel={c.addItem}
        max={L.awardItems}
      />
      <Form.Item name={[...A, 'submitTo']} label={c.submitTo}>
        <Input maxLength={L.label} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item
            name={[...A, 'deadline']}
            label={c.deadline}
            dependencies={[[...A, 'submitTo']]}
            rules={[
              ({ getFieldValue }) => ({
                warningOnly: true,
                validator: async (_rule, value: unknown) => {
                  const to: unknown = getFieldValue([...A, 'submitTo']);
                  if (value && !(typeof to === 'string' && to.trim())) {
                    throw new Error(c.deadlineNeedsSubmitTo);
                  }
                },
              }),
            ]}
          >
            <IsoDatePicker allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name={[...A, 'deadlineNote']} label={c.deadlineNote}>
            <Input maxLength={L.label} placeholder={c.deadlineNotePlaceholder} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
