import { FormEvent, useMemo, useState } from 'react';
import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/core-plugin-api';
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
  TextAreaField,
  TextField,
} from '@backstage/ui';
import type {
  EngagementDetail,
  LabPlaybook,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import {
  PartnerPicker,
  createPartnerListLoader,
  errorReason,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsLabApiRef } from '../../api';

const NAME_MAX = 120;
const DESCRIPTION_MAX = 4000;

/** Props of {@link RequestEngagementDialog}. */
export interface RequestEngagementDialogProps {
  isOpen: boolean;
  onClose(): void;
  playbooks: LabPlaybook[];
  /** The playbook chosen when the dialog opens (e.g. from its page). */
  initialPlaybookId?: string;
  /** A program admin requests on behalf of a partner, which must be named. */
  requirePartner?: boolean;
  /** Called with the new engagement. */
  onRequested(engagement: EngagementDetail): void;
}

interface FormState {
  solutionName: string;
  description: string;
  playbookId: string;
  path: string;
  partner: PartnerSummary | null;
}

type Errors = Partial<Record<keyof FormState, string>>;

function validate(
  form: FormState,
  playbook: LabPlaybook | undefined,
  requirePartner: boolean,
): Errors {
  const errors: Errors = {};
  const name = form.solutionName.trim();
  if (!name) errors.solutionName = 'Name the solution the engagement is for.';
  else if (name.length > NAME_MAX) {
    errors.solutionName = `At most ${NAME_MAX} characters.`;
  }
  if (form.description.length > DESCRIPTION_MAX) {
    errors.description = `At most ${DESCRIPTION_MAX} characters.`;
  }
  if (!playbook) errors.playbookId = 'Choose a playbook.';
  else if (playbook.paths.length > 0 && !form.path) {
    errors.path = 'Choose the path your partner takes.';
  }
  if (requirePartner && !form.partner) {
    errors.partner = 'Choose the partner the engagement is for.';
  }
  return errors;
}

/**
 * "Request an engagement": the solution's name and description, the
 * playbook and, for a playbook with paths (Partner-Led Customer Success),
 * the path. A program admin names the partner; a member of several partners
 * may. The request starts in the playbook's first stage, unassigned, and the
 * vendor experts are notified.
 */
export function RequestEngagementDialog(props: RequestEngagementDialogProps) {
  const {
    isOpen,
    onClose,
    playbooks,
    initialPlaybookId,
    requirePartner = false,
    onRequested,
  } = props;
  const api = useApi(solutionsLabApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const loadPartners = useMemo(
    () => createPartnerListLoader({ discoveryApi, fetchApi }),
    [discoveryApi, fetchApi],
  );
  const [form, setForm] = useState<FormState>({
    solutionName: '',
    description: '',
    playbookId: initialPlaybookId ?? playbooks[0]?.id ?? '',
    path: '',
    partner: null,
  });
  const [errors, setErrors] = useState<Errors>({});
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string>();
  const playbook = playbooks.find(p => p.id === form.playbookId);

  const update = (patch: Partial<FormState>) => {
    setForm(current => ({ ...current, ...patch }));
    setErrors(current => {
      const next = { ...current };
      for (const key of Object.keys(patch) as Array<keyof FormState>) {
        delete next[key];
      }
      return next;
    });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validate(form, playbook, requirePartner);
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !playbook) return;
    setSubmitting(true);
    setFailure(undefined);
    try {
      const engagement = await api.requestEngagement({
        playbookId: playbook.id,
        solutionName: form.solutionName.trim(),
        ...(form.description.trim()
          ? { description: form.description.trim() }
          : {}),
        ...(playbook.paths.length > 0 ? { path: form.path } : {}),
        ...(form.partner ? { partnerRef: form.partner.entityRef } : {}),
      });
      onRequested(engagement);
    } catch (error) {
      setFailure(errorReason(error));
    } finally {
      setSubmitting(false);
    }
  };

  const field = (name: keyof FormState, help?: string) => ({
    description: errors[name] ?? help,
    isInvalid: errors[name] !== undefined,
  });

  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={open => !open && onClose()}
      width={640}
    >
      <DialogHeader>Request an engagement</DialogHeader>
      <form onSubmit={onSubmit} noValidate aria-label="Request an engagement">
        <DialogBody>
          <Flex direction="column" gap="4">
            <PartnerPicker
              loadPage={loadPartners}
              value={form.partner}
              onChange={partner => update({ partner })}
              label="Partner"
              description={
                errors.partner ??
                'The partner organisation whose solution this is.'
              }
              hideWithoutChoice={!requirePartner}
            />
            <TextField
              label="Solution name"
              isRequired
              validationBehavior="aria"
              value={form.solutionName}
              onChange={solutionName => update({ solutionName })}
              maxLength={NAME_MAX}
              {...field(
                'solutionName',
                'What the partner builds or sells, e.g. “Contoso Success Services”.',
              )}
            />
            <TextAreaField
              label="Description"
              validationBehavior="aria"
              value={form.description}
              onChange={description => update({ description })}
              rows={4}
              {...field(
                'description',
                'The customer problem, the solution and what you need from the Lab.',
              )}
            />
            <Select
              label="Playbook"
              isRequired
              selectedKey={form.playbookId || null}
              onSelectionChange={key =>
                key !== null && update({ playbookId: String(key), path: '' })
              }
              options={playbooks.map(p => ({ id: p.id, label: p.name }))}
              {...field('playbookId', playbook?.summary)}
            />
            {playbook && playbook.paths.length > 0 && (
              <RadioGroup
                label="Path"
                isRequired
                value={form.path || null}
                onChange={path => update({ path })}
                isInvalid={errors.path !== undefined}
                description={
                  errors.path ??
                  'The way your partner takes to the specialization; each has its own criteria.'
                }
              >
                {playbook.paths.map(path => (
                  <Radio key={path.id} value={path.id}>
                    {path.name}
                    {path.description ? ` — ${path.description}` : ''}
                  </Radio>
                ))}
              </RadioGroup>
            )}
            {failure && (
              <Alert
                status="danger"
                icon
                title="The engagement was not requested"
                description={failure}
              />
            )}
          </Flex>
        </DialogBody>
        <DialogFooter>
          <Button variant="secondary" onPress={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" isPending={submitting}>
            Request the engagement
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
