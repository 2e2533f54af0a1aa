import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useConfirm } from '@thidua/web-ui';
import {
  hasErrorCode,
  useRemoveAwardNominee,
  type AwardDossierDetail,
  type AwardNominationItem,
} from '@thidua/web-data-access';
import { App, Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';

import { errorMessage } from '../../../shared/errors';
import { awardsMessages as m } from '../messages';

/**
 * The nominees of a dossier. "Kiểm tra điều kiện" says "Chưa kiểm tra" while the API has no verdict
 * (`eligibilityChecked: false`, ADR 0020 §7): the rules engine is not wired yet and this table shows
 * no result it did not get. The appraisal column is the receiving unit's current verdict.
 */
export function NomineesTable({
  dossier,
  onEdit,
  onConflict,
}: {
  dossier: AwardDossierDetail;
  onEdit: (nominee: AwardNominationItem) => void;
  onConflict: () => void;
}) {
  const remove = useRemoveAwardNominee();
  const confirm = useConfirm();
  const { message, notification } = App.useApp();
  const editable = dossier.canEdit;

  const removeNominee = async (n: AwardNominationItem) => {
    const ok = await confirm({
      title: m.removeNomineeTitle(n.name),
      content: m.removeNomineeText,
      okText: m.removeNomineeOk,
    });
    if (!ok) return;
    remove.mutate(
      { dossierId: dossier.id, version: dossier.version, nominationId: n.id },
      {
        onSuccess: () => void message.success(m.nomineeRemoved),
        onError: (error) => {
          notification.error({ title: m.removeNominee(n.name), description: errorMessage(error) });
          if (hasErrorCode(error, 'CONFLICT')) onConflict();
        },
      },
    );
  };

  return (
    <Table<AwardNominationItem>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={dossier.nominees}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={editable ? m.nomineesEmptyCanEdit : m.nomineesEmpty}
          />
        ),
      }}
      columns={[
        { key: 'position', title: '#', width: 48, render: (_, _n, index) => index + 1 },
        {
          key: 'name',
          title: m.nomineeName,
          render: (_, n) => (
            <>
              <Typography.Text strong>{n.name}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {m.subjects[n.subject] ?? n.subject}
                {n.householdAddress ? ` · ${n.householdAddress}` : ''}
              </Typography.Text>
            </>
          ),
        },
        { key: 'award', title: m.award, render: (_, n) => n.awardName },
        {
          key: 'achievements',
          title: m.achievements,
          width: 320,
          render: (_, n) => (
            <Typography.Paragraph
              style={{ margin: 0, whiteSpace: 'pre-wrap' }}
              ellipsis={{ rows: 2, expandable: true, symbol: 'Xem thêm' }}
            >
              {n.achievements}
            </Typography.Paragraph>
          ),
        },
        {
          key: 'eligibility',
          title: m.eligibility,
          width: 140,
          render: (_, n) =>
            n.eligibilityChecked ? (
              <Tag color="blue">{m.eligibilityChecked}</Tag>
            ) : (
              <Tooltip title={m.eligibilityNotCheckedHelp}>
                <Tag>{m.eligibilityNotChecked}</Tag>
              </Tooltip>
            ),
        },
        {
          key: 'appraisal',
          title: m.appraisal,
          width: 180,
          render: (_, n) =>
            n.appraisalVerdict ? (
              <>
                <Tag color={n.appraisalVerdict === 'PASS' ? 'success' : 'error'}>
                  {m.verdicts[n.appraisalVerdict] ?? n.appraisalVerdict}
                </Tag>
                {n.appraisalRemark && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {n.appraisalRemark}
                  </Typography.Text>
                )}
              </>
            ) : (
              <Typography.Text type="secondary">{m.notAppraised}</Typography.Text>
            ),
        },
        ...(editable
          ? [
              {
                key: 'actions',
                title: m.actionsColumn,
                width: 96,
                render: (_: unknown, n: AwardNominationItem) => (
                  <Space size={4}>
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={m.editNominee(n.name)}
                      onClick={() => onEdit(n)}
                    />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={m.removeNominee(n.name)}
                      onClick={() => void removeNominee(n)}
                    />
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
