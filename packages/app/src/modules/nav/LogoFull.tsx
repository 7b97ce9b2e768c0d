import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  svg: { width: 'auto', height: 30 },
  text: { fill: '#7df3e1', fontWeight: 700, fontSize: 22 },
});

/** The wordmark shown in the open sidebar. */
export const LogoFull = () => {
  const classes = useStyles();
  return (
    <svg
      className={classes.svg}
      viewBox="0 0 190 30"
      role="img"
      aria-label="Partner Studio"
    >
      <text x="0" y="23" className={classes.text}>
        Partner Studio
      </text>
    </svg>
  );
};
