// Materials of a module: links (http/https) and uploaded files. A file is typed by its bytes
// (the desk research reader, with the Toolkit's own size limit) and only ever sent back as an
// attachment. Adding the same link or file twice to a module adds it once (double submits).
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { moduleMaterial, trainingModule } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { readDeskSourceUpload, type DeskSourceFileUpload } from "~/features/needs-review/interviews/desk-source-files";
import { parseForm, valuesOf, type FormFailure } from "~/http/form.server";
import type { Actor } from "~/tenancy/actor.server";
import { materialFileSchema, materialLinkSchema, type MaterialLinkInput } from "./toolkit.schema";
import type { ToolkitRef } from "./toolkits.server";

type Territory = { id: string; programmeId: string };
type Scope = { actor: Actor; territory: Territory; kit: ToolkitRef; moduleId: string };

export const MATERIAL_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** The file form: a title and a file (required here), both checked so that every error shows at once. */
export async function readMaterialFileForm(formData: FormData): Promise<{ ok: true; title: string; file: DeskSourceFileUpload } | FormFailure> {
  const parsed = parseForm(materialFileSchema, formData);
  const upload = await readDeskSourceUpload(formData.get("file"), MATERIAL_FILE_MAX_BYTES);
  if (parsed.ok && upload.ok && upload.file) return { ok: true, title: parsed.value.fileTitle, file: upload.file };
  const errors = parsed.ok ? {} : { ...parsed.errors };
  if (!upload.ok) errors.file = [upload.error === "errors.sourceFileTooLarge" ? "toolkit.errors.materialTooLarge" : upload.error];
  else if (!upload.file) errors.file = ["toolkit.errors.fileRequired"];
  return { ok: false, errors, values: valuesOf(formData) };
}

/** Locks the module of the Toolkit (serialising its material changes); false when there is none. */
async function lockModule(tx: Executor, kit: ToolkitRef, moduleId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: trainingModule.id })
    .from(trainingModule)
    .where(and(eq(trainingModule.id, moduleId), eq(trainingModule.toolkitId, kit.id)))
    .for("update");
  return Boolean(row);
}

async function audit(tx: Executor, scope: Scope, action: string, materialId: string, details: Record<string, unknown>) {
  await recordAudit(tx, {
    actorUserId: scope.actor.userId,
    programmeId: scope.territory.programmeId,
    territoryId: scope.territory.id,
    action,
    objectType: "module_material",
    objectId: materialId,
    details: { moduleId: scope.moduleId, ...details },
  });
}

/** Adds a link; null when the module is not in the Toolkit. The same address twice is kept once. */
export async function addMaterialLink(db: Executor, scope: Scope & { input: MaterialLinkInput }): Promise<{ added: boolean } | null> {
  return db.transaction(async (tx) => {
    if (!(await lockModule(tx, scope.kit, scope.moduleId))) return null;
    const [same] = await tx
      .select({ id: moduleMaterial.id })
      .from(moduleMaterial)
      .where(and(eq(moduleMaterial.moduleId, scope.moduleId), eq(moduleMaterial.url, scope.input.url)));
    if (same) return { added: false };
    const [row] = await tx
      .insert(moduleMaterial)
      .values({ moduleId: scope.moduleId, title: scope.input.linkTitle, url: scope.input.url, createdByUserId: scope.actor.userId })
      .returning({ id: moduleMaterial.id });
    await audit(tx, scope, "toolkit.material.add", row.id, { title: scope.input.linkTitle, url: scope.input.url });
    return { added: true };
  });
}

/** Adds an uploaded file; null when the module is not in the Toolkit. The same file (name and bytes) twice is kept once. */
export async function addMaterialFile(db: Executor, scope: Scope & { title: string; file: DeskSourceFileUpload }): Promise<{ added: boolean } | null> {
  const { file } = scope;
  return db.transaction(async (tx) => {
    if (!(await lockModule(tx, scope.kit, scope.moduleId))) return null;
    const [same] = await tx
      .select({ id: moduleMaterial.id })
      .from(moduleMaterial)
      .where(
        and(
          eq(moduleMaterial.moduleId, scope.moduleId),
          eq(moduleMaterial.fileName, file.fileName),
          eq(moduleMaterial.size, file.size),
          eq(moduleMaterial.content, file.content),
        ),
      );
    if (same) return { added: false };
    const [row] = await tx
      .insert(moduleMaterial)
      .values({
        moduleId: scope.moduleId,
        title: scope.title,
        fileName: file.fileName,
        mediaType: file.mediaType,
        size: file.size,
        content: file.content,
        createdByUserId: scope.actor.userId,
      })
      .returning({ id: moduleMaterial.id });
    await audit(tx, scope, "toolkit.material.add", row.id, { title: scope.title, fileName: file.fileName, size: file.size });
    return { added: true };
  });
}

/** Removes a material of the module; false when it is not there (any more). */
export async function deleteMaterial(db: Executor, scope: Scope & { materialId: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await lockModule(tx, scope.kit, scope.moduleId))) return false;
    const [gone] = await tx
      .delete(moduleMaterial)
      .where(and(eq(moduleMaterial.id, scope.materialId), eq(moduleMaterial.moduleId, scope.moduleId)))
      .returning({ id: moduleMaterial.id, title: moduleMaterial.title });
    if (!gone) return false;
    await audit(tx, scope, "toolkit.material.delete", gone.id, { title: gone.title });
    return true;
  });
}

/** The materials of a module of the Toolkit, without their bytes. */
export async function listMaterials(db: Executor, args: { kit: ToolkitRef; moduleId: string }) {
  return db
    .select({ id: moduleMaterial.id, title: moduleMaterial.title, url: moduleMaterial.url, fileName: moduleMaterial.fileName, size: moduleMaterial.size, createdAt: moduleMaterial.createdAt })
    .from(moduleMaterial)
    .innerJoin(trainingModule, eq(trainingModule.id, moduleMaterial.moduleId))
    .where(and(eq(moduleMaterial.moduleId, args.moduleId), eq(trainingModule.toolkitId, args.kit.id)))
    .orderBy(asc(moduleMaterial.createdAt), asc(moduleMaterial.id));
}

/** An uploaded file of a module of the Toolkit, for download; null for a link or an unknown id. */
export async function findMaterialFile(db: Executor, args: { kit: ToolkitRef; moduleId: string; materialId: string }) {
  const [row] = await db
    .select({ fileName: moduleMaterial.fileName, mediaType: moduleMaterial.mediaType, content: moduleMaterial.content })
    .from(moduleMaterial)
    .innerJoin(trainingModule, eq(trainingModule.id, moduleMaterial.moduleId))
    .where(
      and(
        eq(moduleMaterial.id, args.materialId),
        eq(moduleMaterial.moduleId, args.moduleId),
        eq(trainingModule.toolkitId, args.kit.id),
        isNotNull(moduleMaterial.content),
      ),
    );
  if (!row?.content || !row.fileName || !row.mediaType) return null;
  return { fileName: row.fileName, mediaType: row.mediaType, content: row.content };
}
