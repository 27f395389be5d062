import { describe, expect, it } from 'vitest';
import { derivedReportId } from '../../../renderer/src/core/report/documentMetadata';
import { documentSymbolIn } from '../../../renderer/src/core/report/documentSymbol';
import { labelOf } from '../../../renderer/src/core/report/labels';
import { parseReportText } from '../../../renderer/src/core/report/parseReport';
import { agendaItemIn, dateIn, isDateLine, languageOfText, originalLanguageIn } from '../../../renderer/src/core/report/vocabulary';

describe('document symbols', () => {
  it.each([
    ['Document C17/18-E', { symbol: 'C17/18', language: 'en' }],
    ['Documento C17/18-S', { symbol: 'C17/18', language: 'es' }],
    ['الوثيقة C17/18-A', { symbol: 'C17/18', language: 'ar' }],
    ['文件 C17/18-C', { symbol: 'C17/18', language: 'zh' }],
    ['Document C17/18(Rev.1)-F', { symbol: 'C17/18', language: 'fr', revision: 1 }],
    ['Document C17/18 (Add.2)-R', { symbol: 'C17/18', language: 'ru', addendum: 2 }],
    ['Corrigendum 1 to Document C17/18-E', { symbol: 'C17/18', language: 'en', corrigendum: 1 }],
    ['Revision 2 to Document C17/DT/3-E', { symbol: 'C17/DT/3', language: 'en', revision: 2 }],
    ['see C17/INF/3', { symbol: 'C17/INF/3' }],
  ])('reads %j', (line, expected) => {
    expect(documentSymbolIn(line)).toEqual(expected);
  });

  it('finds none in ordinary text', () => {
    expect(documentSymbolIn('Recommendation ITU-T X.509 and Question 3/2')).toBeUndefined();
  });

  it.each([
    [{ symbol: 'C17/18', language: 'en' }, 'c17-18-en'],
    [{ symbol: 'C17/18', revision: 1, language: 'en' }, 'c17-18-rev1-en'],
    [{ symbol: 'C17/DT/1', addendum: 2, language: 'fr' }, 'c17-dt-1-add2-fr'],
  ])('derives the id of %j as %s', (meta, id) => {
    expect(derivedReportId(meta)).toBe(id);
  });
});

describe('dates', () => {
  it.each([
    ['7 June 2017', '2017-06-07'],
    ['7 de junio de 2017', '2017-06-07'],
    ['1er juin 2017', '2017-06-01'],
    ['7 июня 2017 года', '2017-06-07'],
    ['17 يوليو 2018', '2018-07-17'],
    ['١٧ يوليو ٢٠١٨', '2018-07-17'],
    ['2017年6月7日', '2017-06-07'],
    ['June 7, 2017', '2017-06-07'],
  ])('reads %j as %s, and as a line that is only a date', (line, iso) => {
    expect(dateIn(line)).toBe(iso);
    expect(isDateLine(line)).toBe(true);
  });

  it.each(['Monday, 22 May 2017, from 1435 to 1745 hours', 'Mercredi 17 mai 2017, de 0930 à 1230 heures', 'Четверг, 18 мая 2017 года, с 14:30 до 17:30'])(
    'takes the meeting-time line %j as a date line',
    (line) => {
      expect(isDateLine(line)).toBe(true);
    },
  );

  it.each(['7 Member States joined in June 2017', '7 June 2017 was the day the group met.'])('does not take the sentence %j for a date line', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});

describe('header fields', () => {
  it.each([
    ['Original: English', 'en'],
    ['Original: anglais', 'en'],
    ['Original: inglés', 'en'],
    ['Оригинал: английский', 'en'],
    ['الأصل: بالإنكليزية', 'en'],
    ['原文：英文', 'en'],
    ['Original: français', 'fr'],
    ['English only', 'en'],
    ['Anglais seulement', 'en'],
  ])('reads the original language of %j', (line, language) => {
    expect(originalLanguageIn(line)).toBe(language);
  });

  it.each([
    ['Agenda item: ADM 7', 'ADM 7'],
    ["Point de l'ordre du jour: PL 1.9", 'PL 1.9'],
    ['Punto del orden del día: ADM 12', 'ADM 12'],
    ['Пункт повестки дня: PL 2', 'PL 2'],
    ['بند جدول الأعمال: ADM 4', 'ADM 4'],
    ['议项：PL 1.4', 'PL 1.4'],
    ['Agenda item: PL 1.9\tDocument C17/99-E', 'PL 1.9'],
  ])('reads the agenda item of %j', (line, item) => {
    expect(agendaItemIn(line)).toBe(item);
  });

  it.each([
    ['The Council is invited to note the report and to take the measures proposed.', 'en'],
    ['Le Conseil est invité à prendre note du rapport et des mesures proposées.', 'fr'],
    ['Se invita al Consejo a tomar nota del informe y de las medidas propuestas.', 'es'],
    ['Совету предлагается принять отчет к сведению.', 'ru'],
    ['يُدعى المجلس إلى الإحاطة علماً بهذا التقرير.', 'ar'],
    ['请理事会注意本报告。', 'zh'],
    ['ITU-T X.509 C17/18', 'und'],
  ])('tells the language of %j', (text, language) => {
    expect(languageOfText(text)).toBe(language);
  });
});

describe('number labels', () => {
  it.each([
    ['1.1\tThe text', [1, 1], 'The text'],
    ['1.1The text', [1, 1], 'The text'],
    ['2.Adoption of the agenda', [2], 'Adoption of the agenda'],
    ['1List of candidatures', [1], 'List of candidatures'],
    ['٣.١ يواصل الاتحاد', [3, 1], 'يواصل الاتحاد'],
    ['1.1在理事会会议之后', [1, 1], '在理事会会议之后'],
    ['1مقدمة', [1], 'مقدمة'],
    ['3.1.1.1.1.2 Deep', [3, 1, 1, 1, 1, 2], 'Deep'],
  ])('reads %j as number %j', (line, path, rest) => {
    expect(labelOf(line)).toEqual(expect.objectContaining({ kind: 'number', path, rest }));
  });

  it.each(['5G networks are spreading.', '2016年，国际电联', '2018. Members replied.', '3GPP met.'])('reads no number in %j', (line) => {
    expect(labelOf(line).kind).not.toBe('number');
  });

  it.each([
    ['a) the outcomes', 'a'],
    ['(b) the work', 'b'],
    ['б) работа', 'b'],
    ['ب) عمل الفريق', 'b'],
    ['أ )\tالنتائج', 'a'],
  ])('reads the item letter of %j in Latin', (line, letter) => {
    expect(labelOf(line)).toEqual(expect.objectContaining({ kind: 'letter', letter }));
  });
});

describe('traps measured on real documents', () => {
  it.each([
    ['21PP18/42-A', { symbol: 'PP18/42', language: 'ar' }],
    ['2/83PP14/67(Add.1)-S', { symbol: 'PP14/67', addendum: 1, language: 'es' }],
    ['ITU-D/RPM-ARB17/10(Rev.2)-Aالصفحة 2', { symbol: 'RPM-ARB17/10', revision: 2, language: 'ar' }],
  ])('reads the symbol of the running head %j, page number and page words around it', (line, symbol) => {
    expect(documentSymbolIn(line)).toEqual(symbol);
  });

  it('reads a date glued to the symbol when line ends were lost', () => {
    expect(dateIn('SESIÓN PLENARIA Addéndum 1 alDocumento 67-S4 de septiembre de 2014Original: inglés')).toBe('2014-09-04');
  });

  it("dates a document by its own date, not by the meeting's dates printed above it", () => {
    const report = parseReportText(
      ['Conferencia de Plenipotenciarios (PP-14) Busán, 20 de octubre – 7 de noviembre de 2014', 'SESIÓN PLENARIA Addéndum 1 al Documento 67-S 4 de septiembre de 2014 Original: inglés', '', 'UN TÍTULO', '', '1 Introducción'].join('\n'),
      {},
    );
    expect(report.meta.date).toBe('2014-09-04');
  });

  it('takes the symbol from the running head when the header prints only "Document 44-E"', () => {
    const text = ['Plenipotentiary Conference (PP-22)', 'Document 44-E', '3 June 2022', 'Original: English', '', 'A PROPOSAL', '', '1\tIntroduction', '1.1\tThe text.', '\f2', 'PP22/44(Add.7)-E', '1.2\tMore text.'].join('\n');
    expect(parseReportText(text, {}).meta).toEqual(expect.objectContaining({ symbol: 'PP22/44', addendum: 7, language: 'en' }));
  });

  it('reads what stands above the "Original:" line as header, so a cover page is never the title', () => {
    const text = ['COUNCIL', 'Place des Nations', '', '理事会2018年会议', '文件 C18/35-C', '原文：英文', '', '秘书长的报告', '', '报告草案', '', '概要', '本报告。', '需采取的行动', '请理事会批准本报告。'].join('\n');
    const report = parseReportText(text, {});
    expect(report.meta).toEqual(expect.objectContaining({ title: '报告草案', source: '秘书长的报告' }));
    expect(report.units.map((unit) => unit.number)).toEqual(expect.arrayContaining(['summary.1', 'action.1']));
  });

  it.each([
    ['Member States of the European Conference of Postal and Telecommunications', 'Administrations (CEPT)', 'Member States of the European Conference of Postal and Telecommunications Administrations (CEPT)'],
    ['إدارات جماعة آسيا والمحيط الهادئ للاتصالات', 'عنوان الوثيقة', 'إدارات جماعة آسيا والمحيط الهادئ للاتصالات'],
  ])('reads the submitter %j as the source, joined with its wrapped tail', (first, second, source) => {
    const report = parseReportText(['Document 44-E', 'Original: English', '', first, '', second, '', 'THE TITLE', '', '1\tIntroduction'].join('\n'), {});
    expect(report.meta.source).toBe(source);
  });

  it('joins a title in capitals wrapped over blocks, but not Arabic text that carries an acronym', () => {
    const english = parseReportText(['Original: English', '', 'ECP 7 - REVISION TO RESOLUTION 130:', '', 'STRENGTHENING THE ROLE OF ITU', '', '1\tText'].join('\n'), {});
    expect(english.meta.title).toBe('ECP 7 - REVISION TO RESOLUTION 130: STRENGTHENING THE ROLE OF ITU');
    const arabic = parseReportText(['الأصل: بالإنكليزية', '', 'قرارات المؤتمر (WTDC17)', '', 'اعتمد المؤتمر (WTDC17) عدداً من القرارات.', '', '1 مقدمة'].join('\n'), {});
    expect(arabic.meta.title).toBe('قرارات المؤتمر (WTDC17)');
  });

  it('takes a Member State that submits in its own name as the source, and starts a new block where capitals stop', () => {
    const report = parseReportText(['Document 19-E', 'Original: English', '', 'United States of America', '', 'UNITED STATES INPUT ON', 'RESOLUTION 1', 'Background', '1\tText.'].join('\n'), {});
    expect(report.meta).toEqual(expect.objectContaining({ source: 'United States of America', title: 'UNITED STATES INPUT ON RESOLUTION 1' }));
    expect(report.units.map((unit) => unit.text)).toContain('Background');
  });
});
