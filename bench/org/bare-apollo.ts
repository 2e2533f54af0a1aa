import { listenBareApollo } from '../shared/bare-apollo';

/** What a tree level's row must offer the bare server: the fields `UNIT_NODE` selects. */
export interface BareUnit {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  tree: string;
  depth: number;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  status: string;
  readOnly: boolean;
  kindId: string;
  childCountRead?: number;
}

export interface BareKind {
  id: string;
  code: string;
  name: string;
}

const TYPE_DEFS = `
  type UnitKind { id: ID! code: String! name: String! }
  type Unit {
    id: ID! code: String! name: String! shortName: String tree: String! depth: Int! parentId: ID
    validFrom: String! validTo: String status: String! readOnly: Boolean! childCount: Int!
    kind: UnitKind!
  }
  type Query { unitChildren(tree: String!, parentId: ID): [Unit!]! }
`;

/**
 * A reference for the GraphQL / service ratios, with no target: a bare Apollo Server on the packages
 * thidua uses (`@apollo/server` with `@as-integrations/express5` on Express 5, as bench/http's bare
 * server), in this process beside the app, whose one field makes the very service call the service
 * side measures and answers the same fields. No session, no guard, no validation, no Nest, no
 * security headers or request log: what any Apollo server pays over HTTP for the list, so the part
 * of a ratio that is thidua's own is the distance between the two GraphQL figures.
 */
export async function startBareApollo(
  children: (tree: string, parentId: string | null) => Promise<BareUnit[]>,
  kinds: ReadonlyMap<string, BareKind>,
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const bare = await listenBareApollo({
    typeDefs: TYPE_DEFS,
    resolvers: {
      Query: {
        unitChildren: (_: unknown, args: { tree: string; parentId?: string | null }) =>
          children(args.tree, args.parentId ?? null),
      },
      Unit: {
        childCount: (unit: BareUnit) => unit.childCountRead ?? 0,
        kind: (unit: BareUnit) => kinds.get(unit.kindId),
      },
    },
  });
  return { baseUrl: `http://127.0.0.1:${bare.port}`, close: bare.close };
}
