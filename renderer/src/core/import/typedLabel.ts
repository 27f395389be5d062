// A number typed before a tab, as council documents do by hand: "1.1⇥", "a)⇥", "(iii)⇥", "A.⇥", "٣.١⇥".
const TYPED_LABEL = /^\s*(\(?(?:[\p{Nd}]+(?:\.[\p{Nd}]+)*\.?|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]?)\t+/u;

/** Splits a label typed before a tab off a paragraph's text; `label` is undefined when there is none. */
export function splitTypedLabel(text: string): { label?: string; text: string } {
  const match = TYPED_LABEL.exec(text);
  if (!match) return { text };
  return { label: match[1]!, text: text.slice(match[0].length) };
}
