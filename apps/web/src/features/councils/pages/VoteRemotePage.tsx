import { BlindRsaError, type BlindToken } from '@thidua/shared-domain';
import {
  useCastCouncilBallot,
  useIssueCouncilVotingToken,
  useMemberVotingRound,
} from '@thidua/web-data-access';
import { Alert, Button, Flex, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';

import { t } from '../../../i18n';
import { errorMessage } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { votingMessages as m } from '../messages';
import { castChoices, stepOf, type BallotChoices, type BallotPhase } from '../voting/ballot';
import { BallotChoicesCards } from '../voting/BallotChoicesCards';
import { BallotConfirm } from '../voting/BallotConfirm';
import { BallotDone } from '../voting/BallotDone';
import { BallotHeading } from '../voting/BallotHeading';
import { obtainBlindToken, type TokenPhase } from '../voting/remoteToken';
import { TokenSteps } from '../voting/TokenSteps';
import { VoteSteps } from '../voting/VoteSteps';

type Phase = BallotPhase | 'credential';

/** A crypto failure says what it is (BLIND_RSA_ERRORS); the API's refusals come with their own text. */
function tokenErrorMessage(error: unknown): string {
  return error instanceof BlindRsaError ? error.message : errorMessage(error);
}

/**
 * Bỏ phiếu từ xa (ADR 0023), `/hoi-dong/phien/:sessionId/vong/:roundId/bo-phieu`, signed in: the
 * member reads the round (its blind key and candidates), gets ONE blind signature on a token made and
 * blinded on this device, then chooses and casts anonymously: the cast goes without the session
 * cookie and carries only the unblinded token. The token lives in this component's state (memory),
 * never in storage; leaving the page before the cast loses it, so the page warns.
 */
export function VoteRemotePage() {
  const { sessionId = '', roundId = '' } = useParams<{ sessionId: string; roundId: string }>();
  useDocumentTitle(m.remoteTitle);
  const round = useMemberVotingRound(roundId);
  const issue = useIssueCouncilVotingToken();
  const cast = useCastCouncilBallot();
  const [phase, setPhase] = useState<Phase>('credential');
  const [token, setToken] = useState<BlindToken | null>(null);
  /** the step reached (kept after a failure, to show where it stopped) and whether one is running */
  const [tokenPhase, setTokenPhase] = useState<TokenPhase | null>(null);
  const [busy, setBusy] = useState(false);
  const [tokenError, setTokenError] = useState<string | null>(null);
  const [choices, setChoices] = useState<BallotChoices>({});
  const [receipt, setReceipt] = useState<number | null>(null);

  // a token received and not cast yet is lost with the page, and the API issues none again
  useEffect(() => {
    if (!token) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [token]);

  const frame = (body: React.ReactNode) => (
    <div style={{ maxWidth: 640, width: '100%', boxSizing: 'border-box', margin: '0 auto' }}>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 22 }}>
        {m.remoteTitle}
      </Typography.Title>
      {body}
    </div>
  );

  if (round.isPending) return frame(<Typography.Paragraph>{t.ui.loading}</Typography.Paragraph>);
  // a round of another session is no round of this address
  if (round.isError || round.data.sessionId !== sessionId)
    return frame(
      <Result
        status="warning"
        title={m.loadFailed}
        subTitle={round.isError ? errorMessage(round.error) : t.errors.generic}
      />,
    );
  const r = round.data;
  const candidates = r.candidates.map((c) => ({
    id: c.id,
    name: c.candidateName,
    award: c.awardName,
  }));
  const heading = <BallotHeading title={r.title} threshold={r.threshold} />;

  if (phase !== 'done') {
    if (r.mode !== 'REMOTE' || !r.blindKey)
      return frame(<Alert type="warning" showIcon title={m.notRemote} />);
    if (r.status !== 'OPEN')
      return frame(
        <Alert type="warning" showIcon title={m.notOpen(m.statuses[r.status] ?? r.status)} />,
      );
  }
  const key = r.blindKey ? { kty: 'RSA' as const, n: r.blindKey.n, e: r.blindKey.e } : null;

  const getToken = async () => {
    if (!key) return;
    setTokenError(null);
    setBusy(true);
    try {
      const received = await obtainBlindToken(
        key,
        (blindedMessage) => issue.mutateAsync({ roundId: r.id, blindedMessage }),
        setTokenPhase,
      );
      setToken(received);
      setPhase('choose');
    } catch (error) {
      setTokenError(tokenErrorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  let body;
  if (phase === 'credential') {
    body = (
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{m.tokenIntro}</Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {m.tokenOnce}
        </Typography.Paragraph>
        <TokenSteps phase={tokenPhase} error={!!tokenError} />
        {tokenError && (
          <Alert type="error" showIcon title={m.tokenFailed} description={tokenError} />
        )}
        <Button
          type="primary"
          size="large"
          block
          style={{ height: 48 }}
          loading={busy}
          onClick={() => void getToken()}
        >
          {m.getToken}
        </Button>
      </Flex>
    );
  } else if (phase === 'choose') {
    body = (
      <BallotChoicesCards
        candidates={candidates}
        choices={choices}
        onChange={setChoices}
        onNext={() => setPhase('confirm')}
      />
    );
  } else if (phase === 'confirm' && token) {
    body = (
      <BallotConfirm
        candidates={candidates}
        choices={choices}
        casting={cast.isPending}
        error={cast.isError ? errorMessage(cast.error) : null}
        onBack={() => {
          cast.reset();
          setPhase('choose');
        }}
        onCast={() =>
          cast.mutate(
            { roundId: r.id, credential: { token }, choices: castChoices(candidates, choices) },
            {
              onSuccess: (res) => {
                // spent: the token and the choices leave memory with the receipt
                setToken(null);
                setChoices({});
                setReceipt(res.choices);
                setPhase('done');
              },
            },
          )
        }
      />
    );
  } else {
    body = <BallotDone choices={receipt ?? 0} />;
  }

  return frame(
    <>
      <VoteSteps
        first={m.stepToken}
        current={stepOf(phase)}
        error={phase === 'credential' && !!tokenError}
      />
      {phase !== 'done' && heading}
      {token && phase !== 'done' && (
        <Alert
          type="success"
          showIcon
          title={m.tokenReady}
          description={m.tokenKeep}
          style={{ marginBottom: 16 }}
        />
      )}
      {body}
    </>,
  );
}
