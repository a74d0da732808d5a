// A version of the territory's Toolkit as a Word document, published or not.
import type { Route } from "./+types/version-docx";
import { downloadVersion } from "./version-download.server";

export const loader = (args: Route.LoaderArgs) => downloadVersion(args, "docx");
