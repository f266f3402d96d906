// Shared jest settings: TypeScript through @swc/jest (legacy decorators with metadata, as tsc emits),
// native ES modules, and workspace packages resolved to their sources so tests need no build.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));

export function jestConfig(extra = {}) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2023',
          },
          module: { type: 'es6' },
          sourceMaps: 'inline',
        },
      ],
    },
    moduleNameMapper: {
      '^@housing-hub/gateway$': path.join(root, 'gateway/src/index.ts'),
      '^@housing-hub/hub$': path.join(root, 'hub/src/index.ts'),
      '^@housing-hub/(regions|programs|meetings)$': path.join(root, 'services/$1/src/index.ts'),
      '^@housing-hub/testing/jest$': path.join(root, 'packages/testing/src/jest.ts'),
      '^@housing-hub/([a-z-]+)$': path.join(root, 'packages/$1/src/index.ts'),
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    setupFiles: ['reflect-metadata'],
    reporters: ['default', path.join(root, 'jest.summary-reporter.js')],
    testTimeout: 60_000,
    ...extra,
  };
}
