// Word and character counts, recomputed a moment after typing stops (a 50-page document must not
// be walked on every keystroke).
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { countDoc } from './wordCount';

export function useWordCount(editor: Editor, delayMs = 400): { words: number; characters: number } {
  const [counts, setCounts] = useState(() => countDoc(editor.state.doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setCounts(countDoc(editor.state.doc)), delayMs);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor, delayMs]);
  return counts;
}
