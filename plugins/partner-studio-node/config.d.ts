export interface Config {
  /** Partner Studio settings shared by its backend plugins. */
  partnerStudio?: {
    /** The catalog groups that confer program roles. */
    groups?: {
      /**
       * Entity ref(s) of the program admins group; its members (sub-groups
       * included) see every partner. Default `group:default/program-admins`.
       */
      programAdmins?: string | string[];
      /**
       * Entity ref(s) of the vendor experts group (sub-groups included).
       * Default `group:default/vendor-experts`.
       */
      vendorExperts?: string | string[];
    };
    /** Where the organisation's Users and Groups may come from. */
    organization?: {
      /**
       * The trusted locations: an entity counts when its
       * `backstage.io/managed-by-location` matches one (type and exact
       * target, or a minimatch pattern). Default: the `catalog.locations`
       * whose rules allow User or Group, and `catalog.rules` entries that
       * allow them for given locations.
       */
      locations?: Array<{ type: string; target?: string; pattern?: string }>;
    };
  };
}
