import fc from 'fast-check';
import { BUSINESS_MODEL_IDS, EVENT_TYPES } from '../ids';
import { createStringIndex } from './lookup';

describe('createStringIndex', () => {
  const vocabularies: Array<[readonly string[]]> = [
    [EVENT_TYPES],
    [BUSINESS_MODEL_IDS],
    [['a', 'bb', 'ccc', '']],
  ];
  it.each(vocabularies)(
    'maps each value to its index and anything else to -1 (%#)',
    values => {
      const indexOf = createStringIndex(values);
      values.forEach((v, i) => {
        // also a copy that is not the same string object
        expect([indexOf(v), indexOf(`${v} `.slice(0, v.length))]).toEqual([
          i,
          i,
        ]);
      });
      fc.assert(
        fc.property(fc.string(), s => {
          expect(indexOf(s)).toBe(values.indexOf(s));
        }),
      );
      expect(indexOf('deal_wom')).toBe(-1);
    },
  );
});
