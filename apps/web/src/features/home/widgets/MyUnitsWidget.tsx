import { formatNumber } from '@thidua/shared-domain';
import { ItemList } from '@thidua/web-ui';
import { unitChildrenQuery, type UnitTree } from '@thidua/web-data-access';
import { useQueries } from '@tanstack/react-query';
import { Card, Empty, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { unitPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';

const TREES: readonly UnitTree[] = ['GOVERNMENT', 'PARTY', 'FRONT'];

/**
 * The units the viewer's tree starts at in each hierarchy: its own units for a commune or department
 * officer, the roots for a province-wide one (the same queries as the units page, so they are cached).
 */
export function MyUnitsWidget() {
  const trees = useQueries({
    queries: TREES.map((tree) => unitChildrenQuery({ tree, parentId: null })),
  });
  const failed = trees.find((query) => query.isError);
  const units = trees.flatMap((query) => query.data ?? []);

  return (
    <Card title={t.home.myUnitsTitle} style={{ height: '100%' }}>
      {failed ? (
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : trees.some((query) => query.isPending) ? (
        <Spin />
      ) : units.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.home.myUnitsEmpty} />
      ) : (
        <ItemList
          items={units.map((unit) => ({
            key: unit.id,
            content: (
              <>
                <Link to={unitPath(unit.id)}>{unit.name}</Link>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {unit.kind.name}
                  {unit.childCount > 0 && ` · ${t.home.childCount(formatNumber(unit.childCount))}`}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
