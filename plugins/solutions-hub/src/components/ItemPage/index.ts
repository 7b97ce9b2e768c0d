export { ItemPage } from './ItemPage';
