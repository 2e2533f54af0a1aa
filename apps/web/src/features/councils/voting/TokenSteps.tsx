import { Steps } from 'antd';

import { votingMessages as m } from '../messages';
import type { TokenPhase } from './remoteToken';

const PHASES: readonly TokenPhase[] = ['prepare', 'sign', 'finish'];

/**
 * The remote ballot's three steps (RFC 9474), vertical so each line can say what happens on which
 * side: made and blinded here, signed by the server blind, unblinded and checked here.
 */
export function TokenSteps({
  phase,
  error,
}: {
  /** the step running, or where it stopped; null before the first */
  phase: TokenPhase | null;
  error: boolean;
}) {
  const current = phase ? PHASES.indexOf(phase) : 0;
  return (
    <Steps
      size="small"
      orientation="vertical"
      current={current}
      status={error ? 'error' : phase ? 'process' : 'wait'}
      items={PHASES.map((p) => ({ title: m.tokenSteps[p] }))}
      aria-label={m.tokenStepsLabel}
    />
  );
}
