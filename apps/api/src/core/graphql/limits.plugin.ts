import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  getOperationAST,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ERROR_CODES } from '@thidua/shared-domain';

/**
 * What a field costs. A plain property (read off the parent object) is 1. A field with its own
 * resolver (every root field and every `@ResolveField`) is 10: it goes through Nest's guard and
 * parameter pipeline and usually a DataLoader or a query. Measured over HTTP, warm, 1,000 aliases in
 * one request: a property 81 ms, `user { unit { id } }` (a DataLoader, one batched query) 418 ms,
 * root `me` (memoised, no query) 790 ms; before the actor and `me` were memoised per request, 30
 * aliases of `me` made 120 queries. A field may state its own figure with `@Field({ complexity })`.
 */
export const FIELD_COST = { plain: 1, resolver: 10 } as const;

/** Stops the arithmetic of a nested bomb (2^1000 spreads) at a finite figure: NaN would pass a `>` test. */
const SATURATED = 1e15;
const add = (a: number, b: number): number => Math.min(SATURATED, a + b);
const times = (a: number, b: number): number =>
  a === 0 || b === 0 ? 0 : Math.min(SATURATED, a * b);

export interface QueryMeasure {
  /** Deepest field path; introspection (`__schema`, `__type`, `__typename`) does not count. */
  depth: number;
  /** Estimated work: field costs, list selections multiplied by the `first` of their connection. */
  complexity: number;
  /** Aliased fields once fragments are expanded (each alias of a field runs its resolver again). */
  aliases: number;
}

interface Measure extends QueryMeasure {
  /** The part of `complexity` that lies in list-typed fields: what a `first: n` parent multiplies. */
  listComplexity: number;
}

const ZERO: Measure = { depth: 0, complexity: 0, aliases: 0, listComplexity: 0 };

/**
 * Nest gives every plain `@Field` a resolver of its own that reads the property (named
 * `rootFieldResolver`); graphql-js uses `defaultFieldResolver`. Anything else was written by us: a
 * root field, a `@ResolveField`, or a resolver on an introspection type (which reads memory only).
 */
export function isResolverBacked(field: GraphQLField<unknown, unknown>): boolean {
  const resolve = field.resolve;
  return !!resolve && resolve !== defaultFieldResolver && !isNestPropertyResolver(resolve);
}

/**
 * Nest's resolver for a plain `@Field` (@nestjs/graphql's object-type-definition.factory.js), told by
 * its name: the one place that knows it (the limits price such a field as a property; the compiled
 * executor removes it where it only reads the field's own property, ADR 0026).
 */
export function isNestPropertyResolver(resolve: GraphQLFieldResolver<unknown, unknown>): boolean {
  return resolve.name === 'rootFieldResolver';
}

const resolverBackedBySchema = new WeakMap<
  GraphQLSchema,
  WeakSet<GraphQLField<unknown, unknown>>
>();

/**
 * The resolver-backed fields of a schema, found once per schema. It must first run before the first
 * request (the plugin does it at server start): Apollo's cache-control plugin then wraps every field's
 * resolver in the schema itself, after which all fields look alike.
 */
export function resolverBackedFields(
  schema: GraphQLSchema,
): WeakSet<GraphQLField<unknown, unknown>> {
  let fields = resolverBackedBySchema.get(schema);
  if (!fields) {
    fields = new WeakSet();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields()))
        if (isResolverBacked(field)) fields.add(field);
    }
    resolverBackedBySchema.set(schema, fields);
  }
  return fields;
}

/**
 * Measures an operation in one pass over the document: each fragment is measured once and its figure
 * reused at every spread, so `fragment F20 { ...F19 ...F19 }` costs 21 visits, not 2^20 (the walk it
 * replaces took 2.4 s for F18 and doubled with each fragment). A fragment cycle (already a validation
 * error) counts as empty instead of looping. Variables are read, never coerced: a wrong type is left to
 * execution, which answers BAD_USER_INPUT (coercing here threw, and gave HTTP 500).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const memo = new Map<string, Measure | 'visiting'>();
  const variableDefaults = new Map<string, ValueNode>();
  for (const def of operation.variableDefinitions ?? []) {
    if (def.defaultValue) variableDefaults.set(def.variable.name.value, def.defaultValue);
  }

  const resolverBacked = resolverBackedFields(schema);
  const typeNamed = (name: string): GraphQLNamedType | undefined =>
    schema.getType(name) ?? undefined;

  const fieldDef = (
    parent: GraphQLNamedType | undefined,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined => {
    if (!parent) return undefined;
    if (parent === schema.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
      if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    }
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  };

  const fieldCost = (
    parent: GraphQLNamedType | undefined,
    def: GraphQLField<unknown, unknown> | undefined,
  ): number => {
    const stated = def?.extensions?.['complexity'];
    if (typeof stated === 'number' && Number.isFinite(stated) && stated >= 0) return stated;
    if (!def || !parent || parent.name.startsWith('__') || def.name.startsWith('__'))
      return FIELD_COST.plain;
    return resolverBacked.has(def) ? FIELD_COST.resolver : FIELD_COST.plain;
  };

  /** The page size a connection asks for: literal, variable, variable default, then argument default. */
  const firstOf = (
    node: FieldNode,
    def: GraphQLField<unknown, unknown> | undefined,
  ): number | undefined => {
    const argDef = def?.args.find((a) => a.name === 'first');
    if (!argDef) return undefined;
    const intOf = (value: unknown): number | undefined =>
      typeof value === 'number' && Number.isInteger(value) ? Math.max(0, value) : undefined;
    const fromNode = (value: ValueNode | undefined): number | undefined => {
      if (!value) return undefined;
      if (value.kind === Kind.INT) return intOf(Number(value.value));
      if (value.kind === Kind.VARIABLE) {
        const name = value.name.value;
        return (
          intOf(variables[name]) ??
          (name in variables ? undefined : fromNode(variableDefaults.get(name)))
        );
      }
      return undefined;
    };
    const arg = node.arguments?.find((a) => a.name.value === 'first');
    return fromNode(arg?.value) ?? intOf(argDef.defaultValue);
  };

  const combine = (into: Measure, m: Measure): Measure => ({
    depth: Math.max(into.depth, m.depth),
    complexity: add(into.complexity, m.complexity),
    aliases: add(into.aliases, m.aliases),
    listComplexity: add(into.listComplexity, m.listComplexity),
  });

  const fragment = (name: string): Measure => {
    const known = memo.get(name);
    if (known === 'visiting') return ZERO;
    if (known) return known;
    const def = fragments.get(name);
    if (!def) return ZERO;
    memo.set(name, 'visiting');
    const measured = selectionSet(def.selectionSet, typeNamed(def.typeCondition.name.value));
    memo.set(name, measured);
    return measured;
  };

  const field = (node: FieldNode, parent: GraphQLNamedType | undefined): Measure => {
    const name = node.name.value;
    const def = fieldDef(parent, name);
    const introspection = name.startsWith('__');
    const own = fieldCost(parent, def);
    const aliases = node.alias ? 1 : 0;
    const isList = !!def && isListType(getNullableType(def.type));
    let complexity = own;
    let depth = introspection ? 0 : 1;
    let childAliases = 0;
    if (node.selectionSet) {
      const child = selectionSet(node.selectionSet, def ? getNamedType(def.type) : undefined);
      const first = firstOf(node, def);
      // A connection's `first` multiplies what is fetched per item (its list fields: edges, nodes),
      // not totalCount or pageInfo; a list with `first` (myJobs) multiplies all it selects. Lists
      // without `first` (a unit's ancestors) count once.
      const children =
        first === undefined
          ? child.complexity
          : isList
            ? times(first, child.complexity)
            : add(child.complexity - child.listComplexity, times(first, child.listComplexity));
      complexity = add(complexity, children);
      if (!introspection) depth = 1 + child.depth;
      childAliases = child.aliases;
    }
    return {
      depth,
      complexity,
      aliases: add(aliases, childAliases),
      listComplexity: isList ? complexity : 0,
    };
  };

  const selectionSet = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): Measure => {
    let total = ZERO;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) total = combine(total, field(sel, parent));
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? typeNamed(sel.typeCondition.name.value) : parent;
        total = combine(total, selectionSet(sel.selectionSet, type));
      } else total = combine(total, fragment(sel.name.value));
    }
    return total;
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const { depth, complexity, aliases } = selectionSet(operation.selectionSet, root ?? undefined);
  return { depth, complexity, aliases };
}

export interface LimitsOptions {
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
}

/**
 * Fields that merge into one response path (`{ me { user } me { user } }`: two at `me`, two at
 * `me.user`). graphql-js validates that they can merge by comparing them pairwise: anonymous
 * `{ me { permissions } … }` with `me` 740 times (under the token limit, no alias) took 1,255 ms to
 * validate, `me` 20 times each with `user { id }` 20 times 575 ms. No SPA document asks a path twice;
 * 20 leaves fragments room to overlap.
 */
export const MAX_REPEATS = 20;

export interface DocumentShape {
  /** Field nodes once fragments are expanded (counted up to the limit). */
  fields: number;
  /** The response path asked most often (`me.user`) and how often, counted up to the limit. */
  field: string | null;
  count: number;
  /** Which limit stopped the walk, if any. */
  exceeded: 'fields' | 'repeats' | null;
}

/**
 * Walks the operation with fragments expanded, merging fields by response path as execution and
 * validation do, and stops as soon as it meets more than `maxFields` field nodes or more than
 * `maxRepeats` at one path. The work is therefore at most `maxFields` steps, whatever the document:
 * a fragment bomb stops at the limit instead of expanding 2^n times.
 */
export function documentShape(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  maxFields: number,
  maxRepeats = MAX_REPEATS,
): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  interface Merged {
    count: number;
    children: Map<string, Merged>;
  }
  const shape: DocumentShape = { fields: 0, field: null, count: 0, exceeded: null };
  const path: string[] = [];
  const active = new Set<string>();
  const stop = Symbol('stop');

  const walk = (set: SelectionSetNode, into: Merged): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        shape.fields += 1;
        if (shape.fields > maxFields) {
          shape.exceeded = 'fields';
          throw stop;
        }
        const key = sel.alias?.value ?? sel.name.value;
        let merged = into.children.get(key);
        if (!merged) {
          merged = { count: 0, children: new Map() };
          into.children.set(key, merged);
        }
        merged.count += 1;
        path.push(key);
        if (merged.count > shape.count)
          Object.assign(shape, { field: path.join('.'), count: merged.count });
        if (merged.count > maxRepeats) {
          shape.exceeded = 'repeats';
          throw stop;
        }
        if (sel.selectionSet) walk(sel.selectionSet, merged);
        path.pop();
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, into);
      } else {
        const name = sel.name.value;
        const def = fragments.get(name);
        // A cycle is a validation error already; here it must only not loop.
        if (!def || active.has(name)) continue;
        active.add(name);
        walk(def.selectionSet, into);
        active.delete(name);
      }
    }
  };

  try {
    walk(operation.selectionSet, { count: 1, children: new Map() });
  } catch (error) {
    if (error !== stop) throw error;
  }
  return shape;
}

/**
 * Runs before Apollo parses and validates (from the GraphQL context factory, whose errors Apollo
 * answers with their own HTTP status): refuses a document whose validation alone would be costly.
 * Fragments may not expand it beyond `maxTokens` fields, what could be written out without them.
 * Anything it cannot read (no query, a syntax error) is left to Apollo, which reports it.
 */
export function precheckRequest(payload: unknown, maxTokens: number): void {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return;
  const { query, operationName } = payload as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens, noLocation: true });
  } catch {
    return;
  }
  const operation = getOperationAST(
    document,
    typeof operationName === 'string' ? operationName : undefined,
  );
  if (!operation) return;
  const shape = documentShape(document, operation, maxTokens);
  if (shape.exceeded === 'fields') {
    throw new RequestLimitError(
      `${ERROR_CODES.QUERY_TOO_COMPLEX} Các fragment mở rộng truy vấn thành hơn ${maxTokens.toLocaleString('vi-VN')} trường.`,
      { code: 'QUERY_TOO_COMPLEX', maxExpandedFields: maxTokens },
    );
  }
  if (shape.exceeded === 'repeats') {
    throw new RequestLimitError(
      `${ERROR_CODES.QUERY_TOO_COMPLEX} Trường "${shape.field}" được yêu cầu hơn ${MAX_REPEATS} lần ở cùng một chỗ trong truy vấn.`,
      { code: 'QUERY_TOO_COMPLEX', field: shape.field, maxRepeats: MAX_REPEATS },
    );
  }
}

/** Documents that passed the pre-check: the SPA and integrators send the same few again and again. */
const PRECHECK_CACHE_SIZE = 1_000;
/** …and at most this many characters of them (a JSON body is at most 100 KB: GRAPHQL_BODY_LIMIT). */
const PRECHECK_CACHE_CHARS = 2_000_000;

/**
 * `precheckRequest` with its verdict remembered for documents that passed: the pre-check parses the
 * document a second time (Apollo parses it too, and caches its own parse and validation by the query's
 * hash), which showed as 0.6% of CPU under load in bench/http. A refused document is checked again each
 * time (it is the rare case, and its error is thrown fresh). Keyed by the text itself: a SHA-256 of it
 * per request was 1.2% of an anonymous request's CPU in bench/http, a string key in a `Set` costs one
 * hash of the characters; the cache is bounded by entries and by characters, and cleared when full
 * rather than kept in order.
 */
export function cachedPrecheck(maxTokens: number): (payload: unknown) => void {
  const passed = new Set<string>();
  let chars = 0;
  return (payload) => {
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return;
    const { query, operationName } = payload as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return;
    const key = `${typeof operationName === 'string' ? operationName : ''}\u0000${query}`;
    if (passed.has(key)) return;
    precheckRequest(payload, maxTokens);
    if (passed.size >= PRECHECK_CACHE_SIZE || chars + key.length > PRECHECK_CACHE_CHARS) {
      passed.clear();
      chars = 0;
    }
    if (key.length > PRECHECK_CACHE_CHARS) return;
    passed.add(key);
    chars += key.length;
  };
}

/**
 * An error of this plugin: raised before execution, HTTP 400, and its Vietnamese message and figures
 * are meant for the client (the error formatter passes them through).
 */
export class RequestLimitError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> & { code: string }) {
    super(message, { extensions: { ...extensions, http: { status: 400 } } });
    this.name = 'RequestLimitError';
  }
}

const figure = (n: number): string => (n >= SATURATED ? 'quá lớn' : n.toLocaleString('vi-VN'));

/** Refuses what the limits forbid; returns the measure when the operation may run. */
export function checkLimits(
  options: LimitsOptions,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown>,
): QueryMeasure {
  if (operation.operation === 'subscription' && !schema.getSubscriptionType()) {
    // graphql-js validates a subscription against a schema without one and fails only in execution.
    throw new RequestLimitError(
      'Máy chủ không hỗ trợ subscription: hãy dùng query hoặc mutation.',
      {
        code: 'GRAPHQL_VALIDATION_FAILED',
      },
    );
  }
  const measure = measureOperation(schema, document, operation, variables);
  if (measure.depth > options.maxDepth) {
    throw new RequestLimitError(
      `${ERROR_CODES.QUERY_TOO_DEEP} Độ sâu ${figure(measure.depth)} vượt giới hạn ${options.maxDepth}.`,
      {
        code: 'QUERY_TOO_DEEP',
        depth: measure.depth,
        maxDepth: options.maxDepth,
      },
    );
  }
  if (measure.aliases > options.maxAliases) {
    throw new RequestLimitError(
      `${ERROR_CODES.QUERY_TOO_COMPLEX} Truy vấn dùng ${figure(measure.aliases)} bí danh (alias), vượt giới hạn ${options.maxAliases}.`,
      {
        code: 'QUERY_TOO_COMPLEX',
        aliases: Math.min(measure.aliases, Number.MAX_SAFE_INTEGER),
        maxAliases: options.maxAliases,
      },
    );
  }
  if (measure.complexity > options.maxComplexity) {
    throw new RequestLimitError(
      `${ERROR_CODES.QUERY_TOO_COMPLEX} Độ phức tạp ${figure(measure.complexity)} vượt giới hạn ${figure(options.maxComplexity)}.`,
      {
        code: 'QUERY_TOO_COMPLEX',
        complexity: Math.min(measure.complexity, Number.MAX_SAFE_INTEGER),
        maxComplexity: options.maxComplexity,
      },
    );
  }
  return measure;
}

const variablesOf = (raw: unknown): Record<string, unknown> =>
  raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};

/** Rejects abusive operations before any resolver runs, with QUERY_TOO_DEEP / QUERY_TOO_COMPLEX. */
export function limitsPlugin(options: LimitsOptions): ApolloServerPlugin {
  return {
    // Classify the fields while their resolvers are still ours (see resolverBackedFields).
    async serverWillStart({ schema }) {
      resolverBackedFields(schema);
    },
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          checkLimits(options, schema, document, operation, variablesOf(request.variables));
        },
      };
    },
  };
}
