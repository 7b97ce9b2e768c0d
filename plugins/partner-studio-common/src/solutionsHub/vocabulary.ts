/**
 * The Solutions Hub's fixed vocabulary: tool categories, support levels and
 * product areas, each with its display label. The catalog processor, the
 * Hub backend (facets) and the Hub frontend (filters) all read them here.
 */

/** A vocabulary entry: a stable id and what people read. */
export interface HubVocabularyEntry<Id extends string = string> {
  id: Id;
  label: string;
  description: string;
}

/** Tool category ids, in the order the Hub lists them. */
export const TOOL_CATEGORY_IDS = [
  'sdk',
  'api',
  'sandbox',
  'software-template',
  'validation-tool',
  'reference-architecture',
  'enablement-course',
  'sales-play',
] as const;

/** A tool category id. */
export type ToolCategoryId = (typeof TOOL_CATEGORY_IDS)[number];

/** Tool categories with labels. */
export const TOOL_CATEGORIES: Readonly<
  Record<ToolCategoryId, HubVocabularyEntry<ToolCategoryId>>
> = Object.freeze({
  sdk: {
    id: 'sdk',
    label: 'SDK',
    description: 'Client libraries and bindings for the vendor platform.',
  },
  api: {
    id: 'api',
    label: 'API',
    description:
      'Documented HTTP and event APIs with credentials per environment.',
  },
  sandbox: {
    id: 'sandbox',
    label: 'Sandbox',
    description: 'Hosted environments to build and test against.',
  },
  'software-template': {
    id: 'software-template',
    label: 'Software template',
    description: 'Starter projects generated in the portal.',
  },
  'validation-tool': {
    id: 'validation-tool',
    label: 'Validation tool',
    description: 'Suites that check a partner solution before certification.',
  },
  'reference-architecture': {
    id: 'reference-architecture',
    label: 'Reference architecture',
    description: 'Validated designs with sizing and deployment guides.',
  },
  'enablement-course': {
    id: 'enablement-course',
    label: 'Enablement course',
    description: 'Ignite courses: technical, sales and marketing enablement.',
  },
  'sales-play': {
    id: 'sales-play',
    label: 'Sales play',
    description:
      'GTM strategy and velocity plays with enablement and incentives.',
  },
});

/** Support level ids, strongest first. */
export const SUPPORT_LEVEL_IDS = [
  'vendor-supported',
  'community',
  'preview',
] as const;

/** A support level id. */
export type SupportLevelId = (typeof SUPPORT_LEVEL_IDS)[number];

/** Support levels with labels. */
export const SUPPORT_LEVELS: Readonly<
  Record<SupportLevelId, HubVocabularyEntry<SupportLevelId>>
> = Object.freeze({
  'vendor-supported': {
    id: 'vendor-supported',
    label: 'Vendor supported',
    description: 'Covered by the vendor support agreement and its SLAs.',
  },
  community: {
    id: 'community',
    label: 'Community',
    description: 'Maintained in the open; help through the partner community.',
  },
  preview: {
    id: 'preview',
    label: 'Preview',
    description: 'Early access; may change without notice, not for production.',
  },
});

/** Product area ids. */
export const PRODUCT_AREA_IDS = [
  'cloud-infrastructure',
  'kubernetes-platform',
  'networking-security',
  'end-user-computing',
  'multi-cloud-management',
  'data-protection',
  'edge-computing',
] as const;

/** A product area id. */
export type ProductAreaId = (typeof PRODUCT_AREA_IDS)[number];

/** Product areas with labels. */
export const PRODUCT_AREAS: Readonly<
  Record<ProductAreaId, HubVocabularyEntry<ProductAreaId>>
> = Object.freeze({
  'cloud-infrastructure': {
    id: 'cloud-infrastructure',
    label: 'Cloud infrastructure',
    description: 'Compute virtualization, storage and private cloud.',
  },
  'kubernetes-platform': {
    id: 'kubernetes-platform',
    label: 'Kubernetes platform',
    description: 'Managed Kubernetes, clusters and application platform.',
  },
  'networking-security': {
    id: 'networking-security',
    label: 'Networking and security',
    description: 'Software-defined networking, firewalling and zero trust.',
  },
  'end-user-computing': {
    id: 'end-user-computing',
    label: 'End-user computing',
    description: 'Virtual desktops, apps and device management.',
  },
  'multi-cloud-management': {
    id: 'multi-cloud-management',
    label: 'Multi-cloud management',
    description: 'Operations, cost and governance across clouds.',
  },
  'data-protection': {
    id: 'data-protection',
    label: 'Data protection',
    description: 'Backup, disaster recovery and ransomware recovery.',
  },
  'edge-computing': {
    id: 'edge-computing',
    label: 'Edge computing',
    description: 'Small-footprint infrastructure at branch and edge sites.',
  },
});

/** The environments a tool may link to, in promotion order. */
export const TOOL_ENVIRONMENTS = ['sandbox', 'staging', 'production'] as const;

/** An environment a tool may link to. */
export type ToolEnvironment = (typeof TOOL_ENVIRONMENTS)[number];
