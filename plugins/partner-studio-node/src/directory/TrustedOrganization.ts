import type { Config } from '@backstage/config';
import {
  ANNOTATION_LOCATION,
  parseLocationRef,
  type Entity,
} from '@backstage/catalog-model';
import { minimatch } from 'minimatch';
import path from 'node:path';

/** A catalog location the organisation's Users and Groups may come from. */
export interface TrustedLocation {
  /** Location type, e.g. `file`, `url`, or an entity provider's own type. */
  type: string;
  /** The exact target (file paths resolved as the catalog resolves them). */
  exact?: string;
  /** A glob over targets (minimatch, case-insensitive), for URLs and providers. */
  pattern?: string;
}

const ORG_KINDS = ['user', 'group'];

/**
 * The catalog locations Partner Studio takes Users and Groups (and therefore
 * partners, memberships and program roles) from.
 *
 * - `partnerStudio.organization.locations`, when configured, is the list.
 * - Otherwise it is read from the catalog's own rules: the `catalog.locations`
 *   entries whose `rules` allow `User` or `Group`, and the `catalog.rules`
 *   entries that allow them for specific locations. A global rule that lets
 *   every location supply Users or Groups is not trust: it is ignored here
 *   (with a warning from {@link TrustedOrganization.warnings}).
 *
 * An entity is trusted when its `backstage.io/managed-by-location` (the
 * location the catalog read it from, which is what catalog rules check)
 * matches one of them.
 */
export class TrustedOrganization {
  readonly locations: readonly TrustedLocation[];
  readonly warnings: readonly string[];

  static fromConfig(config: Config): TrustedOrganization {
    const explicit = config.getOptionalConfigArray(
      'partnerStudio.organization.locations',
    );
    if (explicit) {
      return new TrustedOrganization(
        explicit.map(c =>
          toTrusted(
            c.getString('type'),
            c.getOptionalString('target'),
            c.getOptionalString('pattern'),
          ),
        ),
        [],
      );
    }

    const locations: TrustedLocation[] = [];
    const warnings: string[] = [];
    for (const location of config.getOptionalConfigArray('catalog.locations') ??
      []) {
      const allowsOrg = (location.getOptionalConfigArray('rules') ?? []).some(
        rule => allowsOrgKinds(rule),
      );
      if (allowsOrg) {
        locations.push(
          toTrusted(location.getString('type'), location.getString('target')),
        );
      }
    }
    for (const rule of config.getOptionalConfigArray('catalog.rules') ?? []) {
      if (!allowsOrgKinds(rule)) continue;
      const scoped = rule.getOptionalConfigArray('locations');
      if (!scoped) {
        warnings.push(
          'catalog.rules allows User or Group from every location; Partner Studio does not trust that for partners and roles. Allow them only for the organisation locations (catalog.locations[].rules), or list those in partnerStudio.organization.locations.',
        );
        continue;
      }
      for (const matcher of scoped) {
        locations.push(
          toTrusted(
            matcher.getString('type'),
            matcher.getOptionalString('exact'),
            matcher.getOptionalString('pattern'),
          ),
        );
      }
    }
    if (locations.length === 0) {
      warnings.push(
        'No organisation location is trusted: configure catalog.locations[].rules allowing User and Group for the organisation data, or partnerStudio.organization.locations. Until then nobody is a partner member, vendor expert or program admin.',
      );
    }
    return new TrustedOrganization(locations, warnings);
  }

  /** For tests and for code that knows its locations. */
  static of(locations: TrustedLocation[]): TrustedOrganization {
    return new TrustedOrganization(locations, []);
  }

  private constructor(locations: TrustedLocation[], warnings: string[]) {
    this.locations = locations;
    this.warnings = warnings;
  }

  /** Was the entity read from one of the organisation's locations? */
  isTrusted(entity: Entity): boolean {
    const ref = entity.metadata.annotations?.[ANNOTATION_LOCATION];
    if (!ref) return false;
    let type: string;
    let target: string;
    try {
      ({ type, target } = parseLocationRef(ref));
    } catch {
      return false;
    }
    const canonical = type === 'url' ? canonicalUrl(target) : target;
    if (canonical === undefined) return false;
    return this.locations.some(
      l =>
        l.type === type &&
        (l.exact !== undefined
          ? l.exact === canonical
          : l.pattern !== undefined &&
            minimatch(canonical, l.pattern, { nocase: true, dot: true })),
    );
  }
}

function allowsOrgKinds(rule: Config): boolean {
  const allow = rule.getOptional('allow');
  if (!Array.isArray(allow)) return false;
  return allow.some(item => {
    let kind = '';
    if (typeof item === 'string') kind = item;
    else if (item && typeof item === 'object' && 'kind' in item) {
      kind = String(item.kind);
    }
    return ORG_KINDS.includes(kind.toLocaleLowerCase('en-US'));
  });
}

/** Resolves a target the way the catalog does (file paths from the cwd). */
function toTrusted(
  type: string,
  target?: string,
  pattern?: string,
): TrustedLocation {
  if (target !== undefined) {
    let exact = target;
    if (type === 'file') exact = path.resolve(target);
    else if (type === 'url') exact = canonicalUrl(target) ?? target;
    return { type, exact };
  }
  if (pattern !== undefined) return { type, pattern };
  throw new Error(
    `partnerStudio.organization.locations: a location of type '${type}' needs a target or a pattern`,
  );
}

/**
 * A URL in the canonical form the catalog's rules compare (path segments
 * decoded), so that an encoded path cannot pass for another location.
 */
function canonicalUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    const decode = (value: string) => {
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    };
    const pathname = parsed.pathname
      .split(/\/|%2f|%5c/i)
      .map(decode)
      .join('/')
      .replace(/\\/g, '/');
    return `${parsed.protocol}//${parsed.host}${pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return undefined;
  }
}
