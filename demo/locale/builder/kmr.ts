
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'b-blog-heading': `Li ser blogekê`,
'b-blogger': `Di edîtora nivîsê de derbasî dîmena HTML bibe û perçeya kodê li wir deyne. Blogger skrîptê diparêze û li ser nivîsa weşandî dixebitîne. Vegera dîmena Compose dikare kodê ji nû ve binivîse, loma wê di dawiyê de deyne.`,
'b-blogger-name': `Blogger: dîmena HTML`,
'b-copied': `Hat kopîkirin.`,
'b-copy-iframe': `Perçeya kodê ya iframe kopî bike`,
'b-copy-partner': `Etîketa skrîptê kopî bike`,
'b-copy-resize': `Skrîpta mezinahiyê kopî bike`,
'b-copy-snippet': `Perçeya kodê kopî bike`,
'b-fallback-heading': `Bê skrîpt, xwendevan vê dibînin`,
'b-feed': `Navnîşana çavkaniyê`,
'b-found': `one{Daxuyaniyek hat dîtin.} other{# daxuyanî hatin dîtin.}`,
'b-ghost': `Karteke HTML zêde bike û perçeya kodê deyne. Ghost skrîptê diparêze; ew li ser nivîsa weşandî dixebite, ne di nav edîtorê de.`,
'b-ghost-name': `Ghost: karta HTML`,
'b-heading': `Daxuyaniyekê deyne ser bloga xwe`,
'b-iframe-heading': `Heke platforma te destûrê dide iframe lê ne skrîptan`,
'b-intro': `Navnîşana çavkaniyeke daxuyaniyan binivîse, daxuyaniyekê û awayê nîşandana wê hilbijêre, paşê perçeya kodê kopî bike nav HTMLa nivîsa xwe. Perçeya kodê nivîsa daxuyaniyê bi xwe re dibe, loma li ser platformên ku skrîptan radikin jî tê xwendin.`,
'b-key-forged': `Çavkanî navê mifteyeke îmzeyê dide, lê îmzeyên wê nayên piştrastkirin: tu mifte nehat nivîsîn nav perçeya kodê.`,
'b-key-signed': str`Çavkaniya îmzekirî: vî avakerî daxuyaniyên wê (${0} ji ${1}) bi mifteya \`${2}\` piştrast kirin, ku wî ji îmzeyên çavkaniyê bi xwe xwendiye. Perçeya kodê vê mifteyê wek \`key="…"\` bi xwe re dibe, loma hêman tenê daxuyaniyên ku bi vê mifteyê hatine îmzekirin nîşan dide. Berî ku tu biweşînî, vê mifteyê bi rêyeke din (malpera wî, peyamek, telefonek) bi weşanger re piştrast bike: kî ev çavkanî da te, dikaribû wê bi mifteyeke xwe îmze bike.`,
'b-key-unsigned': `Ev çavkanî ne îmzekirî ye: taybetmendiya \`key\` di perçeya kodê de tune.`,
'b-lang': `Ziman`,
'b-lang-any': `Zimanê her xwendevanekî (ji rûpela te an ji geroka wî)`,
'b-layout': `Xêzkirin`,
'b-layout-card': `Kartek bi “Zêdetir bixwîne”`,
'b-layout-full': `Tevahiya daxuyaniyê`,
'b-layout-list': `Daxuyaniyên herî nû wek lîsteyekê`,
'b-load': `Daxuyaniyan bar bike`,
'b-loading': `Tê barkirin…`,
'b-mirrors': `Navnîşanên neynikê (bijarte)`,
'b-mirrors-hint': `Navnîşanên din ên ku heman çavkaniyê pêşkêş dikin, bi valahiyan ji hev veqetandî: heke ya yekem ne berdest be, xwendevan daxuyaniyê ji ya piştî wê distînin.`,
'b-not-built': `Ev kopiya avakerê bi \`npm run build\` nehatiye avakirin: etîketa skrîptê tune.`,
'b-not-http': `Divê navnîşana çavkaniyê bi https:// an http:// dest pê bike.`,
'b-partner-heading': `Li ser malpereke ku tu birêve dibî`,
'b-partner-intro': `Vê etîketa skrîptê carekê zêde bike, paşê li her cihê ku daxuyaniyek lê be hêmaneke \`icssi-statement\`, bi navnîşana çavkaniyê di taybetmendiya wê ya \`src\` de. Haşa \`integrity\` dike ku gerok ji bilî pelê vê weşanê her pelê din red bikin.`,
'b-preview': `Pêşdîtin`,
'b-resize-heading': `Bijarte: bila iframe li gorî daxuyaniya xwe be`,
'b-resize-intro': `Li cihê ku rûpela te dikare skrîptekê bixebitîne, vê carekê zêde bike: wê demê her iframeke daxuyaniyê bilindahiya daxuyaniya xwe digire.`,
'b-selected': `Hat hilbijartin: ji bo kopîkirinê Ctrl+C (li ser Macê ⌘C) bitikîne.`,
'b-snippet-heading': `Perçeya kodê ya te`,
'b-snippet-intro': `Wê deyne cihê ku bloga te HTML qebûl dike: li “Li ku derê deynî” ya li jêr binêre.`,
'b-squarespace': `Blokeke Code zêde bike û perçeya kodê deyne. Squarespace skrîptan tenê li ser malpera weşandî dixebitîne, û tenê di planên ku destûra koda taybet didin de; di edîtorê de û di planên din de, xwendevan kopiya nivîsê dibînin.`,
'b-squarespace-name': `Squarespace: bloka Code`,
'b-statement': `Daxuyanî`,
'b-theme': `Rû`,
'b-theme-auto': `Li gorî mîhenga ronî an tarî ya xwendevan`,
'b-theme-dark': `Tarî`,
'b-theme-light': `Ronî`,
'b-title': `Avakera perçeya kodê ya daxuyaniyê`,
'b-ui-language': `Zimanê vê rûpelê`,
'b-unreadable': str`Ev çavkanî nehat xwendin: ${0}`,
'b-where-heading': `Li ku derê deynî`,
'b-wix': `Embed Code, paşê Embed HTML zêde bike, Code hilbijêre û perçeya kodê deyne. Wix wê di nav çarçoveyeke bi bilindahiya sabît de li ser navnîşaneke din dixebitîne: çarçoveyê têra daxuyaniyê bilind bike.`,
'b-wix-name': `Wix: hêmana Embed HTML`,
'b-wordpress': `Blokeke Custom HTML zêde bike û perçeya kodê têxe nav wê. Rêvebir û edîtorên malpereke yekane skrîptê diparêzin. Ji bo nivîskar û beşdaran, û li ser torên pir-malperî, WordPress dema nivîs tê tomarkirin skrîptê radike: wê demê xwendevan kopiya nivîsê ya ku perçeya kodê bi xwe re dibe dibînin.`,
'b-wordpress-name': `WordPress: bloka Custom HTML`,
    };
  