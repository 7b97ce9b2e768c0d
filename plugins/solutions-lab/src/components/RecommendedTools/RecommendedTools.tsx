import { parseEntityRef } from '@backstage/catalog-model';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  LabRecommends,
  TOOL_CATEGORIES,
} from '@partner-studio/plugin-partner-studio-common';
import { humanize } from '@partner-studio/plugin-partner-studio-react';
import { toolOf, useHubTools } from '../../hooks';
import { HubCategoryLink, HubToolLink } from '../HubLinks';

const useStyles = makeStyles(theme => ({
  list: {
    margin: 0,
    paddingLeft: theme.spacing(2.5),
  },
  item: {
    marginBottom: theme.spacing(1),
  },
  categories: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 2),
    listStyle: 'none',
    margin: theme.spacing(1, 0, 0),
    padding: 0,
  },
}));

/** Props of {@link RecommendedTools}. */
export interface RecommendedToolsProps {
  recommends: LabRecommends;
  /** For the lists' accessible names, e.g. "Build". */
  stageName: string;
}

/**
 * What a stage recommends in the Solutions Hub: its tools (titles from the
 * catalog, linking to their Hub pages) and categories (linking to the Hub
 * filtered by them). Without the Hub in the app, the names show unlinked.
 */
export function RecommendedTools(props: RecommendedToolsProps) {
  const { recommends, stageName } = props;
  const classes = useStyles();
  const tools = useHubTools(recommends.tools);
  if (recommends.tools.length === 0 && recommends.categories.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        This stage recommends nothing in particular; browse the Solutions Hub
        for tooling.
      </Typography>
    );
  }
  return (
    <>
      {recommends.tools.length > 0 && (
        <ul className={classes.list} aria-label={`Hub tools for ${stageName}`}>
          {recommends.tools.map(toolRef => {
            const tool = toolOf(tools.value, toolRef);
            return (
              <li key={toolRef} className={classes.item}>
                <Typography variant="body2" component="span">
                  <HubToolLink toolRef={toolRef}>
                    {tool?.title ?? humanize(parseEntityRef(toolRef).name)}
                  </HubToolLink>
                </Typography>
                {tool?.description && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="div"
                  >
                    {tool.description}
                  </Typography>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {recommends.categories.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h4">
            Hub categories
          </Typography>
          <ul
            className={classes.categories}
            aria-label={`Hub categories for ${stageName}`}
          >
            {recommends.categories.map(category => (
              <li key={category}>
                <Typography variant="body2" component="span">
                  <HubCategoryLink categoryId={category}>
                    {TOOL_CATEGORIES[category]?.label ?? humanize(category)}
                  </HubCategoryLink>
                </Typography>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
