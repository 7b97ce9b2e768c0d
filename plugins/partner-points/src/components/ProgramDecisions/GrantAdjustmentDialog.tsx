import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Select, TextField } from '@backstage/ui';
import type {
  GrantAdjustmentRequest,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import { BUSINESS_MODEL_IDS } from '@partner-studio/scoring';
import type { ProgramNames } from '@partner-studio/plugin-partner-studio-react';
import { partnerPointsApiRef } from '../../api';
import { DecisionDialog } from './DecisionDialog';
import { dayToTimestamp } from './decisionText';

/** Select option standing for "no business model" (options need an id). */
const POOLED = '__pooled__';

/** Props of {@link GrantAdjustmentDialog}. */
export interface GrantAdjustmentDialogProps {
  partner: PartnerSummary;
  names: ProgramNames;
  isOpen: boolean;
  onClose(): void;
  /** Called once the adjustment is recorded. */
  onGranted(): void;
}

/**
 * A program admin grants a points adjustment: points (negative withdraws),
 * the reason the partner reads, an optional expiry and an optional business
 * model. The server validates it; its 400 message shows in the dialog.
 */
export function GrantAdjustmentDialog(props: GrantAdjustmentDialogProps) {
  const { partner, names, isOpen, onClose, onGranted } = props;
  const api = useApi(partnerPointsApiRef);
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [businessModel, setBusinessModel] = useState<string>(POOLED);
  const [pointsError, setPointsError] = useState<string>();

  const close = () => {
    setPoints('');
    setReason('');
    setExpiresOn('');
    setBusinessModel(POOLED);
    setPointsError(undefined);
    onClose();
  };

  const submit = async () => {
    // Only what cannot be sent as a number is checked here; the rest (zero,
    // range, reason, expiry) is the server's to judge and explain.
    const value = Number(points.trim().replace('−', '-').replace(/,/g, ''));
    if (points.trim() === '' || !Number.isFinite(value)) {
      setPointsError('Enter the points as a number, e.g. 20 or -15');
      throw new Error('Points: enter a number, e.g. 20 or -15.');
    }
    setPointsError(undefined);
    const request: GrantAdjustmentRequest = { points: value, reason };
    const expiresAt = dayToTimestamp(expiresOn);
    if (expiresAt) request.expiresAt = expiresAt;
    const model = BUSINESS_MODEL_IDS.find(id => id === businessModel);
    if (model) request.businessModel = model;
    await api.grantAdjustment(partner.entityRef, request);
    onGranted();
  };

  return (
    <DecisionDialog
      title={`Grant ${partner.title} an adjustment`}
      isOpen={isOpen}
      onClose={close}
      submitLabel="Grant adjustment"
      onSubmit={submit}
    >
      <TextField
        label="Points"
        isRequired
        validationBehavior="aria"
        inputMode="decimal"
        value={points}
        onChange={setPoints}
        description={
          pointsError ??
          'Positive adds points, negative withdraws them; counts from now.'
        }
        isInvalid={pointsError !== undefined}
      />
      <TextField
        label="Reason"
        isRequired
        validationBehavior="aria"
        value={reason}
        onChange={setReason}
        description="The partner reads it beside the points, e.g. “Migration credit”."
      />
      <TextField
        label="Expires on"
        placeholder="YYYY-MM-DD"
        value={expiresOn}
        onChange={setExpiresOn}
        description="A UTC day; it stops counting at its start. Empty: until revoked."
      />
      <Select
        label="Business model"
        description="With a model, it adds to that model’s points before the per-model cap."
        selectedKey={businessModel}
        onSelectionChange={key =>
          setBusinessModel(key === null ? POOLED : String(key))
        }
        options={[
          { id: POOLED, label: 'None (the pooled total)' },
          ...partner.businessModels.map(model => ({
            id: model,
            label: names.businessModel(model),
          })),
        ]}
      />
    </DecisionDialog>
  );
}
