import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { durationToMilliseconds } from '@backstage/types';
import { readDurationFromConfig } from '@backstage/config';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import {
  partnerEventsCreatePermission,
  partnerStandingReadPermission,
  partnerStandingSimulatePermission,
  type PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import {
  partnerAccessServiceRef,
  partnerDirectoryServiceRef,
  partnerPermissionResourceRef,
  partnerPermissionRules,
} from '@partner-studio/plugin-partner-studio-node';
import { programs } from '@partner-studio/scoring';
import { PointsStore } from './database/PointsStore';
import {
  type LedgerSeeder,
  partnerPointsSeedingExtensionPoint,
} from './extensions';
import { PartnerListService } from './service/PartnerListService';
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
    const seeders: LedgerSeeder[] = [];
    env.registerExtensionPoint(partnerPointsSeedingExtensionPoint, {
      addSeeder(seeder) {
        seeders.push(seeder);
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        signals: signalsServiceRef,
        directory: partnerDirectoryServiceRef,
        access: partnerAccessServiceRef,
      },
      async init({
        config,
        database,
        httpAuth,
        httpRouter,
        lifecycle,
        logger,
        permissionsRegistry,
        scheduler,
        signals,
        directory,
        access,
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
        const partners = PartnerListService.create({ access, directory });

        // Partners are a permission resource of this plugin: a policy's
        // conditional decision (IS_PARTNER) filters partner lists here and
        // is applied to single partners by the permission framework.
        permissionsRegistry.addResourceType({
          resourceRef: partnerPermissionResourceRef,
          permissions: [
            partnerStandingReadPermission,
            partnerStandingSimulatePermission,
          ],
          rules: Object.values(partnerPermissionRules),
          getResources: async (refs: string[]) => {
            const found = await Promise.all(
              refs.map(ref => directory.getPartner(ref)),
            );
            return found.map((p: PartnerSummary | undefined) => p);
          },
        });
        permissionsRegistry.addPermissions([partnerEventsCreatePermission]);

        httpRouter.use(
          await createRouter({ httpAuth, access, points, partners }),
        );
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

        // Seeders (the development demo data) run in the background: the
        // catalog may need a while to list the partners.
        const controller = new AbortController();
        lifecycle.addStartupHook(() => {
          for (const seeder of seeders) {
            const seederLogger = logger.child({ seeder: seeder.id });
            seeder
              .seed({
                ingest: (events, options) => points.ingest(events, options),
                listPartners: () => directory.listPartners(),
                programs,
                getMeta: key => store.getMeta(`${seeder.id}:${key}`),
                setMetaIfAbsent: (key, value) =>
                  store.setMetaIfAbsent(`${seeder.id}:${key}`, value),
                logger: seederLogger,
                signal: controller.signal,
              })
              .catch(error =>
                seederLogger.warn(`Ledger seeder failed: ${error}`),
              );
          }
        });
        lifecycle.addShutdownHook(() => controller.abort());
      },
    });
  },
});
