// The certificate as a PDF, in the page's language, with its verification URL and QR code.
import { getDb } from "~/db/client.server";
import { certificateFileName, certificatePdf } from "~/features/certificates/certificate-files.server";
import { fileResponse } from "~/http/downloads.server";
import type { Route } from "./+types/certificate-pdf";
import { guardCertificateFile } from "./certificate-download.server";

export async function loader(args: Route.LoaderArgs) {
  const { lang, territory, found } = await guardCertificateFile(args);
  const bytes = await certificatePdf(getDb(), { territory, found, lang });
  return fileResponse(bytes, { fileName: certificateFileName(lang, territory.name, found, "pdf"), contentType: "application/pdf" });
}
