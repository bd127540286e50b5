// One Jest run for the whole repository; each tier is a project so `npm test` runs them all.
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] };
const moduleNameMapper = {
  '^@leernetwerk/shared$': '<rootDir>/packages/shared/src/index.ts',
  '^@leernetwerk/embedded-db$': '<rootDir>/packages/embedded-db/src/index.ts',
  '^@leernetwerk/embedded-media$': '<rootDir>/packages/embedded-media/src/index.ts',
  '^@leernetwerk/collab-client$': '<rootDir>/packages/collab-client/src/index.ts',
  '^@leernetwerk/server/(.*)$': '<rootDir>/server/src/$1',
};
const base = { rootDir: __dirname, testEnvironment: 'node', transform, moduleNameMapper };

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 30_000,
  // With two cores Jest runs test files in its own process; a timer a library leaves behind must
  // not keep CI waiting after the results are in.
  forceExit: true,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/{packages/*,server,client}/src/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.int\\.test\\.ts$'],
    },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/{packages/*,server}/src/**/*.int.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] },
  ],
};
