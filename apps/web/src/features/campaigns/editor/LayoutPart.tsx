import { CAMPAIGN_PLAN_LIMITS as L, PLAN_HEADINGS } from '@thidua/shared-domain';
import type { PlanContestItem, PlanSchedulePlacement } from '@thidua/web-data-access';
import { Col, Form, Input, Row, Select, Typography } from 'antd';

import { t } from '../../../i18n';
import { HEADING_KEYS } from '../preview/plan-values';
import { PartBlock } from './fields';

/*
 * Trình bày văn bản: how the printed plan is laid out, so it reads as the plans the office already
 * issues (issue 10: the seeds name and order their parts their own way). Every control is optional;
 * left empty, the plan prints as it always did.
 */
export function LayoutPart() {
  const c = t.campaigns;
  return (
    <PartBlock title={c.parts.layout} help={c.layoutHelp}>
      <Row gutter={12}>
        <Col xs={24} md={14}>
          <Form.Item
            name={['content', 'contestOrder']}
            label={c.contestOrder}
            extra={c.contestOrderHelp}
          >
            {/* the order of the tags is the order chosen: the order they print in */}
            <Select<PlanContestItem[]>
              mode="multiple"
              allowClear
              placeholder={Object.values(c.contestItems).join(', ')}
              options={(Object.keys(c.contestItems) as PlanContestItem[]).map((value) => ({
                value,
                label: c.contestItems[value],
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={['content', 'schedulePlacement']} label={c.schedulePlacement}>
            <Select<PlanSchedulePlacement>
              allowClear
              placeholder={c.schedulePlacements.PART}
              options={(Object.keys(c.schedulePlacements) as PlanSchedulePlacement[]).map(
                (value) => ({ value, label: c.schedulePlacements[value] }),
              )}
            />
          </Form.Item>
        </Col>
      </Row>
      <div role="group" aria-label={c.headings}>
        <Typography.Text strong>{c.headings}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 13 }}>
          {c.headingsHelp}
        </Typography.Paragraph>
        <Row gutter={[12, 0]}>
          {HEADING_KEYS.map((key) => (
            <Col xs={24} md={12} key={key}>
              <Form.Item
                name={['content', 'headings', key]}
                label={c.headingLabels[key]}
                style={{ marginBottom: 8 }}
              >
                <Input maxLength={L.label} placeholder={PLAN_HEADINGS[key]} allowClear />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </div>
    </PartBlock>
  );
}
