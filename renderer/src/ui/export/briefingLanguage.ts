/** The language of a briefing's own words for a UI language. */
import type { BriefingLanguage } from '../../core/export/types';
import type { UiLanguage } from '../i18n/uiLanguage';

/**
 * The briefing writes its headings in Chinese or English (core/export/briefingStrings.ts); an
 * interface in another language gets the English briefing until the briefing has its words.
 */
export function briefingLanguageOf(language: UiLanguage): BriefingLanguage {
  return language === 'zh' ? 'zh' : 'en';
}
