// One Drizzle schema for both databases (PGlite and the PostgreSQL server), one file per domain
// in app/db/tables/. Tables that hold personal data must be declared in app/privacy/registry.ts.
export * from "./enums";
export * from "./tables/identity";
export * from "./tables/programmes";
export * from "./tables/audit";
export * from "./tables/email";
export * from "./tables/needs-review";
export * from "./tables/analysis";
export * from "./tables/findings";
export * from "./tables/competences";
export * from "./tables/co-design";
export * from "./tables/toolkit";
export * from "./tables/training";
