import { Alert, Button, Card, Flex, Typography } from 'antd';

import { votingMessages as m } from '../messages';
import type { BallotCandidate, BallotChoices } from './ballot';

/** "Xác nhận bỏ phiếu": the choices once more, then the cast (nothing can be changed afterwards). */
export function BallotConfirm({
  candidates,
  choices,
  casting,
  error,
  onBack,
  onCast,
}: {
  candidates: readonly BallotCandidate[];
  choices: BallotChoices;
  casting: boolean;
  /** the API's message when the cast was refused */
  error: string | null;
  onBack: () => void;
  onCast: () => void;
}) {
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        {m.confirmTitle}
      </Typography.Title>
      <Typography.Paragraph style={{ marginBottom: 0 }}>{m.confirmHelp}</Typography.Paragraph>
      <Card size="small">
        <ol style={{ margin: 0, paddingLeft: 20 }} aria-label={m.confirmTitle}>
          {candidates.map((c) => {
            const choice = choices[c.id];
            return (
              <li key={c.id} style={{ padding: '6px 0', overflowWrap: 'anywhere' }}>
                <Typography.Text>{`${c.name} — ${c.award}: `}</Typography.Text>
                <Typography.Text strong type={choice === 'DISAGREE' ? 'danger' : 'success'}>
                  {choice ? m.choices[choice] : ''}
                </Typography.Text>
              </li>
            );
          })}
        </ol>
      </Card>
      {error && <Alert type="error" showIcon title={m.castFailed} description={error} />}
      <Button
        type="primary"
        size="large"
        block
        style={{ height: 48 }}
        loading={casting}
        onClick={onCast}
      >
        {error ? m.retry : m.cast}
      </Button>
      <Button size="large" block style={{ height: 48 }} disabled={casting} onClick={onBack}>
        {m.back}
      </Button>
    </Flex>
  );
}
