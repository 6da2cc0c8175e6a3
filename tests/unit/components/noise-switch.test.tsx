// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hideNoiseItem } from '@/utils/settings';
import { NoiseSwitch } from '@/components/NoiseSwitch';

afterEach(cleanup);

const theSwitch = (name: RegExp) => screen.getByRole<HTMLInputElement>('switch', { name });

describe('NoiseSwitch', () => {
  it('is a labelled switch, on by default', async () => {
    render(<NoiseSwitch lang="en" />);
    const input = theSwitch(/hide captions/i);
    expect(input.checked).toBe(true);
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toContain('资料图');
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
    const input = theSwitch(/hide captions/i);
    await waitFor(() => expect(input.checked).toBe(true));
    await hideNoiseItem.setValue(false); // as the overlay's own switch would
    await waitFor(() => expect(input.checked).toBe(false));
    await fakeBrowser.storage.local.set({ hideNoise: 42 }); // a foreign writer: back to the default
    await waitFor(() => expect(input.checked).toBe(true));
  });

  it('survives a corrupt stored value: shows the default, then works', async () => {
    await fakeBrowser.storage.local.set({ hideNoise: 'yes please' });
    render(<NoiseSwitch lang="en" />);
    const input = theSwitch(/hide captions/i);
    await new Promise((r) => setTimeout(r, 20));
    expect(input.checked).toBe(true);
    fireEvent.click(input);
    await waitFor(async () => expect(await hideNoiseItem.getValue()).toBe(false));
    expect(input.checked).toBe(false);
  });

  it('is operable from the keyboard like any checkbox', async () => {
    render(<NoiseSwitch lang="en" />);
    const input = theSwitch(/hide captions/i);
    input.focus();
    expect(document.activeElement).toBe(input);
    // Space on a focused checkbox toggles it: the browser turns it into a click.
    fireEvent.click(input);
    await waitFor(async () => expect(await hideNoiseItem.getValue()).toBe(false));
  });
});
