/**
 * Web library of Partner Studio: what every Partner Studio frontend plugin
 * shows the same way — loading, empty and error states, the partner picker,
 * formatting of points, dates and program names — and live refresh through
 * signals with a polling fallback.
 *
 * @packageDocumentation
 */
export * from './api';
export * from './components';
export * from './format';
export * from './hooks';
