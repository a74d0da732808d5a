// A published report as a PDF.
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/report-pdf";
import { downloadPublishedReport } from "./report-file.server";

export const loader = (args: Route.LoaderArgs) => downloadPublishedReport(getRequestState(args).lang, args.params.publicationId, "pdf");
