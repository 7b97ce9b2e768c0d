export * from './AsyncContent';
export * from './EmptyState';
export * from './ErrorState';
export * from './LoadingState';
export * from './PartnerPicker';
export * from './WholeWordTable';
