import { memo, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import {
  LAB_PLAYBOOKS,
  LAB_STAGE_REFS,
  findLabStage,
  PRODUCT_AREA_IDS,
  SUPPORT_LEVEL_IDS,
  TOOL_CATEGORY_IDS,
  type HubFacetCount,
} from '@partner-studio/plugin-partner-studio-common';
import type { ToolFacets } from '../../api/contractTypes';
import { BUSINESS_MODEL_IDS } from '@partner-studio/scoring';
import { useHubProgram } from '../../hooks/HubProgram';
import {
  categoryLabel,
  productAreaLabel,
  stageLabel,
  supportLevelLabel,
} from '../../labels';
import { FACET_KEYS, FacetKey, FacetSelection } from '../../search/searchState';

/** Tags shown before "Show all tags". */
const TAGS_SHOWN = 12;

const useStyles = makeStyles(theme => ({
  facet: {
    marginBottom: theme.spacing(3),
  },
}));

/** What each facet is called. */
export const FACET_LABELS: Record<FacetKey, string> = {
  category: 'Category',
  productArea: 'Product area',
  stage: 'Lab stage',
  businessModel: 'Business model',
  supportLevel: 'Support level',
  tag: 'Tag',
};

/** The fixed facets list their values in the vocabulary's order. */
const ORDER: Record<Exclude<FacetKey, 'tag'>, readonly string[]> = {
  category: TOOL_CATEGORY_IDS,
  productArea: PRODUCT_AREA_IDS,
  stage: LAB_STAGE_REFS,
  businessModel: BUSINESS_MODEL_IDS,
  supportLevel: SUPPORT_LEVEL_IDS,
};

function ordered(key: FacetKey, counts: HubFacetCount[]): HubFacetCount[] {
  if (key === 'tag') {
    return [...counts].sort(
      (a, b) => b.count - a.count || a.value.localeCompare(b.value),
    );
  }
  const order = ORDER[key];
  return [...counts].sort(
    (a, b) => order.indexOf(a.value) - order.indexOf(b.value),
  );
}

/** The display name of a facet value. */
export function useFacetValueLabel(): (key: FacetKey, value: string) => string {
  const { names } = useHubProgram();
  return (key, value) => {
    switch (key) {
      case 'category':
        return categoryLabel(value);
      case 'productArea':
        return productAreaLabel(value);
      case 'stage':
        return stageLabel(value);
      case 'businessModel':
        return names.businessModel(value);
      case 'supportLevel':
        return supportLevelLabel(value);
      default:
        return value;
    }
  };
}

/** One labelled group of checkboxes. */
function FacetGroup(props: {
  label: string;
  counts: HubFacetCount[];
  selected: string[];
  onChange(values: string[]): void;
  valueLabel(value: string): string;
}) {
  const { label, counts, selected, onChange, valueLabel } = props;
  return (
    <CheckboxGroup label={label} value={selected} onChange={onChange}>
      {counts.map(({ value, count }) => (
        <Checkbox
          key={value}
          value={value}
          isDisabled={count === 0 && !selected.includes(value)}
        >
          {valueLabel(value)} ({count})
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

/**
 * The Lab stage facet, one group per playbook (stages by name in their
 * order); choosing in one group keeps what is chosen in the others.
 */
function StageFacet(props: {
  counts: HubFacetCount[];
  selected: string[];
  onChange(values: string[]): void;
}) {
  const { counts, selected, onChange } = props;
  return (
    <>
      {LAB_PLAYBOOKS.map(playbook => {
        const inPlaybook = (ref: string) =>
          findLabStage(ref)?.playbook.id === playbook.id;
        const own = counts.filter(c => inPlaybook(c.value));
        if (own.length === 0) return null;
        return (
          <Box key={playbook.id} mb={1.5}>
            <FacetGroup
              label={`Lab stage: ${playbook.name}`}
              counts={own}
              selected={selected.filter(inPlaybook)}
              onChange={values =>
                onChange([...selected.filter(v => !inPlaybook(v)), ...values])
              }
              valueLabel={ref => findLabStage(ref)?.stage.name ?? ref}
            />
          </Box>
        );
      })}
    </>
  );
}

/** Props of {@link FacetFilters}. */
export interface FacetFiltersProps {
  facets: ToolFacets;
  selected: FacetSelection;
  onChange(key: FacetKey, values: string[]): void;
}

function FacetFiltersView(props: FacetFiltersProps) {
  const { facets, selected, onChange } = props;
  const classes = useStyles();
  const valueLabel = useFacetValueLabel();
  const [allTags, setAllTags] = useState(false);

  return (
    <section aria-labelledby="solutions-hub-filters-heading">
      <Text
        as="h2"
        variant="title-small"
        id="solutions-hub-filters-heading"
        style={{ marginTop: 0 }}
      >
        Filters
      </Text>
      {FACET_KEYS.map(key => {
        const counts = ordered(key, facets[key]);
        const shown =
          key === 'tag' && !allTags
            ? counts.filter(
                (c, i) => i < TAGS_SHOWN || selected.tag.includes(c.value),
              )
            : counts;
        if (counts.length === 0) return null;
        return (
          <Box key={key} className={classes.facet}>
            {key === 'stage' ? (
              <StageFacet
                counts={counts}
                selected={selected.stage}
                onChange={values => onChange('stage', values)}
              />
            ) : (
              <FacetGroup
                label={FACET_LABELS[key]}
                counts={shown}
                selected={selected[key]}
                onChange={values => onChange(key, values)}
                valueLabel={value => valueLabel(key, value)}
              />
            )}
            {key === 'tag' && counts.length > TAGS_SHOWN && (
              <Button
                variant="tertiary"
                size="small"
                onPress={() => setAllTags(all => !all)}
              >
                {allTags ? 'Show fewer tags' : `Show all ${counts.length} tags`}
              </Button>
            )}
          </Box>
        );
      })}
    </section>
  );
}

/**
 * The facet filters: a labelled group of checkboxes per facet, each value
 * with the number of tools choosing it would give (counted under the other
 * facets' filters). Values that would give nothing are disabled unless
 * chosen. Tags show the most frequent first. Renders again only when the
 * counts, the selection or the handler change (not when the recommendations
 * or the program arrive).
 */
export const FacetFilters = memo(FacetFiltersView);
