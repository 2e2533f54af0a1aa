import type { BallotChoice } from '@thidua/shared-domain';

/** One line of a ballot paper, whichever way it was read (the room's paper, the remote round). */
export interface BallotCandidate {
  /** the agenda item's id: what the cast names */
  id: string;
  name: string;
  award: string;
}

export type BallotChoices = Readonly<Record<string, BallotChoice>>;

/** The member's screens after the credential: choose, check, cast, receipt. */
export type BallotPhase = 'choose' | 'confirm' | 'done';

/** Candidates still without a choice. */
export function unanswered(candidates: readonly BallotCandidate[], choices: BallotChoices): number {
  return candidates.filter((c) => !choices[c.id]).length;
}

/** The cast's `choices`: one per candidate, in the paper's order (the API shuffles the rows it stores). */
export function castChoices(
  candidates: readonly BallotCandidate[],
  choices: BallotChoices,
): { agendaItemId: string; choice: BallotChoice }[] {
  return candidates.map((c) => {
    const choice = choices[c.id];
    if (!choice) throw new Error(`no choice for ${c.id}`);
    return { agendaItemId: c.id, choice };
  });
}

/** The step of the Steps bar: the credential first (code or token), then the ballot's three. */
export function stepOf(phase: BallotPhase | 'credential'): number {
  return { credential: 0, choose: 1, confirm: 2, done: 3 }[phase];
}
