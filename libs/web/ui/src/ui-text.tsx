import { createContext, useContext, type ReactNode } from 'react';

/**
 * Every piece of text the shared components show. The app passes its catalog section
 * (apps/web/src/i18n) through <UiTextProvider>, so the library holds no UI language of its own.
 */
export interface UiText {
  /** "Tổng số: 1.234" — receives the count already formatted; `capped`: "Tổng số: hơn 10.000" */
  totalCount: (formattedCount: string, capped: boolean) => string;
  /** "Đang hiển thị 20" */
  shownCount: (formattedCount: string) => string;
  loadMore: string;
  empty: string;
  loading: string;
  /** "20 / trang" */
  pageSize: (size: number) => string;
  pageSizeLabel: string;
  /** shown where a value is absent */
  noValue: string;
  retry: string;
  confirmOk: string;
  confirmCancel: string;
  userMenu: string;
  mainNavigation: string;
  /** the skip link, first stop of the keyboard: "Bỏ qua đến nội dung chính" */
  skipToContent: string;
  /** the menu button that opens the navigation drawer on a phone */
  openNavigation: string;
  /** the toggle of a list's folded filters on a phone: "Bộ lọc", "Bộ lọc (2)" when two are set */
  filters: (activeCount: number) => string;
  /** a save refused because someone else saved the record first: "Dữ liệu đã thay đổi" */
  conflictTitle: string;
  /** …and its button that loads the latest data */
  conflictReload: string;
}

const UiTextContext = createContext<UiText | null>(null);

export function UiTextProvider({ value, children }: { value: UiText; children: ReactNode }) {
  return <UiTextContext.Provider value={value}>{children}</UiTextContext.Provider>;
}

export function useUiText(): UiText {
  const text = useContext(UiTextContext);
  if (!text) throw new Error('useUiText: wrap the app in <UiTextProvider value={…}>');
  return text;
}
