// The codebook as a tree, built from flat rows. Pure, so pages can build it in the browser too.

export type ThemeRow = { id: string; parentId: string | null; name: string; description: string; colour: string; position: number; codings: number };
/** A theme in tree order with its depth: what lists and selects need (no nested children). */
export type ThemeItem = ThemeRow & { depth: number };
export type ThemeNode = ThemeItem & { children: ThemeNode[] };

/** Rows (ordered by position) into a tree; a theme whose parent is missing becomes top level. */
export function buildThemeTree(rows: ThemeRow[]): ThemeNode[] {
  const nodes = new Map(rows.map((r) => [r.id, { ...r, depth: 0, children: [] as ThemeNode[] }]));
  const roots: ThemeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const setDepth = (list: ThemeNode[], depth: number) => list.forEach((n) => ((n.depth = depth), setDepth(n.children, depth + 1)));
  setDepth(roots, 0);
  return roots;
}

/** The tree in reading order (each theme followed by its sub-themes), without the nesting. */
export function flattenTree(roots: ThemeNode[]): ThemeItem[] {
  return roots.flatMap(({ children, ...item }) => [item, ...flattenTree(children)]);
}

