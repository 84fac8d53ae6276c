
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'b-blog-heading': `Sur un blog`,
'b-blogger': `Dans l’éditeur d’article, passez en vue HTML et collez-y l’extrait. Blogger conserve le script et l’exécute dans l’article publié. Revenir à la vue Rédaction peut réécrire le balisage : collez-le en dernier.`,
'b-blogger-name': `Blogger : la vue HTML`,
'b-copied': `Copié.`,
'b-copy-iframe': `Copier l’extrait iframe`,
'b-copy-partner': `Copier la balise script`,
'b-copy-resize': `Copier le script de redimensionnement`,
'b-copy-snippet': `Copier l’extrait`,
'b-fallback-heading': `Sans scripts, les lecteurs voient ceci`,
'b-feed': `Adresse du flux`,
'b-found': `one{# déclaration trouvée.} other{# déclarations trouvées.}`,
'b-ghost': `Ajoutez une carte HTML et collez l’extrait. Ghost conserve le script ; il s’exécute dans l’article publié, pas dans l’éditeur.`,
'b-ghost-name': `Ghost : une carte HTML`,
'b-heading': `Publier une déclaration sur votre blog`,
'b-iframe-heading': `Si votre plateforme accepte les iframes mais pas les scripts`,
'b-intro': `Collez l’adresse d’un flux de déclarations, choisissez une déclaration et son apparence, puis copiez l’extrait dans le HTML de votre article. L’extrait contient le texte de la déclaration, qui reste lisible sur les plateformes qui suppriment les scripts.`,
'b-key-forged': `Le flux indique une clé de signature, mais la vérification de ses signatures échoue : aucune clé n’a été écrite dans l’extrait.`,
'b-key-signed': str`Flux signé : ce générateur a vérifié ses déclarations (${0} sur ${1}) avec la clé \`${2}\`, qu’il a lue dans les signatures du flux lui-même. L’extrait la reprend sous la forme \`key="…"\`, si bien que le widget n’affiche que les déclarations signées avec cette clé. Avant de publier, confirmez-la auprès de l’éditeur du flux par un autre canal (son site, un message, un appel) : celui qui vous a fourni ce flux aurait pu le signer avec sa propre clé.`,
'b-key-unsigned': `Ce flux n’est pas signé : l’extrait n’a pas d’attribut \`key\`.`,
'b-lang': `Langue`,
'b-lang-any': `Celle de chaque lecteur (d’après votre page ou son navigateur)`,
'b-layout': `Mise en page`,
'b-layout-card': `Carte avec « Lire la suite »`,
'b-layout-full': `Déclaration complète`,
'b-layout-list': `Liste des déclarations les plus récentes`,
'b-load': `Charger les déclarations`,
'b-loading': `Chargement…`,
'b-mirrors': `Adresses miroirs (facultatif)`,
'b-mirrors-hint': `D’autres adresses qui diffusent le même flux, séparées par des espaces : si la première est inaccessible, les lecteurs obtiennent la déclaration depuis la suivante.`,
'b-not-built': `Cette copie du générateur n’a pas été construite avec \`npm run build\` : la balise script manque.`,
'b-not-http': `L’adresse du flux doit commencer par https:// ou http://.`,
'b-partner-heading': `Sur un site que vous gérez`,
'b-partner-intro': `Ajoutez cette balise script une seule fois, puis un élément \`icssi-statement\`, avec l’adresse du flux dans son attribut \`src\`, partout où une déclaration doit figurer. L’empreinte \`integrity\` fait refuser aux navigateurs tout autre fichier que celui de cette version.`,
'b-preview': `Aperçu`,
'b-resize-heading': `Facultatif : ajuster l’iframe à sa déclaration`,
'b-resize-intro': `Là où votre page peut exécuter un script, ajoutez ceci une seule fois : chaque iframe de déclaration prend alors la hauteur de sa déclaration.`,
'b-selected': `Sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour copier.`,
'b-snippet-heading': `Votre extrait`,
'b-snippet-intro': `Collez-le là où votre blog accepte du HTML : voir « Où le coller » ci-dessous.`,
'b-squarespace': `Ajoutez un bloc Code et collez l’extrait. Squarespace n’exécute les scripts que sur le site publié, et seulement avec les forfaits qui autorisent le code personnalisé ; dans l’éditeur et avec les autres forfaits, les lecteurs voient la copie texte.`,
'b-squarespace-name': `Squarespace : un bloc Code`,
'b-statement': `Déclaration`,
'b-theme': `Thème`,
'b-theme-auto': `Suivre le réglage clair ou sombre du lecteur`,
'b-theme-dark': `Sombre`,
'b-theme-light': `Clair`,
'b-title': `Générateur d’extrait de déclaration`,
'b-ui-language': `Langue de cette page`,
'b-unreadable': str`Impossible de lire ce flux : ${0}`,
'b-where-heading': `Où le coller`,
'b-wix': `Ajoutez Intégrer du code, puis Intégrer HTML, choisissez Code et collez l’extrait. Wix l’exécute dans un cadre de hauteur fixe, à une autre adresse : donnez au cadre une hauteur suffisante pour la déclaration.`,
'b-wix-name': `Wix : un élément Intégrer HTML`,
'b-wordpress': `Ajoutez un bloc HTML personnalisé et collez-y l’extrait. Les administrateurs et éditeurs d’un site simple conservent le script. Pour les auteurs et contributeurs, et sur les réseaux multisites, WordPress supprime le script à l’enregistrement de l’article : les lecteurs voient alors la copie texte que porte l’extrait.`,
'b-wordpress-name': `WordPress : un bloc HTML personnalisé`,
    };
  