import {
  keepPreviousData,
  useInfiniteQuery,
  type InfiniteData,
  type QueryKey,
} from '@tanstack/react-query';

/** The Relay connection shape every list query of the API returns. */
export interface Connection<TNode> {
  edges: ReadonlyArray<{ node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
  /** More rows match than the API counts (`totalCount` is then its ceiling). */
  totalCountCapped: boolean;
}

/** What a list screen needs from the pages loaded so far. */
export interface ConnectionPage<TNode> {
  nodes: TNode[];
  totalCount: number;
  totalCountCapped: boolean;
  hasNextPage: boolean;
}

export function flattenConnection<TResult, TNode>(
  data: InfiniteData<TResult, string | null>,
  pick: (result: TResult) => Connection<TNode>,
): ConnectionPage<TNode> {
  const connections = data.pages.map(pick);
  const last = connections[connections.length - 1];
  return {
    nodes: connections.flatMap((c) => c.edges.map((e) => e.node)),
    totalCount: last?.totalCount ?? 0,
    totalCountCapped: last?.totalCountCapped ?? false,
    hasNextPage: last?.pageInfo.hasNextPage ?? false,
  };
}

interface ConnectionQueryOptions<TResult, TNode> {
  queryKey: QueryKey;
  fetchPage: (after: string | null, signal: AbortSignal) => Promise<TResult>;
  pick: (result: TResult) => Connection<TNode>;
  enabled?: boolean;
}

/**
 * A cursor-paginated list: `fetchNextPage()` appends the next page ("Tải thêm"). While filters change,
 * the previous rows stay on screen until the new ones arrive.
 */
export function useConnectionQuery<TResult, TNode>({
  queryKey,
  fetchPage,
  pick,
  enabled,
}: ConnectionQueryOptions<TResult, TNode>) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: TResult) => {
      const { pageInfo } = pick(last);
      return pageInfo.hasNextPage && pageInfo.endCursor ? pageInfo.endCursor : undefined;
    },
    select: (data) => flattenConnection(data, pick),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The part of a connection query's state a list table shows (the props `DataTable` takes for it). */
export interface ConnectionTableState<TNode> {
  rows: TNode[] | undefined;
  totalCount: number | undefined;
  totalCountCapped: boolean | undefined;
  hasNextPage: boolean;
  onLoadMore: () => void;
  loading: boolean;
  loadingMore: boolean;
}

/**
 * `<DataTable {...connectionTable(query)} … />`: rows, counts and "Tải thêm" of a `useConnectionQuery`
 * list, wired the same way on every list screen.
 */
export function connectionTable<TNode>(query: {
  data: ConnectionPage<TNode> | undefined;
  hasNextPage: boolean;
  fetchNextPage: () => unknown;
  isPending: boolean;
  isFetching: boolean;
  isFetchingNextPage: boolean;
  isPlaceholderData: boolean;
}): ConnectionTableState<TNode> {
  return {
    rows: query.data?.nodes,
    totalCount: query.data?.totalCount,
    totalCountCapped: query.data?.totalCountCapped,
    hasNextPage: query.hasNextPage,
    onLoadMore: () => void query.fetchNextPage(),
    // the first page, or the rows of new filters while the previous ones stay on screen
    loading:
      query.isPending || (query.isFetching && !query.isFetchingNextPage && query.isPlaceholderData),
    loadingMore: query.isFetchingNextPage,
  };
}
