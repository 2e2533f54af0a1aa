import {
  AWARD_DOSSIER_LIMITS as L,
  settleChecklist,
  type ChecklistAnswer,
} from '@thidua/shared-domain';
import type { AwardDossierDetail } from '@thidua/web-data-access';
import { Alert, Form, Input, Radio, Tag, Typography } from 'antd';

import { awardsMessages as m } from '../messages';

type Nominee = AwardDossierDetail['nominees'][number];
type Item = Nominee['appraisalChecklist'][number];

/** What the dialog keeps per item: the appraiser's answer ("ok" / "fail"; unset keeps the check's). */
export interface ChecklistValue {
  answer?: 'ok' | 'fail';
  remark?: string;
}

/**
 * The answers the API takes from the dialog's values: an item the appraiser left alone is not sent
 * (it keeps the automatic check's answer, or is confirmed by "đạt"), one answered is sent as it is.
 */
export function checklistAnswers(
  values: Record<string, ChecklistValue | undefined> | undefined,
): ChecklistAnswer[] {
  return Object.entries(values ?? {}).flatMap(([key, v]) =>
    v?.answer ? [{ key, ok: v.answer === 'ok', remark: v.remark?.trim() || null }] : [],
  );
}

function FindingTag({ met }: { met: boolean | null }) {
  if (met === true) return <Tag color="green">{m.checklistMet}</Tag>;
  if (met === false) return <Tag color="red">{m.checklistUnmet}</Tag>;
  return <Tag color="gold">{m.checklistToConfirm}</Tag>;
}

/**
 * Danh mục thẩm định of one nominee (the rule's conditions as judged, and its papers): each item with
 * what the check found, and the appraiser's own conclusion where it differs. A remark is asked for an
 * item set "không đạt", and for "đạt" against the check's "chưa đạt" (the API refuses the same).
 */
export function AppraisalChecklist({ nominee }: { nominee: Nominee }) {
  const items = nominee.appraisalChecklist;
  const verdict = Form.useWatch(['items', nominee.id, 'verdict']) as 'PASS' | 'FAIL' | undefined;
  const values = Form.useWatch(['items', nominee.id, 'checklist']) as
    Record<string, ChecklistValue | undefined> | undefined;
  if (!items.length) return null;
  // the API's own rule, run on what is ticked: "đạt" with an item standing unmet is refused
  const blocking =
    verdict === 'PASS'
      ? settleChecklist(nominee.name, items, checklistAnswers(values), 'PASS').problems.filter(
          (p) => p.path === 'verdict',
        )
      : [];
  return (
    <div role="group" aria-label={m.checklistOf(nominee.name)} style={{ marginBottom: 12 }}>
      <Typography.Text strong>{m.checklistTitle}</Typography.Text>
      <ol style={{ paddingLeft: 20, margin: '4px 0 0' }}>
        {items.map((item) => (
          <ChecklistRow key={item.key} nomineeId={nominee.id} item={item} />
        ))}
      </ol>
      {blocking.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={m.checklistBlocks}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {blocking.map((p) => (
                <li key={p.message}>{p.message}</li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}

function ChecklistRow({ nomineeId, item }: { nomineeId: string; item: Item }) {
  const path = ['items', nomineeId, 'checklist', item.key];
  const answer = Form.useWatch([...path, 'answer']) as ChecklistValue['answer'];
  const needsRemark = answer === 'fail' || (answer === 'ok' && item.met === false);
  return (
    <li style={{ marginBottom: 8 }}>
      <div>
        <Typography.Text>{item.requirement}</Typography.Text> <FindingTag met={item.met} />
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {item.finding}
      </Typography.Text>
      <Form.Item name={[...path, 'answer']} style={{ margin: '4px 0 0' }}>
        <Radio.Group
          aria-label={m.checklistAnswerOf(item.requirement)}
          size="small"
          options={[
            { value: 'ok', label: m.checklistOk },
            { value: 'fail', label: m.checklistFail },
          ]}
        />
      </Form.Item>
      {needsRemark && (
        <Form.Item
          name={[...path, 'remark']}
          label={m.checklistRemarkOf(item.requirement)}
          style={{ margin: '4px 0 0' }}
          rules={[{ required: true, whitespace: true, message: m.checklistRemarkNeeded }]}
        >
          <Input maxLength={L.remark} />
        </Form.Item>
      )}
    </li>
  );
}
