
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'copy-link': `Copia il link`,
'error-cors': `Questo feed non consente ad altri siti di leggerlo.`,
'error-empty': `Il feed non contiene ancora comunicati.`,
'error-http': str`Il server del feed ha risposto con un errore (${0}).`,
'error-malformed': `Il feed è danneggiato e non può essere letto.`,
'error-network': `Impossibile caricare il comunicato. Controlla la connessione.`,
'error-no-src': `Nessun feed indicato.`,
'error-not-a-feed': `L’indirizzo non rimanda a un feed di comunicati.`,
'error-not-found': `Questo comunicato non è nel feed.`,
'error-timeout': `Il feed ha impiegato troppo tempo a rispondere.`,
'error-too-large': `Il feed è troppo grande per essere mostrato.`,
'error-truncated': `Il feed è arrivato incompleto.`,
'error-unsafe': `Il feed è stato rifiutato per motivi di sicurezza.`,
'error-unverified': `Non è stato possibile verificare questo comunicato.`,
'languages': `Lingue`,
'link-copied': `Link copiato`,
'load-image': `Mostra l’immagine`,
'loading': `Caricamento del comunicato…`,
'now-showing': `Lingua attuale:`,
'original': `Originale`,
'read-full': `Leggi il comunicato completo`,
'read-more': `Leggi tutto`,
'share': `Condividi`,
'show-all': `Mostra tutte`,
'show-fewer': `Mostra meno`,
'show-less': `Mostra meno`,
'signed-by': `one{Firmato da # organizzazione} other{Firmato da # organizzazioni}`,
'stale': str`Copia salvata ${0}`,
'verified': str`Verificato: ${0}`,
    };
  