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
  /**
   * The partners the organisation's catalog lists now (full entity refs,
   * normalised). Empty while the catalog is still starting: a seeder waits
   * for its partners, so that partner points knows them when their points
   * events arrive.
   */
  listPartnerRefs(): Promise<string[]>;
  /** Aborted when the backend shuts down. */
  signal: AbortSignal;
  logger: LoggerService;
}

/** A seeder, run once in the background after the backend has started. @public */
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
