<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>CollectionSpec</name>
    <message>
        <source>vectors: at least one vector is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vectors[%1].name: every vector needs a name when there are several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.size: expected 1 to 65536, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.distance: expected Cosine, Dot, Euclid or Manhattan, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected at least %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantization_config: expected scalar, binary or product, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>name: a connection needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: expected http(s)://host[:port], got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: credentials must not be part of the URL; store the API key in the keychain instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: an API key must never be put in the URL; store it in the keychain instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: expected 1 to 3600 seconds, got %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca_file: a CA file only applies to https:// URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca_file: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca_file: %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profiles never carry secrets; remove it and enter the key in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment: expected local, development, staging or production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Server URL (default: $QDRANT_URL, else http://localhost:6333).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url / QDRANT_URL: expected http(s)://host[:port], got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url / QDRANT_URL: do not put credentials in the URL; set QDRANT_API_KEY instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: expected a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadIndexSpec</name>
    <message>
        <source>field_schema.type: expected one of %1, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs Qdrant %2 or newer; this server is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datetime index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a uuid index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword prefix matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field_schema.%1: not a parameter of a %2 index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field_schema.tokenizer: expected word, whitespace, prefix or multilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field_schema.min_token_len: must not exceed max_token_len</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field_schema: expected a type name or an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>no connection with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections: expected an array of connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections[%1].%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QdrantError</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data from the server for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1 with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires an API key. Add the key to this connection (it is stored in the system keychain), or set QDRANT_API_KEY for the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the API key. Check that the key belongs to this server and has not been rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid but not allowed to do this (a read-only key, or a JWT without rights on this collection). Use a key with write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not exist on this server. Check the collection, alias or point name, and refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It already exists. Pick another name, or delete the existing one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1. Correct that field and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the server accepts (32 MB by default). Send fewer points per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is rate limiting requests. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server is rate limiting requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or the operation is long: raise the connection&apos;s timeout or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while handling the request. Check the server&apos;s logs, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not ready (starting, recovering, or a shard is unavailable). Wait and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is out of disk space. Free space on the server, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1. If the server uses a private certificate authority, add its CA file to the connection; certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening at that address. Check the URL and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name could not be resolved. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke during the request (%1). Check the network and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Is the URL a Qdrant server, and is a proxy altering replies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot&apos;s checksum does not match (%1). The file is damaged or incomplete: nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local file operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryRequest</name>
    <message>
        <source>servers before Qdrant 1.10 can only search by vector (no point-id or empty query)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available: the API key is kept for this session only and will have to be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VectorDesk: a desktop console for Qdrant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory of the embedded engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>Serves the embedded Qdrant-compatible engine over HTTP until interrupted. Prefer the VECTORDESK_API_KEY / VECTORDESK_READ_ONLY_API_KEY environment variables to the key options, which other users can see in the process list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (default 6333; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require this API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also accept this key, for reads only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the trading-journal demo data if the engine is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data: a data directory is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: expected 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host: not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::QdrantClient</name>
    <message>
        <source>field_name: a payload key is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit: expected at least 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facet needs Qdrant 1.12 or newer; this server is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-storage snapshots are restored with the server&apos;s --snapshot option, not over REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority: expected replica, snapshot or no_sync, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::RequestJob</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply was cut off: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no `result`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::SnapshotDownloadJob</name>
    <message>
        <source>the server lists no checksum for %1, so the download cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 is not in the server&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, downloaded %2 bytes hashing to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::SnapshotUploadJob</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::UpsertJob</name>
    <message>
        <source>cancelled after %1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1 alone is %2 bytes, over the %3-byte request limit; %4 of %5 points were written before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 points were written in earlier requests; the rest were not)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::cli</name>
    <message>
        <source>this destroys &apos;%1&apos;; repeat its name with --confirm %1 to proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the server answers: version, /healthz and /readyz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1: healthy, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a collection&apos;s status, counts, configuration and payload indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection or alias name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1, points: %2, segments: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector %1: %2 dims, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1: %2, %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a collection from --size/--distance, or from a CreateCollection JSON body (--body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine, Dot, Euclid or Manhattan (default Cosine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep vectors on disk (memory: cold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with a full CreateCollection JSON body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body: invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: expected the vector size (or use --body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a collection and all its points. Needs --confirm NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection&apos;s name again, to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections: expected list, info, create or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a payload index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword, integer, float, bool, geo, datetime, text or uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword/uuid: mark as the tenant key (is_tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword: enable prefix matching (1.19+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer/float/datetime: is_principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: word, whitespace, prefix or multilingual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold, cached or pinned (on_disk before 1.19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full field_schema JSON object instead of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--params: invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory: expected cold, cached or pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index on %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops a payload index. Needs --confirm FIELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed payload key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field name again, to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index on %1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index: expected create or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts points, optionally filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qdrant filter JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists points in id order, page by page (--all for every page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First point id (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow next_page_offset to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: expected a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieves points by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points: expected count, scroll or get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest points to a vector or to a stored point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query vector as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this point&apos;s vector as the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named vector to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many results (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep scores strictly better than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vector: expected a JSON array of numbers such as [0.1, 0.2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vector: every element must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --vector or --id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold: expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection, or --full for full-storage snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-storage snapshots instead of a collection&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a collection, or pass --full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads a snapshot, verifying its SHA-256 against the server&apos;s listed checksum. The file appears only when complete and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target file (default: the snapshot&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the snapshot to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes, sha256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads a snapshot file and restores the collection from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection to restore (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot, replica or no_sync (use snapshot for a new or empty collection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected SHA-256 (computed from the file when omitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores a collection from a snapshot URL the server can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http(s):// or file:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot, replica or no_sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a snapshot. Needs --confirm NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot name again, to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: expected create, list, download, upload, recover or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::cli::Command</name>
    <message>
        <source>wrong number of arguments

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::demo::DemoLoader</name>
    <message>
        <source>The demo collections already exist; nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the trading-journal demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data failed: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::ui::CollectionsModel</name>
    <message>
        <source>Could not list collections: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload indexes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vd::ui::MainWindow</name>
    <message>
        <source>VectorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the collections from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo — embedded engine on this computer (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded engine could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last request %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vectordesk-cli</name>
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

Every command takes --help. The server is --url or $QDRANT_URL; the key is $QDRANT_API_KEY.
Exit codes: 0 success, 1 server-side error, 2 usage error, 3 connection or authentication failure.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
