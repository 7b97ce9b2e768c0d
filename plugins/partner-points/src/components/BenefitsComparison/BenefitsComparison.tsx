import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { Program, Standing, TierBenefit } from '@partner-studio/scoring';
import { formatValue } from '@partner-studio/plugin-partner-studio-react';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '& > li': {
      padding: theme.spacing(1, 0),
      borderBottom: `1px solid ${theme.palette.divider}`,
    },
  },
  chip: {
    marginLeft: theme.spacing(1),
  },
}));

type Change = 'new' | 'improved' | undefined;

function changeOf(benefit: TierBenefit, current: TierBenefit[]): Change {
  const before = current.find(b => b.id === benefit.id);
  if (!before) return 'new';
  if (
    benefit.value !== undefined &&
    (before.value === undefined || benefit.value > before.value)
  ) {
    return 'improved';
  }
  return undefined;
}

function BenefitList(props: {
  benefits: TierBenefit[];
  current?: TierBenefit[];
  label: string;
}) {
  const { benefits, current, label } = props;
  const classes = useStyles();
  if (benefits.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No benefits listed for this tier.
      </Typography>
    );
  }
  return (
    <ul className={classes.list} aria-label={label}>
      {benefits.map(benefit => {
        const change = current ? changeOf(benefit, current) : undefined;
        return (
          <li key={benefit.id}>
            <Typography variant="subtitle2" component="div">
              {benefit.name}
              {benefit.value !== undefined && (
                <>: {formatValue(benefit.value, benefit.unit)}</>
              )}
              {change && (
                <Chip
                  className={classes.chip}
                  size="small"
                  color="primary"
                  variant="outlined"
                  label={change === 'new' ? 'New' : 'Improved'}
                />
              )}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {benefit.description}
            </Typography>
          </li>
        );
      })}
    </ul>
  );
}

/** Props of {@link BenefitsComparison}. */
export interface BenefitsComparisonProps {
  standing: Standing;
  program?: Pick<Program, 'tiers'>;
}

/** Benefits of the current tier next to those of the next tier. */
export function BenefitsComparison(props: BenefitsComparisonProps) {
  const { standing, program } = props;
  const next = standing.nextTier;
  const nextBenefits = next
    ? program?.tiers.find(t => t.id === next.tier)?.benefits
    : undefined;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={next ? 6 : 12}>
        <Typography variant="h6" component="h3" gutterBottom>
          Now, at {standing.tierName}
        </Typography>
        <BenefitList
          benefits={standing.benefits}
          label={`Benefits at ${standing.tierName}`}
        />
      </Grid>
      {next && (
        <Grid item xs={12} md={6}>
          <Typography variant="h6" component="h3" gutterBottom>
            At {next.tierName}
          </Typography>
          {nextBenefits ? (
            <BenefitList
              benefits={nextBenefits}
              current={standing.benefits}
              label={`Benefits at ${next.tierName}`}
            />
          ) : (
            <Box>
              <Typography variant="body2" color="textSecondary">
                The benefits of {next.tierName} could not be loaded.
              </Typography>
            </Box>
          )}
        </Grid>
      )}
    </Grid>
  );
}
