import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every unit test starts from an empty fake browser (storage, tabs, listeners).
beforeEach(() => {
  fakeBrowser.reset();
});
