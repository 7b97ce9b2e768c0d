/**
 * Remembers, for this browser tab, which demo persona the visitor chose, so a
 * reload keeps them signed in and signing out lets them choose again.
 */
const STORAGE_KEY = 'partner-studio:persona';

export const personaSession = {
  get(): string | undefined {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  },
  set(userEntityRef: string) {
    window.sessionStorage.setItem(STORAGE_KEY, userEntityRef);
  },
  clear() {
    window.sessionStorage.removeItem(STORAGE_KEY);
  },
};
