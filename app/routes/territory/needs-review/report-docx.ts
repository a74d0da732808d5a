// The draft report as a Word document, in the language asked for (?lang=); audited.
import type { Route } from "./+types/report-docx";
import { downloadDraftReport } from "./report-download.server";

export const loader = (args: Route.LoaderArgs) => downloadDraftReport(args, "docx");
