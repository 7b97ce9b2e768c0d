import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import StarIcon from '@material-ui/icons/Star';

const useStyles = makeStyles(theme => ({
  chip: {
    fontWeight: theme.typography.fontWeightBold as number,
    '& $icon': { color: 'inherit' },
  },
  icon: {},
  community: {
    backgroundColor:
      theme.palette.grey[theme.palette.type === 'dark' ? 700 : 300],
    color: theme.palette.text.primary,
  },
  select: {
    backgroundColor: theme.palette.success.dark,
    color: theme.palette.common.white,
  },
  advanced: {
    backgroundColor: theme.palette.info.dark,
    color: theme.palette.common.white,
  },
  principal: {
    backgroundColor: theme.palette.secondary.main,
    color: theme.palette.secondary.contrastText,
  },
  pinnacle: {
    backgroundColor: theme.palette.warning.dark,
    color: theme.palette.common.white,
  },
}));

type TierClass = 'community' | 'select' | 'advanced' | 'principal' | 'pinnacle';
const TIER_CLASSES: readonly string[] = [
  'community',
  'select',
  'advanced',
  'principal',
  'pinnacle',
];

/** Props of {@link TierBadge}. */
export interface TierBadgeProps {
  /** Tier id, e.g. `advanced`; only selects the colour. */
  tier: string;
  /** Tier name shown on the badge, e.g. `Advanced`. */
  tierName: string;
  size?: 'small' | 'medium';
}

/**
 * The partner's program tier. The tier's name is always shown; the colour
 * only reinforces it.
 */
export function TierBadge(props: TierBadgeProps) {
  const { tier, tierName, size = 'medium' } = props;
  const classes = useStyles();
  const tierClass = (
    TIER_CLASSES.includes(tier) ? tier : 'community'
  ) as TierClass;
  return (
    <Chip
      className={`${classes.chip} ${classes[tierClass]}`}
      size={size}
      icon={<StarIcon className={classes.icon} aria-hidden />}
      label={`${tierName} tier`}
    />
  );
}
