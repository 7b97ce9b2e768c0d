import { csvToEvents, parseCsvRecords } from './csv';

describe('parseCsvRecords', () => {
  it('handles quotes, escaped quotes, commas and line breaks inside quotes', () => {
    const text =
      '\uFEFFa,b,c\r\n1,"two, three","say ""hi"""\n"multi\nline",,x\n\n';
    expect(parseCsvRecords(text)).toEqual({
      records: [
        ['a', 'b', 'c'],
        ['1', 'two, three', 'say "hi"'],
        ['multi\nline', '', 'x'],
      ],
      lines: [1, 2, 3],
    });
  });

  it('reports malformed quoting with its line', () => {
    expect(parseCsvRecords('a,b\n"open,1\n').error).toEqual({
      line: 2,
      message: 'unterminated quoted field',
    });
    expect(parseCsvRecords('a,b\nx"y,1\n').error).toEqual({
      line: 2,
      message: 'unexpected quote inside a field',
    });
  });
});

describe('csvToEvents', () => {
  const header =
    'id,partnerId,type,occurredAt,businessModel,customerId,quantity,amount,attributes';

  it('turns rows into raw events with typed cells', () => {
    const result = csvToEvents(
      `${header}\n` +
        'e1,p1,deal_won,2026-01-02T00:00:00Z,solution-services,acme,,1200.50,\n' +
        'e2,p1,certification_earned,2026-01-03,,,3,,"{""certification"":""x""}"\n' +
        'e3,p1,deal_won,2026-01-04,,,,many,\n',
    );
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([2, 3, 4]);
    expect(result.events).toEqual([
      {
        id: 'e1',
        partnerId: 'p1',
        type: 'deal_won',
        occurredAt: '2026-01-02T00:00:00Z',
        businessModel: 'solution-services',
        customerId: 'acme',
        amount: 1200.5,
      },
      {
        id: 'e2',
        partnerId: 'p1',
        type: 'certification_earned',
        occurredAt: '2026-01-03',
        quantity: 3,
        attributes: { certification: 'x' },
      },
      // Left as text, so validation reports it.
      {
        id: 'e3',
        partnerId: 'p1',
        type: 'deal_won',
        occurredAt: '2026-01-04',
        amount: 'many',
      },
    ]);
  });

  it('accepts columns in any order and omits optional ones', () => {
    const result = csvToEvents(
      'type,occurredAt,partnerId,id\ndeal_won,2026-01-02,p1,e1\n',
    );
    expect(result.events).toEqual([
      { type: 'deal_won', occurredAt: '2026-01-02', partnerId: 'p1', id: 'e1' },
    ]);
  });

  it('reports header problems, short rows and bad JSON by row', () => {
    expect(csvToEvents('id,partnerId,type,when\n').issues).toEqual([
      {
        path: 'row 1',
        message: expect.stringContaining('unknown column "when"'),
      },
      { path: 'row 1', message: 'missing column "occurredAt"' },
    ]);
    const result = csvToEvents(
      `${header}\ne1,p1\ne2,p1,deal_won,2026-01-02,,,,,{oops}\n`,
    );
    expect(result.issues).toEqual([
      {
        path: 'row 2',
        message: 'has 2 cells, the header has 9 (line 2)',
      },
      { path: 'row 3.attributes', message: 'is not valid JSON' },
    ]);
    expect(csvToEvents('').issues).toEqual([
      { path: 'row 1', message: 'the header row is missing' },
    ]);
  });
});
