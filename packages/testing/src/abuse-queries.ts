/** The abusive requests of issue 9, generated at any size. */
export const abuseQueries = {
  /** `provinces { regencies { need } }` under N aliases: one request asking for the whole frame N times. */
  aliases: (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: provinces { regencies { need { households } } }`).join(' ')} }`,
  /** Ten levels of fragments each spreading the next ten times: 1.4 KB that expands to 10^10 fields. */
  fragmentBomb: () => {
    const levels = 10;
    const fragments = Array.from({ length: levels }, (_, level) => {
      const body = level === levels - 1 ? 'code name' : Array.from({ length: 10 }, () => `...F${level + 1}`).join(' ');
      return `fragment F${level} on Province { ${body} }`;
    });
    return `{ provinces { ...F0 } } ${fragments.join(' ')}`;
  },
  /** `regencies { funding meetings }` under N aliases. */
  heavyAliases: (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `h${i}: regencies(first: 100) { nodes { funding(year: 2025) { units } meetings { id } } }`).join(' ')} }`,
  typenameAliases: (count: number) => `{ ${Array.from({ length: count }, (_, i) => `t${i}: __typename`).join(' ')} }`,
  /** `regency { province { regencies { province ... } } }` nested N fields deep. */
  deep: (depth: number) => {
    let query = 'code';
    for (let level = depth - 2; level >= 1; level--) query = `${level % 2 ? 'province' : 'regencies'} { ${query} }`;
    return `{ regency(code: "52.01") { ${query} } }`;
  },
};
