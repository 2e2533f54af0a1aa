import { DataTable, useListPage } from '@thidua/web-ui';
import {
  connectionTable,
  useCreateEvaluation,
  useDeleteEvaluation,
  useEvaluations,
  useUpdateEvaluation,
  type EvaluationGrade,
  type EvaluationItem,
} from '@thidua/web-data-access';
import { Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { RecordListTools } from './RecordListTools';
import { RowButton, useDeleteRecord, useSavedThenClose } from './recordActions';
import { SubjectFields } from './SubjectFields';

const GRADES = Object.keys(t.records.grades) as EvaluationGrade[];

interface Values {
  personId?: string;
  unitId?: string;
  year: number;
  grade: EvaluationGrade;
  source?: string;
  note?: string;
}

/** Kết quả đánh giá, xếp loại: list, add, edit, delete. */
export function EvaluationsTab() {
  const list = useListPage<{ year?: number; grade?: EvaluationGrade }>();
  const evaluations = useEvaluations(list.variables);
  const [editing, setEditing] = useState<EvaluationItem | 'new' | null>(null);
  const remove = useDeleteRecord(useDeleteEvaluation());

  return (
    <>
      <RecordListTools
        search={list.search}
        onSearch={list.setSearch}
        year={list.filters.year}
        onYear={(year) => list.setFilters({ year })}
        exportKind="evaluations"
        exportFilters={{
          search: list.query.search,
          year: list.filters.year,
          grade: list.filters.grade,
        }}
        importKind="evaluations"
        onAdd={() => setEditing('new')}
      >
        <Select<EvaluationGrade>
          allowClear
          aria-label={t.records.grade}
          placeholder={t.records.grade}
          value={list.filters.grade}
          onChange={(grade) => list.setFilters({ grade })}
          options={GRADES.map((g) => ({ value: g, label: t.records.grades[g] }))}
          style={{ flex: '1 1 220px' }}
        />
      </RecordListTools>
      {evaluations.isError && (
        <QueryError error={evaluations.error} onRetry={() => void evaluations.refetch()} />
      )}
      <DataTable<EvaluationItem>
        rowKey="id"
        {...connectionTable(evaluations)}
        {...list.tableProps(t.records.emptyFiltered)}
        columns={[
          { key: 'year', title: t.records.year, width: 80, render: (_, r) => r.year },
          {
            key: 'who',
            title: t.records.who,
            render: (_, r) => `${r.subjectName} (${t.records.subjects[r.subject]})`,
          },
          { key: 'unit', title: t.records.unit, render: (_, r) => r.unit.name },
          { key: 'grade', title: t.records.grade, render: (_, r) => t.records.grades[r.grade] },
          { key: 'source', title: t.records.source, render: (_, r) => r.source },
          {
            key: 'actions',
            title: '',
            width: 140,
            render: (_, r) =>
              r.canEdit && (
                <Flex gap={8}>
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
                </Flex>
              ),
          },
        ]}
      />
      {editing && (
        <EvaluationModal
          evaluation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function EvaluationModal({
  evaluation,
  onClose,
}: {
  evaluation: EvaluationItem | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateEvaluation();
  const update = useUpdateEvaluation();
  const done = useSavedThenClose(form, onClose);
  const save = (v: Values) => {
    const fields = { year: v.year, grade: v.grade, source: v.source || null, note: v.note || null };
    if (evaluation)
      update.mutate({ id: evaluation.id, version: evaluation.version, ...fields }, done);
    else create.mutate({ personId: v.personId || null, unitId: v.unitId || null, ...fields }, done);
  };
  return (
    <Modal
      open
      title={
        evaluation ? `${t.records.edit}: ${evaluation.subjectName}` : t.records.tabs.evaluations
      }
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
          evaluation
            ? {
                year: evaluation.year,
                grade: evaluation.grade,
                source: evaluation.source ?? undefined,
                note: evaluation.note ?? undefined,
              }
            : { year: new Date().getFullYear() - 1 }
        }
      >
        {!evaluation && <SubjectFields />}
        <Form.Item name="year" label={t.records.year} rules={[{ required: true }]}>
          <InputNumber min={1945} max={9999} />
        </Form.Item>
        <Form.Item name="grade" label={t.records.grade} rules={[{ required: true }]}>
          <Select options={GRADES.map((g) => ({ value: g, label: t.records.grades[g] }))} />
        </Form.Item>
        <Form.Item name="source" label={t.records.source}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t.records.note}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
