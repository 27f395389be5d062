/**
 * Which of the files a delegate picked or dropped are handed to the import, decided before any
 * byte is read so a mistaken pick (a folder of videos, a disk image) cannot exhaust memory. One
 * decision for the three ways in: Electron's open dialog (electron/documentFiles.ts), the browser
 * bridge's file input and a drop onto the window.
 */

export interface DocumentFileCaps {
  readonly maxFiles: number;
  /** The readers' own cap (core/import's maxFileBytes) is the same 100 MB. */
  readonly maxFileBytes: number;
  readonly maxTotalBytes: number;
}

/** Caps of one import: far above a council session's documents, far below what would freeze the app. */
export const documentFileCaps: DocumentFileCaps = {
  maxFiles: 500,
  maxFileBytes: 100 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

/** Why a picked file is not handed over. */
export type RefusedDocumentReason = 'too-large' | 'too-many' | 'unreadable';

export interface RefusedDocumentFile {
  /** Base name, never a path. */
  readonly name: string;
  readonly reason: RefusedDocumentReason;
}

/** What is known of a picked file before reading it. */
export interface DocumentFileCandidate {
  readonly name: string;
  readonly size: number;
  /** False for a folder, a device or anything else that is not a regular file. */
  readonly isFile: boolean;
}

export interface DocumentFileVerdicts<Candidate> {
  readonly accepted: readonly Candidate[];
  readonly refused: readonly RefusedDocumentFile[];
}

/**
 * Accepts regular files of at most `maxFileBytes`, in the order given, while they stay within
 * `maxFiles` and `maxTotalBytes`; every other one is refused with its reason.
 */
export function documentFileVerdicts<Candidate extends DocumentFileCandidate>(
  candidates: readonly Candidate[],
  caps: DocumentFileCaps = documentFileCaps,
): DocumentFileVerdicts<Candidate> {
  const accepted: Candidate[] = [];
  const refused: RefusedDocumentFile[] = [];
  let total = 0;
  for (const candidate of candidates) {
    if (!candidate.isFile) refused.push({ name: candidate.name, reason: 'unreadable' });
    else if (candidate.size > caps.maxFileBytes) refused.push({ name: candidate.name, reason: 'too-large' });
    else if (accepted.length >= caps.maxFiles) refused.push({ name: candidate.name, reason: 'too-many' });
    else if (total + candidate.size > caps.maxTotalBytes) refused.push({ name: candidate.name, reason: 'too-many' });
    else {
      accepted.push(candidate);
      total += candidate.size;
    }
  }
  return { accepted, refused };
}
