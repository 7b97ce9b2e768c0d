export interface Config {
  /** Configuration of the partner points frontend plugin. */
  partnerPoints?: {
    /**
     * URL templates for the links of next-best actions. `{id}` is replaced
     * by the URL-encoded id of the action's link ref (`category:sdks` →
     * `sdks`), `{ref}` by the whole URL-encoded ref.
     */
    actionLinks?: {
      /**
       * Solutions Hub links. Default `/solutions-hub?category={id}`.
       * @visibility frontend
       */
      hub?: string;
      /**
       * Solutions Lab links. Default `/solutions-lab/playbooks/{id}`.
       * @visibility frontend
       */
      lab?: string;
      /**
       * Ignite course links. Default `/solutions-hub?category=enablement&course={id}`.
       * @visibility frontend
       */
      ignite?: string;
      /**
       * GTM play links. Default `/solutions-hub?category=sales-play&play={id}`.
       * @visibility frontend
       */
      play?: string;
    };
  };
}
