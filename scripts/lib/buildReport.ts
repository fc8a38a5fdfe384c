/**
 * The data build's notices, kept out of the terminal: steps and expected notices (adcodes coded by
 * name, polygons dropped, open poverty slots …) go to a report file; warnings also print, so
 * `npm start` shows one summary line unless something is wrong.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

export class BuildReport {
  private readonly lines: string[] = [];
  private readonly t0 = Date.now();
  notices = 0;
  warnings = 0;

  /** Constructor. `print` receives the lines shown in the terminal (console.warn by default). */
  constructor(private readonly print: (line: string) => void = (l) => console.warn(l)) {}

  private stamp(): string {
    return `${((Date.now() - this.t0) / 1000).toFixed(1)}s`;
  }

  /** A finished build step (with the seconds since the build started); file only. */
  step(text: string): void {
    this.lines.push(`${this.stamp()} ${text}`);
  }

  /** An expected notice about the inputs; file only. */
  note(text: string): void {
    this.notices++;
    this.lines.push(`  ${text}`);
  }

  /** Something likely wrong that did not stop the build: printed and filed. */
  warn(text: string): void {
    this.warnings++;
    this.lines.push(`  WARNING ${text}`);
    this.print(`[data] warning: ${text}`);
  }

  /** The report's text: a header line, then every step, notice and warning in order. */
  text(header: string): string {
    return [header, ...this.lines, ''].join('\n');
  }

  /** Writes the report to `path` (folders created) and returns the one-line summary to print. */
  write(path: string, root: string, summary: string): string {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, this.text(`data build ${new Date().toISOString()}: ${summary}`));
    const w = this.warnings ? `, ${this.warnings} warning${this.warnings > 1 ? 's' : ''}` : '';
    return `[data] ${summary} in ${this.stamp()}${w}; ${this.notices} notices in ${relative(root, path)}`;
  }
}
