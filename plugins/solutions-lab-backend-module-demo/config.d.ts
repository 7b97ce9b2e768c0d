export interface Config {
  solutionsLab?: {
    /** Development only: demo engagements (solutions-lab-backend-module-demo). */
    demoData?: {
      /** Seed the demo engagements on start when the Lab has none yet. */
      enabled?: boolean;
    };
  };
}
