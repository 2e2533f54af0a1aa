import { Link } from 'react-router-dom';

import { unitPath } from '../../../app/paths';

/**
 * A unit named by a cluster (organizer, member, lead): a link when the reader may open it, else its
 * name only. A member commune's officer sees the province's cluster but cannot open the province: the
 * API gives its name and code only (`canOpen` false), and a link would end on "not found".
 */
export function UnitRefLink({ unit }: { unit: { id: string; name: string; canOpen: boolean } }) {
  return unit.canOpen ? <Link to={unitPath(unit.id)}>{unit.name}</Link> : <>{unit.name}</>;
}
