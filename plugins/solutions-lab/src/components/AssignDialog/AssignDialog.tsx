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
  Select,
  Text,
} from '@backstage/ui';
import type {
  EngagementDetail,
  EngagementSummary,
} from '@partner-studio/plugin-partner-studio-common';
import {
  errorReason,
  hasStatus,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsLabApiRef } from '../../api';
import { useVendorExperts } from '../../hooks';

/** The select option for "nobody": back to the unassigned queue. */
const UNASSIGNED = '__unassigned__';

/** Props of {@link AssignDialog}. */
export interface AssignDialogProps {
  engagement: Pick<
    EngagementSummary,
    'id' | 'solutionName' | 'assignedExpertRef' | 'version'
  >;
  onClose(): void;
  /** Called with the engagement after the change. */
  onAssigned(engagement: EngagementDetail): void;
  /** Someone else changed the engagement: the caller reloads it. */
  onConflict(): void;
}

/**
 * A program admin assigns an engagement to a vendor expert, or sends it
 * back to the unassigned queue. The change carries the engagement's version:
 * if someone changed it meanwhile, nothing happens and the dialog says so.
 */
export function AssignDialog(props: AssignDialogProps) {
  const { engagement, onClose, onAssigned, onConflict } = props;
  const api = useApi(solutionsLabApiRef);
  const experts = useVendorExperts(true);
  const [expertRef, setExpertRef] = useState<string>(
    engagement.assignedExpertRef ?? '',
  );
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<{
    conflict: boolean;
    title: string;
    text: string;
  }>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setFailure(undefined);
    try {
      const updated = await api.assign(engagement.id, {
        expertRef: expertRef || null,
        expectedVersion: engagement.version,
      });
      onAssigned(updated);
    } catch (error) {
      if (hasStatus(error, 409)) {
        setFailure({
          conflict: true,
          title: 'Someone else changed this engagement',
          text: 'It was changed since you opened it, so nothing was assigned. It has been reloaded: check it and assign again.',
        });
        onConflict();
      } else {
        setFailure({
          conflict: false,
          title: 'Not assigned',
          text: errorReason(error),
        });
      }
    } finally {
      setSubmitting(false);
    }
  };

  const options = [
    { id: UNASSIGNED, label: 'Nobody (back to the unassigned queue)' },
    ...(experts.value ?? []).map(expert => ({
      id: expert.userEntityRef,
      label: expert.displayName,
    })),
  ];

  return (
    <Dialog isOpen onOpenChange={open => !open && onClose()} width={520}>
      <DialogHeader>Assign “{engagement.solutionName}”</DialogHeader>
      <form onSubmit={onSubmit} aria-label="Assign the engagement">
        <DialogBody>
          <Flex direction="column" gap="4">
            {experts.error ? (
              <Alert
                status="danger"
                title="The vendor experts could not be loaded"
                description={errorReason(experts.error)}
              />
            ) : (
              <Select
                label="Expert"
                description="The vendor expert who guides the engagement and takes its decisions; they are notified."
                isDisabled={experts.loading}
                selectedKey={expertRef || UNASSIGNED}
                onSelectionChange={key =>
                  key !== null &&
                  setExpertRef(key === UNASSIGNED ? '' : String(key))
                }
                options={options}
              />
            )}
            {experts.value?.length === 0 && (
              <Text as="p" variant="body-small">
                No vendor expert is in the catalog. Add experts to a group of
                type “vendor-experts” to assign engagements.
              </Text>
            )}
            {failure && (
              <Alert
                status={failure.conflict ? 'warning' : 'danger'}
                icon
                title={failure.title}
                description={failure.text}
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
            isDisabled={
              (expertRef || undefined) === engagement.assignedExpertRef
            }
          >
            {expertRef ? 'Assign' : 'Unassign'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
