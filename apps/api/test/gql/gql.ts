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
    "\n  mutation AuditCampaignStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditCampaignStartDocument,
    "\n  mutation AuditCampaignAmend($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditCampaignAmendDocument,
    "\n  mutation AuditCampaignRender($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": typeof types.AuditCampaignRenderDocument,
    "\n  mutation AuditCampaignSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditCampaignSubmitDocument,
    "\n  mutation AuditCampaignIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditCampaignIssueDocument,
    "\n  mutation AuditCampaignRemind($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n    }\n  }\n": typeof types.AuditCampaignRemindDocument,
    "\n  mutation AuditCongressCreate($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditCongressCreateDocument,
    "\n  mutation AuditCongressUpdate($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditCongressUpdateDocument,
    "\n  mutation AuditCongressDelegates($input: SetCongressDelegatesInput!) {\n    setCongressDelegates(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditCongressDelegatesDocument,
    "\n  mutation AuditCongressToUpper($input: MarkCongressDelegatesToUpperInput!) {\n    markCongressDelegatesToUpper(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditCongressToUpperDocument,
    "\n  mutation AuditCongressHold($input: HoldCongressInput!) {\n    holdCongress(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditCongressHoldDocument,
    "\n      mutation AuditRegCreate($input: CreateCampaignRegistrationInput!) {\n        createCampaignRegistration(input: $input) {\n          id\n          version\n        }\n      }\n    ": typeof types.AuditRegCreateDocument,
    "\n      mutation AuditRegUpdate($input: UpdateCampaignRegistrationInput!) {\n        updateCampaignRegistration(input: $input) {\n          id\n        }\n      }\n    ": typeof types.AuditRegUpdateDocument,
    "\n      mutation AuditRegApprove($input: CampaignRegistrationRefInput!) {\n        approveCampaignRegistration(input: $input) {\n          id\n        }\n      }\n    ": typeof types.AuditRegApproveDocument,
    "\n      mutation AuditReviewCreate($input: CreateCampaignReviewInput!) {\n        createCampaignReview(input: $input) {\n          id\n          version\n        }\n      }\n    ": typeof types.AuditReviewCreateDocument,
    "\n      mutation AuditReviewUpdate($input: UpdateCampaignReviewInput!) {\n        updateCampaignReview(input: $input) {\n          id\n        }\n      }\n    ": typeof types.AuditReviewUpdateDocument,
    "\n  mutation AmendmentsCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AmendmentsCreateDocument,
    "\n  mutation AmendmentsSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AmendmentsSubmitDocument,
    "\n  mutation AmendmentsIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      symbol\n    }\n  }\n": typeof types.AmendmentsIssueDocument,
    "\n  mutation AmendmentsUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n      title\n    }\n  }\n": typeof types.AmendmentsUpdateDocument,
    "\n  mutation AmendmentsAmend($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      id\n      version\n      status\n      title\n      periodFrom\n      periodTo\n      content {\n        theme\n      }\n      amendmentNote\n      amends {\n        id\n        symbol\n      }\n      supersededBy {\n        id\n      }\n      issuerUnit {\n        id\n      }\n    }\n  }\n": typeof types.AmendmentsAmendDocument,
    "\n  mutation AmendmentsStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AmendmentsStartDocument,
    "\n  query AmendmentsPlan($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      version\n      status\n      title\n      symbol\n      content {\n        theme\n      }\n      amendmentNote\n      amends {\n        id\n      }\n      supersededBy {\n        id\n        symbol\n      }\n      storedDocuments {\n        format\n        sha256\n      }\n    }\n  }\n": typeof types.AmendmentsPlanDocument,
    "\n  query AmendmentsAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.AmendmentsAuditDocument,
    "\n  mutation CascadeCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      answerDeadline\n      respondsToPlanId\n      addressing {\n        unitIds\n        subtreeUnitIds\n        clusterIds\n        unitKindCodes\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CascadeCreateDocument,
    "\n  mutation CascadeSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CascadeSubmitDocument,
    "\n  mutation CascadeIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      symbol\n    }\n  }\n": typeof types.CascadeIssueDocument,
    "\n  query CascadePlan($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      status\n      respondsToPlan {\n        id\n      }\n    }\n  }\n": typeof types.CascadePlanDocument,
    "\n  query CascadePlanRights($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      canManage\n      canIssue\n      canAnswer\n    }\n  }\n": typeof types.CascadePlanRightsDocument,
    "\n  query CascadePlans($search: String) {\n    campaignPlans(search: $search, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CascadePlansDocument,
    "\n  query CascadeInbox($status: CampaignAddresseeStatus, $search: String, $year: Int) {\n    campaignInbox(status: $status, search: $search, year: $year, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          deadline\n          reminderCount\n          lastRemindedAt\n          unit {\n            id\n          }\n          plan {\n            id\n            title\n          }\n          answerPlan {\n            id\n            symbol\n          }\n        }\n      }\n    }\n  }\n": typeof types.CascadeInboxDocument,
    "\n  query CascadeTable(\n    $planId: ID!\n    $status: CampaignAddresseeStatus\n    $underUnitId: ID\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    campaignPlanAddressees(\n      planId: $planId\n      status: $status\n      underUnitId: $underUnitId\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          rule\n          status\n          deadline\n          answeredOn\n          reminderCount\n          unit {\n            id\n            name\n            code\n            canOpen\n          }\n          answerPlan {\n            id\n            symbol\n          }\n          inheritedFromUnit {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CascadeTableDocument,
    "\n  query CascadeSummary($planId: ID!, $underUnitId: ID) {\n    campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {\n      planId\n      counts {\n        total\n        answered\n        answeredLate\n        pending\n        overdue\n      }\n      groups {\n        addressed\n        unit {\n          id\n        }\n        counts {\n          total\n          answered\n          answeredLate\n          pending\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.CascadeSummaryDocument,
    "\n  mutation CascadeRemind($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n      remindedAt\n    }\n  }\n": typeof types.CascadeRemindDocument,
    "\n  query CascadePreviewMerge($input: MergeUnitsInput!) {\n    previewMergeUnits(input: $input) {\n      carried {\n        module\n        label\n        count\n      }\n    }\n  }\n": typeof types.CascadePreviewMergeDocument,
    "\n  mutation CascadeMerge($input: MergeUnitsInput!) {\n    mergeUnits(input: $input) {\n      id\n    }\n  }\n": typeof types.CascadeMergeDocument,
    "\n  mutation DocumentsCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DocumentsCreateDocument,
    "\n  mutation DocumentsSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DocumentsSubmitDocument,
    "\n  mutation DocumentsIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      symbol\n    }\n  }\n": typeof types.DocumentsIssueDocument,
    "\n  query DocumentsPlan($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      status\n      documentUrl\n      pdfUrl\n      pdfStatus\n      pdfAvailable\n      storedDocuments {\n        format\n        sha256\n        size\n        url\n      }\n    }\n  }\n": typeof types.DocumentsPlanDocument,
    "\n  mutation DocumentsRender($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        id\n        kind\n        status\n        total\n      }\n      items {\n        planId\n        position\n        status\n      }\n    }\n  }\n": typeof types.DocumentsRenderDocument,
    "\n  query DocumentsBatch($jobId: ID!) {\n    campaignDocumentBatch(jobId: $jobId) {\n      job {\n        id\n        status\n        progress\n        total\n        message\n        error\n      }\n      items {\n        planId\n        position\n        status\n        created\n        error\n        durationMs\n        pdfUrl\n        sha256\n        plan {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.DocumentsBatchDocument,
    "\n  query DocumentsJob($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      progress\n      total\n      message\n      error\n    }\n  }\n": typeof types.DocumentsJobDocument,
    "\n  mutation LifecycleCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      status\n      documentUrl\n    }\n  }\n": typeof types.LifecycleCreateDocument,
    "\n  mutation LifecycleSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n": typeof types.LifecycleSubmitDocument,
    "\n  mutation LifecycleReturn($input: ReturnCampaignPlanInput!) {\n    returnCampaignPlan(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n": typeof types.LifecycleReturnDocument,
    "\n  mutation LifecycleIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      number\n      symbol\n      issuedOn\n      issuePlace\n      signer {\n        on {\n          authority\n          of\n        }\n        title\n        name\n      }\n    }\n  }\n": typeof types.LifecycleIssueDocument,
    "\n  mutation LifecycleUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.LifecycleUpdateDocument,
    "\n  mutation LifecycleDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": typeof types.LifecycleDeleteDocument,
    "\n  query LifecycleAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n": typeof types.LifecycleAuditDocument,
    "\n  mutation LifecycleStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.LifecycleStartDocument,
    "\n  mutation LifecycleReview($input: OpenCampaignPlanReviewInput!) {\n    openCampaignPlanReview(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.LifecycleReviewDocument,
    "\n  mutation LifecycleResume($input: CampaignPlanStepInput!) {\n    resumeCampaignPlan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.LifecycleResumeDocument,
    "\n  mutation LifecycleClose($input: CampaignPlanStepInput!) {\n    closeCampaignPlan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.LifecycleCloseDocument,
    "\n  mutation RegCreate($input: CreateCampaignRegistrationInput!) {\n    createCampaignRegistration(input: $input) {\n      id\n      version\n      kind\n      status\n      registrantName\n      personId\n      titles {\n        name\n        code\n      }\n      commitments\n      canEdit\n      canDecide\n      unit {\n        id\n      }\n    }\n  }\n": typeof types.RegCreateDocument,
    "\n  mutation RegUpdate($input: UpdateCampaignRegistrationInput!) {\n    updateCampaignRegistration(input: $input) {\n      id\n      version\n      titles {\n        name\n      }\n      commitments\n    }\n  }\n": typeof types.RegUpdateDocument,
    "\n  mutation RegDelete($input: CampaignRegistrationRefInput!) {\n    deleteCampaignRegistration(input: $input)\n  }\n": typeof types.RegDeleteDocument,
    "\n  mutation RegSubmit($input: CampaignRegistrationRefInput!) {\n    submitCampaignRegistration(input: $input) {\n      id\n      version\n      status\n      returnReason\n      submittedAt\n    }\n  }\n": typeof types.RegSubmitDocument,
    "\n  mutation RegReturn($input: ReturnCampaignRegistrationInput!) {\n    returnCampaignRegistration(input: $input) {\n      id\n      version\n      status\n      returnReason\n      reviewedAt\n    }\n  }\n": typeof types.RegReturnDocument,
    "\n  mutation RegApprove($input: CampaignRegistrationRefInput!) {\n    approveCampaignRegistration(input: $input) {\n      id\n      version\n      status\n      canEdit\n      canDecide\n    }\n  }\n": typeof types.RegApproveDocument,
    "\n  query RegList($planId: ID!, $filter: CampaignRegistrationFilter, $first: Int, $after: String) {\n    campaignRegistrations(planId: $planId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          kind\n          status\n          registrantName\n          returnReason\n          canEdit\n          canDecide\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegListDocument,
    "\n  query RegOne($id: ID!) {\n    campaignRegistration(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.RegOneDocument,
    "\n  query RegSummary($planId: ID!, $underUnitId: ID) {\n    campaignRegistrationSummary(planId: $planId, underUnitId: $underUnitId) {\n      planId\n      underUnitId\n      total {\n        units {\n          draft\n          submitted\n          returned\n          approved\n          total\n        }\n        people {\n          draft\n          submitted\n          returned\n          approved\n          total\n        }\n      }\n      own {\n        units {\n          total\n        }\n        people {\n          total\n        }\n      }\n      children {\n        unitId\n        unit {\n          id\n          name\n        }\n        units {\n          draft\n          submitted\n          approved\n          total\n        }\n        people {\n          draft\n          submitted\n          approved\n          total\n        }\n      }\n    }\n  }\n": typeof types.RegSummaryDocument,
    "\n  mutation CovenantCreate($input: CreateCampaignCovenantInput!) {\n    createCampaignCovenant(input: $input) {\n      id\n      version\n      signedOn\n      place\n      content\n      cluster {\n        id\n        name\n      }\n      members {\n        id\n      }\n    }\n  }\n": typeof types.CovenantCreateDocument,
    "\n  mutation CovenantUpdate($input: UpdateCampaignCovenantInput!) {\n    updateCampaignCovenant(input: $input) {\n      id\n      version\n      place\n      members {\n        id\n      }\n    }\n  }\n": typeof types.CovenantUpdateDocument,
    "\n  mutation CovenantDelete($input: DeleteCampaignCovenantInput!) {\n    deleteCampaignCovenant(input: $input)\n  }\n": typeof types.CovenantDeleteDocument,
    "\n  query Covenants($planId: ID!) {\n    campaignCovenants(planId: $planId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          cluster {\n            id\n          }\n          members {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CovenantsDocument,
    "\n  mutation ReviewCreate($input: CreateCampaignReviewInput!) {\n    createCampaignReview(input: $input) {\n      id\n      version\n      kind\n      status\n      report\n      late\n      canEdit\n      canReturn\n      unit {\n        id\n      }\n      figures {\n        targetIndex\n        achieved\n        note\n        target {\n          indicator\n          target\n          unit\n        }\n      }\n    }\n  }\n": typeof types.ReviewCreateDocument,
    "\n  mutation ReviewUpdate($input: UpdateCampaignReviewInput!) {\n    updateCampaignReview(input: $input) {\n      id\n      version\n      report\n      figures {\n        targetIndex\n        achieved\n      }\n      attachments {\n        sha256\n        name\n        url\n      }\n    }\n  }\n": typeof types.ReviewUpdateDocument,
    "\n  mutation ReviewSubmit($input: CampaignReviewRefInput!) {\n    submitCampaignReview(input: $input) {\n      id\n      version\n      status\n      late\n      deadline\n      submittedAt\n      returnReason\n    }\n  }\n": typeof types.ReviewSubmitDocument,
    "\n  mutation ReviewReturn($input: ReturnCampaignReviewInput!) {\n    returnCampaignReview(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n": typeof types.ReviewReturnDocument,
    "\n  query ReviewList($planId: ID!, $kind: CampaignReviewKind!, $filter: CampaignReviewFilter) {\n    campaignReviews(planId: $planId, kind: $kind, filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          late\n          canReturn\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewListDocument,
    "\n  query ReviewOne($id: ID!) {\n    campaignReview(id: $id) {\n      id\n      version\n      status\n      attachments {\n        sha256\n        name\n        url\n      }\n    }\n  }\n": typeof types.ReviewOneDocument,
    "\n  query ReviewSummary($planId: ID!, $kind: CampaignReviewKind!) {\n    campaignReviewSummary(planId: $planId, kind: $kind) {\n      kind\n      deadline\n      addressed\n      submitted\n      onTime\n      late\n      returned\n      drafts\n      missing\n      overdue\n    }\n  }\n": typeof types.ReviewSummaryDocument,
    "\n  mutation CampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      status\n      title\n    }\n  }\n": typeof types.CampaignCreateDocument,
    "\n  mutation CampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n      title\n      kind\n    }\n  }\n": typeof types.CampaignUpdateDocument,
    "\n  mutation CampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": typeof types.CampaignDeleteDocument,
    "\n  query CampaignGet($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      kind\n      scope\n      title\n      periodFrom\n      periodTo\n      status\n      version\n      issuerUnit {\n        id\n        name\n      }\n      legalBases {\n        id\n        number\n      }\n      content {\n        purpose {\n          aims\n          requirements\n        }\n        theme\n        motto\n        methods\n        participants {\n          collectives\n          individuals\n        }\n        sections {\n          title\n          paragraphs\n          footnotes\n          subsections {\n            title\n            paragraphs\n          }\n        }\n        targets {\n          indicator\n          target\n          unit\n          year\n          responsibleUnitName\n        }\n        phases {\n          name\n          from\n          to\n          tasks\n        }\n        milestones {\n          date\n          label\n          tentative\n        }\n        awards {\n          forms {\n            name\n            text\n          }\n          criteria {\n            label\n            text\n          }\n          quotas {\n            form\n            either\n            note\n          }\n          dossier\n          submitTo\n          deadline\n        }\n        implementation {\n          body\n          tasks\n        }\n        reporting {\n          who\n          frequency\n          to\n          via\n        }\n        recipients {\n          groups {\n            heading\n            names\n          }\n          archive\n        }\n        signature {\n          on {\n            authority\n            of\n          }\n          title\n          name\n        }\n      }\n    }\n  }\n": typeof types.CampaignGetDocument,
    "\n  query CampaignList(\n    $search: String\n    $status: CampaignPlanStatus\n    $kind: CampaignKind\n    $year: Int\n    $issuerUnitId: ID\n  ) {\n    campaignPlans(\n      first: 50\n      search: $search\n      status: $status\n      kind: $kind\n      year: $year\n      issuerUnitId: $issuerUnitId\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query CampaignAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignAuditDocument,
    "\n  mutation CongressCreate($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      id\n      version\n      level\n      form\n      status\n      windowLabel\n      duration\n      delegateTarget\n      agenda\n      planSymbol\n      requirements {\n        criterion\n        minShare\n        minCount\n        maxAge\n        sectors\n      }\n    }\n  }\n": typeof types.CongressCreateDocument,
    "\n  mutation CongressUpdate($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      id\n      version\n      venue\n    }\n  }\n": typeof types.CongressUpdateDocument,
    "\n  mutation CongressDelete($input: DeleteCongressInput!) {\n    deleteCongress(input: $input)\n  }\n": typeof types.CongressDeleteDocument,
    "\n  mutation CongressHold($input: HoldCongressInput!) {\n    holdCongress(input: $input) {\n      id\n      version\n      status\n      heldOn\n      venue\n    }\n  }\n": typeof types.CongressHoldDocument,
    "\n  mutation CongressSetDelegates($input: SetCongressDelegatesInput!) {\n    setCongressDelegates(input: $input) {\n      id\n      version\n      delegateCount\n    }\n  }\n": typeof types.CongressSetDelegatesDocument,
    "\n  mutation CongressToUpper($input: MarkCongressDelegatesToUpperInput!) {\n    markCongressDelegatesToUpper(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CongressToUpperDocument,
    "\n  query CongressList($planId: ID!, $filter: CongressFilterInput) {\n    congresses(planId: $planId, filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n": typeof types.CongressListDocument,
    "\n  query CongressGet($id: ID!, $fromBelow: Boolean) {\n    congress(id: $id) {\n      id\n      name\n      version\n      status\n      canManage\n      hostUnit {\n        id\n        name\n      }\n      upperCongress {\n        id\n        name\n        level\n        windowLabel\n        canOpen\n        hostUnit {\n          name\n          canOpen\n        }\n      }\n      delegateCount\n      delegates(first: 50) {\n        totalCount\n        edges {\n          node {\n            personId\n            fullName\n            title\n            sector\n            directWorker\n            toUpper\n            position\n            unit {\n              id\n            }\n            person {\n              sex\n              dateOfBirth\n              ethnicity\n            }\n          }\n        }\n      }\n      delegatesFromBelow(first: 50) {\n        totalCount\n        edges {\n          node {\n            personId\n            fullName\n            congress {\n              id\n              name\n              canOpen\n              hostUnit {\n                name\n              }\n            }\n          }\n        }\n      }\n      balance(includeFromBelow: $fromBelow) {\n        total\n        onDate\n        met\n        summary\n        lines {\n          criterion\n          sector\n          actual\n          unknown\n          requiredCount\n          met\n          missing\n          explanation\n        }\n      }\n    }\n  }\n": typeof types.CongressGetDocument,
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
    "\n  mutation ScopeCampaignStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.ScopeCampaignStartDocument,
    "\n  mutation ScopeCampaignAmend($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.ScopeCampaignAmendDocument,
    "\n  mutation ScopeCampaignRender($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": typeof types.ScopeCampaignRenderDocument,
    "\n  query ScopeCampaign($id: ID!) {\n    campaignPlan(id: $id) {\n      title\n      version\n    }\n  }\n": typeof types.ScopeCampaignDocument,
    "\n  query ScopeCampaigns($search: String) {\n    campaignPlans(first: 50, search: $search) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ScopeCampaignsDocument,
    "\n  query ScopeCampaignInbox {\n    campaignInbox(first: 50) {\n      edges {\n        node {\n          plan {\n            id\n          }\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScopeCampaignInboxDocument,
    "\n  query ScopeCampaignAddressees($planId: ID!) {\n    campaignPlanAddressees(planId: $planId, first: 50) {\n      edges {\n        node {\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScopeCampaignAddresseesDocument,
    "\n  query ScopeCampaignCascadeSummary($planId: ID!) {\n    campaignCascadeSummary(planId: $planId) {\n      counts {\n        total\n      }\n    }\n  }\n": typeof types.ScopeCampaignCascadeSummaryDocument,
    "\n  mutation ScopeCampaignRemind($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n    }\n  }\n": typeof types.ScopeCampaignRemindDocument,
    "\n  mutation ScopeCongressCreate($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ScopeCongressCreateDocument,
    "\n  mutation ScopeCongressUpdate($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ScopeCongressUpdateDocument,
    "\n  mutation ScopeCongressDelete($input: DeleteCongressInput!) {\n    deleteCongress(input: $input)\n  }\n": typeof types.ScopeCongressDeleteDocument,
    "\n  query ScopeCongress($id: ID!) {\n    congress(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ScopeCongressDocument,
    "\n  query ScopeCongresses($planId: ID!) {\n    congresses(planId: $planId, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ScopeCongressesDocument,
    "\n      mutation ScopeRegCreate($input: CreateCampaignRegistrationInput!) {\n        createCampaignRegistration(input: $input) {\n          id\n          version\n        }\n      }\n    ": typeof types.ScopeRegCreateDocument,
    "\n      mutation ScopeRegUpdate($input: UpdateCampaignRegistrationInput!) {\n        updateCampaignRegistration(input: $input) {\n          id\n          version\n        }\n      }\n    ": typeof types.ScopeRegUpdateDocument,
    "\n      query ScopeReg($id: ID!) {\n        campaignRegistration(id: $id) {\n          id\n          version\n        }\n      }\n    ": typeof types.ScopeRegDocument,
    "\n      mutation ScopeReviewCreate($input: CreateCampaignReviewInput!) {\n        createCampaignReview(input: $input) {\n          id\n          version\n        }\n      }\n    ": typeof types.ScopeReviewCreateDocument,
    "\n      mutation ScopeReviewUpdate($input: UpdateCampaignReviewInput!) {\n        updateCampaignReview(input: $input) {\n          id\n          version\n        }\n      }\n    ": typeof types.ScopeReviewUpdateDocument,
    "\n      query ScopeReview($id: ID!) {\n        campaignReview(id: $id) {\n          id\n          version\n        }\n      }\n    ": typeof types.ScopeReviewDocument,
    "\n  query ScopeUnits($includeEnded: Boolean, $asOf: Date) {\n    units(includeEnded: $includeEnded, asOf: $asOf, first: 50) {\n      edges {\n        node {\n          id\n          status\n          canOpen\n        }\n      }\n    }\n  }\n": typeof types.ScopeUnitsDocument,
    "\n  query ScopeUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      canOpen\n    }\n  }\n": typeof types.ScopeUnitDocument,
};
const documents: Documents = {
    "\n  mutation AuditLegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditLegalCreateDocument,
    "\n  mutation AuditLegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n    }\n  }\n": types.AuditLegalReplaceDocument,
    "\n  mutation AuditCampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditCampaignCreateDocument,
    "\n  mutation AuditCampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n    }\n  }\n": types.AuditCampaignUpdateDocument,
    "\n  mutation AuditCampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": types.AuditCampaignDeleteDocument,
    "\n  mutation AuditCampaignStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n    }\n  }\n": types.AuditCampaignStartDocument,
    "\n  mutation AuditCampaignAmend($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      id\n    }\n  }\n": types.AuditCampaignAmendDocument,
    "\n  mutation AuditCampaignRender($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": types.AuditCampaignRenderDocument,
    "\n  mutation AuditCampaignSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditCampaignSubmitDocument,
    "\n  mutation AuditCampaignIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditCampaignIssueDocument,
    "\n  mutation AuditCampaignRemind($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n    }\n  }\n": types.AuditCampaignRemindDocument,
    "\n  mutation AuditCongressCreate($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditCongressCreateDocument,
    "\n  mutation AuditCongressUpdate($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditCongressUpdateDocument,
    "\n  mutation AuditCongressDelegates($input: SetCongressDelegatesInput!) {\n    setCongressDelegates(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditCongressDelegatesDocument,
    "\n  mutation AuditCongressToUpper($input: MarkCongressDelegatesToUpperInput!) {\n    markCongressDelegatesToUpper(input: $input) {\n      id\n    }\n  }\n": types.AuditCongressToUpperDocument,
    "\n  mutation AuditCongressHold($input: HoldCongressInput!) {\n    holdCongress(input: $input) {\n      id\n    }\n  }\n": types.AuditCongressHoldDocument,
    "\n      mutation AuditRegCreate($input: CreateCampaignRegistrationInput!) {\n        createCampaignRegistration(input: $input) {\n          id\n          version\n        }\n      }\n    ": types.AuditRegCreateDocument,
    "\n      mutation AuditRegUpdate($input: UpdateCampaignRegistrationInput!) {\n        updateCampaignRegistration(input: $input) {\n          id\n        }\n      }\n    ": types.AuditRegUpdateDocument,
    "\n      mutation AuditRegApprove($input: CampaignRegistrationRefInput!) {\n        approveCampaignRegistration(input: $input) {\n          id\n        }\n      }\n    ": types.AuditRegApproveDocument,
    "\n      mutation AuditReviewCreate($input: CreateCampaignReviewInput!) {\n        createCampaignReview(input: $input) {\n          id\n          version\n        }\n      }\n    ": types.AuditReviewCreateDocument,
    "\n      mutation AuditReviewUpdate($input: UpdateCampaignReviewInput!) {\n        updateCampaignReview(input: $input) {\n          id\n        }\n      }\n    ": types.AuditReviewUpdateDocument,
    "\n  mutation AmendmentsCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.AmendmentsCreateDocument,
    "\n  mutation AmendmentsSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.AmendmentsSubmitDocument,
    "\n  mutation AmendmentsIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      symbol\n    }\n  }\n": types.AmendmentsIssueDocument,
    "\n  mutation AmendmentsUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n      title\n    }\n  }\n": types.AmendmentsUpdateDocument,
    "\n  mutation AmendmentsAmend($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      id\n      version\n      status\n      title\n      periodFrom\n      periodTo\n      content {\n        theme\n      }\n      amendmentNote\n      amends {\n        id\n        symbol\n      }\n      supersededBy {\n        id\n      }\n      issuerUnit {\n        id\n      }\n    }\n  }\n": types.AmendmentsAmendDocument,
    "\n  mutation AmendmentsStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n      status\n    }\n  }\n": types.AmendmentsStartDocument,
    "\n  query AmendmentsPlan($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      version\n      status\n      title\n      symbol\n      content {\n        theme\n      }\n      amendmentNote\n      amends {\n        id\n      }\n      supersededBy {\n        id\n        symbol\n      }\n      storedDocuments {\n        format\n        sha256\n      }\n    }\n  }\n": types.AmendmentsPlanDocument,
    "\n  query AmendmentsAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.AmendmentsAuditDocument,
    "\n  mutation CascadeCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      answerDeadline\n      respondsToPlanId\n      addressing {\n        unitIds\n        subtreeUnitIds\n        clusterIds\n        unitKindCodes\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CascadeCreateDocument,
    "\n  mutation CascadeSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.CascadeSubmitDocument,
    "\n  mutation CascadeIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      symbol\n    }\n  }\n": types.CascadeIssueDocument,
    "\n  query CascadePlan($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      status\n      respondsToPlan {\n        id\n      }\n    }\n  }\n": types.CascadePlanDocument,
    "\n  query CascadePlanRights($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      canManage\n      canIssue\n      canAnswer\n    }\n  }\n": types.CascadePlanRightsDocument,
    "\n  query CascadePlans($search: String) {\n    campaignPlans(search: $search, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.CascadePlansDocument,
    "\n  query CascadeInbox($status: CampaignAddresseeStatus, $search: String, $year: Int) {\n    campaignInbox(status: $status, search: $search, year: $year, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          deadline\n          reminderCount\n          lastRemindedAt\n          unit {\n            id\n          }\n          plan {\n            id\n            title\n          }\n          answerPlan {\n            id\n            symbol\n          }\n        }\n      }\n    }\n  }\n": types.CascadeInboxDocument,
    "\n  query CascadeTable(\n    $planId: ID!\n    $status: CampaignAddresseeStatus\n    $underUnitId: ID\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    campaignPlanAddressees(\n      planId: $planId\n      status: $status\n      underUnitId: $underUnitId\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          rule\n          status\n          deadline\n          answeredOn\n          reminderCount\n          unit {\n            id\n            name\n            code\n            canOpen\n          }\n          answerPlan {\n            id\n            symbol\n          }\n          inheritedFromUnit {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CascadeTableDocument,
    "\n  query CascadeSummary($planId: ID!, $underUnitId: ID) {\n    campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {\n      planId\n      counts {\n        total\n        answered\n        answeredLate\n        pending\n        overdue\n      }\n      groups {\n        addressed\n        unit {\n          id\n        }\n        counts {\n          total\n          answered\n          answeredLate\n          pending\n          overdue\n        }\n      }\n    }\n  }\n": types.CascadeSummaryDocument,
    "\n  mutation CascadeRemind($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n      remindedAt\n    }\n  }\n": types.CascadeRemindDocument,
    "\n  query CascadePreviewMerge($input: MergeUnitsInput!) {\n    previewMergeUnits(input: $input) {\n      carried {\n        module\n        label\n        count\n      }\n    }\n  }\n": types.CascadePreviewMergeDocument,
    "\n  mutation CascadeMerge($input: MergeUnitsInput!) {\n    mergeUnits(input: $input) {\n      id\n    }\n  }\n": types.CascadeMergeDocument,
    "\n  mutation DocumentsCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.DocumentsCreateDocument,
    "\n  mutation DocumentsSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.DocumentsSubmitDocument,
    "\n  mutation DocumentsIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      symbol\n    }\n  }\n": types.DocumentsIssueDocument,
    "\n  query DocumentsPlan($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      status\n      documentUrl\n      pdfUrl\n      pdfStatus\n      pdfAvailable\n      storedDocuments {\n        format\n        sha256\n        size\n        url\n      }\n    }\n  }\n": types.DocumentsPlanDocument,
    "\n  mutation DocumentsRender($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        id\n        kind\n        status\n        total\n      }\n      items {\n        planId\n        position\n        status\n      }\n    }\n  }\n": types.DocumentsRenderDocument,
    "\n  query DocumentsBatch($jobId: ID!) {\n    campaignDocumentBatch(jobId: $jobId) {\n      job {\n        id\n        status\n        progress\n        total\n        message\n        error\n      }\n      items {\n        planId\n        position\n        status\n        created\n        error\n        durationMs\n        pdfUrl\n        sha256\n        plan {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.DocumentsBatchDocument,
    "\n  query DocumentsJob($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      progress\n      total\n      message\n      error\n    }\n  }\n": types.DocumentsJobDocument,
    "\n  mutation LifecycleCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      status\n      documentUrl\n    }\n  }\n": types.LifecycleCreateDocument,
    "\n  mutation LifecycleSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n": types.LifecycleSubmitDocument,
    "\n  mutation LifecycleReturn($input: ReturnCampaignPlanInput!) {\n    returnCampaignPlan(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n": types.LifecycleReturnDocument,
    "\n  mutation LifecycleIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      number\n      symbol\n      issuedOn\n      issuePlace\n      signer {\n        on {\n          authority\n          of\n        }\n        title\n        name\n      }\n    }\n  }\n": types.LifecycleIssueDocument,
    "\n  mutation LifecycleUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.LifecycleUpdateDocument,
    "\n  mutation LifecycleDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": types.LifecycleDeleteDocument,
    "\n  query LifecycleAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n": types.LifecycleAuditDocument,
    "\n  mutation LifecycleStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.LifecycleStartDocument,
    "\n  mutation LifecycleReview($input: OpenCampaignPlanReviewInput!) {\n    openCampaignPlanReview(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.LifecycleReviewDocument,
    "\n  mutation LifecycleResume($input: CampaignPlanStepInput!) {\n    resumeCampaignPlan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.LifecycleResumeDocument,
    "\n  mutation LifecycleClose($input: CampaignPlanStepInput!) {\n    closeCampaignPlan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.LifecycleCloseDocument,
    "\n  mutation RegCreate($input: CreateCampaignRegistrationInput!) {\n    createCampaignRegistration(input: $input) {\n      id\n      version\n      kind\n      status\n      registrantName\n      personId\n      titles {\n        name\n        code\n      }\n      commitments\n      canEdit\n      canDecide\n      unit {\n        id\n      }\n    }\n  }\n": types.RegCreateDocument,
    "\n  mutation RegUpdate($input: UpdateCampaignRegistrationInput!) {\n    updateCampaignRegistration(input: $input) {\n      id\n      version\n      titles {\n        name\n      }\n      commitments\n    }\n  }\n": types.RegUpdateDocument,
    "\n  mutation RegDelete($input: CampaignRegistrationRefInput!) {\n    deleteCampaignRegistration(input: $input)\n  }\n": types.RegDeleteDocument,
    "\n  mutation RegSubmit($input: CampaignRegistrationRefInput!) {\n    submitCampaignRegistration(input: $input) {\n      id\n      version\n      status\n      returnReason\n      submittedAt\n    }\n  }\n": types.RegSubmitDocument,
    "\n  mutation RegReturn($input: ReturnCampaignRegistrationInput!) {\n    returnCampaignRegistration(input: $input) {\n      id\n      version\n      status\n      returnReason\n      reviewedAt\n    }\n  }\n": types.RegReturnDocument,
    "\n  mutation RegApprove($input: CampaignRegistrationRefInput!) {\n    approveCampaignRegistration(input: $input) {\n      id\n      version\n      status\n      canEdit\n      canDecide\n    }\n  }\n": types.RegApproveDocument,
    "\n  query RegList($planId: ID!, $filter: CampaignRegistrationFilter, $first: Int, $after: String) {\n    campaignRegistrations(planId: $planId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          kind\n          status\n          registrantName\n          returnReason\n          canEdit\n          canDecide\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RegListDocument,
    "\n  query RegOne($id: ID!) {\n    campaignRegistration(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": types.RegOneDocument,
    "\n  query RegSummary($planId: ID!, $underUnitId: ID) {\n    campaignRegistrationSummary(planId: $planId, underUnitId: $underUnitId) {\n      planId\n      underUnitId\n      total {\n        units {\n          draft\n          submitted\n          returned\n          approved\n          total\n        }\n        people {\n          draft\n          submitted\n          returned\n          approved\n          total\n        }\n      }\n      own {\n        units {\n          total\n        }\n        people {\n          total\n        }\n      }\n      children {\n        unitId\n        unit {\n          id\n          name\n        }\n        units {\n          draft\n          submitted\n          approved\n          total\n        }\n        people {\n          draft\n          submitted\n          approved\n          total\n        }\n      }\n    }\n  }\n": types.RegSummaryDocument,
    "\n  mutation CovenantCreate($input: CreateCampaignCovenantInput!) {\n    createCampaignCovenant(input: $input) {\n      id\n      version\n      signedOn\n      place\n      content\n      cluster {\n        id\n        name\n      }\n      members {\n        id\n      }\n    }\n  }\n": types.CovenantCreateDocument,
    "\n  mutation CovenantUpdate($input: UpdateCampaignCovenantInput!) {\n    updateCampaignCovenant(input: $input) {\n      id\n      version\n      place\n      members {\n        id\n      }\n    }\n  }\n": types.CovenantUpdateDocument,
    "\n  mutation CovenantDelete($input: DeleteCampaignCovenantInput!) {\n    deleteCampaignCovenant(input: $input)\n  }\n": types.CovenantDeleteDocument,
    "\n  query Covenants($planId: ID!) {\n    campaignCovenants(planId: $planId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          cluster {\n            id\n          }\n          members {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CovenantsDocument,
    "\n  mutation ReviewCreate($input: CreateCampaignReviewInput!) {\n    createCampaignReview(input: $input) {\n      id\n      version\n      kind\n      status\n      report\n      late\n      canEdit\n      canReturn\n      unit {\n        id\n      }\n      figures {\n        targetIndex\n        achieved\n        note\n        target {\n          indicator\n          target\n          unit\n        }\n      }\n    }\n  }\n": types.ReviewCreateDocument,
    "\n  mutation ReviewUpdate($input: UpdateCampaignReviewInput!) {\n    updateCampaignReview(input: $input) {\n      id\n      version\n      report\n      figures {\n        targetIndex\n        achieved\n      }\n      attachments {\n        sha256\n        name\n        url\n      }\n    }\n  }\n": types.ReviewUpdateDocument,
    "\n  mutation ReviewSubmit($input: CampaignReviewRefInput!) {\n    submitCampaignReview(input: $input) {\n      id\n      version\n      status\n      late\n      deadline\n      submittedAt\n      returnReason\n    }\n  }\n": types.ReviewSubmitDocument,
    "\n  mutation ReviewReturn($input: ReturnCampaignReviewInput!) {\n    returnCampaignReview(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n": types.ReviewReturnDocument,
    "\n  query ReviewList($planId: ID!, $kind: CampaignReviewKind!, $filter: CampaignReviewFilter) {\n    campaignReviews(planId: $planId, kind: $kind, filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          late\n          canReturn\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ReviewListDocument,
    "\n  query ReviewOne($id: ID!) {\n    campaignReview(id: $id) {\n      id\n      version\n      status\n      attachments {\n        sha256\n        name\n        url\n      }\n    }\n  }\n": types.ReviewOneDocument,
    "\n  query ReviewSummary($planId: ID!, $kind: CampaignReviewKind!) {\n    campaignReviewSummary(planId: $planId, kind: $kind) {\n      kind\n      deadline\n      addressed\n      submitted\n      onTime\n      late\n      returned\n      drafts\n      missing\n      overdue\n    }\n  }\n": types.ReviewSummaryDocument,
    "\n  mutation CampaignCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      status\n      title\n    }\n  }\n": types.CampaignCreateDocument,
    "\n  mutation CampaignUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n      title\n      kind\n    }\n  }\n": types.CampaignUpdateDocument,
    "\n  mutation CampaignDelete($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": types.CampaignDeleteDocument,
    "\n  query CampaignGet($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      kind\n      scope\n      title\n      periodFrom\n      periodTo\n      status\n      version\n      issuerUnit {\n        id\n        name\n      }\n      legalBases {\n        id\n        number\n      }\n      content {\n        purpose {\n          aims\n          requirements\n        }\n        theme\n        motto\n        methods\n        participants {\n          collectives\n          individuals\n        }\n        sections {\n          title\n          paragraphs\n          footnotes\n          subsections {\n            title\n            paragraphs\n          }\n        }\n        targets {\n          indicator\n          target\n          unit\n          year\n          responsibleUnitName\n        }\n        phases {\n          name\n          from\n          to\n          tasks\n        }\n        milestones {\n          date\n          label\n          tentative\n        }\n        awards {\n          forms {\n            name\n            text\n          }\n          criteria {\n            label\n            text\n          }\n          quotas {\n            form\n            either\n            note\n          }\n          dossier\n          submitTo\n          deadline\n        }\n        implementation {\n          body\n          tasks\n        }\n        reporting {\n          who\n          frequency\n          to\n          via\n        }\n        recipients {\n          groups {\n            heading\n            names\n          }\n          archive\n        }\n        signature {\n          on {\n            authority\n            of\n          }\n          title\n          name\n        }\n      }\n    }\n  }\n": types.CampaignGetDocument,
    "\n  query CampaignList(\n    $search: String\n    $status: CampaignPlanStatus\n    $kind: CampaignKind\n    $year: Int\n    $issuerUnitId: ID\n  ) {\n    campaignPlans(\n      first: 50\n      search: $search\n      status: $status\n      kind: $kind\n      year: $year\n      issuerUnitId: $issuerUnitId\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CampaignListDocument,
    "\n  query CampaignAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n          }\n        }\n      }\n    }\n  }\n": types.CampaignAuditDocument,
    "\n  mutation CongressCreate($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      id\n      version\n      level\n      form\n      status\n      windowLabel\n      duration\n      delegateTarget\n      agenda\n      planSymbol\n      requirements {\n        criterion\n        minShare\n        minCount\n        maxAge\n        sectors\n      }\n    }\n  }\n": types.CongressCreateDocument,
    "\n  mutation CongressUpdate($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      id\n      version\n      venue\n    }\n  }\n": types.CongressUpdateDocument,
    "\n  mutation CongressDelete($input: DeleteCongressInput!) {\n    deleteCongress(input: $input)\n  }\n": types.CongressDeleteDocument,
    "\n  mutation CongressHold($input: HoldCongressInput!) {\n    holdCongress(input: $input) {\n      id\n      version\n      status\n      heldOn\n      venue\n    }\n  }\n": types.CongressHoldDocument,
    "\n  mutation CongressSetDelegates($input: SetCongressDelegatesInput!) {\n    setCongressDelegates(input: $input) {\n      id\n      version\n      delegateCount\n    }\n  }\n": types.CongressSetDelegatesDocument,
    "\n  mutation CongressToUpper($input: MarkCongressDelegatesToUpperInput!) {\n    markCongressDelegatesToUpper(input: $input) {\n      id\n      version\n    }\n  }\n": types.CongressToUpperDocument,
    "\n  query CongressList($planId: ID!, $filter: CongressFilterInput) {\n    congresses(planId: $planId, filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n": types.CongressListDocument,
    "\n  query CongressGet($id: ID!, $fromBelow: Boolean) {\n    congress(id: $id) {\n      id\n      name\n      version\n      status\n      canManage\n      hostUnit {\n        id\n        name\n      }\n      upperCongress {\n        id\n        name\n        level\n        windowLabel\n        canOpen\n        hostUnit {\n          name\n          canOpen\n        }\n      }\n      delegateCount\n      delegates(first: 50) {\n        totalCount\n        edges {\n          node {\n            personId\n            fullName\n            title\n            sector\n            directWorker\n            toUpper\n            position\n            unit {\n              id\n            }\n            person {\n              sex\n              dateOfBirth\n              ethnicity\n            }\n          }\n        }\n      }\n      delegatesFromBelow(first: 50) {\n        totalCount\n        edges {\n          node {\n            personId\n            fullName\n            congress {\n              id\n              name\n              canOpen\n              hostUnit {\n                name\n              }\n            }\n          }\n        }\n      }\n      balance(includeFromBelow: $fromBelow) {\n        total\n        onDate\n        met\n        summary\n        lines {\n          criterion\n          sector\n          actual\n          unknown\n          requiredCount\n          met\n          missing\n          explanation\n        }\n      }\n    }\n  }\n": types.CongressGetDocument,
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
    "\n  mutation ScopeCampaignStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n    }\n  }\n": types.ScopeCampaignStartDocument,
    "\n  mutation ScopeCampaignAmend($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      id\n    }\n  }\n": types.ScopeCampaignAmendDocument,
    "\n  mutation ScopeCampaignRender($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": types.ScopeCampaignRenderDocument,
    "\n  query ScopeCampaign($id: ID!) {\n    campaignPlan(id: $id) {\n      title\n      version\n    }\n  }\n": types.ScopeCampaignDocument,
    "\n  query ScopeCampaigns($search: String) {\n    campaignPlans(first: 50, search: $search) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ScopeCampaignsDocument,
    "\n  query ScopeCampaignInbox {\n    campaignInbox(first: 50) {\n      edges {\n        node {\n          plan {\n            id\n          }\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ScopeCampaignInboxDocument,
    "\n  query ScopeCampaignAddressees($planId: ID!) {\n    campaignPlanAddressees(planId: $planId, first: 50) {\n      edges {\n        node {\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ScopeCampaignAddresseesDocument,
    "\n  query ScopeCampaignCascadeSummary($planId: ID!) {\n    campaignCascadeSummary(planId: $planId) {\n      counts {\n        total\n      }\n    }\n  }\n": types.ScopeCampaignCascadeSummaryDocument,
    "\n  mutation ScopeCampaignRemind($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n    }\n  }\n": types.ScopeCampaignRemindDocument,
    "\n  mutation ScopeCongressCreate($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      id\n      version\n    }\n  }\n": types.ScopeCongressCreateDocument,
    "\n  mutation ScopeCongressUpdate($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      id\n      version\n    }\n  }\n": types.ScopeCongressUpdateDocument,
    "\n  mutation ScopeCongressDelete($input: DeleteCongressInput!) {\n    deleteCongress(input: $input)\n  }\n": types.ScopeCongressDeleteDocument,
    "\n  query ScopeCongress($id: ID!) {\n    congress(id: $id) {\n      id\n      version\n    }\n  }\n": types.ScopeCongressDocument,
    "\n  query ScopeCongresses($planId: ID!) {\n    congresses(planId: $planId, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ScopeCongressesDocument,
    "\n      mutation ScopeRegCreate($input: CreateCampaignRegistrationInput!) {\n        createCampaignRegistration(input: $input) {\n          id\n          version\n        }\n      }\n    ": types.ScopeRegCreateDocument,
    "\n      mutation ScopeRegUpdate($input: UpdateCampaignRegistrationInput!) {\n        updateCampaignRegistration(input: $input) {\n          id\n          version\n        }\n      }\n    ": types.ScopeRegUpdateDocument,
    "\n      query ScopeReg($id: ID!) {\n        campaignRegistration(id: $id) {\n          id\n          version\n        }\n      }\n    ": types.ScopeRegDocument,
    "\n      mutation ScopeReviewCreate($input: CreateCampaignReviewInput!) {\n        createCampaignReview(input: $input) {\n          id\n          version\n        }\n      }\n    ": types.ScopeReviewCreateDocument,
    "\n      mutation ScopeReviewUpdate($input: UpdateCampaignReviewInput!) {\n        updateCampaignReview(input: $input) {\n          id\n          version\n        }\n      }\n    ": types.ScopeReviewUpdateDocument,
    "\n      query ScopeReview($id: ID!) {\n        campaignReview(id: $id) {\n          id\n          version\n        }\n      }\n    ": types.ScopeReviewDocument,
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
export function graphql(source: "\n  mutation AuditCampaignStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditCampaignStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCampaignAmend($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditCampaignAmendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCampaignRender($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AuditCampaignRenderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCampaignSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AuditCampaignSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCampaignIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AuditCampaignIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCampaignRemind($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n    }\n  }\n"): typeof import('./graphql').AuditCampaignRemindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCongressCreate($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AuditCongressCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCongressUpdate($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AuditCongressUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCongressDelegates($input: SetCongressDelegatesInput!) {\n    setCongressDelegates(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AuditCongressDelegatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCongressToUpper($input: MarkCongressDelegatesToUpperInput!) {\n    markCongressDelegatesToUpper(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditCongressToUpperDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCongressHold($input: HoldCongressInput!) {\n    holdCongress(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditCongressHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuditRegCreate($input: CreateCampaignRegistrationInput!) {\n        createCampaignRegistration(input: $input) {\n          id\n          version\n        }\n      }\n    "): typeof import('./graphql').AuditRegCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuditRegUpdate($input: UpdateCampaignRegistrationInput!) {\n        updateCampaignRegistration(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').AuditRegUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuditRegApprove($input: CampaignRegistrationRefInput!) {\n        approveCampaignRegistration(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').AuditRegApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuditReviewCreate($input: CreateCampaignReviewInput!) {\n        createCampaignReview(input: $input) {\n          id\n          version\n        }\n      }\n    "): typeof import('./graphql').AuditReviewCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuditReviewUpdate($input: UpdateCampaignReviewInput!) {\n        updateCampaignReview(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').AuditReviewUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendmentsCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AmendmentsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendmentsSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AmendmentsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendmentsIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      symbol\n    }\n  }\n"): typeof import('./graphql').AmendmentsIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendmentsUpdate($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      id\n      version\n      title\n    }\n  }\n"): typeof import('./graphql').AmendmentsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendmentsAmend($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      id\n      version\n      status\n      title\n      periodFrom\n      periodTo\n      content {\n        theme\n      }\n      amendmentNote\n      amends {\n        id\n        symbol\n      }\n      supersededBy {\n        id\n      }\n      issuerUnit {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AmendmentsAmendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendmentsStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AmendmentsStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsPlan($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      version\n      status\n      title\n      symbol\n      content {\n        theme\n      }\n      amendmentNote\n      amends {\n        id\n      }\n      supersededBy {\n        id\n        symbol\n      }\n      storedDocuments {\n        format\n        sha256\n      }\n    }\n  }\n"): typeof import('./graphql').AmendmentsPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AmendmentsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CascadeCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n      answerDeadline\n      respondsToPlanId\n      addressing {\n        unitIds\n        subtreeUnitIds\n        clusterIds\n        unitKindCodes\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CascadeCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CascadeSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CascadeSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CascadeIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      status\n      symbol\n    }\n  }\n"): typeof import('./graphql').CascadeIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CascadePlan($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      status\n      respondsToPlan {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CascadePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CascadePlanRights($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      canManage\n      canIssue\n      canAnswer\n    }\n  }\n"): typeof import('./graphql').CascadePlanRightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CascadePlans($search: String) {\n    campaignPlans(search: $search, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CascadePlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CascadeInbox($status: CampaignAddresseeStatus, $search: String, $year: Int) {\n    campaignInbox(status: $status, search: $search, year: $year, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          deadline\n          reminderCount\n          lastRemindedAt\n          unit {\n            id\n          }\n          plan {\n            id\n            title\n          }\n          answerPlan {\n            id\n            symbol\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CascadeInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CascadeTable(\n    $planId: ID!\n    $status: CampaignAddresseeStatus\n    $underUnitId: ID\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    campaignPlanAddressees(\n      planId: $planId\n      status: $status\n      underUnitId: $underUnitId\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          rule\n          status\n          deadline\n          answeredOn\n          reminderCount\n          unit {\n            id\n            name\n            code\n            canOpen\n          }\n          answerPlan {\n            id\n            symbol\n          }\n          inheritedFromUnit {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CascadeTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CascadeSummary($planId: ID!, $underUnitId: ID) {\n    campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {\n      planId\n      counts {\n        total\n        answered\n        answeredLate\n        pending\n        overdue\n      }\n      groups {\n        addressed\n        unit {\n          id\n        }\n        counts {\n          total\n          answered\n          answeredLate\n          pending\n          overdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CascadeSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CascadeRemind($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n      remindedAt\n    }\n  }\n"): typeof import('./graphql').CascadeRemindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CascadePreviewMerge($input: MergeUnitsInput!) {\n    previewMergeUnits(input: $input) {\n      carried {\n        module\n        label\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').CascadePreviewMergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CascadeMerge($input: MergeUnitsInput!) {\n    mergeUnits(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CascadeMergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsCreate($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DocumentsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsSubmit($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DocumentsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsIssue($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      id\n      version\n      symbol\n    }\n  }\n"): typeof import('./graphql').DocumentsIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsPlan($id: ID!) {\n    campaignPlan(id: $id) {\n      id\n      status\n      documentUrl\n      pdfUrl\n      pdfStatus\n      pdfAvailable\n      storedDocuments {\n        format\n        sha256\n        size\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').DocumentsPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsRender($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        id\n        kind\n        status\n        total\n      }\n      items {\n        planId\n        position\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').DocumentsRenderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsBatch($jobId: ID!) {\n    campaignDocumentBatch(jobId: $jobId) {\n      job {\n        id\n        status\n        progress\n        total\n        message\n        error\n      }\n      items {\n        planId\n        position\n        status\n        created\n        error\n        durationMs\n        pdfUrl\n        sha256\n        plan {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DocumentsBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsJob($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      progress\n      total\n      message\n      error\n    }\n  }\n"): typeof import('./graphql').DocumentsJobDocument;
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
export function graphql(source: "\n  mutation LifecycleStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').LifecycleStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleReview($input: OpenCampaignPlanReviewInput!) {\n    openCampaignPlanReview(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').LifecycleReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleResume($input: CampaignPlanStepInput!) {\n    resumeCampaignPlan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').LifecycleResumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleClose($input: CampaignPlanStepInput!) {\n    closeCampaignPlan(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').LifecycleCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegCreate($input: CreateCampaignRegistrationInput!) {\n    createCampaignRegistration(input: $input) {\n      id\n      version\n      kind\n      status\n      registrantName\n      personId\n      titles {\n        name\n        code\n      }\n      commitments\n      canEdit\n      canDecide\n      unit {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RegCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegUpdate($input: UpdateCampaignRegistrationInput!) {\n    updateCampaignRegistration(input: $input) {\n      id\n      version\n      titles {\n        name\n      }\n      commitments\n    }\n  }\n"): typeof import('./graphql').RegUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegDelete($input: CampaignRegistrationRefInput!) {\n    deleteCampaignRegistration(input: $input)\n  }\n"): typeof import('./graphql').RegDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegSubmit($input: CampaignRegistrationRefInput!) {\n    submitCampaignRegistration(input: $input) {\n      id\n      version\n      status\n      returnReason\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').RegSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegReturn($input: ReturnCampaignRegistrationInput!) {\n    returnCampaignRegistration(input: $input) {\n      id\n      version\n      status\n      returnReason\n      reviewedAt\n    }\n  }\n"): typeof import('./graphql').RegReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegApprove($input: CampaignRegistrationRefInput!) {\n    approveCampaignRegistration(input: $input) {\n      id\n      version\n      status\n      canEdit\n      canDecide\n    }\n  }\n"): typeof import('./graphql').RegApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegList($planId: ID!, $filter: CampaignRegistrationFilter, $first: Int, $after: String) {\n    campaignRegistrations(planId: $planId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          kind\n          status\n          registrantName\n          returnReason\n          canEdit\n          canDecide\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegOne($id: ID!) {\n    campaignRegistration(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').RegOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegSummary($planId: ID!, $underUnitId: ID) {\n    campaignRegistrationSummary(planId: $planId, underUnitId: $underUnitId) {\n      planId\n      underUnitId\n      total {\n        units {\n          draft\n          submitted\n          returned\n          approved\n          total\n        }\n        people {\n          draft\n          submitted\n          returned\n          approved\n          total\n        }\n      }\n      own {\n        units {\n          total\n        }\n        people {\n          total\n        }\n      }\n      children {\n        unitId\n        unit {\n          id\n          name\n        }\n        units {\n          draft\n          submitted\n          approved\n          total\n        }\n        people {\n          draft\n          submitted\n          approved\n          total\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CovenantCreate($input: CreateCampaignCovenantInput!) {\n    createCampaignCovenant(input: $input) {\n      id\n      version\n      signedOn\n      place\n      content\n      cluster {\n        id\n        name\n      }\n      members {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CovenantUpdate($input: UpdateCampaignCovenantInput!) {\n    updateCampaignCovenant(input: $input) {\n      id\n      version\n      place\n      members {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CovenantDelete($input: DeleteCampaignCovenantInput!) {\n    deleteCampaignCovenant(input: $input)\n  }\n"): typeof import('./graphql').CovenantDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Covenants($planId: ID!) {\n    campaignCovenants(planId: $planId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          cluster {\n            id\n          }\n          members {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCreate($input: CreateCampaignReviewInput!) {\n    createCampaignReview(input: $input) {\n      id\n      version\n      kind\n      status\n      report\n      late\n      canEdit\n      canReturn\n      unit {\n        id\n      }\n      figures {\n        targetIndex\n        achieved\n        note\n        target {\n          indicator\n          target\n          unit\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewUpdate($input: UpdateCampaignReviewInput!) {\n    updateCampaignReview(input: $input) {\n      id\n      version\n      report\n      figures {\n        targetIndex\n        achieved\n      }\n      attachments {\n        sha256\n        name\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSubmit($input: CampaignReviewRefInput!) {\n    submitCampaignReview(input: $input) {\n      id\n      version\n      status\n      late\n      deadline\n      submittedAt\n      returnReason\n    }\n  }\n"): typeof import('./graphql').ReviewSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewReturn($input: ReturnCampaignReviewInput!) {\n    returnCampaignReview(input: $input) {\n      id\n      version\n      status\n      returnReason\n    }\n  }\n"): typeof import('./graphql').ReviewReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewList($planId: ID!, $kind: CampaignReviewKind!, $filter: CampaignReviewFilter) {\n    campaignReviews(planId: $planId, kind: $kind, filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          late\n          canReturn\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewOne($id: ID!) {\n    campaignReview(id: $id) {\n      id\n      version\n      status\n      attachments {\n        sha256\n        name\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSummary($planId: ID!, $kind: CampaignReviewKind!) {\n    campaignReviewSummary(planId: $planId, kind: $kind) {\n      kind\n      deadline\n      addressed\n      submitted\n      onTime\n      late\n      returned\n      drafts\n      missing\n      overdue\n    }\n  }\n"): typeof import('./graphql').ReviewSummaryDocument;
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
export function graphql(source: "\n  mutation CongressCreate($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      id\n      version\n      level\n      form\n      status\n      windowLabel\n      duration\n      delegateTarget\n      agenda\n      planSymbol\n      requirements {\n        criterion\n        minShare\n        minCount\n        maxAge\n        sectors\n      }\n    }\n  }\n"): typeof import('./graphql').CongressCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CongressUpdate($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      id\n      version\n      venue\n    }\n  }\n"): typeof import('./graphql').CongressUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CongressDelete($input: DeleteCongressInput!) {\n    deleteCongress(input: $input)\n  }\n"): typeof import('./graphql').CongressDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CongressHold($input: HoldCongressInput!) {\n    holdCongress(input: $input) {\n      id\n      version\n      status\n      heldOn\n      venue\n    }\n  }\n"): typeof import('./graphql').CongressHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CongressSetDelegates($input: SetCongressDelegatesInput!) {\n    setCongressDelegates(input: $input) {\n      id\n      version\n      delegateCount\n    }\n  }\n"): typeof import('./graphql').CongressSetDelegatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CongressToUpper($input: MarkCongressDelegatesToUpperInput!) {\n    markCongressDelegatesToUpper(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CongressToUpperDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CongressList($planId: ID!, $filter: CongressFilterInput) {\n    congresses(planId: $planId, filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CongressListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CongressGet($id: ID!, $fromBelow: Boolean) {\n    congress(id: $id) {\n      id\n      name\n      version\n      status\n      canManage\n      hostUnit {\n        id\n        name\n      }\n      upperCongress {\n        id\n        name\n        level\n        windowLabel\n        canOpen\n        hostUnit {\n          name\n          canOpen\n        }\n      }\n      delegateCount\n      delegates(first: 50) {\n        totalCount\n        edges {\n          node {\n            personId\n            fullName\n            title\n            sector\n            directWorker\n            toUpper\n            position\n            unit {\n              id\n            }\n            person {\n              sex\n              dateOfBirth\n              ethnicity\n            }\n          }\n        }\n      }\n      delegatesFromBelow(first: 50) {\n        totalCount\n        edges {\n          node {\n            personId\n            fullName\n            congress {\n              id\n              name\n              canOpen\n              hostUnit {\n                name\n              }\n            }\n          }\n        }\n      }\n      balance(includeFromBelow: $fromBelow) {\n        total\n        onDate\n        met\n        summary\n        lines {\n          criterion\n          sector\n          actual\n          unknown\n          requiredCount\n          met\n          missing\n          explanation\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CongressGetDocument;
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
export function graphql(source: "\n  mutation ScopeCampaignStart($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCampaignAmend($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignAmendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCampaignRender($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignRenderDocument;
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
export function graphql(source: "\n  query ScopeCampaignInbox {\n    campaignInbox(first: 50) {\n      edges {\n        node {\n          plan {\n            id\n          }\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeCampaignAddressees($planId: ID!) {\n    campaignPlanAddressees(planId: $planId, first: 50) {\n      edges {\n        node {\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignAddresseesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeCampaignCascadeSummary($planId: ID!) {\n    campaignCascadeSummary(planId: $planId) {\n      counts {\n        total\n      }\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignCascadeSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCampaignRemind($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n    }\n  }\n"): typeof import('./graphql').ScopeCampaignRemindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCongressCreate($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ScopeCongressCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCongressUpdate($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ScopeCongressUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCongressDelete($input: DeleteCongressInput!) {\n    deleteCongress(input: $input)\n  }\n"): typeof import('./graphql').ScopeCongressDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeCongress($id: ID!) {\n    congress(id: $id) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ScopeCongressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeCongresses($planId: ID!) {\n    congresses(planId: $planId, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScopeCongressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ScopeRegCreate($input: CreateCampaignRegistrationInput!) {\n        createCampaignRegistration(input: $input) {\n          id\n          version\n        }\n      }\n    "): typeof import('./graphql').ScopeRegCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ScopeRegUpdate($input: UpdateCampaignRegistrationInput!) {\n        updateCampaignRegistration(input: $input) {\n          id\n          version\n        }\n      }\n    "): typeof import('./graphql').ScopeRegUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ScopeReg($id: ID!) {\n        campaignRegistration(id: $id) {\n          id\n          version\n        }\n      }\n    "): typeof import('./graphql').ScopeRegDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ScopeReviewCreate($input: CreateCampaignReviewInput!) {\n        createCampaignReview(input: $input) {\n          id\n          version\n        }\n      }\n    "): typeof import('./graphql').ScopeReviewCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ScopeReviewUpdate($input: UpdateCampaignReviewInput!) {\n        updateCampaignReview(input: $input) {\n          id\n          version\n        }\n      }\n    "): typeof import('./graphql').ScopeReviewUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ScopeReview($id: ID!) {\n        campaignReview(id: $id) {\n          id\n          version\n        }\n      }\n    "): typeof import('./graphql').ScopeReviewDocument;
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
