import { DataTable, useConfirm, useListPage } from '@thidua/web-ui';
import {
  connectionTable,
  useCreateInitiative,
  useDeleteInitiative,
  useInitiatives,
  useLockInitiative,
  useReleaseInitiative,
  useUpdateInitiative,
  type InitiativeItem,
  type InitiativeKind,
} from '@thidua/web-data-access';
import type { InitiativeScope } from '@thidua/shared-domain';
import { App, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Tag } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { formatIsoDate } from '../../../shared/dates';
import { QueryError } from '../../../shared/components/QueryError';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { RecordListTools } from './RecordListTools';
import { RowButton, useDeleteRecord, useSavedThenClose } from './recordActions';
import { SubjectFields } from './SubjectFields';

const KINDS = Object.keys(t.records.initiativeKinds) as InitiativeKind[];
const SCOPES = Object.keys(t.records.initiativeScopes) as InitiativeScope[];

interface Values {
  personId?: string;
  unitId?: string;
  kind: InitiativeKind;
  title: string;
  scope: InitiativeScope;
  recognisedOn: string;
  recognisedBy?: string;
  certificateNumber?: string;
  note?: string;
}

/** Sáng kiến, đề tài: list, add, edit, delete, mark used (once) or undo a mistaken mark. */
export function InitiativesTab() {
  const list = useListPage<{ year?: number; free?: boolean }>();
  const initiatives = useInitiatives(list.variables);
  const [editing, setEditing] = useState<InitiativeItem | 'new' | null>(null);
  const [locking, setLocking] = useState<InitiativeItem | null>(null);
  const remove = useDeleteRecord(useDeleteInitiative());
  const release = useReleaseInitiative();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const confirm = useConfirm();
  const ok = {
    onSuccess: () => void message.success(t.records.saved),
    onError: (e: unknown) => onError(e),
  };

  return (
    <>
      <RecordListTools
        search={list.search}
        onSearch={list.setSearch}
        year={list.filters.year}
        onYear={(year) => list.setFilters({ year })}
        exportKind="initiatives"
        exportFilters={{ search: list.query.search, year: list.filters.year }}
        onAdd={() => setEditing('new')}
      >
        <Checkbox
          checked={list.filters.free === true}
          onChange={(e) => list.setFilters({ free: e.target.checked ? true : undefined })}
        >
          {t.records.onlyFree}
        </Checkbox>
      </RecordListTools>
      {initiatives.isError && (
        <QueryError error={initiatives.error} onRetry={() => void initiatives.refetch()} />
      )}
      <DataTable<InitiativeItem>
        rowKey="id"
        {...connectionTable(initiatives)}
        {...list.tableProps(t.records.emptyFiltered)}
        columns={[
          { key: 'title', title: t.records.title, render: (_, r) => r.title },
          { key: 'who', title: t.records.who, render: (_, r) => r.subjectName },
          {
            key: 'scope',
            title: t.records.scope,
            render: (_, r) =>
              `${t.records.initiativeKinds[r.kind]} — ${t.records.initiativeScopes[r.scope]}`,
          },
          {
            key: 'recognisedOn',
            title: t.records.recognisedOn,
            width: 130,
            render: (_, r) => formatIsoDate(r.recognisedOn),
          },
          {
            key: 'used',
            title: t.records.used,
            render: (_, r) =>
              r.usedFor ? (
                <Tag color="orange">
                  {t.records.usedFor(r.usedFor.awardName, r.usedFor.year, r.usedFor.reference)}
                </Tag>
              ) : (
                <Tag color="green">{t.records.free}</Tag>
              ),
          },
          {
            key: 'actions',
            title: '',
            width: 260,
            render: (_, r) =>
              r.canEdit && (
                <Space wrap>
                  {r.usedFor ? (
                    <RowButton
                      action={t.records.release}
                      what={r.title}
                      onClick={async () => {
                        if (await confirm({ title: t.records.releaseConfirm }))
                          release.mutate({ id: r.id, version: r.version }, ok);
                      }}
                    />
                  ) : (
                    <>
                      <RowButton
                        action={t.records.edit}
                        what={r.title}
                        onClick={() => setEditing(r)}
                      />
                      <RowButton
                        action={t.records.lock}
                        what={r.title}
                        onClick={() => setLocking(r)}
                      />
                      <RowButton
                        action={t.records.delete}
                        what={r.title}
                        danger
                        onClick={() => void remove(r)}
                      />
                    </>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {editing && (
        <InitiativeModal
          initiative={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {locking && <LockModal initiative={locking} onClose={() => setLocking(null)} />}
    </>
  );
}

function InitiativeModal({
  initiative,
  onClose,
}: {
  initiative: InitiativeItem | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateInitiative();
  const update = useUpdateInitiative();
  const done = useSavedThenClose(form, onClose);
  const save = (v: Values) => {
    const fields = {
      kind: v.kind,
      title: v.title,
      scope: v.scope,
      recognisedOn: v.recognisedOn,
      recognisedBy: v.recognisedBy || null,
      certificateNumber: v.certificateNumber || null,
      note: v.note || null,
    };
    if (initiative)
      update.mutate({ id: initiative.id, version: initiative.version, ...fields }, done);
    else create.mutate({ personId: v.personId || null, unitId: v.unitId || null, ...fields }, done);
  };
  return (
    <Modal
      open
      title={initiative ? `${t.records.edit}: ${initiative.title}` : t.records.tabs.initiatives}
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
          initiative
            ? {
                kind: initiative.kind,
                title: initiative.title,
                scope: initiative.scope,
                recognisedOn: initiative.recognisedOn,
                recognisedBy: initiative.recognisedBy ?? undefined,
                certificateNumber: initiative.certificateNumber ?? undefined,
                note: initiative.note ?? undefined,
              }
            : { kind: 'SANG_KIEN', scope: 'UNIT' }
        }
      >
        {!initiative && <SubjectFields />}
        <Form.Item name="kind" label={t.records.kind} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t.records.initiativeKinds[k] }))} />
        </Form.Item>
        <Form.Item name="title" label={t.records.title} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="scope" label={t.records.scope} rules={[{ required: true }]}>
          <Select
            options={SCOPES.map((k) => ({ value: k, label: t.records.initiativeScopes[k] }))}
          />
        </Form.Item>
        <Form.Item name="recognisedOn" label={t.records.recognisedOn} rules={[{ required: true }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="recognisedBy" label={t.records.recognisedBy}>
          <Input />
        </Form.Item>
        <Form.Item name="certificateNumber" label={t.records.certificateNumber}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t.records.note}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function LockModal({ initiative, onClose }: { initiative: InitiativeItem; onClose: () => void }) {
  const [form] = Form.useForm<{ awardName: string; year: number; reference: string }>();
  const lock = useLockInitiative();
  const done = useSavedThenClose(form, onClose);
  return (
    <Modal
      open
      title={t.records.lockTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={lock.isPending}
      destroyOnHidden
    >
      <p>{t.records.lockHelp}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear() }}
        onFinish={(v) =>
          lock.mutate({ id: initiative.id, version: initiative.version, ...v }, done)
        }
      >
        <Form.Item name="awardName" label={t.records.award} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="year" label={t.records.year} rules={[{ required: true }]}>
          <InputNumber min={1945} max={9999} />
        </Form.Item>
        <Form.Item name="reference" label={t.records.reference} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
