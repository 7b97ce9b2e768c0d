import { z } from 'zod';
import { cursorCodec } from './cursor';

describe('cursorCodec', () => {
  const schema = z.object({ t: z.string(), i: z.number().int() });

  it('round-trips a position as an opaque URL-safe string', () => {
    const cursor = cursorCodec.encode({ t: 'Contoso / Ltd', i: 42 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursorCodec.decode(cursor, schema)).toEqual({
      t: 'Contoso / Ltd',
      i: 42,
    });
  });

  it('refuses anything it did not make, naming the parameter', () => {
    for (const bad of ['garbage', cursorCodec.encode({ t: 1 }), '%%%']) {
      expect(() => cursorCodec.decode(bad, schema, 'after')).toThrow(
        'Invalid request. query.after: not a cursor returned by this API',
      );
    }
  });
});
