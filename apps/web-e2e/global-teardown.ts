import { rmSync } from 'node:fs';

/**
 * Removes the run's embedded database once the runner exits — after Playwright has stopped the API
 * (the web server outlives global teardown, so deleting now would pull the files from under it).
 */
export default function globalTeardown(): void {
  const dataDir = process.env['THIDUA_E2E_DATA_DIR'];
  if (!dataDir || process.env['E2E_KEEP_DATA']) return;
  process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}
