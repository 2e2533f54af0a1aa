import { formatDateTime } from '@thidua/shared-domain';
import type { AchievementReportItem, ToTrinhDraftItem } from '@thidua/web-data-access';
import { Space, Tag, Tooltip, Typography } from 'antd';

import { draftMessages as m } from '../messages';

/** Where a document the dossier drafts itself stands (ADR 0020). */
export type DraftState = keyof typeof m.states;

const COLORS: Record<DraftState, string> = {
  NONE: 'default',
  DRAFTED: 'blue',
  EDITED: 'gold',
  SIGNED_OFF: 'success',
  NUMBERED: 'cyan',
  UPLOADED: 'purple',
};

/**
 * A nominee's report: an upload wins over the draft at the send, so it is said first; then signed
 * off, saved by an officer, or still the system's composition (version 0). No report (a dossier sent
 * with an uploaded one and no draft): nothing drafted.
 */
export function reportState(report: AchievementReportItem | null | undefined): DraftState {
  if (!report) return 'NONE';
  if (report.uploaded) return 'UPLOADED';
  if (report.signedOffAt) return 'SIGNED_OFF';
  return report.drafted ? 'DRAFTED' : 'EDITED';
}

/**
 * The tờ trình: never signed off (the send numbers and freezes it as it stands). The first send
 * stores it with its number even if nobody edited it, so once numbered that is what it says.
 */
export function toTrinhState(toTrinh: ToTrinhDraftItem | null | undefined): DraftState {
  if (!toTrinh) return 'NONE';
  if (toTrinh.uploaded) return 'UPLOADED';
  if (toTrinh.drafted) return 'DRAFTED';
  return toTrinh.symbol ? 'NUMBERED' : 'EDITED';
}

/** The state in words and colour (never the colour alone), what it means on hover. */
export function DraftStatus({
  state,
  signedOffAt,
  signedOffByName,
  note,
}: {
  state: DraftState;
  signedOffAt?: string | null;
  signedOffByName?: string | null;
  /** said after the tag: the tờ trình's number */
  note?: string | null;
}) {
  return (
    <Space size={4} wrap>
      <Tooltip title={m.stateHelp[state]}>
        <Tag color={COLORS[state]} style={{ marginInlineEnd: 0 }}>
          {m.states[state]}
        </Tag>
      </Tooltip>
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
      {state === 'SIGNED_OFF' && signedOffAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {m.signedOffBy(signedOffByName ?? null, formatDateTime(signedOffAt))}
        </Typography.Text>
      )}
    </Space>
  );
}
