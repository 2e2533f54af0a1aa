import { describe, expect, it, vi } from 'vitest';

import { connectionTable } from './connection';

const page = { nodes: [{ id: 'a' }], totalCount: 12, totalCountCapped: false, hasNextPage: true };
const idle = {
  isPending: false,
  isFetching: false,
  isFetchingNextPage: false,
  isPlaceholderData: false,
};

describe('connectionTable', () => {
  it('gives a list table its rows, counts and "load more"', () => {
    const fetchNextPage = vi.fn();
    const props = connectionTable({ ...idle, data: page, hasNextPage: true, fetchNextPage });
    expect(props).toMatchObject({
      rows: [{ id: 'a' }],
      totalCount: 12,
      totalCountCapped: false,
      hasNextPage: true,
      loading: false,
      loadingMore: false,
    });
    props.onLoadMore();
    expect(fetchNextPage).toHaveBeenCalledTimes(1);
  });

  it('is loading on the first page and while new filters replace the shown rows, not while appending', () => {
    const base = { data: page, hasNextPage: true, fetchNextPage: () => undefined };
    expect(connectionTable({ ...base, ...idle, isPending: true }).loading).toBe(true);
    expect(
      connectionTable({ ...base, ...idle, isFetching: true, isPlaceholderData: true }).loading,
    ).toBe(true);
    const appending = connectionTable({
      ...base,
      ...idle,
      isFetching: true,
      isFetchingNextPage: true,
    });
    expect(appending).toMatchObject({ loading: false, loadingMore: true });
  });
});
