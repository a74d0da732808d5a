// The rule of a prioritisation, without the database: a participant spreads at most the round
// table's points across its contributions. Pure, so the limit is unit-tested on its own.

export type VoteCheck =
  | { ok: true; votes: { contributionId: string; points: number }[]; total: number }
  | { ok: false; error: "coDesign.errors.votesOverLimit" | "coDesign.errors.contributionUnknown" };

/**
 * The points typed for each contribution (parallel lists, as the form sends them), checked against
 * the contributions of the round table and its limit. Zero points are dropped: a vote row means
 * points given. A contribution named twice counts once, with its last value (a form sent twice
 * by a browser's back button must not double anything).
 */
export function checkVotes(input: { contributionIds: string[]; points: number[] }, table: { contributionIds: string[]; votesPerParticipant: number }): VoteCheck {
  const known = new Set(table.contributionIds);
  const byContribution = new Map<string, number>();
  for (const [i, contributionId] of input.contributionIds.entries()) {
    if (!known.has(contributionId)) return { ok: false, error: "coDesign.errors.contributionUnknown" };
    byContribution.set(contributionId, input.points[i] ?? 0);
  }
  const votes = [...byContribution].filter(([, points]) => points > 0).map(([contributionId, points]) => ({ contributionId, points }));
  const total = votes.reduce((sum, v) => sum + v.points, 0);
  if (total > table.votesPerParticipant) return { ok: false, error: "coDesign.errors.votesOverLimit" };
  return { ok: true, votes, total };
}
