import { useState } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { Alert, Button, TextAreaField } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { HubToolDetail } from '@partner-studio/plugin-partner-studio-common';
import {
  errorReason,
  formatDate,
  hasStatus,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsHubApiRef } from '../../api';
import { VerifiedBadge } from '../VerifiedBadge';
import { DetailSection } from './DetailSection';

/** `user:default/erin.expert` → `erin.expert`. */
function personName(userRef: string): string {
  try {
    return parseEntityRef(userRef).name;
  } catch {
    return userRef;
  }
}

/** Props of {@link VerificationPanel}. */
export interface VerificationPanelProps {
  tool: HubToolDetail;
  /**
   * Offer to mark or unmark the tool. Only vendor experts and program admins
   * may; the Hub's API does not say who the caller is, so the page offers it
   * to callers without a partner (vendor staff) and shows a refusal plainly.
   */
  mayCurate: boolean;
  /** Called after a change, to reload the tool. */
  onChanged(): void;
}

/**
 * Whether a vendor expert verified the tool (who, when, what), and for vendor
 * staff the control to mark or unmark it.
 */
export function VerificationPanel(props: VerificationPanelProps) {
  const { tool, mayCurate, onChanged } = props;
  const api = useApi(solutionsHubApiRef);
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { verification } = tool;

  const change = async (verify: boolean) => {
    setPending(true);
    setProblem(undefined);
    try {
      if (verify)
        await api.verifyTool(tool, { note: note.trim() || undefined });
      else await api.unverifyTool(tool);
      setNote('');
      onChanged();
    } catch (error) {
      setProblem(
        hasStatus(error, 403)
          ? 'Only vendor experts and program admins can verify tools.'
          : errorReason(error),
      );
    } finally {
      setPending(false);
    }
  };

  if (!verification && !mayCurate) return null;
  return (
    <DetailSection title="Verification">
      {verification ? (
        <>
          <VerifiedBadge />
          <Typography variant="body2">
            Checked by {personName(verification.verifiedBy)} on{' '}
            {formatDate(verification.verifiedAt)}
            {verification.note ? `: ${verification.note}` : '.'}
          </Typography>
        </>
      ) : (
        <Typography variant="body2">
          No vendor expert has verified this tool yet.
        </Typography>
      )}
      {mayCurate && (
        <Box mt={2}>
          {!verification && (
            <TextAreaField
              label="What you verified (optional)"
              value={note}
              onChange={setNote}
              maxLength={2000}
              rows={2}
            />
          )}
          <Box mt={1}>
            <Button
              variant="secondary"
              isPending={pending}
              onPress={() => change(!verification)}
            >
              {verification ? 'Remove the verified mark' : 'Mark as verified'}
            </Button>
          </Box>
          {problem && (
            <Alert
              mt="2"
              status="danger"
              icon
              role="alert"
              title="Not changed"
              description={problem}
            />
          )}
        </Box>
      )}
    </DetailSection>
  );
}
