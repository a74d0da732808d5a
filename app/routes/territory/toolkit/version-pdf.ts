// A version of the territory's Toolkit as a tagged PDF, published or not.
import type { Route } from "./+types/version-pdf";
import { downloadVersion } from "./version-download.server";

export const loader = (args: Route.LoaderArgs) => downloadVersion(args, "pdf");
