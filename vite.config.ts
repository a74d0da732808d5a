import { reactRouter } from "@react-router/dev/vite";
import path from "node:path";
import { defineConfig, type Plugin } from "vite";

/**
 * The browser runs on Preact's compat layer, the server keeps rendering with React 19 (decision
 * 035). Vite's resolve.alias is shared by every environment, so this resolves the React modules
 * to Preact's for React Router's "client" environment only; the SSR build still imports React.
 */
const PREACT_FOR_REACT: Readonly<Record<string, string>> = {
  react: "preact/compat",
  "react-dom": "preact/compat",
  "react-dom/client": path.resolve(import.meta.dirname, "app/preact/react-dom-client.ts"),
  "react/jsx-runtime": "preact/compat/jsx-runtime",
  "react/jsx-dev-runtime": "preact/compat/jsx-dev-runtime",
  "react-dom/test-utils": "preact/test-utils",
};

function preactInTheBrowser(): Plugin {
  return {
    name: "eccipa:preact-in-the-browser",
    enforce: "pre",
    applyToEnvironment: (environment) => environment.name === "client",
    async resolveId(source, importer, options) {
      const target = PREACT_FOR_REACT[source];
      if (!target) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: mode === "test" ? [] : [preactInTheBrowser(), reactRouter()],
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  build: { target: "es2022" },
}));
