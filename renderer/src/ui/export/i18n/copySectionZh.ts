/** Chinese strings of copying a section's notes, the same shape as copySectionEn. */
import type { copySectionEn } from './copySectionEn';

export const copySectionZh: typeof copySectionEn = {
  groupLabel: '{{section}} 的笔记',
  copy: '复制本节笔记为 Markdown',
  copyNamed: '复制本节笔记为 Markdown：{{section}}',
  copied_one: '{{section}} 的 1 条笔记已复制为 Markdown。',
  copied_other: '{{section}} 的 {{count}} 条笔记已复制为 Markdown。',
  copyDenied: '剪贴板拒绝了复制（{{message}}）。请打开笔记逐条复制。',
};
