import {
  EVENT_LIMITS,
  EVENT_TYPES,
  EventValidationError,
  parseEvent,
  performanceEventSchema,
  safeParseEvent,
} from '.';

const valid = {
  id: 'evt-1',
  partnerId: 'group:default/northwind-cloud',
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
        path: 'attributes.playId',
        message: 'attributes.playId is required for play_executed events',
      },
      {
        path: 'attributes.play',
        message: expect.stringContaining('expected one of: strategy, velocity'),
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

  it.each([
    ['amount', 1e305, 'amount must be at most 1,000,000,000,000'],
    [
      'amount',
      EVENT_LIMITS.maxAmount * 1.5,
      'amount must be at most 1,000,000,000,000',
    ],
    ['quantity', 2e9, 'quantity must be at most 1,000,000,000'],
  ])('refuses %s %p above its documented maximum', (field, value, message) => {
    expect(issuesOf({ ...valid, [field]: value })).toEqual([
      { path: field, message },
    ]);
  });

  it('accepts the maxima themselves', () => {
    expect(
      parseEvent({
        ...valid,
        amount: EVENT_LIMITS.maxAmount,
        quantity: EVENT_LIMITS.maxQuantity,
      }).amount,
    ).toBe(1e12);
  });

  it('refuses ids, attribute names and values beyond their lengths and counts', () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(
      issuesOf({
        ...valid,
        id: long(EVENT_LIMITS.maxIdLength + 1),
        customerId: long(300),
        attributes: {
          [long(EVENT_LIMITS.maxAttributeKeyLength + 1)]: 'v',
          note: long(EVENT_LIMITS.maxAttributeValueLength + 1),
        },
      }),
    ).toEqual(
      expect.arrayContaining([
        { path: 'id', message: 'id must be at most 256 characters' },
        {
          path: 'customerId',
          message: 'customerId must be at most 256 characters',
        },
        {
          path: 'attributes.note',
          message: 'attribute values must be at most 256 characters',
        },
        {
          path: 'attributes',
          message: `attribute name "${long(
            20,
          )}"… must be at most 64 characters`,
        },
      ]),
    );
    const many = Object.fromEntries(
      Array.from({ length: EVENT_LIMITS.maxAttributes + 1 }, (_, i) => [
        `a${i}`,
        i,
      ]),
    );
    expect(issuesOf({ ...valid, attributes: many })).toEqual([
      {
        path: 'attributes',
        message: 'attributes must have at most 32 entries, got 33',
      },
    ]);
  });

  it('refuses text that is not well-formed UTF-16 in every string field', () => {
    const lone = 'acme\uD800';
    const issues = issuesOf({
      ...valid,
      id: lone,
      partnerId: `group:default/${lone}`,
      customerId: lone,
      attributes: { [`key${'\uDC00'}`]: 'v', playId: lone },
    });
    expect(issues.map(i => i.path).sort()).toEqual(
      [
        'attributes',
        'attributes.playId',
        'customerId',
        'id',
        'partnerId',
      ].sort(),
    );
    for (const issue of issues) {
      expect(issue.message).toMatch(
        /must be well-formed text \(it contains a lone UTF-16 surrogate/,
      );
    }
  });

  it('accepts a catalog entity ref as partnerId, and a reversal naming an earlier event', () => {
    expect(
      parseEvent({
        id: 'refund-1',
        partnerId: 'group:default/contoso-solutions',
        type: 'event_reversed',
        occurredAt: '2023-05-01',
        attributes: { reversedEventId: 'evt-1', reason: 'refund' },
      }).attributes,
    ).toEqual({ reversedEventId: 'evt-1', reason: 'refund' });
    expect(
      issuesOf({
        id: 'refund-2',
        partnerId: 'p',
        type: 'event_reversed',
        occurredAt: '2023-05-01',
        attributes: { reason: 'regret' },
      }),
    ).toEqual([
      {
        path: 'attributes.reversedEventId',
        message:
          'attributes.reversedEventId is required for event_reversed events',
      },
      {
        path: 'attributes.reason',
        message: expect.stringContaining(
          'expected one of: refund, clawback, correction',
        ),
      },
    ]);
  });

  it('exposes the zod schema for batch validation', () => {
    const results = [valid, { ...valid, amount: 'lots' }].map(e =>
      performanceEventSchema.safeParse(e),
    );
    expect(results.map(r => r.success)).toEqual([true, false]);
  });
});
