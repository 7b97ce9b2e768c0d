import { FormEvent, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import {
  Alert,
  Button,
  Flex,
  Radio,
  RadioGroup,
  TextAreaField,
} from '@backstage/ui';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  EngagementDetail,
  NoteVisibility,
} from '@partner-studio/plugin-partner-studio-common';
import {
  errorReason,
  formatShortDate,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsLabApiRef } from '../../api';
import type { LabViewer } from '../../hooks';
import { canWriteInternalNotes } from '../../utils/access';

const NOTE_MAX = 4000;

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  note: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  meta: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  body: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  form: {
    marginTop: theme.spacing(2),
  },
}));

/** Props of {@link Notes}. */
export interface NotesProps {
  engagement: EngagementDetail;
  viewer: LabViewer;
  /** A note was added: the page reloads the engagement. */
  onAdded(): void;
}

/**
 * The engagement's notes, oldest first, and a form to add one. Partner
 * members write shared notes; experts and program admins choose shared
 * (the partner sees it) or internal (vendor only).
 */
export function Notes(props: NotesProps) {
  const { engagement, viewer, onAdded } = props;
  const classes = useStyles();
  const api = useApi(solutionsLabApiRef);
  const internalAllowed = canWriteInternalNotes(viewer);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('shared');
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) {
      setProblem('Write the note first.');
      return;
    }
    if (text.length > NOTE_MAX) {
      setProblem(`A note has at most ${NOTE_MAX} characters.`);
      return;
    }
    setSubmitting(true);
    setProblem(undefined);
    setFailure(undefined);
    try {
      await api.addNote(engagement.id, {
        body: text,
        visibility: internalAllowed ? visibility : 'shared',
      });
      setBody('');
      onAdded();
    } catch (error) {
      setFailure(errorReason(error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      {engagement.notes.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No notes yet. Add one to share progress, questions or decisions with
          {internalAllowed ? ' the partner or the vendor team' : ' your expert'}
          .
        </Typography>
      ) : (
        <ol className={classes.list} aria-label="Notes">
          {engagement.notes.map(note => (
            <li key={note.id} className={classes.note}>
              <div className={classes.meta}>
                <Typography variant="subtitle2" component="span">
                  <EntityDisplayName entityRef={note.authorRef} hideIcon />
                </Typography>
                <Typography variant="caption" color="textSecondary">
                  {formatShortDate(note.createdAt)}
                </Typography>
                {note.visibility === 'internal' && (
                  <Chip size="small" variant="outlined" label="Internal" />
                )}
              </div>
              <Typography variant="body2" className={classes.body}>
                {note.body}
              </Typography>
            </li>
          ))}
        </ol>
      )}
      <form
        className={classes.form}
        onSubmit={onSubmit}
        noValidate
        aria-label="Add a note"
      >
        <Flex direction="column" gap="3">
          <TextAreaField
            label="Add a note"
            validationBehavior="aria"
            value={body}
            onChange={value => {
              setBody(value);
              setProblem(undefined);
            }}
            rows={3}
            isInvalid={problem !== undefined}
            description={problem}
          />
          {internalAllowed && (
            <RadioGroup
              label="Who sees it"
              orientation="horizontal"
              value={visibility}
              onChange={value =>
                setVisibility(value === 'internal' ? 'internal' : 'shared')
              }
            >
              <Radio value="shared">The partner and the vendor</Radio>
              <Radio value="internal">The vendor only (internal)</Radio>
            </RadioGroup>
          )}
          <div>
            <Button type="submit" variant="secondary" isPending={submitting}>
              Add note
            </Button>
          </div>
        </Flex>
      </form>
      {failure && (
        <Alert
          status="danger"
          icon
          title="The note was not added"
          description={failure}
        />
      )}
    </>
  );
}
