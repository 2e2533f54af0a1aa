import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useConfirm } from '@thidua/web-ui';
import {
  hasErrorCode,
  useRemoveAwardNominee,
  type AwardDossierDetail,
  type AwardNominationItem,
} from '@thidua/web-data-access';
import { App, Button, Empty, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';

import { errorMessage } from '../../../shared/errors';
import { formatIsoDate } from '../../../shared/dates';
import { awardsMessages as m } from '../messages';
import { EligibilityTag } from './tags';

type Eligibility = NonNullable<AwardNominationItem['eligibility']>;
type Check = Eligibility['checks'][number];

function conditionTag(met: boolean | null) {
  if (met === true) return <Tag color="green">{m.conditionMet}</Tag>;
  if (met === false) return <Tag color="red">{m.conditionNotMet}</Tag>;
  return <Tag color="orange">{m.conditionToConfirm}</Tag>;
}

/**
 * What the check said of one nominee, as stored (ADR 0019 §7): the rule applied and the day judged,
 * then each principle and condition with its sentence, its basis and "cần đối chiếu văn bản" where
 * the rule's content is marked uncertain; or why the engine could not judge it (checked by hand).
 */
export function EligibilityPanel({ name, e }: { name: string; e: Eligibility }) {
  return (
    <Flex vertical gap={8} aria-label={m.eligibilityDetails(name)}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {e.basis ? `${m.eligibilityRule(e.basis)} · ` : ''}
        {m.eligibilityOn(formatIsoDate(e.on), e.stage)}
      </Typography.Text>
      {e.manualReason && (
        <Typography.Text>
          <Tag color="warning">{m.eligibilityManual}</Tag>
          {e.manualReason}
        </Typography.Text>
      )}
      {e.checks.map((c: Check) => (
        <div key={c.key}>
          <Space size={4} align="start" wrap={false}>
            {conditionTag(c.met)}
            <Typography.Text>{c.label}</Typography.Text>
          </Space>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {m.conditionBasis}: {c.basis}
            {c.uncertain && (
              <Tooltip title={m.uncertainHelp}>
                <Tag color="orange" style={{ marginLeft: 8 }}>
                  {m.uncertain}
                </Tag>
              </Tooltip>
            )}
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}

/**
 * The nominees of a dossier. "Kiểm tra điều kiện" shows the verdict the API stored when the nominee
 * was added, edited or last sent (ADR 0019 §7), and a row opens to the conditions' sentences; a
 * nominee without a stored verdict says "Chưa kiểm tra" (none is invented). The appraisal column is
 * the receiving unit's current verdict.
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
      expandable={{
        rowExpandable: (n) => n.eligibility !== null,
        expandedRowRender: (n) =>
          n.eligibility ? <EligibilityPanel name={n.name} e={n.eligibility} /> : null,
      }}
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
            n.eligibility ? (
              <EligibilityTag verdict={n.eligibility.verdict} />
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
                <Tag color={n.appraisalVerdict === 'PASS' ? 'green' : 'red'}>
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
