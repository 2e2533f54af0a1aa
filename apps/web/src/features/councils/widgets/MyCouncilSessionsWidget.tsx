import { ItemList } from '@thidua/web-ui';
import { useMyCouncilSessions } from '@thidua/web-data-access';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { remoteVotePath } from '../../../app/paths';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate } from '../../../shared/dates';
import { councilsMessages as m } from '../messages';

/**
 * The sessions the viewer sits in as a council member, with a button for each remote round open to
 * it: a member from another department holds no COUNCIL_READ and sees no councils menu, and before
 * this card depended on the secretary sending the voting link. Nothing at all for someone on no
 * council (most officers), so their home page does not change.
 */
export function MyCouncilSessionsWidget() {
  const sessions = useMyCouncilSessions(5);
  if (sessions.isPending || (sessions.data && sessions.data.edges.length === 0)) return null;
  return (
    <Card title={m.mine.title} style={{ height: '100%' }}>
      {sessions.isError ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <ItemList
          items={sessions.data.edges.map(({ node: s }) => ({
            key: s.id,
            content: (
              <>
                <Typography.Text strong>{s.title}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[
                    s.councilName,
                    `${formatIsoDate(s.date)}${s.startTime ? ` ${s.startTime}` : ''}`,
                    s.place,
                    m.mine.seat(
                      m.roles[s.role] ?? s.role,
                      s.attendance ? (m.attendance[s.attendance] ?? s.attendance) : null,
                    ),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
                {s.remoteRounds.map((r) => (
                  <div key={r.id} style={{ marginTop: 8 }}>
                    <Space wrap size={8}>
                      <Link to={remoteVotePath(s.id, r.id)}>
                        <Button type={r.tokenTaken ? 'default' : 'primary'} size="small">
                          {r.tokenTaken ? m.mine.reopen(r.number) : m.mine.vote(r.number)}
                        </Button>
                      </Link>
                      <Typography.Text style={{ fontSize: 12 }}>
                        {m.mine.awards(r.awards)}
                      </Typography.Text>
                    </Space>
                  </div>
                ))}
              </>
            ),
            actions: <Tag>{m.sessionStatuses[s.status] ?? s.status}</Tag>,
          }))}
        />
      )}
    </Card>
  );
}
