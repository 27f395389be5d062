// The report parser's public API; the other files in this folder are its parts.
export { decodeReportBytes } from './decodeReportBytes';
export { parseReportFile, parseReportText } from './parseReport';
export { ReportInputError } from './reportInputError';
export type { ReportInputReason } from './reportInputError';
export { unitId } from './unitId';
