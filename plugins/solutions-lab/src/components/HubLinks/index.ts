export { HubToolLink, HubCategoryLink } from './HubLinks';
