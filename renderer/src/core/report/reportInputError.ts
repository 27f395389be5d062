/** Why a report file could not be turned into a report. */
export type ReportInputReason = 'empty' | 'binary' | 'undecodable' | 'no-content';

// Callers show `message` to the user as is, so it names the file and says what is wrong with it.
/** The one error the report parser throws: the input is not a usable report. */
export class ReportInputError extends Error {
  override readonly name = 'ReportInputError';
  readonly fileName: string;
  readonly reason: ReportInputReason;

  constructor(fileName: string, reason: ReportInputReason, detail: string) {
    super(`Cannot read report "${fileName}": ${detail}`);
    this.fileName = fileName;
    this.reason = reason;
  }
}
