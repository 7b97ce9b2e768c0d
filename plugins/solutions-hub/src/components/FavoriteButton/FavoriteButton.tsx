import IconButton from '@material-ui/core/IconButton';
import Tooltip from '@material-ui/core/Tooltip';
import StarIcon from '@material-ui/icons/Star';
import StarBorderIcon from '@material-ui/icons/StarBorder';

/** Props of {@link FavoriteButton}. */
export interface FavoriteButtonProps {
  /** The tool's title, in the button's accessible name. */
  title: string;
  favorite: boolean;
  onToggle(): void;
}

/**
 * A toggle button marking a tool as a favourite: its state is announced
 * (`aria-pressed`) and drawn as a filled or hollow star, not by colour.
 */
export function FavoriteButton(props: FavoriteButtonProps) {
  const { title, favorite, onToggle } = props;
  const label = `Favourite: ${title}`;
  return (
    <Tooltip title={favorite ? 'In your favourites' : 'Add to your favourites'}>
      <IconButton
        size="small"
        aria-label={label}
        aria-pressed={favorite}
        onClick={onToggle}
      >
        {favorite ? <StarIcon /> : <StarBorderIcon />}
      </IconButton>
    </Tooltip>
  );
}
