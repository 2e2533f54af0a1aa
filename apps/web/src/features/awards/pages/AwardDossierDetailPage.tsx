import { DeleteOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  CalendarDateText,
  DateTimeText,
  PageHeader,
  PageLoading,
  TextOrNone,
  useConfirm,
} from '@thidua/web-ui';
import {
  awardDossierPackagePath,
  awardKeys,
  hasErrorCode,
  useAwardDossier,
  useAwardDossierDrafts,
  useCheckAwardEligibility,
  useDeleteAwardDossier,
  useMoveAwardDossier,
  type AwardDossierDetail,
  type AwardNominationItem,
  type RoutableDossierAction,
} from '@thidua/web-data-access';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate, today } from '../../../shared/dates';
import { errorMessage } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { batchMessages as b } from '../batch-messages';
import { AchievementReportDrawer } from '../components/AchievementReportDrawer';
import { DocumentsPanel } from '../components/DocumentsPanel';
import { NoticePanel } from '../components/NoticePanel';
import { EligibilityCheckDrawer } from '../components/EligibilityCheck';
import { DossierTimeline } from '../components/DossierTimeline';
import { NomineeFormDrawer } from '../components/NomineeFormDrawer';
import { NomineesTable } from '../components/NomineesTable';
import {
  AppraiseDossierModal,
  ReturnDossierModal,
  WithdrawDossierModal,
} from '../components/RoutingModals';
import { DossierStatusTag, DueTag, LateTag } from '../components/tags';
import { ToTrinhDrawer } from '../components/ToTrinhDrawer';
import { awardsMessages as m, draftMessages, noticeMessages } from '../messages';

export function AwardDossierDetailPage() {
  const { id } = useParams<{ id: string }>();
  const dossier = useAwardDossier(id);
  useDocumentTitle(dossier.data ? m.dossierTitle(dossier.data.unit.name) : m.dossierFallbackTitle);

  if (dossier.isPending) return <PageLoading />;
  if (dossier.isError) {
    return (
      <>
        <PageHeader title={m.dossierFallbackTitle} breadcrumb={[t.nav.emulation]} />
        <QueryError error={dossier.error} onRetry={() => void dossier.refetch()} />
      </>
    );
  }
  return <DossierDetail dossier={dossier.data} reload={() => dossier.refetch()} />;
}

/**
 * The order the buttons show in (the API's `availableActions` decide which): the forward move last,
 * as the primary button. DECIDE is recorded by the councils module, not from this page.
 */
const ORDER: readonly RoutableDossierAction[] = [
  'WITHDRAW',
  'RECALL',
  'RETURN',
  'RECEIVE',
  'APPRAISE',
  'FORWARD_TO_COUNCIL',
  'SUBMIT',
];
const PRIMARY = new Set<string>(['SUBMIT', 'RECEIVE', 'APPRAISE', 'FORWARD_TO_COUNCIL']);
const DANGER = new Set<string>(['WITHDRAW', 'RETURN']);

function DossierDetail({
  dossier,
  reload,
}: {
  dossier: AwardDossierDetail;
  reload: () => Promise<unknown>;
}) {
  const navigate = useNavigate();
  const confirm = useConfirm();
  const { message, notification } = App.useApp();
  const move = useMoveAwardDossier();
  const remove = useDeleteAwardDossier();
  const [dialog, setDialog] = useState<'RETURN' | 'APPRAISE' | 'WITHDRAW' | null>(null);
  const [nominee, setNominee] = useState<AwardNominationItem | 'new' | null>(null);
  const queryClient = useQueryClient();
  const check = useCheckAwardEligibility();
  const [checkJob, setCheckJob] = useState<string | null>(null);
  // the draft open in its editor: a nominee's report (its nomination id) or the tờ trình
  const [draft, setDraft] = useState<{ nominationId: string } | 'TO_TRINH' | null>(null);
  const drafts = useAwardDossierDrafts(dossier.id, dossier.version);
  const reloadDrafts = () => drafts.refetch();
  const draftNominee =
    draft && draft !== 'TO_TRINH'
      ? dossier.nominees.find((n) => n.id === draft.nominationId)
      : undefined;
  const checkList = () =>
    check.mutate(dossier.id, {
      onSuccess: (job) => setCheckJob(job.id),
      onError: (error) =>
        notification.error({ title: b.checkFailed, description: errorMessage(error) }),
    });
  const round = dossier.round;
  const actions = ORDER.filter((a) => dossier.availableActions.includes(a));
  const overQuota = dossier.quotaFindings.some((q) => q.over);
  const lastReturn = [...dossier.events].reverse().find((e) => e.action === 'RETURN');

  const onConflict = () => void reload();
  const moved = (action: string) => () => void message.success(m.moved[action] ?? '');
  const failed = (action: string) => (error: unknown) => {
    notification.error({ title: m.actions[action] ?? action, description: errorMessage(error) });
    if (hasErrorCode(error, 'CONFLICT')) onConflict();
  };
  /** A move with its own dialog: the dialog shows the API's refusal under its fields. */
  const send = (input: Parameters<typeof move.mutateAsync>[0]) =>
    move.mutateAsync(input).then((d) => {
      void message.success(m.moved[input.action] ?? '');
      return d;
    });

  const act = async (action: RoutableDossierAction) => {
    if (action === 'RETURN' || action === 'APPRAISE' || action === 'WITHDRAW') {
      setDialog(action);
      return;
    }
    const words = m.confirm[action];
    const late =
      action === 'SUBMIT' && round.deadline && today() > round.deadline
        ? m.submitLate(formatIsoDate(round.deadline))
        : null;
    const ok = await confirm({
      title: words?.title ?? m.actions[action],
      content: late ? (
        <>
          <p>{words?.text}</p>
          <Alert type="warning" showIcon title={late} />
        </>
      ) : (
        words?.text
      ),
      okText: m.actions[action],
      danger: false,
    });
    if (!ok) return;
    move.mutate(
      { action, id: dossier.id, version: dossier.version },
      { onSuccess: moved(action), onError: failed(action) },
    );
  };

  const deleteDossier = async () => {
    const ok = await confirm({
      title: m.deleteDossierTitle,
      content: m.deleteDossierText,
      okText: m.deleteDossier,
    });
    if (!ok) return;
    remove.mutate(
      { id: dossier.id, version: dossier.version },
      {
        onSuccess: () => {
          void message.success(m.dossierDeleted);
          navigate(PATHS.awardDossiers);
        },
        onError: failed(m.deleteDossier),
      },
    );
  };

  const notEligible = dossier.nominees.filter((n) => n.eligibility?.verdict === 'NOT_ELIGIBLE');
  const submitBlocked =
    dossier.missingDocuments.length > 0 ? m.submitBlocked : overQuota ? m.quotaBlocked : null;

  return (
    <>
      <PageHeader
        title={m.dossierTitle(dossier.unit.name)}
        subtitle={
          <Space size={4} wrap>
            <DossierStatusTag status={dossier.status} />
            {dossier.late && <LateTag />}
            <span>{round.title}</span>
            {dossier.dueOn && (
              <>
                <span>· {m.dueColumn}:</span>
                <DueTag
                  dueOn={dossier.dueOn}
                  status={dossier.deadlineStatus}
                  clock={dossier.clock}
                />
              </>
            )}
          </Space>
        }
        breadcrumb={[t.nav.emulation, m.dossiersTitle]}
        extra={
          <>
            {dossier.canEdit && !dossier.firstSubmittedAt && (
              <Button danger icon={<DeleteOutlined />} onClick={() => void deleteDossier()}>
                {m.deleteDossier}
              </Button>
            )}
            {actions.map((action) => (
              <Button
                key={action}
                type={PRIMARY.has(action) ? 'primary' : 'default'}
                danger={DANGER.has(action)}
                loading={move.isPending && move.variables?.action === action}
                // the API refuses a send while something is missing or over quota: say why first
                disabled={action === 'SUBMIT' && submitBlocked !== null}
                title={action === 'SUBMIT' ? (submitBlocked ?? undefined) : undefined}
                onClick={() => void act(action)}
              >
                {m.actions[action]}
              </Button>
            ))}
          </>
        }
      />
      {dossier.status === 'RETURNED' && lastReturn?.reason && (
        <Alert
          type="warning"
          showIcon
          title={m.returnedNotice}
          description={m.returnedNoticeText(lastReturn.reason)}
          style={{ marginBottom: 16 }}
        />
      )}
      {!dossier.canEdit && dossier.status !== 'DRAFT' && dossier.status !== 'RETURNED' && (
        <Alert type="info" showIcon title={m.readOnlyNotice} style={{ marginBottom: 16 }} />
      )}
      {submitBlocked && dossier.availableActions.includes('SUBMIT') && (
        <Alert type="warning" showIcon title={submitBlocked} style={{ marginBottom: 16 }} />
      )}
      {notEligible.length > 0 && dossier.availableActions.includes('SUBMIT') && (
        // a warning, not a disabled button: the send judges again on its own day (a hold lifted since
        // may let it through), and the API's refusal names each condition
        <Alert
          type="error"
          showIcon
          title={m.notEligibleNotice(notEligible.map((n) => n.name))}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card title={m.dossierFallbackTitle}>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                items={[
                  { key: 'round', label: m.roundOf, children: round.title },
                  {
                    key: 'kind',
                    label: m.roundKind,
                    children: `${m.roundKinds[round.kind] ?? round.kind} · ${m.tracks[round.track] ?? round.track}`,
                  },
                  { key: 'unit', label: m.proposingUnit, children: dossier.unit.name },
                  {
                    key: 'receiving',
                    label: m.receivingUnit,
                    children: dossier.receivingUnit.name,
                  },
                  {
                    key: 'status',
                    label: m.status,
                    children: (
                      <Space size={4} wrap>
                        <DossierStatusTag status={dossier.status} />
                        {dossier.late && <LateTag />}
                      </Space>
                    ),
                  },
                  {
                    key: 'deadline',
                    label: m.deadline,
                    children: round.deadline ? (
                      <CalendarDateText value={round.deadline} />
                    ) : (
                      m.noDeadline
                    ),
                  },
                  ...(dossier.dueOn
                    ? [
                        {
                          key: 'due',
                          label: dossier.clock
                            ? `${m.dueColumn} · ${m.clocks[dossier.clock] ?? dossier.clock}`
                            : m.dueColumn,
                          children: (
                            <DueTag dueOn={dossier.dueOn} status={dossier.deadlineStatus} />
                          ),
                        },
                      ]
                    : []),
                  {
                    key: 'submitted',
                    label: m.submittedAt,
                    children: dossier.submittedAt ? (
                      <DateTimeText value={dossier.submittedAt} />
                    ) : (
                      m.notSubmitted
                    ),
                  },
                  {
                    key: 'authority',
                    label: m.decidingAuthority,
                    children: round.decidingAuthority,
                  },
                  {
                    key: 'note',
                    label: m.dossierNote,
                    children: <TextOrNone value={dossier.note} />,
                  },
                ]}
              />
              {dossier.quotaFindings.length > 0 && (
                <Alert
                  style={{ marginTop: 12 }}
                  type={overQuota ? 'error' : 'info'}
                  showIcon
                  title={m.quotaTitle}
                  description={
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {dossier.quotaFindings.map((q) => (
                        <li key={`${q.form}-${q.limit}`}>{q.explanation}</li>
                      ))}
                    </ul>
                  }
                />
              )}
            </Card>
            <Card
              title={m.nomineesTitle}
              extra={
                dossier.canEdit && (
                  <Space size={8} wrap>
                    {dossier.nominees.length > 0 && (
                      <Button
                        icon={<SafetyCertificateOutlined />}
                        title={b.checkDossierHelp}
                        loading={check.isPending}
                        onClick={checkList}
                      >
                        {b.checkDossier}
                      </Button>
                    )}
                    <Button icon={<PlusOutlined />} onClick={() => setNominee('new')}>
                      {m.addNominee}
                    </Button>
                  </Space>
                )
              }
            >
              <NomineesTable dossier={dossier} onEdit={setNominee} onConflict={onConflict} />
            </Card>
            <Card
              title={m.documentsTitle}
              extra={
                // every reader of the dossier: an unsent one carries its drafts, rendered now
                <ExportButton
                  path={awardDossierPackagePath(dossier.id)}
                  fallbackName="ho-so-dien-tu.zip"
                  label={draftMessages.package}
                  title={draftMessages.packageHelp}
                  failedTitle={draftMessages.packageFailed}
                  size="small"
                />
              }
            >
              <DocumentsPanel
                dossier={dossier}
                onConflict={onConflict}
                drafts={{
                  data: drafts.data ?? undefined,
                  failed: drafts.isError,
                  retry: () => void drafts.refetch(),
                  openReport: (nominationId) => setDraft({ nominationId }),
                  openToTrinh: () => setDraft('TO_TRINH'),
                }}
              />
            </Card>
            <Card title={noticeMessages.panelTitle}>
              <NoticePanel dossier={dossier} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={m.historyTitle}>
            <DossierTimeline events={dossier.events} />
          </Card>
        </Col>
      </Row>
      {checkJob && (
        <EligibilityCheckDrawer
          jobId={checkJob}
          onClose={() => setCheckJob(null)}
          // the verdicts were rewritten: the nominees (and any counters shown) are read again
          onFinished={() =>
            void Promise.all([
              queryClient.invalidateQueries({ queryKey: awardKeys.dossier(dossier.id) }),
              queryClient.invalidateQueries({ queryKey: awardKeys.counterLists() }),
            ])
          }
        />
      )}
      <NomineeFormDrawer
        open={nominee !== null}
        dossier={dossier}
        nominee={nominee === 'new' ? null : nominee}
        onClose={() => setNominee(null)}
        onReload={reload}
      />
      <AchievementReportDrawer
        open={draftNominee !== undefined}
        dossier={dossier}
        name={draftNominee?.name ?? ''}
        report={
          drafts.data
            ? (drafts.data.nominees.find((n) => n.id === draftNominee?.id)?.report ?? null)
            : undefined
        }
        onClose={() => setDraft(null)}
        onReload={reloadDrafts}
      />
      <ToTrinhDrawer
        open={draft === 'TO_TRINH'}
        dossier={dossier}
        toTrinh={drafts.data ? drafts.data.toTrinh : undefined}
        onClose={() => setDraft(null)}
        onReload={reloadDrafts}
      />
      {dialog === 'RETURN' && (
        <ReturnDossierModal
          dossier={dossier}
          pending={move.isPending}
          send={send}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'APPRAISE' && (
        <AppraiseDossierModal
          dossier={dossier}
          pending={move.isPending}
          send={send}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'WITHDRAW' && (
        <WithdrawDossierModal
          dossier={dossier}
          pending={move.isPending}
          send={send}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
