import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EVENT_TYPES, defaultProgram, programInForce, programs } from '..';
import { shippedProgramSources } from './shipped.generated';

const programDir = join(__dirname, '..', '..', 'program');

describe('shipped program definitions', () => {
  it('the generated module matches program/*.yaml (run `yarn generate:program` after editing the YAML)', () => {
    const files = readdirSync(programDir)
      .filter(f => f.endsWith('.yaml'))
      .sort();
    expect(shippedProgramSources.map(s => s.file).sort()).toEqual(
      files.map(f => `program/${f}`),
    );
    for (const source of shippedProgramSources) {
      const yaml = parse(
        readFileSync(
          join(programDir, source.file.replace('program/', '')),
          'utf8',
        ),
      );
      expect(source.definition).toEqual(yaml);
    }
  });

  it('each YAML file is named after its version', () => {
    for (const program of programs) {
      expect(
        shippedProgramSources.some(
          s => s.file === `program/${program.version}.yaml`,
        ),
      ).toBe(true);
    }
  });

  it('the default program is the latest version', () => {
    expect(defaultProgram.version).toBe('2024.1');
    expect(defaultProgram).toBe(programs[programs.length - 1]);
  });
});

/**
 * Where action links may point. The Solutions Hub defines its tool
 * categories and the Solutions Lab its playbooks; keep these lists in step
 * with them (plugins/solutions-hub, plugins/solutions-lab).
 */
const HUB_CATEGORIES = [
  'sdk',
  'api',
  'sandbox',
  'software-template',
  'validation-tool',
  'reference-architecture',
  'enablement-course',
  'sales-play',
];
const LAB_PLAYBOOKS = ['solution-development', 'partner-led-customer-success'];

describe('action links of every shipped program', () => {
  it.each(programs.map(p => [p.version, p] as const))(
    '%s: point at Hub categories, Lab playbooks, courses and plays that exist',
    (_, program) => {
      const wrong: string[] = [];
      for (const action of program.actions) {
        const { kind, ref } = action.link;
        const [prefix, id] = ref.split(':');
        const ok =
          (kind === 'hub' &&
            prefix === 'category' &&
            HUB_CATEGORIES.includes(id)) ||
          (kind === 'lab' &&
            prefix === 'playbook' &&
            LAB_PLAYBOOKS.includes(id)) ||
          (kind === 'ignite' &&
            prefix === 'course' &&
            program.igniteCourses.some(c => c.id === id)) ||
          (kind === 'play' &&
            prefix === 'play' &&
            program.plays.some(p => p.id === id));
        if (!ok) {
          wrong.push(`${action.id}: ${kind} ${ref}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});

describe('programInForce', () => {
  it.each([
    ['2022-02-01T00:00:00Z', '2022.1'],
    ['2022-06-30T12:00:00Z', '2022.1'],
    ['2023-01-31T23:59:59.999Z', '2022.1'],
    ['2023-02-01T00:00:00Z', '2023.1'],
    ['2024-01-31T23:59:59.999Z', '2023.1'],
    ['2024-02-01T00:00:00Z', '2024.1'],
    ['2030-01-01T00:00:00Z', '2024.1'],
  ])('at %s the program in force is %s', (asOf, version) => {
    expect(programInForce(programs, asOf).version).toBe(version);
    expect(programInForce(programs, new Date(asOf)).version).toBe(version);
  });

  it('does not depend on the order of the list', () => {
    expect(
      programInForce([...programs].reverse(), '2022-12-01T00:00:00Z').version,
    ).toBe('2022.1');
  });

  it('refuses dates before the first version and bad dates', () => {
    expect(() => programInForce(programs, '2021-12-31T00:00:00Z')).toThrow(
      'No program version is in force at 2021-12-31T00:00:00Z; the earliest takes effect on 2022-02-01',
    );
    expect(() => programInForce(programs, 'soon')).toThrow(RangeError);
    expect(() => programInForce([], '2023-01-01T00:00:00Z')).toThrow(
      'No program versions given',
    );
  });
});

describe('README', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

  it('documents every event type', () => {
    for (const type of EVENT_TYPES) {
      expect(readme).toContain(`\`${type}\``);
    }
  });

  it('documents every field of the definition format', () => {
    for (const key of [
      'version',
      'effectiveFrom',
      'perBusinessModelCap',
      'totalCap',
      'businessModels',
      'pillars',
      'kind',
      'aggregation',
      'events',
      'field',
      'perEventCap',
      'distinctBy',
      'numerator',
      'denominator',
      'filter',
      'unit',
      'windowDays',
      'target',
      'maxPoints',
      'perBusinessModel',
      'tiers',
      'threshold',
      'requirements',
      'pillarKind',
      'minPoints',
      'benefits',
      'category',
      'actions',
      'metric',
      'link',
      'example',
      'customer',
      'plays',
      'igniteCourses',
      'specializations',
      'options',
      'perCustomer',
      'catalog',
      'competencies',
      'requires',
      'min',
      'catalogEntry',
    ]) {
      expect(readme).toMatch(new RegExp(`\\b${key}:`));
    }
  });
});
