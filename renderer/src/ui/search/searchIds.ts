/** DOM ids shared by the search box (combobox) and the result list it controls. */
export const searchInputId = 'search-input';
export const resultListId = 'search-results';

export function resultOptionId(position: number): string {
  return `search-result-${position}`;
}
