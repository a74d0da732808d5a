// Deleting in two steps, without JavaScript: the first POST (intent=delete) only asks, the
// second (with confirm=yes) deletes. The same pattern as the withdrawal of a consent.
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { PostForm } from "~/components/ui/post-form";

/** The start of a deletion, below the edit form: what it means and a button that asks first. */
export function DeleteSection({ heading, body, button }: { heading: string; body: string; button: string }) {
  return (
    <section aria-labelledby="delete-heading" className="narrow">
      <h2 id="delete-heading">{heading}</h2>
      <p>{body}</p>
      <PostForm>
        <input type="hidden" name="intent" value="delete" />
        <button type="submit" className="button button--secondary">
          {button}
        </button>
      </PostForm>
    </section>
  );
}

/** The second step: says what goes, and asks once more. */
export function DeleteConfirmation({ title, confirm, cancelHref, children }: { title: string; confirm: string; cancelHref: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="confirm-box" aria-labelledby="confirm-delete-heading" role="alert">
      <h2 id="confirm-delete-heading">{title}</h2>
      {children}
      <PostForm>
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="button">
          {confirm}
        </button>{" "}
        <Link to={cancelHref}>{t("needsReview.cancel")}</Link>
      </PostForm>
    </section>
  );
}
