import { StyleProvider } from '@ant-design/cssinjs';
import { render } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import type { ReactElement } from 'react';

import { UiTextProvider, type UiText } from '../ui-text';

/** The texts the library's own tests run with (the app supplies its catalog instead). */
export const testUiText: UiText = {
  totalCount: (n, capped) => (capped ? `Tổng số: hơn ${n}` : `Tổng số: ${n}`),
  shownCount: (n) => `Đang hiển thị ${n}`,
  loadMore: 'Tải thêm',
  empty: 'Chưa có dữ liệu',
  loading: 'Đang tải…',
  pageSize: (n) => `${n} / trang`,
  pageSizeLabel: 'Số dòng mỗi trang',
  noValue: '—',
  retry: 'Thử lại',
  confirmOk: 'Đồng ý',
  confirmCancel: 'Hủy',
  userMenu: 'Tài khoản',
  mainNavigation: 'Điều hướng chính',
  skipToContent: 'Bỏ qua đến nội dung chính',
  openNavigation: 'Mở menu điều hướng',
  filters: (n) => (n > 0 ? `Bộ lọc (${n})` : 'Bộ lọc'),
  conflictTitle: 'Dữ liệu đã thay đổi',
  conflictReload: 'Tải lại dữ liệu mới nhất',
};

/** Without antd's `<style>` in jsdom, as the app's `renderApp` (see there: 70% of the time went to it). */
export function renderWithUi(ui: ReactElement) {
  return render(
    <StyleProvider mock="server">
      <ConfigProvider>
        <App>
          <UiTextProvider value={testUiText}>{ui}</UiTextProvider>
        </App>
      </ConfigProvider>
    </StyleProvider>,
  );
}
