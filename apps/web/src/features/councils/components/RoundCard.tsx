import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { MAX_VOTING_ROUNDS } from '@thidua/shared-domain';
import { useConfirm } from '@thidua/web-ui';
import {
  councilRoundBundlePath,
  useCloseCouncilVotingRound,
  useDownloadFile,
  useGenerateCouncilVotingCodes,
  useTallyCouncilVotingRound,
  type CouncilSessionDetail,
  type CouncilVotingRoundItem,
} from '@thidua/web-data-access';
import { App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useId, useState } from 'react';

import { remoteVotePath } from '../../../app/paths';
import { saveFile } from '../../../shared/download';
import { errorMessage } from '../../../shared/errors';
import { councilsMessages } from '../messages';
import { LiveCount } from './LiveCount';
import { PaperTallyPanel } from './PaperTallyPanel';
import { RoundResults } from './RoundResults';
import { RoundStatusTag } from './tags';
import { candidateLabel, roundLabel, thresholdText } from './round-helpers';
import { VotingCodesSheet } from './VotingCodesSheet';

const m = councilsMessages.rounds;

/**
 * One voting round on the session page, by status: OPEN — the live count, the room's codes to print,
 * "Đóng vòng"; CLOSED — the close hash, a paper round's double entry, "Kiểm phiếu"; TALLIED — the
 * results, the tie, "Mở vòng 2". Close and tally cannot be undone: both ask first.
 */
export function RoundCard({
  round,
  session,
  manage,
  hasNext,
  onSecondRound,
}: {
  round: CouncilVotingRoundItem;
  session: CouncilSessionDetail;
  manage: boolean;
  /** a later round already follows this one */
  hasNext: boolean;
  onSecondRound: (round: CouncilVotingRoundItem) => void;
}) {
  const close = useCloseCouncilVotingRound(session.id);
  const tally = useTallyCouncilVotingRound(session.id);
  const generate = useGenerateCouncilVotingCodes();
  const download = useDownloadFile();
  const confirm = useConfirm();
  const { message, notification } = App.useApp();
  const [codes, setCodes] = useState<string[] | null>(null);
  const waitingId = useId();
  const label = roundLabel(round);
  const fail = (title: string) => (e: unknown) =>
    notification.error({ title, description: errorMessage(e) });

  const closeRound = async () => {
    const ok = await confirm({
      title: m.closeTitle(label),
      content: m.closeText,
      okText: m.close,
    });
    if (!ok) return;
    close.mutate(
      { roundId: round.id },
      { onSuccess: () => void message.success(m.closed), onError: fail(m.closeFailed) },
    );
  };

  const tallyRound = async () => {
    const ok = await confirm({
      title: m.tallyTitle(label),
      content: m.tallyText,
      okText: m.tally,
      danger: false,
    });
    if (!ok) return;
    tally.mutate(
      { roundId: round.id },
      { onSuccess: () => void message.success(m.tallied), onError: fail(m.tallyFailed) },
    );
  };

  const printCodes = async () => {
    const ok = await confirm({
      title: m.printCodesTitle,
      content: m.printCodesText,
      okText: m.printCodes,
      danger: false,
    });
    if (!ok) return;
    generate.mutate(
      { roundId: round.id },
      { onSuccess: (r) => setCodes(r.codes), onError: fail(m.codesFailed) },
    );
  };

  const bundle = () =>
    download.mutate(
      { path: councilRoundBundlePath(round.id), fallbackName: `vong-bo-phieu-${round.id}.json` },
      {
        onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
        onError: fail(m.bundleFailed),
      },
    );

  // a paper round is tallied from the confirmed double entry only (the API refuses it before)
  const paperPending = round.mode === 'PAPER' && round.paperTallyConfirmed !== true;
  const canSecond =
    manage && round.status === 'TALLIED' && round.number < MAX_VOTING_ROUNDS && !hasNext;

  return (
    <Card
      type="inner"
      title={label}
      extra={<RoundStatusTag status={round.status} />}
      aria-label={label}
      role="region"
    >
      <Flex vertical gap={16}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={m.threshold}>
            {thresholdText(round.threshold)}
          </Descriptions.Item>
          <Descriptions.Item label={m.mode}>{m.modes[round.mode] ?? round.mode}</Descriptions.Item>
          <Descriptions.Item label={m.candidatesOf} span="filled">
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {round.candidates.map((c) => (
                <li key={c.id}>{candidateLabel(c)}</li>
              ))}
            </ul>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">
          {m.votersLine(round.voters, round.members)}
        </Typography.Text>

        {round.status === 'OPEN' && (
          <>
            <LiveCount round={round} session={session} />
            {round.mode === 'REMOTE' && (
              <Flex vertical gap={4}>
                <Typography.Text strong>{m.remoteLink}</Typography.Text>
                <Typography.Text
                  code
                  style={{ overflowWrap: 'anywhere' }}
                  copyable={{ tooltips: [m.copyLink, m.linkCopied] }}
                >
                  {`${window.location.origin}${remoteVotePath(session.id, round.id)}`}
                </Typography.Text>
              </Flex>
            )}
            {manage && (
              <Flex gap={8} wrap>
                {round.mode === 'ROOM' && (
                  <Button
                    icon={<PrinterOutlined />}
                    loading={generate.isPending}
                    onClick={() => void printCodes()}
                  >
                    {m.printCodes}
                  </Button>
                )}
                <Button danger loading={close.isPending} onClick={() => void closeRound()}>
                  {m.close}
                </Button>
              </Flex>
            )}
          </>
        )}

        {round.closeHash && (
          <Flex vertical gap={4}>
            <Typography.Text strong>{m.closeHash}</Typography.Text>
            <Typography.Text
              code
              style={{ overflowWrap: 'anywhere' }}
              copyable={{ text: round.closeHash, tooltips: [m.copyHash, m.copied] }}
            >
              {round.closeHash}
            </Typography.Text>
            <Flex gap={8} align="center" wrap>
              <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={bundle}>
                {m.bundle}
              </Button>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {m.bundleHelp}
              </Typography.Text>
            </Flex>
          </Flex>
        )}

        {round.status === 'CLOSED' && (
          <>
            {round.mode === 'PAPER' && manage && (
              <PaperTallyPanel round={round} session={session} />
            )}
            {manage && (
              <Flex vertical gap={4}>
                <Button
                  type="primary"
                  style={{ alignSelf: 'flex-start' }}
                  loading={tally.isPending}
                  disabled={paperPending}
                  aria-describedby={paperPending ? waitingId : undefined}
                  onClick={() => void tallyRound()}
                >
                  {m.tally}
                </Button>
                {paperPending && (
                  <Typography.Text type="secondary" id={waitingId}>
                    {m.waitingPaper}
                  </Typography.Text>
                )}
              </Flex>
            )}
          </>
        )}

        {round.status === 'TALLIED' && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {m.results}
            </Typography.Title>
            <RoundResults round={round} session={session} manage={manage} />
            {canSecond && (
              <Button style={{ alignSelf: 'flex-start' }} onClick={() => onSecondRound(round)}>
                {m.secondRound}
              </Button>
            )}
          </>
        )}
      </Flex>
      {codes && (
        <VotingCodesSheet
          codes={codes}
          roundId={round.id}
          sessionTitle={session.title}
          roundTitle={label}
          onClose={() => setCodes(null)}
        />
      )}
    </Card>
  );
}
