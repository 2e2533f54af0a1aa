import { UiTextProvider } from '@thidua/web-ui';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';

import { t } from '../i18n/entry';
import { theme } from './theme';

/** antd in Vietnamese with the house theme, the UI text catalog, and the server-state cache. */
export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntdApp>
        <UiTextProvider value={t.ui}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </UiTextProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
