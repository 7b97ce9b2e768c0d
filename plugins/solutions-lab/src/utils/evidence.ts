/** The longest evidence link and label the backend accepts. */
export const EVIDENCE_URL_MAX = 2000;
export const EVIDENCE_LABEL_MAX = 200;

/**
 * What is wrong with an evidence link, or `undefined` when it is one the
 * backend accepts: an absolute http(s) URL without credentials.
 */
export function evidenceUrlProblem(value: string): string | undefined {
  const text = value.trim();
  if (!text) return 'Enter the link to the evidence.';
  if (text.length > EVIDENCE_URL_MAX) {
    return `The link is too long (at most ${EVIDENCE_URL_MAX} characters).`;
  }
  if (!/^https?:\/\//i.test(text)) {
    return /^[a-z][a-z0-9+.-]*:/i.test(text)
      ? 'Only http(s) links are accepted as evidence.'
      : 'Enter a full link, starting with https:// or http://.';
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Enter a full link, starting with https:// or http://.';
  }
  if (url.username || url.password) {
    return 'The link must not contain a user name or password.';
  }
  return undefined;
}
