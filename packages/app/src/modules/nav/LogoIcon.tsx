import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  svg: { width: 'auto', height: 28 },
  text: { fill: '#7df3e1', fontWeight: 700, fontSize: 20 },
});

/** The monogram shown in the collapsed sidebar. */
export const LogoIcon = () => {
  const classes = useStyles();
  return (
    <svg
      className={classes.svg}
      viewBox="0 0 30 28"
      role="img"
      aria-label="Partner Studio"
    >
      <text x="0" y="21" className={classes.text}>
        PS
      </text>
    </svg>
  );
};
