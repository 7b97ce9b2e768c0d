import type { HumanDuration } from '@backstage/types';
import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** The partner points backend. */
  partnerPoints?: {
    /** The per-partner standing cache. */
    standingCache?: {
      /**
       * How long a standing is reused while the partner's ledger is
       * unchanged (time moves the windows). Default 60 seconds.
       */
      ttl?: HumanDuration | string;
      /** How many partners' standings are kept. Default 20000. */
      maxPartners?: number;
    };
    /** The trend snapshots. */
    snapshots?: {
      /**
       * When to snapshot every partner's standing (once across replicas).
       * Default every 24 hours, first 5 minutes after start.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
