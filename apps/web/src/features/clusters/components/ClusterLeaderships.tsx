import { CrownOutlined } from '@ant-design/icons';
import { DataTable } from '@thidua/web-ui';
import {
  useSetClusterLeadership,
  type ClusterDetail,
  type ClusterLeadershipItem,
} from '@thidua/web-data-access';
import { App, Button, Flex, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { today } from '../../../shared/dates';
import { foldFilter } from '../../../shared/forms/foldFilter';
import { requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { UnitRefLink } from './UnitRefLink';

interface LeadershipValues {
  year?: number;
  leadUnitId?: string;
  deputyUnitId?: string;
}

/** Cụm/khối trưởng and phó, one row per year, newest first. */
export function ClusterLeaderships({
  cluster,
  canManage,
}: {
  cluster: ClusterDetail;
  canManage: boolean;
}) {
  const [editing, setEditing] = useState<LeadershipValues | null>(null);
  const thisYear = Number(today().slice(0, 4));

  return (
    <>
      <Flex justify="space-between" align="center" gap={12} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t.clusters.leadershipHelp}</Typography.Text>
        {canManage && (
          <Button icon={<CrownOutlined />} onClick={() => setEditing({ year: thisYear })}>
            {t.clusters.setLeadership}
          </Button>
        )}
      </Flex>
      <DataTable<ClusterLeadershipItem>
        rowKey="id"
        rows={cluster.leaderships}
        emptyText={t.clusters.leadershipsEmpty}
        scroll={{ x: 560 }}
        columns={[
          { key: 'year', title: t.clusters.year, width: 90, render: (_, l) => l.year },
          {
            key: 'lead',
            title: t.clusters.lead,
            render: (_, l) => <UnitRefLink unit={l.lead} />,
          },
          {
            key: 'deputy',
            title: t.clusters.deputy,
            render: (_, l) => (l.deputy ? <UnitRefLink unit={l.deputy} /> : t.ui.noValue),
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t.common.actions,
                  width: 90,
                  render: (_: unknown, l: ClusterLeadershipItem) => (
                    <Button
                      size="small"
                      aria-label={`${t.common.edit} ${l.year}`}
                      onClick={() =>
                        setEditing({
                          year: l.year,
                          leadUnitId: l.lead.id,
                          deputyUnitId: l.deputy?.id,
                        })
                      }
                    >
                      {t.common.edit}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canManage && (
        <LeadershipModal cluster={cluster} values={editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

function LeadershipModal({
  cluster,
  values,
  onClose,
}: {
  cluster: ClusterDetail;
  values: LeadershipValues | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<LeadershipValues>();
  const save = useSetClusterLeadership();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  // the leading units are chosen among the members (and those already chosen for that year)
  const candidates = new Map<string, string>();
  for (const m of cluster.members) candidates.set(m.unit.id, m.unit.name);
  for (const l of cluster.leaderships) {
    candidates.set(l.lead.id, l.lead.name);
    if (l.deputy) candidates.set(l.deputy.id, l.deputy.name);
  }
  const options = [...candidates].map(([value, label]) => ({ value, label }));

  return (
    <Modal
      open={values !== null}
      title={t.clusters.setLeadershipTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<LeadershipValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={values ?? undefined}
        onFinish={(v) =>
          save.mutate(
            {
              clusterId: cluster.id,
              year: v.year ?? 0,
              leadUnitId: v.leadUnitId ?? '',
              deputyUnitId: v.deputyUnitId ?? null,
            },
            {
              onSuccess: () => {
                void message.success(t.clusters.leadershipSaved);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="year"
          label={t.clusters.year}
          rules={[requiredChoice(t.clusters.yearWhat)]}
        >
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item
          name="leadUnitId"
          label={t.clusters.lead}
          rules={[requiredChoice(t.clusters.leadWhat)]}
        >
          <Select showSearch={{ filterOption: foldFilter }} options={options} />
        </Form.Item>
        <Form.Item
          name="deputyUnitId"
          label={t.clusters.deputy}
          dependencies={['leadUnitId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value && value === getFieldValue('leadUnitId')) {
                  throw new Error(t.clusters.deputySameAsLead);
                }
              },
            }),
          ]}
        >
          <Select allowClear showSearch={{ filterOption: foldFilter }} options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
