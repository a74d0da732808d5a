import { useTranslation } from "~/i18n/use-translation";
import { Notice } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { formatDate } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

/**
 * A secret calendar address: made (or made again, which stops the old one) and revoked here. Its
 * full URL is shown once, right after it is made: only its hash is stored.
 */
export function FeedSection({ lang, heading, intro, active, newUrl }: { lang: Language; heading: string; intro: string; active: { createdAt: Date | string } | null; newUrl: string | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading">{heading}</h2>
      <p>{intro}</p>
      {newUrl ? (
        <Notice>
          <p>{t("training.feed.created")}</p>
          <p>
            <code className="feed-url">{newUrl}</code>
          </p>
        </Notice>
      ) : null}
      <p>{active ? t("training.feed.activeSince", { date: formatDate(lang, active.createdAt, "medium") }) : t("training.feed.none")}</p>
      <PostForm>
        <input type="hidden" name="intent" value="feed-create" />
        <button type="submit" className="button button--secondary">
          {active ? t("training.feed.replace") : t("training.feed.create")}
        </button>
      </PostForm>
      {active ? (
        <PostForm>
          <input type="hidden" name="intent" value="feed-revoke" />
          <button type="submit" className="link-button">
            {t("training.feed.revoke")}
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}
