import { CloseCircleFilled } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';

import { t } from '../../../i18n/entry';

/**
 * Shown when a screen throws while rendering or its code failed to load (e.g. after a new release).
 * Plain markup rather than antd Result: this element sits in the entry chunk, and Result brings its
 * 403/404/500 illustrations (~10 KB gzip) to the login page.
 */
export function RouteError() {
  return (
    <Flex
      component="main"
      vertical
      align="center"
      gap={12}
      style={{ padding: '48px 24px', textAlign: 'center' }}
    >
      <CloseCircleFilled aria-hidden style={{ fontSize: 64, color: '#c62828' }} />
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t.errors.crashTitle}
      </Typography.Title>
      <Typography.Paragraph style={{ maxWidth: 560, margin: 0 }}>
        {t.errors.crashText}
      </Typography.Paragraph>
      <Button type="primary" onClick={() => window.location.reload()}>
        {t.errors.reloadPage}
      </Button>
    </Flex>
  );
}
