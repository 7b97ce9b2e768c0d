import { useCallback } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import type { ActionLink } from '@partner-studio/scoring';
import {
  gtmPlayRouteRef,
  hubCategoryRouteRef,
  igniteCourseRouteRef,
  labPlaybookRouteRef,
} from './routes';

/**
 * Where a next-best action points to: a Solutions Hub category
 * (`category:<id>`), a Solutions Lab playbook (`playbook:<id>`), an Ignite
 * course (`course:<id>`) or a GTM play (`play:<id>`): the scoring package's
 * `ActionLink`, label optional.
 *
 * @public
 */
export type ActionLinkTarget = Omit<ActionLink, 'label'> & { label?: string };

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

/** `category:sdks` → `sdks`. */
function idOf(ref: string): string {
  const separator = ref.indexOf(':');
  return separator >= 0 ? ref.slice(separator + 1) : ref;
}

/**
 * Returns a function giving an action link's href through the plugin's
 * external routes, or `undefined` when the app has no route bound for its
 * kind (the plugin it leads to is not installed).
 */
export function useActionLinkHref(): (
  link: ActionLinkTarget,
) => string | undefined {
  const hub = useRouteRef(hubCategoryRouteRef);
  const play = useRouteRef(gtmPlayRouteRef);
  const course = useRouteRef(igniteCourseRouteRef);
  const playbook = useRouteRef(labPlaybookRouteRef);
  return useCallback(
    (link: ActionLinkTarget) => {
      const id = idOf(link.ref);
      switch (link.kind) {
        case 'hub':
          return hub
            ? `${hub()}?${new URLSearchParams({ category: id })}`
            : undefined;
        case 'play':
          return play?.({ playId: id });
        case 'ignite':
          return course?.({ courseId: id });
        case 'lab':
          return playbook?.({ playbookId: id });
        default:
          return undefined;
      }
    },
    [hub, play, course, playbook],
  );
}
