// The stages of the cycle, in order, as the navigation shows them. A stage gets an `href`
// when its module lands; until then it is shown as not available yet, never as a broken link.
export type Stage = {
  key: "needsReview" | "coDesign" | "training" | "strategy" | "pact" | "manifesto" | "events" | "keyResults";
  href?: (args: { lang: string; territory: string | undefined }) => string | undefined;
};

export const STAGES: Stage[] = [
  { key: "needsReview" },
  { key: "coDesign" },
  { key: "training" },
  { key: "strategy" },
  { key: "pact" },
  { key: "manifesto" },
  { key: "events" },
  { key: "keyResults" },
];
