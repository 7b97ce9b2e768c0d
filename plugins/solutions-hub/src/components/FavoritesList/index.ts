export { FavoritesList } from './FavoritesList';
export type { FavoritesListProps } from './FavoritesList';
