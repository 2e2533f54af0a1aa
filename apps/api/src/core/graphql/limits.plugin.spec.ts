import {
  GraphQLInt,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  parse,
  type GraphQLFieldConfig,
  type OperationDefinitionNode,
} from 'graphql';
import {
  FIELD_COST,
  documentShape,
  MAX_REPEATS,
  RequestLimitError,
  checkLimits,
  isResolverBacked,
  measureOperation,
  cachedPrecheck,
  precheckRequest,
} from './limits.plugin';

const resolved = (
  config: GraphQLFieldConfig<unknown, unknown>,
): GraphQLFieldConfig<unknown, unknown> => ({
  ...config,
  resolve: () => null,
});

// Plain fields have no resolver (graphql-js reads the property); resolver-backed ones have one.
const Unit: GraphQLObjectType = new GraphQLObjectType({
  name: 'Unit',
  fields: () => ({
    id: { type: GraphQLString },
    name: { type: GraphQLString },
    parent: resolved({ type: Unit }),
  }),
});
const User = new GraphQLObjectType({
  name: 'User',
  fields: {
    id: { type: GraphQLString },
    name: { type: GraphQLString },
    unit: resolved({ type: Unit }),
  },
});
const UserEdge = new GraphQLObjectType({ name: 'UserEdge', fields: { node: { type: User } } });
const UserConnection = new GraphQLObjectType({
  name: 'UserConnection',
  fields: { totalCount: { type: GraphQLInt }, edges: { type: new GraphQLList(UserEdge) } },
});
const Viewer = new GraphQLObjectType({
  name: 'Viewer',
  fields: { permissions: { type: new GraphQLList(GraphQLString) }, user: { type: User } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      me: resolved({ type: Viewer }),
      users: resolved({
        type: UserConnection,
        args: { first: { type: GraphQLInt, defaultValue: 20 } },
      }),
      recent: resolved({ type: new GraphQLList(User), args: { first: { type: GraphQLInt } } }),
      cheap: { type: GraphQLString, extensions: { complexity: 0 } },
    },
  }),
});

function measure(query: string, variables?: Record<string, unknown>) {
  const doc = parse(query);
  const op = doc.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return measureOperation(schema, doc, op, variables);
}

/** `{...F<n>}` where F<i> spreads F<i-1> twice: 2^n `__typename` once expanded, under 1 KB of text. */
function fragmentBomb(n: number): string {
  const fragments = ['fragment F0 on Query { __typename }'];
  for (let i = 1; i <= n; i += 1)
    fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `{ ...F${n} } ${fragments.join(' ')}`;
}

const LIMITS = { maxDepth: 10, maxComplexity: 2000, maxAliases: 30 };

function refusal(query: string, variables?: Record<string, unknown>): RequestLimitError {
  const doc = parse(query);
  const op = doc.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  try {
    checkLimits(LIMITS, schema, doc, op, variables);
  } catch (error) {
    if (error instanceof RequestLimitError) return error;
    throw error;
  }
  throw new Error(`not refused: ${query.slice(0, 80)}`);
}

describe('measureOperation: depth', () => {
  it('counts nested fields, through fragments and inline fragments', () => {
    expect(measure('{ me { user { id } } }').depth).toBe(3);
    expect(
      measure('{ me { ...V } } fragment V on Viewer { user { unit { parent { id } } } }').depth,
    ).toBe(5);
    expect(measure('{ me { ... on Viewer { user { id } } } }').depth).toBe(3);
  });

  it('ignores introspection and survives fragment cycles', () => {
    expect(measure('{ __schema { types { fields { type { ofType { name } } } } } }').depth).toBe(0);
    expect(
      measure(
        '{ me { ...A } } fragment A on Viewer { user { ...B } } fragment B on User { unit { ...A } }',
      ).depth,
    ).toBe(3);
  });
});

describe('measureOperation: cost', () => {
  it('charges a resolver-backed field 10 and a plain property 1', () => {
    expect(FIELD_COST).toEqual({ plain: 1, resolver: 10 });
    expect(measure('{ me { permissions } }').complexity).toBe(11);
    // me 10 + user 1 + id 1 + unit 10 + name 1
    expect(measure('{ me { user { id unit { name } } } }').complexity).toBe(23);
    expect(measure('{ cheap }').complexity).toBe(0);
  });

  it('multiplies only the list fields of a connection by its `first`', () => {
    // users 10 + totalCount 1 + 5 × (edges 1 + node 1 + id 1 + unit 10 + name 1)
    expect(
      measure('{ users(first: 5) { totalCount edges { node { id unit { name } } } } }').complexity,
    ).toBe(81);
    expect(
      measure('query($n: Int) { users(first: $n) { edges { node { id } } } }', { n: 5 }).complexity,
    ).toBe(25);
    expect(
      measure('query($n: Int = 3) { users(first: $n) { edges { node { id } } } }').complexity,
    ).toBe(19);
    // A plain list with `first`: recent 10 + 5 × (id 1 + unit 10 + name 1)
    expect(measure('{ recent(first: 5) { id unit { name } } }').complexity).toBe(70);
    // Argument default (20) when nothing is given.
    expect(measure('{ users { edges { node { id } } } }').complexity).toBe(70);
  });

  it('reads variables without coercing them: a wrong type falls back to the default, never throws', () => {
    expect(
      measure('query($n: Int) { users(first: $n) { edges { node { id } } } }', { n: 'abc' })
        .complexity,
    ).toBe(70);
    expect(
      measure('query($n: Int) { users(first: $n) { edges { node { id } } } }', { n: null })
        .complexity,
    ).toBe(70);
    expect(() =>
      measure('query($x: UnknownInput!) { me { permissions } }', { x: { a: null, b: [1] } }),
    ).not.toThrow();
  });

  it('counts a fragment at every spread, but measures it once: a fragment bomb is linear', () => {
    expect(measure(fragmentBomb(3)).complexity).toBe(8);
    expect(measure(fragmentBomb(20)).complexity).toBe(2 ** 20);
    // An exponential walk would never finish these; the figure saturates instead of overflowing.
    expect(measure(fragmentBomb(60)).complexity).toBeGreaterThan(LIMITS.maxComplexity);
    expect(measure(fragmentBomb(1500)).complexity).toBeGreaterThan(LIMITS.maxComplexity);
  });

  it('counts aliases once fragments are expanded (a fragment spread twice counts twice: conservative)', () => {
    expect(
      measure('{ a: me { permissions } b: me { permissions } me { permissions } }').aliases,
    ).toBe(2);
    expect(
      measure('{ ...F ...F } fragment F on Query { x: me { permissions } y: me { permissions } }')
        .aliases,
    ).toBe(4);
    expect(
      measure(
        '{ me { ...G } } fragment G on Viewer { ...H ...H } fragment H on Viewer { a: permissions b: permissions }',
      ).aliases,
    ).toBe(4);
    expect(
      measure(
        '{ ...A ...B } fragment A on Query { a: me { ...P } } fragment B on Query { b: me { ...P } } fragment P on Viewer { x: permissions }',
      ).aliases,
    ).toBe(4);
  });
});

describe('checkLimits', () => {
  it('refuses a fragment bomb as QUERY_TOO_COMPLEX, with a Vietnamese message', () => {
    const error = refusal(fragmentBomb(40));
    expect(error.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxComplexity: 2000,
      http: { status: 400 },
    });
    expect(error.message).toMatch(
      /^Truy vấn quá phức tạp\. Độ phức tạp .* vượt giới hạn 2\.000\.$/,
    );
  });

  it('refuses too deep and too many aliases', () => {
    const deep = refusal(
      '{ me { user { unit { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } }',
    );
    expect(deep.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 11, maxDepth: 10 });
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: cheap`).join(' ');
    const many = refusal(`{ ${aliases} }`);
    expect(many.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      aliases: 31,
      maxAliases: 30,
    });
    expect(many.message).toContain('bí danh');
  });

  it('refuses 1,000 aliases of `me { permissions }` on aliases and on cost', () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `m${i}: me { permissions }`).join(' ')} }`;
    expect(refusal(query).extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', aliases: 1000 });
    expect(measure(query).complexity).toBe(11_000);
  });

  it('refuses a subscription (the schema has none) as GRAPHQL_VALIDATION_FAILED', () => {
    const error = refusal('subscription { me { permissions } }');
    expect(error.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      http: { status: 400 },
    });
    expect(error.message).toMatch(/không hỗ trợ subscription/);
  });

  it('lets an ordinary query through', () => {
    const doc = parse(
      '{ users(first: 100) { totalCount edges { node { id name unit { name } } } } }',
    );
    const op = doc.definitions[0] as OperationDefinitionNode;
    expect(checkLimits(LIMITS, schema, doc, op)).toEqual({
      depth: 5,
      complexity: 1511,
      aliases: 0,
    });
  });
});

describe('isResolverBacked', () => {
  it('tells a Nest property reader and graphql-js defaults from a resolver of ours', () => {
    const fields = schema.getQueryType()!.getFields();
    expect(isResolverBacked(fields['me']!)).toBe(true);
    expect(isResolverBacked(fields['cheap']!)).toBe(false);
    // Nest builds one of these for every plain @Field.
    const rootFieldResolver = (root: unknown) => (root as Record<string, unknown>)['x'];
    expect(isResolverBacked({ ...fields['cheap']!, resolve: rootFieldResolver })).toBe(false);
    expect(isResolverBacked({ ...fields['cheap']!, resolve: rootFieldResolver.bind(null) })).toBe(
      true,
    );
  });
});

describe('resolverBackedFields', () => {
  it('keeps the classification made at start after every resolver is wrapped (as Apollo’s cache control does)', () => {
    const Item = new GraphQLObjectType({
      name: 'Item',
      fields: { id: { type: GraphQLString }, owner: resolved({ type: GraphQLString }) },
    });
    const own = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { item: resolved({ type: Item }) } }),
    });
    const doc = parse('{ item { id owner } }');
    const op = doc.definitions[0] as OperationDefinitionNode;
    expect(measureOperation(own, doc, op).complexity).toBe(21);
    for (const type of [own.getQueryType()!, Item]) {
      for (const field of Object.values(type.getFields())) {
        const inner = field.resolve;
        field.resolve = (...args) => (inner ?? (() => null))(...args);
      }
    }
    expect(measureOperation(own, doc, op).complexity).toBe(21);
  });
});

describe('documentShape and precheckRequest', () => {
  const shapeOf = (query: string, maxFields = 3000) => {
    const doc = parse(query);
    const op = doc.definitions.find(
      (d) => d.kind === Kind.OPERATION_DEFINITION,
    ) as OperationDefinitionNode;
    return documentShape(doc, op, maxFields);
  };

  it('merges fields by response path, through fragments, as validation does', () => {
    expect(shapeOf('{ me { permissions } me { user { id id } } }')).toEqual({
      fields: 6,
      field: 'me',
      count: 2,
      exceeded: null,
    });
    expect(shapeOf('{ a: me { permissions } me { permissions } }')).toMatchObject({ count: 1 });
    expect(
      shapeOf(
        '{ me { ...V ...V ... on Viewer { user { id } } } } fragment V on Viewer { user { id } }',
      ),
    ).toMatchObject({ field: 'me.user', count: 3 });
    // Each `me` asks `user` 20 times: 400 at me.user once merged.
    const nested = `{ ${`me { ${'user { id } '.repeat(20)} } `.repeat(20)} }`;
    expect(shapeOf(nested)).toMatchObject({ field: 'me.user', count: 21, exceeded: 'repeats' });
    expect(shapeOf('{ ...A } fragment A on Query { me { ...A } }')).toMatchObject({
      field: 'me',
      count: 1,
      exceeded: null,
    });
  });

  it('stops a fragment bomb at the limit instead of expanding it', () => {
    expect(shapeOf(fragmentBomb(40))).toMatchObject({ field: '__typename', exceeded: 'repeats' });
    const distinct = `{ ...F30 } fragment F0 on Query { a b } ${Array.from(
      { length: 30 },
      (_, i) => `fragment F${i + 1} on Query { x${i}: me { ...F${i} } y${i}: me { ...F${i} } }`,
    ).join(' ')}`;
    expect(shapeOf(distinct)).toMatchObject({ fields: 3001, exceeded: 'fields' });
  });

  it('remembers only what passed: a passing document is not parsed again, a refused one always is', () => {
    const precheck = cachedPrecheck(3000);
    const bomb = { query: `{ ${'me { permissions } '.repeat(40)} }` };
    expect(() => precheck(bomb)).toThrow(RequestLimitError);
    expect(() => precheck(bomb)).toThrow(RequestLimitError);
    const fine = { query: '{ me { permissions } }' };
    expect(() => precheck(fine)).not.toThrow();
    expect(() => precheck(fine)).not.toThrow();
    expect(() => precheck({ query: 42 })).not.toThrow();
  });

  it('refuses, before validation, what would be costly to validate', () => {
    expect(MAX_REPEATS).toBe(20);
    const refuse = (payload: unknown) => {
      try {
        precheckRequest(payload, 3000);
      } catch (error) {
        return error as RequestLimitError;
      }
      return null;
    };
    const bomb = refuse({ query: `{ ${'me { permissions } '.repeat(740)} }` });
    expect(bomb?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      field: 'me',
      maxRepeats: 20,
      http: { status: 400 },
    });
    expect(bomb?.message).toBe(
      'Truy vấn quá phức tạp. Trường "me" được yêu cầu hơn 20 lần ở cùng một chỗ trong truy vấn.',
    );
    expect(refuse({ query: fragmentBomb(40) })?.extensions?.['field']).toBe('__typename');
    expect(refuse({ query: `{ ${'__typename '.repeat(20)} }` })).toBeNull();
    // The operation asked for is the one checked; what cannot be read is left to Apollo.
    expect(
      refuse({
        query: `query A { ${'__typename '.repeat(30)} } query B { me { permissions } }`,
        operationName: 'B',
      }),
    ).toBeNull();
    for (const payload of [
      null,
      'x',
      [],
      { query: 1 },
      { query: '{ me { ' },
      { query: `{ ${'a '.repeat(4000)} }` },
    ]) {
      expect(refuse(payload)).toBeNull();
    }
  });
});
