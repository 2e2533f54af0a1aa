import type { CodegenConfig } from '@graphql-codegen/cli';

/** One output's settings: the SPA's documents and the API integration tests' share them. */
const clientPreset = {
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
} as const;

/**
 * Typed documents for the SPA, and for the API's integration tests (`graphql(\`query Name…\`)` in
 * `apps/api/test/*.int-spec.ts`: a test whose query no longer fits the schema fails to compile instead
 * of failing at run time with a GraphQL error, issue 9 B6). Reads the committed schema FILE (never a
 * live server), so CI can regenerate and fail on drift with `git diff --exit-code` on both folders.
 * Run from the workspace root: `npx nx run web-data-access:codegen`.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/gql/': {
      ...clientPreset,
      documents: [
        'libs/web/data-access/src/**/*.ts',
        '!libs/web/data-access/src/**/*.spec.ts',
        '!libs/web/data-access/src/gql/**',
      ],
    },
    'apps/api/test/gql/': {
      ...clientPreset,
      documents: ['apps/api/test/**/*.int-spec.ts'],
    },
  },
};

export default config;
