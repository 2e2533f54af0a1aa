import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: { '@thidua/shared-domain': root('libs/shared/domain/src/index.ts') },
  },
  test: { environment: 'node', include: ['src/**/*.spec.ts'] },
});
