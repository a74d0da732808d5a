// Which validated needs the Toolkit's modules address: pure, so the rule is tested on its own.

export type Link = { findingId: string; moduleId: string; title: string; position: number };
export type Covered<F> = F & { modules: { id: string; title: string }[] };

/**
 * Each finding with the modules that address it (in Toolkit order), split into those addressed
 * by at least one module and those none addresses. Links to findings not in the list (no longer
 * validated, or of another programme) are ignored.
 */
export function coverageOf<F extends { id: string }>(findings: F[], links: Link[]): { addressed: Covered<F>[]; unaddressed: Covered<F>[] } {
  const byFinding = new Map<string, Link[]>();
  for (const link of links) byFinding.set(link.findingId, [...(byFinding.get(link.findingId) ?? []), link]);
  const addressed: Covered<F>[] = [];
  const unaddressed: Covered<F>[] = [];
  for (const f of findings) {
    const modules = (byFinding.get(f.id) ?? [])
      .sort((a, b) => a.position - b.position || a.title.localeCompare(b.title))
      .map((l) => ({ id: l.moduleId, title: l.title }));
    (modules.length ? addressed : unaddressed).push({ ...f, modules });
  }
  return { addressed, unaddressed };
}
