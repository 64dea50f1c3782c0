/**
 * One problem in a feed, located as a user would look for it: the file, the line in that file
 * (header = line 1; null for a problem with the file as a whole) and the column (null when none).
 */
export interface GtfsIssue {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
}

export const formatIssue = (i: GtfsIssue): string =>
  `${i.file}${i.line === null ? '' : `:${i.line}`}${i.field === null ? '' : ` ${i.field}`}: ${i.message}`;

/** How many issues a rejected feed's message lists before "… and N more". */
export const SUMMARY_ISSUES = 5;

/**
 * A feed was rejected and nothing was loaded. `issues` holds the first problems found (up to the
 * importer's limit); `total` counts all of them.
 */
export class GtfsFeedError extends Error {
  constructor(
    readonly issues: readonly GtfsIssue[],
    readonly total: number,
  ) {
    const shown = issues.slice(0, SUMMARY_ISSUES).map(formatIssue).join('; ');
    const more = total > SUMMARY_ISSUES ? ` … and ${total - SUMMARY_ISSUES} more` : '';
    super(`GTFS feed rejected, ${total} error${total === 1 ? '' : 's'}: ${shown}${more}`);
    this.name = 'GtfsFeedError';
  }
}

/** Collects issues, keeping the first `limit` and counting the rest, so a broken feed cannot fill memory. */
export class IssueList {
  readonly items: GtfsIssue[] = [];
  total = 0;

  constructor(private readonly limit: number) {}

  add(file: string, line: number | null, field: string | null, message: string): void {
    this.total++;
    if (this.items.length < this.limit) this.items.push({ file, line, field, message });
  }
}
