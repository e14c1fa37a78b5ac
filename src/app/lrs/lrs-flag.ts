/**
 * Whether this device sends results to an LRS at all: a flag in localStorage, read synchronously
 * at start so the LRS code (builders, queue, sender) loads only when one is configured
 * (DESIGN §8.12: the trainee's first load does not carry it).
 */
const FLAG = 'acompana.lrs';

export const lrsConfigured = (): boolean => {
  try {
    return localStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
};

export const setLrsConfigured = (on: boolean) => {
  try {
    if (on) localStorage.setItem(FLAG, '1');
    else localStorage.removeItem(FLAG);
  } catch {
    // Storage blocked: the LRS then only works for this page's lifetime.
  }
};
