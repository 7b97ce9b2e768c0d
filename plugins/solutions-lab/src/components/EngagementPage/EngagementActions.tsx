import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Alert, Button, Flex } from '@backstage/ui';
import type { EngagementDetail } from '@partner-studio/plugin-partner-studio-common';
import {
  errorReason,
  hasStatus,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsLabApiRef } from '../../api';
import type { LabViewer } from '../../hooks';
import { canAssign, canDecide, canTake } from '../../utils/access';
import { AssignDialog } from '../AssignDialog';
import { DecisionDialog } from '../DecisionDialog';

/** Props of {@link EngagementActions}. */
export interface EngagementActionsProps {
  engagement: EngagementDetail;
  viewer: LabViewer;
  /** The engagement changed here: the page shows it. */
  onChanged(engagement?: EngagementDetail): void;
}

/**
 * What the viewer can do with the engagement as a whole: decide (the
 * assigned expert, program admins), take it from the queue (experts),
 * assign it (program admins). Nothing for a partner's members, who work on
 * the checklist and notes.
 */
export function EngagementActions(props: EngagementActionsProps) {
  const { engagement, viewer, onChanged } = props;
  const api = useApi(solutionsLabApiRef);
  const [dialog, setDialog] = useState<'decide' | 'assign'>();
  const [taking, setTaking] = useState(false);
  const [problem, setProblem] = useState<string>();

  const decide = canDecide(viewer, engagement);
  const take = canTake(viewer, engagement);
  const assign = canAssign(viewer, engagement);
  if (!decide && !take && !assign && !problem) return null;

  const takeIt = async () => {
    setTaking(true);
    setProblem(undefined);
    try {
      onChanged(
        await api.assign(engagement.id, {
          expertRef: viewer.userEntityRef,
          expectedVersion: engagement.version,
        }),
      );
    } catch (error) {
      setProblem(
        hasStatus(error, 409)
          ? 'Someone else changed this engagement first (another expert may have taken it). It has been reloaded.'
          : `You did not take the engagement: ${errorReason(error)}`,
      );
      if (hasStatus(error, 409)) onChanged();
    } finally {
      setTaking(false);
    }
  };

  return (
    <Flex direction="column" gap="2">
      <Flex gap="2" align="center">
        {decide && (
          <Button variant="primary" onPress={() => setDialog('decide')}>
            Decide…
          </Button>
        )}
        {take && (
          <Button variant="primary" isPending={taking} onPress={takeIt}>
            Take this engagement
          </Button>
        )}
        {assign && (
          <Button variant="secondary" onPress={() => setDialog('assign')}>
            {engagement.assignedExpertRef ? 'Reassign…' : 'Assign…'}
          </Button>
        )}
      </Flex>
      {problem && <Alert status="warning" icon title={problem} />}
      {dialog === 'decide' && (
        <DecisionDialog
          engagement={engagement}
          onClose={() => setDialog(undefined)}
          onChanged={onChanged}
        />
      )}
      {dialog === 'assign' && (
        <AssignDialog
          engagement={engagement}
          onClose={() => setDialog(undefined)}
          onAssigned={updated => {
            setDialog(undefined);
            onChanged(updated);
          }}
          onConflict={() => onChanged()}
        />
      )}
    </Flex>
  );
}
