import { describe, expect, it } from 'vitest';
import { browserTestsSkip } from './offlineChromium.js';

describe('browserTestsSkip(chromiumExists, env)', () => {
  it('skips only when Chromium is missing outside CI', () => {
    expect(browserTestsSkip(false, {})).toBe(true);
    expect(browserTestsSkip(false, { CI: 'false' })).toBe(true);
    expect(browserTestsSkip(true, {})).toBe(false);
  });

  it('runs the browser tests under CI=true even when Chromium is missing, so they fail instead of passing unseen', () => {
    expect(browserTestsSkip(false, { CI: 'true' })).toBe(false);
    expect(browserTestsSkip(true, { CI: 'true' })).toBe(false);
  });
});
