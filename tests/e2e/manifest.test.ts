/**
 * The built manifest asks for exactly what the features need (README, "Permissions").
 * Each permission here has a reason there; a new one must earn its place in both.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_HOST_PATTERNS } from '@/pipeline/hosts';
import { readManifest } from './built';

describe('built Chrome manifest', () => {
  const manifest = readManifest();

  it('is MV3 and asks for exactly storage, activeTab and scripting', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });

  it('has no install-time host access beyond the article hosts, and no <all_urls>', () => {
    expect(manifest.host_permissions).toEqual([...ARTICLE_HOST_PATTERNS]);
    const everything = JSON.stringify(manifest);
    expect(everything).not.toContain('<all_urls>');
    const scripts = manifest.content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.matches).toEqual([...ARTICLE_HOST_PATTERNS]);
  });

  it('asks for no other site at install or later: elsewhere it works through activeTab', () => {
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('loads no remote code and exposes no script to pages', () => {
    expect(manifest.content_security_policy).toBeUndefined(); // MV3 default: script-src 'self'
    expect(manifest.externally_connectable).toBeUndefined();
    // The overlay's stylesheet may be web-accessible (WXT loads shadow-root CSS by URL); nothing else.
    const exposed = (manifest.web_accessible_resources ?? []) as Array<{ resources: string[] }>;
    for (const entry of exposed) for (const r of entry.resources) expect(r).toMatch(/^content-scripts\/[\w-]+\.css$/);
  });
});
