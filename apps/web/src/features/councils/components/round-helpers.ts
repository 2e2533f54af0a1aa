import { shareText, toFraction, type CouncilCandidate } from '@thidua/shared-domain';
import type { CouncilRoundCandidate, CouncilVotingRoundItem } from '@thidua/web-data-access';

import { councilsMessages } from '../messages';

const m = councilsMessages.rounds;

/** "Đồng ý từ 90% tổng số thành viên trở lên", or the majority rule when the rules set no share. */
export function thresholdText(threshold: number | null): string {
  return threshold === null ? m.majority : m.thresholdAt(shareText(toFraction(threshold)));
}

/** One key per threshold (agenda items of one round share it: the API refuses a mix). */
export function thresholdKey(threshold: number | null): string {
  return threshold === null ? 'majority' : String(threshold);
}

/** "Lê Thị Hoa – Chiến sĩ thi đua cơ sở", as the API's messages and the minutes name a candidate. */
export function candidateLabel(c: Pick<CouncilRoundCandidate, 'candidateName' | 'awardName'>) {
  return m.candidateLine(c.candidateName, c.awardName);
}

export function roundCandidates(round: CouncilVotingRoundItem): CouncilCandidate[] {
  return round.candidates.map((c) => ({ id: c.id, label: candidateLabel(c) }));
}

/**
 * Members who vote in the room (ROOM codes, REMOTE tokens, paper ballots): the figure the API fixed at
 * the open (`inRoom`: present and proxies), which a later change of attendance does not move; the
 * absentees' written opinions (voters − inRoom) are added as ballots at the close.
 */
export function roomVoters(round: Pick<CouncilVotingRoundItem, 'inRoom'>): number {
  return round.inRoom;
}

/**
 * The tie the Chủ tịch must decide: passed candidates the API left neither inside nor outside the quota
 * (withinQuota null, with a rank), and how many places they compete for.
 */
export function tieOf(round: CouncilVotingRoundItem): { tied: string[]; seats: number } {
  const results = round.results ?? [];
  if (round.quota === null) return { tied: [], seats: 0 };
  const tied = results
    .filter((r) => r.passed && r.withinQuota === null && r.rank !== null)
    .map((r) => r.agendaItemId);
  const within = results.filter((r) => r.withinQuota === true).length;
  return { tied, seats: tied.length ? Math.max(0, round.quota - within) : 0 };
}

/**
 * "Vòng 1 – Phiếu giấy: Chiến sĩ thi đua cơ sở". The API numbers rounds within a re-vote chain, so
 * a session holding one round per award has several "Vòng 1": the awards voted on tell them apart.
 */
export function roundLabel(
  round: Pick<CouncilVotingRoundItem, 'number' | 'mode'> & {
    candidates?: readonly Pick<CouncilRoundCandidate, 'awardName'>[];
  },
): string {
  const label = `${m.roundLabel(round.number)} – ${m.modes[round.mode] ?? round.mode}`;
  const awards = [...new Set((round.candidates ?? []).map((c) => c.awardName))];
  return awards.length ? `${label}: ${m.roundAwards(awards)}` : label;
}

/**
 * The sentences of the API's "Hai lần nhập không khớp: A. B." (confirmPaperTally), one per
 * difference; null for any other message.
 */
export function entryDifferences(message: string): string[] | null {
  const prefix = 'Hai lần nhập không khớp:';
  if (!message.startsWith(prefix)) return null;
  return message
    .slice(prefix.length)
    .split(/(?<=\.)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
