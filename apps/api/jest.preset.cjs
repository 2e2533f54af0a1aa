// Nest 12 ships ESM only: @swc/jest transforms both our TypeScript and those packages to CommonJS.
const esmPackages = [
  '@nestjs',
  '@apollo',
  '@as-integrations',
  'uid',
  'load-esm',
  'file-type',
  'graphql-ws',
  '@graphql-tools',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@thidua/shared-domain$': '<rootDir>/../../libs/shared/domain/src/index.ts',
    '^@thidua/documents$': '<rootDir>/../../libs/documents/src/index.ts',
    '^@thidua/documents/pdf$': '<rootDir>/../../libs/documents/src/pdf.ts',
  },
};
