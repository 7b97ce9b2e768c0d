import { useMemo, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Select, TextField } from '@backstage/ui';
import type { Program } from '@partner-studio/scoring';
import type {
  GrantExemptionRequest,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import { humanize } from '@partner-studio/plugin-partner-studio-react';
import { partnerPointsApiRef } from '../../api';
import { DecisionDialog } from './DecisionDialog';
import { dayToTimestamp } from './decisionText';

type Target = GrantExemptionRequest['target'];

/** One thing an exemption can waive, as the select offers it. */
interface TargetOption {
  id: string;
  label: string;
  target: Target;
}

/**
 * What the program in force lets an admin waive: each tier requirement but
 * invitations (which cannot be waived), then each metric.
 */
export function exemptionTargets(program: Program | undefined): {
  requirements: TargetOption[];
  metrics: TargetOption[];
} {
  const requirements = (program?.tiers ?? []).flatMap(tier =>
    tier.requirements
      .filter(requirement => requirement.type !== 'invitation')
      .map(requirement => ({
        id: `requirement:${tier.id}:${requirement.id}`,
        label: `${tier.name}: ${
          requirement.description ?? humanize(requirement.id)
        }`,
        target: {
          kind: 'tier-requirement' as const,
          tierId: tier.id,
          requirementId: requirement.id,
        },
      })),
  );
  const metrics = (program?.metrics ?? []).map(metric => ({
    id: `metric:${metric.id}`,
    label: `${metric.name} (every tier requirement)`,
    target: { kind: 'metric' as const, metricId: metric.id },
  }));
  return { requirements, metrics };
}

function selectOption(option: TargetOption) {
  return { id: option.id, label: option.label };
}

/** Props of {@link GrantExemptionDialog}. */
export interface GrantExemptionDialogProps {
  partner: PartnerSummary;
  program?: Program;
  isOpen: boolean;
  onClose(): void;
  /** Called once the exemption is recorded. */
  onGranted(): void;
}

/**
 * A program admin waives a tier requirement or a metric from now, until a
 * day or until revoked, with a justification the partner reads.
 */
export function GrantExemptionDialog(props: GrantExemptionDialogProps) {
  const { partner, program, isOpen, onClose, onGranted } = props;
  const api = useApi(partnerPointsApiRef);
  const targets = useMemo(() => exemptionTargets(program), [program]);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [targetError, setTargetError] = useState<string>();

  const close = () => {
    setTargetId(null);
    setReason('');
    setUntil('');
    setTargetError(undefined);
    onClose();
  };

  const submit = async () => {
    const option = [...targets.requirements, ...targets.metrics].find(
      o => o.id === targetId,
    );
    if (!option) {
      setTargetError('Choose the requirement or the metric to waive');
      throw new Error('Waive: choose a tier requirement or a metric.');
    }
    setTargetError(undefined);
    const request: GrantExemptionRequest = { target: option.target, reason };
    const untilAt = dayToTimestamp(until);
    if (untilAt) request.until = untilAt;
    await api.grantExemption(partner.entityRef, request);
    onGranted();
  };

  return (
    <DecisionDialog
      title={`Grant ${partner.title} an exemption`}
      isOpen={isOpen}
      onClose={close}
      submitLabel="Grant exemption"
      onSubmit={submit}
    >
      <Select
        label="Waive"
        isRequired
        placeholder="Choose a requirement or a metric…"
        description={
          targetError ??
          'A waived requirement counts as met; a waived metric counts as at its target for every tier requirement, its points unchanged.'
        }
        isInvalid={targetError !== undefined}
        selectedKey={targetId}
        onSelectionChange={key =>
          setTargetId(key === null ? null : String(key))
        }
        options={[
          ...(targets.requirements.length > 0
            ? [
                {
                  title: 'Tier requirements',
                  options: targets.requirements.map(selectOption),
                },
              ]
            : []),
          { title: 'Metrics', options: targets.metrics.map(selectOption) },
        ]}
      />
      <TextField
        label="Justification"
        isRequired
        validationBehavior="aria"
        value={reason}
        onChange={setReason}
        description="The partner reads it, e.g. “New partner, certifications in progress”."
      />
      <TextField
        label="Until"
        placeholder="YYYY-MM-DD"
        value={until}
        onChange={setUntil}
        description="A UTC day; it ends at its start. Empty: until revoked."
      />
    </DecisionDialog>
  );
}
