import { Button } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import CloseIcon from '@material-ui/icons/Close';
import {
  FACET_KEYS,
  FacetKey,
  FacetSelection,
  hasFilters,
} from '../../search/searchState';
import { FACET_LABELS, useFacetValueLabel } from '../FacetFilters';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
}));

/** Props of {@link ActiveFilters}. */
export interface ActiveFiltersProps {
  filters: FacetSelection;
  onRemove(key: FacetKey, value: string): void;
  onClear(): void;
}

/** The chosen filters, each removable, and "Clear all filters". */
export function ActiveFilters(props: ActiveFiltersProps) {
  const { filters, onRemove, onClear } = props;
  const classes = useStyles();
  const valueLabel = useFacetValueLabel();
  if (!hasFilters(filters)) return null;
  return (
    <Box mt={2}>
      <ul className={classes.list} aria-label="Chosen filters">
        {FACET_KEYS.flatMap(key =>
          filters[key].map(value => {
            const text = `${FACET_LABELS[key]}: ${valueLabel(key, value)}`;
            return (
              <li key={`${key}=${value}`}>
                <Button
                  variant="secondary"
                  size="small"
                  iconEnd={<CloseIcon fontSize="inherit" />}
                  aria-label={`Remove filter ${text}`}
                  onPress={() => onRemove(key, value)}
                >
                  {text}
                </Button>
              </li>
            );
          }),
        )}
        <li>
          <Button variant="tertiary" size="small" onPress={onClear}>
            Clear all filters
          </Button>
        </li>
      </ul>
    </Box>
  );
}
