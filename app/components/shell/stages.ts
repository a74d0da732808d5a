// The stages of the cycle, in order, as the navigation shows them. A stage gets a `path` (under
// /:lang/t/:territory/) and the permission that opens it when its module lands. Until then it
// is shown as not available yet; a built stage the person may not open is shown without a link.
import type { TerritoryPermission } from "~/tenancy/policy";

export type StageKey = "needsReview" | "coDesign" | "training" | "strategy" | "pact" | "manifesto" | "events" | "keyResults";
export type Stage = { key: StageKey; built?: { path: string; permission: TerritoryPermission } };

export const STAGES: Stage[] = [
  { key: "needsReview", built: { path: "needs-review", permission: "needs-review:view" } },
  { key: "coDesign", built: { path: "co-design", permission: "co-design:view" } },
  { key: "training", built: { path: "training", permission: "training:view" } },
  { key: "strategy" },
  { key: "pact" },
  { key: "manifesto" },
  { key: "events" },
  { key: "keyResults" },
];
