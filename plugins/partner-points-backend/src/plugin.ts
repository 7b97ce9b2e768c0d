import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { durationToMilliseconds } from '@backstage/types';
import { readDurationFromConfig } from '@backstage/config';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { partnerStudioPermissions } from '@partner-studio/plugin-partner-studio-common';
import { partnerDirectoryServiceRef } from '@partner-studio/plugin-partner-studio-node';
import { programs } from '@partner-studio/scoring';
import { PointsStore } from './database/PointsStore';
import { DemoDataSeeder } from './service/DemoDataSeeder';
import { PartnerAccess } from './service/PartnerAccess';
import { PointsService } from './service/PointsService';
import { createRouter } from './service/router';

/**
 * The partner points backend plugin: the points ledger and the partners'
 * program standing, mounted at `/api/partner-points`.
 *
 * @public
 */
export const partnerPointsPlugin = createBackendPlugin({
  pluginId: 'partner-points',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        signals: signalsServiceRef,
        directory: partnerDirectoryServiceRef,
      },
      async init({
        config,
        database,
        httpAuth,
        httpRouter,
        lifecycle,
        logger,
        permissions,
        permissionsRegistry,
        scheduler,
        signals,
        directory,
      }) {
        const pointsConfig = config.getOptionalConfig('partnerPoints');
        const cacheTtl = pointsConfig?.has('standingCache.ttl')
          ? durationToMilliseconds(
              readDurationFromConfig(pointsConfig, {
                key: 'standingCache.ttl',
              }),
            )
          : undefined;

        const store = await PointsStore.create({ database });
        const points = PointsService.create({
          store,
          directory,
          signals,
          logger,
          programs,
          standingCacheTtlMs: cacheTtl,
          standingCacheSize: pointsConfig?.getOptionalNumber(
            'standingCache.maxPartners',
          ),
        });
        const access = PartnerAccess.create({ directory, permissions });

        permissionsRegistry.addPermissions(partnerStudioPermissions);

        httpRouter.use(await createRouter({ httpAuth, access, points }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });

        // Trend snapshots: once across replicas.
        const snapshotSchedule = pointsConfig?.has('snapshots.schedule')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              pointsConfig.getConfig('snapshots.schedule'),
            )
          : {
              frequency: { hours: 24 },
              timeout: { hours: 1 },
              initialDelay: { minutes: 5 },
            };
        const frequency = snapshotSchedule.frequency;
        const minIntervalMs =
          typeof frequency === 'object' &&
          !('cron' in frequency) &&
          !('trigger' in frequency)
            ? durationToMilliseconds(frequency) / 2
            : 60 * 60 * 1000;
        await scheduler.scheduleTask({
          id: 'partner-points-snapshots',
          scope: 'global',
          ...snapshotSchedule,
          fn: async signal => {
            const taken = await points.takeScheduledSnapshots({
              minIntervalMs,
              signal,
            });
            logger.info(`Took ${taken} standing snapshots`);
          },
        });

        // Safety net: standings committed but not settled (a replica stopped
        // between commit and signal) are settled here.
        await scheduler.scheduleTask({
          id: 'partner-points-settle',
          scope: 'global',
          frequency: { minutes: 1 },
          timeout: { minutes: 5 },
          fn: async () => {
            await points.settleUnevaluated();
          },
        });

        if (pointsConfig?.getOptionalBoolean('demoData.enabled')) {
          const seeder = DemoDataSeeder.create({
            points,
            store,
            directory,
            logger: logger.child({ task: 'demo-data' }),
            programs,
          });
          const controller = new AbortController();
          lifecycle.addStartupHook(() => {
            // In the background: the catalog may need a while.
            void seeder.run({ signal: controller.signal });
          });
          lifecycle.addShutdownHook(() => controller.abort());
        }
      },
    });
  },
});
