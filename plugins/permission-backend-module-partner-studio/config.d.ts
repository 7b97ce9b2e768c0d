export interface Config {
  partnerStudio?: {
    permission?: {
      /**
       * The scaffolder actions a template run by anybody but a program admin
       * may execute. Default: fetch:template, fetch:template:file,
       * fetch:plain, fetch:plain:file, debug:log,
       * partner-studio:workspace:archive.
       */
      templateActions?: string[];
    };
  };
}
