// Reads and validates the ČSÚ census commuting table between municipalities (dojizdka_obce.csv). Pure:
// bytes in, validated rows or a CommutingFileError out. Accepts UTF-8 (with or without BOM) and CP1250
// (what Excel in a Czech locale writes), `;` or `,` as the separator, and counts written as "1 234",
// "1234", "1.234" / "1234,0" (with `;`, the Czech convention: decimal comma) or "1,234" / "1234.0" (with `,`).
import { parse } from 'csv-parse/sync';
import { CommutingFileError, IssueList } from './commuting-error.ts';

export const REQUIRED_COLUMNS = [
  'op_obec_kod',
  'op_obec',
  'doj_obec_kod',
  'doj_obec',
  'dojizdka_prace',
  'dojizdka_skola',
  'dojizdka_celkova',
] as const;

/** One validated row: origin (place of residence) → destination; a count left empty is undefined. */
export interface CommutingRow {
  line: number;
  origin: string;
  originName: string;
  destination: string;
  destinationName: string;
  work: number | undefined;
  school: number | undefined;
  total: number | undefined;
}

export interface CommutingTable {
  encoding: 'utf-8' | 'windows-1250';
  delimiter: ';' | ',';
  rows: CommutingRow[];
}

/** UTF-8 when the bytes are valid UTF-8, otherwise CP1250 (every byte sequence is valid CP1250). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CommutingTable['encoding'] } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1250').decode(bytes), encoding: 'windows-1250' };
  }
}

/** The separator of the header line: the more frequent of `;` and `,`. */
export function detectDelimiter(text: string): ';' | ',' {
  const header = text.slice(0, text.search(/\r|\n/) === -1 ? text.length : text.search(/\r|\n/));
  const count = (c: string) => header.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

/**
 * A count as ČSÚ or a spreadsheet writes it: spaces (also no-break) group thousands; with `;` files the
 * decimal mark is a comma and a dot groups thousands, with `,` files the reverse. Empty or "-" (ČSÚ's
 * "no case") is undefined; anything else that is not a number ≥ 0 is an error message.
 */
export function parseCount(raw: string, decimalComma: boolean): number | undefined | { error: string } {
  const text = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '' || text === '-') return undefined;
  const [group, decimal] = decimalComma ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  const plain = grouped.test(text) ? text.split(group).join('') : text;
  const normal = plain.replace(decimal, '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return { error: `${JSON.stringify(raw)} is not a number` };
  const value = Number(normal);
  if (value < 0) return { error: `${JSON.stringify(raw)} is negative; counts are ≥ 0` };
  return value;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

const CODE = /^\d{6}$/;

/** Parses and validates the whole file; throws CommutingFileError listing bad rows with line numbers. */
export function readCommutingTable(file: string, bytes: Uint8Array, maxIssues = 50): CommutingTable {
  const issues = new IssueList(file, maxIssues);
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as ParsedRecord[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    issues.add(e.lines ?? null, null, `not valid CSV: ${e.message}`);
    throw new CommutingFileError(issues);
  }
  const [header, ...data] = records;
  if (!header) {
    issues.add(null, null, 'file is empty (no header line)');
    throw new CommutingFileError(issues);
  }
  const columns = new Map(header.record.map((name, i) => [name.trim().toLowerCase(), i]));
  for (const name of REQUIRED_COLUMNS)
    if (!columns.has(name)) issues.add(1, name, `required column ${name} is missing`);
  if (issues.total > 0) throw new CommutingFileError(issues);

  const rows: CommutingRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of data) {
    const line = info.lines - record.reduce((n, v) => n + (v.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    if (record.every((v) => v.trim() === '')) continue;
    const errorsBefore = issues.total;
    const value = (name: (typeof REQUIRED_COLUMNS)[number]) => (record[columns.get(name)!] ?? '').trim();
    const code = (name: 'op_obec_kod' | 'doj_obec_kod') => {
      const v = value(name);
      if (!CODE.test(v)) issues.add(line, name, `${JSON.stringify(v)} is not a 6-digit municipality code`);
      return v;
    };
    const count = (name: 'dojizdka_prace' | 'dojizdka_skola' | 'dojizdka_celkova') => {
      const parsed = parseCount(value(name), delimiter === ';');
      if (typeof parsed === 'object') {
        issues.add(line, name, parsed.error);
        return undefined;
      }
      return parsed;
    };
    const row: CommutingRow = {
      line,
      origin: code('op_obec_kod'),
      originName: value('op_obec'),
      destination: code('doj_obec_kod'),
      destinationName: value('doj_obec'),
      work: count('dojizdka_prace'),
      school: count('dojizdka_skola'),
      total: count('dojizdka_celkova'),
    };
    if (issues.total > errorsBefore) continue;
    const key = `${row.origin}>${row.destination}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.add(line, 'doj_obec_kod', `${row.origin} → ${row.destination} repeats line ${first}`);
      continue;
    }
    seen.set(key, line);
    rows.push(row);
  }
  if (issues.total > 0) throw new CommutingFileError(issues);
  return { encoding, delimiter, rows };
}
