import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { Standing } from '@partner-studio/scoring';
import type { ProgramNames } from '@partner-studio/plugin-partner-studio-react';
import { adjustmentSentence, exemptionSentence } from './decisionText';

/** Props of {@link StandingDecisions}. */
export interface StandingDecisionsProps {
  standing: Standing;
  names: ProgramNames;
}

/**
 * The adjustments counting in the standing and the exemptions in force, with
 * their reasons, under the breakdown: the points a metric does not explain.
 * Renders nothing when there are none.
 */
export function StandingDecisions(props: StandingDecisionsProps) {
  const { standing, names } = props;
  const { adjustments, exemptions } = standing;
  if (adjustments.length === 0 && exemptions.length === 0) {
    return null;
  }
  return (
    <Box mt={2}>
      <Typography variant="subtitle2" component="h3">
        Adjustments and exemptions in this standing
      </Typography>
      <ul aria-label="Adjustments and exemptions in this standing">
        {adjustments.map(adjustment => (
          <li key={`adjustment:${adjustment.id}`}>
            <Typography variant="body2">
              {adjustmentSentence(adjustment, names)}
              {!adjustment.counted &&
                ' — counts for nothing: the partner does not run this business model'}
            </Typography>
          </li>
        ))}
        {exemptions.map(exemption => (
          <li key={`exemption:${exemption.id}`}>
            <Typography variant="body2">
              {exemptionSentence(exemption)}
              {!exemption.applied &&
                ' — changes nothing in this program version'}
            </Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
}
