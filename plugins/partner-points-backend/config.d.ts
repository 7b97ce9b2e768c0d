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
      /**
       * How much memory the kept standings may take, in megabytes (gzipped
       * documents and their bookkeeping). Default 256.
       */
      maxMegabytes?: number;
    };
    /** The cohort benchmark. */
    cohorts?: {
      /**
       * The smallest cohort (partners with the same primary business
       * model) whose percentiles are shown. Default 5.
       */
      minimumSize?: number;
    };
    /** The program overview. */
    overview?: {
      /**
       * A partner is within reach of its next tier when a plan of at most
       * this many actions reaches it. Default 2.
       */
      withinReachSteps?: number;
    };
    /** The trend snapshots. */
    snapshots?: {
      /**
       * When to snapshot every partner's standing and rank the cohorts
       * (once across replicas). Default every 24 hours, first 5 minutes
       * after start.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
