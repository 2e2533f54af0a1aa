/*
 * Integration tests: the real Nest app over HTTP against a real database. Without DATABASE_URL the
 * global setup starts embedded PostgreSQL (PGlite); with DATABASE_URL it uses that server. Either way
 * each Jest worker gets its own copy of one migrated template (setup/global-setup.ts), and each file
 * builds its own app and its own uniquely named data.
 */
const preset = require('./jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-int',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  // THIDUA_TEST_WORKERS (default 2: the cores here); each worker has its own database
  maxWorkers: Number(process.env['THIDUA_TEST_WORKERS'] ?? 2) || 2,
  testTimeout: 30000,
};
