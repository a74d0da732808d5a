// The Open Badges 3.0 credential exactly as signed (a VC-JWT), to keep in a wallet or backpack.
import { certificateFileName } from "~/features/certificates/certificate-files.server";
import { fileResponse } from "~/http/downloads.server";
import type { Route } from "./+types/certificate-credential";
import { guardCertificateFile } from "./certificate-download.server";

export async function loader(args: Route.LoaderArgs) {
  const { lang, territory, found } = await guardCertificateFile(args);
  return fileResponse(found.signedCredential, { fileName: certificateFileName(lang, territory.name, found, "jwt"), contentType: "application/jwt" });
}
