import { Link } from 'react-router-dom';

import { remoteVotePath } from '../../../app/paths';
import { votingMessages as m } from '../messages';

/**
 * "Bỏ phiếu từ xa" for a round that takes remote ballots and is open: on a list of a session's rounds,
 * or wherever a signed-in member sees the round. The page it opens asks the API, which answers only
 * a member of the session.
 */
export function RemoteVoteLink({
  sessionId,
  round,
}: {
  sessionId: string;
  round: { id: string; mode: string; status: string };
}) {
  if (round.mode !== 'REMOTE' || round.status !== 'OPEN') return null;
  return <Link to={remoteVotePath(sessionId, round.id)}>{m.remoteLink}</Link>;
}
