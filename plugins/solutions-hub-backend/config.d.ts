import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import type { HumanDuration } from '@backstage/types';

export interface Config {
  /** The Solutions Hub backend. */
  solutionsHub?: {
    /**
     * How often each replica checks the catalog for new, changed and removed
     * tools. Default: every 30 seconds.
     */
    catalogSync?: SchedulerServiceTaskScheduleDefinitionConfig;
    /**
     * How often each replica recomputes popularity from launches. Default:
     * every 10 minutes.
     */
    popularity?: SchedulerServiceTaskScheduleDefinitionConfig;
    /**
     * Partner points (the caller's tier, progress and the program) and the
     * Solutions Lab (the caller's stages), which the Hub asks over HTTP.
     * Both are optional: while one is absent or failing the Hub answers,
     * says so, and keeps the tools it gates locked.
     */
    dependencies?: {
      /** How long the Hub waits for an answer. Default: 3 seconds. */
      timeout?: HumanDuration | string;
      /** How long a caller's tier, stages and progress are reused. Default: 15 seconds. */
      cacheTtl?: HumanDuration | string;
      /** How long a failed answer is remembered before asking again. Default: 5 seconds. */
      failureTtl?: HumanDuration | string;
      /** How long the program (plays, courses, incentives) is reused. Default: 5 minutes. */
      programCacheTtl?: HumanDuration | string;
    };
  };
}
