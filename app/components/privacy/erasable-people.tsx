// Erasing an account (decision 024), the programme admin's list: everyone of the programme,
// each with a link to the confirmation page.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";

type Person = { userId: string; name: string; email: string };

export function ErasablePeople({ lang, programmeSlug, people }: { lang: string; programmeSlug: string; people: Person[] }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t("personalData.eraseSectionIntro")}</p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("personalData.eraseSection")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("personalData.personName")}</th>
              <th scope="col">{t("personalData.personEmail")}</th>
              <th scope="col">{t("personalData.action")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.userId}>
                <th scope="row">{p.name}</th>
                <td>{p.email}</td>
                <td>
                  <Link to={`/${lang}/p/${programmeSlug}/members/erase?user=${encodeURIComponent(p.userId)}`} aria-label={t("personalData.eraseLinkOf", { name: p.name })}>
                    {t("personalData.eraseLinkShort")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
