// A module's materials: links open in a new context without our origin's privileges; files are
// downloads (attachments only). Editors add links and files and remove materials.
import { useTranslation } from "~/i18n/use-translation";
import { FileField, FormAlert, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { DESK_SOURCE_FILE_ACCEPT } from "~/features/needs-review/interviews/desk-source-files";
import { formatFileSize } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { RowAction } from "~/components/ui/row-action";

type Material = { id: string; title: string; url: string | null; fileName: string | null; size: number | null };

export function MaterialList({ lang, materials, filesBase, canEdit }: { lang: Language; materials: Material[]; filesBase: string; canEdit: boolean }) {
  const { t } = useTranslation();
  if (!materials.length) return <p>{t("toolkit.noMaterials")}</p>;
  return (
    <ul className="trace-list">
      {materials.map((m) => (
        <li key={m.id} id={`material-${m.id}`}>
          {m.url ? (
            <a href={m.url} rel="noopener noreferrer">
              {m.title}
            </a>
          ) : (
            <a href={`${filesBase}/${m.id}`} download>
              {m.title}
              <span className="visually-hidden"> ({t("toolkit.download")})</span>
            </a>
          )}{" "}
          <span className="muted">{m.url ? `(${t("toolkit.link")})` : `(${m.fileName}${m.size !== null ? `, ${formatFileSize(lang, m.size)}` : ""})`}</span>
          {canEdit ? (
            <RowAction intent="delete" fields={{ materialId: m.id }} label={t("toolkit.removeMaterial")} subject={m.title} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function MaterialForms({ linkState, fileState }: { linkState: FormState; fileState: FormState }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="add-link-heading" className="narrow">
        <h2 id="add-link-heading">{t("toolkit.addLink")}</h2>
        <FormAlert state={linkState} />
        <PostForm noValidate>
          <input type="hidden" name="intent" value="add-link" />
          <TextField name="linkTitle" label={t("toolkit.materialTitle")} required state={linkState} />
          <TextField name="url" type="url" label={t("toolkit.materialUrl")} hint={t("toolkit.materialUrlHint")} required state={linkState} />
          <button type="submit" className="button">
            {t("toolkit.addLink")}
          </button>
        </PostForm>
      </section>
      <section aria-labelledby="add-file-heading" className="narrow">
        <h2 id="add-file-heading">{t("toolkit.addFile")}</h2>
        <FormAlert state={fileState} />
        <PostForm encType="multipart/form-data" noValidate>
          <input type="hidden" name="intent" value="add-file" />
          <TextField name="fileTitle" label={t("toolkit.materialTitle")} required state={fileState} />
          <FileField name="file" label={t("toolkit.materialFile")} hint={t("toolkit.materialFileHint")} accept={DESK_SOURCE_FILE_ACCEPT} required state={fileState} />
          <button type="submit" className="button">
            {t("toolkit.addFile")}
          </button>
        </PostForm>
      </section>
    </>
  );
}
