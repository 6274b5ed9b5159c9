<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/command_line.cpp" line="29"/>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="30"/>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="32"/>
        <source>Log level: trace, debug, info, warn, error or off (default: info).</source>
        <translation>Nivel de registro: trace, debug, info, warn, error u off (predeterminado: info).</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="32"/>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="34"/>
        <source>Run the cluster without a window.</source>
        <translation>Ejecuta el clúster sin ventana.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="37"/>
        <source>Number of brokers, 1 to %1 (default: %2).</source>
        <translation>Número de brókeres, de 1 a %1 (predeterminado: %2).</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="38"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="40"/>
        <source>Port of broker 1; broker i listens on P + i - 1 (default: %1).</source>
        <translation>Puerto del bróker 1; el bróker i escucha en P + i - 1 (predeterminado: %1).</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="41"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="43"/>
        <source>Directory that holds the cluster&apos;s data (default: %1).</source>
        <translation>Directorio con los datos del clúster (predeterminado: %1).</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="45"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="46"/>
        <source>IP address the brokers listen on (default: 127.0.0.1).</source>
        <translation>Dirección IP en la que escuchan los brókeres (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="47"/>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="50"/>
        <source>Eventscope runs a local Kafka-compatible cluster and shows what happens inside it.</source>
        <translation>Eventscope ejecuta un clúster local compatible con Kafka y muestra lo que ocurre dentro de él.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="64"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="71"/>
        <source>Unknown log level &apos;%1&apos;; use one of: %2.</source>
        <translation>Nivel de registro desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="79"/>
        <source>--brokers takes a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--brokers admite un número de 1 a %1, no «%2».</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="84"/>
        <source>--port takes a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--port admite un número de puerto de 1 a 65535, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="87"/>
        <source>--port %1 leaves no room for %2 brokers: they would need ports %1 to %3.</source>
        <translation>--port %1 no deja sitio para %2 brókeres: necesitarían los puertos %1 a %3.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="96"/>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir necesita un directorio.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="97"/>
        <source>No default data directory is known here; choose one with --data-dir.</source>
        <translation>No se conoce aquí ningún directorio de datos predeterminado; elija uno con --data-dir.</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="103"/>
        <source>--bind takes an IPv4 or IPv6 address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>--bind admite una dirección IPv4 o IPv6 como 127.0.0.1, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="112"/>
        <source>See --help.</source>
        <translation>Consulte --help.</translation>
    </message>
</context>
<context>
    <name>es::AboutClusterPage</name>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="26"/>
        <source>About this cluster</source>
        <translation>Acerca de este clúster</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="34"/>
        <source>Data directory:</source>
        <translation>Directorio de datos:</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="35"/>
        <source>Brokers:</source>
        <translation>Brókeres:</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="36"/>
        <source>Base port:</source>
        <translation>Puerto base:</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="37"/>
        <source>Bind address:</source>
        <translation>Dirección de escucha:</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="38"/>
        <source>Broker addresses:</source>
        <translation>Direcciones de los brókeres:</translation>
    </message>
    <message>
        <location filename="../ui/about_cluster_page.cpp" line="41"/>
        <source>The embedded cluster engine is not part of this build yet. No broker is running, nothing listens on these ports and nothing is written to the data directory.</source>
        <translation>El motor de clúster integrado aún no forma parte de esta compilación. No hay ningún bróker en ejecución, nada escucha en estos puertos y no se escribe nada en el directorio de datos.</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="23"/>
        <source>Eventscope — %1 cluster</source>
        <translation>Eventscope — clúster %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="28"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="34"/>
        <source>About this cluster</source>
        <translation>Acerca de este clúster</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="59"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="60"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="68"/>
        <source>Not running: this build has no cluster engine.</source>
        <translation>Detenido: esta compilación no incluye el motor de clúster.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="73"/>
        <source>Bootstrap: %1</source>
        <translation>Bootstrap: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="80"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81"/>
        <source>Copy the bootstrap servers to the clipboard</source>
        <translation>Copiar los servidores bootstrap al portapapeles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>Bootstrap servers copied to the clipboard.</source>
        <translation>Servidores bootstrap copiados al portapapeles.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="97"/>
        <source>the embedded cluster is not available in this build yet, so there is nothing to run headless.</source>
        <translation>el clúster integrado aún no está disponible en esta compilación, así que no hay nada que ejecutar sin ventana.</translation>
    </message>
</context>
</TS>
