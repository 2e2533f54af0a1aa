import { DataTable, useListPage } from '@thidua/web-ui';
import {
  connectionTable,
  useAwardRecords,
  useCreateAwardRecord,
  useDeleteAwardRecord,
  useUpdateAwardRecord,
  type AwardRecordFilters,
  type AwardRecordItem,
  type AwardTrack,
} from '@thidua/web-data-access';
import { AWARD_KINDS } from '@thidua/shared-domain';
import { Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate } from '../../../shared/dates';
import { foldFilter } from '../../../shared/forms/foldFilter';
import { RecordListTools } from './RecordListTools';
import { RowButton, useDeleteRecord, useSavedThenClose } from './recordActions';
import { SubjectFields } from './SubjectFields';

const TRACKS = Object.keys(t.records.tracks) as AwardTrack[];

interface Values {
  personId?: string;
  unitId?: string;
  householdName?: string;
  householdAddress?: string;
  awardCode?: string;
  awardName?: string;
  track?: AwardTrack;
  year: number;
  decisionNumber?: string;
  decidedOn?: string | null;
  decidedBy?: string;
  note?: string;
}

/** The columns of an award history (the page's tab, a person's or unit's detail). */
export function awardColumns() {
  return [
    {
      key: 'year',
      title: t.records.year,
      width: 80,
      render: (_: unknown, r: AwardRecordItem) => r.year,
    },
    {
      key: 'award',
      title: t.records.award,
      render: (_: unknown, r: AwardRecordItem) => r.awardName,
    },
    {
      key: 'who',
      title: t.records.who,
      render: (_: unknown, r: AwardRecordItem) =>
        `${r.subjectName} (${t.records.subjects[r.subject]})`,
    },
    {
      key: 'decision',
      title: t.records.decision,
      render: (_: unknown, r: AwardRecordItem) =>
        [r.decisionNumber, formatIsoDate(r.decidedOn), r.decidedBy].filter(Boolean).join(' — '),
    },
  ];
}

/** Lịch sử khen thưởng: list, add, edit, delete. */
export function AwardRecordsTab({ fixed }: { fixed?: Partial<AwardRecordFilters> }) {
  const list = useListPage<{ year?: number; track?: AwardTrack }>();
  const awards = useAwardRecords({ ...list.variables, ...fixed });
  const [editing, setEditing] = useState<AwardRecordItem | 'new' | null>(null);
  const remove = useDeleteRecord(useDeleteAwardRecord());

  return (
    <>
      <RecordListTools
        search={list.search}
        onSearch={list.setSearch}
        year={list.filters.year}
        onYear={(year) => list.setFilters({ year })}
        exportKind="award-records"
        exportFilters={{
          search: list.query.search,
          year: list.filters.year,
          track: list.filters.track,
        }}
        importKind="award-records"
        onAdd={() => setEditing('new')}
      >
        <Select<AwardTrack>
          allowClear
          aria-label={t.records.track}
          placeholder={t.records.track}
          value={list.filters.track}
          onChange={(track) => list.setFilters({ track })}
          options={TRACKS.map((k) => ({ value: k, label: t.records.tracks[k] }))}
          style={{ flex: '1 1 220px' }}
        />
      </RecordListTools>
      {awards.isError && <QueryError error={awards.error} onRetry={() => void awards.refetch()} />}
      <DataTable<AwardRecordItem>
        rowKey="id"
        {...connectionTable(awards)}
        {...list.tableProps(t.records.emptyFiltered)}
        columns={[
          ...awardColumns(),
          {
            key: 'actions',
            title: '',
            width: 140,
            render: (_, r) =>
              r.canEdit && (
                <Space>
                  <RowButton
                    action={t.records.edit}
                    what={t.records.ofYear(r.subjectName, r.year)}
                    onClick={() => setEditing(r)}
                  />
                  <RowButton
                    action={t.records.delete}
                    what={t.records.ofYear(r.subjectName, r.year)}
                    danger
                    onClick={() => void remove(r)}
                  />
                </Space>
              ),
          },
        ]}
      />
      {editing && (
        <AwardModal award={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

function AwardModal({ award, onClose }: { award: AwardRecordItem | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateAwardRecord();
  const update = useUpdateAwardRecord();
  const done = useSavedThenClose(form, onClose);
  const save = (v: Values) => {
    const fields = {
      awardCode: v.awardCode || null,
      awardName: v.awardName || null,
      track: v.track ?? null,
      year: v.year,
      decisionNumber: v.decisionNumber || null,
      decidedOn: v.decidedOn || null,
      decidedBy: v.decidedBy || null,
      householdAddress: v.householdAddress || null,
      note: v.note || null,
    };
    if (award) update.mutate({ id: award.id, version: award.version, ...fields }, done);
    else
      create.mutate(
        {
          personId: v.personId || null,
          unitId: v.unitId || null,
          householdName: v.householdName || null,
          ...fields,
        },
        done,
      );
  };
  return (
    <Modal
      open
      title={award ? `${t.records.edit}: ${award.subjectName}` : t.records.tabs.awards}
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
          award
            ? {
                awardCode: award.awardCode ?? undefined,
                awardName: award.awardName,
                track: award.track,
                year: award.year,
                decisionNumber: award.decisionNumber ?? undefined,
                decidedOn: award.decidedOn,
                decidedBy: award.decidedBy ?? undefined,
                householdAddress: award.householdAddress ?? undefined,
                note: award.note ?? undefined,
              }
            : { year: new Date().getFullYear() - 1 }
        }
      >
        {!award && <SubjectFields household />}
        <Form.Item name="awardCode" label={t.records.awardCode} extra={t.records.awardCodeHelp}>
          <Select
            allowClear
            showSearch={{ filterOption: foldFilter }}
            options={AWARD_KINDS.map((k) => ({ value: k.code, label: k.name }))}
          />
        </Form.Item>
        <Form.Item name="awardName" label={t.records.awardName}>
          <Input />
        </Form.Item>
        <Form.Item name="track" label={t.records.track}>
          <Select
            allowClear
            options={TRACKS.map((k) => ({ value: k, label: t.records.tracks[k] }))}
          />
        </Form.Item>
        <Form.Item name="year" label={t.records.year} rules={[{ required: true }]}>
          <InputNumber min={1945} max={9999} />
        </Form.Item>
        <Form.Item name="decisionNumber" label={t.records.decisionNumber}>
          <Input />
        </Form.Item>
        <Form.Item name="decidedOn" label={t.records.decidedOn}>
          <IsoDatePicker allowClear />
        </Form.Item>
        <Form.Item name="decidedBy" label={t.records.decidedBy}>
          <Input />
        </Form.Item>
        <Form.Item name="householdAddress" label={t.records.householdAddress}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t.records.note}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
