// A territory's progress through the stages of the cycle (decision 028), from facts computed from
// its rows: a stage is done (its output exists: a published report, a closed round table, a
// published Toolkit version, a completed cohort), under way (rows exist), or not started; and late
// when the timeline's phase for it has ended and it is not done. The stages the platform does not
// have yet (strategy, piloting, manifesto) are "not available". Pure: today is passed in.
import type { PhaseKind } from "~/db/enums";
import type { Phase } from "./phases";

export const CYCLE_STAGES = ["needs_review", "co_design", "toolkit", "training", "strategy", "piloting", "manifesto"] as const;
export type CycleStage = (typeof CYCLE_STAGES)[number];
export const AVAILABLE_STAGES = ["needs_review", "co_design", "toolkit", "training"] as const satisfies readonly CycleStage[];
export type AvailableStage = (typeof AVAILABLE_STAGES)[number];

/** Which phases of the timeline schedule each stage: its due day is the last day of those. */
export const STAGE_PHASES: Record<AvailableStage, readonly PhaseKind[]> = {
  needs_review: ["needs_review", "focus_groups"],
  co_design: ["co_design"],
  // The Toolkit is the output of the co-design phase.
  toolkit: ["co_design"],
  training: ["capacity_building"],
};

export type StageFacts = { done: boolean; started: boolean };
export type StageState = "done" | "under_way" | "not_started" | "not_available";
export type StageProgress = { stage: CycleStage; state: StageState; late: boolean; dueOn: string | null };

/** The last day of the stage's phases on the timeline, or null when the timeline has none. */
export function stageDueOn(stage: AvailableStage, phases: readonly Pick<Phase, "kind" | "endsOn">[]): string | null {
  const ends = phases.filter((p) => STAGE_PHASES[stage].includes(p.kind)).map((p) => p.endsOn);
  return ends.length ? ends.reduce((a, b) => (b > a ? b : a)) : null;
}

export function stageProgress(facts: Record<AvailableStage, StageFacts>, phases: readonly Pick<Phase, "kind" | "endsOn">[], today: string): StageProgress[] {
  return CYCLE_STAGES.map((stage) => {
    if (!(AVAILABLE_STAGES as readonly string[]).includes(stage)) return { stage, state: "not_available", late: false, dueOn: null };
    const available = stage as AvailableStage;
    const f = facts[available];
    const dueOn = stageDueOn(available, phases);
    const state: StageState = f.done ? "done" : f.started ? "under_way" : "not_started";
    return { stage, state, late: !f.done && dueOn !== null && dueOn < today, dueOn };
  });
}
