import { CalendarDateText, PageHeader, PageLoading, TextOrNone, useConfirm } from '@thidua/web-ui';
import {
  useCloseCouncilSession,
  useCouncilSession,
  useDeleteCouncilSession,
  useStartCouncilSession,
  type CouncilSessionDetail,
} from '@thidua/web-data-access';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';

import { councilPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { errorMessage } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { AgendaPanel } from '../components/AgendaPanel';
import { AttendancePanel } from '../components/AttendancePanel';
import { GuestsPanel } from '../components/GuestsPanel';
import { MinutesPanel } from '../components/MinutesPanel';
import { QuorumBox } from '../components/QuorumBox';
import { SessionFormDrawer } from '../components/SessionFormDrawer';
import { SessionStatusTag } from '../components/tags';
import { VotingPanel } from '../components/VotingPanel';
import { useSessionChange } from '../hooks/useSessionChange';
import { councilsMessages as m } from '../messages';

const mm = m.minutes;

export function CouncilSessionPage() {
  const { id } = useParams<{ id: string }>();
  const session = useCouncilSession(id);
  useDocumentTitle(session.data?.title ?? m.sessionFallbackTitle);

  if (session.isPending) return <PageLoading />;
  if (session.isError) {
    return (
      <>
        <PageHeader title={m.sessionFallbackTitle} breadcrumb={[t.nav.emulation, m.title]} />
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      </>
    );
  }
  return <SessionPage session={session.data} reload={() => session.refetch()} />;
}

/** Why "Bắt đầu phiên họp" cannot be pressed yet (null: it can), in the words the API would use. */
function startBlocker(session: CouncilSessionDetail): string | null {
  if (!session.quorum.met) return `${m.startNeedsQuorum} ${session.quorum.explanation}`;
  if (!session.chairMemberId || !session.secretaryMemberId) return m.startNeedsChair;
  return null;
}

function SessionPage({
  session,
  reload,
}: {
  session: CouncilSessionDetail;
  reload: () => Promise<unknown>;
}) {
  const [editing, setEditing] = useState(false);
  const start = useStartCouncilSession();
  const close = useCloseCouncilSession();
  const remove = useDeleteCouncilSession();
  // the API's refusal of the close (a round untallied, a tie undecided…), kept on the page to act on
  const [closeError, setCloseError] = useState<string | null>(null);
  const confirm = useConfirm();
  const navigate = useNavigate();
  const change = useSessionChange(reload);
  const { message, notification } = App.useApp();
  const planned = session.status === 'PLANNED';
  const inProgress = session.status === 'IN_PROGRESS';
  const over = session.status === 'CLOSED' || session.status === 'SIGNED';
  const manage = session.canManage;
  const blocker = startBlocker(session);

  const begin = async () => {
    const ok = await confirm({
      title: m.startTitle(session.title),
      content: m.startText,
      okText: m.start,
    });
    if (!ok) return;
    start.mutate({ id: session.id, version: session.version }, change(m.startFailed, m.started));
  };

  const finish = async () => {
    const ok = await confirm({
      title: mm.closeTitle(session.title),
      content: mm.closeText,
      okText: mm.close,
    });
    if (!ok) return;
    setCloseError(null);
    close.mutate(
      { id: session.id, version: session.version },
      {
        onSuccess: () => void message.success(mm.closed),
        onError: (error) => setCloseError(errorMessage(error)),
      },
    );
  };

  const drop = async () => {
    const ok = await confirm({
      title: m.deleteSessionTitle(session.title),
      content: m.deleteSessionText,
      okText: t.common.delete,
      danger: true,
    });
    if (!ok) return;
    remove.mutate(
      { id: session.id, version: session.version },
      {
        onSuccess: () => {
          void message.success(m.sessionDeleted);
          navigate(councilPath(session.councilId));
        },
        onError: (error) =>
          notification.error({ title: m.deleteSession, description: errorMessage(error) }),
      },
    );
  };

  return (
    <>
      <PageHeader
        title={session.title}
        subtitle={session.council.name}
        breadcrumb={[t.nav.emulation, m.title]}
        extra={
          manage &&
          (planned ? (
            <Space wrap>
              <Button onClick={() => setEditing(true)} aria-label={m.editSession(session.title)}>
                {t.common.edit}
              </Button>
              <Button danger onClick={() => void drop()} loading={remove.isPending}>
                {m.deleteSession}
              </Button>
            </Space>
          ) : (
            inProgress && (
              <Button type="primary" loading={close.isPending} onClick={() => void finish()}>
                {mm.close}
              </Button>
            )
          ))
        }
      />
      <Flex vertical gap={16}>
        {closeError && inProgress && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={mm.closeFailed}
            description={closeError}
            closable={{ onClose: () => setCloseError(null) }}
          />
        )}
        {over && <MinutesPanel session={session} />}
        <Card title={m.header}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={m.council}>
              <Link to={councilPath(session.councilId)}>{session.council.name}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={m.kind}>
              {m.sessionKinds[session.kind] ?? session.kind}
            </Descriptions.Item>
            <Descriptions.Item label={m.date}>
              <CalendarDateText value={session.date} />
            </Descriptions.Item>
            <Descriptions.Item label={m.time}>
              <TextOrNone value={session.startTime} />
            </Descriptions.Item>
            <Descriptions.Item label={m.place}>
              <TextOrNone value={session.place} />
            </Descriptions.Item>
            <Descriptions.Item label={m.sessionStatus}>
              <SessionStatusTag status={session.status} />
            </Descriptions.Item>
            <Descriptions.Item label={m.chair}>
              {session.chair?.fullName ?? (
                <Typography.Text type="secondary">{m.none}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={m.secretary}>
              {session.secretary?.fullName ?? (
                <Typography.Text type="secondary">{m.none}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={m.awardRound}>
              <TextOrNone value={session.awardRound?.title} />
            </Descriptions.Item>
          </Descriptions>
        </Card>

        {/* from the start on: the rounds, and after the tally their results */}
        {!planned && <VotingPanel session={session} />}

        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Flex vertical gap={16}>
              <AttendancePanel session={session} reload={reload} />
              <AgendaPanel session={session} reload={reload} />
            </Flex>
          </Col>
          <Col xs={24} lg={8}>
            <Flex vertical gap={16}>
              <Card title={m.quorumTitle}>
                <Flex vertical gap={12}>
                  <QuorumBox quorum={session.quorum} />
                  {manage && planned && (
                    <>
                      <Button
                        type="primary"
                        block
                        disabled={blocker !== null}
                        loading={start.isPending}
                        onClick={() => void begin()}
                        aria-describedby={blocker ? 'council-start-blocker' : undefined}
                      >
                        {m.start}
                      </Button>
                      {blocker && (
                        <Typography.Text type="secondary" id="council-start-blocker">
                          {blocker}
                        </Typography.Text>
                      )}
                    </>
                  )}
                  {!manage && <Alert type="info" title={m.readOnly} />}
                </Flex>
              </Card>
              <GuestsPanel session={session} reload={reload} />
            </Flex>
          </Col>
        </Row>
      </Flex>
      <SessionFormDrawer
        open={editing}
        councilId={session.councilId}
        session={session}
        onClose={() => setEditing(false)}
        onReload={reload}
      />
    </>
  );
}
