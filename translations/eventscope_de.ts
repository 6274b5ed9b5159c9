<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/command_line.cpp" line="29"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="30"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="32"/>
        <source>Log level: trace, debug, info, warn, error or off (default: info).</source>
        <translation>Protokollstufe: trace, debug, info, warn, error oder off (Standard: info).</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="32"/>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="34"/>
        <source>Run the cluster without a window.</source>
        <translation>Den Cluster ohne Fenster betreiben.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="37"/>
        <source>Number of brokers, 1 to %1 (default: %2).</source>
        <translation>Anzahl der Broker, 1 bis %1 (Standard: %2).</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="38"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="40"/>
        <source>Port of broker 1; broker i listens on P + i - 1 (default: %1).</source>
        <translation>Port von Broker 1; Broker i lauscht auf P + i - 1 (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="41"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="43"/>
        <source>Directory that holds the cluster&apos;s data (default: %1).</source>
        <translation>Verzeichnis mit den Daten des Clusters (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="45"/>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="46"/>
        <source>IP address the brokers listen on (default: 127.0.0.1).</source>
        <translation>IP-Adresse, auf der die Broker lauschen (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="47"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="50"/>
        <source>Eventscope runs a local Kafka-compatible cluster and shows what happens inside it.</source>
        <translation>Eventscope betreibt einen lokalen Kafka-kompatiblen Cluster und zeigt, was in ihm geschieht.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="64"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="71"/>
        <source>Unknown log level &apos;%1&apos;; use one of: %2.</source>
        <translation>Unbekannte Protokollstufe „%1“; erlaubt sind: %2.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="79"/>
        <source>--brokers takes a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--brokers erwartet eine Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="84"/>
        <source>--port takes a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--port erwartet eine Portnummer von 1 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="87"/>
        <source>--port %1 leaves no room for %2 brokers: they would need ports %1 to %3.</source>
        <translation>--port %1 lässt keinen Platz für %2 Broker: Sie bräuchten die Ports %1 bis %3.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="96"/>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir erwartet ein Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="97"/>
        <source>No default data directory is known here; choose one with --data-dir.</source>
        <translation>Hier ist kein Standard-Datenverzeichnis bekannt; wählen Sie eines mit --data-dir.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="103"/>
        <source>--bind takes an IPv4 or IPv6 address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>--bind erwartet eine IPv4- oder IPv6-Adresse wie 127.0.0.1, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="112"/>
        <source>See --help.</source>
        <translation>Siehe --help.</translation>
    </message>
</context>
<context>
    <name>es::AboutClusterPage</name>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="26"/>
        <source>About this cluster</source>
        <translation>Über diesen Cluster</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="34"/>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="35"/>
        <source>Brokers:</source>
        <translation>Broker:</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="36"/>
        <source>Base port:</source>
        <translation>Basisport:</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="37"/>
        <source>Bind address:</source>
        <translation>Bind-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="38"/>
        <source>Broker addresses:</source>
        <translation>Broker-Adressen:</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="41"/>
        <source>The embedded cluster engine is not part of this build yet. No broker is running, nothing listens on these ports and nothing is written to the data directory.</source>
        <translation>Die eingebettete Cluster-Engine ist noch nicht Teil dieses Builds. Kein Broker läuft, auf diesen Ports lauscht nichts, und in das Datenverzeichnis wird nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="23"/>
        <source>Eventscope — %1 cluster</source>
        <translation>Eventscope — Cluster „%1“</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="28"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="34"/>
        <source>About this cluster</source>
        <translation>Über diesen Cluster</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="59"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="60"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="68"/>
        <source>Not running: this build has no cluster engine.</source>
        <translation>Läuft nicht: Dieser Build enthält keine Cluster-Engine.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="73"/>
        <source>Bootstrap: %1</source>
        <translation>Bootstrap: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="80"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81"/>
        <source>Copy the bootstrap servers to the clipboard</source>
        <translation>Die Bootstrap-Server in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>Bootstrap servers copied to the clipboard.</source>
        <translation>Bootstrap-Server in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="97"/>
        <source>the embedded cluster is not available in this build yet, so there is nothing to run headless.</source>
        <translation>der eingebettete Cluster ist in diesem Build noch nicht verfügbar, daher gibt es ohne Fenster nichts auszuführen.</translation>
    </message>
</context>
</TS>
