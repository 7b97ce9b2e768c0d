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
} from '@partner-studio/plugin-partner-studio-common';
import type {
  DirectoryPartner,
  PartnerCaller,
  PartnerDirectoryService,
} from './types';

/** Default config group refs for the program roles. */
export const DEFAULT_PROGRAM_ADMINS_GROUP = 'group:default/program-admins';
/** Default config group ref for vendor experts. */
export const DEFAULT_VENDOR_EXPERTS_GROUP = 'group:default/vendor-experts';

const DEFAULT_CACHE_TTL_MS = 30_000;
/** After a failed catalog read, serve the stale directory this long before retrying. */
const STALE_RETRY_MS = 5_000;
const PAGE_SIZE = 500;
/** An unknown partner id re-reads the catalog if the directory is older. */
const MISS_REFRESH_MS = 5_000;
/** How long an empty directory (catalog still starting) is reused. */
const EMPTY_DIRECTORY_TTL_MS = 2_000;
/**
 * How long past its expiry the directory is still served while a refresh
 * runs in the background; beyond it, callers wait for the catalog.
 */
const MAX_STALE_MS = 5 * 60_000;

const ENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.type',
  'spec.profile.displayName',
  'relations',
];

interface PartnerRecord {
  summary: DirectoryPartner;
  /** Normalised (lower-case) user entity refs. */
  members: string[];
}

interface DirectorySnapshot {
  /** By partner id (group name). */
  partners: Map<string, PartnerRecord>;
  /** By normalised group entity ref. */
  partnersByRef: Map<string, PartnerRecord>;
  programAdminRefs: Set<string>;
  vendorExpertRefs: Set<string>;
  /** Normalised user ref → normalised refs of the relevant groups it belongs to. */
  groupsByMember: Map<string, Set<string>>;
  loadedAt: number;
  expiresAt: number;
}

/** Entity refs compare case-insensitively in the catalog. */
function normalizeRef(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
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
    normalizeRef(
      stringifyEntityRef(
        parseEntityRef(ref, {
          defaultKind: 'group',
          defaultNamespace: DEFAULT_NAMESPACE,
        }),
      ),
    ),
  );
}

function toPartnerSummary(entity: Entity): DirectoryPartner {
  const profile = (entity.spec?.profile ?? {}) as { displayName?: unknown };
  const displayName =
    typeof profile.displayName === 'string' ? profile.displayName : undefined;
  const { businessModels, admittedAt, pinnacleInvited } =
    parsePartnerAnnotations(entity).profile;
  return {
    id: entity.metadata.name,
    entityRef: stringifyEntityRef(entity),
    title: entity.metadata.title ?? displayName ?? entity.metadata.name,
    businessModels,
    ...(admittedAt ? { admittedAt } : {}),
    pinnacleInvited,
  };
}

function memberRefsOf(entity: Entity): string[] {
  const refs = new Set<string>();
  for (const relation of entity.relations ?? []) {
    if (relation.type !== RELATION_HAS_MEMBER) continue;
    const target = normalizeRef(relation.targetRef);
    if (target.startsWith('user:')) refs.add(target);
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
 * Catalog-backed {@link PartnerDirectoryService}. One catalog query per cache
 * period (30 s by default) reads every partner, program-admin and
 * vendor-expert group with its members; every lookup is answered from that.
 *
 * @public
 */
export class DefaultPartnerDirectoryService implements PartnerDirectoryService {
  readonly #auth: AuthService;
  readonly #userInfo: UserInfoService;
  readonly #catalog: CatalogService;
  readonly #logger: LoggerService;
  readonly #programAdminGroups: string[];
  readonly #vendorExpertGroups: string[];
  readonly #cacheTtlMs: number;
  readonly #now: () => number;
  #snapshot?: DirectorySnapshot;
  #loading?: Promise<DirectorySnapshot>;

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
    const userRef = normalizeRef(info.userEntityRef);
    const groups = new Set<string>(info.ownershipEntityRefs.map(normalizeRef));
    for (const ref of snapshot.groupsByMember.get(userRef) ?? []) {
      groups.add(ref);
    }

    const partners: DirectoryPartner[] = [];
    let isProgramAdmin = false;
    let isExpert = false;
    for (const ref of groups) {
      const partner = snapshot.partnersByRef.get(ref);
      if (partner) partners.push(partner.summary);
      if (snapshot.programAdminRefs.has(ref)) isProgramAdmin = true;
      if (snapshot.vendorExpertRefs.has(ref)) isExpert = true;
    }
    partners.sort((a, b) => a.id.localeCompare(b.id));

    return {
      kind: 'user',
      userEntityRef: info.userEntityRef,
      isProgramAdmin,
      isExpert,
      ...(partners.length > 0 ? { partner: partners[0] } : {}),
      partners,
    };
  }

  async getPartner(partnerId: string): Promise<DirectoryPartner | undefined> {
    const snapshot = await this.#load();
    const found = snapshot.partners.get(partnerId)?.summary;
    if (found || this.#now() - snapshot.loadedAt < MISS_REFRESH_MS) {
      return found;
    }
    // Maybe a partner added since the last read: look again (at most once
    // per MISS_REFRESH_MS, so unknown ids cannot hammer the catalog).
    const fresh = await this.#refresh();
    return fresh.partners.get(partnerId)?.summary;
  }

  async listPartners(): Promise<DirectoryPartner[]> {
    const snapshot = await this.#load();
    return [...snapshot.partners.values()]
      .map(p => p.summary)
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  async partnerMemberRefs(partnerId: string): Promise<string[]> {
    const snapshot = await this.#load();
    return [...(snapshot.partners.get(partnerId)?.members ?? [])];
  }

  async roleGroupRefs(): Promise<{
    programAdmins: string[];
    vendorExperts: string[];
  }> {
    const snapshot = await this.#load();
    return {
      programAdmins: [...snapshot.programAdminRefs].sort(),
      vendorExperts: [...snapshot.vendorExpertRefs].sort(),
    };
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

  async #read(): Promise<DirectorySnapshot> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.#catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE, fields: ENTITY_FIELDS }
          : {
              filter: [
                { kind: 'Group', 'spec.type': GROUP_TYPES.partner },
                { kind: 'Group', 'spec.type': GROUP_TYPES.programAdmins },
                { kind: 'Group', 'spec.type': GROUP_TYPES.vendorExperts },
              ],
              limit: PAGE_SIZE,
              fields: ENTITY_FIELDS,
            },
        { credentials },
      );
      entities.push(...page.items);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);

    // Configured role groups need not carry the role's spec.type.
    const configured = [
      ...this.#programAdminGroups,
      ...this.#vendorExpertGroups,
    ];
    const seen = new Set(
      entities.map(e => normalizeRef(stringifyEntityRef(e))),
    );
    const missing = configured.filter(ref => !seen.has(ref));
    if (missing.length > 0) {
      const { items } = await this.#catalog.getEntitiesByRefs(
        { entityRefs: missing, fields: ENTITY_FIELDS },
        { credentials },
      );
      for (const item of items) if (item) entities.push(item);
    }

    const partners = new Map<string, PartnerRecord>();
    const partnersByRef = new Map<string, PartnerRecord>();
    const programAdminRefs = new Set(this.#programAdminGroups);
    const vendorExpertRefs = new Set(this.#vendorExpertGroups);
    const groupsByMember = new Map<string, Set<string>>();

    for (const entity of entities) {
      if (entity.kind?.toLocaleLowerCase('en-US') !== 'group') continue;
      const ref = normalizeRef(stringifyEntityRef(entity));
      const type = entity.spec?.type;
      const members = memberRefsOf(entity);
      let relevant = false;

      if (type === GROUP_TYPES.partner) {
        const record: PartnerRecord = {
          summary: toPartnerSummary(entity),
          members,
        };
        partnersByRef.set(ref, record);
        const existing = partners.get(record.summary.id);
        // Partner ids are group names; on a clash the default namespace wins.
        if (
          !existing ||
          (entity.metadata.namespace ?? DEFAULT_NAMESPACE) === DEFAULT_NAMESPACE
        ) {
          partners.set(record.summary.id, record);
        }
        relevant = true;
      }
      if (type === GROUP_TYPES.programAdmins || programAdminRefs.has(ref)) {
        programAdminRefs.add(ref);
        relevant = true;
      }
      if (type === GROUP_TYPES.vendorExperts || vendorExpertRefs.has(ref)) {
        vendorExpertRefs.add(ref);
        relevant = true;
      }
      if (!relevant) continue;
      for (const member of members) {
        let set = groupsByMember.get(member);
        if (!set) {
          set = new Set();
          groupsByMember.set(member, set);
        }
        set.add(ref);
      }
    }

    return {
      partners,
      partnersByRef,
      programAdminRefs,
      vendorExpertRefs,
      groupsByMember,
      loadedAt: this.#now(),
      // No partner at all: the catalog is most likely still processing its
      // locations after a start, so look again soon.
      expiresAt:
        this.#now() +
        (partners.size === 0 ? EMPTY_DIRECTORY_TTL_MS : this.#cacheTtlMs),
    };
  }
}
