import {
  emptyFilters,
  parseSearchState,
  toSearchParams,
  toToolQuery,
} from './searchState';

describe('the search in the URL', () => {
  it('reads every facet, the text, the sort and the view', () => {
    const { state, ignored } = parseSearchState(
      new URLSearchParams(
        'q=operator&category=sdk&category=api&stage=solution-development%2Fbuild&businessModel=solution-builder&supportLevel=preview&productArea=edge-computing&tag=go&sort=newest&view=favorites',
      ),
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      q: 'operator',
      filters: {
        category: ['sdk', 'api'],
        productArea: ['edge-computing'],
        stage: ['solution-development/build'],
        businessModel: ['solution-builder'],
        supportLevel: ['preview'],
        tag: ['go'],
      },
      sort: 'newest',
      view: 'favorites',
    });
  });

  it('leaves out what the backend would refuse, and says what', () => {
    const { state, ignored } = parseSearchState(
      new URLSearchParams(
        'category=sdks&category=sdk&category=sdk&stage=lab/nowhere&tag=Not+A+Tag&sort=random&businessModel=reseller',
      ),
    );
    expect(state.filters.category).toEqual(['sdk']);
    expect(state.filters.stage).toEqual([]);
    expect(state.filters.tag).toEqual([]);
    expect(state.sort).toBe('relevance');
    expect(ignored).toEqual([
      { name: 'category', value: 'sdks' },
      { name: 'stage', value: 'lab/nowhere' },
      { name: 'businessModel', value: 'reseller' },
      { name: 'tag', value: 'Not A Tag' },
      { name: 'sort', value: 'random' },
    ]);
  });

  it('keeps at most 20 tags and 200 characters of text', () => {
    const tags = Array.from({ length: 25 }, (_, i) => `tag=t${i}`).join('&');
    const { state, ignored } = parseSearchState(
      new URLSearchParams(`${tags}&q=${'x'.repeat(250)}`),
    );
    expect(state.filters.tag).toHaveLength(20);
    expect(ignored).toHaveLength(5);
    expect(state.q).toHaveLength(200);
  });

  it('writes the same link for the same search, defaults left out', () => {
    const state = {
      q: '  go  ',
      filters: { ...emptyFilters(), tag: ['go'], category: ['sdk'] },
      sort: 'relevance' as const,
      view: 'all' as const,
    };
    expect(toSearchParams(state).toString()).toBe('q=go&category=sdk&tag=go');
    expect(parseSearchState(toSearchParams(state)).state.filters).toEqual(
      state.filters,
    );
  });

  it('becomes the GET /tools query', () => {
    expect(
      toToolQuery({
        q: ' ',
        filters: { ...emptyFilters(), category: ['sdk'] },
        sort: 'name',
        view: 'all',
      }),
    ).toEqual({
      category: ['sdk'],
      productArea: [],
      stage: [],
      businessModel: [],
      supportLevel: [],
      tag: [],
      sort: 'name',
    });
  });
});
