import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  GraphQLError,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  parse,
  type DocumentNode,
} from 'graphql';
import { jitExecutor, withoutPropertyResolvers } from './jit-executor';

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
): GatewayGraphQLRequestContext {
  return {
    document,
    operationName: null,
    context: {},
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
