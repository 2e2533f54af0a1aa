import type { BallotChoice } from '@thidua/shared-domain';
import { Alert, Button, Card, Flex, Radio, Typography } from 'antd';
import { useState } from 'react';

import { votingMessages as m } from '../messages';
import { unanswered, type BallotCandidate, type BallotChoices } from './ballot';

/** 48 px: the smallest comfortable touch target (WCAG 2.5.5 asks 44). */
const TOUCH: React.CSSProperties = {
  height: 48,
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  fontSize: 16,
};

/**
 * One card per candidate with "Đồng ý" / "Không đồng ý" side by side, full width on a phone. Each
 * card is a fieldset named by its legend, so a screen reader announces whom a choice is for.
 */
export function BallotChoicesCards({
  candidates,
  choices,
  onChange,
  onNext,
}: {
  candidates: readonly BallotCandidate[];
  choices: BallotChoices;
  onChange: (choices: BallotChoices) => void;
  onNext: () => void;
}) {
  const [tried, setTried] = useState(false);
  const missing = unanswered(candidates, choices);
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {m.chooseHelp(candidates.length)}
      </Typography.Paragraph>
      {candidates.map((c, i) => (
        <Card key={c.id} size="small" styles={{ body: { padding: 12 } }}>
          <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
            <legend style={{ padding: 0, marginBottom: 8, width: '100%' }}>
              <Typography.Text strong style={{ fontSize: 16, overflowWrap: 'anywhere' }}>
                {`${i + 1}. ${c.name}`}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {c.award}
              </Typography.Text>
            </legend>
            <Radio.Group
              block
              name={`lua-chon-${c.id}`}
              optionType="button"
              buttonStyle="solid"
              size="large"
              value={choices[c.id]}
              onChange={(e) => onChange({ ...choices, [c.id]: e.target.value as BallotChoice })}
              options={(['AGREE', 'DISAGREE'] as const).map((value) => ({
                value,
                label: m.choices[value],
                style: TOUCH,
              }))}
            />
          </fieldset>
        </Card>
      ))}
      {tried && missing > 0 && <Alert type="warning" showIcon title={m.chooseMissing(missing)} />}
      <Button
        type="primary"
        size="large"
        block
        style={{ height: 48 }}
        onClick={() => {
          setTried(true);
          if (missing === 0) onNext();
        }}
      >
        {m.toConfirm}
      </Button>
    </Flex>
  );
}
