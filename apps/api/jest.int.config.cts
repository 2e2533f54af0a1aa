/*
 * Integration tests: the real Nest app over HTTP against a real database. Without DATABASE_URL the
 * global setup starts an embedded PostgreSQL (PGlite) once for the whole run; with DATABASE_URL it uses
 * that server. Files run one at a time: each builds its own app and its own uniquely named data.
 */
const preset = require('./jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-int',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 30000,
};
