// react-dom/client for the browser build, on Preact (decision 036; vite.config.ts resolves
// "react-dom/client" here in the client environment only). React Router's default entry calls
// hydrateRoot(document, <HydratedRouter />); two things differ from React there:
//
// - The root layout renders <html>. Preact renders a document's tree into document.documentElement
//   and would put a second <html> inside the first. Hydrating into a container whose one child is
//   the page's <html> lets the server's <html> be the one matched.
// - HydratedRouter's first render throws the promise that decodes the server's state; React
//   suspends the root on it, Preact has no root to suspend and lets it out of hydrate(), leaving
//   the server's markup untouched. Hydration starts again once the promise has settled (on an
//   error, the next render throws that error).
// - React 19 hoists into <head> what it finds anywhere (<title>, <link rel="modulepreload"> from
//   React Router's <Scripts>) and puts the head's own children after them. Preact matches existing
//   elements by tag name in order: it took a module preload for the stylesheet and removed the
//   stylesheet. The browser leaves the server's <head> as it came: Preact never renders into it
//   (its head is an element with constant inner HTML, which hydration and updates leave alone),
//   and what React hoists renders nothing where the server had nothing. The head's content does
//   not change between pages (one stylesheet, no route meta or links); PageTitle sets the title.
import { createRoot, hydrateRoot as preactHydrateRoot } from "preact/compat/client";
import { options, type ComponentChild, type VNode } from "preact";

// Hydration that finds other elements than it renders creates new ones and drops the server's,
// silently. Preact's hook for it (options.__m, named so in the exact version pinned; preact/debug
// uses it) reports it on the console, where the browser tests count every error as a failure.
type HydrationMismatchHook = (vnode: VNode, available: (Node | null)[]) => void;
const mismatchOptions = options as typeof options & { __m?: HydrationMismatchHook };
const nextMismatchHook = mismatchOptions.__m;
mismatchOptions.__m = (vnode, available) => {
  const found = available.map((node) => node && (node instanceof Element ? node.localName : node.nodeName)).filter(Boolean);
  console.error(`Hydration mismatch: rendered <${String(vnode.type)}>, the server's markup has ${found.join(", ") || "nothing"} here (${location.pathname})`);
  nextMismatchHook?.(vnode, available);
};

const SERVER_HEAD = { __html: "" };

/** What React 19 moves into <head> from anywhere in the page (outside <svg>): the server has nothing in its place. */
function hoistedByReact(type: unknown, props: Record<string, unknown>): boolean {
  if (props.itemProp != null) return false;
  if (type === "link") return props.rel !== "stylesheet" || props.precedence != null;
  return type === "meta";
}

const RenderedInHead = () => null;
const nextVNodeHook = options.vnode;
options.vnode = (vnode: VNode<Record<string, unknown>>) => {
  if (vnode.type === "head") vnode.props = { dangerouslySetInnerHTML: SERVER_HEAD, children: null };
  else if (hoistedByReact(vnode.type, vnode.props)) vnode.type = RenderedInHead;
  nextVNodeHook?.(vnode);
};

type Container = Parameters<typeof preactHydrateRoot>[0];

/** The document as Preact's container: its only child is <html>; nothing is ever inserted into it when the markup matches. */
function documentContainer(): Container {
  const html = document.documentElement;
  const container = {
    nodeType: 1,
    namespaceURI: null,
    ownerDocument: document,
    get firstChild() {
      return document.documentElement;
    },
    get childNodes() {
      return [document.documentElement];
    },
    insertBefore(node: Node, before: Node | null) {
      // Preact replaces <html> only if the layout renders another root element: never quietly.
      if (node !== html) throw new Error("Preact tried to insert a second root element into the document");
      return node;
    },
    appendChild(node: Node) {
      return container.insertBefore(node, null);
    },
    removeChild(node: Node) {
      return node;
    },
  };
  return container as unknown as Container;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

export function hydrateRoot(container: Container | Document, children: ComponentChild): ReturnType<typeof preactHydrateRoot> {
  const root = container === document ? documentContainer() : (container as Container);
  const attempt = () => {
    try {
      preactHydrateRoot(root, children);
    } catch (thrown) {
      if (!isThenable(thrown)) throw thrown;
      thrown.then(attempt, attempt);
    }
  };
  attempt();
  return createRoot(root);
}

export { createRoot };
export default { createRoot, hydrateRoot };
