/**
 * @thidua/documents: pure document builders, typed data in, .docx bytes out. PDF conversion is the one
 * impure part and lives in its own entry, `@thidua/documents/pdf`.
 */
export * from './nd30/body';
export * from './nd30/closing';
export * from './nd30/document';
export * from './nd30/format';
export * from './nd30/header';
export * from './nd30/identity';
export * from './nd30/layout';
export * from './nd30/page';
export * from './nd30/text';
export * from './nd30/title';
export * from './plan/plan-document';
export * from './plan/build-plan';
export * from './fixtures/bac-kan-office-plan';
export * from './fixtures/ben-tre-party-plan';
export * from './awards/award-documents';
export * from './awards/to-trinh';
export * from './awards/achievement-report';
export * from './fixtures/bac-kan-dossier';
export * from './councils/council-documents';
export { moneyText, shareText } from './councils/parts';
export * from './councils/minutes';
export * from './councils/tally-minutes';
export * from './councils/decision';
export * from './councils/certificate';
export * from './fixtures/bac-kan-council';
