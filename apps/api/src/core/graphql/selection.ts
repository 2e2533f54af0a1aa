import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field's selection (fragments and inline fragments included) asks for the field at
 * `path` below it: `selects(info, 'previousLoginAt')`, `selects(info, 'edges', 'node', 'childCount')`.
 * For a resolver that reads ahead, in one statement, what its rows' fields would otherwise each
 * await. Each fragment is walked once per level, so a document of fragments spreading each other
 * costs its size, not their expansion.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, depth: number): boolean =>
    !!set?.selections.some((sel) => {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value !== path[depth]) return false;
        return depth === path.length - 1 || walk(sel.selectionSet, depth + 1);
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) return walk(sel.selectionSet, depth);
      const key = `${depth}:${sel.name.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return walk(info.fragments[sel.name.value]?.selectionSet, depth);
    });
  return path.length > 0 && info.fieldNodes.some((node) => walk(node.selectionSet, 0));
}
