import type { AwardDecisionDetail, UpdateAwardDecisionInput } from '@thidua/web-data-access';

/**
 * The update the API takes resends every editable part (UpdateAwardDecisionInput): a change to one
 * part, a multiplier or a removal starts from the decision as read, at the version it was read.
 */
export function editInputOf(
  d: AwardDecisionDetail,
  patch: Partial<UpdateAwardDecisionInput> = {},
): UpdateAwardDecisionInput {
  return {
    id: d.id,
    version: d.version,
    subject: d.subject,
    authority: d.authority,
    achievement: d.achievement,
    bases: [...d.bases],
    councilMinutes: d.councilMinutes
      ? { body: d.councilMinutes.body, date: d.councilMinutes.date ?? null }
      : null,
    proposal: d.proposal ? { by: d.proposal.by, reference: d.proposal.reference } : null,
    rewardFunding: d.rewardFunding ?? null,
    rewardBasis: d.rewardBasis ?? null,
    executors: [...d.executors],
    receivers: [...d.receivers],
    archive: d.archive,
    place: d.place,
    signer: {
      on: d.signer.on.map((o) => ({ authority: o.authority, of: o.of })),
      title: d.signer.title,
      name: d.signer.name,
    },
    ...patch,
  };
}
