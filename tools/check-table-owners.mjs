#!/usr/bin/env node
// Each table is written only by the code that owns it: a table belongs to the module (or core) whose
// `@Entity('table')` declares it, and only that module's source may INSERT INTO / UPDATE / DELETE FROM
// it (raw SQL in any string or template literal) or hand its entity to a TypeORM write
// (`.insert(X…)`, `.update(X…)`, `.save(X…)`, `.into(X…)`, `getRepository(X…)`, …). Another module
// goes through the owner's service. The import lint (tools/eslint/module-boundaries.mjs) cannot see a
// table named in SQL: this can. Run by `npm run lint` (project `tools`); exits 1 listing every write.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = 'apps/api/src';

/**
 * Code that writes every table on purpose, with why. Nothing else is exempt.
 * - migrations: schema changes and their data backfills are the schema's, not a module's.
 */
const EXEMPT = [
  {
    prefix: `${SRC}/core/database/migrations/`,
    why: 'migrations own the schema and its backfills',
  },
];

/** Owner of a source file: `modules/<name>` → name; `core/…` → core; anything else → its top folder/file. */
export function ownerOf(file) {
  const rel = file.split(path.sep).join('/');
  const m = /(?:^|\/)apps\/api\/src\/modules\/([^/]+)\//.exec(rel);
  if (m) return m[1];
  const rest = /(?:^|\/)apps\/api\/src\/([^/]+)/.exec(rel);
  if (!rest) return null;
  return rest[1] === 'core' ? 'core' : rest[1].replace(/\.ts$/, '');
}

/** TypeORM calls that write (or hand out a repository that can) when given an entity or table. */
const WRITE_CALLS = new Set([
  'insert',
  'update',
  'upsert',
  'delete',
  'save',
  'remove',
  'softDelete',
  'softRemove',
  'restore',
  'recover',
  'increment',
  'decrement',
  'clear',
  'into',
  'getRepository',
  'withRepository',
]);

const SQL_WRITES = [
  /\bINSERT\s+INTO\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/gi,
  /\bUPDATE\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/gi,
  /\bDELETE\s+FROM\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/gi,
  /\bTRUNCATE\s+(?:TABLE\s+)?(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/gi,
  /\bMERGE\s+INTO\s+"?([a-z_][a-z0-9_]*)"?/gi,
  /\bCOPY\s+"?([a-z_][a-z0-9_]*)"?\s*(?:\([^)]*\)\s*)?FROM\b/gi,
];

const DYNAMIC_WRITE =
  /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|MERGE\s+INTO)\s+(?:ONLY\s+)?\$\{…\}/gi;

function parse(file, text) {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** `@Entity('t')` / `@Entity({ name: 't' })` on `class X` → tables and entity classes of a file. */
export function entitiesIn(file, text) {
  const found = [];
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const d of ts.getDecorators?.(node) ?? []) {
        const call = d.expression;
        if (!ts.isCallExpression(call) || call.expression.getText() !== 'Entity') continue;
        const arg = call.arguments[0];
        let table = null;
        if (arg && ts.isStringLiteralLike(arg)) table = arg.text;
        if (arg && ts.isObjectLiteralExpression(arg)) {
          const name = arg.properties.find(
            (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'name',
          );
          if (name && ts.isStringLiteralLike(name.initializer)) table = name.initializer.text;
        }
        if (table) found.push({ table, entity: node.name.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file, text));
  return found;
}

/** Every write a file makes: `{ line, table, how }` (table names, or entity class names mapped later). */
export function writesIn(file, text, entityTables) {
  const sf = parse(file, text);
  const writes = [];
  const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const sqlText = (node) => {
    if (ts.isStringLiteralLike(node)) return node.text;
    if (ts.isTemplateExpression(node)) {
      // an interpolation stands for an unknown name: `INSERT INTO ${t}` is caught below as "?"
      return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ${…} ');
    }
    return null;
  };
  const visit = (node) => {
    const sql = sqlText(node);
    if (
      sql !== null &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isExportDeclaration(node.parent)
    ) {
      for (const re of SQL_WRITES) {
        re.lastIndex = 0;
        for (let m; (m = re.exec(sql));)
          writes.push({
            line: lineOf(node.getStart()),
            table: m[1].toLowerCase(),
            how: m[0].replace(/\s+/g, ' '),
          });
      }
      // `INSERT INTO ${table}`: a table this check cannot name is a write it cannot allow
      DYNAMIC_WRITE.lastIndex = 0;
      for (let m; (m = DYNAMIC_WRITE.exec(sql));)
        writes.push({ line: lineOf(node.getStart()), table: '?', how: m[0] });
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const arg = node.arguments[0];
      if (WRITE_CALLS.has(method) && arg) {
        let table = null;
        if (ts.isIdentifier(arg) && entityTables.has(arg.text)) table = entityTables.get(arg.text);
        else if (ts.isStringLiteralLike(arg) && entityTables.has(arg.text))
          table = entityTables.get(arg.text);
        else if (ts.isStringLiteralLike(arg) && [...entityTables.values()].includes(arg.text))
          table = arg.text;
        if (table)
          writes.push({
            line: lineOf(node.getStart()),
            table,
            how: `.${method}(${arg.getText()})`,
          });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return writes;
}

function sourceFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.ts$/.test(entry.name) && !/\.(spec|int-spec)\.ts$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** `files`: `{ file (relative to the repo), text }[]` → `{ owners, violations }`. */
export function check(files) {
  const owners = new Map(); // table → owner
  const entityTables = new Map(); // entity class → table
  for (const { file, text } of files) {
    for (const { table, entity } of entitiesIn(file, text)) {
      owners.set(table, ownerOf(file));
      entityTables.set(entity, table);
    }
  }
  const violations = [];
  for (const { file, text } of files) {
    const rel = file.split(path.sep).join('/');
    if (EXEMPT.some((e) => rel.includes(e.prefix))) continue;
    const writer = ownerOf(file);
    for (const w of writesIn(file, text, entityTables)) {
      const owner = w.table === '?' ? null : owners.get(w.table);
      if (w.table !== '?' && owner === undefined) continue; // not a table (`DO UPDATE SET`, `FOR UPDATE OF`)
      if (owner === writer) continue;
      violations.push({ file: rel, line: w.line, writer, table: w.table, owner, how: w.how });
    }
  }
  return { owners, violations };
}

function main() {
  const files = sourceFiles(path.join(ROOT, SRC)).map((full) => ({
    file: path.relative(ROOT, full),
    text: fs.readFileSync(full, 'utf8'),
  }));
  const { owners, violations } = check(files);
  if (!violations.length) {
    process.stdout.write(
      `check-table-owners: ${owners.size} tables, each written only by its owner.\n`,
    );
    return;
  }
  for (const v of violations) {
    const what =
      v.table === '?' ? 'a table named at run time' : `"${v.table}" (owned by ${v.owner})`;
    process.stderr.write(`${v.file}:${v.line}: ${v.writer} writes ${what} with ${v.how}\n`);
  }
  process.stderr.write(
    `check-table-owners: ${violations.length} write(s) to another owner's table; go through the owner's service.\n`,
  );
  process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
