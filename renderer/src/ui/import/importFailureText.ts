/** Why a file was not added, in the delegate's language (the English detail is for logs only). */
import type { TFunction } from 'i18next';
import type { ImportReason } from '../../core/import/importError';
import type { ReportInputReason } from '../../core/report/reportInputError';
import type { importEn } from './i18n/importEn';
import type { ImportFailure } from './importProtocol';

type ReasonKey = keyof typeof importEn.reasons;

const readReasons: Readonly<Record<ImportReason, ReasonKey>> = {
  empty: 'empty',
  'unsupported-type': 'unsupported',
  undecodable: 'undecodable',
  binary: 'binary',
  'corrupt-zip': 'corruptZip',
  'corrupt-docx': 'corruptDocx',
  'unsafe-xml': 'unsafeXml',
  'corrupt-pdf': 'corruptPdf',
  encrypted: 'encrypted',
  'no-text-layer': 'noTextLayer',
  'too-large': 'tooLarge',
};

const parseReasons: Readonly<Record<ReportInputReason, ReasonKey>> = {
  empty: 'empty',
  binary: 'binary',
  undecodable: 'undecodable',
  'no-content': 'noContent',
};

/** The reason a file failed, as one translated sentence. */
export function importFailureText(failure: ImportFailure, t: TFunction): string {
  switch (failure.kind) {
    case 'read':
      return t(`documentImport.reasons.${readReasons[failure.reason]}`);
    case 'parse':
      return t(`documentImport.reasons.${parseReasons[failure.reason]}`);
    case 'refused':
      return t(`documentImport.reasons.${failure.reason === 'too-large' ? 'tooLarge' : failure.reason === 'too-many' ? 'tooMany' : 'unreadable'}`);
    case 'save':
      if (failure.error === 'quota' || failure.error === 'closed') return t(`documentImport.reasons.${failure.error}`);
      if (failure.error === 'newer-data') return t('documentImport.reasons.newerData');
      return t('documentImport.reasons.other', { detail: failure.detail });
    case 'error':
      return t('documentImport.reasons.other', { detail: failure.detail });
  }
}
