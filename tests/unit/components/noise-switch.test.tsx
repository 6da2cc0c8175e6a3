// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hideNoiseItem, readHideNoise } from '@/utils/settings';
import { HIDE_NOISE_DEFAULT, NoiseSwitch } from '@/components/NoiseSwitch';

afterEach(cleanup);

const theSwitch = (name: RegExp) => screen.getByRole<HTMLInputElement>('switch', { name });

describe('NoiseSwitch', () => {
  it('is a labelled switch, on by default', async () => {
    expect(HIDE_NOISE_DEFAULT).toBe(hideNoiseItem.fallback); // drawn before the storage layer loads
    render(<NoiseSwitch lang="en" />);
    const input = theSwitch(/hide file-photo captions/i);
    expect(input.checked).toBe(true);
    // Named for what it hides, "(资料图)" explained; the hint says what else goes.
    expect(screen.getByText('Hide file-photo captions (资料图)')).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toContain('read counter');
  });

  it('shows the stored value and writes the user’s choice', async () => {
    await hideNoiseItem.setValue(false);
    render(<NoiseSwitch lang="zh" />);
    const input = theSwitch(/隐藏/);
    await waitFor(() => expect(input.checked).toBe(false));
    fireEvent.click(input);
    expect(input.checked).toBe(true);
    await waitFor(async () => expect(await hideNoiseItem.getValue()).toBe(true));
    fireEvent.click(input);
    await waitFor(async () => expect(await hideNoiseItem.getValue()).toBe(false));
  });

  it('follows a change made elsewhere (the overlay, another window)', async () => {
    render(<NoiseSwitch lang="en" />);
    const input = theSwitch(/hide file-photo captions/i);
    await waitFor(() => expect(input.checked).toBe(true));
    await hideNoiseItem.setValue(false); // as the overlay's own switch would
    await waitFor(() => expect(input.checked).toBe(false));
    await fakeBrowser.storage.local.set({ hideNoise: 42 }); // a foreign writer: back to the default
    await waitFor(() => expect(input.checked).toBe(true));
  });

  it('survives a corrupt stored value: shows the default, then works', async () => {
    await fakeBrowser.storage.local.set({ hideNoise: 'yes please' });
    render(<NoiseSwitch lang="en" />);
    const input = theSwitch(/hide file-photo captions/i);
    // The switch's own read went first; once ours answers (the default, for a corrupt value), so has its.
    expect(await readHideNoise()).toBe(true);
    await waitFor(() => expect(input.checked).toBe(true));
    fireEvent.click(input);
    await waitFor(async () => expect(await hideNoiseItem.getValue()).toBe(false));
    expect(input.checked).toBe(false);
  });

  it('is operable from the keyboard like any checkbox', async () => {
    const user = userEvent.setup();
    render(<NoiseSwitch lang="en" />);
    const input = theSwitch(/hide file-photo captions/i);
    await waitFor(() => expect(input.checked).toBe(true));
    // Tab reaches it, Space toggles it (keydown/keyup, which the browser turns into a click).
    await user.tab();
    expect(document.activeElement).toBe(input);
    await user.keyboard(' ');
    expect(input.checked).toBe(false);
    await waitFor(async () => expect(await hideNoiseItem.getValue()).toBe(false));
    await user.keyboard(' ');
    await waitFor(async () => expect(await hideNoiseItem.getValue()).toBe(true));
  });
});
