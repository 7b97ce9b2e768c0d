export interface Config {
  /** Partner Studio settings shared by its backend plugins. */
  partnerStudio?: {
    /** The catalog groups that confer program roles. */
    groups?: {
      /**
       * Entity ref(s) of the program admins group; its members see every
       * partner. Groups with `spec.type: program-admins` count too.
       * Default `group:default/program-admins`.
       */
      programAdmins?: string | string[];
      /**
       * Entity ref(s) of the vendor experts group. Groups with
       * `spec.type: vendor-experts` count too.
       * Default `group:default/vendor-experts`.
       */
      vendorExperts?: string | string[];
    };
  };
}
