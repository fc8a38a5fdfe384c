/** The one error the import domain throws internally: a refusal carrying its user-facing issue. */
import type { ImportIssue, ImportIssueCode } from './types';

/**
 * A file (or option set) that cannot be imported. `issue` is the bilingual message shown to the
 * user (severity 'error'); `columns`/`sheets` let the UI ask which CSV/XLSX columns or sheet to read.
 */
export class ImportError extends Error {
  readonly code: ImportIssueCode;
  readonly issue: ImportIssue;
  /** CSV/XLSX headers, when the user must choose the lon/lat columns */
  readonly columns?: string[];
  /** XLSX sheet names */
  readonly sheets?: string[];
  constructor(issue: ImportIssue, extra: { columns?: string[]; sheets?: string[] } = {}) {
    super(issue.message.en);
    this.name = 'ImportError';
    this.code = issue.code;
    this.issue = issue;
    if (extra.columns) this.columns = extra.columns;
    if (extra.sheets) this.sheets = extra.sheets;
  }
}
