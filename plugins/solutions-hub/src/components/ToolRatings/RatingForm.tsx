import { FormEvent, useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Alert, Button, Radio, RadioGroup, TextAreaField } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import type { HubPublicRating } from '@partner-studio/plugin-partner-studio-common';
import {
  errorReason,
  hasStatus,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsHubApiRef, ToolName } from '../../api';
import { starsText } from './Stars';

/** The longest comment the Hub takes. */
const MAX_COMMENT = 2000;

/** Props of {@link RatingForm}. */
export interface RatingFormProps {
  tool: ToolName & { title: string };
  /** The caller's rating, when it is among the loaded ones. */
  mine?: HubPublicRating;
  /** Called after the rating was saved or withdrawn. */
  onChanged(): void;
}

/**
 * The caller rates the tool: 1 to 5 stars and an optional comment, saved as
 * the caller's one rating of the tool (a new one replaces the earlier), or
 * withdrawn. Other partners see it without the caller's or its partner's
 * name.
 */
export function RatingForm(props: RatingFormProps) {
  const { tool, mine, onChanged } = props;
  const api = useApi(solutionsHubApiRef);
  const [stars, setStars] = useState(mine ? String(mine.stars) : '');
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState<string>();

  // The caller's rating may arrive after the form (a later page, a reload).
  useEffect(() => {
    if (mine) {
      setStars(String(mine.stars));
      setComment(mine.comment ?? '');
    }
  }, [mine]);

  const run = async (action: () => Promise<string>) => {
    setPending(true);
    setProblem(undefined);
    setSaved(undefined);
    try {
      setSaved(await action());
      onChanged();
    } catch (error) {
      setProblem(
        hasStatus(error, 403)
          ? 'Only the members of a partner organisation can rate tools.'
          : errorReason(error),
      );
    } finally {
      setPending(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(stars);
    if (!(value >= 1 && value <= 5)) {
      setProblem('Choose from 1 to 5 stars.');
      return;
    }
    const text = comment.trim();
    run(async () => {
      await api.rateTool(tool, {
        stars: value,
        ...(text ? { comment: text } : {}),
      });
      return 'Your rating was saved.';
    });
  };

  const withdraw = () =>
    run(async () => {
      await api.removeRating(tool);
      setStars('');
      setComment('');
      return 'Your rating was withdrawn.';
    });

  return (
    <form onSubmit={submit} aria-label={`Rate ${tool.title}`}>
      <RadioGroup
        label={mine ? 'Your rating' : 'Rate this tool'}
        orientation="horizontal"
        value={stars}
        onChange={setStars}
      >
        {[1, 2, 3, 4, 5].map(n => (
          <Radio key={n} value={String(n)} aria-label={starsText(n)}>
            {n}
          </Radio>
        ))}
      </RadioGroup>
      <Box mt={2} maxWidth={640}>
        <TextAreaField
          label="Comment (optional)"
          description="Shown to other partners without your name or your organisation’s."
          value={comment}
          onChange={setComment}
          maxLength={MAX_COMMENT}
          rows={3}
        />
      </Box>
      <Box mt={2} display="flex" style={{ gap: 8 }}>
        <Button type="submit" variant="primary" isPending={pending}>
          {mine ? 'Update your rating' : 'Save your rating'}
        </Button>
        {mine && (
          <Button variant="tertiary" isDisabled={pending} onPress={withdraw}>
            Withdraw your rating
          </Button>
        )}
      </Box>
      <Box mt={1} role="status">
        {saved}
      </Box>
      {problem && (
        <Alert
          mt="2"
          status="danger"
          icon
          role="alert"
          title="Not saved"
          description={problem}
        />
      )}
    </form>
  );
}
