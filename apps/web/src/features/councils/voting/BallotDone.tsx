import { Result } from 'antd';
import type { ReactNode } from 'react';

import { votingMessages as m } from '../messages';

/** The receipt: what the API counted, and nothing to look at afterwards (the ballot names no one). */
export function BallotDone({ choices, extra }: { choices: number; extra?: ReactNode }) {
  return (
    <Result
      status="success"
      title={m.doneTitle}
      subTitle={
        <>
          {m.doneReceipt(choices)}
          <br />
          {m.doneNote}
        </>
      }
      extra={extra}
      style={{ padding: '24px 0' }}
    />
  );
}
