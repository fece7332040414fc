/** GDELT 2.0 export rows for tests: 61 columns, a plausible event by default, any column overridden by name. */

// The codebook's column names, in order (Event Codebook V2.0).
const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
export const GDELT_COLUMN_NAMES = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`),
  ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`),
  ...GEO.map((c) => `Actor2Geo_${c}`),
  ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];

const DEFAULTS: Record<string, string> = {
  GLOBALEVENTID: '900000001', SQLDATE: '20191024', MonthYear: '201910', Year: '2019', FractionDate: '2019.8055',
  Actor1Code: 'FRAGOV', Actor1Name: 'FRANCE', Actor1CountryCode: 'FRA', Actor1Type1Code: 'GOV',
  Actor2Code: 'DEU', Actor2Name: 'GERMANY', Actor2CountryCode: 'DEU',
  IsRootEvent: '1', EventCode: '042', EventBaseCode: '042', EventRootCode: '04', QuadClass: '1', GoldsteinScale: '1.9',
  NumMentions: '6', NumSources: '2', NumArticles: '6', AvgTone: '1.5',
  ActionGeo_Type: '4', ActionGeo_FullName: 'Berlin, Berlin, Germany', ActionGeo_CountryCode: 'GM', ActionGeo_Lat: '52.5167', ActionGeo_Long: '13.4',
  DATEADDED: '20191024143000', SOURCEURL: 'https://news.example.org/2019/10/24/visit',
};

/** The row's columns, defaults overridden by `columns` (by codebook name). */
export function buildGdeltColumns(columns: Record<string, string> = {}): string[] {
  for (const name of Object.keys(columns)) if (!GDELT_COLUMN_NAMES.includes(name)) throw new Error(`buildGdeltColumns: no column "${name}"`);
  return GDELT_COLUMN_NAMES.map((name) => columns[name] ?? DEFAULTS[name] ?? '');
}

/** The same row as a line of an export file. */
export function buildGdeltLine(columns: Record<string, string> = {}): string {
  return buildGdeltColumns(columns).join('\t');
}
