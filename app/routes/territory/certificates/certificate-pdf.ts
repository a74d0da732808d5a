// The certificate as a PDF, in its credential's language, with its verification URL and QR code.
import { getDb } from "~/db/client.server";
import { certificateLanguage, certificateFileName, certificatePdf } from "~/features/certificates/certificate-files.server";
import { territoryNameIn } from "~/features/territories/territory-name";
import { fileResponse } from "~/http/downloads.server";
import type { Route } from "./+types/certificate-pdf";
import { guardCertificateFile } from "./certificate-download.server";

export async function loader(args: Route.LoaderArgs) {
  const { lang: pageLang, territory, found } = await guardCertificateFile(args);
  // The files speak the credential's language, not the page's (decision 027).
  const lang = certificateLanguage(found, pageLang);
  const bytes = await certificatePdf(getDb(), { territory, found, lang });
  return fileResponse(bytes, { fileName: certificateFileName(lang, territoryNameIn(territory, lang).text, found, "pdf"), contentType: "application/pdf" });
}
