import { PATHS } from '../../app/paths';

/**
 * `?thuc-hien=<plan>&don-vi=<unit>` on the new-plan page: a unit's plan implementing a plan addressed
 * to it. Kept apart from the pages so the home page's widgets link here without loading the editor.
 */
export const ANSWER_PARAM = 'thuc-hien';
export const ANSWER_UNIT_PARAM = 'don-vi';

/** Where an addressed unit starts its own plan implementing `row.plan`. */
export function answerPath(row: { plan: { id: string }; unit: { id: string } }): string {
  const params = new URLSearchParams({
    [ANSWER_PARAM]: row.plan.id,
    [ANSWER_UNIT_PARAM]: row.unit.id,
  });
  return `${PATHS.campaignPlanNew}?${params.toString()}`;
}
