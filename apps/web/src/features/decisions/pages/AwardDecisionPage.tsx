import { DeleteOutlined, FileProtectOutlined } from '@ant-design/icons';
import { AWARD_TRACKS, formatDateTime } from '@thidua/shared-domain';
import { CalendarDateText, PageHeader, PageLoading, TextOrNone, useConfirm } from '@thidua/web-ui';
import {
  hasErrorCode,
  useAwardDecision,
  useDeleteAwardDecision,
  useIssueAwardDecision,
  type AwardDecisionDetail,
} from '@thidua/web-data-access';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate } from '../../../shared/dates';
import { errorMessage } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { CertificatesPanel } from '../components/CertificatesPanel';
import { DecisionForm } from '../components/DecisionForm';
import { RecipientsTable } from '../components/RecipientsTable';
import { DecisionStatusTag } from '../components/tags';
import { decisionsMessages as m } from '../messages';

function headingOf(d: AwardDecisionDetail): string {
  return d.symbol ? m.issuedHeading(d.symbol) : m.draftHeading(d.awardName);
}

export function AwardDecisionPage() {
  const { id } = useParams<{ id: string }>();
  const decision = useAwardDecision(id);
  useDocumentTitle(decision.data ? headingOf(decision.data) : m.fallbackTitle);

  if (decision.isPending) return <PageLoading />;
  if (decision.isError) {
    return (
      <>
        <PageHeader title={m.fallbackTitle} breadcrumb={[t.nav.emulation, m.title]} />
        <QueryError error={decision.error} onRetry={() => void decision.refetch()} />
      </>
    );
  }
  return <DecisionDetail decision={decision.data} reload={() => decision.refetch()} />;
}

/** Lines as the decision prints them, or "Không có". */
function Lines({ lines }: { lines: readonly string[] }) {
  if (!lines.length) return <Typography.Text type="secondary">{m.none}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {lines.map((line, i) => (
        <li key={`${i}-${line}`}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * A decision's page: its facts, the draft's editable parts (read-only once issued or for a reader),
 * the danh sách with amounts and total, the downloads (.docx, PDF, the reward list for finance),
 * deleting and signing a draft (each asked first), and the certificates of an issued one.
 */
function DecisionDetail({
  decision: d,
  reload,
}: {
  decision: AwardDecisionDetail;
  reload: () => Promise<unknown>;
}) {
  const navigate = useNavigate();
  const confirm = useConfirm();
  const { message, notification } = App.useApp();
  const issue = useIssueAwardDecision();
  const remove = useDeleteAwardDecision();
  const draft = d.status === 'DRAFT';
  const editable = draft && d.canManage;
  const noSigner = !d.signer.title.trim() || !d.signer.name.trim();

  const failed = (title: string) => (error: unknown) => {
    notification.error({ title, description: errorMessage(error) });
    if (hasErrorCode(error, 'CONFLICT')) void reload();
  };

  const deleteDraft = async () => {
    const ok = await confirm({
      title: m.deleteTitle,
      content: m.deleteText,
      okText: m.deleteDraft,
    });
    if (!ok) return;
    remove.mutate(
      { id: d.id, version: d.version },
      {
        onSuccess: () => {
          void message.success(m.deleted);
          navigate(PATHS.awardDecisions);
        },
        onError: failed(m.actionFailed),
      },
    );
  };

  const issueDecision = async () => {
    const ok = await confirm({
      title: m.issueTitle,
      content: m.issueText(d.issuerUnit.name, d.recipients.length),
      okText: m.issue,
      danger: false,
    });
    if (!ok) return;
    issue.mutate(
      { id: d.id, version: d.version },
      {
        onSuccess: (issued) => void message.success(m.issued(issued.symbol ?? '')),
        onError: failed(m.issueFailed),
      },
    );
  };

  return (
    <>
      <PageHeader
        title={headingOf(d)}
        subtitle={
          <Space size={4} wrap>
            <DecisionStatusTag status={d.status} />
            <span>{d.issuerUnit.name}</span>
            <span>· {d.round.title}</span>
          </Space>
        }
        breadcrumb={[t.nav.emulation, m.title]}
        extra={
          <>
            <ExportButton
              path={d.docxPath}
              fallbackName={m.docxName}
              label={m.downloadDocx}
              failedTitle={m.downloadFailed}
            />
            <ExportButton
              path={d.pdfPath}
              fallbackName={m.pdfName}
              label={m.downloadPdf}
              failedTitle={m.downloadFailed}
            />
            {d.rewardFunding !== null && (
              <ExportButton
                path={d.rewardsExportPath}
                fallbackName={m.rewardsName}
                label={m.rewardsExport}
                title={m.rewardsExportHelp}
              />
            )}
            {editable && (
              <Button
                danger
                icon={<DeleteOutlined />}
                loading={remove.isPending}
                onClick={() => void deleteDraft()}
              >
                {m.deleteDraft}
              </Button>
            )}
            {draft && d.canIssue && (
              <Button
                type="primary"
                icon={<FileProtectOutlined />}
                loading={issue.isPending}
                // the API refuses an unsigned decision: say why before asking
                disabled={noSigner}
                title={noSigner ? m.issueNeedsSigner : undefined}
                onClick={() => void issueDecision()}
              >
                {m.issue}
              </Button>
            )}
          </>
        }
      />
      {draft && <Alert type="info" showIcon title={m.draftNotice} style={{ marginBottom: 16 }} />}
      {draft && d.canIssue && noSigner && (
        <Alert type="warning" showIcon title={m.issueNeedsSigner} style={{ marginBottom: 16 }} />
      )}
      {draft && !d.canManage && (
        <Alert type="info" showIcon title={m.readOnlyDraft} style={{ marginBottom: 16 }} />
      )}
      {!draft && d.issuedAt && (
        <Alert
          type="success"
          showIcon
          title={m.issuedNotice(d.issuedByName ?? null, formatDateTime(d.issuedAt))}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card title={m.facts}>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                items={[
                  {
                    key: 'number',
                    label: m.number,
                    children: d.symbol ?? (
                      <Typography.Text type="secondary">{m.notNumbered}</Typography.Text>
                    ),
                  },
                  {
                    key: 'date',
                    label: m.decidedOn,
                    children: d.decidedOn ? (
                      <CalendarDateText value={d.decidedOn} />
                    ) : (
                      <Typography.Text type="secondary">{m.notNumbered}</Typography.Text>
                    ),
                  },
                  { key: 'award', label: m.award, children: d.awardName },
                  { key: 'kind', label: m.kind, children: m.kinds[d.awardKind] ?? d.awardKind },
                  { key: 'issuer', label: m.issuer, children: d.issuerUnit.name },
                  { key: 'round', label: m.round, children: d.round.title },
                  {
                    key: 'track',
                    label: m.track,
                    children: AWARD_TRACKS[d.track as keyof typeof AWARD_TRACKS] ?? d.track,
                  },
                  { key: 'year', label: m.year, children: d.year },
                ]}
              />
            </Card>
            <Card title={m.contentTitle}>
              {editable ? (
                <DecisionForm key={d.version} decision={d} reload={reload} />
              ) : (
                <DecisionText decision={d} />
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={m.certificatesTitle}>
            <CertificatesPanel decision={d} />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={m.recipientsTitle}>
            <RecipientsTable decision={d} onConflict={() => void reload()} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** The editable parts as read (an issued decision, or a reader without DECISION_MANAGE). */
function DecisionText({ decision: d }: { decision: AwardDecisionDetail }) {
  const signing = d.signer.on.map((o) => `${o.authority}. ${o.of}`);
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        { key: 'subject', label: m.subject, children: d.subject },
        { key: 'authority', label: m.authority, children: d.authority },
        { key: 'bases', label: m.bases, children: <Lines lines={d.bases} /> },
        {
          key: 'council',
          label: m.councilBody,
          children: d.councilMinutes ? (
            <>
              {d.councilMinutes.body}
              {d.councilMinutes.date ? ` (${formatIsoDate(d.councilMinutes.date)})` : ''}
            </>
          ) : (
            <Typography.Text type="secondary">{m.none}</Typography.Text>
          ),
        },
        {
          key: 'proposal',
          label: m.proposalReference,
          children: d.proposal ? (
            `${d.proposal.by} — ${d.proposal.reference}`
          ) : (
            <Typography.Text type="secondary">{m.none}</Typography.Text>
          ),
        },
        { key: 'achievement', label: m.achievement, children: d.achievement },
        {
          key: 'funding',
          label: m.rewardFunding,
          children: <TextOrNone value={d.rewardFunding} />,
        },
        { key: 'basis', label: m.rewardBasis, children: <TextOrNone value={d.rewardBasis} /> },
        { key: 'executors', label: m.executors, children: <Lines lines={d.executors} /> },
        { key: 'receivers', label: m.receivers, children: <Lines lines={d.receivers} /> },
        { key: 'archive', label: m.archive, children: d.archive },
        { key: 'place', label: m.place, children: d.place },
        {
          key: 'signer',
          label: m.signerTitle,
          children: (
            <>
              {signing.length > 0 && <Lines lines={signing} />}
              {[d.signer.title, d.signer.name].filter(Boolean).join(' — ') || (
                <Typography.Text type="secondary">{m.none}</Typography.Text>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
