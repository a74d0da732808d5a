import type { LocalizedText, PhaseKind } from "~/db/enums";

/** A phase of the programme timeline; `name` is the programme's own name for it, per language (empty: the kind's). */
export type Phase = { kind: PhaseKind; name?: LocalizedText; startsOn: string; endsOn: string };
export type PhaseStatus = { kind: "phase"; phase: Phase } | { kind: "not_started" } | { kind: "completed" } | { kind: "no_timeline" };

/**
 * Where a territory stands on the programme timeline on a given day: the latest-starting phase
 * that covers the day (phases overlap, e.g. piloting runs during capacity building).
 */
export function currentPhase(phases: Phase[], today: string): PhaseStatus {
  if (phases.length === 0) return { kind: "no_timeline" };
  const covering = phases.filter((p) => p.startsOn <= today && today <= p.endsOn);
  if (covering.length) {
    const latest = covering.reduce((a, b) => (b.startsOn > a.startsOn ? b : a));
    return { kind: "phase", phase: latest };
  }
  if (phases.every((p) => p.endsOn < today)) return { kind: "completed" };
  if (phases.every((p) => p.startsOn > today)) return { kind: "not_started" };
  // Between two phases: report the one that ended last.
  const past = phases.filter((p) => p.endsOn < today);
  return { kind: "phase", phase: past.reduce((a, b) => (b.endsOn > a.endsOn ? b : a)) };
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
