import { Key } from 'react';
import { Combobox } from '@backstage/ui';
import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';
import { PartnerPageLoader, PartnerPages, usePartnerPages } from '../../hooks';
import { EmptyState, StateMessage } from '../EmptyState';
import { ErrorState } from '../ErrorState';
import { LoadingState } from '../LoadingState';

/**
 * Props of {@link PartnerPickerField}: those of {@link PartnerPicker} but
 * the partners, which come loaded.
 *
 * @public
 */
export interface PartnerPickerFieldProps {
  /** The partners to choose from, as {@link usePartnerPages} pages them. */
  pages: PartnerPages;
  /** The chosen partner, shown even before its page is loaded. */
  value?: PartnerSummary | null;
  /** Called with the partner the person chose. */
  onChange(partner: PartnerSummary): void;
  /** The field's visible label; default `Partner`. */
  label?: string;
  /** Help text under the label. */
  description?: string;
  /** Placeholder of the input; default `Type to find a partner`. */
  placeholder?: string;
  /** What to say when there is no partner to choose. */
  empty?: StateMessage;
  /** Compact states, for cards and widgets. */
  compact?: boolean;
  /**
   * Render nothing — no progress, error or empty state — unless there are at
   * least two partners to choose from: for a "switch partner" field beside
   * content that a single-partner reader does not need.
   */
  hideWithoutChoice?: boolean;
}

/**
 * Props of {@link PartnerPicker}.
 *
 * @public
 */
export interface PartnerPickerProps
  extends Omit<PartnerPickerFieldProps, 'pages'> {
  /**
   * Loads a page of the partners to choose from; a stable function (see
   * {@link createPartnerListLoader}).
   */
  loadPage: PartnerPageLoader;
  /** Partners per request; default 50. */
  pageSize?: number;
}

const DEFAULT_EMPTY: StateMessage = {
  title: 'No partner to choose',
  description: 'You may not see any partner organisation.',
  nextStep:
    'Ask a program admin for access if your work needs partner standings.',
};

/**
 * A labelled, keyboard-operable combobox (Backstage UI) of the partners a
 * person may choose: type to narrow the list, arrow keys and Enter to choose.
 * It loads the first page at once and the next pages as the list is
 * scrolled (or narrowed) to its end. Partners are identified by entity ref.
 *
 * @public
 */
export function PartnerPicker(props: PartnerPickerProps) {
  const { loadPage, pageSize, ...field } = props;
  const pages = usePartnerPages(loadPage, { pageSize });
  return <PartnerPickerField pages={pages} {...field} />;
}

/**
 * The {@link PartnerPicker} over partners paged by the caller with
 * {@link usePartnerPages}: for a view that also decides by the partners
 * (e.g. shows something else when there is none).
 *
 * @public
 */
export function PartnerPickerField(props: PartnerPickerFieldProps) {
  const {
    pages,
    value,
    onChange,
    label = 'Partner',
    description,
    placeholder = 'Type to find a partner',
    empty = DEFAULT_EMPTY,
    compact,
    hideWithoutChoice,
  } = props;

  if (
    hideWithoutChoice &&
    (pages.loading ||
      (pages.error && pages.partners.length === 0) ||
      (pages.partners.length < 2 && !pages.hasMore))
  ) {
    return null;
  }
  if (pages.loading) {
    return <LoadingState label="Loading partners" />;
  }
  if (pages.error && pages.partners.length === 0) {
    return (
      <ErrorState
        error={pages.error}
        title="The partners could not be loaded"
        onRetry={pages.retry}
        compact={compact}
      />
    );
  }
  if (pages.partners.length === 0 && !pages.hasMore) {
    return <EmptyState {...empty} compact={compact} />;
  }

  const partners =
    value &&
    !pages.partners.some(
      p =>
        p.entityRef.toLocaleLowerCase('en-US') ===
        value.entityRef.toLocaleLowerCase('en-US'),
    )
      ? [value, ...pages.partners]
      : pages.partners;
  const onSelectionChange = (key: Key | null) => {
    const chosen = partners.find(p => p.entityRef === key);
    if (chosen) onChange(chosen);
  };

  return (
    <Combobox
      label={label}
      description={description}
      placeholder={placeholder}
      options={partners.map(partner => ({
        id: partner.entityRef,
        label: partner.title,
        description: partner.entityRef,
      }))}
      selectedKey={
        partners.find(
          p =>
            value &&
            p.entityRef.toLocaleLowerCase('en-US') ===
              value.entityRef.toLocaleLowerCase('en-US'),
        )?.entityRef ?? null
      }
      onSelectionChange={onSelectionChange}
      loading={
        pages.hasMore
          ? {
              state: pages.loadingMore ? 'loadingMore' : 'idle',
              onLoadMore: pages.loadMore,
            }
          : undefined
      }
    />
  );
}
