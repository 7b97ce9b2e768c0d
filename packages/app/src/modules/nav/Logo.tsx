import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  text: { fill: '#7df3e1', fontWeight: 700 },
});

/**
 * The portal's logo: the wordmark in the open sidebar, the monogram in the
 * collapsed one.
 */
export const Logo = (props: { variant: 'full' | 'icon' }) => {
  const classes = useStyles();
  const full = props.variant === 'full';
  return (
    <svg
      style={{ width: 'auto', height: full ? 30 : 28 }}
      viewBox={full ? '0 0 190 30' : '0 0 30 28'}
      role="img"
      aria-label="Partner Studio"
    >
      <text
        x="0"
        y={full ? 23 : 21}
        className={classes.text}
        fontSize={full ? 22 : 20}
      >
        {full ? 'Partner Studio' : 'PS'}
      </text>
    </svg>
  );
};
