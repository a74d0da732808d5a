import { reactRouter } from "@react-router/dev/vite";
import path from "node:path";
import { defineConfig, type Plugin } from "vite";

/**
 * The browser build runs on Preact's compat layer, the server keeps rendering with React 19
 * (decision 036). Vite's resolve.alias is shared by every environment, so a plugin resolves the
 * React modules to Preact's in React Router's "client" environment only; the SSR build still
 * imports React. `npm run dev` keeps React in the browser too (React Router's hot refresh is
 * React's; under Preact an edit shows only after a reload); ECCIPA_PREACT_DEV=1 runs it on Preact.
 */
const PREACT_FOR_REACT: Readonly<Record<string, string>> = {
  react: "preact/compat",
  "react-dom": "preact/compat",
  "react-dom/client": path.resolve(import.meta.dirname, "app/preact/react-dom-client.ts"),
  "react/jsx-runtime": "preact/compat/jsx-runtime",
  "react/jsx-dev-runtime": "preact/compat/jsx-dev-runtime",
  "react-dom/test-utils": "preact/test-utils",
};

const PREACT_IN_DEV = process.env.ECCIPA_PREACT_DEV === "1";

function preactInTheBrowser(): Plugin {
  return {
    name: "eccipa:preact-in-the-browser",
    enforce: "pre",
    applyToEnvironment: (environment) => environment.name === "client" && (environment.config.command === "build" || PREACT_IN_DEV),
    async resolveId(source, importer, options) {
      const target = PREACT_FOR_REACT[source];
      if (!target) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}

/** The same for the dependencies `vite dev` pre-bundles for the browser (react-router), with ECCIPA_PREACT_DEV=1. */
const preactInPrebundledDeps = {
  name: "eccipa:preact-in-prebundled-deps",
  resolveId(source: string, importer: string | undefined) {
    const target = PREACT_FOR_REACT[source];
    if (!target) return null;
    // @ts-expect-error rolldown's plugin context
    return this.resolve(target, importer, { skipSelf: true });
  },
};

export default defineConfig(({ mode }) => ({
  plugins: mode === "test" ? [] : [preactInTheBrowser(), reactRouter()],
  ...(PREACT_IN_DEV && { environments: { client: { optimizeDeps: { rolldownOptions: { plugins: [preactInPrebundledDeps] } } } } }),
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  build: { target: "es2022" },
}));
