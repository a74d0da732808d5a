import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import type { RoundTableStatus } from "~/db/enums";

/** The one step the round table may take next: start the prioritisation, then close it. */
export function StatusForm({ status, next, state }: { status: RoundTableStatus; next: Exclude<RoundTableStatus, "planned"> | null; state: FormState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{t("coDesign.statusHeading")}</h2>
      <p>{t(`coDesign.statusExplained.${status}`)}</p>
      <FormAlert state={state} />
      {next ? (
        <PostForm>
          <input type="hidden" name="intent" value="status" />
          <input type="hidden" name="status" value={next} />
          <button type="submit" className="button">
            {t(`coDesign.moveTo.${next}`)}
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}
