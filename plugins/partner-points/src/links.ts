import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { useMemo } from 'react';

/**
 * Where a next-best action points to: a Solutions Hub category
 * (`category:<id>`), a Solutions Lab playbook (`playbook:<id>`), an Ignite
 * course (`course:<id>`) or a GTM play (`play:<id>`). Structurally the
 * scoring package's `ActionLink`.
 *
 * @public
 */
export interface ActionLinkTarget {
  kind: 'hub' | 'lab' | 'ignite' | 'play';
  ref: string;
  label?: string;
}

/**
 * URL templates for action links. In a template, `{id}` is replaced by the
 * URL-encoded id part of the link ref (`category:sdks` → `sdks`) and `{ref}`
 * by the whole URL-encoded ref. The one place that knows where the Hub, the Lab, Ignite and
 * plays live. Overridable with `partnerPoints.actionLinks.<kind>` in
 * app-config.
 *
 * @public
 */
export const DEFAULT_ACTION_LINK_TEMPLATES: Record<
  ActionLinkTarget['kind'],
  string
> = {
  hub: '/solutions-hub?category={id}',
  lab: '/solutions-lab/playbooks/{id}',
  ignite: '/solutions-hub?category=enablement&course={id}',
  play: '/solutions-hub?category=sales-play&play={id}',
};

/** Human-readable name of where an action link leads. */
export const ACTION_LINK_DESTINATIONS: Record<
  ActionLinkTarget['kind'],
  string
> = {
  hub: 'Solutions Hub',
  lab: 'Solutions Lab',
  ignite: 'Ignite',
  play: 'GTM play',
};

/**
 * Builds the href of an action link from a template.
 *
 * @public
 */
export function actionLinkHref(
  link: ActionLinkTarget,
  templates: Partial<Record<ActionLinkTarget['kind'], string>> = {},
): string {
  const template =
    templates[link.kind] ?? DEFAULT_ACTION_LINK_TEMPLATES[link.kind];
  const separator = link.ref.indexOf(':');
  const id = separator >= 0 ? link.ref.slice(separator + 1) : link.ref;
  return template
    .split('{ref}')
    .join(encodeURIComponent(link.ref))
    .split('{id}')
    .join(encodeURIComponent(id));
}

/** Returns a function that builds action hrefs, honouring app-config overrides. */
export function useActionLinkHref(): (link: ActionLinkTarget) => string {
  const configApi = useApi(configApiRef);
  return useMemo(() => {
    const templates: Partial<Record<ActionLinkTarget['kind'], string>> = {};
    for (const kind of Object.keys(
      DEFAULT_ACTION_LINK_TEMPLATES,
    ) as ActionLinkTarget['kind'][]) {
      const value = configApi.getOptionalString(
        `partnerPoints.actionLinks.${kind}`,
      );
      if (value) {
        templates[kind] = value;
      }
    }
    return (link: ActionLinkTarget) => actionLinkHref(link, templates);
  }, [configApi]);
}
