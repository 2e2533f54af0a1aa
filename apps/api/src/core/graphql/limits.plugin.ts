import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ERROR_CODES } from '@thidua/shared-domain';

/** Depth of the deepest field path; introspection fields (`__schema`, `__type`) are not counted. */
export function queryDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const walk = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
    if (!set) return depth;
    let max = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        max = Math.max(max, sel.selectionSet ? walk(sel.selectionSet, depth + 1, seen) : depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, walk(sel.selectionSet, depth, seen));
      } else {
        const name = sel.name.value;
        if (seen.has(name)) continue;
        const frag = fragments.get(name);
        if (frag) max = Math.max(max, walk(frag.selectionSet, depth, new Set([...seen, name])));
      }
    }
    return max;
  };
  return walk(operation.selectionSet, 0, new Set());
}

/** Lists cost their page size: `users(first: 100) { … }` costs 100 × its children. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? args['first'] : undefined;
  return first === undefined ? undefined : 1 + first * Math.max(childComplexity, 1);
};

export interface LimitsOptions {
  maxDepth: number;
  maxComplexity: number;
}

/** Rejects abusive queries before any resolver runs, with QUERY_TOO_DEEP / QUERY_TOO_COMPLEX. */
export function limitsPlugin(options: LimitsOptions): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const depth = queryDepth(document, operation);
          if (depth > options.maxDepth) {
            throw new GraphQLError(
              `${ERROR_CODES.QUERY_TOO_DEEP} Độ sâu ${depth} vượt giới hạn ${options.maxDepth}.`,
              { extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth: options.maxDepth, http: { status: 400 } } },
            );
          }
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > options.maxComplexity) {
            throw new GraphQLError(
              `${ERROR_CODES.QUERY_TOO_COMPLEX} Độ phức tạp ${complexity} vượt giới hạn ${options.maxComplexity}.`,
              {
                extensions: {
                  code: 'QUERY_TOO_COMPLEX',
                  complexity,
                  maxComplexity: options.maxComplexity,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
