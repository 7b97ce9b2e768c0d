export interface Config {
  solutionsHub?: {
    /** Development only: demo launches and ratings (solutions-hub-backend-module-demo). */
    demoData?: {
      /** Write the demo data on start when the Hub has no launches yet. */
      enabled?: boolean;
    };
  };
}
