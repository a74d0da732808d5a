// A Toolkit version's content as plain data: what a toolkit_version row stores (as JSON), what the
// public page, the DOCX and the PDF render, and what a copy is made from. It holds no personal data
// and nothing private to a territory: of the needs (findings) and round-table contributions a
// module answers, only how many (decision 019). Pure: version-content.server.ts reads the rows.
import { type CompetenceGroup, type LocalizedText, TRAINING_METHODS, type TrainingMethod } from "~/db/enums";
import { isLanguage, type Language } from "~/i18n/languages";
import { pickLocalized } from "~/i18n/localized";

/** Raised when the shape changes, so that an old version can still be read (or refused). */
export const VERSION_CONTENT_VERSION = 1;

export type VersionCompetence = { key: string; group: CompetenceGroup; name: string };
/** A link keeps its address; an uploaded file only its name (its bytes stay with the module). */
export type VersionMaterial = { title: string; url: string | null; fileName: string | null };

export type VersionModule = {
  title: string;
  summary: string;
  learningOutcomes: string[];
  methods: TrainingMethod[];
  durationMinutes: number;
  trainerNotes: string;
  competences: VersionCompetence[];
  materials: VersionMaterial[];
  /** How many needs (validated findings) and round-table contributions the module answers. */
  needs: number;
  contributions: number;
};

export type VersionContent = {
  version: typeof VERSION_CONTENT_VERSION;
  title: string;
  introduction: string;
  language: Language;
  modules: VersionModule[];
};

/** The rows the builder reads, as version-content.server.ts selects them (ids only to join). */
export type VersionSource = {
  toolkit: { title: string; introduction: string; language: string };
  modules: {
    id: string;
    title: string;
    summary: string;
    learningOutcomes: string[];
    methods: string[];
    durationMinutes: number;
    trainerNotes: string;
    position: number;
  }[];
  competences: { moduleId: string; key: string; group: CompetenceGroup; name: LocalizedText; position: number }[];
  materials: { moduleId: string; title: string; url: string | null; fileName: string | null; createdAt: Date }[];
  needCounts: { moduleId: string; count: number }[];
  contributionCounts: { moduleId: string; count: number }[];
};

function groupBy<T extends { moduleId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.moduleId);
    if (list) list.push(row);
    else out.set(row.moduleId, [row]);
  }
  return out;
}

export function buildVersionContent(source: VersionSource): VersionContent {
  const language: Language = isLanguage(source.toolkit.language) ? source.toolkit.language : "en";
  const competences = groupBy(source.competences);
  const materials = groupBy(source.materials);
  const needs = new Map(source.needCounts.map((c) => [c.moduleId, c.count]));
  const contributions = new Map(source.contributionCounts.map((c) => [c.moduleId, c.count]));
  const modules = [...source.modules]
    .sort((a, b) => a.position - b.position || a.title.localeCompare(b.title))
    .map(
      (m): VersionModule => ({
        title: m.title,
        summary: m.summary,
        learningOutcomes: [...m.learningOutcomes],
        // In the framework's order, whatever order they were ticked in; unknown ones dropped.
        methods: TRAINING_METHODS.filter((method) => m.methods.includes(method)),
        durationMinutes: m.durationMinutes,
        trainerNotes: m.trainerNotes,
        competences: (competences.get(m.id) ?? [])
          .sort((a, b) => a.position - b.position || a.key.localeCompare(b.key))
          .map((c) => ({ key: c.key, group: c.group, name: pickLocalized(c.name, language)?.text || c.key })),
        materials: (materials.get(m.id) ?? [])
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.title.localeCompare(b.title))
          .map((x) => ({ title: x.title, url: x.url, fileName: x.url ? null : x.fileName })),
        needs: needs.get(m.id) ?? 0,
        contributions: contributions.get(m.id) ?? 0,
      }),
    );
  return { version: VERSION_CONTENT_VERSION, title: source.toolkit.title, introduction: source.toolkit.introduction, language, modules };
}

/** A stored version's content, if it has the shape this code writes; null otherwise. */
export function asVersionContent(value: unknown): VersionContent | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<VersionContent>;
  if (v.version !== VERSION_CONTENT_VERSION || typeof v.title !== "string" || !isLanguage(v.language) || !Array.isArray(v.modules)) return null;
  return v as VersionContent;
}

/** JSON with keys sorted: jsonb gives a stored content back with its keys in its own order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Whether two contents hold the same Toolkit (a version identical to the latest adds nothing). */
export function isSameContent(a: VersionContent, b: VersionContent): boolean {
  return canonical(a) === canonical(b);
}
