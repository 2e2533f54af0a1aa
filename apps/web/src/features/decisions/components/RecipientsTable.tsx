import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { formatNumber } from '@thidua/shared-domain';
import { useConfirm } from '@thidua/web-ui';
import {
  hasErrorCode,
  useUpdateAwardDecision,
  type AwardDecisionDetail,
  type AwardDecisionRecipientItem,
} from '@thidua/web-data-access';
import { App, Button, Form, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { verifyCertificatePath } from '../../../app/paths';
import { t } from '../../../i18n';
import { errorMessage } from '../../../shared/errors';
import { decisionsMessages as m, formatDong } from '../messages';
import { editInputOf } from './edit-input';

/** NĐ 152/2025's largest multiplier is 92 (award-decision.limits.ts: at most 1,000, 3 decimals). */
const MAX_MULTIPLIER = 1_000;

/**
 * The danh sách kèm theo: each recipient as the decision prints them, the multiplier and the amount
 * (hệ số × lương cơ sở, rounded up to ten thousand đồng by the API), and, once issued, the số sổ vàng
 * and the code under the certificate's QR. A draft's editor changes a multiplier or drops a recipient
 * (asked first), each one update at the decision's version.
 */
export function RecipientsTable({
  decision,
  onConflict,
}: {
  decision: AwardDecisionDetail;
  onConflict: () => void;
}) {
  const editable = decision.status === 'DRAFT' && decision.canManage;
  const issued = decision.status !== 'DRAFT';
  const money = decision.rewardFunding !== null;
  const update = useUpdateAwardDecision();
  const confirm = useConfirm();
  const { message, notification } = App.useApp();
  const [editing, setEditing] = useState<AwardDecisionRecipientItem | null>(null);
  const salary = decision.recipients.find((r) => r.baseSalary)?.baseSalary ?? null;

  const failed = (error: unknown) => {
    notification.error({ title: m.actionFailed, description: errorMessage(error) });
    if (hasErrorCode(error, 'CONFLICT')) onConflict();
  };

  const remove = async (r: AwardDecisionRecipientItem) => {
    const ok = await confirm({
      title: m.removeRecipientTitle(r.displayName),
      content: m.removeRecipientText,
      okText: m.removeRecipientOk,
    });
    if (!ok) return;
    update.mutate(editInputOf(decision, { removeRecipientIds: [r.id] }), {
      onSuccess: () => void message.success(m.recipientRemoved),
      onError: failed,
    });
  };

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {money
          ? m.totalLine(decision.recipients.length, formatDong(decision.totalAmount))
          : `${m.countLine(decision.recipients.length)} · ${m.noMoney}`}
        {money && salary ? (
          <>
            <br />
            {m.baseSalaryNote(formatDong(salary))}
          </>
        ) : null}
      </Typography.Paragraph>
      <Table<AwardDecisionRecipientItem>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={decision.recipients}
        locale={{ emptyText: m.noRecipients }}
        columns={[
          { key: 'position', title: m.position, width: 56, render: (_, r) => r.position },
          {
            key: 'name',
            title: m.recipient,
            render: (_, r) => (
              <>
                <Typography.Text strong>{r.displayName}</Typography.Text>
                {r.detail && (
                  <>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.detail}
                    </Typography.Text>
                  </>
                )}
              </>
            ),
          },
          ...(money
            ? [
                {
                  key: 'multiplier',
                  title: m.multiplier,
                  width: 100,
                  align: 'right' as const,
                  render: (_: unknown, r: AwardDecisionRecipientItem) =>
                    r.multiplier === null || r.multiplier === undefined ? (
                      <Typography.Text type="danger">{m.noMultiplier}</Typography.Text>
                    ) : (
                      formatNumber(r.multiplier)
                    ),
                },
                {
                  key: 'amount',
                  title: m.amount,
                  width: 140,
                  align: 'right' as const,
                  render: (_: unknown, r: AwardDecisionRecipientItem) =>
                    r.amount === null || r.amount === undefined ? m.noAmount : formatDong(r.amount),
                },
              ]
            : []),
          ...(issued
            ? [
                {
                  key: 'gold',
                  title: m.goldBook,
                  width: 100,
                  render: (_: unknown, r: AwardDecisionRecipientItem) =>
                    r.goldBookNumber === null || r.goldBookNumber === undefined
                      ? m.noAmount
                      : String(r.goldBookNumber).padStart(2, '0'),
                },
                {
                  key: 'code',
                  title: m.certificateCode,
                  width: 130,
                  render: (_: unknown, r: AwardDecisionRecipientItem) =>
                    r.certificateCode ? (
                      <Link
                        to={verifyCertificatePath(r.certificateCode)}
                        target="_blank"
                        aria-label={m.verifyLink(r.certificateCode)}
                      >
                        <Typography.Text code>{r.certificateCode}</Typography.Text>
                      </Link>
                    ) : (
                      m.noAmount
                    ),
                },
              ]
            : []),
          ...(editable
            ? [
                {
                  key: 'actions',
                  title: t.common.actions,
                  width: 100,
                  render: (_: unknown, r: AwardDecisionRecipientItem) => (
                    <Space size={4}>
                      {money && (
                        <Button
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={m.editMultiplier(r.displayName)}
                          onClick={() => setEditing(r)}
                        />
                      )}
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={m.removeRecipient(r.displayName)}
                        disabled={decision.recipients.length <= 1 || update.isPending}
                        onClick={() => void remove(r)}
                      />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
        summary={() =>
          money && decision.recipients.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Typography.Text strong>{m.total}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <Typography.Text strong data-testid="decision-total">
                  {formatDong(decision.totalAmount)}
                </Typography.Text>
              </Table.Summary.Cell>
              {(issued || editable) && (
                <Table.Summary.Cell index={4} colSpan={(issued ? 2 : 0) + (editable ? 1 : 0)} />
              )}
            </Table.Summary.Row>
          ) : null
        }
      />
      {editing && (
        <MultiplierModal
          decision={decision}
          recipient={editing}
          onClose={() => setEditing(null)}
          onConflict={onConflict}
        />
      )}
    </>
  );
}

function MultiplierModal({
  decision,
  recipient,
  onClose,
  onConflict,
}: {
  decision: AwardDecisionDetail;
  recipient: AwardDecisionRecipientItem;
  onClose: () => void;
  onConflict: () => void;
}) {
  const [form] = Form.useForm<{ multiplier: number | null }>();
  const update = useUpdateAwardDecision();
  const { message, notification } = App.useApp();
  return (
    <Modal
      open
      title={m.multiplierTitle(recipient.displayName)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ multiplier: recipient.multiplier ?? null }}
        onFinish={({ multiplier }) =>
          update.mutate(
            editInputOf(decision, {
              multipliers: [{ recipientId: recipient.id, multiplier: multiplier ?? null }],
            }),
            {
              onSuccess: () => {
                void message.success(m.multiplierSaved);
                onClose();
              },
              onError: (error) => {
                notification.error({ title: m.actionFailed, description: errorMessage(error) });
                if (hasErrorCode(error, 'CONFLICT')) {
                  onConflict();
                  onClose();
                }
              },
            },
          )
        }
      >
        <Form.Item name="multiplier" label={m.multiplierLabel} extra={m.multiplierHelp}>
          <InputNumber
            min={0}
            max={MAX_MULTIPLIER}
            step={0.1}
            decimalSeparator=","
            style={{ width: 200 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
