import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  TOOL_ENVIRONMENTS,
  type HubToolSummary,
} from '@partner-studio/plugin-partner-studio-common';
import { humanize } from '@partner-studio/plugin-partner-studio-react';

const useStyles = makeStyles(theme => ({
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: theme.spacing(0.5, 2),
  },
  group: { display: 'contents' },
  value: {
    margin: 0,
    overflowWrap: 'anywhere',
  },
}));

/** The tool's links per environment, in promotion order. */
export function EnvironmentLinks(props: { links: HubToolSummary['links'] }) {
  const { links } = props;
  const classes = useStyles();
  const present = TOOL_ENVIRONMENTS.flatMap(env => {
    const url = links[env];
    return url ? [{ env, url }] : [];
  });
  if (present.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No environment links: launch the tool to start.
      </Typography>
    );
  }
  return (
    <dl className={classes.list}>
      {present.map(({ env, url }) => (
        <div key={env} className={classes.group}>
          <Typography component="dt" variant="body2">
            {humanize(env)}
          </Typography>
          <Typography component="dd" variant="body2" className={classes.value}>
            <Link to={url}>{url}</Link>
          </Typography>
        </div>
      ))}
    </dl>
  );
}
