import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { formatPercentHundredths } from '@thidua/shared-domain';
import { useConfirm } from '@thidua/web-ui';
import {
  useAddCouncilAgendaFromRound,
  useMoveCouncilAgendaItem,
  useRemoveCouncilAgendaItem,
  type CouncilAgendaItemRow,
  type CouncilSessionDetail,
} from '@thidua/web-data-access';
import { App, Button, Card, Flex, Space, Tag, Typography } from 'antd';

import { t } from '../../../i18n';
import { useSessionChange } from '../hooks/useSessionChange';
import { AgendaOutcomeTag } from './tags';
import { councilsMessages as m, formatShare } from '../messages';

/**
 * The agenda: the round's appraised nominations (candidate × award), in the order the council takes
 * them. Edited while the session is planned; a nomination the rules put to the vote (NĐ 98 Điều 30
 * k.7) says so, with its threshold on the total membership.
 */
export function AgendaPanel({
  session,
  reload,
}: {
  session: CouncilSessionDetail;
  reload: () => Promise<unknown>;
}) {
  const fromRound = useAddCouncilAgendaFromRound();
  const move = useMoveCouncilAgendaItem();
  const remove = useRemoveCouncilAgendaItem();
  const change = useSessionChange(reload);
  const confirm = useConfirm();
  const { message } = App.useApp();
  const editable = session.canManage && session.status === 'PLANNED';
  const busy = fromRound.isPending || move.isPending || remove.isPending;
  const last = session.agenda.length;

  const addFromRound = () => {
    const before = session.agenda.length;
    const handlers = change(m.agendaFailed);
    fromRound.mutate(
      { sessionId: session.id, version: session.version },
      {
        onSuccess: (after) => void message.success(m.agendaAdded(after.agenda.length - before)),
        onError: handlers.onError,
      },
    );
  };

  const moveTo = (item: CouncilAgendaItemRow, position: number) =>
    move.mutate(
      { sessionId: session.id, version: session.version, itemId: item.id, position },
      change(m.agendaFailed),
    );

  const drop = async (item: CouncilAgendaItemRow) => {
    const ok = await confirm({
      title: m.removeItemTitle(item.candidateName),
      content: m.removeItemText,
      okText: t.common.delete,
      danger: true,
    });
    if (!ok) return;
    remove.mutate(
      { sessionId: session.id, version: session.version, itemId: item.id },
      change(m.agendaFailed, m.itemRemoved),
    );
  };

  return (
    <Card
      title={m.agenda}
      extra={
        editable &&
        session.awardRound && (
          <Button type="primary" loading={fromRound.isPending} onClick={addFromRound}>
            {m.addFromRound}
          </Button>
        )
      }
    >
      {session.awardRound ? (
        <Typography.Paragraph type="secondary">
          {m.addFromRoundHelp(session.awardRound.title)}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{m.agendaNoRound}</Typography.Paragraph>
      )}
      {last === 0 ? (
        <Typography.Text type="secondary">{m.agendaEmpty}</Typography.Text>
      ) : (
        <ol style={{ margin: 0, paddingLeft: 24 }} aria-label={m.agenda}>
          {session.agenda.map((item) => (
            <li key={item.id} style={{ padding: '10px 0' }}>
              <Flex gap={8} wrap justify="space-between" align="flex-start">
                <div style={{ flex: '1 1 240px', minWidth: 0 }}>
                  <Typography.Text strong>{item.candidateName}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    ({m.subjects[item.subject] ?? item.subject})
                  </Typography.Text>
                  <br />
                  {m.award}: {item.awardName}
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {m.proposingUnit}: {item.proposingUnitName}
                  </Typography.Text>
                  {item.outcome && (
                    <div style={{ marginTop: 4 }}>
                      <Typography.Text type="secondary">{m.outcomeTitle}: </Typography.Text>
                      <AgendaOutcomeTag outcome={item.outcome} />
                      {item.outcomeAgree !== null && item.outcomePercentHundredths !== null && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {m.outcomeVotes(
                            item.outcomeAgree,
                            formatPercentHundredths(item.outcomePercentHundredths),
                          )}
                        </Typography.Text>
                      )}
                    </div>
                  )}
                  {item.voteRequired && (
                    <div>
                      <Tag color="purple" style={{ marginTop: 4, whiteSpace: 'normal' }}>
                        {item.threshold === null
                          ? m.secretBallot
                          : m.secretBallotAt(formatShare(item.threshold))}
                      </Tag>
                    </div>
                  )}
                </div>
                {editable && (
                  <Space size={4}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined aria-hidden />}
                      aria-label={m.moveUp(item.candidateName)}
                      disabled={busy || item.position <= 1}
                      onClick={() => moveTo(item, item.position - 1)}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined aria-hidden />}
                      aria-label={m.moveDown(item.candidateName)}
                      disabled={busy || item.position >= last}
                      onClick={() => moveTo(item, item.position + 1)}
                    />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={m.removeItem(item.candidateName)}
                      disabled={busy}
                      onClick={() => void drop(item)}
                    />
                  </Space>
                )}
              </Flex>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
