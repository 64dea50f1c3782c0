import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCount, readCommutingTable } from './commuting-csv.ts';
import { CommutingFileError } from './commuting-error.ts';

const HEADER =
  'op_obec_kod;op_obec;doj_obec_kod;doj_obec;dojizdka_prace;dojizdka_skola;dojizdka_celkova;poznamka';
const utf8 = (text: string) => new TextEncoder().encode(text);

/** CP1250 bytes of a text made of ASCII and the Czech letters used below. */
function cp1250(text: string): Uint8Array {
  const map: Record<string, number> = {
    á: 0xe1,
    é: 0xe9,
    í: 0xed,
    č: 0xe8,
    ř: 0xf8,
    ž: 0x9e,
    š: 0x9a,
    ý: 0xfd,
    Č: 0xc8,
    ú: 0xfa,
    ů: 0xf9,
  };
  return Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : map[ch]!)));
}

const rejection = (bytes: Uint8Array) => {
  try {
    readCommutingTable('dojizdka_obce.csv', bytes);
  } catch (err) {
    if (err instanceof CommutingFileError) return err;
    throw err;
  }
  throw new Error('expected the file to be rejected');
};

describe('ČSÚ commuting table reader', () => {
  it('reads a UTF-8 file with a BOM, `;`, grouped thousands and a decimal comma', () => {
    const text = `\uFEFF${HEADER}\n563510;Jablonec nad Nisou;563889;Liberec;3 412;1\u00a0012;4 424;x\n564028;Frýdlant;563889;Liberec;400;144;544,0;\n`;
    const t = readCommutingTable('f.csv', utf8(text));
    expect(t).toMatchObject({ encoding: 'utf-8', delimiter: ';' });
    expect(t.rows).toEqual([
      {
        line: 2,
        origin: '563510',
        originName: 'Jablonec nad Nisou',
        destination: '563889',
        destinationName: 'Liberec',
        work: 3412,
        school: 1012,
        total: 4424,
      },
      {
        line: 3,
        origin: '564028',
        originName: 'Frýdlant',
        destination: '563889',
        destinationName: 'Liberec',
        work: 400,
        school: 144,
        total: 544,
      },
    ]);
  });

  it('reads a CP1250 file and keeps the Czech names', () => {
    const t = readCommutingTable(
      'f.csv',
      cp1250(`${HEADER}\r\n561380;Česká Lípa;563889;Liberec;12;3;15;\r\n`),
    );
    expect(t.encoding).toBe('windows-1250');
    expect(t.rows[0]).toMatchObject({ originName: 'Česká Lípa', work: 12 });
  });

  it('reads `,`-separated files with quoted grouped numbers; empty and "-" counts are not given', () => {
    const text = `${HEADER.replaceAll(';', ',')}\n563510,"Jablonec nad Nisou",563889,Liberec,"3,412",-,,\n`;
    const t = readCommutingTable('f.csv', utf8(text));
    expect(t.delimiter).toBe(',');
    expect(t.rows[0]).toMatchObject({ work: 3412, school: undefined, total: undefined });
  });

  it('names a missing column', () => {
    const err = rejection(
      utf8(`op_obec_kod;op_obec;doj_obec_kod;doj_obec;dojizdka_prace;dojizdka_celkova\n`),
    );
    expect(err.issues).toEqual([
      {
        file: 'dojizdka_obce.csv',
        line: 1,
        field: 'dojizdka_skola',
        message: 'required column dojizdka_skola is missing',
      },
    ]);
  });

  it('names the line and field of a bad number, a negative count, a bad code and a repeated pair', () => {
    const lines = [
      HEADER,
      '563510;Jablonec nad Nisou;563889;Liberec;3412;1012;4424;',
      '564028;Frýdlant;563889;Liberec;400;144;544;',
      '561380;Česká Lípa;563889;Liberec;12;3;15;',
      '563871;Železný Brod;563889;Liberec;12x;3;15;',
      '577626;Turnov;563889;Liberec;-5;3;15;',
      '57762;Turnov;563510;Jablonec nad Nisou;5;3;8;',
      '564028;Frýdlant;563889;Liberec;1;1;2;',
    ];
    const err = rejection(utf8(lines.join('\n')));
    expect(err.issues.map((i) => [i.line, i.field])).toEqual([
      [5, 'dojizdka_prace'],
      [6, 'dojizdka_prace'],
      [7, 'op_obec_kod'],
      [8, 'doj_obec_kod'],
    ]);
    expect(err.message).toMatch(
      /^commuting table rejected, 4 errors: dojizdka_obce.csv:5 dojizdka_prace: "12x" is not a number/,
    );
    expect(err.issues[3]!.message).toBe('564028 → 563889 repeats line 3');
  });

  it('rejects an empty file and broken CSV', () => {
    expect(rejection(utf8('')).issues[0]!.message).toMatch(/empty/);
    expect(rejection(utf8(`${HEADER}\n563510;"Jablonec;563889;Liberec;1;1;2;\n`)).issues[0]!.message).toMatch(
      /not valid CSV/,
    );
  });
});

describe('count parsing', () => {
  it.each([
    ['1 234', true, 1234],
    ['1.234', true, 1234],
    ['1234,5', true, 1234.5],
    ['1.234,5', true, 1234.5],
    ['1,234', false, 1234],
    ['1234.5', false, 1234.5],
    ['0', false, 0],
    ['', true, undefined],
    ['-', true, undefined],
  ])('%j (decimal comma %s) → %s', (raw, comma, value) => expect(parseCount(raw, comma)).toEqual(value));

  it.each([['abc'], ['1,2,3'], ['-3'], ['1e5']])('%j is an error', (raw) =>
    expect(parseCount(raw, false)).toHaveProperty('error'),
  );

  it('detects the separator from the header', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\r\n1;2;3')).toBe(',');
  });
});
