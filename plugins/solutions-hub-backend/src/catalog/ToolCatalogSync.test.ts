import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ToolCatalogSync } from './ToolCatalogSync';

function toolEntity(name: string, title: string, etag = `${name}-1`): Entity {
  return {
    apiVersion: 'partner-studio.io/v1alpha1',
    kind: 'Tool',
    metadata: {
      name,
      namespace: 'default',
      etag,
      title,
      description: `${title}, for partner developers.`,
      tags: ['kubernetes'],
    },
    spec: {
      category: 'sdk',
      productArea: 'kubernetes-platform',
      businessModels: ['solution-builder'],
      supportLevel: 'vendor-supported',
      owner: 'group:default/kubernetes-engine',
      launch: { type: 'url', url: 'https://developer.example.com/x' },
    },
  };
}

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'not-a-tool', namespace: 'default', etag: 'c' },
  spec: { type: 'service', owner: 'group:default/x', lifecycle: 'production' },
};

/** A catalog whose content a test can replace, counting what is read. */
function changingCatalog(initial: Entity[]) {
  let current = catalogServiceMock({ entities: initial });
  const fetchedRefs: string[] = [];
  const catalog = catalogServiceMock.mock({
    queryEntities: (request, options) =>
      current.queryEntities(request, options),
    getEntitiesByRefs: (request, options) => {
      fetchedRefs.push(...request.entityRefs);
      return current.getEntitiesByRefs(request, options);
    },
  });
  return {
    catalog,
    fetchedRefs,
    replace(entities: Entity[]) {
      current = catalogServiceMock({ entities });
    },
  };
}

function createSync(catalog: ReturnType<typeof changingCatalog>['catalog']) {
  return ToolCatalogSync.create({
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    pageSize: 2,
  });
}

describe('ToolCatalogSync', () => {
  it('reads every tool page by page, and nothing else', async () => {
    const tools = ['a', 'b', 'c', 'd', 'e'].map(n =>
      toolEntity(n, `Tool ${n}`),
    );
    const source = changingCatalog([...tools, component]);
    const sync = createSync(source.catalog);
    expect(sync.current().size).toBe(0);

    const result = await sync.refresh();
    expect(result).toMatchObject({ changed: true, tools: 5, fetched: 5 });
    expect(sync.current().get('tool:default/c')?.title).toBe('Tool c');
    expect(sync.current().get('component:default/not-a-tool')).toBeUndefined();
    expect(sync.synced).toBe(true);
  });

  it('reads again only what changed, and swaps in a new index', async () => {
    const source = changingCatalog([
      toolEntity('a', 'Alpha'),
      toolEntity('b', 'Beta'),
      toolEntity('c', 'Gamma'),
    ]);
    const sync = createSync(source.catalog);
    await sync.refresh();
    const before = sync.current();
    source.fetchedRefs.length = 0;

    expect(await sync.refresh()).toMatchObject({ changed: false, fetched: 0 });
    expect(sync.current()).toBe(before);
    expect(source.fetchedRefs).toEqual([]);

    source.replace([
      toolEntity('a', 'Alpha'),
      toolEntity('b', 'Beta, renamed', 'b-2'),
      toolEntity('d', 'Delta'),
    ]);
    expect(await sync.refresh()).toMatchObject({
      changed: true,
      tools: 3,
      fetched: 2,
      removed: 1,
    });
    expect(source.fetchedRefs.sort()).toEqual([
      'tool:default/b',
      'tool:default/d',
    ]);
    const after = sync.current();
    expect(after).not.toBe(before);
    expect(after.get('tool:default/b')?.title).toBe('Beta, renamed');
    expect(after.get('tool:default/c')).toBeUndefined();
    // The old index is untouched: a search that started on it ends on it.
    expect(before.get('tool:default/c')?.title).toBe('Gamma');
    expect(after.search({ q: 'renamed' }).totalCount).toBe(1);
  });

  it('leaves a malformed tool out, saying why, until it changes', async () => {
    const broken = toolEntity('broken', 'Broken');
    broken.spec = { ...broken.spec, category: 'sdks' };
    const source = changingCatalog([toolEntity('a', 'Alpha'), broken]);
    const sync = createSync(source.catalog);
    const result = await sync.refresh();
    expect(result.tools).toBe(1);
    expect(result.refused).toEqual([
      {
        ref: 'tool:default/broken',
        problems: [expect.stringMatching(/^spec\.category is 'sdks'/)],
      },
    ]);
    source.fetchedRefs.length = 0;
    expect((await sync.refresh()).changed).toBe(false);
    expect(source.fetchedRefs).toEqual([]);
  });

  it('keeps popularity scores across index swaps', async () => {
    const source = changingCatalog([toolEntity('a', 'Alpha')]);
    const sync = createSync(source.catalog);
    await sync.refresh();
    sync.setPopularity(new Map([['tool:default/a', 4]]));
    expect(sync.current().popularityOf('tool:default/a')).toBe(4);
    source.replace([toolEntity('a', 'Alpha', 'a-2'), toolEntity('b', 'Beta')]);
    await sync.refresh();
    expect(sync.current().popularityOf('tool:default/a')).toBe(4);
  });

  it('puts popularity scores that arrive while a new index is built on that index', async () => {
    const tools = Array.from({ length: 300 }, (_, i) =>
      toolEntity(`tool-${i}`, `Tool ${i}`),
    );
    const source = changingCatalog(tools);
    const sync = ToolCatalogSync.create({
      catalog: source.catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      buildSliceMs: 0,
    });
    const pass = sync.refresh();
    // The pass gives the event loop a turn only while it builds the index:
    // once every tool is read, the next turn is inside the build.
    while (source.fetchedRefs.length < tools.length) {
      await new Promise(resolve => setImmediate(resolve));
    }
    await new Promise(resolve => setImmediate(resolve));
    expect(sync.synced).toBe(false);
    sync.setPopularity(new Map([['tool:default/tool-7', 9]]));
    await pass;
    expect(sync.synced).toBe(true);
    expect(sync.current().size).toBe(300);
    expect(sync.current().popularityOf('tool:default/tool-7')).toBe(9);
  });

  it('runs one pass at a time', async () => {
    const source = changingCatalog([toolEntity('a', 'Alpha')]);
    const sync = createSync(source.catalog);
    const [first, second] = await Promise.all([sync.refresh(), sync.refresh()]);
    expect(first).toBe(second);
  });
});
