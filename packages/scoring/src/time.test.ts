import fc from 'fast-check';
import {
  canonicalIso,
  eventTimeMs,
  fastIso,
  isoClamped,
  parseIsoStrict,
} from './time';

describe('time', () => {
  it('eventTimeMs agrees with Date.parse on canonical timestamps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
        ms => {
          const iso = new Date(ms).toISOString();
          expect(eventTimeMs(iso)).toBe(ms);
          expect(eventTimeMs(`${iso.slice(0, 19)}Z`)).toBe(
            Math.floor(ms / 1000) * 1000,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('fastIso formats like toISOString', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
        ms => {
          expect(fastIso(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 2000 },
    );
    expect(fastIso(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe(
      '2024-02-29T23:59:59.999Z',
    );
    expect(() => fastIso(NaN)).toThrow(RangeError);
  });

  it('canonical strings compare like the instants they denote', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
        fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
        (a, b) => {
          expect(isoClamped(a) < isoClamped(b)).toBe(a < b);
        },
      ),
    );
  });

  it('rejects what is not a valid timestamp', () => {
    for (const bad of [
      '2023-02-29T00:00:00.000Z',
      '2023-01-01T24:00:00.000Z',
      '2023-01-01TAB:00:00.000Z',
      '2023-01-01T00:00:00',
      '',
      // every character of the canonical form is checked
      '202X-01-01T00:00:00.000Z',
      '2023-0A-01T00:00:00.000Z',
      '2023-01-01T00:00:00.00XZ',
      '2023-01-01T00:00:6X.000Z',
      '2023-13-01T00:00:00.000Z',
      '2023-04-31T00:00:00.000Z',
    ]) {
      expect(eventTimeMs(bad)).toBeNaN();
      expect(canonicalIso(bad)).toBeUndefined();
    }
    expect(parseIsoStrict('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    // other valid ISO 8601 forms of the same instant read the same
    const canonical = eventTimeMs('2023-12-01T23:00:00.000Z');
    expect(eventTimeMs('2023-12-01 23:00:00.000Z')).toBe(canonical);
    expect(eventTimeMs('2023-12-01t23:00:00.000Z')).toBe(canonical);
    expect(eventTimeMs('2023-12-02T01:00:00.000+02:00')).toBe(canonical);
    expect(parseIsoStrict('2023-03-01T12:00:00-05:30')).toBe(
      Date.UTC(2023, 2, 1, 17, 30),
    );
    expect(canonicalIso('2023-03-01T12:00+01:00')).toBe(
      '2023-03-01T11:00:00.000Z',
    );
  });
});
