/**
 * The preset deflate dictionary of assignment links, format 1. A link is a few hundred bytes, too
 * short for deflate to find repeats in itself; a dictionary of what links usually contain (the
 * compact keys, the module ids, common words) lets it refer back to these instead, so seven
 * module ids cost a few bytes each. FROZEN: links in the wild were compressed against exactly this
 * text. A change needs a new link format version (and this one kept for old links).
 */
const MODULE_IDS = [
  'sample-first-hour',
  'orientation-first-contact',
  'triage-safehouse',
  'hospital-dispersion',
  'identification-reunification',
  'interviewing-without-revictimization',
  'integrated-operation',
];

export const LINK_DICTIONARY_V1 = new TextEncoder().encode(
  [
    '"sr":"https://","x":["https://","/xAPI/","Basic ',
    'Línea de la Vida","800 911 2000"],["Apoyo psicológico","Psychological support","Coordinación',
    'Guardia Nacional","Comisión de Búsqueda","Fiscalía","DIF","Cruz Roja","paramédicos","Cohorte ',
    '"s":[["',
    `{"i":"","r":1,"c":"","m":["${MODULE_IDS.join('","')}"],"d":"2026-12-`,
    '","p":80,"l":"es","o":"a","f":"e","s":[["","',
    '"],"d":"2027-01-","p":70,"l":"en","o":"p","f":"i"}',
  ].join(''),
);
