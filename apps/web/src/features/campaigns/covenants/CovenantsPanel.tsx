import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CAMPAIGN_REGISTRATION_LIMITS as R } from '@thidua/shared-domain';
import { CalendarDateText, DataTable, useConfirm, useDebouncedValue } from '@thidua/web-ui';
import {
  connectionTable,
  useCampaignCovenantActions,
  useCampaignCovenants,
  useClusters,
  type CampaignCovenantItem,
  type CampaignPlanDetail,
} from '@thidua/web-data-access';
import { App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { QueryError } from '../../../shared/components/QueryError';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { UnitMultiSelect } from '../../units/components/UnitSelect';
import { requiredText } from '../editor/fields';
import { covenantMessages as m } from './messages';

/** A cụm, khối found by what the user types (the API's accent-insensitive search). */
function ClusterSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const clusters = useClusters({ first: 20, search: debounced || undefined });
  return (
    <Select
      id={id}
      allowClear
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={clusters.isFetching}
      placeholder={m.clusterPlaceholder}
      notFoundContent={clusters.isFetching ? undefined : m.clusterNone}
      options={(clusters.data?.nodes ?? []).map((c) => ({ value: c.id, label: c.name }))}
    />
  );
}

interface CovenantValues {
  clusterId?: string;
  signedOn?: string;
  place: string;
  content: string;
  memberUnitIds?: string[];
}

function CovenantModal({ planId, onClose }: { planId: string; onClose: () => void }) {
  const [form] = Form.useForm<CovenantValues>();
  const close = useGuardedClose(form, onClose);
  const actions = useCampaignCovenantActions(planId);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <Modal
      open
      width={680}
      title={m.createTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={actions.create.isPending}
      destroyOnHidden
    >
      <Form<CovenantValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ place: '', content: '', memberUnitIds: [] }}
        onFinish={(values) =>
          actions.create.mutate(
            {
              planId,
              clusterId: values.clusterId ?? '',
              signedOn: values.signedOn ?? '',
              place: values.place.trim(),
              content: values.content.trim(),
              // empty: the cluster's members on the day it was signed (the API's default)
              memberUnitIds: values.memberUnitIds?.length ? values.memberUnitIds : null,
            },
            {
              onSuccess: () => {
                void message.success(m.created);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item name="clusterId" label={m.cluster} rules={[requiredChoice(m.clusterWhat)]}>
          <ClusterSelect />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="signedOn"
            label={m.signedOn}
            rules={[requiredChoice(m.signedOnWhat)]}
            style={{ flex: '1 1 180px' }}
          >
            <IsoDatePicker />
          </Form.Item>
          <Form.Item
            name="place"
            label={m.place}
            rules={[requiredText(m.placeWhat)]}
            style={{ flex: '2 1 260px' }}
          >
            <Input maxLength={R.covenantPlace} />
          </Form.Item>
        </Flex>
        <Form.Item name="content" label={m.content} rules={[requiredText(m.contentWhat)]}>
          <Input.TextArea rows={6} maxLength={R.covenantContent} />
        </Form.Item>
        <Form.Item name="memberUnitIds" label={m.members} extra={m.membersHelp}>
          <UnitMultiSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * Giao ước thi đua under an issued plan: which cụm, khối signed, when and where, what they pledged and
 * who signed. Recording one is open to those who take part (the API allows the plan's issuer and the
 * cluster's head that year); deleting one recorded by mistake, to the issuer, after confirming.
 */
export function CovenantsPanel({ plan }: { plan: CampaignPlanDetail }) {
  const rows = useCampaignCovenants(plan.id);
  const actions = useCampaignCovenantActions(plan.id);
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);

  const remove = async (c: CampaignCovenantItem) => {
    const ok = await confirm({
      title: m.deleteConfirm(c.cluster?.name ?? m.clusterUnknown),
      content: m.deleteText,
      okText: m.remove,
    });
    if (!ok) return;
    actions.remove.mutate(
      { id: c.id, version: c.version },
      {
        onSuccess: () => void message.success(m.deleted),
        onError: (error) => onError(error),
      },
    );
  };

  return (
    <Flex vertical gap={16}>
      {(plan.canManage || plan.canAnswer) && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {m.add}
        </Button>
      )}
      {rows.isError && <QueryError error={rows.error} onRetry={() => void rows.refetch()} />}
      <DataTable<CampaignCovenantItem>
        rowKey="id"
        {...connectionTable(rows)}
        emptyText={m.empty}
        expandable={{
          expandedRowRender: (c) => (
            <Flex vertical gap={8}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {c.content}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {m.members}: {c.members.map((u) => u.name).join(', ')}
              </Typography.Text>
            </Flex>
          ),
        }}
        columns={[
          {
            key: 'cluster',
            title: m.cluster,
            render: (_, c) => c.cluster?.name ?? m.clusterUnknown,
          },
          {
            key: 'signedOn',
            title: m.signedOn,
            width: 130,
            render: (_, c) => <CalendarDateText value={c.signedOn} />,
          },
          { key: 'place', title: m.place, render: (_, c) => c.place },
          {
            key: 'members',
            title: m.members,
            width: 110,
            render: (_, c) => m.memberCount(c.members.length),
          },
          ...(plan.canManage
            ? [
                {
                  key: 'actions',
                  title: t.common.actions,
                  width: 80,
                  render: (_: unknown, c: CampaignCovenantItem) => (
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${m.remove}: ${c.cluster?.name ?? m.clusterUnknown}`}
                      onClick={() => void remove(c)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {adding && <CovenantModal planId={plan.id} onClose={() => setAdding(false)} />}
    </Flex>
  );
}
