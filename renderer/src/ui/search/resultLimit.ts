/** Hits the search box asks for at most: beyond that the list says how many more there are. */
export const resultLimit = 100;
