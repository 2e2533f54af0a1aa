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
    "\n  mutation ApRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n": typeof types.ApRoundCreateDocument,
    "\n  mutation ApDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ApDossierCreateDocument,
    "\n  mutation ApNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApNomineeAddDocument,
    "\n  mutation ApDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ApDocumentWriteDocument,
    "\n  mutation ApSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ApSubmitDocument,
    "\n  mutation ApReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ApReceiveDocument,
    "\n  mutation ApAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ApAppraiseDocument,
    "\n  mutation ApEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n": typeof types.ApEvalDocument,
    "\n  query ApDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      nominees {\n        id\n        name\n        appraisalVerdict\n        appraisalChecklist {\n          key\n          source\n          requirement\n          finding\n          met\n          basis\n        }\n      }\n      events {\n        action\n        appraisal {\n          name\n          verdict\n          checklist {\n            key\n            ok\n            remark\n            settledBy\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApDossierDocument,
    "\n  mutation AbRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n": typeof types.AbRoundCreateDocument,
    "\n  mutation AbDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AbDossierCreateDocument,
    "\n  mutation AbNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n        eligibility {\n          verdict\n        }\n      }\n    }\n  }\n": typeof types.AbNomineeAddDocument,
    "\n  mutation AbDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AbDocumentWriteDocument,
    "\n  mutation AbSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AbSubmitDocument,
    "\n  mutation AbReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AbReceiveDocument,
    "\n  mutation AbAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AbAppraiseDocument,
    "\n  mutation AbEscalate($input: EscalateAwardDossierInput!) {\n    escalateAwardDossier(input: $input) {\n      id\n    }\n  }\n": typeof types.AbEscalateDocument,
    "\n  query AbDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      canCheckEligibility\n      nominees {\n        id\n        name\n        eligibility {\n          verdict\n          stage\n        }\n      }\n    }\n  }\n": typeof types.AbDossierDocument,
    "\n  mutation AbEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AbEvalDocument,
    "\n  mutation AbEvalUpdate($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      id\n    }\n  }\n": typeof types.AbEvalUpdateDocument,
    "\n  mutation AbHold($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n    }\n  }\n": typeof types.AbHoldDocument,
    "\n  mutation AbCheckDossier($dossierId: ID!) {\n    checkAwardEligibility(dossierId: $dossierId) {\n      id\n      kind\n      status\n      total\n    }\n  }\n": typeof types.AbCheckDossierDocument,
    "\n  mutation AbCheckRound($roundId: ID!) {\n    checkRoundEligibility(roundId: $roundId) {\n      id\n      kind\n      status\n      total\n    }\n  }\n": typeof types.AbCheckRoundDocument,
    "\n  query AbJob($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      progress\n      total\n      message\n      error\n    }\n  }\n": typeof types.AbJobDocument,
    "\n  query AbReport($jobId: ID!) {\n    awardEligibilityCheck(jobId: $jobId) {\n      side\n      finished\n      roundId\n      dossierId\n      dossiers\n      checked\n      eligible\n      notEligible\n      toConfirm\n      changed\n      stored\n      findings {\n        nominationId\n        dossierId\n        unitName\n        name\n        storedVerdict\n        verdict\n        reasons\n      }\n      job {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AbReportDocument,
    "\n  query AbRoundFields($id: ID!) {\n    awardRound(id: $id) {\n      id\n      canCheckEligibility\n    }\n  }\n": typeof types.AbRoundFieldsDocument,
    "\n  query AbCounters($roundId: ID, $campaignPlanId: ID) {\n    awardCounters(roundId: $roundId, campaignPlanId: $campaignPlanId) {\n      rounds {\n        roundId\n        round {\n          id\n          title\n        }\n        counts {\n          proposed\n          eligible\n          notEligible\n          toConfirm\n          unchecked\n          appraisedPass\n          appraisedFail\n          escalated\n          dossiers\n          late\n          overdue\n          byStatus {\n            status\n            count\n          }\n        }\n      }\n      total {\n        proposed\n        appraisedPass\n        appraisedFail\n        escalated\n        dossiers\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": typeof types.AbCountersDocument,
    "\n  mutation DrRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n      deadline\n    }\n  }\n": typeof types.DrRoundCreateDocument,
    "\n  mutation DrDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DrDossierCreateDocument,
    "\n  mutation DrNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DrNomineeAddDocument,
    "\n  mutation DrDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DrDocumentWriteDocument,
    "\n  mutation DrSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.DrSubmitDocument,
    "\n  mutation DrReturn($input: ReturnAwardDossierInput!) {\n    returnAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.DrReturnDocument,
    "\n  query DrDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      missingDocuments\n      nominees {\n        id\n        name\n        report {\n          nominationId\n          kind\n          form\n          name\n          award\n          drafted\n          version\n          signedOffAt\n          uploaded\n          documentId\n          downloadPath\n          content {\n            period\n            profile {\n              label\n              value\n            }\n            background\n            commitments\n            targets {\n              name\n              planned\n              achieved\n            }\n            measures\n            results\n            lessons\n            evaluations {\n              year\n              result\n            }\n            priorAwards {\n              year\n              award\n              decision\n            }\n            initiatives {\n              title\n              level\n              recognition\n            }\n            author {\n              title\n              name\n            }\n            confirmer {\n              title\n              name\n            }\n          }\n        }\n      }\n      toTrinh {\n        drafted\n        version\n        number\n        symbol\n        numberedOn\n        form\n        uploaded\n        documentId\n        downloadPath\n        awards {\n          award\n          collectives\n          individuals\n          households\n        }\n        content {\n          place\n          subject\n          addressees\n          bases\n          councilMinutes {\n            date\n            body\n          }\n          summary\n          authority\n          recipients\n          archive\n          signer {\n            on {\n              authority\n              of\n            }\n            title\n            name\n          }\n        }\n      }\n      documents {\n        id\n        kind\n        nominationId\n        fileName\n        generated\n      }\n      events {\n        action\n        changes {\n          documentsAdded\n          documentsReplaced\n          documentsRemoved\n        }\n      }\n    }\n  }\n": typeof types.DrDossierDocument,
    "\n  mutation DrReportUpdate($input: UpdateAchievementReportInput!) {\n    updateAchievementReport(input: $input) {\n      nominationId\n      version\n      drafted\n      signedOffAt\n      content {\n        results\n        author {\n          title\n          name\n        }\n      }\n    }\n  }\n": typeof types.DrReportUpdateDocument,
    "\n  mutation DrReportRedraft($input: RedraftAchievementReportInput!) {\n    redraftAchievementReport(input: $input) {\n      version\n      drafted\n      content {\n        results\n      }\n    }\n  }\n": typeof types.DrReportRedraftDocument,
    "\n  mutation DrReportSignOff($input: AchievementReportRefInput!) {\n    signOffAchievementReport(input: $input) {\n      version\n      drafted\n      signedOffAt\n    }\n  }\n": typeof types.DrReportSignOffDocument,
    "\n  mutation DrReportReopen($input: AchievementReportRefInput!) {\n    reopenAchievementReport(input: $input) {\n      version\n      signedOffAt\n    }\n  }\n": typeof types.DrReportReopenDocument,
    "\n  mutation DrToTrinhUpdate($input: UpdateToTrinhInput!) {\n    updateToTrinh(input: $input) {\n      version\n      drafted\n      content {\n        summary\n        signer {\n          title\n          name\n        }\n      }\n    }\n  }\n": typeof types.DrToTrinhUpdateDocument,
    "\n  mutation AwNoRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n": typeof types.AwNoRoundCreateDocument,
    "\n  mutation AwNoDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AwNoDossierCreateDocument,
    "\n  mutation AwNoPerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.AwNoPersonDocument,
    "\n  mutation AwNoEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n": typeof types.AwNoEvalDocument,
    "\n  mutation AwNoNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AwNoNomineeAddDocument,
    "\n  mutation AwNoDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AwNoDocumentWriteDocument,
    "\n  mutation AwNoSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AwNoSubmitDocument,
    "\n  query AwNoRules($awardCode: String, $inForceOn: Date) {\n    awardRuleVersions(awardCode: $awardCode, inForceOn: $inForceOn) {\n      id\n      legalDocument {\n        id\n      }\n    }\n  }\n": typeof types.AwNoRulesDocument,
    "\n  mutation AwNoRuleCreate($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      id\n    }\n  }\n": typeof types.AwNoRuleCreateDocument,
    "\n  mutation AwNoCreateDay($input: CreateCalendarDayInput!) {\n    createCalendarDay(input: $input) {\n      id\n      version\n      date\n    }\n  }\n": typeof types.AwNoCreateDayDocument,
    "\n  mutation AwNoDeleteDay($input: DeleteCalendarDayInput!) {\n    deleteCalendarDay(input: $input) {\n      id\n    }\n  }\n": typeof types.AwNoDeleteDayDocument,
    "\n  query AwNoAddDays($start: Date!, $days: Int!) {\n    addWorkingDays(start: $start, days: $days) {\n      date\n    }\n  }\n": typeof types.AwNoAddDaysDocument,
    "\n  mutation AwNoPublish($input: PublishAwardNoticeInput!) {\n    publishAwardNotice(input: $input) {\n      id\n      version\n      title\n      required\n      workingDays\n      articles\n      startsOn\n      endsOn\n      status\n      phase\n      publicPath\n      nominees {\n        position\n        nominationId\n        name\n        detail\n        awardName\n        required\n      }\n    }\n  }\n": typeof types.AwNoPublishDocument,
    "\n  mutation AwNoClose($input: CloseAwardNoticeInput!) {\n    closeAwardNotice(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AwNoCloseDocument,
    "\n  mutation AwNoHandle($input: HandleNoticeCommentInput!) {\n    handleNoticeComment(input: $input) {\n      id\n      version\n      outcome\n      handling\n      handledByName\n    }\n  }\n": typeof types.AwNoHandleDocument,
    "\n  query AwNoNotice($dossierId: ID!) {\n    awardNotice(dossierId: $dossierId) {\n      id\n      version\n      status\n      phase\n      required\n      endsOn\n      unhandledCount\n      canManage\n      counts {\n        kind\n        count\n      }\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            version\n            kind\n            nomineeLabel\n            text\n            authorName\n            contact\n            outcome\n            handling\n          }\n        }\n      }\n    }\n  }\n": typeof types.AwNoNoticeDocument,
    "\n  query AwNoDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      noticeRequirement {\n        required\n        workingDays\n        articles\n        nominees\n      }\n      notice {\n        id\n        phase\n      }\n      events {\n        action\n        notice {\n          noticeId\n          required\n          workingDays\n          startsOn\n          endsOn\n          closedAt\n          nominees\n          counts {\n            kind\n            count\n          }\n          comments {\n            kind\n            nominee\n            excerpt\n            outcome\n            handling\n            handledBy\n          }\n        }\n      }\n    }\n  }\n": typeof types.AwNoDossierDocument,
    "\n  query AwNoPublicList($search: String) {\n    publicAwardNotices(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          unitName\n          startsOn\n          endsOn\n          workingDays\n          articles\n          acceptingComments\n          nominees {\n            position\n            subject\n            name\n            detail\n            awardName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AwNoPublicListDocument,
    "\n  query AwNoPublicOne($id: ID!) {\n    publicAwardNotice(id: $id) {\n      id\n      title\n      acceptingComments\n    }\n  }\n": typeof types.AwNoPublicOneDocument,
    "\n  mutation AwNoComment($input: SubmitNoticeCommentInput!) {\n    submitNoticeComment(input: $input) {\n      kind\n      nomineeLabel\n      receivedAt\n    }\n  }\n": typeof types.AwNoCommentDocument,
    "\n  query RulesKinds($provinceUnitId: ID) {\n    awardKinds(provinceUnitId: $provinceUnitId) {\n      id\n      code\n      name\n      national\n      version\n      canManage\n      provinceUnit {\n        id\n      }\n    }\n  }\n": typeof types.RulesKindsDocument,
    "\n  query RulesVersions($awardCode: String, $inForceOn: Date, $provinceUnitId: ID) {\n    awardRuleVersions(\n      awardCode: $awardCode\n      inForceOn: $inForceOn\n      provinceUnitId: $provinceUnitId\n    ) {\n      id\n      awardCode\n      track\n      effectiveFrom\n      effectiveTo\n      national\n      shipped\n      edited\n      uncertain\n      version\n      canManage\n      note\n      legalDocument {\n        id\n        number\n      }\n      decidedBy {\n        text\n        level\n        uncertain\n      }\n      vote {\n        required\n        thresholdOfMembership\n        uncertain\n      }\n      publicNotice {\n        required\n        workingDays\n      }\n      dossier {\n        document\n        form\n        uncertain\n      }\n      rewards {\n        subject\n        multiplier\n      }\n      conditions {\n        type\n        sentence\n        uncertain\n        conditions {\n          type\n          sentence\n        }\n      }\n    }\n  }\n": typeof types.RulesVersionsDocument,
    "\n  query RulesParams($key: RuleParameterKey, $inForceOn: Date, $provinceUnitId: ID) {\n    ruleParameters(key: $key, inForceOn: $inForceOn, provinceUnitId: $provinceUnitId) {\n      id\n      key\n      value\n      effectiveFrom\n      effectiveTo\n      national\n      uncertain\n      version\n      canManage\n      legalDocument {\n        number\n      }\n    }\n  }\n": typeof types.RulesParamsDocument,
    "\n  mutation RulesCreateParam($input: CreateRuleParameterInput!) {\n    createRuleParameter(input: $input) {\n      id\n      value\n      effectiveFrom\n      effectiveTo\n      national\n      version\n      canManage\n    }\n  }\n": typeof types.RulesCreateParamDocument,
    "\n  mutation RulesUpdateParam($input: UpdateRuleParameterInput!) {\n    updateRuleParameter(input: $input) {\n      id\n      value\n      version\n    }\n  }\n": typeof types.RulesUpdateParamDocument,
    "\n  mutation RulesCreateRule($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      id\n      effectiveFrom\n      effectiveTo\n      national\n      edited\n      version\n      conditions {\n        type\n        sentence\n      }\n    }\n  }\n": typeof types.RulesCreateRuleDocument,
    "\n  mutation RulesUpdateRule($input: UpdateAwardRuleVersionInput!) {\n    updateAwardRuleVersion(input: $input) {\n      id\n      note\n      edited\n      version\n    }\n  }\n": typeof types.RulesUpdateRuleDocument,
    "\n  mutation RulesCreateKind($input: CreateAwardKindInput!) {\n    createAwardKind(input: $input) {\n      id\n      code\n      national\n      version\n    }\n  }\n": typeof types.RulesCreateKindDocument,
    "\n  mutation RulesUpdateKind($input: UpdateAwardKindInput!) {\n    updateAwardKind(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RulesUpdateKindDocument,
    "\n  query RulesPreview($input: PreviewEligibilityInput!) {\n    previewEligibility(input: $input) {\n      awardName\n      basis\n      verdict\n      ruleVersionId\n      checks {\n        key\n        code\n        principle\n        met\n        label\n        basis\n        used {\n          kind\n          text\n          counted\n        }\n        children {\n          key\n          met\n          label\n        }\n      }\n    }\n  }\n": typeof types.RulesPreviewDocument,
    "\n  query RulesAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.RulesAuditDocument,
    "\n  mutation AwElRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n": typeof types.AwElRoundCreateDocument,
    "\n  mutation AwElDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AwElDossierCreateDocument,
    "\n  mutation AwElNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n        awardCode\n        awardName\n        initiativeIds\n        eligibility {\n          verdict\n          on\n          year\n          stage\n          ruleVersionId\n          basis\n          manualReason\n          checks {\n            key\n            code\n            principle\n            met\n            label\n            basis\n            uncertain\n          }\n        }\n      }\n    }\n  }\n": typeof types.AwElNomineeAddDocument,
    "\n  mutation AwElDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AwElDocumentWriteDocument,
    "\n  mutation AwElSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n      clock\n      dueOn\n      deadlineStatus\n    }\n  }\n": typeof types.AwElSubmitDocument,
    "\n  mutation AwElWithdraw($input: WithdrawAwardDossierInput!) {\n    withdrawAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AwElWithdrawDocument,
    "\n  query AwElDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      clock\n      dueOn\n      deadlineStatus\n      nominees {\n        id\n        name\n        eligibility {\n          verdict\n          stage\n          on\n          basis\n          ruleVersionId\n        }\n      }\n    }\n  }\n": typeof types.AwElDossierDocument,
    "\n  query AwElInbox($filter: AwardDossierFilter) {\n    awardDossierInbox(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          dueOn\n          deadlineStatus\n        }\n      }\n    }\n  }\n": typeof types.AwElInboxDocument,
    "\n  mutation AwElEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n": typeof types.AwElEvalDocument,
    "\n  mutation AwElHold($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n    }\n  }\n": typeof types.AwElHoldDocument,
    "\n  mutation AwElInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n    }\n  }\n": typeof types.AwElInitiativeDocument,
    "\n  query AwElInitiativeRead($id: ID!) {\n    initiative(id: $id) {\n      id\n      usedFor {\n        awardName\n        year\n        reference\n      }\n    }\n  }\n": typeof types.AwElInitiativeReadDocument,
    "\n  query AwElRules($awardCode: String, $inForceOn: Date) {\n    awardRuleVersions(awardCode: $awardCode, inForceOn: $inForceOn) {\n      id\n      legalDocument {\n        id\n      }\n    }\n  }\n": typeof types.AwElRulesDocument,
    "\n  mutation AwElRuleCreate($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      id\n    }\n  }\n": typeof types.AwElRuleCreateDocument,
    "\n  mutation AwRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n      version\n      kind\n      track\n      status\n      deadline\n      decidingAuthority\n      awardForms\n      quotas {\n        form\n        either\n      }\n      canManage\n    }\n  }\n": typeof types.AwRoundCreateDocument,
    "\n  mutation AwDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n      status\n      canEdit\n      events {\n        action\n        toStatus\n      }\n    }\n  }\n": typeof types.AwDossierCreateDocument,
    "\n  mutation AwNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n        awardName\n        subject\n      }\n    }\n  }\n": typeof types.AwNomineeAddDocument,
    "\n  mutation AwNomineeUpdate($input: UpdateNomineeInput!) {\n    updateAwardNominee(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AwNomineeUpdateDocument,
    "\n  mutation AwNomineeRemove($input: RemoveNomineeInput!) {\n    removeAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n      }\n      documents {\n        id\n      }\n    }\n  }\n": typeof types.AwNomineeRemoveDocument,
    "\n  mutation AwDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n      missingDocuments\n    }\n  }\n": typeof types.AwDocumentWriteDocument,
    "\n  mutation AwSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n      late\n    }\n  }\n": typeof types.AwSubmitDocument,
    "\n  mutation AwReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AwReceiveDocument,
    "\n  mutation AwReturn($input: ReturnAwardDossierInput!) {\n    returnAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AwReturnDocument,
    "\n  mutation AwAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AwAppraiseDocument,
    "\n  mutation AwForward($input: AwardDossierRefInput!) {\n    forwardAwardDossierToCouncil(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AwForwardDocument,
    "\n  query AwDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      late\n      firstSubmittedAt\n      canEdit\n      availableActions\n      missingDocuments\n      quotaFindings {\n        form\n        used\n        limit\n        over\n      }\n      nominees {\n        id\n        name\n        subject\n        awardName\n        achievements\n        appraisalVerdict\n        eligibilityChecked\n      }\n      documents {\n        id\n        kind\n        nominationId\n        fileName\n        downloadPath\n        text\n      }\n      events {\n        action\n        fromStatus\n        toStatus\n        reason\n        late\n        remarks {\n          nominationId\n          documentId\n          label\n          remark\n        }\n        appraisal {\n          name\n          verdict\n        }\n        changes {\n          nomineesAdded\n          nomineesRemoved\n          nomineesEdited\n          documentsAdded\n          documentsRemoved\n          documentsReplaced\n        }\n      }\n    }\n  }\n": typeof types.AwDossierDocument,
    "\n  query AwInbox($filter: AwardDossierFilter) {\n    awardDossierInbox(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.AwInboxDocument,
    "\n  query AwOwn($filter: AwardDossierFilter) {\n    awardDossiers(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AwOwnDocument,
    "\n        query AwRound($id: ID!) {\n          awardRound(id: $id) {\n            kind\n            track\n            status\n            deadline\n            decidingAuthority\n            awardForms\n            quotas {\n              form\n              either\n            }\n            canManage\n            receivingUnit {\n              id\n            }\n          }\n        }\n      ": typeof types.AwRoundDocument,
    "\n        mutation AwRecall($input: AwardDossierRefInput!) {\n          recallAwardDossier(input: $input) {\n            id\n          }\n        }\n      ": typeof types.AwRecallDocument,
    "\n        mutation AwEscalate($input: EscalateAwardDossierInput!) {\n          escalateAwardDossier(input: $input) {\n            id\n            status\n            originDossierId\n            unit {\n              id\n            }\n            nominees {\n              name\n              awardName\n              originNominationId\n            }\n            documents {\n              kind\n              nominationId\n              originDocumentId\n              downloadPath\n            }\n            events {\n              action\n            }\n          }\n        }\n      ": typeof types.AwEscalateDocument,
    "\n  query CalendarYears {\n    workingCalendarYears {\n      year\n      source\n    }\n  }\n": typeof types.CalendarYearsDocument,
    "\n  query CalendarYear($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      defined\n      source\n      note\n      workingDayCount\n      provisionalCount\n      canManage\n      days {\n        id\n        date\n        weekday\n        kind\n        name\n        note\n        source\n        provisional\n        version\n      }\n    }\n  }\n": typeof types.CalendarYearDocument,
    "\n  query CalendarAdd($start: Date!, $days: Int!) {\n    addWorkingDays(start: $start, days: $days) {\n      date\n      provisional\n      missingYears\n    }\n  }\n": typeof types.CalendarAddDocument,
    "\n  query CalendarBetween($from: Date!, $to: Date!) {\n    workingDaysBetween(from: $from, to: $to) {\n      days\n      provisional\n      missingYears\n    }\n  }\n": typeof types.CalendarBetweenDocument,
    "\n  mutation CalendarGenerate($input: GenerateCalendarYearInput!) {\n    generateCalendarYear(input: $input) {\n      year\n      defined\n      source\n      note\n      days {\n        id\n        date\n        kind\n        name\n        source\n        provisional\n      }\n    }\n  }\n": typeof types.CalendarGenerateDocument,
    "\n  mutation CalendarCreateDay($input: CreateCalendarDayInput!) {\n    createCalendarDay(input: $input) {\n      id\n      date\n      weekday\n      kind\n      name\n      source\n      version\n    }\n  }\n": typeof types.CalendarCreateDayDocument,
    "\n  mutation CalendarUpdateDay($input: UpdateCalendarDayInput!) {\n    updateCalendarDay(input: $input) {\n      id\n      date\n      name\n      note\n      provisional\n      source\n      version\n    }\n  }\n": typeof types.CalendarUpdateDayDocument,
    "\n  mutation CalendarDeleteDay($input: DeleteCalendarDayInput!) {\n    deleteCalendarDay(input: $input) {\n      id\n      date\n    }\n  }\n": typeof types.CalendarDeleteDayDocument,
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
    "\n  query CiRound($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n    }\n  }\n": typeof types.CiRoundDocument,
    "\n  mutation CiOpen($input: OpenCouncilVotingRoundInput!) {\n    openCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n": typeof types.CiOpenDocument,
    "\n  mutation CiCodes($input: CouncilRoundRefInput!) {\n    generateCouncilVotingCodes(input: $input) {\n      codes\n    }\n  }\n": typeof types.CiCodesDocument,
    "\n  mutation CiClose($input: CouncilRoundRefInput!) {\n    closeCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n": typeof types.CiCloseDocument,
    "\n  mutation CiTally($input: CouncilRoundRefInput!) {\n    tallyCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n": typeof types.CiTallyDocument,
    "\n  mutation CiConfirm($input: CouncilRoundRefInput!) {\n    confirmPaperTally(input: $input) {\n      id\n    }\n  }\n": typeof types.CiConfirmDocument,
    "\n  mutation CiDecide($input: DecideCouncilTieInput!) {\n    decideCouncilTie(input: $input) {\n      id\n    }\n  }\n": typeof types.CiDecideDocument,
    "\n  mutation CiSecond($input: OpenCouncilSecondRoundInput!) {\n    openCouncilSecondRound(input: $input) {\n      id\n    }\n  }\n": typeof types.CiSecondDocument,
    "\n  mutation CiEnter($input: EnterPaperTallyInput!) {\n    enterPaperTally(input: $input) {\n      id\n    }\n  }\n": typeof types.CiEnterDocument,
    "\n  mutation CiScan($input: AttachPaperTallyScanInput!) {\n    attachPaperTallyScan(input: $input) {\n      id\n    }\n  }\n": typeof types.CiScanDocument,
    "\n  mutation CiWritten($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n": typeof types.CiWrittenDocument,
    "\n  mutation CiIssue($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n": typeof types.CiIssueDocument,
    "\n  query CsBlindKey($id: ID!) {\n    councilVotingRound(id: $id) {\n      blindKey {\n        kty\n        n\n        e\n      }\n    }\n  }\n": typeof types.CsBlindKeyDocument,
    "\n  mutation CsIssue($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n": typeof types.CsIssueDocument,
    "\n  mutation CsWritten($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n": typeof types.CsWrittenDocument,
    "\n  query CvRound($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n      castCount\n      blindKey {\n        kty\n        n\n        e\n      }\n      results {\n        agendaItemId\n        agree\n      }\n    }\n  }\n": typeof types.CvRoundDocument,
    "\n  mutation CvCodes($input: CouncilRoundRefInput!) {\n    generateCouncilVotingCodes(input: $input) {\n      codes\n    }\n  }\n": typeof types.CvCodesDocument,
    "\n  mutation CvOpen($input: OpenCouncilVotingRoundInput!) {\n    openCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n": typeof types.CvOpenDocument,
    "\n  mutation CvWritten($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n": typeof types.CvWrittenDocument,
    "\n  mutation CvIssue($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n": typeof types.CvIssueDocument,
    "\n  mutation CvEnter($input: EnterPaperTallyInput!) {\n    enterPaperTally(input: $input) {\n      id\n    }\n  }\n": typeof types.CvEnterDocument,
    "\n  mutation CvConfirm($input: CouncilRoundRefInput!) {\n    confirmPaperTally(input: $input) {\n      id\n    }\n  }\n": typeof types.CvConfirmDocument,
    "\n  mutation CvDecide($input: DecideCouncilTieInput!) {\n    decideCouncilTie(input: $input) {\n      id\n      results {\n        rank\n        withinQuota\n      }\n    }\n  }\n": typeof types.CvDecideDocument,
    "\n  mutation CvSecond($input: OpenCouncilSecondRoundInput!) {\n    openCouncilSecondRound(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.CvSecondDocument,
    "\n  mutation CnAuditCreate($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      version\n      name\n    }\n  }\n": typeof types.CnAuditCreateDocument,
    "\n  mutation CnAuditUpdate($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnAuditUpdateDocument,
    "\n  mutation CnAuditMemberAdd($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnAuditMemberAddDocument,
    "\n  mutation CnAuditMemberUpdate($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnAuditMemberUpdateDocument,
    "\n  mutation CnAuditSessionCreate($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnAuditSessionCreateDocument,
    "\n  mutation CnScopeCreate($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      version\n      name\n    }\n  }\n": typeof types.CnScopeCreateDocument,
    "\n  mutation CnScopeUpdate($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnScopeUpdateDocument,
    "\n  mutation CnScopeMemberAdd($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnScopeMemberAddDocument,
    "\n  mutation CnScopeMemberUpdate($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      id\n    }\n  }\n": typeof types.CnScopeMemberUpdateDocument,
    "\n  mutation CnScopeMemberRemove($input: CouncilMemberRefInput!) {\n    removeCouncilMember(input: $input)\n  }\n": typeof types.CnScopeMemberRemoveDocument,
    "\n  query CnScopeCouncil($id: ID!) {\n    council(id: $id) {\n      id\n      canManage\n      members {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.CnScopeCouncilDocument,
    "\n  query CnScopeCouncils($unitId: ID) {\n    councils(unitId: $unitId, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CnScopeCouncilsDocument,
    "\n  mutation CnScopeSessionCreate($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnScopeSessionCreateDocument,
    "\n  mutation CnScopeSessionUpdate($input: UpdateCouncilSessionInput!) {\n    updateCouncilSession(input: $input) {\n      id\n    }\n  }\n": typeof types.CnScopeSessionUpdateDocument,
    "\n  mutation CnScopeSessionDelete($input: CouncilSessionRefInput!) {\n    deleteCouncilSession(input: $input)\n  }\n": typeof types.CnScopeSessionDeleteDocument,
    "\n  mutation CnScopeStart($input: CouncilSessionRefInput!) {\n    startCouncilSession(input: $input) {\n      id\n    }\n  }\n": typeof types.CnScopeStartDocument,
    "\n  mutation CnScopeAttend($input: SetCouncilAttendanceInput!) {\n    setCouncilAttendance(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnScopeAttendDocument,
    "\n  mutation CnScopeGuestAdd($input: AddCouncilGuestInput!) {\n    addCouncilGuest(input: $input) {\n      id\n      version\n      guests {\n        id\n      }\n    }\n  }\n": typeof types.CnScopeGuestAddDocument,
    "\n  mutation CnScopeGuestRemove($input: RemoveCouncilGuestInput!) {\n    removeCouncilGuest(input: $input) {\n      id\n    }\n  }\n": typeof types.CnScopeGuestRemoveDocument,
    "\n  mutation CnScopeAgendaAdd($input: AddCouncilAgendaFromRoundInput!) {\n    addCouncilAgendaFromRound(input: $input) {\n      id\n    }\n  }\n": typeof types.CnScopeAgendaAddDocument,
    "\n  mutation CnScopeAgendaRemove($input: RemoveCouncilAgendaItemInput!) {\n    removeCouncilAgendaItem(input: $input) {\n      id\n    }\n  }\n": typeof types.CnScopeAgendaRemoveDocument,
    "\n  mutation CnScopeAgendaMove($input: MoveCouncilAgendaItemInput!) {\n    moveCouncilAgendaItem(input: $input) {\n      id\n    }\n  }\n": typeof types.CnScopeAgendaMoveDocument,
    "\n  query CnScopeSession($id: ID!) {\n    councilSession(id: $id) {\n      id\n      canManage\n      council {\n        id\n      }\n    }\n  }\n": typeof types.CnScopeSessionDocument,
    "\n  query CnScopeSessions($councilId: ID) {\n    councilSessions(councilId: $councilId, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CnScopeSessionsDocument,
    "\n  mutation CnCreate($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      version\n      name\n      quorumShare\n      awardPresenceShare\n      proxiesAllowed\n      active\n      canManage\n      unit {\n        id\n      }\n      standingUnit {\n        id\n      }\n    }\n  }\n": typeof types.CnCreateDocument,
    "\n  mutation CnUpdate($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      id\n      version\n      proxiesAllowed\n      awardPresenceShare\n    }\n  }\n": typeof types.CnUpdateDocument,
    "\n  mutation CnMemberAdd($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n      version\n      role\n      from\n      to\n      fullName\n    }\n  }\n": typeof types.CnMemberAddDocument,
    "\n  mutation CnMemberUpdate($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      id\n      version\n      to\n    }\n  }\n": typeof types.CnMemberUpdateDocument,
    "\n  mutation CnMemberRemove($input: CouncilMemberRefInput!) {\n    removeCouncilMember(input: $input)\n  }\n": typeof types.CnMemberRemoveDocument,
    "\n  query CnCouncil($id: ID!, $on: Date) {\n    council(id: $id) {\n      id\n      name\n      members(on: $on) {\n        id\n        fullName\n        role\n        title\n        from\n        to\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.CnCouncilDocument,
    "\n  query CnCouncils($unitId: ID, $search: String) {\n    councils(unitId: $unitId, search: $search, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CnCouncilsDocument,
    "\n  mutation CnSessionCreate($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      id\n      version\n      status\n      members {\n        memberId\n        fullName\n        role\n        position\n      }\n    }\n  }\n": typeof types.CnSessionCreateDocument,
    "\n  mutation CnSessionUpdate($input: UpdateCouncilSessionInput!) {\n    updateCouncilSession(input: $input) {\n      id\n      version\n      date\n      members {\n        memberId\n      }\n    }\n  }\n": typeof types.CnSessionUpdateDocument,
    "\n  mutation CnSessionDelete($input: CouncilSessionRefInput!) {\n    deleteCouncilSession(input: $input)\n  }\n": typeof types.CnSessionDeleteDocument,
    "\n  query CnSession($id: ID!) {\n    councilSession(id: $id) {\n      id\n      version\n      status\n      startedAt\n      chair {\n        fullName\n      }\n      secretary {\n        fullName\n      }\n      awardRound {\n        id\n      }\n      members {\n        memberId\n        fullName\n        role\n        position\n        attendance\n        writtenOpinion\n        proxyMemberId\n      }\n      guests {\n        id\n        name\n        title\n      }\n      agenda {\n        id\n        position\n        nominationId\n        candidateName\n        awardCode\n        awardName\n        subject\n        proposingUnitName\n        voteRequired\n        threshold\n        female\n        womenShare\n      }\n      quorum {\n        members\n        present\n        proxies\n        attending\n        writtenOpinions\n        absent\n        unrecorded\n        required\n        met\n        awardShare\n        explanation\n      }\n    }\n  }\n": typeof types.CnSessionDocument,
    "\n  query CnSessions($councilId: ID, $status: CouncilSessionStatus) {\n    councilSessions(councilId: $councilId, status: $status, first: 50) {\n      edges {\n        node {\n          id\n          date\n        }\n      }\n    }\n  }\n": typeof types.CnSessionsDocument,
    "\n  mutation CnAttend($input: SetCouncilAttendanceInput!) {\n    setCouncilAttendance(input: $input) {\n      id\n      version\n      quorum {\n        attending\n        required\n        met\n        explanation\n      }\n    }\n  }\n": typeof types.CnAttendDocument,
    "\n  mutation CnStart($input: CouncilSessionRefInput!) {\n    startCouncilSession(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CnStartDocument,
    "\n  mutation CnGuestAdd($input: AddCouncilGuestInput!) {\n    addCouncilGuest(input: $input) {\n      id\n      version\n      guests {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CnGuestAddDocument,
    "\n  mutation CnGuestRemove($input: RemoveCouncilGuestInput!) {\n    removeCouncilGuest(input: $input) {\n      id\n      version\n      guests {\n        id\n      }\n    }\n  }\n": typeof types.CnGuestRemoveDocument,
    "\n  mutation CnAgendaAdd($input: AddCouncilAgendaFromRoundInput!) {\n    addCouncilAgendaFromRound(input: $input) {\n      id\n      version\n      agenda {\n        id\n        position\n        candidateName\n      }\n    }\n  }\n": typeof types.CnAgendaAddDocument,
    "\n  mutation CnAgendaRemove($input: RemoveCouncilAgendaItemInput!) {\n    removeCouncilAgendaItem(input: $input) {\n      id\n      version\n      agenda {\n        id\n        position\n        candidateName\n      }\n    }\n  }\n": typeof types.CnAgendaRemoveDocument,
    "\n  mutation CnAgendaMove($input: MoveCouncilAgendaItemInput!) {\n    moveCouncilAgendaItem(input: $input) {\n      id\n      version\n      agenda {\n        id\n        position\n        candidateName\n      }\n    }\n  }\n": typeof types.CnAgendaMoveDocument,
    "\n  mutation CnRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n": typeof types.CnRoundCreateDocument,
    "\n  mutation CnDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnDossierCreateDocument,
    "\n  mutation CnNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CnNomineeAddDocument,
    "\n  mutation CnDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnDocumentWriteDocument,
    "\n  mutation CnSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnSubmitDocument,
    "\n  mutation CnReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CnReceiveDocument,
    "\n  mutation CnAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CnAppraiseDocument,
    "\n  mutation CnEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n": typeof types.CnEvalDocument,
    "\n  mutation CnAwardRecord($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      id\n    }\n  }\n": typeof types.CnAwardRecordDocument,
    "\n  query CnCouncilState($id: ID!) {\n    council(id: $id) {\n      id\n      version\n      active\n      endedOn\n      standingUnit {\n        id\n      }\n    }\n  }\n": typeof types.CnCouncilStateDocument,
    "\n  mutation CnMerge($input: MergeUnitsInput!) {\n    mergeUnits(input: $input) {\n      results {\n        id\n      }\n    }\n  }\n": typeof types.CnMergeDocument,
    "\n  mutation CnClusterCreate($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CnClusterCreateDocument,
    "\n  mutation CnClusterMember($input: AddClusterMemberInput!) {\n    addClusterMember(input: $input) {\n      id\n    }\n  }\n": typeof types.CnClusterMemberDocument,
    "\n  mutation CnClusterLead($input: SetClusterLeadershipInput!) {\n    setClusterLeadership(input: $input) {\n      id\n    }\n  }\n": typeof types.CnClusterLeadDocument,
    "\n  mutation DecAuditDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      subject\n      authority\n      achievement\n      bases\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n      recipients {\n        id\n      }\n    }\n  }\n": typeof types.DecAuditDraftDocument,
    "\n  mutation DecAuditUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n      rewardFunding\n    }\n  }\n": typeof types.DecAuditUpdateDocument,
    "\n  mutation DecAuditDelete($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n": typeof types.DecAuditDeleteDocument,
    "\n  mutation DecAuditIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      version\n      status\n      symbol\n    }\n  }\n": typeof types.DecAuditIssueDocument,
    "\n  query DecListPage(\n    $filter: AwardDecisionFilter\n    $sort: AwardDecisionSort\n    $first: Int!\n    $after: String\n  ) {\n    awardDecisions(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          year\n        }\n      }\n    }\n  }\n": typeof types.DecListPageDocument,
    "\n  mutation DecListDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      subject\n      authority\n      achievement\n      bases\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n    }\n  }\n": typeof types.DecListDraftDocument,
    "\n  mutation DecListUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DecListUpdateDocument,
    "\n  mutation DecListIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      symbol\n      decidedOn\n      totalAmount\n      recipients {\n        id\n        name\n        goldBookNumber\n        awardRecordId\n      }\n    }\n  }\n": typeof types.DecListIssueDocument,
    "\n  query DecScopeList($filter: AwardDecisionFilter) {\n    awardDecisions(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          canManage\n          canIssue\n          issuerUnit {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.DecScopeListDocument,
    "\n  query DecScopeOne($id: ID!) {\n    awardDecision(id: $id) {\n      id\n      recipients {\n        id\n      }\n    }\n  }\n": typeof types.DecScopeOneDocument,
    "\n  query DecScopeCandidates($roundId: ID!, $issuerUnitId: ID!) {\n    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {\n      nominationId\n    }\n  }\n": typeof types.DecScopeCandidatesDocument,
    "\n  mutation DecScopeDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      subject\n      authority\n      achievement\n      bases\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n    }\n  }\n": typeof types.DecScopeDraftDocument,
    "\n  mutation DecScopeUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DecScopeUpdateDocument,
    "\n  mutation DecScopeDelete($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n": typeof types.DecScopeDeleteDocument,
    "\n  mutation DecScopeIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.DecScopeIssueDocument,
    "\n  mutation DecScopePrint($decisionId: ID!) {\n    printAwardCertificates(decisionId: $decisionId) {\n      id\n    }\n  }\n": typeof types.DecScopePrintDocument,
    "\n  query DecCandidates($roundId: ID!, $issuerUnitId: ID!) {\n    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {\n      nominationId\n      name\n      awardName\n      dossierStatus\n      decisionId\n    }\n  }\n": typeof types.DecCandidatesDocument,
    "\n  mutation DecDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      status\n      awardName\n      awardKind\n      subject\n      authority\n      achievement\n      bases\n      proposal {\n        by\n        reference\n      }\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n      number\n      symbol\n      totalAmount\n      docxPath\n      recipients {\n        id\n        nominationId\n        displayName\n        name\n        detail\n        multiplier\n        baseSalary\n        amount\n        goldBookNumber\n        certificateCode\n      }\n    }\n  }\n": typeof types.DecDraftDocument,
    "\n  mutation DecUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n      signer {\n        title\n        name\n      }\n      recipients {\n        id\n        multiplier\n        amount\n      }\n    }\n  }\n": typeof types.DecUpdateDocument,
    "\n  mutation DecDelete($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n": typeof types.DecDeleteDocument,
    "\n  mutation DecIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      version\n      status\n      number\n      symbol\n      decidedOn\n      docxPath\n      totalAmount\n      recipients {\n        id\n        name\n        amount\n        baseSalary\n        goldBookNumber\n        certificateCode\n        awardRecordId\n      }\n    }\n  }\n": typeof types.DecIssueDocument,
    "\n  mutation DecPrint($decisionId: ID!) {\n    printAwardCertificates(decisionId: $decisionId) {\n      id\n      status\n      total\n    }\n  }\n": typeof types.DecPrintDocument,
    "\n  query DecJob($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      progress\n      total\n      message\n      error\n    }\n  }\n": typeof types.DecJobDocument,
    "\n  query DecOne($id: ID!) {\n    awardDecision(id: $id) {\n      id\n      status\n      certificates {\n        docxPath\n        pdfPath\n        madeAt\n      }\n    }\n  }\n": typeof types.DecOneDocument,
    "\n  query DecDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      events {\n        action\n        reason\n      }\n    }\n  }\n": typeof types.DecDossierDocument,
    "\n  query DecRecords($filter: AwardRecordFilter) {\n    awardRecords(filter: $filter) {\n      edges {\n        node {\n          id\n          awardCode\n          year\n          decisionNumber\n          decidedOn\n          decidedBy\n          note\n        }\n      }\n    }\n  }\n": typeof types.DecRecordsDocument,
    "\n  mutation DecParam($input: CreateRuleParameterInput!) {\n    createRuleParameter(input: $input) {\n      id\n      value\n    }\n  }\n": typeof types.DecParamDocument,
    "\n  query DecVerify($code: String!) {\n    verifyAwardCertificate(code: $code) {\n      name\n      unitName\n      awardName\n      year\n      decisionNumber\n      decidedOn\n      issuerName\n      goldBookNumber\n    }\n  }\n": typeof types.DecVerifyDocument,
    "\n  query DecLookup($name: String!, $unitName: String, $year: Int) {\n    publicAwardLookup(name: $name, unitName: $unitName, year: $year, first: 10) {\n      totalCount\n      edges {\n        node {\n          name\n          unitName\n          awardName\n          year\n          decisionNumber\n          decidedOn\n          issuerName\n          goldBookNumber\n        }\n      }\n    }\n  }\n": typeof types.DecLookupDocument,
    "\n  query DecPublicFields {\n    __type(name: \"PublicAward\") {\n      fields {\n        name\n      }\n    }\n  }\n": typeof types.DecPublicFieldsDocument,
    "\n  query LegalList(\n    $first: Int!\n    $after: String\n    $search: String\n    $kind: LegalDocumentKind\n    $effectiveOn: Date\n    $includeReplaced: Boolean\n  ) {\n    legalDocuments(\n      first: $first\n      after: $after\n      search: $search\n      kind: $kind\n      effectiveOn: $effectiveOn\n      includeReplaced: $includeReplaced\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          kind\n          name\n          status\n          replacedBy {\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.LegalListDocument,
    "\n  query LegalGet($id: ID!) {\n    legalDocument(id: $id) {\n      id\n      number\n      name\n      title\n      issuingBody\n      issuedOn\n      effectiveFrom\n      effectiveTo\n      status\n      national\n      canManage\n      version\n      issuerUnit {\n        id\n        name\n        canOpen\n      }\n      replacedBy {\n        id\n        number\n      }\n      replaces {\n        id\n        number\n      }\n    }\n  }\n": typeof types.LegalGetDocument,
    "\n  mutation LegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      number\n      title\n      version\n      status\n      canManage\n    }\n  }\n": typeof types.LegalCreateDocument,
    "\n  mutation LegalUpdate($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      id\n      title\n      effectiveTo\n      version\n    }\n  }\n": typeof types.LegalUpdateDocument,
    "\n  mutation LegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n      effectiveTo\n      status\n      version\n      replacedBy {\n        id\n      }\n    }\n  }\n": typeof types.LegalReplaceDocument,
    "\n  query LegalAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.LegalAuditDocument,
    "\n  mutation RecAuditInitCreate($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n    }\n  }\n": typeof types.RecAuditInitCreateDocument,
    "\n  mutation RecAuditAwardCreate($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RecAuditAwardCreateDocument,
    "\n  mutation RecAuditAwardUpdate($input: UpdateAwardRecordInput!) {\n    updateAwardRecord(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RecAuditAwardUpdateDocument,
    "\n  mutation RecScopeEvalCreate($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RecScopeEvalCreateDocument,
    "\n  mutation RecScopeEvalUpdate($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      id\n      version\n      grade\n    }\n  }\n": typeof types.RecScopeEvalUpdateDocument,
    "\n  query RecScopeEval($id: ID!) {\n    evaluation(id: $id) {\n      id\n      grade\n      canEdit\n    }\n  }\n": typeof types.RecScopeEvalDocument,
    "\n  query RecScopeEvals($filter: EvaluationFilter) {\n    evaluations(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RecScopeEvalsDocument,
    "\n  mutation RecScopeHoldCreate($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RecScopeHoldCreateDocument,
    "\n  query RecScopeHold($id: ID!) {\n    hold(id: $id) {\n      id\n      canEdit\n    }\n  }\n": typeof types.RecScopeHoldDocument,
    "\n  mutation RecScopeHoldDelete($input: RecordRefInput!) {\n    deleteHold(input: $input)\n  }\n": typeof types.RecScopeHoldDeleteDocument,
    "\n  mutation RecEvalCreate($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n      version\n      subject\n      personId\n      subjectName\n      year\n      grade\n      source\n      canEdit\n      unit {\n        id\n      }\n    }\n  }\n": typeof types.RecEvalCreateDocument,
    "\n  mutation RecEvalUpdate($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      id\n      version\n      grade\n    }\n  }\n": typeof types.RecEvalUpdateDocument,
    "\n  mutation RecEvalDelete($input: RecordRefInput!) {\n    deleteEvaluation(input: $input)\n  }\n": typeof types.RecEvalDeleteDocument,
    "\n  query RecEvals($filter: EvaluationFilter, $first: Int) {\n    evaluations(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectName\n          year\n          grade\n        }\n      }\n    }\n  }\n": typeof types.RecEvalsDocument,
    "\n  mutation RecAwardCreate($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      id\n      version\n      subject\n      awardCode\n      awardName\n      track\n      year\n      subjectName\n      householdAddress\n    }\n  }\n": typeof types.RecAwardCreateDocument,
    "\n  query RecAwards($filter: AwardRecordFilter, $first: Int) {\n    awardRecords(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectName\n          awardName\n          year\n          canEdit\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecAwardsDocument,
    "\n  mutation RecInitCreate($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      version\n      title\n      usedFor {\n        awardName\n        year\n        reference\n      }\n    }\n  }\n": typeof types.RecInitCreateDocument,
    "\n  mutation RecInitLock($input: LockInitiativeInput!) {\n    lockInitiative(input: $input) {\n      id\n      version\n      usedFor {\n        awardName\n        year\n        reference\n      }\n    }\n  }\n": typeof types.RecInitLockDocument,
    "\n  mutation RecHoldCreate($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n      version\n      kind\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.RecHoldCreateDocument,
    "\n  mutation RecHoldLift($input: LiftHoldInput!) {\n    liftHold(input: $input) {\n      id\n      version\n      liftedOn\n      liftReason\n    }\n  }\n": typeof types.RecHoldLiftDocument,
    "\n  query RecHolds($filter: HoldFilter) {\n    holds(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n": typeof types.RecHoldsDocument,
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
    "\n  mutation ApRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n": types.ApRoundCreateDocument,
    "\n  mutation ApDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.ApDossierCreateDocument,
    "\n  mutation ApNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n": types.ApNomineeAddDocument,
    "\n  mutation ApDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.ApDocumentWriteDocument,
    "\n  mutation ApSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.ApSubmitDocument,
    "\n  mutation ApReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.ApReceiveDocument,
    "\n  mutation ApAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.ApAppraiseDocument,
    "\n  mutation ApEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n": types.ApEvalDocument,
    "\n  query ApDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      nominees {\n        id\n        name\n        appraisalVerdict\n        appraisalChecklist {\n          key\n          source\n          requirement\n          finding\n          met\n          basis\n        }\n      }\n      events {\n        action\n        appraisal {\n          name\n          verdict\n          checklist {\n            key\n            ok\n            remark\n            settledBy\n          }\n        }\n      }\n    }\n  }\n": types.ApDossierDocument,
    "\n  mutation AbRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n": types.AbRoundCreateDocument,
    "\n  mutation AbDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.AbDossierCreateDocument,
    "\n  mutation AbNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n        eligibility {\n          verdict\n        }\n      }\n    }\n  }\n": types.AbNomineeAddDocument,
    "\n  mutation AbDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.AbDocumentWriteDocument,
    "\n  mutation AbSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.AbSubmitDocument,
    "\n  mutation AbReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.AbReceiveDocument,
    "\n  mutation AbAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.AbAppraiseDocument,
    "\n  mutation AbEscalate($input: EscalateAwardDossierInput!) {\n    escalateAwardDossier(input: $input) {\n      id\n    }\n  }\n": types.AbEscalateDocument,
    "\n  query AbDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      canCheckEligibility\n      nominees {\n        id\n        name\n        eligibility {\n          verdict\n          stage\n        }\n      }\n    }\n  }\n": types.AbDossierDocument,
    "\n  mutation AbEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n": types.AbEvalDocument,
    "\n  mutation AbEvalUpdate($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      id\n    }\n  }\n": types.AbEvalUpdateDocument,
    "\n  mutation AbHold($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n    }\n  }\n": types.AbHoldDocument,
    "\n  mutation AbCheckDossier($dossierId: ID!) {\n    checkAwardEligibility(dossierId: $dossierId) {\n      id\n      kind\n      status\n      total\n    }\n  }\n": types.AbCheckDossierDocument,
    "\n  mutation AbCheckRound($roundId: ID!) {\n    checkRoundEligibility(roundId: $roundId) {\n      id\n      kind\n      status\n      total\n    }\n  }\n": types.AbCheckRoundDocument,
    "\n  query AbJob($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      progress\n      total\n      message\n      error\n    }\n  }\n": types.AbJobDocument,
    "\n  query AbReport($jobId: ID!) {\n    awardEligibilityCheck(jobId: $jobId) {\n      side\n      finished\n      roundId\n      dossierId\n      dossiers\n      checked\n      eligible\n      notEligible\n      toConfirm\n      changed\n      stored\n      findings {\n        nominationId\n        dossierId\n        unitName\n        name\n        storedVerdict\n        verdict\n        reasons\n      }\n      job {\n        id\n        status\n      }\n    }\n  }\n": types.AbReportDocument,
    "\n  query AbRoundFields($id: ID!) {\n    awardRound(id: $id) {\n      id\n      canCheckEligibility\n    }\n  }\n": types.AbRoundFieldsDocument,
    "\n  query AbCounters($roundId: ID, $campaignPlanId: ID) {\n    awardCounters(roundId: $roundId, campaignPlanId: $campaignPlanId) {\n      rounds {\n        roundId\n        round {\n          id\n          title\n        }\n        counts {\n          proposed\n          eligible\n          notEligible\n          toConfirm\n          unchecked\n          appraisedPass\n          appraisedFail\n          escalated\n          dossiers\n          late\n          overdue\n          byStatus {\n            status\n            count\n          }\n        }\n      }\n      total {\n        proposed\n        appraisedPass\n        appraisedFail\n        escalated\n        dossiers\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": types.AbCountersDocument,
    "\n  mutation DrRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n      deadline\n    }\n  }\n": types.DrRoundCreateDocument,
    "\n  mutation DrDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.DrDossierCreateDocument,
    "\n  mutation DrNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n": types.DrNomineeAddDocument,
    "\n  mutation DrDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.DrDocumentWriteDocument,
    "\n  mutation DrSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.DrSubmitDocument,
    "\n  mutation DrReturn($input: ReturnAwardDossierInput!) {\n    returnAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.DrReturnDocument,
    "\n  query DrDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      missingDocuments\n      nominees {\n        id\n        name\n        report {\n          nominationId\n          kind\n          form\n          name\n          award\n          drafted\n          version\n          signedOffAt\n          uploaded\n          documentId\n          downloadPath\n          content {\n            period\n            profile {\n              label\n              value\n            }\n            background\n            commitments\n            targets {\n              name\n              planned\n              achieved\n            }\n            measures\n            results\n            lessons\n            evaluations {\n              year\n              result\n            }\n            priorAwards {\n              year\n              award\n              decision\n            }\n            initiatives {\n              title\n              level\n              recognition\n            }\n            author {\n              title\n              name\n            }\n            confirmer {\n              title\n              name\n            }\n          }\n        }\n      }\n      toTrinh {\n        drafted\n        version\n        number\n        symbol\n        numberedOn\n        form\n        uploaded\n        documentId\n        downloadPath\n        awards {\n          award\n          collectives\n          individuals\n          households\n        }\n        content {\n          place\n          subject\n          addressees\n          bases\n          councilMinutes {\n            date\n            body\n          }\n          summary\n          authority\n          recipients\n          archive\n          signer {\n            on {\n              authority\n              of\n            }\n            title\n            name\n          }\n        }\n      }\n      documents {\n        id\n        kind\n        nominationId\n        fileName\n        generated\n      }\n      events {\n        action\n        changes {\n          documentsAdded\n          documentsReplaced\n          documentsRemoved\n        }\n      }\n    }\n  }\n": types.DrDossierDocument,
    "\n  mutation DrReportUpdate($input: UpdateAchievementReportInput!) {\n    updateAchievementReport(input: $input) {\n      nominationId\n      version\n      drafted\n      signedOffAt\n      content {\n        results\n        author {\n          title\n          name\n        }\n      }\n    }\n  }\n": types.DrReportUpdateDocument,
    "\n  mutation DrReportRedraft($input: RedraftAchievementReportInput!) {\n    redraftAchievementReport(input: $input) {\n      version\n      drafted\n      content {\n        results\n      }\n    }\n  }\n": types.DrReportRedraftDocument,
    "\n  mutation DrReportSignOff($input: AchievementReportRefInput!) {\n    signOffAchievementReport(input: $input) {\n      version\n      drafted\n      signedOffAt\n    }\n  }\n": types.DrReportSignOffDocument,
    "\n  mutation DrReportReopen($input: AchievementReportRefInput!) {\n    reopenAchievementReport(input: $input) {\n      version\n      signedOffAt\n    }\n  }\n": types.DrReportReopenDocument,
    "\n  mutation DrToTrinhUpdate($input: UpdateToTrinhInput!) {\n    updateToTrinh(input: $input) {\n      version\n      drafted\n      content {\n        summary\n        signer {\n          title\n          name\n        }\n      }\n    }\n  }\n": types.DrToTrinhUpdateDocument,
    "\n  mutation AwNoRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n": types.AwNoRoundCreateDocument,
    "\n  mutation AwNoDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.AwNoDossierCreateDocument,
    "\n  mutation AwNoPerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": types.AwNoPersonDocument,
    "\n  mutation AwNoEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n": types.AwNoEvalDocument,
    "\n  mutation AwNoNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n": types.AwNoNomineeAddDocument,
    "\n  mutation AwNoDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.AwNoDocumentWriteDocument,
    "\n  mutation AwNoSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.AwNoSubmitDocument,
    "\n  query AwNoRules($awardCode: String, $inForceOn: Date) {\n    awardRuleVersions(awardCode: $awardCode, inForceOn: $inForceOn) {\n      id\n      legalDocument {\n        id\n      }\n    }\n  }\n": types.AwNoRulesDocument,
    "\n  mutation AwNoRuleCreate($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      id\n    }\n  }\n": types.AwNoRuleCreateDocument,
    "\n  mutation AwNoCreateDay($input: CreateCalendarDayInput!) {\n    createCalendarDay(input: $input) {\n      id\n      version\n      date\n    }\n  }\n": types.AwNoCreateDayDocument,
    "\n  mutation AwNoDeleteDay($input: DeleteCalendarDayInput!) {\n    deleteCalendarDay(input: $input) {\n      id\n    }\n  }\n": types.AwNoDeleteDayDocument,
    "\n  query AwNoAddDays($start: Date!, $days: Int!) {\n    addWorkingDays(start: $start, days: $days) {\n      date\n    }\n  }\n": types.AwNoAddDaysDocument,
    "\n  mutation AwNoPublish($input: PublishAwardNoticeInput!) {\n    publishAwardNotice(input: $input) {\n      id\n      version\n      title\n      required\n      workingDays\n      articles\n      startsOn\n      endsOn\n      status\n      phase\n      publicPath\n      nominees {\n        position\n        nominationId\n        name\n        detail\n        awardName\n        required\n      }\n    }\n  }\n": types.AwNoPublishDocument,
    "\n  mutation AwNoClose($input: CloseAwardNoticeInput!) {\n    closeAwardNotice(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.AwNoCloseDocument,
    "\n  mutation AwNoHandle($input: HandleNoticeCommentInput!) {\n    handleNoticeComment(input: $input) {\n      id\n      version\n      outcome\n      handling\n      handledByName\n    }\n  }\n": types.AwNoHandleDocument,
    "\n  query AwNoNotice($dossierId: ID!) {\n    awardNotice(dossierId: $dossierId) {\n      id\n      version\n      status\n      phase\n      required\n      endsOn\n      unhandledCount\n      canManage\n      counts {\n        kind\n        count\n      }\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            version\n            kind\n            nomineeLabel\n            text\n            authorName\n            contact\n            outcome\n            handling\n          }\n        }\n      }\n    }\n  }\n": types.AwNoNoticeDocument,
    "\n  query AwNoDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      noticeRequirement {\n        required\n        workingDays\n        articles\n        nominees\n      }\n      notice {\n        id\n        phase\n      }\n      events {\n        action\n        notice {\n          noticeId\n          required\n          workingDays\n          startsOn\n          endsOn\n          closedAt\n          nominees\n          counts {\n            kind\n            count\n          }\n          comments {\n            kind\n            nominee\n            excerpt\n            outcome\n            handling\n            handledBy\n          }\n        }\n      }\n    }\n  }\n": types.AwNoDossierDocument,
    "\n  query AwNoPublicList($search: String) {\n    publicAwardNotices(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          unitName\n          startsOn\n          endsOn\n          workingDays\n          articles\n          acceptingComments\n          nominees {\n            position\n            subject\n            name\n            detail\n            awardName\n          }\n        }\n      }\n    }\n  }\n": types.AwNoPublicListDocument,
    "\n  query AwNoPublicOne($id: ID!) {\n    publicAwardNotice(id: $id) {\n      id\n      title\n      acceptingComments\n    }\n  }\n": types.AwNoPublicOneDocument,
    "\n  mutation AwNoComment($input: SubmitNoticeCommentInput!) {\n    submitNoticeComment(input: $input) {\n      kind\n      nomineeLabel\n      receivedAt\n    }\n  }\n": types.AwNoCommentDocument,
    "\n  query RulesKinds($provinceUnitId: ID) {\n    awardKinds(provinceUnitId: $provinceUnitId) {\n      id\n      code\n      name\n      national\n      version\n      canManage\n      provinceUnit {\n        id\n      }\n    }\n  }\n": types.RulesKindsDocument,
    "\n  query RulesVersions($awardCode: String, $inForceOn: Date, $provinceUnitId: ID) {\n    awardRuleVersions(\n      awardCode: $awardCode\n      inForceOn: $inForceOn\n      provinceUnitId: $provinceUnitId\n    ) {\n      id\n      awardCode\n      track\n      effectiveFrom\n      effectiveTo\n      national\n      shipped\n      edited\n      uncertain\n      version\n      canManage\n      note\n      legalDocument {\n        id\n        number\n      }\n      decidedBy {\n        text\n        level\n        uncertain\n      }\n      vote {\n        required\n        thresholdOfMembership\n        uncertain\n      }\n      publicNotice {\n        required\n        workingDays\n      }\n      dossier {\n        document\n        form\n        uncertain\n      }\n      rewards {\n        subject\n        multiplier\n      }\n      conditions {\n        type\n        sentence\n        uncertain\n        conditions {\n          type\n          sentence\n        }\n      }\n    }\n  }\n": types.RulesVersionsDocument,
    "\n  query RulesParams($key: RuleParameterKey, $inForceOn: Date, $provinceUnitId: ID) {\n    ruleParameters(key: $key, inForceOn: $inForceOn, provinceUnitId: $provinceUnitId) {\n      id\n      key\n      value\n      effectiveFrom\n      effectiveTo\n      national\n      uncertain\n      version\n      canManage\n      legalDocument {\n        number\n      }\n    }\n  }\n": types.RulesParamsDocument,
    "\n  mutation RulesCreateParam($input: CreateRuleParameterInput!) {\n    createRuleParameter(input: $input) {\n      id\n      value\n      effectiveFrom\n      effectiveTo\n      national\n      version\n      canManage\n    }\n  }\n": types.RulesCreateParamDocument,
    "\n  mutation RulesUpdateParam($input: UpdateRuleParameterInput!) {\n    updateRuleParameter(input: $input) {\n      id\n      value\n      version\n    }\n  }\n": types.RulesUpdateParamDocument,
    "\n  mutation RulesCreateRule($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      id\n      effectiveFrom\n      effectiveTo\n      national\n      edited\n      version\n      conditions {\n        type\n        sentence\n      }\n    }\n  }\n": types.RulesCreateRuleDocument,
    "\n  mutation RulesUpdateRule($input: UpdateAwardRuleVersionInput!) {\n    updateAwardRuleVersion(input: $input) {\n      id\n      note\n      edited\n      version\n    }\n  }\n": types.RulesUpdateRuleDocument,
    "\n  mutation RulesCreateKind($input: CreateAwardKindInput!) {\n    createAwardKind(input: $input) {\n      id\n      code\n      national\n      version\n    }\n  }\n": types.RulesCreateKindDocument,
    "\n  mutation RulesUpdateKind($input: UpdateAwardKindInput!) {\n    updateAwardKind(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.RulesUpdateKindDocument,
    "\n  query RulesPreview($input: PreviewEligibilityInput!) {\n    previewEligibility(input: $input) {\n      awardName\n      basis\n      verdict\n      ruleVersionId\n      checks {\n        key\n        code\n        principle\n        met\n        label\n        basis\n        used {\n          kind\n          text\n          counted\n        }\n        children {\n          key\n          met\n          label\n        }\n      }\n    }\n  }\n": types.RulesPreviewDocument,
    "\n  query RulesAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.RulesAuditDocument,
    "\n  mutation AwElRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n": types.AwElRoundCreateDocument,
    "\n  mutation AwElDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.AwElDossierCreateDocument,
    "\n  mutation AwElNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n        awardCode\n        awardName\n        initiativeIds\n        eligibility {\n          verdict\n          on\n          year\n          stage\n          ruleVersionId\n          basis\n          manualReason\n          checks {\n            key\n            code\n            principle\n            met\n            label\n            basis\n            uncertain\n          }\n        }\n      }\n    }\n  }\n": types.AwElNomineeAddDocument,
    "\n  mutation AwElDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.AwElDocumentWriteDocument,
    "\n  mutation AwElSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n      clock\n      dueOn\n      deadlineStatus\n    }\n  }\n": types.AwElSubmitDocument,
    "\n  mutation AwElWithdraw($input: WithdrawAwardDossierInput!) {\n    withdrawAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.AwElWithdrawDocument,
    "\n  query AwElDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      clock\n      dueOn\n      deadlineStatus\n      nominees {\n        id\n        name\n        eligibility {\n          verdict\n          stage\n          on\n          basis\n          ruleVersionId\n        }\n      }\n    }\n  }\n": types.AwElDossierDocument,
    "\n  query AwElInbox($filter: AwardDossierFilter) {\n    awardDossierInbox(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          dueOn\n          deadlineStatus\n        }\n      }\n    }\n  }\n": types.AwElInboxDocument,
    "\n  mutation AwElEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n": types.AwElEvalDocument,
    "\n  mutation AwElHold($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n    }\n  }\n": types.AwElHoldDocument,
    "\n  mutation AwElInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n    }\n  }\n": types.AwElInitiativeDocument,
    "\n  query AwElInitiativeRead($id: ID!) {\n    initiative(id: $id) {\n      id\n      usedFor {\n        awardName\n        year\n        reference\n      }\n    }\n  }\n": types.AwElInitiativeReadDocument,
    "\n  query AwElRules($awardCode: String, $inForceOn: Date) {\n    awardRuleVersions(awardCode: $awardCode, inForceOn: $inForceOn) {\n      id\n      legalDocument {\n        id\n      }\n    }\n  }\n": types.AwElRulesDocument,
    "\n  mutation AwElRuleCreate($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      id\n    }\n  }\n": types.AwElRuleCreateDocument,
    "\n  mutation AwRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n      version\n      kind\n      track\n      status\n      deadline\n      decidingAuthority\n      awardForms\n      quotas {\n        form\n        either\n      }\n      canManage\n    }\n  }\n": types.AwRoundCreateDocument,
    "\n  mutation AwDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n      status\n      canEdit\n      events {\n        action\n        toStatus\n      }\n    }\n  }\n": types.AwDossierCreateDocument,
    "\n  mutation AwNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n        awardName\n        subject\n      }\n    }\n  }\n": types.AwNomineeAddDocument,
    "\n  mutation AwNomineeUpdate($input: UpdateNomineeInput!) {\n    updateAwardNominee(input: $input) {\n      id\n      version\n    }\n  }\n": types.AwNomineeUpdateDocument,
    "\n  mutation AwNomineeRemove($input: RemoveNomineeInput!) {\n    removeAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n      }\n      documents {\n        id\n      }\n    }\n  }\n": types.AwNomineeRemoveDocument,
    "\n  mutation AwDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n      missingDocuments\n    }\n  }\n": types.AwDocumentWriteDocument,
    "\n  mutation AwSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n      late\n    }\n  }\n": types.AwSubmitDocument,
    "\n  mutation AwReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.AwReceiveDocument,
    "\n  mutation AwReturn($input: ReturnAwardDossierInput!) {\n    returnAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.AwReturnDocument,
    "\n  mutation AwAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.AwAppraiseDocument,
    "\n  mutation AwForward($input: AwardDossierRefInput!) {\n    forwardAwardDossierToCouncil(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.AwForwardDocument,
    "\n  query AwDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      late\n      firstSubmittedAt\n      canEdit\n      availableActions\n      missingDocuments\n      quotaFindings {\n        form\n        used\n        limit\n        over\n      }\n      nominees {\n        id\n        name\n        subject\n        awardName\n        achievements\n        appraisalVerdict\n        eligibilityChecked\n      }\n      documents {\n        id\n        kind\n        nominationId\n        fileName\n        downloadPath\n        text\n      }\n      events {\n        action\n        fromStatus\n        toStatus\n        reason\n        late\n        remarks {\n          nominationId\n          documentId\n          label\n          remark\n        }\n        appraisal {\n          name\n          verdict\n        }\n        changes {\n          nomineesAdded\n          nomineesRemoved\n          nomineesEdited\n          documentsAdded\n          documentsRemoved\n          documentsReplaced\n        }\n      }\n    }\n  }\n": types.AwDossierDocument,
    "\n  query AwInbox($filter: AwardDossierFilter) {\n    awardDossierInbox(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.AwInboxDocument,
    "\n  query AwOwn($filter: AwardDossierFilter) {\n    awardDossiers(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.AwOwnDocument,
    "\n        query AwRound($id: ID!) {\n          awardRound(id: $id) {\n            kind\n            track\n            status\n            deadline\n            decidingAuthority\n            awardForms\n            quotas {\n              form\n              either\n            }\n            canManage\n            receivingUnit {\n              id\n            }\n          }\n        }\n      ": types.AwRoundDocument,
    "\n        mutation AwRecall($input: AwardDossierRefInput!) {\n          recallAwardDossier(input: $input) {\n            id\n          }\n        }\n      ": types.AwRecallDocument,
    "\n        mutation AwEscalate($input: EscalateAwardDossierInput!) {\n          escalateAwardDossier(input: $input) {\n            id\n            status\n            originDossierId\n            unit {\n              id\n            }\n            nominees {\n              name\n              awardName\n              originNominationId\n            }\n            documents {\n              kind\n              nominationId\n              originDocumentId\n              downloadPath\n            }\n            events {\n              action\n            }\n          }\n        }\n      ": types.AwEscalateDocument,
    "\n  query CalendarYears {\n    workingCalendarYears {\n      year\n      source\n    }\n  }\n": types.CalendarYearsDocument,
    "\n  query CalendarYear($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      defined\n      source\n      note\n      workingDayCount\n      provisionalCount\n      canManage\n      days {\n        id\n        date\n        weekday\n        kind\n        name\n        note\n        source\n        provisional\n        version\n      }\n    }\n  }\n": types.CalendarYearDocument,
    "\n  query CalendarAdd($start: Date!, $days: Int!) {\n    addWorkingDays(start: $start, days: $days) {\n      date\n      provisional\n      missingYears\n    }\n  }\n": types.CalendarAddDocument,
    "\n  query CalendarBetween($from: Date!, $to: Date!) {\n    workingDaysBetween(from: $from, to: $to) {\n      days\n      provisional\n      missingYears\n    }\n  }\n": types.CalendarBetweenDocument,
    "\n  mutation CalendarGenerate($input: GenerateCalendarYearInput!) {\n    generateCalendarYear(input: $input) {\n      year\n      defined\n      source\n      note\n      days {\n        id\n        date\n        kind\n        name\n        source\n        provisional\n      }\n    }\n  }\n": types.CalendarGenerateDocument,
    "\n  mutation CalendarCreateDay($input: CreateCalendarDayInput!) {\n    createCalendarDay(input: $input) {\n      id\n      date\n      weekday\n      kind\n      name\n      source\n      version\n    }\n  }\n": types.CalendarCreateDayDocument,
    "\n  mutation CalendarUpdateDay($input: UpdateCalendarDayInput!) {\n    updateCalendarDay(input: $input) {\n      id\n      date\n      name\n      note\n      provisional\n      source\n      version\n    }\n  }\n": types.CalendarUpdateDayDocument,
    "\n  mutation CalendarDeleteDay($input: DeleteCalendarDayInput!) {\n    deleteCalendarDay(input: $input) {\n      id\n      date\n    }\n  }\n": types.CalendarDeleteDayDocument,
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
    "\n  query CiRound($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n    }\n  }\n": types.CiRoundDocument,
    "\n  mutation CiOpen($input: OpenCouncilVotingRoundInput!) {\n    openCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n": types.CiOpenDocument,
    "\n  mutation CiCodes($input: CouncilRoundRefInput!) {\n    generateCouncilVotingCodes(input: $input) {\n      codes\n    }\n  }\n": types.CiCodesDocument,
    "\n  mutation CiClose($input: CouncilRoundRefInput!) {\n    closeCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n": types.CiCloseDocument,
    "\n  mutation CiTally($input: CouncilRoundRefInput!) {\n    tallyCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n": types.CiTallyDocument,
    "\n  mutation CiConfirm($input: CouncilRoundRefInput!) {\n    confirmPaperTally(input: $input) {\n      id\n    }\n  }\n": types.CiConfirmDocument,
    "\n  mutation CiDecide($input: DecideCouncilTieInput!) {\n    decideCouncilTie(input: $input) {\n      id\n    }\n  }\n": types.CiDecideDocument,
    "\n  mutation CiSecond($input: OpenCouncilSecondRoundInput!) {\n    openCouncilSecondRound(input: $input) {\n      id\n    }\n  }\n": types.CiSecondDocument,
    "\n  mutation CiEnter($input: EnterPaperTallyInput!) {\n    enterPaperTally(input: $input) {\n      id\n    }\n  }\n": types.CiEnterDocument,
    "\n  mutation CiScan($input: AttachPaperTallyScanInput!) {\n    attachPaperTallyScan(input: $input) {\n      id\n    }\n  }\n": types.CiScanDocument,
    "\n  mutation CiWritten($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n": types.CiWrittenDocument,
    "\n  mutation CiIssue($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n": types.CiIssueDocument,
    "\n  query CsBlindKey($id: ID!) {\n    councilVotingRound(id: $id) {\n      blindKey {\n        kty\n        n\n        e\n      }\n    }\n  }\n": types.CsBlindKeyDocument,
    "\n  mutation CsIssue($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n": types.CsIssueDocument,
    "\n  mutation CsWritten($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n": types.CsWrittenDocument,
    "\n  query CvRound($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n      castCount\n      blindKey {\n        kty\n        n\n        e\n      }\n      results {\n        agendaItemId\n        agree\n      }\n    }\n  }\n": types.CvRoundDocument,
    "\n  mutation CvCodes($input: CouncilRoundRefInput!) {\n    generateCouncilVotingCodes(input: $input) {\n      codes\n    }\n  }\n": types.CvCodesDocument,
    "\n  mutation CvOpen($input: OpenCouncilVotingRoundInput!) {\n    openCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n": types.CvOpenDocument,
    "\n  mutation CvWritten($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n": types.CvWrittenDocument,
    "\n  mutation CvIssue($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n": types.CvIssueDocument,
    "\n  mutation CvEnter($input: EnterPaperTallyInput!) {\n    enterPaperTally(input: $input) {\n      id\n    }\n  }\n": types.CvEnterDocument,
    "\n  mutation CvConfirm($input: CouncilRoundRefInput!) {\n    confirmPaperTally(input: $input) {\n      id\n    }\n  }\n": types.CvConfirmDocument,
    "\n  mutation CvDecide($input: DecideCouncilTieInput!) {\n    decideCouncilTie(input: $input) {\n      id\n      results {\n        rank\n        withinQuota\n      }\n    }\n  }\n": types.CvDecideDocument,
    "\n  mutation CvSecond($input: OpenCouncilSecondRoundInput!) {\n    openCouncilSecondRound(input: $input) {\n      id\n      number\n    }\n  }\n": types.CvSecondDocument,
    "\n  mutation CnAuditCreate($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      version\n      name\n    }\n  }\n": types.CnAuditCreateDocument,
    "\n  mutation CnAuditUpdate($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnAuditUpdateDocument,
    "\n  mutation CnAuditMemberAdd($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnAuditMemberAddDocument,
    "\n  mutation CnAuditMemberUpdate($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnAuditMemberUpdateDocument,
    "\n  mutation CnAuditSessionCreate($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnAuditSessionCreateDocument,
    "\n  mutation CnScopeCreate($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      version\n      name\n    }\n  }\n": types.CnScopeCreateDocument,
    "\n  mutation CnScopeUpdate($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnScopeUpdateDocument,
    "\n  mutation CnScopeMemberAdd($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnScopeMemberAddDocument,
    "\n  mutation CnScopeMemberUpdate($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      id\n    }\n  }\n": types.CnScopeMemberUpdateDocument,
    "\n  mutation CnScopeMemberRemove($input: CouncilMemberRefInput!) {\n    removeCouncilMember(input: $input)\n  }\n": types.CnScopeMemberRemoveDocument,
    "\n  query CnScopeCouncil($id: ID!) {\n    council(id: $id) {\n      id\n      canManage\n      members {\n        id\n        fullName\n      }\n    }\n  }\n": types.CnScopeCouncilDocument,
    "\n  query CnScopeCouncils($unitId: ID) {\n    councils(unitId: $unitId, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.CnScopeCouncilsDocument,
    "\n  mutation CnScopeSessionCreate($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnScopeSessionCreateDocument,
    "\n  mutation CnScopeSessionUpdate($input: UpdateCouncilSessionInput!) {\n    updateCouncilSession(input: $input) {\n      id\n    }\n  }\n": types.CnScopeSessionUpdateDocument,
    "\n  mutation CnScopeSessionDelete($input: CouncilSessionRefInput!) {\n    deleteCouncilSession(input: $input)\n  }\n": types.CnScopeSessionDeleteDocument,
    "\n  mutation CnScopeStart($input: CouncilSessionRefInput!) {\n    startCouncilSession(input: $input) {\n      id\n    }\n  }\n": types.CnScopeStartDocument,
    "\n  mutation CnScopeAttend($input: SetCouncilAttendanceInput!) {\n    setCouncilAttendance(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnScopeAttendDocument,
    "\n  mutation CnScopeGuestAdd($input: AddCouncilGuestInput!) {\n    addCouncilGuest(input: $input) {\n      id\n      version\n      guests {\n        id\n      }\n    }\n  }\n": types.CnScopeGuestAddDocument,
    "\n  mutation CnScopeGuestRemove($input: RemoveCouncilGuestInput!) {\n    removeCouncilGuest(input: $input) {\n      id\n    }\n  }\n": types.CnScopeGuestRemoveDocument,
    "\n  mutation CnScopeAgendaAdd($input: AddCouncilAgendaFromRoundInput!) {\n    addCouncilAgendaFromRound(input: $input) {\n      id\n    }\n  }\n": types.CnScopeAgendaAddDocument,
    "\n  mutation CnScopeAgendaRemove($input: RemoveCouncilAgendaItemInput!) {\n    removeCouncilAgendaItem(input: $input) {\n      id\n    }\n  }\n": types.CnScopeAgendaRemoveDocument,
    "\n  mutation CnScopeAgendaMove($input: MoveCouncilAgendaItemInput!) {\n    moveCouncilAgendaItem(input: $input) {\n      id\n    }\n  }\n": types.CnScopeAgendaMoveDocument,
    "\n  query CnScopeSession($id: ID!) {\n    councilSession(id: $id) {\n      id\n      canManage\n      council {\n        id\n      }\n    }\n  }\n": types.CnScopeSessionDocument,
    "\n  query CnScopeSessions($councilId: ID) {\n    councilSessions(councilId: $councilId, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.CnScopeSessionsDocument,
    "\n  mutation CnCreate($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      version\n      name\n      quorumShare\n      awardPresenceShare\n      proxiesAllowed\n      active\n      canManage\n      unit {\n        id\n      }\n      standingUnit {\n        id\n      }\n    }\n  }\n": types.CnCreateDocument,
    "\n  mutation CnUpdate($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      id\n      version\n      proxiesAllowed\n      awardPresenceShare\n    }\n  }\n": types.CnUpdateDocument,
    "\n  mutation CnMemberAdd($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n      version\n      role\n      from\n      to\n      fullName\n    }\n  }\n": types.CnMemberAddDocument,
    "\n  mutation CnMemberUpdate($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      id\n      version\n      to\n    }\n  }\n": types.CnMemberUpdateDocument,
    "\n  mutation CnMemberRemove($input: CouncilMemberRefInput!) {\n    removeCouncilMember(input: $input)\n  }\n": types.CnMemberRemoveDocument,
    "\n  query CnCouncil($id: ID!, $on: Date) {\n    council(id: $id) {\n      id\n      name\n      members(on: $on) {\n        id\n        fullName\n        role\n        title\n        from\n        to\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.CnCouncilDocument,
    "\n  query CnCouncils($unitId: ID, $search: String) {\n    councils(unitId: $unitId, search: $search, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CnCouncilsDocument,
    "\n  mutation CnSessionCreate($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      id\n      version\n      status\n      members {\n        memberId\n        fullName\n        role\n        position\n      }\n    }\n  }\n": types.CnSessionCreateDocument,
    "\n  mutation CnSessionUpdate($input: UpdateCouncilSessionInput!) {\n    updateCouncilSession(input: $input) {\n      id\n      version\n      date\n      members {\n        memberId\n      }\n    }\n  }\n": types.CnSessionUpdateDocument,
    "\n  mutation CnSessionDelete($input: CouncilSessionRefInput!) {\n    deleteCouncilSession(input: $input)\n  }\n": types.CnSessionDeleteDocument,
    "\n  query CnSession($id: ID!) {\n    councilSession(id: $id) {\n      id\n      version\n      status\n      startedAt\n      chair {\n        fullName\n      }\n      secretary {\n        fullName\n      }\n      awardRound {\n        id\n      }\n      members {\n        memberId\n        fullName\n        role\n        position\n        attendance\n        writtenOpinion\n        proxyMemberId\n      }\n      guests {\n        id\n        name\n        title\n      }\n      agenda {\n        id\n        position\n        nominationId\n        candidateName\n        awardCode\n        awardName\n        subject\n        proposingUnitName\n        voteRequired\n        threshold\n        female\n        womenShare\n      }\n      quorum {\n        members\n        present\n        proxies\n        attending\n        writtenOpinions\n        absent\n        unrecorded\n        required\n        met\n        awardShare\n        explanation\n      }\n    }\n  }\n": types.CnSessionDocument,
    "\n  query CnSessions($councilId: ID, $status: CouncilSessionStatus) {\n    councilSessions(councilId: $councilId, status: $status, first: 50) {\n      edges {\n        node {\n          id\n          date\n        }\n      }\n    }\n  }\n": types.CnSessionsDocument,
    "\n  mutation CnAttend($input: SetCouncilAttendanceInput!) {\n    setCouncilAttendance(input: $input) {\n      id\n      version\n      quorum {\n        attending\n        required\n        met\n        explanation\n      }\n    }\n  }\n": types.CnAttendDocument,
    "\n  mutation CnStart($input: CouncilSessionRefInput!) {\n    startCouncilSession(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.CnStartDocument,
    "\n  mutation CnGuestAdd($input: AddCouncilGuestInput!) {\n    addCouncilGuest(input: $input) {\n      id\n      version\n      guests {\n        id\n        name\n      }\n    }\n  }\n": types.CnGuestAddDocument,
    "\n  mutation CnGuestRemove($input: RemoveCouncilGuestInput!) {\n    removeCouncilGuest(input: $input) {\n      id\n      version\n      guests {\n        id\n      }\n    }\n  }\n": types.CnGuestRemoveDocument,
    "\n  mutation CnAgendaAdd($input: AddCouncilAgendaFromRoundInput!) {\n    addCouncilAgendaFromRound(input: $input) {\n      id\n      version\n      agenda {\n        id\n        position\n        candidateName\n      }\n    }\n  }\n": types.CnAgendaAddDocument,
    "\n  mutation CnAgendaRemove($input: RemoveCouncilAgendaItemInput!) {\n    removeCouncilAgendaItem(input: $input) {\n      id\n      version\n      agenda {\n        id\n        position\n        candidateName\n      }\n    }\n  }\n": types.CnAgendaRemoveDocument,
    "\n  mutation CnAgendaMove($input: MoveCouncilAgendaItemInput!) {\n    moveCouncilAgendaItem(input: $input) {\n      id\n      version\n      agenda {\n        id\n        position\n        candidateName\n      }\n    }\n  }\n": types.CnAgendaMoveDocument,
    "\n  mutation CnRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n": types.CnRoundCreateDocument,
    "\n  mutation CnDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnDossierCreateDocument,
    "\n  mutation CnNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n": types.CnNomineeAddDocument,
    "\n  mutation CnDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnDocumentWriteDocument,
    "\n  mutation CnSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnSubmitDocument,
    "\n  mutation CnReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n": types.CnReceiveDocument,
    "\n  mutation CnAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.CnAppraiseDocument,
    "\n  mutation CnEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n": types.CnEvalDocument,
    "\n  mutation CnAwardRecord($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      id\n    }\n  }\n": types.CnAwardRecordDocument,
    "\n  query CnCouncilState($id: ID!) {\n    council(id: $id) {\n      id\n      version\n      active\n      endedOn\n      standingUnit {\n        id\n      }\n    }\n  }\n": types.CnCouncilStateDocument,
    "\n  mutation CnMerge($input: MergeUnitsInput!) {\n    mergeUnits(input: $input) {\n      results {\n        id\n      }\n    }\n  }\n": types.CnMergeDocument,
    "\n  mutation CnClusterCreate($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      id\n      name\n    }\n  }\n": types.CnClusterCreateDocument,
    "\n  mutation CnClusterMember($input: AddClusterMemberInput!) {\n    addClusterMember(input: $input) {\n      id\n    }\n  }\n": types.CnClusterMemberDocument,
    "\n  mutation CnClusterLead($input: SetClusterLeadershipInput!) {\n    setClusterLeadership(input: $input) {\n      id\n    }\n  }\n": types.CnClusterLeadDocument,
    "\n  mutation DecAuditDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      subject\n      authority\n      achievement\n      bases\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n      recipients {\n        id\n      }\n    }\n  }\n": types.DecAuditDraftDocument,
    "\n  mutation DecAuditUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n      rewardFunding\n    }\n  }\n": types.DecAuditUpdateDocument,
    "\n  mutation DecAuditDelete($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n": types.DecAuditDeleteDocument,
    "\n  mutation DecAuditIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      version\n      status\n      symbol\n    }\n  }\n": types.DecAuditIssueDocument,
    "\n  query DecListPage(\n    $filter: AwardDecisionFilter\n    $sort: AwardDecisionSort\n    $first: Int!\n    $after: String\n  ) {\n    awardDecisions(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          year\n        }\n      }\n    }\n  }\n": types.DecListPageDocument,
    "\n  mutation DecListDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      subject\n      authority\n      achievement\n      bases\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n    }\n  }\n": types.DecListDraftDocument,
    "\n  mutation DecListUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n    }\n  }\n": types.DecListUpdateDocument,
    "\n  mutation DecListIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      symbol\n      decidedOn\n      totalAmount\n      recipients {\n        id\n        name\n        goldBookNumber\n        awardRecordId\n      }\n    }\n  }\n": types.DecListIssueDocument,
    "\n  query DecScopeList($filter: AwardDecisionFilter) {\n    awardDecisions(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          canManage\n          canIssue\n          issuerUnit {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.DecScopeListDocument,
    "\n  query DecScopeOne($id: ID!) {\n    awardDecision(id: $id) {\n      id\n      recipients {\n        id\n      }\n    }\n  }\n": types.DecScopeOneDocument,
    "\n  query DecScopeCandidates($roundId: ID!, $issuerUnitId: ID!) {\n    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {\n      nominationId\n    }\n  }\n": types.DecScopeCandidatesDocument,
    "\n  mutation DecScopeDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      subject\n      authority\n      achievement\n      bases\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n    }\n  }\n": types.DecScopeDraftDocument,
    "\n  mutation DecScopeUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n    }\n  }\n": types.DecScopeUpdateDocument,
    "\n  mutation DecScopeDelete($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n": types.DecScopeDeleteDocument,
    "\n  mutation DecScopeIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.DecScopeIssueDocument,
    "\n  mutation DecScopePrint($decisionId: ID!) {\n    printAwardCertificates(decisionId: $decisionId) {\n      id\n    }\n  }\n": types.DecScopePrintDocument,
    "\n  query DecCandidates($roundId: ID!, $issuerUnitId: ID!) {\n    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {\n      nominationId\n      name\n      awardName\n      dossierStatus\n      decisionId\n    }\n  }\n": types.DecCandidatesDocument,
    "\n  mutation DecDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      status\n      awardName\n      awardKind\n      subject\n      authority\n      achievement\n      bases\n      proposal {\n        by\n        reference\n      }\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n      number\n      symbol\n      totalAmount\n      docxPath\n      recipients {\n        id\n        nominationId\n        displayName\n        name\n        detail\n        multiplier\n        baseSalary\n        amount\n        goldBookNumber\n        certificateCode\n      }\n    }\n  }\n": types.DecDraftDocument,
    "\n  mutation DecUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n      signer {\n        title\n        name\n      }\n      recipients {\n        id\n        multiplier\n        amount\n      }\n    }\n  }\n": types.DecUpdateDocument,
    "\n  mutation DecDelete($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n": types.DecDeleteDocument,
    "\n  mutation DecIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      version\n      status\n      number\n      symbol\n      decidedOn\n      docxPath\n      totalAmount\n      recipients {\n        id\n        name\n        amount\n        baseSalary\n        goldBookNumber\n        certificateCode\n        awardRecordId\n      }\n    }\n  }\n": types.DecIssueDocument,
    "\n  mutation DecPrint($decisionId: ID!) {\n    printAwardCertificates(decisionId: $decisionId) {\n      id\n      status\n      total\n    }\n  }\n": types.DecPrintDocument,
    "\n  query DecJob($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      progress\n      total\n      message\n      error\n    }\n  }\n": types.DecJobDocument,
    "\n  query DecOne($id: ID!) {\n    awardDecision(id: $id) {\n      id\n      status\n      certificates {\n        docxPath\n        pdfPath\n        madeAt\n      }\n    }\n  }\n": types.DecOneDocument,
    "\n  query DecDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      events {\n        action\n        reason\n      }\n    }\n  }\n": types.DecDossierDocument,
    "\n  query DecRecords($filter: AwardRecordFilter) {\n    awardRecords(filter: $filter) {\n      edges {\n        node {\n          id\n          awardCode\n          year\n          decisionNumber\n          decidedOn\n          decidedBy\n          note\n        }\n      }\n    }\n  }\n": types.DecRecordsDocument,
    "\n  mutation DecParam($input: CreateRuleParameterInput!) {\n    createRuleParameter(input: $input) {\n      id\n      value\n    }\n  }\n": types.DecParamDocument,
    "\n  query DecVerify($code: String!) {\n    verifyAwardCertificate(code: $code) {\n      name\n      unitName\n      awardName\n      year\n      decisionNumber\n      decidedOn\n      issuerName\n      goldBookNumber\n    }\n  }\n": types.DecVerifyDocument,
    "\n  query DecLookup($name: String!, $unitName: String, $year: Int) {\n    publicAwardLookup(name: $name, unitName: $unitName, year: $year, first: 10) {\n      totalCount\n      edges {\n        node {\n          name\n          unitName\n          awardName\n          year\n          decisionNumber\n          decidedOn\n          issuerName\n          goldBookNumber\n        }\n      }\n    }\n  }\n": types.DecLookupDocument,
    "\n  query DecPublicFields {\n    __type(name: \"PublicAward\") {\n      fields {\n        name\n      }\n    }\n  }\n": types.DecPublicFieldsDocument,
    "\n  query LegalList(\n    $first: Int!\n    $after: String\n    $search: String\n    $kind: LegalDocumentKind\n    $effectiveOn: Date\n    $includeReplaced: Boolean\n  ) {\n    legalDocuments(\n      first: $first\n      after: $after\n      search: $search\n      kind: $kind\n      effectiveOn: $effectiveOn\n      includeReplaced: $includeReplaced\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          kind\n          name\n          status\n          replacedBy {\n            number\n          }\n        }\n      }\n    }\n  }\n": types.LegalListDocument,
    "\n  query LegalGet($id: ID!) {\n    legalDocument(id: $id) {\n      id\n      number\n      name\n      title\n      issuingBody\n      issuedOn\n      effectiveFrom\n      effectiveTo\n      status\n      national\n      canManage\n      version\n      issuerUnit {\n        id\n        name\n        canOpen\n      }\n      replacedBy {\n        id\n        number\n      }\n      replaces {\n        id\n        number\n      }\n    }\n  }\n": types.LegalGetDocument,
    "\n  mutation LegalCreate($input: CreateLegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n      number\n      title\n      version\n      status\n      canManage\n    }\n  }\n": types.LegalCreateDocument,
    "\n  mutation LegalUpdate($input: UpdateLegalDocumentInput!) {\n    updateLegalDocument(input: $input) {\n      id\n      title\n      effectiveTo\n      version\n    }\n  }\n": types.LegalUpdateDocument,
    "\n  mutation LegalReplace($input: MarkLegalDocumentReplacedInput!) {\n    markLegalDocumentReplaced(input: $input) {\n      id\n      effectiveTo\n      status\n      version\n      replacedBy {\n        id\n      }\n    }\n  }\n": types.LegalReplaceDocument,
    "\n  query LegalAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.LegalAuditDocument,
    "\n  mutation RecAuditInitCreate($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n    }\n  }\n": types.RecAuditInitCreateDocument,
    "\n  mutation RecAuditAwardCreate($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      id\n      version\n    }\n  }\n": types.RecAuditAwardCreateDocument,
    "\n  mutation RecAuditAwardUpdate($input: UpdateAwardRecordInput!) {\n    updateAwardRecord(input: $input) {\n      id\n      version\n    }\n  }\n": types.RecAuditAwardUpdateDocument,
    "\n  mutation RecScopeEvalCreate($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n": types.RecScopeEvalCreateDocument,
    "\n  mutation RecScopeEvalUpdate($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      id\n      version\n      grade\n    }\n  }\n": types.RecScopeEvalUpdateDocument,
    "\n  query RecScopeEval($id: ID!) {\n    evaluation(id: $id) {\n      id\n      grade\n      canEdit\n    }\n  }\n": types.RecScopeEvalDocument,
    "\n  query RecScopeEvals($filter: EvaluationFilter) {\n    evaluations(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.RecScopeEvalsDocument,
    "\n  mutation RecScopeHoldCreate($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n      version\n    }\n  }\n": types.RecScopeHoldCreateDocument,
    "\n  query RecScopeHold($id: ID!) {\n    hold(id: $id) {\n      id\n      canEdit\n    }\n  }\n": types.RecScopeHoldDocument,
    "\n  mutation RecScopeHoldDelete($input: RecordRefInput!) {\n    deleteHold(input: $input)\n  }\n": types.RecScopeHoldDeleteDocument,
    "\n  mutation RecEvalCreate($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n      version\n      subject\n      personId\n      subjectName\n      year\n      grade\n      source\n      canEdit\n      unit {\n        id\n      }\n    }\n  }\n": types.RecEvalCreateDocument,
    "\n  mutation RecEvalUpdate($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      id\n      version\n      grade\n    }\n  }\n": types.RecEvalUpdateDocument,
    "\n  mutation RecEvalDelete($input: RecordRefInput!) {\n    deleteEvaluation(input: $input)\n  }\n": types.RecEvalDeleteDocument,
    "\n  query RecEvals($filter: EvaluationFilter, $first: Int) {\n    evaluations(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectName\n          year\n          grade\n        }\n      }\n    }\n  }\n": types.RecEvalsDocument,
    "\n  mutation RecAwardCreate($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      id\n      version\n      subject\n      awardCode\n      awardName\n      track\n      year\n      subjectName\n      householdAddress\n    }\n  }\n": types.RecAwardCreateDocument,
    "\n  query RecAwards($filter: AwardRecordFilter, $first: Int) {\n    awardRecords(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectName\n          awardName\n          year\n          canEdit\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RecAwardsDocument,
    "\n  mutation RecInitCreate($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      version\n      title\n      usedFor {\n        awardName\n        year\n        reference\n      }\n    }\n  }\n": types.RecInitCreateDocument,
    "\n  mutation RecInitLock($input: LockInitiativeInput!) {\n    lockInitiative(input: $input) {\n      id\n      version\n      usedFor {\n        awardName\n        year\n        reference\n      }\n    }\n  }\n": types.RecInitLockDocument,
    "\n  mutation RecHoldCreate($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n      version\n      kind\n      startsOn\n      endsOn\n    }\n  }\n": types.RecHoldCreateDocument,
    "\n  mutation RecHoldLift($input: LiftHoldInput!) {\n    liftHold(input: $input) {\n      id\n      version\n      liftedOn\n      liftReason\n    }\n  }\n": types.RecHoldLiftDocument,
    "\n  query RecHolds($filter: HoldFilter) {\n    holds(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n": types.RecHoldsDocument,
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
export function graphql(source: "\n  mutation ApRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ApRoundCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ApDossierCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ApNomineeAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ApDocumentWriteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ApSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ApReceiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').ApAppraiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ApEvalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      nominees {\n        id\n        name\n        appraisalVerdict\n        appraisalChecklist {\n          key\n          source\n          requirement\n          finding\n          met\n          basis\n        }\n      }\n      events {\n        action\n        appraisal {\n          name\n          verdict\n          checklist {\n            key\n            ok\n            remark\n            settledBy\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AbRoundCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AbDossierCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n        eligibility {\n          verdict\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AbNomineeAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AbDocumentWriteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AbSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AbReceiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AbAppraiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbEscalate($input: EscalateAwardDossierInput!) {\n    escalateAwardDossier(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AbEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      canCheckEligibility\n      nominees {\n        id\n        name\n        eligibility {\n          verdict\n          stage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AbDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AbEvalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbEvalUpdate($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AbEvalUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbHold($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AbHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbCheckDossier($dossierId: ID!) {\n    checkAwardEligibility(dossierId: $dossierId) {\n      id\n      kind\n      status\n      total\n    }\n  }\n"): typeof import('./graphql').AbCheckDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbCheckRound($roundId: ID!) {\n    checkRoundEligibility(roundId: $roundId) {\n      id\n      kind\n      status\n      total\n    }\n  }\n"): typeof import('./graphql').AbCheckRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbJob($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      progress\n      total\n      message\n      error\n    }\n  }\n"): typeof import('./graphql').AbJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbReport($jobId: ID!) {\n    awardEligibilityCheck(jobId: $jobId) {\n      side\n      finished\n      roundId\n      dossierId\n      dossiers\n      checked\n      eligible\n      notEligible\n      toConfirm\n      changed\n      stored\n      findings {\n        nominationId\n        dossierId\n        unitName\n        name\n        storedVerdict\n        verdict\n        reasons\n      }\n      job {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').AbReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbRoundFields($id: ID!) {\n    awardRound(id: $id) {\n      id\n      canCheckEligibility\n    }\n  }\n"): typeof import('./graphql').AbRoundFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbCounters($roundId: ID, $campaignPlanId: ID) {\n    awardCounters(roundId: $roundId, campaignPlanId: $campaignPlanId) {\n      rounds {\n        roundId\n        round {\n          id\n          title\n        }\n        counts {\n          proposed\n          eligible\n          notEligible\n          toConfirm\n          unchecked\n          appraisedPass\n          appraisedFail\n          escalated\n          dossiers\n          late\n          overdue\n          byStatus {\n            status\n            count\n          }\n        }\n      }\n      total {\n        proposed\n        appraisedPass\n        appraisedFail\n        escalated\n        dossiers\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AbCountersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n      deadline\n    }\n  }\n"): typeof import('./graphql').DrRoundCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DrDossierCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DrNomineeAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DrDocumentWriteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').DrSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrReturn($input: ReturnAwardDossierInput!) {\n    returnAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').DrReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      missingDocuments\n      nominees {\n        id\n        name\n        report {\n          nominationId\n          kind\n          form\n          name\n          award\n          drafted\n          version\n          signedOffAt\n          uploaded\n          documentId\n          downloadPath\n          content {\n            period\n            profile {\n              label\n              value\n            }\n            background\n            commitments\n            targets {\n              name\n              planned\n              achieved\n            }\n            measures\n            results\n            lessons\n            evaluations {\n              year\n              result\n            }\n            priorAwards {\n              year\n              award\n              decision\n            }\n            initiatives {\n              title\n              level\n              recognition\n            }\n            author {\n              title\n              name\n            }\n            confirmer {\n              title\n              name\n            }\n          }\n        }\n      }\n      toTrinh {\n        drafted\n        version\n        number\n        symbol\n        numberedOn\n        form\n        uploaded\n        documentId\n        downloadPath\n        awards {\n          award\n          collectives\n          individuals\n          households\n        }\n        content {\n          place\n          subject\n          addressees\n          bases\n          councilMinutes {\n            date\n            body\n          }\n          summary\n          authority\n          recipients\n          archive\n          signer {\n            on {\n              authority\n              of\n            }\n            title\n            name\n          }\n        }\n      }\n      documents {\n        id\n        kind\n        nominationId\n        fileName\n        generated\n      }\n      events {\n        action\n        changes {\n          documentsAdded\n          documentsReplaced\n          documentsRemoved\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DrDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrReportUpdate($input: UpdateAchievementReportInput!) {\n    updateAchievementReport(input: $input) {\n      nominationId\n      version\n      drafted\n      signedOffAt\n      content {\n        results\n        author {\n          title\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DrReportUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrReportRedraft($input: RedraftAchievementReportInput!) {\n    redraftAchievementReport(input: $input) {\n      version\n      drafted\n      content {\n        results\n      }\n    }\n  }\n"): typeof import('./graphql').DrReportRedraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrReportSignOff($input: AchievementReportRefInput!) {\n    signOffAchievementReport(input: $input) {\n      version\n      drafted\n      signedOffAt\n    }\n  }\n"): typeof import('./graphql').DrReportSignOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrReportReopen($input: AchievementReportRefInput!) {\n    reopenAchievementReport(input: $input) {\n      version\n      signedOffAt\n    }\n  }\n"): typeof import('./graphql').DrReportReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrToTrinhUpdate($input: UpdateToTrinhInput!) {\n    updateToTrinh(input: $input) {\n      version\n      drafted\n      content {\n        summary\n        signer {\n          title\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DrToTrinhUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AwNoRoundCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AwNoDossierCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoPerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AwNoPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AwNoEvalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AwNoNomineeAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AwNoDocumentWriteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AwNoSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwNoRules($awardCode: String, $inForceOn: Date) {\n    awardRuleVersions(awardCode: $awardCode, inForceOn: $inForceOn) {\n      id\n      legalDocument {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AwNoRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoRuleCreate($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AwNoRuleCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoCreateDay($input: CreateCalendarDayInput!) {\n    createCalendarDay(input: $input) {\n      id\n      version\n      date\n    }\n  }\n"): typeof import('./graphql').AwNoCreateDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoDeleteDay($input: DeleteCalendarDayInput!) {\n    deleteCalendarDay(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AwNoDeleteDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwNoAddDays($start: Date!, $days: Int!) {\n    addWorkingDays(start: $start, days: $days) {\n      date\n    }\n  }\n"): typeof import('./graphql').AwNoAddDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoPublish($input: PublishAwardNoticeInput!) {\n    publishAwardNotice(input: $input) {\n      id\n      version\n      title\n      required\n      workingDays\n      articles\n      startsOn\n      endsOn\n      status\n      phase\n      publicPath\n      nominees {\n        position\n        nominationId\n        name\n        detail\n        awardName\n        required\n      }\n    }\n  }\n"): typeof import('./graphql').AwNoPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoClose($input: CloseAwardNoticeInput!) {\n    closeAwardNotice(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AwNoCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoHandle($input: HandleNoticeCommentInput!) {\n    handleNoticeComment(input: $input) {\n      id\n      version\n      outcome\n      handling\n      handledByName\n    }\n  }\n"): typeof import('./graphql').AwNoHandleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwNoNotice($dossierId: ID!) {\n    awardNotice(dossierId: $dossierId) {\n      id\n      version\n      status\n      phase\n      required\n      endsOn\n      unhandledCount\n      canManage\n      counts {\n        kind\n        count\n      }\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            version\n            kind\n            nomineeLabel\n            text\n            authorName\n            contact\n            outcome\n            handling\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwNoNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwNoDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      noticeRequirement {\n        required\n        workingDays\n        articles\n        nominees\n      }\n      notice {\n        id\n        phase\n      }\n      events {\n        action\n        notice {\n          noticeId\n          required\n          workingDays\n          startsOn\n          endsOn\n          closedAt\n          nominees\n          counts {\n            kind\n            count\n          }\n          comments {\n            kind\n            nominee\n            excerpt\n            outcome\n            handling\n            handledBy\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwNoDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwNoPublicList($search: String) {\n    publicAwardNotices(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          unitName\n          startsOn\n          endsOn\n          workingDays\n          articles\n          acceptingComments\n          nominees {\n            position\n            subject\n            name\n            detail\n            awardName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwNoPublicListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwNoPublicOne($id: ID!) {\n    publicAwardNotice(id: $id) {\n      id\n      title\n      acceptingComments\n    }\n  }\n"): typeof import('./graphql').AwNoPublicOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNoComment($input: SubmitNoticeCommentInput!) {\n    submitNoticeComment(input: $input) {\n      kind\n      nomineeLabel\n      receivedAt\n    }\n  }\n"): typeof import('./graphql').AwNoCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesKinds($provinceUnitId: ID) {\n    awardKinds(provinceUnitId: $provinceUnitId) {\n      id\n      code\n      name\n      national\n      version\n      canManage\n      provinceUnit {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RulesKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesVersions($awardCode: String, $inForceOn: Date, $provinceUnitId: ID) {\n    awardRuleVersions(\n      awardCode: $awardCode\n      inForceOn: $inForceOn\n      provinceUnitId: $provinceUnitId\n    ) {\n      id\n      awardCode\n      track\n      effectiveFrom\n      effectiveTo\n      national\n      shipped\n      edited\n      uncertain\n      version\n      canManage\n      note\n      legalDocument {\n        id\n        number\n      }\n      decidedBy {\n        text\n        level\n        uncertain\n      }\n      vote {\n        required\n        thresholdOfMembership\n        uncertain\n      }\n      publicNotice {\n        required\n        workingDays\n      }\n      dossier {\n        document\n        form\n        uncertain\n      }\n      rewards {\n        subject\n        multiplier\n      }\n      conditions {\n        type\n        sentence\n        uncertain\n        conditions {\n          type\n          sentence\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RulesVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesParams($key: RuleParameterKey, $inForceOn: Date, $provinceUnitId: ID) {\n    ruleParameters(key: $key, inForceOn: $inForceOn, provinceUnitId: $provinceUnitId) {\n      id\n      key\n      value\n      effectiveFrom\n      effectiveTo\n      national\n      uncertain\n      version\n      canManage\n      legalDocument {\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').RulesParamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesCreateParam($input: CreateRuleParameterInput!) {\n    createRuleParameter(input: $input) {\n      id\n      value\n      effectiveFrom\n      effectiveTo\n      national\n      version\n      canManage\n    }\n  }\n"): typeof import('./graphql').RulesCreateParamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesUpdateParam($input: UpdateRuleParameterInput!) {\n    updateRuleParameter(input: $input) {\n      id\n      value\n      version\n    }\n  }\n"): typeof import('./graphql').RulesUpdateParamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesCreateRule($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      id\n      effectiveFrom\n      effectiveTo\n      national\n      edited\n      version\n      conditions {\n        type\n        sentence\n      }\n    }\n  }\n"): typeof import('./graphql').RulesCreateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesUpdateRule($input: UpdateAwardRuleVersionInput!) {\n    updateAwardRuleVersion(input: $input) {\n      id\n      note\n      edited\n      version\n    }\n  }\n"): typeof import('./graphql').RulesUpdateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesCreateKind($input: CreateAwardKindInput!) {\n    createAwardKind(input: $input) {\n      id\n      code\n      national\n      version\n    }\n  }\n"): typeof import('./graphql').RulesCreateKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesUpdateKind($input: UpdateAwardKindInput!) {\n    updateAwardKind(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').RulesUpdateKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesPreview($input: PreviewEligibilityInput!) {\n    previewEligibility(input: $input) {\n      awardName\n      basis\n      verdict\n      ruleVersionId\n      checks {\n        key\n        code\n        principle\n        met\n        label\n        basis\n        used {\n          kind\n          text\n          counted\n        }\n        children {\n          key\n          met\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RulesPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, first: 20) {\n      edges {\n        node {\n          operation\n          entityLabel\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RulesAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwElRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AwElRoundCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwElDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AwElDossierCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwElNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n        awardCode\n        awardName\n        initiativeIds\n        eligibility {\n          verdict\n          on\n          year\n          stage\n          ruleVersionId\n          basis\n          manualReason\n          checks {\n            key\n            code\n            principle\n            met\n            label\n            basis\n            uncertain\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwElNomineeAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwElDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AwElDocumentWriteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwElSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n      clock\n      dueOn\n      deadlineStatus\n    }\n  }\n"): typeof import('./graphql').AwElSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwElWithdraw($input: WithdrawAwardDossierInput!) {\n    withdrawAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AwElWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwElDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      clock\n      dueOn\n      deadlineStatus\n      nominees {\n        id\n        name\n        eligibility {\n          verdict\n          stage\n          on\n          basis\n          ruleVersionId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwElDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwElInbox($filter: AwardDossierFilter) {\n    awardDossierInbox(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          dueOn\n          deadlineStatus\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwElInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwElEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AwElEvalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwElHold($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AwElHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwElInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AwElInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwElInitiativeRead($id: ID!) {\n    initiative(id: $id) {\n      id\n      usedFor {\n        awardName\n        year\n        reference\n      }\n    }\n  }\n"): typeof import('./graphql').AwElInitiativeReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwElRules($awardCode: String, $inForceOn: Date) {\n    awardRuleVersions(awardCode: $awardCode, inForceOn: $inForceOn) {\n      id\n      legalDocument {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AwElRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwElRuleCreate($input: CreateAwardRuleVersionInput!) {\n    createAwardRuleVersion(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AwElRuleCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n      version\n      kind\n      track\n      status\n      deadline\n      decidingAuthority\n      awardForms\n      quotas {\n        form\n        either\n      }\n      canManage\n    }\n  }\n"): typeof import('./graphql').AwRoundCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n      status\n      canEdit\n      events {\n        action\n        toStatus\n      }\n    }\n  }\n"): typeof import('./graphql').AwDossierCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n        awardName\n        subject\n      }\n    }\n  }\n"): typeof import('./graphql').AwNomineeAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNomineeUpdate($input: UpdateNomineeInput!) {\n    updateAwardNominee(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AwNomineeUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwNomineeRemove($input: RemoveNomineeInput!) {\n    removeAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n      }\n      documents {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AwNomineeRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n      missingDocuments\n    }\n  }\n"): typeof import('./graphql').AwDocumentWriteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n      status\n      late\n    }\n  }\n"): typeof import('./graphql').AwSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AwReceiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwReturn($input: ReturnAwardDossierInput!) {\n    returnAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AwReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AwAppraiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwForward($input: AwardDossierRefInput!) {\n    forwardAwardDossierToCouncil(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AwForwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      late\n      firstSubmittedAt\n      canEdit\n      availableActions\n      missingDocuments\n      quotaFindings {\n        form\n        used\n        limit\n        over\n      }\n      nominees {\n        id\n        name\n        subject\n        awardName\n        achievements\n        appraisalVerdict\n        eligibilityChecked\n      }\n      documents {\n        id\n        kind\n        nominationId\n        fileName\n        downloadPath\n        text\n      }\n      events {\n        action\n        fromStatus\n        toStatus\n        reason\n        late\n        remarks {\n          nominationId\n          documentId\n          label\n          remark\n        }\n        appraisal {\n          name\n          verdict\n        }\n        changes {\n          nomineesAdded\n          nomineesRemoved\n          nomineesEdited\n          documentsAdded\n          documentsRemoved\n          documentsReplaced\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwInbox($filter: AwardDossierFilter) {\n    awardDossierInbox(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwOwn($filter: AwardDossierFilter) {\n    awardDossiers(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AwOwnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AwRound($id: ID!) {\n          awardRound(id: $id) {\n            kind\n            track\n            status\n            deadline\n            decidingAuthority\n            awardForms\n            quotas {\n              form\n              either\n            }\n            canManage\n            receivingUnit {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').AwRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AwRecall($input: AwardDossierRefInput!) {\n          recallAwardDossier(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').AwRecallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AwEscalate($input: EscalateAwardDossierInput!) {\n          escalateAwardDossier(input: $input) {\n            id\n            status\n            originDossierId\n            unit {\n              id\n            }\n            nominees {\n              name\n              awardName\n              originNominationId\n            }\n            documents {\n              kind\n              nominationId\n              originDocumentId\n              downloadPath\n            }\n            events {\n              action\n            }\n          }\n        }\n      "): typeof import('./graphql').AwEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYears {\n    workingCalendarYears {\n      year\n      source\n    }\n  }\n"): typeof import('./graphql').CalendarYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYear($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      defined\n      source\n      note\n      workingDayCount\n      provisionalCount\n      canManage\n      days {\n        id\n        date\n        weekday\n        kind\n        name\n        note\n        source\n        provisional\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').CalendarYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarAdd($start: Date!, $days: Int!) {\n    addWorkingDays(start: $start, days: $days) {\n      date\n      provisional\n      missingYears\n    }\n  }\n"): typeof import('./graphql').CalendarAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarBetween($from: Date!, $to: Date!) {\n    workingDaysBetween(from: $from, to: $to) {\n      days\n      provisional\n      missingYears\n    }\n  }\n"): typeof import('./graphql').CalendarBetweenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarGenerate($input: GenerateCalendarYearInput!) {\n    generateCalendarYear(input: $input) {\n      year\n      defined\n      source\n      note\n      days {\n        id\n        date\n        kind\n        name\n        source\n        provisional\n      }\n    }\n  }\n"): typeof import('./graphql').CalendarGenerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarCreateDay($input: CreateCalendarDayInput!) {\n    createCalendarDay(input: $input) {\n      id\n      date\n      weekday\n      kind\n      name\n      source\n      version\n    }\n  }\n"): typeof import('./graphql').CalendarCreateDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarUpdateDay($input: UpdateCalendarDayInput!) {\n    updateCalendarDay(input: $input) {\n      id\n      date\n      name\n      note\n      provisional\n      source\n      version\n    }\n  }\n"): typeof import('./graphql').CalendarUpdateDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarDeleteDay($input: DeleteCalendarDayInput!) {\n    deleteCalendarDay(input: $input) {\n      id\n      date\n    }\n  }\n"): typeof import('./graphql').CalendarDeleteDayDocument;
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
export function graphql(source: "\n  query CiRound($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CiRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiOpen($input: OpenCouncilVotingRoundInput!) {\n    openCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CiOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiCodes($input: CouncilRoundRefInput!) {\n    generateCouncilVotingCodes(input: $input) {\n      codes\n    }\n  }\n"): typeof import('./graphql').CiCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiClose($input: CouncilRoundRefInput!) {\n    closeCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CiCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiTally($input: CouncilRoundRefInput!) {\n    tallyCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CiTallyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiConfirm($input: CouncilRoundRefInput!) {\n    confirmPaperTally(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CiConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiDecide($input: DecideCouncilTieInput!) {\n    decideCouncilTie(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CiDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiSecond($input: OpenCouncilSecondRoundInput!) {\n    openCouncilSecondRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CiSecondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiEnter($input: EnterPaperTallyInput!) {\n    enterPaperTally(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CiEnterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiScan($input: AttachPaperTallyScanInput!) {\n    attachPaperTallyScan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CiScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiWritten($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CiWrittenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiIssue($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n"): typeof import('./graphql').CiIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CsBlindKey($id: ID!) {\n    councilVotingRound(id: $id) {\n      blindKey {\n        kty\n        n\n        e\n      }\n    }\n  }\n"): typeof import('./graphql').CsBlindKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsIssue($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n"): typeof import('./graphql').CsIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsWritten($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CsWrittenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CvRound($id: ID!) {\n    councilVotingRound(id: $id) {\n      id\n      castCount\n      blindKey {\n        kty\n        n\n        e\n      }\n      results {\n        agendaItemId\n        agree\n      }\n    }\n  }\n"): typeof import('./graphql').CvRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CvCodes($input: CouncilRoundRefInput!) {\n    generateCouncilVotingCodes(input: $input) {\n      codes\n    }\n  }\n"): typeof import('./graphql').CvCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CvOpen($input: OpenCouncilVotingRoundInput!) {\n    openCouncilVotingRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CvOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CvWritten($input: RecordWrittenOpinionsInput!) {\n    recordWrittenOpinions(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CvWrittenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CvIssue($input: IssueCouncilVotingTokenInput!) {\n    issueCouncilVotingToken(input: $input) {\n      blindSignature\n    }\n  }\n"): typeof import('./graphql').CvIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CvEnter($input: EnterPaperTallyInput!) {\n    enterPaperTally(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CvEnterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CvConfirm($input: CouncilRoundRefInput!) {\n    confirmPaperTally(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CvConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CvDecide($input: DecideCouncilTieInput!) {\n    decideCouncilTie(input: $input) {\n      id\n      results {\n        rank\n        withinQuota\n      }\n    }\n  }\n"): typeof import('./graphql').CvDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CvSecond($input: OpenCouncilSecondRoundInput!) {\n    openCouncilSecondRound(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').CvSecondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAuditCreate($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      version\n      name\n    }\n  }\n"): typeof import('./graphql').CnAuditCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAuditUpdate($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnAuditUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAuditMemberAdd($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnAuditMemberAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAuditMemberUpdate($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnAuditMemberUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAuditSessionCreate($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnAuditSessionCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeCreate($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      version\n      name\n    }\n  }\n"): typeof import('./graphql').CnScopeCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeUpdate($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnScopeUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeMemberAdd($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnScopeMemberAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeMemberUpdate($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnScopeMemberUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeMemberRemove($input: CouncilMemberRefInput!) {\n    removeCouncilMember(input: $input)\n  }\n"): typeof import('./graphql').CnScopeMemberRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CnScopeCouncil($id: ID!) {\n    council(id: $id) {\n      id\n      canManage\n      members {\n        id\n        fullName\n      }\n    }\n  }\n"): typeof import('./graphql').CnScopeCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CnScopeCouncils($unitId: ID) {\n    councils(unitId: $unitId, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CnScopeCouncilsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeSessionCreate($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnScopeSessionCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeSessionUpdate($input: UpdateCouncilSessionInput!) {\n    updateCouncilSession(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnScopeSessionUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeSessionDelete($input: CouncilSessionRefInput!) {\n    deleteCouncilSession(input: $input)\n  }\n"): typeof import('./graphql').CnScopeSessionDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeStart($input: CouncilSessionRefInput!) {\n    startCouncilSession(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnScopeStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeAttend($input: SetCouncilAttendanceInput!) {\n    setCouncilAttendance(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnScopeAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeGuestAdd($input: AddCouncilGuestInput!) {\n    addCouncilGuest(input: $input) {\n      id\n      version\n      guests {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CnScopeGuestAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeGuestRemove($input: RemoveCouncilGuestInput!) {\n    removeCouncilGuest(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnScopeGuestRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeAgendaAdd($input: AddCouncilAgendaFromRoundInput!) {\n    addCouncilAgendaFromRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnScopeAgendaAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeAgendaRemove($input: RemoveCouncilAgendaItemInput!) {\n    removeCouncilAgendaItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnScopeAgendaRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnScopeAgendaMove($input: MoveCouncilAgendaItemInput!) {\n    moveCouncilAgendaItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnScopeAgendaMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CnScopeSession($id: ID!) {\n    councilSession(id: $id) {\n      id\n      canManage\n      council {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CnScopeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CnScopeSessions($councilId: ID) {\n    councilSessions(councilId: $councilId, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CnScopeSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnCreate($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      version\n      name\n      quorumShare\n      awardPresenceShare\n      proxiesAllowed\n      active\n      canManage\n      unit {\n        id\n      }\n      standingUnit {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CnCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnUpdate($input: UpdateCouncilInput!) {\n    updateCouncil(input: $input) {\n      id\n      version\n      proxiesAllowed\n      awardPresenceShare\n    }\n  }\n"): typeof import('./graphql').CnUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnMemberAdd($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n      version\n      role\n      from\n      to\n      fullName\n    }\n  }\n"): typeof import('./graphql').CnMemberAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnMemberUpdate($input: UpdateCouncilMemberInput!) {\n    updateCouncilMember(input: $input) {\n      id\n      version\n      to\n    }\n  }\n"): typeof import('./graphql').CnMemberUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnMemberRemove($input: CouncilMemberRefInput!) {\n    removeCouncilMember(input: $input)\n  }\n"): typeof import('./graphql').CnMemberRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CnCouncil($id: ID!, $on: Date) {\n    council(id: $id) {\n      id\n      name\n      members(on: $on) {\n        id\n        fullName\n        role\n        title\n        from\n        to\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CnCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CnCouncils($unitId: ID, $search: String) {\n    councils(unitId: $unitId, search: $search, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CnCouncilsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnSessionCreate($input: CreateCouncilSessionInput!) {\n    createCouncilSession(input: $input) {\n      id\n      version\n      status\n      members {\n        memberId\n        fullName\n        role\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').CnSessionCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnSessionUpdate($input: UpdateCouncilSessionInput!) {\n    updateCouncilSession(input: $input) {\n      id\n      version\n      date\n      members {\n        memberId\n      }\n    }\n  }\n"): typeof import('./graphql').CnSessionUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnSessionDelete($input: CouncilSessionRefInput!) {\n    deleteCouncilSession(input: $input)\n  }\n"): typeof import('./graphql').CnSessionDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CnSession($id: ID!) {\n    councilSession(id: $id) {\n      id\n      version\n      status\n      startedAt\n      chair {\n        fullName\n      }\n      secretary {\n        fullName\n      }\n      awardRound {\n        id\n      }\n      members {\n        memberId\n        fullName\n        role\n        position\n        attendance\n        writtenOpinion\n        proxyMemberId\n      }\n      guests {\n        id\n        name\n        title\n      }\n      agenda {\n        id\n        position\n        nominationId\n        candidateName\n        awardCode\n        awardName\n        subject\n        proposingUnitName\n        voteRequired\n        threshold\n        female\n        womenShare\n      }\n      quorum {\n        members\n        present\n        proxies\n        attending\n        writtenOpinions\n        absent\n        unrecorded\n        required\n        met\n        awardShare\n        explanation\n      }\n    }\n  }\n"): typeof import('./graphql').CnSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CnSessions($councilId: ID, $status: CouncilSessionStatus) {\n    councilSessions(councilId: $councilId, status: $status, first: 50) {\n      edges {\n        node {\n          id\n          date\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CnSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAttend($input: SetCouncilAttendanceInput!) {\n    setCouncilAttendance(input: $input) {\n      id\n      version\n      quorum {\n        attending\n        required\n        met\n        explanation\n      }\n    }\n  }\n"): typeof import('./graphql').CnAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnStart($input: CouncilSessionRefInput!) {\n    startCouncilSession(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').CnStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnGuestAdd($input: AddCouncilGuestInput!) {\n    addCouncilGuest(input: $input) {\n      id\n      version\n      guests {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CnGuestAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnGuestRemove($input: RemoveCouncilGuestInput!) {\n    removeCouncilGuest(input: $input) {\n      id\n      version\n      guests {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CnGuestRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAgendaAdd($input: AddCouncilAgendaFromRoundInput!) {\n    addCouncilAgendaFromRound(input: $input) {\n      id\n      version\n      agenda {\n        id\n        position\n        candidateName\n      }\n    }\n  }\n"): typeof import('./graphql').CnAgendaAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAgendaRemove($input: RemoveCouncilAgendaItemInput!) {\n    removeCouncilAgendaItem(input: $input) {\n      id\n      version\n      agenda {\n        id\n        position\n        candidateName\n      }\n    }\n  }\n"): typeof import('./graphql').CnAgendaRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAgendaMove($input: MoveCouncilAgendaItemInput!) {\n    moveCouncilAgendaItem(input: $input) {\n      id\n      version\n      agenda {\n        id\n        position\n        candidateName\n      }\n    }\n  }\n"): typeof import('./graphql').CnAgendaMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnRoundCreate($input: CreateAwardRoundInput!) {\n    createAwardRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnRoundCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnDossierCreate($input: CreateAwardDossierInput!) {\n    createAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnDossierCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnNomineeAdd($input: AddNomineeInput!) {\n    addAwardNominee(input: $input) {\n      id\n      version\n      nominees {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CnNomineeAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnDocumentWrite($input: WriteDossierDocumentInput!) {\n    writeAwardDossierDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnDocumentWriteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnSubmit($input: AwardDossierRefInput!) {\n    submitAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnReceive($input: AwardDossierRefInput!) {\n    receiveAwardDossier(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CnReceiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAppraise($input: AppraiseAwardDossierInput!) {\n    appraiseAwardDossier(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').CnAppraiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnEval($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnEvalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnAwardRecord($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnAwardRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CnCouncilState($id: ID!) {\n    council(id: $id) {\n      id\n      version\n      active\n      endedOn\n      standingUnit {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CnCouncilStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnMerge($input: MergeUnitsInput!) {\n    mergeUnits(input: $input) {\n      results {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CnMergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnClusterCreate($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CnClusterCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnClusterMember($input: AddClusterMemberInput!) {\n    addClusterMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnClusterMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CnClusterLead($input: SetClusterLeadershipInput!) {\n    setClusterLeadership(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CnClusterLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecAuditDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      subject\n      authority\n      achievement\n      bases\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n      recipients {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DecAuditDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecAuditUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n      rewardFunding\n    }\n  }\n"): typeof import('./graphql').DecAuditUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecAuditDelete($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n"): typeof import('./graphql').DecAuditDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecAuditIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      version\n      status\n      symbol\n    }\n  }\n"): typeof import('./graphql').DecAuditIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecListPage(\n    $filter: AwardDecisionFilter\n    $sort: AwardDecisionSort\n    $first: Int!\n    $after: String\n  ) {\n    awardDecisions(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          year\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DecListPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecListDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      subject\n      authority\n      achievement\n      bases\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n    }\n  }\n"): typeof import('./graphql').DecListDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecListUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DecListUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecListIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      symbol\n      decidedOn\n      totalAmount\n      recipients {\n        id\n        name\n        goldBookNumber\n        awardRecordId\n      }\n    }\n  }\n"): typeof import('./graphql').DecListIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecScopeList($filter: AwardDecisionFilter) {\n    awardDecisions(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          canManage\n          canIssue\n          issuerUnit {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DecScopeListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecScopeOne($id: ID!) {\n    awardDecision(id: $id) {\n      id\n      recipients {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DecScopeOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecScopeCandidates($roundId: ID!, $issuerUnitId: ID!) {\n    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {\n      nominationId\n    }\n  }\n"): typeof import('./graphql').DecScopeCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecScopeDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      subject\n      authority\n      achievement\n      bases\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n    }\n  }\n"): typeof import('./graphql').DecScopeDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecScopeUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DecScopeUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecScopeDelete($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n"): typeof import('./graphql').DecScopeDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecScopeIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').DecScopeIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecScopePrint($decisionId: ID!) {\n    printAwardCertificates(decisionId: $decisionId) {\n      id\n    }\n  }\n"): typeof import('./graphql').DecScopePrintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecCandidates($roundId: ID!, $issuerUnitId: ID!) {\n    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {\n      nominationId\n      name\n      awardName\n      dossierStatus\n      decisionId\n    }\n  }\n"): typeof import('./graphql').DecCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecDraft($input: DraftAwardDecisionInput!) {\n    draftAwardDecision(input: $input) {\n      id\n      version\n      status\n      awardName\n      awardKind\n      subject\n      authority\n      achievement\n      bases\n      proposal {\n        by\n        reference\n      }\n      rewardFunding\n      rewardBasis\n      executors\n      receivers\n      archive\n      place\n      number\n      symbol\n      totalAmount\n      docxPath\n      recipients {\n        id\n        nominationId\n        displayName\n        name\n        detail\n        multiplier\n        baseSalary\n        amount\n        goldBookNumber\n        certificateCode\n      }\n    }\n  }\n"): typeof import('./graphql').DecDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecUpdate($input: UpdateAwardDecisionInput!) {\n    updateAwardDecision(input: $input) {\n      id\n      version\n      signer {\n        title\n        name\n      }\n      recipients {\n        id\n        multiplier\n        amount\n      }\n    }\n  }\n"): typeof import('./graphql').DecUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecDelete($input: AwardDecisionRefInput!) {\n    deleteAwardDecision(input: $input)\n  }\n"): typeof import('./graphql').DecDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecIssue($input: AwardDecisionRefInput!) {\n    issueAwardDecision(input: $input) {\n      id\n      version\n      status\n      number\n      symbol\n      decidedOn\n      docxPath\n      totalAmount\n      recipients {\n        id\n        name\n        amount\n        baseSalary\n        goldBookNumber\n        certificateCode\n        awardRecordId\n      }\n    }\n  }\n"): typeof import('./graphql').DecIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecPrint($decisionId: ID!) {\n    printAwardCertificates(decisionId: $decisionId) {\n      id\n      status\n      total\n    }\n  }\n"): typeof import('./graphql').DecPrintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecJob($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      progress\n      total\n      message\n      error\n    }\n  }\n"): typeof import('./graphql').DecJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecOne($id: ID!) {\n    awardDecision(id: $id) {\n      id\n      status\n      certificates {\n        docxPath\n        pdfPath\n        madeAt\n      }\n    }\n  }\n"): typeof import('./graphql').DecOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecDossier($id: ID!) {\n    awardDossier(id: $id) {\n      id\n      version\n      status\n      events {\n        action\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').DecDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecRecords($filter: AwardRecordFilter) {\n    awardRecords(filter: $filter) {\n      edges {\n        node {\n          id\n          awardCode\n          year\n          decisionNumber\n          decidedOn\n          decidedBy\n          note\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DecRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecParam($input: CreateRuleParameterInput!) {\n    createRuleParameter(input: $input) {\n      id\n      value\n    }\n  }\n"): typeof import('./graphql').DecParamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecVerify($code: String!) {\n    verifyAwardCertificate(code: $code) {\n      name\n      unitName\n      awardName\n      year\n      decisionNumber\n      decidedOn\n      issuerName\n      goldBookNumber\n    }\n  }\n"): typeof import('./graphql').DecVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecLookup($name: String!, $unitName: String, $year: Int) {\n    publicAwardLookup(name: $name, unitName: $unitName, year: $year, first: 10) {\n      totalCount\n      edges {\n        node {\n          name\n          unitName\n          awardName\n          year\n          decisionNumber\n          decidedOn\n          issuerName\n          goldBookNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DecLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecPublicFields {\n    __type(name: \"PublicAward\") {\n      fields {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DecPublicFieldsDocument;
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
export function graphql(source: "\n  mutation RecAuditInitCreate($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecAuditInitCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecAuditAwardCreate($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecAuditAwardCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecAuditAwardUpdate($input: UpdateAwardRecordInput!) {\n    updateAwardRecord(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecAuditAwardUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecScopeEvalCreate($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecScopeEvalCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecScopeEvalUpdate($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      id\n      version\n      grade\n    }\n  }\n"): typeof import('./graphql').RecScopeEvalUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecScopeEval($id: ID!) {\n    evaluation(id: $id) {\n      id\n      grade\n      canEdit\n    }\n  }\n"): typeof import('./graphql').RecScopeEvalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecScopeEvals($filter: EvaluationFilter) {\n    evaluations(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecScopeEvalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecScopeHoldCreate($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecScopeHoldCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecScopeHold($id: ID!) {\n    hold(id: $id) {\n      id\n      canEdit\n    }\n  }\n"): typeof import('./graphql').RecScopeHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecScopeHoldDelete($input: RecordRefInput!) {\n    deleteHold(input: $input)\n  }\n"): typeof import('./graphql').RecScopeHoldDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecEvalCreate($input: CreateEvaluationInput!) {\n    createEvaluation(input: $input) {\n      id\n      version\n      subject\n      personId\n      subjectName\n      year\n      grade\n      source\n      canEdit\n      unit {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RecEvalCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecEvalUpdate($input: UpdateEvaluationInput!) {\n    updateEvaluation(input: $input) {\n      id\n      version\n      grade\n    }\n  }\n"): typeof import('./graphql').RecEvalUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecEvalDelete($input: RecordRefInput!) {\n    deleteEvaluation(input: $input)\n  }\n"): typeof import('./graphql').RecEvalDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecEvals($filter: EvaluationFilter, $first: Int) {\n    evaluations(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectName\n          year\n          grade\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecEvalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecAwardCreate($input: CreateAwardRecordInput!) {\n    createAwardRecord(input: $input) {\n      id\n      version\n      subject\n      awardCode\n      awardName\n      track\n      year\n      subjectName\n      householdAddress\n    }\n  }\n"): typeof import('./graphql').RecAwardCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecAwards($filter: AwardRecordFilter, $first: Int) {\n    awardRecords(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectName\n          awardName\n          year\n          canEdit\n          unit {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecAwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecInitCreate($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      version\n      title\n      usedFor {\n        awardName\n        year\n        reference\n      }\n    }\n  }\n"): typeof import('./graphql').RecInitCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecInitLock($input: LockInitiativeInput!) {\n    lockInitiative(input: $input) {\n      id\n      version\n      usedFor {\n        awardName\n        year\n        reference\n      }\n    }\n  }\n"): typeof import('./graphql').RecInitLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecHoldCreate($input: CreateHoldInput!) {\n    createHold(input: $input) {\n      id\n      version\n      kind\n      startsOn\n      endsOn\n    }\n  }\n"): typeof import('./graphql').RecHoldCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecHoldLift($input: LiftHoldInput!) {\n    liftHold(input: $input) {\n      id\n      version\n      liftedOn\n      liftReason\n    }\n  }\n"): typeof import('./graphql').RecHoldLiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecHolds($filter: HoldFilter) {\n    holds(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecHoldsDocument;
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
