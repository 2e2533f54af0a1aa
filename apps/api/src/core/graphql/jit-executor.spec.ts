import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  GraphQLError,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  getOperationAST,
  Kind,
  parse,
  type DocumentNode,
} from 'graphql';
import { compileQuery } from 'graphql-jit';
import {
  jitExecutor,
  variableCodeSize,
  withoutPropertyResolvers,
  type Compile,
  type ReadAhead,
} from './jit-executor';

class DomainError extends Error {}

/** What Nest gives a plain `@Field` (object-type-definition.factory.js), by the same name. */
function nestPropertyResolver(property: string, defaultValue?: unknown) {
  const rootFieldResolver = (root: Record<string, unknown>) => {
    const value = root[property];
    return typeof value === 'undefined' ? defaultValue : value;
  };
  return rootFieldResolver;
}

function schema(calls: { units: number }): GraphQLSchema {
  const Unit = new GraphQLObjectType({
    name: 'Unit',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID), resolve: nestPropertyResolver('id') },
      name: { type: GraphQLString, resolve: nestPropertyResolver('name') },
      // `@Field({ name: 'label' }) title`: the resolver reads another property than the field's name
      label: { type: GraphQLString, resolve: nestPropertyResolver('title') },
      rank: { type: GraphQLInt, resolve: nestPropertyResolver('rank', 7) },
      fails: {
        type: GraphQLString,
        resolve: () => {
          throw new DomainError('Không đọc được.');
        },
      },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        units: {
          type: new GraphQLList(Unit),
          args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
          resolve: (_root, args: { first: number }) => {
            calls.units += 1;
            return Array.from({ length: args.first }, (_, i) => ({
              id: `u${i}`,
              name: `Đơn vị ${i}`,
              title: `Nhãn ${i}`,
            }));
          },
        },
      },
    }),
  });
}

function request(
  document: DocumentNode,
  variables: Record<string, unknown>,
  context: Record<string, unknown> = {},
): GatewayGraphQLRequestContext {
  return {
    document,
    operationName: null,
    operation: getOperationAST(document),
    context,
    request: { variables },
  } as unknown as GatewayGraphQLRequestContext;
}

const QUERY = parse(`query($first: Int!) { units(first: $first) { id name label rank } }`);

describe('jitExecutor', () => {
  it('answers as graphql-js does, before and after the operation is compiled', async () => {
    const calls = { units: 0 };
    const run = jitExecutor(withoutPropertyResolvers(schema(calls)), 2);
    const expected = {
      data: {
        units: [
          { id: 'u0', name: 'Đơn vị 0', label: 'Nhãn 0', rank: 7 },
          { id: 'u1', name: 'Đơn vị 1', label: 'Nhãn 1', rank: 7 },
        ],
      },
    };
    expect(await run(request(QUERY, { first: 2 }))).toEqual(expected);
    expect(await run(request(QUERY, { first: 2 }))).toEqual(expected);
    expect(await run(request(QUERY, { first: 2 }))).toEqual(expected);
    expect(calls.units).toBe(3);
  });

  it('reports a resolver error as a graphql-js error keeping the original error, path and location', async () => {
    const run = jitExecutor(schema({ units: 0 }), 1);
    const result = await run(request(parse(`{ units(first: 1) { id fails } }`), {}));
    expect(result.data).toEqual({ units: [{ id: 'u0', fails: null }] });
    const error = result.errors?.[0];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.originalError).toBeInstanceOf(DomainError);
    expect(error?.path).toEqual(['units', 0, 'fails']);
    expect(error?.locations).toEqual([{ line: 1, column: 24 }]);
    // Apollo's formatting reads `extensions.code`: graphql-jit's own errors left it undefined
    expect(error?.extensions).toEqual({});
  });

  it('leaves wrongly typed variables to graphql-js: errors on the variable definition, no data', async () => {
    const run = jitExecutor(schema({ units: 0 }), 1);
    const result = await run(request(QUERY, { first: 'hai' }));
    expect(result).not.toHaveProperty('data');
    expect(result.errors?.[0]?.message).toMatch(/^Variable "\$first" got invalid value "hai"/);
    expect(result.errors?.[0]?.nodes?.[0]?.kind).toBe(Kind.VARIABLE_DEFINITION);
  });
});

/**
 * A schema whose fields answer from what the read-ahead put in the context (`who`), and count their
 * runs; `Mutation.touch` stands for a write.
 */
function readAheadSchema(runs: { query: number; mutation: number }): GraphQLSchema {
  const who = {
    type: GraphQLString,
    resolve: (_root: unknown, _args: unknown, context: { who?: string }) => {
      runs.query += 1;
      if (context.who === 'lỗi') throw new DomainError('Không đọc được.');
      return context.who ?? 'đọc lại';
    },
  };
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { who } }),
    mutation: new GraphQLObjectType({
      name: 'Mutation',
      fields: {
        touch: {
          type: GraphQLString,
          resolve: (_root, _args, context: { who?: string }) => {
            runs.mutation += 1;
            return context.who ?? 'đọc lại';
          },
        },
      },
    }),
  });
}

/** A read-ahead that puts `who` in the context and hands out a check the test settles. */
function readAhead(who = 'trong bộ nhớ') {
  let settle: (current: boolean) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const calls = { start: 0, undo: 0 };
  const hook: ReadAhead = {
    start(context) {
      calls.start += 1;
      (context as { who?: string }).who = who;
      return new Promise<boolean>((resolve, reject) => {
        settle = resolve;
        fail = reject;
      });
    },
    undo(context) {
      calls.undo += 1;
      delete (context as { who?: string }).who;
    },
  };
  return {
    hook,
    calls,
    settle: (current: boolean) => settle(current),
    fail: (e: Error) => fail(e),
  };
}

/** Whether `promise` has settled, after every pending microtask and I/O callback has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('jitExecutor with a read-ahead (ADR 0027)', () => {
  const WHO = parse(`{ who }`);

  /** An executor over `readAheadSchema` with a read-ahead whose check the test settles. */
  function setUp(compileAfter = 1, who?: string) {
    const runs = { query: 0, mutation: 0 };
    const ahead = readAhead(who);
    return { runs, ahead, run: jitExecutor(readAheadSchema(runs), compileAfter, ahead.hook) };
  }

  it.each([0, 1])(
    'runs a query once on what was read ahead, and answers only when the check says yes (compile after %i)',
    async (compileAfter) => {
      const { runs, ahead, run } = setUp(compileAfter);
      const answer = run(request(WHO, {}));
      expect(await settled(answer)).toBe(false);
      expect(runs.query).toBe(1); // ran while the check was pending
      ahead.settle(true);
      expect(await answer).toEqual({ data: { who: 'trong bộ nhớ' } });
      expect(runs.query).toBe(1);
      expect(ahead.calls).toEqual({ start: 1, undo: 0 });
    },
  );

  it('runs the query again, after undoing the read-ahead, when the check says no', async () => {
    const { runs, ahead, run } = setUp();
    const answer = run(request(WHO, {}));
    ahead.settle(false);
    expect(await answer).toEqual({ data: { who: 'đọc lại' } });
    expect(runs.query).toBe(2);
    expect(ahead.calls).toEqual({ start: 1, undo: 1 });
  });

  it('treats a check that fails as a no', async () => {
    const { ahead, run } = setUp();
    const answer = run(request(WHO, {}));
    ahead.fail(new Error('connection terminated'));
    expect(await answer).toEqual({ data: { who: 'đọc lại' } });
    expect(ahead.calls.undo).toBe(1);
  });

  it('never answers the errors of a run the check refused', async () => {
    const { ahead, run } = setUp(1, 'lỗi');
    const answer = run(request(WHO, {}));
    ahead.settle(false);
    const result = await answer;
    expect(result).toEqual({ data: { who: 'đọc lại' } });
    expect(result.errors).toBeUndefined();
  });

  it('does not run a mutation ahead of anything', async () => {
    const { runs, ahead, run } = setUp();
    expect(await run(request(parse(`mutation { touch }`), {}))).toEqual({
      data: { touch: 'đọc lại' },
    });
    expect(ahead.calls.start).toBe(0);
    expect(runs.mutation).toBe(1);
  });
});

/** `Query.count(where: Condition)`: a condition tree, an input type that contains itself. */
function conditionSchema(): GraphQLSchema {
  const Condition: GraphQLInputObjectType = new GraphQLInputObjectType({
    name: 'Condition',
    fields: () => ({
      text: { type: GraphQLString },
      conditions: { type: new GraphQLList(new GraphQLNonNull(Condition)) },
    }),
  });
  const Pair = new GraphQLInputObjectType({
    name: 'Pair',
    fields: { a: { type: GraphQLInt }, b: { type: new GraphQLList(new GraphQLList(GraphQLInt)) } },
  });
  const countNodes = (c: { conditions?: unknown[] | null }): number =>
    1 + (c.conditions ?? []).reduce<number>((n, x) => n + countNodes(x as typeof c), 0);
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        count: {
          type: GraphQLInt,
          args: { where: { type: Condition } },
          resolve: (_root, args: { where?: { conditions?: unknown[] } }) =>
            args.where ? countNodes(args.where) : 0,
        },
        pair: {
          type: GraphQLInt,
          args: { pair: { type: Pair } },
          resolve: (_root, args: { pair?: { a?: number } }) => args.pair?.a ?? null,
        },
      },
    }),
  });
}

describe('variables graphql-jit would unroll (MAX_VARIABLE_CODE)', () => {
  const operationOf = (text: string) => getOperationAST(parse(text))!;

  it('measures a list twice over and a recursive input type as unbounded', () => {
    const schema = conditionSchema();
    // Pair: itself 1, a 1, b 2 × 2 × 1
    expect(variableCodeSize(schema, operationOf(`query($p: Pair) { pair(pair: $p) }`))).toBe(6);
    expect(variableCodeSize(schema, operationOf(`query($w: Condition) { count(where: $w) }`))).toBe(
      Infinity,
    );
  });

  it('runs an operation over a recursive input with graphql-js, never compiling it', async () => {
    const compile = jest.fn<ReturnType<Compile>, Parameters<Compile>>((schema, document, name) =>
      compileQuery(schema, document, name),
    );
    const run = jitExecutor(conditionSchema(), 1, undefined, compile);
    const tree = { text: 'gốc', conditions: [{ conditions: [{}, {}] }, {}] };
    const query = parse(`query($w: Condition) { count(where: $w) }`);
    expect(await run(request(query, { w: tree }))).toEqual({ data: { count: 5 } });
    expect(await run(request(query, { w: tree }))).toEqual({ data: { count: 5 } });
    expect(compile).not.toHaveBeenCalled();
    // an ordinary operation still compiles
    await run(request(parse(`query($p: Pair) { pair(pair: $p) }`), { p: { a: 7 } }));
    expect(compile).toHaveBeenCalledTimes(1);
  });
});

describe('withoutPropertyResolvers', () => {
  it('drops only the resolvers that read the property the field is named after', () => {
    const fields = withoutPropertyResolvers(schema({ units: 0 }))
      .getType('Unit')
      ?.toConfig() as { fields: Record<string, { resolve?: unknown }> };
    expect(fields.fields['id']?.resolve).toBeUndefined();
    expect(fields.fields['name']?.resolve).toBeUndefined();
    // another property, a default value, a resolver of our own: kept
    expect(fields.fields['label']?.resolve).toBeDefined();
    expect(fields.fields['rank']?.resolve).toBeDefined();
    expect(fields.fields['fails']?.resolve).toBeDefined();
  });
});
