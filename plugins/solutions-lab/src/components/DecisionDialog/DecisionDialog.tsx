import { FormEvent, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  Alert,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Radio,
  RadioGroup,
  Select,
  Text,
  TextAreaField,
} from '@backstage/ui';
import {
  DECISION_REASONS,
  DecisionBody,
  DecisionReason,
  EngagementDecision,
  EngagementDetail,
} from '@partner-studio/plugin-partner-studio-common';
import {
  errorReason,
  hasStatus,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsLabApiRef } from '../../api';
import {
  DECISION_HELP,
  DECISION_LABELS,
  REASON_LABELS,
  STATUS_LABELS,
} from '../../utils/labels';
import { availableDecisions, earlierStages } from './decisions';

const COMMENT_MAX = 2000;
/** Select option for "no reason" where a reason is optional (hold). */
const NO_REASON = '__none__';

/** Props of {@link DecisionDialog}. */
export interface DecisionDialogProps {
  /** The engagement as the expert sees it when opening the dialog. */
  engagement: EngagementDetail;
  onClose(): void;
  /**
   * The engagement changed: after the decision, or reloaded after a 409
   * (someone else changed it first). The page shows it.
   */
  onChanged(engagement: EngagementDetail): void;
}

type Problem = { conflict: boolean; title: string; text: string };

/**
 * The gate decision of the assigned expert or a program admin: advance (or
 * complete, on the last stage), hold, resume, send back or close, with a
 * reason code where the decision takes one and a comment. The decision is
 * taken on the version of the engagement the dialog shows; if someone else
 * changed it meanwhile the backend refuses it (409) and nothing changes:
 * the dialog says so, reloads the engagement and lets the expert decide
 * again on what it is now.
 */
export function DecisionDialog(props: DecisionDialogProps) {
  const { onClose, onChanged } = props;
  const api = useApi(solutionsLabApiRef);
  // The engagement the decision is based on: the one shown when the dialog
  // opened, replaced only by a reload after a conflict.
  const [base, setBase] = useState(props.engagement);
  const decisions = availableDecisions(base);
  const gateOpen = base.gate.ready;
  const firstEnabled =
    decisions.find(d => gateOpen || (d !== 'advance' && d !== 'complete')) ??
    decisions[0];
  const [decision, setDecision] = useState<EngagementDecision | undefined>(
    firstEnabled,
  );
  const [reason, setReason] = useState<DecisionReason | ''>('');
  const [toStageId, setToStageId] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; comment?: string }>(
    {},
  );
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  const currentStage = base.stages.find(s => s.id === base.currentStageId);
  const missing = (currentStage?.checklist ?? []).filter(item =>
    base.gate.missing.includes(item.id),
  );
  const reasons = decision ? DECISION_REASONS[decision] : undefined;
  const backTo = earlierStages(base);

  const choose = (value: string) => {
    const next = decisions.find(d => d === value);
    setDecision(next);
    setReason('');
    setToStageId('');
    setErrors({});
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return;
    const found: typeof errors = {};
    if (reasons?.required && !reason) {
      found.reason = 'Choose the reason; the partner sees it.';
    }
    if (reason === 'other' && !comment.trim()) {
      found.comment = 'Explain the reason “Other” in a comment.';
    }
    if (comment.length > COMMENT_MAX) {
      found.comment = `At most ${COMMENT_MAX} characters.`;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    const body: DecisionBody = {
      decision,
      expectedVersion: base.version,
      ...(reason ? { reason } : {}),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(decision === 'send-back' && toStageId ? { toStageId } : {}),
    };
    setSubmitting(true);
    setProblem(undefined);
    try {
      const updated = await api.decide(base.id, body);
      onChanged(updated);
      onClose();
    } catch (error) {
      if (hasStatus(error, 409)) {
        await reloadAfterConflict();
      } else {
        setProblem({
          conflict: false,
          title: 'The decision was not taken',
          text: errorReason(error),
        });
      }
    } finally {
      setSubmitting(false);
    }
  };

  async function reloadAfterConflict() {
    try {
      const fresh = await api.getEngagement(base.id);
      const stage = fresh.stages.find(s => s.id === fresh.currentStageId);
      setBase(fresh);
      onChanged(fresh);
      const still = availableDecisions(fresh);
      if (!decision || !still.includes(decision)) {
        setDecision(still[0]);
        setReason('');
      }
      setProblem({
        conflict: true,
        title: 'Someone else changed this engagement',
        text: `It changed after you opened this dialog, so your decision was not applied and nothing changed. It has been reloaded: it is now ${STATUS_LABELS[
          fresh.status
        ].toLocaleLowerCase('en-GB')}${
          stage ? `, in stage “${stage.name}”` : ''
        }. Check it and decide again.`,
      });
    } catch (error) {
      setProblem({
        conflict: true,
        title: 'Someone else changed this engagement',
        text: `Your decision was not applied, and reloading the engagement failed: ${errorReason(
          error,
        )}`,
      });
    }
  }

  return (
    <Dialog isOpen onOpenChange={open => !open && onClose()} width={640}>
      <DialogHeader>Decide on “{base.solutionName}”</DialogHeader>
      <form onSubmit={onSubmit} noValidate aria-label="Decision">
        <DialogBody>
          <Flex direction="column" gap="4">
            {problem && (
              <Alert
                status={problem.conflict ? 'warning' : 'danger'}
                icon
                title={problem.title}
                description={problem.text}
              />
            )}
            {decisions.length === 0 ? (
              <Text as="p">
                The engagement is {STATUS_LABELS[base.status].toLowerCase()}; no
                further decision can be taken.
              </Text>
            ) : (
              <RadioGroup
                label="Decision"
                isRequired
                value={decision ?? null}
                onChange={choose}
                description={decision ? DECISION_HELP[decision] : undefined}
              >
                {decisions.map(d => {
                  const blocked =
                    (d === 'advance' || d === 'complete') && !gateOpen;
                  return (
                    <Radio key={d} value={d} isDisabled={blocked}>
                      {DECISION_LABELS[d]}
                      {blocked ? ' (required criteria are open)' : ''}
                    </Radio>
                  );
                })}
              </RadioGroup>
            )}
            {!gateOpen && missing.length > 0 && (
              <div>
                <Text as="p" variant="body-small" weight="bold">
                  Required before “{currentStage?.name}” can be passed:
                </Text>
                <ul aria-label="Open required criteria">
                  {missing.map(item => (
                    <li key={item.id}>
                      <Text variant="body-small">{item.title}</Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {decision === 'send-back' && backTo.length > 0 && (
              <Select
                label="Send back to"
                selectedKey={toStageId || backTo[backTo.length - 1].id}
                onSelectionChange={key =>
                  key !== null && setToStageId(String(key))
                }
                options={backTo.map(s => ({ id: s.id, label: s.name }))}
                description="The stages from this one on open again."
              />
            )}
            {reasons && reasons.reasons.length > 0 && (
              <Select
                label="Reason"
                isRequired={reasons.required}
                selectedKey={reason || (reasons.required ? null : NO_REASON)}
                placeholder="Choose a reason…"
                onSelectionChange={key => {
                  setErrors(e => ({ ...e, reason: undefined }));
                  const code = reasons.reasons.find(r => r === key);
                  setReason(code ?? '');
                }}
                options={[
                  ...(reasons.required
                    ? []
                    : [{ id: NO_REASON, label: 'No reason given' }]),
                  ...reasons.reasons.map(code => ({
                    id: code,
                    label: REASON_LABELS[code],
                  })),
                ]}
                isInvalid={errors.reason !== undefined}
                description={errors.reason}
              />
            )}
            {decisions.length > 0 && (
              <TextAreaField
                label="Comment"
                isRequired={reason === 'other'}
                validationBehavior="aria"
                value={comment}
                onChange={value => {
                  setComment(value);
                  setErrors(e => ({ ...e, comment: undefined }));
                }}
                rows={3}
                isInvalid={errors.comment !== undefined}
                description={
                  errors.comment ??
                  'The partner’s members are notified of the decision and see this comment.'
                }
              />
            )}
          </Flex>
        </DialogBody>
        <DialogFooter>
          <Button variant="secondary" onPress={onClose}>
            Cancel
          </Button>
          <Button
            variant="primary"
            type="submit"
            isPending={submitting}
            isDisabled={!decision}
          >
            {decision ? DECISION_LABELS[decision] : 'Decide'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
