import {
  EVENT_TYPES,
  EventValidationError,
  parseEvent,
  performanceEventSchema,
  safeParseEvent,
} from '.';

const valid = {
  id: 'evt-1',
  partnerId: 'northwind',
  type: 'deal_won',
  occurredAt: '2023-03-01T12:00:00Z',
  businessModel: 'solution-reseller',
  customerId: 'acme',
  amount: 40000,
};

function issuesOf(input: unknown) {
  const result = safeParseEvent(input);
  if (result.success) {
    throw new Error('expected the event to be rejected');
  }
  return result.issues;
}

describe('parseEvent', () => {
  it('accepts a valid event and normalises the date to canonical UTC', () => {
    expect(parseEvent(valid)).toEqual({
      ...valid,
      occurredAt: '2023-03-01T12:00:00.000Z',
    });
  });

  it.each([
    ['2023-03-01T14:00:00+02:00', '2023-03-01T12:00:00.000Z'],
    ['2023-03-01T12:00:00.5Z', '2023-03-01T12:00:00.500Z'],
    ['2023-03-01', '2023-03-01T00:00:00.000Z'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
  ])('reads occurredAt %s as %s', (input, expected) => {
    expect(parseEvent({ ...valid, occurredAt: input }).occurredAt).toBe(
      expected,
    );
  });

  it('accepts a Date for occurredAt', () => {
    expect(
      parseEvent({ ...valid, occurredAt: new Date(Date.UTC(2023, 0, 2)) })
        .occurredAt,
    ).toBe('2023-01-02T00:00:00.000Z');
  });

  it('lists the allowed types when the type is unknown', () => {
    const [issue] = issuesOf({ ...valid, type: 'deal_lost' });
    expect(issue.path).toBe('type');
    expect(issue.message).toContain('unknown event type "deal_lost"');
    for (const type of EVENT_TYPES) {
      expect(issue.message).toContain(type);
    }
  });

  it.each([
    ['not a date'],
    ['2023-02-30T00:00:00Z'],
    ['2023-03-01T12:00:00'],
    ['2023-13-01T00:00:00Z'],
    ['03/01/2023'],
  ])('rejects occurredAt %p with a clear message', value => {
    expect(issuesOf({ ...valid, occurredAt: value })).toEqual([
      {
        path: 'occurredAt',
        message: expect.stringContaining('is not a valid ISO 8601 date-time'),
      },
    ]);
  });

  it('rejects negative or non-finite numbers', () => {
    expect(issuesOf({ ...valid, amount: -5, quantity: Infinity })).toEqual(
      expect.arrayContaining([
        { path: 'amount', message: 'amount must be zero or positive' },
        { path: 'quantity', message: 'quantity must be a finite number' },
      ]),
    );
  });

  it('reports every problem at once, with its field', () => {
    const issues = issuesOf({
      id: '',
      type: 'deal_won',
      occurredAt: 'yesterday',
      businessModel: 'distributor',
      ammount: 10,
    });
    expect(issues.map(i => i.path).sort()).toEqual(
      ['', 'businessModel', 'id', 'occurredAt', 'partnerId'].sort(),
    );
    expect(issues.find(i => i.path === '')?.message).toContain('ammount');
    expect(issues.find(i => i.path === 'businessModel')?.message).toContain(
      'solution-reseller',
    );
  });

  it('requires the fields and attributes each type needs', () => {
    expect(
      issuesOf({
        id: 'x',
        partnerId: 'p',
        type: 'play_executed',
        occurredAt: '2023-01-01',
        attributes: { play: 'fast' },
      }),
    ).toEqual([
      {
        path: 'attributes.play',
        message: expect.stringContaining('expected one of: strategy, velocity'),
      },
      {
        path: 'attributes.playId',
        message: 'attributes.playId is required for play_executed events',
      },
    ]);
    expect(
      issuesOf({
        id: 'x',
        partnerId: 'p',
        type: 'licenses_deployed',
        occurredAt: '2023-01-01',
      }),
    ).toEqual([
      {
        path: 'quantity',
        message: 'quantity is required for licenses_deployed events',
      },
    ]);
    expect(
      issuesOf({
        id: 'x',
        partnerId: 'p',
        type: 'specialization_earned',
        occurredAt: '2023-01-01',
        attributes: {
          specialization: 'partner-led-customer-success',
          option: 'outsource',
        },
      }),
    ).toEqual([
      {
        path: 'attributes.option',
        message: expect.stringContaining('build, resell, collaborate'),
      },
    ]);
  });

  it('throws EventValidationError with the issues', () => {
    let error: unknown;
    try {
      parseEvent({ ...valid, quantity: -1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EventValidationError);
    expect((error as EventValidationError).issues).toEqual([
      { path: 'quantity', message: 'quantity must be zero or positive' },
    ]);
    expect((error as Error).message).toContain('quantity');
  });

  it('rejects non-objects', () => {
    expect(issuesOf(null)).toEqual([
      { path: '', message: 'an event must be an object' },
    ]);
    expect(issuesOf([valid])[0].path).toBe('');
  });

  it('exposes the zod schema for batch validation', () => {
    const results = [valid, { ...valid, amount: 'lots' }].map(e =>
      performanceEventSchema.safeParse(e),
    );
    expect(results.map(r => r.success)).toEqual([true, false]);
  });
});
