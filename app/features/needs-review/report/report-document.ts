// The report as a sequence of blocks (headings, paragraphs, lists, figure tables, quotes) in
// the report's language: the one layout that the HTML preview, the DOCX and the PDF all render,
// so that the three never disagree. Labels come from the catalog of content.language, never
// from the reader's.
import { type BlockDocument, type DocumentBlock, paragraphBlocks } from "~/export/blocks";
import { FINDING_KINDS, TARGET_GROUPS, type TargetGroup } from "~/db/enums";
import { formatCountry, formatDate, formatNumber, formatPercent } from "~/i18n/format";
import type { getServerT } from "~/i18n/catalogs.server";
import type { Language } from "~/i18n/languages";
import type { ReportContent, ReportFinding } from "./report-content";

/** The report's blocks are the shared document blocks (app/export). */
export type ReportBlock = DocumentBlock;
export type ReportDocument = BlockDocument;

type Translate = ReturnType<typeof getServerT>;

function groupNames(t: Translate, groups: TargetGroup[]): string {
  return groups.length ? groups.map((g) => t(`targetGroups.${g}`)).join(", ") : t("findings.noTargetGroups");
}

function findingBlocks(t: Translate, lang: Language, f: ReportFinding): ReportBlock[] {
  const outcome = f.outcome ? t(`validationOutcomes.${f.outcome}`) : t("findings.notValidated");
  const items = [
    t("report.priorityLine", { priority: t(`findingPriorities.${f.priority}`) }),
    t("report.targetGroupsLine", { groups: groupNames(t, f.targetGroups) }),
    t("report.validationLine", { outcome }),
  ];
  if (f.originalStatement) items.push(t("report.originalWording", { statement: f.originalStatement }));
  items.push(t("report.evidenceLine", { count: f.evidenceCount, formatted: formatNumber(lang, f.evidenceCount) }));
  return [
    { type: "heading", level: 3, text: f.statement },
    { type: "list", items },
    ...f.quotes.map((q): ReportBlock => ({ type: "quote", text: q.text, attribution: t("report.quoteFrom", { groups: groupNames(t, q.targetGroups) }) })),
  ];
}

export function buildReportDocument(content: ReportContent, t: Translate): ReportDocument {
  const lang = content.language;
  const { context: c, method: m, narrative } = content;
  const figure = (value: number | null, format: (v: number) => string) => (value === null ? t("report.notStated") : format(value));
  const blocks: ReportBlock[] = [];

  // A narrative section not written yet is left out rather than printed empty.
  const intro = paragraphBlocks(narrative.introduction);
  if (intro.length) blocks.push({ type: "heading", level: 1, text: t("report.sections.introduction") }, ...intro);

  blocks.push(
    { type: "heading", level: 1, text: t("report.sections.context") },
    {
      type: "table",
      caption: t("report.contextFigures"),
      headers: [t("report.figure"), t("report.value")],
      rows: [
        [t("territory.country"), formatCountry(lang, c.countryCode)],
        [t("territory.population"), figure(c.population, (v) => formatNumber(lang, v))],
        [t("territory.foreignResidents"), figure(c.foreignResidentsPercent, (v) => formatPercent(lang, v))],
        [t("territory.tcnShare"), figure(c.tcnPercent, (v) => formatPercent(lang, v))],
      ],
    },
    ...paragraphBlocks(narrative.context),
  );

  blocks.push(
    { type: "heading", level: 1, text: t("report.sections.method") },
    { type: "paragraph", text: t("report.methodText") },
    {
      type: "table",
      caption: t("report.methodFigures"),
      headers: [t("report.figure"), t("report.value")],
      rows: [
        [t("report.interviews"), formatNumber(lang, m.interviews)],
        ...TARGET_GROUPS.map((g): [string, string] => [t("report.interviewsWith", { group: t(`targetGroups.${g}`) }), formatNumber(lang, m.interviewsByGroup[g])]),
        [t("report.focusGroups"), formatNumber(lang, m.focusGroups)],
        [t("report.attendees"), formatNumber(lang, m.attendees)],
        [t("report.stakeholders"), formatNumber(lang, m.stakeholders)],
      ],
    },
  );

  blocks.push({ type: "heading", level: 1, text: t("report.sections.findings") });
  for (const kind of FINDING_KINDS) {
    const ofKind = content.findings.filter((f) => f.kind === kind);
    blocks.push({ type: "heading", level: 2, text: t(`findings.headings.${kind}`) });
    if (!ofKind.length) blocks.push({ type: "paragraph", text: t("findings.noneOfKind") });
    for (const f of ofKind) blocks.push(...findingBlocks(t, lang, f));
  }

  const conclusions = paragraphBlocks(narrative.conclusions);
  if (conclusions.length) blocks.push({ type: "heading", level: 1, text: t("report.sections.conclusions") }, ...conclusions);

  return {
    title: t("report.documentTitle", { territory: content.territoryName }),
    subtitle: t("report.generatedOn", { date: formatDate(lang, content.generatedAt) }),
    language: lang,
    blocks,
  };
}
