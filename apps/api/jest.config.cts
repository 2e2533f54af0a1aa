/* Unit tests: pure logic next to the code, no database. */
const preset = require('./jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-unit',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
