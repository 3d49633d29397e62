// Words that are also names in the administrative-division data but in this genre are nearly
// always ordinary words (比如 = "for example", 复兴 = "rejuvenation", 城区 = "urban area").
// Maintained by hand: add a word here when the de-identification matcher (the linter rule, the importer) flags it as a place in
// text where it is not one, and say in the pull request where it came up.
export const PLACE_WHITELIST: readonly string[] = [
  // Stems of county/district names that are common words (比如县, 复兴区, 富民县, 和县 …).
  '比如',
  '复兴',
  '富民',
  // Generic area words that the data lists as names of particular districts.
  '城区',
  '郊区',
  '矿区',
  '东区',
  '西区',
  '南区',
  '北区',
  '新区',
  '老城区',
  '新城区',
  '市中区',
  '市辖区',
  '高新区',
  '街道',
];
