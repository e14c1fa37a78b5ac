import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearest } from './did-you-mean.ts';

describe('did you mean', () => {
  it('counts edits', () => {
    expect(editDistance('phone-hom', 'phone-home')).toBe(1);
    expect(editDistance('TIP-CONSENTS', 'TIP-CONSENT')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
  it('suggests the closest known id, and nothing when none is close', () => {
    expect(nearest('phone-hom', ['arrival', 'phone-home', 'phone'])).toBe('phone-home');
    expect(didYouMean('TIP-CONSENTS', ['TIP-CONSENT', 'TIC-SAFETY'])).toBe(
      ' Did you mean "TIP-CONSENT"?',
    );
    expect(didYouMean('completely-else', ['arrival', 'handover'])).toBe('');
  });
});
