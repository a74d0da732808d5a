// The order in which Vitest hands out test files. A run is as long as its last file: if a file that
// sends thousands of requests starts last, one core works alone at the end. Files that say
// `// @heavy` in their first lines go first, then the rest, larger files first; the two databases'
// copies of a file sit side by side, so the workers share the heavy ones.
import { readFileSync, statSync } from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";

function isHeavy(file: string): boolean {
  return /^\/\/ @heavy\b/m.test(readFileSync(file, "utf8").slice(0, 2_000));
}

export default class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const weight = new Map<string, number>();
    for (const { moduleId } of files) {
      if (!weight.has(moduleId)) weight.set(moduleId, (isHeavy(moduleId) ? 1e12 : 0) + statSync(moduleId).size);
    }
    return [...files].sort((a, b) => weight.get(b.moduleId)! - weight.get(a.moduleId)! || a.project.name.localeCompare(b.project.name));
  }
}
