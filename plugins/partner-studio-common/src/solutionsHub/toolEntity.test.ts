import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/types';
import { defaultProgram } from '@partner-studio/scoring';
import { findToolEntityProblems, parseToolEntity } from './toolEntity';

function tool(spec: JsonObject, metadata: JsonObject = {}): Entity {
  return {
    apiVersion: 'partner-studio.io/v1alpha1',
    kind: 'Tool',
    metadata: {
      name: 'cluster-api-sdk',
      title: 'Cluster API SDK',
      description: 'Go and TypeScript bindings for the cluster API.',
      ...metadata,
    },
    spec,
  };
}

const valid = {
  category: 'sdk',
  productArea: 'kubernetes-platform',
  labStages: ['solution-development/build'],
  businessModels: ['solution-builder'],
  supportLevel: 'vendor-supported',
  owner: 'group:default/platform-engineering',
  links: { sandbox: 'https://sandbox.example.com/k8s' },
  launch: { type: 'url', url: 'https://developer.example.com/k8s-sdk' },
};

describe('parseToolEntity', () => {
  it('accepts a well-formed tool and fills in the defaults', () => {
    const result = parseToolEntity(tool(valid));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tool.spec.minimumTier).toBe('community');
    expect(result.tool.spec.requiredLabStage).toBeUndefined();
    expect(result.tool.metadata.title).toBe('Cluster API SDK');
  });

  it('names each wrong field and what is expected', () => {
    expect(
      findToolEntityProblems(
        tool({
          ...valid,
          category: 'sdks',
          labStages: ['solution-development/build', 'development/validate'],
          businessModels: ['reseller'],
          minimumTier: 'gold',
          owner: 'platform-engineering',
          links: { sandbox: 'ftp://files.example.com', prod: 'https://x.test' },
          launch: { type: 'template', templateRef: 'starter' },
          colour: 'blue',
        }),
      ),
    ).toEqual([
      "spec.category is 'sdks'; expected one of sdk, api, sandbox, software-template, validation-tool, reference-architecture, enablement-course, sales-play",
      expect.stringMatching(
        /^spec\.labStages\[1\] is 'development\/validate'; expected a Solutions Lab stage ref: one of solution-development\/qualify, /,
      ),
      "spec.businessModels[0] is 'reseller'; expected one of solution-services, solution-builder, cloud-solution-provider, solution-reseller",
      "spec.minimumTier is 'gold'; expected one of community, select, advanced, principal, pinnacle",
      "spec.owner is 'platform-engineering'; expected a full group ref such as group:default/platform-engineering",
      "spec.links.sandbox is 'ftp://files.example.com'; expected an http(s) URL",
      "spec.links has unknown field 'prod'",
      "spec.launch.templateRef is 'starter'; expected a full template ref such as template:default/my-template",
      "spec has unknown field 'colour'",
    ]);
  });

  it('says what is missing, including the title and description', () => {
    expect(
      findToolEntityProblems(
        tool(
          { category: 'api', launch: { type: 'ftp' } },
          { title: undefined, description: '  ' },
        ),
      ),
    ).toEqual([
      'metadata.title is missing',
      'metadata.description is empty',
      'spec.productArea is missing; expected one of cloud-infrastructure, kubernetes-platform, networking-security, end-user-computing, multi-cloud-management, data-protection, edge-computing',
      'spec.businessModels is missing; expected a list of solution-services, solution-builder, cloud-solution-provider, solution-reseller',
      'spec.supportLevel is missing; expected one of vendor-supported, community, preview',
      'spec.owner is missing; expected a ref such as group:default/platform-engineering',
      "spec.launch.type is 'ftp'; expected 'url' (with url) or 'template' (with templateRef)",
    ]);
  });

  it('checks plays and courses against the program in force', () => {
    const play = defaultProgram.plays[0].id;
    expect(
      findToolEntityProblems(
        tool({ ...valid, category: 'sales-play', play: { playId: play } }),
      ),
    ).toEqual([]);
    expect(
      findToolEntityProblems(
        tool({ ...valid, category: 'sales-play', play: { playId: 'x-play' } }),
      ),
    ).toEqual([
      expect.stringMatching(
        new RegExp(
          `^spec\\.play\\.playId is 'x-play'; expected a play of program ${defaultProgram.version}: ${play}, `,
        ),
      ),
    ]);
    expect(
      findToolEntityProblems(tool({ ...valid, category: 'sales-play' })),
    ).toEqual([
      'spec.play is missing; a sales-play names its program play (play.playId)',
    ]);
    expect(
      findToolEntityProblems(
        tool({
          ...valid,
          course: { courseId: defaultProgram.igniteCourses[0].id },
        }),
      ),
    ).toEqual([
      'spec.course is only meaningful on a tool of category enablement-course',
    ]);
    expect(
      findToolEntityProblems(
        tool({
          ...valid,
          category: 'enablement-course',
          course: { courseId: 'how-to-sell' },
        }),
      ),
    ).toEqual([
      expect.stringMatching(
        /^spec\.course\.courseId is 'how-to-sell'; expected an Ignite course of program /,
      ),
    ]);
  });

  it('takes a required Lab stage and a template launch target', () => {
    const result = parseToolEntity(
      tool({
        ...valid,
        requiredLabStage: 'solution-development/validate',
        launch: {
          type: 'template',
          templateRef: 'template:default/k8s-operator-starter',
        },
      }),
    );
    expect(result.ok && result.tool.spec.launch).toEqual({
      type: 'template',
      templateRef: 'template:default/k8s-operator-starter',
    });
    expect(
      findToolEntityProblems(
        tool({
          ...valid,
          requiredLabStage: 'validate',
          publishedAt: '2026-02-31',
        }),
      ),
    ).toEqual([
      expect.stringMatching(/^spec\.requiredLabStage is 'validate'; expected/),
      "spec.publishedAt is '2026-02-31'; expected a date such as 2026-03-02",
    ]);
  });

  it('refuses another kind or apiVersion', () => {
    expect(
      findToolEntityProblems({
        ...tool(valid),
        apiVersion: 'backstage.io/v1alpha1',
      }),
    ).toEqual([
      'apiVersion and kind are backstage.io/v1alpha1 Tool; expected partner-studio.io/v1alpha1 Tool',
    ]);
  });
});
