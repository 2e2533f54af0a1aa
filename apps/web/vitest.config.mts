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
      // One module graph and one jsdom window for all files of a worker, instead of a fresh pair per
      // file: the 61 files took 646 s isolated in a CI run on a 2-core runner (import 125 s,
      // environment 78 s, and every file's antd styles built anew) and 240–354 s not, in any order
      // (`--sequence.shuffle.files`). What one file could leave to the next is reset after each test:
      // rendered trees (setup-dom.ts), stubbed globals and saved files (src/test/setup.ts); nothing is
      // module-mocked (a `vi.mock` would reach later files: see src/test/downloads.ts).
      // `VITEST_ISOLATE=1` isolates again, to tell whether a failure comes from an earlier file.
      isolate: process.env['VITEST_ISOLATE'] === '1',
    },
  }),
);
