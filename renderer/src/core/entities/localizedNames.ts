/**
 * The name an entity is shown by in French, Spanish, Russian or Arabic. The entity's own names
 * mix every language without saying which is which (they are search aliases), so the display
 * name comes from what is known per language: countries from the platform's CLDR data
 * (Intl.DisplayNames), ITU texts and bodies from their numbers in ITU's own wording, the
 * organisations and regions ITU's texts name in the six languages from the UN terminology.
 */
import { isolateForBidi } from '../text/bidiIsolation';

/** The interface languages this module names entities in (zh and en read the names directly). */
export type OtherUnLanguage = 'fr' | 'es' | 'ru' | 'ar';

export function isOtherUnLanguage(language: string): language is OtherUnLanguage {
  return language === 'fr' || language === 'es' || language === 'ru' || language === 'ar';
}

type Names = Readonly<Record<OtherUnLanguage, string>>;

/** Organisations and programmes as the UN's texts call them in each language (acronym where one is used). */
const organisations: Readonly<Record<string, Names>> = {
  itu: { fr: 'UIT', es: 'UIT', ru: 'МСЭ', ar: 'الاتحاد الدولي للاتصالات' },
  'itu-t': { fr: 'UIT-T', es: 'UIT-T', ru: 'МСЭ-Т', ar: 'قطاع تقييس الاتصالات' },
  'itu-r': { fr: 'UIT-R', es: 'UIT-R', ru: 'МСЭ-R', ar: 'قطاع الاتصالات الراديوية' },
  'itu-d': { fr: 'UIT-D', es: 'UIT-D', ru: 'МСЭ-D', ar: 'قطاع تنمية الاتصالات' },
  tsb: { fr: 'TSB', es: 'TSB', ru: 'БСЭ', ar: 'مكتب تقييس الاتصالات' },
  bdt: { fr: 'BDT', es: 'BDT', ru: 'БРЭ', ar: 'مكتب تنمية الاتصالات' },
  br: { fr: 'BR', es: 'BR', ru: 'БР', ar: 'مكتب الاتصالات الراديوية' },
  un: { fr: 'ONU', es: 'Naciones Unidas', ru: 'ООН', ar: 'الأمم المتحدة' },
  eu: { fr: 'Union européenne', es: 'Unión Europea', ru: 'Европейский союз', ar: 'الاتحاد الأوروبي' },
  au: { fr: 'Union africaine', es: 'Unión Africana', ru: 'Африканский союз', ar: 'الاتحاد الأفريقي' },
  atu: { fr: 'UAT', es: 'UAT', ru: 'Африканский союз электросвязи', ar: 'الاتحاد الإفريقي للاتصالات' },
  las: { fr: 'Ligue des États arabes', es: 'Liga de los Estados Árabes', ru: 'Лига арабских государств', ar: 'جامعة الدول العربية' },
  wsis: { fr: 'SMSI', es: 'CMSI', ru: 'ВВУИО', ar: 'القمة العالمية لمجتمع المعلومات' },
  gca: { fr: 'Programme mondial cybersécurité', es: 'Agenda sobre Ciberseguridad Global', ru: 'Глобальная программа кибербезопасности', ar: 'البرنامج العالمي للأمن السيبراني' },
  gci: { fr: 'Indice mondial de cybersécurité', es: 'Índice Mundial de Ciberseguridad', ru: 'Глобальный индекс кибербезопасности', ar: 'المؤشر العالمي للأمن السيبراني' },
  cop: { fr: 'Protection en ligne des enfants', es: 'Protección de la Infancia en Línea', ru: 'Защита ребенка в онлайновой среде', ar: 'حماية الأطفال على الإنترنت' },
  'cwg-cop': {
    fr: 'Groupe de travail du Conseil sur la protection en ligne des enfants',
    es: 'Grupo de Trabajo del Consejo sobre la Protección de la Infancia en Línea',
    ru: 'Рабочая группа Совета по защите ребенка в онлайновой среде',
    ar: 'فريق العمل التابع للمجلس المعني بحماية الأطفال على الإنترنت',
  },
  'world-bank': { fr: 'Banque mondiale', es: 'Banco Mundial', ru: 'Всемирный банк', ar: 'البنك الدولي' },
  interpol: { fr: 'INTERPOL', es: 'INTERPOL', ru: 'Интерпол', ar: 'الإنتربول' },
  unodc: { fr: 'ONUDC', es: 'UNODC', ru: 'ЮНОДК', ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة' },
  oas: { fr: 'OEA', es: 'OEA', ru: 'ОАГ', ar: 'منظمة الدول الأمريكية' },
  ecowas: { fr: 'CEDEAO', es: 'CEDEAO', ru: 'ЭКОВАС', ar: 'الجماعة الاقتصادية لدول غرب أفريقيا' },
  iec: { fr: 'CEI', es: 'CEI', ru: 'МЭК', ar: 'اللجنة الكهرتقنية الدولية' },
  // Named in the bundled report without an acronym: their English name would show in Russian and Arabic.
  'energypact-foundation': { fr: 'Fondation EnergyPact', es: 'Fundación EnergyPact', ru: 'Фонд EnergyPact', ar: 'مؤسسة EnergyPact' },
  'oxford-martin-school': { fr: 'Oxford Martin School', es: 'Oxford Martin School', ru: 'Школа Мартина Оксфордского университета', ar: 'كلية أكسفورد مارتن' },
  'said-business-school': { fr: 'Saïd Business School', es: 'Saïd Business School', ru: 'Бизнес-школа Саида', ar: 'كلية سعيد لإدارة الأعمال' },
};

/**
 * Cities whose name in a language cannot be one of their search aliases (in Russian `Тунис` is
 * also the country) or that the alias table does not hold: shown by this name, found as before.
 */
const cities: Readonly<Record<string, Names>> = {
  oxford: { fr: 'Oxford', es: 'Oxford', ru: 'Оксфорд', ar: 'أكسفورد' },
  tunis: { fr: 'Tunis', es: 'Túnez', ru: 'Тунис', ar: 'تونس العاصمة' },
};

/** ITU's regions. */
const regions: Readonly<Record<string, Names>> = {
  africa: { fr: 'Afrique', es: 'África', ru: 'Африка', ar: 'أفريقيا' },
  americas: { fr: 'Amériques', es: 'Américas', ru: 'Северная и Южная Америка', ar: 'الأمريكتان' },
  'arab-states': { fr: 'États arabes', es: 'Estados Árabes', ru: 'Арабские государства', ar: 'الدول العربية' },
  'asia-pacific': { fr: 'Asie-Pacifique', es: 'Asia-Pacífico', ru: 'Азиатско-Тихоокеанский регион', ar: 'آسيا والمحيط الهادئ' },
  cis: { fr: 'CEI', es: 'CEI', ru: 'СНГ', ar: 'كومنولث الدول المستقلة' },
  europe: { fr: 'Europe', es: 'Europa', ru: 'Европа', ar: 'أوروبا' },
};

/** A Sector's name where it qualifies a study group or Question ("… de l'UIT-T", "… لقطاع تقييس الاتصالات"). */
const sectorOf: Readonly<Record<string, Names>> = {
  'itu-t': { fr: 'de l’UIT-T', es: 'del UIT-T', ru: 'МСЭ-Т', ar: 'لقطاع تقييس الاتصالات' },
  'itu-d': { fr: 'de l’UIT-D', es: 'del UIT-D', ru: 'МСЭ-D', ar: 'لقطاع تنمية الاتصالات' },
  'itu-r': { fr: 'de l’UIT-R', es: 'del UIT-R', ru: 'МСЭ-R', ar: 'لقطاع الاتصالات الراديوية' },
};

/** A Sector's prefix before a Recommendation's number (ITU-T X.509 is UIT-T X.509 in French). */
const recommendationPrefix: Readonly<Record<string, Names>> = {
  'itu-t': { fr: 'UIT-T', es: 'UIT-T', ru: 'МСЭ-Т', ar: 'ITU-T' },
  'itu-r': { fr: 'UIT-R', es: 'UIT-R', ru: 'МСЭ-R', ar: 'ITU-R' },
};

const words = {
  studyGroup: { fr: 'Commission d’études', es: 'Comisión de Estudio', ru: 'Исследовательская комиссия', ar: 'لجنة الدراسات' },
  question: { fr: 'Question', es: 'Cuestión', ru: 'Вопрос', ar: 'المسألة' },
  resolution: { fr: 'Résolution', es: 'Resolución', ru: 'Резолюция', ar: 'القرار' },
  recommendation: { fr: 'Recommandation', es: 'Recomendación', ru: 'Рекомендация', ar: 'التوصية' },
  document: { fr: 'Document', es: 'Documento', ru: 'Документ', ar: 'الوثيقة' },
} satisfies Record<string, Names>;

/** "itu-t-17" → sector "itu-t" and the rest "17"; no sector when the id has none. */
function splitSector(rest: string): { readonly sector: string | undefined; readonly number: string } {
  const match = /^(itu-[tdr])-(.+)$/.exec(rest);
  return match === null ? { sector: undefined, number: rest } : { sector: match[1], number: match[2]! };
}

/** "Commission d'études 17 de l'UIT-T", "Вопрос 3/2 МСЭ-D": a numbered ITU body or text with its Sector. */
function numberedInSector(word: string, rest: string, language: OtherUnLanguage): string {
  const { sector, number } = splitSector(rest);
  const qualifier = sector === undefined ? undefined : sectorOf[sector]?.[language];
  return qualifier === undefined ? `${word} ${number}` : `${word} ${number} ${qualifier}`;
}

/** An identifier as it goes into a name: isolated in Arabic, where the sentence runs right to left. */
function inText(identifier: string, language: OtherUnLanguage): string {
  return language === 'ar' ? isolateForBidi(identifier) : identifier;
}

function regionCode(id: string): string | undefined {
  return /^country:([A-Z]{2})$/.exec(id)?.[1];
}

/**
 * An entity's name in French, Spanish, Russian or Arabic where it is known from its id, else
 * undefined (the caller then picks among the entity's own names).
 */
export function localizedName(id: string, printedName: string | undefined, language: OtherUnLanguage): string | undefined {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const key = id.slice(colon + 1);
  switch (kind) {
    case 'country': {
      const code = regionCode(id);
      if (code === undefined) return undefined;
      const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code);
      return name === code ? undefined : name;
    }
    case 'organisation':
    case 'programme':
      return organisations[key]?.[language];
    case 'region':
      return regions[key]?.[language];
    case 'city':
      return cities[key]?.[language];
    case 'study-group':
      return numberedInSector(words.studyGroup[language], key, language);
    case 'question':
      return numberedInSector(words.question[language], key, language);
    case 'resolution':
      return `${words.resolution[language]} ${key}`;
    case 'document':
      // The id is lower case; the symbol is printed in capitals (C17/15).
      return `${words.document[language]} ${inText(key.toUpperCase(), language)}`;
    case 'recommendation': {
      const { sector } = splitSector(key);
      const prefix = sector === undefined ? undefined : recommendationPrefix[sector]?.[language];
      // The printed number keeps its case (X.509, M.1078); the id has it in lower case.
      const number = printedName?.replace(/^ITU-[TRD] /, '');
      if (number === undefined) return undefined;
      return `${words.recommendation[language]} ${inText(prefix === undefined ? number : `${prefix} ${number}`, language)}`;
    }
    default:
      return undefined;
  }
}
