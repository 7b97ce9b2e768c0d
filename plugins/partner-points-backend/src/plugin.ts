import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import { durationToMilliseconds } from '@backstage/types';
import { readDurationFromConfig } from '@backstage/config';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import {
  partnerAdjustmentsCreatePermission,
  partnerAdjustmentsRevokePermission,
  partnerEventsCreatePermission,
  partnerStandingReadPermission,
  partnerStandingSimulatePermission,
  programOverviewReadPermission,
  type PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import {
  partnerAccessServiceRef,
  partnerDirectoryServiceRef,
  partnerPermissionResourceRef,
  partnerPermissionRules,
} from '@partner-studio/plugin-partner-studio-node';
import { programs } from '@partner-studio/scoring';
import { AdjustmentsStore } from './database/AdjustmentsStore';
import { CohortStore } from './database/CohortStore';
import { OverviewStore } from './database/OverviewStore';
import { PointsStore } from './database/PointsStore';
import {
  type DevelopmentLedgerSeeder,
  type LedgerSeeder,
  partnerPointsDevelopmentDataExtensionPoint,
  partnerPointsSeedingExtensionPoint,
} from './extensions';
import { AdjustmentsService } from './service/AdjustmentsService';
import { CohortService } from './service/CohortService';
import { DevelopmentLedger } from './service/DevelopmentLedger';
import { PartnerListService } from './service/PartnerListService';
import { PointsService } from './service/PointsService';
import { ProgramOverviewService } from './service/ProgramOverviewService';
import { describeCacheStats } from './service/StandingCache';
import { StandingWarmer } from './service/StandingWarmer';
import { createRouter } from './service/router';

/**
 * The partner points backend plugin: the points ledger, the partners'
 * program standing, adjustments and exemptions, the cohort benchmark and the
 * program overview, mounted at `/api/partner-points`.
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
    // Development data may do what no production writer may (backdate,
    // delete what it recorded itself): its extension point does not exist
    // in production, so a module needing it cannot start there.
    const developmentSeeders: DevelopmentLedgerSeeder[] = [];
    if (process.env.NODE_ENV !== 'production') {
      env.registerExtensionPoint(partnerPointsDevelopmentDataExtensionPoint, {
        addDevelopmentSeeder(seeder) {
          developmentSeeders.push(seeder);
        },
      });
    }

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
        auditor: coreServices.auditor,
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
        auditor,
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
        const cacheMegabytes = pointsConfig?.getOptionalNumber(
          'standingCache.maxMegabytes',
        );
        const withinReachSteps =
          pointsConfig?.getOptionalNumber('overview.withinReachSteps') ?? 2;

        // Runs the migrations; the other stores share its database.
        const store = await PointsStore.create({ database });
        const adjustmentsStore = await AdjustmentsStore.create({ database });
        const overviewStore = await OverviewStore.create({ database });
        const cohortStore = await CohortStore.create({ database });

        const points = PointsService.create({
          store,
          adjustments: adjustmentsStore,
          overview: overviewStore,
          directory,
          signals,
          logger,
          programs,
          standingCacheTtlMs: cacheTtl,
          standingCacheSize: pointsConfig?.getOptionalNumber(
            'standingCache.maxPartners',
          ),
          standingCacheBytes:
            cacheMegabytes !== undefined
              ? cacheMegabytes * 1024 * 1024
              : undefined,
          withinReachSteps,
        });
        const partners = PartnerListService.create({ access, directory });
        const adjustments = AdjustmentsService.create({
          store: adjustmentsStore,
          points: store,
          standing: points,
          programs,
        });
        const cohorts = CohortService.create({
          cohorts: cohortStore,
          snapshots: store,
          directory,
          minimumSize: pointsConfig?.getOptionalNumber('cohorts.minimumSize'),
        });
        const overview = ProgramOverviewService.create({
          store: overviewStore,
          access,
          withinReachSteps,
        });
        const warmer = StandingWarmer.create({
          points,
          directory,
          logger: logger.child({ task: 'standing-cache-warm-up' }),
        });

        // Partners are a permission resource of this plugin: a policy's
        // conditional decision (IS_PARTNER) filters partner lists here and
        // is applied to single partners by the permission framework.
        permissionsRegistry.addResourceType({
          resourceRef: partnerPermissionResourceRef,
          permissions: [
            partnerStandingReadPermission,
            partnerStandingSimulatePermission,
            partnerAdjustmentsCreatePermission,
            partnerAdjustmentsRevokePermission,
          ],
          rules: Object.values(partnerPermissionRules),
          getResources: async (refs: string[]) => {
            const found = await Promise.all(
              refs.map(ref => directory.getPartner(ref)),
            );
            return found.map((p: PartnerSummary | undefined) => p);
          },
        });
        permissionsRegistry.addPermissions([
          partnerEventsCreatePermission,
          programOverviewReadPermission,
        ]);

        httpRouter.use(
          await createRouter({
            httpAuth,
            auditor,
            access,
            points,
            partners,
            adjustments,
            cohorts,
            overview,
            isWarm: () => warmer.warm,
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });

        // Trend snapshots, then the cohort ranks from them: once across
        // replicas.
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
            const ranked = signal.aborted ? 0 : await cohorts.rank();
            logger.info(
              `Took ${taken} standing snapshots; ranked ${ranked} partners in their cohorts; standing cache: ${describeCacheStats(
                points.cacheStats(),
              )}`,
            );
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

        // In the background once started: warm this replica's cache, and
        // run the seeders (the catalog may need a while to list partners).
        const ledger = DevelopmentLedger.create({
          points,
          adjustments,
          pointsStore: store,
          adjustmentsStore,
          cohorts,
          directory,
          programs,
        });
        const controller = new AbortController();
        const inBackground = (
          what: string,
          child: LoggerService,
          run: () => Promise<void>,
        ) => run().catch(error => child.warn(`${what} failed: ${error}`));
        lifecycle.addStartupHook(() => {
          inBackground('Warming the standing cache', logger, () =>
            warmer.run(controller.signal),
          );
          for (const seeder of seeders) {
            const child = logger.child({ seeder: seeder.id });
            inBackground('Ledger seeder', child, () =>
              seeder.seed(
                ledger.seedContext(seeder.id, child, controller.signal),
              ),
            );
          }
          for (const seeder of developmentSeeders) {
            const child = logger.child({ seeder: seeder.id });
            inBackground('Development seeder', child, () =>
              seeder.seed(
                ledger.developmentContext(seeder.id, child, controller.signal),
              ),
            );
          }
        });
        lifecycle.addShutdownHook(() => controller.abort());
      },
    });
  },
});
