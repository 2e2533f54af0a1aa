import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { CAMPAIGN_PLAN_LIMITS as L } from '@thidua/shared-domain';
import {
  Button,
  Card,
  Flex,
  Form,
  Input,
  Space,
  Typography,
  type FormListFieldData,
  type FormRule,
} from 'antd';
import type { ReactNode } from 'react';

import { t } from '../../../i18n';

type NamePath = string | number | (string | number)[];

/** A part's block inside a tab: a title, what it is for, its fields. */
export function PartBlock({
  title,
  help,
  children,
}: {
  title: string;
  help?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-label={title} style={{ marginBottom: 24 }}>
      <Typography.Title level={5} style={{ marginBottom: help ? 0 : 8 }}>
        {title}
      </Typography.Title>
      {help && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 13 }}>
          {help}
        </Typography.Paragraph>
      )}
      {children}
    </section>
  );
}

/**
 * How to mark up running text (shared-domain `parseInlineMarkup`), shown by the paragraph fields:
 * the markup as typed, then what it prints as.
 */
export function MarkupHint() {
  const m = t.campaigns.markupHint;
  return (
    <span data-testid="markup-hint">
      {m.lead} <Typography.Text code>{`*${m.italic}*`}</Typography.Text> → <i>{m.italic}</i>;{' '}
      <Typography.Text code>{`**${m.bold}**`}</Typography.Text> → <b>{m.bold}</b>;{' '}
      <Typography.Text code>{`[^${m.note}]`}</Typography.Text>: {m.noteSays};{' '}
      <Typography.Text code>{'\\*'}</Typography.Text>: {m.escapeSays}.
    </span>
  );
}

/** Move up, move down and remove for row `index` of `count` (a Form.List's row). */
export function RowActions({
  what,
  index,
  count,
  move,
  remove,
}: {
  /** "Nội dung 2": names the row in the buttons' accessible names */
  what: string;
  index: number;
  count: number;
  move?: (from: number, to: number) => void;
  remove: (index: number) => void;
}) {
  return (
    <Space size={2}>
      {move && (
        <>
          <Button
            type="text"
            size="small"
            icon={<ArrowUpOutlined aria-hidden />}
            aria-label={`${t.campaigns.moveUp}: ${what}`}
            title={t.campaigns.moveUp}
            disabled={index === 0}
            onClick={() => move(index, index - 1)}
          />
          <Button
            type="text"
            size="small"
            icon={<ArrowDownOutlined aria-hidden />}
            aria-label={`${t.campaigns.moveDown}: ${what}`}
            title={t.campaigns.moveDown}
            disabled={index === count - 1}
            onClick={() => move(index, index + 1)}
          />
        </>
      )}
      <Button
        type="text"
        size="small"
        danger
        icon={<DeleteOutlined aria-hidden />}
        aria-label={t.campaigns.removeItem(what)}
        title={t.campaigns.remove}
        onClick={() => remove(index)}
      />
    </Space>
  );
}

/** A framed row of a list of records (a section, a phase, a quota), with its title and actions. */
export function RowCard({
  title,
  actions,
  children,
}: {
  title: string;
  actions: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      title={title}
      extra={actions}
      style={{ marginBottom: 12 }}
      styles={{ body: { paddingBottom: 4 } }}
    >
      {children}
    </Card>
  );
}

/**
 * A Form.List of records, each a RowCard named "<noun> <n>" with move and remove, and an add button
 * until `max` rows: the shape of every repeated part of the editor (sections, targets, quotas…).
 */
export function RowList({
  name,
  noun,
  max,
  addLabel,
  empty,
  children,
}: {
  name: NamePath;
  noun: string;
  max: number;
  addLabel: string;
  /** the values of a new row */
  empty: () => object;
  children: (row: FormListFieldData, what: string) => ReactNode;
}) {
  return (
    <Form.List name={name}>
      {(rows, { add, remove, move }) => (
        <>
          {rows.map((row, index) => {
            const what = `${noun} ${index + 1}`;
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
                {children(row, what)}
              </RowCard>
            );
          })}
          {rows.length < max && <AddButton label={addLabel} onClick={() => add(empty())} />}
        </>
      )}
    </Form.List>
  );
}

export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={onClick} block>
      {label}
    </Button>
  );
}

/**
 * A list of compact rows inside a part (paragraphs, a report's targets or evaluations…): each row's
 * inputs side by side, named "<noun> <n>" by `children`, with move and remove, and an add button until
 * `max` rows. RowList frames each row in a card instead, for records with several lines of fields.
 */
export function RowsField({
  name,
  label,
  noun,
  max,
  addLabel,
  help,
  empty,
  children,
}: {
  name: NamePath;
  label: string;
  /** "Đoạn mục đích", "Chỉ tiêu": each row is "<noun> 2" in its inputs' and buttons' names */
  noun: string;
  max: number;
  addLabel: string;
  help?: ReactNode;
  /** the value of a new row */
  empty: () => unknown;
  children: (row: FormListFieldData, what: string) => ReactNode;
}) {
  return (
    <div role="group" aria-label={label} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{label}</Typography.Text>
      {help && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4, fontSize: 13 }}>
          {help}
        </Typography.Paragraph>
      )}
      <Form.List name={name}>
        {(rows, { add, remove, move }) => (
          <Flex vertical gap={6} style={{ marginTop: 4 }}>
            {rows.map((row, index) => {
              const what = `${noun} ${index + 1}`;
              return (
                <Flex key={row.key} gap={6} align="start">
                  <Flex gap={6} wrap style={{ flex: 1, minWidth: 0 }}>
                    {children(row, what)}
                  </Flex>
                  <RowActions
                    what={what}
                    index={index}
                    count={rows.length}
                    move={rows.length > 1 ? move : undefined}
                    remove={remove}
                  />
                </Flex>
              );
            })}
            {rows.length < max && (
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add(empty())}
                style={{ alignSelf: 'flex-start' }}
              >
                {addLabel}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </div>
  );
}

/**
 * A list of paragraphs (mục đích, nhiệm vụ, thành phần hồ sơ…): one text box each, in order, each
 * removable and movable. Blank boxes are dropped when saving.
 *
 * Fixed `rows`, not `autoSize`, here and in every text box of the editor: an autosizing box measures
 * itself with getComputedStyle when it mounts and on each change, and the editor keeps ~100 of them
 * mounted for a plan like Bắc Kạn's (all parts stay mounted to validate together). In the specs' jsdom
 * that first measuring pass took 27 s of a 30 s keystroke; in a browser it is a layout per box.
 */
export function TextListField({
  name,
  label,
  itemLabel,
  addLabel = t.campaigns.addParagraph,
  help,
  max = L.paragraphs,
  maxLength = L.paragraph,
  rows = 2,
}: {
  name: NamePath;
  label: string;
  /** "Đoạn mục đích": each box is named "<itemLabel> <n>" */
  itemLabel: string;
  addLabel?: string;
  help?: ReactNode;
  max?: number;
  maxLength?: number;
  rows?: number;
}) {
  return (
    <RowsField
      name={name}
      label={label}
      noun={itemLabel}
      max={max}
      addLabel={addLabel}
      help={help}
      empty={() => ''}
    >
      {(field, what) => (
        <Form.Item name={field.name} style={{ flex: 1, marginBottom: 0 }}>
          <Input.TextArea aria-label={what} rows={rows} maxLength={maxLength} />
        </Form.Item>
      )}
    </RowsField>
  );
}

/** A required text in a row the user added: named as the API names it, so its errors land here. */
export const requiredText = (what: string): FormRule => ({
  required: true,
  whitespace: true,
  message: t.validation.required(what),
});
