/** Where the production build under test lives: `SGB_EXT_DIR` (a chrome-mv3 folder) or the default output. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXTENSION_DIR } from '../../rig/harness';

export const CHROME_DIR = EXTENSION_DIR;
export const OUTPUT_DIR = dirname(CHROME_DIR);

export interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[] }>;
  web_accessible_resources?: unknown[];
  content_security_policy?: unknown;
  commands?: Record<string, unknown>;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
  [key: string]: unknown;
}

export function readManifest(dir = CHROME_DIR): BuiltManifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build at ${dir}: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}
