import { BrandMark } from '@thidua/web-ui';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';

/**
 * The frame of the pages anyone opens without signing in (công khai danh sách, xác minh bằng khen,
 * tra cứu khen thưởng): the emblem and name, the content, a way to the officers' sign-in.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', background: '#f3f4f7' }}>
      <header
        style={{
          width: '100%',
          // the padding inside the width: at 390 px the page must not scroll sideways
          boxSizing: 'border-box',
          background: 'linear-gradient(180deg, #8f1012 0, #b3141b 100%)',
          padding: '16px 24px',
        }}
      >
        <Flex align="center" gap={12} style={{ maxWidth: 960, margin: '0 auto' }}>
          <BrandMark size={40} />
          <Typography.Text strong style={{ color: '#ffd54f', fontSize: 18 }}>
            {t.app.title}
          </Typography.Text>
        </Flex>
      </header>
      <main
        style={{
          width: '100%',
          boxSizing: 'border-box',
          maxWidth: 960,
          padding: 'clamp(16px, 4vw, 32px)',
        }}
      >
        {children}
      </main>
      <footer style={{ padding: 16 }}>
        <Link to={PATHS.login}>{t.app.staffLogin}</Link>
      </footer>
    </Flex>
  );
}
