import { useCallback } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import type { HubUnlockCondition } from '@partner-studio/plugin-partner-studio-common';
import type { ToolName } from '../api';
import { stagePlaybookId } from '../labels';
import {
  labPlaybookRouteRef,
  programStandingRouteRef,
  rootRouteRef,
  toolRouteRef,
} from '../routes';

/** The href of a tool's page. */
export function useToolHref(): (tool: ToolName) => string {
  const toolRoute = useRouteRef(toolRouteRef);
  return useCallback(
    (tool: ToolName) =>
      toolRoute({ namespace: tool.namespace, name: tool.name }),
    [toolRoute],
  );
}

/** The href of the Hub's home with a search, e.g. `?category=sdk`. */
export function useHubSearchHref(): (params?: URLSearchParams) => string {
  const root = useRouteRef(rootRouteRef);
  return useCallback(
    (params?: URLSearchParams) => {
      const text = params?.toString();
      return text ? `${root()}?${text}` : root();
    },
    [root],
  );
}

/** A link to where a locked tool's condition is met. */
export interface UnlockLink {
  href: string;
  label: string;
}

/**
 * Where each unlock condition is worked on: the caller's program standing for
 * a tier, the Lab playbook for a stage; `undefined` when the app has no route
 * bound there (partner points or the Lab not installed).
 */
export function useUnlockLink(): (
  condition: HubUnlockCondition,
) => UnlockLink | undefined {
  const standing = useRouteRef(programStandingRouteRef);
  const playbook = useRouteRef(labPlaybookRouteRef);
  return useCallback(
    (condition: HubUnlockCondition) => {
      if (condition.kind === 'tier') {
        return standing
          ? { href: standing(), label: 'See your program standing' }
          : undefined;
      }
      const playbookId =
        condition.playbookId ??
        (condition.stageRef ? stagePlaybookId(condition.stageRef) : undefined);
      return playbook && playbookId
        ? {
            href: playbook({ playbookId }),
            label: 'Open the playbook in the Solutions Lab',
          }
        : undefined;
    },
    [standing, playbook],
  );
}

/** The Lab playbook page of a stage ref, when the Lab is installed. */
export function useStagePlaybookHref(): (
  stageRef: string,
) => string | undefined {
  const playbook = useRouteRef(labPlaybookRouteRef);
  return useCallback(
    (stageRef: string) => {
      const playbookId = stagePlaybookId(stageRef);
      return playbook && playbookId ? playbook({ playbookId }) : undefined;
    },
    [playbook],
  );
}
