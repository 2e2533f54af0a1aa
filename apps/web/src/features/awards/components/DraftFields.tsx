import { PlusOutlined } from '@ant-design/icons';
import { AWARD_DRAFT_LIMITS as L, isDossierEditable } from '@thidua/shared-domain';
import { PageLoading } from '@thidua/web-ui';
import type { AwardDossierDetail } from '@thidua/web-data-access';
import {
  Alert,
  Button,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Typography,
  type FormListFieldData,
} from 'antd';
import type { ReactNode } from 'react';

import { ExportButton } from '../../../shared/components/ExportButton';
import { DiscardGuardScope, useDiscardGuard } from '../../../shared/forms/discardGuard';
import { RowActions } from '../../campaigns/editor/fields';
import { draftMessages as m } from '../messages';

/*
 * The pieces both draft editors (báo cáo thành tích, tờ trình) are made of.
 */

/**
 * The drawer of a draft's editor: the whole screen on a phone (antd's xs, under 576 px), else
 * `width`; its X, Escape and mask ask before dropping typed text. `draft` undefined: still loading;
 * null: the dossier has none (sent with an uploaded document).
 */
export function DraftDrawer<T>({
  open,
  title,
  width,
  draft,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  width: number;
  draft: T | null | undefined;
  onClose: () => void;
  children: (draft: T) => ReactNode;
}) {
  const guard = useDiscardGuard(onClose);
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={title}
      size={screens.xs ? '100%' : width}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open &&
          (draft ? (
            children(draft)
          ) : draft === undefined ? (
            <PageLoading />
          ) : (
            <Alert type="info" showIcon title={m.stateHelp.NONE} />
          ))}
      </DiscardGuardScope>
    </Drawer>
  );
}

/**
 * A text of the draft (a section of the report, the tờ trình's summary): a line per paragraph, "- "
 * a bullet, as libs/documents prints it. Fixed `rows`, not `autoSize`: see the campaigns editor's
 * TextListField (an autosizing box measures itself on every keystroke).
 */
export function DraftText({
  name,
  label,
  rows = 4,
  max = L.text,
}: {
  name: (string | number)[];
  label: string;
  rows?: number;
  max?: number;
}) {
  return (
    <Form.Item name={name} label={label} extra={m.textHelp}>
      <Input.TextArea rows={rows} maxLength={max} showCount />
    </Form.Item>
  );
}

/**
 * A list of records of the draft (profile lines, targets, evaluations…): one compact row each, its
 * inputs named "<column> (<noun> <n>)", with move and remove, and an add button until `max` rows.
 */
export function DraftRows({
  name,
  label,
  noun,
  max,
  addLabel = m.addRow,
  empty,
  children,
}: {
  name: (string | number)[];
  label: string;
  /** "Chỉ tiêu": each row is "Chỉ tiêu 2" in its inputs' and buttons' names */
  noun: string;
  max: number;
  addLabel?: string;
  /** the values of a new row */
  empty: () => object;
  children: (row: FormListFieldData, what: string) => ReactNode;
}) {
  return (
    <div role="group" aria-label={label} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{label}</Typography.Text>
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

/** The year of a DraftRows row (an evaluation, an award), within the API's bounds. */
export function YearCell({ row, what }: { row: FormListFieldData; what: string }) {
  return (
    <Form.Item
      name={[row.name, 'year']}
      style={cellStyle(90, 0)}
      rules={[{ required: true, message: m.requiredRow(m.year.toLowerCase()) }]}
    >
      <InputNumber
        aria-label={`${m.year} (${what})`}
        min={1945}
        max={2200}
        precision={0}
        style={{ width: 90 }}
      />
    </Form.Item>
  );
}

/** One cell of a DraftRows row: grows to fill, wraps under the others below `basis` pixels. */
export function cellStyle(basis: number, grow = 1) {
  return { flex: `${grow} 1 ${basis}px`, marginBottom: 0, minWidth: 0 };
}

/**
 * The draft as Word: while the proposing unit holds the dossier, a preview of what is saved, rendered
 * now; once sent, the .docx the send froze (the same address: the API decides which), if the send
 * froze one (an uploaded document went instead: nothing).
 */
export function DraftDownload({
  dossier,
  draft,
  fallbackName,
}: {
  dossier: AwardDossierDetail;
  draft: { downloadPath: string; documentId?: string | null };
  fallbackName: string;
}) {
  const preview = isDossierEditable(dossier.status);
  if (!preview && !draft.documentId) return null;
  return (
    <ExportButton
      path={draft.downloadPath}
      fallbackName={fallbackName}
      label={preview ? m.downloadWord : m.downloadSent}
      title={preview ? m.downloadWordHelp : undefined}
      failedTitle={m.downloadFailed}
    />
  );
}
