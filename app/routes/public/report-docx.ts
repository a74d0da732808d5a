// A published report as a Word document.
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/report-docx";
import { downloadPublishedReport } from "./report-file.server";

export const loader = (args: Route.LoaderArgs) => downloadPublishedReport(getRequestState(args).lang, args.params.publicationId, "docx");
