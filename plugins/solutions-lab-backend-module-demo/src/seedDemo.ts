import type {
  ChecklistItemView,
  LabActor,
  LabServiceApi,
  SolutionsLabSeedContext,
  SolutionsLabSeeder,
} from '@partner-studio/plugin-solutions-lab-node';
import {
  createSeededRandom,
  seedOf,
} from '@partner-studio/plugin-partner-studio-node';
import {
  DEMO_SCRIPTS,
  DemoScript,
  DemoStep,
  Expert,
  EXPERTS,
  PartnerPerson,
  PEOPLE,
} from './scripts';

const DAY = 86_400_000;
const MINUTE = 60_000;

function partnerActor(person: PartnerPerson): LabActor {
  return {
    userRef: PEOPLE[person].userRef,
    role: 'partner-member',
    partnerRefs: [PEOPLE[person].partnerRef],
  };
}

function expertActor(expert: Expert): LabActor {
  return { userRef: EXPERTS[expert], role: 'expert', partnerRefs: [] };
}

/** A plausible evidence link for an item, on the partner's or the vendor's domain. */
function evidenceFor(
  item: ChecklistItemView,
  script: DemoScript,
  runId: string,
): { url: string; label?: string } | undefined {
  const domain = PEOPLE[script.requestedBy].domain;
  switch (item.evidence) {
    case 'link':
      return {
        url: `https://docs.${domain}/solutions/${script.key}/${item.id}`,
      };
    case 'validation-report':
      return {
        url: `https://reports.${domain}/${script.key}/${item.id}.pdf`,
        label: `${item.title} (report)`,
      };
    case 'tool-run':
      return {
        url: `https://validation.vendor.example/runs/${(item.tool ?? 'tool')
          .replace(/^[^/]*\//, '')
          .replace(/[^a-z0-9-]/gi, '-')}/${runId}`,
        label: 'Validation run',
      };
    default:
      return undefined;
  }
}

/** The seeder's clock: history back-dated, one minute per action. */
class DemoClock {
  now = 0;

  readonly read = (): number => this.now;

  tick(): void {
    this.now += MINUTE;
  }
}

/** Plays one script through the Lab's service. */
class ScriptPlayer {
  readonly #service: LabServiceApi;
  readonly #clock: DemoClock;
  readonly #random: (from: number, to: number) => number;
  readonly #script: DemoScript;
  readonly #partner: LabActor;
  readonly #expert?: LabActor;
  #id = '';

  constructor(options: {
    service: LabServiceApi;
    clock: DemoClock;
    random: (from: number, to: number) => number;
    script: DemoScript;
  }) {
    this.#service = options.service;
    this.#clock = options.clock;
    this.#random = options.random;
    this.#script = options.script;
    this.#partner = partnerActor(options.script.requestedBy);
    this.#expert = options.script.expert
      ? expertActor(options.script.expert)
      : undefined;
  }

  /** Requests the engagement at `start`, then plays every step in time. */
  async play(start: number): Promise<void> {
    const script = this.#script;
    this.#clock.now = start;
    const engagement = await this.#service.requestEngagement(this.#partner, {
      playbookId: script.playbookId,
      path: script.path,
      solutionName: script.solutionName,
      description: script.description,
    });
    this.#id = engagement.id;
    let dayStart = start;
    for (const step of script.steps) {
      dayStart += step.days * DAY;
      this.#clock.now = Math.max(
        this.#clock.now,
        dayStart + this.#random(0, 90) * MINUTE,
      );
      await this.#step(step);
      this.#clock.tick();
    }
  }

  #expertOrFail(): LabActor {
    if (!this.#expert) {
      throw new Error(`Demo script ${this.#script.key} needs an expert`);
    }
    return this.#expert;
  }

  async #current() {
    const detail = await this.#service.getEngagement(
      this.#expert ?? this.#partner,
      this.#id,
    );
    const stage = detail.stages.find(s => s.state === 'current');
    return { detail, items: stage?.checklist ?? [] };
  }

  async #check(item: ChecklistItemView): Promise<void> {
    const by =
      item.confirmedBy === 'expert' ? this.#expertOrFail() : this.#partner;
    await this.#service.setChecklistItem(by, this.#id, item.id, {
      checked: true,
      evidence: evidenceFor(
        item,
        this.#script,
        this.#random(10000, 99999).toString(),
      ),
    });
    this.#clock.tick();
  }

  async #step(step: DemoStep): Promise<void> {
    switch (step.do) {
      case 'take': {
        const expert = this.#expertOrFail();
        await this.#service.assign(expert, this.#id, {
          expertRef: expert.userRef,
        });
        return;
      }
      case 'pass': {
        const expert = this.#expertOrFail();
        for (const item of (await this.#current()).items) {
          if (!item.checked && (item.required || this.#random(0, 9) < 4)) {
            await this.#check(item);
          }
        }
        const { detail } = await this.#current();
        const last =
          detail.stages[detail.stages.length - 1].id === detail.currentStageId;
        await this.#service.decide(expert, this.#id, {
          decision: last ? 'complete' : 'advance',
          expectedVersion: detail.version,
        });
        return;
      }
      case 'progress': {
        const open = (await this.#current()).items.filter(
          i => i.required && !i.checked && i.confirmedBy === 'partner',
        );
        // Never all of them: a stage in progress is not ready to pass.
        const count = Math.min(
          Math.floor(open.length * step.share),
          Math.max(0, open.length - 1),
        );
        for (const item of open.slice(0, count)) await this.#check(item);
        return;
      }
      case 'send-back':
      case 'close':
      case 'hold': {
        const { detail } = await this.#current();
        await this.#service.decide(this.#expertOrFail(), this.#id, {
          decision: step.do,
          reason: step.reason,
          comment: step.comment,
          expectedVersion: detail.version,
        });
        return;
      }
      case 'note': {
        const by =
          step.by === 'erin' || step.by === 'ethan'
            ? expertActor(step.by)
            : partnerActor(step.by);
        await this.#service.addNote(by, this.#id, {
          body: step.body,
          visibility: step.internal ? 'internal' : 'shared',
        });
        return;
      }
      case 'wait':
      default:
        return;
    }
  }
}

/** The partners the demo scripts act for. */
const DEMO_PARTNERS = [
  ...new Set(Object.values(PEOPLE).map(p => p.partnerRef)),
];

/**
 * Waits until the catalog lists every demo partner, so that partner points
 * knows them when the seeded points events arrive; false if it never does.
 */
async function demoPartnersListed(
  context: SolutionsLabSeedContext,
  options: { partnersTimeoutMs?: number; pollMs?: number },
): Promise<boolean> {
  const deadline = Date.now() + (options.partnersTimeoutMs ?? 10 * 60_000);
  for (;;) {
    const listed = new Set(await context.listPartnerRefs());
    const missing = DEMO_PARTNERS.filter(ref => !listed.has(ref));
    if (missing.length === 0) return true;
    if (context.signal.aborted) return false;
    if (Date.now() > deadline) {
      context.logger.warn(
        `No demo engagements seeded: the catalog does not list the demo partners ${missing.join(
          ', ',
        )} (see catalog/org.yaml)`,
      );
      return false;
    }
    await new Promise(resolve => setTimeout(resolve, options.pollMs ?? 2_000));
  }
}

/**
 * Plays the demo scripts through the Lab's service, on a clock that ends
 * the day before `now` and ids and choices derived from that day: the same
 * day gives the same data, and every day's data is anchored to it.
 */
export async function seedDemo(
  context: SolutionsLabSeedContext,
  options: { now: number; partnersTimeoutMs?: number; pollMs?: number },
): Promise<{ seeded: number }> {
  if (!(await context.isEmpty())) {
    context.logger.info('The Lab has engagements already; no demo data seeded');
    return { seeded: 0 };
  }
  if (!(await demoPartnersListed(context, options))) return { seeded: 0 };
  const today = new Date(options.now).toISOString().slice(0, 10);
  const random = createSeededRandom(seedOf(`solutions-lab-demo/${today}`)).int;
  // History ends yesterday evening (UTC), before any "now" of today.
  const endOfHistory = Date.parse(`${today}T00:00:00Z`) - 6 * 60 * MINUTE;

  const clock = new DemoClock();
  let nextId = '';
  const service = context.createService({
    now: clock.read,
    newId: () => nextId,
  });
  for (const script of DEMO_SCRIPTS) {
    const totalDays = script.steps.reduce((sum, step) => sum + step.days, 0);
    nextId = `demo-${today.replace(/-/g, '')}-${script.key}`;
    await new ScriptPlayer({ service, clock, random, script }).play(
      endOfHistory - totalDays * DAY,
    );
  }
  context.logger.info(
    `Seeded ${DEMO_SCRIPTS.length} demo engagements anchored to ${today}`,
  );
  return { seeded: DEMO_SCRIPTS.length };
}

/** The demo seeder on a clock (the real one by default). */
export function createDemoSeeder(
  options: { now?: () => number } = {},
): SolutionsLabSeeder {
  const now = options.now ?? Date.now;
  return async context => {
    await seedDemo(context, { now: now() });
  };
}
