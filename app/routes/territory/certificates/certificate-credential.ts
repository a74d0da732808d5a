// The Open Badges 3.0 credential exactly as signed (a VC-JWT), to keep in a wallet or backpack.
import { certificateLanguage, certificateFileName } from "~/features/certificates/certificate-files.server";
import { territoryNameIn } from "~/features/territories/territory-name";
import { fileResponse } from "~/http/downloads.server";
import type { Route } from "./+types/certificate-credential";
import { guardCertificateFile } from "./certificate-download.server";

export async function loader(args: Route.LoaderArgs) {
  const { lang: pageLang, territory, found } = await guardCertificateFile(args);
  // The files speak the credential's language, not the page's (decision 027).
  const lang = certificateLanguage(found, pageLang);
  return fileResponse(found.signedCredential, { fileName: certificateFileName(lang, territoryNameIn(territory, lang).text, found, "jwt"), contentType: "application/jwt" });
}
