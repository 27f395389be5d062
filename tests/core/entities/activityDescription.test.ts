/** An activity's description (its paragraph's lead clause) and its target dates, in Chinese and English. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlannedDate, leadClause, MAX_DESCRIPTION_LENGTH } from '../../../renderer/src/core/entities/activityDescription';

describe('leadClause', () => {
  it.each([
    ['cut at the first comma', '国际电联继续与合作伙伴国家开展网络演练，以增强参与团队的通信能力。', '国际电联继续与合作伙伴国家开展网络演练'],
    ['a date alone is joined with what happened', '2016年7月27-28日，第17研究组非洲区域组在苏丹举行了第二次会议，讨论了安全问题。', '2016年7月27-28日，第17研究组非洲区域组在苏丹举行了第二次会议'],
    ['a framing clause is joined with the main one', '作为多利益攸关方工作的一部分，目前正在开发国家网络安全战略工具包。为推进此项工作，举办了讲习班。', '作为多利益攸关方工作的一部分，目前正在开发国家网络安全战略工具包'],
    ['commas inside brackets do not cut', '本报告概述了第130号决议（2014年，釜山，修订版）方面的活动，以及其它决定。', '本报告概述了第130号决议（2014年，釜山，修订版）方面的活动'],
    ['an enumeration comma does not cut', '国际电联帮助缅甸、越南、老挝及柬埔寨发展技术技能，并提供了培训。', '国际电联帮助缅甸、越南、老挝及柬埔寨发展技术技能'],
    ['never past the first sentence', '简短。第二句话很长很长很长很长很长很长很长。', '简短'],
    ['English, at the first comma after a scene-setting clause', 'In 2016, ITU and ENISA organized a cyber drill in Bucharest, bringing together 30 countries.', 'In 2016, ITU and ENISA organized a cyber drill in Bucharest'],
    ['English, a full stop inside X.509 or 16.2 does not cut', 'SG17 approved X.509 and target 16.2 texts. Then it met again.', 'SG17 approved X.509 and target 16.2 texts'],
    ['English, at a semicolon', 'ITU published the Global Cybersecurity Index results on 5 July 2017; 134 countries replied.', 'ITU published the Global Cybersecurity Index results on 5 July 2017'],
    ['empty text', '  ', ''],
  ])('%s', (_name, text, expected) => {
    expect(leadClause(text)).toBe(expected);
  });

  it('cuts a long clause with an ellipsis, at a word end in English', () => {
    const zh = leadClause(`国际电联${'继续开展'.repeat(30)}。`);
    expect([...zh]).toHaveLength(MAX_DESCRIPTION_LENGTH.zh);
    expect(zh.endsWith('…')).toBe(true);
    const en = leadClause(`ITU ${'continued its work '.repeat(20)}today.`);
    expect(en.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH.en);
    expect(en).toMatch(/ITU continued its work .*\bwork…$|its…$|continued…$/u);
  });

  it('is a piece of the text from its first clause on (spaces folded), never longer than the limit, for any text (fast-check)', () => {
    const pieces = fc.constantFrom(...'国际电联，。；：、（）“”abc ,.;:()0123456789'.split(''), '2016年', 'X.509', 'In ', 'will ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join('')), (text) => {
        const description = leadClause(text);
        const folded = text.replace(/\s+/gu, ' ').trim();
        expect(folded.includes(description.replace(/…$/u, ''))).toBe(true);
        expect([...description].length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH.en);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('isPlannedDate', () => {
  const at = (text: string, date: string): boolean => isPlannedDate(text, text.indexOf(date), text.indexOf(date) + date.length);

  it.each([
    ['zh: 将在…之前公开发布', '讲习班成果正在最后定稿中，将在2017年底之前公开发布。', '2017年底', true],
    ['zh: 将于…发布', '报告将于2018年3月发布。', '2018年3月', true],
    ['zh: 预计…完成', '预计2019年完成调查。', '2019年', true],
    ['zh: 计划于', '第三次会议计划于2018年5月在日内瓦举行。', '2018年5月', true],
    ['zh: 年底前发布', '工具包于2017年底前发布', '2017年底', true],
    ['zh: held (happened)', '2016年7月27-28日，第17研究组在喀土穆举行了会议。', '2016年7月27-28日', false],
    ['zh: a past date beside a future clause', '2016年举办了讲习班，成果将在2017年底之前公开发布。', '2016年', false],
    ['en: to be published by end', 'The toolkit is to be published by end 2017.', '2017', true],
    ['en: will, after a scene-setting clause', 'In 2018, ITU will host the next forum.', '2018', true],
    ['en: is expected to', 'The index is expected to be released in July 2017.', 'July 2017', true],
    ['en: by the end of', 'Results are due by the end of 2017.', '2017', true],
    ['en: happened', 'In 2016, ITU hosted the forum in Geneva.', '2016', false],
    ['en: happened, past perfect', 'On 29-30 November 2016, ITU and ENISA held a drill.', '29-30 November 2016', false],
  ])('%s', (_name, text, date, expected) => {
    expect(at(text, date)).toBe(expected);
  });
});
