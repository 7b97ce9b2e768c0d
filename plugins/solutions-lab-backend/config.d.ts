import type { HumanDuration } from '@backstage/types';
import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** The Solutions Lab backend. */
  solutionsLab?: {
    /**
     * Playbooks added to the shipped ones, one YAML file each (the format is
     * in the plugin README). A path is relative to the backend's working
     * directory. A bad file fails start-up, naming the file and the field.
     */
    playbooks?: Array<{
      /** The playbook's YAML file. */
      file: string;
    }>;
    /** The SLA clock of each stage. */
    sla?: {
      /**
       * The fraction of a stage's SLA after which the stage is at risk,
       * between 0 and 1 (exclusive). Default 0.75.
       */
      atRiskFraction?: number;
      /**
       * When to tell the assigned expert and the program admins about
       * stages at risk or breached (once across replicas). Default every 15
       * minutes.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /** Delivery of points events to partner points. */
    outbox?: {
      /**
       * When to deliver what is waiting (once across replicas); a decision
       * also triggers a delivery right after it. Default every 30 seconds.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Events per request, 1 to 10000. Default 100. */
      batchSize?: number;
      /** Longest wait between two attempts while partner points is down. Default 10 minutes. */
      maxBackoff?: HumanDuration | string;
    };
  };
}
