import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { Program } from '@partner-studio/scoring';
import type { PartnerStandingResponse } from '@partner-studio/plugin-partner-studio-common';
import { ActionList } from '../ActionList';
import { ExpiringForecast } from '../ExpiringForecast';
import { StandingHeadline } from '../StandingHeadline';
import { formatPoints } from '@partner-studio/plugin-partner-studio-react';

const useStyles = makeStyles(theme => ({
  points: {
    fontWeight: theme.typography.fontWeightBold as number,
    lineHeight: 1.1,
  },
  section: {
    marginTop: theme.spacing(2),
  },
}));

/** Props of {@link StandingSummary}. */
export interface StandingSummaryProps {
  response: PartnerStandingResponse;
  /** How many of the ranked actions to show. */
  actionsLimit?: number;
  /** Show the partner's name above the tier (e.g. on the home page). */
  showPartnerName?: boolean;
  /** Program tiers, for the expiring-points forecast. */
  program?: Pick<Program, 'tiers'>;
  /** Extra content at the bottom, e.g. a link to the page. */
  footer?: ReactNode;
}

/**
 * A compact standing: tier badge, points, progress to the next tier, a tier
 * drop warning and the top actions. Shared by the home widget and the
 * partner's entity card.
 */
export function StandingSummary(props: StandingSummaryProps) {
  const {
    response,
    actionsLimit = 3,
    showPartnerName = false,
    program,
    footer,
  } = props;
  const { partner, standing } = response;
  const classes = useStyles();

  return (
    <Box>
      {showPartnerName && (
        <Typography variant="subtitle1" component="p" gutterBottom>
          {partner.title}
        </Typography>
      )}
      <StandingHeadline
        standing={standing}
        points={
          <Box>
            <Typography variant="h4" component="p" className={classes.points}>
              {formatPoints(standing.totalPoints)}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              program points
            </Typography>
          </Box>
        }
      />
      <Box className={classes.section}>
        <ExpiringForecast standing={standing} program={program} compact />
      </Box>
      {actionsLimit > 0 && (
        <Box className={classes.section}>
          <Typography variant="h6" component="h3" gutterBottom>
            Top actions
          </Typography>
          <ActionList
            actions={standing.actions}
            limit={actionsLimit}
            compact
            ariaLabel="Top actions"
          />
        </Box>
      )}
      {footer && <Box className={classes.section}>{footer}</Box>}
    </Box>
  );
}
