/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AuditLegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditLegalCreateDocument,
    "\n  mutation AuditLegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditLegalReplaceDocument,
    "\n  mutation AuditCampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditCampaignCreateDocument,
    "\n  mutation AuditCampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditCampaignUpdateDocument,
    "\n  mutation AuditCampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": typeof types.AuditCampaignDeleteDocument,
    "\n  mutation LifecycleCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      status\n      documentUrl\n    }\n  }\n": typeof types.LifecycleCreateDocument,
    "\n  mutation LifecycleSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n": typeof types.LifecycleSubmitDocument,
    "\n  mutation LifecycleReturn($input: ReturnCampaignPlanInput!) {\n    returnCampaignPlan(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n": typeof types.LifecycleReturnDocument,
    "\n  mutation LifecycleIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      number\n      symbol\n      issuedOn\n      issuePlace\n      signer {\n        on {\n          authority\n          of\n        }\n        title\n        name\n      }\n    }\n  }\n": typeof types.LifecycleIssueDocument,
    "\n  mutation LifecycleUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.LifecycleUpdateDocument,
    "\n  mutation LifecycleDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": typeof types.LifecycleDeleteDocument,
    "\n  query LifecycleAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n": typeof types.LifecycleAuditDocument,
    "\n  mutation CampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      status\n      title\n    }\n  }\n": typeof types.CampaignCreateDocument,
    "\n  mutation CampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n      title\n      kind\n    }\n  }\n": typeof types.CampaignUpdateDocument,
    "\n  mutation CampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": typeof types.CampaignDeleteDocument,
    "\n  query CampaignGet($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      kind\n      scope\n      title\n      periodFrom\n      periodTo\n      status\n      version\n      issuerUnit {\n        id\n        name\n      }\n      legalBases {\n        id\n        number\n      }\n      content {\n        purpose {\n          aims\n          requirements\n        }\n        theme\n        motto\n        methods\n        participants {\n          collectives\n          individuals\n        }\n        sections {\n          title\n          paragraphs\n          footnotes\n          subsections {\n            title\n            paragraphs\n          }\n        }\n        targets {\n          indicator\n          target\n          unit\n          year\n          responsibleUnitName\n        }\n        phases {\n          name\n          from\n          to\n          tasks\n        }\n        milestones {\n          date\n          label\n          tentative\n        }\n        awards {\n          forms {\n            name\n            text\n          }\n          criteria {\n            label\n            text\n          }\n          quotas {\n            form\n            either\n            note\n          }\n          dossier\n          submitTo\n          deadline\n        }\n        implementation {\n          body\n          tasks\n        }\n        reporting {\n          who\n          frequency\n          to\n          via\n        }\n        recipients {\n          groups {\n            heading\n            names\n          }\n          archive\n        }\n        signature {\n          on {\n            authority\n            of\n          }\n          title\n          name\n        }\n      }\n    }\n  }\n": typeof types.CampaignGetDocument,
    "\n  query CampaignList(\n    $search: String\n    $status: CampaignPlanStatus\n    $kind: CampaignKind\n    $year: Int\n    $issuerUnitId: ID\n  ) {\n    campaignPlans(\n      first: 50\n      search: $search\n      status: $status\n      kind: $kind\n      year: $year\n      issuerUnitId: $issuerUnitId\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query CampaignAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignAuditDocument,
    "\n  query LegalList(\n    $first: Int!\n    $after: String\n    $search: String\n    $kind: LegalDocumentKind\n    $effectiveOn: Date\n    $includeReplaced: Boolean\n  ) {\n    legalDocuments(\n      first: $first\n      after: $after\n      search: $search\n      kind: $kind\n      effectiveOn: $effectiveOn\n      includeReplaced: $includeReplaced\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          kind\n          name\n          status\n          replacedBy {\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.LegalListDocument,
    "\n  query LegalGet($id: ID!) {\n    legalDocument(id: $id) {\n      id\n      number\n      name\n      title\n      issuingBody\n      issuedOn\n      effectiveFrom\n      effectiveTo\n      status\n      national\n      canManage\n      version\n      issuerUnit {\n        id\n        name\n        canOpen\n      }\n      replacedBy {\n        id\n        number\n      }\n      replaces {\n        id\n        number\n      }\n    }\n  }\n": typeof types.LegalGetDocument,
    "\n  mutation LegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      number\n      title\n      version\n      status\n      canManage\n    }\n  }\n": typeof types.LegalCreateDocument,
    "\n  mutation LegalUpdate($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      id\n      title\n      effectiveTo\n      version\n    }\n  }\n": typeof types.LegalUpdateDocument,
    "\n  mutation LegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n      effectiveTo\n      status\n      version\n      replacedBy {\n        id\n      }\n    }\n  }\n": typeof types.LegalReplaceDocument,
    "\n  query LegalAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.LegalAuditDocument,
    "\n  mutation ScopeLegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      version\n      canManage\n    }\n  }\n": typeof types.ScopeLegalCreateDocument,
    "\n  mutation ScopeLegalUpdate($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ScopeLegalUpdateDocument,
    "\n  mutation ScopeLegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n    }\n  }\n": typeof types.ScopeLegalReplaceDocument,
    "\n  query ScopeLegal($id: ID!) {\n    legalDocument(id: $id) {\n      title\n      version\n      canManage\n      issuerUnit {\n        name\n        code\n        canOpen\n        parentId\n      }\n    }\n  }\n": typeof types.ScopeLegalDocument,
    "\n  mutation ScopeCampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ScopeCampaignCreateDocument,
    "\n  mutation ScopeCampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ScopeCampaignUpdateDocument,
    "\n  mutation ScopeCampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": typeof types.ScopeCampaignDeleteDocument,
    "\n  mutation ScopeCampaignSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.ScopeCampaignSubmitDocument,
    "\n  mutation ScopeCampaignIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.ScopeCampaignIssueDocument,
    "\n  query ScopeCampaign($id: ID!) {\n    campaignPlan(id: $id) {\n      title\n      version\n    }\n  }\n": typeof types.ScopeCampaignDocument,
    "\n  query ScopeCampaigns($search: String) {\n    campaignPlans(first: 50, search: $search) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ScopeCampaignsDocument,
    "\n  query ScopeUnits($includeEnded: Boolean, $asOf: Date) {\n    units(includeEnded: $includeEnded, asOf: $asOf, first: 50) {\n      edges {\n        node {\n          id\n          status\n          canOpen\n        }\n      }\n    }\n  }\n": typeof types.ScopeUnitsDocument,
    "\n  query ScopeUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      canOpen\n    }\n  }\n": typeof types.ScopeUnitDocument,
};
const documents: Documents = {
    "\n  mutation AuditLegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditLegalCreateDocument,
    "\n  mutation AuditLegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n    }\n  }\n": types.AuditLegalReplaceDocument,
    "\n  mutation AuditCampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditCampaignCreateDocument,
    "\n  mutation AuditCampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n    }\n  }\n": types.AuditCampaignUpdateDocument,
    "\n  mutation AuditCampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": types.AuditCampaignDeleteDocument,
    "\n  mutation LifecycleCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      status\n      documentUrl\n    }\n  }\n": types.LifecycleCreateDocument,
    "\n  mutation LifecycleSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n": types.LifecycleSubmitDocument,
    "\n  mutation LifecycleReturn($input: ReturnCampaignPlanInput!) {\n    returnCampaignPlan(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n": types.LifecycleReturnDocument,
    "\n  mutation LifecycleIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      number\n      symbol\n      issuedOn\n      issuePlace\n      signer {\n        on {\n          authority\n          of\n        }\n        title\n        name\n      }\n    }\n  }\n": types.LifecycleIssueDocument,
    "\n  mutation LifecycleUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.LifecycleUpdateDocument,
    "\n  mutation LifecycleDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": types.LifecycleDeleteDocument,
    "\n  query LifecycleAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n": types.LifecycleAuditDocument,
    "\n  mutation CampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      status\n      title\n    }\n  }\n": types.CampaignCreateDocument,
    "\n  mutation CampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n      title\n      kind\n    }\n  }\n": types.CampaignUpdateDocument,
    "\n  mutation CampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": types.CampaignDeleteDocument,
    "\n  query CampaignGet($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      kind\n      scope\n      title\n      periodFrom\n      periodTo\n      status\n      version\n      issuerUnit {\n        id\n        name\n      }\n      legalBases {\n        id\n        number\n      }\n      content {\n        purpose {\n          aims\n          requirements\n        }\n        theme\n        motto\n        methods\n        participants {\n          collectives\n          individuals\n        }\n        sections {\n          title\n          paragraphs\n          footnotes\n          subsections {\n            title\n            paragraphs\n          }\n        }\n        targets {\n          indicator\n          target\n          unit\n          year\n          responsibleUnitName\n        }\n        phases {\n          name\n          from\n          to\n          tasks\n        }\n        milestones {\n          date\n          label\n          tentative\n        }\n        awards {\n          forms {\n            name\n            text\n          }\n          criteria {\n            label\n            text\n          }\n          quotas {\n            form\n            either\n            note\n          }\n          dossier\n          submitTo\n          deadline\n        }\n        implementation {\n          body\n          tasks\n        }\n        reporting {\n          who\n          frequency\n          to\n          via\n        }\n        recipients {\n          groups {\n            heading\n            names\n          }\n          archive\n        }\n        signature {\n          on {\n            authority\n            of\n          }\n          title\n          name\n        }\n      }\n    }\n  }\n": types.CampaignGetDocument,
    "\n  query CampaignList(\n    $search: String\n    $status: CampaignPlanStatus\n    $kind: CampaignKind\n    $year: Int\n    $issuerUnitId: ID\n  ) {\n    campaignPlans(\n      first: 50\n      search: $search\n      status: $status\n      kind: $kind\n      year: $year\n      issuerUnitId: $issuerUnitId\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CampaignListDocument,
    "\n  query CampaignAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n": types.CampaignAuditDocument,
    "\n  query LegalList(\n    $first: Int!\n    $after: String\n    $search: String\n    $kind: LegalDocumentKind\n    $effectiveOn: Date\n    $includeReplaced: Boolean\n  ) {\n    legalDocuments(\n      first: $first\n      after: $after\n      search: $search\n      kind: $kind\n      effectiveOn: $effectiveOn\n      includeReplaced: $includeReplaced\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          kind\n          name\n          status\n          replacedBy {\n            number\n          }\n        }\n      }\n    }\n  }\n": types.LegalListDocument,
    "\n  query LegalGet($id: ID!) {\n    legalDocument(id: $id) {\n      id\n      number\n      name\n      title\n      issuingBody\n      issuedOn\n      effectiveFrom\n      effectiveTo\n      status\n      national\n      canManage\n      version\n      issuerUnit {\n        id\n        name\n        canOpen\n      }\n      replacedBy {\n        id\n        number\n      }\n      replaces {\n        id\n        number\n      }\n    }\n  }\n": types.LegalGetDocument,
    "\n  mutation LegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      number\n      title\n      version\n      status\n      canManage\n    }\n  }\n": types.LegalCreateDocument,
    "\n  mutation LegalUpdate($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      id\n      title\n      effectiveTo\n      version\n    }\n  }\n": types.LegalUpdateDocument,
    "\n  mutation LegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n      effectiveTo\n      status\n      version\n      replacedBy {\n        id\n      }\n    }\n  }\n": types.LegalReplaceDocument,
    "\n  query LegalAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.LegalAuditDocument,
    "\n  mutation ScopeLegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      version\n      canManage\n    }\n  }\n": types.ScopeLegalCreateDocument,
    "\n  mutation ScopeLegalUpdate($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.ScopeLegalUpdateDocument,
    "\n  mutation ScopeLegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n    }\n  }\n": types.ScopeLegalReplaceDocument,
    "\n  query ScopeLegal($id: ID!) {\n    legalDocument(id: $id) {\n      title\n      version\n      canManage\n      issuerUnit {\n        name\n        code\n        canOpen\n        parentId\n      }\n    }\n  }\n": types.ScopeLegalDocument,
    "\n  mutation ScopeCampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.ScopeCampaignCreateDocument,
    "\n  mutation ScopeCampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.ScopeCampaignUpdateDocument,
    "\n  mutation ScopeCampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": types.ScopeCampaignDeleteDocument,
    "\n  mutation ScopeCampaignSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n    }\n  }\n": types.ScopeCampaignSubmitDocument,
    "\n  mutation ScopeCampaignIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n    }\n  }\n": types.ScopeCampaignIssueDocument,
    "\n  query ScopeCampaign($id: ID!) {\n    campaignPlan(id: $id) {\n      title\n      version\n    }\n  }\n": types.ScopeCampaignDocument,
    "\n  query ScopeCampaigns($search: String) {\n    campaignPlans(first: 50, search: $search) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ScopeCampaignsDocument,
    "\n  query ScopeUnits($includeEnded: Boolean, $asOf: Date) {\n    units(includeEnded: $includeEnded, asOf: $asOf, first: 50) {\n      edges {\n        node {\n          id\n          status\n          canOpen\n        }\n      }\n    }\n  }\n": types.ScopeUnitsDocument,
    "\n  query ScopeUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      canOpen\n    }\n  }\n": types.ScopeUnitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditLegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AuditLegalCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditLegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditLegalReplaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AuditCampaignCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditCampaignUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n"): typeof import('./graphql').AuditCampaignDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      status\n      documentUrl\n    }\n  }\n"): typeof import('./graphql').LifecycleCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n"): typeof import('./graphql').LifecycleSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleReturn($input: ReturnCampaignPlanInput!) {\n    returnCampaignPlan(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n"): typeof import('./graphql').LifecycleReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      number\n      symbol\n      issuedOn\n      issuePlace\n      signer {\n        on {\n          authority\n          of\n        }\n        title\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').LifecycleIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').LifecycleUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n"): typeof import('./graphql').LifecycleDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LifecycleAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      status\n      title\n    }\n  }\n"): typeof import('./graphql').CampaignCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n      title\n      kind\n    }\n  }\n"): typeof import('./graphql').CampaignUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n"): typeof import('./graphql').CampaignDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignGet($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      kind\n      scope\n      title\n      periodFrom\n      periodTo\n      status\n      version\n      issuerUnit {\n        id\n        name\n      }\n      legalBases {\n        id\n        number\n      }\n      content {\n        purpose {\n          aims\n          requirements\n        }\n        theme\n        motto\n        methods\n        participants {\n          collectives\n          individuals\n        }\n        sections {\n          title\n          paragraphs\n          footnotes\n          subsections {\n            title\n            paragraphs\n          }\n        }\n        targets {\n          indicator\n          target\n          unit\n          year\n          responsibleUnitName\n        }\n        phases {\n          name\n          from\n          to\n          tasks\n        }\n        milestones {\n          date\n          label\n          tentative\n        }\n        awards {\n          forms {\n            name\n            text\n          }\n          criteria {\n            label\n            text\n          }\n          quotas {\n            form\n            either\n            note\n          }\n          dossier\n          submitTo\n          deadline\n        }\n        implementation {\n          body\n          tasks\n        }\n        reporting {\n          who\n          frequency\n          to\n          via\n        }\n        recipients {\n          groups {\n            heading\n            names\n          }\n          archive\n        }\n        signature {\n          on {\n            authority\n            of\n          }\n          title\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList(\n    $search: String\n    $status: CampaignPlanStatus\n    $kind: CampaignKind\n    $year: Int\n    $issuerUnitId: ID\n  ) {\n    campaignPlans(\n      first: 50\n      search: $search\n      status: $status\n      kind: $kind\n      year: $year\n      issuerUnitId: $issuerUnitId\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalList(\n    $first: Int!\n    $after: String\n    $search: String\n    $kind: LegalDocumentKind\n    $effectiveOn: Date\n    $includeReplaced: Boolean\n  ) {\n    legalDocuments(\n      first: $first\n      after: $after\n      search: $search\n      kind: $kind\n      effectiveOn: $effectiveOn\n      includeReplaced: $includeReplaced\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          kind\n          name\n          status\n          replacedBy {\n            number\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LegalListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalGet($id: ID!) {\n    legalDocument(id: $id) {\n      id\n      number\n      name\n      title\n      issuingBody\n      issuedOn\n      effectiveFrom\n      effectiveTo\n      status\n      national\n      canManage\n      version\n      issuerUnit {\n        id\n        name\n        canOpen\n      }\n      replacedBy {\n        id\n        number\n      }\n      replaces {\n        id\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').LegalGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      number\n      title\n      version\n      status\n      canManage\n    }\n  }\n"): typeof import('./graphql').LegalCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LegalUpdate($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      id\n      title\n      effectiveTo\n      version\n    }\n  }\n"): typeof import('./graphql').LegalUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n      effectiveTo\n      status\n      version\n      replacedBy {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LegalReplaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LegalAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeLegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      version\n      canManage\n    }\n  }\n"): typeof import('./graphql').ScopeLegalCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeLegalUpdate($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ScopeLegalUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeLegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScopeLegalReplaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeLegal($id: ID!) {\n    legalDocument(id: $id) {\n      title\n      version\n      canManage\n      issuerUnit {\n        name\n        code\n        canOpen\n        parentId\n      }\n    }\n  }\n"): typeof import('./graphql').ScopeLegalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n"): typeof import('./graphql').ScopeCampaignDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCampaignSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCampaignIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeCampaign($id: ID!) {\n    campaignPlan(id: $id) {\n      title\n      version\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeCampaigns($search: String) {\n    campaignPlans(first: 50, search: $search) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeUnits($includeEnded: Boolean, $asOf: Date) {\n    units(includeEnded: $includeEnded, asOf: $asOf, first: 50) {\n      edges {\n        node {\n          id\n          status\n          canOpen\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScopeUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      canOpen\n    }\n  }\n"): typeof import('./graphql').ScopeUnitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
