import { InputError } from '@backstage/errors';
import { makeTool, syntheticTools } from '../__testUtils__/tools';
import { ToolSearchIndex } from './ToolSearchIndex';
import type { ToolSearchQuery, ToolSearchResult } from './types';

const tools = [
  makeTool('kubernetes-engine-sdk', {
    title: 'Kubernetes Engine SDK for TypeScript',
    description: 'Create and scale workload clusters from Node.js.',
    tags: ['typescript', 'kubernetes'],
    spec: {
      category: 'sdk',
      productArea: 'kubernetes-platform',
      labStages: ['solution-development/build'],
      businessModels: ['solution-builder', 'cloud-solution-provider'],
      publishedAt: '2026-02-09',
    },
  }),
  makeTool('cluster-api', {
    title: 'Kubernetes Engine cluster API',
    description: 'Declarative cluster lifecycle over REST.',
    tags: ['kubernetes', 'rest'],
    spec: {
      category: 'api',
      productArea: 'kubernetes-platform',
      labStages: ['solution-development/design', 'solution-development/build'],
      businessModels: ['solution-builder'],
      publishedAt: '2025-10-06',
    },
  }),
  makeTool('compute-sdk-go', {
    title: 'Meridian Compute SDK for Go',
    description: 'Typed Go bindings: virtual machines, hosts and clusters.',
    tags: ['go', 'compute'],
    spec: {
      category: 'sdk',
      productArea: 'cloud-infrastructure',
      labStages: ['solution-development/build'],
      businessModels: ['solution-services'],
      supportLevel: 'community',
      publishedAt: '2025-04-14',
    },
  }),
  makeTool('zero-trust-play', {
    title: 'Strategy play: zero-trust security',
    description: 'Segmentation discovery offer and proof of value.',
    tags: ['security', 'zero-trust'],
    spec: {
      category: 'sales-play',
      productArea: 'networking-security',
      labStages: ['solution-development/launch'],
      businessModels: ['solution-reseller'],
      play: { playId: 'zero-trust-security' },
    },
  }),
  makeTool('restore-validator', {
    title: 'Backup and restore validator',
    description:
      'Randomized restore drills of Kubernetes workloads and virtual machines.',
    tags: ['backup'],
    spec: {
      category: 'validation-tool',
      productArea: 'data-protection',
      labStages: ['solution-development/validate'],
      businessModels: ['solution-builder', 'solution-services'],
      supportLevel: 'preview',
      publishedAt: '2025-11-10',
    },
  }),
];

const index = ToolSearchIndex.build(tools);

const names = (result: ToolSearchResult) => result.items.map(i => i.tool.name);
const count = (
  result: ToolSearchResult,
  facet: keyof ToolSearchResult['facets'],
  value: string,
) => result.facets[facet].find(f => f.value === value)?.count;

/** Every page of a search, following the cursors. */
function allPages(target: ToolSearchIndex, query: ToolSearchQuery) {
  const pages: ToolSearchResult[] = [];
  let cursor: string | undefined;
  do {
    const page = target.search({ ...query, cursor });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 10_000);
  return pages;
}

describe('ToolSearchIndex', () => {
  describe('text search', () => {
    it('ranks a title match above a description match', () => {
      const result = index.search({ q: 'kubernetes' });
      expect(names(result).slice(0, 2).sort()).toEqual([
        'cluster-api',
        'kubernetes-engine-sdk',
      ]);
      expect(names(result)[2]).toBe('restore-validator');
      expect(result.items[1].score).toBeGreaterThan(result.items[2].score!);
    });

    it('finds by prefix while the user types', () => {
      expect(names(index.search({ q: 'kuber' }))).toContain(
        'kubernetes-engine-sdk',
      );
      expect(names(index.search({ q: 'valid' }))).toEqual([
        'restore-validator',
      ]);
    });

    it('tolerates typos', () => {
      expect(names(index.search({ q: 'kubernets' }))).toContain('cluster-api');
      expect(names(index.search({ q: 'segmantation' }))).toEqual([
        'zero-trust-play',
      ]);
    });

    it('requires every word', () => {
      expect(names(index.search({ q: 'kubernetes typescript' }))).toEqual([
        'kubernetes-engine-sdk',
      ]);
      expect(names(index.search({ q: 'kubernetes gardening' }))).toEqual([]);
    });

    it('searches tags', () => {
      expect(names(index.search({ q: 'zero-trust' }))).toEqual([
        'zero-trust-play',
      ]);
    });

    it('refuses a query longer than the limit', () => {
      expect(() => index.search({ q: 'x'.repeat(201) })).toThrow(InputError);
    });
  });

  describe('filters and facet counts', () => {
    it('filters within a facet by any value, across facets by all', () => {
      expect(
        names(
          index.search({ filters: { category: ['sdk', 'api'] }, sort: 'name' }),
        ),
      ).toEqual(['cluster-api', 'kubernetes-engine-sdk', 'compute-sdk-go']);
      expect(
        names(
          index.search({
            filters: {
              category: ['sdk', 'api'],
              productArea: ['kubernetes-platform'],
              stage: ['solution-development/design'],
            },
          }),
        ),
      ).toEqual(['cluster-api']);
    });

    it("counts each facet under the other facets' filters", () => {
      const result = index.search({
        filters: { category: ['sdk'], businessModel: ['solution-builder'] },
      });
      expect(names(result)).toEqual(['kubernetes-engine-sdk']);
      expect(result.totalCount).toBe(1);
      // Categories under the business model filter only: what choosing
      // another category would give.
      expect(count(result, 'category', 'sdk')).toBe(1);
      expect(count(result, 'category', 'api')).toBe(1);
      expect(count(result, 'category', 'validation-tool')).toBe(1);
      expect(count(result, 'category', 'sales-play')).toBe(0);
      // Business models under the category filter only.
      expect(count(result, 'businessModel', 'solution-builder')).toBe(1);
      expect(count(result, 'businessModel', 'solution-services')).toBe(1);
      // Other facets under both filters.
      expect(count(result, 'productArea', 'kubernetes-platform')).toBe(1);
      expect(count(result, 'productArea', 'cloud-infrastructure')).toBe(0);
    });

    it('counts under the text search too', () => {
      const result = index.search({ q: 'kubernetes' });
      expect(count(result, 'category', 'sdk')).toBe(1);
      expect(count(result, 'category', 'api')).toBe(1);
      expect(count(result, 'category', 'validation-tool')).toBe(1);
      expect(count(result, 'stage', 'solution-development/build')).toBe(2);
    });

    it('lists every value of the fixed facets, and the tags that occur', () => {
      const result = index.search({});
      expect(result.facets.category.map(f => f.value)).toEqual([
        'sdk',
        'api',
        'sandbox',
        'software-template',
        'validation-tool',
        'reference-architecture',
        'enablement-course',
        'sales-play',
      ]);
      expect(result.facets.stage).toHaveLength(11);
      expect(result.facets.supportLevel).toEqual([
        { value: 'vendor-supported', count: 3 },
        { value: 'community', count: 1 },
        { value: 'preview', count: 1 },
      ]);
      expect(result.facets.tag[0]).toEqual({ value: 'kubernetes', count: 2 });
      expect(result.facets.tag.map(t => t.value)).not.toContain('gardening');
    });

    it('refuses an unknown value of a fixed facet, naming it; an unknown tag matches nothing', () => {
      expect(() => index.search({ filters: { category: ['sdks'] } })).toThrow(
        /^category has unknown value 'sdks'; expected one of sdk, api, /,
      );
      const result = index.search({ filters: { tag: ['gardening'] } });
      expect(result.totalCount).toBe(0);
      expect(result.facets.tag).toContainEqual({
        value: 'gardening',
        count: 0,
      });
    });
  });

  describe('sorting', () => {
    it('sorts by name, by newest (undated last) and by popularity', () => {
      expect(names(index.search({ sort: 'name' }))).toEqual([
        'restore-validator',
        'cluster-api',
        'kubernetes-engine-sdk',
        'compute-sdk-go',
        'zero-trust-play',
      ]);
      expect(names(index.search({ sort: 'newest' }))).toEqual([
        'kubernetes-engine-sdk',
        'restore-validator',
        'cluster-api',
        'compute-sdk-go',
        'zero-trust-play',
      ]);
      const popular = ToolSearchIndex.build(tools, {
        popularity: new Map([
          ['tool:default/zero-trust-play', 12],
          ['tool:default/compute-sdk-go', 3.5],
        ]),
      });
      expect(names(popular.search({ sort: 'popularity' })).slice(0, 2)).toEqual(
        ['zero-trust-play', 'compute-sdk-go'],
      );
      // Without text, relevance means the most popular first.
      expect(names(popular.search({})).slice(0, 2)).toEqual([
        'zero-trust-play',
        'compute-sdk-go',
      ]);
      expect(popular.search({}).items[0].popularity).toBe(12);
    });

    it('takes new popularity scores without a rebuild', () => {
      const target = ToolSearchIndex.build(tools);
      target.setPopularity(new Map([['tool:default/cluster-api', 1]]));
      expect(names(target.search({ sort: 'popularity' }))[0]).toBe(
        'cluster-api',
      );
      expect(target.popularityOf('tool:default/cluster-api')).toBe(1);
      expect(target.popularityOf('tool:default/nothing')).toBe(0);
    });
  });

  describe('cursor pagination', () => {
    const many = ToolSearchIndex.build(syntheticTools(500), {
      popularity: new Map(
        syntheticTools(500).map((t, i) => [t.ref, (i * 37) % 11]),
      ),
    });

    it.each([
      [{ sort: 'name' }],
      [{ sort: 'newest' }],
      [{ sort: 'popularity' }],
      [{ sort: 'relevance', q: 'cluster' }],
      [{ sort: 'name', filters: { category: ['api', 'sdk'] } }],
    ] as Array<[ToolSearchQuery]>)(
      'pages through %j without gaps or repeats',
      query => {
        const whole = many.search({ ...query, limit: 100 });
        const expectedCount = whole.totalCount;
        const pages = allPages(many, { ...query, limit: 7 });
        const paged = pages.flatMap(p => p.items.map(i => i.tool.ref));
        expect(paged).toHaveLength(expectedCount);
        expect(new Set(paged).size).toBe(expectedCount);
        // The first 100 are the same as in one big page.
        expect(paged.slice(0, 100)).toEqual(whole.items.map(i => i.tool.ref));
        expect(pages[pages.length - 1].nextCursor).toBeUndefined();
      },
    );

    it('refuses a cursor of another search, and a cursor that is not one', () => {
      const first = many.search({ sort: 'name', limit: 5 });
      expect(() =>
        many.search({ sort: 'newest', cursor: first.nextCursor }),
      ).toThrow(/cursor: belongs to another search/);
      expect(() => many.search({ sort: 'name', cursor: 'bm9wZQ' })).toThrow(
        /query.cursor: not a cursor returned by this API/,
      );
    });

    it('refuses a page size out of range', () => {
      expect(() => many.search({ limit: 0 })).toThrow(/limit must be/);
      expect(() => many.search({ limit: 101 })).toThrow(/limit must be/);
      expect(() => many.search({ limit: 2.5 })).toThrow(/limit must be/);
    });
  });

  describe('access filter', () => {
    const notPlays = (t: { spec: { category: string } }) =>
      t.spec.category !== 'sales-play';

    it('applies inside the query: results, totals and counts', () => {
      const result = index.search({ access: notPlays });
      expect(result.totalCount).toBe(4);
      expect(names(result)).not.toContain('zero-trust-play');
      expect(count(result, 'category', 'sales-play')).toBe(0);
      expect(result.facets.tag.map(t => t.value)).not.toContain('zero-trust');
    });

    it('takes permission criteria: allOf, anyOf and not', () => {
      const isSdk = (t: { spec: { category: string } }) =>
        t.spec.category === 'sdk';
      const isCommunity = (t: { spec: { supportLevel: string } }) =>
        t.spec.supportLevel === 'community';
      expect(
        names(
          index.search({
            access: { allOf: [isSdk, { not: isCommunity }] },
          }),
        ),
      ).toEqual(['kubernetes-engine-sdk']);
      expect(
        index.search({ access: { anyOf: [isSdk, { not: notPlays }] } })
          .totalCount,
      ).toBe(3);
    });
  });

  it('builds the same index in slices as at once', async () => {
    const many = syntheticTools(400);
    const whole = ToolSearchIndex.build(many, {
      popularity: new Map([[many[3].ref, 7]]),
    });
    const sliced = await ToolSearchIndex.buildInSlices(many, {
      popularity: new Map([[many[3].ref, 7]]),
      sliceMs: 0,
    });
    for (const query of [
      {},
      { q: 'kubernetes sdk' },
      { q: 'sandbx' },
      { filters: { category: ['sdk', 'api'] }, sort: 'newest' as const },
      { sort: 'popularity' as const, limit: 50 },
      { sort: 'name' as const, limit: 50 },
    ]) {
      expect(sliced.search(query)).toEqual(whole.search(query));
    }
  });

  it('keeps the last of two tools with one ref', () => {
    const target = ToolSearchIndex.build([
      makeTool('a', { title: 'First' }),
      makeTool('a', { title: 'Second' }),
    ]);
    expect(target.size).toBe(1);
    expect(target.get('tool:default/a')?.title).toBe('Second');
  });

  // How fast is `yarn bench`'s business (no timed assertions in tests); this
  // checks that the counts stay right at the bench's size.
  it('counts right at 20,000 tools', () => {
    const all = syntheticTools(20_000);
    const big = ToolSearchIndex.build(all);
    const sdks = all.filter(t => t.spec.category === 'sdk');
    const result = big.search({ filters: { category: ['sdk'] }, limit: 100 });
    expect(result.totalCount).toBe(sdks.length);
    expect(result.items.every(i => i.tool.spec.category === 'sdk')).toBe(true);
    // each category's count is that of the tools in it (a facet is counted
    // without its own filter)
    for (const category of new Set(all.map(t => t.spec.category))) {
      expect(count(result, 'category', category)).toBe(
        all.filter(t => t.spec.category === category).length,
      );
    }
    const everything = big.search({});
    expect(everything.totalCount).toBe(20_000);
  }, 60_000);
});
