import { ProgramValidationError, parseProgram, programs } from '..';
import { shippedProgramSources } from './shipped.generated';

/** A mutable copy of the latest shipped definition. */
function definition(): any {
  return structuredClone(
    shippedProgramSources[shippedProgramSources.length - 1].definition,
  );
}

function issuesOf(input: unknown) {
  try {
    parseProgram(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ProgramValidationError);
    return (error as ProgramValidationError).issues;
  }
  throw new Error('expected the program to be rejected');
}

describe('parseProgram', () => {
  it('accepts every shipped definition and freezes it', () => {
    for (const source of shippedProgramSources) {
      const program = parseProgram(source.definition);
      expect(Object.isFrozen(program)).toBe(true);
      expect(Object.isFrozen(program.metrics[0])).toBe(true);
    }
    expect(programs.map(p => p.version)).toEqual(['2022.1', '2023.1']);
  });

  it('does not freeze or change its input', () => {
    const input = definition();
    parseProgram(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(input).toEqual(definition());
  });

  it('lists every problem with its path, structural and cross-reference alike', () => {
    const input = definition();
    input.version = 'v2';
    input.metrics[0].pillar = 'marketing'; // unknown pillar
    input.metrics[1].maxPoints = -5; // structural
    input.metrics[2].aggregation = 'median'; // structural
    input.actions[0].metric = 'no-such-metric'; // unknown metric
    input.tiers[3].threshold = 200; // not above Advanced's 300
    input.tiers[4].requirements[0].pillarKind = 'luck';
    delete input.tiers[2].name;

    const issues = issuesOf(input);
    const paths = issues.map(i => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'version',
        'metrics[0].pillar',
        'metrics[1].maxPoints',
        'metrics[2].aggregation',
        'actions[0].metric',
        'tiers[3].threshold',
        'tiers[4].requirements[0].pillarKind',
        'tiers[2].name',
      ]),
    );
    const byPath = Object.fromEntries(issues.map(i => [i.path, i.message]));
    expect(byPath['metrics[0].pillar']).toMatch(
      /unknown pillar "marketing"; known pillars: pre-sales, sales/,
    );
    expect(byPath['actions[0].metric']).toMatch(
      /unknown metric "no-such-metric"/,
    );
    expect(byPath['tiers[3].threshold']).toBe(
      "tier thresholds must increase: 200 is not above the previous tier's 300",
    );
    expect(byPath['metrics[1].maxPoints']).toBe('must be greater than 0');
  });

  it('reports the message in the error too', () => {
    const input = definition();
    input.metrics[0].pillar = 'marketing';
    expect(() => parseProgram(input)).toThrow(
      /Invalid program definition \(\d+ problems?\):\n {2}- metrics\[0\]\.pillar: metric "registered-opportunities" refers to unknown pillar/,
    );
  });

  it('checks that tiers are complete, ordered and start at community 0', () => {
    const input = definition();
    input.tiers = [input.tiers[1], input.tiers[0], input.tiers[2]];
    const paths = issuesOf(input).map(i => `${i.path}: ${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'tiers[0].id: the first tier must be community',
        'tiers[0].threshold: the first tier must have threshold 0',
        'tiers[0].requirements: the first tier is the floor and cannot have requirements',
        expect.stringMatching(
          /^tiers\[1\]\.id: tiers must be listed in the order/,
        ),
      ]),
    );
  });

  it('checks actions: link format, catalogue references and that the example feeds the metric', () => {
    const input = definition();
    const byId = (id: string) => input.actions.find((a: any) => a.id === id);
    byId('register-opportunity').link.ref = 'sdk';
    byId('register-opportunity').example.type = 'deal_influenced';
    byId('run-strategy-play').example.attributes.play = 'velocity';
    byId('run-vdi-play').link.ref = 'play:unknown-play';
    byId('complete-technical-course').example.attributes.courseId = 'no-course';
    byId('win-new-customer').example.customer = 'none';
    byId('accelerate-deployment').example.type = 'licenses_purchased';

    const issues = issuesOf(input);
    const index = (id: string) =>
      input.actions.findIndex((a: any) => a.id === id);
    const messages = Object.fromEntries(issues.map(i => [i.path, i.message]));
    expect(messages[`actions[${index('register-opportunity')}].link.ref`]).toBe(
      'a hub link ref must look like category:<id>, got "sdk"',
    );
    expect(
      messages[`actions[${index('register-opportunity')}].example.type`],
    ).toMatch(/does not feed metric registered-opportunities/);
    expect(
      messages[
        `actions[${index('run-strategy-play')}].example.attributes.play`
      ],
    ).toMatch(/only counts events with attributes.play in \[strategy\]/);
    expect(messages[`actions[${index('run-vdi-play')}].link.ref`]).toMatch(
      /unknown play "unknown-play"/,
    );
    expect(
      messages[
        `actions[${index(
          'complete-technical-course',
        )}].example.attributes.courseId`
      ],
    ).toMatch(/unknown Ignite course "no-course"/);
    expect(
      messages[`actions[${index('win-new-customer')}].example.customer`],
    ).toMatch(/counts distinct customers: set customer: new/);
    expect(
      messages[`actions[${index('accelerate-deployment')}].example.type`],
    ).toMatch(/only feeds the denominator/);
  });

  it('requires every metric to have an action', () => {
    const input = definition();
    input.actions = input.actions.filter(
      (a: any) => a.metric !== 'consumption',
    );
    const index = input.metrics.findIndex((m: any) => m.id === 'consumption');
    expect(issuesOf(input)).toEqual([
      {
        path: `metrics[${index}]`,
        message:
          'metric "consumption" has no action: add at least one action that tells partners how to earn it',
      },
    ]);
  });

  it('rejects duplicate ids and unknown keys', () => {
    const input = definition();
    input.metrics[1].id = input.metrics[0].id;
    input.metrics[3].maxPoint = 4;
    const issues = issuesOf(input);
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          path: 'metrics[1].id',
          message: `duplicate metric id "${input.metrics[0].id}" (also at metrics[0])`,
        },
        {
          path: 'metrics[3]',
          message: expect.stringContaining(
            "Unrecognized key(s) in object: 'maxPoint'",
          ),
        },
      ]),
    );
  });

  it('rejects what is not a program at all', () => {
    expect(issuesOf('version: 1')).toEqual([
      { path: '', message: 'a program definition must be an object' },
    ]);
    expect(issuesOf({}).map(i => i.path)).toEqual(
      expect.arrayContaining([
        'version',
        'name',
        'effectiveFrom',
        'businessModels',
        'pillars',
        'metrics',
        'tiers',
      ]),
    );
  });
});
