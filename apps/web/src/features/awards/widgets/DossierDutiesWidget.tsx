import { ItemList } from '@thidua/web-ui';
import {
  useAwardDossierInbox,
  useAwardDossiers,
  type AwardDossierItem,
} from '@thidua/web-data-access';
import { Card, Empty, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';

import { awardDossierPath } from '../../../app/paths';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate } from '../../../shared/dates';
import { useViewer } from '../../auth/hooks/useViewer';
import { awardsMessages as m } from '../messages';
import { LateTag } from '../components/tags';

/** A few of each kind: the card points at the lists, it does not replace them. */
const EACH = 5;
const SHOWN = 8;

interface Duty {
  key: string;
  text: string;
  to: string;
  /** the round's deadline, for a dossier still to send */
  deadline: string | null;
  late: boolean;
  /** sent back: what the officer owes first */
  urgent: boolean;
}

/**
 * Hồ sơ chờ tôi xử lý: for the receiving side (DOSSIER_RECEIVE) the dossiers to receive, appraise and
 * forward; for the proposing side (DOSSIER_MANAGE) the returned ones to fix and the drafts to send,
 * with their round's deadline. Returned dossiers first, then by deadline.
 */
export function DossierDutiesWidget() {
  const { can } = useViewer();
  const receives = can('DOSSIER_RECEIVE');
  const manages = can('DOSSIER_MANAGE');
  const toReceive = useAwardDossierInbox({ first: EACH, status: 'SUBMITTED' }, receives);
  const toAppraise = useAwardDossierInbox({ first: EACH, status: 'RECEIVED' }, receives);
  const toForward = useAwardDossierInbox({ first: EACH, status: 'APPRAISED' }, receives);
  const toFix = useAwardDossiers({ first: EACH, status: 'RETURNED' }, manages);
  const toSend = useAwardDossiers({ first: EACH, status: 'DRAFT' }, manages);
  const queries = [
    ...(receives ? [toReceive, toAppraise, toForward] : []),
    ...(manages ? [toFix, toSend] : []),
  ];
  const failed = queries.find((q) => q.isError);

  const duties = useMemo(() => {
    const list: Duty[] = [];
    const add = (
      rows: readonly AwardDossierItem[] | undefined,
      kind: string,
      text: (unit: string, round: string) => string,
      urgent = false,
    ) => {
      for (const d of rows ?? [])
        list.push({
          key: `${kind}-${d.id}`,
          text: text(d.unit.name, d.round.title),
          to: awardDossierPath(d.id),
          deadline: kind === 'send' || kind === 'fix' ? d.round.deadline : null,
          late: d.late,
          urgent,
        });
    };
    add(toFix.data?.nodes, 'fix', m.dutyFix, true);
    add(toReceive.data?.nodes, 'receive', m.dutyReceive);
    add(toAppraise.data?.nodes, 'appraise', m.dutyAppraise);
    add(toForward.data?.nodes, 'forward', m.dutyForward);
    add(toSend.data?.nodes, 'send', m.dutySend);
    return list
      .sort(
        (a, b) =>
          Number(b.urgent) - Number(a.urgent) ||
          (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'),
      )
      .slice(0, SHOWN);
  }, [toFix.data, toReceive.data, toAppraise.data, toForward.data, toSend.data]);

  return (
    <Card title={m.widgetTitle} style={{ height: '100%' }}>
      {failed ? (
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : queries.some((q) => q.isPending) ? (
        <Spin />
      ) : duties.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.widgetEmpty} />
      ) : (
        <ItemList
          items={duties.map((duty) => ({
            key: duty.key,
            content: <Link to={duty.to}>{duty.text}</Link>,
            actions: duty.late ? (
              <LateTag />
            ) : duty.urgent ? (
              <Tag color="warning">{m.statuses['RETURNED']}</Tag>
            ) : duty.deadline ? (
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {m.dueOn(formatIsoDate(duty.deadline))}
              </Typography.Text>
            ) : undefined,
          }))}
        />
      )}
    </Card>
  );
}
