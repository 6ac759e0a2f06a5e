<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>this destroys '%1'; repeat its name with --confirm %1 to proceed</source>
        <translation>cette commande détruit « %1 » ; répétez son nom avec --confirm %1 pour continuer</translation>
    </message>
    <message>
        <source>Checks that the server answers: version, /healthz and /readyz.</source>
        <translation>Vérifie que le serveur répond : version, /healthz et /readyz.</translation>
    </message>
    <message>
        <source>server %1: healthy, %2</source>
        <translation>serveur %1 : en bonne santé, %2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>NOT ready</source>
        <translation>PAS prêt</translation>
    </message>
    <message>
        <source>Lists the collections.</source>
        <translation>Liste les collections.</translation>
    </message>
    <message>
        <source>Shows a collection's status, counts, configuration and payload indexes.</source>
        <translation>Affiche l'état, les comptes, la configuration et les index de payload d'une collection.</translation>
    </message>
    <message>
        <source>Collection or alias name.</source>
        <translation>Nom de collection ou d'alias.</translation>
    </message>
    <message>
        <source>status: %1, points: %2, segments: %3</source>
        <translation>état : %1, points : %2, segments : %3</translation>
    </message>
    <message>
        <source>vector %1: %2 dims, %3</source>
        <translation>vecteur %1 : %2 dimensions, %3</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>index %1: %2, %3 points</source>
        <translation>index %1 : %2, %3 points</translation>
    </message>
    <message>
        <source>Creates a collection from --size/--distance, or from a CreateCollection JSON body (--body).</source>
        <translation>Crée une collection à partir de --size/--distance, ou d'un corps JSON CreateCollection (--body).</translation>
    </message>
    <message>
        <source>New collection name.</source>
        <translation>Nom de la nouvelle collection.</translation>
    </message>
    <message>
        <source>Vector size.</source>
        <translation>Taille des vecteurs.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Cosine, Dot, Euclid or Manhattan (default Cosine).</source>
        <translation>Cosine, Dot, Euclid ou Manhattan (Cosine par défaut).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Keep vectors on disk (memory: cold).</source>
        <translation>Garder les vecteurs sur disque (memory : cold).</translation>
    </message>
    <message>
        <source>File with a full CreateCollection JSON body.</source>
        <translation>Fichier contenant un corps JSON CreateCollection complet.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--body: cannot read %1: %2</source>
        <translation>--body : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--body: invalid JSON at offset %1: %2</source>
        <translation>--body : JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>--size: expected the vector size (or use --body)</source>
        <translation>--size : taille des vecteurs attendue (ou utilisez --body)</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 créée</translation>
    </message>
    <message>
        <source>Deletes a collection and all its points. Needs --confirm NAME.</source>
        <translation>Supprime une collection et tous ses points. Nécessite --confirm NOM.</translation>
    </message>
    <message>
        <source>Collection to delete.</source>
        <translation>Collection à supprimer.</translation>
    </message>
    <message>
        <source>The collection's name again, to confirm.</source>
        <translation>Le nom de la collection, à nouveau, pour confirmer.</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>%1 did not exist</source>
        <translation>%1 n'existait pas</translation>
    </message>
    <message>
        <source>collections: expected list, info, create or delete</source>
        <translation>collections : list, info, create ou delete attendu</translation>
    </message>
    <message>
        <source>Creates a payload index.</source>
        <translation>Crée un index de payload.</translation>
    </message>
    <message>
        <source>Collection.</source>
        <translation>Collection.</translation>
    </message>
    <message>
        <source>Payload key.</source>
        <translation>Clé de payload.</translation>
    </message>
    <message>
        <source>keyword, integer, float, bool, geo, datetime, text or uuid.</source>
        <translation>keyword, integer, float, bool, geo, datetime, text ou uuid.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>keyword/uuid: mark as the tenant key (is_tenant).</source>
        <translation>keyword/uuid : marquer comme clé de locataire (is_tenant).</translation>
    </message>
    <message>
        <source>keyword: enable prefix matching (1.19+).</source>
        <translation>keyword : activer la recherche par préfixe (1.19+).</translation>
    </message>
    <message>
        <source>integer/float/datetime: is_principal.</source>
        <translation>integer/float/datetime : is_principal.</translation>
    </message>
    <message>
        <source>text: word, whitespace, prefix or multilingual.</source>
        <translation>text : word, whitespace, prefix ou multilingual.</translation>
    </message>
    <message>
        <source>cold, cached or pinned (on_disk before 1.19).</source>
        <translation>cold, cached ou pinned (on_disk avant 1.19).</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>placement</translation>
    </message>
    <message>
        <source>Full field_schema JSON object instead of the options.</source>
        <translation>Objet JSON field_schema complet à la place des options.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>--params: invalid JSON: %1</source>
        <translation>--params : JSON invalide : %1</translation>
    </message>
    <message>
        <source>--memory: expected cold, cached or pinned</source>
        <translation>--memory : cold, cached ou pinned attendu</translation>
    </message>
    <message>
        <source>index on %1 created</source>
        <translation>index sur %1 créé</translation>
    </message>
    <message>
        <source>Drops a payload index. Needs --confirm FIELD.</source>
        <translation>Supprime un index de payload. Nécessite --confirm CHAMP.</translation>
    </message>
    <message>
        <source>Indexed payload key.</source>
        <translation>Clé de payload indexée.</translation>
    </message>
    <message>
        <source>The field name again, to confirm.</source>
        <translation>Le nom du champ, à nouveau, pour confirmer.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>index on %1 dropped</source>
        <translation>index sur %1 supprimé</translation>
    </message>
    <message>
        <source>index: expected create or delete</source>
        <translation>index : create ou delete attendu</translation>
    </message>
    <message>
        <source>Counts points, optionally filtered.</source>
        <translation>Compte les points, éventuellement filtrés.</translation>
    </message>
    <message>
        <source>Qdrant filter JSON.</source>
        <translation>Filtre Qdrant en JSON.</translation>
    </message>
    <message>
        <source>Lists points in id order, page by page (--all for every page).</source>
        <translation>Liste les points par ordre d'identifiant, page par page (--all pour toutes les pages).</translation>
    </message>
    <message>
        <source>Page size (default 10).</source>
        <translation>Taille de page (10 par défaut).</translation>
    </message>
    <message>
        <source>First point id (inclusive).</source>
        <translation>Identifiant du premier point (inclus).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Follow next_page_offset to the end.</source>
        <translation>Suivre next_page_offset jusqu'à la fin.</translation>
    </message>
    <message>
        <source>Include vectors.</source>
        <translation>Inclure les vecteurs.</translation>
    </message>
    <message>
        <source>--limit: expected a positive integer</source>
        <translation>--limit : entier positif attendu</translation>
    </message>
    <message>
        <source>Retrieves points by id.</source>
        <translation>Récupère des points par identifiant.</translation>
    </message>
    <message>
        <source>Point ids.</source>
        <translation>Identifiants de points.</translation>
    </message>
    <message>
        <source>points: expected count, scroll or get</source>
        <translation>points : count, scroll ou get attendu</translation>
    </message>
    <message>
        <source>Nearest points to a vector or to a stored point.</source>
        <translation>Points les plus proches d'un vecteur ou d'un point enregistré.</translation>
    </message>
    <message>
        <source>Query vector as a JSON array.</source>
        <translation>Vecteur de requête, en tableau JSON.</translation>
    </message>
    <message>
        <source>Use this point's vector as the query.</source>
        <translation>Utiliser le vecteur de ce point comme requête.</translation>
    </message>
    <message>
        <source>Named vector to search.</source>
        <translation>Vecteur nommé dans lequel chercher.</translation>
    </message>
    <message>
        <source>How many results (default 10).</source>
        <translation>Nombre de résultats (10 par défaut).</translation>
    </message>
    <message>
        <source>Keep scores strictly better than this.</source>
        <translation>Garder les scores strictement meilleurs que celui-ci.</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>Include payloads.</source>
        <translation>Inclure les payloads.</translation>
    </message>
    <message>
        <source>--vector: expected a JSON array of numbers such as [0.1, 0.2]</source>
        <translation>--vector : tableau JSON de nombres attendu, par exemple [0.1, 0.2]</translation>
    </message>
    <message>
        <source>--vector: every element must be a number</source>
        <translation>--vector : chaque élément doit être un nombre</translation>
    </message>
    <message>
        <source>give --vector or --id</source>
        <translation>indiquez --vector ou --id</translation>
    </message>
    <message>
        <source>--threshold: expected a number</source>
        <translation>--threshold : nombre attendu</translation>
    </message>
    <message>
        <source>Collection, or --full for full-storage snapshots.</source>
        <translation>Collection, ou --full pour les instantanés du stockage complet.</translation>
    </message>
    <message>
        <source>Full-storage snapshots instead of a collection's.</source>
        <translation>Instantanés du stockage complet plutôt que d'une collection.</translation>
    </message>
    <message>
        <source>Creates a snapshot.</source>
        <translation>Crée un instantané.</translation>
    </message>
    <message>
        <source>Lists snapshots.</source>
        <translation>Liste les instantanés.</translation>
    </message>
    <message>
        <source>name a collection, or pass --full</source>
        <translation>nommez une collection, ou passez --full</translation>
    </message>
    <message>
        <source>Downloads a snapshot, verifying its SHA-256 against the server's listed checksum. The file appears only when complete and verified.</source>
        <translation>Télécharge un instantané en vérifiant son SHA-256 par rapport à la somme de contrôle annoncée par le serveur. Le fichier n'apparaît qu'une fois complet et vérifié.</translation>
    </message>
    <message>
        <source>Snapshot name.</source>
        <translation>Nom de l'instantané.</translation>
    </message>
    <message>
        <source>Target file (default: the snapshot's name).</source>
        <translation>Fichier cible (par défaut : le nom de l'instantané).</translation>
    </message>
    <message>
        <source>name the snapshot to download</source>
        <translation>nommez l'instantané à télécharger</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes, sha256 %3)</source>
        <translation>%1 enregistré (%2 octets, sha256 %3)</translation>
    </message>
    <message>
        <source>Uploads a snapshot file and restores the collection from it.</source>
        <translation>Envoie un fichier d'instantané et restaure la collection à partir de lui.</translation>
    </message>
    <message>
        <source>Collection to restore (created if missing).</source>
        <translation>Collection à restaurer (créée si elle n'existe pas).</translation>
    </message>
    <message>
        <source>Snapshot file.</source>
        <translation>Fichier d'instantané.</translation>
    </message>
    <message>
        <source>snapshot, replica or no_sync (use snapshot for a new or empty collection).</source>
        <translation>snapshot, replica ou no_sync (utilisez snapshot pour une collection nouvelle ou vide).</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>Expected SHA-256 (computed from the file when omitted).</source>
        <translation>SHA-256 attendu (calculé à partir du fichier s'il est omis).</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%1 restaurée depuis %2</translation>
    </message>
    <message>
        <source>Restores a collection from a snapshot URL the server can reach.</source>
        <translation>Restaure une collection depuis l'URL d'un instantané accessible au serveur.</translation>
    </message>
    <message>
        <source>Collection to restore.</source>
        <translation>Collection à restaurer.</translation>
    </message>
    <message>
        <source>http(s):// or file:// URL.</source>
        <translation>URL http(s):// ou file://.</translation>
    </message>
    <message>
        <source>snapshot, replica or no_sync.</source>
        <translation>snapshot, replica ou no_sync.</translation>
    </message>
    <message>
        <source>Expected SHA-256.</source>
        <translation>SHA-256 attendu.</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>%1 restaurée</translation>
    </message>
    <message>
        <source>Deletes a snapshot. Needs --confirm NAME.</source>
        <translation>Supprime un instantané. Nécessite --confirm NOM.</translation>
    </message>
    <message>
        <source>The snapshot name again, to confirm.</source>
        <translation>Le nom de l'instantané, à nouveau, pour confirmer.</translation>
    </message>
    <message>
        <source>snapshot: expected create, list, download, upload, recover or delete</source>
        <translation>snapshot : create, list, download, upload, recover ou delete attendu</translation>
    </message>
    <message>
        <source>Serves the embedded Qdrant-compatible engine over HTTP until interrupted. Prefer the VECTORDESK_API_KEY / VECTORDESK_READ_ONLY_API_KEY environment variables to the key options, which other users can see in the process list.</source>
        <translation>Sert le moteur embarqué compatible Qdrant en HTTP jusqu'à interruption. Préférez les variables d'environnement VECTORDESK_API_KEY / VECTORDESK_READ_ONLY_API_KEY aux options de clé, que les autres utilisateurs peuvent voir dans la liste des processus.</translation>
    </message>
    <message>
        <source>TCP port (default 6333; 0 picks a free one).</source>
        <translation>Port TCP (6333 par défaut ; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d'écoute (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Data directory.</source>
        <translation>Répertoire des données.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <source>Require this API key.</source>
        <translation>Exiger cette clé d'API.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Also accept this key, for reads only.</source>
        <translation>Accepter aussi cette clé, en lecture seule.</translation>
    </message>
    <message>
        <source>Load the trading-journal demo data if the engine is empty.</source>
        <translation>Charger les données de démonstration du journal de trading si le moteur est vide.</translation>
    </message>
    <message>
        <source>--data: a data directory is required</source>
        <translation>--data : un répertoire de données est requis</translation>
    </message>
    <message>
        <source>--port: expected 0 to 65535</source>
        <translation>--port : valeur de 0 à 65535 attendue</translation>
    </message>
    <message>
        <source>--host: not an IP address</source>
        <translation>--host : ce n'est pas une adresse IP</translation>
    </message>
    <message>
        <source>cannot start the engine: %1</source>
        <translation>impossible de démarrer le moteur : %1</translation>
    </message>
    <message>
        <source>demo data: %1</source>
        <translation>données de démonstration : %1</translation>
    </message>
    <message>
        <source>unknown command '%1'

%2</source>
        <translation>commande inconnue « %1 »

%2</translation>
    </message>
    <message>
        <source>Usage: vectordesk-cli &lt;command&gt; [options]

Commands:
  health                                     server version, liveness and readiness
  collections list|info|create|delete        manage collections
  index create|delete                        manage payload indexes
  points count|scroll|get                    read points
  query                                      nearest-neighbour search
  snapshot create|list|download|upload|recover|delete
  serve-local                                run the embedded engine
  embed JOBFILE [--resume] [--dry-run]       run an embedding job
  providers test                             one embedding call: key, dimension, normalisation

Every command takes --help. The server is --url or $QDRANT_URL; the key is $QDRANT_API_KEY.
Exit codes: 0 success, 1 server-side error, 2 usage error, 3 connection or authentication failure.
</source>
        <translation>Usage : vectordesk-cli &lt;commande&gt; [options]

Commandes :
  health                                     version, vivacité et disponibilité du serveur
  collections list|info|create|delete        gérer les collections
  index create|delete                        gérer les index de payload
  points count|scroll|get                    lire des points
  query                                      recherche des plus proches voisins
  snapshot create|list|download|upload|recover|delete
  serve-local                                lancer le moteur intégré
  embed FICHIER_TÂCHE [--resume] [--dry-run] lancer une tâche d’embedding
  providers test                             un appel d’embedding : clé, dimension, normalisation

Chaque commande accepte --help. Le serveur est --url ou $QDRANT_URL ; la clé est $QDRANT_API_KEY.
Codes de sortie : 0 succès, 1 erreur côté serveur, 2 erreur d’usage, 3 échec de connexion ou d’authentification.
</translation>
    </message>
    <message>
        <source>rows %1/%2 · new %3 · changed %4 · unchanged %5 · embedded %6 · written %7 · dead %8 · calls %9 · tokens %10 · $%11 · ETA %12</source>
        <translation>lignes %1/%2 · nouvelles %3 · modifiées %4 · inchangées %5 · vectorisées %6 · écrites %7 · rejetées %8 · appels %9 · jetons %10 · %11 $ · reste %12</translation>
    </message>
    <message>
        <source>Runs an embedding job file: reads the source, embeds new and changed rows, writes them to Qdrant. Progress goes to stderr, a JSON summary to stdout. Exit codes: 0 done, 1 failed, 2 usage error, 3 connection or authentication failure, 4 done with dead-lettered rows, 130 interrupted (resume with --resume).</source>
        <translation>Exécute un fichier de tâche d’embedding : lit la source, vectorise les lignes nouvelles et modifiées, les écrit dans Qdrant. La progression va sur stderr, un résumé JSON sur stdout. Codes de sortie : 0 terminé, 1 échec, 2 erreur d’usage, 3 échec de connexion ou d’authentification, 4 terminé avec des lignes rejetées, 130 interrompu (reprendre avec --resume).</translation>
    </message>
    <message>
        <source>The job file (JSON, see docs/embedding-jobs.md).</source>
        <translation>Le fichier de tâche (JSON, voir docs/embedding-jobs.md).</translation>
    </message>
    <message>
        <source>Continue an interrupted run from its checkpoint.</source>
        <translation>Reprendre une exécution interrompue depuis son point de reprise.</translation>
    </message>
    <message>
        <source>Count rows, new/changed/unchanged, tokens and cost; call no provider, write nothing.</source>
        <translation>Compter les lignes, nouvelles/modifiées/inchangées, les jetons et le coût ; n’appeler aucun fournisseur, ne rien écrire.</translation>
    </message>
    <message>
        <source>No progress lines on stderr.</source>
        <translation>Pas de lignes de progression sur stderr.</translation>
    </message>
    <message>
        <source>the provider needs a key: set %1</source>
        <translation>le fournisseur exige une clé : définissez %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>providers: expected test</source>
        <translation>providers : test attendu</translation>
    </message>
    <message>
        <source>Makes one embedding call and checks the dimension and normalisation. The provider comes from --job FILE or from the options below.</source>
        <translation>Fait un appel d’embedding et vérifie la dimension et la normalisation. Le fournisseur vient de --job FICHIER ou des options ci-dessous.</translation>
    </message>
    <message>
        <source>Use the provider of this job file.</source>
        <translation>Utiliser le fournisseur de ce fichier de tâche.</translation>
    </message>
    <message>
        <source>gemini, openai or hashing.</source>
        <translation>gemini, openai ou hashing.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Model name (default: the provider's).</source>
        <translation>Nom du modèle (par défaut : celui du fournisseur).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>Vector size (default 768).</source>
        <translation>Taille des vecteurs (768 par défaut).</translation>
    </message>
    <message>
        <source>Endpoint (proxies, local servers).</source>
        <translation>Point d’accès (proxys, serveurs locaux).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Environment variable holding the key (default GEMINI_API_KEY for gemini, OPENAI_API_KEY for openai).</source>
        <translation>Variable d’environnement qui contient la clé (par défaut GEMINI_API_KEY pour gemini, OPENAI_API_KEY pour openai).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on stdout.</source>
        <translation>Écrire du JSON lisible par machine sur stdout.</translation>
    </message>
    <message>
        <source>%1: OK, %2 dimensions in %3 ms</source>
        <translation>%1 : OK, %2 dimensions en %3 ms</translation>
    </message>
    <message>
        <source>output is normalised by the provider</source>
        <translation>la sortie est normalisée par le fournisseur</translation>
    </message>
    <message>
        <source>output length %1: VectorDesk normalises it before storing</source>
        <translation>longueur de la sortie %1 : VectorDesk la normalise avant de l’enregistrer</translation>
    </message>
    <message>
        <source>note: the offline embedder is lexical (shared words), not semantic</source>
        <translation>remarque : l’embedder hors ligne est lexical (mots communs), pas sémantique</translation>
    </message>
</context>
<context>
    <name>CollectionSpec</name>
    <message>
        <source>vectors: at least one vector is required</source>
        <translation>vectors : au moins un vecteur est requis</translation>
    </message>
    <message>
        <source>vectors[%1].name: every vector needs a name when there are several</source>
        <translation>vectors[%1].name : chaque vecteur doit avoir un nom lorsqu'il y en a plusieurs</translation>
    </message>
    <message>
        <source>%1.size: expected 1 to 65536, got %2</source>
        <translation>%1.size : valeur de 1 à 65536 attendue, %2 reçu</translation>
    </message>
    <message>
        <source>%1.distance: expected Cosine, Dot, Euclid or Manhattan, got '%2'</source>
        <translation>%1.distance : Cosine, Dot, Euclid ou Manhattan attendu, « %2 » reçu</translation>
    </message>
    <message>
        <source>%1: expected at least %2, got %3</source>
        <translation>%1 : au moins %2 attendu, %3 reçu</translation>
    </message>
    <message>
        <source>quantization_config: expected scalar, binary or product, got '%1'</source>
        <translation>quantization_config : scalar, binary ou product attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>optimizers_config.deleted_threshold: expected 0 to 1, got %1</source>
        <translation>optimizers_config.deleted_threshold : valeur de 0 à 1 attendue, %1 reçu</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>name: a connection needs a name</source>
        <translation>name : une connexion doit avoir un nom</translation>
    </message>
    <message>
        <source>url: expected http(s)://host[:port], got '%1'</source>
        <translation>url : http(s)://hôte[:port] attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>url: credentials must not be part of the URL; store the API key in the keychain instead</source>
        <translation>url : l'URL ne doit pas contenir d'identifiants ; enregistrez plutôt la clé d'API dans le trousseau</translation>
    </message>
    <message>
        <source>url: an API key must never be put in the URL; store it in the keychain instead</source>
        <translation>url : une clé d'API ne doit jamais figurer dans l'URL ; enregistrez-la plutôt dans le trousseau</translation>
    </message>
    <message>
        <source>timeout: expected 1 to 3600 seconds, got %1 ms</source>
        <translation>timeout : de 1 à 3600 secondes attendu, %1 ms reçu</translation>
    </message>
    <message>
        <source>ca_file: a CA file only applies to https:// URLs</source>
        <translation>ca_file : un fichier d'autorité de certification ne s'applique qu'aux URL https://</translation>
    </message>
    <message>
        <source>ca_file: cannot read %1: %2</source>
        <translation>ca_file : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>ca_file: %1 holds no PEM certificate</source>
        <translation>ca_file : %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1: profiles never carry secrets; remove it and enter the key in the app</source>
        <translation>%1 : les profils ne contiennent jamais de secrets ; retirez-le et saisissez la clé dans l'application</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1 : champ inconnu</translation>
    </message>
    <message>
        <source>environment: expected local, development, staging or production</source>
        <translation>environment : local, development, staging ou production attendu</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Server URL (default: $QDRANT_URL, else http://localhost:6333).</source>
        <translation>URL du serveur (par défaut : $QDRANT_URL, sinon http://localhost:6333).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds (default 30).</source>
        <translation>Délai d'inactivité en secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on stdout.</source>
        <translation>Écrire du JSON lisible par machine sur stdout.</translation>
    </message>
    <message>
        <source>--url / QDRANT_URL: expected http(s)://host[:port], got '%1'</source>
        <translation>--url / QDRANT_URL : http(s)://hôte[:port] attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>--url / QDRANT_URL: do not put credentials in the URL; set QDRANT_API_KEY instead</source>
        <translation>--url / QDRANT_URL : ne mettez pas d'identifiants dans l'URL ; définissez plutôt QDRANT_API_KEY</translation>
    </message>
    <message>
        <source>--timeout: expected a positive number of seconds</source>
        <translation>--timeout : nombre de secondes positif attendu</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>erreur d'utilisation : %1</translation>
    </message>
</context>
<context>
    <name>EmbedError</name>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source> (retry in %1 s)</source>
        <translation> (nouvel essai dans %1 s)</translation>
    </message>
    <message>
        <source>The provider refused the API key: check that it is set (and is the key of this provider and project), then try again.</source>
        <translation>Le fournisseur a refusé la clé d’API : vérifiez qu’elle est définie (et qu’elle est bien celle de ce fournisseur et de ce projet), puis réessayez.</translation>
    </message>
    <message>
        <source>The provider's per-day quota is spent. Resume the job tomorrow (or with a higher tier); nothing already embedded is lost.</source>
        <translation>Le quota journalier du fournisseur est épuisé. Reprenez la tâche demain (ou avec un palier supérieur) ; rien de ce qui est déjà vectorisé n’est perdu.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting: lower texts_per_minute to your key's tier.</source>
        <translation>Le fournisseur limite le débit : abaissez texts_per_minute au palier de votre clé.</translation>
    </message>
    <message>
        <source>The provider rejected the input; the items it names are in the dead-letter list.</source>
        <translation>Le fournisseur a rejeté l’entrée ; les éléments en cause sont dans la liste des rejets.</translation>
    </message>
    <message>
        <source>The provider or the network failed; the call was retried and can be run again later.</source>
        <translation>Le fournisseur ou le réseau a échoué ; l’appel a été réessayé et peut être relancé plus tard.</translation>
    </message>
    <message>
        <source>The provider's prepaid credit is used up: add credit, then resume.</source>
        <translation>Le crédit prépayé du fournisseur est épuisé : ajoutez du crédit, puis reprenez.</translation>
    </message>
    <message>
        <source>The model is unknown or retired: check the model name.</source>
        <translation>Le modèle est inconnu ou retiré : vérifiez son nom.</translation>
    </message>
    <message>
        <source>The provider refused the call; it is not retried.</source>
        <translation>Le fournisseur a refusé l’appel ; il n’est pas réessayé.</translation>
    </message>
    <message>
        <source>provider.%1: expected an integer from %2 to %3</source>
        <translation>provider.%1 : entier de %2 à %3 attendu</translation>
    </message>
    <message>
        <source>provider.%1: unknown field (expected one of: %2)</source>
        <translation>provider.%1 : champ inconnu (attendu : %2)</translation>
    </message>
    <message>
        <source>provider.kind: expected gemini, openai or hashing, got '%1'</source>
        <translation>provider.kind : gemini, openai ou hashing attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>provider.base_url: expected an http or https URL</source>
        <translation>provider.base_url : URL http ou https attendue</translation>
    </message>
    <message>
        <source>provider.base_url: must not carry credentials or a query; name the key's environment variable in api_key_env</source>
        <translation>provider.base_url : ne doit contenir ni identifiants ni requête ; nommez la variable d’environnement de la clé dans api_key_env</translation>
    </message>
    <message>
        <source>provider.encoding: expected float or base64</source>
        <translation>provider.encoding : float ou base64 attendu</translation>
    </message>
    <message>
        <source>provider.price_per_million_tokens: expected a number ≥ 0 (US dollars)</source>
        <translation>provider.price_per_million_tokens : nombre ≥ 0 attendu (dollars US)</translation>
    </message>
    <message>
        <source>the provider returned %1 vectors for %2 texts</source>
        <translation>le fournisseur a renvoyé %1 vecteurs pour %2 textes</translation>
    </message>
    <message>
        <source>the provider returned a %1-dimensional vector; the job expects %2 (check the model's dimensions setting)</source>
        <translation>le fournisseur a renvoyé un vecteur de dimension %1 ; la tâche attend %2 (vérifiez le réglage des dimensions du modèle)</translation>
    </message>
    <message>
        <source>the provider returned a vector of zero length (or not finite) for item %1</source>
        <translation>le fournisseur a renvoyé un vecteur de longueur nulle (ou non fini) pour l’élément %1</translation>
    </message>
    <message>
        <source>unknown provider kind '%1'</source>
        <translation>type de fournisseur inconnu « %1 »</translation>
    </message>
    <message>
        <source>provider.model: text-embedding-004 was shut down on 2026-01-14; use gemini-embedding-001</source>
        <translation>provider.model : text-embedding-004 a été arrêté le 2026-01-14 ; utilisez gemini-embedding-001</translation>
    </message>
    <message>
        <source>provider.dimensions: gemini-embedding-001 gives 128 to 3072 dimensions</source>
        <translation>provider.dimensions : gemini-embedding-001 donne de 128 à 3072 dimensions</translation>
    </message>
    <message>
        <source>provider.max_items_per_call: Gemini takes at most %1 texts per call</source>
        <translation>provider.max_items_per_call : Gemini accepte au plus %1 textes par appel</translation>
    </message>
    <message>
        <source>Gemini needs an API key: set the environment variable named by provider.api_key_env (or store the key in the connection)</source>
        <translation>Gemini exige une clé d’API : définissez la variable d’environnement nommée par provider.api_key_env (ou enregistrez la clé dans la connexion)</translation>
    </message>
    <message>
        <source>malformed reply: no 'values' array</source>
        <translation>réponse mal formée : pas de tableau « values »</translation>
    </message>
    <message>
        <source>malformed reply: a value is not a number</source>
        <translation>réponse mal formée : une valeur n’est pas un nombre</translation>
    </message>
    <message>
        <source>malformed reply: no 'embeddings' array</source>
        <translation>réponse mal formée : pas de tableau « embeddings »</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no data from the provider for %1 s</source>
        <translation>aucune donnée du fournisseur depuis %1 s</translation>
    </message>
    <message>
        <source>malformed reply: %1</source>
        <translation>réponse mal formée : %1</translation>
    </message>
    <message>
        <source>no 'data' array</source>
        <translation>pas de tableau « data »</translation>
    </message>
    <message>
        <source>an item has no valid 'index'</source>
        <translation>un élément n’a pas d’« index » valide</translation>
    </message>
    <message>
        <source>bad base64 embedding</source>
        <translation>embedding base64 invalide</translation>
    </message>
    <message>
        <source>a value is not a number</source>
        <translation>une valeur n’est pas un nombre</translation>
    </message>
    <message>
        <source>an item has no 'embedding'</source>
        <translation>un élément n’a pas d’« embedding »</translation>
    </message>
    <message>
        <source>indexes are not 0..n-1</source>
        <translation>les index ne vont pas de 0 à n-1</translation>
    </message>
</context>
<context>
    <name>JobCheckpoint</name>
    <message>
        <source>checkpoint %1 is damaged: %2</source>
        <translation>le point de reprise %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 holds the checkpoint of an interrupted run: pass --resume to continue it, or delete the file to start over</source>
        <translation>%1 contient le point de reprise d’une exécution interrompue : passez --resume pour la poursuivre, ou supprimez le fichier pour recommencer</translation>
    </message>
    <message>
        <source>%1 belongs to a different version of this job (its source, template, provider or target changed); delete it to start over</source>
        <translation>%1 appartient à une autre version de cette tâche (sa source, son modèle de texte, son fournisseur ou sa cible a changé) ; supprimez-le pour recommencer</translation>
    </message>
    <message>
        <source>cannot create the checkpoint %1: %2</source>
        <translation>impossible de créer le point de reprise %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the checkpoint %1: %2</source>
        <translation>impossible d’écrire le point de reprise %1 : %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot remove the checkpoint %1</source>
        <translation>impossible de supprimer le point de reprise %1</translation>
    </message>
</context>
<context>
    <name>JobSpec</name>
    <message>
        <source>%1%2: unknown field (expected one of: %3)</source>
        <translation>%1%2 : champ inconnu (attendu : %3)</translation>
    </message>
    <message>
        <source>%1%2: expected an integer ≥ %3</source>
        <translation>%1%2 : entier ≥ %3 attendu</translation>
    </message>
    <message>
        <source>name: expected the job's name</source>
        <translation>name : nom de la tâche attendu</translation>
    </message>
    <message>
        <source>source: expected an object with "type"</source>
        <translation>source : objet avec « type » attendu</translation>
    </message>
    <message>
        <source>template: unknown template '%1' (built in: %2)</source>
        <translation>template : modèle « %1 » inconnu (intégrés : %2)</translation>
    </message>
    <message>
        <source>text: expected a text template such as "{title}. {body}" (or a built-in template)</source>
        <translation>text : modèle de texte attendu, par exemple "{title}. {body}" (ou un modèle intégré)</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>text : %1</translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation>title : %1</translation>
    </message>
    <message>
        <source>payload: expected an object {"payload key": "source field" or {"from", "type"}}</source>
        <translation>payload : objet attendu {"clé de payload": "champ source" ou {"from", "type"}}</translation>
    </message>
    <message>
        <source>payload.%1: expected a source field name or {"from", "type"}</source>
        <translation>payload.%1 : nom de champ source ou {"from", "type"} attendu</translation>
    </message>
    <message>
        <source>payload.%1.type: expected one of %2</source>
        <translation>payload.%1.type : une valeur parmi %2 attendue</translation>
    </message>
    <message>
        <source>payload.%1: keys starting with vd_ are VectorDesk's own</source>
        <translation>payload.%1 : les clés commençant par vd_ sont réservées à VectorDesk</translation>
    </message>
    <message>
        <source>tenant_key: '%1' is not among the payload fields; map it so every point carries it</source>
        <translation>tenant_key : « %1 » ne fait pas partie des champs du payload ; associez-le pour que chaque point le porte</translation>
    </message>
    <message>
        <source>qdrant.url: expected an http(s) URL without credentials</source>
        <translation>qdrant.url : URL http(s) sans identifiants attendue</translation>
    </message>
    <message>
        <source>qdrant.collection: expected the target collection</source>
        <translation>qdrant.collection : collection cible attendue</translation>
    </message>
    <message>
        <source>qdrant.create_collection: only jobs using a built-in template can create their collection</source>
        <translation>qdrant.create_collection : seules les tâches qui utilisent un modèle intégré peuvent créer leur collection</translation>
    </message>
    <message>
        <source>flow.tier: expected free or tier1 (or set texts_per_minute yourself)</source>
        <translation>flow.tier : free ou tier1 attendu (ou réglez texts_per_minute vous-même)</translation>
    </message>
    <message>
        <source>flow.concurrency: at most 64 calls at once</source>
        <translation>flow.concurrency : au plus 64 appels simultanés</translation>
    </message>
    <message>
        <source>delete_missing: needs incremental mode (it compares the source with what the job wrote)</source>
        <translation>delete_missing : exige le mode incrémental (il compare la source à ce que la tâche a écrit)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1 : JSON invalide à la position %2 : %3</translation>
    </message>
</context>
<context>
    <name>PayloadIndexSpec</name>
    <message>
        <source>field_schema.type: expected one of %1, got '%2'</source>
        <translation>field_schema.type : une valeur parmi %1 attendue, « %2 » reçu</translation>
    </message>
    <message>
        <source>%1 needs Qdrant %2 or newer; this server is %3</source>
        <translation>%1 nécessite Qdrant %2 ou plus récent ; ce serveur est en %3</translation>
    </message>
    <message>
        <source>a datetime index</source>
        <translation>un index datetime</translation>
    </message>
    <message>
        <source>a uuid index</source>
        <translation>un index uuid</translation>
    </message>
    <message>
        <source>keyword prefix matching</source>
        <translation>la recherche par préfixe sur keyword</translation>
    </message>
    <message>
        <source>field_schema.%1: not a parameter of a %2 index</source>
        <translation>field_schema.%1 : ce n'est pas un paramètre d'un index %2</translation>
    </message>
    <message>
        <source>field_schema.tokenizer: expected word, whitespace, prefix or multilingual</source>
        <translation>field_schema.tokenizer : word, whitespace, prefix ou multilingual attendu</translation>
    </message>
    <message>
        <source>field_schema.min_token_len: must not exceed max_token_len</source>
        <translation>field_schema.min_token_len : ne doit pas dépasser max_token_len</translation>
    </message>
    <message>
        <source>field_schema: expected a type name or an object</source>
        <translation>field_schema : nom de type ou objet attendu</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>no connection with id %1</source>
        <translation>aucune connexion avec l'identifiant %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>connections: expected an array of connection profiles</source>
        <translation>connections : tableau de profils de connexion attendu</translation>
    </message>
    <message>
        <source>connections[%1].%2</source>
        <translation>connections[%1].%2</translation>
    </message>
</context>
<context>
    <name>QdrantError</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no data from the server for %1 s</source>
        <translation>aucune donnée du serveur depuis %1 s</translation>
    </message>
    <message>
        <source>HTTP status %1 with an empty body</source>
        <translation>statut HTTP %1 avec un corps vide</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The server requires an API key. Add the key to this connection (it is stored in the system keychain), or set QDRANT_API_KEY for the command line.</source>
        <translation>Le serveur exige une clé d'API. Ajoutez la clé à cette connexion (elle est conservée dans le trousseau du système), ou définissez QDRANT_API_KEY pour la ligne de commande.</translation>
    </message>
    <message>
        <source>The server rejected the API key. Check that the key belongs to this server and has not been rotated.</source>
        <translation>Le serveur a refusé la clé d'API. Vérifiez que la clé appartient à ce serveur et qu'elle n'a pas été renouvelée.</translation>
    </message>
    <message>
        <source>The key is valid but not allowed to do this (a read-only key, or a JWT without rights on this collection). Use a key with write access.</source>
        <translation>La clé est valide mais n'autorise pas cette opération (clé en lecture seule, ou JWT sans droits sur cette collection). Utilisez une clé avec accès en écriture.</translation>
    </message>
    <message>
        <source>It does not exist on this server. Check the collection, alias or point name, and refresh the list.</source>
        <translation>Cela n'existe pas sur ce serveur. Vérifiez le nom de la collection, de l'alias ou du point, puis actualisez la liste.</translation>
    </message>
    <message>
        <source>It already exists. Pick another name, or delete the existing one first.</source>
        <translation>Cela existe déjà. Choisissez un autre nom, ou supprimez d'abord l'existant.</translation>
    </message>
    <message>
        <source>The server refused the request: %1. Correct that field and try again.</source>
        <translation>Le serveur a refusé la requête : %1. Corrigez ce champ et réessayez.</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts (32 MB by default). Send fewer points per request.</source>
        <translation>La requête dépasse la taille acceptée par le serveur (32 Mo par défaut). Envoyez moins de points par requête.</translation>
    </message>
    <message numerus="yes">
        <source>The server is rate limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur limite le débit des requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le serveur limite le débit des requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is rate limiting requests. Wait a moment and try again.</source>
        <translation>Le serveur limite le débit des requêtes. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or the operation is long: raise the connection's timeout or try again.</source>
        <translation>Le serveur n'a pas répondu à temps. Il est peut-être surchargé ou l'opération est longue : augmentez le délai de la connexion ou réessayez.</translation>
    </message>
    <message>
        <source>The server failed while handling the request. Check the server's logs, then retry.</source>
        <translation>Le serveur a échoué en traitant la requête. Consultez les journaux du serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>The server is not ready (starting, recovering, or a shard is unavailable). Wait and retry.</source>
        <translation>Le serveur n'est pas prêt (démarrage, récupération, ou un shard indisponible). Patientez et réessayez.</translation>
    </message>
    <message>
        <source>The server is out of disk space. Free space on the server, then retry.</source>
        <translation>Le serveur n'a plus d'espace disque. Libérez de l'espace sur le serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. If the server uses a private certificate authority, add its CA file to the connection; certificate errors are never ignored.</source>
        <translation>La connexion sécurisée a échoué : %1. Si le serveur utilise une autorité de certification privée, ajoutez son fichier CA à la connexion ; les erreurs de certificat ne sont jamais ignorées.</translation>
    </message>
    <message>
        <source>Nothing is listening at that address. Check the URL and port, and that the server is running.</source>
        <translation>Rien n'écoute à cette adresse. Vérifiez l'URL et le port, et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The host name could not be resolved. Check the URL.</source>
        <translation>Le nom d'hôte n'a pas pu être résolu. Vérifiez l'URL.</translation>
    </message>
    <message>
        <source>The connection broke during the request (%1). Check the network and retry.</source>
        <translation>La connexion s'est interrompue pendant la requête (%1). Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server's answer could not be understood (%1). Is the URL a Qdrant server, and is a proxy altering replies?</source>
        <translation>La réponse du serveur est incompréhensible (%1). L'URL désigne-t-elle un serveur Qdrant, et un proxy modifie-t-il les réponses ?</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L'opération a été annulée.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n'a été envoyé : %1</translation>
    </message>
    <message>
        <source>The snapshot's checksum does not match (%1). The file is damaged or incomplete: nothing was kept.</source>
        <translation>La somme de contrôle de l'instantané ne correspond pas (%1). Le fichier est endommagé ou incomplet : rien n'a été conservé.</translation>
    </message>
    <message>
        <source>A local file operation failed: %1</source>
        <translation>Une opération sur un fichier local a échoué : %1</translation>
    </message>
</context>
<context>
    <name>QueryRequest</name>
    <message>
        <source>servers before Qdrant 1.10 can only search by vector (no point-id or empty query)</source>
        <translation>les serveurs antérieurs à Qdrant 1.10 ne cherchent que par vecteur (ni identifiant de point, ni requête vide)</translation>
    </message>
</context>
<context>
    <name>RowSource</name>
    <message>
        <source>source.type: expected jsonl, csv, sqlite or postgresql, got '%1'</source>
        <translation>source.type : jsonl, csv, sqlite ou postgresql attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>source.path: expected the %1 file's path</source>
        <translation>source.path : chemin du fichier %1 attendu</translation>
    </message>
    <message>
        <source>source.delimiter: expected one character other than '"'</source>
        <translation>source.delimiter : un caractère autre que '"' attendu</translation>
    </message>
    <message>
        <source>source.query: expected the SELECT that returns the rows</source>
        <translation>source.query : le SELECT qui renvoie les lignes est attendu</translation>
    </message>
    <message>
        <source>source.database: expected the PostgreSQL database name</source>
        <translation>source.database : nom de la base PostgreSQL attendu</translation>
    </message>
    <message>
        <source>source.password: job files never hold passwords; name an environment variable in password_env</source>
        <translation>source.password : les fichiers de tâche ne contiennent jamais de mot de passe ; nommez une variable d’environnement dans password_env</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available: the API key is kept for this session only and will have to be entered again next time.</source>
        <translation>Aucun trousseau système n'est disponible : la clé d'API n'est conservée que pour cette session et devra être saisie à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>TextTemplate</name>
    <message>
        <source>position %1: '}' without '{' (write '}}' for a literal brace)</source>
        <translation>position %1 : '}' sans '{' (écrivez '}}' pour une accolade littérale)</translation>
    </message>
    <message>
        <source>position %1: '{' is never closed</source>
        <translation>position %1 : '{' n’est jamais fermée</translation>
    </message>
    <message>
        <source>position %1: expected a field name inside the braces</source>
        <translation>position %1 : nom de champ attendu entre les accolades</translation>
    </message>
    <message>
        <source>position %1: unknown filter '%2' (expected one of: %3)</source>
        <translation>position %1 : filtre « %2 » inconnu (attendu : %3)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VectorDesk: a desktop console for Qdrant.</source>
        <translation>VectorDesk : une console de bureau pour Qdrant.</translation>
    </message>
    <message>
        <source>Data directory of the embedded engine.</source>
        <translation>Répertoire des données du moteur embarqué.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <source>Save a picture of the window once the collections are shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre une fois les collections affichées, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Panel to show first: collections, indexes or points.</source>
        <translation>Panneau à afficher d’abord : collections, indexes ou points.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>vd::ConnectionCheck</name>
    <message>
        <source>Server not reachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>Serveur joignable</translation>
    </message>
    <message>
        <source>Server %1 reachable</source>
        <translation>Serveur %1 joignable</translation>
    </message>
    <message>
        <source>Authentication: accepted</source>
        <translation>Authentification : acceptée</translation>
    </message>
    <message>
        <source>Authentication: the server needs an API key</source>
        <translation>Authentification : le serveur exige une clé d’API</translation>
    </message>
    <message>
        <source>Authentication: the API key was refused</source>
        <translation>Authentification : la clé d’API a été refusée</translation>
    </message>
    <message>
        <source>Authentication: the key may not do this (read-only key?)</source>
        <translation>Authentification : la clé n’a pas ce droit (clé en lecture seule ?)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
</context>
<context>
    <name>vd::ConnectionSession</name>
    <message>
        <source>%1 is a production connection and opens read-only: unlock writes first (the lock button in the connection bar)</source>
        <translation>%1 est une connexion de production ouverte en lecture seule : déverrouillez d’abord les écritures (le bouton de verrou dans la barre de connexion)</translation>
    </message>
</context>
<context>
    <name>vd::CsvSource</name>
    <message>
        <source>%1: the file is empty; expected a header row</source>
        <translation>%1 : le fichier est vide ; ligne d’en-tête attendue</translation>
    </message>
    <message>
        <source>%1: header column %2 is empty or repeated</source>
        <translation>%1 : la colonne d’en-tête %2 est vide ou répétée</translation>
    </message>
    <message>
        <source>row %1 (line %2): %3 fields, the header has %4</source>
        <translation>ligne %1 (ligne de fichier %2) : %3 champs, l’en-tête en a %4</translation>
    </message>
    <message>
        <source>row starting on line %1: a quoted field is never closed</source>
        <translation>ligne commençant à la ligne de fichier %1 : un champ entre guillemets n’est jamais fermé</translation>
    </message>
</context>
<context>
    <name>vd::EmbedScheduler</name>
    <message>
        <source>the configured budget of %1 texts per day is spent</source>
        <translation>le budget configuré de %1 textes par jour est épuisé</translation>
    </message>
    <message>
        <source>one text is estimated at %1 tokens, above tokens_per_minute (%2)</source>
        <translation>un texte est estimé à %1 jetons, au-delà de tokens_per_minute (%2)</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>limite de débit</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>abandon après %1 tentatives : %2</translation>
    </message>
    <message>
        <source>the provider asks to wait %1 s, longer than the %2 s this job waits: %3</source>
        <translation>le fournisseur demande d’attendre %1 s, plus que les %2 s que cette tâche attend : %3</translation>
    </message>
    <message>
        <source>provider rate limit (429)</source>
        <translation>limite de débit du fournisseur (429)</translation>
    </message>
    <message>
        <source>retrying after: %1</source>
        <translation>nouvel essai après : %1</translation>
    </message>
</context>
<context>
    <name>vd::EmbeddingJob</name>
    <message>
        <source>connecting to Qdrant</source>
        <translation>connexion à Qdrant</translation>
    </message>
    <message>
        <source>paused; calls in flight finish, nothing new is sent</source>
        <translation>en pause ; les appels en cours se terminent, rien de nouveau n’est envoyé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cancelled: %1 rows written; run again with --resume to continue</source>
        <translation>annulé : %1 lignes écrites ; relancez avec --resume pour continuer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>collection %1 does not exist; the run would create it</source>
        <translation>la collection %1 n’existe pas ; l’exécution la créerait</translation>
    </message>
    <message>
        <source>collection %1 does not exist</source>
        <translation>la collection %1 n’existe pas</translation>
    </message>
    <message>
        <source>Create it first (vectordesk-cli collections create, or the template in the app), or set qdrant.create_collection with a built-in template.</source>
        <translation>Créez-la d’abord (vectordesk-cli collections create, ou le modèle dans l’application), ou activez qdrant.create_collection avec un modèle intégré.</translation>
    </message>
    <message>
        <source>reading collection %1</source>
        <translation>lecture de la collection %1</translation>
    </message>
    <message>
        <source>collection %1: %2</source>
        <translation>collection %1 : %2</translation>
    </message>
    <message>
        <source>collection %1 stores %2-dimensional vectors; the provider gives %3</source>
        <translation>la collection %1 stocke des vecteurs de dimension %2 ; le fournisseur en donne %3</translation>
    </message>
    <message>
        <source>Set provider.dimensions to %1, or use a collection made for %2 dimensions.</source>
        <translation>Réglez provider.dimensions à %1, ou utilisez une collection prévue pour %2 dimensions.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>collection %1 has no vector named '%2' (it has: %3)</source>
        <translation>la collection %1 n’a pas de vecteur nommé « %2 » (elle a : %3)</translation>
    </message>
    <message>
        <source>template %1 has no collection to create</source>
        <translation>le modèle %1 n’a pas de collection à créer</translation>
    </message>
    <message>
        <source>created collection %1 from %2</source>
        <translation>collection %1 créée à partir de %2</translation>
    </message>
    <message>
        <source>creating collection %1</source>
        <translation>création de la collection %1</translation>
    </message>
    <message>
        <source>resuming: %1 rows done earlier, %2 dead-lettered</source>
        <translation>reprise : %1 lignes déjà traitées, %2 rejetées</translation>
    </message>
    <message>
        <source>reading the collection's content hashes</source>
        <translation>lecture des empreintes de contenu de la collection</translation>
    </message>
    <message>
        <source>reading the collection's content hashes: %1</source>
        <translation>lecture des empreintes de contenu de la collection : %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
    <message>
        <source>embedding: %1</source>
        <translation>embedding : %1</translation>
    </message>
    <message>
        <source>%1: waiting %2 s</source>
        <translation>%1 : attente de %2 s</translation>
    </message>
    <message>
        <source>writing %1 batches embedded before the interruption (no provider call)</source>
        <translation>écriture de %1 lots vectorisés avant l’interruption (sans appel au fournisseur)</translation>
    </message>
    <message>
        <source>field %1: expected %2, got '%3'</source>
        <translation>champ %1 : %2 attendu, « %3 » reçu</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an RFC 3339 date-time</source>
        <translation>une date-heure RFC 3339</translation>
    </message>
    <message>
        <source>row %1: the key field '%2' is missing or empty</source>
        <translation>ligne %1 : le champ clé « %2 » est absent ou vide</translation>
    </message>
    <message>
        <source>row %1: key '%2' repeats row %3; only the first is written</source>
        <translation>ligne %1 : la clé « %2 » répète la ligne %3 ; seule la première est écrite</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>row %1: the tenant key '%2' is missing; a point without it would be visible to no tenant or to all</source>
        <translation>ligne %1 : la clé de locataire « %2 » est absente ; un point sans elle ne serait visible par aucun locataire, ou par tous</translation>
    </message>
    <message>
        <source>row %1: the text template gives an empty text</source>
        <translation>ligne %1 : le modèle de texte donne un texte vide</translation>
    </message>
    <message>
        <source>dead letter: %1</source>
        <translation>rejet : %1</translation>
    </message>
    <message>
        <source>writing to %1: %2</source>
        <translation>écriture dans %1 : %2</translation>
    </message>
    <message>
        <source>The vectors are kept in the checkpoint: --resume writes them without calling the provider again.</source>
        <translation>Les vecteurs sont conservés dans le point de reprise : --resume les écrit sans rappeler le fournisseur.</translation>
    </message>
    <message>
        <source>reading vectors to update payloads</source>
        <translation>lecture des vecteurs pour mettre à jour les payloads</translation>
    </message>
    <message>
        <source>deleting rows gone from the source</source>
        <translation>suppression des lignes disparues de la source</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>vd::FileSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>vd::JsonlSource</name>
    <message>
        <source>line %1: invalid JSON at column %2: %3</source>
        <translation>ligne %1 : JSON invalide à la colonne %2 : %3</translation>
    </message>
    <message>
        <source>line %1: expected a JSON object</source>
        <translation>ligne %1 : objet JSON attendu</translation>
    </message>
</context>
<context>
    <name>vd::PointsExportJob</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>vd::QdrantClient</name>
    <message>
        <source>field_name: a payload key is required</source>
        <translation>field_name : une clé de payload est requise</translation>
    </message>
    <message>
        <source>limit: expected at least 1, got %1</source>
        <translation>limit : au moins 1 attendu, %1 reçu</translation>
    </message>
    <message>
        <source>facet needs Qdrant 1.12 or newer; this server is %1</source>
        <translation>facet nécessite Qdrant 1.12 ou plus récent ; ce serveur est en %1</translation>
    </message>
    <message>
        <source>full-storage snapshots are restored with the server's --snapshot option, not over REST</source>
        <translation>les instantanés du stockage complet se restaurent avec l'option --snapshot du serveur, pas par REST</translation>
    </message>
    <message>
        <source>priority: expected replica, snapshot or no_sync, got '%1'</source>
        <translation>priority : replica, snapshot ou no_sync attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>this connection is read-only</source>
        <translation>cette connexion est en lecture seule</translation>
    </message>
</context>
<context>
    <name>vd::RecreateCollectionJob</name>
    <message>
        <source>cancelled after %1 was deleted: create it again from the form or a snapshot</source>
        <translation>annulé après la suppression de %1 : recréez-la avec le formulaire ou depuis un snapshot</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>annulé ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1 was deleted but could not be created again: %2</source>
        <translation>%1 a été supprimée mais n’a pas pu être recréée : %2</translation>
    </message>
    <message>
        <source>%1 was recreated without its index on %2: %3</source>
        <translation>%1 a été recréée sans son index sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>vd::RequestJob</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>the reply has no `result`</source>
        <translation>la réponse n'a pas de `result`</translation>
    </message>
    <message>
        <source>no data from the server for %1 s</source>
        <translation>aucune donnée du serveur depuis %1 s</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>statut HTTP inattendu %1</translation>
    </message>
</context>
<context>
    <name>vd::SnapshotDownloadJob</name>
    <message>
        <source>the server lists no checksum for %1, so the download cannot be verified</source>
        <translation>le serveur n'annonce aucune somme de contrôle pour %1, le téléchargement ne peut donc pas être vérifié</translation>
    </message>
    <message>
        <source>snapshot %1 is not in the server's list</source>
        <translation>l'instantané %1 ne figure pas dans la liste du serveur</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>expected %1, downloaded %2 bytes hashing to %3</source>
        <translation>%1 attendu, %2 octets téléchargés dont l'empreinte est %3</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d'enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>vd::SnapshotUploadJob</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>vd::SqlSource</name>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)</source>
        <translation>le pilote Qt SQL %1 n’est pas installé (Debian : libqt6sql6-%2)</translation>
    </message>
    <message>
        <source>%1: no such SQLite database</source>
        <translation>%1 : base SQLite introuvable</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>source.query failed: %1</source>
        <translation>échec de source.query : %1</translation>
    </message>
    <message>
        <source>source.query: expected a query that returns rows (SELECT …)</source>
        <translation>source.query : requête qui renvoie des lignes attendue (SELECT …)</translation>
    </message>
</context>
<context>
    <name>vd::TemplateApplyJob</name>
    <message>
        <source>%1: missing</source>
        <translation>%1 : absente</translation>
    </message>
    <message>
        <source>%1: vectors: %2 (recreate to fix)</source>
        <translation>%1 : vecteurs : %2 (à recréer pour corriger)</translation>
    </message>
    <message>
        <source>%1: missing index %2</source>
        <translation>%1 : index %2 absent</translation>
    </message>
    <message>
        <source>%1: index %2 (drop and create it again to fix)</source>
        <translation>%1 : index %2 (à supprimer puis recréer pour corriger)</translation>
    </message>
    <message>
        <source>%1: index %2 is not in the template</source>
        <translation>%1 : l’index %2 n’est pas dans le modèle</translation>
    </message>
    <message>
        <source>%1: matches the template</source>
        <translation>%1 : conforme au modèle</translation>
    </message>
    <message>
        <source>no vector '%1'</source>
        <translation>pas de vecteur « %1 »</translation>
    </message>
    <message>
        <source>size %1, template %2</source>
        <translation>taille %1, modèle %2</translation>
    </message>
    <message>
        <source>distance %1, template %2</source>
        <translation>distance %1, modèle %2</translation>
    </message>
    <message>
        <source>%1: %2, template %3</source>
        <translation>%1 : %2, modèle %3</translation>
    </message>
    <message>
        <source>cancelled after: %1</source>
        <translation>annulé après : %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 créée</translation>
    </message>
    <message>
        <source>created index %1.%2</source>
        <translation>index %1.%2 créé</translation>
    </message>
    <message>
        <source>%1 (already done: %2)</source>
        <translation>%1 (déjà fait : %2)</translation>
    </message>
</context>
<context>
    <name>vd::UpsertJob</name>
    <message>
        <source>cancelled after %1 of %2 points</source>
        <translation>annulé après %1 points sur %2</translation>
    </message>
    <message>
        <source>point %1 alone is %2 bytes, over the %3-byte request limit; %4 of %5 points were written before it</source>
        <translation>le point %1 pèse à lui seul %2 octets, au-delà de la limite de %3 octets par requête ; %4 points sur %5 ont été écrits avant lui</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 points were written in earlier requests; the rest were not)</source>
        <translation>%1 (%2 points sur %3 ont été écrits par les requêtes précédentes ; les autres non)</translation>
    </message>
</context>
<context>
    <name>vd::demo::DemoLoader</name>
    <message>
        <source>The demo collections already exist; nothing was loaded.</source>
        <translation>Les collections de démonstration existent déjà ; rien n'a été chargé.</translation>
    </message>
    <message>
        <source>Loaded the trading-journal demo data.</source>
        <translation>Données de démonstration du journal de trading chargées.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>Chargement des données de démonstration</translation>
    </message>
    <message>
        <source>Loading the demo data failed: %1. %2</source>
        <translation>Le chargement des données de démonstration a échoué : %1. %2</translation>
    </message>
    <message>
        <source>Loading the demo data was cancelled.</source>
        <translation>Le chargement des données de démonstration a été annulé.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AliasesDialog</name>
    <message>
        <source>Aliases of %1</source>
        <translation>Alias de %1</translation>
    </message>
    <message>
        <source>All aliases on this server (→ the collection each points to):</source>
        <translation>Tous les alias de ce serveur (→ la collection visée) :</translation>
    </message>
    <message>
        <source>new alias name</source>
        <translation>nom du nouvel alias</translation>
    </message>
    <message>
        <source>&amp;Create alias</source>
        <translation>&amp;Créer l’alias</translation>
    </message>
    <message>
        <source>&amp;Switch selected alias to %1</source>
        <translation>&amp;Basculer l’alias choisi vers %1</translation>
    </message>
    <message>
        <source>&amp;Delete selected alias</source>
        <translation>&amp;Supprimer l’alias choisi</translation>
    </message>
    <message>
        <source>Type the new alias's name first.</source>
        <translation>Saisissez d’abord le nom du nouvel alias.</translation>
    </message>
    <message>
        <source>alias %1 → %2 created</source>
        <translation>alias %1 → %2 créé</translation>
    </message>
    <message>
        <source>Select the alias to switch.</source>
        <translation>Choisissez l’alias à basculer.</translation>
    </message>
    <message>
        <source>alias %1 now points to %2</source>
        <translation>l’alias %1 vise maintenant %2</translation>
    </message>
    <message>
        <source>Select the alias to delete.</source>
        <translation>Choisissez l’alias à supprimer.</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>Supprimer l’alias</translation>
    </message>
    <message>
        <source>Clients that use the alias %1 will get errors until it exists again.</source>
        <translation>Les clients qui utilisent l’alias %1 auront des erreurs jusqu’à ce qu’il existe de nouveau.</translation>
    </message>
    <message>
        <source>alias %1 deleted</source>
        <translation>alias %1 supprimé</translation>
    </message>
    <message>
        <source>Updating aliases</source>
        <translation>Mise à jour des alias</translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <translation>Alias : %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::CollectionsModel</name>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vecteurs</translation>
    </message>
    <message>
        <source>Payload indexes</source>
        <translation>Index de payload</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Could not list collections: %1</source>
        <translation>Impossible de lister les collections : %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::CollectionsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the collections from the server (F5)</source>
        <translation>Recharger les collections depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>&amp;Nouvelle collection…</translation>
    </message>
    <message>
        <source>Create a collection from the full form (Ctrl+N)</source>
        <translation>Créer une collection avec le formulaire complet (Ctrl+N)</translation>
    </message>
    <message>
        <source>From &amp;template</source>
        <translation>Depuis le &amp;modèle</translation>
    </message>
    <message>
        <source>Create the trading-journal collections and their payload indexes</source>
        <translation>Créer les collections du journal de trading et leurs index de payload</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>A&amp;lias…</translation>
    </message>
    <message>
        <source>Create, switch or delete aliases of the selected collection</source>
        <translation>Créer, basculer ou supprimer les alias de la collection choisie</translation>
    </message>
    <message>
        <source>Schema &amp;drift…</source>
        <translation>É&amp;carts de schéma…</translation>
    </message>
    <message>
        <source>Compare with the trading-journal template</source>
        <translation>Comparer au modèle du journal de trading</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected collection (asks for its name)</source>
        <translation>Supprimer la collection choisie (demande son nom)</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Création de %1</translation>
    </message>
    <message>
        <source>Creating %1: %2</source>
        <translation>Création de %1 : %2</translation>
    </message>
    <message>
        <source>Collection %1 created</source>
        <translation>Collection %1 créée</translation>
    </message>
    <message>
        <source>Creating the %1 collections</source>
        <translation>Création des collections « %1 »</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>Everything in the template already exists</source>
        <translation>Tout le contenu du modèle existe déjà</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>its %1 points</source>
        <translation>ses %1 points</translation>
    </message>
    <message>
        <source>all its points</source>
        <translation>tous ses points</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <source>Deleting %1 destroys %2, its payload indexes and its aliases. It cannot be undone (a snapshot can restore it).</source>
        <translation>Supprimer %1 détruit %2, ses index de payload et ses alias. C’est irréversible (un snapshot peut la restaurer).</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Deleting %1: %2</source>
        <translation>Suppression de %1 : %2</translation>
    </message>
    <message>
        <source>Collection %1 deleted</source>
        <translation>Collection %1 supprimée</translation>
    </message>
    <message>
        <source>R&amp;ecreate…</source>
        <translation>R&amp;ecréer…</translation>
    </message>
    <message>
        <source>Empty the selected collection: delete it and create it again with the same configuration and payload indexes (asks for its name)</source>
        <translation>Vider la collection choisie : la supprimer et la recréer avec la même configuration et les mêmes index de payload (demande son nom)</translation>
    </message>
    <message>
        <source>Recreate collection</source>
        <translation>Recréer la collection</translation>
    </message>
    <message>
        <source>Recreating %1 destroys %2; its configuration and payload indexes are kept. It cannot be undone (a snapshot can restore it).</source>
        <translation>Recréer %1 détruit %2 ; sa configuration et ses index de payload sont conservés. C’est irréversible (un snapshot peut la restaurer).</translation>
    </message>
    <message>
        <source>Recreating %1</source>
        <translation>Recréation de %1</translation>
    </message>
    <message>
        <source>Recreating %1: %2</source>
        <translation>Recréation de %1 : %2</translation>
    </message>
    <message>
        <source>Collection %1 recreated empty</source>
        <translation>Collection %1 recréée vide</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConfirmByNameDialog</name>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Saisissez %1 pour confirmer.</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Pré-production</translation>
    </message>
    <message>
        <source>Production (opens read-only)</source>
        <translation>Production (ouverte en lecture seule)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Environnement</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>enregistrée dans le trousseau du système</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d’API</translation>
    </message>
    <message>
        <source>extra CA certificate (PEM), optional</source>
        <translation>certificat d’AC supplémentaire (PEM), facultatif</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>&amp;Fichier d’AC</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Délai</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Exporter les connexions</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved; the key is in the system keychain.</source>
        <translation>Enregistré ; la clé est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saved, but the key was not stored: %1</source>
        <translation>Enregistré, mais la clé n’a pas été conservée : %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported; add their API keys, which exports never contain.</source>
        <translation>
            <numerusform>%n connexion importée ; ajoutez sa clé d’API, que les exports ne contiennent jamais.</numerusform>
            <numerusform>%n connexions importées ; ajoutez leurs clés d’API, que les exports ne contiennent jamais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1 (without API keys).</source>
        <translation>Exporté dans %1 (sans les clés d’API).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d’AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>vd::ui::CreateIndexDialog</name>
    <message>
        <source>New payload index</source>
        <translation>Nouvel index de payload</translation>
    </message>
    <message>
        <source>payload key, e.g. user_id or meta.symbol</source>
        <translation>clé du payload, par ex. user_id ou meta.symbol</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Champ</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Tenant key (is_tenant): co-locate each tenant's points</source>
        <translation>Clé de locataire (is_tenant) : regrouper les points de chaque locataire</translation>
    </message>
    <message>
        <source>Prefix matching (keyword)</source>
        <translation>Recherche par préfixe (keyword)</translation>
    </message>
    <message>
        <source>Exact lookups (lookup)</source>
        <translation>Recherches exactes (lookup)</translation>
    </message>
    <message>
        <source>Range queries (range)</source>
        <translation>Requêtes par intervalle (range)</translation>
    </message>
    <message>
        <source>Principal field: optimise storage for it (is_principal)</source>
        <translation>Champ principal : optimiser le stockage pour lui (is_principal)</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Min token length</source>
        <translation>Longueur minimale des jetons</translation>
    </message>
    <message>
        <source>Max token length</source>
        <translation>Longueur maximale des jetons</translation>
    </message>
    <message>
        <source>Lowercase</source>
        <translation>Minuscules</translation>
    </message>
    <message>
        <source>ASCII folding (é → e)</source>
        <translation>Repli ASCII (é → e)</translation>
    </message>
    <message>
        <source>Phrase matching</source>
        <translation>Recherche de phrases</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>valeur du serveur</translation>
    </message>
    <message>
        <source>on disk (cold)</source>
        <translation>sur disque (froid)</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>pinned in memory</source>
        <translation>épinglé en mémoire</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>field_schema</source>
        <translation>field_schema</translation>
    </message>
    <message>
        <source>Create index</source>
        <translation>Créer l’index</translation>
    </message>
    <message>
        <source>Field: the payload key to index</source>
        <translation>Champ : la clé du payload à indexer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Stopwords</source>
        <translation>Mots vides</translation>
    </message>
    <message>
        <source>Stemmer (Snowball)</source>
        <translation>Racinisation (Snowball)</translation>
    </message>
</context>
<context>
    <name>vd::ui::IndexesPanel</name>
    <message>
        <source>&amp;New index…</source>
        <translation>&amp;Nouvel index…</translation>
    </message>
    <message>
        <source>&amp;Drop index…</source>
        <translation>&amp;Supprimer l’index…</translation>
    </message>
    <message>
        <source>Reading %1: %2</source>
        <translation>Lecture de %1 : %2</translation>
    </message>
    <message>
        <source>Indexing… (collection %1)</source>
        <translation>Indexation… (collection %1)</translation>
    </message>
    <message>
        <source>Collection green: indexes up to date</source>
        <translation>Collection verte : index à jour</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexation…</translation>
    </message>
    <message>
        <source>Creating index %1</source>
        <translation>Création de l’index %1</translation>
    </message>
    <message>
        <source>Index on %1 requested</source>
        <translation>Index sur %1 demandé</translation>
    </message>
    <message>
        <source>Select the index to drop.</source>
        <translation>Choisissez l’index à supprimer.</translation>
    </message>
    <message>
        <source>Drop index</source>
        <translation>Supprimer l’index</translation>
    </message>
    <message>
        <source>Filters on %1 in %2 will scan every point until the index is created again.</source>
        <translation>Les filtres sur %1 dans %2 parcourront tous les points jusqu’à ce que l’index soit recréé.</translation>
    </message>
    <message>
        <source>Dropping index %1</source>
        <translation>Suppression de l’index %1</translation>
    </message>
    <message>
        <source>Index on %1 dropped</source>
        <translation>Index sur %1 supprimé</translation>
    </message>
    <message>
        <source>Creating index %1: %2</source>
        <translation>Création de l’index %1 : %2</translation>
    </message>
    <message>
        <source>Dropping index %1: %2</source>
        <translation>Suppression de l’index %1 : %2</translation>
    </message>
</context>
<context>
    <name>vd::ui::MainWindow</name>
    <message>
        <source>VectorDesk</source>
        <translation>VectorDesk</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The embedded engine could not start: %1</source>
        <translation>Le moteur embarqué n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>pas prêt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>last request %1 ms</source>
        <translation>dernière requête %1 ms</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>Add, edit, test, import or export connections (Ctrl+Shift+C)</source>
        <translation>Ajouter, modifier, tester, importer ou exporter des connexions (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Local demo (embedded engine)</source>
        <translation>Démo locale (moteur intégré)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>%1 — embedded engine on this computer (local)</source>
        <translation>%1 — moteur intégré sur cet ordinateur (local)</translation>
    </message>
    <message>
        <source>%1 — development</source>
        <translation>%1 — développement</translation>
    </message>
    <message>
        <source>%1 — staging</source>
        <translation>%1 — pré-production</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION · read-only</source>
        <translation>%1 — PRODUCTION · lecture seule</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION · WRITES UNLOCKED</source>
        <translation>%1 — PRODUCTION · ÉCRITURES DÉVERROUILLÉES</translation>
    </message>
    <message>
        <source>Read-only: unlock writes</source>
        <translation>Lecture seule : déverrouiller les écritures</translation>
    </message>
    <message>
        <source>Writes unlocked: lock again</source>
        <translation>Écritures déverrouillées : reverrouiller</translation>
    </message>
    <message>
        <source>Production connections open read-only; writes stay possible only while unlocked.</source>
        <translation>Les connexions de production s’ouvrent en lecture seule ; les écritures ne sont possibles que tant qu’elles sont déverrouillées.</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>Démo locale</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Cette connexion n’existe plus.</translation>
    </message>
    <message>
        <source>Reading the key of %1…</source>
        <translation>Lecture de la clé de %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vd::ui::NewCollectionDialog</name>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Vector &amp;size</source>
        <translation>&amp;Taille des vecteurs</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>&amp;Distance</translation>
    </message>
    <message>
        <source>Keep vectors on disk</source>
        <translation>Garder les vecteurs sur disque</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>valeur du serveur</translation>
    </message>
    <message>
        <source>HNSW m</source>
        <translation>HNSW m</translation>
    </message>
    <message>
        <source>HNSW ef_construct</source>
        <translation>HNSW ef_construct</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>scalar (int8)</source>
        <translation>scalaire (int8)</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>&amp;Quantization</source>
        <translation>&amp;Quantification</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Replication factor</source>
        <translation>Facteur de réplication</translation>
    </message>
    <message>
        <source>Metadata (JSON)</source>
        <translation>Métadonnées (JSON)</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Name: letters, digits, '_', '-' and '.', 1 to 255 characters</source>
        <translation>Nom : lettres, chiffres, '_', '-' et '.', de 1 à 255 caractères</translation>
    </message>
    <message>
        <source>Metadata: expected a JSON object (%1)</source>
        <translation>Métadonnées : objet JSON attendu (%1)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n’est pas un objet</translation>
    </message>
</context>
<context>
    <name>vd::ui::PayloadEditDialog</name>
    <message>
        <source>Edit payload of point %1</source>
        <translation>Modifier le payload du point %1</translation>
    </message>
    <message>
        <source>Set: change or add the keys below, keep the others</source>
        <translation>Définir : modifier ou ajouter les clés ci-dessous, garder les autres</translation>
    </message>
    <message>
        <source>Overwrite: the payload becomes exactly the JSON below</source>
        <translation>Remplacer : le payload devient exactement le JSON ci-dessous</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Ce qui change :</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>The payload must be a JSON object</source>
        <translation>Le payload doit être un objet JSON</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(aucun changement)</translation>
    </message>
</context>
<context>
    <name>vd::ui::PayloadIndexModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Points indexed</source>
        <translation>Points indexés</translation>
    </message>
</context>
<context>
    <name>vd::ui::PointsModel</name>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Reading points of %1: %2</source>
        <translation>Lecture des points de %1 : %2</translation>
    </message>
</context>
<context>
    <name>vd::ui::PointsPanel</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export every point matching the filter to JSONL or CSV (Ctrl+E)</source>
        <translation>Exporter tous les points qui correspondent au filtre en JSONL ou CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>égal à</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>différent de</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>contains text</source>
        <translation>contient le texte</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter la condition</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>&amp;Appliquer le filtre</translation>
    </message>
    <message>
        <source>Filter as JSON, e.g. {"must": [{"key": "user_id", "match": {"value": "user-01"}}]}</source>
        <translation>Filtre en JSON, par ex. {"must": [{"key": "user_id", "match": {"value": "user-01"}}]}</translation>
    </message>
    <message>
        <source>Edit &amp;payload…</source>
        <translation>Modifier le &amp;payload…</translation>
    </message>
    <message>
        <source>Delete &amp;selected…</source>
        <translation>Supprimer la &amp;sélection…</translation>
    </message>
    <message>
        <source>Delete all &amp;matching…</source>
        <translation>Supprimer tout ce qui &amp;correspond…</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>Exporter des points</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation>Lignes JSON (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>count failed</source>
        <translation>échec du comptage</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) match</source>
        <translation>
            <numerusform>%n point correspond</numerusform>
            <numerusform>%n points correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter not applied: %1</source>
        <translation>Filtre non appliqué : %1</translation>
    </message>
    <message>
        <source>Choose the field of the condition first</source>
        <translation>Choisissez d’abord le champ de la condition</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) selected</source>
        <translation>
            <numerusform>%n point sélectionné</numerusform>
            <numerusform>%n points sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one point to edit its payload.</source>
        <translation>Choisissez un point pour modifier son payload.</translation>
    </message>
    <message>
        <source>Saving the payload of %1</source>
        <translation>Enregistrement du payload de %1</translation>
    </message>
    <message>
        <source>Saving the payload: %1</source>
        <translation>Enregistrement du payload : %1</translation>
    </message>
    <message>
        <source>Payload of point %1 saved</source>
        <translation>Payload du point %1 enregistré</translation>
    </message>
    <message>
        <source>Select the points to delete.</source>
        <translation>Choisissez les points à supprimer.</translation>
    </message>
    <message>
        <source>Delete points</source>
        <translation>Supprimer des points</translation>
    </message>
    <message numerus="yes">
        <source>%n selected point(s) of %1 will be deleted.</source>
        <translation>
            <numerusform>%n point sélectionné de %1 sera supprimé.</numerusform>
            <numerusform>%n points sélectionnés de %1 seront supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting points</source>
        <translation>Suppression de points</translation>
    </message>
    <message>
        <source>Deleting points: %1</source>
        <translation>Suppression de points : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) deleted</source>
        <translation>
            <numerusform>%n point supprimé</numerusform>
            <numerusform>%n points supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Set a filter first: deleting by filter without one would delete every point.</source>
        <translation>Définissez d’abord un filtre : supprimer par filtre sans filtre supprimerait tous les points.</translation>
    </message>
    <message>
        <source>No point matches the filter: nothing to delete.</source>
        <translation>Aucun point ne correspond au filtre : rien à supprimer.</translation>
    </message>
    <message>
        <source>Delete matching points</source>
        <translation>Supprimer les points correspondants</translation>
    </message>
    <message>
        <source>%1 points of %2 match the filter and will be deleted.</source>
        <translation>%1 points de %2 correspondent au filtre et seront supprimés.</translation>
    </message>
    <message>
        <source>Deleting %1 points</source>
        <translation>Suppression de %1 points</translation>
    </message>
    <message>
        <source>%1 points deleted</source>
        <translation>%1 points supprimés</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Export de %1</translation>
    </message>
    <message>
        <source>Export: %1 (no file was written)</source>
        <translation>Export : %1 (aucun fichier n’a été écrit)</translation>
    </message>
    <message>
        <source>%1 points exported to %2</source>
        <translation>%1 points exportés dans %2</translation>
    </message>
    <message>
        <source>Delete the selected points (Delete key in the table)</source>
        <translation>Supprimer les points sélectionnés (touche Suppr dans le tableau)</translation>
    </message>
</context>
<context>
    <name>vd::ui::SchemaDriftDialog</name>
    <message>
        <source>Schema drift: %1</source>
        <translation>Écarts de schéma : %1</translation>
    </message>
    <message>
        <source>&amp;Apply: create what is missing</source>
        <translation>&amp;Appliquer : créer ce qui manque</translation>
    </message>
    <message>
        <source>Applying the template</source>
        <translation>Application du modèle</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>A wrong vector size or distance is fixed only by deleting the collection (Collections panel; its points are lost) and applying the template here; a wrong index type by dropping the index (Indexes panel) and applying here.</source>
        <translation>Une taille de vecteur ou une distance erronée ne se corrige qu’en supprimant la collection (panneau Collections ; ses points sont perdus) puis en appliquant le modèle ici ; un type d’index erroné, en supprimant l’index (panneau Index) puis en appliquant ici.</translation>
    </message>
    <message>
        <source>Applying the template: %1</source>
        <translation>Application du modèle : %1</translation>
    </message>
</context>
</TS>