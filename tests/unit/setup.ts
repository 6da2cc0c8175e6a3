import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every unit test starts from an empty fake browser (storage, tabs, listeners).
beforeEach(() => {
  fakeBrowser.reset();
});

// Tests in a DOM wait for what they expect (findBy…, waitFor) up to 10 s, not testing-library's 1 s: a lazily
// loaded module can take seconds on a busy machine. A wait for a condition, never a sleep.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 10_000 });
}
