import { ConfigReader } from '@backstage/config';
import { defaultProgram, programs } from '@partner-studio/scoring';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadPlaybooks } from './loadPlaybooks';
import { parsePlaybook, PlaybookValidationError } from './parsePlaybook';
import { criteriaOnPath } from './PlaybookRegistry';
import { stagePoints } from './programPoints';

function minimalPlaybook(overrides: Record<string, unknown> = {}) {
  return {
    id: 'services-delivery',
    name: 'Services delivery',
    summary: 'Package an implementation service.',
    stages: [
      {
        id: 'scope',
        name: 'Scope',
        phase: 'development',
        description: 'Scope the service.',
        slaDays: 10,
        criteria: [{ id: 'sow', title: 'Statement of work', evidence: 'link' }],
        emits: [{ type: 'lab_stage_completed' }],
      },
    ],
    ...overrides,
  };
}

function issuesOf(input: unknown): string[] {
  try {
    parsePlaybook(input, { source: 'test.yaml', programs });
  } catch (error) {
    if (error instanceof PlaybookValidationError) {
      return error.issues.map(i => `${i.path}: ${i.message}`);
    }
    throw error;
  }
  return [];
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lab-playbooks-'));
}

describe('shipped playbooks', () => {
  it('load and validate, with the stage ids other plugins rely on', async () => {
    const loaded = await loadPlaybooks({
      config: new ConfigReader({}),
      programs,
    });
    const byId = new Map(loaded.map(l => [l.playbook.id, l.playbook]));
    expect([...byId.keys()].sort()).toEqual([
      'partner-led-customer-success',
      'solution-development',
    ]);
    expect(byId.get('solution-development')!.stages.map(s => s.id)).toEqual([
      'qualify',
      'design',
      'build',
      'validate',
      'certify',
      'launch',
      'grow',
    ]);
    const cs = byId.get('partner-led-customer-success')!;
    expect(cs.stages.map(s => s.id)).toEqual([
      'prepare',
      'path-requirements',
      'customer-proof',
      'specialization-review',
    ]);
    expect(cs.paths.map(p => p.id)).toEqual(['build', 'resell', 'collaborate']);
  });

  it('treat commercialization as first-class stages with their own criteria', async () => {
    const [, development] = (
      await loadPlaybooks({ config: new ConfigReader({}), programs })
    ).map(l => l.playbook);
    const commercial = development.stages.filter(
      s => s.phase === 'commercialization',
    );
    expect(commercial.map(s => s.id)).toEqual(['launch', 'grow']);
    const titles = commercial.flatMap(s => s.criteria.map(c => c.id));
    expect(titles).toEqual(
      expect.arrayContaining([
        'marketplace-listing',
        'pricing-packaging',
        'sales-enablement',
        'first-customer-wins',
        'co-selling',
      ]),
    );
  });

  it('give each Customer Success path its own criteria', async () => {
    const [cs] = (
      await loadPlaybooks({ config: new ConfigReader({}), programs })
    ).map(l => l.playbook);
    const stage = cs.stages.find(s => s.id === 'path-requirements')!;
    const ids = (pathId: string) =>
      criteriaOnPath(stage, pathId)
        .filter(c => c.required)
        .map(c => c.id);
    expect(ids('build')).toEqual([
      'readiness-check',
      'service-catalog',
      'health-tooling',
      'success-playbooks',
    ]);
    expect(ids('resell')).toEqual([
      'readiness-check',
      'resale-addendum',
      'package-training',
      'attach-motion',
      'handoff-process',
    ]);
    expect(ids('collaborate')).toEqual([
      'readiness-check',
      'joint-engagement-model',
      'shared-success-plans',
      'joint-cadence',
    ]);
  });

  it('show the points the program gives, never restated', async () => {
    const loaded = await loadPlaybooks({
      config: new ConfigReader({}),
      programs,
    });
    const [cs, development] = loaded.map(l => l.playbook);
    const launch = development.stages.find(s => s.id === 'launch')!;
    const program = defaultProgram;
    const labMetric = program.metrics.find(m =>
      m.aggregation !== 'ratio'
        ? m.events.some(e => e === 'lab_stage_completed')
        : false,
    )!;
    expect(stagePoints(program, development, launch)).toEqual([
      {
        eventType: 'lab_stage_completed',
        metrics: [
          expect.objectContaining({
            metricId: labMetric.id,
            maxPoints: labMetric.maxPoints,
            target: labMetric.target,
            pointsPerEvent:
              Math.round((labMetric.maxPoints * 100) / labMetric.target) / 100,
          }),
        ],
      },
    ]);
    const review = cs.stages[cs.stages.length - 1];
    const specialization = stagePoints(program, cs, review).find(
      p => p.eventType === 'specialization_earned',
    )!;
    expect(specialization.metrics.map(m => m.metricId)).toEqual(
      expect.arrayContaining([
        'specializations',
        'customer-success-specialization',
      ]),
    );
  });
});

describe('a playbook added by configuration', () => {
  it('loads after the shipped ones', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'services.yaml');
    fs.writeFileSync(file, stringify(minimalPlaybook()));
    const loaded = await loadPlaybooks({
      config: new ConfigReader({ solutionsLab: { playbooks: [{ file }] } }),
      programs,
    });
    expect(loaded.map(l => l.playbook.id)).toEqual([
      'partner-led-customer-success',
      'solution-development',
      'services-delivery',
    ]);
    expect(loaded[2].playbook.stages[0].criteria[0]).toEqual({
      id: 'sow',
      title: 'Statement of work',
      evidence: 'link',
      required: true,
      confirmedBy: 'partner',
      paths: [],
    });
  });

  it('fails start-up naming the file and the field', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'broken.yaml');
    const broken = minimalPlaybook();
    (broken.stages[0] as Record<string, unknown>).slaDays = 'ten';
    fs.writeFileSync(file, stringify(broken));
    await expect(
      loadPlaybooks({
        config: new ConfigReader({ solutionsLab: { playbooks: [{ file }] } }),
        programs,
      }),
    ).rejects.toThrow(
      `Playbook ${file} is invalid:\n  stages[0].slaDays: Expected number, received string`,
    );
  });

  it('refuses an id that is already defined, naming both files', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'copy.yaml');
    fs.writeFileSync(
      file,
      stringify(minimalPlaybook({ id: 'solution-development' })),
    );
    await expect(
      loadPlaybooks({
        config: new ConfigReader({ solutionsLab: { playbooks: [{ file }] } }),
        programs,
      }),
    ).rejects.toThrow(
      /Playbook .*copy\.yaml is invalid:\n {2}id: playbook "solution-development" is already defined in .*solution-development\.yaml/,
    );
  });

  it('reports YAML syntax errors and unreadable files with the file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'syntax.yaml');
    fs.writeFileSync(file, 'id: [unclosed\n');
    await expect(
      loadPlaybooks({
        config: new ConfigReader({ solutionsLab: { playbooks: [{ file }] } }),
        programs,
      }),
    ).rejects.toThrow(`Playbook ${file} is not valid YAML`);
    const missing = path.join(dir, 'missing.yaml');
    await expect(
      loadPlaybooks({
        config: new ConfigReader({
          solutionsLab: { playbooks: [{ file: missing }] },
        }),
        programs,
      }),
    ).rejects.toThrow(`Playbook ${missing} cannot be read`);
  });

  it('names the config key when an entry has no file', async () => {
    await expect(
      loadPlaybooks({
        config: new ConfigReader({ solutionsLab: { playbooks: [{}] } }),
        programs,
      }),
    ).rejects.toThrow(/solutionsLab\.playbooks\[0\]\.file/);
  });
});

describe('playbook validation', () => {
  it('accepts a minimal playbook', () => {
    expect(issuesOf(minimalPlaybook())).toEqual([]);
  });

  it('lists every structural problem with its path', () => {
    const input = minimalPlaybook({
      id: 'Not A Slug',
      stages: [
        {
          id: 'scope',
          name: 'Scope',
          phase: 'marketing',
          description: 'x',
          slaDays: 0,
          criteria: [{ id: 'sow', title: 'SOW', evidence: 'screenshot' }],
          recommends: { categories: ['gadgets'], tools: ['api-suite'] },
          emits: [{ type: 'deal_won' }],
          extra: true,
        },
      ],
    });
    expect(issuesOf(input)).toEqual([
      'id: id must be lower-case words joined by hyphens',
      'stages[0].phase: phase must be one of: development, commercialization, specialization',
      'stages[0].slaDays: slaDays must be at least 1',
      'stages[0].criteria[0].evidence: evidence must be one of: none, link, validation-report, tool-run',
      `stages[0].recommends.categories[0]: must be a Hub category: sdk, api, sandbox, software-template, validation-tool, reference-architecture, enablement-course, sales-play`,
      'stages[0].recommends.tools[0]: must be a full entity ref of a Hub tool, e.g. tool:default/compute-compatibility-suite',
      'stages[0].emits[0].type: type must be lab_stage_completed or specialization_earned (the events a Lab stage can earn)',
      "stages[0]: Unrecognized key(s) in object: 'extra'",
    ]);
  });

  it('checks ids, paths and evidence across fields', () => {
    const input = minimalPlaybook({
      paths: [
        { id: 'build', name: 'Build' },
        { id: 'build', name: 'Build again' },
      ],
      stages: [
        {
          id: 'one',
          name: 'One',
          phase: 'specialization',
          description: 'x',
          slaDays: 5,
          criteria: [
            { id: 'a', title: 'A', paths: ['build'] },
            { id: 'a', title: 'A again', evidence: 'tool-run' },
            { id: 'b', title: 'B', evidence: 'link', tool: 'tool:default/x' },
            { id: 'c', title: 'C', paths: ['nope'] },
          ],
          emits: [{ type: 'lab_stage_completed' }],
        },
        {
          id: 'one',
          name: 'Again',
          phase: 'specialization',
          description: 'x',
          slaDays: 5,
          criteria: [{ id: 'x', title: 'X', required: false }],
          emits: [{ type: 'lab_stage_completed' }],
        },
      ],
    });
    expect(issuesOf(input)).toEqual([
      'paths[1].id: duplicate path "build"',
      'stages[1].id: duplicate stage "one"',
      'stages[0].criteria[1].id: duplicate criterion "a" in stage "one"',
      'stages[0].criteria[1].tool: evidence: tool-run needs the Hub validation tool whose run is the evidence',
      'stages[0].criteria[2].tool: tool is only for evidence: tool-run',
      `stages[0].criteria[3].paths[0]: unknown path "nope"; the playbook's paths are build, build`,
      'stages[1].criteria: stage "one" needs at least one required criterion on path "build"',
    ]);
  });

  it('checks the points events against the scoring program', () => {
    const stage = (id: string, emits: unknown[]) => ({
      id,
      name: id,
      phase: 'specialization',
      description: 'x',
      slaDays: 5,
      criteria: [{ id: 'a', title: 'A' }],
      emits,
    });
    const input = minimalPlaybook({
      paths: [
        { id: 'build', name: 'Build' },
        { id: 'franchise', name: 'Franchise' },
      ],
      stages: [
        stage('one', [
          {
            type: 'specialization_earned',
            specialization: 'partner-led-customer-success',
          },
        ]),
        stage('two', [
          { type: 'lab_stage_completed' },
          { type: 'lab_stage_completed' },
          { type: 'specialization_earned', specialization: 'made-up' },
        ]),
      ],
    });
    expect(issuesOf(input)).toEqual([
      'stages[0].emits[0].type: a specialization is earned by completing the playbook: only the last stage may emit specialization_earned',
      'stages[0].emits[0].specialization: path "franchise" is not an option of the specialization "partner-led-customer-success" (options: build, resell, collaborate)',
      'stages[1].emits[1].type: lab_stage_completed is emitted twice by stage "two"',
      expect.stringMatching(
        /^stages\[1\]\.emits\[2\]\.specialization: the scoring program defines no specialization "made-up"; known: .*partner-led-customer-success/,
      ),
    ]);
  });

  it('returns deeply frozen playbooks', () => {
    const playbook = parsePlaybook(minimalPlaybook(), {
      source: 'test.yaml',
      programs,
    });
    expect(Object.isFrozen(playbook.stages[0].criteria[0])).toBe(true);
  });
});
