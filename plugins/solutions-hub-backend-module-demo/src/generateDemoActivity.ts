import type {
  LaunchInput,
  IndexedTool,
} from '@partner-studio/plugin-solutions-hub-backend';
import { DemoRandom } from './demoRandom';

const DAY_MS = 86_400_000;

/** A demo partner and the people who launch tools for it. */
export interface DemoPartner {
  /** The partner group's entity ref. */
  ref: string;
  memberRefs: string[];
  /** The demo's top partner may use every tool, locked ones included. */
  unrestricted: boolean;
}

/** A rating the demo writes. */
export interface DemoRating {
  toolRef: string;
  userRef: string;
  partnerRef: string;
  stars: number;
  comment?: string;
  /** Epoch ms. */
  ratedAt: number;
}

/** What the demo writes. */
export interface DemoActivity {
  launches: LaunchInput[];
  ratings: DemoRating[];
}

/** Days of launches before the anchor day. */
export const DEMO_DAYS = 16 * 7;

/** The demo's seed: change it and the whole demo changes. */
export const DEMO_SEED = 20_221_115;

const COMMENTS: Record<number, readonly string[]> = {
  5: [
    'Had our first integration running against the sandbox in an afternoon.',
    'The samples cover exactly what our customers ask for.',
    'Saved us weeks on the validation stage.',
    'Clear docs, sensible defaults, quick answers from the product team.',
  ],
  4: [
    'Solid. The reference design needed a few tweaks for smaller sites.',
    'Good coverage; pagination helpers would make it great.',
    'Works well, the staging credentials took two days to arrive.',
  ],
  3: [
    'Useful, but the examples lag behind the latest API version.',
    'Does the job; error messages could say more.',
  ],
  2: ['Hard to get going without the instructor-led session.'],
};

/** Tools a partner may launch in the demo: unlocked for everybody, or all for the top partner. */
function launchable(tools: readonly IndexedTool[], partner: DemoPartner) {
  return partner.unrestricted
    ? tools
    : tools.filter(
        t => t.spec.minimumTier === 'community' && !t.spec.requiredLabStage,
      );
}

/**
 * A few months of launches and some ratings for the demo partners'
 * people, ending the day before `anchorDay` (epoch ms of a UTC midnight).
 * Deterministic: the same inputs give the same activity. Tools get uneven
 * appeal and a trend (rising, steady or fading), so popularity, usage and
 * trends show something.
 */
export function generateDemoActivity(input: {
  tools: readonly IndexedTool[];
  partners: readonly DemoPartner[];
  anchorDay: number;
  seed?: number;
}): DemoActivity {
  const random = new DemoRandom(input.seed ?? DEMO_SEED);
  const tools = [...input.tools].sort((a, b) => (a.ref < b.ref ? -1 : 1));
  const appeal = new Map(
    tools.map(t => [
      t.ref,
      random.int(1, 10) *
        (t.spec.category === 'software-template' ||
        t.spec.category === 'sandbox'
          ? 2
          : 1),
    ]),
  );
  // -1 fading, 0 steady, 1 rising.
  const trend = new Map(tools.map(t => [t.ref, random.int(-1, 1)]));

  const launches: LaunchInput[] = [];
  const launched = new Map<string, Map<string, number>>();
  const partners = [...input.partners].sort((a, b) => (a.ref < b.ref ? -1 : 1));
  for (const partner of partners) {
    const available = launchable(tools, partner);
    if (available.length === 0) continue;
    for (const userRef of [...partner.memberRefs].sort()) {
      const activity = random.int(15, 45) / 100;
      for (let daysAgo = DEMO_DAYS; daysAgo >= 1; daysAgo--) {
        const progress = 1 - daysAgo / DEMO_DAYS; // 0 long ago, 1 yesterday
        if (!random.chance(activity)) continue;
        const tool = random.weighted(available, t => {
          const direction = trend.get(t.ref) ?? 0;
          return (appeal.get(t.ref) ?? 1) * (1 + direction * (progress - 0.5));
        });
        const launchedAt =
          input.anchorDay - daysAgo * DAY_MS + random.int(7, 19) * 3_600_000;
        launches.push({
          toolRef: tool.ref,
          userRef,
          partnerRef: partner.ref,
          launchedAt,
        });
        const byTool = launched.get(userRef) ?? new Map<string, number>();
        if (!byTool.has(tool.ref)) byTool.set(tool.ref, launchedAt);
        launched.set(userRef, byTool);
      }
    }
  }

  const ratings: DemoRating[] = [];
  for (const partner of partners) {
    for (const userRef of [...partner.memberRefs].sort()) {
      const firstLaunches = [...(launched.get(userRef) ?? new Map())].sort(
        (a, b) => (a[0] < b[0] ? -1 : 1),
      );
      for (const [toolRef, firstLaunchedAt] of firstLaunches) {
        if (!random.chance(0.35)) continue;
        const stars = random.weighted(
          [5, 4, 3, 2],
          s => ({ 5: 5, 4: 6, 3: 3, 2: 1 }[s] ?? 1),
        );
        const ratedAt = Math.min(
          input.anchorDay - DAY_MS,
          firstLaunchedAt + random.int(1, 10) * DAY_MS,
        );
        ratings.push({
          toolRef,
          userRef,
          partnerRef: partner.ref,
          stars,
          ...(random.chance(0.6)
            ? { comment: random.pick(COMMENTS[stars]) }
            : {}),
          ratedAt,
        });
      }
    }
  }
  launches.sort((a, b) => a.launchedAt - b.launchedAt);
  return { launches, ratings };
}
