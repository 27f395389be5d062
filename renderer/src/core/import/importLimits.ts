/**
 * Caps that keep a hostile file from exhausting memory or time. A council document is a few
 * hundred pages at most; the defaults leave room for ten times that and refuse the rest.
 */
export interface ImportLimits {
  /** Size of the file itself. */
  readonly maxFileBytes: number;
  /** Entries in a DOCX's ZIP directory (a Word document has a few dozen). */
  readonly maxZipEntries: number;
  /** Declared decompressed size of the ZIP entries we read, summed (decompression never writes past it). */
  readonly maxUncompressedBytes: number;
  /** Characters of text in the document as read. */
  readonly maxCharacters: number;
  /** Pages of a PDF. */
  readonly maxPages: number;
}

/** Caps used when the caller gives none. */
export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCharacters: 5_000_000,
  maxPages: 2_000,
};
