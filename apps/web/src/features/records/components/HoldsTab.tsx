import { DataTable, useListPage } from '@thidua/web-ui';
import {
  connectionTable,
  useCreateHold,
  useDeleteHold,
  useHolds,
  useLiftHold,
  useUpdateHold,
  type HoldItem,
  type HoldKind,
} from '@thidua/web-data-access';
import { isoToVn } from '@thidua/shared-domain';
import { Form, Input, Modal, Select, Space, Tag } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { QueryError } from '../../../shared/components/QueryError';
import { RecordListTools } from './RecordListTools';
import { RowButton, useDeleteRecord, useSavedThenClose } from './recordActions';
import { SubjectFields } from './SubjectFields';

const KINDS = Object.keys(t.records.holdKinds) as HoldKind[];

interface Values {
  personId?: string;
  unitId?: string;
  kind: HoldKind;
  startsOn: string;
  endsOn?: string | null;
  source: string;
  note?: string;
}

/** Danh sách tạm hoãn: list, add, edit, lift, delete (a mistaken entry). */
export function HoldsTab() {
  const list = useListPage<{ year?: number; kind?: HoldKind; inForceOn?: string }>();
  const holds = useHolds(list.variables);
  const [editing, setEditing] = useState<HoldItem | 'new' | null>(null);
  const [lifting, setLifting] = useState<HoldItem | null>(null);
  const remove = useDeleteRecord(useDeleteHold());

  return (
    <>
      <RecordListTools
        search={list.search}
        onSearch={list.setSearch}
        year={list.filters.year}
        onYear={(year) => list.setFilters({ year })}
        exportKind="holds"
        exportFilters={{
          search: list.query.search,
          year: list.filters.year,
          kind: list.filters.kind,
        }}
        onAdd={() => setEditing('new')}
      >
        <Select<HoldKind>
          allowClear
          aria-label={t.records.holdKind}
          placeholder={t.records.holdKind}
          value={list.filters.kind}
          onChange={(kind) => list.setFilters({ kind })}
          options={KINDS.map((k) => ({ value: k, label: t.records.holdKinds[k] }))}
          style={{ flex: '1 1 260px' }}
        />
        <IsoDatePicker
          allowClear
          aria-label={t.records.inForceOn}
          placeholder={t.records.inForceOn}
          value={list.filters.inForceOn ?? null}
          onChange={(day) => list.setFilters({ inForceOn: day ?? undefined })}
        />
      </RecordListTools>
      {holds.isError && <QueryError error={holds.error} onRetry={() => void holds.refetch()} />}
      <DataTable<HoldItem>
        rowKey="id"
        {...connectionTable(holds)}
        {...list.tableProps(t.records.emptyFiltered)}
        columns={[
          {
            key: 'who',
            title: t.records.who,
            render: (_, r) => `${r.subjectName} (${t.records.subjects[r.subject]})`,
          },
          { key: 'kind', title: t.records.holdKind, render: (_, r) => t.records.holdKinds[r.kind] },
          {
            key: 'period',
            title: t.records.period,
            render: (_, r) =>
              `${isoToVn(r.startsOn)} – ${r.endsOn ? isoToVn(r.endsOn) : t.records.open}`,
          },
          { key: 'source', title: t.records.holdSource, render: (_, r) => r.source },
          {
            key: 'status',
            title: '',
            render: (_, r) =>
              r.liftedOn ? (
                <Tag>{t.records.lifted(isoToVn(r.liftedOn))}</Tag>
              ) : (
                <Tag color="red">{t.records.inForce}</Tag>
              ),
          },
          {
            key: 'actions',
            title: '',
            width: 230,
            render: (_, r) =>
              r.canEdit && (
                <Space wrap>
                  <RowButton
                    action={t.records.edit}
                    what={r.subjectName}
                    onClick={() => setEditing(r)}
                  />
                  {!r.liftedOn && (
                    <RowButton
                      action={t.records.lift}
                      what={r.subjectName}
                      onClick={() => setLifting(r)}
                    />
                  )}
                  <RowButton
                    action={t.records.delete}
                    what={r.subjectName}
                    danger
                    onClick={() => void remove(r)}
                  />
                </Space>
              ),
          },
        ]}
      />
      {editing && (
        <HoldModal hold={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {lifting && <LiftModal hold={lifting} onClose={() => setLifting(null)} />}
    </>
  );
}

function HoldModal({ hold, onClose }: { hold: HoldItem | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateHold();
  const update = useUpdateHold();
  const done = useSavedThenClose(form, onClose);
  const save = (v: Values) => {
    const fields = {
      kind: v.kind,
      startsOn: v.startsOn,
      endsOn: v.endsOn || null,
      source: v.source,
      note: v.note || null,
    };
    if (hold) update.mutate({ id: hold.id, version: hold.version, ...fields }, done);
    else create.mutate({ personId: v.personId || null, unitId: v.unitId || null, ...fields }, done);
  };
  return (
    <Modal
      open
      title={hold ? `${t.records.edit}: ${hold.subjectName}` : t.records.tabs.holds}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={
          hold
            ? {
                kind: hold.kind,
                startsOn: hold.startsOn,
                endsOn: hold.endsOn,
                source: hold.source,
                note: hold.note ?? undefined,
              }
            : { kind: 'KY_LUAT' }
        }
      >
        {!hold && <SubjectFields />}
        <Form.Item name="kind" label={t.records.holdKind} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t.records.holdKinds[k] }))} />
        </Form.Item>
        <Form.Item name="startsOn" label={t.records.startsOn} rules={[{ required: true }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="endsOn" label={t.records.endsOn} extra={t.records.endsOnHelp}>
          <IsoDatePicker allowClear />
        </Form.Item>
        <Form.Item name="source" label={t.records.holdSource} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t.records.note}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function LiftModal({ hold, onClose }: { hold: HoldItem; onClose: () => void }) {
  const [form] = Form.useForm<{ liftedOn: string; reason: string }>();
  const lift = useLiftHold();
  const done = useSavedThenClose(form, onClose);
  return (
    <Modal
      open
      title={`${t.records.lift}: ${hold.subjectName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={lift.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => lift.mutate({ id: hold.id, version: hold.version, ...v }, done)}
      >
        <Form.Item name="liftedOn" label={t.records.liftedOn} rules={[{ required: true }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="reason" label={t.records.liftReason} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
