// One file per namespace and language (messages/<namespace>.<lng>.json), so features add copy without
// touching each other's files. The namespace becomes the top-level key: t('areas.title').
// Dutch, the default, is bundled; English (./english.ts) loads when someone chooses it.
export type Messages = Record<string, unknown>;

const files = import.meta.glob<Messages>('./messages/*.nl.json', { eager: true, import: 'default' });

export function byNamespace(files: Record<string, Messages>): Messages {
  const out: Messages = {};
  for (const [path, messages] of Object.entries(files)) {
    const match = /\/([\w-]+)\.(nl|en)\.json$/.exec(path);
    if (match) out[match[1]!] = messages;
  }
  return out;
}

export const nl = byNamespace(files);
