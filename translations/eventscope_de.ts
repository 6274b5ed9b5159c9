<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>es::AddPartitionsDialog</name>
    <message>
        <location filename="../ui/topics/add_partitions_dialog.cpp" line="+11"/>
        <source>Add partitions</source>
        <translation>Partitionen hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add partitions to %1</source>
        <translation>Partitionen zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partitions of %1 now: %2. Records with a key go to the partition their key hashes to, so after adding partitions some keys land on a different partition than before.</source>
        <translation>Partitionen von %1 derzeit: %2. Datensätze mit Schlüssel landen in der Partition, auf die ihr Schlüssel-Hash zeigt; nach dem Hinzufügen von Partitionen landen manche Schlüssel daher in einer anderen Partition als zuvor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New total:</source>
        <translation>&amp;Neue Gesamtzahl:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A topic&apos;s partitions can only grow: enter more than %1.</source>
        <translation>Die Partitionen eines Topics können nur mehr werden: Geben Sie mehr als %1 ein.</translation>
    </message>
</context>
<context>
    <name>BrokerActions</name>
    <message>
        <location filename="../ui/cluster/broker_actions.cpp" line="+34"/>
        <source>Broker %1 stopped after handing over its leadership.</source>
        <translation>Broker %1 wurde gestoppt, nachdem er seine Leader-Rollen abgegeben hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not stop broker %1: %2</source>
        <translation>Broker %1 konnte nicht gestoppt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Broker %1 crashed and lost what it had not flushed.</source>
        <translation>Broker %1 ist abgestürzt und hat verloren, was er noch nicht auf die Festplatte geschrieben hatte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker %1 crashed.</source>
        <translation>Broker %1 ist abgestürzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not crash broker %1: %2</source>
        <translation>Broker %1 konnte nicht zum Absturz gebracht werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Broker %1 paused; the controller fences it when its session expires.</source>
        <translation>Broker %1 pausiert; der Controller schottet ihn ab, sobald seine Session abläuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not pause broker %1: %2</source>
        <translation>Broker %1 konnte nicht pausiert werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Broker %1 resumed.</source>
        <translation>Broker %1 fortgesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not resume broker %1: %2</source>
        <translation>Broker %1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Broker %1 started.</source>
        <translation>Broker %1 gestartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restart broker %1: %2</source>
        <translation>Broker %1 konnte nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Broker %1 added.</source>
        <translation>Broker %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not add a broker: %1</source>
        <translation>Es konnte kein Broker hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The link between %1 and %2 is healed.</source>
        <translation>Die Verbindung zwischen %1 und %2 ist wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link between %1 and %2 is cut.</source>
        <translation>Die Verbindung zwischen %1 und %2 ist getrennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link between %1 and %2 now delays messages by %3 ms and drops %4% of them.</source>
        <translation>Die Verbindung zwischen %1 und %2 verzögert Nachrichten jetzt um %3 ms und verwirft %4% davon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link between %1 and %2 now delays messages by %3 ms.</source>
        <translation>Die Verbindung zwischen %1 und %2 verzögert Nachrichten jetzt um %3 ms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link between %1 and %2 now drops %4% of messages.</source>
        <translation>Die Verbindung zwischen %1 und %2 verwirft jetzt %4% der Nachrichten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Every link is healed.</source>
        <translation>Alle Verbindungen sind wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the controller</source>
        <translation>dem Controller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the clients</source>
        <translation>den Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
</context>
<context>
    <name>es::BrokerTableModel</name>
    <message>
        <location filename="../ui/cluster/broker_table_model.cpp" line="+72"/>
        <source>This broker&apos;s id; the controller runs beside it.</source>
        <translation>Die ID dieses Brokers; der Controller läuft neben ihm.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Leader von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records in/s</source>
        <translation>Datensätze ein/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records out/s</source>
        <translation>Datensätze aus/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes in/s</source>
        <translation>Bytes ein/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out/s</source>
        <translation>Bytes aus/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The broker&apos;s id (broker.id).</source>
        <translation>Die ID des Brokers (broker.id).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Kafka clients reach this broker.</source>
        <translation>Wo Kafka-Clients diesen Broker erreichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, paused, stopped, crashed, or fenced by the controller.</source>
        <translation>Läuft, pausiert, gestoppt, abgestürzt oder vom Controller abgeschottet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions whose leader is on this broker: it serves their reads and writes.</source>
        <translation>Partitionen, deren Leader auf diesem Broker liegt: Er bedient ihre Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition replicas stored on this broker, leaders and followers.</source>
        <translation>Auf diesem Broker gespeicherte Partitionsreplikate, Leader und Follower.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions it leads with fewer in-sync replicas than replicas: a copy is missing or behind.</source>
        <translation>Partitionen, deren Leader er ist und die weniger In-Sync-Replikate als Replikate haben: Eine Kopie fehlt oder hinkt hinterher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records produced to this broker per second.</source>
        <translation>Pro Sekunde an diesen Broker produzierte Datensätze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records fetched from this broker per second, by consumers and followers.</source>
        <translation>Pro Sekunde von Consumern und Followern bei diesem Broker abgerufene Datensätze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes produced to this broker per second.</source>
        <translation>Pro Sekunde an diesen Broker produzierte Bytes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes fetched from this broker per second.</source>
        <translation>Pro Sekunde bei diesem Broker abgerufene Bytes.</translation>
    </message>
</context>
<context>
    <name>BrokerText</name>
    <message>
        <location filename="../ui/cluster/broker_text.cpp" line="+8"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fenced</source>
        <translation>abgeschottet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered with the controller and serving its partitions.</source>
        <translation>Beim Controller registriert und bedient seine Partitionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its thread is frozen: it answers nothing, and the controller fences it when its session expires.</source>
        <translation>Sein Thread ist eingefroren: Er antwortet nicht mehr, und der Controller schottet ihn ab, sobald seine Session abläuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The controller stopped trusting it after missed heartbeats; its partitions are led elsewhere.</source>
        <translation>Der Controller vertraut ihm nach verpassten Heartbeats nicht mehr; seine Partitionen haben anderswo ihren Leader.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut down cleanly after handing over its leadership.</source>
        <translation>Sauber heruntergefahren, nachdem er seine Leader-Rollen abgegeben hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed abruptly; it recovers its logs when restarted.</source>
        <translation>Abrupt beendet; beim Neustart stellt er seine Logs wieder her.</translation>
    </message>
</context>
<context>
    <name>es::ClusterDiagram</name>
    <message>
        <location filename="../ui/cluster/cluster_diagram.cpp" line="+25"/>
        <source>leader: serves every read and write of the partition</source>
        <translation>Leader: bedient alle Lese- und Schreibzugriffe der Partition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in-sync follower: a copy caught up with the leader, member of the ISR</source>
        <translation>In-Sync-Follower: eine mit dem Leader synchrone Kopie, Mitglied des ISR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out-of-sync follower: behind the leader, so not in the ISR (in-sync replicas)</source>
        <translation>Nicht synchroner Follower: hinkt dem Leader hinterher und ist daher nicht im ISR (In-Sync-Replikate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline: its broker is down</source>
        <translation>offline: sein Broker ist ausgefallen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster diagram</source>
        <translation>Cluster-Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brokers, the controller and the replicas of every partition. Left and right arrows choose a broker.</source>
        <translation>Broker, der Controller und die Replikate jeder Partition. Mit den Pfeiltasten links und rechts wählen Sie einen Broker.</translation>
    </message>
    <message numerus="yes">
        <location line="+221"/>
        <source>Broker %1: %2. %3 Leads %n partition(s).</source>
        <translation>
            <numerusform>Broker %1: %2. %3 Leader von %n Partition.</numerusform>
            <numerusform>Broker %1: %2. %3 Leader von %n Partitionen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Topic %1: %n partition(s), replication factor %2. Double-click to open it.</source>
        <translation>
            <numerusform>Topic %1: %n Partition, Replikationsfaktor %2. Zum Öffnen doppelklicken.</numerusform>
            <numerusform>Topic %1: %n Partitionen, Replikationsfaktor %2. Zum Öffnen doppelklicken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on broker %2: %3</source>
        <translation>%1 auf Broker %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is offline: no replica can lead it, so it can be neither read nor written.</source>
        <translation>%1 ist offline: Kein Replikat kann Leader werden, daher lässt sich die Partition weder lesen noch schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is under-replicated: fewer replicas are in sync than it has.</source>
        <translation>%1 ist unterrepliziert: Weniger Replikate sind synchron, als es gibt.</translation>
    </message>
    <message>
        <location filename="../ui/cluster/cluster_diagram_paint.cpp" line="+24"/>
        <location line="+233"/>
        <source>cut</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% loss</source>
        <translation>%1% Verlust</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>metadata, elections</source>
        <translation>Metadaten, Wahlen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>leads %1</source>
        <translation>Leader von %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-sync follower</source>
        <translation>In-Sync-Follower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of sync</source>
        <translation>nicht synchron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker down</source>
        <translation>Broker ausgefallen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lossy</source>
        <translation>verlustbehaftet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No topics yet. Create one in the Topics view, or let a client produce to a new topic: the brokers create it on first use.</source>
        <translation>Noch keine Topics. Erstellen Sie eines in der Ansicht „Topics“ oder lassen Sie einen Client in ein neues Topic produzieren: Die Broker legen es bei der ersten Verwendung an.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1  · %n partition(s), replication factor %2</source>
        <translation>
            <numerusform>%1  · %n Partition, Replikationsfaktor %2</numerusform>
            <numerusform>%1  · %n Partitionen, Replikationsfaktor %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (under-replicated)</source>
        <translation> (unterrepliziert)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>L</source>
        <comment>leader replica</comment>
        <translation>L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F</source>
        <comment>in-sync follower replica</comment>
        <translation>F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F!</source>
        <comment>out-of-sync follower replica</comment>
        <translation>F!</translation>
    </message>
</context>
<context>
    <name>ClusterHealth</name>
    <message>
        <location filename="../ui/cluster/cluster_health.cpp" line="+30"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2/%3 brokers, %4 offline, %5 under-replicated</source>
        <translation>%1: %2/%3 Broker, %4 offline, %5 unterrepliziert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Brokers: running out of all. Offline: partitions with no leader, which nobody can read or write. Under-replicated: partitions with fewer in-sync replicas than replicas.</source>
        <translation>Broker: laufende von allen. Offline: Partitionen ohne Leader, die niemand lesen oder schreiben kann. Unterrepliziert: Partitionen mit weniger In-Sync-Replikaten als Replikaten.</translation>
    </message>
</context>
<context>
    <name>es::ClusterView</name>
    <message>
        <location filename="../ui/cluster/cluster_view.cpp" line="+32"/>
        <source>Show &amp;internal topics</source>
        <translation>&amp;Interne Topics anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also draw the cluster&apos;s own topics, such as __consumer_offsets, where consumer groups keep their committed offsets.</source>
        <translation>Auch die clustereigenen Topics zeichnen, etwa __consumer_offsets, in dem Consumer Groups ihre committeten Offsets ablegen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+120"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the broker cleanly: it hands its leadership to other replicas first.</source>
        <translation>Den Broker sauber stoppen: Er gibt seine Leader-Rollen zuerst an andere Replikate ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Crash…</source>
        <translation>&amp;Abstürzen lassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the broker abruptly, optionally losing what it has not flushed to disk.</source>
        <translation>Den Broker abrupt beenden und dabei wahlweise verlieren, was er noch nicht auf die Festplatte geschrieben hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+109"/>
        <source>Freeze the broker&apos;s thread: it answers nothing until resumed.</source>
        <translation>Den Thread des Brokers einfrieren: Er antwortet nicht mehr, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+109"/>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Stop the broker cleanly if it runs, then start it again.</source>
        <translation>Den Broker sauber stoppen, falls er läuft, und dann wieder starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add broker</source>
        <translation>Broker &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one more broker (at most 9). New topics place replicas on it.</source>
        <translation>Einen weiteren Broker starten (höchstens 9). Neue Topics legen Replikate auf ihm ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Links…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add latency, make lossy, cut or heal the link between two nodes.</source>
        <translation>Die Verbindung zwischen zwei Knoten verzögern, verlustbehaftet machen, trennen oder wiederherstellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the broker&apos;s thread run again.</source>
        <translation>Den Thread des Brokers wieder laufen lassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/command_line.cpp" line="+29"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log level: trace, debug, info, warn, error or off (default: info).</source>
        <translation>Protokollstufe: trace, debug, info, warn, error oder off (Standard: info).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the cluster without a window.</source>
        <translation>Den Cluster ohne Fenster betreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of brokers, 1 to %1 (default: %2).</source>
        <translation>Anzahl der Broker, 1 bis %1 (Standard: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port of broker 1; broker i listens on P + i - 1 (default: %1).</source>
        <translation>Port von Broker 1; Broker i lauscht auf P + i - 1 (Standard: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory that holds the cluster&apos;s data (default: %1).</source>
        <translation>Verzeichnis mit den Daten des Clusters (Standard: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address the brokers listen on (default: 127.0.0.1).</source>
        <translation>IP-Adresse, auf der die Broker lauschen (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eventscope runs a local Kafka-compatible cluster and shows what happens inside it.</source>
        <translation>Eventscope betreibt einen lokalen Kafka-kompatiblen Cluster und zeigt, was in ihm geschieht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown log level &apos;%1&apos;; use one of: %2.</source>
        <translation>Unbekannte Protokollstufe „%1“; erlaubt sind: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--brokers takes a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--brokers erwartet eine Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port takes a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--port erwartet eine Portnummer von 1 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--port %1 leaves no room for %2 brokers: they would need ports %1 to %3.</source>
        <translation>--port %1 lässt keinen Platz für %2 Broker: Sie bräuchten die Ports %1 bis %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir erwartet ein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No default data directory is known here; choose one with --data-dir.</source>
        <translation>Hier ist kein Standard-Datenverzeichnis bekannt; wählen Sie eines mit --data-dir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--bind takes an IPv4 or IPv6 address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>--bind erwartet eine IPv4- oder IPv6-Adresse wie 127.0.0.1, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>See --help.</source>
        <translation>Siehe --help.</translation>
    </message>
</context>
<context>
    <name>es::CrashDialog</name>
    <message>
        <location filename="../ui/cluster/crash_dialog.cpp" line="+14"/>
        <source>Crash broker %1</source>
        <translation>Broker %1 abstürzen lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broker %1 will stop at once, without handing over its leadership. The controller notices when its session times out and elects new leaders for its partitions.</source>
        <translation>Broker %1 hält sofort an, ohne seine Leader-Rollen abzugeben. Der Controller bemerkt es, wenn seine Session abläuft, und wählt neue Leader für seine Partitionen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lose data not yet flushed to disk, as after a power cut</source>
        <translation>Noch nicht auf die Festplatte geschriebene Daten &amp;verlieren, wie nach einem Stromausfall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records acknowledged by the leader but not yet written to disk are gone when it comes back; in-sync followers still hold them.</source>
        <translation>Vom Leader bestätigte, aber noch nicht auf die Festplatte geschriebene Datensätze sind nach seiner Rückkehr weg; In-Sync-Follower haben sie noch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Crash</source>
        <translation>Ab&amp;stürzen lassen</translation>
    </message>
</context>
<context>
    <name>CreateTopicCheck</name>
    <message>
        <location filename="../ui/topics/create_topic_check.cpp" line="+18"/>
        <source>Enter a name for the topic.</source>
        <translation>Geben Sie einen Namen für das Topic ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Ein Topic darf nicht „.“ oder „..“ heißen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A topic name can have at most 249 characters; this one has %1.</source>
        <translation>Ein Topic-Name darf höchstens 249 Zeichen haben; dieser hat %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A topic name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not &apos;%1&apos;.</source>
        <translation>Ein Topic-Name darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A topic name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not spaces or invisible characters.</source>
        <translation>Ein Topic-Name darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten, keine Leerzeichen oder unsichtbaren Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A topic named &quot;%1&quot; already exists.</source>
        <translation>Ein Topic namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; differs from the existing topic &quot;%2&quot; only in &apos;.&apos; and &apos;_&apos;, which Kafka treats as the same in metric names.</source>
        <translation>„%1“ unterscheidet sich vom bestehenden Topic „%2“ nur in „.“ und „_“, die Kafka in Metriknamen gleich behandelt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A topic needs at least one partition.</source>
        <translation>Ein Topic braucht mindestens eine Partition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replication factor must be at least 1.</source>
        <translation>Der Replikationsfaktor muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A replication factor of %1 needs at least %1 live brokers; the cluster has %2.</source>
        <translation>Ein Replikationsfaktor von %1 erfordert mindestens %1 laufende Broker; der Cluster hat %2.</translation>
    </message>
</context>
<context>
    <name>es::CreateTopicDialog</name>
    <message>
        <location filename="../ui/topics/create_topic_dialog.cpp" line="+20"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create topic</source>
        <translation>Topic erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. orders</source>
        <translation>z. B. orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 249 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Bis zu 249 Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many independent, ordered logs the topic is split into; more partitions let more consumers of a group read in parallel.</source>
        <translation>In wie viele unabhängige, geordnete Logs das Topic aufgeteilt wird; mit mehr Partitionen können mehr Consumer einer Gruppe parallel lesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partitions:</source>
        <translation>&amp;Partitionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replication factor:</source>
        <translation>&amp;Replikationsfaktor:</translation>
    </message>
</context>
<context>
    <name>es::EventTableModel</name>
    <message>
        <location filename="../ui/events/event_table_model.cpp" line="+96"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, by this computer&apos;s clock.</source>
        <translation>Wann es geschah, nach der Uhr dieses Computers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What kind of change it was.</source>
        <translation>Welche Art von Änderung es war.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broker, topic, partition, group or link it is about.</source>
        <translation>Der Broker, das Topic, die Partition, die Gruppe oder die Verbindung, um die es geht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in one line.</source>
        <translation>Was geschah, in einer Zeile.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <location filename="../ui/events/event_text.cpp" line="+19"/>
        <source>broker started</source>
        <translation>Broker gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker stopped</source>
        <translation>Broker gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker crashed</source>
        <translation>Broker abgestürzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker paused</source>
        <translation>Broker pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker resumed</source>
        <translation>Broker fortgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker fenced</source>
        <translation>Broker abgeschottet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker unfenced</source>
        <translation>Broker-Abschottung aufgehoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker added</source>
        <translation>Broker hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link changed</source>
        <translation>Verbindung geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leader elected</source>
        <translation>Leader gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partition offline</source>
        <translation>Partition offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISR shrunk</source>
        <translation>ISR verkleinert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISR expanded</source>
        <translation>ISR erweitert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic created</source>
        <translation>Topic erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic deleted</source>
        <translation>Topic gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic config changed</source>
        <translation>Topic-Konfiguration geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partitions added</source>
        <translation>Partitionen hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group state changed</source>
        <translation>Gruppenzustand geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group rebalanced</source>
        <translation>Gruppe neu ausbalanciert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group offsets reset</source>
        <translation>Gruppen-Offsets zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compaction</source>
        <translation>Kompaktierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log recovered</source>
        <translation>Log wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records deleted</source>
        <translation>Datensätze gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A broker started and registered with the controller.</source>
        <translation>Ein Broker wurde gestartet und hat sich beim Controller registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A broker shut down cleanly after moving its leadership away.</source>
        <translation>Ein Broker wurde sauber heruntergefahren, nachdem er seine Leader-Rollen abgegeben hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A broker was killed without warning; its leaders move once the controller notices.</source>
        <translation>Ein Broker wurde ohne Vorwarnung beendet; seine Leader wechseln, sobald der Controller es bemerkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A broker&apos;s thread was frozen; it misses heartbeats until resumed.</source>
        <translation>Der Thread eines Brokers wurde eingefroren; er verpasst Heartbeats, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A paused broker runs again and catches up.</source>
        <translation>Ein pausierter Broker läuft wieder und holt auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The controller stopped trusting a broker that missed its heartbeats, and moved its leaders.</source>
        <translation>Der Controller vertraut einem Broker, der seine Heartbeats verpasst hat, nicht mehr und hat seine Leader verlegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The controller trusts the broker again: it may lead partitions.</source>
        <translation>Der Controller vertraut dem Broker wieder: Er darf Leader von Partitionen sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new broker joined the cluster.</source>
        <translation>Ein neuer Broker ist dem Cluster beigetreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network link between two nodes was slowed, made lossy, cut or healed.</source>
        <translation>Eine Netzwerkverbindung zwischen zwei Knoten wurde verzögert, verlustbehaftet gemacht, getrennt oder wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partition got a new leader, the replica that serves its reads and writes.</source>
        <translation>Eine Partition hat einen neuen Leader bekommen, das Replikat, das ihre Lese- und Schreibzugriffe bedient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No replica can lead the partition: it can be neither read nor written.</source>
        <translation>Kein Replikat kann Leader der Partition werden: Sie lässt sich weder lesen noch schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A replica fell behind and left the ISR, the in-sync replicas that may become leader.</source>
        <translation>Ein Replikat ist zurückgefallen und hat den ISR verlassen, die In-Sync-Replikate, die Leader werden dürfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A replica caught up with its leader and rejoined the ISR.</source>
        <translation>Ein Replikat hat zu seinem Leader aufgeholt und ist wieder im ISR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A topic was created.</source>
        <translation>Ein Topic wurde erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A topic and its data were deleted.</source>
        <translation>Ein Topic und seine Daten wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A topic&apos;s configuration was changed.</source>
        <translation>Die Konfiguration eines Topics wurde geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A topic got more partitions.</source>
        <translation>Ein Topic hat mehr Partitionen bekommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consumer group changed state (empty, rebalancing, stable, dead).</source>
        <translation>Eine Consumer Group hat ihren Zustand geändert (leer, Rebalancing, stabil, tot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consumer group finished rebalancing: its partitions are assigned.</source>
        <translation>Eine Consumer Group hat das Rebalancing abgeschlossen: Ihre Partitionen sind zugewiesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consumer group&apos;s committed offsets were moved.</source>
        <translation>Die committeten Offsets einer Consumer Group wurden verschoben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old segments were deleted because of the topic&apos;s retention settings.</source>
        <translation>Alte Segmente wurden aufgrund der Retention-Einstellungen des Topics gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log was compacted: only the latest record per key is kept.</source>
        <translation>Das Log wurde kompaktiert: Pro Schlüssel bleibt nur der neueste Datensatz erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A log was checked after an unclean shutdown and its torn tail cut off.</source>
        <translation>Ein Log wurde nach einem unsauberen Herunterfahren geprüft und sein beschädigtes Ende abgeschnitten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records before an offset were deleted on request.</source>
        <translation>Datensätze vor einem Offset wurden auf Anforderung gelöscht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all links</source>
        <translation>alle Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
</context>
<context>
    <name>es::EventsView</name>
    <message>
        <location filename="../ui/events/events_view.cpp" line="+30"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only events of this kind.</source>
        <translation>Nur Ereignisse dieser Art anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>broker 2, orders, billing…</source>
        <translation>Broker 2, orders, billing…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only events whose subject (a broker, topic, partition, group or link) contains this text.</source>
        <translation>Nur Ereignisse anzeigen, deren Bezug (Broker, Topic, Partition, Gruppe oder Verbindung) diesen Text enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betrifft:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cluster events</source>
        <translation>Cluster-Ereignisse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Press Enter or double-click to go to the broker or topic of an event.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um zum Broker oder Topic eines Ereignisses zu gelangen.</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::LinkDialog</name>
    <message>
        <location filename="../ui/cluster/link_dialog.cpp" line="+24"/>
        <source>Link faults</source>
        <translation>Verbindungsstörungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients: every Kafka client and in-process producer or consumer. Controller: the node that keeps the metadata and elects leaders.</source>
        <translation>Clients: alle Kafka-Clients sowie prozessinterne Producer und Consumer. Controller: der Knoten, der die Metadaten verwaltet und Leader wählt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;latency</source>
        <translation>&amp;Latenz hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every message on the link waits this long before it is delivered.</source>
        <translation>Jede Nachricht auf der Verbindung wartet so lange, bevor sie zugestellt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make l&amp;ossy</source>
        <translation>&amp;Verlustbehaftet machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This share of the messages on the link is dropped at random.</source>
        <translation>Dieser Anteil der Nachrichten auf der Verbindung wird zufällig verworfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ut</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing gets through, in either direction.</source>
        <translation>Nichts kommt durch, in keiner Richtung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Heal</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every fault from this link.</source>
        <translation>Alle Störungen von dieser Verbindung entfernen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heal &amp;all links</source>
        <translation>Alle Verbindungen wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>healthy</source>
        <translation>intakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cut</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latency %1 ms, loss %2%</source>
        <translation>Latenz %1 ms, Verlust %2%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose two different nodes.</source>
        <translation>Wählen Sie zwei verschiedene Knoten.</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+37"/>
        <source>Eventscope — %1 cluster</source>
        <translation>Eventscope — Cluster „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brokers, the controller, replicas and links; break and heal them.</source>
        <translation>Broker, der Controller, Replikate und Verbindungen; stören und wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topics and their partitions: create, delete, add partitions, edit configs.</source>
        <translation>Topics und ihre Partitionen: erstellen, löschen, Partitionen hinzufügen, Konfiguration bearbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster&apos;s timeline: broker changes, elections, ISR changes, topics, groups.</source>
        <translation>Die Zeitleiste des Clusters: Broker-Änderungen, Wahlen, ISR-Änderungen, Topics, Gruppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Throughput, latency and under-replicated partitions over time.</source>
        <translation>Durchsatz, Latenz und unterreplizierte Partitionen im Zeitverlauf.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eventscope will use this language the next time it starts.</source>
        <translation>Eventscope verwendet diese Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting the cluster…</source>
        <translation>Cluster wird gestartet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bootstrap: %1</source>
        <translation>Bootstrap: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bootstrap.servers for your Kafka clients: %1</source>
        <translation>bootstrap.servers für Ihre Kafka-Clients: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the bootstrap servers to the clipboard</source>
        <translation>Die Bootstrap-Server in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bootstrap servers copied to the clipboard.</source>
        <translation>Bootstrap-Server in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
</context>
<context>
    <name>es::MetricsChart</name>
    <message>
        <location filename="../ui/metrics/metrics_chart.cpp" line="+43"/>
        <source>records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No data in this range yet</source>
        <translation>Noch keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <location filename="../ui/metrics/metrics_charts.cpp" line="+109"/>
        <source>Records per second by broker</source>
        <translation>Datensätze pro Sekunde nach Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records produced to (in, solid) and fetched by consumers from (out, dashed) each broker.</source>
        <translation>An jeden Broker produzierte (ein, durchgezogen) und von Consumern abgerufene (aus, gestrichelt) Datensätze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes per second by broker</source>
        <translation>Bytes pro Sekunde nach Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes produced to (in, solid) and fetched by consumers from (out, dashed) each broker.</source>
        <translation>An jeden Broker produzierte (ein, durchgezogen) und von Consumern abgerufene (aus, gestrichelt) Bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records in per second by topic</source>
        <translation>Eingehende Datensätze pro Sekunde nach Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records appended to each topic, over all its partitions; the %1 busiest topics.</source>
        <translation>An jedes Topic angehängte Datensätze, über alle seine Partitionen; die %1 aktivsten Topics.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bytes in per second by topic</source>
        <translation>Eingehende Bytes pro Sekunde nach Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth of each topic&apos;s logs in bytes per second; the %1 busiest topics.</source>
        <translation>Wachstum der Logs jedes Topics in Bytes pro Sekunde; die %1 aktivsten Topics.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Produce request latency</source>
        <translation>Latenz der Produce-Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from a produce request&apos;s arrival to its answer, acknowledgements included: median (p50, solid) and 99th percentile (p99, dashed) per broker.</source>
        <translation>Zeit vom Eintreffen eines Produce-Requests bis zur Antwort, einschließlich Bestätigungen: Median (p50, durchgezogen) und 99. Perzentil (p99, gestrichelt) pro Broker.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under-replicated and offline partitions</source>
        <translation>Unterreplizierte und Offline-Partitionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions with fewer in-sync replicas than replicas, and partitions without a live leader.</source>
        <translation>Partitionen mit weniger In-Sync-Replikaten als Replikaten sowie Partitionen ohne laufenden Leader.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>broker %1 in</source>
        <translation>Broker %1 ein</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>broker %1 out</source>
        <translation>Broker %1 aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broker %1 p50</source>
        <translation>Broker %1 p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker %1 p99</source>
        <translation>Broker %1 p99</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>under-replicated</source>
        <translation>unterrepliziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>es::MetricsView</name>
    <message>
        <location filename="../ui/metrics/metrics_view.cpp" line="+43"/>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Range:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole range again and follow new data (0 on a chart)</source>
        <translation>Wieder den gesamten Zeitraum zeigen und neuen Daten folgen (0 in einem Diagramm)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Could not read the metrics history: %1</source>
        <translation>Der Metrikverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to pan and use the wheel to zoom; with the keyboard: arrows, + and −, 0 to reset.</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen; mit der Tastatur: Pfeiltasten, + und −, 0 zum Zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>es::PartitionLogsWidget</name>
    <message>
        <location filename="../ui/topics/partition_logs_widget.cpp" line="+119"/>
        <source>No partitions to draw.</source>
        <translation>Keine Partitionen zum Zeichnen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>offline: no leader</source>
        <translation>offline: kein Leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offsets not known yet</source>
        <translation>Offsets noch unbekannt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>start %1 · segments: %2</source>
        <translation>Start %1 · Segmente: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HW = LEO %1</source>
        <translation>HW = LEO %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HW %1 · LEO %2</source>
        <translation>HW %1 · LEO %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 has no leader, so no offsets to show.</source>
        <translation>%1 hat keinen Leader, daher gibt es keine Offsets anzuzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group &quot;%1&quot; committed %2, lag %3.</source>
        <translation>Gruppe „%1“ hat %2 committet, Lag %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: high watermark %2.</source>
        <translation>%1: High Watermark %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: log end offset %2.</source>
        <translation>%1: Log-End-Offset %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: log start offset %2.</source>
        <translation>%1: Log-Start-Offset %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: leader broker %2, segments: %3, readable records: %4.</source>
        <translation>%1: Leader-Broker %2, Segmente: %3, lesbare Datensätze: %4.</translation>
    </message>
</context>
<context>
    <name>es::PartitionsModel</name>
    <message>
        <location filename="../ui/topics/partitions_model.cpp" line="+76"/>
        <source>No leader: the partition is offline.</source>
        <translation>Kein Leader: Die Partition ist offline.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
Out of sync: broker %2.</source>
        <translation>%1
Nicht synchron: Broker %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log start</source>
        <translation>Log-Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High watermark</source>
        <translation>High Watermark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log end</source>
        <translation>Log-Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
</context>
<context>
    <name>es::TopicActions</name>
    <message>
        <location filename="../ui/topics/topic_actions.cpp" line="+27"/>
        <source>&amp;Create topic…</source>
        <translation>Topic &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a topic (Ctrl+N)</source>
        <translation>Ein Topic erstellen (Strg+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected topic and all its records (Delete)</source>
        <translation>Das ausgewählte Topic mit allen Datensätzen löschen (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;partitions…</source>
        <translation>&amp;Partitionen hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected topic more partitions</source>
        <translation>Dem ausgewählten Topic mehr Partitionen geben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;configs…</source>
        <translation>&amp;Konfiguration bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change retention, segment, cleanup and durability settings of the selected topic</source>
        <translation>Retention-, Segment-, Cleanup- und Haltbarkeitseinstellungen des ausgewählten Topics ändern</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Delete topic</source>
        <translation>Topic löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the topic &quot;%1&quot; with all its partitions (%2) and records (%3)? This cannot be undone.</source>
        <translation>Das Topic „%1“ mit allen Partitionen (%2) und Datensätzen (%3) löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>es::TopicConfigsDialog</name>
    <message>
        <location filename="../ui/topics/topic_configs_dialog.cpp" line="+41"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configs of %1</source>
        <translation>Konfiguration von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>es::TopicDetail</name>
    <message>
        <location filename="../ui/topics/topic_detail.cpp" line="+25"/>
        <source>All topics</source>
        <translation>Alle Topics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the list of topics (Alt+Left)</source>
        <translation>Zurück zur Liste der Topics (Alt+Links)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Each bar is a partition&apos;s log from its log start to its log end offset. Filled: readable, below the high watermark. Light: written to the leader, not yet to every in-sync replica. Orange: a consumer group&apos;s committed offset. Hover for details.</source>
        <translation>Jeder Balken ist das Log einer Partition vom Log-Start- bis zum Log-End-Offset. Gefüllt: lesbar, unterhalb der High Watermark. Hell: auf den Leader geschrieben, aber noch nicht auf jedes In-Sync-Replikat. Orange: der committete Offset einer Consumer Group. Für Details mit der Maus darüberfahren.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This topic does not exist (any more).</source>
        <translation>Dieses Topic existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partitions: %1 · replication factor: %2 · records: %3 · size: %4</source>
        <translation>Partitionen: %1 · Replikationsfaktor: %2 · Datensätze: %3 · Größe: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · under-replicated: %1</source>
        <translation> · unterrepliziert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · offline: %1</source>
        <translation> · offline: %1</translation>
    </message>
</context>
<context>
    <name>TopicTerms</name>
    <message>
        <location filename="../ui/topics/topic_terms.cpp" line="+7"/>
        <source>The broker that takes every write and read for this partition; the others copy from it.</source>
        <translation>Der Broker, der alle Schreib- und Lesezugriffe dieser Partition übernimmt; die anderen kopieren von ihm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The brokers that keep a copy of this partition, the preferred leader first.</source>
        <translation>Die Broker, die eine Kopie dieser Partition halten, der bevorzugte Leader zuerst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In-sync replicas: the copies that are caught up with the leader and may take over if it fails.</source>
        <translation>In-Sync-Replikate: die Kopien, die mit dem Leader synchron sind und bei seinem Ausfall übernehmen können.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log start offset: the oldest offset still stored; retention moves it forward.</source>
        <translation>Log-Start-Offset: der älteste noch gespeicherte Offset; die Retention schiebt ihn nach vorn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High watermark: the offset up to which every in-sync replica has the records, so consumers may read below it.</source>
        <translation>High Watermark: der Offset, bis zu dem jedes In-Sync-Replikat die Datensätze hat, sodass Consumer unterhalb davon lesen dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log end offset: the offset the leader will give the next record it appends.</source>
        <translation>Log-End-Offset: der Offset, den der Leader dem nächsten angehängten Datensatz gibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The files a partition&apos;s log is split into; retention deletes whole segments, oldest first.</source>
        <translation>Die Dateien, in die das Log einer Partition aufgeteilt ist; die Retention löscht ganze Segmente, die ältesten zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many brokers keep a copy of each partition.</source>
        <translation>Wie viele Broker eine Kopie jeder Partition halten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partitions with fewer in-sync replicas than replicas: a broker is down or falling behind.</source>
        <translation>Partitionen mit weniger In-Sync-Replikaten als Replikaten: Ein Broker ist ausgefallen oder hinkt hinterher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A consumer group&apos;s committed offset: the next record the group will read from this partition.</source>
        <translation>Der committete Offset einer Consumer Group: der nächste Datensatz, den die Gruppe aus dieser Partition liest.</translation>
    </message>
</context>
<context>
    <name>es::TopicsModel</name>
    <message>
        <location filename="../ui/topics/topics_model.cpp" line="+72"/>
        <source>Offline partitions (no live leader): %1</source>
        <translation>Offline-Partitionen (ohne laufenden Leader): %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 offline)</source>
        <translation>%1 (%2 offline)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In (records)</source>
        <translation>Ein (Datensätze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In (bytes)</source>
        <translation>Ein (Bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumed</source>
        <translation>Konsumiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records between the log start offset and the high watermark, over all partitions.</source>
        <translation>Datensätze zwischen Log-Start-Offset und High Watermark, über alle Partitionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes on disk of the leaders&apos; logs, over all partitions.</source>
        <translation>Bytes auf der Festplatte in den Logs der Leader, über alle Partitionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records appended per second, over all partitions.</source>
        <translation>Pro Sekunde angehängte Datensätze, über alle Partitionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes appended per second, over all partitions.</source>
        <translation>Pro Sekunde angehängte Bytes, über alle Partitionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records per second that consumer groups commit as read, over the last 15 seconds; consumers outside a group are not counted.</source>
        <translation>Datensätze pro Sekunde, die Consumer Groups als gelesen committen, über die letzten 15 Sekunden; Consumer außerhalb einer Gruppe werden nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>es::TopicsView</name>
    <message>
        <location filename="../ui/topics/topics_view.cpp" line="+36"/>
        <source>Filter topics by name (Ctrl+F)</source>
        <translation>Topics nach Name filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show &amp;internal topics</source>
        <translation>&amp;Interne Topics anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also list the cluster&apos;s own topics, such as __consumer_offsets where groups commit their offsets.</source>
        <translation>Auch die clustereigenen Topics auflisten, etwa __consumer_offsets, in dem Gruppen ihre Offsets committen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Double-click or press Enter to see a topic&apos;s partitions.</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um die Partitionen eines Topics zu sehen.</translation>
    </message>
</context>
<context>
    <name>es::AdminError</name>
    <message>
        <location filename="../ui/topics/admin_error_text.cpp" line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>es::TopicFormat</name>
    <message>
        <location filename="../ui/topics/topic_format.cpp" line="+19"/>
        <location line="+6"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
</TS>
