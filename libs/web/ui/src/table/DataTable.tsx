import { formatNumber } from '@thidua/shared-domain';
import { Button, Empty, Flex, Select, Table, Typography, type TableProps } from 'antd';
import { useEffect, useRef } from 'react';

import { useUiText } from '../ui-text';

export const DEFAULT_PAGE_SIZES = [20, 50, 100];

export interface DataTableProps<T> extends Omit<
  TableProps<T>,
  'dataSource' | 'pagination' | 'loading' | 'footer'
> {
  /** Rows loaded so far (all pages of the cursor connection, in order). */
  rows: readonly T[] | undefined;
  /** `totalCount` of the connection: every row matching the filters, loaded or not. */
  totalCount?: number;
  /** More rows match than the API counts: `totalCount` is its ceiling ("hơn 10.000"). */
  totalCountCapped?: boolean;
  /** Whether the connection has rows after the last one loaded. */
  hasNextPage?: boolean;
  onLoadMore?: () => void;
  /** The first page, or a new filter/sort, is loading. */
  loading?: boolean;
  /** The next page is loading. */
  loadingMore?: boolean;
  pageSize?: number;
  pageSizeOptions?: number[];
  onPageSizeChange?: (size: number) => void;
  /** Replaces the default "Chưa có dữ liệu", e.g. "Không có kết quả phù hợp" when filtered. */
  emptyText?: string;
}

/**
 * An antd Table over a cursor connection: total count, a "load more" control instead of page numbers
 * (a cursor cannot jump to page 7), a page size selector and a readable empty state.
 */
export function DataTable<T extends object>({
  rows,
  totalCount,
  totalCountCapped = false,
  hasNextPage = false,
  onLoadMore,
  loading = false,
  loadingMore = false,
  pageSize,
  pageSizeOptions = DEFAULT_PAGE_SIZES,
  onPageSizeChange,
  emptyText,
  locale,
  scroll,
  ...tableProps
}: DataTableProps<T>) {
  const text = useUiText();
  const shown = rows?.length ?? 0;
  const box = useRef<HTMLDivElement>(null);

  // A table wider than its box scrolls inside it (never the page: phones, 390 px). Keyboard users must
  // reach that scroll too (WCAG 2.1.1; axe: scrollable-region-focusable), so the scrolling box takes a
  // Tab stop while, and only while, it overflows.
  useEffect(() => {
    const scroller = box.current?.querySelector<HTMLElement>('.ant-table-content, .ant-table-body');
    if (!scroller) return;
    if (scroller.scrollWidth > scroller.clientWidth) scroller.tabIndex = 0;
    else scroller.removeAttribute('tabindex');
  });

  return (
    <div className="thidua-data-table" ref={box}>
      <Table<T>
        {...tableProps}
        dataSource={rows as T[] | undefined}
        loading={loading && !loadingMore}
        pagination={false}
        scroll={scroll ?? { x: 960 }}
        locale={{
          ...locale,
          emptyText: loading ? (
            <div style={{ height: 96 }} aria-hidden />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? text.empty} />
          ),
        }}
      />
      <Flex justify="space-between" align="center" wrap gap={12} style={{ paddingTop: 12 }}>
        <Typography.Text>
          {totalCount !== undefined && (
            <strong data-testid="data-table-total">
              {text.totalCount(formatNumber(totalCount), totalCountCapped)}
            </strong>
          )}
          {totalCount !== undefined && shown > 0 && shown < totalCount && (
            <Typography.Text type="secondary">
              {' '}
              · {text.shownCount(formatNumber(shown))}
            </Typography.Text>
          )}
        </Typography.Text>
        <Flex gap={12} align="center">
          {pageSize !== undefined && onPageSizeChange && (
            <Select<number>
              aria-label={text.pageSizeLabel}
              value={pageSize}
              onChange={onPageSizeChange}
              options={pageSizeOptions.map((size) => ({ value: size, label: text.pageSize(size) }))}
              style={{ width: 120 }}
            />
          )}
          {hasNextPage && onLoadMore && (
            <Button onClick={onLoadMore} loading={loadingMore} disabled={loading}>
              {text.loadMore}
            </Button>
          )}
        </Flex>
      </Flex>
    </div>
  );
}
