/** The comparison as the background runs it: the bundled parsed copy, the fingerprint's fold, the lexicon's other names. */
import fingerprint from '@/assets/fingerprint.json';
import { article } from '@/utils/article/data';
import { foldTable } from '@/utils/detect/normalise';
import { LEXICON_NAMES } from '@/entrypoints/background/changed-facts/check';

export { article };
export const fold = foldTable(fingerprint.fold);
export const names = LEXICON_NAMES;
