import MiniSearch from 'minisearch';
import { syntheticTools } from '../__testUtils__/tools';
import { runInSlices } from './slicedWork';
import { TextIndex } from './TextIndex';

const FIELDS = ['title', 'name', 'tags', 'description'] as const;
const BOOSTS = { title: 3, tags: 2, name: 1.5, description: 1 };
const maxEdits = (term: string) =>
  term.length >= 4 ? Math.min(2, Math.round(term.length * 0.25)) : 0;

const documents = syntheticTools(1_500).map(tool => ({
  title: tool.title,
  name: tool.name,
  tags: tool.tags.join(' '),
  description: tool.description,
}));

function byScore(hits: { ids: Int32Array; scores: Float64Array }) {
  return new Map([...hits.ids].map((id, i) => [id, hits.scores[i]]));
}

describe('TextIndex', () => {
  const index = TextIndex.build(documents, {
    fields: FIELDS,
    boosts: BOOSTS,
    maxEdits,
  });

  it('builds the same index in slices, giving the event loop turns meanwhile', async () => {
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const sliced = await runInSlices(
      TextIndex.steps(documents, { fields: FIELDS, boosts: BOOSTS, maxEdits }),
      0,
    );
    counting = false;
    // 1,500 documents in steps of 64, then the terms in steps of 256
    expect(turns).toBeGreaterThan(20);
    for (const query of ['kube', 'sdk', 'partner sandbox', 'kubernets']) {
      expect(byScore(sliced.search(query))).toEqual(
        byScore(index.search(query)),
      );
    }
    expect(sliced.size).toBe(index.size);
  });

  it('finds and scores what MiniSearch finds, with the same scores', () => {
    const reference = new MiniSearch<{ id: number } & (typeof documents)[0]>({
      fields: [...FIELDS],
      storeFields: [],
      searchOptions: {
        boost: BOOSTS,
        combineWith: 'AND',
        prefix: true,
        fuzzy: term => (term.length >= 4 ? 0.25 : false),
        maxFuzzy: 2,
      },
    });
    reference.addAll(documents.map((document, id) => ({ id, ...document })));

    for (const query of [
      'cluster',
      'net',
      'recovry',
      'firewal',
      'cluster sdk',
      'Gateway, Python!',
      'net net',
      'registry-tools',
      '12',
      'nothing-like-this',
    ]) {
      const expected = reference.search(query);
      const actual = byScore(index.search(query));
      expect([...actual.keys()].sort((a, b) => a - b)).toEqual(
        expected.map(hit => hit.id as number).sort((a, b) => a - b),
      );
      for (const hit of expected) {
        expect(actual.get(hit.id as number)).toBeCloseTo(hit.score, 9);
      }
    }
  });

  it('requires every term, and takes prefixes and typos', () => {
    const tiny = TextIndex.build(
      [
        { title: 'Kubernetes starter', body: 'clusters' },
        { title: 'Backup starter', body: 'recovery' },
      ],
      { fields: ['title', 'body'], maxEdits },
    );
    expect([...tiny.search('starter').ids].sort()).toEqual([0, 1]);
    expect([...tiny.search('kube').ids]).toEqual([0]);
    expect([...tiny.search('recovry starter').ids]).toEqual([1]);
    expect([...tiny.search('backup kubernetes').ids]).toEqual([]);
    expect([...tiny.search(' , ').ids]).toEqual([]);
  });

  it('scores an exact word above a prefix of a longer one', () => {
    const tiny = TextIndex.build(
      [{ title: 'network tools' }, { title: 'net tools' }],
      { fields: ['title'] },
    );
    const scores = byScore(tiny.search('net'));
    expect(scores.get(1)).toBeGreaterThan(scores.get(0)!);
  });
});
