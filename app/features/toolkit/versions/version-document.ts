// A Toolkit version as a block document (app/export/blocks.ts) in the Toolkit's language: the one
// layout the public page, the DOCX and the PDF render. Labels come from the catalog of the
// Toolkit's language, never from the reader's.
import { type BlockDocument, type DocumentBlock, paragraphBlocks } from "~/export/blocks";
import type { getServerT } from "~/i18n/catalogs.server";
import { formatDate, formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import type { VersionContent, VersionMaterial, VersionModule } from "./version-content";

type Translate = ReturnType<typeof getServerT>;

export type VersionStamp = { number: number; createdAt: Date | string };

function materialLine(t: Translate, m: VersionMaterial): string {
  if (m.url) return t("toolkitVersions.document.materialLink", { title: m.title, url: m.url });
  if (m.fileName) return t("toolkitVersions.document.materialFile", { title: m.title, fileName: m.fileName });
  return m.title;
}

function duration(t: Translate, lang: Language, minutes: number): string {
  return t("toolkitVersions.document.minutes", { count: minutes, formatted: formatNumber(lang, minutes) });
}

function moduleBlocks(t: Translate, lang: Language, m: VersionModule, index: number): DocumentBlock[] {
  const blocks: DocumentBlock[] = [{ type: "heading", level: 2, text: t("toolkitVersions.document.moduleHeading", { number: index + 1, title: m.title }) }];
  blocks.push(...paragraphBlocks(m.summary));
  const methods = m.methods.length ? m.methods.map((x) => t(`toolkit.method.${x}`)).join(", ") : t("toolkitVersions.document.none");
  blocks.push({
    type: "list",
    items: [
      t("toolkitVersions.document.durationLine", { duration: duration(t, lang, m.durationMinutes) }),
      t("toolkitVersions.document.methodsLine", { methods }),
      t("toolkitVersions.document.needsLine", { count: m.needs, formatted: formatNumber(lang, m.needs) }),
      t("toolkitVersions.document.contributionsLine", { count: m.contributions, formatted: formatNumber(lang, m.contributions) }),
    ],
  });
  // A part with nothing in it is left out rather than printed empty.
  if (m.learningOutcomes.length) blocks.push({ type: "heading", level: 3, text: t("toolkitVersions.document.learningOutcomes") }, { type: "list", items: m.learningOutcomes });
  if (m.competences.length) {
    blocks.push(
      { type: "heading", level: 3, text: t("toolkitVersions.document.competences") },
      { type: "list", items: m.competences.map((c) => t("toolkitVersions.document.competenceLine", { name: c.name, group: t(`competences.groups.${c.group}`) })) },
    );
  }
  if (m.materials.length) blocks.push({ type: "heading", level: 3, text: t("toolkitVersions.document.materials") }, { type: "list", items: m.materials.map((x) => materialLine(t, x)) });
  const notes = paragraphBlocks(m.trainerNotes);
  if (notes.length) blocks.push({ type: "heading", level: 3, text: t("toolkitVersions.document.trainerNotes") }, ...notes);
  return blocks;
}

export function buildVersionDocument(content: VersionContent, stamp: VersionStamp, t: Translate): BlockDocument {
  const lang = content.language;
  const blocks: DocumentBlock[] = [];
  const intro = paragraphBlocks(content.introduction);
  if (intro.length) blocks.push({ type: "heading", level: 1, text: t("toolkitVersions.document.introduction") }, ...intro);
  blocks.push({ type: "heading", level: 1, text: t("toolkitVersions.document.modules") });
  if (!content.modules.length) blocks.push({ type: "paragraph", text: t("toolkitVersions.document.noModules") });
  else {
    const total = content.modules.reduce((n, m) => n + m.durationMinutes, 0);
    blocks.push({
      type: "table",
      caption: t("toolkitVersions.document.overview"),
      headers: [t("toolkitVersions.document.module"), t("toolkitVersions.document.duration")],
      rows: [
        ...content.modules.map((m, i): [string, string] => [t("toolkitVersions.document.moduleHeading", { number: i + 1, title: m.title }), duration(t, lang, m.durationMinutes)]),
        [t("toolkitVersions.document.total"), duration(t, lang, total)],
      ],
    });
    content.modules.forEach((m, i) => blocks.push(...moduleBlocks(t, lang, m, i)));
  }
  return {
    title: content.title,
    subtitle: t("toolkitVersions.document.subtitle", { number: stamp.number, date: formatDate(lang, stamp.createdAt) }),
    language: lang,
    blocks,
  };
}
