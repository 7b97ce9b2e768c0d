import {
  createExtensionPoint,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import type { Playbook } from './playbook';
import type { LabServiceApi } from './service';

/**
 * What a seeder gets: the Lab's own service, so that seeded engagements go
 * through the same rules, timeline and outbox as real ones.
 *
 * @public
 */
export interface SolutionsLabSeedContext {
  playbooks: readonly Playbook[];
  /** Whether the Lab holds no engagement yet (a first start). */
  isEmpty(): Promise<boolean>;
  /**
   * The Lab's service on a clock and ids of the seeder's choosing, so that
   * history can be back-dated deterministically. It sends no notifications
   * or signals: seeded history is not news. Points events it queues are
   * delivered like any others.
   */
  createService(options: {
    now: () => number;
    newId: () => string;
  }): LabServiceApi;
  logger: LoggerService;
}

/** A seeder, run once after the backend has started. @public */
export type SolutionsLabSeeder = (
  context: SolutionsLabSeedContext,
) => Promise<void>;

/** @public */
export interface SolutionsLabSeedingExtensionPoint {
  addSeeder(seeder: SolutionsLabSeeder): void;
}

/**
 * Lets a module seed the Lab (the development-only demo module does).
 *
 * @public
 */
export const solutionsLabSeedingExtensionPoint =
  createExtensionPoint<SolutionsLabSeedingExtensionPoint>({
    id: 'solutions-lab.seeding',
  });
