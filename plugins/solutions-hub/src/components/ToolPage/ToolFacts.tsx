import { Fragment } from 'react';
import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import {
  describeLabStage,
  type HubToolDetail,
} from '@partner-studio/plugin-partner-studio-common';
import { formatDate } from '@partner-studio/plugin-partner-studio-react';
import { useHubProgram } from '../../hooks/HubProgram';
import {
  useHubSearchHref,
  useStagePlaybookHref,
} from '../../hooks/useHubLinks';
import { productAreaLabel, stageLabel } from '../../labels';

const useStyles = makeStyles(theme => ({
  stages: { margin: 0, paddingLeft: theme.spacing(2.5) },
  facts: {
    margin: 0,
    '& dt': {
      ...theme.typography.subtitle2,
      marginTop: theme.spacing(1.5),
    },
    '& dd': {
      ...theme.typography.body2,
      margin: theme.spacing(0.25, 0, 0),
      overflowWrap: 'anywhere',
    },
  },
}));

/**
 * What the tool is for and who may use it: the Lab stages it serves (linking
 * to their playbooks), business models, product area, the tier and Lab stage
 * it needs, tags (each a search), owner (its catalog page, by its display
 * name), publication date.
 */
export function ToolFacts(props: { tool: HubToolDetail }) {
  const { tool } = props;
  const classes = useStyles();
  const { names } = useHubProgram();
  const playbookHref = useStagePlaybookHref();
  const searchHref = useHubSearchHref();

  return (
    <dl className={classes.facts}>
      <dt>Lab stages it helps with</dt>
      <dd>
        {tool.labStages.length === 0 ? (
          'Any stage'
        ) : (
          <ul className={classes.stages}>
            {tool.labStages.map(stage => {
              const href = playbookHref(stage);
              return (
                <li key={stage}>
                  {href ? (
                    <Link to={href}>{stageLabel(stage)}</Link>
                  ) : (
                    stageLabel(stage)
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </dd>
      <dt>Business models</dt>
      <dd>{tool.businessModels.map(names.businessModel).join(', ')}</dd>
      <dt>Product area</dt>
      <dd>{productAreaLabel(tool.productArea)}</dd>
      <dt>Who may launch it</dt>
      <dd>
        {tool.minimumTier === 'community'
          ? 'Every partner tier'
          : `${names.tier(tool.minimumTier)} tier and above`}
        {tool.requiredLabStage &&
          `, once its Lab engagement passed ${describeLabStage(
            tool.requiredLabStage,
          )}`}
      </dd>
      {tool.tags.length > 0 && (
        <>
          <dt>Tags</dt>
          <dd>
            {tool.tags.map((tag, i) => (
              <Fragment key={tag}>
                {i > 0 && ', '}
                <Link to={searchHref(new URLSearchParams({ tag }))}>{tag}</Link>
              </Fragment>
            ))}
          </dd>
        </>
      )}
      <dt>Owner</dt>
      <dd>
        <EntityRefLink entityRef={tool.owner} defaultKind="group" hideIcon />
      </dd>
      {tool.publishedAt && (
        <>
          <dt>Published</dt>
          <dd>{formatDate(tool.publishedAt)}</dd>
        </>
      )}
    </dl>
  );
}
