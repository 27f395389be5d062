/** English strings of the search facets (narrowing results by language, organisation, country, year, section). */
export const facetsEn = {
  toggle: 'Filter by language, organisation, country, year or section',
  heading: 'Narrow the results',
  preparing: 'Counting languages, organisations, countries, years and sections…',
  kinds: {
    language: 'Language',
    organisation: 'Organisation',
    country: 'Country',
    year: 'Year',
    section: 'Section',
  },
  any: 'Any',
  none: 'None in these results',
  option: '{{label}} ({{count}})',
  active: 'Filters:',
  remove: 'Remove filter {{kind}}: {{label}}',
  clear: 'Clear filters',
  narrowedTotal_one: '{{count}} result for “{{query}}” with these filters',
  narrowedTotal_other: '{{count}} results for “{{query}}” with these filters',
  narrowedEmpty: 'No paragraph matching “{{query}}” has every filter chosen.',
  narrowedEmptyHint: 'Choose another value above, or clear the filters to see every result.',
};
