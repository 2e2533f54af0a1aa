import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';

import viteConfig from './vite.config.mts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.spec.{ts,tsx}'],
      setupFiles: [
        fileURLToPath(new URL('../../libs/web/ui/src/testing/setup-dom.ts', import.meta.url)),
        'src/test/setup.ts',
      ],
      // the first test of a file renders antd screens while Vite still transforms them: slow on a busy runner
      testTimeout: 60_000,
    },
  }),
);
