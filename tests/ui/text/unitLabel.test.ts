import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/ui/i18n/en';
import { zh } from '../../../renderer/src/ui/i18n/zh';
import { unitLabel } from '../../../renderer/src/ui/text/unitLabel';

const instance = i18next.createInstance();
await instance.init({ lng: 'en', resources: { en: { translation: en }, zh: { translation: zh } } });

describe('unitLabel', () => {
  it.each([
    [{ kind: 'summary', number: 'summary.2' }, 'Summary 2', '摘要 2'],
    [{ kind: 'action', number: 'action.1' }, 'Action required 1', '需要采取的行动 1'],
    [{ kind: 'references', number: 'refs.1' }, 'References 1', '参考文件 1'],
    [{ kind: 'header', number: 'header.3' }, 'Header 3', '文件信息 3'],
    [{ kind: 'paragraph', number: 'annex1.2.3' }, 'annex1.2.3', 'annex1.2.3'],
    [{ kind: 'operative', number: 'op.1.3' }, 'op.1.3', 'op.1.3'],
  ] as const)('names %j in English and Chinese', (unit, english, chinese) => {
    expect(unitLabel(unit, instance.getFixedT('en'))).toBe(english);
    expect(unitLabel(unit, instance.getFixedT('zh'))).toBe(chinese);
  });
});
