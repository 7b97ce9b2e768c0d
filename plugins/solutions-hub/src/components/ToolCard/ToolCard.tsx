import { ReactNode, memo } from 'react';
import { Link } from '@backstage/core-components';
import { Card, CardBody, CardFooter, CardHeader, Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import type { HubToolSummary } from '@partner-studio/plugin-partner-studio-common';
import { useToolHref } from '../../hooks/useHubLinks';
import { categoryLabel, supportLevelLabel } from '../../labels';
import { FavoriteButton } from '../FavoriteButton';
import { LockDetails } from '../LockDetails';
import { RatingSummary } from '../RatingSummary';
import { VerifiedBadge } from '../VerifiedBadge';

const useStyles = makeStyles(theme => ({
  card: {
    height: '100%',
    // Off-screen cards of a long list skip layout and paint.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 260px',
  },
  top: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  },
  title: {
    margin: theme.spacing(0.5, 0, 0),
    overflowWrap: 'anywhere',
  },
  description: {
    display: '-webkit-box',
    '-webkit-line-clamp': 3,
    '-webkit-box-orient': 'vertical',
    overflow: 'hidden',
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5, 2),
  },
}));

/** Props of {@link ToolCard}. */
export interface ToolCardProps {
  tool: HubToolSummary;
  onToggleFavorite(tool: HubToolSummary): void;
  /** Why the tool is shown (recommendations), under its title. */
  reason?: ReactNode;
  /** Heading level of the title; default `h3` (under a list's `h2`). */
  headingLevel?: 'h3' | 'h4';
}

function ToolCardView(props: ToolCardProps) {
  const { tool, onToggleFavorite, reason, headingLevel = 'h3' } = props;
  const classes = useStyles();
  const toolHref = useToolHref();
  return (
    <Card className={classes.card} data-testid="tool-card">
      <CardHeader>
        <Box className={classes.top}>
          <Text variant="body-small" color="secondary">
            {categoryLabel(tool.category)} ·{' '}
            {supportLevelLabel(tool.supportLevel)}
          </Text>
          <FavoriteButton
            title={tool.title}
            favorite={tool.favorite}
            onToggle={() => onToggleFavorite(tool)}
          />
        </Box>
        <Text
          as={headingLevel}
          variant="title-x-small"
          className={classes.title}
        >
          <Link to={toolHref(tool)}>{tool.title}</Link>
        </Text>
        {reason && (
          <Text variant="body-small" color="secondary">
            {reason}
          </Text>
        )}
      </CardHeader>
      <CardBody>
        <Text as="p" variant="body-medium" className={classes.description}>
          {tool.description}
        </Text>
        {tool.lock.locked && (
          <Box mt={1}>
            <LockDetails lock={tool.lock} />
          </Box>
        )}
      </CardBody>
      <CardFooter>
        <Box className={classes.footer}>
          <RatingSummary summary={tool.rating} />
          {tool.verified && <VerifiedBadge label="Verified" />}
        </Box>
      </CardFooter>
    </Card>
  );
}

/**
 * One tool in a list: category and support level, title (to the tool's
 * page), description, rating, verification, favourite toggle, and — when it
 * is locked for the caller — what unlocks it. Renders again only when its
 * props change (the Hub's lists keep each tool's object while it is the
 * same), so an answer for another part of the page does not redraw it.
 */
export const ToolCard = memo(ToolCardView);
