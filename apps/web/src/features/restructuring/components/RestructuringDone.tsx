import type { RestructuringItem } from '@thidua/web-data-access';
import { Button, Card, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { unitPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { formatIsoDate } from '../../../shared/dates';
import { legalBasisLabel } from '../../../shared/legalBasis';

function UnitLinkList({ units }: { units: RestructuringItem['results'] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {units.map((unit) => (
        <li key={unit.id}>
          <Link to={unitPath(unit.id)}>{unit.name}</Link>{' '}
          <Typography.Text type="secondary" code style={{ fontSize: 11 }}>
            {unit.code}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/** The wizard's last page: what was done, with links to the resulting units. */
export function RestructuringDone({
  restructuring,
  onStartOver,
}: {
  restructuring: RestructuringItem;
  onStartOver: () => void;
}) {
  const kind = t.restructuring.kinds[restructuring.kind];
  return (
    <Card>
      <Result
        status="success"
        title={t.restructuring.doneTitle(kind)}
        subTitle={t.restructuring.doneText(
          legalBasisLabel(restructuring.legalBasisNumber, restructuring.legalBasisDate),
          formatIsoDate(restructuring.effectiveDate),
        )}
        extra={[
          <Button key="again" onClick={onStartOver}>
            {t.restructuring.startOver}
          </Button>,
        ]}
      >
        {restructuring.results.length > 0 && (
          <section style={{ marginBottom: 16 }}>
            <Typography.Title level={5}>{t.restructuring.resultUnits}</Typography.Title>
            <UnitLinkList units={restructuring.results} />
          </section>
        )}
        {restructuring.sources.length > 0 && (
          <section>
            <Typography.Title level={5}>{t.restructuring.endedUnits}</Typography.Title>
            <UnitLinkList units={restructuring.sources} />
          </section>
        )}
      </Result>
    </Card>
  );
}
