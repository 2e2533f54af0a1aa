import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Mirrors the `paths` of tsconfig.base.json. */
export const workspaceAliases = {
  '@thidua/shared-domain': fromRoot('libs/shared/domain/src/index.ts'),
  '@thidua/web-data-access': fromRoot('libs/web/data-access/src/index.ts'),
  '@thidua/web-ui': fromRoot('libs/web/ui/src/index.ts'),
};

/** In development the API runs separately; the SPA reaches it through the dev server (same origin, cookies work). */
const apiTarget = process.env['API_URL'] ?? 'http://127.0.0.1:3000';
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiTarget, changeOrigin: false },
  '/api': { target: apiTarget, changeOrigin: false },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // the API serves the built SPA at / with an index.html fallback for client routes
  base: '/',
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  server: { host: '127.0.0.1', port: 4200, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4300, strictPort: true, proxy },
  build: {
    outDir: fromRoot('dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
});
