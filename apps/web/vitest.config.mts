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
      testTimeout: 20_000,
    },
  }),
);
