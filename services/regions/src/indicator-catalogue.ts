import type { Indicator } from './indicator.entity.js';

type CatalogueEntry = Omit<Indicator, 'sortOrder'>;

/** Every indicator the hub serves beside need counts; upserted at each start (`seedIndicatorCatalogue`). */
export const INDICATOR_CATALOGUE: CatalogueEntry[] = [
  {
    code: 'OWNERSHIP_BACKLOG_MILLION_HOUSEHOLDS',
    name: 'Backlog kepemilikan (million households)',
    unit: 'million households',
    definition: 'Households that do not live in a home they own (Susenas), in millions as published',
    publisherWording: 'backlog kepemilikan rumah (juta rumah tangga)',
  },
  {
    code: 'OWNERSHIP_BACKLOG_PCT',
    name: 'Backlog kepemilikan (share of households)',
    unit: '%',
    definition: 'Households that do not live in a home they own, as a share of all households (Susenas)',
    publisherWording: 'persentase backlog kepemilikan rumah',
  },
  {
    code: 'OWNERSHIP_BACKLOG_HOUSEHOLDS',
    name: 'Backlog kepemilikan (households)',
    unit: 'households',
    definition: 'Households that do not live in a home they own, as a count published for an area',
    publisherWording: 'backlog kepemilikan (rumah tangga)',
  },
  {
    code: 'HABITABILITY_BACKLOG_MILLION_HOUSEHOLDS',
    name: 'Backlog kelayakan (million households)',
    unit: 'million households',
    definition:
      'Households living in housing that is not layak huni (first kelayakan definition: the housing itself fails the standard), in millions',
    publisherWording: 'backlog kelayakan / rumah tangga yang menempati rumah tidak layak huni (juta rumah tangga)',
  },
  {
    code: 'HABITABILITY_BACKLOG_PCT',
    name: 'Backlog kelayakan (share of households)',
    unit: '%',
    definition: 'Households living in housing that is not layak huni, as a share of all households',
    publisherWording: 'persentase backlog kelayakan rumah',
  },
  {
    code: 'NO_ACCESS_TO_LAYAK_HUNI_MILLION_HOUSEHOLDS',
    name: 'Households without access to layak huni housing (million)',
    unit: 'million households',
    definition:
      'Second kelayakan definition, kept apart from the backlog kelayakan: households without access to layak huni housing ' +
      '(building, area per person, drinking water and sanitation together), in millions; larger than the backlog kelayakan',
    publisherWording: 'rumah tangga tanpa akses hunian layak (juta)',
  },
  {
    code: 'LAYAK_HUNI_HOUSEHOLDS_PCT',
    name: 'Households in layak huni housing',
    unit: '%',
    definition: 'Share of households living in a layak huni house (BPS Indikator Perumahan dan Kesehatan Lingkungan)',
    publisherWording: 'persentase rumah tangga yang menempati rumah layak huni',
  },
  {
    code: 'HOMEOWNERSHIP_PCT',
    name: 'Homeownership',
    unit: '%',
    definition: 'Share of households living in a home they own (BPS, Susenas)',
    publisherWording: 'persentase rumah tangga dengan status kepemilikan rumah milik sendiri',
  },
  {
    code: 'SLUM_HOUSING_PCT',
    name: 'Households in slum housing',
    unit: '%',
    definition: 'Share of households living in a rumah kumuh (BPS)',
    publisherWording: 'persentase rumah tangga yang menempati rumah kumuh',
  },
  {
    code: 'RENTED_HOUSING_PCT',
    name: 'Households renting',
    unit: '%',
    definition: 'Share of households whose home is rented or leased (kontrak/sewa), urban and rural together (BPS)',
    publisherWording: 'persentase rumah tangga dengan status kepemilikan rumah kontrak/sewa',
  },
  {
    code: 'FLPP_UNITS',
    name: 'FLPP units (as published for the area)',
    unit: 'units',
    definition:
      'FLPP mortgages disbursed in the area over the period as published (BP Tapera); the realization facts of the programs subgraph are calibrated to them',
    publisherWording: 'penyaluran KPR FLPP (unit)',
  },
  {
    code: 'SLUM_AREA_HA',
    name: 'Slum area',
    unit: 'ha',
    definition: 'Area of the kawasan kumuh set by the head of region (SK kumuh), in hectares',
    publisherWording: 'luas kawasan permukiman kumuh (ha)',
  },
  {
    code: 'SLUM_HOUSEHOLDS',
    name: 'Households in slum areas',
    unit: 'households',
    definition: 'Households living inside the kawasan kumuh of the area',
    publisherWording: 'jumlah rumah tangga di kawasan kumuh',
  },
  {
    code: 'SPM_DRINKING_WATER_PCT',
    name: 'SPM drinking water coverage',
    unit: '%',
    definition: 'Minimum service standard (SPM) for drinking water: share of households served with safe drinking water',
    publisherWording: 'capaian SPM air minum (persentase rumah tangga terlayani)',
  },
  {
    code: 'SPM_SANITATION_PCT',
    name: 'SPM sanitation coverage',
    unit: '%',
    definition: 'Minimum service standard (SPM) for domestic wastewater: share of households served with proper sanitation',
    publisherWording: 'capaian SPM pengelolaan air limbah domestik (persentase rumah tangga terlayani)',
  },
];

/** The columns of `national_backlog.csv` and the indicator each one publishes. */
export const NATIONAL_BACKLOG_COLUMNS: Record<string, string> = {
  backlog_kepemilikan_juta_rt: 'OWNERSHIP_BACKLOG_MILLION_HOUSEHOLDS',
  backlog_kepemilikan_pct: 'OWNERSHIP_BACKLOG_PCT',
  backlog_kelayakan_juta_rt: 'HABITABILITY_BACKLOG_MILLION_HOUSEHOLDS',
  backlog_kelayakan_pct: 'HABITABILITY_BACKLOG_PCT',
  rt_tanpa_akses_hunian_layak_juta: 'NO_ACCESS_TO_LAYAK_HUNI_MILLION_HOUSEHOLDS',
  pct_rt_rumah_layak_huni: 'LAYAK_HUNI_HOUSEHOLDS_PCT',
  homeownership_pct: 'HOMEOWNERSHIP_PCT',
};

/** The `indicator` names of `regional_figures.csv` and the indicator each one is. */
export const REGIONAL_INDICATORS: Record<string, string> = {
  flpp_units: 'FLPP_UNITS',
  backlog_kepemilikan: 'OWNERSHIP_BACKLOG_HOUSEHOLDS',
  homeownership_pct: 'HOMEOWNERSHIP_PCT',
  rumah_layak_huni_pct: 'LAYAK_HUNI_HOUSEHOLDS_PCT',
  rumah_kumuh_pct: 'SLUM_HOUSING_PCT',
  kontrak_sewa_pct: 'RENTED_HOUSING_PCT',
};
