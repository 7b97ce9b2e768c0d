import { parseEntityRef } from '@backstage/catalog-model';
import type { ToolSpec } from '@partner-studio/plugin-partner-studio-common';

/** Where launching a tool takes the user. */
export type LaunchTarget =
  | { type: 'url'; url: string }
  | {
      type: 'template';
      templateRef: string;
      /** The scaffolder page of the template, a path of the portal's app. */
      url: string;
    };

/**
 * A tool's launch target: its URL, or the scaffolder's page of its template
 * (`/create/templates/<namespace>/<name>`, the scaffolder frontend's route).
 */
export function resolveLaunchTarget(spec: ToolSpec): LaunchTarget {
  if (spec.launch.type === 'url') {
    return { type: 'url', url: spec.launch.url };
  }
  const template = parseEntityRef(spec.launch.templateRef);
  return {
    type: 'template',
    templateRef: spec.launch.templateRef,
    url: `/create/templates/${encodeURIComponent(
      template.namespace,
    )}/${encodeURIComponent(template.name)}`,
  };
}
