import { ItemList } from '@thidua/web-ui';
import { useRestructurings } from '@thidua/web-data-access';
import { Card, Empty, Spin, Typography } from 'antd';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate } from '../../../shared/dates';
import { legalBasisLabel } from '../../../shared/legalBasis';

/** The latest restructurings the viewer can see (the API keeps those touching its scope). */
export function RecentRestructuringsWidget() {
  const list = useRestructurings({ first: 5 });

  return (
    <Card title={t.home.restructuringsTitle} style={{ height: '100%' }}>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spin />
      ) : list.data.nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.home.restructuringsEmpty} />
      ) : (
        <ItemList
          items={list.data.nodes.map((item) => ({
            key: item.id,
            content: (
              <>
                <Typography.Text strong>
                  {t.restructuring.kinds[item.kind]} · {formatIsoDate(item.effectiveDate)}
                </Typography.Text>
                <br />
                <Typography.Text>
                  {t.home.restructuringUnits(
                    item.sources.map((unit) => unit.name).join(', '),
                    item.results.map((unit) => unit.name).join(', '),
                  )}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {legalBasisLabel(item.legalBasisNumber, item.legalBasisDate)}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
