/** One problem in a commuting table: the line (header = line 1; null for the file as a whole) and column. */
export interface CommutingIssue {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
}

export const formatCommutingIssue = (i: CommutingIssue): string =>
  `${i.file}${i.line === null ? '' : `:${i.line}`}${i.field === null ? '' : ` ${i.field}`}: ${i.message}`;

/** Collects issues of one file, keeping the first `limit` and counting the rest. */
export class IssueList {
  readonly items: CommutingIssue[] = [];
  total = 0;

  constructor(
    readonly file: string,
    private readonly limit: number,
  ) {}

  add(line: number | null, field: string | null, message: string): void {
    this.total++;
    if (this.items.length < this.limit) this.items.push({ file: this.file, line, field, message });
  }
}

/** How many issues the message lists before "… and N more". */
const SHOWN = 5;

/** A commuting table was rejected and nothing was loaded. */
export class CommutingFileError extends Error {
  readonly issues: readonly CommutingIssue[];
  readonly total: number;

  constructor(list: IssueList) {
    const shown = list.items.slice(0, SHOWN).map(formatCommutingIssue).join('; ');
    const more = list.total > SHOWN ? ` … and ${list.total - SHOWN} more` : '';
    super(`commuting table rejected, ${list.total} error${list.total === 1 ? '' : 's'}: ${shown}${more}`);
    this.name = 'CommutingFileError';
    this.issues = list.items;
    this.total = list.total;
  }
}
