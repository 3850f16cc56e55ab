/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // ask-sdk-test declares its cases with mocha's `it`; under jest they become jest tests.
  moduleNameMapper: { '^mocha$': '<rootDir>/tests/support/mocha-shim.ts' },
};
