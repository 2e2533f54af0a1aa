import { Alert, Typography } from 'antd';

import { formatShare, votingMessages as m } from '../messages';

/** The round the ballot is for, its threshold on the total membership, and that the ballot is secret. */
export function BallotHeading({
  title,
  threshold,
}: {
  /** the session and the round ("… — vòng 2") */
  title: string;
  threshold: number | null;
}) {
  return (
    <>
      <Typography.Paragraph strong style={{ fontSize: 16, overflowWrap: 'anywhere' }}>
        {title}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {threshold === null ? m.majority : m.thresholdAt(formatShare(threshold))}
      </Typography.Paragraph>
      <Alert type="info" showIcon title={m.secrecy} style={{ marginBottom: 16 }} />
    </>
  );
}
