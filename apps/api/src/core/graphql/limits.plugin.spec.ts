import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { queryDepth } from './limits.plugin';

function depthOf(query: string): number {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return queryDepth(doc, op);
}

describe('queryDepth', () => {
  it('counts nested fields, through fragments and inline fragments', () => {
    expect(depthOf('{ me { user { id } } }')).toBe(3);
    expect(depthOf('{ me { ...F } } fragment F on Viewer { user { unit { parent { id } } } }')).toBe(5);
    expect(depthOf('{ me { ... on Viewer { user { id } } } }')).toBe(3);
  });

  it('ignores introspection and survives fragment cycles', () => {
    expect(depthOf('{ __schema { types { fields { type { ofType { name } } } } } }')).toBe(0);
    expect(depthOf('{ a { ...A } } fragment A on T { b { ...A } }')).toBe(2);
  });
});
