// Which engine runs the test, for the few assertions a platform feature it lacks would make fail. Each use names
// the missing feature; everything else runs everywhere.
const ua = navigator.userAgent;
export const engine: 'chromium' | 'firefox' | 'webkit' = ua.includes('Firefox') ? 'firefox' : ua.includes('Chrome') ? 'chromium' : 'webkit';

const ARAB = '٠١٢٣٤٥٦٧٨٩';

/**
 * The renderings CLDR allows for a phrase written with Latin digits in a locale whose default numbering system is
 * Arabic-Indic with Latin as the alternative (`ar`): engines ship different CLDR/ICU data and pick either
 * (WebKit ٣, Chromium and Firefox 3), never a mix within one phrase.
 */
export const arabOrLatn = (latin: string): string[] => [latin, latin.replace(/\d/g, (d) => ARAB[+d]!)];
