import {
  coreServices,
  createServiceFactory,
  createServiceRef,
  type AuthService,
  type BackstageCredentials,
  type BackstageUserPrincipal,
  type DiscoveryService,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import { LRUCache } from 'lru-cache';
import { normalizeEntityRef } from '../directory/refs';

/**
 * Which partners' engagements is a vendor expert assigned to? The Solutions
 * Lab knows; the access model asks it so that an assigned expert may read
 * that partner's standing.
 *
 * @public
 */
export interface ExpertAssignmentsService {
  /**
   * Normalised partner refs of the engagements assigned to the signed-in
   * expert; empty when the Lab is not installed or not reachable (access is
   * never granted on a failure).
   */
  assignedPartnerRefs(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<string[]>;
}

/** How long an expert's assignments are reused. */
const CACHE_TTL_MS = 10_000;
const CACHE_SIZE = 5_000;

/**
 * Asks the Solutions Lab (`GET /api/solutions-lab/assignments/partners`) on
 * behalf of the expert, so the Lab answers from the caller's own identity.
 *
 * @public
 */
export class LabExpertAssignmentsService implements ExpertAssignmentsService {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;
  readonly #logger: LoggerService;
  readonly #fetch: typeof fetch;
  readonly #cache = new LRUCache<string, Promise<string[]>>({
    max: CACHE_SIZE,
    ttl: CACHE_TTL_MS,
  });

  static create(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    logger: LoggerService;
    fetch?: typeof fetch;
  }): LabExpertAssignmentsService {
    return new LabExpertAssignmentsService(options);
  }

  private constructor(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    logger: LoggerService;
    fetch?: typeof fetch;
  }) {
    this.#discovery = options.discovery;
    this.#auth = options.auth;
    this.#logger = options.logger;
    this.#fetch = options.fetch ?? fetch;
  }

  assignedPartnerRefs(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<string[]> {
    const key = normalizeEntityRef(credentials.principal.userEntityRef);
    let pending = this.#cache.get(key);
    if (!pending) {
      pending = this.#ask(credentials);
      this.#cache.set(key, pending);
    }
    return pending;
  }

  async #ask(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<string[]> {
    try {
      const [baseUrl, { token }] = await Promise.all([
        this.#discovery.getBaseUrl('solutions-lab'),
        this.#auth.getPluginRequestToken({
          onBehalfOf: credentials,
          targetPluginId: 'solutions-lab',
        }),
      ]);
      const response = await this.#fetch(`${baseUrl}/assignments/partners`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (response.status === 404) return []; // the Lab is not installed
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      const body: unknown = await response.json();
      const refs =
        body && typeof body === 'object' && 'partnerRefs' in body
          ? (body as { partnerRefs: unknown }).partnerRefs
          : undefined;
      if (!Array.isArray(refs) || !refs.every(r => typeof r === 'string')) {
        throw new Error('the answer has no partnerRefs list');
      }
      return refs.map(normalizeEntityRef);
    } catch (error) {
      this.#logger.warn(
        `Could not read the Solutions Lab assignments of ${credentials.principal.userEntityRef}; granting none: ${error}`,
      );
      this.#cache.delete(
        normalizeEntityRef(credentials.principal.userEntityRef),
      );
      return [];
    }
  }
}

/**
 * The expert assignments service. Plugin-scoped with a default factory that
 * asks the Solutions Lab; replace the factory to take assignments from
 * elsewhere.
 *
 * @public
 */
export const expertAssignmentsServiceRef =
  createServiceRef<ExpertAssignmentsService>({
    id: 'partner-studio.expert-assignments',
    scope: 'plugin',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          discovery: coreServices.discovery,
          auth: coreServices.auth,
          logger: coreServices.logger,
        },
        factory: deps => LabExpertAssignmentsService.create(deps),
      }),
  });
