export interface Config {
  /** Settings shared by the Partner Studio frontend plugins. */
  partnerStudio?: {
    /** How views stay up to date. */
    refresh?: {
      /**
       * Without the signals plugin in the app, views poll their data this
       * often, in seconds (default 30); 0 turns polling off. With the signals
       * plugin, views refresh when the backend signals a change and do not
       * poll.
       * @visibility frontend
       */
      pollIntervalSeconds?: number;
    };
  };
}
