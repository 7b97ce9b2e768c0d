import { ProgramValidationError, parseProgram, programs } from '..';
import { shippedProgramSources } from './shipped.generated';

/** A mutable copy of a shipped definition (2023.1 unless said otherwise). */
function definition(version = '2023.1'): any {
  return structuredClone(
    shippedProgramSources.find(s => s.file === `program/${version}.yaml`)!
      .definition,
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
    expect(programs.map(p => p.version)).toEqual([
      '2022.1',
      '2023.1',
      '2024.1',
    ]);
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
          'metric "consumption" has no action: add at least one action whose example feeds it, to tell partners how to earn it',
      },
    ]);
  });

  it("counts a metric as covered when another action's example feeds it", () => {
    const input = definition('2024.1');
    // retained-customers has no action of its own: renewals and upsell feed it
    expect(
      input.actions.some((a: any) => a.metric === 'retained-customers'),
    ).toBe(false);
    expect(() => parseProgram(input)).not.toThrow();
    input.actions = input.actions.filter(
      (a: any) =>
        a.id !== 'book-renewal' && a.id !== 'upsell-existing-customer',
    );
    expect(issuesOf(input).map(i => i.message)).toEqual([
      expect.stringMatching(/^metric "renewals" has no action/),
      expect.stringMatching(/^metric "upsell" has no action/),
      expect.stringMatching(/^metric "retained-customers" has no action/),
    ]);
  });

  it('checks catalogue ties: the catalogue exists, targets are reachable, examples name entries that count', () => {
    const input = definition('2024.1');
    const metric = (id: string) => input.metrics.find((m: any) => m.id === id);
    const action = (id: string) => input.actions.find((a: any) => a.id === id);
    metric('ignite-courses').target = 14; // the catalogue has 13 courses
    metric('competencies').catalog.kind = 'strategy';
    metric('specializations').catalog.except = ['no-such-specialization'];
    action('close-strategy-deal').example.attributes.playId = 'not-a-play';
    action('earn-competency').example.attributes = { competency: 'x' };
    action('accelerate-deployment').example.customer = 'new';
    action('win-new-customer').example.catalogEntry = 'next';
    input.competencies = [];
    const index = (list: any[], id: string) =>
      list.findIndex((x: any) => x.id === id);
    const messages = Object.fromEntries(
      issuesOf(input).map(i => [i.path, i.message]),
    );
    const m = (id: string) => `metrics[${index(input.metrics, id)}]`;
    const a = (id: string) => `actions[${index(input.actions, id)}]`;
    expect(messages[`${m('ignite-courses')}.target`]).toBe(
      'target 14 can never be reached: only 13 entries of the igniteCourses catalogue count for metric "ignite-courses"',
    );
    expect(messages[`${m('competencies')}.catalog.list`]).toBe(
      'metric "competencies" is tied to the competencies catalogue, which the program does not define',
    );
    expect(messages[`${m('competencies')}.catalog.kind`]).toBe(
      'kind only applies to plays',
    );
    expect(messages[`${m('specializations')}.catalog.except[0]`]).toBe(
      'unknown specialization "no-such-specialization" in except',
    );
    expect(
      messages[`${a('earn-competency')}.example.attributes.competency`],
    ).toBe('catalogEntry: next fills attributes.competency; do not set it');
    expect(messages[`${a('accelerate-deployment')}.example.customer`]).toBe(
      'metric license-adoption is computed per customer: set customer: existing',
    );
    expect(messages[`${a('win-new-customer')}.example.catalogEntry`]).toBe(
      'metric new-customers is not tied to a catalogue, so there is no next entry',
    );
    expect(
      messages[`${a('close-strategy-deal')}.example.attributes.playId`],
    ).toMatch(/unknown play "not-a-play"/);
  });

  it("refuses reversals as a metric's or a requirement's events, and checks option requirements", () => {
    const input = definition('2024.1');
    input.metrics[0].events = ['opportunity_registered', 'event_reversed'];
    const options = input.specializations[0].options;
    options[0].requires.field = undefined;
    delete options[0].requires.field;
    options[1].requires.field = 'amount';
    options[2].requires.events = ['event_reversed'];
    const messages = Object.fromEntries(
      issuesOf(input).map(i => [i.path, i.message]),
    );
    expect(messages['metrics[0].events']).toBe(
      "event_reversed events remove other events' points and cannot feed a metric",
    );
    expect(messages['specializations[0].options[0].requires.field']).toBe(
      'a sum requirement needs field: amount or quantity',
    );
    expect(messages['specializations[0].options[1].requires.field']).toBe(
      'a count requirement takes no field',
    );
    expect(messages['specializations[0].options[2].requires.events[0]']).toBe(
      "event_reversed events remove other events' points and cannot count for a requirement",
    );
  });

  it('matches the terms of a per-customer ratio by field', () => {
    const input = definition('2024.1');
    const adoption = input.metrics.find(
      (m: any) => m.id === 'license-adoption',
    );
    adoption.denominator.field = 'amount';
    expect(issuesOf(input)).toEqual([
      {
        path: `metrics[${input.metrics.indexOf(adoption)}].denominator.field`,
        message:
          "a per-customer ratio compares each customer's numerator with its denominator: both must be the same field",
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
