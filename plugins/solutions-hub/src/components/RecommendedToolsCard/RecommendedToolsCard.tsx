import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import LockIcon from '@material-ui/icons/Lock';
import { AsyncContent } from '@partner-studio/plugin-partner-studio-react';
import { useRecommendations } from '../../hooks/useRecommendations';
import { useToolHref } from '../../hooks/useHubLinks';
import { categoryLabel } from '../../labels';
import { rootRouteRef } from '../../routes';
import {
  recommendationReason,
  useNoRecommendationMessage,
} from '../RecommendedTools';

/** Tools the widget lists. */
const SHOWN = 5;

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '& > li + li': { marginTop: theme.spacing(1.5) },
  },
  locked: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
}));

/**
 * The home page widget "Recommended for your stage": the first tools
 * recommended for the caller's Lab stages and standing, each with why, and a
 * link to the Hub.
 */
export function RecommendedToolsCard() {
  const classes = useStyles();
  const recommendations = useRecommendations(SHOWN);
  const toolHref = useToolHref();
  const root = useRouteRef(rootRouteRef);
  const noRecommendation = useNoRecommendationMessage();
  return (
    <AsyncContent
      state={recommendations}
      compact
      loadingLabel="Loading recommendations"
      isEmpty={value => value.items.length === 0}
      empty={
        recommendations.value
          ? noRecommendation(recommendations.value)
          : undefined
      }
      errorProps={{
        title: 'Recommendations could not be loaded',
        onRetry: recommendations.retry,
      }}
    >
      {value => (
        <>
          <ul className={classes.list} aria-label="Recommended tools">
            {value.items.map(item => (
              <li key={item.tool.ref}>
                <Typography variant="body1" component="p">
                  <Link to={toolHref(item.tool)}>{item.tool.title}</Link>
                </Typography>
                <Typography variant="body2" color="textSecondary">
                  {categoryLabel(item.tool.category)} ·{' '}
                  {recommendationReason(item)}
                  {item.tool.lock.locked && (
                    <>
                      {' · '}
                      <span className={classes.locked}>
                        <LockIcon fontSize="inherit" aria-hidden />
                        Locked
                      </span>
                    </>
                  )}
                </Typography>
              </li>
            ))}
          </ul>
          <Box mt={2}>
            <Link to={root()}>All tools in the Solutions Hub</Link>
          </Box>
        </>
      )}
    </AsyncContent>
  );
}
