// A file in apps/api/src/modules/<A>/ may import from modules/<B>/ only what B publishes. The rule
// works on the *resolved* path of the import (path.resolve against the importing file), so
// `../b/x.entity`, `../../b/entities/x.entity`, `./../b/b.entities` and `../b` are the same thing
// to it. It replaced `no-restricted-imports` patterns (`../*/*.entity`, `../../*/entities/*`) that a
// path of another depth or an entity barrel (`org.entities.ts`) walked past.
import fs from 'node:fs';
import path from 'node:path';

const MODULES = /(?:^|\/)apps\/api\/src\/modules\/([^/]+)\/(.*)$/;
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.cjs'];

/**
 * What every module publishes, matched against the path inside the module without its extension:
 * its Nest module and services (the way in), GraphQL models, inputs and enums (types other modules
 * expose in their own schema, e.g. `Unit` on a user).
 */
const PUBLIC = [
  /(^|\/)[^/]+\.module$/,
  /(^|\/)[^/]+\.service$/,
  /(^|\/)[^/]+\.models?$/,
  /(^|\/)models\/[^/]+$/,
  /(^|\/)[^/]+\.inputs?$/,
  /(^|\/)dto\/[^/]+$/,
  /(^|\/)[^/]+\.enums?$/,
];
/** Entities: only an entity file may import another module's entity, to declare a foreign key. */
const ENTITY = [/(^|\/)[^/]+\.entity$/, /(^|\/)entities\/[^/]+\.entity$/];
/** An entity barrel (`org.entities.ts`, `entities/index.ts`) is never needed for a foreign key. */
const ENTITY_BARREL = [/(^|\/)[^/]+\.entities$/, /(^|\/)entities\/index$/];

function posix(p) {
  return p.split(path.sep).join('/');
}

/** `x/y` → `x/y` (a file), `x/y/index` (a folder), whichever exists; extension dropped. */
function withoutExtension(resolved) {
  const ext = EXTENSIONS.find((e) => resolved.endsWith(e));
  if (ext) return resolved.slice(0, -ext.length);
  if (!EXTENSIONS.some((e) => fs.existsSync(resolved + e))) {
    try {
      if (fs.statSync(resolved).isDirectory()) return `${resolved}/index`;
    } catch {
      // neither a file nor a folder on disk (e.g. in a rule test): judged by its name
    }
  }
  return resolved;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'API modules import from each other only what the other module publishes.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          // module → extra paths inside it (no extension) that it publishes, each with a reason in the config
          extraPublic: {
            type: 'object',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      internal:
        'Không import "{{target}}" của module {{module}}: chỉ dùng phần module đó công bố (*.module, *.service, model, input, enum) — xem docs/architecture.md.',
      entity:
        'Không import entity "{{target}}" của module {{module}}: entity của module khác chỉ được import trong *.entity.ts để khai báo khoá ngoại; hãy dùng service mà module đó export.',
    },
  },
  create(context) {
    const filename = posix(context.filename ?? context.getFilename());
    const own = MODULES.exec(filename);
    if (!own) return {};
    const fromModule = own[1];
    const isEntityFile = /\.entity\.[cm]?[jt]sx?$/.test(filename);
    const extra = context.options[0]?.extraPublic ?? {};

    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!spec.startsWith('.') && !path.isAbsolute(spec)) return; // packages and @thidua/* aliases
      const resolved = posix(withoutExtension(path.resolve(path.dirname(filename), spec)));
      const target = MODULES.exec(resolved) ?? MODULES.exec(`${resolved}/`);
      if (!target || target[1] === fromModule) return;
      const [, module, inner] = target;
      const shown = inner || '(thư mục gốc)';
      if (PUBLIC.some((re) => re.test(inner)) || (extra[module] ?? []).includes(inner)) return;
      if (ENTITY_BARREL.some((re) => re.test(inner))) {
        context.report({ node: source, messageId: 'entity', data: { target: shown, module } });
        return;
      }
      if (ENTITY.some((re) => re.test(inner))) {
        if (!isEntityFile)
          context.report({ node: source, messageId: 'entity', data: { target: shown, module } });
        return;
      }
      context.report({ node: source, messageId: 'internal', data: { target: shown, module } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
      TSImportType: (node) => {
        // typescript-eslint 8 names it `source` (a literal); older versions `argument` (a literal type)
        const arg =
          node.source ??
          (node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument);
        check(node, arg?.type === 'Literal' ? arg : null);
      },
      CallExpression: (node) => {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        ) {
          check(node, node.arguments[0]);
        }
      },
    };
  },
};

export default { meta: { name: 'thidua-local' }, rules: { 'module-boundaries': rule } };
