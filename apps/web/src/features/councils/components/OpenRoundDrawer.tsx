import { VOTING_MODES, type VotingMode } from '@thidua/shared-domain';
import {
  useOpenCouncilSecondRound,
  useOpenCouncilVotingRound,
  type CouncilAgendaItemRow,
  type CouncilSessionDetail,
  type CouncilVotingRoundItem,
} from '@thidua/web-data-access';
import { CheckList } from '@thidua/web-ui';
import { Alert, App, Button, Drawer, Flex, Radio, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';

import { t } from '../../../i18n';
import { errorMessage } from '../../../shared/errors';
import { councilsMessages } from '../messages';
import { candidateLabel, roundLabel, thresholdKey, thresholdText, tieOf } from './round-helpers';

const m = councilsMessages.rounds;
const MODES = Object.keys(VOTING_MODES) as VotingMode[];

/**
 * Opens a round on the agenda items not yet put to the vote (`previous` null), or the second round
 * after `previous` (its tied candidates, plus those the secretary lists). One round carries one
 * threshold (the API refuses a mix: the OPEN event and the verifier hold one), so the secretary picks
 * the threshold first and the items of that threshold are checked; an item with another threshold
 * goes in its own round.
 */
export function OpenRoundDrawer({
  open,
  session,
  rounds,
  previous,
  onClose,
}: {
  open: boolean;
  session: CouncilSessionDetail;
  rounds: readonly CouncilVotingRoundItem[];
  previous: CouncilVotingRoundItem | null;
  onClose: () => void;
}) {
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={previous ? m.secondRoundTitle(roundLabel(previous)) : m.open}
      size={600}
      destroyOnHidden
    >
      {open &&
        (previous ? (
          <SecondRoundForm session={session} previous={previous} onDone={onClose} />
        ) : (
          <FirstRoundForm session={session} rounds={rounds} onDone={onClose} />
        ))}
    </Drawer>
  );
}

function ModeField({ value, onChange }: { value: VotingMode; onChange: (v: VotingMode) => void }) {
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
      <legend style={{ fontWeight: 600, marginBottom: 8 }}>{m.mode}</legend>
      <Radio.Group value={value} onChange={(e) => onChange(e.target.value as VotingMode)}>
        <Space orientation="vertical">
          {MODES.map((mode) => (
            <Radio key={mode} value={mode}>
              {m.modes[mode]}
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {m.modeHelp[mode]}
              </Typography.Text>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </fieldset>
  );
}

function FirstRoundForm({
  session,
  rounds,
  onDone,
}: {
  session: CouncilSessionDetail;
  rounds: readonly CouncilVotingRoundItem[];
  onDone: () => void;
}) {
  const openRound = useOpenCouncilVotingRound(session.id);
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const voted = useMemo(
    () => new Set(rounds.flatMap((r) => r.candidates.map((c) => c.id))),
    [rounds],
  );
  const available = useMemo(
    () => session.agenda.filter((a) => !voted.has(a.id)),
    [session.agenda, voted],
  );
  // the thresholds the rules give the remaining items, each a possible round
  const groups = useMemo(() => {
    const out = new Map<string, { threshold: number | null; items: CouncilAgendaItemRow[] }>();
    for (const a of available) {
      const key = thresholdKey(a.threshold);
      const g = out.get(key) ?? { threshold: a.threshold, items: [] };
      g.items.push(a);
      out.set(key, g);
    }
    return [...out.entries()];
  }, [available]);
  const [mode, setMode] = useState<VotingMode>('ROOM');
  const [group, setGroup] = useState<string | undefined>(groups[0]?.[0]);
  const items = groups.find(([key]) => key === group)?.[1].items ?? [];
  const [chosen, setChosen] = useState<string[]>(items.map((i) => i.id));

  const pickGroup = (key: string) => {
    setGroup(key);
    setChosen(groups.find(([k]) => k === key)?.[1].items.map((i) => i.id) ?? []);
  };

  const submit = () => {
    setError(null);
    // the agenda's order, whatever order the boxes were ticked in
    const ids = items.filter((i) => chosen.includes(i.id)).map((i) => i.id);
    openRound.mutate(
      { sessionId: session.id, mode, agendaItemIds: ids },
      {
        onSuccess: () => {
          void message.success(m.opened);
          onDone();
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  if (groups.length === 0)
    return <Typography.Text type="secondary">{m.noCandidates}</Typography.Text>;

  return (
    <Flex vertical gap={20}>
      <ModeField value={mode} onChange={setMode} />
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: 4 }}>{m.threshold}</legend>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {m.thresholdHelp}
        </Typography.Paragraph>
        <Radio.Group value={group} onChange={(e) => pickGroup(String(e.target.value))}>
          <Space orientation="vertical">
            {groups.map(([key, g]) => (
              <Radio key={key} value={key}>
                {thresholdText(g.threshold)} ({g.items.length})
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </fieldset>
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: 4 }}>{m.candidates}</legend>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {m.candidatesHelp}
        </Typography.Paragraph>
        <CheckList
          value={chosen}
          onChange={setChosen}
          items={items.map((i) => ({
            value: i.id,
            label: (
              <>
                {candidateLabel(i)}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {i.proposingUnitName}
                </Typography.Text>
              </>
            ),
          }))}
        />
        {chosen.length === 0 && (
          <Typography.Text type="danger" style={{ display: 'block', marginTop: 4 }}>
            {m.candidatesRequired}
          </Typography.Text>
        )}
      </fieldset>
      {error && <Alert type="error" showIcon title={m.openFailed} description={error} />}
      <Flex gap={8} justify="flex-end" wrap>
        <Button onClick={onDone}>{t.common.cancel}</Button>
        <Button
          type="primary"
          loading={openRound.isPending}
          disabled={chosen.length === 0}
          onClick={submit}
        >
          {m.openSubmit}
        </Button>
      </Flex>
    </Flex>
  );
}

function SecondRoundForm({
  session,
  previous,
  onDone,
}: {
  session: CouncilSessionDetail;
  previous: CouncilVotingRoundItem;
  onDone: () => void;
}) {
  const second = useOpenCouncilSecondRound(session.id);
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<VotingMode>(previous.mode);
  const [also, setAlso] = useState<string[]>([]);
  const { tied } = tieOf(previous);
  const others = previous.candidates.filter((c) => !tied.includes(c.id));

  const submit = () => {
    setError(null);
    second.mutate(
      { roundId: previous.id, mode, alsoRevote: also.length ? also : null },
      {
        onSuccess: () => {
          void message.success(m.secondRoundOpened);
          onDone();
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  return (
    <Flex vertical gap={20}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {m.secondRoundHelp}
      </Typography.Paragraph>
      {tied.length > 0 && (
        <Alert
          type="info"
          title={m.tiedIncluded}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {previous.candidates
                .filter((c) => tied.includes(c.id))
                .map((c) => (
                  <li key={c.id}>{candidateLabel(c)}</li>
                ))}
            </ul>
          }
        />
      )}
      <ModeField value={mode} onChange={setMode} />
      {others.length > 0 && (
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <legend style={{ fontWeight: 600, marginBottom: 8 }}>{m.alsoRevote}</legend>
          <CheckList
            value={also}
            onChange={setAlso}
            items={others.map((c) => ({ value: c.id, label: candidateLabel(c) }))}
          />
        </fieldset>
      )}
      {error && <Alert type="error" showIcon title={m.secondRoundFailed} description={error} />}
      <Flex gap={8} justify="flex-end" wrap>
        <Button onClick={onDone}>{t.common.cancel}</Button>
        <Button type="primary" loading={second.isPending} onClick={submit}>
          {m.secondRound}
        </Button>
      </Flex>
    </Flex>
  );
}
