/**
 * A text input that hands its text on only once an input method has finished composing. With
 * a Chinese IME, typing 网络 passes through `w`, `wa`, `wang`, `wang'l`, `wang'luo` in the box:
 * searching each of those ran a search per half-typed syllable and left the reader for results
 * about Latin letters. While a composition runs (compositionstart … compositionend, or an input
 * event whose `isComposing` is set), the box shows what the IME writes and nothing else happens;
 * the composed text is committed once, at compositionend.
 */
import { useState, type ChangeEvent, type CompositionEvent } from 'react';

export interface ComposedInputProps {
  readonly value: string;
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  readonly onCompositionStart: () => void;
  readonly onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => void;
}

/** Props for a controlled input whose committed text is `value`, reported through `onCommit`. */
export function useComposedInput(value: string, onCommit: (text: string) => void): ComposedInputProps {
  // The text shown during a composition (null when none runs).
  const [draft, setDraft] = useState<string | null>(null);
  return {
    value: draft ?? value,
    onChange: (event) => {
      const text = event.target.value;
      const native = event.nativeEvent;
      const isComposing = draft !== null || ('isComposing' in native && native.isComposing === true);
      if (isComposing) setDraft(text);
      else onCommit(text);
    },
    onCompositionStart: () => setDraft(value),
    onCompositionEnd: (event) => {
      setDraft(null);
      // A composition cancelled (Esc) leaves the text as it was: nothing to search.
      if (event.currentTarget.value !== value) onCommit(event.currentTarget.value);
    },
  };
}
