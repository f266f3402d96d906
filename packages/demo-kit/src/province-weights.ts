/**
 * Approximate population per province (millions, Sensus Penduduk 2020; the 2022 Papua split by the
 * new provinces' approximate shares). Used ONLY as weights to spread national totals over areas in
 * the modeled demo dataset; never served as a figure.
 */
export const PROVINCE_POPULATION_MILLIONS: Readonly<Record<string, number>> = Object.freeze({
  '11': 5.27,
  '12': 14.8,
  '13': 5.53,
  '14': 6.39,
  '15': 3.55,
  '16': 8.47,
  '17': 2.01,
  '18': 9.01,
  '19': 1.46,
  '21': 2.06,
  '31': 10.56,
  '32': 48.27,
  '33': 36.52,
  '34': 3.67,
  '35': 40.67,
  '36': 11.9,
  '51': 4.32,
  '52': 5.32,
  '53': 5.33,
  '61': 5.41,
  '62': 2.67,
  '63': 4.07,
  '64': 3.77,
  '65': 0.7,
  '71': 2.62,
  '72': 2.99,
  '73': 9.07,
  '74': 2.62,
  '75': 1.17,
  '76': 1.42,
  '81': 1.85,
  '82': 1.28,
  '91': 1.06,
  '92': 0.56,
  '93': 0.52,
  '94': 1.43,
  '95': 1.45,
  '96': 0.6,
});

export function provinceWeight(provinceCode: string): number {
  const weight = PROVINCE_POPULATION_MILLIONS[provinceCode];
  if (weight === undefined) throw new Error(`No demo weight for province ${provinceCode}`);
  return weight;
}
