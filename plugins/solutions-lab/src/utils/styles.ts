/**
 * Hides text from the eye and keeps it for screen readers, inline (Backstage
 * UI's `VisuallyHidden` is a block element, which text cannot hold).
 */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
