import {
  DEFAULT_NAMESPACE,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * The form Partner Studio keys entity refs by: `kind:namespace/name`, lower
 * case (the catalog compares refs case-insensitively).
 *
 * @public
 */
export function normalizeEntityRef(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}

/**
 * A partner's group entity ref from its namespace and name (as in the
 * `/partners/{namespace}/{name}` routes), normalised.
 *
 * @public
 */
export function partnerRefOf(namespace: string, name: string): string {
  return normalizeEntityRef(
    stringifyEntityRef({ kind: 'group', namespace, name }),
  );
}

/**
 * Parses a partner reference given in full (`group:default/contoso-solutions`)
 * and returns it normalised, or undefined when it is not a full group ref: a
 * bare name (`contoso-solutions`) or another kind is not a partner ref.
 *
 * @public
 */
export function parsePartnerRef(value: string): string | undefined {
  if (!/^group:[^/:]+\/[^/:]+$/i.test(value)) return undefined;
  try {
    const ref = parseEntityRef(value, { defaultNamespace: DEFAULT_NAMESPACE });
    return normalizeEntityRef(stringifyEntityRef(ref));
  } catch {
    return undefined;
  }
}
