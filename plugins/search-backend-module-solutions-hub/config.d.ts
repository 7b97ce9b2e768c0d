import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** The Solutions Hub's tool collator. */
      solutionsHub?: {
        /**
         * How often tools are collated again (default: every 10 minutes,
         * first after 10 seconds).
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
