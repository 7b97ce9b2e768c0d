/**
 * Partner Studio's scaffolder module: packs a generated workspace into a zip
 * its author downloads, with no Git host needed.
 *
 * @packageDocumentation
 */
export { scaffolderModulePartnerStudio as default } from './module';
export {
  WORKSPACE_ARCHIVE_ACTION_ID,
  WORKSPACE_DOWNLOAD_PAGE_PATH,
  createWorkspaceArchiveAction,
} from './actions/workspaceArchiveAction';
export { ARCHIVE_ROUTE_PREFIX } from './service/router';
