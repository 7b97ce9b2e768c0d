import { Entity } from '@backstage/catalog-model';
import { ToolEntityProcessor } from './ToolEntityProcessor';

const location = { type: 'file', target: '/catalog/solutions-hub/sdks.yaml' };

function tool(spec: Record<string, unknown>): Entity {
  return {
    apiVersion: 'partner-studio.io/v1alpha1',
    kind: 'Tool',
    metadata: {
      name: 'operator-starter',
      namespace: 'default',
      title: 'Operator starter',
      description: 'Scaffolds an operator.',
    },
    spec: {
      category: 'software-template',
      productArea: 'kubernetes-platform',
      labStages: ['solution-development/build'],
      businessModels: ['solution-builder'],
      supportLevel: 'vendor-supported',
      owner: 'group:default/kubernetes-engine',
      launch: {
        type: 'template',
        templateRef: 'template:default/kubernetes-operator-helm-starter',
      },
      ...spec,
    },
  };
}

async function process(entity: Entity) {
  const processor = new ToolEntityProcessor();
  const emit = jest.fn();
  await processor.preProcessEntity(entity, location, emit);
  const valid = await processor.validateEntityKind(entity);
  await processor.postProcessEntity(entity, location, emit);
  const results = emit.mock.calls.map(([result]) => result);
  return {
    valid,
    errors: results
      .filter(r => r.type === 'error')
      .map(r => r.error.message as string),
    relations: results
      .filter(r => r.type === 'relation')
      .map(
        r =>
          `${r.relation.source.kind}:${r.relation.source.name} ${r.relation.type} ${r.relation.target.kind}:${r.relation.target.name}`,
      ),
  };
}

describe('ToolEntityProcessor', () => {
  it('accepts a well-formed tool and relates it to its owner and template', async () => {
    expect(await process(tool({}))).toEqual({
      valid: true,
      errors: [],
      relations: [
        'Tool:operator-starter ownedBy group:kubernetes-engine',
        'group:kubernetes-engine ownerOf Tool:operator-starter',
        'Tool:operator-starter launches template:kubernetes-operator-helm-starter',
        'template:kubernetes-operator-helm-starter launchedBy Tool:operator-starter',
      ],
    });
  });

  it('relates a URL tool to its owner only', async () => {
    const result = await process(
      tool({ launch: { type: 'url', url: 'https://developer.example.com' } }),
    );
    expect(result.relations).toEqual([
      'Tool:operator-starter ownedBy group:kubernetes-engine',
      'group:kubernetes-engine ownerOf Tool:operator-starter',
    ]);
  });

  it('turns each problem into a processing error naming the entity and the field', async () => {
    const result = await process(
      tool({
        category: 'template',
        supportLevel: 'best-effort',
        requiredLabStage: 'solution-development/ship',
      }),
    );
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^tool:default\/operator-starter: spec\.category is 'template'; expected one of sdk, api, /,
      ),
      "tool:default/operator-starter: spec.supportLevel is 'best-effort'; expected one of vendor-supported, community, preview",
      expect.stringMatching(
        /^tool:default\/operator-starter: spec\.requiredLabStage is 'solution-development\/ship'; expected a Solutions Lab stage ref/,
      ),
    ]);
    // A malformed tool gets no relations: the catalog keeps it out anyway.
    expect(result.relations).toEqual([]);
  });

  it('leaves other kinds alone', async () => {
    const group: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'kubernetes-engine' },
      spec: { type: 'product-team', children: [] },
    };
    expect(await process(group)).toEqual({
      valid: false,
      errors: [],
      relations: [],
    });
    // A Tool of another apiVersion is not ours either.
    expect(
      (await process({ ...tool({}), apiVersion: 'example.com/v1' })).valid,
    ).toBe(false);
  });
});
