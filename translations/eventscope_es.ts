<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>es::AddPartitionsDialog</name>
    <message>
        <location filename="../ui/topics/add_partitions_dialog.cpp" line="+11"/>
        <source>Add partitions</source>
        <translation>Añadir particiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add partitions to %1</source>
        <translation>Añadir particiones a %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partitions of %1 now: %2. Records with a key go to the partition their key hashes to, so after adding partitions some keys land on a different partition than before.</source>
        <translation>Particiones de %1 ahora: %2. Los registros con clave van a la partición que indica el hash de su clave, así que, tras añadir particiones, algunas claves acaban en una partición distinta de la anterior.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New total:</source>
        <translation>&amp;Nuevo total:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A topic&apos;s partitions can only grow: enter more than %1.</source>
        <translation>Las particiones de un tema solo pueden aumentar: introduzca más de %1.</translation>
    </message>
</context>
<context>
    <name>BrokerActions</name>
    <message>
        <location filename="../ui/cluster/broker_actions.cpp" line="+34"/>
        <source>Broker %1 stopped after handing over its leadership.</source>
        <translation>El bróker %1 se detuvo tras ceder su liderazgo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not stop broker %1: %2</source>
        <translation>No se pudo detener el bróker %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Broker %1 crashed and lost what it had not flushed.</source>
        <translation>El bróker %1 se cayó y perdió lo que no había volcado a disco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker %1 crashed.</source>
        <translation>El bróker %1 se cayó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not crash broker %1: %2</source>
        <translation>No se pudo provocar la caída del bróker %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Broker %1 paused; the controller fences it when its session expires.</source>
        <translation>Bróker %1 en pausa; el controlador lo aísla cuando caduque su sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not pause broker %1: %2</source>
        <translation>No se pudo pausar el bróker %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Broker %1 resumed.</source>
        <translation>El bróker %1 se reanudó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not resume broker %1: %2</source>
        <translation>No se pudo reanudar el bróker %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Broker %1 started.</source>
        <translation>El bróker %1 se inició.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restart broker %1: %2</source>
        <translation>No se pudo reiniciar el bróker %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Broker %1 added.</source>
        <translation>Bróker %1 añadido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not add a broker: %1</source>
        <translation>No se pudo añadir un bróker: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The link between %1 and %2 is healed.</source>
        <translation>El enlace entre %1 y %2 está reparado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link between %1 and %2 is cut.</source>
        <translation>El enlace entre %1 y %2 está cortado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link between %1 and %2 now delays messages by %3 ms and drops %4% of them.</source>
        <translation>El enlace entre %1 y %2 ahora retrasa los mensajes %3 ms y descarta el %4% de ellos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link between %1 and %2 now delays messages by %3 ms.</source>
        <translation>El enlace entre %1 y %2 ahora retrasa los mensajes %3 ms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link between %1 and %2 now drops %4% of messages.</source>
        <translation>El enlace entre %1 y %2 ahora descarta el %4% de los mensajes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Every link is healed.</source>
        <translation>Todos los enlaces están reparados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the controller</source>
        <translation>el controlador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the clients</source>
        <translation>los clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker %1</source>
        <translation>el bróker %1</translation>
    </message>
</context>
<context>
    <name>es::BrokerTableModel</name>
    <message>
        <location filename="../ui/cluster/broker_table_model.cpp" line="+72"/>
        <source>This broker&apos;s id; the controller runs beside it.</source>
        <translation>El id de este bróker; el controlador se ejecuta junto a él.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Lidera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under-replicated</source>
        <translation>Infrarreplicadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records in/s</source>
        <translation>Registros entrada/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records out/s</source>
        <translation>Registros salida/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes in/s</source>
        <translation>Bytes entrada/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out/s</source>
        <translation>Bytes salida/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The broker&apos;s id (broker.id).</source>
        <translation>El id del bróker (broker.id).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Kafka clients reach this broker.</source>
        <translation>Dónde los clientes de Kafka contactan con este bróker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, paused, stopped, crashed, or fenced by the controller.</source>
        <translation>En ejecución, en pausa, detenido, caído o aislado por el controlador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions whose leader is on this broker: it serves their reads and writes.</source>
        <translation>Particiones cuyo líder está en este bróker: atiende sus lecturas y escrituras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition replicas stored on this broker, leaders and followers.</source>
        <translation>Réplicas de particiones almacenadas en este bróker, líderes y seguidores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions it leads with fewer in-sync replicas than replicas: a copy is missing or behind.</source>
        <translation>Particiones que lidera con menos réplicas sincronizadas que réplicas: falta una copia o va retrasada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records produced to this broker per second.</source>
        <translation>Registros producidos en este bróker por segundo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records fetched from this broker per second, by consumers and followers.</source>
        <translation>Registros leídos de este bróker por segundo, por consumidores y seguidores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes produced to this broker per second.</source>
        <translation>Bytes producidos en este bróker por segundo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes fetched from this broker per second.</source>
        <translation>Bytes leídos de este bróker por segundo.</translation>
    </message>
</context>
<context>
    <name>BrokerText</name>
    <message>
        <location filename="../ui/cluster/broker_text.cpp" line="+8"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fenced</source>
        <translation>aislado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crashed</source>
        <translation>caído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered with the controller and serving its partitions.</source>
        <translation>Registrado en el controlador y sirviendo sus particiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its thread is frozen: it answers nothing, and the controller fences it when its session expires.</source>
        <translation>Su hilo está congelado: no responde a nada y el controlador lo aísla cuando caduque su sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The controller stopped trusting it after missed heartbeats; its partitions are led elsewhere.</source>
        <translation>El controlador dejó de confiar en él tras perder latidos; sus particiones las lideran otros brókeres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut down cleanly after handing over its leadership.</source>
        <translation>Se apagó limpiamente tras ceder su liderazgo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed abruptly; it recovers its logs when restarted.</source>
        <translation>Terminado de golpe; recupera sus logs al reiniciarse.</translation>
    </message>
</context>
<context>
    <name>es::ClusterDiagram</name>
    <message>
        <location filename="../ui/cluster/cluster_diagram.cpp" line="+25"/>
        <source>leader: serves every read and write of the partition</source>
        <translation>líder: atiende todas las lecturas y escrituras de la partición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in-sync follower: a copy caught up with the leader, member of the ISR</source>
        <translation>seguidor sincronizado: una copia al día con el líder, miembro del ISR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out-of-sync follower: behind the leader, so not in the ISR (in-sync replicas)</source>
        <translation>seguidor no sincronizado: va por detrás del líder, así que no está en el ISR (réplicas sincronizadas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline: its broker is down</source>
        <translation>fuera de línea: su bróker está caído</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster diagram</source>
        <translation>Diagrama del clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brokers, the controller and the replicas of every partition. Left and right arrows choose a broker.</source>
        <translation>Brókeres, el controlador y las réplicas de cada partición. Las flechas izquierda y derecha eligen un bróker.</translation>
    </message>
    <message numerus="yes">
        <location line="+221"/>
        <source>Broker %1: %2. %3 Leads %n partition(s).</source>
        <translation>
            <numerusform>Bróker %1: %2. %3 Lidera %n partición.</numerusform>
            <numerusform>Bróker %1: %2. %3 Lidera %n particiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Topic %1: %n partition(s), replication factor %2. Double-click to open it.</source>
        <translation>
            <numerusform>Tema %1: %n partición, factor de replicación %2. Haga doble clic para abrirlo.</numerusform>
            <numerusform>Tema %1: %n particiones, factor de replicación %2. Haga doble clic para abrirlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on broker %2: %3</source>
        <translation>%1 en el bróker %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is offline: no replica can lead it, so it can be neither read nor written.</source>
        <translation>%1 está fuera de línea: ninguna réplica puede liderarla, así que no se puede leer ni escribir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is under-replicated: fewer replicas are in sync than it has.</source>
        <translation>%1 está infrarreplicada: tiene menos réplicas sincronizadas que réplicas.</translation>
    </message>
    <message>
        <location filename="../ui/cluster/cluster_diagram_paint.cpp" line="+24"/>
        <location line="+233"/>
        <source>cut</source>
        <translation>cortado</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% loss</source>
        <translation>%1% de pérdida</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>metadata, elections</source>
        <translation>metadatos, elecciones</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>leads %1</source>
        <translation>lidera %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-sync follower</source>
        <translation>seguidor sincronizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of sync</source>
        <translation>no sincronizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker down</source>
        <translation>bróker caído</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>latency</source>
        <translation>latencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lossy</source>
        <translation>con pérdidas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No topics yet. Create one in the Topics view, or let a client produce to a new topic: the brokers create it on first use.</source>
        <translation>Aún no hay temas. Cree uno en la vista Temas o deje que un cliente produzca en un tema nuevo: los brókeres lo crean en el primer uso.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1  · %n partition(s), replication factor %2</source>
        <translation>
            <numerusform>%1  · %n partición, factor de replicación %2</numerusform>
            <numerusform>%1  · %n particiones, factor de replicación %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (offline)</source>
        <translation> (fuera de línea)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (under-replicated)</source>
        <translation> (infrarreplicada)</translation>
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
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F!</source>
        <comment>out-of-sync follower replica</comment>
        <translation>S!</translation>
    </message>
</context>
<context>
    <name>ClusterHealth</name>
    <message>
        <location filename="../ui/cluster/cluster_health.cpp" line="+30"/>
        <source>healthy</source>
        <translation>sano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2/%3 brokers, %4 offline, %5 under-replicated</source>
        <translation>%1: %2/%3 brókeres, %4 fuera de línea, %5 infrarreplicadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Brokers: running out of all. Offline: partitions with no leader, which nobody can read or write. Under-replicated: partitions with fewer in-sync replicas than replicas.</source>
        <translation>Brókeres: los que están en ejecución sobre el total. Fuera de línea: particiones sin líder, que nadie puede leer ni escribir. Infrarreplicadas: particiones con menos réplicas sincronizadas que réplicas.</translation>
    </message>
</context>
<context>
    <name>es::ClusterView</name>
    <message>
        <location filename="../ui/cluster/cluster_view.cpp" line="+32"/>
        <source>Show &amp;internal topics</source>
        <translation>Mostrar temas &amp;internos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also draw the cluster&apos;s own topics, such as __consumer_offsets, where consumer groups keep their committed offsets.</source>
        <translation>Dibuja también los temas propios del clúster, como __consumer_offsets, donde los grupos de consumidores guardan sus offsets confirmados.</translation>
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
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the broker cleanly: it hands its leadership to other replicas first.</source>
        <translation>Detiene el bróker limpiamente: antes cede su liderazgo a otras réplicas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Crash…</source>
        <translation>Provocar &amp;fallo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the broker abruptly, optionally losing what it has not flushed to disk.</source>
        <translation>Termina el bróker de golpe, perdiendo opcionalmente lo que no ha volcado a disco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+109"/>
        <source>Freeze the broker&apos;s thread: it answers nothing until resumed.</source>
        <translation>Congela el hilo del bróker: no responde a nada hasta que se reanude.</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+109"/>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Stop the broker cleanly if it runs, then start it again.</source>
        <translation>Detiene el bróker limpiamente si está en ejecución y luego lo vuelve a iniciar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add broker</source>
        <translation>&amp;Añadir bróker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one more broker (at most 9). New topics place replicas on it.</source>
        <translation>Inicia un bróker más (9 como máximo); los temas nuevos colocan réplicas en él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Links…</source>
        <translation>&amp;Enlaces…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add latency, make lossy, cut or heal the link between two nodes.</source>
        <translation>Añade latencia o pérdidas, corta o repara el enlace entre dos nodos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brokers</source>
        <translation>Brókeres</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the broker&apos;s thread run again.</source>
        <translation>Deja que el hilo del bróker vuelva a ejecutarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tart</source>
        <translation>I&amp;niciar</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/command_line.cpp" line="+29"/>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log level: trace, debug, info, warn, error or off (default: info).</source>
        <translation>Nivel de registro: trace, debug, info, warn, error u off (predeterminado: info).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the cluster without a window.</source>
        <translation>Ejecuta el clúster sin ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of brokers, 1 to %1 (default: %2).</source>
        <translation>Número de brókeres, de 1 a %1 (predeterminado: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port of broker 1; broker i listens on P + i - 1 (default: %1).</source>
        <translation>Puerto del bróker 1; el bróker i escucha en P + i - 1 (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory that holds the cluster&apos;s data (default: %1).</source>
        <translation>Directorio con los datos del clúster (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address the brokers listen on (default: 127.0.0.1).</source>
        <translation>Dirección IP en la que escuchan los brókeres (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eventscope runs a local Kafka-compatible cluster and shows what happens inside it.</source>
        <translation>Eventscope ejecuta un clúster local compatible con Kafka y muestra lo que ocurre dentro de él.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown log level &apos;%1&apos;; use one of: %2.</source>
        <translation>Nivel de registro desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--brokers takes a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--brokers admite un número de 1 a %1, no «%2».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port takes a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--port admite un número de puerto de 1 a 65535, no «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--port %1 leaves no room for %2 brokers: they would need ports %1 to %3.</source>
        <translation>--port %1 no deja sitio para %2 brókeres: necesitarían los puertos %1 a %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir necesita un directorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No default data directory is known here; choose one with --data-dir.</source>
        <translation>No se conoce aquí ningún directorio de datos predeterminado; elija uno con --data-dir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--bind takes an IPv4 or IPv6 address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>--bind admite una dirección IPv4 o IPv6 como 127.0.0.1, no «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>See --help.</source>
        <translation>Consulte --help.</translation>
    </message>
</context>
<context>
    <name>es::CrashDialog</name>
    <message>
        <location filename="../ui/cluster/crash_dialog.cpp" line="+14"/>
        <source>Crash broker %1</source>
        <translation>Provocar fallo del bróker %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broker %1 will stop at once, without handing over its leadership. The controller notices when its session times out and elects new leaders for its partitions.</source>
        <translation>El bróker %1 se detendrá de inmediato, sin ceder su liderazgo. El controlador lo detecta cuando caduca su sesión y elige nuevos líderes para sus particiones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lose data not yet flushed to disk, as after a power cut</source>
        <translation>&amp;Perder los datos aún no volcados a disco, como tras un corte de luz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records acknowledged by the leader but not yet written to disk are gone when it comes back; in-sync followers still hold them.</source>
        <translation>Los registros confirmados por el líder pero aún no escritos en disco desaparecen cuando vuelve; los seguidores sincronizados todavía los conservan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Crash</source>
        <translation>Provocar &amp;fallo</translation>
    </message>
</context>
<context>
    <name>CreateTopicCheck</name>
    <message>
        <location filename="../ui/topics/create_topic_check.cpp" line="+18"/>
        <source>Enter a name for the topic.</source>
        <translation>Introduzca un nombre para el tema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Un tema no puede llamarse "." ni "..".</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A topic name can have at most 249 characters; this one has %1.</source>
        <translation>El nombre de un tema puede tener como máximo 249 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A topic name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not &apos;%1&apos;.</source>
        <translation>El nombre de un tema solo puede contener letras, dígitos, '.', '_' y '-', no '%1'.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A topic name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not spaces or invisible characters.</source>
        <translation>El nombre de un tema solo puede contener letras, dígitos, '.', '_' y '-', no espacios ni caracteres invisibles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A topic named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un tema llamado "%1".</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; differs from the existing topic &quot;%2&quot; only in &apos;.&apos; and &apos;_&apos;, which Kafka treats as the same in metric names.</source>
        <translation>"%1" solo se diferencia del tema existente "%2" en '.' y '_', que Kafka trata como iguales en los nombres de métricas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A topic needs at least one partition.</source>
        <translation>Un tema necesita al menos una partición.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replication factor must be at least 1.</source>
        <translation>El factor de replicación debe ser al menos 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A replication factor of %1 needs at least %1 live brokers; the cluster has %2.</source>
        <translation>Un factor de replicación de %1 necesita al menos %1 brókeres activos; el clúster tiene %2.</translation>
    </message>
</context>
<context>
    <name>es::CreateTopicDialog</name>
    <message>
        <location filename="../ui/topics/create_topic_dialog.cpp" line="+20"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create topic</source>
        <translation>Crear tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. orders</source>
        <translation>p. ej., pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 249 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Hasta 249 letras, dígitos, '.', '_' y '-'.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many independent, ordered logs the topic is split into; more partitions let more consumers of a group read in parallel.</source>
        <translation>En cuántos logs independientes y ordenados se divide el tema; más particiones permiten que más consumidores de un grupo lean en paralelo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partitions:</source>
        <translation>&amp;Particiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replication factor:</source>
        <translation>Factor de &amp;replicación:</translation>
    </message>
</context>
<context>
    <name>es::EventTableModel</name>
    <message>
        <location filename="../ui/events/event_table_model.cpp" line="+96"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, by this computer&apos;s clock.</source>
        <translation>Cuándo ocurrió, según el reloj de este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What kind of change it was.</source>
        <translation>Qué tipo de cambio fue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broker, topic, partition, group or link it is about.</source>
        <translation>El bróker, tema, partición, grupo o enlace al que se refiere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in one line.</source>
        <translation>Qué ocurrió, en una línea.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <location filename="../ui/events/event_text.cpp" line="+19"/>
        <source>broker started</source>
        <translation>bróker iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker stopped</source>
        <translation>bróker detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker crashed</source>
        <translation>bróker caído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker paused</source>
        <translation>bróker en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker resumed</source>
        <translation>bróker reanudado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker fenced</source>
        <translation>bróker aislado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker unfenced</source>
        <translation>bróker readmitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker added</source>
        <translation>bróker añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link changed</source>
        <translation>enlace modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leader elected</source>
        <translation>líder elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partition offline</source>
        <translation>partición fuera de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISR shrunk</source>
        <translation>ISR reducido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISR expanded</source>
        <translation>ISR ampliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic created</source>
        <translation>tema creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic deleted</source>
        <translation>tema eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic config changed</source>
        <translation>configuración de tema modificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partitions added</source>
        <translation>particiones añadidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group state changed</source>
        <translation>estado de grupo modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group rebalanced</source>
        <translation>grupo reequilibrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group offsets reset</source>
        <translation>offsets de grupo restablecidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retention</source>
        <translation>retención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compaction</source>
        <translation>compactación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log recovered</source>
        <translation>log recuperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records deleted</source>
        <translation>registros eliminados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A broker started and registered with the controller.</source>
        <translation>Un bróker se inició y se registró en el controlador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A broker shut down cleanly after moving its leadership away.</source>
        <translation>Un bróker se apagó limpiamente tras traspasar su liderazgo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A broker was killed without warning; its leaders move once the controller notices.</source>
        <translation>Un bróker se terminó sin aviso; sus líderes se trasladan en cuanto el controlador lo detecta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A broker&apos;s thread was frozen; it misses heartbeats until resumed.</source>
        <translation>Se congeló el hilo de un bróker; pierde latidos hasta que se reanude.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A paused broker runs again and catches up.</source>
        <translation>Un bróker en pausa vuelve a ejecutarse y se pone al día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The controller stopped trusting a broker that missed its heartbeats, and moved its leaders.</source>
        <translation>El controlador dejó de confiar en un bróker que perdió sus latidos y trasladó sus líderes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The controller trusts the broker again: it may lead partitions.</source>
        <translation>El controlador vuelve a confiar en el bróker: puede liderar particiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new broker joined the cluster.</source>
        <translation>Un bróker nuevo se unió al clúster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network link between two nodes was slowed, made lossy, cut or healed.</source>
        <translation>Un enlace de red entre dos nodos se ralentizó, empezó a perder mensajes, se cortó o se reparó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partition got a new leader, the replica that serves its reads and writes.</source>
        <translation>Una partición obtuvo un nuevo líder, la réplica que atiende sus lecturas y escrituras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No replica can lead the partition: it can be neither read nor written.</source>
        <translation>Ninguna réplica puede liderar la partición: no se puede leer ni escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A replica fell behind and left the ISR, the in-sync replicas that may become leader.</source>
        <translation>Una réplica se quedó atrás y salió del ISR, las réplicas sincronizadas que pueden pasar a ser líder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A replica caught up with its leader and rejoined the ISR.</source>
        <translation>Una réplica se puso al día con su líder y volvió al ISR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A topic was created.</source>
        <translation>Se creó un tema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A topic and its data were deleted.</source>
        <translation>Se eliminaron un tema y sus datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A topic&apos;s configuration was changed.</source>
        <translation>Se modificó la configuración de un tema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A topic got more partitions.</source>
        <translation>Un tema obtuvo más particiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consumer group changed state (empty, rebalancing, stable, dead).</source>
        <translation>Un grupo de consumidores cambió de estado (vacío, reequilibrando, estable, muerto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consumer group finished rebalancing: its partitions are assigned.</source>
        <translation>Un grupo de consumidores terminó de reequilibrarse: sus particiones están asignadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consumer group&apos;s committed offsets were moved.</source>
        <translation>Se movieron los offsets confirmados de un grupo de consumidores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old segments were deleted because of the topic&apos;s retention settings.</source>
        <translation>Se eliminaron segmentos antiguos por la configuración de retención del tema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log was compacted: only the latest record per key is kept.</source>
        <translation>Se compactó el log: solo se conserva el último registro de cada clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A log was checked after an unclean shutdown and its torn tail cut off.</source>
        <translation>Se comprobó un log tras un apagado no limpio y se recortó su final dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records before an offset were deleted on request.</source>
        <translation>Se eliminaron bajo petición los registros anteriores a un offset.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>broker %1</source>
        <translation>bróker %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>topic %1</source>
        <translation>tema %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partition %1</source>
        <translation>partición %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all links</source>
        <translation>todos los enlaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>controller</source>
        <translation>controlador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clients</source>
        <translation>clientes</translation>
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
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only events of this kind.</source>
        <translation>Muestra solo los eventos de este tipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>broker 2, orders, billing…</source>
        <translation>bróker 2, pedidos, facturación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only events whose subject (a broker, topic, partition, group or link) contains this text.</source>
        <translation>Muestra solo los eventos cuyo objeto (un bróker, tema, partición, grupo o enlace) contiene este texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objeto:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cluster events</source>
        <translation>Eventos del clúster</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Press Enter or double-click to go to the broker or topic of an event.</source>
        <translation>Pulse Intro o haga doble clic para ir al bróker o tema de un evento.</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::LinkDialog</name>
    <message>
        <location filename="../ui/cluster/link_dialog.cpp" line="+24"/>
        <source>Link faults</source>
        <translation>Fallos de enlace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Broker %1</source>
        <translation>Bróker %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients: every Kafka client and in-process producer or consumer. Controller: the node that keeps the metadata and elects leaders.</source>
        <translation>Clientes: todos los clientes de Kafka y los productores o consumidores internos del proceso. Controlador: el nodo que guarda los metadatos y elige los líderes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;latency</source>
        <translation>Añadir &amp;latencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every message on the link waits this long before it is delivered.</source>
        <translation>Cada mensaje del enlace espera este tiempo antes de entregarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make l&amp;ossy</source>
        <translation>Añadir &amp;pérdidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This share of the messages on the link is dropped at random.</source>
        <translation>Esta proporción de los mensajes del enlace se descarta al azar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ut</source>
        <translation>&amp;Cortar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing gets through, in either direction.</source>
        <translation>No pasa nada, en ninguna dirección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Heal</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every fault from this link.</source>
        <translation>Elimina todos los fallos de este enlace.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heal &amp;all links</source>
        <translation>Reparar &amp;todos los enlaces</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>healthy</source>
        <translation>sano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cut</source>
        <translation>cortado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latency %1 ms, loss %2%</source>
        <translation>latencia %1 ms, pérdida %2%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose two different nodes.</source>
        <translation>Elija dos nodos distintos.</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+37"/>
        <source>Eventscope — %1 cluster</source>
        <translation>Eventscope — clúster %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brokers, the controller, replicas and links; break and heal them.</source>
        <translation>Brókeres, el controlador, réplicas y enlaces; rómpalos y repárelos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topics and their partitions: create, delete, add partitions, edit configs.</source>
        <translation>Temas y sus particiones: crear, eliminar, añadir particiones, editar la configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster&apos;s timeline: broker changes, elections, ISR changes, topics, groups.</source>
        <translation>La cronología del clúster: cambios de brókeres, elecciones, cambios del ISR, temas, grupos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Throughput, latency and under-replicated partitions over time.</source>
        <translation>Rendimiento, latencia y particiones infrarreplicadas a lo largo del tiempo.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Theme</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eventscope will use this language the next time it starts.</source>
        <translation>Eventscope usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting the cluster…</source>
        <translation>Iniciando el clúster…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bootstrap: %1</source>
        <translation>Servidores de arranque: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bootstrap.servers for your Kafka clients: %1</source>
        <translation>bootstrap.servers para sus clientes de Kafka: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the bootstrap servers to the clipboard</source>
        <translation>Copia los servidores de arranque al portapapeles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bootstrap servers copied to the clipboard.</source>
        <translation>Servidores de arranque copiados al portapapeles.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not running: %1</source>
        <translation>No está en ejecución: %1</translation>
    </message>
</context>
<context>
    <name>es::MetricsChart</name>
    <message>
        <location filename="../ui/metrics/metrics_chart.cpp" line="+43"/>
        <source>records/s</source>
        <translation>registros/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>bytes/s</source>
        <translation>bytes/s</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partitions</source>
        <translation>particiones</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No data in this range yet</source>
        <translation>Aún no hay datos en este intervalo</translation>
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
        <translation>Registros por segundo por bróker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records produced to (in, solid) and fetched by consumers from (out, dashed) each broker.</source>
        <translation>Registros producidos en (entrada, continua) y leídos por los consumidores de (salida, discontinua) cada bróker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes per second by broker</source>
        <translation>Bytes por segundo por bróker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes produced to (in, solid) and fetched by consumers from (out, dashed) each broker.</source>
        <translation>Bytes producidos en (entrada, continua) y leídos por los consumidores de (salida, discontinua) cada bróker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records in per second by topic</source>
        <translation>Registros de entrada por segundo por tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records appended to each topic, over all its partitions; the %1 busiest topics.</source>
        <translation>Registros añadidos a cada tema, sumando todas sus particiones; los %1 temas con más actividad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bytes in per second by topic</source>
        <translation>Bytes de entrada por segundo por tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth of each topic&apos;s logs in bytes per second; the %1 busiest topics.</source>
        <translation>Crecimiento de los logs de cada tema en bytes por segundo; los %1 temas con más actividad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Produce request latency</source>
        <translation>Latencia de las solicitudes de producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from a produce request&apos;s arrival to its answer, acknowledgements included: median (p50, solid) and 99th percentile (p99, dashed) per broker.</source>
        <translation>Tiempo desde que llega una solicitud de producción hasta su respuesta, confirmaciones incluidas: mediana (p50, continua) y percentil 99 (p99, discontinua) por bróker.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Under-replicated and offline partitions</source>
        <translation>Particiones infrarreplicadas y fuera de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions with fewer in-sync replicas than replicas, and partitions without a live leader.</source>
        <translation>Particiones con menos réplicas sincronizadas que réplicas y particiones sin un líder activo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>broker %1 in</source>
        <translation>bróker %1 entrada</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>broker %1 out</source>
        <translation>bróker %1 salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broker %1 p50</source>
        <translation>bróker %1 p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker %1 p99</source>
        <translation>bróker %1 p99</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>under-replicated</source>
        <translation>infrarreplicadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <translation>fuera de línea</translation>
    </message>
</context>
<context>
    <name>es::MetricsView</name>
    <message>
        <location filename="../ui/metrics/metrics_view.cpp" line="+43"/>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset &amp;zoom</source>
        <translation>Restablecer &amp;zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole range again and follow new data (0 on a chart)</source>
        <translation>Vuelve a mostrar todo el intervalo y sigue los datos nuevos (0 en un gráfico)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Could not read the metrics history: %1</source>
        <translation>No se pudo leer el historial de métricas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to pan and use the wheel to zoom; with the keyboard: arrows, + and −, 0 to reset.</source>
        <translation>Arrastre para desplazar y use la rueda para hacer zoom; con el teclado: flechas, + y −, 0 para restablecer.</translation>
    </message>
</context>
<context>
    <name>es::PartitionLogsWidget</name>
    <message>
        <location filename="../ui/topics/partition_logs_widget.cpp" line="+119"/>
        <source>No partitions to draw.</source>
        <translation>No hay particiones que dibujar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>offline: no leader</source>
        <translation>fuera de línea: sin líder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offsets not known yet</source>
        <translation>offsets aún desconocidos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>start %1 · segments: %2</source>
        <translation>inicio %1 · segmentos: %2</translation>
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
        <translation>%1 no tiene líder, así que no hay offsets que mostrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group &quot;%1&quot; committed %2, lag %3.</source>
        <translation>El grupo "%1" confirmó %2, retraso %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: high watermark %2.</source>
        <translation>%1: marca de agua alta %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: log end offset %2.</source>
        <translation>%1: offset final del log %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: log start offset %2.</source>
        <translation>%1: offset inicial del log %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: leader broker %2, segments: %3, readable records: %4.</source>
        <translation>%1: bróker líder %2, segmentos: %3, registros legibles: %4.</translation>
    </message>
</context>
<context>
    <name>es::PartitionsModel</name>
    <message>
        <location filename="../ui/topics/partitions_model.cpp" line="+76"/>
        <source>No leader: the partition is offline.</source>
        <translation>Sin líder: la partición está fuera de línea.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
Out of sync: broker %2.</source>
        <translation>%1
No sincronizado: bróker %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log start</source>
        <translation>Inicio del log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High watermark</source>
        <translation>Marca de agua alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log end</source>
        <translation>Final del log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
</context>
<context>
    <name>es::TopicActions</name>
    <message>
        <location filename="../ui/topics/topic_actions.cpp" line="+27"/>
        <source>&amp;Create topic…</source>
        <translation>&amp;Crear tema…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a topic (Ctrl+N)</source>
        <translation>Crea un tema (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected topic and all its records (Delete)</source>
        <translation>Elimina el tema seleccionado y todos sus registros (Supr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;partitions…</source>
        <translation>Añadir &amp;particiones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected topic more partitions</source>
        <translation>Da más particiones al tema seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;configs…</source>
        <translation>Editar co&amp;nfiguración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change retention, segment, cleanup and durability settings of the selected topic</source>
        <translation>Cambia la configuración de retención, segmentos, limpieza y durabilidad del tema seleccionado</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Delete topic</source>
        <translation>Eliminar tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the topic &quot;%1&quot; with all its partitions (%2) and records (%3)? This cannot be undone.</source>
        <translation>¿Eliminar el tema "%1" con todas sus particiones (%2) y registros (%3)? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not delete %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>es::TopicConfigsDialog</name>
    <message>
        <location filename="../ui/topics/topic_configs_dialog.cpp" line="+41"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configs of %1</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>default: %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
</context>
<context>
    <name>es::TopicDetail</name>
    <message>
        <location filename="../ui/topics/topic_detail.cpp" line="+25"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the list of topics (Alt+Left)</source>
        <translation>Vuelve a la lista de temas (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Each bar is a partition&apos;s log from its log start to its log end offset. Filled: readable, below the high watermark. Light: written to the leader, not yet to every in-sync replica. Orange: a consumer group&apos;s committed offset. Hover for details.</source>
        <translation>Cada barra es el log de una partición, desde su offset inicial hasta su offset final. Relleno: legible, por debajo de la marca de agua alta. Claro: escrito en el líder, pero aún no en todas las réplicas sincronizadas. Naranja: el offset confirmado de un grupo de consumidores. Pase el ratón por encima para ver detalles.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This topic does not exist (any more).</source>
        <translation>Este tema no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partitions: %1 · replication factor: %2 · records: %3 · size: %4</source>
        <translation>particiones: %1 · factor de replicación: %2 · registros: %3 · tamaño: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · under-replicated: %1</source>
        <translation> · infrarreplicadas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · offline: %1</source>
        <translation> · fuera de línea: %1</translation>
    </message>
</context>
<context>
    <name>TopicTerms</name>
    <message>
        <location filename="../ui/topics/topic_terms.cpp" line="+7"/>
        <source>The broker that takes every write and read for this partition; the others copy from it.</source>
        <translation>El bróker que recibe todas las escrituras y lecturas de esta partición; los demás copian de él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The brokers that keep a copy of this partition, the preferred leader first.</source>
        <translation>Los brókeres que guardan una copia de esta partición, con el líder preferido primero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In-sync replicas: the copies that are caught up with the leader and may take over if it fails.</source>
        <translation>Réplicas sincronizadas: las copias al día con el líder que pueden sustituirlo si falla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log start offset: the oldest offset still stored; retention moves it forward.</source>
        <translation>Offset inicial del log: el offset más antiguo aún almacenado; la retención lo hace avanzar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High watermark: the offset up to which every in-sync replica has the records, so consumers may read below it.</source>
        <translation>Marca de agua alta: el offset hasta el que todas las réplicas sincronizadas tienen los registros, así que los consumidores pueden leer por debajo de él.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log end offset: the offset the leader will give the next record it appends.</source>
        <translation>Offset final del log: el offset que el líder asignará al próximo registro que añada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The files a partition&apos;s log is split into; retention deletes whole segments, oldest first.</source>
        <translation>Los archivos en que se divide el log de una partición; la retención elimina segmentos completos, primero los más antiguos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many brokers keep a copy of each partition.</source>
        <translation>Cuántos brókeres guardan una copia de cada partición.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partitions with fewer in-sync replicas than replicas: a broker is down or falling behind.</source>
        <translation>Particiones con menos réplicas sincronizadas que réplicas: un bróker está caído o se está quedando atrás.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A consumer group&apos;s committed offset: the next record the group will read from this partition.</source>
        <translation>El offset confirmado de un grupo de consumidores: el próximo registro que el grupo leerá de esta partición.</translation>
    </message>
</context>
<context>
    <name>es::TopicsModel</name>
    <message>
        <location filename="../ui/topics/topics_model.cpp" line="+72"/>
        <source>Offline partitions (no live leader): %1</source>
        <translation>Particiones fuera de línea (sin líder activo): %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 offline)</source>
        <translation>%1 (%2 fuera de línea)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replication</source>
        <translation>Replicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In (records)</source>
        <translation>Entrada (registros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In (bytes)</source>
        <translation>Entrada (bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumed</source>
        <translation>Consumidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under-replicated</source>
        <translation>Infrarreplicadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records between the log start offset and the high watermark, over all partitions.</source>
        <translation>Registros entre el offset inicial del log y la marca de agua alta, sumando todas las particiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes on disk of the leaders&apos; logs, over all partitions.</source>
        <translation>Bytes en disco de los logs de los líderes, sumando todas las particiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records appended per second, over all partitions.</source>
        <translation>Registros añadidos por segundo, sumando todas las particiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes appended per second, over all partitions.</source>
        <translation>Bytes añadidos por segundo, sumando todas las particiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records per second that consumer groups commit as read, over the last 15 seconds; consumers outside a group are not counted.</source>
        <translation>Registros por segundo que los grupos de consumidores confirman como leídos, en los últimos 15 segundos; no se cuentan los consumidores fuera de un grupo.</translation>
    </message>
</context>
<context>
    <name>es::TopicsView</name>
    <message>
        <location filename="../ui/topics/topics_view.cpp" line="+36"/>
        <source>Filter topics by name (Ctrl+F)</source>
        <translation>Filtrar temas por nombre (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show &amp;internal topics</source>
        <translation>Mostrar temas &amp;internos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also list the cluster&apos;s own topics, such as __consumer_offsets where groups commit their offsets.</source>
        <translation>Muestra también los temas propios del clúster, como __consumer_offsets, donde los grupos confirman sus offsets.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Double-click or press Enter to see a topic&apos;s partitions.</source>
        <translation>Haga doble clic o pulse Intro para ver las particiones de un tema.</translation>
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
