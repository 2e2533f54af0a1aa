import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the SPA. Reads the committed schema FILE (never a live server), so CI can
 * regenerate and fail on drift with `git diff --exit-code libs/web/data-access/src/gql`.
 * Run from the workspace root: `npx nx run web-data-access:codegen`.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'libs/web/data-access/src/**/*.ts',
    '!libs/web/data-access/src/**/*.spec.ts',
    '!libs/web/data-access/src/gql/**',
  ],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // documents are plain strings: the browser bundle needs no `graphql` runtime to send them
        documentMode: 'string',
        // enums become string-literal unions: plain TypeScript, nothing emitted at runtime
        enumType: 'string-literal',
        useTypeImports: true,
        importExtension: '',
        skipTypename: true,
        defaultScalarType: 'unknown',
        strictScalars: true,
        // Date: a calendar day "YYYY-MM-DD" (never shifted by time zones); DateTime: an ISO instant
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
