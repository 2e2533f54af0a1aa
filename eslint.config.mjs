import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import localRules from './tools/eslint/module-boundaries.mjs';

// Packages that must never reach the browser bundle or the framework-free shared lib.
const backendOnly = [
  'typeorm',
  '@nestjs/*',
  'class-validator',
  'class-transformer',
  'pg',
  '@electric-sql/*',
  'express',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.data',
      '**/vite.config.*.timestamp*',
      'libs/web/data-access/src/gql/**',
      'apps/api/test/gql/**',
      'apps/web-e2e/test-results/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs', '**/*.cts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // layers
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // sides: the browser never sees server code; shared stays framework-free
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: backendOnly,
            },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:server', 'scope:shared'],
              bannedExternalImports: ['react', 'react-dom', '@tanstack/*', 'antd', '@ant-design/*'],
            },
            // server-side libraries (libs/documents): the API may use them, the browser may not (scope:web
            // does not list them); they stay free of Nest, TypeORM and React so any process can call them
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
              bannedExternalImports: [...backendOnly, 'react', 'react-dom', 'antd'],
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [...backendOnly, 'react', 'react-dom', 'antd'],
            },
          ],
        },
      ],
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // API modules talk to each other only through what a module publishes (its module, services,
    // models, inputs, enums), judged on the resolved import path whatever its depth or barrel; an
    // entity may import another module's entity only to declare a foreign key. See
    // tools/eslint/module-boundaries.mjs; which module writes which table is checked by
    // tools/check-table-owners.mjs.
    files: ['apps/api/src/**/*.ts'],
    plugins: { local: localRules },
    rules: {
      'local/module-boundaries': [
        'error',
        {
          extraPublic: {
            // the seam other modules register into so their rows follow a restructuring (ADR 0008),
            // and the label its participants give the audit row of what followed
            org: ['restructuring-participants', 'org-audit'],
          },
        },
      ],
    },
  },
  {
    // ADR 0012: the transaction travels with the call chain. A service reads through
    // `TransactionRunner.repo()`/`manager` (the open transaction's, else the pool's), so it never
    // injects a repository (which would read beside the transaction: invisible rows on PostgreSQL,
    // a 15 s wait on the embedded database) and never takes an optional `em?` to choose between the two.
    files: ['apps/api/src/modules/**/*.ts', 'apps/api/src/core/**/*.ts'],
    ignores: [
      // a failed login's record and the session store must outlive any rollback: outside transactions
      'apps/api/src/modules/identity/login-throttle.service.ts',
      'apps/api/src/modules/identity/session.service.ts',
      'apps/api/src/modules/identity/auth.resolver.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Decorator[expression.callee.name='InjectRepository']",
          message:
            'Read through TransactionRunner.repo(Entity) (ADR 0012), not an injected repository.',
        },
        {
          selector:
            "Identifier[optional=true][typeAnnotation.typeAnnotation.typeName.name='EntityManager']",
          message:
            'No optional EntityManager parameter: readers find the open transaction themselves (ADR 0012).',
        },
      ],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.spec.tsx',
      'apps/*/test/**/*.ts',
      'apps/web-e2e/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The SPA's tests share one module graph per worker (apps/web/vitest.config.mts, `isolate: false`):
    // a module mock would replace the module for every file that runs after it in that worker.
    files: ['apps/web/src/**/*.spec.ts', 'apps/web/src/**/*.spec.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|hoisted)$/]",
          message:
            'No module mocks in the SPA tests (they share one module graph): answer through mockGraphql, stub a global, or read src/test/downloads.ts.',
        },
      ],
    },
  },
];
