import { ReactNode, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { BgProvider, Button, Flex } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { Program } from '@partner-studio/scoring';
import type {
  DecisionStatus,
  PartnerAdjustment,
  PartnerExemption,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import {
  AsyncContent,
  ProgramNames,
} from '@partner-studio/plugin-partner-studio-react';
import { partnerPointsApiRef } from '../../api';
import { useDecisionPermissions, useDecisions } from '../../hooks';
import { GrantAdjustmentDialog } from './GrantAdjustmentDialog';
import { GrantExemptionDialog } from './GrantExemptionDialog';
import { RevokeDialog } from './RevokeDialog';
import {
  STATUS_LABELS,
  adjustmentSentence,
  auditLine,
  exemptionSentence,
  isRevocable,
} from './decisionText';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  status: {
    display: 'inline-block',
    marginRight: theme.spacing(1),
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    ...theme.typography.caption,
    fontWeight: theme.typography.fontWeightBold as number,
    whiteSpace: 'nowrap',
  },
  ended: {
    color: theme.palette.text.secondary,
  },
  heading: {
    marginTop: theme.spacing(2),
  },
}));

interface Revoking {
  kind: 'adjustment' | 'exemption';
  id: string;
  sentence: string;
}

function DecisionItem(props: {
  sentence: string;
  status: DecisionStatus;
  audit?: string;
  revoke?: ReactNode;
}) {
  const { sentence, status, audit, revoke } = props;
  const classes = useStyles();
  const ended = status === 'expired' || status === 'revoked';
  return (
    <li className={classes.item}>
      <Box>
        <Typography
          variant="body2"
          className={ended ? classes.ended : undefined}
        >
          <span className={classes.status}>{STATUS_LABELS[status]}</span>
          {sentence}
        </Typography>
        {audit && (
          <Typography variant="caption" color="textSecondary">
            {audit}
          </Typography>
        )}
      </Box>
      {revoke}
    </li>
  );
}

/** Props of {@link ProgramDecisionsCard}. */
export interface ProgramDecisionsCardProps {
  partner: PartnerSummary;
  program?: Program;
  names: ProgramNames;
}

/**
 * A partner's adjustments and exemptions, every one with its reason and
 * status, newest first — the partner's history of the program's decisions.
 * Program admins grant and revoke them here; everybody else reads.
 */
export function ProgramDecisionsCard(props: ProgramDecisionsCardProps) {
  const { partner, program, names } = props;
  const classes = useStyles();
  const api = useApi(partnerPointsApiRef);
  const decisions = useDecisions(partner.entityRef);
  const { canGrant, canRevoke } = useDecisionPermissions(partner.entityRef);
  const [dialog, setDialog] = useState<'adjustment' | 'exemption'>();
  const [revoking, setRevoking] = useState<Revoking>();

  const revoke = async (reason: string) => {
    if (!revoking) return;
    if (revoking.kind === 'adjustment') {
      await api.revokeAdjustment(partner.entityRef, revoking.id, reason);
    } else {
      await api.revokeExemption(partner.entityRef, revoking.id, reason);
    }
    decisions.retry();
  };

  const revokeButton = (
    kind: Revoking['kind'],
    record: PartnerAdjustment | PartnerExemption,
    sentence: string,
  ) =>
    canRevoke && isRevocable(record.status) ? (
      <Button
        size="small"
        variant="secondary"
        aria-label={`Revoke: ${sentence}`}
        onPress={() => setRevoking({ kind, id: record.id, sentence })}
      >
        Revoke
      </Button>
    ) : undefined;

  return (
    // The card is Backstage UI's first surface: buttons stand out on it.
    <BgProvider bg="neutral-1">
      {canGrant && (
        <Flex gap="2" mb="3">
          <Button variant="secondary" onPress={() => setDialog('adjustment')}>
            Grant adjustment
          </Button>
          <Button variant="secondary" onPress={() => setDialog('exemption')}>
            Grant exemption
          </Button>
        </Flex>
      )}
      <AsyncContent
        state={decisions}
        loadingLabel="Loading adjustments and exemptions"
        errorProps={{
          title: 'Adjustments and exemptions could not be loaded',
          onRetry: decisions.retry,
        }}
        isEmpty={value =>
          value.adjustments.items.length === 0 &&
          value.exemptions.items.length === 0
        }
        empty={{
          title: 'No adjustments or exemptions',
          description:
            'The program has not adjusted these points or waived a requirement.',
          nextStep: canGrant
            ? 'Grant one with the buttons above: the partner sees it here, with its reason.'
            : 'Program admins grant adjustments and exemptions; ask your partner manager if you expect one.',
        }}
        compact
      >
        {({ adjustments, exemptions }) => (
          <>
            {adjustments.items.length > 0 && (
              <>
                <Typography variant="subtitle2" component="h3">
                  Adjustments
                </Typography>
                <ul className={classes.list} aria-label="Adjustments">
                  {adjustments.items.map(item => {
                    const sentence = adjustmentSentence(item, names);
                    return (
                      <DecisionItem
                        key={item.id}
                        sentence={sentence}
                        status={item.status}
                        audit={auditLine(item)}
                        revoke={revokeButton('adjustment', item, sentence)}
                      />
                    );
                  })}
                </ul>
              </>
            )}
            {exemptions.items.length > 0 && (
              <>
                <Typography
                  variant="subtitle2"
                  component="h3"
                  className={classes.heading}
                >
                  Exemptions
                </Typography>
                <ul className={classes.list} aria-label="Exemptions">
                  {exemptions.items.map(item => {
                    const sentence = exemptionSentence(item);
                    return (
                      <DecisionItem
                        key={item.id}
                        sentence={sentence}
                        status={item.status}
                        audit={auditLine(item)}
                        revoke={revokeButton('exemption', item, sentence)}
                      />
                    );
                  })}
                </ul>
              </>
            )}
            {(adjustments.nextCursor || exemptions.nextCursor) && (
              <Typography variant="caption" color="textSecondary">
                The 50 most recent of each are shown.
              </Typography>
            )}
          </>
        )}
      </AsyncContent>
      <GrantAdjustmentDialog
        partner={partner}
        names={names}
        isOpen={dialog === 'adjustment'}
        onClose={() => setDialog(undefined)}
        onGranted={decisions.retry}
      />
      <GrantExemptionDialog
        partner={partner}
        program={program}
        isOpen={dialog === 'exemption'}
        onClose={() => setDialog(undefined)}
        onGranted={decisions.retry}
      />
      {revoking && (
        <RevokeDialog
          kind={revoking.kind}
          sentence={revoking.sentence}
          isOpen
          onClose={() => setRevoking(undefined)}
          onRevoke={revoke}
        />
      )}
    </BgProvider>
  );
}
