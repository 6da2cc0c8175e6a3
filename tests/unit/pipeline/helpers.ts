/** Files of the repository (the one root-path helper lives in rig/repo.ts). */
export { readRepoFile } from '@/rig/repo';
