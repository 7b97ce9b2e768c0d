import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import {
  labChecklistUpdatePermission,
  labEngagementAssignPermission,
  labEngagementCreatePermission,
  labEngagementDecidePermission,
  labEngagementReadPermission,
  labFunnelReadPermission,
  labNoteCreatePermission,
} from '@partner-studio/plugin-partner-studio-common';
import {
  partnerAccessServiceRef,
  partnerDirectoryServiceRef,
} from '@partner-studio/plugin-partner-studio-node';
import { programs } from '@partner-studio/scoring';
import { readLabConfig } from './config';
import { LabStore } from './database/LabStore';
import {
  engagementPermissionResourceRef,
  engagementPermissionRules,
  solutionsLabSeedingExtensionPoint,
  type SolutionsLabSeeder,
} from '@partner-studio/plugin-solutions-lab-node';
import { loadPlaybooks } from './playbooks/loadPlaybooks';
import { PlaybookRegistry } from './playbooks/PlaybookRegistry';
import { DirectoryLabAudience } from './service/DirectoryLabAudience';
import { LabAccess } from './service/LabAccess';
import {
  NotificationsLabNotifier,
  SignalsLabLiveUpdates,
  type LabLiveUpdates,
  type LabNotifier,
} from './service/LabNotifier';
import { LabService } from './service/LabService';
import { OutboxDeliverer } from './service/OutboxDeliverer';
import { createRouter } from './service/router';
import { SlaWatcher } from './service/SlaWatcher';

/** Seeded history is not news: a seeding service tells nobody. */
const quiet: LabNotifier & LabLiveUpdates = {
  requested: async () => {},
  assigned: async () => {},
  decided: async () => {},
  slaEscalated: async () => {},
  changed: async () => {},
};

/**
 * The Solutions Lab backend plugin (`/api/solutions-lab`): expert-guided
 * engagements through a playbook's development and commercialization
 * stages. Its points events reach partner points through an outbox.
 *
 * @public
 */
export const solutionsLabPlugin = createBackendPlugin({
  pluginId: 'solutions-lab',
  register(env) {
    const seeders: SolutionsLabSeeder[] = [];
    env.registerExtensionPoint(solutionsLabSeedingExtensionPoint, {
      addSeeder(seeder) {
        seeders.push(seeder);
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        lifecycle: coreServices.lifecycle,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        notifications: notificationService,
        signals: signalsServiceRef,
        directory: partnerDirectoryServiceRef,
        access: partnerAccessServiceRef,
      },
      async init({
        config,
        database,
        logger,
        scheduler,
        auth,
        discovery,
        httpAuth,
        httpRouter,
        lifecycle,
        permissions,
        permissionsRegistry,
        notifications,
        signals,
        directory,
        access,
      }) {
        const labConfig = readLabConfig(config);
        const loaded = await loadPlaybooks({ config, programs });
        const playbooks = PlaybookRegistry.create(loaded.map(l => l.playbook));
        logger.info(
          `Playbooks: ${loaded
            .map(l => `${l.playbook.id} (${l.file})`)
            .join(', ')}`,
        );

        const store = await LabStore.create({ database });
        const audience = DirectoryLabAudience.create({ directory });
        const deliverer = OutboxDeliverer.create({
          store,
          discovery,
          auth,
          logger: logger.child({ task: 'outbox' }),
          options: {
            batchSize: labConfig.outboxBatchSize,
            maxBackoffMs: labConfig.outboxMaxBackoffMs,
          },
        });
        const notifier = NotificationsLabNotifier.create({
          notifications,
          audience,
          playbooks,
          logger,
        });
        const live = SignalsLabLiveUpdates.create({
          signals,
          audience,
          logger,
        });
        const serviceOptions = {
          store,
          playbooks,
          programs,
          audience,
          logger,
          atRiskFraction: labConfig.atRiskFraction,
          onPointsQueued: () => deliverer.kick(),
        };
        const service = LabService.create({
          ...serviceOptions,
          notifier,
          live,
        });

        // Engagements are a permission resource of this plugin: a policy's
        // conditional decisions (HAS_PARTNER, IS_ASSIGNED_TO, IS_UNASSIGNED,
        // HAS_PLAYBOOK) filter lists here in SQL, and the framework applies
        // them to single engagements through getResources.
        permissionsRegistry.addResourceType({
          resourceRef: engagementPermissionResourceRef,
          permissions: [
            labEngagementReadPermission,
            labChecklistUpdatePermission,
            labEngagementDecidePermission,
            labNoteCreatePermission,
            labEngagementAssignPermission,
          ],
          rules: Object.values(engagementPermissionRules),
          getResources: ids => store.engagementResources(ids),
        });
        permissionsRegistry.addPermissions([
          labEngagementCreatePermission,
          labFunnelReadPermission,
        ]);

        httpRouter.use(
          await createRouter({
            httpAuth,
            access: LabAccess.create({ access, permissions }),
            lab: service,
          }),
        );

        // Engagements in a stage no playbook defines any more (a playbook
        // edited or removed) can be read but not decided: say so now.
        for (const inUse of await store.openStagesInUse()) {
          if (!playbooks.stage(inUse.playbookId, inUse.stageId)) {
            logger.warn(
              `${inUse.count} open engagements are in stage "${inUse.stageId}" of playbook "${inUse.playbookId}", which is not configured; they cannot be decided until it is`,
            );
          }
        }

        // Points events: delivered once across replicas, retried with backoff.
        await scheduler.scheduleTask({
          id: 'solutions-lab-outbox',
          scope: 'global',
          ...labConfig.outboxSchedule,
          fn: async signal => {
            await deliverer.deliverPending({ signal });
          },
        });

        const watcher = SlaWatcher.create({
          store,
          notifier,
          live,
          logger,
          atRiskFraction: labConfig.atRiskFraction,
        });
        await scheduler.scheduleTask({
          id: 'solutions-lab-sla-watch',
          scope: 'global',
          ...labConfig.slaSchedule,
          fn: async signal => {
            const told = await watcher.run({ signal });
            if (told.atRisk + told.breached > 0) {
              logger.info(
                `SLA watch: ${told.atRisk} stages at risk, ${told.breached} breached`,
              );
            }
          },
        });

        // Seeders (the development demo data) run in the background: the
        // catalog may need a while to list the partners.
        if (seeders.length > 0) {
          const seedLogger = logger.child({ task: 'seeding' });
          const controller = new AbortController();
          const seedAll = async () => {
            for (const seeder of seeders) {
              try {
                await seeder({
                  playbooks: playbooks.list(),
                  isEmpty: async () => (await store.countEngagements()) === 0,
                  createService: ({ now, newId }) =>
                    LabService.create({
                      ...serviceOptions,
                      notifier: quiet,
                      live: quiet,
                      now,
                      newId,
                    }),
                  listPartnerRefs: async () =>
                    (await directory.listPartners()).map(p => p.entityRef),
                  signal: controller.signal,
                  logger: seedLogger,
                });
              } catch (error) {
                seedLogger.error(`Seeding the Lab failed: ${error}`);
              }
            }
          };
          lifecycle.addStartupHook(() => {
            void seedAll();
          });
          lifecycle.addShutdownHook(() => controller.abort());
        }
      },
    });
  },
});
