import { ReactNode, memo } from 'react';
import { makeStyles } from '@material-ui/core/styles';
import type { HubToolSummary } from '@partner-studio/plugin-partner-studio-common';
import { ToolCard } from '../ToolCard';

const useStyles = makeStyles(theme => ({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
    gap: theme.spacing(2),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
}));

/** Props of {@link ToolGrid}. */
export interface ToolGridProps {
  tools: HubToolSummary[];
  /** The list's accessible name. */
  label: string;
  onToggleFavorite(tool: HubToolSummary): void;
  /** Why each tool is shown, by tool ref. */
  reasons?: Map<string, ReactNode>;
  busy?: boolean;
}

function ToolGridView(props: ToolGridProps) {
  const { tools, label, onToggleFavorite, reasons, busy } = props;
  const classes = useStyles();
  return (
    <ul className={classes.grid} aria-label={label} aria-busy={busy}>
      {tools.map(tool => (
        <li key={tool.ref}>
          <ToolCard
            tool={tool}
            onToggleFavorite={onToggleFavorite}
            reason={reasons?.get(tool.ref)}
          />
        </li>
      ))}
    </ul>
  );
}

/**
 * Tools as a responsive grid of cards: a list, one card per item. Renders
 * again only when its props change.
 */
export const ToolGrid = memo(ToolGridView);
