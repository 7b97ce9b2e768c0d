import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig, type Config } from '@backstage/config';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';
import {
  hubCuratePermission,
  hubToolPermissions,
  hubUsageReadPermission,
} from '@partner-studio/plugin-partner-studio-common';
import {
  partnerAccessServiceRef,
  partnerDirectoryServiceRef,
} from '@partner-studio/plugin-partner-studio-node';
import {
  toolPermissionResourceRef,
  toolPermissionRules,
} from '@partner-studio/plugin-solutions-hub-node';
import { defaultProgram } from '@partner-studio/scoring';
import { ToolCatalogSync } from './catalog/ToolCatalogSync';
import { CallerContextService } from './context/CallerContextService';
import { PartnerPointsClient } from './context/PartnerPointsClient';
import { HttpPluginRequester } from './context/pluginRequest';
import { SolutionsLabClient } from './context/SolutionsLabClient';
import { HubStore } from './database/HubStore';
import { HubApiService } from './service/HubApiService';
import { HubService } from './service/HubService';
import { createRouter } from './service/router';
import { ToolAccess } from './service/ToolAccess';

function schedule(
  config: Config,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : fallback;
}

function milliseconds(
  config: Config,
  key: string,
  fallback: HumanDuration,
): number {
  return durationToMilliseconds(
    config.has(key) ? readDurationFromConfig(config, { key }) : fallback,
  );
}

/**
 * The Solutions Hub backend plugin, `solutions-hub`, mounted at
 * `/api/solutions-hub`: the tool index kept in sync with the catalog on
 * every replica, the Hub's database, popularity from launches, the tool
 * permission resource, and the HTTP API of `src/schema/openapi.yaml`.
 * Partner points and the Solutions Lab are optional dependencies, asked
 * over HTTP.
 *
 * @public
 */
export const solutionsHubPlugin = createBackendPlugin({
  pluginId: 'solutions-hub',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        database: coreServices.database,
        discovery: coreServices.discovery,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        access: partnerAccessServiceRef,
        directory: partnerDirectoryServiceRef,
      },
      async init({
        auth,
        catalog,
        config,
        database,
        discovery,
        httpAuth,
        httpRouter,
        logger,
        permissions,
        permissionsRegistry,
        scheduler,
        access,
        directory,
      }) {
        const store = await HubStore.create({ database });
        const sync = ToolCatalogSync.create({ catalog, auth, logger });
        const hub = HubService.create({
          store,
          index: sync,
          program: defaultProgram,
        });

        // Partner points (tier, progress, program) and the Solutions Lab
        // (stages): asked over HTTP, answers kept briefly; the Hub keeps
        // answering when either is absent or failing.
        const requester = HttpPluginRequester.create({
          discovery,
          auth,
          timeoutMs: milliseconds(config, 'solutionsHub.dependencies.timeout', {
            seconds: 3,
          }),
        });
        const cacheTtlMs = milliseconds(
          config,
          'solutionsHub.dependencies.cacheTtl',
          { seconds: 15 },
        );
        const failureTtlMs = milliseconds(
          config,
          'solutionsHub.dependencies.failureTtl',
          { seconds: 5 },
        );
        const context = CallerContextService.create({
          points: PartnerPointsClient.create({
            requester,
            auth,
            cacheTtlMs,
            failureTtlMs,
            programCacheTtlMs: milliseconds(
              config,
              'solutionsHub.dependencies.programCacheTtl',
              { minutes: 5 },
            ),
          }),
          lab: SolutionsLabClient.create({
            requester,
            auth,
            cacheTtlMs,
            failureTtlMs,
          }),
        });

        const api = HubApiService.create({
          hub,
          index: sync,
          access: ToolAccess.create({ access, permissions, directory }),
          context,
        });

        // Tools are a permission resource of this plugin: a policy's
        // conditional decision filters the Hub's lists inside the index
        // query, and the framework applies it to single tools (the portal's
        // global search) with the rules and the index below.
        permissionsRegistry.addResourceType({
          resourceRef: toolPermissionResourceRef,
          permissions: hubToolPermissions,
          rules: Object.values(toolPermissionRules),
          getResources: async (refs: string[]) =>
            refs.map(ref => sync.current().get(ref)),
        });
        permissionsRegistry.addPermissions([
          hubUsageReadPermission,
          hubCuratePermission,
        ]);

        httpRouter.use(await createRouter({ httpAuth, api }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });

        // Each replica holds its own index: both tasks run on every replica.
        await sync.start({
          scheduler,
          schedule: schedule(config, 'solutionsHub.catalogSync', {
            frequency: { seconds: 30 },
            timeout: { minutes: 5 },
            initialDelay: { seconds: 5 },
          }),
        });
        await scheduler.scheduleTask({
          id: 'solutions-hub-popularity',
          scope: 'local',
          ...schedule(config, 'solutionsHub.popularity', {
            frequency: { minutes: 10 },
            timeout: { minutes: 2 },
            initialDelay: { seconds: 15 },
          }),
          fn: async () => {
            await hub.refreshPopularity();
          },
        });
      },
    });
  },
});
