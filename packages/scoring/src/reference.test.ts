/*
 * The fast engine (src/engine) against the plain reference evaluator
 * (src/reference): the same standing, to the last field, on random ledgers
 * with reversals, future-dated events, non-canonical timestamps, unreadable
 * numbers, adjustments, exemptions and upcoming program versions.
 */
import fc from 'fast-check';
import { evaluateStanding } from '.';
import { scenarioArb } from './__testUtils__/arbitraries';
import { referenceStanding } from './reference/referenceStanding';

describe('the fast engine', () => {
  it('equals the reference evaluator on random ledgers', () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const fast = evaluateStanding({
          program: s.program,
          partner: s.partner,
          events: s.events,
          asOf: s.asOf,
          ...s.options,
        });
        const reference = referenceStanding({
          program: s.program,
          partner: s.partner,
          events: s.events,
          asOf: s.asOf,
          ...s.options,
        });
        expect(fast).toEqual(reference);
      }),
      { numRuns: 60 },
    );
  });
});
