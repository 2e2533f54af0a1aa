import { Steps } from 'antd';

import { votingMessages as m } from '../messages';

/**
 * Where the member is: the credential (room code, remote ballot), choose, confirm, done. Horizontal
 * with the titles under the icons even at 390 px: four short titles fit, and the bar stays one line.
 */
export function VoteSteps({
  first,
  current,
  error,
}: {
  first: string;
  current: number;
  error?: boolean;
}) {
  const titles = [first, m.stepChoose, m.stepConfirm, m.stepDone];
  return (
    <Steps
      size="small"
      responsive={false}
      titlePlacement="vertical"
      current={current}
      status={error ? 'error' : current === titles.length - 1 ? 'finish' : 'process'}
      style={{ marginBottom: 16 }}
      items={titles.map((title) => ({ title }))}
    />
  );
}
