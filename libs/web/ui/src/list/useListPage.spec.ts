import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { SEARCH_DELAY_MS } from '../hooks/useDebouncedValue';
import { useListPage } from './useListPage';

type Filters = { unitId?: string; partyMember?: boolean };

describe('useListPage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts at the first page of the unfiltered list', () => {
    const { result } = renderHook(() => useListPage<Filters>());
    expect(result.current.variables).toEqual({ first: 20 });
    expect(result.current.isFiltered).toBe(false);
    expect(result.current.tableProps('Không có cán bộ phù hợp').emptyText).toBeUndefined();
  });

  it('sends the trimmed search once typing pauses, and no empty search', () => {
    const { result } = renderHook(() => useListPage<Filters>());
    act(() => result.current.setSearch('  Nguyễn Văn'));
    expect(result.current.variables).toEqual({ first: 20 });

    act(() => void vi.advanceTimersByTime(SEARCH_DELAY_MS));
    expect(result.current.variables).toEqual({ first: 20, search: 'Nguyễn Văn' });
    expect(result.current.query).toEqual({ search: 'Nguyễn Văn' });
    expect(result.current.isFiltered).toBe(true);

    act(() => result.current.setSearch('   '));
    act(() => void vi.advanceTimersByTime(SEARCH_DELAY_MS));
    expect(result.current.variables).toEqual({ first: 20 });
    expect(result.current.isFiltered).toBe(false);
  });

  it('starts the list over when a filter or the page size changes: new variables, new query key', () => {
    const { result, rerender } = renderHook(() => useListPage<Filters>());
    const first = result.current.variables;
    rerender();
    // nothing changed: the same variables, so the loaded pages and their cursor stay
    expect(result.current.variables).toBe(first);

    act(() => result.current.setFilters({ unitId: 'u-snv' }));
    const filtered = result.current.variables;
    expect(filtered).not.toBe(first);
    expect(filtered).toEqual({ first: 20, unitId: 'u-snv' });
    // no cursor rides along: the connection query starts from its first page
    expect(filtered).not.toHaveProperty('after');

    act(() => result.current.setPageSize(50));
    expect(result.current.variables).toEqual({ first: 50, unitId: 'u-snv' });
  });

  it('counts false as a filter (a yes/no filter answered "no") but not undefined or null', () => {
    const { result } = renderHook(() => useListPage<Filters>());
    act(() => result.current.setFilters({ partyMember: false }));
    expect(result.current.isFiltered).toBe(true);
    expect(result.current.tableProps('Không có cán bộ phù hợp').emptyText).toBe(
      'Không có cán bộ phù hợp',
    );
    act(() => result.current.setFilters({ partyMember: undefined }));
    expect(result.current.isFiltered).toBe(false);
  });

  it('sets some filters without dropping the others, and resets to the filters it opened with', () => {
    const { result } = renderHook(() => useListPage<Filters>({ unitId: 'u-from-address' }));
    expect(result.current.variables).toEqual({ first: 20, unitId: 'u-from-address' });

    act(() => result.current.setFilters({ partyMember: true }));
    act(() => result.current.setSearch('hoa'));
    act(() => void vi.advanceTimersByTime(SEARCH_DELAY_MS));
    expect(result.current.query).toEqual({
      unitId: 'u-from-address',
      partyMember: true,
      search: 'hoa',
    });

    act(() => result.current.reset());
    act(() => void vi.advanceTimersByTime(SEARCH_DELAY_MS));
    expect(result.current.search).toBe('');
    expect(result.current.query).toEqual({ unitId: 'u-from-address' });
  });

  it('wires the table’s page size selector', () => {
    const { result } = renderHook(() => useListPage());
    const props = result.current.tableProps('Không có kết quả phù hợp');
    expect(props.pageSize).toBe(20);
    act(() => props.onPageSizeChange?.(100));
    expect(result.current.variables).toEqual({ first: 100 });
  });
});
