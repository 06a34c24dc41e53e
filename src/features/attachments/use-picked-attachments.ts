import { useCallback, useEffect, useRef, useState } from 'react';
import { preparePhoto } from './image';
import { classifyFile, descriptionError } from './model';
import { titleFromFileName, type PickedItem, type Refusal } from './picked';

type Options = { allowDocuments: boolean; max: number };

const objectUrl = (blob: Blob) => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : null);
const revoke = (item: PickedItem) => {
  if (item.kind === 'photo' && item.previewUrl) URL.revokeObjectURL(item.previewUrl);
};

/** The photos and documents picked in a form, before upload. A refused file is only reported: what is typed in
 *  the form and what was picked before stays as it is. */
export function usePickedAttachments({ allowDocuments, max }: Options) {
  const [items, setItems] = useState<PickedItem[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [preparing, setPreparing] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const current = useRef(items);
  useEffect(() => {
    current.current = items;
  }, [items]);
  useEffect(() => () => current.current.forEach(revoke), []);

  const add = useCallback(
    async (files: File[]) => {
      const refused: Refusal[] = [];
      let room = max - current.current.length;
      const accepted: File[] = [];
      for (const file of files) {
        const verdict = classifyFile(file, allowDocuments);
        if ('refused' in verdict) refused.push({ name: file.name, reason: verdict.refused });
        else if (room <= 0) refused.push({ name: file.name, reason: 'tooMany' });
        else {
          room -= 1;
          accepted.push(file);
        }
      }
      setRefusals(refused);
      setPreparing((n) => n + accepted.length);
      for (const file of accepted) {
        const key = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
        const verdict = classifyFile(file, allowDocuments);
        try {
          const item: PickedItem =
            'kind' in verdict && verdict.kind === 'document'
              ? { key, kind: 'document', name: file.name, description: titleFromFileName(file.name), file }
              : await preparePhoto(file).then((prepared) => ({
                  key,
                  kind: 'photo' as const,
                  name: file.name,
                  description: '',
                  prepared,
                  previewUrl: objectUrl(prepared.thumb),
                }));
          setItems((list) => [...list, item]);
        } catch {
          setRefusals((list) => [...list, { name: file.name, reason: 'photoUnreadable' }]);
        } finally {
          setPreparing((n) => n - 1);
        }
      }
    },
    [allowDocuments, max],
  );

  const remove = useCallback((key: string) => {
    setItems((list) => {
      const gone = list.find((i) => i.key === key);
      if (gone) revoke(gone);
      return list.filter((i) => i.key !== key);
    });
  }, []);

  const describe = useCallback((key: string, description: string) => {
    setItems((list) => list.map((i) => (i.key === key ? { ...i, description } : i)));
  }, []);

  /** Shows the description errors; true when every picked file has a good description. */
  const validate = useCallback((): boolean => {
    setShowErrors(true);
    setAttempts((n) => n + 1);
    return current.current.every((i) => descriptionError(i.description) === null);
  }, []);

  /** Keeps only these (the ones that failed to upload); the rest are done. */
  const keepOnly = useCallback((keys: string[]) => {
    setItems((list) => {
      list.filter((i) => !keys.includes(i.key)).forEach(revoke);
      return list.filter((i) => keys.includes(i.key));
    });
    if (keys.length === 0) setShowErrors(false);
  }, []);

  return {
    items,
    refusals,
    preparing: preparing > 0,
    showErrors,
    /** counts validate() calls, so the form can move focus to the first error each time */
    attempts,
    max,
    allowDocuments,
    add,
    remove,
    describe,
    validate,
    keepOnly,
  };
}

export type PickedAttachments = ReturnType<typeof usePickedAttachments>;
