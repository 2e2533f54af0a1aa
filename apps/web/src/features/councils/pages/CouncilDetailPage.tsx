import { PlusOutlined } from '@ant-design/icons';
import {
  CalendarDateText,
  DataTable,
  PageHeader,
  PageLoading,
  TextOrNone,
  useConfirm,
} from '@thidua/web-ui';
import {
  connectionTable,
  useCouncil,
  useCouncilSessions,
  useRemoveCouncilMember,
  type CouncilDetail,
  type CouncilMemberItem,
  type CouncilSessionItem,
} from '@thidua/web-data-access';
import { App, Button, Card, Descriptions, Flex, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';

import { councilSessionPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate, formatPeriod, today } from '../../../shared/dates';
import { errorMessage } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { CouncilFormDrawer } from '../components/CouncilFormDrawer';
import { EndMemberModal } from '../components/EndMemberModal';
import { MemberFormDrawer } from '../components/MemberFormDrawer';
import { SessionFormDrawer } from '../components/SessionFormDrawer';
import { CouncilStateTag, SessionStatusTag } from '../components/tags';
import { councilsMessages as m, formatShare } from '../messages';

export function CouncilDetailPage() {
  const { id } = useParams<{ id: string }>();
  // the composition is read on a day: today unless the secretary looks back or ahead
  const [on, setOn] = useState<string>(today());
  const council = useCouncil(id, on);
  useDocumentTitle(council.data?.name ?? m.fallbackTitle);

  if (council.isPending) return <PageLoading />;
  if (council.isError) {
    return (
      <>
        <PageHeader title={m.fallbackTitle} breadcrumb={[t.nav.emulation]} />
        <QueryError error={council.error} onRetry={() => void council.refetch()} />
      </>
    );
  }
  return (
    <CouncilPage
      council={council.data}
      on={on}
      setOn={setOn}
      reload={() => council.refetch()}
      loadingMembers={council.isFetching}
    />
  );
}

function CouncilPage({
  council,
  on,
  setOn,
  reload,
  loadingMembers,
}: {
  council: CouncilDetail;
  on: string;
  setOn: (day: string) => void;
  reload: () => Promise<unknown>;
  loadingMembers: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [member, setMember] = useState<CouncilMemberItem | 'new' | null>(null);
  const [ending, setEnding] = useState<CouncilMemberItem | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const remove = useRemoveCouncilMember();
  const confirm = useConfirm();
  const navigate = useNavigate();
  const { message, notification } = App.useApp();
  const manage = council.canManage;

  const removeMember = async (x: CouncilMemberItem) => {
    const ok = await confirm({
      title: m.removeTitle(x.fullName),
      content: m.removeText,
      okText: t.common.delete,
      danger: true,
    });
    if (!ok) return;
    remove.mutate(
      { id: x.id, version: x.version },
      {
        onSuccess: () => void message.success(m.memberRemoved),
        onError: (error) =>
          notification.error({
            title: m.removeMember(x.fullName),
            description: errorMessage(error),
          }),
      },
    );
  };

  return (
    <>
      <PageHeader
        title={council.name}
        breadcrumb={[t.nav.emulation, m.title]}
        extra={
          manage && (
            <Button onClick={() => setEditing(true)} aria-label={m.editCouncil(council.name)}>
              {t.common.edit}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card title={m.information}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={m.unit}>{council.unit.name}</Descriptions.Item>
            <Descriptions.Item label={m.standingUnit}>
              <TextOrNone value={council.standingUnit?.name} />
            </Descriptions.Item>
            <Descriptions.Item label={m.foundingDecision}>
              {council.decisionNumber || council.decisionDate ? (
                m.decisionLine(
                  council.decisionNumber,
                  council.decisionDate ? formatIsoDate(council.decisionDate) : null,
                )
              ) : (
                <Typography.Text type="secondary">{m.noDecision}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={m.quorum}>
              {formatShare(council.quorumShare)}
              {council.awardPresenceShare !== null &&
                ` (${m.sessionKinds['AWARD']?.toLowerCase()}: ${formatShare(council.awardPresenceShare)})`}
            </Descriptions.Item>
            <Descriptions.Item label={m.proxiesAllowed}>
              {council.proxiesAllowed ? t.common.yes : t.common.no}
            </Descriptions.Item>
            <Descriptions.Item label={m.state}>
              <CouncilStateTag endedOn={council.endedOn ? formatIsoDate(council.endedOn) : null} />
            </Descriptions.Item>
          </Descriptions>
        </Card>

        <Card
          title={m.composition}
          extra={
            manage && (
              <Button icon={<PlusOutlined />} onClick={() => setMember('new')}>
                {m.addMember}
              </Button>
            )
          }
        >
          <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
            <label htmlFor="council-composition-on">{m.compositionOn}</label>
            <IsoDatePicker
              id="council-composition-on"
              value={on}
              onChange={(day) => setOn(day ?? today())}
            />
          </Flex>
          <Typography.Paragraph type="secondary">{m.compositionHelp}</Typography.Paragraph>
          <Table<CouncilMemberItem>
            rowKey="id"
            size="small"
            pagination={false}
            loading={loadingMembers}
            scroll={{ x: 'max-content' }}
            dataSource={council.members}
            locale={{ emptyText: m.noMembers }}
            columns={[
              {
                key: 'role',
                title: m.role,
                render: (_, x) => m.roles[x.role] ?? x.role,
              },
              {
                key: 'person',
                title: m.person,
                render: (_, x) => <Typography.Text strong>{x.fullName}</Typography.Text>,
              },
              { key: 'title', title: m.memberTitle, dataIndex: 'title' },
              {
                key: 'period',
                title: m.period,
                render: (_, x) => formatPeriod(x.from, x.to),
              },
              {
                key: 'account',
                title: m.account,
                render: (_, x) =>
                  x.userId ? (
                    m.linked
                  ) : (
                    <Typography.Text type="secondary">{m.noAccount}</Typography.Text>
                  ),
              },
              ...(manage
                ? [
                    {
                      key: 'actions',
                      title: m.actions,
                      render: (_: unknown, x: CouncilMemberItem) => (
                        <Space size={4} wrap>
                          <Button
                            size="small"
                            aria-label={m.editMember(x.fullName)}
                            onClick={() => setMember(x)}
                          >
                            {t.common.edit}
                          </Button>
                          {!x.to && (
                            <Button
                              size="small"
                              aria-label={m.endMember(x.fullName)}
                              onClick={() => setEnding(x)}
                            >
                              {m.end}
                            </Button>
                          )}
                          <Button
                            size="small"
                            danger
                            aria-label={m.removeMember(x.fullName)}
                            onClick={() => void removeMember(x)}
                          >
                            {t.common.delete}
                          </Button>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>

        <SessionsCard councilId={council.id} canManage={manage} onAdd={() => setScheduling(true)} />
      </Flex>
      <CouncilFormDrawer
        open={editing}
        council={council}
        onClose={() => setEditing(false)}
        onReload={reload}
      />
      <MemberFormDrawer
        open={member !== null}
        councilId={council.id}
        member={member === 'new' ? null : member}
        defaultFrom={on}
        onClose={() => setMember(null)}
        onReload={reload}
      />
      {ending && <EndMemberModal member={ending} defaultDay={on} onClose={() => setEnding(null)} />}
      <SessionFormDrawer
        open={scheduling}
        councilId={council.id}
        session={null}
        onClose={() => setScheduling(false)}
        onCreated={(s) => navigate(councilSessionPath(s.id))}
      />
    </>
  );
}

function SessionsCard({
  councilId,
  canManage,
  onAdd,
}: {
  councilId: string;
  canManage: boolean;
  onAdd: () => void;
}) {
  const sessions = useCouncilSessions({ first: 20, councilId });
  return (
    <Card
      title={m.sessions}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
            {m.addSession}
          </Button>
        )
      }
    >
      {sessions.isError && (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      )}
      <DataTable<CouncilSessionItem>
        rowKey="id"
        {...connectionTable(sessions)}
        emptyText={m.sessionsEmpty}
        columns={[
          {
            key: 'title',
            title: m.sessionTitle,
            render: (_, s) => (
              <>
                <Link
                  to={councilSessionPath(s.id)}
                  aria-label={m.openSession(s.title)}
                  style={{ fontWeight: 500 }}
                >
                  {s.title}
                </Link>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {m.sessionKinds[s.kind] ?? s.kind}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'date',
            title: m.sessionDate,
            width: 140,
            render: (_, s) => (
              <>
                <CalendarDateText value={s.date} />
                {s.startTime && ` ${s.startTime}`}
              </>
            ),
          },
          {
            key: 'status',
            title: m.sessionStatus,
            width: 150,
            render: (_, s) => <SessionStatusTag status={s.status} />,
          },
        ]}
      />
    </Card>
  );
}
