import type { RestructuringItem, RestructuringKind } from '@thidua/web-data-access';
import { Flex, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { Link } from 'react-router-dom';

import { unitPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { formatIsoDate } from '../../../shared/dates';
import { legalBasisLabel } from '../../../shared/legalBasis';

const KIND_COLORS: Record<RestructuringKind, string> = {
  CREATE: 'green',
  RENAME: 'blue',
  MOVE: 'cyan',
  MERGE: 'purple',
  SPLIT: 'orange',
  DISSOLVE: 'red',
};

export function RestructuringKindTag({ kind }: { kind: RestructuringKind }) {
  return <Tag color={KIND_COLORS[kind]}>{t.restructuring.kinds[kind]}</Tag>;
}

function UnitLinks({ units }: { units: RestructuringItem['sources'] }) {
  return (
    <>
      {units.map((unit, index) => (
        <Fragment key={unit.id}>
          {index > 0 && ', '}
          <Link to={unitPath(unit.id)}>{unit.name}</Link>
        </Fragment>
      ))}
    </>
  );
}

/**
 * One restructuring in a sentence or two: "Sáp nhập · Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/06/2025",
 * its title, and the units it took and gave.
 */
export function RestructuringSummary({
  restructuring,
  showUnits = true,
}: {
  restructuring: RestructuringItem;
  showUnits?: boolean;
}) {
  const r = restructuring;
  return (
    <Flex vertical gap={2}>
      <Flex gap={6} wrap align="center">
        <RestructuringKindTag kind={r.kind} />
        <Typography.Text strong>
          {legalBasisLabel(r.legalBasisNumber, r.legalBasisDate)}
        </Typography.Text>
        <Typography.Text type="secondary">
          · {t.restructuring.effectiveDate}: {formatIsoDate(r.effectiveDate)}
        </Typography.Text>
      </Flex>
      {r.legalBasisTitle && <Typography.Text italic>{r.legalBasisTitle}</Typography.Text>}
      {showUnits && r.sources.length > 0 && (
        <Typography.Text>
          {t.units.historySources}: <UnitLinks units={r.sources} />
        </Typography.Text>
      )}
      {showUnits && r.results.length > 0 && (
        <Typography.Text>
          {t.units.historyResults}: <UnitLinks units={r.results} />
        </Typography.Text>
      )}
      {r.note && (
        <Typography.Text type="secondary">
          {t.units.note}: {r.note}
        </Typography.Text>
      )}
    </Flex>
  );
}
