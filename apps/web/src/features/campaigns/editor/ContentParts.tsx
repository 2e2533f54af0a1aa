import { CAMPAIGN_PLAN_LIMITS as L } from '@thidua/shared-domain';
import type { PlanNumbering } from '@thidua/web-data-access';
import { Checkbox, Col, Form, Input, InputNumber, Row, Select, type FormRule } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
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
import { notBefore } from './rules';

/*
 * The parts of the plan's content, one component per tab of the editor. Every field is named as the
 * API's input names it (content.sections.0.title …), so a BAD_USER_INPUT field message lands under
 * its own box.
 */

/** Mục đích, yêu cầu. */
export function PurposePart() {
  const c = t.campaigns;
  return (
    <>
      <TextListField
        name={['content', 'purpose', 'aims']}
        label={c.aims}
        help={
          <>
            {c.aimsHelp} <MarkupHint />
          </>
        }
        itemLabel={c.aim}
        rows={3}
      />
      <TextListField
        name={['content', 'purpose', 'requirements']}
        label={c.requirements}
        help={c.requirementsHelp}
        itemLabel={c.requirement}
        rows={3}
      />
      <Form.Item
        name={['content', 'purpose', 'numbered']}
        valuePropName="checked"
        extra={c.purposeNumberedHelp}
      >
        <Checkbox>{c.purposeNumbered}</Checkbox>
      </Form.Item>
    </>
  );
}

/** Chủ đề, phương châm, phương thức, đối tượng. */
export function ContestPart() {
  const c = t.campaigns;
  return (
    <>
      <Form.Item name={['content', 'theme']} label={c.theme} extra={c.themeHelp}>
        <Input.TextArea rows={2} maxLength={L.paragraph} />
      </Form.Item>
      <TextListField
        name={['content', 'motto']}
        label={c.motto}
        itemLabel={c.mottoItem}
        addLabel={c.addItem}
      />
      <TextListField
        name={['content', 'methods']}
        label={c.methods}
        help={c.methodsHelp}
        itemLabel={c.methodItem}
        addLabel={c.addItem}
      />
      <Form.Item name={['content', 'participants', 'collectives']} label={c.collectives}>
        <Input.TextArea rows={2} maxLength={L.paragraph} />
      </Form.Item>
      <Form.Item name={['content', 'participants', 'individuals']} label={c.individuals}>
        <Input.TextArea rows={2} maxLength={L.paragraph} />
      </Form.Item>
    </>
  );
}

/** Nội dung thi đua: numbered sections with paragraphs, sub-sections and footnotes. */
export function SectionsPart() {
  const c = t.campaigns;
  return (
    <PartBlock
      title={c.sections}
      help={
        <>
          {c.sectionsHelp} <MarkupHint />
        </>
      }
    >
      <Form.Item name={['content', 'numbering']} label={c.numbering} extra={c.numberingHelp}>
        <Select<PlanNumbering>
          style={{ maxWidth: 360 }}
          options={(Object.keys(c.numberingStyles) as PlanNumbering[]).map((value) => ({
            value,
            label: c.numberingStyles[value],
          }))}
        />
      </Form.Item>
      <Form.List name={['content', 'sections']}>
        {(sections, { add, remove, move }) => (
          <>
            {sections.map((section, index) => {
              const what = c.section(index + 1);
              return (
                <RowCard
                  key={section.key}
                  title={what}
                  actions={
                    <RowActions
                      what={what}
                      index={index}
                      count={sections.length}
                      move={move}
                      remove={remove}
                    />
                  }
                >
                  <Form.Item
                    name={[section.name, 'title']}
                    label={c.sectionTitle}
                    extra={c.sectionTitleHelp}
                    rules={[titleOrText(['content', 'sections', section.name])]}
                  >
                    <Input maxLength={L.label} />
                  </Form.Item>
                  <TextListField
                    name={[section.name, 'paragraphs']}
                    label={c.paragraphs}
                    itemLabel={`${c.paragraph} (${what})`}
                    rows={3}
                  />
                  <Form.List name={[section.name, 'subsections']}>
                    {(subs, subOps) => (
                      <div role="group" aria-label={`${c.subsections} (${what})`}>
                        {subs.map((sub, subIndex) => {
                          const subWhat = `${c.subsection(subIndex + 1)} (${what})`;
                          return (
                            <RowCard
                              key={sub.key}
                              title={subWhat}
                              actions={
                                <RowActions
                                  what={subWhat}
                                  index={subIndex}
                                  count={subs.length}
                                  move={subOps.move}
                                  remove={subOps.remove}
                                />
                              }
                            >
                              <Form.Item
                                name={[sub.name, 'title']}
                                label={c.subsectionTitle}
                                rules={[requiredText(c.subsectionTitleWhat)]}
                              >
                                <Input maxLength={L.label} />
                              </Form.Item>
                              <TextListField
                                name={[sub.name, 'paragraphs']}
                                label={c.paragraphs}
                                itemLabel={`${c.paragraph} (${subWhat})`}
                                rows={3}
                              />
                              <TextListField
                                name={[sub.name, 'footnotes']}
                                label={c.footnotes}
                                itemLabel={`${c.footnote} (${subWhat})`}
                                addLabel={c.addFootnote}
                                max={L.footnotes}
                              />
                            </RowCard>
                          );
                        })}
                        {subs.length < L.subsections && (
                          <div style={{ marginBottom: 16 }}>
                            <AddButton
                              label={`${c.addSubsection} (${what})`}
                              onClick={() => subOps.add({ title: '', paragraphs: [''] })}
                            />
                          </div>
                        )}
                      </div>
                    )}
                  </Form.List>
                  <TextListField
                    name={[section.name, 'footnotes']}
                    label={c.footnotes}
                    itemLabel={`${c.footnote} (${what})`}
                    addLabel={c.addFootnote}
                    max={L.footnotes}
                  />
                </RowCard>
              );
            })}
            {sections.length < L.sections && (
              <AddButton
                label={c.addSection}
                onClick={() => add({ title: '', paragraphs: [''] })}
              />
            )}
          </>
        )}
      </Form.List>
    </PartBlock>
  );
}

/**
 * A section may go without a title (its paragraphs then print under no heading, as the seeds' "(1) …"
 * items do), not without both: the API's rule (campaign-plan-content.ts `UNTITLED_NEEDS_TEXT`).
 */
function titleOrText(path: (string | number)[]): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (typeof value === 'string' && value.trim()) return;
      const paragraphs: unknown = getFieldValue([...path, 'paragraphs']);
      const subsections: unknown = getFieldValue([...path, 'subsections']);
      const hasText =
        Array.isArray(paragraphs) && paragraphs.some((p) => typeof p === 'string' && p.trim());
      if (hasText || (Array.isArray(subsections) && subsections.length > 0)) return;
      throw new Error(t.campaigns.sectionTitleOrText);
    },
  });
}

/** Chỉ tiêu thi đua: the rows of the printed table. */
export function TargetsPart() {
  const c = t.campaigns;
  return (
    <PartBlock title={c.targets} help={c.targetsHelp}>
      <RowList
        name={['content', 'targets']}
        noun={c.indicator}
        max={L.targets}
        addLabel={c.addTarget}
        empty={() => ({ indicator: '', target: '' })}
      >
        {(row) => (
          <>
            <Form.Item
              name={[row.name, 'indicator']}
              label={c.indicator}
              rules={[requiredText(c.indicatorWhat)]}
            >
              <Input.TextArea rows={2} maxLength={L.label} />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item
                  name={[row.name, 'target']}
                  label={c.target}
                  rules={[requiredText(c.targetWhat)]}
                >
                  <Input maxLength={L.label} placeholder={c.targetPlaceholder} />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name={[row.name, 'unit']} label={c.measureUnit}>
                  <Input maxLength={L.label} placeholder="%" />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name={[row.name, 'year']} label={c.targetYear}>
                  <InputNumber min={1945} max={2200} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name={[row.name, 'responsibleUnitName']} label={c.responsibleUnit}>
                  <Input maxLength={L.label} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={[row.name, 'note']} label={c.note}>
                  <Input maxLength={L.label} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
      </RowList>
    </PartBlock>
  );
}

/** Giai đoạn (with date ranges and tasks), mốc thời gian, giải pháp thực hiện. */
export function SchedulePart() {
  const c = t.campaigns;
  return (
    <>
      <PartBlock title={c.phases}>
        <Form.List name={['content', 'phases']}>
          {(phases, { add, remove, move }) => (
            <>
              {phases.map((phase, index) => {
                const what = c.phase(index + 1);
                const path = ['content', 'phases', phase.name];
                return (
                  <RowCard
                    key={phase.key}
                    title={what}
                    actions={
                      <RowActions
                        what={what}
                        index={index}
                        count={phases.length}
                        move={move}
                        remove={remove}
                      />
                    }
                  >
                    <Form.Item
                      name={[phase.name, 'name']}
                      label={c.phaseName}
                      rules={[requiredText(c.phaseNameWhat)]}
                    >
                      <Input maxLength={L.label} placeholder={c.phaseNamePlaceholder} />
                    </Form.Item>
                    <Row gutter={12}>
                      <Col xs={24} md={12}>
                        <Form.Item
                          name={[phase.name, 'from']}
                          label={c.from}
                          rules={[{ required: true, message: t.validation.required(c.fromWhat) }]}
                        >
                          <IsoDatePicker />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item
                          name={[phase.name, 'to']}
                          label={c.to}
                          dependencies={[[...path, 'from']]}
                          rules={[
                            { required: true, message: t.validation.required(c.toWhat) },
                            notBefore([...path, 'from'], c.periodOrder),
                          ]}
                        >
                          <IsoDatePicker />
                        </Form.Item>
                      </Col>
                    </Row>
                    <TextListField
                      name={[phase.name, 'tasks']}
                      label={c.tasks}
                      itemLabel={`${c.task} (${what})`}
                      addLabel={c.addTask}
                    />
                  </RowCard>
                );
              })}
              {phases.length < L.phases && (
                <AddButton label={c.addPhase} onClick={() => add({ name: '', tasks: [''] })} />
              )}
            </>
          )}
        </Form.List>
      </PartBlock>
      <PartBlock title={c.milestones} help={c.milestonesHelp}>
        <Form.List name={['content', 'milestones']}>
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => {
                const what = `${c.milestones} ${index + 1}`;
                return (
                  <Row key={row.key} gutter={8} align="top" wrap={false}>
                    <Col flex="170px">
                      <Form.Item
                        name={[row.name, 'date']}
                        rules={[
                          { required: true, message: t.validation.required(c.milestoneDateWhat) },
                        ]}
                      >
                        <IsoDatePicker aria-label={`${c.milestoneDate} (${what})`} />
                      </Form.Item>
                    </Col>
                    <Col flex="auto">
                      <Form.Item
                        name={[row.name, 'label']}
                        rules={[requiredText(c.milestoneLabelWhat)]}
                      >
                        <Input
                          aria-label={`${c.milestoneLabel} (${what})`}
                          placeholder={c.milestoneLabel}
                          maxLength={L.label}
                        />
                      </Form.Item>
                    </Col>
                    <Col flex="none">
                      <Form.Item name={[row.name, 'tentative']} valuePropName="checked">
                        <Checkbox>{c.tentative}</Checkbox>
                      </Form.Item>
                    </Col>
                    <Col flex="none">
                      <RowActions what={what} index={index} count={rows.length} remove={remove} />
                    </Col>
                  </Row>
                );
              })}
              {rows.length < L.milestones && (
                <AddButton label={c.addMilestone} onClick={() => add({ label: '' })} />
              )}
            </>
          )}
        </Form.List>
      </PartBlock>
      <TextListField
        name={['content', 'measures']}
        label={c.measures}
        itemLabel={c.measure}
        addLabel={c.addItem}
        rows={3}
      />
    </>
  );
}
