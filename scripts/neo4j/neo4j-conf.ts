/** The neo4j.conf of a local instance: loopback Bolt only, no HTTP, auth on, no file or URL access from Cypher. */
export interface Neo4jConfOptions {
  boltPort: number;
  pageCache: string;
}

export function renderNeo4jConf({ boltPort, pageCache }: Neo4jConfOptions): string {
  return [
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    // One server, no cluster routing: avoids a second listening port per instance.
    'dbms.routing.enabled=false',
    'dbms.security.auth_enabled=true',
    // LOAD CSV may read neither local files nor any URL.
    'dbms.security.allow_csv_import_from_file_urls=false',
    'server.directories.import=import',
    'internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0',
    'db.transaction.timeout=30s',
    'db.lock.acquisition.timeout=10s',
    `server.memory.pagecache.size=${pageCache}`,
    'dbms.memory.transaction.total.max=512m',
    'db.memory.transaction.max=256m',
    'db.tx_log.rotation.retention_policy=100M size',
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}
