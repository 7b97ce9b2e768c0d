/**
 * The fixed vocabulary of the partner program: business models, tiers and
 * performance event types. Program definitions may name and weight these,
 * but cannot invent new ones — the backends and the widget rely on them.
 * Their display names live in the program definition only
 * (`Program.businessModels[].name`, `Program.tiers[].name`).
 */

/**
 * The four business models of the program. A partner can run several; each
 * earns points on its own and the points are pooled into one total.
 *
 * @public
 */
export const BUSINESS_MODEL_IDS = [
  'solution-services',
  'solution-builder',
  'cloud-solution-provider',
  'solution-reseller',
] as const;

/** @public */
export type BusinessModelId = (typeof BUSINESS_MODEL_IDS)[number];

/**
 * Program tiers, lowest first. Pinnacle is reserved for invited partners.
 *
 * @public
 */
export const TIER_IDS = [
  'community',
  'select',
  'advanced',
  'principal',
  'pinnacle',
] as const;

/** @public */
export type TierId = (typeof TIER_IDS)[number];

/**
 * Types of performance events, the facts the program scores.
 * See {@link EVENT_TYPE_DOCS} for what each one means and which fields matter.
 *
 * @public
 */
export const EVENT_TYPES = [
  'opportunity_registered',
  'deal_won',
  'deal_influenced',
  'renewal_booked',
  'upsell_booked',
  'licenses_purchased',
  'licenses_deployed',
  'consumption_reported',
  'service_days_delivered',
  'managed_service_month',
  'certification_earned',
  'competency_earned',
  'specialization_earned',
  'ignite_course_completed',
  'play_executed',
  'lab_stage_completed',
  'event_reversed',
] as const;

/** @public */
export type EventType = (typeof EVENT_TYPES)[number];

/** The fields of a performance event an event type may require. */
export type EventField = 'customerId' | 'quantity' | 'amount';

/**
 * Documentation of an event type, used for validation messages and for
 * documentation pages.
 *
 * @public
 */
export interface EventTypeDoc {
  /** What happened, in one sentence. */
  description: string;
  /** Fields that must be present for the event to be accepted. */
  requiredFields: readonly EventField[];
  /** What `quantity` counts, when it matters. */
  quantity?: string;
  /** What `amount` (USD) measures, when it matters. */
  amount?: string;
  /**
   * Attributes that must be present; a list of strings restricts the allowed
   * values, `null` allows any non-empty string.
   */
  requiredAttributes?: Readonly<Record<string, readonly string[] | null>>;
  /** Optional attributes the program may use. */
  optionalAttributes?: Readonly<Record<string, readonly string[] | null>>;
}

/** The options of the Partner-Led Customer Success specialization. */
export const CUSTOMER_SUCCESS_OPTIONS = [
  'build',
  'resell',
  'collaborate',
] as const;

/** Kinds of GTM plays. */
export const PLAY_KINDS = ['strategy', 'velocity'] as const;

/** Tracks of the Ignite enablement program. */
export const IGNITE_TRACKS = ['technical', 'commercial', 'marketing'] as const;

/** Why an event was reversed. */
export const REVERSAL_REASONS = ['refund', 'clawback', 'correction'] as const;

/**
 * The event type that reverses an earlier event. It feeds no metric: it
 * removes the points of the event it names.
 */
export const REVERSAL_EVENT_TYPE = 'event_reversed';

/**
 * What each event type means and which fields matter. `amount` is always in
 * USD; `quantity` defaults to 1 where the event counts something.
 *
 * @public
 */
export const EVENT_TYPE_DOCS: Readonly<Record<EventType, EventTypeDoc>> =
  Object.freeze({
    opportunity_registered: {
      description:
        'The partner registered a sales opportunity (deal registration) with the vendor.',
      requiredFields: [],
      amount: 'Estimated deal value.',
      optionalAttributes: { play: PLAY_KINDS, playId: null },
    },
    deal_won: {
      description:
        "A partner-led deal was closed and booked. `customerId` identifies the end customer (new-customer metrics count distinct customers). A deal won under a GTM play names it in `attributes.playId` and counts toward that play; `attributes.product` names what was sold when the program asks for it (e.g. the vendor's customer-success package).",
      requiredFields: ['amount'],
      amount: 'Booking value.',
      optionalAttributes: { play: PLAY_KINDS, playId: null, product: null },
    },
    deal_influenced: {
      description:
        'The partner demonstrably influenced a vendor-led deal (technical win, co-selling, attach).',
      requiredFields: ['amount'],
      amount: 'Value of the vendor-led deal.',
      optionalAttributes: { play: PLAY_KINDS, playId: null },
    },
    renewal_booked: {
      description:
        'An existing customer renewed a subscription or contract (`customerId` names it; `attributes.product` what was renewed).',
      requiredFields: ['amount'],
      amount: 'Renewal value.',
      optionalAttributes: { product: null },
    },
    upsell_booked: {
      description:
        'An existing customer bought more (additional capacity, products or services; `attributes.product` names what).',
      requiredFields: ['amount'],
      amount: 'Upsell value.',
      optionalAttributes: { product: null },
    },
    licenses_purchased: {
      description: 'A customer purchased licences through the partner.',
      requiredFields: ['quantity'],
      quantity: 'Number of licences purchased.',
    },
    licenses_deployed: {
      description:
        'Purchased licences were deployed (activated) at a customer; adoption is deployed / purchased.',
      requiredFields: ['quantity'],
      quantity: 'Number of licences deployed.',
    },
    consumption_reported: {
      description:
        'Metered consumption of subscription, SaaS or cloud services at a customer was reported for a period (typically monthly).',
      requiredFields: ['amount'],
      amount: 'Consumption value for the period.',
    },
    service_days_delivered: {
      description:
        'Professional-service days were delivered to a customer (implementation, migration, advisory).',
      requiredFields: ['quantity'],
      quantity: 'Number of person-days delivered (fractions allowed).',
      amount: 'Optional: billed value.',
    },
    managed_service_month: {
      description:
        'One month of a managed-service contract was delivered to a customer.',
      requiredFields: ['customerId'],
      amount: 'Optional: monthly recurring revenue of the contract.',
    },
    certification_earned: {
      description:
        'People at the partner earned a vendor certification (`attributes.certification` names it).',
      requiredFields: [],
      quantity: 'Number of people certified (default 1).',
      requiredAttributes: { certification: null },
      optionalAttributes: { level: ['associate', 'professional', 'advanced'] },
    },
    competency_earned: {
      description:
        'The partner earned a solution or master-services competency (`attributes.competency`).',
      requiredFields: [],
      requiredAttributes: { competency: null },
    },
    specialization_earned: {
      description:
        'The partner earned a specialization (`attributes.specialization`). For the Partner-Led Customer Success specialization (`partner-led-customer-success`), `attributes.option` says which option: build your own success services, resell the vendor package, or collaborate with the vendor.',
      requiredFields: [],
      requiredAttributes: { specialization: null },
      optionalAttributes: { option: CUSTOMER_SUCCESS_OPTIONS },
    },
    ignite_course_completed: {
      description:
        'Someone at the partner completed an Ignite enablement course (`attributes.courseId`).',
      requiredFields: [],
      quantity: 'Number of people who completed it (default 1).',
      requiredAttributes: { courseId: null },
      optionalAttributes: { track: IGNITE_TRACKS },
    },
    play_executed: {
      description:
        "The partner executed a GTM play: `attributes.playId` names the play. Whether it is a strategy play (business transformation) or a velocity play (a specific IT solution) comes from the program's catalogue of plays; `attributes.play` may repeat it (`strategy` or `velocity`).",
      requiredFields: [],
      requiredAttributes: { playId: null },
      optionalAttributes: { play: PLAY_KINDS },
    },
    lab_stage_completed: {
      description:
        'A partner solution completed a Solutions Lab stage (`attributes.stage`, the stage id), development or commercialization; `attributes.playbook` names the Lab playbook and `attributes.engagementId` the engagement.',
      requiredFields: [],
      requiredAttributes: { stage: null },
      optionalAttributes: { playbook: null, engagementId: null },
    },
    event_reversed: {
      description:
        "A refund, clawback or correction: the earlier event named by `attributes.reversedEventId` counts for nothing from this event's date on. The ledger stays append-only: the reversed event is kept, and standings before the reversal are unchanged.",
      requiredFields: [],
      requiredAttributes: { reversedEventId: null },
      optionalAttributes: { reason: REVERSAL_REASONS },
    },
  });
