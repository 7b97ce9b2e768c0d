import { FormEvent, useState } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Text,
  TextField,
} from '@backstage/ui';
import type { ChecklistItem } from '@partner-studio/plugin-partner-studio-common';
import { EVIDENCE_LABELS } from '../../utils/labels';
import {
  EVIDENCE_LABEL_MAX,
  EVIDENCE_URL_MAX,
  evidenceUrlProblem,
} from '../../utils/evidence';

/** Evidence of a checklist item: an http(s) link and what it is. */
export interface Evidence {
  url: string;
  label?: string;
}

/** Props of {@link EvidenceDialog}. */
export interface EvidenceDialogProps {
  item: ChecklistItem;
  /** The Hub validation tool's name, for `tool-run` evidence. */
  toolName?: string;
  submitting: boolean;
  onCancel(): void;
  onSubmit(evidence: Evidence): void;
}

/**
 * Asks for the evidence of an item that needs some before it is checked:
 * a link to the deliverable, the validation report or the run of the Hub
 * validation tool. Only absolute http(s) links without credentials are
 * accepted (the backend refuses the others).
 */
export function EvidenceDialog(props: EvidenceDialogProps) {
  const { item, toolName, submitting, onCancel, onSubmit } = props;
  const [url, setUrl] = useState(item.evidenceUrl ?? '');
  const [label, setLabel] = useState(item.evidenceLabel ?? '');
  const [tried, setTried] = useState(false);
  const problem = tried ? evidenceUrlProblem(url) : undefined;
  const labelProblem =
    label.length > EVIDENCE_LABEL_MAX
      ? `At most ${EVIDENCE_LABEL_MAX} characters.`
      : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (evidenceUrlProblem(url) || labelProblem) return;
    onSubmit({
      url: url.trim(),
      ...(label.trim() ? { label: label.trim() } : {}),
    });
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && onCancel()} width={560}>
      <DialogHeader>Evidence for “{item.title}”</DialogHeader>
      <form onSubmit={submit} noValidate aria-label="Evidence">
        <DialogBody>
          <Flex direction="column" gap="4">
            <Text as="p" variant="body-medium">
              {EVIDENCE_LABELS[item.evidence]}
              {item.evidence === 'tool-run' && toolName ? ` (${toolName})` : ''}
              . The expert reviews it before the stage is passed.
            </Text>
            <TextField
              label="Link"
              type="url"
              isRequired
              validationBehavior="aria"
              value={url}
              maxLength={EVIDENCE_URL_MAX}
              onChange={setUrl}
              isInvalid={problem !== undefined}
              description={
                problem ??
                'An https:// (or http://) address the expert can open.'
              }
            />
            <TextField
              label="What it is"
              validationBehavior="aria"
              value={label}
              onChange={setLabel}
              isInvalid={labelProblem !== undefined}
              description={
                labelProblem ?? 'Optional, e.g. “Solution brief v2”.'
              }
            />
          </Flex>
        </DialogBody>
        <DialogFooter>
          <Button variant="secondary" onPress={onCancel}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" isPending={submitting}>
            Check with this evidence
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
