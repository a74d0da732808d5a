// A test may take as long as a busy machine needs: CI and reviewers run the suite on shared
// 2-core machines, where a step that takes a second here can take a minute. The only time limits
// in the tests are these guards against a hang, far beyond any slowness, so that a run that is
// stuck still ends with an error instead of waiting forever.

/** A whole test or hook: the budget for something stuck, not for something slow. */
export const TEST_HANG_GUARD_MS = 20 * 60_000;

/** One wait inside a test: a browser action or locator, a mail to arrive, a server to answer. */
export const STEP_HANG_GUARD_MS = 5 * 60_000;
