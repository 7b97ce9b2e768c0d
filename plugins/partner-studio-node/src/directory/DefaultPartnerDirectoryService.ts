import type {
  AuthService,
  BackstageCredentials,
  LoggerService,
  RootConfigService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  DEFAULT_NAMESPACE,
  Entity,
  RELATION_CHILD_OF,
  RELATION_HAS_MEMBER,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  AuthenticationError,
  ServiceUnavailableError,
} from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  GROUP_TYPES,
  parsePartnerAnnotations,
  type PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import { LRUCache } from 'lru-cache';
import type { PartnerCaller, PartnerDirectoryService } from '../types';
import { normalizeEntityRef } from './refs';
import { TrustedOrganization } from './TrustedOrganization';

/** Default group ref of the program admins. */
export const DEFAULT_PROGRAM_ADMINS_GROUP = 'group:default/program-admins';
/** Default group ref of the vendor experts. */
export const DEFAULT_VENDOR_EXPERTS_GROUP = 'group:default/vendor-experts';

const DEFAULT_CACHE_TTL_MS = 30_000;
/** After a failed catalog read, serve the stale directory this long before retrying. */
const STALE_RETRY_MS = 5_000;
const PAGE_SIZE = 500;
/** How long a ref the catalog had no partner for is answered from memory. */
const MISS_TTL_MS = 5_000;
/** Unknown partner refs remembered. */
const MISS_CACHE_SIZE = 20_000;
/** How long an empty directory (catalog still starting) is reused. */
const EMPTY_DIRECTORY_TTL_MS = 2_000;
/**
 * How long past its expiry the directory is still served while a refresh
 * runs in the background; beyond it, callers wait for the catalog.
 */
const MAX_STALE_MS = 5 * 60_000;
/** Users whose own entity's origin is remembered. */
const USER_TRUST_CACHE_SIZE = 20_000;

const GROUP_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.type',
  'spec.profile.displayName',
  'relations',
];

interface GroupNode {
  ref: string;
  type?: string;
  parentRef?: string;
  childRefs: string[];
  directMembers: string[];
}

interface PartnerRecord {
  summary: PartnerSummary;
  /** The partner's group and its sub-groups. */
  groupRefs: string[];
  /** Normalised user refs, sub-groups' members included. */
  members: string[];
}

interface DirectorySnapshot {
  /** By normalised group entity ref. */
  partners: Map<string, PartnerRecord>;
  /** Normalised group ref (a partner or one of its sub-groups) → partner refs. */
  partnersByGroup: Map<string, string[]>;
  /** Normalised user ref → partner refs it is a member of. */
  partnersByMember: Map<string, string[]>;
  programAdminGroups: Set<string>;
  vendorExpertGroups: Set<string>;
  programAdmins: Set<string>;
  vendorExperts: Set<string>;
  publicGroups: string[];
  loadedAt: number;
  expiresAt: number;
}

function readGroupRefs(
  config: RootConfigService,
  key: string,
  fallback: string,
): string[] {
  const value = config.getOptional(key);
  let list: string[];
  if (value === undefined) list = [fallback];
  else if (typeof value === 'string') list = [value];
  else list = config.getStringArray(key);
  return list.map(ref =>
    normalizeEntityRef(
      stringifyEntityRef(
        parseEntityRef(ref, {
          defaultKind: 'group',
          defaultNamespace: DEFAULT_NAMESPACE,
        }),
      ),
    ),
  );
}

function toPartnerSummary(entity: Entity): PartnerSummary {
  const profile = (entity.spec?.profile ?? {}) as { displayName?: unknown };
  const displayName =
    typeof profile.displayName === 'string' ? profile.displayName : undefined;
  return {
    entityRef: normalizeEntityRef(stringifyEntityRef(entity)),
    title: entity.metadata.title ?? displayName ?? entity.metadata.name,
    ...parsePartnerAnnotations(entity).profile,
  };
}

function relationTargets(entity: Entity, type: string, kind: string) {
  const refs = new Set<string>();
  for (const relation of entity.relations ?? []) {
    if (relation.type !== type) continue;
    const target = normalizeEntityRef(relation.targetRef);
    if (target.startsWith(`${kind}:`)) refs.add(target);
  }
  return [...refs].sort();
}

/**
 * Options of {@link DefaultPartnerDirectoryService.create}.
 *
 * @public
 */
export interface DefaultPartnerDirectoryServiceOptions {
  auth: AuthService;
  userInfo: UserInfoService;
  catalog: CatalogService;
  config: RootConfigService;
  logger: LoggerService;
  /** How long catalog reads are reused; default 30 s. */
  cacheTtlMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * Catalog-backed {@link PartnerDirectoryService}.
 *
 * Only Groups read from the organisation's trusted locations count (see
 * {@link TrustedOrganization}): a partner is such a Group with
 * `spec.type: partner`; program admins and vendor experts are the members of
 * the configured role groups. Members of sub-groups are members. A caller's
 * catalog memberships count only when its own User entity is trusted too.
 *
 * One paged catalog query per cache period (30 s by default) reads every
 * Group with its relations; lookups are answered from that.
 *
 * @public
 */
export class DefaultPartnerDirectoryService implements PartnerDirectoryService {
  readonly #auth: AuthService;
  readonly #userInfo: UserInfoService;
  readonly #catalog: CatalogService;
  readonly #logger: LoggerService;
  readonly #trusted: TrustedOrganization;
  readonly #programAdminGroups: string[];
  readonly #vendorExpertGroups: string[];
  readonly #cacheTtlMs: number;
  readonly #now: () => number;
  readonly #userTrust: LRUCache<string, boolean>;
  /** Refs the catalog had no trusted partner group for, a short while ago. */
  readonly #notPartners: LRUCache<string, true>;
  #snapshot?: DirectorySnapshot;
  #loading?: Promise<DirectorySnapshot>;
  /** Catalog reads started so far; the one in flight is number #readsStarted. */
  #readsStarted = 0;

  static create(
    options: DefaultPartnerDirectoryServiceOptions,
  ): DefaultPartnerDirectoryService {
    return new DefaultPartnerDirectoryService(options);
  }

  private constructor(options: DefaultPartnerDirectoryServiceOptions) {
    this.#auth = options.auth;
    this.#userInfo = options.userInfo;
    this.#catalog = options.catalog;
    this.#logger = options.logger;
    this.#cacheTtlMs = options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS;
    this.#now = options.now ?? Date.now;
    this.#trusted = TrustedOrganization.fromConfig(options.config);
    for (const warning of this.#trusted.warnings) {
      this.#logger.warn(`Partner directory: ${warning}`);
    }
    this.#programAdminGroups = readGroupRefs(
      options.config,
      'partnerStudio.groups.programAdmins',
      DEFAULT_PROGRAM_ADMINS_GROUP,
    );
    this.#vendorExpertGroups = readGroupRefs(
      options.config,
      'partnerStudio.groups.vendorExperts',
      DEFAULT_VENDOR_EXPERTS_GROUP,
    );
    this.#userTrust = new LRUCache({
      max: USER_TRUST_CACHE_SIZE,
      ttl: this.#cacheTtlMs,
      // The clock is injectable for tests; lru-cache reads it through perf.
      perf: { now: () => this.#now() },
    });
    this.#notPartners = new LRUCache({
      max: MISS_CACHE_SIZE,
      ttl: MISS_TTL_MS,
      ttlResolution: 0, // read the (injectable) clock on every lookup
      perf: { now: () => this.#now() },
    });
  }

  async resolveCaller(
    credentials: BackstageCredentials,
  ): Promise<PartnerCaller> {
    if (this.#auth.isPrincipal(credentials, 'service')) {
      return { kind: 'service', subject: credentials.principal.subject };
    }
    if (!this.#auth.isPrincipal(credentials, 'user')) {
      throw new AuthenticationError('A signed-in user or service is required');
    }
    const [info, snapshot] = await Promise.all([
      this.#userInfo.getUserInfo(credentials),
      this.#load(),
    ]);
    const userRef = normalizeEntityRef(info.userEntityRef);

    // The sign-in's claims (set by the operator's sign-in resolver) count
    // when they name a trusted group; catalog memberships count when the
    // user's own entity comes from the organisation's locations.
    const claims = new Set(info.ownershipEntityRefs.map(normalizeEntityRef));
    const partnerRefs = new Set<string>();
    for (const claim of claims) {
      for (const ref of snapshot.partnersByGroup.get(claim) ?? []) {
        partnerRefs.add(ref);
      }
    }
    let isProgramAdmin = [...claims].some(c =>
      snapshot.programAdminGroups.has(c),
    );
    let isExpert = [...claims].some(c => snapshot.vendorExpertGroups.has(c));
    if (await this.#isTrustedUser(userRef)) {
      for (const ref of snapshot.partnersByMember.get(userRef) ?? []) {
        partnerRefs.add(ref);
      }
      isProgramAdmin ||= snapshot.programAdmins.has(userRef);
      isExpert ||= snapshot.vendorExperts.has(userRef);
    }

    const partners = [...partnerRefs].sort().flatMap(ref => {
      const record = snapshot.partners.get(ref);
      return record ? [record.summary] : [];
    });
    return {
      kind: 'user',
      userEntityRef: info.userEntityRef,
      isProgramAdmin,
      isExpert,
      ...(partners.length > 0 ? { partner: partners[0] } : {}),
      partners,
    };
  }

  async getPartner(partnerRef: string): Promise<PartnerSummary | undefined> {
    const ref = normalizeEntityRef(partnerRef);
    const snapshot = await this.#load();
    const found = snapshot.partners.get(ref)?.summary;
    if (found) return found;
    // Maybe a partner the catalog got after the directory's read: the catalog
    // takes in an organisation's groups over seconds, and each plugin's
    // directory reads it at its own time, so another plugin may know the
    // partner already. Ask the catalog for this one group (cheap, remembered
    // briefly when it is not a partner, so unknown refs cannot hammer the
    // catalog) and read the directory again only when it is one.
    if (!(await this.#isPartnerInCatalog(ref))) return undefined;
    const fresh = await this.#readStartedAfter(this.#readsStarted);
    const partner = fresh.partners.get(ref)?.summary;
    // Gone again, or the read failed: do not read everything again per call.
    if (!partner) this.#notPartners.set(ref, true);
    return partner;
  }

  async listPartners(): Promise<PartnerSummary[]> {
    const snapshot = await this.#load();
    return [...snapshot.partners.values()]
      .map(p => p.summary)
      .sort((a, b) => compare(a.entityRef, b.entityRef));
  }

  async partnerMemberRefs(partnerRef: string): Promise<string[]> {
    const snapshot = await this.#load();
    return [
      ...(snapshot.partners.get(normalizeEntityRef(partnerRef))?.members ?? []),
    ];
  }

  async partnerGroupRefs(partnerRef: string): Promise<string[]> {
    const snapshot = await this.#load();
    return [
      ...(snapshot.partners.get(normalizeEntityRef(partnerRef))?.groupRefs ??
        []),
    ];
  }

  async roleMemberRefs(): Promise<{
    programAdmins: string[];
    vendorExperts: string[];
  }> {
    const snapshot = await this.#load();
    return {
      programAdmins: [...snapshot.programAdmins].sort(),
      vendorExperts: [...snapshot.vendorExperts].sort(),
    };
  }

  async publicGroupRefs(): Promise<string[]> {
    const snapshot = await this.#load();
    return [...snapshot.publicGroups];
  }

  /** Does the user's own entity come from the organisation's locations? */
  async #isTrustedUser(userRef: string): Promise<boolean> {
    const cached = this.#userTrust.get(userRef);
    if (cached !== undefined) return cached;
    let entity: Entity | undefined;
    try {
      entity = await this.#readEntity(userRef, [
        'kind',
        'metadata.name',
        'metadata.annotations',
      ]);
    } catch (error) {
      throw new ServiceUnavailableError(
        `The partner directory is unavailable: the catalog could not be read (${error})`,
      );
    }
    const trusted = entity !== undefined && this.#trusted.isTrusted(entity);
    this.#userTrust.set(userRef, trusted);
    return trusted;
  }

  /** Is the group a trusted partner group in the catalog right now? */
  async #isPartnerInCatalog(ref: string): Promise<boolean> {
    if (this.#notPartners.has(ref)) return false;
    let entity: Entity | undefined;
    try {
      entity = await this.#readEntity(ref, [
        'kind',
        'metadata.name',
        'metadata.annotations',
        'spec.type',
      ]);
    } catch (error) {
      // As with a failed directory read, the directory as it is answers: an
      // unknown ref stays unknown (the same answer as when the catalog is up
      // and has no such partner, so an outage tells a caller nothing).
      this.#logger.warn(
        `Partner directory: could not look up ${ref} in the catalog, answering from the directory: ${error}`,
      );
      return false;
    }
    const isPartner =
      entity !== undefined &&
      entity.kind.toLocaleLowerCase('en-US') === 'group' &&
      entity.spec?.type === GROUP_TYPES.partner &&
      this.#trusted.isTrusted(entity);
    if (!isPartner) this.#notPartners.set(ref, true);
    return isPartner;
  }

  /** One entity's fields, read with the plugin's own credentials. */
  async #readEntity(
    ref: string,
    fields: string[],
  ): Promise<Entity | undefined> {
    const { items } = await this.#catalog.getEntitiesByRefs(
      { entityRefs: [ref], fields },
      { credentials: await this.#auth.getOwnServiceCredentials() },
    );
    return items[0];
  }

  /**
   * The directory from a catalog read started after read number `read`: the
   * one in flight if it started later, else a new one (a read in flight that
   * started earlier may predate what the caller just saw in the catalog).
   */
  async #readStartedAfter(read: number): Promise<DirectorySnapshot> {
    while (this.#loading && this.#readsStarted <= read) {
      await this.#loading.catch(() => undefined);
    }
    return this.#loading ?? this.#refresh();
  }

  /**
   * Returns the cached directory, reading the catalog at most once at a time.
   * An expired directory is still served (and refreshed in the background)
   * for up to {@link MAX_STALE_MS}, so requests never wait for a catalog
   * read once the directory is loaded.
   */
  async #load(): Promise<DirectorySnapshot> {
    const current = this.#snapshot;
    const now = this.#now();
    if (current && current.expiresAt > now) {
      return current;
    }
    const refresh = this.#refresh();
    if (current && now - current.expiresAt < MAX_STALE_MS) {
      refresh.catch(() => {}); // logged in #refresh
      return current;
    }
    return refresh;
  }

  #refresh(): Promise<DirectorySnapshot> {
    if (!this.#loading) {
      this.#readsStarted++;
      this.#loading = this.#read()
        .then(snapshot => {
          this.#snapshot = snapshot;
          return snapshot;
        })
        .catch(error => {
          if (this.#snapshot) {
            this.#logger.warn(
              `Partner directory: catalog read failed, serving the previous directory: ${error}`,
            );
            this.#snapshot = {
              ...this.#snapshot,
              expiresAt: this.#now() + STALE_RETRY_MS,
            };
            return this.#snapshot;
          }
          throw new ServiceUnavailableError(
            `The partner directory is unavailable: the catalog could not be read (${error})`,
          );
        })
        .finally(() => {
          this.#loading = undefined;
        });
    }
    return this.#loading;
  }

  async #readTrustedGroups(): Promise<Map<string, Entity>> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const groups = new Map<string, Entity>();
    let cursor: string | undefined;
    do {
      const page = await this.#catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE, fields: GROUP_FIELDS }
          : {
              filter: { kind: 'Group' },
              limit: PAGE_SIZE,
              fields: GROUP_FIELDS,
            },
        { credentials },
      );
      for (const entity of page.items) {
        if (entity.kind?.toLocaleLowerCase('en-US') !== 'group') continue;
        if (!this.#trusted.isTrusted(entity)) continue;
        groups.set(normalizeEntityRef(stringifyEntityRef(entity)), entity);
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return groups;
  }

  async #read(): Promise<DirectorySnapshot> {
    const entities = await this.#readTrustedGroups();

    const nodes = new Map<string, GroupNode>();
    for (const [ref, entity] of entities) {
      const parents = relationTargets(entity, RELATION_CHILD_OF, 'group');
      nodes.set(ref, {
        ref,
        type: typeof entity.spec?.type === 'string' ? entity.spec.type : '',
        parentRef: parents.find(p => entities.has(p)),
        childRefs: [],
        directMembers: relationTargets(entity, RELATION_HAS_MEMBER, 'user'),
      });
    }
    // Children from the trusted children's own parent links only.
    for (const node of nodes.values()) {
      if (node.parentRef) nodes.get(node.parentRef)?.childRefs.push(node.ref);
    }
    const subtree = (root: string): string[] => {
      const out: string[] = [];
      const stack = [root];
      const seen = new Set<string>();
      while (stack.length > 0) {
        const ref = stack.pop()!;
        if (seen.has(ref)) continue; // a cycle in the data
        seen.add(ref);
        out.push(ref);
        stack.push(...(nodes.get(ref)?.childRefs ?? []));
      }
      return out.sort();
    };
    const membersOf = (groupRefs: string[]) =>
      [
        ...new Set(groupRefs.flatMap(g => nodes.get(g)?.directMembers ?? [])),
      ].sort();

    const partners = new Map<string, PartnerRecord>();
    const partnersByGroup = new Map<string, string[]>();
    const partnersByMember = new Map<string, string[]>();
    const insidePartner = new Set<string>();
    for (const node of nodes.values()) {
      if (node.type !== GROUP_TYPES.partner) continue;
      const groupRefs = subtree(node.ref);
      const record: PartnerRecord = {
        summary: toPartnerSummary(entities.get(node.ref)!),
        groupRefs,
        members: membersOf(groupRefs),
      };
      partners.set(node.ref, record);
      for (const group of groupRefs) {
        insidePartner.add(group);
        push(partnersByGroup, group, node.ref);
      }
      for (const member of record.members) {
        push(partnersByMember, member, node.ref);
      }
    }

    const roleGroups = (configured: string[]) =>
      new Set(
        configured.filter(ref => nodes.has(ref)).flatMap(ref => subtree(ref)),
      );
    const programAdminGroups = roleGroups(this.#programAdminGroups);
    const vendorExpertGroups = roleGroups(this.#vendorExpertGroups);

    const publicGroups = [...nodes.values()]
      .filter(
        node =>
          !insidePartner.has(node.ref) &&
          !node.childRefs.some(child => partners.has(child)),
      )
      .map(node => node.ref)
      .sort();

    return {
      partners,
      partnersByGroup,
      partnersByMember,
      programAdminGroups,
      vendorExpertGroups,
      programAdmins: new Set(membersOf([...programAdminGroups])),
      vendorExperts: new Set(membersOf([...vendorExpertGroups])),
      publicGroups,
      loadedAt: this.#now(),
      // No partner at all: the catalog is most likely still processing its
      // locations after a start, so look again soon.
      expiresAt:
        this.#now() +
        (partners.size === 0 ? EMPTY_DIRECTORY_TTL_MS : this.#cacheTtlMs),
    };
  }
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
