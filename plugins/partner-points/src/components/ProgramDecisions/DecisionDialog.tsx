import { FormEvent, ReactNode, useState } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
} from '@backstage/ui';
import Alert from '@material-ui/lab/Alert';
import { errorReason } from '@partner-studio/plugin-partner-studio-react';

/** Props of {@link DecisionDialog}. */
export interface DecisionDialogProps {
  title: string;
  isOpen: boolean;
  onClose(): void;
  /** Label of the button that sends the form. */
  submitLabel: string;
  /** Red submit button, for what cannot be undone (a revocation). */
  destructive?: boolean;
  /**
   * Sends the form. A rejection keeps the dialog open with the server's
   * reason (e.g. a 400 naming the field); a resolution closes it.
   */
  onSubmit(): Promise<void>;
  children: ReactNode;
}

/**
 * A form in a Backstage UI dialog for a program admin's decision: the
 * fields, Cancel and the submit button, which shows it is busy while the
 * request runs; a refusal shows the server's message above the buttons and
 * records nothing, so the admin corrects the field and sends again.
 */
export function DecisionDialog(props: DecisionDialogProps) {
  const { title, isOpen, onClose, submitLabel, destructive, children } = props;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const close = () => {
    setError(undefined);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await props.onSubmit();
      setPending(false);
      onClose();
    } catch (e) {
      setPending(false);
      setError(errorReason(e));
    }
  };

  return (
    <Dialog isOpen={isOpen} onOpenChange={open => !open && close()} width={560}>
      <DialogHeader>{title}</DialogHeader>
      <form onSubmit={submit} noValidate aria-label={title}>
        <DialogBody>
          <Flex direction="column" gap="4">
            {children}
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
          </Flex>
        </DialogBody>
        <DialogFooter>
          <Button variant="secondary" onPress={close} isDisabled={pending}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="primary"
            destructive={destructive}
            isPending={pending}
          >
            {submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
