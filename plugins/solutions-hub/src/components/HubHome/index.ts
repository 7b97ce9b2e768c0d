export { HubHome } from './HubHome';
