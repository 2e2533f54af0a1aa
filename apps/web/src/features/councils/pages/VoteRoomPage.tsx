import {
  useCastCouncilBallot,
  useOpenCouncilBallotPaper,
  type CouncilBallotPaper,
} from '@thidua/web-data-access';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';

import { errorMessage } from '../../../shared/errors';
import { required } from '../../../shared/forms/rules';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { PublicFrame } from '../../shell/components/PublicFrame';
import { votingMessages as m } from '../messages';
import { castChoices, stepOf, type BallotChoices, type BallotPhase } from '../voting/ballot';
import { BallotChoicesCards } from '../voting/BallotChoicesCards';
import { BallotConfirm } from '../voting/BallotConfirm';
import { BallotDone } from '../voting/BallotDone';
import { BallotHeading } from '../voting/BallotHeading';
import { VoteSteps } from '../voting/VoteSteps';

/** The QR on the slip carries the code in the hash (`#ma=ABCDE-FGH23`): browsers never send it. */
export function codeFromHash(hash: string): string {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('ma');
  return value?.trim().slice(0, 40) ?? '';
}

type Phase = BallotPhase | 'credential';

/**
 * Bỏ phiếu kín tại phòng họp (ADR 0023), `/bo-phieu/:roundId`, without signing in: the member types
 * the one-time code drawn in the room (or scans the slip's QR), the ballot paper opens, one card per
 * candidate, a summary, then the anonymous cast. Both requests go without the session cookie; the
 * code stays in this page's memory until the cast and is dropped after it.
 */
export function VoteRoomPage() {
  const { roundId = '' } = useParams<{ roundId: string }>();
  useDocumentTitle(m.roomTitle);
  const location = useLocation();
  const navigate = useNavigate();
  const [initialCode, setInitialCode] = useState(() => codeFromHash(location.hash));
  const [code, setCode] = useState('');
  const [paper, setPaper] = useState<CouncilBallotPaper | null>(null);
  const [phase, setPhase] = useState<Phase>('credential');
  const [choices, setChoices] = useState<BallotChoices>({});
  const [receipt, setReceipt] = useState<number | null>(null);
  const open = useOpenCouncilBallotPaper();
  const cast = useCastCouncilBallot();

  // the code leaves the address bar (and this history entry) once read: a neighbour's glance or the
  // back button must not show it
  useEffect(() => {
    if (location.hash)
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  const candidates = (paper?.candidates ?? []).map((c) => ({
    id: c.agendaItemId,
    name: c.candidateName,
    award: c.awardName,
  }));

  const restart = () => {
    setInitialCode('');
    setCode('');
    setPaper(null);
    setChoices({});
    setReceipt(null);
    open.reset();
    cast.reset();
    setPhase('credential');
  };

  let body;
  if (phase === 'credential' || !paper) {
    body = (
      <Form<{ code: string }>
        layout="vertical"
        initialValues={{ code: initialCode }}
        onFinish={(values) => {
          const typed = values.code.trim();
          open.mutate(
            { roundId, code: typed },
            {
              onSuccess: (p) => {
                setCode(typed);
                setPaper(p);
                setChoices({});
                setPhase('choose');
              },
            },
          );
        }}
      >
        <Form.Item
          name="code"
          label={m.codeLabel}
          extra={m.codeHelp}
          rules={[required(m.codeWhat)]}
        >
          <Input
            size="large"
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            style={{ fontSize: 20, letterSpacing: 2 }}
          />
        </Form.Item>
        {open.isError && (
          <Alert
            type="error"
            showIcon
            title={m.paperFailed}
            description={errorMessage(open.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          style={{ height: 48 }}
          loading={open.isPending}
        >
          {m.openPaper}
        </Button>
      </Form>
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
  } else if (phase === 'confirm') {
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
            { roundId, credential: { code }, choices: castChoices(candidates, choices) },
            {
              onSuccess: (r) => {
                // nothing of the ballot stays on the page: not the code, not the choices
                setInitialCode('');
                setCode('');
                setChoices({});
                setReceipt(r.choices);
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

  return (
    <PublicFrame>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 22 }}>
        {m.roomTitle}
      </Typography.Title>
      <VoteSteps first={m.stepCode} current={stepOf(phase)} />
      {paper && phase !== 'done' && (
        <BallotHeading
          title={m.roundLine(paper.sessionTitle, paper.number)}
          threshold={paper.threshold}
        />
      )}
      {body}
      {phase === 'done' && (
        <Button block size="large" style={{ height: 48 }} onClick={restart}>
          {m.nextVoter}
        </Button>
      )}
    </PublicFrame>
  );
}
