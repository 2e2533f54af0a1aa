import { EditOutlined } from '@ant-design/icons';
import type { AwardRuleVersionItem } from '@thidua/web-data-access';
import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';

import { t } from '../../../i18n';
import { UncertainTag } from './UncertainTag';

type Condition = AwardRuleVersionItem['conditions'][number];
interface NestedCondition {
  sentence: string;
  uncertain: boolean;
  article: string | null;
  conditions?: NestedCondition[] | null;
}

function ConditionList({ conditions }: { conditions: readonly NestedCondition[] }) {
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {conditions.map((c, i) => (
        <li key={i}>
          <Typography.Text>{c.sentence}</Typography.Text>{' '}
          {c.article && <Typography.Text type="secondary">({c.article})</Typography.Text>}{' '}
          <UncertainTag show={c.uncertain} />
          {c.conditions && c.conditions.length > 0 && <ConditionList conditions={c.conditions} />}
        </li>
      ))}
    </ol>
  );
}

/** One rule version as an officer reads it: every part as sentences, [L] parts flagged. */
export function RuleVersionCard({
  version,
  today,
  onEdit,
}: {
  version: AwardRuleVersionItem;
  today: string;
  onEdit?: () => void;
}) {
  const r = t.awardRules;
  const inForce =
    version.effectiveFrom <= today &&
    (version.effectiveTo === null || today <= version.effectiveTo);
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} wrap align="center">
          <span>{r.period(version.effectiveFrom, version.effectiveTo)}</span>
          <Typography.Text type="secondary">{version.legalDocument.name}</Typography.Text>
        </Flex>
      }
      extra={
        <Space size={4} wrap>
          {inForce && <Tag color="green">{r.inForceNow}</Tag>}
          <Tag>{version.provinceUnit ? r.provinceOwn(version.provinceUnit.name) : r.national}</Tag>
          {version.shipped && !version.edited && <Tag>{r.shipped}</Tag>}
          {version.edited && <Tag color="blue">{r.edited}</Tag>}
          {onEdit && version.canManage && (
            <Button size="small" icon={<EditOutlined aria-hidden />} onClick={onEdit}>
              {r.editVersion}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={r.decidedBy}>
          {version.decidedBy.text} <UncertainTag show={version.decidedBy.uncertain} />
          {version.decidedBy.article && (
            <Typography.Text type="secondary"> ({version.decidedBy.article})</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={r.conditions}>
          <ConditionList conditions={version.conditions as Condition[]} />
        </Descriptions.Item>
        <Descriptions.Item label={r.vote}>
          {version.vote.required ? r.voteRequired(version.vote.thresholdOfMembership) : r.voteNone}{' '}
          <UncertainTag show={version.vote.uncertain} />
        </Descriptions.Item>
        <Descriptions.Item label={r.publicNotice}>
          {version.publicNotice.required
            ? r.publicNoticeRequired(version.publicNotice.workingDays)
            : r.publicNoticeNone}{' '}
          <UncertainTag show={version.publicNotice.uncertain} />
        </Descriptions.Item>
        <Descriptions.Item label={r.dossier}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {version.dossier.map((d, i) => (
              <li key={i}>
                {d.document} — {d.form ?? r.noForm} <UncertainTag show={d.uncertain} />
              </li>
            ))}
          </ul>
        </Descriptions.Item>
        <Descriptions.Item label={r.rewards}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {version.rewards.map((w) => (
              <li key={w.subject}>
                {r.subjects[w.subject]}: {r.multiplier(w.multiplier)}{' '}
                <UncertainTag show={w.uncertain} />
              </li>
            ))}
          </ul>
        </Descriptions.Item>
        {version.note && <Descriptions.Item label={r.note}>{version.note}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}
