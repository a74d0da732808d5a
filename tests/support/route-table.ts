// Reads the route table (app/routes.ts) the way React Router does and flattens it into one row
// per route file, with the full URL pattern of each (e.g. "/:lang/t/:territory/members").
// The route matrix test builds its requests from these rows, so a route added later is covered
// without editing the test.
import path from "node:path";
import { pathToFileURL } from "node:url";
import routeConfig from "../../app/routes";

/** One entry of the tree built with the @react-router/dev/routes helpers. */
export type RouteEntry = {
  id?: string;
  path?: string;
  file: string;
  index?: boolean;
  children?: RouteEntry[];
};

export type FlatRoute = {
  /** The route id as the build names it: the explicit id, else the file without its extension. */
  id: string;
  /** The route module, relative to app/ (the key of ROUTE_ACCESS). */
  file: string;
  /** The full URL pattern, from the root: "/", "/healthz", "/:lang/t/:territory/members". */
  pattern: string;
  /** Parameter names in the pattern, in order; the splat is "*". */
  params: string[];
  /** A layout route (it has children): requesting its URL also runs its index child. */
  layout: boolean;
};

function joinPath(parent: string, child: string | undefined): string {
  if (!child) return parent;
  return `${parent.replace(/\/+$/, "")}/${child.replace(/^\/+/, "")}`;
}

export function flattenRoutes(entries: readonly RouteEntry[] = routeConfig as readonly RouteEntry[], parent = ""): FlatRoute[] {
  const rows: FlatRoute[] = [];
  for (const entry of entries) {
    // An index route answers at its parent's URL, plus its own path if prefix() gave it one.
    const full = joinPath(parent, entry.path);
    const pattern = full === "" ? "/" : full.startsWith("/") ? full : `/${full}`;
    rows.push({
      id: entry.id ?? entry.file.replace(/\.[cm]?[jt]sx?$/, ""),
      file: entry.file,
      pattern,
      params: paramsOf(pattern),
      layout: Boolean(entry.children?.length),
    });
    if (entry.children?.length) rows.push(...flattenRoutes(entry.children, full));
  }
  return rows;
}

/** ":lang", ":territory?" and the splat "*", as names ("lang", "territory", "*"). */
export function paramsOf(pattern: string): string[] {
  return pattern
    .split("/")
    .filter((s) => s.startsWith(":") || s === "*")
    .map((s) => (s === "*" ? "*" : s.slice(1).replace(/\?$/, "")));
}

/** Puts a value for every parameter into the pattern. Values are URL-encoded. */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern
    .split("/")
    .map((segment) => {
      if (segment === "*") return values["*"];
      if (!segment.startsWith(":")) return segment;
      const name = segment.slice(1).replace(/\?$/, "");
      const value = values[name];
      if (value === undefined) throw new Error(`no value for URL parameter :${name} of ${pattern}`);
      return encodeURIComponent(value);
    })
    .join("/");
}

export type BuiltRoute = { id: string; parentId?: string; path?: string; index?: boolean; module: Record<string, unknown> };

/** The route modules of the built server (build/server/index.js), by route id: which export an action. */
export async function builtRouteModules(): Promise<Record<string, BuiltRoute>> {
  const file = pathToFileURL(path.resolve("build/server/index.js")).href;
  const build = (await import(/* @vite-ignore */ file)) as { routes: Record<string, BuiltRoute> };
  return build.routes;
}
