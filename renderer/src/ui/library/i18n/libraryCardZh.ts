/** Chinese strings of a library card with its language versions, the same shape as libraryCardEn.ts. */
import type { libraryCardEn } from './libraryCardEn';

export const libraryCardZh: typeof libraryCardEn = {
  languages_one: '语言',
  languages_other: '语言',
  versionLink: '{{language}}版本',
  symbol: '文号',
  resumeIn: '从{{language}}版本的 {{unit}} 继续阅读',
};
