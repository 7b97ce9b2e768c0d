export { createPartnerListLoader } from './createPartnerListLoader';
export type { PartnerListLoaderOptions } from './createPartnerListLoader';
export { createPluginRequest, queryString } from './pluginRequest';
export type {
  PluginRequest,
  PluginRequestOptions,
  QueryValue,
} from './pluginRequest';
