import { parse } from 'csv-parse/sync';
import type { IssueList } from './gtfs-error.ts';
import type { Parsed } from './gtfs-fields.ts';

/** One data record and the line of the file it starts on (header = line 1). */
export interface CsvRow {
  line: number;
  values: string[];
}

export interface CsvTable {
  file: string;
  /** Column name -> index; names trimmed, as some feeds pad them. */
  columns: Map<string, number>;
  rows: CsvRow[];
}

interface Record {
  record: string[];
  info: { lines: number };
}

const newlines = (values: readonly string[]) =>
  values.reduce((n, v) => n + (v.match(/\r\n|\n|\r/g)?.length ?? 0), 0);

/**
 * Parses one GTFS file (RFC 4180 CSV, UTF-8, optional BOM, any line ending). A syntax error (an
 * unclosed quote, say) becomes one issue with its line, and null; a record whose field count
 * differs from the header's becomes an issue and is left out.
 */
export function parseCsvTable(file: string, text: string, issues: IssueList): CsvTable | null {
  let records: Record[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Mixed line endings occur in hand-edited feeds; without the list csv-parse fixes on the first one.
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as Record[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    issues.add(file, e.lines ?? null, null, `not valid CSV: ${e.message}`);
    return null;
  }
  const [header, ...data] = records;
  if (!header) {
    issues.add(file, null, null, 'file is empty (no header line)');
    return null;
  }
  const columns = new Map(header.record.map((name, i) => [name.trim(), i]));
  const rows: CsvRow[] = [];
  for (const { record, info } of data) {
    // csv-parse reports the line a record ends on; a quoted field may span several lines.
    const line = info.lines - newlines(record);
    if (record.length !== header.record.length) {
      issues.add(file, line, null, `${record.length} fields, the header has ${header.record.length}`);
      continue;
    }
    rows.push({ line, values: record });
  }
  return { file, columns, rows };
}

/** Reads the fields of one row, recording problems against the row's file, line and column. */
export interface RowFields {
  /** The trimmed value, or undefined when the column is absent or the value empty. */
  opt(field: string): string | undefined;
  /** As opt, but an empty value is an issue (an absent column was already reported for the file). */
  req(field: string): string | undefined;
  /** Parses a value when present; a bad value (or a missing required one) is an issue. */
  parse<T>(field: string, parser: (text: string) => Parsed<T>, required?: boolean): T | undefined;
  fail(field: string | null, message: string): void;
}

export function rowFields(table: CsvTable, issues: IssueList, row: CsvRow): RowFields {
  const fail = (field: string | null, message: string) => issues.add(table.file, row.line, field, message);
  const opt = (field: string) => {
    const i = table.columns.get(field);
    const v = i === undefined ? '' : (row.values[i] ?? '').trim();
    return v === '' ? undefined : v;
  };
  const req = (field: string) => {
    const v = opt(field);
    if (v === undefined && table.columns.has(field)) fail(field, 'required value is empty');
    return v;
  };
  return {
    opt,
    req,
    fail,
    parse(field, parser, required = false) {
      const text = required ? req(field) : opt(field);
      if (text === undefined) return undefined;
      const parsed = parser(text);
      if ('problem' in parsed) {
        fail(field, parsed.problem);
        return undefined;
      }
      return parsed.value;
    },
  };
}
