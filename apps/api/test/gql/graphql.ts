/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActorType =
  /** Ứng dụng tích hợp */
  | 'API_CLIENT'
  /** Hệ thống */
  | 'SYSTEM'
  /** Người dùng */
  | 'USER';

export type AuditFilter = {
  actorId?: string | number | null | undefined;
  actorType?: ActorType | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  /** Thao tác, hoặc tiền tố của nó ("user." = mọi thao tác trên người dùng). */
  operation?: string | null | undefined;
  to?: string | null | undefined;
};

/** Thêm một văn bản căn cứ. */
export type CreateLegalDocumentInput = {
  /** Ngày có hiệu lực. */
  effectiveFrom?: string | null | undefined;
  /** Ngày cuối cùng còn hiệu lực (không trước ngày có hiệu lực và ngày ban hành). */
  effectiveTo?: string | null | undefined;
  /** Ngày ban hành (không sau hôm nay). */
  issuedOn?: string | null | undefined;
  /** Đơn vị ban hành trong hệ thống (văn bản địa phương); bỏ trống: văn bản trung ương, cần quyền trên toàn hệ thống. */
  issuerUnitId?: string | number | null | undefined;
  /** Cơ quan ban hành, ví dụ "Chính phủ", "Ủy ban nhân dân tỉnh Bắc Kạn". */
  issuingBody: string;
  kind: LegalDocumentKind;
  note?: string | null | undefined;
  /** Số, ký hiệu, ví dụ "152/2025/NĐ-CP" (khoảng trắng quanh / và - được bỏ). */
  number: string;
  /** Trích yếu nội dung. */
  title: string;
};

/** Loại văn bản căn cứ. */
export type LegalDocumentKind =
  /** Chỉ thị */
  | 'CHI_THI'
  /** Chương trình */
  | 'CHUONG_TRINH'
  /** Công văn */
  | 'CONG_VAN'
  /** Hướng dẫn */
  | 'HUONG_DAN'
  /** Kết luận */
  | 'KET_LUAN'
  /** Kế hoạch */
  | 'KE_HOACH'
  /** Văn bản khác */
  | 'KHAC'
  /** Luật */
  | 'LUAT'
  /** Nghị định */
  | 'NGHI_DINH'
  /** Nghị quyết */
  | 'NGHI_QUYET'
  /** Pháp lệnh */
  | 'PHAP_LENH'
  /** Quyết định */
  | 'QUYET_DINH'
  /** Quy định */
  | 'QUY_DINH'
  /** Thông báo */
  | 'THONG_BAO'
  /** Thông tư */
  | 'THONG_TU';

/** Hiệu lực của văn bản vào một ngày. */
export type LegalDocumentStatus =
  /** Hết hiệu lực */
  | 'EXPIRED'
  /** Còn hiệu lực */
  | 'IN_FORCE'
  /** Chưa có hiệu lực */
  | 'NOT_YET_IN_FORCE'
  /** Đã được thay thế */
  | 'REPLACED';

/** Ghi nhận văn bản bị thay thế (hoặc bãi bỏ) bởi văn bản khác; replacedById null: bỏ ghi nhận. */
export type MarkLegalDocumentReplacedInput = {
  /** Ngày cuối cùng văn bản bị thay thế còn hiệu lực; bỏ trống: giữ ngày đã có, nếu chưa có thì lấy ngày trước ngày văn bản thay thế có hiệu lực. */
  effectiveTo?: string | null | undefined;
  /** Văn bản bị thay thế. */
  id: string | number;
  /** Văn bản thay thế; null: bỏ ghi nhận thay thế. */
  replacedById?: string | number | null | undefined;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

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

/** Sửa một văn bản căn cứ (mọi trường gửi lên thay cho giá trị cũ); văn bản thay thế đổi qua markLegalDocumentReplaced. */
export type UpdateLegalDocumentInput = {
  /** Ngày có hiệu lực. */
  effectiveFrom?: string | null | undefined;
  /** Ngày cuối cùng còn hiệu lực (không trước ngày có hiệu lực và ngày ban hành). */
  effectiveTo?: string | null | undefined;
  id: string | number;
  /** Ngày ban hành (không sau hôm nay). */
  issuedOn?: string | null | undefined;
  /** Đơn vị ban hành trong hệ thống (văn bản địa phương); bỏ trống: văn bản trung ương, cần quyền trên toàn hệ thống. */
  issuerUnitId?: string | number | null | undefined;
  /** Cơ quan ban hành, ví dụ "Chính phủ", "Ủy ban nhân dân tỉnh Bắc Kạn". */
  issuingBody: string;
  kind: LegalDocumentKind;
  note?: string | null | undefined;
  /** Số, ký hiệu, ví dụ "152/2025/NĐ-CP" (khoảng trắng quanh / và - được bỏ). */
  number: string;
  /** Trích yếu nội dung. */
  title: string;
  /** Phiên bản bản ghi đã đọc (khóa lạc quan). */
  version: number;
};

export type AuditLegalCreateMutationVariables = Exact<{
  input: CreateLegalDocumentInput;
}>;


export type AuditLegalCreateMutation = { createLegalDocument: { id: string, version: number } };

export type AuditLegalReplaceMutationVariables = Exact<{
  input: MarkLegalDocumentReplacedInput;
}>;


export type AuditLegalReplaceMutation = { markLegalDocumentReplaced: { id: string } };

export type LegalListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  kind?: LegalDocumentKind | null | undefined;
  effectiveOn?: string | null | undefined;
  includeReplaced?: boolean | null | undefined;
}>;


export type LegalListQuery = { legalDocuments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, kind: LegalDocumentKind, name: string, status: LegalDocumentStatus, replacedBy: { number: string } | null } }> } };

export type LegalGetQueryVariables = Exact<{
  id: string | number;
}>;


export type LegalGetQuery = { legalDocument: { id: string, number: string, name: string, title: string | null, issuingBody: string, issuedOn: string | null, effectiveFrom: string | null, effectiveTo: string | null, status: LegalDocumentStatus, national: boolean, canManage: boolean, version: number, issuerUnit: { id: string, name: string, canOpen: boolean } | null, replacedBy: { id: string, number: string } | null, replaces: Array<{ id: string, number: string }> } };

export type LegalCreateMutationVariables = Exact<{
  input: CreateLegalDocumentInput;
}>;


export type LegalCreateMutation = { createLegalDocument: { id: string, number: string, title: string | null, version: number, status: LegalDocumentStatus, canManage: boolean } };

export type LegalUpdateMutationVariables = Exact<{
  input: UpdateLegalDocumentInput;
}>;


export type LegalUpdateMutation = { updateLegalDocument: { id: string, title: string | null, effectiveTo: string | null, version: number } };

export type LegalReplaceMutationVariables = Exact<{
  input: MarkLegalDocumentReplacedInput;
}>;


export type LegalReplaceMutation = { markLegalDocumentReplaced: { id: string, effectiveTo: string | null, status: LegalDocumentStatus, version: number, replacedBy: { id: string } | null } };

export type LegalAuditQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type LegalAuditQuery = { auditLog: { edges: Array<{ node: { operation: string, entityLabel: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type ScopeLegalCreateMutationVariables = Exact<{
  input: CreateLegalDocumentInput;
}>;


export type ScopeLegalCreateMutation = { createLegalDocument: { id: string, version: number, canManage: boolean } };

export type ScopeLegalUpdateMutationVariables = Exact<{
  input: UpdateLegalDocumentInput;
}>;


export type ScopeLegalUpdateMutation = { updateLegalDocument: { id: string, version: number } };

export type ScopeLegalReplaceMutationVariables = Exact<{
  input: MarkLegalDocumentReplacedInput;
}>;


export type ScopeLegalReplaceMutation = { markLegalDocumentReplaced: { id: string } };

export type ScopeLegalQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeLegalQuery = { legalDocument: { title: string | null, version: number, canManage: boolean, issuerUnit: { name: string, code: string, canOpen: boolean, parentId: string | null } | null } };

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

export const AuditLegalCreateDocument = new TypedDocumentString(`
    mutation AuditLegalCreate($input: CreateLegalDocumentInput!) {
  createLegalDocument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuditLegalCreateMutation, AuditLegalCreateMutationVariables>;
export const AuditLegalReplaceDocument = new TypedDocumentString(`
    mutation AuditLegalReplace($input: MarkLegalDocumentReplacedInput!) {
  markLegalDocumentReplaced(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditLegalReplaceMutation, AuditLegalReplaceMutationVariables>;
export const LegalListDocument = new TypedDocumentString(`
    query LegalList($first: Int!, $after: String, $search: String, $kind: LegalDocumentKind, $effectiveOn: Date, $includeReplaced: Boolean) {
  legalDocuments(
    first: $first
    after: $after
    search: $search
    kind: $kind
    effectiveOn: $effectiveOn
    includeReplaced: $includeReplaced
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        kind
        name
        status
        replacedBy {
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LegalListQuery, LegalListQueryVariables>;
export const LegalGetDocument = new TypedDocumentString(`
    query LegalGet($id: ID!) {
  legalDocument(id: $id) {
    id
    number
    name
    title
    issuingBody
    issuedOn
    effectiveFrom
    effectiveTo
    status
    national
    canManage
    version
    issuerUnit {
      id
      name
      canOpen
    }
    replacedBy {
      id
      number
    }
    replaces {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<LegalGetQuery, LegalGetQueryVariables>;
export const LegalCreateDocument = new TypedDocumentString(`
    mutation LegalCreate($input: CreateLegalDocumentInput!) {
  createLegalDocument(input: $input) {
    id
    number
    title
    version
    status
    canManage
  }
}
    `) as unknown as TypedDocumentString<LegalCreateMutation, LegalCreateMutationVariables>;
export const LegalUpdateDocument = new TypedDocumentString(`
    mutation LegalUpdate($input: UpdateLegalDocumentInput!) {
  updateLegalDocument(input: $input) {
    id
    title
    effectiveTo
    version
  }
}
    `) as unknown as TypedDocumentString<LegalUpdateMutation, LegalUpdateMutationVariables>;
export const LegalReplaceDocument = new TypedDocumentString(`
    mutation LegalReplace($input: MarkLegalDocumentReplacedInput!) {
  markLegalDocumentReplaced(input: $input) {
    id
    effectiveTo
    status
    version
    replacedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LegalReplaceMutation, LegalReplaceMutationVariables>;
export const LegalAuditDocument = new TypedDocumentString(`
    query LegalAudit($filter: AuditFilter) {
  auditLog(filter: $filter, first: 20) {
    edges {
      node {
        operation
        entityLabel
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LegalAuditQuery, LegalAuditQueryVariables>;
export const ScopeLegalCreateDocument = new TypedDocumentString(`
    mutation ScopeLegalCreate($input: CreateLegalDocumentInput!) {
  createLegalDocument(input: $input) {
    id
    version
    canManage
  }
}
    `) as unknown as TypedDocumentString<ScopeLegalCreateMutation, ScopeLegalCreateMutationVariables>;
export const ScopeLegalUpdateDocument = new TypedDocumentString(`
    mutation ScopeLegalUpdate($input: UpdateLegalDocumentInput!) {
  updateLegalDocument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScopeLegalUpdateMutation, ScopeLegalUpdateMutationVariables>;
export const ScopeLegalReplaceDocument = new TypedDocumentString(`
    mutation ScopeLegalReplace($input: MarkLegalDocumentReplacedInput!) {
  markLegalDocumentReplaced(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopeLegalReplaceMutation, ScopeLegalReplaceMutationVariables>;
export const ScopeLegalDocument = new TypedDocumentString(`
    query ScopeLegal($id: ID!) {
  legalDocument(id: $id) {
    title
    version
    canManage
    issuerUnit {
      name
      code
      canOpen
      parentId
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeLegalQuery, ScopeLegalQueryVariables>;
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