import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: { '@thidua/shared-domain': root('libs/shared/domain/src/index.ts') },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    // contract.spec.ts asserts with expectTypeOf only: run as a plain test it passed asserting nothing,
    // so it runs only as a type test (vitest calls tsc on it) and fails when the types disagree.
    exclude: ['src/**/contract.spec.ts'],
    typecheck: { enabled: true, include: ['src/**/contract.spec.ts'], tsconfig: './tsconfig.json' },
  },
});
