import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  isInputObjectType,
  isInputType,
  isListType,
  isNonNullType,
  isObjectType,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { isNestPropertyResolver } from './limits.plugin';

/**
 * Runs operations with graphql-jit, which compiles an operation once into a JavaScript function,
 * instead of graphql-js's interpreter, which walks the document again for every object of every list
 * and builds a resolve-info object for every field (issue 9, D). Apollo Server has one seam for
 * another executor, the gateway interface (`load()` gives the schema and the executor); parsing,
 * validation, the limits plugin, the context and error formatting stay Apollo's.
 *
 * An operation is compiled the `compileAfter`-th time the same parsed document is run (Apollo's
 * document store hands back the same `DocumentNode` for the same text); until then, and for an
 * operation graphql-jit refuses to compile, graphql-js runs it as Apollo would. Compiled operations
 * live as long as their document stays in Apollo's bounded store (a WeakMap), never longer.
 */
export function jitGateway(
  schemaOf: () => GraphQLSchema,
  options: { compileAfter: number; readAhead?: ReadAhead },
): GatewayInterface {
  let listener: GatewaySchemaLoadOrUpdateCallback | null = null;
  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = null;
      };
    },
    async load() {
      const schema = withoutPropertyResolvers(schemaOf());
      listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: jitExecutor(schema, options.compileAfter, options.readAhead) };
    },
    async stop() {
      listener = null;
    },
  };
}

interface Plan {
  runs: number;
  compiled: CompiledQuery | null | false;
}

/**
 * Lets a query run before what it was started on is confirmed (ADR 0027: the session answered from
 * memory while `auth_epoch` is read). `start` prepares the context and returns the pending check, or
 * null to run as usual; the result is answered only if the check settles true. Otherwise `undo`
 * puts the context back as it was before `start` and the operation runs again from the start.
 */
export interface ReadAhead {
  start(context: unknown): Promise<boolean> | null;
  undo(context: unknown): void;
}

/** graphql-jit's `compileQuery`, as the executor calls it (a seam for its tests). */
export type Compile = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string,
) => CompiledQuery | ExecutionResult;

/** `compileAfter` 0: never compile (graphql-js runs every operation). */
export function jitExecutor(
  schema: GraphQLSchema,
  compileAfter: number,
  readAhead?: ReadAhead,
  compile: Compile = (schema, document, operationName) =>
    compileQuery(schema, document, operationName),
): GatewayExecutor {
  const plans = new WeakMap<DocumentNode, Map<string | null, Plan>>();
  return async (request) => {
    const { document, operationName, context } = request;
    const variables = request.request.variables ?? {};
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    let plan = byName.get(operationName);
    if (!plan) byName.set(operationName, (plan = { runs: 0, compiled: null }));
    plan.runs += 1;
    if (plan.compiled === null && compileAfter > 0 && plan.runs >= compileAfter) {
      if (variableCodeSize(schema, request.operation) > MAX_VARIABLE_CODE) plan.compiled = false;
      else {
        const compiled = compile(schema, document, operationName ?? undefined);
        plan.compiled = isCompiledQuery(compiled) ? compiled : false;
      }
    }
    const compiled = plan.compiled;

    // Only a query runs ahead: a mutation's writes must follow the check, not race it.
    const check = request.operation.operation === 'query' ? readAhead?.start(context) : null;
    if (!check) return run();
    // Both settle before anything else happens: nothing, not even an error, is answered before the
    // check, and a rerun never overlaps the run it replaces. A check that fails counts as a no.
    const [ran, current] = await Promise.allSettled([run(), check]);
    if (current.status === 'fulfilled' && current.value) {
      if (ran.status === 'rejected') throw ran.reason;
      return ran.value;
    }
    readAhead?.undo(context);
    return run();

    async function run(): Promise<ExecutionResult> {
      if (!compiled) return interpret();
      const result = (await compiled.query(undefined, context, variables)) as ExecutionResult;
      // No `data` at all: the variables did not coerce, and no resolver ran. graphql-js says why as
      // Apollo and our formatter expect (errors on the variable's definition node, the AppError a
      // scalar or input raised kept as the original error: BAD_USER_INPUT with its fields, HTTP 400).
      if (!('data' in result)) return interpret();
      return result.errors ? { ...result, errors: result.errors.map(asGraphqlError) } : result;
    }

    function interpret() {
      return execute({
        schema,
        document,
        contextValue: context,
        variableValues: variables,
        operationName,
      });
    }
  };
}

/**
 * The most coercion code an operation's variables may make graphql-jit generate; past it the
 * operation runs with graphql-js. graphql-jit writes the coercion of variables out as straight-line
 * code: every field of an input object, every list's item twice (as a list, and as a single value
 * made a list), so the code doubles with each level of lists, and a recursive input type (a rule's
 * condition tree, `AwardConditionInput.conditions`) unrolls level after level. Compiling the award
 * rule mutations took 5–10 s of CPU (the fuzz test: 600 ms a request on average over 20, 5 s under
 * CI's load) during which the process answered no one, and any caller, even signed out, could set it
 * off by sending such a document twice. The largest operation otherwise (a campaign plan) measures
 * 198 by `variableCodeSize`.
 */
export const MAX_VARIABLE_CODE = 1_000;

const codeSizeOf = new WeakMap<GraphQLInputType, number>();

/** What `MAX_VARIABLE_CODE` bounds, for an operation's variables: Infinity for a recursive input type. */
export function variableCodeSize(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): number {
  let size = 0;
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    size += type && isInputType(type) ? inputCodeSize(type, new Set()) : 1;
  }
  return size;
}

function inputCodeSize(type: GraphQLInputType, open: Set<GraphQLInputType>): number {
  if (isNonNullType(type)) return inputCodeSize(type.ofType, open);
  if (isListType(type)) return 2 * inputCodeSize(type.ofType, open);
  if (!isInputObjectType(type)) return 1;
  const known = codeSizeOf.get(type);
  if (known !== undefined) return known;
  if (open.has(type)) return Infinity;
  open.add(type);
  let size = 1;
  for (const field of Object.values(type.getFields())) size += inputCodeSize(field.type, open);
  open.delete(type);
  codeSizeOf.set(type, size);
  return size;
}

/**
 * graphql-jit reports errors with its own class, which passes `instanceof GraphQLError` but leaves
 * `extensions` undefined when the thrown error had none: Apollo's error formatting then fails on
 * `extensions.code` and answers an English "Internal server error" instead of our formatter's code.
 * graphql-js's own error, with the same message, path, locations and original error, is what Apollo
 * expects.
 */
function asGraphqlError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/**
 * Nest gives every plain `@Field` a resolver of its own (`rootFieldResolver`) that reads the property
 * of the same name, or the field's `defaultValue` when it is undefined. graphql-jit reads a field
 * without a resolver inline but calls a resolver, with a resolve-info built for the call, for every
 * object of a list. Where the resolver is exactly a read of the property the field is named after
 * (checked by calling it, not by trusting its name), it is removed; a field with a default value or a
 * middleware keeps it. graphql-js answers the same either way (its default resolver reads the same
 * property).
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (
        field.resolve &&
        isNestPropertyResolver(field.resolve) &&
        readsOwnProperty(field.resolve, field.name)
      )
        field.resolve = undefined;
    }
  }
  return schema;
}

function readsOwnProperty(resolve: GraphQLFieldResolver<unknown, unknown>, name: string): boolean {
  const marker = {};
  const call = (source: object) => resolve(source, {}, undefined, undefined as never);
  try {
    return call({ [name]: marker }) === marker && call({}) === undefined;
  } catch {
    return false;
  }
}
