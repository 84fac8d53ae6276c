
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'b-blog-heading': `Su un blog`,
'b-blogger': `Nell’editor dell’articolo passa alla visualizzazione HTML e incolla lì lo snippet. Blogger conserva lo script e lo esegue nell’articolo pubblicato. Tornare alla visualizzazione Scrivi può riscrivere il markup: incollalo per ultimo.`,
'b-blogger-name': `Blogger: la visualizzazione HTML`,
'b-copied': `Copiato.`,
'b-copy-iframe': `Copia lo snippet iframe`,
'b-copy-partner': `Copia il tag script`,
'b-copy-resize': `Copia lo script di ridimensionamento`,
'b-copy-snippet': `Copia lo snippet`,
'b-fallback-heading': `Senza script, i lettori vedono questo`,
'b-feed': `Indirizzo del feed`,
'b-found': `one{Trovato # comunicato.} other{Trovati # comunicati.}`,
'b-ghost': `Aggiungi una scheda HTML e incolla lo snippet. Ghost conserva lo script, che funziona nell’articolo pubblicato, non dentro l’editor.`,
'b-ghost-name': `Ghost: una scheda HTML`,
'b-heading': `Pubblica un comunicato sul tuo blog`,
'b-iframe-heading': `Se la tua piattaforma accetta iframe ma non script`,
'b-intro': `Incolla l’indirizzo di un feed di comunicati, scegli un comunicato e il suo aspetto, poi copia lo snippet nell’HTML del tuo articolo. Lo snippet contiene il testo del comunicato, che resta leggibile anche sulle piattaforme che rimuovono gli script.`,
'b-key-forged': `Il feed indica una chiave di firma, ma le sue firme non superano la verifica: nello snippet non è stata scritta nessuna chiave.`,
'b-key-signed': str`Feed firmato: questo generatore ha verificato i comunicati (${0} su ${1}) con la chiave \`${2}\`, che ha letto dalle firme del feed stesso. Lo snippet la riporta come \`key="…"\`, così il widget mostra solo i comunicati firmati con questa chiave. Prima di pubblicare, confermala con chi pubblica il feed attraverso un altro canale (il suo sito, un messaggio, una telefonata): chi ti ha fornito questo feed potrebbe averlo firmato con una chiave sua.`,
'b-key-unsigned': `Questo feed non è firmato: lo snippet non ha l’attributo \`key\`.`,
'b-lang': `Lingua`,
'b-lang-any': `Quella di ogni lettore (dalla tua pagina o dal suo browser)`,
'b-layout': `Impaginazione`,
'b-layout-card': `Scheda con “Leggi di più”`,
'b-layout-full': `Comunicato completo`,
'b-layout-list': `Elenco dei comunicati più recenti`,
'b-load': `Carica i comunicati`,
'b-loading': `Caricamento…`,
'b-mirrors': `Indirizzi mirror (facoltativi)`,
'b-mirrors-hint': `Altri indirizzi da cui è disponibile lo stesso feed, separati da spazi: se il primo non è raggiungibile, i lettori ricevono il comunicato dal successivo.`,
'b-not-built': `Questa copia del generatore non è stata creata con \`npm run build\`: manca il tag script.`,
'b-not-http': `L’indirizzo del feed deve iniziare con https:// o http://.`,
'b-partner-heading': `Su un sito che gestisci`,
'b-partner-intro': `Aggiungi questo tag script una sola volta, poi un elemento \`icssi-statement\`, con l’indirizzo del feed nel suo attributo \`src\`, ovunque debba comparire un comunicato. L’hash \`integrity\` fa rifiutare ai browser qualsiasi file diverso da quello di questa versione.`,
'b-preview': `Anteprima`,
'b-resize-heading': `Facoltativo: adatta l’iframe al suo comunicato`,
'b-resize-intro': `Dove la tua pagina può eseguire uno script, aggiungi questo una sola volta: ogni iframe di comunicato prende allora l’altezza del suo comunicato.`,
'b-selected': `Selezionato: premi Ctrl+C (⌘C su Mac) per copiare.`,
'b-snippet-heading': `Il tuo snippet`,
'b-snippet-intro': `Incollalo dove il tuo blog accetta HTML: vedi “Dove incollarlo” qui sotto.`,
'b-squarespace': `Aggiungi un blocco Codice e incolla lo snippet. Squarespace esegue gli script solo sul sito pubblicato e solo nei piani che consentono codice personalizzato; nell’editor e negli altri piani i lettori vedono la copia di testo.`,
'b-squarespace-name': `Squarespace: un blocco Codice`,
'b-statement': `Comunicato`,
'b-theme': `Tema`,
'b-theme-auto': `Segui l’impostazione chiara o scura del lettore`,
'b-theme-dark': `Scuro`,
'b-theme-light': `Chiaro`,
'b-title': `Generatore di snippet per i comunicati`,
'b-ui-language': `Lingua di questa pagina`,
'b-unreadable': str`Impossibile leggere questo feed: ${0}`,
'b-where-heading': `Dove incollarlo`,
'b-wix': `Aggiungi Incorpora codice, poi Incorpora HTML, scegli Codice e incolla lo snippet. Wix lo esegue in un riquadro di altezza fissa su un altro indirizzo: rendi il riquadro alto abbastanza per il comunicato.`,
'b-wix-name': `Wix: un elemento Incorpora HTML`,
'b-wordpress': `Aggiungi un blocco HTML personalizzato e incollaci lo snippet. Amministratori ed editori di un sito singolo conservano lo script. Per autori e collaboratori, e nelle reti multisito, WordPress rimuove lo script al salvataggio dell’articolo: i lettori vedono allora la copia di testo contenuta nello snippet.`,
'b-wordpress-name': `WordPress: un blocco HTML personalizzato`,
    };
  