import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

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
  };
}
