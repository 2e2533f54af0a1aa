#!/usr/bin/env node
// "No test without an assertion" (issue 9): every it()/test() in the API, web and e2e tests must assert
// something, and none may call fail() (Jest 30 has no global fail(): `try { x(); fail() } catch` then
// inspects a ReferenceError). eslint-plugin-jest (jest/expect-expect) is not installed, so this reads
// the test files with the TypeScript parser instead. Usage: node .ci/check-test-assertions.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** Calls that assert: expect/assert, and the GraphQL test client's ok()/fails() (they throw on the wrong outcome). */
const ASSERTS = /\b(expect|assert)\b|\.(ok|fails)\s*[<(]/;
/** expectTypeOf asserts only where vitest runs the file as a type test (`typecheck.enabled` in its config). */
const TYPE_ASSERTS = /\b(expectTypeOf|assertType)\b/;
function typeChecked(file) {
  for (let dir = dirname(file); dir !== '.' && dir !== '/'; dir = dirname(dir)) {
    const config = ['vitest.config.mts', 'vitest.config.ts', 'vite.config.mts', 'vite.config.ts']
      .map((name) => join(dir, name))
      .find((path) => existsSync(path));
    if (config) return /typecheck:\s*{[^}]*enabled:\s*true/.test(readFileSync(config, 'utf8'));
  }
  return false;
}
const TEST_CALL = /^(it|test)(\.(only|concurrent|failing))?$|^(it|test)\.each\b/s;

const files = execFileSync(
  'git',
  [
    'ls-files',
    '--cached',
    '--others',
    '--exclude-standard',
    '*.spec.ts',
    '*.spec.tsx',
    '*.int-spec.ts',
    'apps/web-e2e/**/*.ts',
  ],
  {
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter(Boolean);

const problems = [];
let tests = 0;
for (const file of files) {
  const typeTests = typeChecked(file);
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const where = (node) =>
    `${file}:${src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1}`;
  // Local helpers that assert (function f() { expect(…) } or const f = () => expect(…)) count when called.
  const helpers = new Set();
  const collect = (node) => {
    const fn =
      (ts.isFunctionDeclaration(node) && node.name && node.body
        ? [node.name.text, node.body]
        : null) ??
      (ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
        ? [node.name.text, node.initializer.body]
        : null);
    if (fn && ASSERTS.test(fn[1].getText(src))) helpers.add(fn[0]);
    ts.forEachChild(node, collect);
  };
  collect(src);
  // A local `fail` (a promise's reject, a helper) is not Jest's missing global.
  let localFail = false;
  const findFail = (node) => {
    const name =
      (ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node)) &&
      node.name;
    if (name && ts.isIdentifier(name) && name.text === 'fail') localFail = true;
    ts.forEachChild(node, findFail);
  };
  findFail(src);
  const callsHelper = (text) => [...helpers].some((h) => new RegExp(`\\b${h}\\s*[<(]`).test(text));

  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      if (!localFail && ts.isIdentifier(node.expression) && node.expression.text === 'fail') {
        problems.push(
          `${where(node)}: fail() is not defined in Jest 30; assert with expect(…).toThrow or rejects`,
        );
      }
      const callee = node.expression.getText(src);
      if (TEST_CALL.test(callee)) {
        const body = node.arguments.find(
          (a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a),
        );
        if (body) {
          tests += 1;
          const text = body.getText(src);
          if (
            !ASSERTS.test(text) &&
            !(typeTests && TYPE_ASSERTS.test(text)) &&
            !callsHelper(text)
          ) {
            problems.push(
              `${where(node)}: test ${node.arguments[0]?.getText(src).slice(0, 80)} asserts nothing`,
            );
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
}

/* eslint-disable no-console -- a command-line check */
if (problems.length) {
  console.error(
    `${problems.length} problem(s) in ${files.length} test files:\n${problems.join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `${tests} tests in ${files.length} files: every one asserts something, none calls fail().`,
);
