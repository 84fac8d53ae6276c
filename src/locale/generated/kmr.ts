
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'copy-link': `Girêdanê kopî bike`,
'error-cors': `Ev çavkanî nahêle malperên din wê bixwînin.`,
'error-empty': `Hêj tu daxuyanî di çavkaniyê de tune.`,
'error-http': str`Serverê bi çewtiyekê bersiv da (${0}).`,
'error-malformed': `Çavkanî xera bûye û nayê xwendin.`,
'error-network': `Daxuyanî nehat barkirin. Girêdana xwe kontrol bike.`,
'error-no-src': `Tu çavkanî nehatiye diyarkirin.`,
'error-not-a-feed': `Ev navnîşan ne çavkaniya daxuyaniyan e.`,
'error-not-found': `Ev daxuyanî di çavkaniyê de tune.`,
'error-timeout': `Bersiva çavkaniyê pir dereng ma.`,
'error-too-large': `Çavkanî ji bo nîşandanê pir mezin e.`,
'error-truncated': `Çavkanî kêm gihîşt.`,
'error-unsafe': `Çavkanî ji ber sedemên ewlehiyê hat redkirin.`,
'error-unverified': `Ev daxuyanî nehat piştrastkirin.`,
'languages': `Ziman`,
'link-copied': `Girêdan hat kopîkirin`,
'load-image': `Wêneyê nîşan bide`,
'loading': `Daxuyanî tê barkirin…`,
'now-showing': `Zimanê niha:`,
'original': `Orîjînal`,
'read-full': `Tevahiya daxuyaniyê bixwîne`,
'read-more': `Zêdetir bixwîne`,
'share': `Parve bike`,
'show-all': `Hemûyan nîşan bide`,
'show-fewer': `Kêmtir nîşan bide`,
'show-less': `Kêmtir nîşan bide`,
'signed-by': `one{Rêxistinekê îmze kiriye} other{# rêxistinan îmze kiriye}`,
'stale': str`Kopiyeke tomarkirî (${0})`,
'verified': str`Piştrastkirî: ${0}`,
    };
  