import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real built app: `node dist/apps/api/main.js` serves GraphQL, health and the
 * SPA from a fresh embedded database with demo data. Debian Chromium only (never `playwright install`).
 */
const workspaceRoot = resolve(__dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 3123);
const baseURL = `http://127.0.0.1:${port}`;

// One fresh data directory per run (removed afterwards unless E2E_KEEP_DATA is set). Workers re-read
// this file; the env var makes them reuse the same directory.
process.env['THIDUA_E2E_DATA_DIR'] ??= mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
const dataDir = process.env['THIDUA_E2E_DATA_DIR'];

export default defineConfig({
  testDir: './tests',
  globalTeardown: './global-teardown.ts',
  outputDir: './test-results',
  // the tests share one database and build on each other's data only through the UI: keep them in order
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node dist/apps/api/main.js',
    cwd: workspaceRoot,
    url: `${baseURL}/api/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' },
  },
});
