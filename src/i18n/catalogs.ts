// One file per namespace and language (messages/<namespace>.<lng>.json), so features add copy without
// touching each other's files. The namespace becomes the top-level key: t('areas.title').
type Messages = Record<string, unknown>;

const files = import.meta.glob<Messages>('./messages/*.json', { eager: true, import: 'default' });

function catalog(lng: 'nl' | 'en'): Messages {
  const out: Messages = {};
  for (const [path, messages] of Object.entries(files)) {
    const match = /\/([\w-]+)\.(nl|en)\.json$/.exec(path);
    if (match?.[2] === lng) out[match[1]!] = messages;
  }
  return out;
}

export const nl = catalog('nl');
export const en = catalog('en');
