/**
 * A report's metadata in the interface language. The manifest writes its subject and body the
 * way ITU's English documents do ("Resolution 130", "ITU Council"); a Chinese interface showed
 * them in English. Known forms are translated, anything else is shown as written.
 */
import type { TFunction } from 'i18next';

/** "Resolution 130" → "第 130 号决议"; other subjects as written. */
export function subjectText(subject: string, t: TFunction): string {
  const resolution = /^Resolution (\d+)$/u.exec(subject.trim());
  return resolution === null ? subject : t('library.resolution', { number: resolution[1] });
}

/** "ITU Council" → "国际电联理事会"; other bodies as written. */
export function bodyText(body: string, t: TFunction): string {
  return body.trim() === 'ITU Council' ? t('library.ituCouncil') : body;
}
