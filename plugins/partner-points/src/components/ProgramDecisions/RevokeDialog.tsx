import { useState } from 'react';
import { TextField } from '@backstage/ui';
import Typography from '@material-ui/core/Typography';
import { DecisionDialog } from './DecisionDialog';

/** Props of {@link RevokeDialog}. */
export interface RevokeDialogProps {
  /** "adjustment" or "exemption", for the title and the button. */
  kind: 'adjustment' | 'exemption';
  /** What is revoked, as the partner reads it. */
  sentence: string;
  isOpen: boolean;
  onClose(): void;
  /** Revokes it with the reason; rejects with the server's refusal. */
  onRevoke(reason: string): Promise<void>;
}

/**
 * The confirmation of a revocation: what stops counting, that it stays on
 * record, and the reason, which is recorded with it.
 */
export function RevokeDialog(props: RevokeDialogProps) {
  const { kind, sentence, isOpen, onClose, onRevoke } = props;
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    onClose();
  };
  return (
    <DecisionDialog
      title={`Revoke this ${kind}?`}
      isOpen={isOpen}
      onClose={close}
      submitLabel={`Revoke ${kind}`}
      destructive
      onSubmit={() => onRevoke(reason)}
    >
      <Typography variant="body2">{sentence}</Typography>
      <Typography variant="body2" color="textSecondary">
        It stops counting now and the standing is re-evaluated. It stays in the
        partner’s history as revoked, with who revoked it, when and why; nothing
        is deleted.
      </Typography>
      <TextField
        label="Reason for revoking"
        isRequired
        validationBehavior="aria"
        value={reason}
        onChange={setReason}
      />
    </DecisionDialog>
  );
}
