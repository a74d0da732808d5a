// The draft report as a PDF, in the language asked for (?lang=); audited.
import type { Route } from "./+types/report-pdf";
import { downloadDraftReport } from "./report-download.server";

export const loader = (args: Route.LoaderArgs) => downloadDraftReport(args, "pdf");
