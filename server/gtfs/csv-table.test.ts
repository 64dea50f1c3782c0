import { describe, expect, it } from 'vitest';
import { parseCsvTable, rowFields } from './csv-table.ts';
import { IssueList } from './gtfs-error.ts';
import { parseGtfsTime } from './gtfs-fields.ts';

describe('parseCsvTable', () => {
  it('drops a BOM, trims header names and numbers lines as in the file (header = 1)', () => {
    const issues = new IssueList(10);
    const table = parseCsvTable(
      'stops.txt',
      '\uFEFFstop_id, stop_name\r\nS1,Park\r\n\r\nS2,Depot\r\n',
      issues,
    );
    expect(issues.total).toBe(0);
    expect([...table!.columns.keys()]).toEqual(['stop_id', 'stop_name']);
    expect(table!.rows).toEqual([
      { line: 2, values: ['S1', 'Park'] },
      { line: 4, values: ['S2', 'Depot'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and mixed line endings', () => {
    const issues = new IssueList(10);
    const text = 'a,b\n"x, y","say ""hi"""\r\n"two\nlines",z\n3,4';
    const table = parseCsvTable('t.txt', text, issues);
    expect(issues.total).toBe(0);
    expect(table!.rows).toEqual([
      { line: 2, values: ['x, y', 'say "hi"'] },
      { line: 3, values: ['two\nlines', 'z'] },
      { line: 5, values: ['3', '4'] },
    ]);
  });

  it('reports a record with the wrong number of fields by its line and leaves it out', () => {
    const issues = new IssueList(10);
    const table = parseCsvTable('t.txt', 'a,b\n1,2\n1,2,3\n', issues);
    expect(table!.rows).toHaveLength(1);
    expect(issues.items).toEqual([
      { file: 't.txt', line: 3, field: null, message: '3 fields, the header has 2' },
    ]);
  });

  it('turns a CSV syntax error into one issue with its line', () => {
    const issues = new IssueList(10);
    expect(parseCsvTable('t.txt', 'a,b\n1,2\n1,"x"y\n', issues)).toBeNull();
    expect(issues.items[0]).toMatchObject({ file: 't.txt', line: 3, field: null });
    expect(issues.items[0]!.message).toMatch(/^not valid CSV: Invalid Closing Quote/);
  });

  it('reports an empty file', () => {
    const issues = new IssueList(10);
    expect(parseCsvTable('t.txt', '', issues)).toBeNull();
    expect(issues.items[0]!.message).toBe('file is empty (no header line)');
  });
});

describe('rowFields', () => {
  it('records empty required values and bad values against file, line and column', () => {
    const issues = new IssueList(10);
    const table = parseCsvTable('stop_times.txt', 'trip_id,arrival_time,stop_id\nT1,25:61:00,\n', issues)!;
    const f = rowFields(table, issues, table.rows[0]!);
    expect(f.req('trip_id')).toBe('T1');
    expect(f.req('stop_id')).toBeUndefined();
    expect(f.parse('arrival_time', parseGtfsTime)).toBeUndefined();
    // An absent optional column is no problem.
    expect(f.opt('pickup_type')).toBeUndefined();
    expect(issues.items).toEqual([
      { file: 'stop_times.txt', line: 2, field: 'stop_id', message: 'required value is empty' },
      {
        file: 'stop_times.txt',
        line: 2,
        field: 'arrival_time',
        message: '"25:61:00": minutes 61 out of range 00–59',
      },
    ]);
  });

  it('keeps the first issues and counts all', () => {
    const issues = new IssueList(2);
    for (let i = 0; i < 5; i++) issues.add('f.txt', i + 2, 'x', 'bad');
    expect(issues.items).toHaveLength(2);
    expect(issues.total).toBe(5);
  });
});
