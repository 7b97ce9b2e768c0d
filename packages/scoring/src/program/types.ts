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
  /** Catalogue of solution and master-services competencies. */
  competencies: CompetencyDefinition[];
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
export type Aggregation = 'sum' | 'count' | 'distinct' | 'ratio' | 'growth';

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
  /**
   * Catalogue integrity: only events naming an entry of this catalogue count
   * (see {@link MetricCatalog}).
   */
  catalog?: MetricCatalog;
}

/** @public */
export interface MetricFilter {
  attributes: Record<string, string | string[]>;
}

/** The catalogues of a program that metrics can be tied to. @public */
export type CatalogList =
  | 'plays'
  | 'igniteCourses'
  | 'specializations'
  | 'competencies';

/**
 * Ties a metric to one of the program's catalogues: an event counts only if
 * the attribute that names an entry of that catalogue (`playId` for plays,
 * `courseId` for Ignite courses, `specialization`, `competency`) names one
 * that the catalogue defines, of the given kind or track, not excepted. A
 * play's kind and a course's track come from the catalogue, not from the
 * event. A specialization with options counts only with one of its options
 * (`attributes.option`), and only while that option's requirement holds.
 *
 * @public
 */
export interface MetricCatalog {
  list: CatalogList;
  /** Plays only: strategy or velocity plays. */
  kind?: PlayDefinition['kind'];
  /** Ignite courses only: one track. */
  track?: IgniteCourseDefinition['track'];
  /** Entries of the catalogue that do not count for this metric. */
  except?: string[];
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

/**
 * numerator / denominator, 0 while the denominator is 0. With
 * `perCustomer: true` the terms are matched by `customerId`: each customer's
 * numerator counts up to its own denominator (e.g. deployed licences up to
 * the licences that customer purchased, so adoption is capped at 100 % per
 * customer and one customer's surplus cannot hide another's shortfall), and
 * events without a customer count for nothing.
 *
 * @public
 */
export interface RatioMetricDefinition extends MetricDefinitionBase {
  aggregation: 'ratio';
  numerator: RatioTerm;
  denominator: RatioTerm;
  perCustomer: boolean;
}

/**
 * Growth of a sum from one period to the next: (current − previous) ÷
 * previous, where the current period is the last `windowDays` days and the
 * previous period the `windowDays` before them; 0 while the previous period
 * is 0 (no baseline yet). Negative growth earns nothing.
 *
 * @public
 */
export interface GrowthMetricDefinition extends MetricDefinitionBase {
  aggregation: 'growth';
  events: EventType[];
  field: ValueField;
}

/** @public */
export type MetricDefinition =
  | SumMetricDefinition
  | CountMetricDefinition
  | DistinctMetricDefinition
  | RatioMetricDefinition
  | GrowthMetricDefinition;

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
 * (`asOf`) and business model. `customer: new` adds a customer id that the
 * partner does not have yet; `customer: existing` (per-customer ratios only)
 * the partner's customer with the largest shortfall (e.g. the most licences
 * purchased and not deployed). `catalogEntry: next` (metrics tied to a
 * catalogue) fills the catalogue attribute with the first entry, in
 * catalogue order, that the partner does not hold yet.
 *
 * @public
 */
export interface ActionExample {
  type: EventType;
  quantity?: number;
  amount?: number;
  attributes?: Record<string, string | number | boolean>;
  customer: 'new' | 'none' | 'existing';
  catalogEntry?: 'next';
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
  /**
   * The ways to qualify (the Partner-Led Customer Success paths). A metric
   * tied to the catalogue counts the specialization only with one of them.
   */
  options?: SpecializationOption[];
}

/** @public */
export interface SpecializationOption {
  id: string;
  name: string;
  description?: string;
  /**
   * What the option needs besides the specialization event, in the window
   * given (e.g. sales of the vendor's success package in the last 12
   * months). While it does not hold, the specialization earned with this
   * option counts for nothing.
   */
  requires?: OptionRequirement;
}

/**
 * A condition on the partner's own events: at least `min` of them (count),
 * or a sum of `field` of at least `min`, in the last `windowDays` days.
 *
 * @public
 */
export interface OptionRequirement {
  description: string;
  events: EventType[];
  filter?: MetricFilter;
  aggregation: 'count' | 'sum';
  field?: ValueField;
  min: number;
  windowDays: number;
}

/** @public */
export interface CompetencyDefinition {
  id: string;
  name: string;
  description?: string;
}
