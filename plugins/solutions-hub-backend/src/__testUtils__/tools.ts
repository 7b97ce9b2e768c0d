import {
  BUSINESS_MODEL_IDS,
  LAB_STAGE_REFS,
  PRODUCT_AREA_IDS,
  SUPPORT_LEVEL_IDS,
  TOOL_CATEGORY_IDS,
  type ToolSpec,
} from '@partner-studio/plugin-partner-studio-common';
import type { IndexedTool } from '../search/types';

/** A tool for tests: a URL-launched SDK unless told otherwise. */
export function makeTool(
  name: string,
  overrides: Partial<Omit<IndexedTool, 'spec'>> & {
    spec?: Partial<ToolSpec>;
  } = {},
): IndexedTool {
  const { spec, ...rest } = overrides;
  return {
    ref: `tool:default/${name}`,
    namespace: 'default',
    name,
    title: name,
    description: `The ${name} tool.`,
    tags: [],
    ...rest,
    spec: {
      category: 'sdk',
      productArea: 'cloud-infrastructure',
      labStages: [],
      businessModels: ['solution-builder'],
      supportLevel: 'vendor-supported',
      minimumTier: 'community',
      owner: 'group:default/partner-engineering',
      links: {},
      launch: { type: 'url', url: `https://developer.example.com/${name}` },
      ...spec,
    },
  };
}

const NOUNS = [
  'cluster',
  'backup',
  'network',
  'desktop',
  'gateway',
  'firewall',
  'storage',
  'metrics',
  'identity',
  'registry',
  'operator',
  'pipeline',
  'recovery',
  'inventory',
  'policy',
  'workload',
  'tenant',
  'billing',
  'migration',
  'edge',
];
const KINDS = [
  'SDK',
  'API',
  'sandbox',
  'starter',
  'validator',
  'architecture',
  'course',
  'play',
  'connector',
  'toolkit',
  'lab',
  'guide',
];
const LANGUAGES = ['go', 'python', 'java', 'typescript', 'rust', 'terraform'];

/**
 * `count` synthetic tools, the same ones every time (no randomness): titles,
 * descriptions and tags from word lists, every facet value used, and
 * publication dates spread over three years.
 */
export function syntheticTools(count: number): IndexedTool[] {
  const tools: IndexedTool[] = [];
  for (let i = 0; i < count; i++) {
    const noun = NOUNS[i % NOUNS.length];
    const other = NOUNS[(i * 7 + 3) % NOUNS.length];
    const kind = KINDS[(i * 5) % KINDS.length];
    const language = LANGUAGES[i % LANGUAGES.length];
    const name = `${noun}-${kind.toLowerCase()}-${i}`;
    const category = TOOL_CATEGORY_IDS[i % TOOL_CATEGORY_IDS.length];
    tools.push(
      makeTool(name, {
        title: `${noun[0].toUpperCase()}${noun.slice(1)} ${other} ${kind} ${i}`,
        description: `A ${language} ${kind.toLowerCase()} for ${noun} and ${other} automation on the platform, release ${
          i % 40
        }.`,
        tags: [noun, language, `${other}-tools`],
        spec: {
          category,
          // Plays and courses name the program's (the catalog requires it).
          ...(category === 'sales-play'
            ? { play: { playId: 'kubernetes-quickstart' } }
            : {}),
          ...(category === 'enablement-course'
            ? { course: { courseId: 'ignite-selling-value' } }
            : {}),
          productArea: PRODUCT_AREA_IDS[(i * 3) % PRODUCT_AREA_IDS.length],
          labStages: [
            LAB_STAGE_REFS[i % LAB_STAGE_REFS.length],
            LAB_STAGE_REFS[(i * 5 + 2) % LAB_STAGE_REFS.length],
          ],
          businessModels: [
            BUSINESS_MODEL_IDS[i % BUSINESS_MODEL_IDS.length],
            BUSINESS_MODEL_IDS[(i + 1) % BUSINESS_MODEL_IDS.length],
          ],
          supportLevel: SUPPORT_LEVEL_IDS[(i * 7) % SUPPORT_LEVEL_IDS.length],
          publishedAt: new Date(Date.UTC(2024, 0, 1) + (i % 1000) * 86_400_000)
            .toISOString()
            .slice(0, 10),
        },
      }),
    );
  }
  return tools;
}
