// The versions of a Toolkit, newest first: when each was frozen, its note, whether it is
// published, its downloads, and the buttons a role may use (publish; make the territory's own
// Toolkit from a published version). Every button is a form: it works without JavaScript.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { Pagination } from "~/components/ui/pagination";
import { PostForm } from "~/components/ui/post-form";
import { formatDate } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

export type VersionRow = { id: string; number: number; note: string; createdAt: string; publishedAt: string | null };

type Props = {
  lang: Language;
  /** /:lang/t/:territory/toolkit/versions */
  base: string;
  versions: VersionRow[];
  page: number;
  pageSize: number;
  total: number;
  canPublish: boolean;
  canCopy: boolean;
};

function Actions({ lang, base, version, canPublish, canCopy }: { lang: Language; base: string; version: VersionRow; canPublish: boolean; canCopy: boolean }) {
  const { t } = useTranslation();
  const number = version.number;
  return (
    <>
      <ul className="action-links">
        <li>
          <a href={`${base}/${version.id}/docx`} download>
            {t("toolkitVersions.downloadDocx", { number })}
          </a>
        </li>
        <li>
          <a href={`${base}/${version.id}/pdf`} download>
            {t("toolkitVersions.downloadPdf", { number })}
          </a>
        </li>
        {version.publishedAt ? (
          <li>
            <Link to={`/${lang}/toolkits/${version.id}`}>{t("toolkitVersions.publicPage", { number })}</Link>
          </li>
        ) : null}
      </ul>
      {canPublish && !version.publishedAt ? (
        <PostForm>
          <input type="hidden" name="intent" value="publish" />
          <input type="hidden" name="versionId" value={version.id} />
          <button type="submit" className="button button--secondary">
            {t("toolkitVersions.publish", { number })}
          </button>
        </PostForm>
      ) : null}
      {canCopy && version.publishedAt ? (
        <PostForm>
          <input type="hidden" name="intent" value="copy" />
          <input type="hidden" name="versionId" value={version.id} />
          <button type="submit" className="button button--secondary">
            {t("toolkitVersions.copy", { number })}
          </button>
        </PostForm>
      ) : null}
    </>
  );
}

export function VersionsTable({ lang, base, versions, page, pageSize, total, canPublish, canCopy }: Props) {
  const { t } = useTranslation();
  if (!versions.length) return <p>{t("toolkitVersions.noVersions")}</p>;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("toolkitVersions.listHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("toolkitVersions.version")}</th>
              <th scope="col">{t("toolkitVersions.frozenOn")}</th>
              <th scope="col">{t("toolkitVersions.note")}</th>
              <th scope="col">{t("toolkitVersions.status")}</th>
              <th scope="col">{t("toolkitVersions.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <th scope="row">{t("toolkitVersions.versionNumber", { number: v.number })}</th>
                <td>
                  <time dateTime={v.createdAt}>{formatDate(lang, v.createdAt)}</time>
                </td>
                <td>{v.note || <span className="muted">{t("toolkitVersions.noNote")}</span>}</td>
                <td>{v.publishedAt ? t("toolkitVersions.publishedOn", { date: formatDate(lang, v.publishedAt) }) : t("toolkitVersions.notPublished")}</td>
                <td>
                  <Actions lang={lang} base={base} version={v} canPublish={canPublish} canCopy={canCopy} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={pageSize} total={total} />
    </>
  );
}
