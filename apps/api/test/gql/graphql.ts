/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Trạng thái đơn vị; đơn vị đã kết thúc chỉ được xem từ ngày validTo. */
export type UnitStatus =
  /** Đang hoạt động */
  | 'ACTIVE'
  /** Đã giải thể */
  | 'DISSOLVED'
  /** Đã sáp nhập, hợp nhất */
  | 'MERGED'
  /** Đã chia tách */
  | 'SPLIT';

export type ScopeUnitsQueryVariables = Exact<{
  includeEnded?: boolean | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ScopeUnitsQuery = { units: { edges: Array<{ node: { id: string, status: UnitStatus, canOpen: boolean } }> } };

export type ScopeUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeUnitQuery = { unit: { id: string, canOpen: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ScopeUnitsDocument = new TypedDocumentString(`
    query ScopeUnits($includeEnded: Boolean, $asOf: Date) {
  units(includeEnded: $includeEnded, asOf: $asOf, first: 50) {
    edges {
      node {
        id
        status
        canOpen
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeUnitsQuery, ScopeUnitsQueryVariables>;
export const ScopeUnitDocument = new TypedDocumentString(`
    query ScopeUnit($id: ID!) {
  unit(id: $id) {
    id
    canOpen
  }
}
    `) as unknown as TypedDocumentString<ScopeUnitQuery, ScopeUnitQueryVariables>;