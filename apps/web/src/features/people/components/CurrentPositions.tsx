import type { PersonItem } from '@thidua/web-data-access';
import { Typography } from 'antd';
import { Link } from 'react-router-dom';

import { unitPath } from '../../../app/paths';
import { t } from '../../../i18n';

/** "Chuyên viên — Sở Nội vụ", one line per current position. */
export function CurrentPositions({ person }: { person: PersonItem }) {
  if (person.currentPositions.length === 0) {
    return <Typography.Text type="secondary">{t.people.noCurrentPosition}</Typography.Text>;
  }
  return (
    <>
      {person.currentPositions.map((p) => (
        <div key={p.id}>
          {p.title} — <Link to={unitPath(p.unit.id)}>{p.unit.name}</Link>
        </div>
      ))}
    </>
  );
}
