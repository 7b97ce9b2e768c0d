import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { AsyncContent } from '@partner-studio/plugin-partner-studio-react';
import { useEngagementList, usePlaybooks } from '../../hooks';
import { engagementRouteRef, rootRouteRef } from '../../routes';
import { findPlaybook, stagePosition } from '../../utils/stages';
import { SlaChip, StatusChip } from '../EngagementStatus';

const SHOWN = 5;

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  item: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    marginTop: theme.spacing(0.5),
  },
}));

/**
 * The Solutions Lab engagements of the partner whose `Group` page this is
 * (newest first, the first five), each with its current stage, status and
 * SLA. Live. The backend scopes it: a partner's members see their own
 * partner's, experts those assigned to them, program admins all.
 */
export function EntitySolutionsLabCard() {
  const { entity } = useEntity();
  const partnerRef = stringifyEntityRef(entity);
  const classes = useStyles();
  const rootRoute = useRouteRef(rootRouteRef);
  const engagementRoute = useRouteRef(engagementRouteRef);
  const playbooks = usePlaybooks();
  const list = useEngagementList(
    { partnerRef: [partnerRef], sort: 'newest' },
    { pageSize: SHOWN },
  );

  return (
    <InfoCard
      title="Solutions Lab"
      subheader="Engagements through development and commercialization"
      deepLink={{ title: 'Open the Solutions Lab', link: rootRoute() }}
    >
      <AsyncContent
        state={list}
        compact
        loadingLabel="Loading the engagements"
        errorProps={{
          title: 'The engagements could not be loaded',
          onRetry: list.retry,
        }}
        isEmpty={value => value === undefined || value.items.length === 0}
        empty={{
          title: 'No engagement to show',
          description:
            'This partner has no Solutions Lab engagement you can see.',
          nextStep: (
            <Link to={rootRoute()}>Request one in the Solutions Lab</Link>
          ),
        }}
      >
        {value => (
          <>
            <ul className={classes.list} aria-label="Engagements">
              {value?.items.map(engagement => (
                <li key={engagement.id} className={classes.item}>
                  <Typography variant="body2" component="div">
                    <Link to={engagementRoute({ id: engagement.id })}>
                      {engagement.solutionName}
                    </Link>
                  </Typography>
                  <Typography variant="caption" color="textSecondary">
                    {stagePosition(
                      findPlaybook(
                        playbooks.value?.items,
                        engagement.playbookId,
                      ),
                      engagement.currentStageId,
                    )}
                  </Typography>
                  <div className={classes.chips}>
                    <StatusChip status={engagement.status} />
                    <SlaChip sla={engagement.sla} />
                  </div>
                </li>
              ))}
            </ul>
            {value?.hasMore && (
              <Typography variant="body2">
                <Link to={rootRoute()}>See all engagements</Link>
              </Typography>
            )}
          </>
        )}
      </AsyncContent>
    </InfoCard>
  );
}
