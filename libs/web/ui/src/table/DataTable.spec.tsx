import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderWithUi } from '../testing/renderWithUi';
import { DataTable } from './DataTable';

interface Row {
  id: string;
  name: string;
}

const columns = [{ title: 'Họ và tên', dataIndex: 'name', key: 'name' }];

describe('DataTable', () => {
  it('shows a readable empty state and a zero total', () => {
    renderWithUi(<DataTable<Row> rowKey="id" columns={columns} rows={[]} totalCount={0} />);
    expect(screen.getByText('Chưa có dữ liệu')).toBeTruthy();
    expect(screen.getByTestId('data-table-total').textContent).toBe('Tổng số: 0');
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).toBeNull();
  });

  it('uses the caller’s empty text when given (filtered lists)', () => {
    renderWithUi(
      <DataTable<Row>
        rowKey="id"
        columns={columns}
        rows={[]}
        totalCount={0}
        emptyText="Không có người dùng phù hợp"
      />,
    );
    expect(screen.getByText('Không có người dùng phù hợp')).toBeTruthy();
    expect(screen.queryByText('Chưa có dữ liệu')).toBeNull();
  });

  it('does not claim "no data" while the first page loads', () => {
    renderWithUi(<DataTable<Row> rowKey="id" columns={columns} rows={undefined} loading />);
    expect(screen.queryByText('Chưa có dữ liệu')).toBeNull();
  });

  it('formats the total count the Vietnamese way and loads more on demand', () => {
    const onLoadMore = vi.fn();
    renderWithUi(
      <DataTable<Row>
        rowKey="id"
        columns={columns}
        rows={[
          { id: '1', name: 'Nguyễn Văn An' },
          { id: '2', name: 'Trần Thị Bình' },
        ]}
        totalCount={1234}
        hasNextPage
        onLoadMore={onLoadMore}
      />,
    );
    expect(screen.getByTestId('data-table-total').textContent).toBe('Tổng số: 1.234');
    expect(screen.getByText(/Đang hiển thị 2/)).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getByText('Nguyễn Văn An')).toBeTruthy();
    expect(within(table).getByText('Trần Thị Bình')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tải thêm' }));
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });

  it('says "hơn" when the API stopped counting', () => {
    renderWithUi(
      <DataTable<Row>
        rowKey="id"
        columns={columns}
        rows={[{ id: '1', name: 'Nguyễn Văn An' }]}
        totalCount={10000}
        totalCountCapped
        hasNextPage
        onLoadMore={() => undefined}
      />,
    );
    expect(screen.getByTestId('data-table-total').textContent).toBe('Tổng số: hơn 10.000');
    expect(screen.getByText(/Đang hiển thị 1/)).toBeTruthy();
  });

  it('hides "Tải thêm" on the last page', () => {
    renderWithUi(
      <DataTable<Row>
        rowKey="id"
        columns={columns}
        rows={[{ id: '1', name: 'Nguyễn Văn An' }]}
        totalCount={1}
        hasNextPage={false}
        onLoadMore={() => undefined}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).toBeNull();
    expect(screen.queryByText(/Đang hiển thị/)).toBeNull();
  });
});
