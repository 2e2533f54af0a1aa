import type { CouncilSessionDetail } from '@thidua/web-data-access';
import { Alert } from 'antd';

import { councilsMessages as m } from '../messages';

/**
 * The quorum as the API counts it (present and counted proxies over the members on the day, NĐ 98
 * Điều 47 k.4: at least 2/3; an award session at the province's own share), in the API's words.
 */
export function QuorumBox({ quorum }: { quorum: CouncilSessionDetail['quorum'] }) {
  return (
    <Alert
      role="status"
      type={quorum.met ? 'success' : 'warning'}
      showIcon
      title={quorum.met ? m.quorumMet : m.quorumNotMet}
      description={
        <>
          <div>{quorum.explanation}</div>
          <div>{m.quorumFigures(quorum)}</div>
        </>
      }
    />
  );
}
