import {
  AuthorizeResult,
  type PermissionCondition,
  type PermissionCriteria,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { PolicyQuery } from '@backstage/plugin-permission-node';
import {
  actionExecutePermission,
  taskCancelPermission,
  taskCreatePermission,
  taskReadPermission,
  templateParameterReadPermission,
  templateStepReadPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import {
  scaffolderActionConditions,
  scaffolderTaskConditions,
} from '@backstage/plugin-scaffolder-backend/alpha';
import type { PolicyCaller } from './PolicyCaller';

/**
 * The actions a template run by a partner member may execute, unless
 * configured (`partnerStudio.permission.scaffolderActions`): fetching and
 * rendering the vendor's skeletons, logging, and packing the result for
 * download. Nothing that writes to the catalog or to an outside system.
 */
export const DEFAULT_TEMPLATE_ACTIONS = [
  'fetch:template',
  'fetch:template:file',
  'fetch:plain',
  'fetch:plain:file',
  'debug:log',
  'partner-studio:workspace:archive',
];

/**
 * The scaffolder, for everybody but program admins: the vendor's software
 * templates (visible through the catalog) may be run, with the allowed
 * actions only; each user sees and cancels only the tasks it started.
 * Template editing and dry runs are for program admins.
 */
export function decideScaffolder(
  request: PolicyQuery,
  caller: PolicyCaller,
  allowedActions: string[],
): PolicyDecision {
  const { name } = request.permission;
  if (
    name === templateParameterReadPermission.name ||
    name === templateStepReadPermission.name ||
    name === taskCreatePermission.name
  ) {
    return { result: AuthorizeResult.ALLOW };
  }
  if (name === actionExecutePermission.name && allowedActions.length > 0) {
    const [first, ...rest] = allowedActions.map(actionId =>
      scaffolderActionConditions.hasActionId({ actionId }),
    );
    const anyOf: [ActionCriteria, ...ActionCriteria[]] = [first, ...rest];
    return {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'scaffolder',
      resourceType: 'scaffolder-action',
      conditions: { anyOf },
    };
  }
  if (name === taskReadPermission.name || name === taskCancelPermission.name) {
    return {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'scaffolder',
      resourceType: 'scaffolder-task',
      conditions: scaffolderTaskConditions.isTaskOwner({
        createdBy: [caller.userEntityRef],
      }),
    };
  }
  return { result: AuthorizeResult.DENY };
}

type ActionCriteria = PermissionCriteria<
  PermissionCondition<'scaffolder-action'>
>;
