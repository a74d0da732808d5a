// The territory's Needs Review as a REFI-QDA project (.qdpx): transcripts as text sources,
// the codebook, the placed codings as selections of the text with their code, participants as
// cases with their attributes as variables, coders as users (names only) and memos as notes.
// Read in five queries, whatever the size of the review, in one snapshot, and audited.
import { and, asc, count, eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { coding, interview, interviewParticipant, participant, theme, transcript, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { getServerT } from "~/i18n/catalogs.server";
import { formatLanguageName } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import type { Actor } from "~/tenancy/actor.server";
import { AGE_BANDS, GENDERS } from "../needs-review.schema";
import { listCodes } from "./export-codebook.server";
import { territoryGuids } from "./guids.server";
import { CodePointOffsets } from "./positions";
import { type CodeModel, type ProjectModel, type SelectionModel, writeProjectXml } from "./project-xml";
import { internalPath, packQdpx } from "./qdpx";
import { REFI_ORIGIN } from "./codebook-xml";

type Territory = { id: string; programmeId: string; name: string };

export const CASE_VARIABLES = ["targetGroup", "department", "organisation", "ageBand", "gender", "regionOfOrigin", "languages"] as const;
export type CaseVariable = (typeof CASE_VARIABLES)[number];

export type ProjectExport = { bytes: Uint8Array; counts: { sources: number; codes: number; codings: number; cases: number; notes: number; users: number } };

/** The name of a coded passage in QDA programs' lists: its first words. */
function selectionName(quote: string): string {
  const characters = Array.from(quote.replace(/\s+/g, " ").trim());
  return characters.length > 60 ? `${characters.slice(0, 60).join("")}…` : characters.join("");
}

export async function exportProject(db: Executor, args: { actor: Actor; territory: Territory; lang: Language; now?: Date }): Promise<ProjectExport> {
  const { actor, territory, lang } = args;
  const now = args.now ?? new Date();
  const t = getServerT(lang);
  const guid = territoryGuids(territory.id);
  // Repeatable read: the five queries see the same data, so no coding points at a missing source.
  return db.transaction(
    async (tx) => {
      const codes = await listCodes(tx, { territoryId: territory.id });
      const people = await tx
        .select({
          id: participant.id,
          pseudonym: participant.pseudonym,
          targetGroup: participant.targetGroup,
          department: participant.department,
          organisation: participant.organisation,
          ageBand: participant.ageBand,
          gender: participant.gender,
          regionOfOrigin: participant.regionOfOrigin,
          languages: participant.languages,
        })
        .from(participant)
        .where(eq(participant.territoryId, territory.id))
        .orderBy(asc(participant.pseudonym));
      const texts = await tx
        .select({ id: transcript.id, text: transcript.text, updatedAt: transcript.updatedAt, conductedOn: interview.conductedOn, createdAt: interview.createdAt, interviewId: interview.id })
        .from(transcript)
        .innerJoin(interview, eq(interview.id, transcript.interviewId))
        .where(eq(interview.territoryId, territory.id))
        .orderBy(asc(interview.conductedOn), asc(interview.createdAt), asc(transcript.id));
      const links = await tx
        .select({ interviewId: interviewParticipant.interviewId, participantId: interviewParticipant.participantId })
        .from(interviewParticipant)
        .innerJoin(interview, eq(interview.id, interviewParticipant.interviewId))
        .where(eq(interview.territoryId, territory.id));
      const placed = await tx
        .select({ id: coding.id, transcriptId: coding.transcriptId, themeId: coding.themeId, coderUserId: coding.coderUserId, coderName: user.name, start: coding.start, end: coding.end, quote: coding.quote, memo: coding.memo, createdAt: coding.createdAt })
        .from(coding)
        .leftJoin(user, eq(user.id, coding.coderUserId))
        .where(and(eq(coding.territoryId, territory.id), eq(coding.placement, "placed")))
        .orderBy(asc(coding.transcriptId), asc(coding.start), asc(coding.end), asc(coding.id));

      const pseudonymOf = new Map(people.map((p) => [p.id, p.pseudonym]));
      const participantsOf = new Map<string, string[]>();
      for (const link of links) participantsOf.set(link.interviewId, [...(participantsOf.get(link.interviewId) ?? []), link.participantId]);
      const themeNameOf = new Map<string, string>();
      const nameThemes = (list: CodeModel[]) => list.forEach((c) => (themeNameOf.set(c.guid, c.name), nameThemes(c.children)));
      nameThemes(codes);

      const users = new Map<string, { guid: string; name: string }>();
      const notes: ProjectModel["notes"] = [];
      const selectionsOf = new Map<string, SelectionModel[]>();
      const offsetsOf = new Map(texts.map((s) => [s.id, { text: s.text, offsets: new CodePointOffsets(s.text) }]));
      for (const c of placed) {
        const source = offsetsOf.get(c.transcriptId);
        // A placed coding lies inside its text; one that does not would make the project invalid.
        if (!source || !themeNameOf.has(c.themeId) || c.end > source.text.length) continue;
        const creatingUser = c.coderUserId ? guid.user(c.coderUserId) : null;
        if (creatingUser) users.set(creatingUser, { guid: creatingUser, name: c.coderName ?? "" });
        const noteGuids: string[] = [];
        if (c.memo.trim()) {
          const note = guid.note(c.id);
          noteGuids.push(note);
          notes.push({ guid: note, name: t("refiQda.memoName", { theme: themeNameOf.get(c.themeId) ?? "" }), text: c.memo, creatingUser, createdAt: c.createdAt });
        }
        const list = selectionsOf.get(c.transcriptId) ?? [];
        list.push({
          guid: guid.selection(c.id),
          name: selectionName(c.quote),
          startPosition: source.offsets.toCodePoints(c.start),
          endPosition: source.offsets.toCodePoints(c.end),
          creatingUser,
          createdAt: c.createdAt,
          coding: { guid: c.id, codeGuid: c.themeId },
          noteGuids,
        });
        selectionsOf.set(c.transcriptId, list);
      }

      const labelOf: Record<CaseVariable, (p: (typeof people)[number]) => string | null> = {
        targetGroup: (p) => t(`targetGroups.${p.targetGroup}`),
        department: (p) => p.department,
        organisation: (p) => p.organisation,
        ageBand: (p) => (AGE_BANDS.includes(p.ageBand as never) ? t(`ageBands.${p.ageBand}` as never) : p.ageBand),
        gender: (p) => (GENDERS.includes(p.gender as never) ? t(`genders.${p.gender}` as never) : p.gender),
        regionOfOrigin: (p) => p.regionOfOrigin,
        languages: (p) => p.languages.map((code) => formatLanguageName(lang, code)).join(", ") || null,
      };
      const model: ProjectModel = {
        name: t("refiQda.projectName", { territory: territory.name }),
        origin: REFI_ORIGIN,
        createdAt: now,
        users: [...users.values()].sort((a, b) => a.guid.localeCompare(b.guid)),
        codes,
        variables: CASE_VARIABLES.map((key) => ({ guid: guid.variable(key), name: t(`refiQda.variables.${key}`) })),
        cases: people.map((p) => ({
          guid: p.id,
          name: p.pseudonym,
          values: CASE_VARIABLES.flatMap((key) => {
            const value = labelOf[key](p)?.trim();
            return value ? [{ variableGuid: guid.variable(key), value }] : [];
          }),
          // In the order of the sources, so that two exports of the same data are the same.
          sourceGuids: texts.filter((s) => participantsOf.get(s.interviewId)?.includes(p.id)).map((s) => s.id),
        })),
        sources: texts.map((s) => ({
          guid: s.id,
          name: t("refiQda.sourceName", {
            date: s.conductedOn,
            participants: (participantsOf.get(s.interviewId) ?? []).map((id) => pseudonymOf.get(id) ?? "").sort().join(", "),
          }),
          plainTextPath: internalPath(s.id),
          createdAt: s.createdAt,
          modifiedAt: s.updatedAt,
          selections: selectionsOf.get(s.id) ?? [],
        })),
        notes,
      };
      const bytes = packQdpx({ projectXml: writeProjectXml(model), sources: texts.map((s) => ({ guid: s.id, text: s.text })), at: now });
      const counts = {
        sources: texts.length,
        codes: themeNameOf.size,
        codings: [...selectionsOf.values()].reduce((n, list) => n + list.length, 0),
        cases: people.length,
        notes: notes.length,
        users: users.size,
      };
      // The export hands transcripts out of the platform: who took what, and how much of it.
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "review.export",
        objectType: "territory",
        objectId: territory.id,
        details: { format: "qdpx", ...counts },
      });
      return { bytes, counts };
    },
    { isolationLevel: "repeatable read" },
  );
}

/** What an export would hold: themes, transcripts and placed codings of the territory. */
export async function countExportable(db: Executor, args: { territoryId: string }) {
  const [[themes], [transcripts], [codings]] = await Promise.all([
    db.select({ n: count() }).from(theme).where(eq(theme.territoryId, args.territoryId)),
    db.select({ n: count() }).from(transcript).innerJoin(interview, eq(interview.id, transcript.interviewId)).where(eq(interview.territoryId, args.territoryId)),
    db.select({ n: count() }).from(coding).where(and(eq(coding.territoryId, args.territoryId), eq(coding.placement, "placed"))),
  ]);
  return { themes: themes.n, transcripts: transcripts.n, codings: codings.n };
}
