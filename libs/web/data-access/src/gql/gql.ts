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
    "\n  query ApiClients($first: Int!, $after: String, $search: String) {\n    apiClients(first: $first, after: $after, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiClientItem\n        }\n      }\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n": typeof types.CreateApiClientDocument,
    "\n  mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {\n    rotateApiClientSecret(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n": typeof types.RotateApiClientSecretDocument,
    "\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      ...ApiClientItem\n    }\n  }\n": typeof types.RevokeApiClientDocument,
    "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    occurredAt\n    actorType\n    actorId\n    actorName\n    actingUnit {\n      ...UnitSummary\n    }\n    operation\n    operationLabel\n    entityType\n    entityTypeLabel\n    entityId\n    entityLabel\n    masked\n    requestId\n    ipAddress\n    changes {\n      field\n      before\n      after\n      masked\n    }\n  }\n": typeof types.AuditEntryItemFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Me {\n    me {\n      actorType\n      permissions\n      sessionExpiresAt\n      previousLoginAt\n      user {\n        ...UserItem\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  fragment AchievementReportItem on AchievementReport {\n    nominationId\n    dossierId\n    kind\n    form\n    name\n    award\n    drafted\n    draftedAt\n    version\n    signedOffAt\n    signedOffByName\n    uploaded\n    documentId\n    downloadPath\n    content {\n      period\n      profile {\n        label\n        value\n      }\n      background\n      commitments\n      targets {\n        name\n        planned\n        achieved\n      }\n      measures\n      results\n      lessons\n      evaluations {\n        year\n        result\n      }\n      priorAwards {\n        year\n        award\n        decision\n      }\n      initiatives {\n        title\n        level\n        recognition\n      }\n      author {\n        title\n        name\n      }\n      confirmer {\n        title\n        name\n      }\n    }\n  }\n": typeof types.AchievementReportItemFragmentDoc,
    "\n  fragment ToTrinhDraftItem on ToTrinhDraft {\n    dossierId\n    form\n    number\n    symbol\n    numberedOn\n    drafted\n    draftedAt\n    version\n    uploaded\n    documentId\n    downloadPath\n    awards {\n      award\n      collectives\n      individuals\n      households\n    }\n    content {\n      place\n      subject\n      addressees\n      bases\n      councilMinutes {\n        date\n        body\n      }\n      summary\n      authority\n      recipients\n      archive\n      signer {\n        on {\n          authority\n          of\n        }\n        title\n        name\n      }\n    }\n  }\n": typeof types.ToTrinhDraftItemFragmentDoc,
    "\n  query AwardDossierDrafts($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      toTrinh {\n        ...ToTrinhDraftItem\n      }\n      nominees {\n        id\n        report {\n          ...AchievementReportItem\n        }\n      }\n    }\n  }\n": typeof types.AwardDossierDraftsDocument,
    "\n  mutation RedraftAchievementReport($input: RedraftAchievementReportInput!) {\n    redraftAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n": typeof types.RedraftAchievementReportDocument,
    "\n  mutation UpdateAchievementReport($input: UpdateAchievementReportInput!) {\n    updateAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n": typeof types.UpdateAchievementReportDocument,
    "\n  mutation SignOffAchievementReport($input: AchievementReportRefInput!) {\n    signOffAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n": typeof types.SignOffAchievementReportDocument,
    "\n  mutation ReopenAchievementReport($input: AchievementReportRefInput!) {\n    reopenAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n": typeof types.ReopenAchievementReportDocument,
    "\n  mutation RedraftToTrinh($input: RedraftToTrinhInput!) {\n    redraftToTrinh(input: $input) {\n      ...ToTrinhDraftItem\n    }\n  }\n": typeof types.RedraftToTrinhDocument,
    "\n  mutation UpdateToTrinh($input: UpdateToTrinhInput!) {\n    updateToTrinh(input: $input) {\n      ...ToTrinhDraftItem\n    }\n  }\n": typeof types.UpdateToTrinhDocument,
    "\n  fragment AwardConditionItem on AwardCondition {\n    type\n    sentence\n    confidence\n    uncertain\n    article\n    subjects\n    floor\n    years\n    award\n    count\n    scope\n    min\n    minParameter\n    text\n  }\n": typeof types.AwardConditionItemFragmentDoc,
    "\n  fragment AwardRuleVersionItem on AwardRuleVersion {\n    id\n    awardCode\n    track\n    effectiveFrom\n    effectiveTo\n    national\n    shipped\n    edited\n    uncertain\n    canManage\n    version\n    note\n    legalDocument {\n      id\n      name\n      number\n    }\n    provinceUnit {\n      id\n      name\n    }\n    decidedBy {\n      text\n      level\n      article\n      confidence\n      uncertain\n    }\n    vote {\n      required\n      thresholdOfMembership\n      article\n      confidence\n      uncertain\n    }\n    publicNotice {\n      required\n      workingDays\n      article\n      confidence\n      uncertain\n    }\n    dossier {\n      document\n      form\n      confidence\n      uncertain\n    }\n    rewards {\n      subject\n      multiplier\n      article\n      confidence\n      uncertain\n    }\n    conditions {\n      ...AwardConditionItem\n      conditions {\n        ...AwardConditionItem\n        conditions {\n          ...AwardConditionItem\n        }\n      }\n    }\n  }\n": typeof types.AwardRuleVersionItemFragmentDoc,
    "\n  query AwardKindsWithRules($provinceUnitId: ID) {\n    awardKinds(provinceUnitId: $provinceUnitId) {\n      id\n      code\n      name\n      category\n      subjects\n      level\n      tracks\n      national\n      canManage\n      provinceUnit {\n        id\n        name\n      }\n      ruleVersions {\n        ...AwardRuleVersionItem\n      }\n    }\n  }\n": typeof types.AwardKindsWithRulesDocument,
    "\n  query RuleParameters($provinceUnitId: ID) {\n    ruleParameters(provinceUnitId: $provinceUnitId) {\n      id\n      key\n      label\n      unit\n      value\n      effectiveFrom\n      effectiveTo\n      article\n      confidence\n      uncertain\n      note\n      national\n      shipped\n      edited\n      canManage\n      version\n      legalDocument {\n        id\n        name\n      }\n      provinceUnit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RuleParametersDocument,
    "\n  mutation CreateAwardRuleVersion($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      ...AwardRuleVersionItem\n    }\n  }\n": typeof types.CreateAwardRuleVersionDocument,
    "\n  mutation UpdateAwardRuleVersion($input: UpdateAwardRuleVersionInput!) {\n    updateAwardRuleVersion(input: $input) {\n      ...AwardRuleVersionItem\n    }\n  }\n": typeof types.UpdateAwardRuleVersionDocument,
    "\n  mutation CreateRuleParameter($input: CreateRuleParameterInput!) {\n    createRuleParameter(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRuleParameterDocument,
    "\n  mutation UpdateRuleParameter($input: UpdateRuleParameterInput!) {\n    updateRuleParameter(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateRuleParameterDocument,
    "\n  fragment AwardRoundItem on AwardRound {\n    id\n    title\n    kind\n    track\n    year\n    status\n    deadline\n    decidingAuthority\n    note\n    awardForms\n    quotas {\n      form\n      collectives\n      individuals\n      either\n      per\n      note\n    }\n    campaignPlanId\n    canManage\n    version\n    createdAt\n    updatedAt\n    receivingUnit {\n      id\n      name\n      canOpen\n    }\n  }\n": typeof types.AwardRoundItemFragmentDoc,
    "\n  fragment AwardDossierItem on AwardDossier {\n    id\n    status\n    late\n    clock\n    dueOn\n    deadlineStatus\n    submittedAt\n    firstSubmittedAt\n    receivedAt\n    version\n    createdAt\n    updatedAt\n    round {\n      id\n      title\n      kind\n      year\n      deadline\n    }\n    unit {\n      id\n      name\n      canOpen\n    }\n    receivingUnit {\n      id\n      name\n      canOpen\n    }\n    nomineeCount\n  }\n": typeof types.AwardDossierItemFragmentDoc,
    "\n  fragment AwardDossierDetail on AwardDossier {\n    id\n    status\n    late\n    clock\n    dueOn\n    deadlineStatus\n    note\n    submittedAt\n    firstSubmittedAt\n    receivedAt\n    originDossierId\n    version\n    createdAt\n    updatedAt\n    canEdit\n    availableActions\n    missingDocuments\n    round {\n      ...AwardRoundItem\n    }\n    unit {\n      id\n      name\n      canOpen\n    }\n    receivingUnit {\n      id\n      name\n      canOpen\n    }\n    nominees {\n      id\n      position\n      subject\n      name\n      personId\n      subjectUnitId\n      householdAddress\n      awardCode\n      awardName\n      achievements\n      eligibilityChecked\n      eligibility {\n        verdict\n        on\n        stage\n        basis\n        ruleVersionId\n        manualReason\n        uncertain\n        checks {\n          key\n          code\n          principle\n          met\n          requirement\n          label\n          basis\n          uncertain\n        }\n      }\n      initiativeIds\n      appraisalVerdict\n      appraisalRemark\n      appraisalChecklist {\n        key\n        source\n        requirement\n        finding\n        met\n        basis\n      }\n      originNominationId\n    }\n    documents {\n      id\n      kind\n      nominationId\n      fileName\n      mediaType\n      size\n      text\n      note\n      downloadPath\n      originDocumentId\n      generated\n      createdAt\n    }\n    quotaFindings {\n      form\n      limit\n      used\n      over\n      explanation\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      actorName\n      at\n      reason\n      late\n      dossierVersion\n      remarks {\n        nominationId\n        documentId\n        label\n        remark\n      }\n      appraisal {\n        nominationId\n        name\n        verdict\n        remark\n        checklist {\n          key\n          requirement\n          ok\n          remark\n          settledBy\n        }\n      }\n      quota {\n        form\n        limit\n        used\n        over\n        explanation\n      }\n      changes {\n        nomineesAdded\n        nomineesRemoved\n        nomineesEdited\n        documentsAdded\n        documentsRemoved\n        documentsReplaced\n      }\n      notice {\n        noticeId\n        title\n        required\n        articles\n        startsOn\n        endsOn\n        workingDays\n        nominees\n        publishedAt\n        closedAt\n        counts {\n          kind\n          count\n        }\n        comments {\n          kind\n          nominee\n          excerpt\n          receivedAt\n          outcome\n          handling\n          handledAt\n          handledBy\n        }\n      }\n    }\n  }\n": typeof types.AwardDossierDetailFragmentDoc,
    "\n  query AwardRounds($first: Int!, $after: String, $filter: AwardRoundFilter) {\n    awardRounds(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardRoundItem\n        }\n      }\n    }\n  }\n": typeof types.AwardRoundsDocument,
    "\n  mutation CreateAwardRound($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n": typeof types.CreateAwardRoundDocument,
    "\n  mutation UpdateAwardRound($input: UpdateAwardRoundInput!) {\n    updateAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n": typeof types.UpdateAwardRoundDocument,
    "\n  mutation CloseAwardRound($input: AwardRoundRefInput!) {\n    closeAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n": typeof types.CloseAwardRoundDocument,
    "\n  mutation ReopenAwardRound($input: AwardRoundRefInput!) {\n    reopenAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n": typeof types.ReopenAwardRoundDocument,
    "\n  query AwardDossiers($first: Int!, $after: String, $filter: AwardDossierFilter) {\n    awardDossiers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardDossierItem\n        }\n      }\n    }\n  }\n": typeof types.AwardDossiersDocument,
    "\n  query AwardDossierInbox($first: Int!, $after: String, $filter: AwardDossierFilter) {\n    awardDossierInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardDossierItem\n        }\n      }\n    }\n  }\n": typeof types.AwardDossierInboxDocument,
    "\n  query AwardDossier($id: ID!) {\n    awardDossier(id: $id) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.AwardDossierDocument,
    "\n  mutation CreateAwardDossier($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.CreateAwardDossierDocument,
    "\n  mutation DeleteAwardDossier($input: AwardDossierRefInput!) {\n    deleteAwardDossier(input: $input)\n  }\n": typeof types.DeleteAwardDossierDocument,
    "\n  mutation AddAwardNominee($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.AddAwardNomineeDocument,
    "\n  mutation UpdateAwardNominee($input: UpdateNomineeInput!) {\n    updateAwardNominee(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.UpdateAwardNomineeDocument,
    "\n  mutation RemoveAwardNominee($input: RemoveNomineeInput!) {\n    removeAwardNominee(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.RemoveAwardNomineeDocument,
    "\n  mutation WriteAwardDossierDocument($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.WriteAwardDossierDocumentDocument,
    "\n  mutation RemoveAwardDossierDocument($input: RemoveDossierDocumentInput!) {\n    removeAwardDossierDocument(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.RemoveAwardDossierDocumentDocument,
    "\n  mutation SubmitAwardDossier($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.SubmitAwardDossierDocument,
    "\n  mutation RecallAwardDossier($input: AwardDossierRefInput!) {\n    recallAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.RecallAwardDossierDocument,
    "\n  mutation WithdrawAwardDossier($input: WithdrawAwardDossierInput!) {\n    withdrawAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.WithdrawAwardDossierDocument,
    "\n  mutation ReceiveAwardDossier($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.ReceiveAwardDossierDocument,
    "\n  mutation ReturnAwardDossier($input: ReturnAwardDossierInput!) {\n    returnAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.ReturnAwardDossierDocument,
    "\n  mutation AppraiseAwardDossier($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.AppraiseAwardDossierDocument,
    "\n  mutation ForwardAwardDossierToCouncil($input: AwardDossierRefInput!) {\n    forwardAwardDossierToCouncil(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": typeof types.ForwardAwardDossierToCouncilDocument,
    "\n  fragment AwardCountsItem on AwardCounts {\n    proposed\n    eligible\n    notEligible\n    toConfirm\n    unchecked\n    appraisedPass\n    appraisedFail\n    escalated\n    dossiers\n    late\n    overdue\n    byStatus {\n      status\n      count\n    }\n  }\n": typeof types.AwardCountsItemFragmentDoc,
    "\n  query AwardCounters($roundId: ID, $campaignPlanId: ID) {\n    awardCounters(roundId: $roundId, campaignPlanId: $campaignPlanId) {\n      rounds {\n        roundId\n        round {\n          id\n          title\n          year\n          status\n          deadline\n          canCheckEligibility\n        }\n        counts {\n          ...AwardCountsItem\n        }\n      }\n      total {\n        ...AwardCountsItem\n      }\n    }\n  }\n": typeof types.AwardCountersDocument,
    "\n  mutation CheckAwardEligibility($dossierId: ID!) {\n    checkAwardEligibility(dossierId: $dossierId) {\n      ...JobItem\n    }\n  }\n": typeof types.CheckAwardEligibilityDocument,
    "\n  mutation CheckRoundEligibility($roundId: ID!) {\n    checkRoundEligibility(roundId: $roundId) {\n      ...JobItem\n    }\n  }\n": typeof types.CheckRoundEligibilityDocument,
    "\n  query AwardEligibilityCheck($jobId: ID!) {\n    awardEligibilityCheck(jobId: $jobId) {\n      side\n      finished\n      roundId\n      dossierId\n      dossiers\n      checked\n      eligible\n      notEligible\n      toConfirm\n      changed\n      stored\n      findings {\n        nominationId\n        dossierId\n        unitName\n        name\n        awardName\n        storedVerdict\n        verdict\n        reasons\n      }\n      job {\n        ...JobItem\n      }\n    }\n  }\n": typeof types.AwardEligibilityCheckDocument,
    "\n  fragment CalendarDayItem on CalendarDay {\n    id\n    date\n    weekday\n    kind\n    name\n    note\n    source\n    provisional\n    version\n  }\n": typeof types.CalendarDayItemFragmentDoc,
    "\n  query WorkingCalendarYears {\n    workingCalendarYears {\n      year\n      source\n    }\n  }\n": typeof types.WorkingCalendarYearsDocument,
    "\n  query WorkingCalendarYear($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      defined\n      source\n      note\n      workingDayCount\n      provisionalCount\n      canManage\n      days {\n        ...CalendarDayItem\n      }\n    }\n  }\n": typeof types.WorkingCalendarYearDocument,
    "\n  mutation CreateCalendarDay($input: CreateCalendarDayInput!) {\n    createCalendarDay(input: $input) {\n      ...CalendarDayItem\n    }\n  }\n": typeof types.CreateCalendarDayDocument,
    "\n  mutation UpdateCalendarDay($input: UpdateCalendarDayInput!) {\n    updateCalendarDay(input: $input) {\n      ...CalendarDayItem\n    }\n  }\n": typeof types.UpdateCalendarDayDocument,
    "\n  mutation DeleteCalendarDay($input: DeleteCalendarDayInput!) {\n    deleteCalendarDay(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteCalendarDayDocument,
    "\n  mutation GenerateCalendarYear($input: GenerateCalendarYearInput!) {\n    generateCalendarYear(input: $input) {\n      year\n    }\n  }\n": typeof types.GenerateCalendarYearDocument,
    "\n  fragment CampaignCovenantItem on CampaignCovenant {\n    id\n    planId\n    clusterId\n    signedOn\n    place\n    content\n    version\n    cluster {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n": typeof types.CampaignCovenantItemFragmentDoc,
    "\n  query CampaignCovenants($planId: ID!, $first: Int!, $after: String) {\n    campaignCovenants(planId: $planId, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignCovenantItem\n        }\n      }\n    }\n  }\n": typeof types.CampaignCovenantsDocument,
    "\n  mutation CreateCampaignCovenant($input: CreateCampaignCovenantInput!) {\n    createCampaignCovenant(input: $input) {\n      ...CampaignCovenantItem\n    }\n  }\n": typeof types.CreateCampaignCovenantDocument,
    "\n  mutation DeleteCampaignCovenant($input: DeleteCampaignCovenantInput!) {\n    deleteCampaignCovenant(input: $input)\n  }\n": typeof types.DeleteCampaignCovenantDocument,
    "\n  fragment CampaignDocumentBatchItem on CampaignDocumentBatchItem {\n    planId\n    position\n    status\n    created\n    error\n    pdfUrl\n    plan {\n      id\n      title\n      symbol\n      status\n    }\n  }\n": typeof types.CampaignDocumentBatchItemFragmentDoc,
    "\n  mutation RenderCampaignPlanDocuments($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        ...JobItem\n      }\n      items {\n        ...CampaignDocumentBatchItem\n      }\n    }\n  }\n": typeof types.RenderCampaignPlanDocumentsDocument,
    "\n  query CampaignDocumentBatch($jobId: ID!) {\n    campaignDocumentBatch(jobId: $jobId) {\n      job {\n        ...JobItem\n      }\n      items {\n        ...CampaignDocumentBatchItem\n      }\n    }\n  }\n": typeof types.CampaignDocumentBatchDocument,
    "\n  fragment CampaignPlanItem on CampaignPlan {\n    id\n    title\n    kind\n    scope\n    status\n    periodFrom\n    periodTo\n    number\n    symbol\n    issuedOn\n    returnReason\n    version\n    createdAt\n    updatedAt\n    issuerUnit {\n      id\n      name\n      shortName\n      canOpen\n    }\n  }\n": typeof types.CampaignPlanItemFragmentDoc,
    "\n  fragment CampaignPlanContentFields on CampaignPlanContent {\n    opening {\n      verb\n      resolution\n    }\n    purpose {\n      aims\n      requirements\n      numbered\n    }\n    numbering\n    headings {\n      purpose\n      contest\n      theme\n      motto\n      period\n      participants\n      content\n      targets\n      schedule\n      measures\n      awards\n      implementation\n    }\n    contestOrder\n    schedulePlacement\n    theme\n    motto\n    methods\n    participants {\n      collectives\n      individuals\n    }\n    sections {\n      title\n      paragraphs\n      footnotes\n      subsections {\n        title\n        paragraphs\n        footnotes\n      }\n    }\n    targets {\n      indicator\n      target\n      unit\n      year\n      responsibleUnitName\n      note\n    }\n    phases {\n      name\n      from\n      to\n      tasks\n    }\n    milestones {\n      date\n      label\n      tentative\n    }\n    measures\n    awards {\n      forms {\n        name\n        text\n      }\n      criteria {\n        label\n        text\n      }\n      quotas {\n        form\n        collectives\n        individuals\n        either\n        per\n        note\n      }\n      dossier\n      submitTo\n      deadline\n      deadlineNote\n    }\n    implementation {\n      body\n      tasks\n      asTyped\n    }\n    reporting {\n      who\n      frequency\n      to\n      via\n      inText\n    }\n    closing\n    recipients {\n      groups {\n        heading\n        names\n      }\n      archive\n    }\n    signature {\n      on {\n        authority\n        of\n      }\n      title\n      name\n    }\n  }\n": typeof types.CampaignPlanContentFieldsFragmentDoc,
    "\n  fragment CampaignPlanDetail on CampaignPlan {\n    ...CampaignPlanItem\n    issuePlace\n    documentUrl\n    # what the viewer may do on this plan (the issuer unit's rights, or an addressed unit's)\n    canManage\n    canIssue\n    canAnswer\n    issuerUnit {\n      id\n      name\n      shortName\n      tree\n      canOpen\n      parent {\n        id\n        name\n      }\n    }\n    legalBases {\n      id\n      kind\n      number\n      name\n      title\n      issuingBody\n      issuedOn\n      status\n    }\n    signer {\n      on {\n        authority\n        of\n      }\n      title\n      name\n    }\n    content {\n      ...CampaignPlanContentFields\n    }\n    addressing {\n      unitIds\n      subtreeUnitIds\n      unitKindCodes\n      unitKindsWithinUnitIds\n      clusterIds\n      units {\n        id\n        name\n      }\n      subtreeUnits {\n        id\n        name\n      }\n      unitKindsWithinUnits {\n        id\n        name\n      }\n    }\n    answerDeadline\n    respondsToPlanId\n    respondsToPlan {\n      id\n      title\n      symbol\n      issuedOn\n      issuerUnit {\n        id\n        name\n      }\n    }\n    amendmentNote\n    amends {\n      id\n      title\n      symbol\n      issuedOn\n    }\n    supersededBy {\n      id\n      title\n      symbol\n      issuedOn\n    }\n    pdfUrl\n    pdfAvailable\n    pdfStatus\n  }\n": typeof types.CampaignPlanDetailFragmentDoc,
    "\n  query CampaignPlans(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: CampaignPlanStatus\n    $kind: CampaignKind\n    $year: Int\n    $issuerUnitId: ID\n  ) {\n    campaignPlans(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      kind: $kind\n      year: $year\n      issuerUnitId: $issuerUnitId\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignPlanItem\n        }\n      }\n    }\n  }\n": typeof types.CampaignPlansDocument,
    "\n  query CampaignPlan($id: ID!) {\n    campaignPlan(id: $id) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.CampaignPlanDocument,
    "\n  mutation CreateCampaignPlan($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.CreateCampaignPlanDocument,
    "\n  mutation UpdateCampaignPlan($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.UpdateCampaignPlanDocument,
    "\n  mutation DeleteCampaignPlanDraft($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": typeof types.DeleteCampaignPlanDraftDocument,
    "\n  mutation SubmitCampaignPlan($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.SubmitCampaignPlanDocument,
    "\n  mutation ReturnCampaignPlan($input: ReturnCampaignPlanInput!) {\n    returnCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.ReturnCampaignPlanDocument,
    "\n  mutation IssueCampaignPlan($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.IssueCampaignPlanDocument,
    "\n  mutation StartCampaignPlan($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.StartCampaignPlanDocument,
    "\n  mutation OpenCampaignPlanReview($input: OpenCampaignPlanReviewInput!) {\n    openCampaignPlanReview(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.OpenCampaignPlanReviewDocument,
    "\n  mutation ResumeCampaignPlan($input: CampaignPlanStepInput!) {\n    resumeCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.ResumeCampaignPlanDocument,
    "\n  mutation CloseCampaignPlan($input: CampaignPlanStepInput!) {\n    closeCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.CloseCampaignPlanDocument,
    "\n  mutation AmendCampaignPlan($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": typeof types.AmendCampaignPlanDocument,
    "\n  fragment CampaignAddresseeItem on CampaignAddressee {\n    id\n    rule\n    deadline\n    status\n    answeredOn\n    reminderCount\n    lastRemindedAt\n    createdAt\n    unit {\n      id\n      name\n      code\n      canOpen\n    }\n    inheritedFromUnit {\n      id\n      name\n    }\n    answerPlan {\n      id\n      symbol\n      title\n      issuedOn\n    }\n  }\n": typeof types.CampaignAddresseeItemFragmentDoc,
    "\n  query CampaignPlanAddressees(\n    $planId: ID!\n    $first: Int!\n    $after: String\n    $status: CampaignAddresseeStatus\n    $underUnitId: ID\n    $search: String\n  ) {\n    campaignPlanAddressees(\n      planId: $planId\n      first: $first\n      after: $after\n      status: $status\n      underUnitId: $underUnitId\n      search: $search\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignAddresseeItem\n        }\n      }\n    }\n  }\n": typeof types.CampaignPlanAddresseesDocument,
    "\n  query CampaignCascadeSummary($planId: ID!, $underUnitId: ID) {\n    campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {\n      planId\n      underUnit {\n        id\n        name\n      }\n      counts {\n        total\n        answered\n        answeredLate\n        pending\n        overdue\n      }\n      groups {\n        addressed\n        unit {\n          id\n          name\n          childCount\n        }\n        counts {\n          total\n          answered\n          answeredLate\n          pending\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.CampaignCascadeSummaryDocument,
    "\n  query CampaignInbox(\n    $first: Int!\n    $after: String\n    $status: CampaignAddresseeStatus\n    $year: Int\n    $search: String\n  ) {\n    campaignInbox(first: $first, after: $after, status: $status, year: $year, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignAddresseeItem\n          plan {\n            id\n            title\n            symbol\n            issuedOn\n            status\n            periodFrom\n            periodTo\n            issuerUnit {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignInboxDocument,
    "\n  mutation RemindCampaignAddressees($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n      remindedAt\n    }\n  }\n": typeof types.RemindCampaignAddresseesDocument,
    "\n  fragment CampaignRegistrationItem on CampaignRegistration {\n    id\n    kind\n    status\n    registrantName\n    commitments\n    returnReason\n    submittedAt\n    reviewedAt\n    canDecide\n    canEdit\n    version\n    titles {\n      code\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.CampaignRegistrationItemFragmentDoc,
    "\n  query CampaignRegistrations(\n    $planId: ID!\n    $first: Int!\n    $after: String\n    $filter: CampaignRegistrationFilter\n  ) {\n    campaignRegistrations(planId: $planId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignRegistrationItem\n        }\n      }\n    }\n  }\n": typeof types.CampaignRegistrationsDocument,
    "\n  query CampaignRegistrationSummary($planId: ID!) {\n    campaignRegistrationSummary(planId: $planId) {\n      total {\n        units {\n          total\n          draft\n          submitted\n          returned\n          approved\n        }\n        people {\n          total\n          draft\n          submitted\n          returned\n          approved\n        }\n      }\n    }\n  }\n": typeof types.CampaignRegistrationSummaryDocument,
    "\n  mutation ApproveCampaignRegistration($input: CampaignRegistrationRefInput!) {\n    approveCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n": typeof types.ApproveCampaignRegistrationDocument,
    "\n  mutation ReturnCampaignRegistration($input: ReturnCampaignRegistrationInput!) {\n    returnCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n": typeof types.ReturnCampaignRegistrationDocument,
    "\n  fragment CampaignReviewItem on CampaignReview {\n    id\n    kind\n    status\n    report\n    deadline\n    late\n    submittedAt\n    returnReason\n    canReturn\n    canEdit\n    version\n    unit {\n      id\n      name\n    }\n    figures {\n      targetIndex\n      achieved\n      note\n      target {\n        indicator\n        target\n        unit\n      }\n    }\n    attachments {\n      name\n      url\n    }\n  }\n": typeof types.CampaignReviewItemFragmentDoc,
    "\n  query CampaignReviews(\n    $planId: ID!\n    $kind: CampaignReviewKind!\n    $first: Int!\n    $after: String\n    $filter: CampaignReviewFilter\n  ) {\n    campaignReviews(planId: $planId, kind: $kind, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignReviewItem\n        }\n      }\n    }\n  }\n": typeof types.CampaignReviewsDocument,
    "\n  query CampaignReviewSummary($planId: ID!, $kind: CampaignReviewKind!) {\n    campaignReviewSummary(planId: $planId, kind: $kind) {\n      kind\n      deadline\n      overdue\n      addressed\n      submitted\n      onTime\n      late\n      missing\n      drafts\n      returned\n    }\n  }\n": typeof types.CampaignReviewSummaryDocument,
    "\n  mutation ReturnCampaignReview($input: ReturnCampaignReviewInput!) {\n    returnCampaignReview(input: $input) {\n      ...CampaignReviewItem\n    }\n  }\n": typeof types.ReturnCampaignReviewDocument,
    "\n  query CampaignCalendar($first: Int!, $year: Int) {\n    campaignPlans(first: $first, year: $year) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          periodFrom\n          periodTo\n          answerDeadline\n          content {\n            phases {\n              name\n              from\n              to\n            }\n            milestones {\n              date\n              label\n              tentative\n            }\n            awards {\n              deadline\n              submitTo\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignCalendarDocument,
    "\n  mutation CreateCampaignRegistration($input: CreateCampaignRegistrationInput!) {\n    createCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n": typeof types.CreateCampaignRegistrationDocument,
    "\n  mutation SubmitCampaignRegistration($input: CampaignRegistrationRefInput!) {\n    submitCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n": typeof types.SubmitCampaignRegistrationDocument,
    "\n  mutation DeleteCampaignRegistration($input: CampaignRegistrationRefInput!) {\n    deleteCampaignRegistration(input: $input)\n  }\n": typeof types.DeleteCampaignRegistrationDocument,
    "\n  mutation CreateCampaignReview($input: CreateCampaignReviewInput!) {\n    createCampaignReview(input: $input) {\n      ...CampaignReviewItem\n    }\n  }\n": typeof types.CreateCampaignReviewDocument,
    "\n  mutation SubmitCampaignReview($input: CampaignReviewRefInput!) {\n    submitCampaignReview(input: $input) {\n      ...CampaignReviewItem\n    }\n  }\n": typeof types.SubmitCampaignReviewDocument,
    "\n  fragment ClusterItem on Cluster {\n    id\n    code\n    name\n    kind\n    description\n    memberCount\n    version\n    organizer {\n      id\n      name\n      canOpen\n    }\n  }\n": typeof types.ClusterItemFragmentDoc,
    "\n  query Clusters($first: Int!, $after: String, $search: String, $kind: ClusterKind) {\n    clusters(first: $first, after: $after, search: $search, kind: $kind) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClusterItem\n        }\n      }\n    }\n  }\n": typeof types.ClustersDocument,
    "\n  query ClusterDetail($id: ID!, $asOf: Date) {\n    cluster(id: $id) {\n      ...ClusterItem\n      members(asOf: $asOf) {\n        id\n        joinedOn\n        leftOn\n        unit {\n          id\n          code\n          name\n          canOpen\n          status\n          validTo\n        }\n      }\n      leaderships {\n        id\n        year\n        lead {\n          id\n          name\n          canOpen\n        }\n        deputy {\n          id\n          name\n          canOpen\n        }\n      }\n    }\n  }\n": typeof types.ClusterDetailDocument,
    "\n  mutation CreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      ...ClusterItem\n    }\n  }\n": typeof types.CreateClusterDocument,
    "\n  mutation UpdateCluster($input: UpdateClusterInput!) {\n    updateCluster(input: $input) {\n      ...ClusterItem\n    }\n  }\n": typeof types.UpdateClusterDocument,
    "\n  mutation AddClusterMember($input: AddClusterMemberInput!) {\n    addClusterMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddClusterMemberDocument,
    "\n  mutation EndClusterMembership($input: EndClusterMembershipInput!) {\n    endClusterMembership(input: $input) {\n      id\n      leftOn\n    }\n  }\n": typeof types.EndClusterMembershipDocument,
    "\n  mutation SetClusterLeadership($input: SetClusterLeadershipInput!) {\n    setClusterLeadership(input: $input) {\n      id\n    }\n  }\n": typeof types.SetClusterLeadershipDocument,
    "\n  fragment CongressItem on Congress {\n    id\n    planId\n    name\n    level\n    form\n    status\n    windowFrom\n    windowTo\n    windowLabel\n    heldOn\n    venue\n    duration\n    delegateTarget\n    delegateCount\n    agenda\n    canManage\n    version\n    hostUnit {\n      id\n      name\n    }\n    upperCongressId\n    upperCongress {\n      id\n      name\n      canOpen\n      windowLabel\n    }\n    requirements {\n      criterion\n      minShare\n      minCount\n      maxAge\n      sectors\n    }\n  }\n": typeof types.CongressItemFragmentDoc,
    "\n  fragment CongressDelegateItem on CongressDelegate {\n    id\n    personId\n    fullName\n    title\n    sector\n    toUpper\n    directWorker\n    position\n    unit {\n      id\n      name\n    }\n    congress {\n      id\n      name\n    }\n  }\n": typeof types.CongressDelegateItemFragmentDoc,
    "\n  query Congresses($planId: ID!, $first: Int!, $after: String, $filter: CongressFilterInput) {\n    congresses(planId: $planId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CongressItem\n        }\n      }\n    }\n  }\n": typeof types.CongressesDocument,
    "\n  query CongressDetail($id: ID!, $includeFromBelow: Boolean!) {\n    congress(id: $id) {\n      ...CongressItem\n      delegates(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...CongressDelegateItem\n          }\n        }\n      }\n      delegatesFromBelow(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...CongressDelegateItem\n          }\n        }\n      }\n      balance(includeFromBelow: $includeFromBelow) {\n        met\n        total\n        onDate\n        summary\n        lines {\n          criterion\n          label\n          sector\n          met\n          actual\n          requiredCount\n          missing\n          unknown\n          explanation\n        }\n      }\n    }\n  }\n": typeof types.CongressDetailDocument,
    "\n  mutation CreateCongress($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      ...CongressItem\n    }\n  }\n": typeof types.CreateCongressDocument,
    "\n  mutation UpdateCongress($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      ...CongressItem\n    }\n  }\n": typeof types.UpdateCongressDocument,
    "\n  mutation DeleteCongress($input: DeleteCongressInput!) {\n    deleteCongress(input: $input)\n  }\n": typeof types.DeleteCongressDocument,
    "\n  mutation SetCongressDelegates($input: SetCongressDelegatesInput!) {\n    setCongressDelegates(input: $input) {\n      ...CongressItem\n    }\n  }\n": typeof types.SetCongressDelegatesDocument,
    "\n  mutation MarkCongressDelegatesToUpper($input: MarkCongressDelegatesToUpperInput!) {\n    markCongressDelegatesToUpper(input: $input) {\n      ...CongressItem\n    }\n  }\n": typeof types.MarkCongressDelegatesToUpperDocument,
    "\n  mutation HoldCongress($input: HoldCongressInput!) {\n    holdCongress(input: $input) {\n      ...CongressItem\n    }\n  }\n": typeof types.HoldCongressDocument,
    "\n  query CouncilBallotPaper($roundId: ID!, $code: String!) {\n    councilBallotPaper(roundId: $roundId, code: $code) {\n      roundId\n      sessionTitle\n      number\n      threshold\n      members\n      candidates {\n        agendaItemId\n        candidateName\n        awardName\n      }\n    }\n  }\n": typeof types.CouncilBallotPaperDocument,
    "\n  query MemberVotingRound($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n      sessionId\n      number\n      title\n      mode\n      status\n      threshold\n      members\n      blindKey {\n        kty\n        n\n        e\n      }\n      candidates {\n        id\n        candidateName\n        awardName\n      }\n    }\n  }\n": typeof types.MemberVotingRoundDocument,
    "\n  mutation IssueCouncilVotingToken($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n": typeof types.IssueCouncilVotingTokenDocument,
    "\n  mutation CastCouncilBallot($input: CastCouncilBallotInput!) {\n    castCouncilBallot(input: $input) {\n      choices\n    }\n  }\n": typeof types.CastCouncilBallotDocument,
    "\n  fragment CouncilVotingRoundItem on CouncilVotingRound {\n    id\n    version\n    sessionId\n    number\n    previousRoundId\n    title\n    mode\n    status\n    members\n    voters\n    inRoom\n    threshold\n    quota\n    openedAt\n    closedAt\n    talliedAt\n    closeHash\n    paperScanSha256\n    paperTallyConfirmed\n    paperEntries {\n      entry\n      userName\n    }\n    tallyMinutes {\n      sha256\n      docxPath\n      pdfPath\n    }\n    castCount\n    candidates {\n      id\n      position\n      candidateName\n      awardName\n      subject\n      proposingUnitName\n      voteRequired\n      threshold\n    }\n    results {\n      agendaItemId\n      agree\n      disagree\n      percentHundredths\n      passed\n      rank\n      withinQuota\n      explanation\n    }\n  }\n": typeof types.CouncilVotingRoundItemFragmentDoc,
    "\n  query CouncilSessionVotingRounds($id: ID!) {\n    councilSession(id: $id) {\n      id\n      votingRounds {\n        ...CouncilVotingRoundItem\n      }\n    }\n  }\n": typeof types.CouncilSessionVotingRoundsDocument,
    "\n  query CouncilVotingRoundLiveCount($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n      status\n      castCount\n      voters\n    }\n  }\n": typeof types.CouncilVotingRoundLiveCountDocument,
    "\n  mutation OpenCouncilVotingRound($input: OpenCouncilVotingRoundInput!) {\n    openCouncilVotingRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": typeof types.OpenCouncilVotingRoundDocument,
    "\n  mutation OpenCouncilSecondRound($input: OpenCouncilSecondRoundInput!) {\n    openCouncilSecondRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": typeof types.OpenCouncilSecondRoundDocument,
    "\n  mutation GenerateCouncilVotingCodes($input: CouncilRoundRefInput!) {\n    generateCouncilVotingCodes(input: $input) {\n      roundId\n      codes\n    }\n  }\n": typeof types.GenerateCouncilVotingCodesDocument,
    "\n  mutation CloseCouncilVotingRound($input: CouncilRoundRefInput!) {\n    closeCouncilVotingRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": typeof types.CloseCouncilVotingRoundDocument,
    "\n  mutation TallyCouncilVotingRound($input: CouncilRoundRefInput!) {\n    tallyCouncilVotingRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": typeof types.TallyCouncilVotingRoundDocument,
    "\n  mutation EnterPaperTally($input: EnterPaperTallyInput!) {\n    enterPaperTally(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EnterPaperTallyDocument,
    "\n  mutation ConfirmPaperTally($input: CouncilRoundRefInput!) {\n    confirmPaperTally(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": typeof types.ConfirmPaperTallyDocument,
    "\n  mutation DecideCouncilTie($input: DecideCouncilTieInput!) {\n    decideCouncilTie(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": typeof types.DecideCouncilTieDocument,
    "\n  mutation RecordWrittenOpinions($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordWrittenOpinionsDocument,
    "\n  fragment CouncilItem on Council {\n    id\n    name\n    unitId\n    clusterId\n    standingUnitId\n    decisionNumber\n    decisionDate\n    decisionText\n    quorumShare\n    awardPresenceShare\n    proxiesAllowed\n    endedOn\n    active\n    canManage\n    version\n    unit {\n      id\n      name\n      canOpen\n    }\n    standingUnit {\n      id\n      name\n      canOpen\n    }\n  }\n": typeof types.CouncilItemFragmentDoc,
    "\n  fragment CouncilMemberItem on CouncilMember {\n    id\n    councilId\n    personId\n    fullName\n    role\n    title\n    from\n    to\n    userId\n    version\n  }\n": typeof types.CouncilMemberItemFragmentDoc,
    "\n  fragment CouncilDetail on Council {\n    ...CouncilItem\n    members(on: $on) {\n      ...CouncilMemberItem\n    }\n  }\n": typeof types.CouncilDetailFragmentDoc,
    "\n  fragment CouncilSessionItem on CouncilSession {\n    id\n    councilId\n    title\n    kind\n    date\n    startTime\n    place\n    chairMemberId\n    secretaryMemberId\n    awardRoundId\n    status\n    startedAt\n    note\n    version\n  }\n": typeof types.CouncilSessionItemFragmentDoc,
    "\n  fragment CouncilSessionDetail on CouncilSession {\n    ...CouncilSessionItem\n    canManage\n    council {\n      id\n      name\n      proxiesAllowed\n      unit {\n        id\n        name\n        canOpen\n      }\n    }\n    chair {\n      memberId\n      fullName\n    }\n    secretary {\n      memberId\n      fullName\n    }\n    awardRound {\n      id\n      title\n    }\n    members {\n      id\n      memberId\n      position\n      fullName\n      role\n      title\n      attendance\n      writtenOpinion\n      proxyMemberId\n    }\n    guests {\n      id\n      position\n      name\n      title\n    }\n    agenda {\n      id\n      position\n      nominationId\n      subject\n      candidateName\n      awardCode\n      awardName\n      proposingUnitId\n      proposingUnitName\n      voteRequired\n      threshold\n      outcome\n      outcomeAgree\n      outcomePercentHundredths\n      outcomeRoundId\n    }\n    closedAt\n    minutes {\n      sha256\n      docxPath\n      pdfPath\n    }\n    signedAt\n    signedScanSha256\n    quorum {\n      members\n      present\n      proxies\n      attending\n      writtenOpinions\n      absent\n      unrecorded\n      share\n      awardShare\n      required\n      met\n      explanation\n    }\n  }\n": typeof types.CouncilSessionDetailFragmentDoc,
    "\n  query Councils($first: Int!, $after: String, $unitId: ID, $search: String) {\n    councils(first: $first, after: $after, unitId: $unitId, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CouncilItem\n        }\n      }\n    }\n  }\n": typeof types.CouncilsDocument,
    "\n  query Council($id: ID!, $on: Date) {\n    council(id: $id) {\n      ...CouncilDetail\n    }\n  }\n": typeof types.CouncilDocument,
    "\n  query CouncilMembersOn($id: ID!, $on: Date!) {\n    council(id: $id) {\n      id\n      members(on: $on) {\n        ...CouncilMemberItem\n      }\n    }\n  }\n": typeof types.CouncilMembersOnDocument,
    "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      ...CouncilItem\n    }\n  }\n": typeof types.CreateCouncilDocument,
    "\n  mutation UpdateCouncil($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      ...CouncilItem\n    }\n  }\n": typeof types.UpdateCouncilDocument,
    "\n  mutation AddCouncilMember($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      ...CouncilMemberItem\n    }\n  }\n": typeof types.AddCouncilMemberDocument,
    "\n  mutation UpdateCouncilMember($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      ...CouncilMemberItem\n    }\n  }\n": typeof types.UpdateCouncilMemberDocument,
    "\n  mutation RemoveCouncilMember($input: CouncilMemberRefInput!) {\n    removeCouncilMember(input: $input)\n  }\n": typeof types.RemoveCouncilMemberDocument,
    "\n  query CouncilSessions(\n    $first: Int!\n    $after: String\n    $councilId: ID\n    $status: CouncilSessionStatus\n  ) {\n    councilSessions(first: $first, after: $after, councilId: $councilId, status: $status) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CouncilSessionItem\n        }\n      }\n    }\n  }\n": typeof types.CouncilSessionsDocument,
    "\n  query MyCouncilSessions($first: Int!) {\n    myCouncilSessions(first: $first) {\n      totalCount\n      totalCountCapped\n      edges {\n        node {\n          id\n          councilName\n          title\n          date\n          startTime\n          place\n          status\n          role\n          attendance\n          remoteRounds {\n            id\n            number\n            awards\n            tokenTaken\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyCouncilSessionsDocument,
    "\n  query CouncilSession($id: ID!) {\n    councilSession(id: $id) {\n      ...CouncilSessionDetail\n    }\n  }\n": typeof types.CouncilSessionDocument,
    "\n  mutation CreateCouncilSession($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      ...CouncilSessionItem\n    }\n  }\n": typeof types.CreateCouncilSessionDocument,
    "\n  mutation UpdateCouncilSession($input: UpdateCouncilSessionInput!) {\n    updateCouncilSession(input: $input) {\n      ...CouncilSessionItem\n    }\n  }\n": typeof types.UpdateCouncilSessionDocument,
    "\n  mutation DeleteCouncilSession($input: CouncilSessionRefInput!) {\n    deleteCouncilSession(input: $input)\n  }\n": typeof types.DeleteCouncilSessionDocument,
    "\n  mutation SetCouncilAttendance($input: SetCouncilAttendanceInput!) {\n    setCouncilAttendance(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": typeof types.SetCouncilAttendanceDocument,
    "\n  mutation AddCouncilGuest($input: AddCouncilGuestInput!) {\n    addCouncilGuest(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": typeof types.AddCouncilGuestDocument,
    "\n  mutation RemoveCouncilGuest($input: RemoveCouncilGuestInput!) {\n    removeCouncilGuest(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": typeof types.RemoveCouncilGuestDocument,
    "\n  mutation AddCouncilAgendaFromRound($input: AddCouncilAgendaFromRoundInput!) {\n    addCouncilAgendaFromRound(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": typeof types.AddCouncilAgendaFromRoundDocument,
    "\n  mutation RemoveCouncilAgendaItem($input: RemoveCouncilAgendaItemInput!) {\n    removeCouncilAgendaItem(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": typeof types.RemoveCouncilAgendaItemDocument,
    "\n  mutation MoveCouncilAgendaItem($input: MoveCouncilAgendaItemInput!) {\n    moveCouncilAgendaItem(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": typeof types.MoveCouncilAgendaItemDocument,
    "\n  mutation CloseCouncilSession($input: CouncilSessionRefInput!) {\n    closeCouncilSession(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": typeof types.CloseCouncilSessionDocument,
    "\n  mutation SignCouncilSession($input: SignCouncilSessionInput!) {\n    signCouncilSession(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": typeof types.SignCouncilSessionDocument,
    "\n  mutation StartCouncilSession($input: CouncilSessionRefInput!) {\n    startCouncilSession(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": typeof types.StartCouncilSessionDocument,
    "\n  fragment PublicAwardItem on PublicAward {\n    name\n    unitName\n    awardName\n    decisionNumber\n    decidedOn\n    issuerName\n    goldBookNumber\n    year\n  }\n": typeof types.PublicAwardItemFragmentDoc,
    "\n  query VerifyAwardCertificate($code: String!) {\n    verifyAwardCertificate(code: $code) {\n      ...PublicAwardItem\n    }\n  }\n": typeof types.VerifyAwardCertificateDocument,
    "\n  query PublicAwardLookup(\n    $name: String!\n    $unitName: String\n    $year: Int\n    $first: Int!\n    $after: String\n  ) {\n    publicAwardLookup(name: $name, unitName: $unitName, year: $year, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PublicAwardItem\n        }\n      }\n    }\n  }\n": typeof types.PublicAwardLookupDocument,
    "\n  fragment AwardDecisionItem on AwardDecision {\n    id\n    version\n    status\n    year\n    track\n    awardCode\n    awardName\n    awardKind\n    subject\n    number\n    symbol\n    decidedOn\n    issuedAt\n    createdAt\n    canManage\n    canIssue\n    issuerUnit {\n      id\n      name\n      canOpen\n    }\n    round {\n      id\n      title\n      year\n    }\n  }\n": typeof types.AwardDecisionItemFragmentDoc,
    "\n  fragment AwardDecisionRecipientItem on AwardDecisionRecipient {\n    id\n    position\n    nominationId\n    dossierId\n    subject\n    displayName\n    name\n    detail\n    unitName\n    achievement\n    awardName\n    multiplier\n    baseSalary\n    amount\n    goldBookNumber\n    certificateCode\n    awardRecordId\n  }\n": typeof types.AwardDecisionRecipientItemFragmentDoc,
    "\n  fragment AwardDecisionDetail on AwardDecision {\n    ...AwardDecisionItem\n    roundId\n    issuerUnitId\n    authority\n    achievement\n    bases\n    councilMinutes {\n      body\n      date\n    }\n    proposal {\n      by\n      reference\n    }\n    rewardFunding\n    rewardBasis\n    executors\n    receivers\n    archive\n    place\n    signer {\n      on {\n        authority\n        of\n      }\n      title\n      name\n    }\n    issuedByName\n    docxPath\n    pdfPath\n    rewardsExportPath\n    certificates {\n      docxPath\n      pdfPath\n      madeAt\n    }\n    totalAmount\n    updatedAt\n    recipients {\n      ...AwardDecisionRecipientItem\n    }\n  }\n": typeof types.AwardDecisionDetailFragmentDoc,
    "\n  query AwardDecisions(\n    $first: Int!\n    $after: String\n    $filter: AwardDecisionFilter\n    $sort: AwardDecisionSort\n  ) {\n    awardDecisions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardDecisionItem\n        }\n      }\n    }\n  }\n": typeof types.AwardDecisionsDocument,
    "\n  query AwardDecision($id: ID!) {\n    awardDecision(id: $id) {\n      ...AwardDecisionDetail\n    }\n  }\n": typeof types.AwardDecisionDocument,
    "\n  query AwardDecisionCandidates($roundId: ID!, $issuerUnitId: ID!) {\n    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {\n      nominationId\n      dossierId\n      dossierStatus\n      proposingUnitId\n      proposingUnitName\n      subject\n      name\n      awardCode\n      awardName\n      toTrinhSymbol\n      decisionId\n    }\n  }\n": typeof types.AwardDecisionCandidatesDocument,
    "\n  mutation DraftAwardDecision($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      ...AwardDecisionDetail\n    }\n  }\n": typeof types.DraftAwardDecisionDocument,
    "\n  mutation UpdateAwardDecision($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      ...AwardDecisionDetail\n    }\n  }\n": typeof types.UpdateAwardDecisionDocument,
    "\n  mutation DeleteAwardDecision($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n": typeof types.DeleteAwardDecisionDocument,
    "\n  mutation IssueAwardDecision($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      ...AwardDecisionDetail\n    }\n  }\n": typeof types.IssueAwardDecisionDocument,
    "\n  mutation PrintAwardCertificates($decisionId: ID!) {\n    printAwardCertificates(decisionId: $decisionId) {\n      ...JobItem\n    }\n  }\n": typeof types.PrintAwardCertificatesDocument,
    "\n  fragment UnitSummary on Unit {\n    id\n    code\n    name\n    shortName\n  }\n": typeof types.UnitSummaryFragmentDoc,
    "\n  fragment RoleAssignmentItem on RoleAssignment {\n    id\n    createdAt\n    role {\n      id\n      code\n      name\n      isSystem\n    }\n    unit {\n      ...UnitSummary\n    }\n  }\n": typeof types.RoleAssignmentItemFragmentDoc,
    "\n  fragment UserItem on User {\n    id\n    username\n    fullName\n    email\n    status\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n": typeof types.UserItemFragmentDoc,
    "\n  fragment RoleItem on Role {\n    id\n    code\n    name\n    description\n    permissions\n    isSystem\n    version\n  }\n": typeof types.RoleItemFragmentDoc,
    "\n  fragment ApiClientItem on ApiClient {\n    id\n    name\n    description\n    status\n    keyPrefix\n    lastUsedAt\n    revokedAt\n    createdAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n": typeof types.ApiClientItemFragmentDoc,
    "\n  fragment JobItem on Job {\n    id\n    kind\n    status\n    progress\n    total\n    message\n    error\n    startedAt\n    finishedAt\n  }\n": typeof types.JobItemFragmentDoc,
    "\n  fragment ImportBatchSummary on ImportBatch {\n    id\n    kind\n    fileName\n    status\n    columns\n    rowCount\n    errorCount\n    createCount\n    updateCount\n    unchangedCount\n    createdAt\n    job {\n      ...JobItem\n    }\n  }\n": typeof types.ImportBatchSummaryFragmentDoc,
    "\n  fragment ImportRowItem on ImportRow {\n    rowNumber\n    action\n    values\n    problems\n  }\n": typeof types.ImportRowItemFragmentDoc,
    "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchSummary\n    }\n  }\n": typeof types.ImportBatchDocument,
    "\n  query ImportBatchRows($id: ID!, $first: Int!, $after: String, $onlyProblems: Boolean) {\n    importBatch(id: $id) {\n      id\n      rows(first: $first, after: $after, onlyProblems: $onlyProblems) {\n        totalCount\n        totalCountCapped\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ImportRowItem\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportBatchRowsDocument,
    "\n  query Job($id: ID!) {\n    job(id: $id) {\n      ...JobItem\n    }\n  }\n": typeof types.JobDocument,
    "\n  query MyJobs($first: Int) {\n    myJobs(first: $first) {\n      ...JobItem\n      createdAt\n    }\n  }\n": typeof types.MyJobsDocument,
    "\n  mutation CommitImport($batchId: ID!) {\n    commitImport(batchId: $batchId) {\n      ...ImportBatchSummary\n    }\n  }\n": typeof types.CommitImportDocument,
    "\n  mutation DiscardImport($batchId: ID!) {\n    discardImport(batchId: $batchId)\n  }\n": typeof types.DiscardImportDocument,
    "\n  fragment LegalDocumentItem on LegalDocument {\n    id\n    number\n    kind\n    name\n    title\n    issuingBody\n    issuedOn\n    effectiveFrom\n    effectiveTo\n    status\n    national\n    canManage\n    version\n    issuerUnit {\n      id\n      name\n      canOpen\n    }\n    replacedBy {\n      id\n      name\n    }\n  }\n": typeof types.LegalDocumentItemFragmentDoc,
    "\n  query LegalDocuments(\n    $first: Int!\n    $after: String\n    $search: String\n    $kind: LegalDocumentKind\n    $effectiveOn: Date\n    $includeReplaced: Boolean\n  ) {\n    legalDocuments(\n      first: $first\n      after: $after\n      search: $search\n      kind: $kind\n      effectiveOn: $effectiveOn\n      includeReplaced: $includeReplaced\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LegalDocumentItem\n        }\n      }\n    }\n  }\n": typeof types.LegalDocumentsDocument,
    "\n  query LegalDocumentDetail($id: ID!) {\n    legalDocument(id: $id) {\n      ...LegalDocumentItem\n      note\n      replaces {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.LegalDocumentDetailDocument,
    "\n  mutation CreateLegalDocument($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      ...LegalDocumentItem\n    }\n  }\n": typeof types.CreateLegalDocumentDocument,
    "\n  mutation UpdateLegalDocument($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      ...LegalDocumentItem\n    }\n  }\n": typeof types.UpdateLegalDocumentDocument,
    "\n  mutation MarkLegalDocumentReplaced($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      ...LegalDocumentItem\n    }\n  }\n": typeof types.MarkLegalDocumentReplacedDocument,
    "\n  fragment PublicAwardNoticeItem on PublicAwardNotice {\n    id\n    title\n    unitName\n    startsOn\n    endsOn\n    workingDays\n    articles\n    publishedAt\n    acceptingComments\n    nominees {\n      position\n      subject\n      name\n      detail\n      awardName\n    }\n  }\n": typeof types.PublicAwardNoticeItemFragmentDoc,
    "\n  fragment NoticeCommentItem on NoticeComment {\n    id\n    version\n    kind\n    nomineePosition\n    nomineeLabel\n    text\n    receivedAt\n    authorName\n    contact\n    outcome\n    handling\n    handledAt\n    handledByName\n  }\n": typeof types.NoticeCommentItemFragmentDoc,
    "\n  fragment AwardNoticeDetail on AwardNotice {\n    id\n    version\n    dossierId\n    title\n    unitName\n    required\n    workingDays\n    articles\n    startsOn\n    endsOn\n    status\n    phase\n    publishedAt\n    publishedByName\n    closedAt\n    closedByName\n    publicPath\n    canManage\n    unhandledCount\n    counts {\n      kind\n      count\n    }\n    nominees {\n      position\n      nominationId\n      name\n      detail\n      awardName\n      required\n    }\n  }\n": typeof types.AwardNoticeDetailFragmentDoc,
    "\n  query AwardNoticePanel($dossierId: ID!) {\n    awardDossier(id: $dossierId) {\n      id\n      noticeRequirement {\n        required\n        workingDays\n        articles\n        nominees\n      }\n    }\n    awardNotice(dossierId: $dossierId) {\n      ...AwardNoticeDetail\n    }\n  }\n": typeof types.AwardNoticePanelDocument,
    "\n  query AwardNoticeComments($dossierId: ID!, $first: Int!, $after: String) {\n    awardNotice(dossierId: $dossierId) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        totalCountCapped\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...NoticeCommentItem\n          }\n        }\n      }\n    }\n  }\n": typeof types.AwardNoticeCommentsDocument,
    "\n  mutation PublishAwardNotice($input: PublishAwardNoticeInput!) {\n    publishAwardNotice(input: $input) {\n      ...AwardNoticeDetail\n    }\n  }\n": typeof types.PublishAwardNoticeDocument,
    "\n  mutation ExtendAwardNotice($input: ExtendAwardNoticeInput!) {\n    extendAwardNotice(input: $input) {\n      ...AwardNoticeDetail\n    }\n  }\n": typeof types.ExtendAwardNoticeDocument,
    "\n  mutation CloseAwardNotice($input: CloseAwardNoticeInput!) {\n    closeAwardNotice(input: $input) {\n      ...AwardNoticeDetail\n    }\n  }\n": typeof types.CloseAwardNoticeDocument,
    "\n  mutation HandleNoticeComment($input: HandleNoticeCommentInput!) {\n    handleNoticeComment(input: $input) {\n      ...NoticeCommentItem\n    }\n  }\n": typeof types.HandleNoticeCommentDocument,
    "\n  query PublicAwardNotices($first: Int!, $after: String, $search: String) {\n    publicAwardNotices(first: $first, after: $after, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PublicAwardNoticeItem\n        }\n      }\n    }\n  }\n": typeof types.PublicAwardNoticesDocument,
    "\n  query PublicAwardNotice($id: ID!) {\n    publicAwardNotice(id: $id) {\n      ...PublicAwardNoticeItem\n    }\n  }\n": typeof types.PublicAwardNoticeDocument,
    "\n  query NoticeEndDate($start: Date!, $days: Int!) {\n    addWorkingDays(start: $start, days: $days) {\n      date\n      missingYears\n    }\n  }\n": typeof types.NoticeEndDateDocument,
    "\n  mutation SubmitNoticeComment($input: SubmitNoticeCommentInput!) {\n    submitNoticeComment(input: $input) {\n      kind\n      nomineeLabel\n      receivedAt\n    }\n  }\n": typeof types.SubmitNoticeCommentDocument,
    "\n  fragment PositionItem on Position {\n    id\n    title\n    startedOn\n    endedOn\n    isLeader\n    staffCategory\n    unit {\n      id\n      code\n      name\n      status\n    }\n  }\n": typeof types.PositionItemFragmentDoc,
    "\n  fragment PersonItem on Person {\n    id\n    code\n    fullName\n    sex\n    dateOfBirth\n    partyMember\n    version\n    currentPositions {\n      ...PositionItem\n    }\n  }\n": typeof types.PersonItemFragmentDoc,
    "\n  fragment PersonDetail on Person {\n    ...PersonItem\n    ethnicity\n    religion\n    hometown\n    partyJoinedOn\n    note\n    positions {\n      ...PositionItem\n    }\n  }\n": typeof types.PersonDetailFragmentDoc,
    "\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $unitId: ID\n    $includeDescendants: Boolean\n    $sex: Sex\n    $partyMember: Boolean\n    $staffCategory: StaffCategory\n    $includeFormer: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      unitId: $unitId\n      includeDescendants: $includeDescendants\n      sex: $sex\n      partyMember: $partyMember\n      staffCategory: $staffCategory\n      includeFormer: $includeFormer\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PersonItem\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetail\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetail\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation AddPosition($input: AddPositionInput!) {\n    addPosition(input: $input) {\n      ...PositionItem\n    }\n  }\n": typeof types.AddPositionDocument,
    "\n  mutation EndPosition($input: EndPositionInput!) {\n    endPosition(input: $input) {\n      ...PositionItem\n    }\n  }\n": typeof types.EndPositionDocument,
    "\n  mutation TransferPerson($input: TransferPersonInput!) {\n    transferPerson(input: $input) {\n      ...PersonDetail\n    }\n  }\n": typeof types.TransferPersonDocument,
    "\n  query UnitPastStaff($unitId: ID!, $first: Int!, $after: String) {\n    people(\n      unitId: $unitId\n      includeDescendants: false\n      includeFormer: true\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fullName\n          positions {\n            ...PositionItem\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitPastStaffDocument,
    "\n  fragment EvaluationItem on Evaluation {\n    id\n    version\n    subject\n    personId\n    subjectName\n    year\n    grade\n    source\n    note\n    canEdit\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n": typeof types.EvaluationItemFragmentDoc,
    "\n  fragment AwardRecordItem on AwardRecord {\n    id\n    version\n    subject\n    personId\n    subjectName\n    householdAddress\n    awardCode\n    awardName\n    track\n    year\n    decisionNumber\n    decidedOn\n    decidedBy\n    note\n    canEdit\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n": typeof types.AwardRecordItemFragmentDoc,
    "\n  fragment InitiativeItem on Initiative {\n    id\n    version\n    subject\n    personId\n    subjectName\n    kind\n    title\n    scope\n    recognisedOn\n    recognisedBy\n    certificateNumber\n    note\n    canEdit\n    usedFor {\n      awardName\n      year\n      reference\n    }\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n": typeof types.InitiativeItemFragmentDoc,
    "\n  fragment HoldItem on Hold {\n    id\n    version\n    subject\n    personId\n    subjectName\n    kind\n    startsOn\n    endsOn\n    source\n    liftedOn\n    liftReason\n    note\n    canEdit\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n": typeof types.HoldItemFragmentDoc,
    "\n  query Evaluations($first: Int!, $after: String, $filter: EvaluationFilter) {\n    evaluations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EvaluationItem\n        }\n      }\n    }\n  }\n": typeof types.EvaluationsDocument,
    "\n  query AwardRecords($first: Int!, $after: String, $filter: AwardRecordFilter) {\n    awardRecords(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardRecordItem\n        }\n      }\n    }\n  }\n": typeof types.AwardRecordsDocument,
    "\n  query Initiatives($first: Int!, $after: String, $filter: InitiativeFilter) {\n    initiatives(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InitiativeItem\n        }\n      }\n    }\n  }\n": typeof types.InitiativesDocument,
    "\n  query Holds($first: Int!, $after: String, $filter: HoldFilter) {\n    holds(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...HoldItem\n        }\n      }\n    }\n  }\n": typeof types.HoldsDocument,
    "\n  mutation CreateEvaluation($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      ...EvaluationItem\n    }\n  }\n": typeof types.CreateEvaluationDocument,
    "\n  mutation UpdateEvaluation($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      ...EvaluationItem\n    }\n  }\n": typeof types.UpdateEvaluationDocument,
    "\n  mutation DeleteEvaluation($input: RecordRefInput!) {\n    deleteEvaluation(input: $input)\n  }\n": typeof types.DeleteEvaluationDocument,
    "\n  mutation CreateAwardRecord($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      ...AwardRecordItem\n    }\n  }\n": typeof types.CreateAwardRecordDocument,
    "\n  mutation UpdateAwardRecord($input: UpdateAwardRecordInput!) {\n    updateAwardRecord(input: $input) {\n      ...AwardRecordItem\n    }\n  }\n": typeof types.UpdateAwardRecordDocument,
    "\n  mutation DeleteAwardRecord($input: RecordRefInput!) {\n    deleteAwardRecord(input: $input)\n  }\n": typeof types.DeleteAwardRecordDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n": typeof types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n": typeof types.UpdateInitiativeDocument,
    "\n  mutation DeleteInitiative($input: RecordRefInput!) {\n    deleteInitiative(input: $input)\n  }\n": typeof types.DeleteInitiativeDocument,
    "\n  mutation LockInitiative($input: LockInitiativeInput!) {\n    lockInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n": typeof types.LockInitiativeDocument,
    "\n  mutation ReleaseInitiative($input: RecordRefInput!) {\n    releaseInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n": typeof types.ReleaseInitiativeDocument,
    "\n  mutation CreateHold($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      ...HoldItem\n    }\n  }\n": typeof types.CreateHoldDocument,
    "\n  mutation UpdateHold($input: UpdateHoldInput!) {\n    updateHold(input: $input) {\n      ...HoldItem\n    }\n  }\n": typeof types.UpdateHoldDocument,
    "\n  mutation LiftHold($input: LiftHoldInput!) {\n    liftHold(input: $input) {\n      ...HoldItem\n    }\n  }\n": typeof types.LiftHoldDocument,
    "\n  mutation DeleteHold($input: RecordRefInput!) {\n    deleteHold(input: $input)\n  }\n": typeof types.DeleteHoldDocument,
    "\n  fragment RestructuringPreviewItem on RestructuringPreview {\n    kind\n    effectiveDate\n    units {\n      action\n      unitId\n      code\n      nameBefore\n      nameAfter\n      parentBefore\n      parentAfter\n    }\n    carried {\n      module\n      label\n      count\n    }\n    scopesCarried {\n      holderName\n      roleName\n      fromUnit\n      toUnit\n    }\n    openWork {\n      module\n      label\n      count\n    }\n    warnings\n  }\n": typeof types.RestructuringPreviewItemFragmentDoc,
    "\n  query Restructurings($first: Int!, $after: String, $unitId: ID) {\n    restructurings(first: $first, after: $after, unitId: $unitId) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RestructuringItem\n        }\n      }\n    }\n  }\n": typeof types.RestructuringsDocument,
    "\n  query PreviewRenameUnit($input: RenameUnitInput!) {\n    previewRenameUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n": typeof types.PreviewRenameUnitDocument,
    "\n  query PreviewMoveUnit($input: MoveUnitInput!) {\n    previewMoveUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n": typeof types.PreviewMoveUnitDocument,
    "\n  query PreviewMergeUnits($input: MergeUnitsInput!) {\n    previewMergeUnits(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n": typeof types.PreviewMergeUnitsDocument,
    "\n  query PreviewSplitUnit($input: SplitUnitInput!) {\n    previewSplitUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n": typeof types.PreviewSplitUnitDocument,
    "\n  query PreviewDissolveUnit($input: DissolveUnitInput!) {\n    previewDissolveUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n": typeof types.PreviewDissolveUnitDocument,
    "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n": typeof types.RenameUnitDocument,
    "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n": typeof types.MoveUnitDocument,
    "\n  mutation MergeUnits($input: MergeUnitsInput!) {\n    mergeUnits(input: $input) {\n      ...RestructuringItem\n    }\n  }\n": typeof types.MergeUnitsDocument,
    "\n  mutation SplitUnit($input: SplitUnitInput!) {\n    splitUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n": typeof types.SplitUnitDocument,
    "\n  mutation DissolveUnit($input: DissolveUnitInput!) {\n    dissolveUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n": typeof types.DissolveUnitDocument,
    "\n  query Roles {\n    roles {\n      ...RoleItem\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query Permissions {\n    permissions {\n      code\n      label\n      group\n    }\n  }\n": typeof types.PermissionsDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleItem\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      ...RoleItem\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input)\n  }\n": typeof types.DeleteRoleDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...RoleAssignmentItem\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($input: RevokeRoleInput!) {\n    revokeRole(input: $input)\n  }\n": typeof types.RevokeRoleDocument,
    "\n  fragment UnitKindCatalogItem on UnitKind {\n    id\n    code\n    name\n    tree\n    allowedParentCodes\n    canBeRoot\n    legalPersonDefault\n    sortOrder\n    isSystem\n    version\n  }\n": typeof types.UnitKindCatalogItemFragmentDoc,
    "\n  query UnitKindCatalog {\n    unitKinds {\n      ...UnitKindCatalogItem\n    }\n  }\n": typeof types.UnitKindCatalogDocument,
    "\n  mutation CreateUnitKind($input: CreateUnitKindInput!) {\n    createUnitKind(input: $input) {\n      ...UnitKindCatalogItem\n    }\n  }\n": typeof types.CreateUnitKindDocument,
    "\n  mutation UpdateUnitKind($input: UpdateUnitKindInput!) {\n    updateUnitKind(input: $input) {\n      ...UnitKindCatalogItem\n    }\n  }\n": typeof types.UpdateUnitKindDocument,
    "\n  fragment UnitOption on Unit {\n    id\n    code\n    name\n    shortName\n    depth\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.UnitOptionFragmentDoc,
    "\n  fragment UnitNode on Unit {\n    id\n    code\n    name\n    shortName\n    tree\n    depth\n    parentId\n    validFrom\n    validTo\n    status\n    readOnly\n    childCount\n    kind {\n      id\n      code\n      name\n    }\n  }\n": typeof types.UnitNodeFragmentDoc,
    "\n  fragment UnitDetail on Unit {\n    ...UnitNode\n    legalPerson\n    address\n    phone\n    email\n    peopleCount\n    version\n    parent {\n      id\n      name\n      canOpen\n    }\n    ancestors {\n      id\n      name\n      canOpen\n    }\n  }\n": typeof types.UnitDetailFragmentDoc,
    "\n  fragment UnitKindItem on UnitKind {\n    id\n    code\n    name\n    tree\n    allowedParentCodes\n    canBeRoot\n    legalPersonDefault\n    sortOrder\n  }\n": typeof types.UnitKindItemFragmentDoc,
    "\n  fragment RestructuringItem on Restructuring {\n    id\n    kind\n    effectiveDate\n    legalBasisNumber\n    legalBasisDate\n    legalBasisTitle\n    note\n    createdAt\n    actorName\n    sources {\n      id\n      code\n      name\n    }\n    results {\n      id\n      code\n      name\n    }\n  }\n": typeof types.RestructuringItemFragmentDoc,
    "\n  query Units(\n    $first: Int!\n    $search: String\n    $parentId: ID\n    $tree: UnitTree\n    $kindCode: String\n    $includeEnded: Boolean\n  ) {\n    units(\n      first: $first\n      search: $search\n      parentId: $parentId\n      tree: $tree\n      kindCode: $kindCode\n      includeEnded: $includeEnded\n    ) {\n      totalCount\n      totalCountCapped\n      edges {\n        node {\n          ...UnitOption\n        }\n      }\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitOption\n    }\n  }\n": typeof types.UnitDocument,
    "\n  query UnitSearch(\n    $first: Int!\n    $after: String\n    $search: String\n    $tree: UnitTree\n    $asOf: Date\n    $includeEnded: Boolean\n  ) {\n    units(\n      first: $first\n      after: $after\n      search: $search\n      tree: $tree\n      asOf: $asOf\n      includeEnded: $includeEnded\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UnitNode\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitSearchDocument,
    "\n  query UnitChildren($tree: UnitTree!, $parentId: ID, $asOf: Date, $includeEnded: Boolean) {\n    unitChildren(tree: $tree, parentId: $parentId, asOf: $asOf, includeEnded: $includeEnded) {\n      ...UnitNode\n    }\n  }\n": typeof types.UnitChildrenDocument,
    "\n  query UnitDetail($id: ID!) {\n    unit(id: $id) {\n      ...UnitDetail\n    }\n  }\n": typeof types.UnitDetailDocument,
    "\n  query UnitHistory($id: ID!) {\n    unit(id: $id) {\n      id\n      history {\n        validFrom\n        validTo\n        code\n        name\n        shortName\n        parent {\n          id\n          name\n        }\n        restructuring {\n          ...RestructuringItem\n        }\n        endedBy {\n          ...RestructuringItem\n        }\n      }\n    }\n  }\n": typeof types.UnitHistoryDocument,
    "\n  query UnitEndedMatches($search: String!, $tree: UnitTree) {\n    units(first: 1, search: $search, tree: $tree) {\n      endedMatchCount\n    }\n  }\n": typeof types.UnitEndedMatchesDocument,
    "\n  query UnitLineage($id: ID!) {\n    unit(id: $id) {\n      id\n      predecessors {\n        unit {\n          ...UnitNode\n        }\n        restructuring {\n          ...RestructuringItem\n        }\n      }\n      successors {\n        unit {\n          ...UnitNode\n        }\n        restructuring {\n          ...RestructuringItem\n        }\n      }\n    }\n  }\n": typeof types.UnitLineageDocument,
    "\n  query UnitCounterparts($id: ID!) {\n    unit(id: $id) {\n      id\n      counterparts {\n        id\n        note\n        counterpart {\n          ...UnitNode\n        }\n      }\n    }\n  }\n": typeof types.UnitCounterpartsDocument,
    "\n  query UnitKinds {\n    unitKinds {\n      ...UnitKindItem\n    }\n  }\n": typeof types.UnitKindsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitDetail\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitDetail\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  mutation LinkUnits($input: LinkUnitsInput!) {\n    linkUnits(input: $input) {\n      id\n    }\n  }\n": typeof types.LinkUnitsDocument,
    "\n  mutation UnlinkUnits($input: UnlinkUnitsInput!) {\n    unlinkUnits(input: $input)\n  }\n": typeof types.UnlinkUnitsDocument,
    "\n  query Users(\n    $first: Int!\n    $after: String\n    $search: String\n    $unitId: ID\n    $status: UserStatus\n    $orderBy: UserOrder\n  ) {\n    users(\n      first: $first\n      after: $after\n      search: $search\n      unitId: $unitId\n      status: $status\n      orderBy: $orderBy\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserItem\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserItem\n    }\n  }\n": typeof types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserStatus($input: SetUserStatusInput!) {\n    setUserStatus(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.SetUserStatusDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
};
const documents: Documents = {
    "\n  query ApiClients($first: Int!, $after: String, $search: String) {\n    apiClients(first: $first, after: $after, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiClientItem\n        }\n      }\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {\n    rotateApiClientSecret(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n": types.RotateApiClientSecretDocument,
    "\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      ...ApiClientItem\n    }\n  }\n": types.RevokeApiClientDocument,
    "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    occurredAt\n    actorType\n    actorId\n    actorName\n    actingUnit {\n      ...UnitSummary\n    }\n    operation\n    operationLabel\n    entityType\n    entityTypeLabel\n    entityId\n    entityLabel\n    masked\n    requestId\n    ipAddress\n    changes {\n      field\n      before\n      after\n      masked\n    }\n  }\n": types.AuditEntryItemFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Me {\n    me {\n      actorType\n      permissions\n      sessionExpiresAt\n      previousLoginAt\n      user {\n        ...UserItem\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...UserItem\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  fragment AchievementReportItem on AchievementReport {\n    nominationId\n    dossierId\n    kind\n    form\n    name\n    award\n    drafted\n    draftedAt\n    version\n    signedOffAt\n    signedOffByName\n    uploaded\n    documentId\n    downloadPath\n    content {\n      period\n      profile {\n        label\n        value\n      }\n      background\n      commitments\n      targets {\n        name\n        planned\n        achieved\n      }\n      measures\n      results\n      lessons\n      evaluations {\n        year\n        result\n      }\n      priorAwards {\n        year\n        award\n        decision\n      }\n      initiatives {\n        title\n        level\n        recognition\n      }\n      author {\n        title\n        name\n      }\n      confirmer {\n        title\n        name\n      }\n    }\n  }\n": types.AchievementReportItemFragmentDoc,
    "\n  fragment ToTrinhDraftItem on ToTrinhDraft {\n    dossierId\n    form\n    number\n    symbol\n    numberedOn\n    drafted\n    draftedAt\n    version\n    uploaded\n    documentId\n    downloadPath\n    awards {\n      award\n      collectives\n      individuals\n      households\n    }\n    content {\n      place\n      subject\n      addressees\n      bases\n      councilMinutes {\n        date\n        body\n      }\n      summary\n      authority\n      recipients\n      archive\n      signer {\n        on {\n          authority\n          of\n        }\n        title\n        name\n      }\n    }\n  }\n": types.ToTrinhDraftItemFragmentDoc,
    "\n  query AwardDossierDrafts($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      toTrinh {\n        ...ToTrinhDraftItem\n      }\n      nominees {\n        id\n        report {\n          ...AchievementReportItem\n        }\n      }\n    }\n  }\n": types.AwardDossierDraftsDocument,
    "\n  mutation RedraftAchievementReport($input: RedraftAchievementReportInput!) {\n    redraftAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n": types.RedraftAchievementReportDocument,
    "\n  mutation UpdateAchievementReport($input: UpdateAchievementReportInput!) {\n    updateAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n": types.UpdateAchievementReportDocument,
    "\n  mutation SignOffAchievementReport($input: AchievementReportRefInput!) {\n    signOffAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n": types.SignOffAchievementReportDocument,
    "\n  mutation ReopenAchievementReport($input: AchievementReportRefInput!) {\n    reopenAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n": types.ReopenAchievementReportDocument,
    "\n  mutation RedraftToTrinh($input: RedraftToTrinhInput!) {\n    redraftToTrinh(input: $input) {\n      ...ToTrinhDraftItem\n    }\n  }\n": types.RedraftToTrinhDocument,
    "\n  mutation UpdateToTrinh($input: UpdateToTrinhInput!) {\n    updateToTrinh(input: $input) {\n      ...ToTrinhDraftItem\n    }\n  }\n": types.UpdateToTrinhDocument,
    "\n  fragment AwardConditionItem on AwardCondition {\n    type\n    sentence\n    confidence\n    uncertain\n    article\n    subjects\n    floor\n    years\n    award\n    count\n    scope\n    min\n    minParameter\n    text\n  }\n": types.AwardConditionItemFragmentDoc,
    "\n  fragment AwardRuleVersionItem on AwardRuleVersion {\n    id\n    awardCode\n    track\n    effectiveFrom\n    effectiveTo\n    national\n    shipped\n    edited\n    uncertain\n    canManage\n    version\n    note\n    legalDocument {\n      id\n      name\n      number\n    }\n    provinceUnit {\n      id\n      name\n    }\n    decidedBy {\n      text\n      level\n      article\n      confidence\n      uncertain\n    }\n    vote {\n      required\n      thresholdOfMembership\n      article\n      confidence\n      uncertain\n    }\n    publicNotice {\n      required\n      workingDays\n      article\n      confidence\n      uncertain\n    }\n    dossier {\n      document\n      form\n      confidence\n      uncertain\n    }\n    rewards {\n      subject\n      multiplier\n      article\n      confidence\n      uncertain\n    }\n    conditions {\n      ...AwardConditionItem\n      conditions {\n        ...AwardConditionItem\n        conditions {\n          ...AwardConditionItem\n        }\n      }\n    }\n  }\n": types.AwardRuleVersionItemFragmentDoc,
    "\n  query AwardKindsWithRules($provinceUnitId: ID) {\n    awardKinds(provinceUnitId: $provinceUnitId) {\n      id\n      code\n      name\n      category\n      subjects\n      level\n      tracks\n      national\n      canManage\n      provinceUnit {\n        id\n        name\n      }\n      ruleVersions {\n        ...AwardRuleVersionItem\n      }\n    }\n  }\n": types.AwardKindsWithRulesDocument,
    "\n  query RuleParameters($provinceUnitId: ID) {\n    ruleParameters(provinceUnitId: $provinceUnitId) {\n      id\n      key\n      label\n      unit\n      value\n      effectiveFrom\n      effectiveTo\n      article\n      confidence\n      uncertain\n      note\n      national\n      shipped\n      edited\n      canManage\n      version\n      legalDocument {\n        id\n        name\n      }\n      provinceUnit {\n        id\n        name\n      }\n    }\n  }\n": types.RuleParametersDocument,
    "\n  mutation CreateAwardRuleVersion($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      ...AwardRuleVersionItem\n    }\n  }\n": types.CreateAwardRuleVersionDocument,
    "\n  mutation UpdateAwardRuleVersion($input: UpdateAwardRuleVersionInput!) {\n    updateAwardRuleVersion(input: $input) {\n      ...AwardRuleVersionItem\n    }\n  }\n": types.UpdateAwardRuleVersionDocument,
    "\n  mutation CreateRuleParameter($input: CreateRuleParameterInput!) {\n    createRuleParameter(input: $input) {\n      id\n    }\n  }\n": types.CreateRuleParameterDocument,
    "\n  mutation UpdateRuleParameter($input: UpdateRuleParameterInput!) {\n    updateRuleParameter(input: $input) {\n      id\n    }\n  }\n": types.UpdateRuleParameterDocument,
    "\n  fragment AwardRoundItem on AwardRound {\n    id\n    title\n    kind\n    track\n    year\n    status\n    deadline\n    decidingAuthority\n    note\n    awardForms\n    quotas {\n      form\n      collectives\n      individuals\n      either\n      per\n      note\n    }\n    campaignPlanId\n    canManage\n    version\n    createdAt\n    updatedAt\n    receivingUnit {\n      id\n      name\n      canOpen\n    }\n  }\n": types.AwardRoundItemFragmentDoc,
    "\n  fragment AwardDossierItem on AwardDossier {\n    id\n    status\n    late\n    clock\n    dueOn\n    deadlineStatus\n    submittedAt\n    firstSubmittedAt\n    receivedAt\n    version\n    createdAt\n    updatedAt\n    round {\n      id\n      title\n      kind\n      year\n      deadline\n    }\n    unit {\n      id\n      name\n      canOpen\n    }\n    receivingUnit {\n      id\n      name\n      canOpen\n    }\n    nomineeCount\n  }\n": types.AwardDossierItemFragmentDoc,
    "\n  fragment AwardDossierDetail on AwardDossier {\n    id\n    status\n    late\n    clock\n    dueOn\n    deadlineStatus\n    note\n    submittedAt\n    firstSubmittedAt\n    receivedAt\n    originDossierId\n    version\n    createdAt\n    updatedAt\n    canEdit\n    availableActions\n    missingDocuments\n    round {\n      ...AwardRoundItem\n    }\n    unit {\n      id\n      name\n      canOpen\n    }\n    receivingUnit {\n      id\n      name\n      canOpen\n    }\n    nominees {\n      id\n      position\n      subject\n      name\n      personId\n      subjectUnitId\n      householdAddress\n      awardCode\n      awardName\n      achievements\n      eligibilityChecked\n      eligibility {\n        verdict\n        on\n        stage\n        basis\n        ruleVersionId\n        manualReason\n        uncertain\n        checks {\n          key\n          code\n          principle\n          met\n          requirement\n          label\n          basis\n          uncertain\n        }\n      }\n      initiativeIds\n      appraisalVerdict\n      appraisalRemark\n      appraisalChecklist {\n        key\n        source\n        requirement\n        finding\n        met\n        basis\n      }\n      originNominationId\n    }\n    documents {\n      id\n      kind\n      nominationId\n      fileName\n      mediaType\n      size\n      text\n      note\n      downloadPath\n      originDocumentId\n      generated\n      createdAt\n    }\n    quotaFindings {\n      form\n      limit\n      used\n      over\n      explanation\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      actorName\n      at\n      reason\n      late\n      dossierVersion\n      remarks {\n        nominationId\n        documentId\n        label\n        remark\n      }\n      appraisal {\n        nominationId\n        name\n        verdict\n        remark\n        checklist {\n          key\n          requirement\n          ok\n          remark\n          settledBy\n        }\n      }\n      quota {\n        form\n        limit\n        used\n        over\n        explanation\n      }\n      changes {\n        nomineesAdded\n        nomineesRemoved\n        nomineesEdited\n        documentsAdded\n        documentsRemoved\n        documentsReplaced\n      }\n      notice {\n        noticeId\n        title\n        required\n        articles\n        startsOn\n        endsOn\n        workingDays\n        nominees\n        publishedAt\n        closedAt\n        counts {\n          kind\n          count\n        }\n        comments {\n          kind\n          nominee\n          excerpt\n          receivedAt\n          outcome\n          handling\n          handledAt\n          handledBy\n        }\n      }\n    }\n  }\n": types.AwardDossierDetailFragmentDoc,
    "\n  query AwardRounds($first: Int!, $after: String, $filter: AwardRoundFilter) {\n    awardRounds(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardRoundItem\n        }\n      }\n    }\n  }\n": types.AwardRoundsDocument,
    "\n  mutation CreateAwardRound($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n": types.CreateAwardRoundDocument,
    "\n  mutation UpdateAwardRound($input: UpdateAwardRoundInput!) {\n    updateAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n": types.UpdateAwardRoundDocument,
    "\n  mutation CloseAwardRound($input: AwardRoundRefInput!) {\n    closeAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n": types.CloseAwardRoundDocument,
    "\n  mutation ReopenAwardRound($input: AwardRoundRefInput!) {\n    reopenAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n": types.ReopenAwardRoundDocument,
    "\n  query AwardDossiers($first: Int!, $after: String, $filter: AwardDossierFilter) {\n    awardDossiers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardDossierItem\n        }\n      }\n    }\n  }\n": types.AwardDossiersDocument,
    "\n  query AwardDossierInbox($first: Int!, $after: String, $filter: AwardDossierFilter) {\n    awardDossierInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardDossierItem\n        }\n      }\n    }\n  }\n": types.AwardDossierInboxDocument,
    "\n  query AwardDossier($id: ID!) {\n    awardDossier(id: $id) {\n      ...AwardDossierDetail\n    }\n  }\n": types.AwardDossierDocument,
    "\n  mutation CreateAwardDossier($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.CreateAwardDossierDocument,
    "\n  mutation DeleteAwardDossier($input: AwardDossierRefInput!) {\n    deleteAwardDossier(input: $input)\n  }\n": types.DeleteAwardDossierDocument,
    "\n  mutation AddAwardNominee($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.AddAwardNomineeDocument,
    "\n  mutation UpdateAwardNominee($input: UpdateNomineeInput!) {\n    updateAwardNominee(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.UpdateAwardNomineeDocument,
    "\n  mutation RemoveAwardNominee($input: RemoveNomineeInput!) {\n    removeAwardNominee(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.RemoveAwardNomineeDocument,
    "\n  mutation WriteAwardDossierDocument($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.WriteAwardDossierDocumentDocument,
    "\n  mutation RemoveAwardDossierDocument($input: RemoveDossierDocumentInput!) {\n    removeAwardDossierDocument(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.RemoveAwardDossierDocumentDocument,
    "\n  mutation SubmitAwardDossier($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.SubmitAwardDossierDocument,
    "\n  mutation RecallAwardDossier($input: AwardDossierRefInput!) {\n    recallAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.RecallAwardDossierDocument,
    "\n  mutation WithdrawAwardDossier($input: WithdrawAwardDossierInput!) {\n    withdrawAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.WithdrawAwardDossierDocument,
    "\n  mutation ReceiveAwardDossier($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.ReceiveAwardDossierDocument,
    "\n  mutation ReturnAwardDossier($input: ReturnAwardDossierInput!) {\n    returnAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.ReturnAwardDossierDocument,
    "\n  mutation AppraiseAwardDossier($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.AppraiseAwardDossierDocument,
    "\n  mutation ForwardAwardDossierToCouncil($input: AwardDossierRefInput!) {\n    forwardAwardDossierToCouncil(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n": types.ForwardAwardDossierToCouncilDocument,
    "\n  fragment AwardCountsItem on AwardCounts {\n    proposed\n    eligible\n    notEligible\n    toConfirm\n    unchecked\n    appraisedPass\n    appraisedFail\n    escalated\n    dossiers\n    late\n    overdue\n    byStatus {\n      status\n      count\n    }\n  }\n": types.AwardCountsItemFragmentDoc,
    "\n  query AwardCounters($roundId: ID, $campaignPlanId: ID) {\n    awardCounters(roundId: $roundId, campaignPlanId: $campaignPlanId) {\n      rounds {\n        roundId\n        round {\n          id\n          title\n          year\n          status\n          deadline\n          canCheckEligibility\n        }\n        counts {\n          ...AwardCountsItem\n        }\n      }\n      total {\n        ...AwardCountsItem\n      }\n    }\n  }\n": types.AwardCountersDocument,
    "\n  mutation CheckAwardEligibility($dossierId: ID!) {\n    checkAwardEligibility(dossierId: $dossierId) {\n      ...JobItem\n    }\n  }\n": types.CheckAwardEligibilityDocument,
    "\n  mutation CheckRoundEligibility($roundId: ID!) {\n    checkRoundEligibility(roundId: $roundId) {\n      ...JobItem\n    }\n  }\n": types.CheckRoundEligibilityDocument,
    "\n  query AwardEligibilityCheck($jobId: ID!) {\n    awardEligibilityCheck(jobId: $jobId) {\n      side\n      finished\n      roundId\n      dossierId\n      dossiers\n      checked\n      eligible\n      notEligible\n      toConfirm\n      changed\n      stored\n      findings {\n        nominationId\n        dossierId\n        unitName\n        name\n        awardName\n        storedVerdict\n        verdict\n        reasons\n      }\n      job {\n        ...JobItem\n      }\n    }\n  }\n": types.AwardEligibilityCheckDocument,
    "\n  fragment CalendarDayItem on CalendarDay {\n    id\n    date\n    weekday\n    kind\n    name\n    note\n    source\n    provisional\n    version\n  }\n": types.CalendarDayItemFragmentDoc,
    "\n  query WorkingCalendarYears {\n    workingCalendarYears {\n      year\n      source\n    }\n  }\n": types.WorkingCalendarYearsDocument,
    "\n  query WorkingCalendarYear($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      defined\n      source\n      note\n      workingDayCount\n      provisionalCount\n      canManage\n      days {\n        ...CalendarDayItem\n      }\n    }\n  }\n": types.WorkingCalendarYearDocument,
    "\n  mutation CreateCalendarDay($input: CreateCalendarDayInput!) {\n    createCalendarDay(input: $input) {\n      ...CalendarDayItem\n    }\n  }\n": types.CreateCalendarDayDocument,
    "\n  mutation UpdateCalendarDay($input: UpdateCalendarDayInput!) {\n    updateCalendarDay(input: $input) {\n      ...CalendarDayItem\n    }\n  }\n": types.UpdateCalendarDayDocument,
    "\n  mutation DeleteCalendarDay($input: DeleteCalendarDayInput!) {\n    deleteCalendarDay(input: $input) {\n      id\n    }\n  }\n": types.DeleteCalendarDayDocument,
    "\n  mutation GenerateCalendarYear($input: GenerateCalendarYearInput!) {\n    generateCalendarYear(input: $input) {\n      year\n    }\n  }\n": types.GenerateCalendarYearDocument,
    "\n  fragment CampaignCovenantItem on CampaignCovenant {\n    id\n    planId\n    clusterId\n    signedOn\n    place\n    content\n    version\n    cluster {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n": types.CampaignCovenantItemFragmentDoc,
    "\n  query CampaignCovenants($planId: ID!, $first: Int!, $after: String) {\n    campaignCovenants(planId: $planId, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignCovenantItem\n        }\n      }\n    }\n  }\n": types.CampaignCovenantsDocument,
    "\n  mutation CreateCampaignCovenant($input: CreateCampaignCovenantInput!) {\n    createCampaignCovenant(input: $input) {\n      ...CampaignCovenantItem\n    }\n  }\n": types.CreateCampaignCovenantDocument,
    "\n  mutation DeleteCampaignCovenant($input: DeleteCampaignCovenantInput!) {\n    deleteCampaignCovenant(input: $input)\n  }\n": types.DeleteCampaignCovenantDocument,
    "\n  fragment CampaignDocumentBatchItem on CampaignDocumentBatchItem {\n    planId\n    position\n    status\n    created\n    error\n    pdfUrl\n    plan {\n      id\n      title\n      symbol\n      status\n    }\n  }\n": types.CampaignDocumentBatchItemFragmentDoc,
    "\n  mutation RenderCampaignPlanDocuments($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        ...JobItem\n      }\n      items {\n        ...CampaignDocumentBatchItem\n      }\n    }\n  }\n": types.RenderCampaignPlanDocumentsDocument,
    "\n  query CampaignDocumentBatch($jobId: ID!) {\n    campaignDocumentBatch(jobId: $jobId) {\n      job {\n        ...JobItem\n      }\n      items {\n        ...CampaignDocumentBatchItem\n      }\n    }\n  }\n": types.CampaignDocumentBatchDocument,
    "\n  fragment CampaignPlanItem on CampaignPlan {\n    id\n    title\n    kind\n    scope\n    status\n    periodFrom\n    periodTo\n    number\n    symbol\n    issuedOn\n    returnReason\n    version\n    createdAt\n    updatedAt\n    issuerUnit {\n      id\n      name\n      shortName\n      canOpen\n    }\n  }\n": types.CampaignPlanItemFragmentDoc,
    "\n  fragment CampaignPlanContentFields on CampaignPlanContent {\n    opening {\n      verb\n      resolution\n    }\n    purpose {\n      aims\n      requirements\n      numbered\n    }\n    numbering\n    headings {\n      purpose\n      contest\n      theme\n      motto\n      period\n      participants\n      content\n      targets\n      schedule\n      measures\n      awards\n      implementation\n    }\n    contestOrder\n    schedulePlacement\n    theme\n    motto\n    methods\n    participants {\n      collectives\n      individuals\n    }\n    sections {\n      title\n      paragraphs\n      footnotes\n      subsections {\n        title\n        paragraphs\n        footnotes\n      }\n    }\n    targets {\n      indicator\n      target\n      unit\n      year\n      responsibleUnitName\n      note\n    }\n    phases {\n      name\n      from\n      to\n      tasks\n    }\n    milestones {\n      date\n      label\n      tentative\n    }\n    measures\n    awards {\n      forms {\n        name\n        text\n      }\n      criteria {\n        label\n        text\n      }\n      quotas {\n        form\n        collectives\n        individuals\n        either\n        per\n        note\n      }\n      dossier\n      submitTo\n      deadline\n      deadlineNote\n    }\n    implementation {\n      body\n      tasks\n      asTyped\n    }\n    reporting {\n      who\n      frequency\n      to\n      via\n      inText\n    }\n    closing\n    recipients {\n      groups {\n        heading\n        names\n      }\n      archive\n    }\n    signature {\n      on {\n        authority\n        of\n      }\n      title\n      name\n    }\n  }\n": types.CampaignPlanContentFieldsFragmentDoc,
    "\n  fragment CampaignPlanDetail on CampaignPlan {\n    ...CampaignPlanItem\n    issuePlace\n    documentUrl\n    # what the viewer may do on this plan (the issuer unit's rights, or an addressed unit's)\n    canManage\n    canIssue\n    canAnswer\n    issuerUnit {\n      id\n      name\n      shortName\n      tree\n      canOpen\n      parent {\n        id\n        name\n      }\n    }\n    legalBases {\n      id\n      kind\n      number\n      name\n      title\n      issuingBody\n      issuedOn\n      status\n    }\n    signer {\n      on {\n        authority\n        of\n      }\n      title\n      name\n    }\n    content {\n      ...CampaignPlanContentFields\n    }\n    addressing {\n      unitIds\n      subtreeUnitIds\n      unitKindCodes\n      unitKindsWithinUnitIds\n      clusterIds\n      units {\n        id\n        name\n      }\n      subtreeUnits {\n        id\n        name\n      }\n      unitKindsWithinUnits {\n        id\n        name\n      }\n    }\n    answerDeadline\n    respondsToPlanId\n    respondsToPlan {\n      id\n      title\n      symbol\n      issuedOn\n      issuerUnit {\n        id\n        name\n      }\n    }\n    amendmentNote\n    amends {\n      id\n      title\n      symbol\n      issuedOn\n    }\n    supersededBy {\n      id\n      title\n      symbol\n      issuedOn\n    }\n    pdfUrl\n    pdfAvailable\n    pdfStatus\n  }\n": types.CampaignPlanDetailFragmentDoc,
    "\n  query CampaignPlans(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: CampaignPlanStatus\n    $kind: CampaignKind\n    $year: Int\n    $issuerUnitId: ID\n  ) {\n    campaignPlans(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      kind: $kind\n      year: $year\n      issuerUnitId: $issuerUnitId\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignPlanItem\n        }\n      }\n    }\n  }\n": types.CampaignPlansDocument,
    "\n  query CampaignPlan($id: ID!) {\n    campaignPlan(id: $id) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.CampaignPlanDocument,
    "\n  mutation CreateCampaignPlan($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.CreateCampaignPlanDocument,
    "\n  mutation UpdateCampaignPlan($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.UpdateCampaignPlanDocument,
    "\n  mutation DeleteCampaignPlanDraft($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n": types.DeleteCampaignPlanDraftDocument,
    "\n  mutation SubmitCampaignPlan($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.SubmitCampaignPlanDocument,
    "\n  mutation ReturnCampaignPlan($input: ReturnCampaignPlanInput!) {\n    returnCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.ReturnCampaignPlanDocument,
    "\n  mutation IssueCampaignPlan($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.IssueCampaignPlanDocument,
    "\n  mutation StartCampaignPlan($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.StartCampaignPlanDocument,
    "\n  mutation OpenCampaignPlanReview($input: OpenCampaignPlanReviewInput!) {\n    openCampaignPlanReview(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.OpenCampaignPlanReviewDocument,
    "\n  mutation ResumeCampaignPlan($input: CampaignPlanStepInput!) {\n    resumeCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.ResumeCampaignPlanDocument,
    "\n  mutation CloseCampaignPlan($input: CampaignPlanStepInput!) {\n    closeCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.CloseCampaignPlanDocument,
    "\n  mutation AmendCampaignPlan($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n": types.AmendCampaignPlanDocument,
    "\n  fragment CampaignAddresseeItem on CampaignAddressee {\n    id\n    rule\n    deadline\n    status\n    answeredOn\n    reminderCount\n    lastRemindedAt\n    createdAt\n    unit {\n      id\n      name\n      code\n      canOpen\n    }\n    inheritedFromUnit {\n      id\n      name\n    }\n    answerPlan {\n      id\n      symbol\n      title\n      issuedOn\n    }\n  }\n": types.CampaignAddresseeItemFragmentDoc,
    "\n  query CampaignPlanAddressees(\n    $planId: ID!\n    $first: Int!\n    $after: String\n    $status: CampaignAddresseeStatus\n    $underUnitId: ID\n    $search: String\n  ) {\n    campaignPlanAddressees(\n      planId: $planId\n      first: $first\n      after: $after\n      status: $status\n      underUnitId: $underUnitId\n      search: $search\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignAddresseeItem\n        }\n      }\n    }\n  }\n": types.CampaignPlanAddresseesDocument,
    "\n  query CampaignCascadeSummary($planId: ID!, $underUnitId: ID) {\n    campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {\n      planId\n      underUnit {\n        id\n        name\n      }\n      counts {\n        total\n        answered\n        answeredLate\n        pending\n        overdue\n      }\n      groups {\n        addressed\n        unit {\n          id\n          name\n          childCount\n        }\n        counts {\n          total\n          answered\n          answeredLate\n          pending\n          overdue\n        }\n      }\n    }\n  }\n": types.CampaignCascadeSummaryDocument,
    "\n  query CampaignInbox(\n    $first: Int!\n    $after: String\n    $status: CampaignAddresseeStatus\n    $year: Int\n    $search: String\n  ) {\n    campaignInbox(first: $first, after: $after, status: $status, year: $year, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignAddresseeItem\n          plan {\n            id\n            title\n            symbol\n            issuedOn\n            status\n            periodFrom\n            periodTo\n            issuerUnit {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CampaignInboxDocument,
    "\n  mutation RemindCampaignAddressees($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n      remindedAt\n    }\n  }\n": types.RemindCampaignAddresseesDocument,
    "\n  fragment CampaignRegistrationItem on CampaignRegistration {\n    id\n    kind\n    status\n    registrantName\n    commitments\n    returnReason\n    submittedAt\n    reviewedAt\n    canDecide\n    canEdit\n    version\n    titles {\n      code\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n": types.CampaignRegistrationItemFragmentDoc,
    "\n  query CampaignRegistrations(\n    $planId: ID!\n    $first: Int!\n    $after: String\n    $filter: CampaignRegistrationFilter\n  ) {\n    campaignRegistrations(planId: $planId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignRegistrationItem\n        }\n      }\n    }\n  }\n": types.CampaignRegistrationsDocument,
    "\n  query CampaignRegistrationSummary($planId: ID!) {\n    campaignRegistrationSummary(planId: $planId) {\n      total {\n        units {\n          total\n          draft\n          submitted\n          returned\n          approved\n        }\n        people {\n          total\n          draft\n          submitted\n          returned\n          approved\n        }\n      }\n    }\n  }\n": types.CampaignRegistrationSummaryDocument,
    "\n  mutation ApproveCampaignRegistration($input: CampaignRegistrationRefInput!) {\n    approveCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n": types.ApproveCampaignRegistrationDocument,
    "\n  mutation ReturnCampaignRegistration($input: ReturnCampaignRegistrationInput!) {\n    returnCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n": types.ReturnCampaignRegistrationDocument,
    "\n  fragment CampaignReviewItem on CampaignReview {\n    id\n    kind\n    status\n    report\n    deadline\n    late\n    submittedAt\n    returnReason\n    canReturn\n    canEdit\n    version\n    unit {\n      id\n      name\n    }\n    figures {\n      targetIndex\n      achieved\n      note\n      target {\n        indicator\n        target\n        unit\n      }\n    }\n    attachments {\n      name\n      url\n    }\n  }\n": types.CampaignReviewItemFragmentDoc,
    "\n  query CampaignReviews(\n    $planId: ID!\n    $kind: CampaignReviewKind!\n    $first: Int!\n    $after: String\n    $filter: CampaignReviewFilter\n  ) {\n    campaignReviews(planId: $planId, kind: $kind, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignReviewItem\n        }\n      }\n    }\n  }\n": types.CampaignReviewsDocument,
    "\n  query CampaignReviewSummary($planId: ID!, $kind: CampaignReviewKind!) {\n    campaignReviewSummary(planId: $planId, kind: $kind) {\n      kind\n      deadline\n      overdue\n      addressed\n      submitted\n      onTime\n      late\n      missing\n      drafts\n      returned\n    }\n  }\n": types.CampaignReviewSummaryDocument,
    "\n  mutation ReturnCampaignReview($input: ReturnCampaignReviewInput!) {\n    returnCampaignReview(input: $input) {\n      ...CampaignReviewItem\n    }\n  }\n": types.ReturnCampaignReviewDocument,
    "\n  query CampaignCalendar($first: Int!, $year: Int) {\n    campaignPlans(first: $first, year: $year) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          periodFrom\n          periodTo\n          answerDeadline\n          content {\n            phases {\n              name\n              from\n              to\n            }\n            milestones {\n              date\n              label\n              tentative\n            }\n            awards {\n              deadline\n              submitTo\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CampaignCalendarDocument,
    "\n  mutation CreateCampaignRegistration($input: CreateCampaignRegistrationInput!) {\n    createCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n": types.CreateCampaignRegistrationDocument,
    "\n  mutation SubmitCampaignRegistration($input: CampaignRegistrationRefInput!) {\n    submitCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n": types.SubmitCampaignRegistrationDocument,
    "\n  mutation DeleteCampaignRegistration($input: CampaignRegistrationRefInput!) {\n    deleteCampaignRegistration(input: $input)\n  }\n": types.DeleteCampaignRegistrationDocument,
    "\n  mutation CreateCampaignReview($input: CreateCampaignReviewInput!) {\n    createCampaignReview(input: $input) {\n      ...CampaignReviewItem\n    }\n  }\n": types.CreateCampaignReviewDocument,
    "\n  mutation SubmitCampaignReview($input: CampaignReviewRefInput!) {\n    submitCampaignReview(input: $input) {\n      ...CampaignReviewItem\n    }\n  }\n": types.SubmitCampaignReviewDocument,
    "\n  fragment ClusterItem on Cluster {\n    id\n    code\n    name\n    kind\n    description\n    memberCount\n    version\n    organizer {\n      id\n      name\n      canOpen\n    }\n  }\n": types.ClusterItemFragmentDoc,
    "\n  query Clusters($first: Int!, $after: String, $search: String, $kind: ClusterKind) {\n    clusters(first: $first, after: $after, search: $search, kind: $kind) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClusterItem\n        }\n      }\n    }\n  }\n": types.ClustersDocument,
    "\n  query ClusterDetail($id: ID!, $asOf: Date) {\n    cluster(id: $id) {\n      ...ClusterItem\n      members(asOf: $asOf) {\n        id\n        joinedOn\n        leftOn\n        unit {\n          id\n          code\n          name\n          canOpen\n          status\n          validTo\n        }\n      }\n      leaderships {\n        id\n        year\n        lead {\n          id\n          name\n          canOpen\n        }\n        deputy {\n          id\n          name\n          canOpen\n        }\n      }\n    }\n  }\n": types.ClusterDetailDocument,
    "\n  mutation CreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      ...ClusterItem\n    }\n  }\n": types.CreateClusterDocument,
    "\n  mutation UpdateCluster($input: UpdateClusterInput!) {\n    updateCluster(input: $input) {\n      ...ClusterItem\n    }\n  }\n": types.UpdateClusterDocument,
    "\n  mutation AddClusterMember($input: AddClusterMemberInput!) {\n    addClusterMember(input: $input) {\n      id\n    }\n  }\n": types.AddClusterMemberDocument,
    "\n  mutation EndClusterMembership($input: EndClusterMembershipInput!) {\n    endClusterMembership(input: $input) {\n      id\n      leftOn\n    }\n  }\n": types.EndClusterMembershipDocument,
    "\n  mutation SetClusterLeadership($input: SetClusterLeadershipInput!) {\n    setClusterLeadership(input: $input) {\n      id\n    }\n  }\n": types.SetClusterLeadershipDocument,
    "\n  fragment CongressItem on Congress {\n    id\n    planId\n    name\n    level\n    form\n    status\n    windowFrom\n    windowTo\n    windowLabel\n    heldOn\n    venue\n    duration\n    delegateTarget\n    delegateCount\n    agenda\n    canManage\n    version\n    hostUnit {\n      id\n      name\n    }\n    upperCongressId\n    upperCongress {\n      id\n      name\n      canOpen\n      windowLabel\n    }\n    requirements {\n      criterion\n      minShare\n      minCount\n      maxAge\n      sectors\n    }\n  }\n": types.CongressItemFragmentDoc,
    "\n  fragment CongressDelegateItem on CongressDelegate {\n    id\n    personId\n    fullName\n    title\n    sector\n    toUpper\n    directWorker\n    position\n    unit {\n      id\n      name\n    }\n    congress {\n      id\n      name\n    }\n  }\n": types.CongressDelegateItemFragmentDoc,
    "\n  query Congresses($planId: ID!, $first: Int!, $after: String, $filter: CongressFilterInput) {\n    congresses(planId: $planId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CongressItem\n        }\n      }\n    }\n  }\n": types.CongressesDocument,
    "\n  query CongressDetail($id: ID!, $includeFromBelow: Boolean!) {\n    congress(id: $id) {\n      ...CongressItem\n      delegates(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...CongressDelegateItem\n          }\n        }\n      }\n      delegatesFromBelow(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...CongressDelegateItem\n          }\n        }\n      }\n      balance(includeFromBelow: $includeFromBelow) {\n        met\n        total\n        onDate\n        summary\n        lines {\n          criterion\n          label\n          sector\n          met\n          actual\n          requiredCount\n          missing\n          unknown\n          explanation\n        }\n      }\n    }\n  }\n": types.CongressDetailDocument,
    "\n  mutation CreateCongress($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      ...CongressItem\n    }\n  }\n": types.CreateCongressDocument,
    "\n  mutation UpdateCongress($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      ...CongressItem\n    }\n  }\n": types.UpdateCongressDocument,
    "\n  mutation DeleteCongress($input: DeleteCongressInput!) {\n    deleteCongress(input: $input)\n  }\n": types.DeleteCongressDocument,
    "\n  mutation SetCongressDelegates($input: SetCongressDelegatesInput!) {\n    setCongressDelegates(input: $input) {\n      ...CongressItem\n    }\n  }\n": types.SetCongressDelegatesDocument,
    "\n  mutation MarkCongressDelegatesToUpper($input: MarkCongressDelegatesToUpperInput!) {\n    markCongressDelegatesToUpper(input: $input) {\n      ...CongressItem\n    }\n  }\n": types.MarkCongressDelegatesToUpperDocument,
    "\n  mutation HoldCongress($input: HoldCongressInput!) {\n    holdCongress(input: $input) {\n      ...CongressItem\n    }\n  }\n": types.HoldCongressDocument,
    "\n  query CouncilBallotPaper($roundId: ID!, $code: String!) {\n    councilBallotPaper(roundId: $roundId, code: $code) {\n      roundId\n      sessionTitle\n      number\n      threshold\n      members\n      candidates {\n        agendaItemId\n        candidateName\n        awardName\n      }\n    }\n  }\n": types.CouncilBallotPaperDocument,
    "\n  query MemberVotingRound($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n      sessionId\n      number\n      title\n      mode\n      status\n      threshold\n      members\n      blindKey {\n        kty\n        n\n        e\n      }\n      candidates {\n        id\n        candidateName\n        awardName\n      }\n    }\n  }\n": types.MemberVotingRoundDocument,
    "\n  mutation IssueCouncilVotingToken($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n": types.IssueCouncilVotingTokenDocument,
    "\n  mutation CastCouncilBallot($input: CastCouncilBallotInput!) {\n    castCouncilBallot(input: $input) {\n      choices\n    }\n  }\n": types.CastCouncilBallotDocument,
    "\n  fragment CouncilVotingRoundItem on CouncilVotingRound {\n    id\n    version\n    sessionId\n    number\n    previousRoundId\n    title\n    mode\n    status\n    members\n    voters\n    inRoom\n    threshold\n    quota\n    openedAt\n    closedAt\n    talliedAt\n    closeHash\n    paperScanSha256\n    paperTallyConfirmed\n    paperEntries {\n      entry\n      userName\n    }\n    tallyMinutes {\n      sha256\n      docxPath\n      pdfPath\n    }\n    castCount\n    candidates {\n      id\n      position\n      candidateName\n      awardName\n      subject\n      proposingUnitName\n      voteRequired\n      threshold\n    }\n    results {\n      agendaItemId\n      agree\n      disagree\n      percentHundredths\n      passed\n      rank\n      withinQuota\n      explanation\n    }\n  }\n": types.CouncilVotingRoundItemFragmentDoc,
    "\n  query CouncilSessionVotingRounds($id: ID!) {\n    councilSession(id: $id) {\n      id\n      votingRounds {\n        ...CouncilVotingRoundItem\n      }\n    }\n  }\n": types.CouncilSessionVotingRoundsDocument,
    "\n  query CouncilVotingRoundLiveCount($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n      status\n      castCount\n      voters\n    }\n  }\n": types.CouncilVotingRoundLiveCountDocument,
    "\n  mutation OpenCouncilVotingRound($input: OpenCouncilVotingRoundInput!) {\n    openCouncilVotingRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": types.OpenCouncilVotingRoundDocument,
    "\n  mutation OpenCouncilSecondRound($input: OpenCouncilSecondRoundInput!) {\n    openCouncilSecondRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": types.OpenCouncilSecondRoundDocument,
    "\n  mutation GenerateCouncilVotingCodes($input: CouncilRoundRefInput!) {\n    generateCouncilVotingCodes(input: $input) {\n      roundId\n      codes\n    }\n  }\n": types.GenerateCouncilVotingCodesDocument,
    "\n  mutation CloseCouncilVotingRound($input: CouncilRoundRefInput!) {\n    closeCouncilVotingRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": types.CloseCouncilVotingRoundDocument,
    "\n  mutation TallyCouncilVotingRound($input: CouncilRoundRefInput!) {\n    tallyCouncilVotingRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": types.TallyCouncilVotingRoundDocument,
    "\n  mutation EnterPaperTally($input: EnterPaperTallyInput!) {\n    enterPaperTally(input: $input) {\n      id\n      status\n    }\n  }\n": types.EnterPaperTallyDocument,
    "\n  mutation ConfirmPaperTally($input: CouncilRoundRefInput!) {\n    confirmPaperTally(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": types.ConfirmPaperTallyDocument,
    "\n  mutation DecideCouncilTie($input: DecideCouncilTieInput!) {\n    decideCouncilTie(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n": types.DecideCouncilTieDocument,
    "\n  mutation RecordWrittenOpinions($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n": types.RecordWrittenOpinionsDocument,
    "\n  fragment CouncilItem on Council {\n    id\n    name\n    unitId\n    clusterId\n    standingUnitId\n    decisionNumber\n    decisionDate\n    decisionText\n    quorumShare\n    awardPresenceShare\n    proxiesAllowed\n    endedOn\n    active\n    canManage\n    version\n    unit {\n      id\n      name\n      canOpen\n    }\n    standingUnit {\n      id\n      name\n      canOpen\n    }\n  }\n": types.CouncilItemFragmentDoc,
    "\n  fragment CouncilMemberItem on CouncilMember {\n    id\n    councilId\n    personId\n    fullName\n    role\n    title\n    from\n    to\n    userId\n    version\n  }\n": types.CouncilMemberItemFragmentDoc,
    "\n  fragment CouncilDetail on Council {\n    ...CouncilItem\n    members(on: $on) {\n      ...CouncilMemberItem\n    }\n  }\n": types.CouncilDetailFragmentDoc,
    "\n  fragment CouncilSessionItem on CouncilSession {\n    id\n    councilId\n    title\n    kind\n    date\n    startTime\n    place\n    chairMemberId\n    secretaryMemberId\n    awardRoundId\n    status\n    startedAt\n    note\n    version\n  }\n": types.CouncilSessionItemFragmentDoc,
    "\n  fragment CouncilSessionDetail on CouncilSession {\n    ...CouncilSessionItem\n    canManage\n    council {\n      id\n      name\n      proxiesAllowed\n      unit {\n        id\n        name\n        canOpen\n      }\n    }\n    chair {\n      memberId\n      fullName\n    }\n    secretary {\n      memberId\n      fullName\n    }\n    awardRound {\n      id\n      title\n    }\n    members {\n      id\n      memberId\n      position\n      fullName\n      role\n      title\n      attendance\n      writtenOpinion\n      proxyMemberId\n    }\n    guests {\n      id\n      position\n      name\n      title\n    }\n    agenda {\n      id\n      position\n      nominationId\n      subject\n      candidateName\n      awardCode\n      awardName\n      proposingUnitId\n      proposingUnitName\n      voteRequired\n      threshold\n      outcome\n      outcomeAgree\n      outcomePercentHundredths\n      outcomeRoundId\n    }\n    closedAt\n    minutes {\n      sha256\n      docxPath\n      pdfPath\n    }\n    signedAt\n    signedScanSha256\n    quorum {\n      members\n      present\n      proxies\n      attending\n      writtenOpinions\n      absent\n      unrecorded\n      share\n      awardShare\n      required\n      met\n      explanation\n    }\n  }\n": types.CouncilSessionDetailFragmentDoc,
    "\n  query Councils($first: Int!, $after: String, $unitId: ID, $search: String) {\n    councils(first: $first, after: $after, unitId: $unitId, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CouncilItem\n        }\n      }\n    }\n  }\n": types.CouncilsDocument,
    "\n  query Council($id: ID!, $on: Date) {\n    council(id: $id) {\n      ...CouncilDetail\n    }\n  }\n": types.CouncilDocument,
    "\n  query CouncilMembersOn($id: ID!, $on: Date!) {\n    council(id: $id) {\n      id\n      members(on: $on) {\n        ...CouncilMemberItem\n      }\n    }\n  }\n": types.CouncilMembersOnDocument,
    "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      ...CouncilItem\n    }\n  }\n": types.CreateCouncilDocument,
    "\n  mutation UpdateCouncil($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      ...CouncilItem\n    }\n  }\n": types.UpdateCouncilDocument,
    "\n  mutation AddCouncilMember($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      ...CouncilMemberItem\n    }\n  }\n": types.AddCouncilMemberDocument,
    "\n  mutation UpdateCouncilMember($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      ...CouncilMemberItem\n    }\n  }\n": types.UpdateCouncilMemberDocument,
    "\n  mutation RemoveCouncilMember($input: CouncilMemberRefInput!) {\n    removeCouncilMember(input: $input)\n  }\n": types.RemoveCouncilMemberDocument,
    "\n  query CouncilSessions(\n    $first: Int!\n    $after: String\n    $councilId: ID\n    $status: CouncilSessionStatus\n  ) {\n    councilSessions(first: $first, after: $after, councilId: $councilId, status: $status) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CouncilSessionItem\n        }\n      }\n    }\n  }\n": types.CouncilSessionsDocument,
    "\n  query MyCouncilSessions($first: Int!) {\n    myCouncilSessions(first: $first) {\n      totalCount\n      totalCountCapped\n      edges {\n        node {\n          id\n          councilName\n          title\n          date\n          startTime\n          place\n          status\n          role\n          attendance\n          remoteRounds {\n            id\n            number\n            awards\n            tokenTaken\n          }\n        }\n      }\n    }\n  }\n": types.MyCouncilSessionsDocument,
    "\n  query CouncilSession($id: ID!) {\n    councilSession(id: $id) {\n      ...CouncilSessionDetail\n    }\n  }\n": types.CouncilSessionDocument,
    "\n  mutation CreateCouncilSession($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      ...CouncilSessionItem\n    }\n  }\n": types.CreateCouncilSessionDocument,
    "\n  mutation UpdateCouncilSession($input: UpdateCouncilSessionInput!) {\n    updateCouncilSession(input: $input) {\n      ...CouncilSessionItem\n    }\n  }\n": types.UpdateCouncilSessionDocument,
    "\n  mutation DeleteCouncilSession($input: CouncilSessionRefInput!) {\n    deleteCouncilSession(input: $input)\n  }\n": types.DeleteCouncilSessionDocument,
    "\n  mutation SetCouncilAttendance($input: SetCouncilAttendanceInput!) {\n    setCouncilAttendance(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": types.SetCouncilAttendanceDocument,
    "\n  mutation AddCouncilGuest($input: AddCouncilGuestInput!) {\n    addCouncilGuest(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": types.AddCouncilGuestDocument,
    "\n  mutation RemoveCouncilGuest($input: RemoveCouncilGuestInput!) {\n    removeCouncilGuest(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": types.RemoveCouncilGuestDocument,
    "\n  mutation AddCouncilAgendaFromRound($input: AddCouncilAgendaFromRoundInput!) {\n    addCouncilAgendaFromRound(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": types.AddCouncilAgendaFromRoundDocument,
    "\n  mutation RemoveCouncilAgendaItem($input: RemoveCouncilAgendaItemInput!) {\n    removeCouncilAgendaItem(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": types.RemoveCouncilAgendaItemDocument,
    "\n  mutation MoveCouncilAgendaItem($input: MoveCouncilAgendaItemInput!) {\n    moveCouncilAgendaItem(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": types.MoveCouncilAgendaItemDocument,
    "\n  mutation CloseCouncilSession($input: CouncilSessionRefInput!) {\n    closeCouncilSession(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": types.CloseCouncilSessionDocument,
    "\n  mutation SignCouncilSession($input: SignCouncilSessionInput!) {\n    signCouncilSession(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": types.SignCouncilSessionDocument,
    "\n  mutation StartCouncilSession($input: CouncilSessionRefInput!) {\n    startCouncilSession(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n": types.StartCouncilSessionDocument,
    "\n  fragment PublicAwardItem on PublicAward {\n    name\n    unitName\n    awardName\n    decisionNumber\n    decidedOn\n    issuerName\n    goldBookNumber\n    year\n  }\n": types.PublicAwardItemFragmentDoc,
    "\n  query VerifyAwardCertificate($code: String!) {\n    verifyAwardCertificate(code: $code) {\n      ...PublicAwardItem\n    }\n  }\n": types.VerifyAwardCertificateDocument,
    "\n  query PublicAwardLookup(\n    $name: String!\n    $unitName: String\n    $year: Int\n    $first: Int!\n    $after: String\n  ) {\n    publicAwardLookup(name: $name, unitName: $unitName, year: $year, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PublicAwardItem\n        }\n      }\n    }\n  }\n": types.PublicAwardLookupDocument,
    "\n  fragment AwardDecisionItem on AwardDecision {\n    id\n    version\n    status\n    year\n    track\n    awardCode\n    awardName\n    awardKind\n    subject\n    number\n    symbol\n    decidedOn\n    issuedAt\n    createdAt\n    canManage\n    canIssue\n    issuerUnit {\n      id\n      name\n      canOpen\n    }\n    round {\n      id\n      title\n      year\n    }\n  }\n": types.AwardDecisionItemFragmentDoc,
    "\n  fragment AwardDecisionRecipientItem on AwardDecisionRecipient {\n    id\n    position\n    nominationId\n    dossierId\n    subject\n    displayName\n    name\n    detail\n    unitName\n    achievement\n    awardName\n    multiplier\n    baseSalary\n    amount\n    goldBookNumber\n    certificateCode\n    awardRecordId\n  }\n": types.AwardDecisionRecipientItemFragmentDoc,
    "\n  fragment AwardDecisionDetail on AwardDecision {\n    ...AwardDecisionItem\n    roundId\n    issuerUnitId\n    authority\n    achievement\n    bases\n    councilMinutes {\n      body\n      date\n    }\n    proposal {\n      by\n      reference\n    }\n    rewardFunding\n    rewardBasis\n    executors\n    receivers\n    archive\n    place\n    signer {\n      on {\n        authority\n        of\n      }\n      title\n      name\n    }\n    issuedByName\n    docxPath\n    pdfPath\n    rewardsExportPath\n    certificates {\n      docxPath\n      pdfPath\n      madeAt\n    }\n    totalAmount\n    updatedAt\n    recipients {\n      ...AwardDecisionRecipientItem\n    }\n  }\n": types.AwardDecisionDetailFragmentDoc,
    "\n  query AwardDecisions(\n    $first: Int!\n    $after: String\n    $filter: AwardDecisionFilter\n    $sort: AwardDecisionSort\n  ) {\n    awardDecisions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardDecisionItem\n        }\n      }\n    }\n  }\n": types.AwardDecisionsDocument,
    "\n  query AwardDecision($id: ID!) {\n    awardDecision(id: $id) {\n      ...AwardDecisionDetail\n    }\n  }\n": types.AwardDecisionDocument,
    "\n  query AwardDecisionCandidates($roundId: ID!, $issuerUnitId: ID!) {\n    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {\n      nominationId\n      dossierId\n      dossierStatus\n      proposingUnitId\n      proposingUnitName\n      subject\n      name\n      awardCode\n      awardName\n      toTrinhSymbol\n      decisionId\n    }\n  }\n": types.AwardDecisionCandidatesDocument,
    "\n  mutation DraftAwardDecision($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      ...AwardDecisionDetail\n    }\n  }\n": types.DraftAwardDecisionDocument,
    "\n  mutation UpdateAwardDecision($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      ...AwardDecisionDetail\n    }\n  }\n": types.UpdateAwardDecisionDocument,
    "\n  mutation DeleteAwardDecision($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n": types.DeleteAwardDecisionDocument,
    "\n  mutation IssueAwardDecision($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      ...AwardDecisionDetail\n    }\n  }\n": types.IssueAwardDecisionDocument,
    "\n  mutation PrintAwardCertificates($decisionId: ID!) {\n    printAwardCertificates(decisionId: $decisionId) {\n      ...JobItem\n    }\n  }\n": types.PrintAwardCertificatesDocument,
    "\n  fragment UnitSummary on Unit {\n    id\n    code\n    name\n    shortName\n  }\n": types.UnitSummaryFragmentDoc,
    "\n  fragment RoleAssignmentItem on RoleAssignment {\n    id\n    createdAt\n    role {\n      id\n      code\n      name\n      isSystem\n    }\n    unit {\n      ...UnitSummary\n    }\n  }\n": types.RoleAssignmentItemFragmentDoc,
    "\n  fragment UserItem on User {\n    id\n    username\n    fullName\n    email\n    status\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n": types.UserItemFragmentDoc,
    "\n  fragment RoleItem on Role {\n    id\n    code\n    name\n    description\n    permissions\n    isSystem\n    version\n  }\n": types.RoleItemFragmentDoc,
    "\n  fragment ApiClientItem on ApiClient {\n    id\n    name\n    description\n    status\n    keyPrefix\n    lastUsedAt\n    revokedAt\n    createdAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n": types.ApiClientItemFragmentDoc,
    "\n  fragment JobItem on Job {\n    id\n    kind\n    status\n    progress\n    total\n    message\n    error\n    startedAt\n    finishedAt\n  }\n": types.JobItemFragmentDoc,
    "\n  fragment ImportBatchSummary on ImportBatch {\n    id\n    kind\n    fileName\n    status\n    columns\n    rowCount\n    errorCount\n    createCount\n    updateCount\n    unchangedCount\n    createdAt\n    job {\n      ...JobItem\n    }\n  }\n": types.ImportBatchSummaryFragmentDoc,
    "\n  fragment ImportRowItem on ImportRow {\n    rowNumber\n    action\n    values\n    problems\n  }\n": types.ImportRowItemFragmentDoc,
    "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchSummary\n    }\n  }\n": types.ImportBatchDocument,
    "\n  query ImportBatchRows($id: ID!, $first: Int!, $after: String, $onlyProblems: Boolean) {\n    importBatch(id: $id) {\n      id\n      rows(first: $first, after: $after, onlyProblems: $onlyProblems) {\n        totalCount\n        totalCountCapped\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ImportRowItem\n          }\n        }\n      }\n    }\n  }\n": types.ImportBatchRowsDocument,
    "\n  query Job($id: ID!) {\n    job(id: $id) {\n      ...JobItem\n    }\n  }\n": types.JobDocument,
    "\n  query MyJobs($first: Int) {\n    myJobs(first: $first) {\n      ...JobItem\n      createdAt\n    }\n  }\n": types.MyJobsDocument,
    "\n  mutation CommitImport($batchId: ID!) {\n    commitImport(batchId: $batchId) {\n      ...ImportBatchSummary\n    }\n  }\n": types.CommitImportDocument,
    "\n  mutation DiscardImport($batchId: ID!) {\n    discardImport(batchId: $batchId)\n  }\n": types.DiscardImportDocument,
    "\n  fragment LegalDocumentItem on LegalDocument {\n    id\n    number\n    kind\n    name\n    title\n    issuingBody\n    issuedOn\n    effectiveFrom\n    effectiveTo\n    status\n    national\n    canManage\n    version\n    issuerUnit {\n      id\n      name\n      canOpen\n    }\n    replacedBy {\n      id\n      name\n    }\n  }\n": types.LegalDocumentItemFragmentDoc,
    "\n  query LegalDocuments(\n    $first: Int!\n    $after: String\n    $search: String\n    $kind: LegalDocumentKind\n    $effectiveOn: Date\n    $includeReplaced: Boolean\n  ) {\n    legalDocuments(\n      first: $first\n      after: $after\n      search: $search\n      kind: $kind\n      effectiveOn: $effectiveOn\n      includeReplaced: $includeReplaced\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LegalDocumentItem\n        }\n      }\n    }\n  }\n": types.LegalDocumentsDocument,
    "\n  query LegalDocumentDetail($id: ID!) {\n    legalDocument(id: $id) {\n      ...LegalDocumentItem\n      note\n      replaces {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.LegalDocumentDetailDocument,
    "\n  mutation CreateLegalDocument($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      ...LegalDocumentItem\n    }\n  }\n": types.CreateLegalDocumentDocument,
    "\n  mutation UpdateLegalDocument($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      ...LegalDocumentItem\n    }\n  }\n": types.UpdateLegalDocumentDocument,
    "\n  mutation MarkLegalDocumentReplaced($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      ...LegalDocumentItem\n    }\n  }\n": types.MarkLegalDocumentReplacedDocument,
    "\n  fragment PublicAwardNoticeItem on PublicAwardNotice {\n    id\n    title\n    unitName\n    startsOn\n    endsOn\n    workingDays\n    articles\n    publishedAt\n    acceptingComments\n    nominees {\n      position\n      subject\n      name\n      detail\n      awardName\n    }\n  }\n": types.PublicAwardNoticeItemFragmentDoc,
    "\n  fragment NoticeCommentItem on NoticeComment {\n    id\n    version\n    kind\n    nomineePosition\n    nomineeLabel\n    text\n    receivedAt\n    authorName\n    contact\n    outcome\n    handling\n    handledAt\n    handledByName\n  }\n": types.NoticeCommentItemFragmentDoc,
    "\n  fragment AwardNoticeDetail on AwardNotice {\n    id\n    version\n    dossierId\n    title\n    unitName\n    required\n    workingDays\n    articles\n    startsOn\n    endsOn\n    status\n    phase\n    publishedAt\n    publishedByName\n    closedAt\n    closedByName\n    publicPath\n    canManage\n    unhandledCount\n    counts {\n      kind\n      count\n    }\n    nominees {\n      position\n      nominationId\n      name\n      detail\n      awardName\n      required\n    }\n  }\n": types.AwardNoticeDetailFragmentDoc,
    "\n  query AwardNoticePanel($dossierId: ID!) {\n    awardDossier(id: $dossierId) {\n      id\n      noticeRequirement {\n        required\n        workingDays\n        articles\n        nominees\n      }\n    }\n    awardNotice(dossierId: $dossierId) {\n      ...AwardNoticeDetail\n    }\n  }\n": types.AwardNoticePanelDocument,
    "\n  query AwardNoticeComments($dossierId: ID!, $first: Int!, $after: String) {\n    awardNotice(dossierId: $dossierId) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        totalCountCapped\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...NoticeCommentItem\n          }\n        }\n      }\n    }\n  }\n": types.AwardNoticeCommentsDocument,
    "\n  mutation PublishAwardNotice($input: PublishAwardNoticeInput!) {\n    publishAwardNotice(input: $input) {\n      ...AwardNoticeDetail\n    }\n  }\n": types.PublishAwardNoticeDocument,
    "\n  mutation ExtendAwardNotice($input: ExtendAwardNoticeInput!) {\n    extendAwardNotice(input: $input) {\n      ...AwardNoticeDetail\n    }\n  }\n": types.ExtendAwardNoticeDocument,
    "\n  mutation CloseAwardNotice($input: CloseAwardNoticeInput!) {\n    closeAwardNotice(input: $input) {\n      ...AwardNoticeDetail\n    }\n  }\n": types.CloseAwardNoticeDocument,
    "\n  mutation HandleNoticeComment($input: HandleNoticeCommentInput!) {\n    handleNoticeComment(input: $input) {\n      ...NoticeCommentItem\n    }\n  }\n": types.HandleNoticeCommentDocument,
    "\n  query PublicAwardNotices($first: Int!, $after: String, $search: String) {\n    publicAwardNotices(first: $first, after: $after, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PublicAwardNoticeItem\n        }\n      }\n    }\n  }\n": types.PublicAwardNoticesDocument,
    "\n  query PublicAwardNotice($id: ID!) {\n    publicAwardNotice(id: $id) {\n      ...PublicAwardNoticeItem\n    }\n  }\n": types.PublicAwardNoticeDocument,
    "\n  query NoticeEndDate($start: Date!, $days: Int!) {\n    addWorkingDays(start: $start, days: $days) {\n      date\n      missingYears\n    }\n  }\n": types.NoticeEndDateDocument,
    "\n  mutation SubmitNoticeComment($input: SubmitNoticeCommentInput!) {\n    submitNoticeComment(input: $input) {\n      kind\n      nomineeLabel\n      receivedAt\n    }\n  }\n": types.SubmitNoticeCommentDocument,
    "\n  fragment PositionItem on Position {\n    id\n    title\n    startedOn\n    endedOn\n    isLeader\n    staffCategory\n    unit {\n      id\n      code\n      name\n      status\n    }\n  }\n": types.PositionItemFragmentDoc,
    "\n  fragment PersonItem on Person {\n    id\n    code\n    fullName\n    sex\n    dateOfBirth\n    partyMember\n    version\n    currentPositions {\n      ...PositionItem\n    }\n  }\n": types.PersonItemFragmentDoc,
    "\n  fragment PersonDetail on Person {\n    ...PersonItem\n    ethnicity\n    religion\n    hometown\n    partyJoinedOn\n    note\n    positions {\n      ...PositionItem\n    }\n  }\n": types.PersonDetailFragmentDoc,
    "\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $unitId: ID\n    $includeDescendants: Boolean\n    $sex: Sex\n    $partyMember: Boolean\n    $staffCategory: StaffCategory\n    $includeFormer: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      unitId: $unitId\n      includeDescendants: $includeDescendants\n      sex: $sex\n      partyMember: $partyMember\n      staffCategory: $staffCategory\n      includeFormer: $includeFormer\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PersonItem\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n": types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetail\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetail\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation AddPosition($input: AddPositionInput!) {\n    addPosition(input: $input) {\n      ...PositionItem\n    }\n  }\n": types.AddPositionDocument,
    "\n  mutation EndPosition($input: EndPositionInput!) {\n    endPosition(input: $input) {\n      ...PositionItem\n    }\n  }\n": types.EndPositionDocument,
    "\n  mutation TransferPerson($input: TransferPersonInput!) {\n    transferPerson(input: $input) {\n      ...PersonDetail\n    }\n  }\n": types.TransferPersonDocument,
    "\n  query UnitPastStaff($unitId: ID!, $first: Int!, $after: String) {\n    people(\n      unitId: $unitId\n      includeDescendants: false\n      includeFormer: true\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fullName\n          positions {\n            ...PositionItem\n          }\n        }\n      }\n    }\n  }\n": types.UnitPastStaffDocument,
    "\n  fragment EvaluationItem on Evaluation {\n    id\n    version\n    subject\n    personId\n    subjectName\n    year\n    grade\n    source\n    note\n    canEdit\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n": types.EvaluationItemFragmentDoc,
    "\n  fragment AwardRecordItem on AwardRecord {\n    id\n    version\n    subject\n    personId\n    subjectName\n    householdAddress\n    awardCode\n    awardName\n    track\n    year\n    decisionNumber\n    decidedOn\n    decidedBy\n    note\n    canEdit\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n": types.AwardRecordItemFragmentDoc,
    "\n  fragment InitiativeItem on Initiative {\n    id\n    version\n    subject\n    personId\n    subjectName\n    kind\n    title\n    scope\n    recognisedOn\n    recognisedBy\n    certificateNumber\n    note\n    canEdit\n    usedFor {\n      awardName\n      year\n      reference\n    }\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n": types.InitiativeItemFragmentDoc,
    "\n  fragment HoldItem on Hold {\n    id\n    version\n    subject\n    personId\n    subjectName\n    kind\n    startsOn\n    endsOn\n    source\n    liftedOn\n    liftReason\n    note\n    canEdit\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n": types.HoldItemFragmentDoc,
    "\n  query Evaluations($first: Int!, $after: String, $filter: EvaluationFilter) {\n    evaluations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EvaluationItem\n        }\n      }\n    }\n  }\n": types.EvaluationsDocument,
    "\n  query AwardRecords($first: Int!, $after: String, $filter: AwardRecordFilter) {\n    awardRecords(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardRecordItem\n        }\n      }\n    }\n  }\n": types.AwardRecordsDocument,
    "\n  query Initiatives($first: Int!, $after: String, $filter: InitiativeFilter) {\n    initiatives(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InitiativeItem\n        }\n      }\n    }\n  }\n": types.InitiativesDocument,
    "\n  query Holds($first: Int!, $after: String, $filter: HoldFilter) {\n    holds(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...HoldItem\n        }\n      }\n    }\n  }\n": types.HoldsDocument,
    "\n  mutation CreateEvaluation($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      ...EvaluationItem\n    }\n  }\n": types.CreateEvaluationDocument,
    "\n  mutation UpdateEvaluation($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      ...EvaluationItem\n    }\n  }\n": types.UpdateEvaluationDocument,
    "\n  mutation DeleteEvaluation($input: RecordRefInput!) {\n    deleteEvaluation(input: $input)\n  }\n": types.DeleteEvaluationDocument,
    "\n  mutation CreateAwardRecord($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      ...AwardRecordItem\n    }\n  }\n": types.CreateAwardRecordDocument,
    "\n  mutation UpdateAwardRecord($input: UpdateAwardRecordInput!) {\n    updateAwardRecord(input: $input) {\n      ...AwardRecordItem\n    }\n  }\n": types.UpdateAwardRecordDocument,
    "\n  mutation DeleteAwardRecord($input: RecordRefInput!) {\n    deleteAwardRecord(input: $input)\n  }\n": types.DeleteAwardRecordDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n": types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n": types.UpdateInitiativeDocument,
    "\n  mutation DeleteInitiative($input: RecordRefInput!) {\n    deleteInitiative(input: $input)\n  }\n": types.DeleteInitiativeDocument,
    "\n  mutation LockInitiative($input: LockInitiativeInput!) {\n    lockInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n": types.LockInitiativeDocument,
    "\n  mutation ReleaseInitiative($input: RecordRefInput!) {\n    releaseInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n": types.ReleaseInitiativeDocument,
    "\n  mutation CreateHold($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      ...HoldItem\n    }\n  }\n": types.CreateHoldDocument,
    "\n  mutation UpdateHold($input: UpdateHoldInput!) {\n    updateHold(input: $input) {\n      ...HoldItem\n    }\n  }\n": types.UpdateHoldDocument,
    "\n  mutation LiftHold($input: LiftHoldInput!) {\n    liftHold(input: $input) {\n      ...HoldItem\n    }\n  }\n": types.LiftHoldDocument,
    "\n  mutation DeleteHold($input: RecordRefInput!) {\n    deleteHold(input: $input)\n  }\n": types.DeleteHoldDocument,
    "\n  fragment RestructuringPreviewItem on RestructuringPreview {\n    kind\n    effectiveDate\n    units {\n      action\n      unitId\n      code\n      nameBefore\n      nameAfter\n      parentBefore\n      parentAfter\n    }\n    carried {\n      module\n      label\n      count\n    }\n    scopesCarried {\n      holderName\n      roleName\n      fromUnit\n      toUnit\n    }\n    openWork {\n      module\n      label\n      count\n    }\n    warnings\n  }\n": types.RestructuringPreviewItemFragmentDoc,
    "\n  query Restructurings($first: Int!, $after: String, $unitId: ID) {\n    restructurings(first: $first, after: $after, unitId: $unitId) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RestructuringItem\n        }\n      }\n    }\n  }\n": types.RestructuringsDocument,
    "\n  query PreviewRenameUnit($input: RenameUnitInput!) {\n    previewRenameUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n": types.PreviewRenameUnitDocument,
    "\n  query PreviewMoveUnit($input: MoveUnitInput!) {\n    previewMoveUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n": types.PreviewMoveUnitDocument,
    "\n  query PreviewMergeUnits($input: MergeUnitsInput!) {\n    previewMergeUnits(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n": types.PreviewMergeUnitsDocument,
    "\n  query PreviewSplitUnit($input: SplitUnitInput!) {\n    previewSplitUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n": types.PreviewSplitUnitDocument,
    "\n  query PreviewDissolveUnit($input: DissolveUnitInput!) {\n    previewDissolveUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n": types.PreviewDissolveUnitDocument,
    "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n": types.RenameUnitDocument,
    "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n": types.MoveUnitDocument,
    "\n  mutation MergeUnits($input: MergeUnitsInput!) {\n    mergeUnits(input: $input) {\n      ...RestructuringItem\n    }\n  }\n": types.MergeUnitsDocument,
    "\n  mutation SplitUnit($input: SplitUnitInput!) {\n    splitUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n": types.SplitUnitDocument,
    "\n  mutation DissolveUnit($input: DissolveUnitInput!) {\n    dissolveUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n": types.DissolveUnitDocument,
    "\n  query Roles {\n    roles {\n      ...RoleItem\n    }\n  }\n": types.RolesDocument,
    "\n  query Permissions {\n    permissions {\n      code\n      label\n      group\n    }\n  }\n": types.PermissionsDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleItem\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      ...RoleItem\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input)\n  }\n": types.DeleteRoleDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...RoleAssignmentItem\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($input: RevokeRoleInput!) {\n    revokeRole(input: $input)\n  }\n": types.RevokeRoleDocument,
    "\n  fragment UnitKindCatalogItem on UnitKind {\n    id\n    code\n    name\n    tree\n    allowedParentCodes\n    canBeRoot\n    legalPersonDefault\n    sortOrder\n    isSystem\n    version\n  }\n": types.UnitKindCatalogItemFragmentDoc,
    "\n  query UnitKindCatalog {\n    unitKinds {\n      ...UnitKindCatalogItem\n    }\n  }\n": types.UnitKindCatalogDocument,
    "\n  mutation CreateUnitKind($input: CreateUnitKindInput!) {\n    createUnitKind(input: $input) {\n      ...UnitKindCatalogItem\n    }\n  }\n": types.CreateUnitKindDocument,
    "\n  mutation UpdateUnitKind($input: UpdateUnitKindInput!) {\n    updateUnitKind(input: $input) {\n      ...UnitKindCatalogItem\n    }\n  }\n": types.UpdateUnitKindDocument,
    "\n  fragment UnitOption on Unit {\n    id\n    code\n    name\n    shortName\n    depth\n    parent {\n      id\n      name\n    }\n  }\n": types.UnitOptionFragmentDoc,
    "\n  fragment UnitNode on Unit {\n    id\n    code\n    name\n    shortName\n    tree\n    depth\n    parentId\n    validFrom\n    validTo\n    status\n    readOnly\n    childCount\n    kind {\n      id\n      code\n      name\n    }\n  }\n": types.UnitNodeFragmentDoc,
    "\n  fragment UnitDetail on Unit {\n    ...UnitNode\n    legalPerson\n    address\n    phone\n    email\n    peopleCount\n    version\n    parent {\n      id\n      name\n      canOpen\n    }\n    ancestors {\n      id\n      name\n      canOpen\n    }\n  }\n": types.UnitDetailFragmentDoc,
    "\n  fragment UnitKindItem on UnitKind {\n    id\n    code\n    name\n    tree\n    allowedParentCodes\n    canBeRoot\n    legalPersonDefault\n    sortOrder\n  }\n": types.UnitKindItemFragmentDoc,
    "\n  fragment RestructuringItem on Restructuring {\n    id\n    kind\n    effectiveDate\n    legalBasisNumber\n    legalBasisDate\n    legalBasisTitle\n    note\n    createdAt\n    actorName\n    sources {\n      id\n      code\n      name\n    }\n    results {\n      id\n      code\n      name\n    }\n  }\n": types.RestructuringItemFragmentDoc,
    "\n  query Units(\n    $first: Int!\n    $search: String\n    $parentId: ID\n    $tree: UnitTree\n    $kindCode: String\n    $includeEnded: Boolean\n  ) {\n    units(\n      first: $first\n      search: $search\n      parentId: $parentId\n      tree: $tree\n      kindCode: $kindCode\n      includeEnded: $includeEnded\n    ) {\n      totalCount\n      totalCountCapped\n      edges {\n        node {\n          ...UnitOption\n        }\n      }\n    }\n  }\n": types.UnitsDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitOption\n    }\n  }\n": types.UnitDocument,
    "\n  query UnitSearch(\n    $first: Int!\n    $after: String\n    $search: String\n    $tree: UnitTree\n    $asOf: Date\n    $includeEnded: Boolean\n  ) {\n    units(\n      first: $first\n      after: $after\n      search: $search\n      tree: $tree\n      asOf: $asOf\n      includeEnded: $includeEnded\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UnitNode\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UnitSearchDocument,
    "\n  query UnitChildren($tree: UnitTree!, $parentId: ID, $asOf: Date, $includeEnded: Boolean) {\n    unitChildren(tree: $tree, parentId: $parentId, asOf: $asOf, includeEnded: $includeEnded) {\n      ...UnitNode\n    }\n  }\n": types.UnitChildrenDocument,
    "\n  query UnitDetail($id: ID!) {\n    unit(id: $id) {\n      ...UnitDetail\n    }\n  }\n": types.UnitDetailDocument,
    "\n  query UnitHistory($id: ID!) {\n    unit(id: $id) {\n      id\n      history {\n        validFrom\n        validTo\n        code\n        name\n        shortName\n        parent {\n          id\n          name\n        }\n        restructuring {\n          ...RestructuringItem\n        }\n        endedBy {\n          ...RestructuringItem\n        }\n      }\n    }\n  }\n": types.UnitHistoryDocument,
    "\n  query UnitEndedMatches($search: String!, $tree: UnitTree) {\n    units(first: 1, search: $search, tree: $tree) {\n      endedMatchCount\n    }\n  }\n": types.UnitEndedMatchesDocument,
    "\n  query UnitLineage($id: ID!) {\n    unit(id: $id) {\n      id\n      predecessors {\n        unit {\n          ...UnitNode\n        }\n        restructuring {\n          ...RestructuringItem\n        }\n      }\n      successors {\n        unit {\n          ...UnitNode\n        }\n        restructuring {\n          ...RestructuringItem\n        }\n      }\n    }\n  }\n": types.UnitLineageDocument,
    "\n  query UnitCounterparts($id: ID!) {\n    unit(id: $id) {\n      id\n      counterparts {\n        id\n        note\n        counterpart {\n          ...UnitNode\n        }\n      }\n    }\n  }\n": types.UnitCounterpartsDocument,
    "\n  query UnitKinds {\n    unitKinds {\n      ...UnitKindItem\n    }\n  }\n": types.UnitKindsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitDetail\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitDetail\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  mutation LinkUnits($input: LinkUnitsInput!) {\n    linkUnits(input: $input) {\n      id\n    }\n  }\n": types.LinkUnitsDocument,
    "\n  mutation UnlinkUnits($input: UnlinkUnitsInput!) {\n    unlinkUnits(input: $input)\n  }\n": types.UnlinkUnitsDocument,
    "\n  query Users(\n    $first: Int!\n    $after: String\n    $search: String\n    $unitId: ID\n    $status: UserStatus\n    $orderBy: UserOrder\n  ) {\n    users(\n      first: $first\n      after: $after\n      search: $search\n      unitId: $unitId\n      status: $status\n      orderBy: $orderBy\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserItem\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserItem\n    }\n  }\n": types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserItem\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserItem\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserStatus($input: SetUserStatusInput!) {\n    setUserStatus(input: $input) {\n      ...UserItem\n    }\n  }\n": types.SetUserStatusDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserItem\n    }\n  }\n": types.ResetUserPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClients($first: Int!, $after: String, $search: String) {\n    apiClients(first: $first, after: $after, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiClientItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApiClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {\n    rotateApiClientSecret(input: $input) {\n      token\n      client {\n        ...ApiClientItem\n      }\n    }\n  }\n"): typeof import('./graphql').RotateApiClientSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      ...ApiClientItem\n    }\n  }\n"): typeof import('./graphql').RevokeApiClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    occurredAt\n    actorType\n    actorId\n    actorName\n    actingUnit {\n      ...UnitSummary\n    }\n    operation\n    operationLabel\n    entityType\n    entityTypeLabel\n    entityId\n    entityLabel\n    masked\n    requestId\n    ipAddress\n    changes {\n      field\n      before\n      after\n      masked\n    }\n  }\n"): typeof import('./graphql').AuditEntryItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      actorType\n      permissions\n      sessionExpiresAt\n      previousLoginAt\n      user {\n        ...UserItem\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AchievementReportItem on AchievementReport {\n    nominationId\n    dossierId\n    kind\n    form\n    name\n    award\n    drafted\n    draftedAt\n    version\n    signedOffAt\n    signedOffByName\n    uploaded\n    documentId\n    downloadPath\n    content {\n      period\n      profile {\n        label\n        value\n      }\n      background\n      commitments\n      targets {\n        name\n        planned\n        achieved\n      }\n      measures\n      results\n      lessons\n      evaluations {\n        year\n        result\n      }\n      priorAwards {\n        year\n        award\n        decision\n      }\n      initiatives {\n        title\n        level\n        recognition\n      }\n      author {\n        title\n        name\n      }\n      confirmer {\n        title\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AchievementReportItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ToTrinhDraftItem on ToTrinhDraft {\n    dossierId\n    form\n    number\n    symbol\n    numberedOn\n    drafted\n    draftedAt\n    version\n    uploaded\n    documentId\n    downloadPath\n    awards {\n      award\n      collectives\n      individuals\n      households\n    }\n    content {\n      place\n      subject\n      addressees\n      bases\n      councilMinutes {\n        date\n        body\n      }\n      summary\n      authority\n      recipients\n      archive\n      signer {\n        on {\n          authority\n          of\n        }\n        title\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ToTrinhDraftItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardDossierDrafts($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      toTrinh {\n        ...ToTrinhDraftItem\n      }\n      nominees {\n        id\n        report {\n          ...AchievementReportItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwardDossierDraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedraftAchievementReport($input: RedraftAchievementReportInput!) {\n    redraftAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n"): typeof import('./graphql').RedraftAchievementReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAchievementReport($input: UpdateAchievementReportInput!) {\n    updateAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n"): typeof import('./graphql').UpdateAchievementReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffAchievementReport($input: AchievementReportRefInput!) {\n    signOffAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n"): typeof import('./graphql').SignOffAchievementReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenAchievementReport($input: AchievementReportRefInput!) {\n    reopenAchievementReport(input: $input) {\n      ...AchievementReportItem\n    }\n  }\n"): typeof import('./graphql').ReopenAchievementReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedraftToTrinh($input: RedraftToTrinhInput!) {\n    redraftToTrinh(input: $input) {\n      ...ToTrinhDraftItem\n    }\n  }\n"): typeof import('./graphql').RedraftToTrinhDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateToTrinh($input: UpdateToTrinhInput!) {\n    updateToTrinh(input: $input) {\n      ...ToTrinhDraftItem\n    }\n  }\n"): typeof import('./graphql').UpdateToTrinhDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardConditionItem on AwardCondition {\n    type\n    sentence\n    confidence\n    uncertain\n    article\n    subjects\n    floor\n    years\n    award\n    count\n    scope\n    min\n    minParameter\n    text\n  }\n"): typeof import('./graphql').AwardConditionItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardRuleVersionItem on AwardRuleVersion {\n    id\n    awardCode\n    track\n    effectiveFrom\n    effectiveTo\n    national\n    shipped\n    edited\n    uncertain\n    canManage\n    version\n    note\n    legalDocument {\n      id\n      name\n      number\n    }\n    provinceUnit {\n      id\n      name\n    }\n    decidedBy {\n      text\n      level\n      article\n      confidence\n      uncertain\n    }\n    vote {\n      required\n      thresholdOfMembership\n      article\n      confidence\n      uncertain\n    }\n    publicNotice {\n      required\n      workingDays\n      article\n      confidence\n      uncertain\n    }\n    dossier {\n      document\n      form\n      confidence\n      uncertain\n    }\n    rewards {\n      subject\n      multiplier\n      article\n      confidence\n      uncertain\n    }\n    conditions {\n      ...AwardConditionItem\n      conditions {\n        ...AwardConditionItem\n        conditions {\n          ...AwardConditionItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwardRuleVersionItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardKindsWithRules($provinceUnitId: ID) {\n    awardKinds(provinceUnitId: $provinceUnitId) {\n      id\n      code\n      name\n      category\n      subjects\n      level\n      tracks\n      national\n      canManage\n      provinceUnit {\n        id\n        name\n      }\n      ruleVersions {\n        ...AwardRuleVersionItem\n      }\n    }\n  }\n"): typeof import('./graphql').AwardKindsWithRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleParameters($provinceUnitId: ID) {\n    ruleParameters(provinceUnitId: $provinceUnitId) {\n      id\n      key\n      label\n      unit\n      value\n      effectiveFrom\n      effectiveTo\n      article\n      confidence\n      uncertain\n      note\n      national\n      shipped\n      edited\n      canManage\n      version\n      legalDocument {\n        id\n        name\n      }\n      provinceUnit {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RuleParametersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAwardRuleVersion($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      ...AwardRuleVersionItem\n    }\n  }\n"): typeof import('./graphql').CreateAwardRuleVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwardRuleVersion($input: UpdateAwardRuleVersionInput!) {\n    updateAwardRuleVersion(input: $input) {\n      ...AwardRuleVersionItem\n    }\n  }\n"): typeof import('./graphql').UpdateAwardRuleVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRuleParameter($input: CreateRuleParameterInput!) {\n    createRuleParameter(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateRuleParameterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRuleParameter($input: UpdateRuleParameterInput!) {\n    updateRuleParameter(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateRuleParameterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardRoundItem on AwardRound {\n    id\n    title\n    kind\n    track\n    year\n    status\n    deadline\n    decidingAuthority\n    note\n    awardForms\n    quotas {\n      form\n      collectives\n      individuals\n      either\n      per\n      note\n    }\n    campaignPlanId\n    canManage\n    version\n    createdAt\n    updatedAt\n    receivingUnit {\n      id\n      name\n      canOpen\n    }\n  }\n"): typeof import('./graphql').AwardRoundItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardDossierItem on AwardDossier {\n    id\n    status\n    late\n    clock\n    dueOn\n    deadlineStatus\n    submittedAt\n    firstSubmittedAt\n    receivedAt\n    version\n    createdAt\n    updatedAt\n    round {\n      id\n      title\n      kind\n      year\n      deadline\n    }\n    unit {\n      id\n      name\n      canOpen\n    }\n    receivingUnit {\n      id\n      name\n      canOpen\n    }\n    nomineeCount\n  }\n"): typeof import('./graphql').AwardDossierItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardDossierDetail on AwardDossier {\n    id\n    status\n    late\n    clock\n    dueOn\n    deadlineStatus\n    note\n    submittedAt\n    firstSubmittedAt\n    receivedAt\n    originDossierId\n    version\n    createdAt\n    updatedAt\n    canEdit\n    availableActions\n    missingDocuments\n    round {\n      ...AwardRoundItem\n    }\n    unit {\n      id\n      name\n      canOpen\n    }\n    receivingUnit {\n      id\n      name\n      canOpen\n    }\n    nominees {\n      id\n      position\n      subject\n      name\n      personId\n      subjectUnitId\n      householdAddress\n      awardCode\n      awardName\n      achievements\n      eligibilityChecked\n      eligibility {\n        verdict\n        on\n        stage\n        basis\n        ruleVersionId\n        manualReason\n        uncertain\n        checks {\n          key\n          code\n          principle\n          met\n          requirement\n          label\n          basis\n          uncertain\n        }\n      }\n      initiativeIds\n      appraisalVerdict\n      appraisalRemark\n      appraisalChecklist {\n        key\n        source\n        requirement\n        finding\n        met\n        basis\n      }\n      originNominationId\n    }\n    documents {\n      id\n      kind\n      nominationId\n      fileName\n      mediaType\n      size\n      text\n      note\n      downloadPath\n      originDocumentId\n      generated\n      createdAt\n    }\n    quotaFindings {\n      form\n      limit\n      used\n      over\n      explanation\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      actorName\n      at\n      reason\n      late\n      dossierVersion\n      remarks {\n        nominationId\n        documentId\n        label\n        remark\n      }\n      appraisal {\n        nominationId\n        name\n        verdict\n        remark\n        checklist {\n          key\n          requirement\n          ok\n          remark\n          settledBy\n        }\n      }\n      quota {\n        form\n        limit\n        used\n        over\n        explanation\n      }\n      changes {\n        nomineesAdded\n        nomineesRemoved\n        nomineesEdited\n        documentsAdded\n        documentsRemoved\n        documentsReplaced\n      }\n      notice {\n        noticeId\n        title\n        required\n        articles\n        startsOn\n        endsOn\n        workingDays\n        nominees\n        publishedAt\n        closedAt\n        counts {\n          kind\n          count\n        }\n        comments {\n          kind\n          nominee\n          excerpt\n          receivedAt\n          outcome\n          handling\n          handledAt\n          handledBy\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwardDossierDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardRounds($first: Int!, $after: String, $filter: AwardRoundFilter) {\n    awardRounds(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardRoundItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwardRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAwardRound($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n"): typeof import('./graphql').CreateAwardRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwardRound($input: UpdateAwardRoundInput!) {\n    updateAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n"): typeof import('./graphql').UpdateAwardRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAwardRound($input: AwardRoundRefInput!) {\n    closeAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n"): typeof import('./graphql').CloseAwardRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenAwardRound($input: AwardRoundRefInput!) {\n    reopenAwardRound(input: $input) {\n      ...AwardRoundItem\n    }\n  }\n"): typeof import('./graphql').ReopenAwardRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardDossiers($first: Int!, $after: String, $filter: AwardDossierFilter) {\n    awardDossiers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardDossierItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwardDossiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardDossierInbox($first: Int!, $after: String, $filter: AwardDossierFilter) {\n    awardDossierInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardDossierItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwardDossierInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardDossier($id: ID!) {\n    awardDossier(id: $id) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').AwardDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAwardDossier($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').CreateAwardDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAwardDossier($input: AwardDossierRefInput!) {\n    deleteAwardDossier(input: $input)\n  }\n"): typeof import('./graphql').DeleteAwardDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAwardNominee($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').AddAwardNomineeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwardNominee($input: UpdateNomineeInput!) {\n    updateAwardNominee(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').UpdateAwardNomineeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAwardNominee($input: RemoveNomineeInput!) {\n    removeAwardNominee(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').RemoveAwardNomineeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteAwardDossierDocument($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').WriteAwardDossierDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAwardDossierDocument($input: RemoveDossierDocumentInput!) {\n    removeAwardDossierDocument(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').RemoveAwardDossierDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAwardDossier($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').SubmitAwardDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallAwardDossier($input: AwardDossierRefInput!) {\n    recallAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').RecallAwardDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawAwardDossier($input: WithdrawAwardDossierInput!) {\n    withdrawAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').WithdrawAwardDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveAwardDossier($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').ReceiveAwardDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnAwardDossier($input: ReturnAwardDossierInput!) {\n    returnAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').ReturnAwardDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppraiseAwardDossier($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').AppraiseAwardDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardAwardDossierToCouncil($input: AwardDossierRefInput!) {\n    forwardAwardDossierToCouncil(input: $input) {\n      ...AwardDossierDetail\n    }\n  }\n"): typeof import('./graphql').ForwardAwardDossierToCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardCountsItem on AwardCounts {\n    proposed\n    eligible\n    notEligible\n    toConfirm\n    unchecked\n    appraisedPass\n    appraisedFail\n    escalated\n    dossiers\n    late\n    overdue\n    byStatus {\n      status\n      count\n    }\n  }\n"): typeof import('./graphql').AwardCountsItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardCounters($roundId: ID, $campaignPlanId: ID) {\n    awardCounters(roundId: $roundId, campaignPlanId: $campaignPlanId) {\n      rounds {\n        roundId\n        round {\n          id\n          title\n          year\n          status\n          deadline\n          canCheckEligibility\n        }\n        counts {\n          ...AwardCountsItem\n        }\n      }\n      total {\n        ...AwardCountsItem\n      }\n    }\n  }\n"): typeof import('./graphql').AwardCountersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckAwardEligibility($dossierId: ID!) {\n    checkAwardEligibility(dossierId: $dossierId) {\n      ...JobItem\n    }\n  }\n"): typeof import('./graphql').CheckAwardEligibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckRoundEligibility($roundId: ID!) {\n    checkRoundEligibility(roundId: $roundId) {\n      ...JobItem\n    }\n  }\n"): typeof import('./graphql').CheckRoundEligibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardEligibilityCheck($jobId: ID!) {\n    awardEligibilityCheck(jobId: $jobId) {\n      side\n      finished\n      roundId\n      dossierId\n      dossiers\n      checked\n      eligible\n      notEligible\n      toConfirm\n      changed\n      stored\n      findings {\n        nominationId\n        dossierId\n        unitName\n        name\n        awardName\n        storedVerdict\n        verdict\n        reasons\n      }\n      job {\n        ...JobItem\n      }\n    }\n  }\n"): typeof import('./graphql').AwardEligibilityCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarDayItem on CalendarDay {\n    id\n    date\n    weekday\n    kind\n    name\n    note\n    source\n    provisional\n    version\n  }\n"): typeof import('./graphql').CalendarDayItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendarYears {\n    workingCalendarYears {\n      year\n      source\n    }\n  }\n"): typeof import('./graphql').WorkingCalendarYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendarYear($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      defined\n      source\n      note\n      workingDayCount\n      provisionalCount\n      canManage\n      days {\n        ...CalendarDayItem\n      }\n    }\n  }\n"): typeof import('./graphql').WorkingCalendarYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarDay($input: CreateCalendarDayInput!) {\n    createCalendarDay(input: $input) {\n      ...CalendarDayItem\n    }\n  }\n"): typeof import('./graphql').CreateCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCalendarDay($input: UpdateCalendarDayInput!) {\n    updateCalendarDay(input: $input) {\n      ...CalendarDayItem\n    }\n  }\n"): typeof import('./graphql').UpdateCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCalendarDay($input: DeleteCalendarDayInput!) {\n    deleteCalendarDay(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateCalendarYear($input: GenerateCalendarYearInput!) {\n    generateCalendarYear(input: $input) {\n      year\n    }\n  }\n"): typeof import('./graphql').GenerateCalendarYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignCovenantItem on CampaignCovenant {\n    id\n    planId\n    clusterId\n    signedOn\n    place\n    content\n    version\n    cluster {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CampaignCovenantItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCovenants($planId: ID!, $first: Int!, $after: String) {\n    campaignCovenants(planId: $planId, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignCovenantItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignCovenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaignCovenant($input: CreateCampaignCovenantInput!) {\n    createCampaignCovenant(input: $input) {\n      ...CampaignCovenantItem\n    }\n  }\n"): typeof import('./graphql').CreateCampaignCovenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCampaignCovenant($input: DeleteCampaignCovenantInput!) {\n    deleteCampaignCovenant(input: $input)\n  }\n"): typeof import('./graphql').DeleteCampaignCovenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignDocumentBatchItem on CampaignDocumentBatchItem {\n    planId\n    position\n    status\n    created\n    error\n    pdfUrl\n    plan {\n      id\n      title\n      symbol\n      status\n    }\n  }\n"): typeof import('./graphql').CampaignDocumentBatchItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenderCampaignPlanDocuments($input: RenderCampaignPlanDocumentsInput!) {\n    renderCampaignPlanDocuments(input: $input) {\n      job {\n        ...JobItem\n      }\n      items {\n        ...CampaignDocumentBatchItem\n      }\n    }\n  }\n"): typeof import('./graphql').RenderCampaignPlanDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDocumentBatch($jobId: ID!) {\n    campaignDocumentBatch(jobId: $jobId) {\n      job {\n        ...JobItem\n      }\n      items {\n        ...CampaignDocumentBatchItem\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignDocumentBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignPlanItem on CampaignPlan {\n    id\n    title\n    kind\n    scope\n    status\n    periodFrom\n    periodTo\n    number\n    symbol\n    issuedOn\n    returnReason\n    version\n    createdAt\n    updatedAt\n    issuerUnit {\n      id\n      name\n      shortName\n      canOpen\n    }\n  }\n"): typeof import('./graphql').CampaignPlanItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignPlanContentFields on CampaignPlanContent {\n    opening {\n      verb\n      resolution\n    }\n    purpose {\n      aims\n      requirements\n      numbered\n    }\n    numbering\n    headings {\n      purpose\n      contest\n      theme\n      motto\n      period\n      participants\n      content\n      targets\n      schedule\n      measures\n      awards\n      implementation\n    }\n    contestOrder\n    schedulePlacement\n    theme\n    motto\n    methods\n    participants {\n      collectives\n      individuals\n    }\n    sections {\n      title\n      paragraphs\n      footnotes\n      subsections {\n        title\n        paragraphs\n        footnotes\n      }\n    }\n    targets {\n      indicator\n      target\n      unit\n      year\n      responsibleUnitName\n      note\n    }\n    phases {\n      name\n      from\n      to\n      tasks\n    }\n    milestones {\n      date\n      label\n      tentative\n    }\n    measures\n    awards {\n      forms {\n        name\n        text\n      }\n      criteria {\n        label\n        text\n      }\n      quotas {\n        form\n        collectives\n        individuals\n        either\n        per\n        note\n      }\n      dossier\n      submitTo\n      deadline\n      deadlineNote\n    }\n    implementation {\n      body\n      tasks\n      asTyped\n    }\n    reporting {\n      who\n      frequency\n      to\n      via\n      inText\n    }\n    closing\n    recipients {\n      groups {\n        heading\n        names\n      }\n      archive\n    }\n    signature {\n      on {\n        authority\n        of\n      }\n      title\n      name\n    }\n  }\n"): typeof import('./graphql').CampaignPlanContentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignPlanDetail on CampaignPlan {\n    ...CampaignPlanItem\n    issuePlace\n    documentUrl\n    # what the viewer may do on this plan (the issuer unit's rights, or an addressed unit's)\n    canManage\n    canIssue\n    canAnswer\n    issuerUnit {\n      id\n      name\n      shortName\n      tree\n      canOpen\n      parent {\n        id\n        name\n      }\n    }\n    legalBases {\n      id\n      kind\n      number\n      name\n      title\n      issuingBody\n      issuedOn\n      status\n    }\n    signer {\n      on {\n        authority\n        of\n      }\n      title\n      name\n    }\n    content {\n      ...CampaignPlanContentFields\n    }\n    addressing {\n      unitIds\n      subtreeUnitIds\n      unitKindCodes\n      unitKindsWithinUnitIds\n      clusterIds\n      units {\n        id\n        name\n      }\n      subtreeUnits {\n        id\n        name\n      }\n      unitKindsWithinUnits {\n        id\n        name\n      }\n    }\n    answerDeadline\n    respondsToPlanId\n    respondsToPlan {\n      id\n      title\n      symbol\n      issuedOn\n      issuerUnit {\n        id\n        name\n      }\n    }\n    amendmentNote\n    amends {\n      id\n      title\n      symbol\n      issuedOn\n    }\n    supersededBy {\n      id\n      title\n      symbol\n      issuedOn\n    }\n    pdfUrl\n    pdfAvailable\n    pdfStatus\n  }\n"): typeof import('./graphql').CampaignPlanDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignPlans(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: CampaignPlanStatus\n    $kind: CampaignKind\n    $year: Int\n    $issuerUnitId: ID\n  ) {\n    campaignPlans(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      kind: $kind\n      year: $year\n      issuerUnitId: $issuerUnitId\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignPlanItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignPlan($id: ID!) {\n    campaignPlan(id: $id) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').CampaignPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaignPlan($input: CreateCampaignPlanInput!) {\n    createCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').CreateCampaignPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaignPlan($input: UpdateCampaignPlanInput!) {\n    updateCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').UpdateCampaignPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCampaignPlanDraft($input: DeleteCampaignPlanDraftInput!) {\n    deleteCampaignPlanDraft(input: $input)\n  }\n"): typeof import('./graphql').DeleteCampaignPlanDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCampaignPlan($input: SubmitCampaignPlanInput!) {\n    submitCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').SubmitCampaignPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnCampaignPlan($input: ReturnCampaignPlanInput!) {\n    returnCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').ReturnCampaignPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCampaignPlan($input: IssueCampaignPlanInput!) {\n    issueCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').IssueCampaignPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCampaignPlan($input: CampaignPlanStepInput!) {\n    startCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').StartCampaignPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCampaignPlanReview($input: OpenCampaignPlanReviewInput!) {\n    openCampaignPlanReview(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').OpenCampaignPlanReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCampaignPlan($input: CampaignPlanStepInput!) {\n    resumeCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').ResumeCampaignPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCampaignPlan($input: CampaignPlanStepInput!) {\n    closeCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').CloseCampaignPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendCampaignPlan($input: AmendCampaignPlanInput!) {\n    amendCampaignPlan(input: $input) {\n      ...CampaignPlanDetail\n    }\n  }\n"): typeof import('./graphql').AmendCampaignPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignAddresseeItem on CampaignAddressee {\n    id\n    rule\n    deadline\n    status\n    answeredOn\n    reminderCount\n    lastRemindedAt\n    createdAt\n    unit {\n      id\n      name\n      code\n      canOpen\n    }\n    inheritedFromUnit {\n      id\n      name\n    }\n    answerPlan {\n      id\n      symbol\n      title\n      issuedOn\n    }\n  }\n"): typeof import('./graphql').CampaignAddresseeItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignPlanAddressees(\n    $planId: ID!\n    $first: Int!\n    $after: String\n    $status: CampaignAddresseeStatus\n    $underUnitId: ID\n    $search: String\n  ) {\n    campaignPlanAddressees(\n      planId: $planId\n      first: $first\n      after: $after\n      status: $status\n      underUnitId: $underUnitId\n      search: $search\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignAddresseeItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignPlanAddresseesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCascadeSummary($planId: ID!, $underUnitId: ID) {\n    campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {\n      planId\n      underUnit {\n        id\n        name\n      }\n      counts {\n        total\n        answered\n        answeredLate\n        pending\n        overdue\n      }\n      groups {\n        addressed\n        unit {\n          id\n          name\n          childCount\n        }\n        counts {\n          total\n          answered\n          answeredLate\n          pending\n          overdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignCascadeSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignInbox(\n    $first: Int!\n    $after: String\n    $status: CampaignAddresseeStatus\n    $year: Int\n    $search: String\n  ) {\n    campaignInbox(first: $first, after: $after, status: $status, year: $year, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignAddresseeItem\n          plan {\n            id\n            title\n            symbol\n            issuedOn\n            status\n            periodFrom\n            periodTo\n            issuerUnit {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindCampaignAddressees($input: RemindCampaignAddresseesInput!) {\n    remindCampaignAddressees(input: $input) {\n      reminded\n      remindedAt\n    }\n  }\n"): typeof import('./graphql').RemindCampaignAddresseesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignRegistrationItem on CampaignRegistration {\n    id\n    kind\n    status\n    registrantName\n    commitments\n    returnReason\n    submittedAt\n    reviewedAt\n    canDecide\n    canEdit\n    version\n    titles {\n      code\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CampaignRegistrationItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignRegistrations(\n    $planId: ID!\n    $first: Int!\n    $after: String\n    $filter: CampaignRegistrationFilter\n  ) {\n    campaignRegistrations(planId: $planId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignRegistrationItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignRegistrationSummary($planId: ID!) {\n    campaignRegistrationSummary(planId: $planId) {\n      total {\n        units {\n          total\n          draft\n          submitted\n          returned\n          approved\n        }\n        people {\n          total\n          draft\n          submitted\n          returned\n          approved\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignRegistrationSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCampaignRegistration($input: CampaignRegistrationRefInput!) {\n    approveCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n"): typeof import('./graphql').ApproveCampaignRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnCampaignRegistration($input: ReturnCampaignRegistrationInput!) {\n    returnCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n"): typeof import('./graphql').ReturnCampaignRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignReviewItem on CampaignReview {\n    id\n    kind\n    status\n    report\n    deadline\n    late\n    submittedAt\n    returnReason\n    canReturn\n    canEdit\n    version\n    unit {\n      id\n      name\n    }\n    figures {\n      targetIndex\n      achieved\n      note\n      target {\n        indicator\n        target\n        unit\n      }\n    }\n    attachments {\n      name\n      url\n    }\n  }\n"): typeof import('./graphql').CampaignReviewItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignReviews(\n    $planId: ID!\n    $kind: CampaignReviewKind!\n    $first: Int!\n    $after: String\n    $filter: CampaignReviewFilter\n  ) {\n    campaignReviews(planId: $planId, kind: $kind, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CampaignReviewItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignReviewSummary($planId: ID!, $kind: CampaignReviewKind!) {\n    campaignReviewSummary(planId: $planId, kind: $kind) {\n      kind\n      deadline\n      overdue\n      addressed\n      submitted\n      onTime\n      late\n      missing\n      drafts\n      returned\n    }\n  }\n"): typeof import('./graphql').CampaignReviewSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnCampaignReview($input: ReturnCampaignReviewInput!) {\n    returnCampaignReview(input: $input) {\n      ...CampaignReviewItem\n    }\n  }\n"): typeof import('./graphql').ReturnCampaignReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCalendar($first: Int!, $year: Int) {\n    campaignPlans(first: $first, year: $year) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          periodFrom\n          periodTo\n          answerDeadline\n          content {\n            phases {\n              name\n              from\n              to\n            }\n            milestones {\n              date\n              label\n              tentative\n            }\n            awards {\n              deadline\n              submitTo\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaignRegistration($input: CreateCampaignRegistrationInput!) {\n    createCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n"): typeof import('./graphql').CreateCampaignRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCampaignRegistration($input: CampaignRegistrationRefInput!) {\n    submitCampaignRegistration(input: $input) {\n      ...CampaignRegistrationItem\n    }\n  }\n"): typeof import('./graphql').SubmitCampaignRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCampaignRegistration($input: CampaignRegistrationRefInput!) {\n    deleteCampaignRegistration(input: $input)\n  }\n"): typeof import('./graphql').DeleteCampaignRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaignReview($input: CreateCampaignReviewInput!) {\n    createCampaignReview(input: $input) {\n      ...CampaignReviewItem\n    }\n  }\n"): typeof import('./graphql').CreateCampaignReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCampaignReview($input: CampaignReviewRefInput!) {\n    submitCampaignReview(input: $input) {\n      ...CampaignReviewItem\n    }\n  }\n"): typeof import('./graphql').SubmitCampaignReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClusterItem on Cluster {\n    id\n    code\n    name\n    kind\n    description\n    memberCount\n    version\n    organizer {\n      id\n      name\n      canOpen\n    }\n  }\n"): typeof import('./graphql').ClusterItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clusters($first: Int!, $after: String, $search: String, $kind: ClusterKind) {\n    clusters(first: $first, after: $after, search: $search, kind: $kind) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClusterItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterDetail($id: ID!, $asOf: Date) {\n    cluster(id: $id) {\n      ...ClusterItem\n      members(asOf: $asOf) {\n        id\n        joinedOn\n        leftOn\n        unit {\n          id\n          code\n          name\n          canOpen\n          status\n          validTo\n        }\n      }\n      leaderships {\n        id\n        year\n        lead {\n          id\n          name\n          canOpen\n        }\n        deputy {\n          id\n          name\n          canOpen\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClusterDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      ...ClusterItem\n    }\n  }\n"): typeof import('./graphql').CreateClusterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCluster($input: UpdateClusterInput!) {\n    updateCluster(input: $input) {\n      ...ClusterItem\n    }\n  }\n"): typeof import('./graphql').UpdateClusterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClusterMember($input: AddClusterMemberInput!) {\n    addClusterMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddClusterMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndClusterMembership($input: EndClusterMembershipInput!) {\n    endClusterMembership(input: $input) {\n      id\n      leftOn\n    }\n  }\n"): typeof import('./graphql').EndClusterMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClusterLeadership($input: SetClusterLeadershipInput!) {\n    setClusterLeadership(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetClusterLeadershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CongressItem on Congress {\n    id\n    planId\n    name\n    level\n    form\n    status\n    windowFrom\n    windowTo\n    windowLabel\n    heldOn\n    venue\n    duration\n    delegateTarget\n    delegateCount\n    agenda\n    canManage\n    version\n    hostUnit {\n      id\n      name\n    }\n    upperCongressId\n    upperCongress {\n      id\n      name\n      canOpen\n      windowLabel\n    }\n    requirements {\n      criterion\n      minShare\n      minCount\n      maxAge\n      sectors\n    }\n  }\n"): typeof import('./graphql').CongressItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CongressDelegateItem on CongressDelegate {\n    id\n    personId\n    fullName\n    title\n    sector\n    toUpper\n    directWorker\n    position\n    unit {\n      id\n      name\n    }\n    congress {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CongressDelegateItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Congresses($planId: ID!, $first: Int!, $after: String, $filter: CongressFilterInput) {\n    congresses(planId: $planId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CongressItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CongressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CongressDetail($id: ID!, $includeFromBelow: Boolean!) {\n    congress(id: $id) {\n      ...CongressItem\n      delegates(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...CongressDelegateItem\n          }\n        }\n      }\n      delegatesFromBelow(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...CongressDelegateItem\n          }\n        }\n      }\n      balance(includeFromBelow: $includeFromBelow) {\n        met\n        total\n        onDate\n        summary\n        lines {\n          criterion\n          label\n          sector\n          met\n          actual\n          requiredCount\n          missing\n          unknown\n          explanation\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CongressDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCongress($input: CreateCongressInput!) {\n    createCongress(input: $input) {\n      ...CongressItem\n    }\n  }\n"): typeof import('./graphql').CreateCongressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCongress($input: UpdateCongressInput!) {\n    updateCongress(input: $input) {\n      ...CongressItem\n    }\n  }\n"): typeof import('./graphql').UpdateCongressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCongress($input: DeleteCongressInput!) {\n    deleteCongress(input: $input)\n  }\n"): typeof import('./graphql').DeleteCongressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCongressDelegates($input: SetCongressDelegatesInput!) {\n    setCongressDelegates(input: $input) {\n      ...CongressItem\n    }\n  }\n"): typeof import('./graphql').SetCongressDelegatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCongressDelegatesToUpper($input: MarkCongressDelegatesToUpperInput!) {\n    markCongressDelegatesToUpper(input: $input) {\n      ...CongressItem\n    }\n  }\n"): typeof import('./graphql').MarkCongressDelegatesToUpperDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldCongress($input: HoldCongressInput!) {\n    holdCongress(input: $input) {\n      ...CongressItem\n    }\n  }\n"): typeof import('./graphql').HoldCongressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilBallotPaper($roundId: ID!, $code: String!) {\n    councilBallotPaper(roundId: $roundId, code: $code) {\n      roundId\n      sessionTitle\n      number\n      threshold\n      members\n      candidates {\n        agendaItemId\n        candidateName\n        awardName\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilBallotPaperDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberVotingRound($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n      sessionId\n      number\n      title\n      mode\n      status\n      threshold\n      members\n      blindKey {\n        kty\n        n\n        e\n      }\n      candidates {\n        id\n        candidateName\n        awardName\n      }\n    }\n  }\n"): typeof import('./graphql').MemberVotingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCouncilVotingToken($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n"): typeof import('./graphql').IssueCouncilVotingTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastCouncilBallot($input: CastCouncilBallotInput!) {\n    castCouncilBallot(input: $input) {\n      choices\n    }\n  }\n"): typeof import('./graphql').CastCouncilBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouncilVotingRoundItem on CouncilVotingRound {\n    id\n    version\n    sessionId\n    number\n    previousRoundId\n    title\n    mode\n    status\n    members\n    voters\n    inRoom\n    threshold\n    quota\n    openedAt\n    closedAt\n    talliedAt\n    closeHash\n    paperScanSha256\n    paperTallyConfirmed\n    paperEntries {\n      entry\n      userName\n    }\n    tallyMinutes {\n      sha256\n      docxPath\n      pdfPath\n    }\n    castCount\n    candidates {\n      id\n      position\n      candidateName\n      awardName\n      subject\n      proposingUnitName\n      voteRequired\n      threshold\n    }\n    results {\n      agendaItemId\n      agree\n      disagree\n      percentHundredths\n      passed\n      rank\n      withinQuota\n      explanation\n    }\n  }\n"): typeof import('./graphql').CouncilVotingRoundItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilSessionVotingRounds($id: ID!) {\n    councilSession(id: $id) {\n      id\n      votingRounds {\n        ...CouncilVotingRoundItem\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilSessionVotingRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilVotingRoundLiveCount($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n      status\n      castCount\n      voters\n    }\n  }\n"): typeof import('./graphql').CouncilVotingRoundLiveCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCouncilVotingRound($input: OpenCouncilVotingRoundInput!) {\n    openCouncilVotingRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n"): typeof import('./graphql').OpenCouncilVotingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCouncilSecondRound($input: OpenCouncilSecondRoundInput!) {\n    openCouncilSecondRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n"): typeof import('./graphql').OpenCouncilSecondRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateCouncilVotingCodes($input: CouncilRoundRefInput!) {\n    generateCouncilVotingCodes(input: $input) {\n      roundId\n      codes\n    }\n  }\n"): typeof import('./graphql').GenerateCouncilVotingCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCouncilVotingRound($input: CouncilRoundRefInput!) {\n    closeCouncilVotingRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n"): typeof import('./graphql').CloseCouncilVotingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyCouncilVotingRound($input: CouncilRoundRefInput!) {\n    tallyCouncilVotingRound(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n"): typeof import('./graphql').TallyCouncilVotingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterPaperTally($input: EnterPaperTallyInput!) {\n    enterPaperTally(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EnterPaperTallyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPaperTally($input: CouncilRoundRefInput!) {\n    confirmPaperTally(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n"): typeof import('./graphql').ConfirmPaperTallyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCouncilTie($input: DecideCouncilTieInput!) {\n    decideCouncilTie(input: $input) {\n      ...CouncilVotingRoundItem\n    }\n  }\n"): typeof import('./graphql').DecideCouncilTieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWrittenOpinions($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordWrittenOpinionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouncilItem on Council {\n    id\n    name\n    unitId\n    clusterId\n    standingUnitId\n    decisionNumber\n    decisionDate\n    decisionText\n    quorumShare\n    awardPresenceShare\n    proxiesAllowed\n    endedOn\n    active\n    canManage\n    version\n    unit {\n      id\n      name\n      canOpen\n    }\n    standingUnit {\n      id\n      name\n      canOpen\n    }\n  }\n"): typeof import('./graphql').CouncilItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouncilMemberItem on CouncilMember {\n    id\n    councilId\n    personId\n    fullName\n    role\n    title\n    from\n    to\n    userId\n    version\n  }\n"): typeof import('./graphql').CouncilMemberItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouncilDetail on Council {\n    ...CouncilItem\n    members(on: $on) {\n      ...CouncilMemberItem\n    }\n  }\n"): typeof import('./graphql').CouncilDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouncilSessionItem on CouncilSession {\n    id\n    councilId\n    title\n    kind\n    date\n    startTime\n    place\n    chairMemberId\n    secretaryMemberId\n    awardRoundId\n    status\n    startedAt\n    note\n    version\n  }\n"): typeof import('./graphql').CouncilSessionItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouncilSessionDetail on CouncilSession {\n    ...CouncilSessionItem\n    canManage\n    council {\n      id\n      name\n      proxiesAllowed\n      unit {\n        id\n        name\n        canOpen\n      }\n    }\n    chair {\n      memberId\n      fullName\n    }\n    secretary {\n      memberId\n      fullName\n    }\n    awardRound {\n      id\n      title\n    }\n    members {\n      id\n      memberId\n      position\n      fullName\n      role\n      title\n      attendance\n      writtenOpinion\n      proxyMemberId\n    }\n    guests {\n      id\n      position\n      name\n      title\n    }\n    agenda {\n      id\n      position\n      nominationId\n      subject\n      candidateName\n      awardCode\n      awardName\n      proposingUnitId\n      proposingUnitName\n      voteRequired\n      threshold\n      outcome\n      outcomeAgree\n      outcomePercentHundredths\n      outcomeRoundId\n    }\n    closedAt\n    minutes {\n      sha256\n      docxPath\n      pdfPath\n    }\n    signedAt\n    signedScanSha256\n    quorum {\n      members\n      present\n      proxies\n      attending\n      writtenOpinions\n      absent\n      unrecorded\n      share\n      awardShare\n      required\n      met\n      explanation\n    }\n  }\n"): typeof import('./graphql').CouncilSessionDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Councils($first: Int!, $after: String, $unitId: ID, $search: String) {\n    councils(first: $first, after: $after, unitId: $unitId, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CouncilItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Council($id: ID!, $on: Date) {\n    council(id: $id) {\n      ...CouncilDetail\n    }\n  }\n"): typeof import('./graphql').CouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilMembersOn($id: ID!, $on: Date!) {\n    council(id: $id) {\n      id\n      members(on: $on) {\n        ...CouncilMemberItem\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilMembersOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      ...CouncilItem\n    }\n  }\n"): typeof import('./graphql').CreateCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCouncil($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      ...CouncilItem\n    }\n  }\n"): typeof import('./graphql').UpdateCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCouncilMember($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      ...CouncilMemberItem\n    }\n  }\n"): typeof import('./graphql').AddCouncilMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCouncilMember($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      ...CouncilMemberItem\n    }\n  }\n"): typeof import('./graphql').UpdateCouncilMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCouncilMember($input: CouncilMemberRefInput!) {\n    removeCouncilMember(input: $input)\n  }\n"): typeof import('./graphql').RemoveCouncilMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilSessions(\n    $first: Int!\n    $after: String\n    $councilId: ID\n    $status: CouncilSessionStatus\n  ) {\n    councilSessions(first: $first, after: $after, councilId: $councilId, status: $status) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CouncilSessionItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCouncilSessions($first: Int!) {\n    myCouncilSessions(first: $first) {\n      totalCount\n      totalCountCapped\n      edges {\n        node {\n          id\n          councilName\n          title\n          date\n          startTime\n          place\n          status\n          role\n          attendance\n          remoteRounds {\n            id\n            number\n            awards\n            tokenTaken\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCouncilSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilSession($id: ID!) {\n    councilSession(id: $id) {\n      ...CouncilSessionDetail\n    }\n  }\n"): typeof import('./graphql').CouncilSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouncilSession($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      ...CouncilSessionItem\n    }\n  }\n"): typeof import('./graphql').CreateCouncilSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCouncilSession($input: UpdateCouncilSessionInput!) {\n    updateCouncilSession(input: $input) {\n      ...CouncilSessionItem\n    }\n  }\n"): typeof import('./graphql').UpdateCouncilSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCouncilSession($input: CouncilSessionRefInput!) {\n    deleteCouncilSession(input: $input)\n  }\n"): typeof import('./graphql').DeleteCouncilSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCouncilAttendance($input: SetCouncilAttendanceInput!) {\n    setCouncilAttendance(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n"): typeof import('./graphql').SetCouncilAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCouncilGuest($input: AddCouncilGuestInput!) {\n    addCouncilGuest(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n"): typeof import('./graphql').AddCouncilGuestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCouncilGuest($input: RemoveCouncilGuestInput!) {\n    removeCouncilGuest(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n"): typeof import('./graphql').RemoveCouncilGuestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCouncilAgendaFromRound($input: AddCouncilAgendaFromRoundInput!) {\n    addCouncilAgendaFromRound(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n"): typeof import('./graphql').AddCouncilAgendaFromRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCouncilAgendaItem($input: RemoveCouncilAgendaItemInput!) {\n    removeCouncilAgendaItem(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n"): typeof import('./graphql').RemoveCouncilAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCouncilAgendaItem($input: MoveCouncilAgendaItemInput!) {\n    moveCouncilAgendaItem(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n"): typeof import('./graphql').MoveCouncilAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCouncilSession($input: CouncilSessionRefInput!) {\n    closeCouncilSession(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n"): typeof import('./graphql').CloseCouncilSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignCouncilSession($input: SignCouncilSessionInput!) {\n    signCouncilSession(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n"): typeof import('./graphql').SignCouncilSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCouncilSession($input: CouncilSessionRefInput!) {\n    startCouncilSession(input: $input) {\n      ...CouncilSessionDetail\n    }\n  }\n"): typeof import('./graphql').StartCouncilSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicAwardItem on PublicAward {\n    name\n    unitName\n    awardName\n    decisionNumber\n    decidedOn\n    issuerName\n    goldBookNumber\n    year\n  }\n"): typeof import('./graphql').PublicAwardItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAwardCertificate($code: String!) {\n    verifyAwardCertificate(code: $code) {\n      ...PublicAwardItem\n    }\n  }\n"): typeof import('./graphql').VerifyAwardCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicAwardLookup(\n    $name: String!\n    $unitName: String\n    $year: Int\n    $first: Int!\n    $after: String\n  ) {\n    publicAwardLookup(name: $name, unitName: $unitName, year: $year, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PublicAwardItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicAwardLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardDecisionItem on AwardDecision {\n    id\n    version\n    status\n    year\n    track\n    awardCode\n    awardName\n    awardKind\n    subject\n    number\n    symbol\n    decidedOn\n    issuedAt\n    createdAt\n    canManage\n    canIssue\n    issuerUnit {\n      id\n      name\n      canOpen\n    }\n    round {\n      id\n      title\n      year\n    }\n  }\n"): typeof import('./graphql').AwardDecisionItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardDecisionRecipientItem on AwardDecisionRecipient {\n    id\n    position\n    nominationId\n    dossierId\n    subject\n    displayName\n    name\n    detail\n    unitName\n    achievement\n    awardName\n    multiplier\n    baseSalary\n    amount\n    goldBookNumber\n    certificateCode\n    awardRecordId\n  }\n"): typeof import('./graphql').AwardDecisionRecipientItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardDecisionDetail on AwardDecision {\n    ...AwardDecisionItem\n    roundId\n    issuerUnitId\n    authority\n    achievement\n    bases\n    councilMinutes {\n      body\n      date\n    }\n    proposal {\n      by\n      reference\n    }\n    rewardFunding\n    rewardBasis\n    executors\n    receivers\n    archive\n    place\n    signer {\n      on {\n        authority\n        of\n      }\n      title\n      name\n    }\n    issuedByName\n    docxPath\n    pdfPath\n    rewardsExportPath\n    certificates {\n      docxPath\n      pdfPath\n      madeAt\n    }\n    totalAmount\n    updatedAt\n    recipients {\n      ...AwardDecisionRecipientItem\n    }\n  }\n"): typeof import('./graphql').AwardDecisionDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardDecisions(\n    $first: Int!\n    $after: String\n    $filter: AwardDecisionFilter\n    $sort: AwardDecisionSort\n  ) {\n    awardDecisions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardDecisionItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwardDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardDecision($id: ID!) {\n    awardDecision(id: $id) {\n      ...AwardDecisionDetail\n    }\n  }\n"): typeof import('./graphql').AwardDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardDecisionCandidates($roundId: ID!, $issuerUnitId: ID!) {\n    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {\n      nominationId\n      dossierId\n      dossierStatus\n      proposingUnitId\n      proposingUnitName\n      subject\n      name\n      awardCode\n      awardName\n      toTrinhSymbol\n      decisionId\n    }\n  }\n"): typeof import('./graphql').AwardDecisionCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftAwardDecision($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      ...AwardDecisionDetail\n    }\n  }\n"): typeof import('./graphql').DraftAwardDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwardDecision($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      ...AwardDecisionDetail\n    }\n  }\n"): typeof import('./graphql').UpdateAwardDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAwardDecision($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n"): typeof import('./graphql').DeleteAwardDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueAwardDecision($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      ...AwardDecisionDetail\n    }\n  }\n"): typeof import('./graphql').IssueAwardDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrintAwardCertificates($decisionId: ID!) {\n    printAwardCertificates(decisionId: $decisionId) {\n      ...JobItem\n    }\n  }\n"): typeof import('./graphql').PrintAwardCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitSummary on Unit {\n    id\n    code\n    name\n    shortName\n  }\n"): typeof import('./graphql').UnitSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleAssignmentItem on RoleAssignment {\n    id\n    createdAt\n    role {\n      id\n      code\n      name\n      isSystem\n    }\n    unit {\n      ...UnitSummary\n    }\n  }\n"): typeof import('./graphql').RoleAssignmentItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserItem on User {\n    id\n    username\n    fullName\n    email\n    status\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n"): typeof import('./graphql').UserItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleItem on Role {\n    id\n    code\n    name\n    description\n    permissions\n    isSystem\n    version\n  }\n"): typeof import('./graphql').RoleItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiClientItem on ApiClient {\n    id\n    name\n    description\n    status\n    keyPrefix\n    lastUsedAt\n    revokedAt\n    createdAt\n    version\n    unit {\n      ...UnitSummary\n    }\n    roleAssignments {\n      ...RoleAssignmentItem\n    }\n  }\n"): typeof import('./graphql').ApiClientItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobItem on Job {\n    id\n    kind\n    status\n    progress\n    total\n    message\n    error\n    startedAt\n    finishedAt\n  }\n"): typeof import('./graphql').JobItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportBatchSummary on ImportBatch {\n    id\n    kind\n    fileName\n    status\n    columns\n    rowCount\n    errorCount\n    createCount\n    updateCount\n    unchangedCount\n    createdAt\n    job {\n      ...JobItem\n    }\n  }\n"): typeof import('./graphql').ImportBatchSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportRowItem on ImportRow {\n    rowNumber\n    action\n    values\n    problems\n  }\n"): typeof import('./graphql').ImportRowItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchSummary\n    }\n  }\n"): typeof import('./graphql').ImportBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatchRows($id: ID!, $first: Int!, $after: String, $onlyProblems: Boolean) {\n    importBatch(id: $id) {\n      id\n      rows(first: $first, after: $after, onlyProblems: $onlyProblems) {\n        totalCount\n        totalCountCapped\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ImportRowItem\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImportBatchRowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Job($id: ID!) {\n    job(id: $id) {\n      ...JobItem\n    }\n  }\n"): typeof import('./graphql').JobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJobs($first: Int) {\n    myJobs(first: $first) {\n      ...JobItem\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MyJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitImport($batchId: ID!) {\n    commitImport(batchId: $batchId) {\n      ...ImportBatchSummary\n    }\n  }\n"): typeof import('./graphql').CommitImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardImport($batchId: ID!) {\n    discardImport(batchId: $batchId)\n  }\n"): typeof import('./graphql').DiscardImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalDocumentItem on LegalDocument {\n    id\n    number\n    kind\n    name\n    title\n    issuingBody\n    issuedOn\n    effectiveFrom\n    effectiveTo\n    status\n    national\n    canManage\n    version\n    issuerUnit {\n      id\n      name\n      canOpen\n    }\n    replacedBy {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').LegalDocumentItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalDocuments(\n    $first: Int!\n    $after: String\n    $search: String\n    $kind: LegalDocumentKind\n    $effectiveOn: Date\n    $includeReplaced: Boolean\n  ) {\n    legalDocuments(\n      first: $first\n      after: $after\n      search: $search\n      kind: $kind\n      effectiveOn: $effectiveOn\n      includeReplaced: $includeReplaced\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LegalDocumentItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LegalDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalDocumentDetail($id: ID!) {\n    legalDocument(id: $id) {\n      ...LegalDocumentItem\n      note\n      replaces {\n        id\n        name\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').LegalDocumentDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLegalDocument($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      ...LegalDocumentItem\n    }\n  }\n"): typeof import('./graphql').CreateLegalDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLegalDocument($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      ...LegalDocumentItem\n    }\n  }\n"): typeof import('./graphql').UpdateLegalDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkLegalDocumentReplaced($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      ...LegalDocumentItem\n    }\n  }\n"): typeof import('./graphql').MarkLegalDocumentReplacedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicAwardNoticeItem on PublicAwardNotice {\n    id\n    title\n    unitName\n    startsOn\n    endsOn\n    workingDays\n    articles\n    publishedAt\n    acceptingComments\n    nominees {\n      position\n      subject\n      name\n      detail\n      awardName\n    }\n  }\n"): typeof import('./graphql').PublicAwardNoticeItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeCommentItem on NoticeComment {\n    id\n    version\n    kind\n    nomineePosition\n    nomineeLabel\n    text\n    receivedAt\n    authorName\n    contact\n    outcome\n    handling\n    handledAt\n    handledByName\n  }\n"): typeof import('./graphql').NoticeCommentItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardNoticeDetail on AwardNotice {\n    id\n    version\n    dossierId\n    title\n    unitName\n    required\n    workingDays\n    articles\n    startsOn\n    endsOn\n    status\n    phase\n    publishedAt\n    publishedByName\n    closedAt\n    closedByName\n    publicPath\n    canManage\n    unhandledCount\n    counts {\n      kind\n      count\n    }\n    nominees {\n      position\n      nominationId\n      name\n      detail\n      awardName\n      required\n    }\n  }\n"): typeof import('./graphql').AwardNoticeDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardNoticePanel($dossierId: ID!) {\n    awardDossier(id: $dossierId) {\n      id\n      noticeRequirement {\n        required\n        workingDays\n        articles\n        nominees\n      }\n    }\n    awardNotice(dossierId: $dossierId) {\n      ...AwardNoticeDetail\n    }\n  }\n"): typeof import('./graphql').AwardNoticePanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardNoticeComments($dossierId: ID!, $first: Int!, $after: String) {\n    awardNotice(dossierId: $dossierId) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        totalCountCapped\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...NoticeCommentItem\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwardNoticeCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAwardNotice($input: PublishAwardNoticeInput!) {\n    publishAwardNotice(input: $input) {\n      ...AwardNoticeDetail\n    }\n  }\n"): typeof import('./graphql').PublishAwardNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendAwardNotice($input: ExtendAwardNoticeInput!) {\n    extendAwardNotice(input: $input) {\n      ...AwardNoticeDetail\n    }\n  }\n"): typeof import('./graphql').ExtendAwardNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAwardNotice($input: CloseAwardNoticeInput!) {\n    closeAwardNotice(input: $input) {\n      ...AwardNoticeDetail\n    }\n  }\n"): typeof import('./graphql').CloseAwardNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandleNoticeComment($input: HandleNoticeCommentInput!) {\n    handleNoticeComment(input: $input) {\n      ...NoticeCommentItem\n    }\n  }\n"): typeof import('./graphql').HandleNoticeCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicAwardNotices($first: Int!, $after: String, $search: String) {\n    publicAwardNotices(first: $first, after: $after, search: $search) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PublicAwardNoticeItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicAwardNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicAwardNotice($id: ID!) {\n    publicAwardNotice(id: $id) {\n      ...PublicAwardNoticeItem\n    }\n  }\n"): typeof import('./graphql').PublicAwardNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeEndDate($start: Date!, $days: Int!) {\n    addWorkingDays(start: $start, days: $days) {\n      date\n      missingYears\n    }\n  }\n"): typeof import('./graphql').NoticeEndDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitNoticeComment($input: SubmitNoticeCommentInput!) {\n    submitNoticeComment(input: $input) {\n      kind\n      nomineeLabel\n      receivedAt\n    }\n  }\n"): typeof import('./graphql').SubmitNoticeCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionItem on Position {\n    id\n    title\n    startedOn\n    endedOn\n    isLeader\n    staffCategory\n    unit {\n      id\n      code\n      name\n      status\n    }\n  }\n"): typeof import('./graphql').PositionItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonItem on Person {\n    id\n    code\n    fullName\n    sex\n    dateOfBirth\n    partyMember\n    version\n    currentPositions {\n      ...PositionItem\n    }\n  }\n"): typeof import('./graphql').PersonItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonDetail on Person {\n    ...PersonItem\n    ethnicity\n    religion\n    hometown\n    partyJoinedOn\n    note\n    positions {\n      ...PositionItem\n    }\n  }\n"): typeof import('./graphql').PersonDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $unitId: ID\n    $includeDescendants: Boolean\n    $sex: Sex\n    $partyMember: Boolean\n    $staffCategory: StaffCategory\n    $includeFormer: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      unitId: $unitId\n      includeDescendants: $includeDescendants\n      sex: $sex\n      partyMember: $partyMember\n      staffCategory: $staffCategory\n      includeFormer: $includeFormer\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PersonItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n"): typeof import('./graphql').PersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetail\n    }\n  }\n"): typeof import('./graphql').CreatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetail\n    }\n  }\n"): typeof import('./graphql').UpdatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPosition($input: AddPositionInput!) {\n    addPosition(input: $input) {\n      ...PositionItem\n    }\n  }\n"): typeof import('./graphql').AddPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPosition($input: EndPositionInput!) {\n    endPosition(input: $input) {\n      ...PositionItem\n    }\n  }\n"): typeof import('./graphql').EndPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferPerson($input: TransferPersonInput!) {\n    transferPerson(input: $input) {\n      ...PersonDetail\n    }\n  }\n"): typeof import('./graphql').TransferPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPastStaff($unitId: ID!, $first: Int!, $after: String) {\n    people(\n      unitId: $unitId\n      includeDescendants: false\n      includeFormer: true\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fullName\n          positions {\n            ...PositionItem\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitPastStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationItem on Evaluation {\n    id\n    version\n    subject\n    personId\n    subjectName\n    year\n    grade\n    source\n    note\n    canEdit\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n"): typeof import('./graphql').EvaluationItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardRecordItem on AwardRecord {\n    id\n    version\n    subject\n    personId\n    subjectName\n    householdAddress\n    awardCode\n    awardName\n    track\n    year\n    decisionNumber\n    decidedOn\n    decidedBy\n    note\n    canEdit\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n"): typeof import('./graphql').AwardRecordItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeItem on Initiative {\n    id\n    version\n    subject\n    personId\n    subjectName\n    kind\n    title\n    scope\n    recognisedOn\n    recognisedBy\n    certificateNumber\n    note\n    canEdit\n    usedFor {\n      awardName\n      year\n      reference\n    }\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n"): typeof import('./graphql').InitiativeItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HoldItem on Hold {\n    id\n    version\n    subject\n    personId\n    subjectName\n    kind\n    startsOn\n    endsOn\n    source\n    liftedOn\n    liftReason\n    note\n    canEdit\n    unit {\n      id\n      name\n      canOpen\n    }\n  }\n"): typeof import('./graphql').HoldItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Evaluations($first: Int!, $after: String, $filter: EvaluationFilter) {\n    evaluations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EvaluationItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvaluationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardRecords($first: Int!, $after: String, $filter: AwardRecordFilter) {\n    awardRecords(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AwardRecordItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwardRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiatives($first: Int!, $after: String, $filter: InitiativeFilter) {\n    initiatives(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InitiativeItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InitiativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Holds($first: Int!, $after: String, $filter: HoldFilter) {\n    holds(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...HoldItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HoldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvaluation($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      ...EvaluationItem\n    }\n  }\n"): typeof import('./graphql').CreateEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvaluation($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      ...EvaluationItem\n    }\n  }\n"): typeof import('./graphql').UpdateEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEvaluation($input: RecordRefInput!) {\n    deleteEvaluation(input: $input)\n  }\n"): typeof import('./graphql').DeleteEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAwardRecord($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      ...AwardRecordItem\n    }\n  }\n"): typeof import('./graphql').CreateAwardRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwardRecord($input: UpdateAwardRecordInput!) {\n    updateAwardRecord(input: $input) {\n      ...AwardRecordItem\n    }\n  }\n"): typeof import('./graphql').UpdateAwardRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAwardRecord($input: RecordRefInput!) {\n    deleteAwardRecord(input: $input)\n  }\n"): typeof import('./graphql').DeleteAwardRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n"): typeof import('./graphql').CreateInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n"): typeof import('./graphql').UpdateInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInitiative($input: RecordRefInput!) {\n    deleteInitiative(input: $input)\n  }\n"): typeof import('./graphql').DeleteInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockInitiative($input: LockInitiativeInput!) {\n    lockInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n"): typeof import('./graphql').LockInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseInitiative($input: RecordRefInput!) {\n    releaseInitiative(input: $input) {\n      ...InitiativeItem\n    }\n  }\n"): typeof import('./graphql').ReleaseInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHold($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      ...HoldItem\n    }\n  }\n"): typeof import('./graphql').CreateHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHold($input: UpdateHoldInput!) {\n    updateHold(input: $input) {\n      ...HoldItem\n    }\n  }\n"): typeof import('./graphql').UpdateHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftHold($input: LiftHoldInput!) {\n    liftHold(input: $input) {\n      ...HoldItem\n    }\n  }\n"): typeof import('./graphql').LiftHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteHold($input: RecordRefInput!) {\n    deleteHold(input: $input)\n  }\n"): typeof import('./graphql').DeleteHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestructuringPreviewItem on RestructuringPreview {\n    kind\n    effectiveDate\n    units {\n      action\n      unitId\n      code\n      nameBefore\n      nameAfter\n      parentBefore\n      parentAfter\n    }\n    carried {\n      module\n      label\n      count\n    }\n    scopesCarried {\n      holderName\n      roleName\n      fromUnit\n      toUnit\n    }\n    openWork {\n      module\n      label\n      count\n    }\n    warnings\n  }\n"): typeof import('./graphql').RestructuringPreviewItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Restructurings($first: Int!, $after: String, $unitId: ID) {\n    restructurings(first: $first, after: $after, unitId: $unitId) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RestructuringItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RestructuringsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewRenameUnit($input: RenameUnitInput!) {\n    previewRenameUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n"): typeof import('./graphql').PreviewRenameUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMoveUnit($input: MoveUnitInput!) {\n    previewMoveUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n"): typeof import('./graphql').PreviewMoveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMergeUnits($input: MergeUnitsInput!) {\n    previewMergeUnits(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n"): typeof import('./graphql').PreviewMergeUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSplitUnit($input: SplitUnitInput!) {\n    previewSplitUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n"): typeof import('./graphql').PreviewSplitUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewDissolveUnit($input: DissolveUnitInput!) {\n    previewDissolveUnit(input: $input) {\n      ...RestructuringPreviewItem\n    }\n  }\n"): typeof import('./graphql').PreviewDissolveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n"): typeof import('./graphql').RenameUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n"): typeof import('./graphql').MoveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeUnits($input: MergeUnitsInput!) {\n    mergeUnits(input: $input) {\n      ...RestructuringItem\n    }\n  }\n"): typeof import('./graphql').MergeUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitUnit($input: SplitUnitInput!) {\n    splitUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n"): typeof import('./graphql').SplitUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DissolveUnit($input: DissolveUnitInput!) {\n    dissolveUnit(input: $input) {\n      ...RestructuringItem\n    }\n  }\n"): typeof import('./graphql').DissolveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      ...RoleItem\n    }\n  }\n"): typeof import('./graphql').RolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Permissions {\n    permissions {\n      code\n      label\n      group\n    }\n  }\n"): typeof import('./graphql').PermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleItem\n    }\n  }\n"): typeof import('./graphql').CreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      ...RoleItem\n    }\n  }\n"): typeof import('./graphql').UpdateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input)\n  }\n"): typeof import('./graphql').DeleteRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...RoleAssignmentItem\n    }\n  }\n"): typeof import('./graphql').GrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($input: RevokeRoleInput!) {\n    revokeRole(input: $input)\n  }\n"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitKindCatalogItem on UnitKind {\n    id\n    code\n    name\n    tree\n    allowedParentCodes\n    canBeRoot\n    legalPersonDefault\n    sortOrder\n    isSystem\n    version\n  }\n"): typeof import('./graphql').UnitKindCatalogItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitKindCatalog {\n    unitKinds {\n      ...UnitKindCatalogItem\n    }\n  }\n"): typeof import('./graphql').UnitKindCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnitKind($input: CreateUnitKindInput!) {\n    createUnitKind(input: $input) {\n      ...UnitKindCatalogItem\n    }\n  }\n"): typeof import('./graphql').CreateUnitKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnitKind($input: UpdateUnitKindInput!) {\n    updateUnitKind(input: $input) {\n      ...UnitKindCatalogItem\n    }\n  }\n"): typeof import('./graphql').UpdateUnitKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitOption on Unit {\n    id\n    code\n    name\n    shortName\n    depth\n    parent {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UnitOptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitNode on Unit {\n    id\n    code\n    name\n    shortName\n    tree\n    depth\n    parentId\n    validFrom\n    validTo\n    status\n    readOnly\n    childCount\n    kind {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').UnitNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitDetail on Unit {\n    ...UnitNode\n    legalPerson\n    address\n    phone\n    email\n    peopleCount\n    version\n    parent {\n      id\n      name\n      canOpen\n    }\n    ancestors {\n      id\n      name\n      canOpen\n    }\n  }\n"): typeof import('./graphql').UnitDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitKindItem on UnitKind {\n    id\n    code\n    name\n    tree\n    allowedParentCodes\n    canBeRoot\n    legalPersonDefault\n    sortOrder\n  }\n"): typeof import('./graphql').UnitKindItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestructuringItem on Restructuring {\n    id\n    kind\n    effectiveDate\n    legalBasisNumber\n    legalBasisDate\n    legalBasisTitle\n    note\n    createdAt\n    actorName\n    sources {\n      id\n      code\n      name\n    }\n    results {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').RestructuringItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units(\n    $first: Int!\n    $search: String\n    $parentId: ID\n    $tree: UnitTree\n    $kindCode: String\n    $includeEnded: Boolean\n  ) {\n    units(\n      first: $first\n      search: $search\n      parentId: $parentId\n      tree: $tree\n      kindCode: $kindCode\n      includeEnded: $includeEnded\n    ) {\n      totalCount\n      totalCountCapped\n      edges {\n        node {\n          ...UnitOption\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitOption\n    }\n  }\n"): typeof import('./graphql').UnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSearch(\n    $first: Int!\n    $after: String\n    $search: String\n    $tree: UnitTree\n    $asOf: Date\n    $includeEnded: Boolean\n  ) {\n    units(\n      first: $first\n      after: $after\n      search: $search\n      tree: $tree\n      asOf: $asOf\n      includeEnded: $includeEnded\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UnitNode\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitChildren($tree: UnitTree!, $parentId: ID, $asOf: Date, $includeEnded: Boolean) {\n    unitChildren(tree: $tree, parentId: $parentId, asOf: $asOf, includeEnded: $includeEnded) {\n      ...UnitNode\n    }\n  }\n"): typeof import('./graphql').UnitChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitDetail($id: ID!) {\n    unit(id: $id) {\n      ...UnitDetail\n    }\n  }\n"): typeof import('./graphql').UnitDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitHistory($id: ID!) {\n    unit(id: $id) {\n      id\n      history {\n        validFrom\n        validTo\n        code\n        name\n        shortName\n        parent {\n          id\n          name\n        }\n        restructuring {\n          ...RestructuringItem\n        }\n        endedBy {\n          ...RestructuringItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitEndedMatches($search: String!, $tree: UnitTree) {\n    units(first: 1, search: $search, tree: $tree) {\n      endedMatchCount\n    }\n  }\n"): typeof import('./graphql').UnitEndedMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitLineage($id: ID!) {\n    unit(id: $id) {\n      id\n      predecessors {\n        unit {\n          ...UnitNode\n        }\n        restructuring {\n          ...RestructuringItem\n        }\n      }\n      successors {\n        unit {\n          ...UnitNode\n        }\n        restructuring {\n          ...RestructuringItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitLineageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitCounterparts($id: ID!) {\n    unit(id: $id) {\n      id\n      counterparts {\n        id\n        note\n        counterpart {\n          ...UnitNode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitCounterpartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitKinds {\n    unitKinds {\n      ...UnitKindItem\n    }\n  }\n"): typeof import('./graphql').UnitKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitDetail\n    }\n  }\n"): typeof import('./graphql').CreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitDetail\n    }\n  }\n"): typeof import('./graphql').UpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkUnits($input: LinkUnitsInput!) {\n    linkUnits(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LinkUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkUnits($input: UnlinkUnitsInput!) {\n    unlinkUnits(input: $input)\n  }\n"): typeof import('./graphql').UnlinkUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users(\n    $first: Int!\n    $after: String\n    $search: String\n    $unitId: ID\n    $status: UserStatus\n    $orderBy: UserOrder\n  ) {\n    users(\n      first: $first\n      after: $after\n      search: $search\n      unitId: $unitId\n      status: $status\n      orderBy: $orderBy\n    ) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserStatus($input: SetUserStatusInput!) {\n    setUserStatus(input: $input) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').SetUserStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserItem\n    }\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
