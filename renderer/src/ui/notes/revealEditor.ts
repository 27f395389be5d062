/**
 * Brings a just-opened note editor into view without moving the delegate's place in the text:
 * the notes panel (its own scroll box beside the text) scrolls to the editor's top, and only if
 * the text box is still outside the window (one-column layouts, where the panel is below the
 * text) does the page scroll, by as little as shows it. Focusing with the browser's default
 * scrolling did neither: it scrolled the panel only far enough to show the text box's last
 * line, with the heading and quote above it out of sight.
 */
export function revealEditor(editor: HTMLElement, textBox: HTMLElement): void {
  const panel = editor.closest<HTMLElement>('.notes-panel');
  if (panel !== null && panel.scrollHeight > panel.clientHeight) {
    panel.scrollTop += editor.getBoundingClientRect().top - panel.getBoundingClientRect().top;
  }
  const box = textBox.getBoundingClientRect();
  const headerBottom = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
  if (box.top < headerBottom || box.bottom > window.innerHeight) textBox.scrollIntoView({ block: 'nearest' });
}
