export { EntitySolutionsLabCard } from './EntitySolutionsLabCard';
