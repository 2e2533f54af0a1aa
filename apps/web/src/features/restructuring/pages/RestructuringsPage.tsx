import { ItemList, PageHeader } from '@thidua/web-ui';
import { useRestructurings } from '@thidua/web-data-access';
import { formatDateTime, formatNumber } from '@thidua/shared-domain';
import { Button, Card, Empty, Flex, Spin, Typography } from 'antd';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { RestructuringSummary } from '../components/RestructuringSummary';

/**
 * Lịch sử sắp xếp: the restructurings recorded for units in the reader's scope, newest first (the
 * `restructurings` query: scoped, paginated), each with its legal basis and the units it took and gave.
 */
export function RestructuringsPage() {
  useDocumentTitle(t.restructurings.pageTitle);
  const list = useRestructurings({ first: 20 });

  return (
    <>
      <PageHeader
        title={t.restructurings.pageTitle}
        subtitle={t.restructurings.subtitle}
        breadcrumb={[t.nav.org]}
      />
      <Card>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending ? (
          <Flex justify="center" style={{ padding: 24 }} role="status">
            <Spin />
          </Flex>
        ) : list.data && list.data.nodes.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.restructurings.empty} />
        ) : list.data ? (
          <section aria-label={t.restructurings.pageTitle}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
              {t.restructurings.count(
                formatNumber(list.data.totalCount),
                list.data.totalCountCapped,
              )}
            </Typography.Text>
            <ItemList
              bordered
              items={list.data.nodes.map((r) => ({
                key: r.id,
                content: (
                  <Flex vertical gap={4} data-testid="restructuring">
                    <RestructuringSummary restructuring={r} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t.restructurings.recordedBy(r.actorName, formatDateTime(r.createdAt))}
                    </Typography.Text>
                  </Flex>
                ),
              }))}
            />
            {list.hasNextPage && (
              <Flex justify="center" style={{ marginTop: 12 }}>
                <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {t.ui.loadMore}
                </Button>
              </Flex>
            )}
          </section>
        ) : null}
      </Card>
    </>
  );
}
