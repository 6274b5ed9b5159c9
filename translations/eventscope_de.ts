<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AclDialog</name>
    <message>
        <source>%1 from %2: %3 %4 (%5)</source>
        <translation>%1 von %2: %3 %4 (%5)</translation>
    </message>
</context>
<context>
    <name>BotStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot save the simulated clients to %1: %2</source>
        <translation>Die simulierten Clients können nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>BrokerActions</name>
    <message>
        <source>Broker %1 stopped after handing over its leadership.</source>
        <translation>Broker %1 wurde gestoppt, nachdem er seine Leader-Rollen abgegeben hat.</translation>
    </message>
    <message>
        <source>Could not stop broker %1: %2</source>
        <translation>Broker %1 konnte nicht gestoppt werden: %2</translation>
    </message>
    <message>
        <source>Broker %1 crashed and lost what it had not flushed.</source>
        <translation>Broker %1 ist abgestürzt und hat verloren, was er noch nicht auf die Festplatte geschrieben hatte.</translation>
    </message>
    <message>
        <source>Broker %1 crashed.</source>
        <translation>Broker %1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>Could not crash broker %1: %2</source>
        <translation>Broker %1 konnte nicht zum Absturz gebracht werden: %2</translation>
    </message>
    <message>
        <source>Broker %1 paused; the controller fences it when its session expires.</source>
        <translation>Broker %1 pausiert; der Controller schottet ihn ab, sobald seine Session abläuft.</translation>
    </message>
    <message>
        <source>Could not pause broker %1: %2</source>
        <translation>Broker %1 konnte nicht pausiert werden: %2</translation>
    </message>
    <message>
        <source>Broker %1 resumed.</source>
        <translation>Broker %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Could not resume broker %1: %2</source>
        <translation>Broker %1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Broker %1 started.</source>
        <translation>Broker %1 gestartet.</translation>
    </message>
    <message>
        <source>Could not restart broker %1: %2</source>
        <translation>Broker %1 konnte nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <source>Broker %1 added.</source>
        <translation>Broker %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Could not add a broker: %1</source>
        <translation>Es konnte kein Broker hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The link between %1 and %2 is healed.</source>
        <translation>Die Verbindung zwischen %1 und %2 ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>The link between %1 and %2 is cut.</source>
        <translation>Die Verbindung zwischen %1 und %2 ist getrennt.</translation>
    </message>
    <message>
        <source>The link between %1 and %2 now delays messages by %3 ms and drops %4% of them.</source>
        <translation>Die Verbindung zwischen %1 und %2 verzögert Nachrichten jetzt um %3 ms und verwirft %4% davon.</translation>
    </message>
    <message>
        <source>The link between %1 and %2 now delays messages by %3 ms.</source>
        <translation>Die Verbindung zwischen %1 und %2 verzögert Nachrichten jetzt um %3 ms.</translation>
    </message>
    <message>
        <source>The link between %1 and %2 now drops %4% of messages.</source>
        <translation>Die Verbindung zwischen %1 und %2 verwirft jetzt %4% der Nachrichten.</translation>
    </message>
    <message>
        <source>Every link is healed.</source>
        <translation>Alle Verbindungen sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>the controller</source>
        <translation>dem Controller</translation>
    </message>
    <message>
        <source>the clients</source>
        <translation>den Clients</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>The controller crashed: brokers serve with the metadata they have, but nothing is elected until it is back.</source>
        <translation>Der Controller ist abgestürzt: Die Broker bedienen mit den Metadaten, die sie haben, aber bis er zurück ist, wird nichts gewählt.</translation>
    </message>
    <message>
        <source>Could not crash the controller: %1</source>
        <translation>Der Controller konnte nicht zum Absturz gebracht werden: %1</translation>
    </message>
    <message>
        <source>A new controller took over from the stored metadata.</source>
        <translation>Ein neuer Controller hat mit den gespeicherten Metadaten übernommen.</translation>
    </message>
    <message>
        <source>Could not restart the controller: %1</source>
        <translation>Der Controller konnte nicht neu gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>BrokerText</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>fenced</source>
        <translation>abgeschottet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Registered with the controller and serving its partitions.</source>
        <translation>Beim Controller registriert und bedient seine Partitionen.</translation>
    </message>
    <message>
        <source>Its thread is frozen: it answers nothing, and the controller fences it when its session expires.</source>
        <translation>Sein Thread ist eingefroren: Er antwortet nicht mehr, und der Controller schottet ihn ab, sobald seine Session abläuft.</translation>
    </message>
    <message>
        <source>The controller stopped trusting it after missed heartbeats; its partitions are led elsewhere.</source>
        <translation>Der Controller vertraut ihm nach verpassten Heartbeats nicht mehr; seine Partitionen haben anderswo ihren Leader.</translation>
    </message>
    <message>
        <source>Shut down cleanly after handing over its leadership.</source>
        <translation>Sauber heruntergefahren, nachdem er seine Leader-Rollen abgegeben hat.</translation>
    </message>
    <message>
        <source>Killed abruptly; it recovers its logs when restarted.</source>
        <translation>Abrupt beendet; beim Neustart stellt er seine Logs wieder her.</translation>
    </message>
</context>
<context>
    <name>ClusterHealth</name>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Brokers: running out of all. Offline: partitions with no leader, which nobody can read or write. Under-replicated: partitions with fewer in-sync replicas than replicas.</source>
        <translation>Broker: laufende von allen. Offline: Partitionen ohne Leader, die niemand lesen oder schreiben kann. Unterrepliziert: Partitionen mit weniger In-Sync-Replikaten als Replikaten.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 brokers running; partitions: %4 offline, %5 under-replicated</source>
        <translation>%1: %2 von %3 Brokern laufen; Partitionen: %4 offline, %5 unterrepliziert</translation>
    </message>
    <message>
        <source>%1, controller crashed</source>
        <translation>%1, Controller abgestürzt</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn, error or off (default: info).</source>
        <translation>Protokollstufe: trace, debug, info, warn, error oder off (Standard: info).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Run the cluster without a window.</source>
        <translation>Den Cluster ohne Fenster betreiben.</translation>
    </message>
    <message>
        <source>Number of brokers, 1 to %1 (default: %2).</source>
        <translation>Anzahl der Broker, 1 bis %1 (Standard: %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Port of broker 1; broker i listens on P + i - 1 (default: %1).</source>
        <translation>Port von Broker 1; Broker i lauscht auf P + i - 1 (Standard: %1).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Directory that holds the cluster&apos;s data (default: %1).</source>
        <translation>Verzeichnis mit den Daten des Clusters (Standard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>IP address the brokers listen on (default: 127.0.0.1).</source>
        <translation>IP-Adresse, auf der die Broker lauschen (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Eventscope runs a local Kafka-compatible cluster and shows what happens inside it.</source>
        <translation>Eventscope betreibt einen lokalen Kafka-kompatiblen Cluster und zeigt, was in ihm geschieht.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Unknown log level &apos;%1&apos;; use one of: %2.</source>
        <translation>Unbekannte Protokollstufe „%1“; erlaubt sind: %2.</translation>
    </message>
    <message>
        <source>--brokers takes a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--brokers erwartet eine Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--port takes a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--port erwartet eine Portnummer von 1 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>--port %1 leaves no room for %2 brokers: they would need ports %1 to %3.</source>
        <translation>--port %1 lässt keinen Platz für %2 Broker: Sie bräuchten die Ports %1 bis %3.</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir erwartet ein Verzeichnis.</translation>
    </message>
    <message>
        <source>No default data directory is known here; choose one with --data-dir.</source>
        <translation>Hier ist kein Standard-Datenverzeichnis bekannt; wählen Sie eines mit --data-dir.</translation>
    </message>
    <message>
        <source>--bind takes an IPv4 or IPv6 address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>--bind erwartet eine IPv4- oder IPv6-Adresse wie 127.0.0.1, nicht „%1“.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>Set a Kafka broker config such as num.partitions=6 or log.retention.ms=60000; repeat for more (docs/broker-configs.md lists them).</source>
        <translation>Eine Kafka-Broker-Konfiguration setzen, etwa num.partitions=6 oder log.retention.ms=60000; für weitere wiederholen (Liste in docs/broker-configs.md).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>--config takes KEY=VALUE, such as num.partitions=6, not &apos;%1&apos;.</source>
        <translation>--config erwartet KEY=VALUE, etwa num.partitions=6, nicht „%1“.</translation>
    </message>
    <message>
        <source>--config: &apos;%1&apos; is not a broker config Eventscope knows.</source>
        <translation>--config: „%1“ ist keine Broker-Konfiguration, die Eventscope kennt.</translation>
    </message>
    <message>
        <source>--config: %1.</source>
        <translation>--config: %1.</translation>
    </message>
    <message>
        <source>NAME://HOST:PORT</source>
        <translation>NAME://HOST:PORT</translation>
    </message>
    <message>
        <source>Create a user for SASL (SCRAM-SHA-256, SCRAM-SHA-512 and PLAIN), or set its password; kept with the cluster. Repeat for more.</source>
        <translation>Einen Benutzer für SASL (SCRAM-SHA-256, SCRAM-SHA-512 und PLAIN) anlegen oder sein Passwort setzen; wird mit dem Cluster gespeichert. Für weitere wiederholen.</translation>
    </message>
    <message>
        <source>NAME:PASSWORD</source>
        <translation>NAME:PASSWORT</translation>
    </message>
    <message>
        <source>A principal allowed everything, such as User:admin; repeat for more. Replaces the super users kept with the cluster.</source>
        <translation>Ein Principal, dem alles erlaubt ist, etwa User:admin; für weitere wiederholen. Ersetzt die mit dem Cluster gespeicherten Superuser.</translation>
    </message>
    <message>
        <source>PRINCIPAL</source>
        <translation>PRINCIPAL</translation>
    </message>
    <message>
        <source>Certificate chain (PEM) of the SSL and SASL_SSL listeners, with --tls-key (default: one issued by a local CA kept in the data directory).</source>
        <translation>Zertifikatskette (PEM) der SSL- und SASL_SSL-Listener, zusammen mit --tls-key (Standard: eine Kette, ausgestellt von einer lokalen CA, die im Datenverzeichnis liegt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Private key (PEM) of --tls-cert.</source>
        <translation>Privater Schlüssel (PEM) zu --tls-cert.</translation>
    </message>
    <message>
        <source>CA certificate (PEM) that client certificates must chain to (default: the local CA).</source>
        <translation>CA-Zertifikat (PEM), auf das die Zertifikatskette von Client-Zertifikaten zurückführen muss (Standard: die lokale CA).</translation>
    </message>
    <message>
        <source>Whether TLS listeners ask clients for a certificate: none, requested or required (default: none).</source>
        <translation>Ob TLS-Listener Clients nach einem Zertifikat fragen: none, requested oder required (Standard: none).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Whether a resource without ACLs is open to everyone: true or false; kept with the cluster (default: true, false once a listener uses SASL).</source>
        <translation>Ob eine Ressource ohne ACLs für alle offen ist: true oder false; wird mit dem Cluster gespeichert (Standard: true, false sobald ein Listener SASL verwendet).</translation>
    </message>
    <message>
        <source>BOOL</source>
        <translation>BOOL</translation>
    </message>
    <message>
        <source>--port sets the port of the PLAINTEXT listener, which --listener replaces; give the port in each --listener instead.</source>
        <translation>--port setzt den Port des PLAINTEXT-Listeners, den --listener ersetzt; geben Sie stattdessen den Port in jedem --listener an.</translation>
    </message>
    <message>
        <source>--listener: %1.</source>
        <translation>--listener: %1.</translation>
    </message>
    <message>
        <source>--scram-user takes NAME:PASSWORD with neither empty, such as alice:secret.</source>
        <translation>--scram-user erwartet NAME:PASSWORT, beide nicht leer, etwa alice:secret.</translation>
    </message>
    <message>
        <source>--super-user takes a principal TYPE:NAME such as User:admin, not &apos;%1&apos;.</source>
        <translation>--super-user erwartet einen Principal TYP:NAME wie User:admin, nicht „%1“.</translation>
    </message>
    <message>
        <source>--allow-everyone-if-no-acl takes true or false, not &apos;%1&apos;.</source>
        <translation>--allow-everyone-if-no-acl erwartet true oder false, nicht „%1“.</translation>
    </message>
    <message>
        <source>Listeners: %1.</source>
        <translation>Listener: %1.</translation>
    </message>
    <message>
        <source>--listener %1: the host must be an IPv4 or IPv6 address such as 127.0.0.1, not &apos;%2&apos;.</source>
        <translation>--listener %1: Der Host muss eine IPv4- oder IPv6-Adresse wie 127.0.0.1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both, or neither for a certificate from the local CA.</source>
        <translation>--tls-cert und --tls-key gehören zusammen: Geben Sie beide an oder keines von beiden für ein Zertifikat der lokalen CA.</translation>
    </message>
    <message>
        <source>--%1: cannot read the file &apos;%2&apos;.</source>
        <translation>--%1: Die Datei „%2“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--tls-client-auth takes none, requested or required, not &apos;%1&apos;.</source>
        <translation>--tls-client-auth erwartet none, requested oder required, nicht „%1“.</translation>
    </message>
    <message>
        <source>The --tls options apply to SSL and SASL_SSL listeners, and none is given; add one such as --listener SASL_SSL://127.0.0.1:9192.</source>
        <translation>Die --tls-Optionen gelten für SSL- und SASL_SSL-Listener, aber keiner ist angegeben; fügen Sie einen hinzu, etwa --listener SASL_SSL://127.0.0.1:9192.</translation>
    </message>
    <message>
        <source>Serve the control API (HTTP/JSON on 127.0.0.1, used by &apos;eventscope ctl&apos;) on this port; 0 picks a free one. Off unless given.</source>
        <translation>Die Steuer-API (HTTP/JSON auf 127.0.0.1, von „eventscope ctl“ genutzt) auf diesem Port anbieten; 0 wählt einen freien. Aus, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>--control-port takes a port number from 1 to 65535, or 0 for any free port, not &apos;%1&apos;.</source>
        <translation>--control-port erwartet eine Portnummer von 1 bis 65535 oder 0 für einen beliebigen freien Port, nicht „%1“.</translation>
    </message>
    <message>
        <source>--control-port %1 is taken by the brokers, which listen on ports %2 to %3.</source>
        <translation>--control-port %1 ist von den Brokern belegt, die auf den Ports %2 bis %3 lauschen.</translation>
    </message>
    <message>
        <source>A listener of every broker, such as SASL_SSL://127.0.0.1:9192: broker i listens on PORT + i - 1. NAME is PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL, or a name of your own mapped to one of them with --config listener.security.protocol.map=CLIENTS:SASL_SSL; an empty HOST is the --bind address. Repeat for more; replaces the PLAINTEXT listener of --port.</source>
        <translation>Ein Listener jedes Brokers, etwa SASL_SSL://127.0.0.1:9192: Broker i lauscht auf PORT + i - 1. NAME ist PLAINTEXT, SSL, SASL_PLAINTEXT oder SASL_SSL oder ein eigener Name, der mit --config listener.security.protocol.map=CLIENTS:SASL_SSL einem davon zugeordnet wird; ein leerer HOST steht für die Adresse von --bind. Für weitere wiederholen; ersetzt den PLAINTEXT-Listener von --port.</translation>
    </message>
</context>
<context>
    <name>ConfigCrossChecks</name>
    <message>
        <source>retention.bytes (%1) is less than segment.bytes (%2): only closed segments are deleted, so each partition still keeps up to a whole segment, more than retention.bytes.</source>
        <translation>retention.bytes (%1) ist kleiner als segment.bytes (%2): Nur geschlossene Segmente werden gelöscht, daher behält jede Partition bis zu einem ganzen Segment, also mehr als retention.bytes.</translation>
    </message>
    <message>
        <source>min.compaction.lag.ms (%1) is more than max.compaction.lag.ms (%2): Kafka refuses this pair of settings.</source>
        <translation>min.compaction.lag.ms (%1) ist größer als max.compaction.lag.ms (%2): Kafka lehnt diese Kombination von Einstellungen ab.</translation>
    </message>
    <message>
        <source>min.compaction.lag.ms (%1) is more than retention.ms (%2): records are deleted by retention before they may be compacted, so compaction never runs on them.</source>
        <translation>min.compaction.lag.ms (%1) ist größer als retention.ms (%2): Datensätze werden durch die Aufbewahrung gelöscht, bevor sie kompaktiert werden dürfen, daher werden sie nie kompaktiert.</translation>
    </message>
</context>
<context>
    <name>ConfigEditorModel</name>
    <message>
        <source>%1: &quot;%2&quot; is not a duration such as 604800000 (milliseconds), 7 days or 12 h.</source>
        <translation>%1: „%2“ ist keine Dauer wie 604800000 (Millisekunden), 7 Tage oder 12 h.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a size such as 1073741824 (bytes), 1 GiB or 500 MB.</source>
        <translation>%1: „%2“ ist keine Größe wie 1073741824 (Bytes), 1 GiB oder 500 MB.</translation>
    </message>
</context>
<context>
    <name>CreateTopicCheck</name>
    <message>
        <source>Enter a name for the topic.</source>
        <translation>Geben Sie einen Namen für das Topic ein.</translation>
    </message>
    <message>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Ein Topic darf nicht „.“ oder „..“ heißen.</translation>
    </message>
    <message>
        <source>A topic name can have at most 249 characters; this one has %1.</source>
        <translation>Ein Topic-Name darf höchstens 249 Zeichen haben; dieser hat %1.</translation>
    </message>
    <message>
        <source>A topic name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not &apos;%1&apos;.</source>
        <translation>Ein Topic-Name darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten, nicht „%1“.</translation>
    </message>
    <message>
        <source>A topic name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not spaces or invisible characters.</source>
        <translation>Ein Topic-Name darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten, keine Leerzeichen oder unsichtbaren Zeichen.</translation>
    </message>
    <message>
        <source>A topic named &quot;%1&quot; already exists.</source>
        <translation>Ein Topic namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from the existing topic &quot;%2&quot; only in &apos;.&apos; and &apos;_&apos;, which Kafka treats as the same in metric names.</source>
        <translation>„%1“ unterscheidet sich vom bestehenden Topic „%2“ nur in „.“ und „_“, die Kafka in Metriknamen gleich behandelt.</translation>
    </message>
    <message>
        <source>A topic needs at least one partition.</source>
        <translation>Ein Topic braucht mindestens eine Partition.</translation>
    </message>
    <message>
        <source>The replication factor must be at least 1.</source>
        <translation>Der Replikationsfaktor muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>A replication factor of %1 needs at least %1 live brokers; the cluster has %2.</source>
        <translation>Ein Replikationsfaktor von %1 erfordert mindestens %1 laufende Broker; der Cluster hat %2.</translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <source>(%1 ms)</source>
        <translation>(%1 ms)</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>ohne ID</translation>
    </message>
    <message>
        <source>The brokers do not report their version.</source>
        <translation>Die Broker melden ihre Version nicht.</translation>
    </message>
    <message>
        <source>Broker protocol version %1.</source>
        <translation>Broker-Protokollversion %1.</translation>
    </message>
    <message>
        <source>These settings cannot work: %1.</source>
        <translation>Diese Einstellungen können nicht funktionieren: %1.</translation>
    </message>
    <message>
        <source>The name does not resolve (%1). Check the host name, or your DNS and VPN.</source>
        <translation>Der Name lässt sich nicht auflösen (%1). Prüfen Sie den Hostnamen oder Ihr DNS und VPN.</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens there (%1). Check the port, and that the brokers run.</source>
        <translation>Verbindung abgelehnt: Dort lauscht nichts (%1). Prüfen Sie den Port und ob die Broker laufen.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1. Check the security protocol, the CA file, and the client certificate if the cluster asks for one.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1. Prüfen Sie das Sicherheitsprotokoll, die CA-Datei und das Client-Zertifikat, falls der Cluster eines verlangt.</translation>
    </message>
    <message>
        <source>Authentication failed: %1. Check the SASL mechanism, user name and password.</source>
        <translation>Authentifizierung fehlgeschlagen: %1. Prüfen Sie den SASL-Mechanismus, den Benutzernamen und das Passwort.</translation>
    </message>
    <message>
        <source>No broker answered %1: %2. A firewall may drop the connection, or the port may speak another protocol (TLS where plaintext was chosen, or the other way round).</source>
        <translation>Kein Broker hat geantwortet %1: %2. Möglicherweise verwirft eine Firewall die Verbindung, oder der Port spricht ein anderes Protokoll (TLS, wo Klartext gewählt wurde, oder umgekehrt).</translation>
    </message>
    <message>
        <source>Connected: cluster %1, %2, controller %3, %4.</source>
        <translation>Verbunden: Cluster %1, %2, Controller %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s)</source>
        <translation>
            <numerusform>%n Broker</numerusform>
            <numerusform>%n Broker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Topic</numerusform>
            <numerusform>%n Topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElectionText</name>
    <message>
        <source>No in-sync replica is available; only an unclean election can choose a leader</source>
        <translation>Kein In-Sync-Replikat verfügbar; nur eine unsaubere Wahl kann einen Leader bestimmen</translation>
    </message>
    <message>
        <source>Broker %1 leads it now, though it was out of sync: records it had not copied are lost</source>
        <translation>Broker %1 ist jetzt Leader, obwohl er nicht synchron war: Datensätze, die er nicht kopiert hatte, sind verloren</translation>
    </message>
    <message>
        <source>Leader moved to broker %1</source>
        <translation>Leader zu Broker %1 verschoben</translation>
    </message>
    <message>
        <source>Already led by its preferred replica</source>
        <translation>Bereits von ihrem bevorzugten Replikat geführt</translation>
    </message>
    <message>
        <source>Broker %1 leads it and runs: no election needed</source>
        <translation>Broker %1 ist Leader und läuft: keine Wahl nötig</translation>
    </message>
    <message>
        <source>It has a running leader: no election needed</source>
        <translation>Sie hat einen laufenden Leader: keine Wahl nötig</translation>
    </message>
    <message>
        <source>Its preferred replica is not running or not in sync</source>
        <translation>Ihr bevorzugtes Replikat läuft nicht oder ist nicht synchron</translation>
    </message>
    <message>
        <source>Its preferred replica, broker %1, is not running</source>
        <translation>Ihr bevorzugtes Replikat, Broker %1, läuft nicht</translation>
    </message>
    <message>
        <source>Its preferred replica, broker %1, is not in sync yet; try again once it has caught up</source>
        <translation>Ihr bevorzugtes Replikat, Broker %1, ist noch nicht synchron; versuchen Sie es erneut, sobald es aufgeholt hat</translation>
    </message>
    <message>
        <source>Its preferred replica, broker %1, cannot lead it now</source>
        <translation>Ihr bevorzugtes Replikat, Broker %1, kann jetzt nicht Leader werden</translation>
    </message>
    <message>
        <source>None of its replicas is running: no leader can be elected until one starts</source>
        <translation>Keines ihrer Replikate läuft: Erst wenn eines startet, kann ein Leader gewählt werden</translation>
    </message>
    <message>
        <source>There is no such partition any more</source>
        <translation>Diese Partition gibt es nicht mehr</translation>
    </message>
    <message>
        <source>Electing leaders needs a newer client library than the %1 this program is built with.</source>
        <translation>Zum Wählen von Leadern ist eine neuere Client-Bibliothek nötig als die %1, mit der dieses Programm erstellt wurde.</translation>
    </message>
    <message>
        <source>This connection cannot elect partition leaders.</source>
        <translation>Über diese Verbindung können keine Partition-Leader gewählt werden.</translation>
    </message>
</context>
<context>
    <name>EventMessage</name>
    <message>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>missed heartbeats for longer than the session timeout</source>
        <translation>länger als das Session-Timeout keine Heartbeats</translation>
    </message>
    <message>
        <source>the broker was stopped</source>
        <translation>der Broker wurde gestoppt</translation>
    </message>
    <message>
        <source>healed</source>
        <translation>repariert</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>latency %1 ms, loss %2%</source>
        <translation>Latenz %1 ms, Verlust %2 %</translation>
    </message>
    <message>
        <source>Broker %1 started on %2.</source>
        <translation>Broker %1 auf %2 gestartet.</translation>
    </message>
    <message>
        <source>Broker %1 stopped gracefully after handing over its leadership.</source>
        <translation>Broker %1 geordnet gestoppt, nachdem er seine Leader-Rollen abgegeben hat.</translation>
    </message>
    <message>
        <source>Broker %1 crashed, losing what it had not flushed to disk.</source>
        <translation>Broker %1 abgestürzt; was nicht auf die Platte geschrieben war, ist verloren.</translation>
    </message>
    <message>
        <source>Broker %1 crashed.</source>
        <translation>Broker %1 abgestürzt.</translation>
    </message>
    <message>
        <source>Broker %1 paused: its thread is frozen and its session will expire.</source>
        <translation>Broker %1 pausiert: Sein Thread ist eingefroren und seine Session läuft ab.</translation>
    </message>
    <message>
        <source>Broker %1 resumed.</source>
        <translation>Broker %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Broker %1 added.</source>
        <translation>Broker %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Broker %1 registered again and is no longer fenced.</source>
        <translation>Broker %1 hat sich neu registriert und ist nicht mehr abgeschottet.</translation>
    </message>
    <message>
        <source>Broker %1 fenced: %2.</source>
        <translation>Broker %1 abgeschottet: %2.</translation>
    </message>
    <message>
        <source>Link %1 ↔ %2: %3.</source>
        <translation>Verbindung %1 ↔ %2: %3.</translation>
    </message>
    <message>
        <source>Every link healed.</source>
        <translation>Alle Verbindungen repariert.</translation>
    </message>
    <message>
        <source>%1: leader %2 → %3 (epoch %4).</source>
        <translation>%1: Leader %2 → %3 (Epoche %4).</translation>
    </message>
    <message>
        <source>%1: broker %2 elected leader (epoch %3).</source>
        <translation>%1: Broker %2 zum Leader gewählt (Epoche %3).</translation>
    </message>
    <message>
        <source>%1: leadership back to the preferred broker %2 (was %3).</source>
        <translation>%1: Leader-Rolle zurück beim bevorzugten Broker %2 (vorher %3).</translation>
    </message>
    <message>
        <source>%1 is offline: no in-sync replica is alive to lead it.</source>
        <translation>%1 ist offline: Kein In-Sync-Replikat lebt, um sie zu führen.</translation>
    </message>
    <message>
        <source>ISR of %1 grew from %2 to %3.</source>
        <translation>ISR von %1 von %2 auf %3 gewachsen.</translation>
    </message>
    <message>
        <source>ISR of %1 shrank from %2 to %3.</source>
        <translation>ISR von %1 von %2 auf %3 geschrumpft.</translation>
    </message>
    <message>
        <source>Records of %2 below offset %1 deleted.</source>
        <translation>Datensätze von %2 unter Offset %1 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Retention deleted %n segment(s); log start %1 → %2.</source>
        <translation>
            <numerusform>Retention hat %n Segment gelöscht; Log-Start %1 → %2.</numerusform>
            <numerusform>Retention hat %n Segmente gelöscht; Log-Start %1 → %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compaction kept %1 of %2 records.</source>
        <translation>Kompaktierung behielt %1 von %2 Datensätzen.</translation>
    </message>
    <message numerus="yes">
        <source>Topic %1 created with %n partition(s), replication factor %2.</source>
        <translation>
            <numerusform>Topic %1 mit %n Partition erstellt, Replikationsfaktor %2.</numerusform>
            <numerusform>Topic %1 mit %n Partitionen erstellt, Replikationsfaktor %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1 deleted.</source>
        <translation>Topic %1 gelöscht.</translation>
    </message>
    <message>
        <source>Topic %1 grew from %2 to %3 partitions.</source>
        <translation>Topic %1 von %2 auf %3 Partitionen erweitert.</translation>
    </message>
    <message>
        <source>Topic %1 config changed: %2.</source>
        <translation>Konfiguration von Topic %1 geändert: %2.</translation>
    </message>
    <message>
        <source>Member %1 (client %2, %3) joined.</source>
        <translation>Mitglied %1 (Client %2, %3) beigetreten.</translation>
    </message>
    <message>
        <source>Static member %1 rejoined as %2 (was %3).</source>
        <translation>Statisches Mitglied %1 erneut beigetreten als %2 (vorher %3).</translation>
    </message>
    <message>
        <source>Static member %1 rejoined while the rebalance was completing.</source>
        <translation>Statisches Mitglied %1 trat erneut bei, während das Rebalancing abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>Member %1 did not rejoin within the rebalance timeout.</source>
        <translation>Mitglied %1 ist nicht innerhalb des Rebalance-Timeouts erneut beigetreten.</translation>
    </message>
    <message>
        <source>Member %1 did not send SyncGroup within the rebalance timeout.</source>
        <translation>Mitglied %1 hat innerhalb des Rebalance-Timeouts kein SyncGroup gesendet.</translation>
    </message>
    <message>
        <source>Member %1 sent no heartbeat within the session timeout.</source>
        <translation>Mitglied %1 hat innerhalb des Session-Timeouts keinen Heartbeat gesendet.</translation>
    </message>
    <message>
        <source>Member %1 was removed by its instance id.</source>
        <translation>Mitglied %1 wurde über seine Instanz-ID entfernt.</translation>
    </message>
    <message>
        <source>Member %1 left the group.</source>
        <translation>Mitglied %1 hat die Gruppe verlassen.</translation>
    </message>
    <message>
        <source>Members did not sync in time.</source>
        <translation>Mitglieder haben nicht rechtzeitig synchronisiert.</translation>
    </message>
    <message>
        <source>The rebalance ended with no members.</source>
        <translation>Das Rebalancing endete ohne Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) joined with the %1 assignor.</source>
        <translation>
            <numerusform>%n Mitglied mit dem Assignor %1 beigetreten.</numerusform>
            <numerusform>%n Mitglieder mit dem Assignor %1 beigetreten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader %1 assigned generation %2.</source>
        <translation>Leader %1 hat Generation %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Storing the assignment failed: %1.</source>
        <translation>Speichern der Zuweisung fehlgeschlagen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Committed offsets of %n partition(s) reset.</source>
        <translation>
            <numerusform>Committete Offsets von %n Partition zurückgesetzt.</numerusform>
            <numerusform>Committete Offsets von %n Partitionen zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its last offsets were deleted.</source>
        <translation>Ihre letzten Offsets wurden gelöscht.</translation>
    </message>
    <message>
        <source>Empty, with no committed offsets left.</source>
        <translation>Leer, ohne verbliebene committete Offsets.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>ISR of %1 shrank to %2: broker %3 is fenced.</source>
        <translation>ISR von %1 auf %2 geschrumpft: Broker %3 ist abgeschottet.</translation>
    </message>
    <message>
        <source>ISR of %1 shrank to %2: broker %3 is shutting down.</source>
        <translation>ISR von %1 auf %2 geschrumpft: Broker %3 fährt herunter.</translation>
    </message>
    <message>
        <source>it restarted before its session expired</source>
        <translation>er wurde neu gestartet, bevor seine Session ablief</translation>
    </message>
    <message>
        <source>Broker %1 is back in the cluster&apos;s metadata.</source>
        <translation>Broker %1 ist wieder in den Metadaten des Clusters.</translation>
    </message>
    <message>
        <source>Broker %1 is gone from the cluster&apos;s metadata.</source>
        <translation>Broker %1 fehlt in den Metadaten des Clusters.</translation>
    </message>
    <message>
        <source>%1: leader %2 → %3.</source>
        <translation>%1: Leader %2 → %3.</translation>
    </message>
    <message>
        <source>Topic %1 config back to default: %2.</source>
        <translation>Konfiguration von Topic %1 auf Standard zurückgesetzt: %2.</translation>
    </message>
    <message>
        <source>Topic %1 config changed: %2; back to default: %3.</source>
        <translation>Konfiguration von Topic %1 geändert: %2; auf Standard zurückgesetzt: %3.</translation>
    </message>
    <message>
        <source>Static member %1 changed its protocols.</source>
        <translation>Statisches Mitglied %1 hat seine Protokolle geändert.</translation>
    </message>
    <message>
        <source>Member %1 rejoined.</source>
        <translation>Mitglied %1 erneut beigetreten.</translation>
    </message>
    <message>
        <source>Leader %1 rejoined.</source>
        <translation>Leader %1 erneut beigetreten.</translation>
    </message>
    <message>
        <source>Member %1 changed its metadata.</source>
        <translation>Mitglied %1 hat seine Metadaten geändert.</translation>
    </message>
    <message>
        <source>Appeared, in state %1.</source>
        <translation>Aufgetaucht, im Zustand %1.</translation>
    </message>
    <message>
        <source>State %1 → %2.</source>
        <translation>Zustand %1 → %2.</translation>
    </message>
    <message>
        <source>No longer listed by the cluster.</source>
        <translation>Vom Cluster nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>%1: replicas moving from %2 to %3.</source>
        <translation>%1: Replikate werden von %2 nach %3 verschoben.</translation>
    </message>
    <message>
        <source>%1: replicas moved to %2.</source>
        <translation>%1: Replikate nach %2 verschoben.</translation>
    </message>
    <message>
        <source>%1: replica move cancelled, back on %2.</source>
        <translation>%1: Verschiebung der Replikate abgebrochen, wieder auf %2.</translation>
    </message>
    <message>
        <source>Broker %1: %2 authentication of user &quot;%3&quot; from %4 on listener %5 failed.</source>
        <translation>Broker %1: %2-Authentifizierung des Benutzers „%3“ von %4 auf Listener %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <source>too many open files</source>
        <translation>zu viele offene Dateien</translation>
    </message>
    <message>
        <source>Topic %1 was not created: its %2 partition replicas need more open files than the limit leaves (%3 of %4 open).</source>
        <translation>Topic %1 wurde nicht erstellt: Seine %2 Partitionsreplikate bräuchten mehr offene Dateien, als das Limit zulässt (%3 von %4 offen).</translation>
    </message>
    <message>
        <source>Partitions were not added to topic %1: their %2 replicas need more open files than the limit leaves (%3 of %4 open).</source>
        <translation>Dem Topic %1 wurden keine Partitionen hinzugefügt: Ihre %2 Replikate bräuchten mehr offene Dateien, als das Limit zulässt (%3 von %4 offen).</translation>
    </message>
    <message>
        <source>Broker %1 refused writes to %2: %3.</source>
        <translation>Broker %1 hat Schreibvorgänge auf %2 abgelehnt: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Broker %1 could not open %n partition replica(s), %2 the first: %3.</source>
        <translation>
            <numerusform>Broker %1 konnte %n Partitionsreplikat nicht öffnen, zuerst %2: %3.</numerusform>
            <numerusform>Broker %1 konnte %n Partitionsreplikate nicht öffnen, zuerst %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The controller crashed: no elections, ISR changes or new topics until it is back.</source>
        <translation>Der Controller ist abgestürzt: keine Wahlen, ISR-Änderungen oder neuen Topics, bis er zurück ist.</translation>
    </message>
    <message>
        <source>A new controller took over from metadata version %1.</source>
        <translation>Ein neuer Controller hat ab Metadatenversion %1 übernommen.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>broker started</source>
        <translation>Broker gestartet</translation>
    </message>
    <message>
        <source>broker stopped</source>
        <translation>Broker gestoppt</translation>
    </message>
    <message>
        <source>broker crashed</source>
        <translation>Broker abgestürzt</translation>
    </message>
    <message>
        <source>broker paused</source>
        <translation>Broker pausiert</translation>
    </message>
    <message>
        <source>broker resumed</source>
        <translation>Broker fortgesetzt</translation>
    </message>
    <message>
        <source>broker fenced</source>
        <translation>Broker abgeschottet</translation>
    </message>
    <message>
        <source>broker unfenced</source>
        <translation>Broker-Abschottung aufgehoben</translation>
    </message>
    <message>
        <source>broker added</source>
        <translation>Broker hinzugefügt</translation>
    </message>
    <message>
        <source>link changed</source>
        <translation>Verbindung geändert</translation>
    </message>
    <message>
        <source>leader elected</source>
        <translation>Leader gewählt</translation>
    </message>
    <message>
        <source>partition offline</source>
        <translation>Partition offline</translation>
    </message>
    <message>
        <source>ISR shrunk</source>
        <translation>ISR verkleinert</translation>
    </message>
    <message>
        <source>ISR expanded</source>
        <translation>ISR erweitert</translation>
    </message>
    <message>
        <source>topic created</source>
        <translation>Topic erstellt</translation>
    </message>
    <message>
        <source>topic deleted</source>
        <translation>Topic gelöscht</translation>
    </message>
    <message>
        <source>topic config changed</source>
        <translation>Topic-Konfiguration geändert</translation>
    </message>
    <message>
        <source>partitions added</source>
        <translation>Partitionen hinzugefügt</translation>
    </message>
    <message>
        <source>group state changed</source>
        <translation>Gruppenzustand geändert</translation>
    </message>
    <message>
        <source>group rebalanced</source>
        <translation>Gruppe neu ausbalanciert</translation>
    </message>
    <message>
        <source>group offsets reset</source>
        <translation>Gruppen-Offsets zurückgesetzt</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>compaction</source>
        <translation>Kompaktierung</translation>
    </message>
    <message>
        <source>log recovered</source>
        <translation>Log wiederhergestellt</translation>
    </message>
    <message>
        <source>records deleted</source>
        <translation>Datensätze gelöscht</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>A broker started and registered with the controller.</source>
        <translation>Ein Broker wurde gestartet und hat sich beim Controller registriert.</translation>
    </message>
    <message>
        <source>A broker shut down cleanly after moving its leadership away.</source>
        <translation>Ein Broker wurde sauber heruntergefahren, nachdem er seine Leader-Rollen abgegeben hat.</translation>
    </message>
    <message>
        <source>A broker was killed without warning; its leaders move once the controller notices.</source>
        <translation>Ein Broker wurde ohne Vorwarnung beendet; seine Leader wechseln, sobald der Controller es bemerkt.</translation>
    </message>
    <message>
        <source>A broker&apos;s thread was frozen; it misses heartbeats until resumed.</source>
        <translation>Der Thread eines Brokers wurde eingefroren; er verpasst Heartbeats, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <source>A paused broker runs again and catches up.</source>
        <translation>Ein pausierter Broker läuft wieder und holt auf.</translation>
    </message>
    <message>
        <source>The controller stopped trusting a broker that missed its heartbeats, and moved its leaders.</source>
        <translation>Der Controller vertraut einem Broker, der seine Heartbeats verpasst hat, nicht mehr und hat seine Leader verlegt.</translation>
    </message>
    <message>
        <source>The controller trusts the broker again: it may lead partitions.</source>
        <translation>Der Controller vertraut dem Broker wieder: Er darf Leader von Partitionen sein.</translation>
    </message>
    <message>
        <source>A new broker joined the cluster.</source>
        <translation>Ein neuer Broker ist dem Cluster beigetreten.</translation>
    </message>
    <message>
        <source>A network link between two nodes was slowed, made lossy, cut or healed.</source>
        <translation>Eine Netzwerkverbindung zwischen zwei Knoten wurde verzögert, verlustbehaftet gemacht, getrennt oder wiederhergestellt.</translation>
    </message>
    <message>
        <source>A partition got a new leader, the replica that serves its reads and writes.</source>
        <translation>Eine Partition hat einen neuen Leader bekommen, das Replikat, das ihre Lese- und Schreibzugriffe bedient.</translation>
    </message>
    <message>
        <source>No replica can lead the partition: it can be neither read nor written.</source>
        <translation>Kein Replikat kann Leader der Partition werden: Sie lässt sich weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>A replica fell behind and left the ISR, the in-sync replicas that may become leader.</source>
        <translation>Ein Replikat ist zurückgefallen und hat den ISR verlassen, die In-Sync-Replikate, die Leader werden dürfen.</translation>
    </message>
    <message>
        <source>A replica caught up with its leader and rejoined the ISR.</source>
        <translation>Ein Replikat hat zu seinem Leader aufgeholt und ist wieder im ISR.</translation>
    </message>
    <message>
        <source>A topic was created.</source>
        <translation>Ein Topic wurde erstellt.</translation>
    </message>
    <message>
        <source>A topic and its data were deleted.</source>
        <translation>Ein Topic und seine Daten wurden gelöscht.</translation>
    </message>
    <message>
        <source>A topic&apos;s configuration was changed.</source>
        <translation>Die Konfiguration eines Topics wurde geändert.</translation>
    </message>
    <message>
        <source>A topic got more partitions.</source>
        <translation>Ein Topic hat mehr Partitionen bekommen.</translation>
    </message>
    <message>
        <source>A consumer group changed state (empty, rebalancing, stable, dead).</source>
        <translation>Eine Consumer Group hat ihren Zustand geändert (leer, Rebalancing, stabil, tot).</translation>
    </message>
    <message>
        <source>A consumer group finished rebalancing: its partitions are assigned.</source>
        <translation>Eine Consumer Group hat das Rebalancing abgeschlossen: Ihre Partitionen sind zugewiesen.</translation>
    </message>
    <message>
        <source>A consumer group&apos;s committed offsets were moved.</source>
        <translation>Die committeten Offsets einer Consumer Group wurden verschoben.</translation>
    </message>
    <message>
        <source>Old segments were deleted because of the topic&apos;s retention settings.</source>
        <translation>Alte Segmente wurden aufgrund der Retention-Einstellungen des Topics gelöscht.</translation>
    </message>
    <message>
        <source>The log was compacted: only the latest record per key is kept.</source>
        <translation>Das Log wurde kompaktiert: Pro Schlüssel bleibt nur der neueste Datensatz erhalten.</translation>
    </message>
    <message>
        <source>A log was checked after an unclean shutdown and its torn tail cut off.</source>
        <translation>Ein Log wurde nach einem unsauberen Herunterfahren geprüft und sein beschädigtes Ende abgeschnitten.</translation>
    </message>
    <message>
        <source>Records before an offset were deleted on request.</source>
        <translation>Datensätze vor einem Offset wurden auf Anforderung gelöscht.</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>all links</source>
        <translation>alle Verbindungen</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>replicas moved</source>
        <translation>Replikate verschoben</translation>
    </message>
    <message>
        <source>A partition&apos;s replicas moved between brokers: the new ones copy the log, then the old ones leave.</source>
        <translation>Die Replikate einer Partition wurden zwischen Brokern verschoben: Die neuen kopieren das Log, dann werden die alten entfernt.</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>A client failed to authenticate (a wrong password, an unknown user or a malformed SASL exchange); repeated failures from one address are answered more slowly.</source>
        <translation>Ein Client konnte sich nicht authentifizieren (falsches Passwort, unbekannter Benutzer oder fehlerhafter SASL-Austausch); auf wiederholte Fehlschläge von derselben Adresse wird langsamer geantwortet.</translation>
    </message>
    <message>
        <source>storage error</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>A limit of the disk or of open files was reached: the one operation that needed more was refused, everything else goes on.</source>
        <translation>Ein Limit der Festplatte oder der offenen Dateien wurde erreicht: Der eine Vorgang, der mehr brauchte, wurde abgelehnt, alles andere läuft weiter.</translation>
    </message>
    <message>
        <source>controller crashed</source>
        <translation>Controller abgestürzt</translation>
    </message>
    <message>
        <source>controller restarted</source>
        <translation>Controller neu gestartet</translation>
    </message>
    <message>
        <source>The controller&apos;s thread died: brokers keep serving with the metadata they have, but nothing is elected and no topic is created until it is back.</source>
        <translation>Der Thread des Controllers ist beendet: Die Broker bedienen weiter mit den Metadaten, die sie haben, aber bis er zurück ist, wird nichts gewählt und kein Topic erstellt.</translation>
    </message>
    <message>
        <source>A new controller took over from the stored metadata; elections that waited for it run now.</source>
        <translation>Ein neuer Controller hat mit den gespeicherten Metadaten übernommen; Wahlen, die auf ihn gewartet haben, laufen jetzt.</translation>
    </message>
</context>
<context>
    <name>GroupText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Choose a group, or type the id of a new one.</source>
        <translation>Wählen Sie eine Gruppe oder geben Sie die ID einer neuen ein.</translation>
    </message>
    <message>
        <source>No group %1 yet: the reset gives it its first committed offsets (choose a topic).</source>
        <translation>Noch keine Gruppe %1: Das Zurücksetzen gibt ihr ihre ersten committeten Offsets (wählen Sie ein Topic).</translation>
    </message>
    <message>
        <source>Empty: no consumer is active, so its offsets can be reset.</source>
        <translation>Leer: Kein Consumer ist aktiv, daher lassen sich ihre Offsets zurücksetzen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n active member(s): %2. Kafka resets offsets only while a group is empty.</source>
        <translation>
            <numerusform>Zustand %1, %n aktives Mitglied: %2. Kafka setzt Offsets nur zurück, solange eine Gruppe leer ist.</numerusform>
            <numerusform>Zustand %1, %n aktive Mitglieder: %2. Kafka setzt Offsets nur zurück, solange eine Gruppe leer ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 is %2 with %n active member(s): %3. Kafka resets offsets only while a group is empty: stop these consumers (or wait until their session times out), then preview again.</source>
        <translation>
            <numerusform>Gruppe %1 ist im Zustand %2 mit %n aktiven Mitglied: %3. Kafka setzt Offsets nur zurück, solange eine Gruppe leer ist: Stoppen Sie diese Consumer (oder warten Sie, bis ihre Session abläuft) und erstellen Sie dann erneut eine Vorschau.</numerusform>
            <numerusform>Gruppe %1 ist im Zustand %2 mit %n aktiven Mitgliedern: %3. Kafka setzt Offsets nur zurück, solange eine Gruppe leer ist: Stoppen Sie diese Consumer (oder warten Sie, bis ihre Session abläuft) und erstellen Sie dann erneut eine Vorschau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <source>Records per second by broker</source>
        <translation>Datensätze pro Sekunde nach Broker</translation>
    </message>
    <message>
        <source>Records produced to (in, solid) and fetched by consumers from (out, dashed) each broker.</source>
        <translation>An jeden Broker produzierte (ein, durchgezogen) und von Consumern abgerufene (aus, gestrichelt) Datensätze.</translation>
    </message>
    <message>
        <source>Bytes per second by broker</source>
        <translation>Bytes pro Sekunde nach Broker</translation>
    </message>
    <message>
        <source>Bytes produced to (in, solid) and fetched by consumers from (out, dashed) each broker.</source>
        <translation>An jeden Broker produzierte (ein, durchgezogen) und von Consumern abgerufene (aus, gestrichelt) Bytes.</translation>
    </message>
    <message>
        <source>Produce request latency</source>
        <translation>Latenz der Produce-Requests</translation>
    </message>
    <message>
        <source>Time from a produce request&apos;s arrival to its answer, acknowledgements included: median (p50, solid) and 99th percentile (p99, dashed) per broker.</source>
        <translation>Zeit vom Eintreffen eines Produce-Requests bis zur Antwort, einschließlich Bestätigungen: Median (p50, durchgezogen) und 99. Perzentil (p99, gestrichelt) pro Broker.</translation>
    </message>
    <message>
        <source>Under-replicated and offline partitions</source>
        <translation>Unterreplizierte und Offline-Partitionen</translation>
    </message>
    <message>
        <source>Partitions with fewer in-sync replicas than replicas, and partitions without a live leader.</source>
        <translation>Partitionen mit weniger In-Sync-Replikaten als Replikaten sowie Partitionen ohne laufenden Leader.</translation>
    </message>
    <message>
        <source>broker %1 in</source>
        <translation>Broker %1 ein</translation>
    </message>
    <message>
        <source>broker %1 out</source>
        <translation>Broker %1 aus</translation>
    </message>
    <message>
        <source>broker %1 p50</source>
        <translation>Broker %1 p50</translation>
    </message>
    <message>
        <source>broker %1 p99</source>
        <translation>Broker %1 p99</translation>
    </message>
    <message>
        <source>under-replicated</source>
        <translation>unterrepliziert</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 ein</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>Records per second by topic</source>
        <translation>Datensätze pro Sekunde nach Topic</translation>
    </message>
    <message>
        <source>Records appended to (in, solid) and fetched by consumers from (out, dashed) each topic, over all its partitions; the %1 busiest topics.</source>
        <translation>An jedes Topic angehängte (ein, durchgezogen) und von Consumern abgerufene (aus, gestrichelt) Datensätze, über alle seine Partitionen; die %1 aktivsten Topics.</translation>
    </message>
    <message>
        <source>Bytes per second by topic</source>
        <translation>Bytes pro Sekunde nach Topic</translation>
    </message>
    <message>
        <source>Growth of each topic&apos;s logs (in, solid) and bytes fetched by consumers (out, dashed) per second; the %1 busiest topics.</source>
        <translation>Wachstum der Logs jedes Topics (ein, durchgezogen) und von Consumern abgerufene Bytes (aus, gestrichelt) pro Sekunde; die %1 aktivsten Topics.</translation>
    </message>
</context>
<context>
    <name>RangeText</name>
    <message>
        <source>&quot;%1&quot; is not a partition number; write partitions like 0, 2, 5</source>
        <translation>„%1“ ist keine Partitionsnummer; schreiben Sie Partitionen wie 0, 2, 5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition or a range; write e.g. 0, 1:100-500, 2:950-</source>
        <translation>„%1“ ist weder eine Partition noch ein Bereich; schreiben Sie z. B. 0, 1:100-500, 2:950-</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the range starts after its end</source>
        <translation>In „%1“ beginnt der Bereich nach seinem Ende</translation>
    </message>
    <message>
        <source>Partition %1 is named twice</source>
        <translation>Partition %1 ist doppelt angegeben</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The connection %1 is read-only: Eventscope only looks at this cluster. Turn read-only off in the connection&apos;s settings to change it.</source>
        <translation>Die Verbindung „%1“ ist schreibgeschützt: Eventscope sieht sich diesen Cluster nur an. Um ihn zu ändern, schalten Sie den Schreibschutz in den Einstellungen der Verbindung aus.</translation>
    </message>
</context>
<context>
    <name>ReplicaMoveText</name>
    <message>
        <source>%1: in sync</source>
        <translation>%1: synchron</translation>
    </message>
    <message>
        <source>%1: %2% copied</source>
        <translation>%1: %2% kopiert</translation>
    </message>
    <message>
        <source>%1 (adding %2)</source>
        <translation>%1 (%2 kommt hinzu)</translation>
    </message>
    <message>
        <source>Moving: broker %1 leaves once the move completes.</source>
        <translation>Verschiebung: Broker %1 wird entfernt, sobald die Verschiebung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Moving: broker %1 copies the partition&apos;s log and joins once it has caught up.</source>
        <translation>Verschiebung: Broker %1 kopiert das Log der Partition und kommt hinzu, sobald er aufgeholt hat.</translation>
    </message>
    <message>
        <source>Moving: broker %1 copies the partition&apos;s log; once it has caught up, broker %2 leaves.</source>
        <translation>Verschiebung: Broker %1 kopiert das Log der Partition; sobald er aufgeholt hat, wird Broker %2 entfernt.</translation>
    </message>
</context>
<context>
    <name>ReplicaTargetText</name>
    <message>
        <source>&quot;%1&quot; is not a broker id</source>
        <translation>„%1“ ist keine Broker-ID</translation>
    </message>
    <message>
        <source>there is no broker %1</source>
        <translation>es gibt keinen Broker %1</translation>
    </message>
    <message>
        <source>broker %1 is listed twice</source>
        <translation>Broker %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>list at least one broker</source>
        <translation>geben Sie mindestens einen Broker an</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>%1 (%2 iterations)</source>
        <translation>%1 (%2 Iterationen)</translation>
    </message>
</context>
<context>
    <name>SidebarBadges</name>
    <message numerus="yes">
        <source>%n under-replicated partition</source>
        <translation>
            <numerusform>%n unterreplizierte Partition</numerusform>
            <numerusform>%n unterreplizierte Partitionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under-replicated partitions</source>
        <translation>
            <numerusform>%n unterreplizierte Partition</numerusform>
            <numerusform>%n unterreplizierte Partitionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline partition</source>
        <translation>
            <numerusform>%n Partition offline</numerusform>
            <numerusform>%n Partitionen offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline partitions</source>
        <translation>
            <numerusform>%n Partition offline</numerusform>
            <numerusform>%n Partitionen offline</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n consumer group with rising lag</source>
        <translation>
            <numerusform>%n Consumer Group mit steigendem Lag</numerusform>
            <numerusform>%n Consumer Groups mit steigendem Lag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consumer groups with rising lag</source>
        <translation>
            <numerusform>%n Consumer Group mit steigendem Lag</numerusform>
            <numerusform>%n Consumer Groups mit steigendem Lag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); its templates are not shown.</source>
        <translation>%1 ist beschädigt (%2); seine Vorlagen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in example; choose another name.</source>
        <translation>„%1“ ist der Name eines eingebauten Beispiels; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no saved template &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Vorlage „%1“.</translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; exists already.</source>
        <translation>Eine Vorlage namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot save the templates to %1: %2</source>
        <translation>Die Vorlagen können nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>TopicTerms</name>
    <message>
        <source>The broker that takes every write and read for this partition; the others copy from it.</source>
        <translation>Der Broker, der alle Schreib- und Lesezugriffe dieser Partition übernimmt; die anderen kopieren von ihm.</translation>
    </message>
    <message>
        <source>The brokers that keep a copy of this partition, the preferred leader first.</source>
        <translation>Die Broker, die eine Kopie dieser Partition halten, der bevorzugte Leader zuerst.</translation>
    </message>
    <message>
        <source>In-sync replicas: the copies that are caught up with the leader and may take over if it fails.</source>
        <translation>In-Sync-Replikate: die Kopien, die mit dem Leader synchron sind und bei seinem Ausfall übernehmen können.</translation>
    </message>
    <message>
        <source>Log start offset: the oldest offset still stored; retention moves it forward.</source>
        <translation>Log-Start-Offset: der älteste noch gespeicherte Offset; die Retention schiebt ihn nach vorn.</translation>
    </message>
    <message>
        <source>High watermark: the offset up to which every in-sync replica has the records, so consumers may read below it.</source>
        <translation>High Watermark: der Offset, bis zu dem jedes In-Sync-Replikat die Datensätze hat, sodass Consumer unterhalb davon lesen dürfen.</translation>
    </message>
    <message>
        <source>Log end offset: the offset the leader will give the next record it appends.</source>
        <translation>Log-End-Offset: der Offset, den der Leader dem nächsten angehängten Datensatz gibt.</translation>
    </message>
    <message>
        <source>The files a partition&apos;s log is split into; retention deletes whole segments, oldest first.</source>
        <translation>Die Dateien, in die das Log einer Partition aufgeteilt ist; die Retention löscht ganze Segmente, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>How many brokers keep a copy of each partition.</source>
        <translation>Wie viele Broker eine Kopie jeder Partition halten.</translation>
    </message>
    <message>
        <source>Partitions with fewer in-sync replicas than replicas: a broker is down or falling behind.</source>
        <translation>Partitionen mit weniger In-Sync-Replikaten als Replikaten: Ein Broker ist ausgefallen oder hinkt hinterher.</translation>
    </message>
    <message>
        <source>A consumer group&apos;s committed offset: the next record the group will read from this partition.</source>
        <translation>Der committete Offset einer Consumer Group: der nächste Datensatz, den die Gruppe aus dieser Partition liest.</translation>
    </message>
</context>
<context>
    <name>es::AclDialog</name>
    <message>
        <source>Add ACL</source>
        <translation>ACL hinzufügen</translation>
    </message>
    <message>
        <source>Add ACLs</source>
        <translation>ACLs hinzufügen</translation>
    </message>
    <message>
        <source>Who: User:name for a SCRAM user or a certificate&apos;s name, User:* for everyone</source>
        <translation>Wer: User:Name für einen SCRAM-Benutzer oder den Namen eines Zertifikats, User:* für alle</translation>
    </message>
    <message>
        <source>The client&apos;s IP address, or * for any</source>
        <translation>Die IP-Adresse des Clients oder * für jede</translation>
    </message>
    <message>
        <source>Literal: this name (* for every one)</source>
        <translation>Literal: dieser Name (* für alle)</translation>
    </message>
    <message>
        <source>Prefixed: every name that starts with it</source>
        <translation>Präfix: jeder Name, der damit beginnt</translation>
    </message>
    <message>
        <source>Each operation checked adds one ACL</source>
        <translation>Jede angehakte Operation fügt eine ACL hinzu</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>&amp;Principal:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Resource &amp;type:</source>
        <translation>Ressourcen&amp;typ:</translation>
    </message>
    <message>
        <source>P&amp;attern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Operations:</source>
        <translation>&amp;Operationen:</translation>
    </message>
    <message>
        <source>Pe&amp;rmission:</source>
        <translation>&amp;Berechtigung:</translation>
    </message>
    <message>
        <source>Enter the resource&apos;s name, or * for every one.</source>
        <translation>Geben Sie den Namen der Ressource ein oder * für alle.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s host, or * for any.</source>
        <translation>Geben Sie den Host des Clients ein oder * für jeden.</translation>
    </message>
    <message>
        <source>This connection does not tell which requests it decided lately, so the new ACLs cannot be previewed.</source>
        <translation>Diese Verbindung gibt nicht an, über welche Requests zuletzt entschieden wurde, daher gibt es keine Vorschau der neuen ACLs.</translation>
    </message>
    <message>
        <source>Complete the form to preview what the new ACLs change.</source>
        <translation>Füllen Sie das Formular aus, um in einer Vorschau zu sehen, was die neuen ACLs ändern.</translation>
    </message>
    <message>
        <source>Would now be allowed: %1</source>
        <translation>Wäre jetzt erlaubt: %1</translation>
    </message>
    <message>
        <source>Would now be denied: %1</source>
        <translation>Wäre jetzt verweigert: %1</translation>
    </message>
    <message>
        <source>No requests were decided lately to preview the new ACLs against.</source>
        <translation>Zuletzt wurde über keine Requests entschieden, an denen sich die neuen ACLs in der Vorschau prüfen ließen.</translation>
    </message>
    <message>
        <source>Of the kinds of request decided lately, %1 would be decided otherwise and %2 stay the same.</source>
        <translation>Von den Arten von Requests, über die zuletzt entschieden wurde, würden %1 anders entschieden und %2 blieben gleich.</translation>
    </message>
</context>
<context>
    <name>es::AclsPanel</name>
    <message>
        <source>&amp;Add ACL…</source>
        <translation>&amp;ACL hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Filter by principal or resource</source>
        <translation>Nach Principal oder Ressource filtern</translation>
    </message>
    <message>
        <source>Filter ACLs</source>
        <translation>ACLs filtern</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Alle Ressourcen</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Allow and deny</source>
        <translation>Erlauben und verweigern</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>ACLs</source>
        <translation>ACLs</translation>
    </message>
    <message>
        <source>Allow or deny a principal an operation on a resource</source>
        <translation>Einem Principal eine Operation auf einer Ressource erlauben oder verweigern</translation>
    </message>
    <message>
        <source>Delete the selected ACLs</source>
        <translation>Die ausgewählten ACLs löschen</translation>
    </message>
    <message>
        <source>Delete ACLs</source>
        <translation>ACLs löschen</translation>
    </message>
    <message>
        <source>Delete this ACL?
%1</source>
        <translation>Diese ACL löschen?
%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n ACLs?</source>
        <translation>
            <numerusform>Diese %n ACL löschen?</numerusform>
            <numerusform>Diese %n ACLs löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>es::AddPartitionsDialog</name>
    <message>
        <source>Add partitions</source>
        <translation>Partitionen hinzufügen</translation>
    </message>
    <message>
        <source>Add partitions to %1</source>
        <translation>Partitionen zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Partitions of %1 now: %2. Records with a key go to the partition their key hashes to, so after adding partitions some keys land on a different partition than before.</source>
        <translation>Partitionen von %1 derzeit: %2. Datensätze mit Schlüssel landen in der Partition, auf die ihr Schlüssel-Hash zeigt; nach dem Hinzufügen von Partitionen landen manche Schlüssel daher in einer anderen Partition als zuvor.</translation>
    </message>
    <message>
        <source>&amp;New total:</source>
        <translation>&amp;Neue Gesamtzahl:</translation>
    </message>
    <message>
        <source>A topic&apos;s partitions can only grow: enter more than %1.</source>
        <translation>Die Partitionen eines Topics können nur mehr werden: Geben Sie mehr als %1 ein.</translation>
    </message>
</context>
<context>
    <name>es::AdminError</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>es::BotHost</name>
    <message>
        <source>The cluster is not running yet.</source>
        <translation>Der Cluster läuft noch nicht.</translation>
    </message>
</context>
<context>
    <name>es::BotSettingsDialog</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source> records/s</source>
        <translation> Datensätze/s</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source> ms per record</source>
        <translation> ms pro Datensatz</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Processing time:</source>
        <translation>&amp;Verarbeitungszeit:</translation>
    </message>
    <message>
        <source>&amp;Error rate:</source>
        <translation>&amp;Fehlerquote:</translation>
    </message>
</context>
<context>
    <name>es::BotsModel</name>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>The most the members can process together at %1 ms per record, error rate %2%</source>
        <translation>Das Maximum, das die Mitglieder zusammen bei %1 ms pro Datensatz und einer Fehlerquote von %2% verarbeiten können</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (gestoppt)</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Consumer Group</translation>
    </message>
    <message>
        <source>%1 (reads %2)</source>
        <translation>%1 (liest %2)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The topic a producer writes to, or the consumer group id a group bot joins as.</source>
        <translation>Das Topic, in das ein Producer schreibt, oder die Consumer-Group-ID, mit der ein Gruppen-Bot beitritt.</translation>
    </message>
    <message>
        <source>The configured rate: records per second sent, or processed at most.</source>
        <translation>Die eingestellte Rate: gesendete oder höchstens verarbeitete Datensätze pro Sekunde.</translation>
    </message>
    <message>
        <source>Records acknowledged (producers) or processed (groups) per second, just now.</source>
        <translation>Aktuell pro Sekunde bestätigte (Producer) oder verarbeitete (Gruppen) Datensätze.</translation>
    </message>
    <message>
        <source>Failed deliveries, or records whose processing failed and was retried.</source>
        <translation>Fehlgeschlagene Zustellungen oder Datensätze, deren Verarbeitung fehlschlug und wiederholt wurde.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Topic / group</source>
        <translation>Topic / Gruppe</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Stopped: select it and press Start to run it again.</source>
        <translation>Gestoppt: Wählen Sie ihn aus und klicken Sie auf „Starten“, um ihn wieder laufen zu lassen.</translation>
    </message>
</context>
<context>
    <name>es::BotsPanel</name>
    <message>
        <source>Simulated clients</source>
        <translation>Simulierte Clients</translation>
    </message>
    <message>
        <source>Add &amp;producer…</source>
        <translation>&amp;Producer hinzufügen…</translation>
    </message>
    <message>
        <source>Start a simulated producer that writes records to a topic at a steady rate.</source>
        <translation>Einen simulierten Producer starten, der mit gleichmäßiger Rate Datensätze in ein Topic schreibt.</translation>
    </message>
    <message>
        <source>Add consumer gro&amp;up…</source>
        <translation>Consumer Gro&amp;up hinzufügen…</translation>
    </message>
    <message>
        <source>Start simulated consumers that join a consumer group and process its partitions.</source>
        <translation>Simulierte Consumer starten, die einer Consumer Group beitreten und ihre Partitionen verarbeiten.</translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change the rate, processing time or error rate while the bot runs.</source>
        <translation>Rate, Verarbeitungszeit oder Fehlerquote ändern, während der Bot läuft.</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>&amp;Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Another consumer joins the group: the group rebalances its partitions.</source>
        <translation>Ein weiterer Consumer tritt der Gruppe bei: Die Gruppe verteilt ihre Partitionen neu.</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>Mitglied en&amp;tfernen</translation>
    </message>
    <message>
        <source>The newest member leaves the group cleanly (LeaveGroup): it rebalances at once.</source>
        <translation>Das neueste Mitglied verlässt die Gruppe sauber (LeaveGroup): Sie verteilt ihre Partitionen sofort neu.</translation>
    </message>
    <message>
        <source>Cras&amp;h member</source>
        <translation>Mitglied abstürzen &amp;lassen</translation>
    </message>
    <message>
        <source>The newest member dies without leaving: the group rebalances once its session times out (6 s).</source>
        <translation>Das neueste Mitglied stirbt, ohne die Gruppe zu verlassen: Die Gruppe verteilt ihre Partitionen neu, sobald seine Session abläuft (6 s).</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the bot; it stays in the list.</source>
        <translation>Den Bot stoppen; er bleibt in der Liste.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Stop the bot and remove it from the list.</source>
        <translation>Den Bot stoppen und aus der Liste entfernen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Producer bot started on %1.</source>
        <translation>Producer-Bot für Topic %1 gestartet.</translation>
    </message>
    <message>
        <source>Consumer group bot %1 started.</source>
        <translation>Consumer-Group-Bot %1 gestartet.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Rate changed.</source>
        <translation>Rate geändert.</translation>
    </message>
    <message>
        <source>Processing changed.</source>
        <translation>Verarbeitung geändert.</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <source>Creates the topics orders, payments and clicks if they are missing, and starts the demo&apos;s simulated producers and consumer groups (again, if they were stopped).</source>
        <translation>Legt die Topics orders, payments und clicks an, falls sie fehlen, und startet die simulierten Producer und Consumer Groups der Demo (erneut, falls sie gestoppt wurden).</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>St&amp;arten</translation>
    </message>
    <message>
        <source>Start the bot again, with the settings it had.</source>
        <translation>Den Bot mit seinen bisherigen Einstellungen wieder starten.</translation>
    </message>
    <message>
        <source>The demo runs: producers feed orders, payments and clicks; billing, analytics and fraud-check consume them.</source>
        <translation>Die Demo läuft: Producer schreiben in orders, payments und clicks; billing, analytics und fraud-check konsumieren sie.</translation>
    </message>
</context>
<context>
    <name>es::BrokerConfigsDialog</name>
    <message>
        <source>Broker settings</source>
        <translation>Broker-Einstellungen</translation>
    </message>
    <message>
        <source>All brokers</source>
        <translation>Alle Broker</translation>
    </message>
    <message>
        <source>Filter by name or description</source>
        <translation>Nach Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>&amp;Settings of:</source>
        <translation>&amp;Einstellungen von:</translation>
    </message>
    <message>
        <source>New value, e.g. 2 days or 1 GiB</source>
        <translation>Neuer Wert, z. B. 2 Tage oder 1 GiB</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>for broker %1</source>
        <translation>für Broker %1</translation>
    </message>
    <message>
        <source>for all brokers</source>
        <translation>für alle Broker</translation>
    </message>
    <message>
        <source>Could not read the broker settings: %1</source>
        <translation>Die Broker-Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select a setting to change it.</source>
        <translation>Wählen Sie eine Einstellung aus, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Set this value %1.</source>
        <translation>Diesen Wert %1 setzen.</translation>
    </message>
    <message>
        <source>Remove the value set %1, so the next one in line counts again.</source>
        <translation>Den %1 gesetzten Wert entfernen, sodass wieder der nächste in der Rangfolge gilt.</translation>
    </message>
    <message>
        <source>%1 needs a value such as %2.</source>
        <translation>%1 braucht einen Wert wie %2.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1 set to %2 %3.</source>
        <translation>%1 %3 auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>%1 reset %2.</source>
        <translation>%1 %2 zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>es::BrokerConfigsModel</name>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (durch %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>this broker</source>
        <translation>dieser Broker</translation>
    </message>
    <message>
        <source>all brokers</source>
        <translation>alle Broker</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Set for this broker alone; it wins over every other value.</source>
        <translation>Nur für diesen Broker gesetzt; hat Vorrang vor jedem anderen Wert.</translation>
    </message>
    <message>
        <source>Set for all brokers while the cluster runs; a broker&apos;s own value would win over it.</source>
        <translation>Für alle Broker gesetzt, während der Cluster läuft; ein eigener Wert eines Brokers hätte Vorrang.</translation>
    </message>
    <message>
        <source>Given with --config when the cluster started; a value set while it runs wins over it.</source>
        <translation>Beim Start des Clusters mit --config angegeben; ein im laufenden Betrieb gesetzter Wert hat Vorrang.</translation>
    </message>
    <message>
        <source>Nobody set it: the broker&apos;s default.</source>
        <translation>Von niemandem gesetzt: der Standardwert des Brokers.</translation>
    </message>
    <message>
        <source>Read-only: Kafka reads this setting only when a broker starts, so it cannot be changed while the cluster runs.</source>
        <translation>Schreibgeschützt: Kafka liest diese Einstellung nur beim Start eines Brokers, daher kann sie bei laufendem Cluster nicht geändert werden.</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>es::BrokerTableModel</name>
    <message>
        <source>This broker&apos;s id; the controller runs beside it.</source>
        <translation>Die ID dieses Brokers; der Controller läuft neben ihm.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leader von</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <source>Records in/s</source>
        <translation>Datensätze ein/s</translation>
    </message>
    <message>
        <source>Records out/s</source>
        <translation>Datensätze aus/s</translation>
    </message>
    <message>
        <source>Bytes in/s</source>
        <translation>Bytes ein/s</translation>
    </message>
    <message>
        <source>Bytes out/s</source>
        <translation>Bytes aus/s</translation>
    </message>
    <message>
        <source>The broker&apos;s id (broker.id).</source>
        <translation>Die ID des Brokers (broker.id).</translation>
    </message>
    <message>
        <source>Where Kafka clients reach this broker.</source>
        <translation>Wo Kafka-Clients diesen Broker erreichen.</translation>
    </message>
    <message>
        <source>Running, paused, stopped, crashed, or fenced by the controller.</source>
        <translation>Läuft, pausiert, gestoppt, abgestürzt oder vom Controller abgeschottet.</translation>
    </message>
    <message>
        <source>Partitions whose leader is on this broker: it serves their reads and writes.</source>
        <translation>Partitionen, deren Leader auf diesem Broker liegt: Er bedient ihre Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Partition replicas stored on this broker, leaders and followers.</source>
        <translation>Auf diesem Broker gespeicherte Partitionsreplikate, Leader und Follower.</translation>
    </message>
    <message>
        <source>Partitions it leads with fewer in-sync replicas than replicas: a copy is missing or behind.</source>
        <translation>Partitionen, deren Leader er ist und die weniger In-Sync-Replikate als Replikate haben: Eine Kopie fehlt oder hinkt hinterher.</translation>
    </message>
    <message>
        <source>Records produced to this broker per second.</source>
        <translation>Pro Sekunde an diesen Broker produzierte Datensätze.</translation>
    </message>
    <message>
        <source>Records fetched from this broker per second, by consumers and followers.</source>
        <translation>Pro Sekunde von Consumern und Followern bei diesem Broker abgerufene Datensätze.</translation>
    </message>
    <message>
        <source>Bytes produced to this broker per second.</source>
        <translation>Pro Sekunde an diesen Broker produzierte Bytes.</translation>
    </message>
    <message>
        <source>Bytes fetched from this broker per second.</source>
        <translation>Pro Sekunde bei diesem Broker abgerufene Bytes.</translation>
    </message>
</context>
<context>
    <name>es::BrowseBar</name>
    <message>
        <source>The topic to browse: a named stream of records, split into partitions (Ctrl+L).</source>
        <translation>Das zu durchsuchende Topic: ein benannter Strom von Datensätzen, aufgeteilt in Partitionen (Strg+L).</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Partitions to browse, e.g. 0, 2, 5-7; empty for all. One partition shows its records in offset order; several are merged by timestamp.</source>
        <translation>Anzuzeigende Partitionen, z. B. 0, 2, 5-7; leer für alle. Eine einzelne Partition zeigt ihre Datensätze in Offset-Reihenfolge; mehrere werden nach Zeitstempel zusammengeführt.</translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation>&amp;Partitionen:</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Früheste</translation>
    </message>
    <message>
        <source>Latest N</source>
        <translation>Neueste N</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Group&apos;s position</source>
        <translation>Position der Gruppe</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Live-Tail</translation>
    </message>
    <message>
        <source>Where to start: the log start (earliest offset still kept), the last N records of each partition, an offset, the first record at or after a time, the offset a consumer group committed, or only new records (live tail).</source>
        <translation>Wo begonnen wird: am Log-Start (frühester noch vorhandener Offset), bei den letzten N Datensätzen jeder Partition, bei einem Offset, beim ersten Datensatz zu oder nach einem Zeitpunkt, beim von einer Consumer Group committeten Offset oder nur mit neuen Datensätzen (Live-Tail).</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>How many of the newest records of each partition to show.</source>
        <translation>Wie viele der neuesten Datensätze jeder Partition angezeigt werden.</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>The first offset to show in each partition (clamped to what the log holds).</source>
        <translation>Der erste anzuzeigende Offset in jeder Partition (begrenzt auf das, was das Log enthält).</translation>
    </message>
    <message>
        <source>Show records from the first one stamped at or after this time.</source>
        <translation>Datensätze ab dem ersten anzeigen, dessen Zeitstempel zu oder nach diesem Zeitpunkt liegt.</translation>
    </message>
    <message>
        <source>A consumer group: start where it committed its position in each partition, i.e. at the records it has not processed yet.</source>
        <translation>Eine Consumer Group: dort beginnen, wo sie ihre Position in jeder Partition committet hat, also bei den Datensätzen, die sie noch nicht verarbeitet hat.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Keep adding records as they arrive, and scroll to them unless you scrolled away.</source>
        <translation>Neue Datensätze laufend anfügen und zu ihnen scrollen, sofern Sie nicht weggescrollt haben.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Show the records from the chosen start (F5 opens again).</source>
        <translation>Die Datensätze ab dem gewählten Start anzeigen (F5 öffnet erneut).</translation>
    </message>
    <message>
        <source>Enter the offset to start at.</source>
        <translation>Geben Sie den Offset ein, bei dem begonnen werden soll.</translation>
    </message>
    <message>
        <source>Choose a topic</source>
        <translation>Topic wählen</translation>
    </message>
</context>
<context>
    <name>es::BrowseResolver</name>
    <message>
        <source>&quot;%1&quot; is not a partition number or range (write e.g. 0, 2, 5-7).</source>
        <translation>„%1“ ist weder eine Partitionsnummer noch ein Bereich (schreiben Sie z. B. 0, 2, 5-7).</translation>
    </message>
    <message>
        <source>The range %1 ends before it starts.</source>
        <translation>Der Bereich %1 endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Wählen Sie ein Topic.</translation>
    </message>
    <message>
        <source>There is no topic &quot;%1&quot;.</source>
        <translation>Es gibt kein Topic „%1“.</translation>
    </message>
    <message>
        <source>Choose a consumer group.</source>
        <translation>Wählen Sie eine Consumer Group.</translation>
    </message>
    <message>
        <source>There is no consumer group &quot;%1&quot;.</source>
        <translation>Es gibt keine Consumer Group „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Topic &quot;%1&quot; has no partition %2 (it has %n partition(s)).</source>
        <translation>
            <numerusform>Topic „%1“ hat keine Partition %2 (es hat %n Partition).</numerusform>
            <numerusform>Topic „%1“ hat keine Partition %2 (es hat %n Partitionen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; has no committed offset for partition(s) %2: they start at the log start.</source>
        <translation>Gruppe „%1“ hat keinen committeten Offset für Partition(en) %2: Sie beginnen am Log-Start.</translation>
    </message>
</context>
<context>
    <name>es::BulkPanel</name>
    <message>
        <source>Send many</source>
        <translation>Massenversand</translation>
    </message>
    <message>
        <source>N&amp;umber of records:</source>
        <translation>&amp;Anzahl der Datensätze:</translation>
    </message>
    <message>
        <source>How many records to render from the template and send, as fast as the cluster takes them.</source>
        <translation>Wie viele Datensätze aus der Vorlage erzeugt und gesendet werden, so schnell der Cluster sie annimmt.</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source> records/s</source>
        <translation> Datensätze/s</translation>
    </message>
    <message>
        <source>Records per second, spread evenly, as a steady producer would send them.</source>
        <translation>Datensätze pro Sekunde, gleichmäßig verteilt, wie ein stetiger Producer sie senden würde.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>For how long to send at that rate.</source>
        <translation>Wie lange mit dieser Rate gesendet wird.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>&amp;From file:</source>
        <translation>Aus &amp;Datei:</translation>
    </message>
    <message>
        <source>Sends every record of a JSON Lines or CSV file, such as one the Messages view exported, keeping keys, values, headers and timestamps.</source>
        <translation>Sendet jeden Datensatz einer JSON-Lines- oder CSV-Datei, etwa einer aus der Ansicht „Nachrichten“ exportierten, mit Schlüsseln, Werten, Headern und Zeitstempeln.</translation>
    </message>
    <message>
        <source>A .jsonl or .csv file</source>
        <translation>Eine .jsonl- oder .csv-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Starts sending to the chosen topic.</source>
        <translation>Beginnt mit dem Senden an das gewählte Topic.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stops sending; records already sent stay in the topic.</source>
        <translation>Beendet das Senden; bereits gesendete Datensätze bleiben im Topic.</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Datensätze importieren</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>Datensätze (*.jsonl *.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The cluster is not running.</source>
        <translation>Der Cluster läuft nicht.</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>Choose the topic to import into.</source>
        <translation>Wählen Sie das Topic, in das importiert werden soll.</translation>
    </message>
    <message>
        <source>Fix the record above first.</source>
        <translation>Korrigieren Sie zuerst den Datensatz oben.</translation>
    </message>
    <message>
        <source>Choose or type a topic to send to.</source>
        <translation>Wählen Sie ein Topic, an das gesendet werden soll, oder geben Sie es ein.</translation>
    </message>
    <message>
        <source>%1 of %2 records delivered</source>
        <translation>%1 von %2 Datensätzen zugestellt</translation>
    </message>
    <message>
        <source>%1 records delivered</source>
        <translation>%1 Datensätze zugestellt</translation>
    </message>
    <message>
        <source> · %1 records/s</source>
        <translation> · %1 Datensätze/s</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done: %1 records in %2 s (%3 records/s on average).</source>
        <translation>Fertig: %1 Datensätze in %2 s (durchschnittlich %3 Datensätze/s).</translation>
    </message>
    <message>
        <source>Cancelled after %1 records.</source>
        <translation>Abgebrochen nach %1 Datensätzen.</translation>
    </message>
    <message>
        <source>%1 records delivered.</source>
        <translation>%1 Datensätze zugestellt.</translation>
    </message>
</context>
<context>
    <name>es::ClusterDiagram</name>
    <message>
        <source>leader: serves every read and write of the partition</source>
        <translation>Leader: bedient alle Lese- und Schreibzugriffe der Partition</translation>
    </message>
    <message>
        <source>in-sync follower: a copy caught up with the leader, member of the ISR</source>
        <translation>In-Sync-Follower: eine mit dem Leader synchrone Kopie, Mitglied des ISR</translation>
    </message>
    <message>
        <source>out-of-sync follower: behind the leader, so not in the ISR (in-sync replicas)</source>
        <translation>Nicht synchroner Follower: hinkt dem Leader hinterher und ist daher nicht im ISR (In-Sync-Replikate)</translation>
    </message>
    <message>
        <source>offline: its broker is down</source>
        <translation>offline: sein Broker ist ausgefallen</translation>
    </message>
    <message>
        <source>Cluster diagram</source>
        <translation>Cluster-Diagramm</translation>
    </message>
    <message>
        <source>Brokers, the controller and the replicas of every partition. Left and right arrows choose a broker.</source>
        <translation>Broker, der Controller und die Replikate jeder Partition. Mit den Pfeiltasten links und rechts wählen Sie einen Broker.</translation>
    </message>
    <message numerus="yes">
        <source>Broker %1: %2. %3 Leads %n partition(s).</source>
        <translation>
            <numerusform>Broker %1: %2. %3 Leader von %n Partition.</numerusform>
            <numerusform>Broker %1: %2. %3 Leader von %n Partitionen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Topic %1: %n partition(s), replication factor %2. Double-click to open it.</source>
        <translation>
            <numerusform>Topic %1: %n Partition, Replikationsfaktor %2. Zum Öffnen doppelklicken.</numerusform>
            <numerusform>Topic %1: %n Partitionen, Replikationsfaktor %2. Zum Öffnen doppelklicken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on broker %2: %3</source>
        <translation>%1 auf Broker %2: %3</translation>
    </message>
    <message>
        <source>%1 is offline: no replica can lead it, so it can be neither read nor written.</source>
        <translation>%1 ist offline: Kein Replikat kann Leader werden, daher lässt sich die Partition weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>%1 is under-replicated: fewer replicas are in sync than it has.</source>
        <translation>%1 ist unterrepliziert: Weniger Replikate sind synchron, als es gibt.</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1% loss</source>
        <translation>%1% Verlust</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>metadata, elections</source>
        <translation>Metadaten, Wahlen</translation>
    </message>
    <message>
        <source>leads %1</source>
        <translation>Leader von %1</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>in-sync follower</source>
        <translation>In-Sync-Follower</translation>
    </message>
    <message>
        <source>out of sync</source>
        <translation>nicht synchron</translation>
    </message>
    <message>
        <source>broker down</source>
        <translation>Broker ausgefallen</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>lossy</source>
        <translation>verlustbehaftet</translation>
    </message>
    <message>
        <source>No topics yet. Create one in the Topics view, or let a client produce to a new topic: the brokers create it on first use.</source>
        <translation>Noch keine Topics. Erstellen Sie eines in der Ansicht „Topics“ oder lassen Sie einen Client in ein neues Topic produzieren: Die Broker legen es bei der ersten Verwendung an.</translation>
    </message>
    <message numerus="yes">
        <source>%1  · %n partition(s), replication factor %2</source>
        <translation>
            <numerusform>%1  · %n Partition, Replikationsfaktor %2</numerusform>
            <numerusform>%1  · %n Partitionen, Replikationsfaktor %2</numerusform>
        </translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <source> (under-replicated)</source>
        <translation> (unterrepliziert)</translation>
    </message>
    <message>
        <source>L</source>
        <comment>leader replica</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <comment>in-sync follower replica</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>F!</source>
        <comment>out-of-sync follower replica</comment>
        <translation>F!</translation>
    </message>
    <message>
        <source>Joining: it has caught up with the leader; the move completes once every joining replica has.</source>
        <translation>Kommt hinzu: Es hat zum Leader aufgeholt; die Verschiebung ist abgeschlossen, sobald alle hinzukommenden Replikate aufgeholt haben.</translation>
    </message>
    <message>
        <source>Joining: it copies the leader&apos;s log, %1% so far (%2 of %3 offsets), and joins the partition&apos;s replicas once it has caught up.</source>
        <translation>Kommt hinzu: Es kopiert das Log des Leaders, bisher %1% (%2 von %3 Offsets), und kommt zu den Replikaten der Partition hinzu, sobald es aufgeholt hat.</translation>
    </message>
    <message>
        <source>Joining: it copies the leader&apos;s log, and joins the partition&apos;s replicas once it has caught up.</source>
        <translation>Kommt hinzu: Es kopiert das Log des Leaders und kommt zu den Replikaten der Partition hinzu, sobald es aufgeholt hat.</translation>
    </message>
    <message>
        <source>Leaving: it is removed, with its copy of the log, once every joining replica has caught up.</source>
        <translation>Wird entfernt: Es wird samt seiner Kopie des Logs entfernt, sobald alle hinzukommenden Replikate aufgeholt haben.</translation>
    </message>
    <message>
        <source>%1 is moving: broker %2 copies its log and joins its replicas once caught up.</source>
        <translation>%1 wird verschoben: Broker %2 kopiert ihr Log und kommt zu ihren Replikaten hinzu, sobald er aufgeholt hat.</translation>
    </message>
    <message>
        <source>%1 is moving: broker %2 leaves its replicas.</source>
        <translation>%1 wird verschoben: Broker %2 wird aus ihren Replikaten entfernt.</translation>
    </message>
    <message>
        <source>%1 is moving: broker %2 copies its log; once caught up, broker %3 leaves.</source>
        <translation>%1 wird verschoben: Broker %2 kopiert ihr Log; sobald er aufgeholt hat, wird Broker %3 entfernt.</translation>
    </message>
    <message>
        <source>joining: share copied</source>
        <translation>kommt hinzu: kopierter Anteil</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <source> (under-replicated, moving)</source>
        <translation> (unterrepliziert, wird verschoben)</translation>
    </message>
    <message>
        <source> (moving)</source>
        <translation> (wird verschoben)</translation>
    </message>
    <message>
        <source>+F</source>
        <comment>joining replica, caught up</comment>
        <translation>+F</translation>
    </message>
    <message>
        <source>+%1%</source>
        <comment>joining replica, share of the leader&apos;s log copied</comment>
        <translation>+%1%</translation>
    </message>
    <message>
        <source>crashed: nothing is elected</source>
        <translation>abgestürzt: nichts wird gewählt</translation>
    </message>
</context>
<context>
    <name>es::ClusterView</name>
    <message>
        <source>Show &amp;internal topics</source>
        <translation>&amp;Interne Topics anzeigen</translation>
    </message>
    <message>
        <source>Also draw the cluster&apos;s own topics, such as __consumer_offsets, where consumer groups keep their committed offsets.</source>
        <translation>Auch die clustereigenen Topics zeichnen, etwa __consumer_offsets, in dem Consumer Groups ihre committeten Offsets ablegen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the broker cleanly: it hands its leadership to other replicas first.</source>
        <translation>Den Broker sauber stoppen: Er gibt seine Leader-Rollen zuerst an andere Replikate ab.</translation>
    </message>
    <message>
        <source>&amp;Crash…</source>
        <translation>&amp;Abstürzen lassen…</translation>
    </message>
    <message>
        <source>Kill the broker abruptly, optionally losing what it has not flushed to disk.</source>
        <translation>Den Broker abrupt beenden und dabei wahlweise verlieren, was er noch nicht auf die Festplatte geschrieben hat.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Freeze the broker&apos;s thread: it answers nothing until resumed.</source>
        <translation>Den Thread des Brokers einfrieren: Er antwortet nicht mehr, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Stop the broker cleanly if it runs, then start it again.</source>
        <translation>Den Broker sauber stoppen, falls er läuft, und dann wieder starten.</translation>
    </message>
    <message>
        <source>&amp;Add broker</source>
        <translation>Broker &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Start one more broker (at most 9). New topics place replicas on it.</source>
        <translation>Einen weiteren Broker starten (höchstens 9). Neue Topics legen Replikate auf ihm ab.</translation>
    </message>
    <message>
        <source>&amp;Links…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Add latency, make lossy, cut or heal the link between two nodes.</source>
        <translation>Die Verbindung zwischen zwei Knoten verzögern, verlustbehaftet machen, trennen oder wiederherstellen.</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Let the broker&apos;s thread run again.</source>
        <translation>Den Thread des Brokers wieder laufen lassen.</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Elect preferred leaders…</source>
        <translation>&amp;Bevorzugte Leader wählen…</translation>
    </message>
    <message>
        <source>Give every partition of the cluster back to its preferred leader, where that replica runs and is in sync.</source>
        <translation>Jede Partition des Clusters an ihren bevorzugten Leader zurückgeben, sofern dieses Replikat läuft und synchron ist.</translation>
    </message>
    <message>
        <source>&amp;Broker settings…</source>
        <translation>&amp;Broker-Einstellungen…</translation>
    </message>
    <message>
        <source>Show the brokers&apos; settings and change those Kafka lets change while the cluster runs.</source>
        <translation>Die Einstellungen der Broker anzeigen und diejenigen ändern, die Kafka bei laufendem Cluster ändern lässt.</translation>
    </message>
    <message>
        <source>Crash c&amp;ontroller</source>
        <translation>&amp;Controller abstürzen lassen</translation>
    </message>
    <message>
        <source>Kill the controller: nothing is elected and no topic is created until it is back.</source>
        <translation>Den Controller beenden: Bis er zurück ist, wird nichts gewählt und kein Topic erstellt.</translation>
    </message>
    <message>
        <source>Restart c&amp;ontroller</source>
        <translation>&amp;Controller neu starten</translation>
    </message>
    <message>
        <source>Have a new controller take over from the stored metadata.</source>
        <translation>Einen neuen Controller mit den gespeicherten Metadaten übernehmen lassen.</translation>
    </message>
</context>
<context>
    <name>es::CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>A view, topic, group, broker or action</source>
        <translation>Eine Ansicht, ein Topic, eine Gruppe, ein Broker oder eine Aktion</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>es::ConfigDescriptions</name>
    <message>
        <source>What happens to old records: deleted by age and size, or compacted to the latest record of each key, or both.</source>
        <translation>Was mit alten Datensätzen geschieht: nach Alter und Größe gelöscht, auf den neuesten Datensatz je Schlüssel kompaktiert oder beides.</translation>
    </message>
    <message>
        <source>The codec the broker stores batches in; producer keeps the one each producer chose.</source>
        <translation>Der Codec, in dem der Broker Batches speichert; producer behält den, den jeder Producer gewählt hat.</translation>
    </message>
    <message>
        <source>How long a tombstone (a record with no value) stays in a compacted topic, so that consumers see the delete.</source>
        <translation>Wie lange ein Tombstone (ein Datensatz ohne Wert) in einem kompaktierten Topic bleibt, damit Consumer die Löschung sehen.</translation>
    </message>
    <message>
        <source>How long a broker waits before deleting a segment file it no longer needs.</source>
        <translation>Wie lange ein Broker wartet, bevor er eine nicht mehr benötigte Segmentdatei löscht.</translation>
    </message>
    <message>
        <source>After how many records the log is forced to disk; 1 forces every batch.</source>
        <translation>Nach wie vielen Datensätzen das Log auf die Festplatte erzwungen wird; 1 erzwingt es für jeden Batch.</translation>
    </message>
    <message>
        <source>How often records not yet on disk are forced there.</source>
        <translation>Wie oft noch nicht auf der Festplatte liegende Datensätze dorthin geschrieben werden.</translation>
    </message>
    <message>
        <source>The replicas whose copying by followers is held to the replication throttle.</source>
        <translation>Die Replikate, deren Kopieren durch Follower der Replikationsdrosselung unterliegt.</translation>
    </message>
    <message>
        <source>How many bytes of records lie between two entries of the offset index.</source>
        <translation>Wie viele Bytes an Datensätzen zwischen zwei Einträgen des Offset-Index liegen.</translation>
    </message>
    <message>
        <source>The replicas whose sending to followers is held to the replication throttle.</source>
        <translation>Die Replikate, deren Senden an Follower der Replikationsdrosselung unterliegt.</translation>
    </message>
    <message>
        <source>With tiered storage: the most bytes a partition keeps on the broker&apos;s own disk.</source>
        <translation>Mit Tiered Storage: die maximale Anzahl Bytes, die eine Partition auf der eigenen Festplatte des Brokers behält.</translation>
    </message>
    <message>
        <source>With tiered storage: how long records stay on the broker&apos;s own disk.</source>
        <translation>Mit Tiered Storage: wie lange Datensätze auf der eigenen Festplatte des Brokers bleiben.</translation>
    </message>
    <message>
        <source>The longest a record may stay uncompacted in a compacted topic.</source>
        <translation>Die längste Zeit, die ein Datensatz in einem kompaktierten Topic unkompaktiert bleiben darf.</translation>
    </message>
    <message>
        <source>The largest record batch the topic accepts from a producer.</source>
        <translation>Der größte Datensatz-Batch, den das Topic von einem Producer annimmt.</translation>
    </message>
    <message>
        <source>Whether consumers of old protocol versions get records converted to the old format.</source>
        <translation>Ob Consumer alter Protokollversionen Datensätze in das alte Format konvertiert erhalten.</translation>
    </message>
    <message>
        <source>The record format of old Kafka versions; ignored since Kafka 3.0.</source>
        <translation>Das Datensatzformat alter Kafka-Versionen; seit Kafka 3.0 ignoriert.</translation>
    </message>
    <message>
        <source>How far a producer&apos;s timestamp may lie from the broker&apos;s clock before the record is refused.</source>
        <translation>Wie weit der Zeitstempel eines Producers von der Uhr des Brokers abweichen darf, bevor der Datensatz abgelehnt wird.</translation>
    </message>
    <message>
        <source>Which time a record keeps: the producer&apos;s (CreateTime) or the broker&apos;s when it was written (LogAppendTime).</source>
        <translation>Welche Zeit ein Datensatz behält: die des Producers (CreateTime) oder die des Brokers beim Schreiben (LogAppendTime).</translation>
    </message>
    <message>
        <source>The share of a log not yet compacted at which it is compacted again.</source>
        <translation>Der Anteil noch nicht kompaktierter Daten in einem Log, ab dem es erneut kompaktiert wird.</translation>
    </message>
    <message>
        <source>The youngest a record may be and still be compacted away.</source>
        <translation>Das Mindestalter, ab dem ein Datensatz wegkompaktiert werden darf.</translation>
    </message>
    <message>
        <source>How many in-sync replicas must have a record before a send with acks=all succeeds.</source>
        <translation>Wie viele In-Sync-Replikate einen Datensatz haben müssen, bevor ein Senden mit acks=all gelingt.</translation>
    </message>
    <message>
        <source>Whether a new segment file is given its full size on disk at once.</source>
        <translation>Ob eine neue Segmentdatei sofort ihre volle Größe auf der Festplatte erhält.</translation>
    </message>
    <message>
        <source>Whether old segments move to tiered (remote) storage.</source>
        <translation>Ob alte Segmente in den Tiered (Remote) Storage verschoben werden.</translation>
    </message>
    <message>
        <source>The most bytes a partition keeps before its oldest segments are deleted.</source>
        <translation>Die maximale Anzahl Bytes, die eine Partition behält, bevor ihre ältesten Segmente gelöscht werden.</translation>
    </message>
    <message>
        <source>How long records are kept before their segment is deleted.</source>
        <translation>Wie lange Datensätze aufbewahrt werden, bevor ihr Segment gelöscht wird.</translation>
    </message>
    <message>
        <source>The size at which a partition&apos;s active segment is closed and a new one begun.</source>
        <translation>Die Größe, bei der das aktive Segment einer Partition geschlossen und ein neues begonnen wird.</translation>
    </message>
    <message>
        <source>The size of each segment&apos;s offset and time index files.</source>
        <translation>Die Größe der Offset- und Zeitindexdateien jedes Segments.</translation>
    </message>
    <message>
        <source>A random amount taken off segment.ms, so that partitions do not all roll at once.</source>
        <translation>Ein zufälliger Betrag, der von segment.ms abgezogen wird, damit nicht alle Partitionen gleichzeitig ein neues Segment beginnen.</translation>
    </message>
    <message>
        <source>The age at which the active segment is closed even when it is not full.</source>
        <translation>Das Alter, bei dem das aktive Segment geschlossen wird, auch wenn es nicht voll ist.</translation>
    </message>
    <message>
        <source>Whether a replica that is out of sync may become leader, losing the records it lacks.</source>
        <translation>Ob ein nicht synchrones Replikat Leader werden darf, wobei die ihm fehlenden Datensätze verloren gehen.</translation>
    </message>
    <message>
        <source>This cluster accepts and checks the setting as Kafka does, so that tools and scripts written for Kafka work, but nothing in it depends on the value.</source>
        <translation>Dieser Cluster nimmt die Einstellung an und prüft sie wie Kafka, damit für Kafka geschriebene Tools und Skripte funktionieren, aber nichts in ihm hängt von dem Wert ab.</translation>
    </message>
</context>
<context>
    <name>es::ConfigEditor</name>
    <message>
        <source>Filter by name or description</source>
        <translation>Nach Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>Show only &amp;overridden</source>
        <translation>Nur &amp;überschriebene anzeigen</translation>
    </message>
    <message>
        <source>Show only the configs this topic sets itself</source>
        <translation>Nur die Konfigurationen anzeigen, die dieses Topic selbst setzt</translation>
    </message>
    <message>
        <source>No config matches.</source>
        <translation>Keine Konfiguration passt.</translation>
    </message>
</context>
<context>
    <name>es::ConfigEditorRow</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <source>broker setting</source>
        <translation>Broker-Einstellung</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Set on this topic.</source>
        <translation>Für dieses Topic gesetzt.</translation>
    </message>
    <message>
        <source>Inherited from the brokers&apos; settings.</source>
        <translation>Von den Einstellungen der Broker geerbt.</translation>
    </message>
    <message>
        <source>Inherited from the broker setting %1.</source>
        <translation>Von der Broker-Einstellung %1 geerbt.</translation>
    </message>
    <message>
        <source>Kafka&apos;s default: neither the topic nor the brokers set it.</source>
        <translation>Kafkas Standardwert: Weder das Topic noch die Broker setzen ihn.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the default: remove the topic&apos;s own value of %1</source>
        <translation>Zurück zum Standard: den eigenen Wert des Topics für %1 entfernen</translation>
    </message>
    <message>
        <source>no effect here</source>
        <translation>hier ohne Wirkung</translation>
    </message>
</context>
<context>
    <name>es::ConfigValueWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>es::ConnectionDialog</name>
    <message>
        <source>Connect to a Kafka cluster</source>
        <translation>Mit einem Kafka-Cluster verbinden</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>staging</translation>
    </message>
    <message>
        <source>broker1.example.com:9092,broker2.example.com:9092</source>
        <translation>broker1.example.com:9092,broker2.example.com:9092</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>die vertrauenswürdigen Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Client private key (PEM)</source>
        <translation>Privater Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>A colour that marks this connection&apos;s window, so production is not mistaken for staging.</source>
        <translation>Eine Farbe, die das Fenster dieser Verbindung kennzeichnet, damit Produktion nicht mit Staging verwechselt wird.</translation>
    </message>
    <message>
        <source>Connection colour</source>
        <translation>Farbe der Verbindung</translation>
    </message>
    <message>
        <source>&amp;Read-only: only look, never write to this cluster</source>
        <translation>Sch&amp;reibgeschützt: diesen Cluster nur ansehen, nie in ihn schreiben</translation>
    </message>
    <message>
        <source>Creating and deleting topics, changing configs, producing and resetting offsets are all disabled.</source>
        <translation>Topics erstellen und löschen, Konfigurationen ändern, Produzieren und Offsets zurücksetzen sind deaktiviert.</translation>
    </message>
    <message>
        <source>&amp;Save this connection (secrets go to the desktop keyring)</source>
        <translation>Diese Verbindung spe&amp;ichern (Zugangsdaten kommen in den Schlüsselbund des Desktops)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Bootstrap servers:</source>
        <translation>&amp;Bootstrap-Server:</translation>
    </message>
    <message>
        <source>Security &amp;protocol:</source>
        <translation>Sicherheits&amp;protokoll:</translation>
    </message>
    <message>
        <source>SASL &amp;mechanism:</source>
        <translation>SASL-&amp;Mechanismus:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Client certificat&amp;e:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Ke&amp;y password:</source>
        <translation>Schlüssel-Passw&amp;ort:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>Remove this saved connection and its secrets from the keyring.</source>
        <translation>Diese gespeicherte Verbindung entfernen und ihre Zugangsdaten aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>es::ContentViewer</name>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Text (UTF-8)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>How to show the %1&apos;s bytes.</source>
        <translation>Wie die Bytes (%1) angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 format</source>
        <translation>Format (%1)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 as a JSON tree</source>
        <translation>%1 als JSON-Baum</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ControlHost</name>
    <message>
        <source>Control API: %1</source>
        <translation>Steuer-API: %1</translation>
    </message>
    <message>
        <source>The control API for scripts and &apos;eventscope ctl&apos;; its token is in %1</source>
        <translation>Die Steuer-API für Skripte und „eventscope ctl“; ihr Token liegt in %1</translation>
    </message>
    <message>
        <source>The control API could not start: %1</source>
        <translation>Die Steuer-API konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>es::CrashDialog</name>
    <message>
        <source>Crash broker %1</source>
        <translation>Broker %1 abstürzen lassen</translation>
    </message>
    <message>
        <source>Broker %1 will stop at once, without handing over its leadership. The controller notices when its session times out and elects new leaders for its partitions.</source>
        <translation>Broker %1 hält sofort an, ohne seine Leader-Rollen abzugeben. Der Controller bemerkt es, wenn seine Session abläuft, und wählt neue Leader für seine Partitionen.</translation>
    </message>
    <message>
        <source>&amp;Lose data not yet flushed to disk, as after a power cut</source>
        <translation>Noch nicht auf die Festplatte geschriebene Daten &amp;verlieren, wie nach einem Stromausfall</translation>
    </message>
    <message>
        <source>Records acknowledged by the leader but not yet written to disk are gone when it comes back; in-sync followers still hold them.</source>
        <translation>Vom Leader bestätigte, aber noch nicht auf die Festplatte geschriebene Datensätze sind nach seiner Rückkehr weg; In-Sync-Follower haben sie noch.</translation>
    </message>
    <message>
        <source>&amp;Crash</source>
        <translation>Ab&amp;stürzen lassen</translation>
    </message>
</context>
<context>
    <name>es::CreateTopicDialog</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Create topic</source>
        <translation>Topic erstellen</translation>
    </message>
    <message>
        <source>e.g. orders</source>
        <translation>z. B. orders</translation>
    </message>
    <message>
        <source>Up to 249 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Bis zu 249 Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>How many independent, ordered logs the topic is split into; more partitions let more consumers of a group read in parallel.</source>
        <translation>In wie viele unabhängige, geordnete Logs das Topic aufgeteilt wird; mit mehr Partitionen können mehr Consumer einer Gruppe parallel lesen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation>&amp;Partitionen:</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>&amp;Replikationsfaktor:</translation>
    </message>
    <message>
        <source>&amp;Configs (optional)</source>
        <translation>&amp;Konfigurationen (optional)</translation>
    </message>
    <message>
        <source>Set retention, cleanup, durability and other configs of the new topic; those not set follow the cluster&apos;s defaults</source>
        <translation>Aufbewahrung, Bereinigung, Dauerhaftigkeit und andere Konfigurationen des neuen Topics festlegen; nicht gesetzte folgen den Standardwerten des Clusters</translation>
    </message>
    <message>
        <source>Create an&amp;yway</source>
        <translation>&amp;Trotzdem erstellen</translation>
    </message>
</context>
<context>
    <name>es::DeleteGroupOffsetsDialog</name>
    <message>
        <source>Delete offsets</source>
        <translation>Offsets löschen</translation>
    </message>
    <message>
        <source>Delete committed offsets of %1</source>
        <translation>Committete Offsets von %1 löschen</translation>
    </message>
    <message>
        <source>The group forgets where it stopped reading the topic: its consumers start these partitions over from their auto.offset.reset position (earliest or latest) the next time they are assigned them. This cannot be undone. Kafka refuses while members of the group consume the topic.</source>
        <translation>Die Gruppe vergisst, wo sie im Topic aufgehört hat zu lesen: Ihre Consumer beginnen diese Partitionen bei der nächsten Zuweisung neu an ihrer auto.offset.reset-Position (earliest oder latest). Das lässt sich nicht rückgängig machen. Kafka lehnt ab, solange Mitglieder der Gruppe das Topic konsumieren.</translation>
    </message>
    <message>
        <source>The topics this group has committed offsets for.</source>
        <translation>Die Topics, für die diese Gruppe Offsets committet hat.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Committed offset</source>
        <translation>Committeter Offset</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>The group %1 no longer exists.</source>
        <translation>Die Gruppe %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The group has no committed offsets left.</source>
        <translation>Die Gruppe hat keine committeten Offsets mehr.</translation>
    </message>
</context>
<context>
    <name>es::DeleteMany</name>
    <message>
        <source>&amp;Delete 1 topic…</source>
        <translation>1 Topic &amp;löschen…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n topics…</source>
        <translation>
            <numerusform>%n Topic &amp;löschen…</numerusform>
            <numerusform>%n Topics &amp;löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete 1 group…</source>
        <translation>1 Gruppe &amp;löschen…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n groups…</source>
        <translation>
            <numerusform>%n Gruppe &amp;löschen…</numerusform>
            <numerusform>%n Gruppen &amp;löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected topics and all their records, after one confirmation</source>
        <translation>Die ausgewählten Topics mit allen ihren Datensätzen nach einer Bestätigung löschen</translation>
    </message>
    <message>
        <source>Delete the selected consumer groups and their committed offsets, after one confirmation (Kafka deletes only empty groups)</source>
        <translation>Die ausgewählten Consumer Groups und ihre committeten Offsets nach einer Bestätigung löschen (Kafka löscht nur leere Gruppen)</translation>
    </message>
    <message>
        <source>Delete topics</source>
        <translation>Topics löschen</translation>
    </message>
    <message>
        <source>Delete consumer groups</source>
        <translation>Consumer Groups löschen</translation>
    </message>
    <message>
        <source>Delete these topics with all their partitions and records? This cannot be undone.</source>
        <translation>Diese Topics mit allen ihren Partitionen und Datensätzen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete these consumer groups with their committed offsets? Consumers that join a group of the same name again start from their auto.offset.reset position. This cannot be undone.</source>
        <translation>Diese Consumer Groups mit ihren committeten Offsets löschen? Consumer, die wieder einer Gruppe mit demselben Namen beitreten, beginnen an ihrer auto.offset.reset-Position. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 (has a member: Kafka refuses to delete it)</source>
        <translation>%1 (hat ein Mitglied: Kafka verweigert das Löschen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (has %n members: Kafka refuses to delete it)</source>
        <translation>
            <numerusform>%1 (hat %n Mitglied: Kafka verweigert das Löschen)</numerusform>
            <numerusform>%1 (hat %n Mitglieder: Kafka verweigert das Löschen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, as the cluster&apos;s own: %1.</source>
        <translation>Ausgelassen, da sie zum Cluster selbst gehören: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 topics. Not deleted: %3</source>
        <translation>%1 von %2 Topics gelöscht. Nicht gelöscht: %3</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 groups. Not deleted: %3</source>
        <translation>%1 von %2 Gruppen gelöscht. Nicht gelöscht: %3</translation>
    </message>
</context>
<context>
    <name>es::DeleteRecordsDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation>Datensätze löschen</translation>
    </message>
    <message>
        <source>Delete records of %1</source>
        <translation>Datensätze von %1 löschen</translation>
    </message>
    <message>
        <source>Kafka moves each partition&apos;s log start offset up to the chosen offset: the records below it are gone for every consumer, and no one can bring them back. The topic, its partitions and its configs stay.</source>
        <translation>Kafka verschiebt den Log-Start-Offset jeder Partition bis zum gewählten Offset: Die Datensätze darunter sind für jeden Consumer weg, und niemand kann sie zurückholen. Das Topic, seine Partitionen und seine Konfiguration bleiben.</translation>
    </message>
    <message>
        <source>&amp;All records: every partition up to its high watermark</source>
        <translation>&amp;Alle Datensätze: jede Partition bis zu ihrer High Watermark</translation>
    </message>
    <message>
        <source>Records of &amp;one partition below an offset</source>
        <translation>Datensätze &amp;einer Partition unter einem Offset</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>z. B. 1200</translation>
    </message>
    <message>
        <source>Records at lower offsets are deleted; the record at this offset stays.</source>
        <translation>Datensätze mit kleineren Offsets werden gelöscht; der Datensatz an diesem Offset bleibt.</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition:</translation>
    </message>
    <message>
        <source>&amp;Below offset:</source>
        <translation>&amp;Unter Offset:</translation>
    </message>
    <message>
        <source>I understand that the deleted records cannot be &amp;restored</source>
        <translation>Mir ist klar, dass gelöschte Datensätze nicht &amp;wiederhergestellt werden können</translation>
    </message>
    <message>
        <source>log start %1, high watermark %2</source>
        <translation>Log-Start %1, High Watermark %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message numerus="yes">
        <source>%1 records</source>
        <translation>
            <numerusform>%1 Datensatz</numerusform>
            <numerusform>%1 Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record of the topic will be deleted; the cluster does not tell how many there are.</source>
        <translation>Jeder Datensatz des Topics wird gelöscht; der Cluster verrät nicht, wie viele es sind.</translation>
    </message>
    <message>
        <source>%1 will be deleted, with any produced before Kafka deletes them.</source>
        <translation>%1 werden gelöscht, dazu alle, die produziert werden, bevor Kafka sie löscht.</translation>
    </message>
    <message>
        <source>The records of partition %1 below offset %2 will be deleted.</source>
        <translation>Die Datensätze von Partition %1 unter Offset %2 werden gelöscht.</translation>
    </message>
    <message>
        <source>%1 of partition %2 will be deleted: offsets %3 to %4.</source>
        <translation>%1 von Partition %2 werden gelöscht: Offsets %3 bis %4.</translation>
    </message>
    <message>
        <source>The topic %1 no longer exists.</source>
        <translation>Das Topic %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The topic holds no records now: there is nothing to delete.</source>
        <translation>Das Topic enthält gerade keine Datensätze: Es gibt nichts zu löschen.</translation>
    </message>
    <message>
        <source>Choose a partition.</source>
        <translation>Wählen Sie eine Partition.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset: enter a whole number, 0 or more.</source>
        <translation>„%1“ ist kein Offset: Geben Sie eine ganze Zahl ab 0 ein.</translation>
    </message>
    <message>
        <source>Kafka deletes only below the high watermark, which is %1 in partition %2: enter at most %1.</source>
        <translation>Kafka löscht nur unterhalb der High Watermark, die in Partition %2 bei %1 liegt: Geben Sie höchstens %1 ein.</translation>
    </message>
    <message>
        <source>Partition %1 starts at offset %2 already: no record below %3 is left to delete.</source>
        <translation>Partition %1 beginnt bereits bei Offset %2: Unter %3 ist kein Datensatz mehr zu löschen.</translation>
    </message>
    <message>
        <source>The records of 1 partition were deleted, but not those of the others:</source>
        <translation>Die Datensätze von 1 Partition wurden gelöscht, die der anderen nicht:</translation>
    </message>
    <message numerus="yes">
        <source>The records of %n partitions were deleted, but not those of the others:</source>
        <translation>
            <numerusform>Die Datensätze von %n Partition wurden gelöscht, die der anderen nicht:</numerusform>
            <numerusform>Die Datensätze von %n Partitionen wurden gelöscht, die der anderen nicht:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the records of partition %1: %2</source>
        <translation>Die Datensätze von Partition %1 konnten nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not delete the records of partitions %1: %2</source>
        <translation>Die Datensätze der Partitionen %1 konnten nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>es::DeleteRecordsModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Log-Start</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>High Watermark</translation>
    </message>
    <message>
        <source>Records to delete</source>
        <translation>Zu löschende Datensätze</translation>
    </message>
    <message>
        <source>From the log start offset up to the offset deleted below, as the newest snapshot shows them.</source>
        <translation>Vom Log-Start-Offset bis zu dem Offset, unter dem gelöscht wird, wie der neueste Snapshot sie zeigt.</translation>
    </message>
</context>
<context>
    <name>es::DenialsPanel</name>
    <message>
        <source>A&amp;llow this…</source>
        <translation>Dies &amp;erlauben…</translation>
    </message>
    <message>
        <source>Recent denials</source>
        <translation>Letzte Verweigerungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Add an ACL that allows the selected request</source>
        <translation>Eine ACL hinzufügen, die den ausgewählten Request erlaubt</translation>
    </message>
    <message>
        <source>Select a denial to see which ACL decided it.</source>
        <translation>Wählen Sie eine Verweigerung aus, um zu sehen, welche ACL sie entschieden hat.</translation>
    </message>
</context>
<context>
    <name>es::ElectLeadersDialog</name>
    <message>
        <source>Elect leaders of every partition</source>
        <translation>Leader aller Partitionen wählen</translation>
    </message>
    <message>
        <source>Elect leaders of %1</source>
        <translation>Leader von %1 wählen</translation>
    </message>
    <message>
        <source>&amp;Preferred leader: each partition&apos;s first replica, where it runs and is in sync</source>
        <translation>&amp;Bevorzugter Leader: das erste Replikat jeder Partition, sofern es läuft und synchron ist</translation>
    </message>
    <message>
        <source>&amp;Unclean: any running replica, for a partition whose in-sync replicas are all gone</source>
        <translation>&amp;Unsauber: ein beliebiges laufendes Replikat, für eine Partition, deren In-Sync-Replikate alle weg sind</translation>
    </message>
    <message>
        <source>An unclean election can lose acknowledged records: a replica that is out of sync becomes leader, and whatever it had not copied from the old leader is gone for good. Use it only when the in-sync replicas will not come back.</source>
        <translation>Eine unsaubere Wahl kann bestätigte Datensätze verlieren: Ein nicht synchrones Replikat wird Leader, und alles, was es nicht vom alten Leader kopiert hatte, ist endgültig verloren. Verwenden Sie sie nur, wenn die In-Sync-Replikate nicht zurückkommen.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Elect</source>
        <translation>&amp;Wählen</translation>
    </message>
    <message>
        <source>Every partition of every topic, the cluster&apos;s internal topics too. Partitions that need no election are left as they are.</source>
        <translation>Jede Partition jedes Topics, auch der internen Topics des Clusters. Partitionen, die keine Wahl brauchen, bleiben unverändert.</translation>
    </message>
    <message>
        <source>Every partition of the topic %1.</source>
        <translation>Jede Partition des Topics %1.</translation>
    </message>
    <message numerus="yes">
        <source>Partition(s) %1 of the topic %2.</source>
        <translation>
            <numerusform>Partition %1 des Topics %2.</numerusform>
            <numerusform>Partitionen %1 des Topics %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none (offline)</source>
        <translation>keiner (offline)</translation>
    </message>
    <message>
        <source>Electing…</source>
        <translation>Wahl läuft…</translation>
    </message>
    <message>
        <source>Could not elect leaders: %1</source>
        <translation>Leader konnten nicht gewählt werden: %1</translation>
    </message>
    <message>
        <source>Leaders moved: %1. Already in place: %2. Not possible: %3.</source>
        <translation>Leader verschoben: %1. Bereits an ihrem Platz: %2. Nicht möglich: %3.</translation>
    </message>
</context>
<context>
    <name>es::EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>When it happened, by this computer&apos;s clock.</source>
        <translation>Wann es geschah, nach der Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>What kind of change it was.</source>
        <translation>Welche Art von Änderung es war.</translation>
    </message>
    <message>
        <source>The broker, topic, partition, group or link it is about.</source>
        <translation>Der Broker, das Topic, die Partition, die Gruppe oder die Verbindung, um die es geht.</translation>
    </message>
    <message>
        <source>What happened, in one line.</source>
        <translation>Was geschah, in einer Zeile.</translation>
    </message>
</context>
<context>
    <name>es::EventsView</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show only events of this kind.</source>
        <translation>Nur Ereignisse dieser Art anzeigen.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>broker 2, orders, billing…</source>
        <translation>Broker 2, orders, billing…</translation>
    </message>
    <message>
        <source>Show only events whose subject (a broker, topic, partition, group or link) contains this text.</source>
        <translation>Nur Ereignisse anzeigen, deren Bezug (Broker, Topic, Partition, Gruppe oder Verbindung) diesen Text enthält.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betrifft:</translation>
    </message>
    <message>
        <source>Cluster events</source>
        <translation>Cluster-Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to the broker or topic of an event; right-click to copy events.</source>
        <translation>Eingabetaste oder Doppelklick führt zum Broker oder Topic eines Ereignisses; Rechtsklick zum Kopieren von Ereignissen.</translation>
    </message>
    <message>
        <source>Go to &amp;broker %1</source>
        <translation>Gehe zu &amp;Broker %1</translation>
    </message>
    <message>
        <source>Go to &amp;topic %1</source>
        <translation>Gehe zu &amp;Topic %1</translation>
    </message>
    <message>
        <source>Go to &amp;group %1</source>
        <translation>Gehe zu &amp;Gruppe %1</translation>
    </message>
</context>
<context>
    <name>es::ExportSession</name>
    <message>
        <source>Cancelled; the file holds the records written before.</source>
        <translation>Abgebrochen; die Datei enthält die bis dahin geschriebenen Datensätze.</translation>
    </message>
    <message>
        <source>Partition %1 was skipped: %2</source>
        <translation>Partition %1 wurde übersprungen: %2</translation>
    </message>
</context>
<context>
    <name>es::FilterBar</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Header named</source>
        <translation>Header namens</translation>
    </message>
    <message>
        <source>Any header</source>
        <translation>Beliebiger Header</translation>
    </message>
    <message>
        <source>Which part of each record the search looks at.</source>
        <translation>Welchen Teil jedes Datensatzes die Suche betrachtet.</translation>
    </message>
    <message>
        <source>Fin&amp;d in:</source>
        <translation>Suchen &amp;in:</translation>
    </message>
    <message>
        <source>header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>The header whose value the search looks at.</source>
        <translation>Der Header, dessen Wert die Suche betrachtet.</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>matches regex</source>
        <translation>passt auf Regex</translation>
    </message>
    <message>
        <source>JSON field equals</source>
        <translation>JSON-Feld ist gleich</translation>
    </message>
    <message>
        <source>JSON field contains</source>
        <translation>JSON-Feld enthält</translation>
    </message>
    <message>
        <source>A substring, an ECMAScript regular expression found anywhere, or a field of a JSON document (by its path) that equals or contains the text.</source>
        <translation>Eine Teilzeichenkette, ein irgendwo gefundener regulärer Ausdruck (ECMAScript) oder ein Feld eines JSON-Dokuments (über seinen Pfad), das dem Text gleicht oder ihn enthält.</translation>
    </message>
    <message>
        <source>JSON path, e.g. customer.id</source>
        <translation>JSON-Pfad, z. B. customer.id</translation>
    </message>
    <message>
        <source>A dotted path with array indices, e.g. customer.id or items[0].sku.</source>
        <translation>Ein Pfad mit Punkten und Array-Indizes, z. B. customer.id oder items[0].sku.</translation>
    </message>
    <message>
        <source>text to find</source>
        <translation>zu suchender Text</translation>
    </message>
    <message>
        <source>What to look for; press Enter to search (Ctrl+F comes here).</source>
        <translation>Wonach gesucht wird; Eingabetaste startet die Suche (Strg+F springt hierher).</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Only records stamped at or after this time.</source>
        <translation>Nur Datensätze mit Zeitstempel zu oder nach diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Only records stamped at or before this time.</source>
        <translation>Nur Datensätze mit Zeitstempel zu oder vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Scan the chosen partitions from the start position to their end, in the background, and list the matching records.</source>
        <translation>Die gewählten Partitionen im Hintergrund von der Startposition bis zu ihrem Ende durchsuchen und die passenden Datensätze auflisten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the search; the matches found so far stay listed.</source>
        <translation>Die Suche beenden; die bisher gefundenen Treffer bleiben aufgelistet.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Back to browsing every record.</source>
        <translation>Zurück zum Durchblättern aller Datensätze.</translation>
    </message>
    <message>
        <source>Enter text to find, or a time range.</source>
        <translation>Geben Sie einen Suchtext oder einen Zeitraum ein.</translation>
    </message>
    <message>
        <source>%1 scanned, %2 matched</source>
        <translation>%1 durchsucht, %2 Treffer</translation>
    </message>
    <message>
        <source> (only the first matches are listed)</source>
        <translation> (nur die ersten Treffer werden aufgelistet)</translation>
    </message>
    <message>
        <source>A&amp;a</source>
        <translation>A&amp;a</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Ignore case: match upper and lower case letters alike.</source>
        <translation>Groß-/Kleinschreibung ignorieren: Groß- und Kleinbuchstaben gleich behandeln.</translation>
    </message>
</context>
<context>
    <name>es::GroupActions</name>
    <message>
        <source>&amp;Delete group…</source>
        <translation>Gruppe &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete offsets of a &amp;topic…</source>
        <translation>Offsets eines &amp;Topics löschen…</translation>
    </message>
    <message>
        <source>Delete the selected group and its committed offsets (only an empty group: one whose consumers have all left)</source>
        <translation>Die gewählte Gruppe und ihre committeten Offsets löschen (nur eine leere Gruppe: eine, deren Consumer alle gegangen sind)</translation>
    </message>
    <message>
        <source>The group has a member: it must leave the group first (stop its consumer). Kafka deletes only empty groups.</source>
        <translation>Die Gruppe hat ein Mitglied: Es muss die Gruppe zuerst verlassen (stoppen Sie seinen Consumer). Kafka löscht nur leere Gruppen.</translation>
    </message>
    <message numerus="yes">
        <source>The group has %n members: they must leave it first (stop its consumers). Kafka deletes only empty groups.</source>
        <translation>
            <numerusform>Die Gruppe hat %n Mitglied: Es muss sie zuerst verlassen (stoppen Sie seinen Consumer). Kafka löscht nur leere Gruppen.</numerusform>
            <numerusform>Die Gruppe hat %n Mitglieder: Sie müssen sie zuerst verlassen (stoppen Sie ihre Consumer). Kafka löscht nur leere Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group is in state %1: Kafka deletes a group only once it is Empty.</source>
        <translation>Die Gruppe ist im Zustand %1: Kafka löscht eine Gruppe erst, wenn sie Empty ist.</translation>
    </message>
    <message>
        <source>Forget the selected group&apos;s committed offsets of one topic, so that its consumers start that topic over (kafka-consumer-groups --delete-offsets)</source>
        <translation>Die committeten Offsets der gewählten Gruppe für ein Topic vergessen, damit ihre Consumer dieses Topic neu beginnen (kafka-consumer-groups --delete-offsets)</translation>
    </message>
    <message>
        <source>The group has no committed offsets to delete.</source>
        <translation>Die Gruppe hat keine committeten Offsets zum Löschen.</translation>
    </message>
    <message>
        <source>It has no committed offsets.</source>
        <translation>Sie hat keine committeten Offsets.</translation>
    </message>
    <message>
        <source>Its committed offset of 1 partition goes with it, so consumers that join a group of this name again start from their auto.offset.reset position.</source>
        <translation>Ihr committeter Offset einer Partition geht mit, sodass Consumer, die wieder einer Gruppe dieses Namens beitreten, an ihrer auto.offset.reset-Position beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>Its committed offsets of %n partitions go with it, so consumers that join a group of this name again start from their auto.offset.reset position.</source>
        <translation>
            <numerusform>Ihr committeter Offset von %n Partition geht mit, sodass Consumer, die wieder einer Gruppe dieses Namens beitreten, an ihrer auto.offset.reset-Position beginnen.</numerusform>
            <numerusform>Ihre committeten Offsets von %n Partitionen gehen mit, sodass Consumer, die wieder einer Gruppe dieses Namens beitreten, an ihrer auto.offset.reset-Position beginnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete consumer group</source>
        <translation>Consumer Group löschen</translation>
    </message>
    <message>
        <source>Delete the consumer group &quot;%1&quot;? %2 This cannot be undone.</source>
        <translation>Die Consumer Group „%1“ löschen? %2 Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Could not delete the group %1: %2</source>
        <translation>Die Gruppe %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>es::GroupBotDialog</name>
    <message>
        <source>Add consumer group bot</source>
        <translation>Consumer-Group-Bot hinzufügen</translation>
    </message>
    <message>
        <source>Consumers with the same group id share the topics&apos; partitions between them.</source>
        <translation>Consumer mit derselben Gruppen-ID teilen die Partitionen der Topics unter sich auf.</translation>
    </message>
    <message>
        <source> ms per record</source>
        <translation> ms pro Datensatz</translation>
    </message>
    <message>
        <source>Simulated work per record: more than the producers leave time for makes lag grow.</source>
        <translation>Simulierte Arbeit pro Datensatz: Mehr, als die Producer an Zeit lassen, lässt den Lag wachsen.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of records whose processing fails; each is retried after half a second.</source>
        <translation>Der Anteil der Datensätze, deren Verarbeitung fehlschlägt; jeder wird nach einer halben Sekunde wiederholt.</translation>
    </message>
    <message>
        <source>&amp;Group id:</source>
        <translation>&amp;Gruppen-ID:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Topics:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <source>&amp;Processing time:</source>
        <translation>&amp;Verarbeitungszeit:</translation>
    </message>
    <message>
        <source>&amp;Error rate:</source>
        <translation>&amp;Fehlerquote:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Type a group id.</source>
        <translation>Geben Sie eine Gruppen-ID ein.</translation>
    </message>
    <message>
        <source>Tick at least one topic.</source>
        <translation>Wählen Sie mindestens ein Topic aus.</translation>
    </message>
</context>
<context>
    <name>es::GroupDetail</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker that manages this group&apos;s membership and stores its offsets.</source>
        <translation>Der Broker, der die Mitgliedschaft dieser Gruppe verwaltet und ihre Offsets speichert.</translation>
    </message>
    <message>
        <source>Lag divided by how much faster the group consumes than producers append, over the last 20 seconds.</source>
        <translation>Lag geteilt durch den Betrag, um den die Gruppe schneller konsumiert, als Producer anhängen, über die letzten 20 Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Reset offsets…</source>
        <translation>Offsets &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Move the group&apos;s committed offsets (to replay or skip records) in the Replay view.</source>
        <translation>Die committeten Offsets der Gruppe in der Ansicht „Replay“ verschieben (um Datensätze erneut zu lesen oder zu überspringen).</translation>
    </message>
    <message>
        <source>&amp;Partitions</source>
        <translation>&amp;Partitionen</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Lag &amp;over:</source>
        <translation>Lag &amp;über:</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>records behind</source>
        <translation>Datensätze im Rückstand</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>Keine Gruppe ausgewählt</translation>
    </message>
    <message>
        <source>Select a consumer group to see its members, partitions and lag over time.</source>
        <translation>Wählen Sie eine Consumer Group, um ihre Mitglieder, Partitionen und ihren Lag im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>The group no longer exists in the cluster.</source>
        <translation>Die Gruppe existiert im Cluster nicht mehr.</translation>
    </message>
    <message>
        <source>%1, generation %2</source>
        <translation>%1, Generation %2</translation>
    </message>
    <message>
        <source>Coordinator: broker %1</source>
        <translation>Koordinator: Broker %1</translation>
    </message>
    <message>
        <source>No coordinator</source>
        <translation>Kein Koordinator</translation>
    </message>
    <message>
        <source>Caught up: no lag.</source>
        <translation>Aufgeholt: kein Lag.</translation>
    </message>
    <message>
        <source>Keeping up: lag %1 records, less than a second of what producers append (%2/s).</source>
        <translation>Hält Schritt: Lag %1 Datensätze, weniger als eine Sekunde dessen, was Producer anhängen (%2/s).</translation>
    </message>
    <message>
        <source>Lag %1 records; measuring the consume rate…</source>
        <translation>Lag %1 Datensätze; Verbrauchsrate wird gemessen…</translation>
    </message>
    <message>
        <source>Lag %1 records; catching up in about %2 (consuming %3/s, producers appending %4/s).</source>
        <translation>Lag %1 Datensätze; Aufholen dauert etwa %2 (konsumiert %3/s, Producer hängen %4/s an).</translation>
    </message>
    <message>
        <source>Lag %1 records; not catching up (consuming %2/s, producers appending %3/s).</source>
        <translation>Lag %1 Datensätze; holt nicht auf (konsumiert %2/s, Producer hängen %3/s an).</translation>
    </message>
    <message>
        <source>Could not read the lag history: %1</source>
        <translation>Der Lag-Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No lag recorded in this range yet.</source>
        <translation>In diesem Zeitraum wurde noch kein Lag aufgezeichnet.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>Minute averages; loading every second…</source>
        <translation>Minutenmittel; jede Sekunde wird geladen…</translation>
    </message>
    <message>
        <source>The group&apos;s lag over time, in total and per partition (wheel or +/− to zoom; double-click or 0 to reset the zoom)</source>
        <translation>Der Lag der Consumer Group über die Zeit, gesamt und pro Partition (Mausrad oder +/− zum Zoomen; Doppelklick oder 0 setzt den Zoom zurück)</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom. Double-click or press 0 to reset the zoom.</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen. Doppelklick oder 0 setzt den Zoom zurück.</translation>
    </message>
    <message>
        <source>&amp;Browse from committed offset</source>
        <translation>Ab committetem Offset &amp;anzeigen</translation>
    </message>
    <message>
        <source>The group has committed no offset for this partition.</source>
        <translation>Die Gruppe hat für diese Partition keinen Offset committet.</translation>
    </message>
    <message>
        <source>Open %1-%2 in the Messages view at offset %3: the next record the group reads.</source>
        <translation>%1-%2 in der Ansicht „Nachrichten“ bei Offset %3 öffnen: dem nächsten Datensatz, den die Gruppe liest.</translation>
    </message>
    <message>
        <source>Go to &amp;topic %1</source>
        <translation>Gehe zu &amp;Topic %1</translation>
    </message>
</context>
<context>
    <name>es::GroupMembersModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Member id: %1 (the group&apos;s leader, which computes the assignment)</source>
        <translation>Mitglieds-ID: %1 (der Leader der Gruppe, der die Zuweisung berechnet)</translation>
    </message>
    <message>
        <source>Member id: %1</source>
        <translation>Mitglieds-ID: %1</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1 (Leader)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The partitions this member consumes, as the group&apos;s last rebalance assigned them.</source>
        <translation>Die Partitionen, die dieses Mitglied konsumiert, wie sie das letzte Rebalancing der Gruppe zugewiesen hat.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Assigned partitions</source>
        <translation>Zugewiesene Partitionen</translation>
    </message>
</context>
<context>
    <name>es::GroupPartitionsModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The offset the group committed: the next record it will read after a restart.</source>
        <translation>Der Offset, den die Gruppe committet hat: der nächste Datensatz, den sie nach einem Neustart liest.</translation>
    </message>
    <message>
        <source>The offset after the last record replicated to all in-sync replicas.</source>
        <translation>Der Offset nach dem letzten Datensatz, der auf alle In-Sync-Replikate repliziert wurde.</translation>
    </message>
    <message>
        <source>High watermark minus committed offset: records the group has still to process.</source>
        <translation>High Watermark minus committeter Offset: Datensätze, die die Gruppe noch verarbeiten muss.</translation>
    </message>
    <message>
        <source>When the group last committed an offset for this partition.</source>
        <translation>Wann die Gruppe zuletzt einen Offset für diese Partition committet hat.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>High Watermark</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Last commit</source>
        <translation>Letzter Commit</translation>
    </message>
    <message>
        <source>Consumed by</source>
        <translation>Konsumiert von</translation>
    </message>
</context>
<context>
    <name>es::GroupsModel</name>
    <message>
        <source>↗ rising</source>
        <translation>↗ steigend</translation>
    </message>
    <message>
        <source>↘ falling</source>
        <translation>↘ fallend</translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation>→ gleichbleibend</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Preparing rebalance</source>
        <translation>Rebalancing wird vorbereitet</translation>
    </message>
    <message>
        <source>Completing rebalance</source>
        <translation>Rebalancing wird abgeschlossen</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>No member is connected; the group only keeps its committed offsets.</source>
        <translation>Kein Mitglied ist verbunden; die Gruppe behält nur ihre committeten Offsets.</translation>
    </message>
    <message>
        <source>A member joined, left or timed out: the coordinator waits for all members to rejoin.</source>
        <translation>Ein Mitglied ist beigetreten, gegangen oder hat eine Zeitüberschreitung: Der Koordinator wartet, bis alle Mitglieder wieder beigetreten sind.</translation>
    </message>
    <message>
        <source>All members joined; the coordinator waits for the leader&apos;s partition assignment.</source>
        <translation>Alle Mitglieder sind beigetreten; der Koordinator wartet auf die Partitionszuweisung des Leaders.</translation>
    </message>
    <message>
        <source>Every member has its partitions and heartbeats to the coordinator.</source>
        <translation>Jedes Mitglied hat seine Partitionen und sendet Heartbeats an den Koordinator.</translation>
    </message>
    <message>
        <source>The group&apos;s metadata is gone from its coordinator.</source>
        <translation>Die Metadaten der Gruppe sind bei ihrem Koordinator nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>How the total lag moved over the last minute</source>
        <translation>Wie sich der Gesamt-Lag in der letzten Minute entwickelt hat</translation>
    </message>
    <message>
        <source>offsets only</source>
        <translation>nur Offsets</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>Assignor</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>The protocol type the members joined with; &quot;consumer&quot; for Kafka consumers.</source>
        <translation>Der Protokolltyp, mit dem die Mitglieder beigetreten sind; „consumer“ für Kafka-Consumer.</translation>
    </message>
    <message>
        <source>The partition assignment strategy the group&apos;s leader chose (range, sticky...).</source>
        <translation>Die Strategie zur Partitionszuweisung, die der Leader der Gruppe gewählt hat (range, sticky...).</translation>
    </message>
    <message>
        <source>Records appended to the group&apos;s partitions but not yet committed by it.</source>
        <translation>Datensätze, die an die Partitionen der Gruppe angehängt, aber von ihr noch nicht committet wurden.</translation>
    </message>
    <message>
        <source>Whether the lag grew, shrank or held over the last minute.</source>
        <translation>Ob der Lag in der letzten Minute gewachsen, geschrumpft oder gleich geblieben ist.</translation>
    </message>
    <message>
        <source>Rebalancing</source>
        <translation>Rebalancing</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>es::GroupsView</name>
    <message>
        <source>Filter groups</source>
        <translation>Gruppen filtern</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>Consumer Groups</translation>
    </message>
    <message>
        <source>No consumer groups yet. Consumers that join a group appear here; start some under &quot;Simulated clients&quot;.</source>
        <translation>Noch keine Consumer Groups. Consumer, die einer Gruppe beitreten, erscheinen hier; starten Sie einige unter „Simulierte Clients“.</translation>
    </message>
    <message>
        <source>Consumer &amp;groups</source>
        <translation>Consumer &amp;Groups</translation>
    </message>
    <message>
        <source>Simulated &amp;clients</source>
        <translation>Simulierte &amp;Clients</translation>
    </message>
    <message>
        <source>Producers and consumer groups run inside Eventscope to generate traffic and lag.</source>
        <translation>Producer und Consumer Groups laufen in Eventscope, um Datenverkehr und Lag zu erzeugen.</translation>
    </message>
    <message>
        <source>&amp;Reset offsets…</source>
        <translation>Offsets &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Move the group&apos;s committed offsets in the Replay view.</source>
        <translation>Die committeten Offsets der Gruppe in der Ansicht „Replay“ verschieben.</translation>
    </message>
</context>
<context>
    <name>es::HeadersEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers are name/value pairs carried next to the record&apos;s key and value, e.g. a content type or a trace id.</source>
        <translation>Header sind Name/Wert-Paare, die neben Schlüssel und Wert des Datensatzes mitgeführt werden, z. B. ein Content-Type oder eine Trace-ID.</translation>
    </message>
    <message>
        <source>A&amp;dd header</source>
        <translation>Header &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds an empty header row.</source>
        <translation>Fügt eine leere Header-Zeile hinzu.</translation>
    </message>
    <message>
        <source>Remove &amp;header</source>
        <translation>Header ent&amp;fernen</translation>
    </message>
    <message>
        <source>Removes the selected header row.</source>
        <translation>Entfernt die ausgewählte Header-Zeile.</translation>
    </message>
</context>
<context>
    <name>es::LinkDialog</name>
    <message>
        <source>Link faults</source>
        <translation>Verbindungsstörungen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>Clients: every Kafka client and in-process producer or consumer. Controller: the node that keeps the metadata and elects leaders.</source>
        <translation>Clients: alle Kafka-Clients sowie prozessinterne Producer und Consumer. Controller: der Knoten, der die Metadaten verwaltet und Leader wählt.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Add &amp;latency</source>
        <translation>&amp;Latenz hinzufügen</translation>
    </message>
    <message>
        <source>Every message on the link waits this long before it is delivered.</source>
        <translation>Jede Nachricht auf der Verbindung wartet so lange, bevor sie zugestellt wird.</translation>
    </message>
    <message>
        <source>Make l&amp;ossy</source>
        <translation>&amp;Verlustbehaftet machen</translation>
    </message>
    <message>
        <source>This share of the messages on the link is dropped at random.</source>
        <translation>Dieser Anteil der Nachrichten auf der Verbindung wird zufällig verworfen.</translation>
    </message>
    <message>
        <source>C&amp;ut</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Nothing gets through, in either direction.</source>
        <translation>Nichts kommt durch, in keiner Richtung.</translation>
    </message>
    <message>
        <source>&amp;Heal</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Remove every fault from this link.</source>
        <translation>Alle Störungen von dieser Verbindung entfernen.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Heal &amp;all links</source>
        <translation>Alle Verbindungen wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>latency %1 ms, loss %2%</source>
        <translation>Latenz %1 ms, Verlust %2%</translation>
    </message>
    <message>
        <source>Choose two different nodes.</source>
        <translation>Wählen Sie zwei verschiedene Knoten.</translation>
    </message>
</context>
<context>
    <name>es::ListenersDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Edit listeners</source>
        <translation>Listener bearbeiten</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Base port</source>
        <translation>Basisport</translation>
    </message>
    <message>
        <source>The address the brokers listen on; empty: the cluster&apos;s bind address</source>
        <translation>Die Adresse, auf der die Broker lauschen; leer: die Bind-Adresse des Clusters</translation>
    </message>
    <message>
        <source>Broker 1 listens on this port, broker 2 on the next, and so on</source>
        <translation>Broker 1 lauscht auf diesem Port, Broker 2 auf dem nächsten und so weiter</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>&amp;Add listener</source>
        <translation>Listener &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove listener</source>
        <translation>Listener ent&amp;fernen</translation>
    </message>
    <message>
        <source>TLS of the SSL and SASL_SSL listeners</source>
        <translation>TLS der SSL- und SASL_SSL-Listener</translation>
    </message>
    <message>
        <source>Use my own &amp;certificate (otherwise the cluster&apos;s local CA issues one)</source>
        <translation>Eigenes &amp;Zertifikat verwenden (sonst stellt die lokale CA des Clusters eines aus)</translation>
    </message>
    <message>
        <source>Certificate chain (PEM)</source>
        <translation>Zertifikatskette (PEM)</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Privater Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Client CA (PEM)</source>
        <translation>Client-CA (PEM)</translation>
    </message>
    <message>
        <source>The local CA</source>
        <translation>Die lokale CA</translation>
    </message>
    <message>
        <source>The CA that client certificates must chain to; empty: the cluster&apos;s local CA</source>
        <translation>Die CA, auf die die Zertifikatskette von Client-Zertifikaten zurückführen muss; leer: die lokale CA des Clusters</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Whether SSL listeners ask clients for a certificate (ssl.client.auth); SASL_SSL clients log in instead</source>
        <translation>Ob SSL-Listener Clients nach einem Zertifikat fragen (ssl.client.auth); SASL_SSL-Clients melden sich stattdessen an</translation>
    </message>
    <message>
        <source>C&amp;ertificate:</source>
        <translation>Zer&amp;tifikat:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Client C&amp;A:</source>
        <translation>&amp;Client-CA:</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation>Client-&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>The cluster keeps these listeners and starts with them from its next start on, unless the command line names listeners. They apply once it restarts.</source>
        <translation>Der Cluster speichert diese Listener und startet ab seinem nächsten Start mit ihnen, sofern die Befehlszeile keine Listener angibt. Sie gelten nach einem Neustart.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a listener: the cluster needs at least one.</source>
        <translation>Fügen Sie einen Listener hinzu: Der Cluster braucht mindestens einen.</translation>
    </message>
    <message>
        <source>Choose your certificate and its key, or let the local CA issue one.</source>
        <translation>Wählen Sie Ihr Zertifikat und seinen Schlüssel aus oder lassen Sie die lokale CA eines ausstellen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;_&apos; and &apos;-&apos;, as Kafka&apos;s listener names; empty: named after the protocol</source>
        <translation>Buchstaben, Ziffern, „_“ und „-“, wie die Listener-Namen von Kafka; leer: nach dem Protokoll benannt</translation>
    </message>
    <message>
        <source>The listener name %1 may hold only letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Der Listener-Name %1 darf nur Buchstaben, Ziffern, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>Two listeners are named %1; give each its own name.</source>
        <translation>Zwei Listener heißen %1; geben Sie jedem einen eigenen Namen.</translation>
    </message>
</context>
<context>
    <name>es::ListenersPanel</name>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port of each broker</source>
        <translation>Port je Broker</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the CA file&apos;s path to the clipboard</source>
        <translation>Den Pfad der CA-Datei in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>The CA file&apos;s path is on the clipboard.</source>
        <translation>Der Pfad der CA-Datei ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copy the CA&apos;s SHA-256 fingerprint to the clipboard</source>
        <translation>Den SHA-256-Fingerabdruck der CA in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>The fingerprint is on the clipboard.</source>
        <translation>Der Fingerabdruck ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Client settings</source>
        <translation>Client-Einstellungen</translation>
    </message>
    <message>
        <source>Copy settings</source>
        <translation>Einstellungen kopieren</translation>
    </message>
    <message>
        <source>Copy these settings to the clipboard, to paste into a client&apos;s configuration</source>
        <translation>Diese Einstellungen in die Zwischenablage kopieren, um sie in die Konfiguration eines Clients einzufügen</translation>
    </message>
    <message>
        <source>The client settings are on the clipboard.</source>
        <translation>Die Client-Einstellungen sind in der Zwischenablage.</translation>
    </message>
    <message>
        <source>%1 on broker %2</source>
        <translation>%1 auf Broker %2</translation>
    </message>
    <message>
        <source>The brokers present your own certificate, signed by this CA.</source>
        <translation>Die Broker weisen sich mit Ihrem eigenen Zertifikat aus, signiert von dieser CA.</translation>
    </message>
    <message>
        <source>The brokers present certificates signed by this local CA, made for this cluster.</source>
        <translation>Die Broker weisen sich mit Zertifikaten aus, die diese lokale CA für diesen Cluster signiert hat.</translation>
    </message>
    <message>
        <source>A client trusts them with ssl.ca.location=%1 (librdkafka), or with the CA imported into its trust store (Java: ssl.truststore.location).</source>
        <translation>Ein Client vertraut ihnen mit ssl.ca.location=%1 (librdkafka) oder mit der in seinen Truststore importierten CA (Java: ssl.truststore.location).</translation>
    </message>
    <message>
        <source>Select a listener to see the settings a client needs to reach it.</source>
        <translation>Wählen Sie einen Listener aus, um die Einstellungen zu sehen, die ein Client braucht, um ihn zu erreichen.</translation>
    </message>
    <message>
        <source>Client settings for %1:</source>
        <translation>Client-Einstellungen für %1:</translation>
    </message>
    <message>
        <source>&amp;Edit listeners…</source>
        <translation>Listener &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the listeners and their TLS settings for the cluster&apos;s next start</source>
        <translation>Die Listener und ihre TLS-Einstellungen für den nächsten Start des Clusters ändern</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <source>Eventscope — %1 cluster</source>
        <translation>Eventscope — Cluster „%1“</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Brokers, the controller, replicas and links; break and heal them.</source>
        <translation>Broker, der Controller, Replikate und Verbindungen; stören und wiederherstellen.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Topics and their partitions: create, delete, add partitions, edit configs.</source>
        <translation>Topics und ihre Partitionen: erstellen, löschen, Partitionen hinzufügen, Konfiguration bearbeiten.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The cluster&apos;s timeline: broker changes, elections, ISR changes, topics, groups.</source>
        <translation>Die Zeitleiste des Clusters: Broker-Änderungen, Wahlen, ISR-Änderungen, Topics, Gruppen.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Throughput, latency and under-replicated partitions over time.</source>
        <translation>Durchsatz, Latenz und unterreplizierte Partitionen im Zeitverlauf.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Starting the cluster…</source>
        <translation>Cluster wird gestartet…</translation>
    </message>
    <message>
        <source>Bootstrap: %1</source>
        <translation>Bootstrap: %1</translation>
    </message>
    <message>
        <source>bootstrap.servers for your Kafka clients: %1</source>
        <translation>bootstrap.servers für Ihre Kafka-Clients: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the bootstrap servers to the clipboard</source>
        <translation>Die Bootstrap-Server in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Bootstrap servers copied to the clipboard.</source>
        <translation>Bootstrap-Server in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Browse, search, decode and export the records of any topic.</source>
        <translation>Die Datensätze beliebiger Topics durchblättern, durchsuchen, dekodieren und exportieren.</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Produzieren</translation>
    </message>
    <message>
        <source>Publish test events: one record, templates with generators, bulk and imports.</source>
        <translation>Testereignisse veröffentlichen: ein einzelner Datensatz, Vorlagen mit Generatoren, Massenversand und Importe.</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>Consumer Groups</translation>
    </message>
    <message>
        <source>Groups, their members and assignments, lag per partition and over time; simulated clients.</source>
        <translation>Gruppen, ihre Mitglieder und Zuweisungen, Lag pro Partition und im Zeitverlauf; simulierte Clients.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Reset a group&apos;s offsets, or re-publish a range of records.</source>
        <translation>Die Offsets einer Gruppe zurücksetzen oder einen Bereich von Datensätzen erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>Eventscope — %1 (%2)</source>
        <translation>Eventscope — %1 (%2)</translation>
    </message>
    <message>
        <source>Brokers, the controller and every partition&apos;s replicas.</source>
        <translation>Broker, der Controller und die Replikate jeder Partition.</translation>
    </message>
    <message>
        <source>The password is not saved: the desktop keyring said &quot;%1&quot;. You will be asked for it next time.</source>
        <translation>Das Passwort wurde nicht gespeichert: Der Schlüsselbund des Desktops meldete „%1“. Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
    <message>
        <source>Enter the password: none is saved for this connection.</source>
        <translation>Geben Sie das Passwort ein: Für diese Verbindung ist keines gespeichert.</translation>
    </message>
    <message>
        <source>The desktop keyring could not give the password (%1): enter it.</source>
        <translation>Der Schlüsselbund des Desktops konnte das Passwort nicht liefern (%1): Geben Sie es ein.</translation>
    </message>
    <message>
        <source>&amp;Saved connections</source>
        <translation>&amp;Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Noch keine gespeichert</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>The desktop keyring could not give the password (%1).</source>
        <translation>Der Schlüsselbund des Desktops konnte das Passwort nicht liefern (%1).</translation>
    </message>
    <message>
        <source>&amp;Connect to a Kafka cluster…</source>
        <translation>Mit einem Kafka-Cluster &amp;verbinden…</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Consumer Group</translation>
    </message>
    <message>
        <source>Connect to a Kafka cluster</source>
        <translation>Mit einem Kafka-Cluster verbinden</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Copy the bootstrap servers</source>
        <translation>Bootstrap-Server kopieren</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <source>Jump to any view, topic, consumer group or broker, or run an action (Ctrl+K).</source>
        <translation>Zu einer Ansicht, einem Topic, einer Consumer Group oder einem Broker springen oder eine Aktion ausführen (Strg+K).</translation>
    </message>
    <message>
        <source>Eventscope speaks the new language after a restart. Restart now? The cluster stops and starts again with its topics, records and groups.</source>
        <translation>Eventscope verwendet die neue Sprache nach einem Neustart. Jetzt neu starten? Der Cluster wird gestoppt und mit seinen Topics, Datensätzen und Gruppen wieder gestartet.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Listeners and client settings, SCRAM users, ACLs and the requests refused lately.</source>
        <translation>Listener und Client-Einstellungen, SCRAM-Benutzer, ACLs und die zuletzt verweigerten Requests.</translation>
    </message>
</context>
<context>
    <name>es::MessagesModel</name>
    <message>
        <source>No record at this offset: compaction or deletion removed it, or it holds a transaction marker.</source>
        <translation>Kein Datensatz an diesem Offset: Kompaktierung oder Löschung hat ihn entfernt, oder er enthält einen Transaktionsmarker.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(no record at this offset)</source>
        <translation>(kein Datensatz an diesem Offset)</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>When the producer (or the broker, for LogAppendTime topics) stamped the record.</source>
        <translation>Wann der Producer (oder bei Topics mit LogAppendTime der Broker) den Zeitstempel des Datensatzes gesetzt hat.</translation>
    </message>
    <message>
        <source>Headers: key-value pairs a producer attaches to a record, besides its key and value.</source>
        <translation>Header: Schlüssel-Wert-Paare, die ein Producer neben Schlüssel und Wert an einen Datensatz anhängt.</translation>
    </message>
    <message>
        <source>The record&apos;s encoded size in its batch.</source>
        <translation>Die kodierte Größe des Datensatzes in seinem Batch.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The partition: an ordered, append-only log that holds part of the topic.</source>
        <translation>Die Partition: ein geordnetes Log, an das nur angehängt wird und das einen Teil des Topics enthält.</translation>
    </message>
    <message>
        <source>The offset: the record&apos;s position in its partition, assigned by the leader.</source>
        <translation>Der Offset: die vom Leader vergebene Position des Datensatzes in seiner Partition.</translation>
    </message>
    <message>
        <source>The key: records with the same key go to the same partition.</source>
        <translation>Der Schlüssel: Datensätze mit gleichem Schlüssel landen in derselben Partition.</translation>
    </message>
</context>
<context>
    <name>es::MessagesView</name>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Export selection…</source>
        <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the selected records to a JSON Lines or CSV file.</source>
        <translation>Die ausgewählten Datensätze in eine JSON-Lines- oder CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Export search &amp;result…</source>
        <translation>Such&amp;ergebnis exportieren…</translation>
    </message>
    <message>
        <source>Write every record the search matched to a JSON Lines or CSV file.</source>
        <translation>Alle Datensätze, auf die die Suche gepasst hat, in eine JSON-Lines- oder CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the export; the file keeps the records written so far.</source>
        <translation>Den Export beenden; die Datei behält die bisher geschriebenen Datensätze.</translation>
    </message>
    <message>
        <source>Cannot read records: %1</source>
        <translation>Datensätze können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Partition %1 has no record at offset %2: compaction or deletion removed it, or it holds a transaction marker.</source>
        <translation>Partition %1 hat keinen Datensatz an Offset %2: Kompaktierung oder Löschung hat ihn entfernt, oder er enthält einen Transaktionsmarker.</translation>
    </message>
    <message>
        <source>Loading partition %1, offset %2…</source>
        <translation>Partition %1, Offset %2 wird geladen…</translation>
    </message>
    <message>
        <source>Open a topic first: the search scans what is open, from its start.</source>
        <translation>Öffnen Sie zuerst ein Topic: Die Suche durchsucht das Geöffnete ab seinem Start.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Only the first %L1 matches are listed; the export of the search result writes them all.</source>
        <translation>Nur die ersten %L1 Treffer werden aufgelistet; der Export des Suchergebnisses schreibt alle.</translation>
    </message>
    <message>
        <source>%1 scanned, %2 matched</source>
        <translation>%1 durchsucht, %2 Treffer</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Partition %1 was not searched: %2</source>
        <translation>Partition %1 wurde nicht durchsucht: %2</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export the search result</source>
        <translation>Suchergebnis exportieren</translation>
    </message>
    <message>
        <source>Export the selected records</source>
        <translation>Ausgewählte Datensätze exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Select the records to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Datensätze aus.</translation>
    </message>
    <message>
        <source>Search first: there is no search result to export.</source>
        <translation>Suchen Sie zuerst: Es gibt kein Suchergebnis zum Exportieren.</translation>
    </message>
    <message>
        <source>Exporting to %1: %p%</source>
        <translation>Export nach %1: %p%</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%Ln Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to %1: %2</source>
        <translation>Export nach %1: %2</translation>
    </message>
    <message>
        <source>Waiting for the cluster…</source>
        <translation>Warten auf den Cluster…</translation>
    </message>
    <message>
        <source>Partition %1: offsets %2 to %3%4</source>
        <translation>Partition %1: Offsets %2 bis %3%4</translation>
    </message>
    <message>
        <source>, following new records</source>
        <translation>, folgt neuen Datensätzen</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) merged by timestamp, %1 record(s) from the start%2</source>
        <translation>
            <numerusform>%n Partition nach Zeitstempel zusammengeführt, %1 Datensätze ab dem Start%2</numerusform>
            <numerusform>%n Partitionen nach Zeitstempel zusammengeführt, %1 Datensätze ab dem Start%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %L1 records are listed; start later to see more.</source>
        <translation>Nur die ersten %L1 Datensätze werden aufgelistet; beginnen Sie später, um mehr zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) merged by timestamp, their newest %1 record(s)%2</source>
        <translation>
            <numerusform>%n Partition nach Zeitstempel zusammengeführt, ihre neuesten %1 Datensätze%2</numerusform>
            <numerusform>%n Partitionen nach Zeitstempel zusammengeführt, ihre neuesten %1 Datensätze%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1: offsets %2 to %3 of %4 (the table shows %5 offsets at a time: start at a later offset for the rest)</source>
        <translation>Partition %1: Offsets %2 bis %3 von %4 (die Tabelle zeigt %5 Offsets auf einmal: für den Rest bei einem späteren Offset beginnen)</translation>
    </message>
    <message>
        <source>Choose a topic: its newest records show at once.</source>
        <translation>Wählen Sie ein Topic: Seine neuesten Datensätze erscheinen sofort.</translation>
    </message>
    <message>
        <source>Not applied yet: press Enter or Open.</source>
        <translation>Noch nicht angewendet: Enter oder Öffnen drücken.</translation>
    </message>
    <message>
        <source>The table still shows what the line beside describes. Press Enter, leave the field or click Open to show what the fields above say.</source>
        <translation>Die Tabelle zeigt noch, was die Zeile daneben beschreibt. Drücken Sie Enter, verlassen Sie das Feld oder klicken Sie auf Öffnen, um zu zeigen, was die Felder darüber angeben.</translation>
    </message>
    <message>
        <source>Reading where the partitions start and end…</source>
        <translation>Lese, wo die Partitionen beginnen und enden…</translation>
    </message>
    <message>
        <source>Cannot read where the partitions start and end: %1</source>
        <translation>Kann nicht lesen, wo die Partitionen beginnen und enden: %1</translation>
    </message>
    <message>
        <source>Ne&amp;west first</source>
        <translation>Neu&amp;este zuerst</translation>
    </message>
    <message>
        <source>Show the newest records at the top. Unticked, the table shows them in log order, the oldest at the top.</source>
        <translation>Zeigt die neuesten Datensätze oben. Ohne Haken zeigt die Tabelle sie in Log-Reihenfolge, die ältesten oben.</translation>
    </message>
    <message>
        <source>Records of the topic. Select one to see it in full below; Shift or Ctrl selects several to copy or export; right-click for what you can do with them.</source>
        <translation>Datensätze des Topics. Wählen Sie einen aus, um ihn unten vollständig zu sehen; mit Umschalt oder Strg wählen Sie mehrere zum Kopieren oder Exportieren aus; ein Rechtsklick zeigt, was Sie damit tun können.</translation>
    </message>
    <message>
        <source>Copy the selected records (key, value, headers, where each is) as JSON: one record as an object, several as an array (Ctrl+Shift+C).</source>
        <translation>Die ausgewählten Datensätze (Schlüssel, Wert, Header und jeweilige Position) als JSON kopieren: einen Datensatz als Objekt, mehrere als Array (Strg+Umschalt+C).</translation>
    </message>
    <message>
        <source>Copy the selected records as rows of tab-separated cells, whole keys and values, as spreadsheets paste them (Ctrl+C).</source>
        <translation>Die ausgewählten Datensätze als Zeilen mit tabulatorgetrennten Zellen kopieren, mit vollständigen Schlüsseln und Werten, so wie Tabellenkalkulationen sie einfügen (Strg+C).</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy the values of the selected records, one a line.</source>
        <translation>Die Werte der ausgewählten Datensätze kopieren, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation>&amp;Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the keys of the selected records, one a line.</source>
        <translation>Die Schlüssel der ausgewählten Datensätze kopieren, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Re-publish selected…</source>
        <translation>Auswahl erneut &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Copy the selected records (from the first to the last selected offset of each partition) into a topic, in the Replay view.</source>
        <translation>Die ausgewählten Datensätze (vom ersten bis zum letzten ausgewählten Offset jeder Partition) in der Ansicht „Replay“ in ein Topic kopieren.</translation>
    </message>
    <message>
        <source>Show in &amp;partition log</source>
        <translation>Im &amp;Partitions-Log zeigen</translation>
    </message>
    <message>
        <source>Open the topic&apos;s partitions and the drawing of their logs in the Topics view.</source>
        <translation>Die Partitionen des Topics und die Darstellung ihrer Logs in der Ansicht „Topics“ öffnen.</translation>
    </message>
    <message>
        <source>%L1 records are selected: copy at most %L2, or export them.</source>
        <translation>%L1 Datensätze sind ausgewählt: Kopieren Sie höchstens %L2 oder exportieren Sie sie.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s) as JSON.</source>
        <translation>
            <numerusform>%n Datensatz als JSON kopiert.</numerusform>
            <numerusform>%n Datensätze als JSON kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the keys of %n record(s).</source>
        <translation>
            <numerusform>Schlüssel von %n Datensatz kopiert.</numerusform>
            <numerusform>Schlüssel von %n Datensätzen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the values of %n record(s).</source>
        <translation>
            <numerusform>Wert von %n Datensatz kopiert.</numerusform>
            <numerusform>Werte von %n Datensätzen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s).</source>
        <translation>
            <numerusform>%n Datensatz kopiert.</numerusform>
            <numerusform>%n Datensätze kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected record(s) were still loading and are not in the copy: copy again in a moment.</source>
        <translation>
            <numerusform>%n ausgewählter Datensatz wurde noch geladen und fehlt in der Kopie: Kopieren Sie gleich noch einmal.</numerusform>
            <numerusform>%n ausgewählte Datensätze wurden noch geladen und fehlen in der Kopie: Kopieren Sie gleich noch einmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::MetricsChart</name>
    <message>
        <source>records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>No data in this range yet</source>
        <translation>Noch keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
</context>
<context>
    <name>es::MetricsView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>Could not read the metrics history: %1</source>
        <translation>Der Metrikverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Show the whole range again and follow new data (double-click or 0 on a chart)</source>
        <translation>Wieder den ganzen Bereich zeigen und neuen Daten folgen (Doppelklick oder 0 in einem Diagramm)</translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation>Zurück zu &amp;live</translation>
    </message>
    <message>
        <source>Zoomed in: %1 to %2. The charts stay on this stretch while new samples arrive.</source>
        <translation>Vergrößert: %1 bis %2. Die Diagramme bleiben auf diesem Abschnitt, während neue Messwerte eintreffen.</translation>
    </message>
    <message>
        <source>Drag to pan and use the wheel to zoom, on all charts at once; with the keyboard: arrows, + and −. Click a name in a legend to hide or show its line.</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, in allen Diagrammen zugleich; mit der Tastatur: Pfeiltasten, + und −. Klicken Sie auf einen Namen in einer Legende, um seine Linie aus- oder einzublenden.</translation>
    </message>
</context>
<context>
    <name>es::MoveReplicasDialog</name>
    <message>
        <source>Move replicas</source>
        <translation>Replikate verschieben</translation>
    </message>
    <message>
        <source>Move replicas of %1</source>
        <translation>Replikate von %1 verschieben</translation>
    </message>
    <message>
        <source>Type the brokers each partition is to be on, the first its preferred leader. New replicas copy the log; the old ones leave once they have caught up.</source>
        <translation>Geben Sie für jede Partition die Broker ein, auf denen sie liegen soll, den bevorzugten Leader zuerst. Neue Replikate kopieren das Log; die alten werden entfernt, sobald die neuen aufgeholt haben.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Replicas now</source>
        <translation>Aktuelle Replikate</translation>
    </message>
    <message>
        <source>New replicas</source>
        <translation>Neue Replikate</translation>
    </message>
    <message>
        <source>New replicas of partition %1</source>
        <translation>Neue Replikate von Partition %1</translation>
    </message>
    <message>
        <source>&amp;Rebalance across brokers</source>
        <translation>Gleichmäßig auf Broker &amp;verteilen</translation>
    </message>
    <message>
        <source>Fill in the lists that spread this topic&apos;s replicas and preferred leaders evenly over the running brokers, moving as few replicas as possible.</source>
        <translation>Die Listen so ausfüllen, dass die Replikate und bevorzugten Leader dieses Topics gleichmäßig auf die laufenden Broker verteilt werden, mit möglichst wenigen Verschiebungen.</translation>
    </message>
    <message>
        <source>%1 has more replicas per partition than brokers run: it cannot be spread.</source>
        <translation>%1 hat mehr Replikate pro Partition, als Broker laufen: Es lässt sich nicht verteilen.</translation>
    </message>
    <message>
        <source>Already balanced: nothing to move.</source>
        <translation>Bereits ausgeglichen: nichts zu verschieben.</translation>
    </message>
    <message>
        <source>Partition %1: %2.</source>
        <translation>Partition %1: %2.</translation>
    </message>
    <message>
        <source>Could not move replicas: %1</source>
        <translation>Replikate konnten nicht verschoben werden: %1</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partition %1: %2</translation>
    </message>
    <message>
        <source>Moves replicas of %1, copies %2; partitions unchanged: %3.</source>
        <translation>Verschiebt Replikate von %1, kopiert %2; unveränderte Partitionen: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n Partition</numerusform>
            <numerusform>%n Partitionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n Log</numerusform>
            <numerusform>%n Logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The moves of %n partition(s) started, but not these:</source>
        <translation>
            <numerusform>Die Verschiebung von %n Partition wurde gestartet, aber nicht diese:</numerusform>
            <numerusform>Die Verschiebungen von %n Partitionen wurden gestartet, aber nicht diese:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::PartitionLogsWidget</name>
    <message>
        <source>No partitions to draw.</source>
        <translation>Keine Partitionen zum Zeichnen.</translation>
    </message>
    <message>
        <source>offline: no leader</source>
        <translation>offline: kein Leader</translation>
    </message>
    <message>
        <source>offsets not known yet</source>
        <translation>Offsets noch unbekannt</translation>
    </message>
    <message>
        <source>start %1 · segments: %2</source>
        <translation>Start %1 · Segmente: %2</translation>
    </message>
    <message>
        <source>HW = LEO %1</source>
        <translation>HW = LEO %1</translation>
    </message>
    <message>
        <source>HW %1 · LEO %2</source>
        <translation>HW %1 · LEO %2</translation>
    </message>
    <message>
        <source>%1 has no leader, so no offsets to show.</source>
        <translation>%1 hat keinen Leader, daher gibt es keine Offsets anzuzeigen.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; committed %2, lag %3.</source>
        <translation>Gruppe „%1“ hat %2 committet, Lag %3.</translation>
    </message>
    <message>
        <source>%1: high watermark %2.</source>
        <translation>%1: High Watermark %2.</translation>
    </message>
    <message>
        <source>%1: log end offset %2.</source>
        <translation>%1: Log-End-Offset %2.</translation>
    </message>
    <message>
        <source>%1: log start offset %2.</source>
        <translation>%1: Log-Start-Offset %2.</translation>
    </message>
    <message>
        <source>%1: leader broker %2, segments: %3, readable records: %4.</source>
        <translation>%1: Leader-Broker %2, Segmente: %3, lesbare Datensätze: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::PartitionsModel</name>
    <message>
        <source>No leader: the partition is offline.</source>
        <translation>Kein Leader: Die Partition ist offline.</translation>
    </message>
    <message>
        <source>%1
Out of sync: broker %2.</source>
        <translation>%1
Nicht synchron: Broker %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Log-Start</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>High Watermark</translation>
    </message>
    <message>
        <source>Log end</source>
        <translation>Log-Ende</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
</context>
<context>
    <name>es::ProduceView</name>
    <message>
        <source>Choose or type a topic</source>
        <translation>Topic wählen oder eingeben</translation>
    </message>
    <message>
        <source>The topic to send to: a named stream of records. A topic that does not exist is created when the cluster allows auto-creation.</source>
        <translation>Das Topic, an das gesendet wird: ein benannter Strom von Datensätzen. Ein nicht vorhandenes Topic wird angelegt, wenn der Cluster das automatische Anlegen erlaubt.</translation>
    </message>
    <message>
        <source>A topic is split into partitions. Automatic picks one from the key&apos;s hash, so records with the same key stay in order on one partition.</source>
        <translation>Ein Topic ist in Partitionen aufgeteilt. „Automatisch“ wählt eine anhand des Schlüssel-Hashes, sodass Datensätze mit gleichem Schlüssel in einer Partition in Reihenfolge bleiben.</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition:</translation>
    </message>
    <message>
        <source>Chosen t&amp;ime instead of now:</source>
        <translation>Gewählte &amp;Zeit statt jetzt:</translation>
    </message>
    <message>
        <source>Unchecked, each record carries the time it is sent. Checked, it carries the time chosen here (consumers and retention read it).</source>
        <translation>Ohne Haken trägt jeder Datensatz seine Sendezeit. Mit Haken trägt er die hier gewählte Zeit (Consumer und Retention lesen sie).</translation>
    </message>
    <message>
        <source>Empty: no key (null)</source>
        <translation>Leer: kein Schlüssel (null)</translation>
    </message>
    <message>
        <source>The record&apos;s key decides its partition; records with the same key keep their order.</source>
        <translation>Der Schlüssel des Datensatzes bestimmt seine Partition; Datensätze mit gleichem Schlüssel behalten ihre Reihenfolge.</translation>
    </message>
    <message>
        <source>The record&apos;s value, e.g. JSON. Placeholders: {{seq}} {{uuid}} {{now}} {{now_iso}} {{int 1 100}} {{pick a|b|c}} {{words 5}}</source>
        <translation>Der Wert des Datensatzes, z. B. JSON. Platzhalter: {{seq}} {{uuid}} {{now}} {{now_iso}} {{int 1 100}} {{pick a|b|c}} {{words 5}}</translation>
    </message>
    <message>
        <source>A sample of the record as the next send would render it.</source>
        <translation>Ein Beispiel des Datensatzes, wie ihn das nächste Senden erzeugen würde.</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>Timestamp:</source>
        <translation>Zeitstempel:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>Sends one record rendered from the editor (Ctrl+Enter).</source>
        <translation>Sendet einen aus dem Editor erzeugten Datensatz (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Automatic (by key)</source>
        <translation>Automatisch (nach Schlüssel)</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>header %1: %2</source>
        <translation>Header %1: %2</translation>
    </message>
    <message>
        <source>Choose or type a topic to send to.</source>
        <translation>Wählen Sie ein Topic, an das gesendet werden soll, oder geben Sie es ein.</translation>
    </message>
    <message>
        <source>The cluster is not running.</source>
        <translation>Der Cluster läuft nicht.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent to partition %1 at offset %2 (timestamp %3).</source>
        <translation>An Partition %1 mit Offset %2 gesendet (Zeitstempel %3).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; was deleted. Choose another topic, or type its name again to have it created anew.</source>
        <translation>Das Topic „%1“ wurde gelöscht. Wählen Sie ein anderes Topic oder geben Sie seinen Namen erneut ein, damit es neu angelegt wird.</translation>
    </message>
    <message>
        <source>Open this record in the Messages view.</source>
        <translation>Diesen Datensatz in der Ansicht „Nachrichten“ öffnen.</translation>
    </message>
</context>
<context>
    <name>es::ProducerBotDialog</name>
    <message>
        <source>Add producer bot</source>
        <translation>Producer-Bot hinzufügen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>The topic to write to; a topic that does not exist is created with the defaults.</source>
        <translation>Das Topic, in das geschrieben wird; ein nicht vorhandenes Topic wird mit den Standardwerten angelegt.</translation>
    </message>
    <message>
        <source> records/s</source>
        <translation> Datensätze/s</translation>
    </message>
    <message>
        <source>No key (spread by the sticky partitioner)</source>
        <translation>Kein Schlüssel (verteilt durch den Sticky Partitioner)</translation>
    </message>
    <message>
        <source>Sequential over K keys</source>
        <translation>Der Reihe nach über K Schlüssel</translation>
    </message>
    <message>
        <source>Random over K keys</source>
        <translation>Zufällig über K Schlüssel</translation>
    </message>
    <message>
        <source>Hot key (80% on one key)</source>
        <translation>Hot Key (80 % auf einem Schlüssel)</translation>
    </message>
    <message>
        <source>Records with the same key always go to the same partition.</source>
        <translation>Datensätze mit gleichem Schlüssel landen immer in derselben Partition.</translation>
    </message>
    <message>
        <source>Placeholders: {{seq}}, {{uuid}}, {{now}}, {{now_iso}}, {{int A B}}, {{pick a|b|c}}, {{words N}}</source>
        <translation>Platzhalter: {{seq}}, {{uuid}}, {{now}}, {{now_iso}}, {{int A B}}, {{pick a|b|c}}, {{words N}}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Number of keys (&amp;K):</source>
        <translation>Anzahl der Schlüssel (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Value template:</source>
        <translation>&amp;Wertvorlage:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>St&amp;arten</translation>
    </message>
    <message>
        <source>Choose or type a topic.</source>
        <translation>Wählen Sie ein Topic oder geben Sie eines ein.</translation>
    </message>
    <message>
        <source>The value template is not valid: %1</source>
        <translation>Die Wertvorlage ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>es::RecordDetail</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers: key-value pairs a producer attaches to a record, besides its key and value. Select one to see its value below.</source>
        <translation>Header: Schlüssel-Wert-Paare, die ein Producer neben Schlüssel und Wert an einen Datensatz anhängt. Wählen Sie einen aus, um seinen Wert unten zu sehen.</translation>
    </message>
    <message>
        <source>header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>Schl&amp;üssel</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Select a record to see its key, value and headers.</source>
        <translation>Wählen Sie einen Datensatz aus, um Schlüssel, Wert und Header zu sehen.</translation>
    </message>
    <message>
        <source>Partition %1, offset %2 · %3 · %4</source>
        <translation>Partition %1, Offset %2 · %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Headers (%1)</source>
        <translation>&amp;Header (%1)</translation>
    </message>
</context>
<context>
    <name>es::RecordText</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Not valid UTF-8: invalid bytes are shown as �. Try Hex.</source>
        <translation>Kein gültiges UTF-8: Ungültige Bytes werden als � angezeigt. Versuchen Sie Hex.</translation>
    </message>
    <message>
        <source>Not JSON (%1 at byte %2).</source>
        <translation>Kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 weitere Bytes nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>es::ReplayView</name>
    <message>
        <source>R&amp;eset offsets</source>
        <translation>Offsets &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Move a consumer group&apos;s committed offsets so that it reads records again or skips them.</source>
        <translation>Die committeten Offsets einer Consumer Group verschieben, sodass sie Datensätze erneut liest oder überspringt.</translation>
    </message>
    <message>
        <source>Re-pu&amp;blish</source>
        <translation>Erneut ver&amp;öffentlichen</translation>
    </message>
    <message>
        <source>Copy records of a topic into the same or another topic, as they were or faster.</source>
        <translation>Datensätze eines Topics in dasselbe oder ein anderes Topic kopieren, im Originaltempo oder schneller.</translation>
    </message>
</context>
<context>
    <name>es::RepublishPanel</name>
    <message>
        <source>The topic whose records are copied.</source>
        <translation>Das Topic, dessen Datensätze kopiert werden.</translation>
    </message>
    <message>
        <source>Off&amp;sets</source>
        <translation>&amp;Offsets</translation>
    </message>
    <message>
        <source>Copy ranges of offsets (positions of records in their partitions).</source>
        <translation>Offset-Bereiche kopieren (Positionen der Datensätze in ihren Partitionen).</translation>
    </message>
    <message>
        <source>all partitions, whole logs; or e.g. 0, 1:100-500, 2:950-</source>
        <translation>alle Partitionen, ganze Logs; oder z. B. 0, 1:100-500, 2:950-</translation>
    </message>
    <message>
        <source>Time &amp;window</source>
        <translation>Zeit&amp;fenster</translation>
    </message>
    <message>
        <source>Copy the records whose timestamps fall in a time window.</source>
        <translation>Die Datensätze kopieren, deren Zeitstempel in ein Zeitfenster fallen.</translation>
    </message>
    <message>
        <source>all partitions, or e.g. 0, 2</source>
        <translation>alle Partitionen, oder z. B. 0, 2</translation>
    </message>
    <message>
        <source>Your local time; the window includes its start and excludes its end.</source>
        <translation>Ihre Ortszeit; das Fenster schließt seinen Anfang ein und sein Ende aus.</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <source>Original pacing, at speed</source>
        <translation>Originaltempo, mit Faktor</translation>
    </message>
    <message>
        <source>Keep the gaps between the records&apos; timestamps (divided by the speed factor), or copy without waiting.</source>
        <translation>Die Abstände zwischen den Zeitstempeln der Datensätze beibehalten (geteilt durch den Geschwindigkeitsfaktor) oder ohne Warten kopieren.</translation>
    </message>
    <message>
        <source>2× replays twice as fast as the records were produced, 0.5× at half speed.</source>
        <translation>2× spielt doppelt so schnell ab, wie die Datensätze produziert wurden, 0,5× mit halber Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Keep &amp;headers</source>
        <translation>&amp;Header beibehalten</translation>
    </message>
    <message>
        <source>Headers are key-value pairs a producer attaches to a record, e.g. a trace id.</source>
        <translation>Header sind Schlüssel-Wert-Paare, die ein Producer an einen Datensatz anhängt, z. B. eine Trace-ID.</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Schlüssel beibehalten</translation>
    </message>
    <message>
        <source>No key (null)</source>
        <translation>Kein Schlüssel (null)</translation>
    </message>
    <message>
        <source>New key from a template</source>
        <translation>Neuer Schlüssel aus einer Vorlage</translation>
    </message>
    <message>
        <source>The key decides a record&apos;s partition. Kept keys keep each record in the partition it came from when the target has it.</source>
        <translation>Der Schlüssel bestimmt die Partition eines Datensatzes. Beibehaltene Schlüssel lassen jeden Datensatz in der Partition, aus der er stammt, sofern das Ziel sie hat.</translation>
    </message>
    <message>
        <source>e.g. user-{{int 1 100}}</source>
        <translation>z. B. user-{{int 1 100}}</translation>
    </message>
    <message>
        <source>Text with placeholders rendered for each record: {{seq}}, {{uuid}}, {{now}}, {{now_iso}}, {{int A B}}, {{pick a|b|c}}, {{words N}}.</source>
        <translation>Text mit Platzhaltern, die für jeden Datensatz erzeugt werden: {{seq}}, {{uuid}}, {{now}}, {{now_iso}}, {{int A B}}, {{pick a|b|c}}, {{words N}}.</translation>
    </message>
    <message>
        <source>Sta&amp;rt copy</source>
        <translation>Kopieren sta&amp;rten</translation>
    </message>
    <message>
        <source>&amp;Cancel copy</source>
        <translation>Kopieren abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>vo&amp;n</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>So&amp;urce topic:</source>
        <translation>&amp;Quell-Topic:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>&amp;Target topic:</source>
        <translation>Zie&amp;l-Topic:</translation>
    </message>
    <message>
        <source>&amp;Pacing:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Choose a source and a target topic.</source>
        <translation>Wählen Sie ein Quell- und ein Ziel-Topic.</translation>
    </message>
    <message>
        <source>The time window ends before it starts.</source>
        <translation>Das Zeitfenster endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cannot start the copy: %1</source>
        <translation>Die Kopie kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 Datensätze/s</translation>
    </message>
    <message>
        <source>Finding the offsets of the range…</source>
        <translation>Offsets des Bereichs werden ermittelt…</translation>
    </message>
    <message>
        <source>%1 of %2 records copied · %3</source>
        <translation>%1 von %2 Datensätzen kopiert · %3</translation>
    </message>
    <message>
        <source>Done: %1 records copied · %2</source>
        <translation>Fertig: %1 Datensätze kopiert · %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 records.</source>
        <translation>Abgebrochen nach %1 von %2 Datensätzen.</translation>
    </message>
    <message>
        <source>Stopped after %1 records.</source>
        <translation>Gestoppt nach %1 Datensätzen.</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>Die Kopie ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Partitions, each with an optional range of offsets from-to, both included: 1:100-500 copies 401 records. A missing start is the log start, a missing end the last record when the copy starts.</source>
        <translation>Partitionen, jeweils mit einem optionalen Offset-Bereich von-bis, beide eingeschlossen: 1:100-500 kopiert 401 Datensätze. Ein fehlender Anfang ist der Log-Start, ein fehlendes Ende der letzte Datensatz beim Start der Kopie.</translation>
    </message>
    <message>
        <source>ends included</source>
        <translation>Enden eingeschlossen</translation>
    </message>
    <message>
        <source>Copies the chosen records into &quot;%1&quot;.</source>
        <translation>Kopiert die gewählten Datensätze nach „%1“.</translation>
    </message>
    <message>
        <source>Copy a topic into itself</source>
        <translation>Ein Topic in sich selbst kopieren</translation>
    </message>
    <message>
        <source>Copy records of &quot;%1&quot; into &quot;%1&quot; itself? The copies are appended after its newest records, and its consumers will read them again as new records.</source>
        <translation>Datensätze von „%1“ in „%1“ selbst kopieren? Die Kopien werden nach den neuesten Datensätzen angehängt, und seine Consumer lesen sie erneut als neue Datensätze.</translation>
    </message>
    <message>
        <source>Creating the topic &quot;%1&quot;…</source>
        <translation>Topic „%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>Cannot create the topic &quot;%1&quot;: %2</source>
        <translation>Das Topic „%1“ kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>es::RepublishTarget</name>
    <message>
        <source>Choose a topic, or type the name of a new one</source>
        <translation>Wählen Sie ein Topic oder geben Sie den Namen eines neuen ein</translation>
    </message>
    <message>
        <source>The topic the copies are written to: another topic, a new one (created when the copy starts) or the source itself (asked again on start).</source>
        <translation>Das Topic, in das die Kopien geschrieben werden: ein anderes Topic, ein neues (beim Start der Kopie angelegt) oder die Quelle selbst (beim Start wird nachgefragt).</translation>
    </message>
    <message>
        <source>Choose the topic to copy into first.</source>
        <translation>Wählen Sie zuerst das Topic, in das kopiert wird.</translation>
    </message>
    <message>
        <source>The copies are appended to &quot;%1&quot; itself, after its newest records; starting asks you to confirm.</source>
        <translation>Die Kopien werden an „%1“ selbst angehängt, nach seinen neuesten Datensätzen; beim Start werden Sie um Bestätigung gebeten.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; does not exist yet: starting the copy creates it with %n partition, as &quot;%2&quot; has, and the cluster&apos;s default replication factor.</source>
        <translation>
            <numerusform>„%1“ existiert noch nicht: Der Start der Kopie legt es mit %n Partition an, wie „%2“ sie hat, und mit dem Standard-Replikationsfaktor des Clusters.</numerusform>
            <numerusform>„%1“ existiert noch nicht: Der Start der Kopie legt es mit %n Partitionen an, wie „%2“ sie hat, und mit dem Standard-Replikationsfaktor des Clusters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; does not exist yet: starting the copy creates it with %n partitions, as &quot;%2&quot; has, and the cluster&apos;s default replication factor.</source>
        <translation>
            <numerusform>„%1“ existiert noch nicht: Der Start der Kopie legt es mit %n Partition an, wie „%2“ sie hat, und mit dem Standard-Replikationsfaktor des Clusters.</numerusform>
            <numerusform>„%1“ existiert noch nicht: Der Start der Kopie legt es mit %n Partitionen an, wie „%2“ sie hat, und mit dem Standard-Replikationsfaktor des Clusters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ResetOffsetsPanel</name>
    <message>
        <source>a group id</source>
        <translation>eine Gruppen-ID</translation>
    </message>
    <message>
        <source>A consumer group: consumers sharing a group id split the partitions and share committed offsets. Type a new id to give a group its first offsets.</source>
        <translation>Eine Consumer Group: Consumer mit derselben Gruppen-ID teilen sich die Partitionen und die committeten Offsets. Geben Sie eine neue ID ein, um einer Gruppe ihre ersten Offsets zu geben.</translation>
    </message>
    <message>
        <source>Every topic the group has offsets for</source>
        <translation>Alle Topics, für die die Gruppe Offsets hat</translation>
    </message>
    <message>
        <source>Which topic&apos;s partitions to reset; by default those the group has committed offsets for.</source>
        <translation>Die Partitionen welches Topics zurückgesetzt werden; standardmäßig die, für die die Gruppe Offsets committet hat.</translation>
    </message>
    <message>
        <source>all partitions, or e.g. 0, 2, 5</source>
        <translation>alle Partitionen, oder z. B. 0, 2, 5</translation>
    </message>
    <message>
        <source>Partitions of the chosen topic to reset; empty for all of them.</source>
        <translation>Zurückzusetzende Partitionen des gewählten Topics; leer für alle.</translation>
    </message>
    <message>
        <source>Earliest (log start)</source>
        <translation>Früheste (Log-Start)</translation>
    </message>
    <message>
        <source>Latest (high watermark)</source>
        <translation>Neueste (High Watermark)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Shift by</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <source>Where the group&apos;s consumers start reading after the reset. New offsets are kept between each partition&apos;s log start and high watermark, as Kafka does.</source>
        <translation>Wo die Consumer der Gruppe nach dem Zurücksetzen zu lesen beginnen. Neue Offsets bleiben, wie bei Kafka, zwischen Log-Start und High Watermark jeder Partition.</translation>
    </message>
    <message>
        <source>Each partition moves to its first record with a timestamp at or after this time (your local time).</source>
        <translation>Jede Partition springt zu ihrem ersten Datensatz mit einem Zeitstempel zu oder nach diesem Zeitpunkt (Ihre Ortszeit).</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Compute the new offset of every partition without changing anything.</source>
        <translation>Den neuen Offset jeder Partition berechnen, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Apply reset…</source>
        <translation>Zurücksetzen &amp;anwenden…</translation>
    </message>
    <message>
        <source>Write the new offsets as the group&apos;s committed offsets.</source>
        <translation>Die neuen Offsets als committete Offsets der Gruppe schreiben.</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Reset to:</source>
        <translation>Zu&amp;rücksetzen auf:</translation>
    </message>
    <message>
        <source>an offset, e.g. 1200</source>
        <translation>ein Offset, z. B. 1200</translation>
    </message>
    <message>
        <source>An offset is a record&apos;s position in its partition, counted from 0.</source>
        <translation>Ein Offset ist die Position eines Datensatzes in seiner Partition, gezählt ab 0.</translation>
    </message>
    <message>
        <source>records to move, e.g. -100 or +50</source>
        <translation>zu verschiebende Datensätze, z. B. -100 oder +50</translation>
    </message>
    <message>
        <source>Moves each partition&apos;s committed offset back (negative) or forward (positive) by this many offsets.</source>
        <translation>Verschiebt den committeten Offset jeder Partition um so viele Offsets zurück (negativ) oder vor (positiv).</translation>
    </message>
    <message>
        <source>Choose a group, or type the id of a new one.</source>
        <translation>Wählen Sie eine Gruppe oder geben Sie die ID einer neuen ein.</translation>
    </message>
    <message>
        <source>Type the offset to reset to.</source>
        <translation>Geben Sie den Offset ein, auf den zurückgesetzt werden soll.</translation>
    </message>
    <message>
        <source>Type how many offsets to shift by, e.g. -100.</source>
        <translation>Geben Sie ein, um wie viele Offsets verschoben werden soll, z. B. -100.</translation>
    </message>
    <message>
        <source>An offset cannot be negative.</source>
        <translation>Ein Offset kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Computing the new offsets…</source>
        <translation>Die neuen Offsets werden berechnet…</translation>
    </message>
    <message>
        <source>Cannot preview the reset: %1</source>
        <translation>Vorschau des Zurücksetzens nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s): %1 records will be consumed again, %2 skipped.</source>
        <translation>
            <numerusform>%n Partition: %1 Datensätze werden erneut konsumiert, %2 übersprungen.</numerusform>
            <numerusform>%n Partitionen: %1 Datensätze werden erneut konsumiert, %2 übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the committed offsets of group %1 on %n partition(s)? Its consumers will read %2 records again and skip %3 when they next start.</source>
        <translation>
            <numerusform>Die committeten Offsets der Gruppe %1 auf %n Partition zurücksetzen? Ihre Consumer lesen beim nächsten Start %2 Datensätze erneut und überspringen %3.</numerusform>
            <numerusform>Die committeten Offsets der Gruppe %1 auf %n Partitionen zurücksetzen? Ihre Consumer lesen beim nächsten Start %2 Datensätze erneut und überspringen %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset offsets</source>
        <translation>Offsets zurücksetzen</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>The reset was refused: %1</source>
        <translation>Das Zurücksetzen wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The offsets of group %1 were reset.</source>
        <translation>Die Offsets der Gruppe %1 wurden zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>es::ResetPreviewModel</name>
    <message>
        <source>first committed offset</source>
        <translation>erster committeter Offset</translation>
    </message>
    <message>
        <source>re-consume %1</source>
        <translation>%1 erneut konsumieren</translation>
    </message>
    <message>
        <source>skip %1</source>
        <translation>%1 überspringen</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source> (asked %1, clamped to the log)</source>
        <translation> (angefragt %1, auf das Log begrenzt)</translation>
    </message>
    <message>
        <source>Kafka keeps a committed offset between the log start offset and the high watermark, so the requested offset %1 became %2.</source>
        <translation>Kafka hält einen committeten Offset zwischen Log-Start-Offset und High Watermark, daher wurde aus dem angefragten Offset %1 der Offset %2.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Committed now</source>
        <translation>Jetzt committet</translation>
    </message>
    <message>
        <source>New offset</source>
        <translation>Neuer Offset</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Log-Start</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>High Watermark</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>The offset the group&apos;s consumers will read first after the reset.</source>
        <translation>Der Offset, den die Consumer der Gruppe nach dem Zurücksetzen als Erstes lesen.</translation>
    </message>
    <message>
        <source>How many records the group will read again (new offset before the committed one) or skip (new offset after it).</source>
        <translation>Wie viele Datensätze die Gruppe erneut liest (neuer Offset vor dem committeten) oder überspringt (neuer Offset danach).</translation>
    </message>
</context>
<context>
    <name>es::RowCopy</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::SearchScope</name>
    <message>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <source>partitions %1</source>
        <translation>Partitionen %1</translation>
    </message>
    <message>
        <source>from offset %1</source>
        <translation>ab Offset %1</translation>
    </message>
    <message>
        <source>from each partition&apos;s first record</source>
        <translation>ab dem ersten Datensatz jeder Partition</translation>
    </message>
    <message>
        <source>from the newest %1 of each</source>
        <translation>ab den neuesten %1 jeder Partition</translation>
    </message>
    <message>
        <source>from offset %1 in each</source>
        <translation>ab Offset %1 in jeder Partition</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>from group %1&apos;s committed offsets</source>
        <translation>ab den committeten Offsets der Gruppe %1</translation>
    </message>
    <message>
        <source>from the records that arrive</source>
        <translation>ab den eintreffenden Datensätzen</translation>
    </message>
    <message>
        <source>Search results in %1: %2, %3, to the end</source>
        <translation>Suchergebnisse in %1: %2, %3, bis zum Ende</translation>
    </message>
</context>
<context>
    <name>es::SecurityView</name>
    <message>
        <source>&amp;Listeners</source>
        <translation>&amp;Listener</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;ACLs and denials</source>
        <translation>&amp;ACLs und Verweigerungen</translation>
    </message>
    <message>
        <source>Where clients connect, and the settings they need</source>
        <translation>Wo sich Clients verbinden und welche Einstellungen sie brauchen</translation>
    </message>
    <message>
        <source>The users who log in with SCRAM</source>
        <translation>Die Benutzer, die sich mit SCRAM anmelden</translation>
    </message>
    <message>
        <source>Who may do what, and the requests refused lately</source>
        <translation>Wer was darf, und die zuletzt verweigerten Requests</translation>
    </message>
    <message>
        <source>This connection cannot add ACLs.</source>
        <translation>Über diese Verbindung können keine ACLs hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Some of the cluster&apos;s security is not shown: it needs a newer client library than the %1 this program is built with.</source>
        <translation>Ein Teil der Sicherheitseinstellungen des Clusters wird nicht angezeigt: Dafür ist eine neuere Client-Bibliothek nötig als die %1, mit der dieses Programm erstellt wurde.</translation>
    </message>
    <message>
        <source>The cluster did not answer everything: %1</source>
        <translation>Der Cluster hat nicht alles beantwortet: %1</translation>
    </message>
    <message>
        <source>No ACL allows this. Allow this… adds one that does (preview it before you add it).</source>
        <translation>Keine ACL erlaubt dies. „Dies erlauben…“ fügt eine hinzu, die es erlaubt (prüfen Sie sie vorher in der Vorschau).</translation>
    </message>
    <message>
        <source>Denied by the ACL selected above: %1</source>
        <translation>Verweigert durch die oben ausgewählte ACL: %1</translation>
    </message>
    <message>
        <source>Denied by an ACL that is gone now: %1</source>
        <translation>Verweigert durch eine ACL, die es nicht mehr gibt: %1</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>The cluster uses the new listeners after a restart. Restart now? The cluster stops and starts again with its topics, records and groups.</source>
        <translation>Der Cluster verwendet die neuen Listener nach einem Neustart. Jetzt neu starten? Der Cluster wird gestoppt und mit seinen Topics, Datensätzen und Gruppen wieder gestartet.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>es::TableContextMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated as spreadsheets paste them (Ctrl+C).</source>
        <translation>Die ausgewählten Zeilen tabulatorgetrennt kopieren, so wie Tabellenkalkulationen sie einfügen (Strg+C).</translation>
    </message>
    <message>
        <source>Copy with &amp;header</source>
        <translation>Mit Kopf&amp;zeile kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows with a first line of column titles.</source>
        <translation>Die ausgewählten Zeilen mit einer ersten Zeile aus Spaltentiteln kopieren.</translation>
    </message>
</context>
<context>
    <name>es::TemplateBar</name>
    <message>
        <source>A template is a record with placeholders such as {{seq}} or {{uuid}}, filled in anew for every record sent.</source>
        <translation>Eine Vorlage ist ein Datensatz mit Platzhaltern wie {{seq}} oder {{uuid}}, die für jeden gesendeten Datensatz neu gefüllt werden.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Name to save under</source>
        <translation>Name zum Speichern</translation>
    </message>
    <message>
        <source>The name to save the editor&apos;s record under, or to rename the chosen template to.</source>
        <translation>Der Name, unter dem der Datensatz im Editor gespeichert oder in den die gewählte Vorlage umbenannt wird.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sp&amp;eichern</translation>
    </message>
    <message>
        <source>Saves the record in the editor as a template under the name, replacing one with the same name.</source>
        <translation>Speichert den Datensatz im Editor als Vorlage unter dem Namen und ersetzt eine gleichnamige.</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Gives the chosen saved template the name in the name field.</source>
        <translation>Gibt der gewählten gespeicherten Vorlage den Namen aus dem Namensfeld.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deletes the chosen saved template (built-in examples stay).</source>
        <translation>Löscht die gewählte gespeicherte Vorlage (eingebaute Beispiele bleiben erhalten).</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (Beispiel)</translation>
    </message>
</context>
<context>
    <name>es::TopicActions</name>
    <message>
        <source>&amp;Create topic…</source>
        <translation>Topic &amp;erstellen…</translation>
    </message>
    <message>
        <source>Create a topic (Ctrl+N)</source>
        <translation>Ein Topic erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected topic and all its records (Delete)</source>
        <translation>Das ausgewählte Topic mit allen Datensätzen löschen (Entf)</translation>
    </message>
    <message>
        <source>Add &amp;partitions…</source>
        <translation>&amp;Partitionen hinzufügen…</translation>
    </message>
    <message>
        <source>Give the selected topic more partitions</source>
        <translation>Dem ausgewählten Topic mehr Partitionen geben</translation>
    </message>
    <message>
        <source>Edit &amp;configs…</source>
        <translation>&amp;Konfiguration bearbeiten…</translation>
    </message>
    <message>
        <source>Change retention, segment, cleanup and durability settings of the selected topic</source>
        <translation>Retention-, Segment-, Cleanup- und Haltbarkeitseinstellungen des ausgewählten Topics ändern</translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation>Topic löschen</translation>
    </message>
    <message>
        <source>Delete the topic &quot;%1&quot; with all its partitions (%2) and records (%3)? This cannot be undone.</source>
        <translation>Das Topic „%1“ mit allen Partitionen (%2) und Datensätzen (%3) löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Delete &amp;records…</source>
        <translation>&amp;Datensätze löschen…</translation>
    </message>
    <message>
        <source>Delete records of the selected topic, all of them or those below an offset of one partition; the topic itself stays</source>
        <translation>Datensätze des gewählten Topics löschen, alle oder die unter einem Offset einer Partition; das Topic selbst bleibt</translation>
    </message>
    <message>
        <source>%1 back to its default</source>
        <translation>%1 auf Standardwert zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Configs of %1 applied: %2.</source>
        <translation>Konfiguration von %1 übernommen: %2.</translation>
    </message>
    <message>
        <source>&amp;Move replicas…</source>
        <translation>Replikate &amp;verschieben…</translation>
    </message>
    <message>
        <source>Move the selected topic&apos;s replicas to other brokers, or spread them evenly</source>
        <translation>Die Replikate des ausgewählten Topics auf andere Broker verschieben oder gleichmäßig verteilen</translation>
    </message>
    <message>
        <source>This client cannot move replicas of this cluster&apos;s partitions.</source>
        <translation>Dieser Client kann keine Replikate der Partitionen dieses Clusters verschieben.</translation>
    </message>
    <message>
        <source>View the configs of the selected topic; the connection is read-only, so they cannot be changed</source>
        <translation>Die Konfigurationen des ausgewählten Topics anzeigen; die Verbindung ist schreibgeschützt, daher können sie nicht geändert werden</translation>
    </message>
    <message>
        <source>E&amp;lect leaders…</source>
        <translation>&amp;Leader wählen…</translation>
    </message>
    <message>
        <source>Give the selected topic&apos;s partitions back to their preferred leaders, or elect a leader where the in-sync replicas are all gone</source>
        <translation>Die Partitionen des ausgewählten Topics an ihre bevorzugten Leader zurückgeben oder einen Leader wählen, wo alle In-Sync-Replikate weg sind</translation>
    </message>
</context>
<context>
    <name>es::TopicConfigsDialog</name>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Configs of %1</source>
        <translation>Konfiguration von %1</translation>
    </message>
    <message>
        <source>Apply an&amp;yway</source>
        <translation>&amp;Trotzdem übernehmen</translation>
    </message>
    <message>
        <source>min.insync.replicas %1 is more than the topic&apos;s %2 replicas: every send with acks=all (the default of most producers) will wait for its timeout and then fail with NOT_ENOUGH_REPLICAS. Producers with acks=0 or 1 are not affected.</source>
        <translation>min.insync.replicas %1 ist größer als die %2 Replikate des Topics: Jedes Senden mit acks=all (Standard der meisten Producer) wartet bis zu seinem Timeout und schlägt dann mit NOT_ENOUGH_REPLICAS fehl. Producer mit acks=0 oder 1 sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Configs of %1 (read-only)</source>
        <translation>Konfigurationen von %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>es::TopicDetail</name>
    <message>
        <source>All topics</source>
        <translation>Alle Topics</translation>
    </message>
    <message>
        <source>Back to the list of topics (Alt+Left)</source>
        <translation>Zurück zur Liste der Topics (Alt+Links)</translation>
    </message>
    <message>
        <source>Each bar is a partition&apos;s log from its log start to its log end offset. Filled: readable, below the high watermark. Light: written to the leader, not yet to every in-sync replica. Orange: a consumer group&apos;s committed offset. Hover for details.</source>
        <translation>Jeder Balken ist das Log einer Partition vom Log-Start- bis zum Log-End-Offset. Gefüllt: lesbar, unterhalb der High Watermark. Hell: auf den Leader geschrieben, aber noch nicht auf jedes In-Sync-Replikat. Orange: der committete Offset einer Consumer Group. Für Details mit der Maus darüberfahren.</translation>
    </message>
    <message>
        <source>This topic does not exist (any more).</source>
        <translation>Dieses Topic existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>partitions: %1 · replication factor: %2 · records: %3 · size: %4</source>
        <translation>Partitionen: %1 · Replikationsfaktor: %2 · Datensätze: %3 · Größe: %4</translation>
    </message>
    <message>
        <source> · under-replicated: %1</source>
        <translation> · unterrepliziert: %1</translation>
    </message>
    <message>
        <source> · offline: %1</source>
        <translation> · offline: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Configs: the cluster&apos;s defaults</source>
        <translation>Konfiguration: Standardwerte des Clusters</translation>
    </message>
    <message>
        <source>Configs set on this topic: %1</source>
        <translation>Für dieses Topic gesetzte Konfiguration: %1</translation>
    </message>
</context>
<context>
    <name>es::TopicFormat</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>es::TopicsModel</name>
    <message>
        <source>Offline partitions (no live leader): %1</source>
        <translation>Offline-Partitionen (ohne laufenden Leader): %1</translation>
    </message>
    <message>
        <source>%1 (%2 offline)</source>
        <translation>%1 (%2 offline)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>In (records)</source>
        <translation>Ein (Datensätze)</translation>
    </message>
    <message>
        <source>In (bytes)</source>
        <translation>Ein (Bytes)</translation>
    </message>
    <message>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <source>Records between the log start offset and the high watermark, over all partitions.</source>
        <translation>Datensätze zwischen Log-Start-Offset und High Watermark, über alle Partitionen.</translation>
    </message>
    <message>
        <source>Bytes on disk of the leaders&apos; logs, over all partitions.</source>
        <translation>Bytes auf der Festplatte in den Logs der Leader, über alle Partitionen.</translation>
    </message>
    <message>
        <source>Records appended per second, over all partitions.</source>
        <translation>Pro Sekunde angehängte Datensätze, über alle Partitionen.</translation>
    </message>
    <message>
        <source>Bytes appended per second, over all partitions.</source>
        <translation>Pro Sekunde angehängte Bytes, über alle Partitionen.</translation>
    </message>
    <message>
        <source>Out (records)</source>
        <translation>Aus (Datensätze)</translation>
    </message>
    <message>
        <source>Out (bytes)</source>
        <translation>Aus (Bytes)</translation>
    </message>
    <message>
        <source>Records per second that consumers fetch from the leaders, over all partitions.</source>
        <translation>Datensätze pro Sekunde, die Consumer von den Leadern abrufen, über alle Partitionen.</translation>
    </message>
    <message>
        <source>Bytes per second that consumers fetch from the leaders, over all partitions.</source>
        <translation>Bytes pro Sekunde, die Consumer von den Leadern abrufen, über alle Partitionen.</translation>
    </message>
</context>
<context>
    <name>es::TopicsView</name>
    <message>
        <source>Filter topics by name (Ctrl+F)</source>
        <translation>Topics nach Name filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Show &amp;internal topics</source>
        <translation>&amp;Interne Topics anzeigen</translation>
    </message>
    <message>
        <source>Also list the cluster&apos;s own topics, such as __consumer_offsets where groups commit their offsets.</source>
        <translation>Auch die clustereigenen Topics auflisten, etwa __consumer_offsets, in dem Gruppen ihre Offsets committen.</translation>
    </message>
    <message>
        <source>&amp;Browse messages</source>
        <translation>Nachrichten &amp;anzeigen</translation>
    </message>
    <message>
        <source>Open the topic&apos;s records in the Messages view (Ctrl+B).</source>
        <translation>Die Datensätze des Topics in der Ansicht „Nachrichten“ öffnen (Strg+B).</translation>
    </message>
    <message>
        <source>&amp;Produce to topic</source>
        <translation>In Topic p&amp;roduzieren</translation>
    </message>
    <message>
        <source>Publish test records to the topic in the Produce view.</source>
        <translation>Testdatensätze in der Ansicht „Produzieren“ an das Topic senden.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a topic&apos;s partitions; right-click for what you can do with it.</source>
        <translation>Doppelklicken oder Enter drücken, um die Partitionen eines Topics zu sehen; Rechtsklick für alles, was Sie damit tun können.</translation>
    </message>
    <message>
        <source>Copy &amp;name(s)</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Copy the names of the selected topics, one a line.</source>
        <translation>Die Namen der ausgewählten Topics kopieren, einen pro Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n topic name(s).</source>
        <translation>
            <numerusform>%n Topic-Name kopiert.</numerusform>
            <numerusform>%n Topic-Namen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse this partition</source>
        <translation>Diese Partition &amp;anzeigen</translation>
    </message>
    <message>
        <source>Open partition %1 in the Messages view from its log start (offset %2).</source>
        <translation>Partition %1 in der Ansicht „Nachrichten“ ab ihrem Log-Start (Offset %2) öffnen.</translation>
    </message>
    <message>
        <source>&amp;Produce to this partition</source>
        <translation>In diese Partition &amp;produzieren</translation>
    </message>
    <message>
        <source>Publish test records to partition %1 in the Produce view.</source>
        <translation>Testdatensätze in der Ansicht „Produzieren“ an Partition %1 senden.</translation>
    </message>
    <message>
        <source>Go to &amp;leader, broker %1</source>
        <translation>Gehe zu &amp;Leader, Broker %1</translation>
    </message>
    <message>
        <source>Go to &amp;leader</source>
        <translation>Gehe zu &amp;Leader</translation>
    </message>
    <message>
        <source>The partition has no leader now: it is offline.</source>
        <translation>Die Partition hat derzeit keinen Leader: Sie ist offline.</translation>
    </message>
    <message numerus="yes">
        <source>E&amp;lect leaders of the selected partition(s)…</source>
        <translation>
            <numerusform>&amp;Leader der ausgewählten Partition wählen…</numerusform>
            <numerusform>&amp;Leader der ausgewählten Partitionen wählen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Elect the leaders of these partitions: preferred or unclean.</source>
        <translation>Die Leader dieser Partitionen wählen: bevorzugt oder unsauber.</translation>
    </message>
</context>
<context>
    <name>es::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Add a SCRAM user</source>
        <translation>SCRAM-Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation>Passwort von %1 ändern</translation>
    </message>
    <message>
        <source>SCRAM-SHA-256 and SCRAM-SHA-512</source>
        <translation>SCRAM-SHA-256 und SCRAM-SHA-512</translation>
    </message>
    <message>
        <source>The mechanisms the user may log in with; a client names one in sasl.mechanism.</source>
        <translation>Die Mechanismen, mit denen sich der Benutzer anmelden darf; ein Client nennt einen davon in sasl.mechanism.</translation>
    </message>
    <message>
        <source>How often the password is hashed: more is slower to guess and to log in (Kafka accepts %1 to %2).</source>
        <translation>Wie oft das Passwort gehasht wird: Mehr Durchläufe machen das Erraten und das Anmelden langsamer (Kafka akzeptiert %1 bis %2).</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mechanismus:</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterationen:</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Geben Sie den Namen des Benutzers ein.</translation>
    </message>
    <message>
        <source>There is a user %1 already: select it and change its password.</source>
        <translation>Es gibt bereits einen Benutzer %1: Wählen Sie ihn aus und ändern Sie sein Passwort.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>es::UsersPanel</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mechanismen</translation>
    </message>
    <message>
        <source>SCRAM users</source>
        <translation>SCRAM-Benutzer</translation>
    </message>
    <message>
        <source>Add a user who logs in with SCRAM</source>
        <translation>Einen Benutzer hinzufügen, der sich mit SCRAM anmeldet</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Ein neues Passwort für den ausgewählten Benutzer setzen</translation>
    </message>
    <message>
        <source>Remove the selected user: clients logging in as it are refused</source>
        <translation>Den ausgewählten Benutzer entfernen: Clients, die sich als dieser Benutzer anmelden, werden abgewiesen</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove the user %1? Clients that log in as %1 are refused from then on; its ACLs stay.</source>
        <translation>Den Benutzer %1 entfernen? Clients, die sich als %1 anmelden, werden ab dann abgewiesen; seine ACLs bleiben erhalten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>es::WelcomePanel</name>
    <message>
        <source>Welcome to Eventscope</source>
        <translation>Willkommen bei Eventscope</translation>
    </message>
    <message>
        <source>This cluster runs inside Eventscope on your machine, and it has no topics yet. Start the demo to create a few topics with simulated producers and consumer groups, one of them too slow, and watch records flow and lag grow.</source>
        <translation>Dieser Cluster läuft in Eventscope auf Ihrem Rechner und hat noch keine Topics. Starten Sie die Demo, um einige Topics mit simulierten Producern und Consumer Groups anzulegen, von denen eine zu langsam ist, und sehen Sie zu, wie Datensätze fließen und der Lag wächst.</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <source>Creates the topics orders, payments and clicks, and starts simulated producers and consumer groups.</source>
        <translation>Legt die Topics orders, payments und clicks an und startet simulierte Producer und Consumer Groups.</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Die Demo konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Hides this banner. The demo stays one click away: Consumer groups, Simulated clients tab, Start demo.</source>
        <translation>Blendet dieses Banner aus. Die Demo bleibt einen Klick entfernt: Consumer Groups, Reiter „Simulierte Clients“, „Demo starten“.</translation>
    </message>
</context>
</TS>
