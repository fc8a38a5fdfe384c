/**
 * Collects what an import noticed. Repeated events (a bad coordinate, an unclosed ring) are
 * tallied and rendered once, at the end, naming the first place and the final kept count.
 */
import type { ImportFix, ImportIssue, ImportOffer } from './types';
import { offer, renderTally, type Site, type Tally, type TallyKey } from './messages';
import type { Unit } from './layer';

export class IssueLog {
  private readonly tallies = new Map<TallyKey, Tally>();
  /** issues in the order they were raised; a tally holds its place by its key */
  private readonly order: (ImportIssue | TallyKey)[] = [];
  private readonly offered = new Map<ImportFix, ImportOffer>();

  /** Adds a finished issue. */
  add(issue: ImportIssue): void {
    this.order.push(issue);
  }

  /**
   * Counts one event of `key` (`n` of them); the first `site` is kept for the message. Pass a
   * function to build the site only when it is the first (paths are costly on big files).
   */
  tally(key: TallyKey, site: Site | (() => Site), opts: { dropped?: boolean; n?: number; extra?: number } = {}): void {
    let t = this.tallies.get(key);
    if (!t) {
      t = { count: 0, dropped: 0, extra: 0, first: typeof site === 'function' ? site() : site };
      this.tallies.set(key, t);
      this.order.push(key);
    }
    t.count += opts.n ?? 1;
    t.extra += opts.extra ?? 0;
    if (opts.dropped) t.dropped++;
  }

  /** Removes a tally (when a single issue says it better). */
  forget(key: TallyKey): void {
    if (!this.tallies.delete(key)) return;
    this.order.splice(this.order.indexOf(key), 1);
  }

  offer(fix: ImportFix): void {
    if (!this.offered.has(fix)) this.offered.set(fix, offer(fix));
  }

  get hasError(): boolean {
    return this.order.some((i) => typeof i !== 'string' && i.severity === 'error');
  }

  /** The issues, tallies rendered with the number of features finally kept out of `total`. */
  issues(unit: Unit, kept: number, total: number): ImportIssue[] {
    return this.order.map((i) => (typeof i === 'string' ? renderTally(i, this.tallies.get(i)!, unit, kept, total) : i));
  }

  offers(): ImportOffer[] {
    return [...this.offered.values()];
  }
}
