export interface Config {
  partnerPoints?: {
    /**
     * Seeds deterministic demo events for the demo partners on start.
     * Development only.
     */
    demoData?: {
      enabled?: boolean;
    };
  };
}
