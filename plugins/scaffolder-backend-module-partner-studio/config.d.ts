import type { HumanDuration } from '@backstage/types';

export interface Config {
  scaffolder?: {
    /** Partner Studio's scaffolder module. */
    partnerStudio?: {
      workspaceArchives?: {
        /** How long a workspace archive is kept for download. Default 30 days. */
        retention?: HumanDuration | string;
        /** Largest zipped workspace kept, in bytes. Default 20 MiB. */
        maxBytes?: number;
      };
    };
  };
}
