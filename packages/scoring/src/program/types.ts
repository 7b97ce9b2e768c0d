import type { BusinessModelId, EventType, TierId } from '../ids';

/**
 * A program definition: the versioned rules of the partner program, as
 * written in `program/<version>.yaml` and validated by `parseProgram`.
 * Parsed programs are deeply frozen.
 *
 * @public
 */
export interface Program {
  /** Version id, e.g. `2023.1`. */
  version: string;
  /** Display name, e.g. `Partner Connect 2023`. */
  name: string;
  /** First day the version is in force, `YYYY-MM-DD` (UTC). */
  effectiveFrom: string;
  description?: string;
  /** How per-business-model points pool into the total. */
  pooling: PoolingRule;
  /** The business models this version scores, with display names. */
  businessModels: BusinessModelDefinition[];
  pillars: PillarDefinition[];
  metrics: MetricDefinition[];
  /** Tiers, lowest first; the first is always `community` at 0 points. */
  tiers: TierDefinition[];
  actions: ActionDefinition[];
  /** Catalogue of GTM plays that actions and events can refer to. */
  plays: PlayDefinition[];
  /** Catalogue of Ignite enablement courses. */
  igniteCourses: IgniteCourseDefinition[];
  /** Catalogue of specializations (with the Customer Success options). */
  specializations: SpecializationDefinition[];
}

/**
 * Pooling: total = min(totalCap, shared points + Σ over business models of
 * min(perBusinessModelCap, points the model earned)). Absent caps do not apply.
 *
 * @public
 */
export interface PoolingRule {
  perBusinessModelCap?: number;
  totalCap?: number;
}

/** @public */
export interface BusinessModelDefinition {
  id: BusinessModelId;
  name: string;
  description?: string;
}

/**
 * Pillars group metrics. `kind` says whether they measure performance (the
 * customer lifecycle) or capability (skills, competencies, enablement); tier
 * requirements can ask for minimum points in either kind.
 *
 * @public
 */
export interface PillarDefinition {
  id: string;
  name: string;
  kind: PillarKind;
  description?: string;
}

/** @public */
export type PillarKind = 'performance' | 'capability';

/** @public */
export type Aggregation = 'sum' | 'count' | 'distinct' | 'ratio';

/** Which numeric field of an event a sum or ratio adds up. @public */
export type ValueField = 'amount' | 'quantity';

/** @public */
export interface RatioTerm {
  events: EventType[];
  field: ValueField;
}

/**
 * Fields common to every metric.
 *
 * @public
 */
export interface MetricDefinitionBase {
  id: string;
  name: string;
  description?: string;
  pillar: string;
  /** Unit of the metric value, e.g. `USD`, `deals`, `customers`, `ratio`. */
  unit: string;
  /** Rolling window: events count while `asOf - windowDays < occurredAt ≤ asOf`. */
  windowDays: number;
  /** Value that earns full credit; below it the metric earns a share. */
  target: number;
  /** Points at (or above) target. */
  maxPoints: number;
  /** Whether the metric is earned per business model (then pooled). */
  perBusinessModel: boolean;
  /** For per-business-model metrics: the models it applies to (default: all). */
  businessModels?: BusinessModelId[];
  /** Only events whose attributes match count (value or list of values). */
  filter?: MetricFilter;
}

/** @public */
export interface MetricFilter {
  attributes: Record<string, string | string[]>;
}

/** Sum of a field (`quantity` missing counts as 1, `amount` missing as 0). @public */
export interface SumMetricDefinition extends MetricDefinitionBase {
  aggregation: 'sum';
  events: EventType[];
  field: ValueField;
  /** At most this much of a single event's value counts. */
  perEventCap?: number;
}

/** Number of events. @public */
export interface CountMetricDefinition extends MetricDefinitionBase {
  aggregation: 'count';
  events: EventType[];
}

/**
 * Number of distinct values of `customerId` or of an attribute
 * (`attributes.<name>`); events without that value do not count.
 *
 * @public
 */
export interface DistinctMetricDefinition extends MetricDefinitionBase {
  aggregation: 'distinct';
  events: EventType[];
  distinctBy: string;
}

/** numerator / denominator, 0 while the denominator is 0. @public */
export interface RatioMetricDefinition extends MetricDefinitionBase {
  aggregation: 'ratio';
  numerator: RatioTerm;
  denominator: RatioTerm;
}

/** @public */
export type MetricDefinition =
  | SumMetricDefinition
  | CountMetricDefinition
  | DistinctMetricDefinition
  | RatioMetricDefinition;

/** @public */
export interface TierDefinition {
  id: TierId;
  name: string;
  /** Minimum total points. */
  threshold: number;
  description?: string;
  /** Further conditions, all of which must hold. */
  requirements: TierRequirement[];
  /** Benefits of the tier (complete list, not only what it adds). */
  benefits: TierBenefit[];
}

/** @public */
export type TierRequirement =
  | {
      type: 'pillar-kind-points';
      id: string;
      pillarKind: PillarKind;
      minPoints: number;
      description?: string;
    }
  | {
      type: 'pillar-points';
      id: string;
      pillar: string;
      minPoints: number;
      description?: string;
    }
  | {
      type: 'metric-points';
      id: string;
      metric: string;
      minPoints: number;
      description?: string;
    }
  | { type: 'invitation'; id: string; description?: string };

/** @public */
export type BenefitCategory =
  | 'discount'
  | 'funds'
  | 'credits'
  | 'expert-hours'
  | 'support'
  | 'enablement'
  | 'access'
  | 'recognition';

/** @public */
export interface TierBenefit {
  id: string;
  name: string;
  description: string;
  category: BenefitCategory;
  /** Amount of the benefit in `unit`, when it has one. */
  value?: number;
  unit?: string;
}

/** Where an action leads. @public */
export type ActionLinkKind = 'hub' | 'lab' | 'ignite' | 'play';

/**
 * `ref` is `category:<id>` (Hub), `playbook:<id>` (Lab), `course:<id>`
 * (Ignite) or `play:<id>` (GTM play).
 *
 * @public
 */
export interface ActionLink {
  kind: ActionLinkKind;
  ref: string;
  label: string;
}

/** @public */
export interface ActionDefinition {
  id: string;
  metric: string;
  title: string;
  description: string;
  link: ActionLink;
  /** The event the action produces, to estimate its points. */
  example: ActionExample;
}

/**
 * The event an action would produce. The engine fills in id, partner, date
 * (`asOf`) and business model; `customer: new` adds a customer id that the
 * partner does not have yet.
 *
 * @public
 */
export interface ActionExample {
  type: EventType;
  quantity?: number;
  amount?: number;
  attributes?: Record<string, string | number | boolean>;
  customer: 'new' | 'none';
}

/** @public */
export interface PlayDefinition {
  id: string;
  name: string;
  kind: 'strategy' | 'velocity';
  description?: string;
}

/** @public */
export interface IgniteCourseDefinition {
  id: string;
  name: string;
  track: 'technical' | 'commercial' | 'marketing';
  description?: string;
}

/** @public */
export interface SpecializationDefinition {
  id: string;
  name: string;
  description?: string;
  options?: Array<{ id: string; name: string; description?: string }>;
}
