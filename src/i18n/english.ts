// The English catalog, a chunk of its own: loaded by setLanguage('en') (or at start when English was chosen before).
import { byNamespace, type Messages } from './catalogs';

const files = import.meta.glob<Messages>('./messages/*.en.json', { eager: true, import: 'default' });

export const en = byNamespace(files);
