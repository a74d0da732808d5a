// A published Toolkit version as a Word document.
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/toolkit-docx";
import { downloadPublishedToolkit } from "./toolkit-file.server";

export const loader = (args: Route.LoaderArgs) => downloadPublishedToolkit(getRequestState(args).lang, args.params.versionId, "docx");
