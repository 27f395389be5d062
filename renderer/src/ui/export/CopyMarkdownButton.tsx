/**
 * A button that puts Markdown from the core exporter on the clipboard and says in a status
 * region whether it worked (the clipboard may refuse, e.g. without focus or permission). The
 * exporter and its Markdown libraries load on the first copy, not with the app.
 */
import { useState } from 'react';
import type * as CopyMarkdown from '../../core/export/copyMarkdown';
import { messageOf } from '../feedback/errorMessage';

/** The clipboard exporter (core/export/copyMarkdown), loaded on first use. */
export function loadCopyMarkdown(): Promise<typeof CopyMarkdown> {
  return import('../../core/export/copyMarkdown');
}

interface CopyMarkdownButtonProps {
  readonly label: string;
  /** The accessible name when the visible label alone is ambiguous (it should contain the label). */
  readonly accessibleName?: string;
  /** Built on click, so a panel of many buttons exports nothing until one is pressed. */
  readonly markdown: () => Promise<string>;
  readonly copiedMessage: string;
  readonly deniedMessage: (reason: string) => string;
}

export function CopyMarkdownButton({ label, accessibleName, markdown, copiedMessage, deniedMessage }: CopyMarkdownButtonProps) {
  const [message, setMessage] = useState('');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(await markdown());
      setMessage(copiedMessage);
    } catch (error) {
      setMessage(deniedMessage(messageOf(error)));
    }
  };
  return (
    <>
      <button type="button" aria-label={accessibleName} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {message}
      </span>
    </>
  );
}
