import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STAGES } from "~/components/shell/stages";
import {
  COMPETENCE_GROUPS,
  DESK_SOURCE_KINDS,
  FINDING_KINDS,
  FINDING_PRIORITIES,
  ORGANISATION_KINDS,
  PHASE_KINDS,
  PROFICIENCY_LEVELS,
  PROGRAMME_ROLES,
  REPLACEMENT_KINDS,
  TARGET_GROUPS,
  TERRITORY_ROLES,
  VALIDATION_OUTCOMES,
} from "~/db/schema";
import { AGE_BANDS, GENDERS } from "~/features/needs-review/needs-review.schema";
import type { PhaseStatus } from "~/features/territories/phases";
import {
  type Catalog,
  checkKeyParity,
  checkKeyUses,
  checkPluralForms,
  checkVariables,
  findKeyUses,
  variablesOf,
} from "./catalog-checks";
import { getTableConfig } from "drizzle-orm/pg-core";
import { CONSENT_SCOPES } from "~/db/schema";
import { PERSONAL_DATA } from "~/privacy/registry";
import { CATALOG_PARTS } from "./catalog-parts";
import { CATALOGS as ASSEMBLED } from "./catalogs.server";

const CATALOGS: Record<string, Catalog> = ASSEMBLED;
const { en } = ASSEMBLED;

// Keys built from a value, e.g. t(`roles.${role}`): every value of the list needs a label.
const ENUMERATED: Record<string, readonly string[]> = {
  roles: [...PROGRAMME_ROLES, ...TERRITORY_ROLES],
  phases: PHASE_KINDS,
  organisationKinds: ORGANISATION_KINDS,
  stages: STAGES.map((s) => s.key),
  targetGroups: TARGET_GROUPS,
  sourceKinds: DESK_SOURCE_KINDS,
  ageBands: AGE_BANDS,
  genders: GENDERS,
  replacementKinds: REPLACEMENT_KINDS,
  findingKinds: FINDING_KINDS,
  findingPriorities: FINDING_PRIORITIES,
  validationOutcomes: VALIDATION_OUTCOMES,
  phaseStatus: ["not_started", "completed", "no_timeline"] satisfies Exclude<PhaseStatus["kind"], "phase">[],
  "competences.groups": COMPETENCE_GROUPS,
  "competences.levels": PROFICIENCY_LEVELS.map(String),
  "personalData.tables": PERSONAL_DATA.filter((e) => e.find?.length).map((e) => getTableConfig(e.table).name),
  "personalData.consentScopes": CONSENT_SCOPES,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const APP = path.resolve(import.meta.dirname, "..");
const USES = sourceFiles(APP).flatMap((file) => findKeyUses(path.relative(APP, file), readFileSync(file, "utf8")));

describe("the four catalogs", () => {
  it("hold the same keys, none empty", () => {
    expect(checkKeyParity(CATALOGS)).toEqual([]);
  });

  it("use the same {{variables}} as English", () => {
    expect(checkVariables(CATALOGS, "en")).toEqual([]);
  });

  it("have every plural form each language needs", () => {
    expect(checkPluralForms(CATALOGS)).toEqual([]);
  });

  it("are split by feature: each part holds the same sections in its four languages, and no section is in two parts", () => {
    const owner = new Map<string, number>();
    const problems: string[] = [];
    CATALOG_PARTS.forEach((part, i) => {
      const sections = Object.keys(part.en).sort();
      for (const lang of ["de", "it", "es"] as const) {
        if (JSON.stringify(Object.keys(part[lang]).sort()) !== JSON.stringify(sections)) problems.push(`part ${i} (${sections.join(", ")}): ${lang} has ${Object.keys(part[lang]).sort().join(", ")}`);
      }
      for (const section of sections) {
        if (owner.has(section)) problems.push(`section ${section} is in parts ${owner.get(section)} and ${i}`);
        owner.set(section, i);
      }
    });
    expect(problems).toEqual([]);
    expect(CATALOG_PARTS.length).toBeGreaterThan(10);
    expect([...owner.keys()].sort()).toEqual(Object.keys(CATALOGS.en).sort());
  });
});

describe("keys used in the source", () => {
  it("are found in the source at all (the scanner works)", () => {
    const keys = USES.map((u) => u.key);
    expect(keys).toContain("shell.skipToContent"); // t("…")
    expect(keys).toContain("roles.${r}"); // t(`…`)
    expect(keys).toContain("auth.tooManyAttempts"); // formError(formData, "…")
    expect(keys).toContain("errors.tcnAboveForeign"); // zod message
  });

  it("all exist in the English catalog", () => {
    expect(checkKeyUses(USES, en, ENUMERATED)).toEqual([]);
  });

  it("include a label for every enumerated value", () => {
    const uses = Object.keys(ENUMERATED).map((prefix) => ({ file: "ENUMERATED", key: `${prefix}.\${value}` }));
    expect(checkKeyUses(uses, en, ENUMERATED)).toEqual([]);
  });
});

// The same checks on broken samples: each must report the fault.
describe("the checks catch", () => {
  it("a key missing in one language, and an empty text", () => {
    expect(checkKeyParity({ en: { a: { b: "B", c: "C" } }, de: { a: { b: " " } } })).toEqual(["de: missing a.c", "de: empty a.b"]);
  });

  it("a renamed variable", () => {
    expect(variablesOf("{{b}} and {{ a, number }}")).toEqual(["a", "b"]);
    expect(checkVariables({ en: { k: "Hi {{name}}" }, it: { k: "Ciao {{nome}}" } }, "en")).toEqual(["it: k uses {{nome}}, en uses {{name}}"]);
  });

  it("a missing plural form, and one no platform language uses", () => {
    const problems = checkPluralForms({ en: { k_one: "1", k_other: "n", j_one: "1", j_few: "f", j_other: "n" }, es: { k_one: "1", k_other: "n" } });
    expect(problems).toEqual(['en: j has a "few" form no platform language uses', 'es: k lacks the "many" form']);
  });

  it("accepts a form that only another platform language needs (same keys everywhere)", () => {
    expect(checkPluralForms({ en: { k_one: "1", k_many: "n", k_other: "n" }, es: { k_one: "1", k_many: "n", k_other: "n" } })).toEqual([]);
  });

  it("an unknown key, a template without its group, and an enumerated value without a label", () => {
    const source = [
      't("a.known")',
      "t(`a.${x}`)",
      't("a.missing")',
      "t(`nope.${x}`)",
      "t(`roles.${r}`)",
      'formError(formData, "a.gone", "_form")',
      'z.string().min(2, "errors.none")',
      "set(`ignored.${x}`)",
    ].join("\n");
    const uses = findKeyUses("sample.tsx", source);
    expect(uses.map((u) => u.key)).toEqual(["a.known", "a.${x}", "a.missing", "nope.${x}", "roles.${r}", "a.gone", "errors.none"]);
    expect(checkKeyUses(uses, { a: { known: "K" }, roles: { expert: "E" }, errors: {} }, { roles: ["expert", "trainer"] })).toEqual([
      'sample.tsx: "a.missing" is not in the catalog',
      "sample.tsx: `nope.${x}` needs a group \"nope\" in the catalog",
      'sample.tsx: `roles.${r}` needs "roles.trainer"',
      'sample.tsx: "a.gone" is not in the catalog',
      'sample.tsx: "errors.none" is not in the catalog',
    ]);
  });

  it("a group member without the text that follows the hole", () => {
    const uses = [{ file: "f", key: "kinds.${k}.title" }];
    expect(checkKeyUses(uses, { kinds: { a: { title: "A" }, b: { body: "B" } } })).toEqual(['f: `kinds.${k}.title` needs "kinds.b.title"']);
  });
});
