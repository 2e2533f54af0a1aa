import { BALLOT_CHOICES, type BallotChoice } from '@thidua/shared-domain';
import {
  useRecordWrittenOpinions,
  type CouncilSessionDetail,
  type CouncilSessionMemberItem,
  type CouncilVotingRoundItem,
} from '@thidua/web-data-access';
import { Alert, App, Button, Drawer, Flex, Radio, Typography } from 'antd';
import { useMemo, useState } from 'react';

import { t } from '../../../i18n';
import { errorMessage } from '../../../shared/errors';
import { councilsMessages } from '../messages';
import { candidateLabel } from './round-helpers';

const m = councilsMessages.rounds;
const CHOICES = Object.keys(BALLOT_CHOICES) as BallotChoice[];

/**
 * Absent members' written opinions per agenda item (NĐ 98/2023 Điều 30 k.7): the members marked
 * "Vắng, có ý kiến bằng văn bản", each with the items no closed round has counted yet (the API refuses
 * the others: the close already counted the opinion as it was). The API does not read opinions back,
 * so the form starts empty and what is saved replaces that member's opinion on the items chosen.
 */
export function WrittenOpinionsPanel({
  session,
  rounds,
}: {
  session: CouncilSessionDetail;
  rounds: readonly CouncilVotingRoundItem[];
}) {
  const [member, setMember] = useState<CouncilSessionMemberItem | null>(null);
  const absent = session.members.filter((x) => x.attendance === 'ABSENT_WRITTEN');
  const counted = useMemo(
    () =>
      new Set(
        rounds.filter((r) => r.status !== 'OPEN').flatMap((r) => r.candidates.map((c) => c.id)),
      ),
    [rounds],
  );
  const items = session.agenda.filter((a) => !counted.has(a.id));

  return (
    <section aria-label={m.opinions}>
      <Typography.Title level={5}>{m.opinions}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.opinionsHelp}</Typography.Paragraph>
      {absent.length === 0 ? (
        <Typography.Text type="secondary">{m.opinionsNone}</Typography.Text>
      ) : (
        <Flex gap={8} wrap>
          {absent.map((x) => (
            <Button key={x.memberId} onClick={() => setMember(x)}>
              {m.opinionsEdit(x.fullName)}
            </Button>
          ))}
        </Flex>
      )}
      <Drawer
        open={member !== null}
        onClose={() => setMember(null)}
        title={member ? m.opinionsTitle(member.fullName) : m.opinions}
        size={560}
        destroyOnHidden
      >
        {member && (
          <OpinionsForm
            session={session}
            member={member}
            items={items}
            onDone={() => setMember(null)}
          />
        )}
      </Drawer>
    </section>
  );
}

function OpinionsForm({
  session,
  member,
  items,
  onDone,
}: {
  session: CouncilSessionDetail;
  member: CouncilSessionMemberItem;
  items: CouncilSessionDetail['agenda'];
  onDone: () => void;
}) {
  const record = useRecordWrittenOpinions(session.id);
  const { message } = App.useApp();
  const [choices, setChoices] = useState<Partial<Record<string, BallotChoice>>>({});
  const [error, setError] = useState<string | null>(null);
  const opinions = items.flatMap((i) => {
    const choice = choices[i.id];
    return choice ? [{ agendaItemId: i.id, choice }] : [];
  });

  if (items.length === 0)
    return <Typography.Text type="secondary">{m.opinionsNoItems}</Typography.Text>;

  return (
    <Flex vertical gap={16}>
      {member.writtenOpinion && (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {member.writtenOpinion}
        </Typography.Paragraph>
      )}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((i) => (
          <li key={i.id} style={{ padding: '8px 0', borderTop: '1px solid rgba(5, 5, 5, 0.06)' }}>
            <Typography.Text>{candidateLabel(i)}</Typography.Text>
            <br />
            <Radio.Group
              aria-label={m.opinionOn(i.candidateName, i.awardName)}
              value={choices[i.id]}
              onChange={(e) =>
                setChoices((c) => ({ ...c, [i.id]: e.target.value as BallotChoice }))
              }
              options={CHOICES.map((c) => ({ value: c, label: m.choices[c] }))}
            />
          </li>
        ))}
      </ul>
      {error && <Alert type="error" showIcon title={m.opinionsFailed} description={error} />}
      <Flex gap={8} justify="flex-end" wrap>
        <Button onClick={onDone}>{t.common.cancel}</Button>
        <Button
          type="primary"
          disabled={opinions.length === 0}
          loading={record.isPending}
          onClick={() => {
            setError(null);
            record.mutate(
              { sessionId: session.id, memberId: member.memberId, opinions },
              {
                onSuccess: () => {
                  void message.success(m.opinionsSaved);
                  onDone();
                },
                onError: (e) => setError(errorMessage(e)),
              },
            );
          }}
        >
          {t.common.save}
        </Button>
      </Flex>
      {opinions.length === 0 && (
        <Typography.Text type="secondary">{m.opinionsRequired}</Typography.Text>
      )}
    </Flex>
  );
}
