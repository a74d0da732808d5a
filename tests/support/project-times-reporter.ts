// Prints, at the end of a run, what each project cost: its files, the time spent in them, and its
// slowest files. npm test runs the integration tests on both databases in one run (they share
// the cores), so the run's wall time alone would not say what each database's leg costs.
import type { Reporter, TestModule } from "vitest/node";

export default class ProjectTimesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const byProject = new Map<string, { file: string; ms: number }[]>();
    for (const module of modules) {
      const list = byProject.get(module.project.name) ?? [];
      list.push({ file: module.moduleId.replace(`${process.cwd()}/`, ""), ms: module.diagnostic().duration });
      byProject.set(module.project.name, list);
    }
    const lines = ["", "Time in files per project (files run side by side, so these add up to more than the wall time):"];
    for (const [project, files] of byProject) {
      files.sort((a, b) => b.ms - a.ms);
      const total = files.reduce((sum, f) => sum + f.ms, 0);
      const slowest = files.slice(0, 3).map((f) => `${f.file} ${Math.round(f.ms / 1000)} s`).join(", ");
      lines.push(`- ${project}: ${files.length} files, ${Math.round(total / 1000)} s; slowest: ${slowest}`);
    }
    console.log(lines.join("\n"));
  }
}
