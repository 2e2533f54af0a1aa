import { LogoutOutlined, PlusOutlined } from '@ant-design/icons';
import { DataTable } from '@thidua/web-ui';
import {
  useAddClusterMember,
  useEndClusterMembership,
  type ClusterDetail,
  type ClusterMembershipItem,
} from '@thidua/web-data-access';
import { App, Button, Flex, Form, Modal, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { EndOnDateModal } from '../../../shared/components/EndOnDateModal';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { formatIsoDate, today } from '../../../shared/dates';
import { requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { UnitSelect } from '../../units/components/UnitSelect';
import { UnitRefLink } from './UnitRefLink';

/** Members on the chosen day, with joining and (for managers) ending a membership. */
export function ClusterMembers({
  cluster,
  asOf,
  onAsOfChange,
  loading,
  canManage,
}: {
  cluster: ClusterDetail;
  asOf: string | null;
  onAsOfChange: (value: string | null) => void;
  loading: boolean;
  canManage: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<ClusterMembershipItem | null>(null);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center">
          <label htmlFor="cluster-members-as-of">{t.clusters.membersAsOf}</label>
          <IsoDatePicker
            id="cluster-members-as-of"
            allowClear
            value={asOf}
            onChange={onAsOfChange}
            style={{ width: 160 }}
          />
        </Flex>
        {canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t.clusters.addMember}
          </Button>
        )}
      </Flex>
      <DataTable<ClusterMembershipItem>
        rowKey="id"
        rows={cluster.members}
        totalCount={cluster.members.length}
        loading={loading}
        emptyText={t.clusters.membersEmpty}
        scroll={{ x: 720 }}
        columns={[
          {
            key: 'unit',
            title: t.clusters.memberUnit,
            render: (_, m) => (
              <>
                <UnitRefLink unit={m.unit} />{' '}
                {m.unit.status !== 'ACTIVE' && <Tag>{t.clusters.unitEnded}</Tag>}
                <br />
                <Typography.Text type="secondary" code style={{ fontSize: 11 }}>
                  {m.unit.code}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'joinedOn',
            title: t.clusters.joinedOn,
            width: 140,
            render: (_, m) => formatIsoDate(m.joinedOn),
          },
          {
            key: 'leftOn',
            title: t.clusters.leftOn,
            width: 140,
            render: (_, m) => formatIsoDate(m.leftOn) || t.ui.noValue,
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t.common.actions,
                  width: 130,
                  render: (_: unknown, m: ClusterMembershipItem) =>
                    m.leftOn ? null : (
                      <Tooltip title={t.clusters.endMembershipTitle(m.unit.name)}>
                        <Button
                          danger
                          size="small"
                          icon={<LogoutOutlined />}
                          aria-label={t.clusters.endMembershipTitle(m.unit.name)}
                          onClick={() => setEnding(m)}
                        >
                          {t.clusters.endMembership}
                        </Button>
                      </Tooltip>
                    ),
                },
              ]
            : []),
        ]}
      />
      {canManage && (
        <>
          <AddMemberModal
            clusterId={cluster.id}
            memberIds={cluster.members.filter((m) => !m.leftOn).map((m) => m.unit.id)}
            open={adding}
            onClose={() => setAdding(false)}
          />
          <EndMembershipModal membership={ending} onClose={() => setEnding(null)} />
        </>
      )}
    </>
  );
}

function AddMemberModal({
  clusterId,
  memberIds,
  open,
  onClose,
}: {
  clusterId: string;
  memberIds: string[];
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ unitId?: string; joinedOn?: string | null }>();
  const add = useAddClusterMember();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  return (
    <Modal
      open={open}
      title={t.clusters.addMemberTitle}
      okText={t.clusters.addMember}
      cancelText={t.common.cancel}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ joinedOn: today() }}
        onFinish={(values) =>
          add.mutate(
            { clusterId, unitId: values.unitId ?? '', joinedOn: values.joinedOn ?? '' },
            {
              onSuccess: () => {
                void message.success(t.clusters.memberAdded);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="unitId"
          label={t.clusters.memberUnit}
          rules={[requiredChoice(t.restructuring.unitWhat)]}
        >
          <UnitSelect excludeIds={memberIds} />
        </Form.Item>
        <Form.Item
          name="joinedOn"
          label={t.clusters.joinedOn}
          rules={[requiredChoice(t.clusters.joinedOnWhat)]}
        >
          <IsoDatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EndMembershipModal({
  membership,
  onClose,
}: {
  membership: ClusterMembershipItem | null;
  onClose: () => void;
}) {
  const end = useEndClusterMembership();
  return (
    <EndOnDateModal
      open={membership !== null}
      title={membership ? t.clusters.endMembershipTitle(membership.unit.name) : undefined}
      okText={t.clusters.endMembership}
      field="leftOn"
      label={t.clusters.leftOn}
      requiredWhat={t.clusters.leftOnWhat}
      min={membership?.joinedOn}
      pending={end.isPending}
      confirmation={(leftOn) => ({
        title: t.clusters.endMembershipConfirm(membership?.unit.name ?? '', formatIsoDate(leftOn)),
        content: t.clusters.endMembershipText,
        okText: t.clusters.endMembership,
      })}
      end={(leftOn) => end.mutateAsync({ membershipId: membership?.id ?? '', leftOn })}
      done={t.clusters.membershipEnded}
      onClose={onClose}
    />
  );
}
