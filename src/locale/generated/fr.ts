
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'copy-link': `Copier le lien`,
'error-cors': `Ce flux n’autorise pas les autres sites à le lire.`,
'error-empty': `Le flux ne contient encore aucune déclaration.`,
'error-http': str`Le serveur du flux a répondu par une erreur (${0}).`,
'error-malformed': `Le flux est endommagé et illisible.`,
'error-network': `Impossible de charger la déclaration. Vérifiez votre connexion.`,
'error-no-src': `Aucun flux n’a été indiqué.`,
'error-not-a-feed': `Cette adresse ne mène pas à un flux de déclarations.`,
'error-not-found': `Cette déclaration ne figure pas dans le flux.`,
'error-timeout': `Le flux a mis trop de temps à répondre.`,
'error-too-large': `Le flux est trop volumineux pour être affiché.`,
'error-truncated': `Le flux est arrivé incomplet.`,
'error-unsafe': `Le flux a été refusé pour des raisons de sécurité.`,
'error-unverified': `Cette déclaration n’a pas pu être vérifiée.`,
'languages': `Langues`,
'link-copied': `Lien copié`,
'load-image': `Afficher l’image`,
'loading': `Chargement de la déclaration…`,
'now-showing': `Langue affichée :`,
'original': `Original`,
'read-full': `Lire la déclaration complète`,
'read-more': `Lire la suite`,
'share': `Partager`,
'show-all': `Tout afficher`,
'show-fewer': `Afficher moins`,
'show-less': `Afficher moins`,
'signed-by': `one{Signée par # organisation} other{Signée par # organisations}`,
'stale': str`Copie enregistrée ${0}`,
'verified': str`Vérifié : ${0}`,
    };
  