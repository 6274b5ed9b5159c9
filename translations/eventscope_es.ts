<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AclDialog</name>
    <message>
        <source>%1 from %2: %3 %4 (%5)</source>
        <translation>%1 desde %2: %3 %4 (%5)</translation>
    </message>
</context>
<context>
    <name>BotStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot save the simulated clients to %1: %2</source>
        <translation>No se pueden guardar los clientes simulados en %1: %2</translation>
    </message>
</context>
<context>
    <name>BrokerActions</name>
    <message>
        <source>Broker %1 stopped after handing over its leadership.</source>
        <translation>El bróker %1 se detuvo tras ceder su liderazgo.</translation>
    </message>
    <message>
        <source>Could not stop broker %1: %2</source>
        <translation>No se pudo detener el bróker %1: %2</translation>
    </message>
    <message>
        <source>Broker %1 crashed and lost what it had not flushed.</source>
        <translation>El bróker %1 se cayó y perdió lo que no había volcado a disco.</translation>
    </message>
    <message>
        <source>Broker %1 crashed.</source>
        <translation>El bróker %1 se cayó.</translation>
    </message>
    <message>
        <source>Could not crash broker %1: %2</source>
        <translation>No se pudo provocar la caída del bróker %1: %2</translation>
    </message>
    <message>
        <source>Broker %1 paused; the controller fences it when its session expires.</source>
        <translation>Bróker %1 en pausa; el controlador lo aísla cuando caduque su sesión.</translation>
    </message>
    <message>
        <source>Could not pause broker %1: %2</source>
        <translation>No se pudo pausar el bróker %1: %2</translation>
    </message>
    <message>
        <source>Broker %1 resumed.</source>
        <translation>El bróker %1 se reanudó.</translation>
    </message>
    <message>
        <source>Could not resume broker %1: %2</source>
        <translation>No se pudo reanudar el bróker %1: %2</translation>
    </message>
    <message>
        <source>Broker %1 started.</source>
        <translation>El bróker %1 se inició.</translation>
    </message>
    <message>
        <source>Could not restart broker %1: %2</source>
        <translation>No se pudo reiniciar el bróker %1: %2</translation>
    </message>
    <message>
        <source>Broker %1 added.</source>
        <translation>Bróker %1 añadido.</translation>
    </message>
    <message>
        <source>Could not add a broker: %1</source>
        <translation>No se pudo añadir un bróker: %1</translation>
    </message>
    <message>
        <source>The link between %1 and %2 is healed.</source>
        <translation>El enlace entre %1 y %2 está reparado.</translation>
    </message>
    <message>
        <source>The link between %1 and %2 is cut.</source>
        <translation>El enlace entre %1 y %2 está cortado.</translation>
    </message>
    <message>
        <source>The link between %1 and %2 now delays messages by %3 ms and drops %4% of them.</source>
        <translation>El enlace entre %1 y %2 ahora retrasa los mensajes %3 ms y descarta el %4% de ellos.</translation>
    </message>
    <message>
        <source>The link between %1 and %2 now delays messages by %3 ms.</source>
        <translation>El enlace entre %1 y %2 ahora retrasa los mensajes %3 ms.</translation>
    </message>
    <message>
        <source>The link between %1 and %2 now drops %4% of messages.</source>
        <translation>El enlace entre %1 y %2 ahora descarta el %4% de los mensajes.</translation>
    </message>
    <message>
        <source>Every link is healed.</source>
        <translation>Todos los enlaces están reparados.</translation>
    </message>
    <message>
        <source>the controller</source>
        <translation>el controlador</translation>
    </message>
    <message>
        <source>the clients</source>
        <translation>los clientes</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>el bróker %1</translation>
    </message>
    <message>
        <source>The controller crashed: brokers serve with the metadata they have, but nothing is elected until it is back.</source>
        <translation>El controlador falló: los brókeres sirven con los metadatos que tienen, pero no se elige nada hasta que vuelva.</translation>
    </message>
    <message>
        <source>Could not crash the controller: %1</source>
        <translation>No se pudo provocar el fallo del controlador: %1</translation>
    </message>
    <message>
        <source>A new controller took over from the stored metadata.</source>
        <translation>Un controlador nuevo tomó el relevo a partir de los metadatos guardados.</translation>
    </message>
    <message>
        <source>Could not restart the controller: %1</source>
        <translation>No se pudo reiniciar el controlador: %1</translation>
    </message>
</context>
<context>
    <name>BrokerText</name>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>fenced</source>
        <translation>aislado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Registered with the controller and serving its partitions.</source>
        <translation>Registrado en el controlador y sirviendo sus particiones.</translation>
    </message>
    <message>
        <source>Its thread is frozen: it answers nothing, and the controller fences it when its session expires.</source>
        <translation>Su hilo está congelado: no responde a nada y el controlador lo aísla cuando caduque su sesión.</translation>
    </message>
    <message>
        <source>The controller stopped trusting it after missed heartbeats; its partitions are led elsewhere.</source>
        <translation>El controlador dejó de confiar en él tras perder latidos; sus particiones las lideran otros brókeres.</translation>
    </message>
    <message>
        <source>Shut down cleanly after handing over its leadership.</source>
        <translation>Se apagó limpiamente tras ceder su liderazgo.</translation>
    </message>
    <message>
        <source>Killed abruptly; it recovers its logs when restarted.</source>
        <translation>Terminado de golpe; recupera sus logs al reiniciarse.</translation>
    </message>
</context>
<context>
    <name>ClusterHealth</name>
    <message>
        <source>healthy</source>
        <translation>sano</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Brokers: running out of all. Offline: partitions with no leader, which nobody can read or write. Under-replicated: partitions with fewer in-sync replicas than replicas.</source>
        <translation>Brókeres: los que están en ejecución sobre el total. Fuera de línea: particiones sin líder, que nadie puede leer ni escribir. Infrarreplicadas: particiones con menos réplicas sincronizadas que réplicas.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 brokers running; partitions: %4 offline, %5 under-replicated</source>
        <translation>%1: %2 de %3 brókeres en ejecución; particiones: %4 fuera de línea, %5 infrarreplicadas</translation>
    </message>
    <message>
        <source>%1, controller crashed</source>
        <translation>%1, controlador caído</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn, error or off (default: info).</source>
        <translation>Nivel de registro: trace, debug, info, warn, error u off (predeterminado: info).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>Run the cluster without a window.</source>
        <translation>Ejecuta el clúster sin ventana.</translation>
    </message>
    <message>
        <source>Number of brokers, 1 to %1 (default: %2).</source>
        <translation>Número de brókeres, de 1 a %1 (predeterminado: %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Port of broker 1; broker i listens on P + i - 1 (default: %1).</source>
        <translation>Puerto del bróker 1; el bróker i escucha en P + i - 1 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Directory that holds the cluster&apos;s data (default: %1).</source>
        <translation>Directorio con los datos del clúster (predeterminado: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>IP address the brokers listen on (default: 127.0.0.1).</source>
        <translation>Dirección IP en la que escuchan los brókeres (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Eventscope runs a local Kafka-compatible cluster and shows what happens inside it.</source>
        <translation>Eventscope ejecuta un clúster local compatible con Kafka y muestra lo que ocurre dentro de él.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Unknown log level &apos;%1&apos;; use one of: %2.</source>
        <translation>Nivel de registro desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <source>--brokers takes a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--brokers admite un número de 1 a %1, no «%2».</translation>
    </message>
    <message>
        <source>--port takes a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--port admite un número de puerto de 1 a 65535, no «%1».</translation>
    </message>
    <message>
        <source>--port %1 leaves no room for %2 brokers: they would need ports %1 to %3.</source>
        <translation>--port %1 no deja sitio para %2 brókeres: necesitarían los puertos %1 a %3.</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir necesita un directorio.</translation>
    </message>
    <message>
        <source>No default data directory is known here; choose one with --data-dir.</source>
        <translation>No se conoce aquí ningún directorio de datos predeterminado; elija uno con --data-dir.</translation>
    </message>
    <message>
        <source>--bind takes an IPv4 or IPv6 address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>--bind admite una dirección IPv4 o IPv6 como 127.0.0.1, no «%1».</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Consulte --help.</translation>
    </message>
    <message>
        <source>Set a Kafka broker config such as num.partitions=6 or log.retention.ms=60000; repeat for more (docs/broker-configs.md lists them).</source>
        <translation>Establece una configuración de bróker de Kafka, como num.partitions=6 o log.retention.ms=60000; repítalo para más (la lista está en docs/broker-configs.md).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>--config takes KEY=VALUE, such as num.partitions=6, not &apos;%1&apos;.</source>
        <translation>--config espera KEY=VALUE, como num.partitions=6, no «%1».</translation>
    </message>
    <message>
        <source>--config: &apos;%1&apos; is not a broker config Eventscope knows.</source>
        <translation>--config: «%1» no es una configuración de bróker que Eventscope conozca.</translation>
    </message>
    <message>
        <source>--config: %1.</source>
        <translation>--config: %1.</translation>
    </message>
    <message>
        <source>NAME://HOST:PORT</source>
        <translation>NOMBRE://HOST:PUERTO</translation>
    </message>
    <message>
        <source>Create a user for SASL (SCRAM-SHA-256, SCRAM-SHA-512 and PLAIN), or set its password; kept with the cluster. Repeat for more.</source>
        <translation>Crea un usuario para SASL (SCRAM-SHA-256, SCRAM-SHA-512 y PLAIN) o establece su contraseña; se guarda con el clúster. Repítalo para más.</translation>
    </message>
    <message>
        <source>NAME:PASSWORD</source>
        <translation>NOMBRE:CONTRASEÑA</translation>
    </message>
    <message>
        <source>A principal allowed everything, such as User:admin; repeat for more. Replaces the super users kept with the cluster.</source>
        <translation>Un principal al que se le permite todo, como User:admin; repítalo para más. Sustituye a los superusuarios guardados con el clúster.</translation>
    </message>
    <message>
        <source>PRINCIPAL</source>
        <translation>PRINCIPAL</translation>
    </message>
    <message>
        <source>Certificate chain (PEM) of the SSL and SASL_SSL listeners, with --tls-key (default: one issued by a local CA kept in the data directory).</source>
        <translation>Cadena de certificados (PEM) de los listeners SSL y SASL_SSL, junto con --tls-key (predeterminada: una emitida por una CA local guardada en el directorio de datos).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Private key (PEM) of --tls-cert.</source>
        <translation>Clave privada (PEM) de --tls-cert.</translation>
    </message>
    <message>
        <source>CA certificate (PEM) that client certificates must chain to (default: the local CA).</source>
        <translation>Certificado de CA (PEM) en el que debe terminar la cadena de los certificados de cliente (predeterminado: la CA local).</translation>
    </message>
    <message>
        <source>Whether TLS listeners ask clients for a certificate: none, requested or required (default: none).</source>
        <translation>Si los listeners TLS piden un certificado a los clientes: none, requested o required (predeterminado: none).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>Whether a resource without ACLs is open to everyone: true or false; kept with the cluster (default: true, false once a listener uses SASL).</source>
        <translation>Si un recurso sin ACL está abierto a todos: true o false; se guarda con el clúster (predeterminado: true, false en cuanto un listener usa SASL).</translation>
    </message>
    <message>
        <source>BOOL</source>
        <translation>BOOL</translation>
    </message>
    <message>
        <source>--port sets the port of the PLAINTEXT listener, which --listener replaces; give the port in each --listener instead.</source>
        <translation>--port establece el puerto del listener PLAINTEXT, al que --listener sustituye; indique en su lugar el puerto en cada --listener.</translation>
    </message>
    <message>
        <source>--listener: %1.</source>
        <translation>--listener: %1.</translation>
    </message>
    <message>
        <source>--scram-user takes NAME:PASSWORD with neither empty, such as alice:secret.</source>
        <translation>--scram-user admite NOMBRE:CONTRASEÑA, sin que ninguno de los dos esté vacío, como alice:secret.</translation>
    </message>
    <message>
        <source>--super-user takes a principal TYPE:NAME such as User:admin, not &apos;%1&apos;.</source>
        <translation>--super-user admite un principal TIPO:NOMBRE como User:admin, no «%1».</translation>
    </message>
    <message>
        <source>--allow-everyone-if-no-acl takes true or false, not &apos;%1&apos;.</source>
        <translation>--allow-everyone-if-no-acl admite true o false, no «%1».</translation>
    </message>
    <message>
        <source>Listeners: %1.</source>
        <translation>Listeners: %1.</translation>
    </message>
    <message>
        <source>--listener %1: the host must be an IPv4 or IPv6 address such as 127.0.0.1, not &apos;%2&apos;.</source>
        <translation>--listener %1: el host debe ser una dirección IPv4 o IPv6 como 127.0.0.1, no «%2».</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both, or neither for a certificate from the local CA.</source>
        <translation>--tls-cert y --tls-key van juntas: indique ambas, o ninguna para usar un certificado de la CA local.</translation>
    </message>
    <message>
        <source>--%1: cannot read the file &apos;%2&apos;.</source>
        <translation>--%1: no se puede leer el archivo «%2».</translation>
    </message>
    <message>
        <source>--tls-client-auth takes none, requested or required, not &apos;%1&apos;.</source>
        <translation>--tls-client-auth admite none, requested o required, no «%1».</translation>
    </message>
    <message>
        <source>The --tls options apply to SSL and SASL_SSL listeners, and none is given; add one such as --listener SASL_SSL://127.0.0.1:9192.</source>
        <translation>Las opciones --tls se aplican a los listeners SSL y SASL_SSL, y no se ha indicado ninguno; añada uno, como --listener SASL_SSL://127.0.0.1:9192.</translation>
    </message>
    <message>
        <source>Serve the control API (HTTP/JSON on 127.0.0.1, used by &apos;eventscope ctl&apos;) on this port; 0 picks a free one. Off unless given.</source>
        <translation>Ofrecer la API de control (HTTP/JSON en 127.0.0.1, usada por «eventscope ctl») en este puerto; 0 elige uno libre. Desactivada si no se indica.</translation>
    </message>
    <message>
        <source>--control-port takes a port number from 1 to 65535, or 0 for any free port, not &apos;%1&apos;.</source>
        <translation>--control-port espera un número de puerto de 1 a 65535, o 0 para cualquier puerto libre, no «%1».</translation>
    </message>
    <message>
        <source>--control-port %1 is taken by the brokers, which listen on ports %2 to %3.</source>
        <translation>--control-port %1 está ocupado por los brókers, que escuchan en los puertos %2 a %3.</translation>
    </message>
    <message>
        <source>A listener of every broker, such as SASL_SSL://127.0.0.1:9192: broker i listens on PORT + i - 1. NAME is PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL, or a name of your own mapped to one of them with --config listener.security.protocol.map=CLIENTS:SASL_SSL; an empty HOST is the --bind address. Repeat for more; replaces the PLAINTEXT listener of --port.</source>
        <translation>Un listener de cada bróker, como SASL_SSL://127.0.0.1:9192: el bróker i escucha en PUERTO + i - 1. NOMBRE es PLAINTEXT, SSL, SASL_PLAINTEXT o SASL_SSL, o un nombre propio asociado a uno de ellos con --config listener.security.protocol.map=CLIENTS:SASL_SSL; un HOST vacío equivale a la dirección de --bind. Repítalo para más; sustituye al listener PLAINTEXT de --port.</translation>
    </message>
</context>
<context>
    <name>ConfigCrossChecks</name>
    <message>
        <source>retention.bytes (%1) is less than segment.bytes (%2): only closed segments are deleted, so each partition still keeps up to a whole segment, more than retention.bytes.</source>
        <translation>retention.bytes (%1) es menor que segment.bytes (%2): solo se eliminan los segmentos cerrados, así que cada partición conserva hasta un segmento entero, más que retention.bytes.</translation>
    </message>
    <message>
        <source>min.compaction.lag.ms (%1) is more than max.compaction.lag.ms (%2): Kafka refuses this pair of settings.</source>
        <translation>min.compaction.lag.ms (%1) es mayor que max.compaction.lag.ms (%2): Kafka rechaza esta combinación de ajustes.</translation>
    </message>
    <message>
        <source>min.compaction.lag.ms (%1) is more than retention.ms (%2): records are deleted by retention before they may be compacted, so compaction never runs on them.</source>
        <translation>min.compaction.lag.ms (%1) es mayor que retention.ms (%2): la retención elimina los registros antes de que puedan compactarse, así que nunca se compactan.</translation>
    </message>
</context>
<context>
    <name>ConfigEditorModel</name>
    <message>
        <source>%1: &quot;%2&quot; is not a duration such as 604800000 (milliseconds), 7 days or 12 h.</source>
        <translation>%1: «%2» no es una duración como 604800000 (milisegundos), 7 días o 12 h.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a size such as 1073741824 (bytes), 1 GiB or 500 MB.</source>
        <translation>%1: «%2» no es un tamaño como 1073741824 (bytes), 1 GiB o 500 MB.</translation>
    </message>
</context>
<context>
    <name>CreateTopicCheck</name>
    <message>
        <source>Enter a name for the topic.</source>
        <translation>Introduzca un nombre para el tema.</translation>
    </message>
    <message>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Un tema no puede llamarse &quot;.&quot; ni &quot;..&quot;.</translation>
    </message>
    <message>
        <source>A topic name can have at most 249 characters; this one has %1.</source>
        <translation>El nombre de un tema puede tener como máximo 249 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <source>A topic name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not &apos;%1&apos;.</source>
        <translation>El nombre de un tema solo puede contener letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A topic name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not spaces or invisible characters.</source>
        <translation>El nombre de un tema solo puede contener letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, no espacios ni caracteres invisibles.</translation>
    </message>
    <message>
        <source>A topic named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un tema llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from the existing topic &quot;%2&quot; only in &apos;.&apos; and &apos;_&apos;, which Kafka treats as the same in metric names.</source>
        <translation>&quot;%1&quot; solo se diferencia del tema existente &quot;%2&quot; en &apos;.&apos; y &apos;_&apos;, que Kafka trata como iguales en los nombres de métricas.</translation>
    </message>
    <message>
        <source>A topic needs at least one partition.</source>
        <translation>Un tema necesita al menos una partición.</translation>
    </message>
    <message>
        <source>The replication factor must be at least 1.</source>
        <translation>El factor de replicación debe ser al menos 1.</translation>
    </message>
    <message>
        <source>A replication factor of %1 needs at least %1 live brokers; the cluster has %2.</source>
        <translation>Un factor de replicación de %1 necesita al menos %1 brókeres activos; el clúster tiene %2.</translation>
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
        <translation>sin id</translation>
    </message>
    <message>
        <source>The brokers do not report their version.</source>
        <translation>Los brókeres no informan de su versión.</translation>
    </message>
    <message>
        <source>Broker protocol version %1.</source>
        <translation>Versión del protocolo de los brókeres: %1.</translation>
    </message>
    <message>
        <source>These settings cannot work: %1.</source>
        <translation>Esta configuración no puede funcionar: %1.</translation>
    </message>
    <message>
        <source>The name does not resolve (%1). Check the host name, or your DNS and VPN.</source>
        <translation>El nombre no se puede resolver (%1). Compruebe el nombre de host, o su DNS y su VPN.</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens there (%1). Check the port, and that the brokers run.</source>
        <translation>Conexión rechazada: no hay nada escuchando ahí (%1). Compruebe el puerto y que los brókeres estén en ejecución.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1. Check the security protocol, the CA file, and the client certificate if the cluster asks for one.</source>
        <translation>Falló la negociación TLS: %1. Compruebe el protocolo de seguridad, el archivo de CA y el certificado de cliente, si el clúster lo solicita.</translation>
    </message>
    <message>
        <source>Authentication failed: %1. Check the SASL mechanism, user name and password.</source>
        <translation>Falló la autenticación: %1. Compruebe el mecanismo SASL, el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>No broker answered %1: %2. A firewall may drop the connection, or the port may speak another protocol (TLS where plaintext was chosen, or the other way round).</source>
        <translation>Ningún bróker respondió %1: %2. Puede que un cortafuegos descarte la conexión o que el puerto hable otro protocolo (TLS donde se eligió texto sin cifrar, o al revés).</translation>
    </message>
    <message>
        <source>Connected: cluster %1, %2, controller %3, %4.</source>
        <translation>Conectado: clúster %1, %2, controlador %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s)</source>
        <translation>
            <numerusform>%n bróker</numerusform>
            <numerusform>%n brókeres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElectionText</name>
    <message>
        <source>No in-sync replica is available; only an unclean election can choose a leader</source>
        <translation>No hay ninguna réplica sincronizada disponible; solo una elección no limpia puede elegir un líder</translation>
    </message>
    <message>
        <source>Broker %1 leads it now, though it was out of sync: records it had not copied are lost</source>
        <translation>El bróker %1 es ahora su líder, aunque no estaba sincronizado: los registros que no había copiado se han perdido</translation>
    </message>
    <message>
        <source>Leader moved to broker %1</source>
        <translation>Líder trasladado al bróker %1</translation>
    </message>
    <message>
        <source>Already led by its preferred replica</source>
        <translation>Ya la lidera su réplica preferida</translation>
    </message>
    <message>
        <source>Broker %1 leads it and runs: no election needed</source>
        <translation>El bróker %1 es su líder y está en ejecución: no hace falta elegir</translation>
    </message>
    <message>
        <source>It has a running leader: no election needed</source>
        <translation>Tiene un líder en ejecución: no hace falta elegir</translation>
    </message>
    <message>
        <source>Its preferred replica is not running or not in sync</source>
        <translation>Su réplica preferida no está en ejecución o no está sincronizada</translation>
    </message>
    <message>
        <source>Its preferred replica, broker %1, is not running</source>
        <translation>Su réplica preferida, el bróker %1, no está en ejecución</translation>
    </message>
    <message>
        <source>Its preferred replica, broker %1, is not in sync yet; try again once it has caught up</source>
        <translation>Su réplica preferida, el bróker %1, aún no está sincronizada; vuelva a intentarlo cuando se haya puesto al día</translation>
    </message>
    <message>
        <source>Its preferred replica, broker %1, cannot lead it now</source>
        <translation>Su réplica preferida, el bróker %1, no puede ser su líder ahora</translation>
    </message>
    <message>
        <source>None of its replicas is running: no leader can be elected until one starts</source>
        <translation>Ninguna de sus réplicas está en ejecución: no se puede elegir un líder hasta que se inicie una</translation>
    </message>
    <message>
        <source>There is no such partition any more</source>
        <translation>Esta partición ya no existe</translation>
    </message>
    <message>
        <source>Electing leaders needs a newer client library than the %1 this program is built with.</source>
        <translation>Elegir líderes requiere una biblioteca cliente más reciente que la %1 con la que se compiló este programa.</translation>
    </message>
    <message>
        <source>This connection cannot elect partition leaders.</source>
        <translation>Esta conexión no puede elegir líderes de partición.</translation>
    </message>
</context>
<context>
    <name>EventMessage</name>
    <message>
        <source>controller</source>
        <translation>controlador</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>bróker %1</translation>
    </message>
    <message>
        <source>missed heartbeats for longer than the session timeout</source>
        <translation>sin latidos durante más tiempo que el timeout de sesión</translation>
    </message>
    <message>
        <source>the broker was stopped</source>
        <translation>el bróker se detuvo</translation>
    </message>
    <message>
        <source>healed</source>
        <translation>restablecido</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>cortado</translation>
    </message>
    <message>
        <source>latency %1 ms, loss %2%</source>
        <translation>latencia %1 ms, pérdida %2 %</translation>
    </message>
    <message>
        <source>Broker %1 started on %2.</source>
        <translation>Bróker %1 iniciado en %2.</translation>
    </message>
    <message>
        <source>Broker %1 stopped gracefully after handing over its leadership.</source>
        <translation>Bróker %1 detenido ordenadamente tras ceder su liderazgo.</translation>
    </message>
    <message>
        <source>Broker %1 crashed, losing what it had not flushed to disk.</source>
        <translation>Bróker %1 caído, perdiendo lo que no había volcado a disco.</translation>
    </message>
    <message>
        <source>Broker %1 crashed.</source>
        <translation>Bróker %1 caído.</translation>
    </message>
    <message>
        <source>Broker %1 paused: its thread is frozen and its session will expire.</source>
        <translation>Bróker %1 en pausa: su hilo está congelado y su sesión caducará.</translation>
    </message>
    <message>
        <source>Broker %1 resumed.</source>
        <translation>Bróker %1 reanudado.</translation>
    </message>
    <message>
        <source>Broker %1 added.</source>
        <translation>Bróker %1 añadido.</translation>
    </message>
    <message>
        <source>Broker %1 registered again and is no longer fenced.</source>
        <translation>Bróker %1 registrado de nuevo; ya no está aislado.</translation>
    </message>
    <message>
        <source>Broker %1 fenced: %2.</source>
        <translation>Bróker %1 aislado: %2.</translation>
    </message>
    <message>
        <source>Link %1 ↔ %2: %3.</source>
        <translation>Enlace %1 ↔ %2: %3.</translation>
    </message>
    <message>
        <source>Every link healed.</source>
        <translation>Todos los enlaces restablecidos.</translation>
    </message>
    <message>
        <source>%1: leader %2 → %3 (epoch %4).</source>
        <translation>%1: líder %2 → %3 (época %4).</translation>
    </message>
    <message>
        <source>%1: broker %2 elected leader (epoch %3).</source>
        <translation>%1: bróker %2 elegido líder (época %3).</translation>
    </message>
    <message>
        <source>%1: leadership back to the preferred broker %2 (was %3).</source>
        <translation>%1: el liderazgo vuelve al bróker preferido %2 (antes %3).</translation>
    </message>
    <message>
        <source>%1 is offline: no in-sync replica is alive to lead it.</source>
        <translation>%1 está fuera de línea: no queda ninguna réplica sincronizada viva para liderarla.</translation>
    </message>
    <message>
        <source>ISR of %1 grew from %2 to %3.</source>
        <translation>El ISR de %1 creció de %2 a %3.</translation>
    </message>
    <message>
        <source>ISR of %1 shrank from %2 to %3.</source>
        <translation>El ISR de %1 se redujo de %2 a %3.</translation>
    </message>
    <message>
        <source>Records of %2 below offset %1 deleted.</source>
        <translation>Registros de %2 por debajo del offset %1 eliminados.</translation>
    </message>
    <message numerus="yes">
        <source>Retention deleted %n segment(s); log start %1 → %2.</source>
        <translation>
            <numerusform>La retención eliminó %n segmento; inicio del log %1 → %2.</numerusform>
            <numerusform>La retención eliminó %n segmentos; inicio del log %1 → %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compaction kept %1 of %2 records.</source>
        <translation>La compactación conservó %1 de %2 registros.</translation>
    </message>
    <message numerus="yes">
        <source>Topic %1 created with %n partition(s), replication factor %2.</source>
        <translation>
            <numerusform>Tema %1 creado con %n partición, factor de replicación %2.</numerusform>
            <numerusform>Tema %1 creado con %n particiones, factor de replicación %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1 deleted.</source>
        <translation>Tema %1 eliminado.</translation>
    </message>
    <message>
        <source>Topic %1 grew from %2 to %3 partitions.</source>
        <translation>El tema %1 pasó de %2 a %3 particiones.</translation>
    </message>
    <message>
        <source>Topic %1 config changed: %2.</source>
        <translation>Configuración del tema %1 cambiada: %2.</translation>
    </message>
    <message>
        <source>Member %1 (client %2, %3) joined.</source>
        <translation>Miembro %1 (cliente %2, %3) se unió.</translation>
    </message>
    <message>
        <source>Static member %1 rejoined as %2 (was %3).</source>
        <translation>Miembro estático %1 se unió de nuevo como %2 (antes %3).</translation>
    </message>
    <message>
        <source>Static member %1 rejoined while the rebalance was completing.</source>
        <translation>Miembro estático %1 se unió de nuevo mientras se completaba el reequilibrio.</translation>
    </message>
    <message>
        <source>Member %1 did not rejoin within the rebalance timeout.</source>
        <translation>El miembro %1 no volvió a unirse dentro del timeout de reequilibrio.</translation>
    </message>
    <message>
        <source>Member %1 did not send SyncGroup within the rebalance timeout.</source>
        <translation>El miembro %1 no envió SyncGroup dentro del timeout de reequilibrio.</translation>
    </message>
    <message>
        <source>Member %1 sent no heartbeat within the session timeout.</source>
        <translation>El miembro %1 no envió latidos dentro del timeout de sesión.</translation>
    </message>
    <message>
        <source>Member %1 was removed by its instance id.</source>
        <translation>El miembro %1 se eliminó por su id de instancia.</translation>
    </message>
    <message>
        <source>Member %1 left the group.</source>
        <translation>El miembro %1 abandonó el grupo.</translation>
    </message>
    <message>
        <source>Members did not sync in time.</source>
        <translation>Los miembros no se sincronizaron a tiempo.</translation>
    </message>
    <message>
        <source>The rebalance ended with no members.</source>
        <translation>El reequilibrio terminó sin miembros.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) joined with the %1 assignor.</source>
        <translation>
            <numerusform>%n miembro se unió con el asignador %1.</numerusform>
            <numerusform>%n miembros se unieron con el asignador %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader %1 assigned generation %2.</source>
        <translation>El líder %1 asignó la generación %2.</translation>
    </message>
    <message>
        <source>Storing the assignment failed: %1.</source>
        <translation>No se pudo guardar la asignación: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Committed offsets of %n partition(s) reset.</source>
        <translation>
            <numerusform>Offsets confirmados de %n partición restablecidos.</numerusform>
            <numerusform>Offsets confirmados de %n particiones restablecidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its last offsets were deleted.</source>
        <translation>Se eliminaron sus últimos offsets.</translation>
    </message>
    <message>
        <source>Empty, with no committed offsets left.</source>
        <translation>Vacío, sin offsets confirmados restantes.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <source>ISR of %1 shrank to %2: broker %3 is fenced.</source>
        <translation>El ISR de %1 se redujo a %2: el bróker %3 está aislado.</translation>
    </message>
    <message>
        <source>ISR of %1 shrank to %2: broker %3 is shutting down.</source>
        <translation>El ISR de %1 se redujo a %2: el bróker %3 se está apagando.</translation>
    </message>
    <message>
        <source>it restarted before its session expired</source>
        <translation>se reinició antes de que caducara su sesión</translation>
    </message>
    <message>
        <source>Broker %1 is back in the cluster&apos;s metadata.</source>
        <translation>El bróker %1 vuelve a figurar en los metadatos del clúster.</translation>
    </message>
    <message>
        <source>Broker %1 is gone from the cluster&apos;s metadata.</source>
        <translation>El bróker %1 ya no figura en los metadatos del clúster.</translation>
    </message>
    <message>
        <source>%1: leader %2 → %3.</source>
        <translation>%1: líder %2 → %3.</translation>
    </message>
    <message>
        <source>Topic %1 config back to default: %2.</source>
        <translation>Configuración del tema %1 restablecida a los valores predeterminados: %2.</translation>
    </message>
    <message>
        <source>Topic %1 config changed: %2; back to default: %3.</source>
        <translation>Configuración del tema %1 cambiada: %2; restablecido a los valores predeterminados: %3.</translation>
    </message>
    <message>
        <source>Static member %1 changed its protocols.</source>
        <translation>El miembro estático %1 cambió sus protocolos.</translation>
    </message>
    <message>
        <source>Member %1 rejoined.</source>
        <translation>El miembro %1 se unió de nuevo.</translation>
    </message>
    <message>
        <source>Leader %1 rejoined.</source>
        <translation>El líder %1 se unió de nuevo.</translation>
    </message>
    <message>
        <source>Member %1 changed its metadata.</source>
        <translation>El miembro %1 cambió sus metadatos.</translation>
    </message>
    <message>
        <source>Appeared, in state %1.</source>
        <translation>Apareció, en estado %1.</translation>
    </message>
    <message>
        <source>State %1 → %2.</source>
        <translation>Estado %1 → %2.</translation>
    </message>
    <message>
        <source>No longer listed by the cluster.</source>
        <translation>El clúster ya no lo muestra.</translation>
    </message>
    <message>
        <source>%1: replicas moving from %2 to %3.</source>
        <translation>%1: las réplicas se mueven de %2 a %3.</translation>
    </message>
    <message>
        <source>%1: replicas moved to %2.</source>
        <translation>%1: réplicas movidas a %2.</translation>
    </message>
    <message>
        <source>%1: replica move cancelled, back on %2.</source>
        <translation>%1: movimiento de réplicas cancelado, de nuevo en %2.</translation>
    </message>
    <message>
        <source>Broker %1: %2 authentication of user &quot;%3&quot; from %4 on listener %5 failed.</source>
        <translation>Bróker %1: falló la autenticación %2 del usuario «%3» desde %4 en el listener %5.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>too many open files</source>
        <translation>demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>Topic %1 was not created: its %2 partition replicas need more open files than the limit leaves (%3 of %4 open).</source>
        <translation>El tema %1 no se creó: sus %2 réplicas de partición necesitan más archivos abiertos de los que deja el límite (%3 de %4 abiertos).</translation>
    </message>
    <message>
        <source>Partitions were not added to topic %1: their %2 replicas need more open files than the limit leaves (%3 of %4 open).</source>
        <translation>No se añadieron particiones al tema %1: sus %2 réplicas necesitan más archivos abiertos de los que deja el límite (%3 de %4 abiertos).</translation>
    </message>
    <message>
        <source>Broker %1 refused writes to %2: %3.</source>
        <translation>El bróker %1 rechazó escrituras en %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Broker %1 could not open %n partition replica(s), %2 the first: %3.</source>
        <translation>
            <numerusform>El bróker %1 no pudo abrir %n réplica de partición, la primera %2: %3.</numerusform>
            <numerusform>El bróker %1 no pudo abrir %n réplicas de partición, la primera %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The controller crashed: no elections, ISR changes or new topics until it is back.</source>
        <translation>El controlador falló: no hay elecciones, cambios de ISR ni temas nuevos hasta que vuelva.</translation>
    </message>
    <message>
        <source>A new controller took over from metadata version %1.</source>
        <translation>Un controlador nuevo tomó el relevo desde la versión de metadatos %1.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>broker started</source>
        <translation>bróker iniciado</translation>
    </message>
    <message>
        <source>broker stopped</source>
        <translation>bróker detenido</translation>
    </message>
    <message>
        <source>broker crashed</source>
        <translation>bróker caído</translation>
    </message>
    <message>
        <source>broker paused</source>
        <translation>bróker en pausa</translation>
    </message>
    <message>
        <source>broker resumed</source>
        <translation>bróker reanudado</translation>
    </message>
    <message>
        <source>broker fenced</source>
        <translation>bróker aislado</translation>
    </message>
    <message>
        <source>broker unfenced</source>
        <translation>bróker readmitido</translation>
    </message>
    <message>
        <source>broker added</source>
        <translation>bróker añadido</translation>
    </message>
    <message>
        <source>link changed</source>
        <translation>enlace modificado</translation>
    </message>
    <message>
        <source>leader elected</source>
        <translation>líder elegido</translation>
    </message>
    <message>
        <source>partition offline</source>
        <translation>partición fuera de línea</translation>
    </message>
    <message>
        <source>ISR shrunk</source>
        <translation>ISR reducido</translation>
    </message>
    <message>
        <source>ISR expanded</source>
        <translation>ISR ampliado</translation>
    </message>
    <message>
        <source>topic created</source>
        <translation>tema creado</translation>
    </message>
    <message>
        <source>topic deleted</source>
        <translation>tema eliminado</translation>
    </message>
    <message>
        <source>topic config changed</source>
        <translation>configuración de tema modificada</translation>
    </message>
    <message>
        <source>partitions added</source>
        <translation>particiones añadidas</translation>
    </message>
    <message>
        <source>group state changed</source>
        <translation>estado de grupo modificado</translation>
    </message>
    <message>
        <source>group rebalanced</source>
        <translation>grupo reequilibrado</translation>
    </message>
    <message>
        <source>group offsets reset</source>
        <translation>offsets de grupo restablecidos</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>retención</translation>
    </message>
    <message>
        <source>compaction</source>
        <translation>compactación</translation>
    </message>
    <message>
        <source>log recovered</source>
        <translation>log recuperado</translation>
    </message>
    <message>
        <source>records deleted</source>
        <translation>registros eliminados</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>A broker started and registered with the controller.</source>
        <translation>Un bróker se inició y se registró en el controlador.</translation>
    </message>
    <message>
        <source>A broker shut down cleanly after moving its leadership away.</source>
        <translation>Un bróker se apagó limpiamente tras traspasar su liderazgo.</translation>
    </message>
    <message>
        <source>A broker was killed without warning; its leaders move once the controller notices.</source>
        <translation>Un bróker se terminó sin aviso; sus líderes se trasladan en cuanto el controlador lo detecta.</translation>
    </message>
    <message>
        <source>A broker&apos;s thread was frozen; it misses heartbeats until resumed.</source>
        <translation>Se congeló el hilo de un bróker; pierde latidos hasta que se reanude.</translation>
    </message>
    <message>
        <source>A paused broker runs again and catches up.</source>
        <translation>Un bróker en pausa vuelve a ejecutarse y se pone al día.</translation>
    </message>
    <message>
        <source>The controller stopped trusting a broker that missed its heartbeats, and moved its leaders.</source>
        <translation>El controlador dejó de confiar en un bróker que perdió sus latidos y trasladó sus líderes.</translation>
    </message>
    <message>
        <source>The controller trusts the broker again: it may lead partitions.</source>
        <translation>El controlador vuelve a confiar en el bróker: puede liderar particiones.</translation>
    </message>
    <message>
        <source>A new broker joined the cluster.</source>
        <translation>Un bróker nuevo se unió al clúster.</translation>
    </message>
    <message>
        <source>A network link between two nodes was slowed, made lossy, cut or healed.</source>
        <translation>Un enlace de red entre dos nodos se ralentizó, empezó a perder mensajes, se cortó o se reparó.</translation>
    </message>
    <message>
        <source>A partition got a new leader, the replica that serves its reads and writes.</source>
        <translation>Una partición obtuvo un nuevo líder, la réplica que atiende sus lecturas y escrituras.</translation>
    </message>
    <message>
        <source>No replica can lead the partition: it can be neither read nor written.</source>
        <translation>Ninguna réplica puede liderar la partición: no se puede leer ni escribir.</translation>
    </message>
    <message>
        <source>A replica fell behind and left the ISR, the in-sync replicas that may become leader.</source>
        <translation>Una réplica se quedó atrás y salió del ISR, las réplicas sincronizadas que pueden pasar a ser líder.</translation>
    </message>
    <message>
        <source>A replica caught up with its leader and rejoined the ISR.</source>
        <translation>Una réplica se puso al día con su líder y volvió al ISR.</translation>
    </message>
    <message>
        <source>A topic was created.</source>
        <translation>Se creó un tema.</translation>
    </message>
    <message>
        <source>A topic and its data were deleted.</source>
        <translation>Se eliminaron un tema y sus datos.</translation>
    </message>
    <message>
        <source>A topic&apos;s configuration was changed.</source>
        <translation>Se modificó la configuración de un tema.</translation>
    </message>
    <message>
        <source>A topic got more partitions.</source>
        <translation>Un tema obtuvo más particiones.</translation>
    </message>
    <message>
        <source>A consumer group changed state (empty, rebalancing, stable, dead).</source>
        <translation>Un grupo de consumidores cambió de estado (vacío, reequilibrando, estable, muerto).</translation>
    </message>
    <message>
        <source>A consumer group finished rebalancing: its partitions are assigned.</source>
        <translation>Un grupo de consumidores terminó de reequilibrarse: sus particiones están asignadas.</translation>
    </message>
    <message>
        <source>A consumer group&apos;s committed offsets were moved.</source>
        <translation>Se movieron los offsets confirmados de un grupo de consumidores.</translation>
    </message>
    <message>
        <source>Old segments were deleted because of the topic&apos;s retention settings.</source>
        <translation>Se eliminaron segmentos antiguos por la configuración de retención del tema.</translation>
    </message>
    <message>
        <source>The log was compacted: only the latest record per key is kept.</source>
        <translation>Se compactó el log: solo se conserva el último registro de cada clave.</translation>
    </message>
    <message>
        <source>A log was checked after an unclean shutdown and its torn tail cut off.</source>
        <translation>Se comprobó un log tras un apagado no limpio y se recortó su final dañado.</translation>
    </message>
    <message>
        <source>Records before an offset were deleted on request.</source>
        <translation>Se eliminaron bajo petición los registros anteriores a un offset.</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>bróker %1</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>tema %1</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>partición %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>all links</source>
        <translation>todos los enlaces</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>controlador</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>replicas moved</source>
        <translation>réplicas movidas</translation>
    </message>
    <message>
        <source>A partition&apos;s replicas moved between brokers: the new ones copy the log, then the old ones leave.</source>
        <translation>Las réplicas de una partición se movieron entre brókeres: las nuevas copian el log y después se retiran las antiguas.</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>autenticación fallida</translation>
    </message>
    <message>
        <source>A client failed to authenticate (a wrong password, an unknown user or a malformed SASL exchange); repeated failures from one address are answered more slowly.</source>
        <translation>Un cliente no pudo autenticarse (una contraseña incorrecta, un usuario desconocido o un intercambio SASL mal formado); los fallos repetidos desde una misma dirección se responden más despacio.</translation>
    </message>
    <message>
        <source>storage error</source>
        <translation>error de almacenamiento</translation>
    </message>
    <message>
        <source>A limit of the disk or of open files was reached: the one operation that needed more was refused, everything else goes on.</source>
        <translation>Se alcanzó un límite del disco o de archivos abiertos: se rechazó la única operación que necesitaba más; todo lo demás continúa.</translation>
    </message>
    <message>
        <source>controller crashed</source>
        <translation>controlador caído</translation>
    </message>
    <message>
        <source>controller restarted</source>
        <translation>controlador reiniciado</translation>
    </message>
    <message>
        <source>The controller&apos;s thread died: brokers keep serving with the metadata they have, but nothing is elected and no topic is created until it is back.</source>
        <translation>El hilo del controlador murió: los brókeres siguen sirviendo con los metadatos que tienen, pero no se elige nada ni se crea ningún tema hasta que vuelva.</translation>
    </message>
    <message>
        <source>A new controller took over from the stored metadata; elections that waited for it run now.</source>
        <translation>Un controlador nuevo tomó el relevo a partir de los metadatos guardados; las elecciones que lo esperaban se hacen ahora.</translation>
    </message>
</context>
<context>
    <name>GroupText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Choose a group, or type the id of a new one.</source>
        <translation>Elija un grupo o escriba el id de uno nuevo.</translation>
    </message>
    <message>
        <source>No group %1 yet: the reset gives it its first committed offsets (choose a topic).</source>
        <translation>Aún no existe el grupo %1: el restablecimiento le da sus primeros offsets confirmados (elija un tema).</translation>
    </message>
    <message>
        <source>Empty: no consumer is active, so its offsets can be reset.</source>
        <translation>Vacío: ningún consumidor está activo, así que sus offsets se pueden restablecer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n active member(s): %2. Kafka resets offsets only while a group is empty.</source>
        <translation>
            <numerusform>En estado %1, con %n miembro activo: %2. Kafka solo restablece offsets mientras el grupo está vacío.</numerusform>
            <numerusform>En estado %1, con %n miembros activos: %2. Kafka solo restablece offsets mientras el grupo está vacío.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 is %2 with %n active member(s): %3. Kafka resets offsets only while a group is empty: stop these consumers (or wait until their session times out), then preview again.</source>
        <translation>
            <numerusform>El grupo %1 está en estado %2 con %n miembro activo: %3. Kafka solo restablece offsets mientras el grupo está vacío: detenga estos consumidores (o espere a que caduque su sesión) y vuelva a previsualizar.</numerusform>
            <numerusform>El grupo %1 está en estado %2 con %n miembros activos: %3. Kafka solo restablece offsets mientras el grupo está vacío: detenga estos consumidores (o espere a que caduque su sesión) y vuelva a previsualizar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <source>Records per second by broker</source>
        <translation>Registros por segundo por bróker</translation>
    </message>
    <message>
        <source>Records produced to (in, solid) and fetched by consumers from (out, dashed) each broker.</source>
        <translation>Registros producidos en (entrada, continua) y leídos por los consumidores de (salida, discontinua) cada bróker.</translation>
    </message>
    <message>
        <source>Bytes per second by broker</source>
        <translation>Bytes por segundo por bróker</translation>
    </message>
    <message>
        <source>Bytes produced to (in, solid) and fetched by consumers from (out, dashed) each broker.</source>
        <translation>Bytes producidos en (entrada, continua) y leídos por los consumidores de (salida, discontinua) cada bróker.</translation>
    </message>
    <message>
        <source>Produce request latency</source>
        <translation>Latencia de las solicitudes de producción</translation>
    </message>
    <message>
        <source>Time from a produce request&apos;s arrival to its answer, acknowledgements included: median (p50, solid) and 99th percentile (p99, dashed) per broker.</source>
        <translation>Tiempo desde que llega una solicitud de producción hasta su respuesta, confirmaciones incluidas: mediana (p50, continua) y percentil 99 (p99, discontinua) por bróker.</translation>
    </message>
    <message>
        <source>Under-replicated and offline partitions</source>
        <translation>Particiones infrarreplicadas y fuera de línea</translation>
    </message>
    <message>
        <source>Partitions with fewer in-sync replicas than replicas, and partitions without a live leader.</source>
        <translation>Particiones con menos réplicas sincronizadas que réplicas y particiones sin un líder activo.</translation>
    </message>
    <message>
        <source>broker %1 in</source>
        <translation>bróker %1 entrada</translation>
    </message>
    <message>
        <source>broker %1 out</source>
        <translation>bróker %1 salida</translation>
    </message>
    <message>
        <source>broker %1 p50</source>
        <translation>bróker %1 p50</translation>
    </message>
    <message>
        <source>broker %1 p99</source>
        <translation>bróker %1 p99</translation>
    </message>
    <message>
        <source>under-replicated</source>
        <translation>infrarreplicadas</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>fuera de línea</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 entrada</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 salida</translation>
    </message>
    <message>
        <source>Records per second by topic</source>
        <translation>Registros por segundo por tema</translation>
    </message>
    <message>
        <source>Records appended to (in, solid) and fetched by consumers from (out, dashed) each topic, over all its partitions; the %1 busiest topics.</source>
        <translation>Registros añadidos a (entrada, continua) y leídos por los consumidores de (salida, discontinua) cada tema, sumando todas sus particiones; los %1 temas con más actividad.</translation>
    </message>
    <message>
        <source>Bytes per second by topic</source>
        <translation>Bytes por segundo por tema</translation>
    </message>
    <message>
        <source>Growth of each topic&apos;s logs (in, solid) and bytes fetched by consumers (out, dashed) per second; the %1 busiest topics.</source>
        <translation>Crecimiento de los logs de cada tema (entrada, continua) y bytes leídos por los consumidores (salida, discontinua) por segundo; los %1 temas con más actividad.</translation>
    </message>
</context>
<context>
    <name>RangeText</name>
    <message>
        <source>&quot;%1&quot; is not a partition number; write partitions like 0, 2, 5</source>
        <translation>&quot;%1&quot; no es un número de partición; escriba las particiones así: 0, 2, 5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition or a range; write e.g. 0, 1:100-500, 2:950-</source>
        <translation>&quot;%1&quot; no es una partición ni un intervalo; escriba p. ej. 0, 1:100-500, 2:950-</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the range starts after its end</source>
        <translation>En &quot;%1&quot; el intervalo empieza después de su final</translation>
    </message>
    <message>
        <source>Partition %1 is named twice</source>
        <translation>La partición %1 aparece dos veces</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The connection %1 is read-only: Eventscope only looks at this cluster. Turn read-only off in the connection&apos;s settings to change it.</source>
        <translation>La conexión %1 es de solo lectura: Eventscope solo observa este clúster. Para modificarlo, desactive la opción de solo lectura en la configuración de la conexión.</translation>
    </message>
</context>
<context>
    <name>ReplicaMoveText</name>
    <message>
        <source>%1: in sync</source>
        <translation>%1: sincronizado</translation>
    </message>
    <message>
        <source>%1: %2% copied</source>
        <translation>%1: %2% copiado</translation>
    </message>
    <message>
        <source>%1 (adding %2)</source>
        <translation>%1 (se añade %2)</translation>
    </message>
    <message>
        <source>Moving: broker %1 leaves once the move completes.</source>
        <translation>En movimiento: el bróker %1 se retira cuando termine el movimiento.</translation>
    </message>
    <message>
        <source>Moving: broker %1 copies the partition&apos;s log and joins once it has caught up.</source>
        <translation>En movimiento: el bróker %1 copia el log de la partición y se incorpora cuando se haya puesto al día.</translation>
    </message>
    <message>
        <source>Moving: broker %1 copies the partition&apos;s log; once it has caught up, broker %2 leaves.</source>
        <translation>En movimiento: el bróker %1 copia el log de la partición; cuando se haya puesto al día, se retira el bróker %2.</translation>
    </message>
</context>
<context>
    <name>ReplicaTargetText</name>
    <message>
        <source>&quot;%1&quot; is not a broker id</source>
        <translation>«%1» no es un ID de bróker</translation>
    </message>
    <message>
        <source>there is no broker %1</source>
        <translation>no existe el bróker %1</translation>
    </message>
    <message>
        <source>broker %1 is listed twice</source>
        <translation>el bróker %1 aparece dos veces</translation>
    </message>
    <message>
        <source>list at least one broker</source>
        <translation>indique al menos un bróker</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>%1 (%2 iterations)</source>
        <translation>%1 (%2 iteraciones)</translation>
    </message>
</context>
<context>
    <name>SidebarBadges</name>
    <message numerus="yes">
        <source>%n under-replicated partition</source>
        <translation>
            <numerusform>%n partición infrarreplicada</numerusform>
            <numerusform>%n particiones infrarreplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under-replicated partitions</source>
        <translation>
            <numerusform>%n partición infrarreplicada</numerusform>
            <numerusform>%n particiones infrarreplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline partition</source>
        <translation>
            <numerusform>%n partición fuera de línea</numerusform>
            <numerusform>%n particiones fuera de línea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline partitions</source>
        <translation>
            <numerusform>%n partición fuera de línea</numerusform>
            <numerusform>%n particiones fuera de línea</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n consumer group with rising lag</source>
        <translation>
            <numerusform>%n grupo de consumidores con retraso creciente</numerusform>
            <numerusform>%n grupos de consumidores con retraso creciente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consumer groups with rising lag</source>
        <translation>
            <numerusform>%n grupo de consumidores con retraso creciente</numerusform>
            <numerusform>%n grupos de consumidores con retraso creciente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); its templates are not shown.</source>
        <translation>%1 está dañado (%2); no se muestran sus plantillas.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Dé un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in example; choose another name.</source>
        <translation>&quot;%1&quot; es el nombre de un ejemplo integrado; elija otro nombre.</translation>
    </message>
    <message>
        <source>There is no saved template &quot;%1&quot;.</source>
        <translation>No existe ninguna plantilla guardada llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; exists already.</source>
        <translation>Ya existe una plantilla llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot save the templates to %1: %2</source>
        <translation>No se pueden guardar las plantillas en %1: %2</translation>
    </message>
</context>
<context>
    <name>TopicTerms</name>
    <message>
        <source>The broker that takes every write and read for this partition; the others copy from it.</source>
        <translation>El bróker que recibe todas las escrituras y lecturas de esta partición; los demás copian de él.</translation>
    </message>
    <message>
        <source>The brokers that keep a copy of this partition, the preferred leader first.</source>
        <translation>Los brókeres que guardan una copia de esta partición, con el líder preferido primero.</translation>
    </message>
    <message>
        <source>In-sync replicas: the copies that are caught up with the leader and may take over if it fails.</source>
        <translation>Réplicas sincronizadas: las copias al día con el líder que pueden sustituirlo si falla.</translation>
    </message>
    <message>
        <source>Log start offset: the oldest offset still stored; retention moves it forward.</source>
        <translation>Offset inicial del log: el offset más antiguo aún almacenado; la retención lo hace avanzar.</translation>
    </message>
    <message>
        <source>High watermark: the offset up to which every in-sync replica has the records, so consumers may read below it.</source>
        <translation>Marca de agua alta: el offset hasta el que todas las réplicas sincronizadas tienen los registros, así que los consumidores pueden leer por debajo de él.</translation>
    </message>
    <message>
        <source>Log end offset: the offset the leader will give the next record it appends.</source>
        <translation>Offset final del log: el offset que el líder asignará al próximo registro que añada.</translation>
    </message>
    <message>
        <source>The files a partition&apos;s log is split into; retention deletes whole segments, oldest first.</source>
        <translation>Los archivos en que se divide el log de una partición; la retención elimina segmentos completos, primero los más antiguos.</translation>
    </message>
    <message>
        <source>How many brokers keep a copy of each partition.</source>
        <translation>Cuántos brókeres guardan una copia de cada partición.</translation>
    </message>
    <message>
        <source>Partitions with fewer in-sync replicas than replicas: a broker is down or falling behind.</source>
        <translation>Particiones con menos réplicas sincronizadas que réplicas: un bróker está caído o se está quedando atrás.</translation>
    </message>
    <message>
        <source>A consumer group&apos;s committed offset: the next record the group will read from this partition.</source>
        <translation>El offset confirmado de un grupo de consumidores: el próximo registro que el grupo leerá de esta partición.</translation>
    </message>
</context>
<context>
    <name>es::AclDialog</name>
    <message>
        <source>Add ACL</source>
        <translation>Añadir ACL</translation>
    </message>
    <message>
        <source>Add ACLs</source>
        <translation>Añadir ACL</translation>
    </message>
    <message>
        <source>Who: User:name for a SCRAM user or a certificate&apos;s name, User:* for everyone</source>
        <translation>Quién: User:nombre para un usuario SCRAM o el nombre de un certificado, User:* para todos</translation>
    </message>
    <message>
        <source>The client&apos;s IP address, or * for any</source>
        <translation>La dirección IP del cliente, o * para cualquiera</translation>
    </message>
    <message>
        <source>Literal: this name (* for every one)</source>
        <translation>Literal: este nombre (* para todos)</translation>
    </message>
    <message>
        <source>Prefixed: every name that starts with it</source>
        <translation>Prefijo: todo nombre que empiece por él</translation>
    </message>
    <message>
        <source>Each operation checked adds one ACL</source>
        <translation>Cada operación marcada añade una ACL</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
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
        <translation>&amp;Tipo de recurso:</translation>
    </message>
    <message>
        <source>P&amp;attern:</source>
        <translation>P&amp;atrón:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Operations:</source>
        <translation>&amp;Operaciones:</translation>
    </message>
    <message>
        <source>Pe&amp;rmission:</source>
        <translation>Pe&amp;rmiso:</translation>
    </message>
    <message>
        <source>Enter the resource&apos;s name, or * for every one.</source>
        <translation>Introduzca el nombre del recurso, o * para todos.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s host, or * for any.</source>
        <translation>Introduzca el host del cliente, o * para cualquiera.</translation>
    </message>
    <message>
        <source>This connection does not tell which requests it decided lately, so the new ACLs cannot be previewed.</source>
        <translation>Esta conexión no indica qué solicitudes ha resuelto últimamente, así que no se puede mostrar una vista previa de las nuevas ACL.</translation>
    </message>
    <message>
        <source>Complete the form to preview what the new ACLs change.</source>
        <translation>Complete el formulario para ver una vista previa de lo que cambian las nuevas ACL.</translation>
    </message>
    <message>
        <source>Would now be allowed: %1</source>
        <translation>Ahora se permitiría: %1</translation>
    </message>
    <message>
        <source>Would now be denied: %1</source>
        <translation>Ahora se denegaría: %1</translation>
    </message>
    <message>
        <source>No requests were decided lately to preview the new ACLs against.</source>
        <translation>Últimamente no se ha resuelto ninguna solicitud con la que mostrar una vista previa de las nuevas ACL.</translation>
    </message>
    <message>
        <source>Of the kinds of request decided lately, %1 would be decided otherwise and %2 stay the same.</source>
        <translation>De los tipos de solicitud resueltos últimamente, %1 se resolverían de otro modo y %2 seguirían igual.</translation>
    </message>
</context>
<context>
    <name>es::AclsPanel</name>
    <message>
        <source>&amp;Add ACL…</source>
        <translation>&amp;Añadir ACL…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Filter by principal or resource</source>
        <translation>Filtrar por principal o recurso</translation>
    </message>
    <message>
        <source>Filter ACLs</source>
        <translation>Filtrar ACL</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Todos los recursos</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Allow and deny</source>
        <translation>Permitir y denegar</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
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
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>ACLs</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>Allow or deny a principal an operation on a resource</source>
        <translation>Permite o deniega a un principal una operación sobre un recurso</translation>
    </message>
    <message>
        <source>Delete the selected ACLs</source>
        <translation>Elimina las ACL seleccionadas</translation>
    </message>
    <message>
        <source>Delete ACLs</source>
        <translation>Eliminar ACL</translation>
    </message>
    <message>
        <source>Delete this ACL?
%1</source>
        <translation>¿Eliminar esta ACL?
%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n ACLs?</source>
        <translation>
            <numerusform>¿Eliminar esta %n ACL?</numerusform>
            <numerusform>¿Eliminar estas %n ACL?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>es::AddPartitionsDialog</name>
    <message>
        <source>Add partitions</source>
        <translation>Añadir particiones</translation>
    </message>
    <message>
        <source>Add partitions to %1</source>
        <translation>Añadir particiones a %1</translation>
    </message>
    <message>
        <source>Partitions of %1 now: %2. Records with a key go to the partition their key hashes to, so after adding partitions some keys land on a different partition than before.</source>
        <translation>Particiones de %1 ahora: %2. Los registros con clave van a la partición que indica el hash de su clave, así que, tras añadir particiones, algunas claves acaban en una partición distinta de la anterior.</translation>
    </message>
    <message>
        <source>&amp;New total:</source>
        <translation>&amp;Nuevo total:</translation>
    </message>
    <message>
        <source>A topic&apos;s partitions can only grow: enter more than %1.</source>
        <translation>Las particiones de un tema solo pueden aumentar: introduzca más de %1.</translation>
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
        <translation>El clúster aún no está en ejecución.</translation>
    </message>
</context>
<context>
    <name>es::BotSettingsDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Modificar %1</translation>
    </message>
    <message>
        <source> records/s</source>
        <translation> registros/s</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tasa:</translation>
    </message>
    <message>
        <source> ms per record</source>
        <translation> ms por registro</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Processing time:</source>
        <translation>Tiempo de &amp;procesamiento:</translation>
    </message>
    <message>
        <source>&amp;Error rate:</source>
        <translation>Tasa de &amp;errores:</translation>
    </message>
</context>
<context>
    <name>es::BotsModel</name>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>The most the members can process together at %1 ms per record, error rate %2%</source>
        <translation>El máximo que los miembros pueden procesar juntos a %1 ms por registro, con una tasa de errores del %2%</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (detenido)</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Grupo de consumidores</translation>
    </message>
    <message>
        <source>%1 (reads %2)</source>
        <translation>%1 (lee %2)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitada</translation>
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
        <translation>El tema en el que escribe un productor, o el id del grupo de consumidores al que se une un bot de grupo.</translation>
    </message>
    <message>
        <source>The configured rate: records per second sent, or processed at most.</source>
        <translation>La tasa configurada: registros por segundo enviados, o procesados como máximo.</translation>
    </message>
    <message>
        <source>Records acknowledged (producers) or processed (groups) per second, just now.</source>
        <translation>Registros confirmados (productores) o procesados (grupos) por segundo, en este momento.</translation>
    </message>
    <message>
        <source>Failed deliveries, or records whose processing failed and was retried.</source>
        <translation>Entregas fallidas, o registros cuyo procesamiento falló y se reintentó.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Topic / group</source>
        <translation>Tema / grupo</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Stopped: select it and press Start to run it again.</source>
        <translation>Detenido: selecciónelo y pulse Iniciar para volver a ejecutarlo.</translation>
    </message>
</context>
<context>
    <name>es::BotsPanel</name>
    <message>
        <source>Simulated clients</source>
        <translation>Clientes simulados</translation>
    </message>
    <message>
        <source>Add &amp;producer…</source>
        <translation>Añadir &amp;productor…</translation>
    </message>
    <message>
        <source>Start a simulated producer that writes records to a topic at a steady rate.</source>
        <translation>Inicia un productor simulado que escribe registros en un tema a un ritmo constante.</translation>
    </message>
    <message>
        <source>Add consumer gro&amp;up…</source>
        <translation>Añadir grupo de cons&amp;umidores…</translation>
    </message>
    <message>
        <source>Start simulated consumers that join a consumer group and process its partitions.</source>
        <translation>Inicia consumidores simulados que se unen a un grupo de consumidores y procesan sus particiones.</translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Change the rate, processing time or error rate while the bot runs.</source>
        <translation>Cambia la tasa, el tiempo de procesamiento o la tasa de errores mientras el bot se ejecuta.</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Añadir m&amp;iembro</translation>
    </message>
    <message>
        <source>Another consumer joins the group: the group rebalances its partitions.</source>
        <translation>Otro consumidor se une al grupo: el grupo reequilibra sus particiones.</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>&amp;Quitar miembro</translation>
    </message>
    <message>
        <source>The newest member leaves the group cleanly (LeaveGroup): it rebalances at once.</source>
        <translation>El miembro más reciente abandona el grupo limpiamente (LeaveGroup): se reequilibra de inmediato.</translation>
    </message>
    <message>
        <source>Cras&amp;h member</source>
        <translation>Provocar &amp;fallo de miembro</translation>
    </message>
    <message>
        <source>The newest member dies without leaving: the group rebalances once its session times out (6 s).</source>
        <translation>El miembro más reciente muere sin abandonar el grupo: el grupo se reequilibra cuando caduca su sesión (6 s).</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the bot; it stays in the list.</source>
        <translation>Detiene el bot; permanece en la lista.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Stop the bot and remove it from the list.</source>
        <translation>Detiene el bot y lo elimina de la lista.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Producer bot started on %1.</source>
        <translation>Bot productor iniciado en %1.</translation>
    </message>
    <message>
        <source>Consumer group bot %1 started.</source>
        <translation>Bot de grupo de consumidores %1 iniciado.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Rate changed.</source>
        <translation>Tasa modificada.</translation>
    </message>
    <message>
        <source>Processing changed.</source>
        <translation>Procesamiento modificado.</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>Iniciar &amp;demostración</translation>
    </message>
    <message>
        <source>Creates the topics orders, payments and clicks if they are missing, and starts the demo&apos;s simulated producers and consumer groups (again, if they were stopped).</source>
        <translation>Crea los temas orders, payments y clicks si no existen e inicia los productores y grupos de consumidores simulados de la demostración (de nuevo, si se detuvieron).</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the bot again, with the settings it had.</source>
        <translation>Vuelve a iniciar el bot con la configuración que tenía.</translation>
    </message>
    <message>
        <source>The demo runs: producers feed orders, payments and clicks; billing, analytics and fraud-check consume them.</source>
        <translation>La demostración está en marcha: los productores escriben en orders, payments y clicks; billing, analytics y fraud-check los consumen.</translation>
    </message>
</context>
<context>
    <name>es::BrokerConfigsDialog</name>
    <message>
        <source>Broker settings</source>
        <translation>Ajustes de los brókeres</translation>
    </message>
    <message>
        <source>All brokers</source>
        <translation>Todos los brókeres</translation>
    </message>
    <message>
        <source>Filter by name or description</source>
        <translation>Filtrar por nombre o descripción</translation>
    </message>
    <message>
        <source>&amp;Settings of:</source>
        <translation>&amp;Ajustes de:</translation>
    </message>
    <message>
        <source>New value, e.g. 2 days or 1 GiB</source>
        <translation>Valor nuevo, p. ej. 2 días o 1 GiB</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Broker %1</source>
        <translation>Bróker %1</translation>
    </message>
    <message>
        <source>for broker %1</source>
        <translation>para el bróker %1</translation>
    </message>
    <message>
        <source>for all brokers</source>
        <translation>para todos los brókeres</translation>
    </message>
    <message>
        <source>Could not read the broker settings: %1</source>
        <translation>No se pudieron leer los ajustes de los brókeres: %1</translation>
    </message>
    <message>
        <source>Select a setting to change it.</source>
        <translation>Seleccione un ajuste para cambiarlo.</translation>
    </message>
    <message>
        <source>Set this value %1.</source>
        <translation>Establecer este valor %1.</translation>
    </message>
    <message>
        <source>Remove the value set %1, so the next one in line counts again.</source>
        <translation>Quitar el valor establecido %1, para que vuelva a valer el siguiente en orden.</translation>
    </message>
    <message>
        <source>%1 needs a value such as %2.</source>
        <translation>%1 necesita un valor como %2.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 no se cambió: %2</translation>
    </message>
    <message>
        <source>%1 set to %2 %3.</source>
        <translation>%1 establecido en %2 %3.</translation>
    </message>
    <message>
        <source>%1 reset %2.</source>
        <translation>%1 restablecido %2.</translation>
    </message>
</context>
<context>
    <name>es::BrokerConfigsModel</name>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (por %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>this broker</source>
        <translation>este bróker</translation>
    </message>
    <message>
        <source>all brokers</source>
        <translation>todos los brókeres</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Set for this broker alone; it wins over every other value.</source>
        <translation>Establecido solo para este bróker; prevalece sobre cualquier otro valor.</translation>
    </message>
    <message>
        <source>Set for all brokers while the cluster runs; a broker&apos;s own value would win over it.</source>
        <translation>Establecido para todos los brókeres mientras el clúster está en ejecución; el valor propio de un bróker prevalecería sobre él.</translation>
    </message>
    <message>
        <source>Given with --config when the cluster started; a value set while it runs wins over it.</source>
        <translation>Indicado con --config al iniciar el clúster; un valor establecido durante la ejecución prevalece sobre él.</translation>
    </message>
    <message>
        <source>Nobody set it: the broker&apos;s default.</source>
        <translation>Nadie lo estableció: el valor predeterminado del bróker.</translation>
    </message>
    <message>
        <source>Read-only: Kafka reads this setting only when a broker starts, so it cannot be changed while the cluster runs.</source>
        <translation>Solo lectura: Kafka lee este ajuste solo al iniciarse un bróker, así que no se puede cambiar mientras el clúster está en ejecución.</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>es::BrokerTableModel</name>
    <message>
        <source>This broker&apos;s id; the controller runs beside it.</source>
        <translation>El id de este bróker; el controlador se ejecuta junto a él.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lidera</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Under-replicated</source>
        <translation>Infrarreplicadas</translation>
    </message>
    <message>
        <source>Records in/s</source>
        <translation>Registros entrada/s</translation>
    </message>
    <message>
        <source>Records out/s</source>
        <translation>Registros salida/s</translation>
    </message>
    <message>
        <source>Bytes in/s</source>
        <translation>Bytes entrada/s</translation>
    </message>
    <message>
        <source>Bytes out/s</source>
        <translation>Bytes salida/s</translation>
    </message>
    <message>
        <source>The broker&apos;s id (broker.id).</source>
        <translation>El id del bróker (broker.id).</translation>
    </message>
    <message>
        <source>Where Kafka clients reach this broker.</source>
        <translation>Dónde los clientes de Kafka contactan con este bróker.</translation>
    </message>
    <message>
        <source>Running, paused, stopped, crashed, or fenced by the controller.</source>
        <translation>En ejecución, en pausa, detenido, caído o aislado por el controlador.</translation>
    </message>
    <message>
        <source>Partitions whose leader is on this broker: it serves their reads and writes.</source>
        <translation>Particiones cuyo líder está en este bróker: atiende sus lecturas y escrituras.</translation>
    </message>
    <message>
        <source>Partition replicas stored on this broker, leaders and followers.</source>
        <translation>Réplicas de particiones almacenadas en este bróker, líderes y seguidores.</translation>
    </message>
    <message>
        <source>Partitions it leads with fewer in-sync replicas than replicas: a copy is missing or behind.</source>
        <translation>Particiones que lidera con menos réplicas sincronizadas que réplicas: falta una copia o va retrasada.</translation>
    </message>
    <message>
        <source>Records produced to this broker per second.</source>
        <translation>Registros producidos en este bróker por segundo.</translation>
    </message>
    <message>
        <source>Records fetched from this broker per second, by consumers and followers.</source>
        <translation>Registros leídos de este bróker por segundo, por consumidores y seguidores.</translation>
    </message>
    <message>
        <source>Bytes produced to this broker per second.</source>
        <translation>Bytes producidos en este bróker por segundo.</translation>
    </message>
    <message>
        <source>Bytes fetched from this broker per second.</source>
        <translation>Bytes leídos de este bróker por segundo.</translation>
    </message>
</context>
<context>
    <name>es::BrowseBar</name>
    <message>
        <source>The topic to browse: a named stream of records, split into partitions (Ctrl+L).</source>
        <translation>El tema que explorar: un flujo de registros con nombre, dividido en particiones (Ctrl+L).</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Partitions to browse, e.g. 0, 2, 5-7; empty for all. One partition shows its records in offset order; several are merged by timestamp.</source>
        <translation>Particiones que explorar, p. ej. 0, 2, 5-7; vacío para todas. Una sola partición muestra sus registros por orden de offset; varias se combinan por marca de tiempo.</translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation>&amp;Particiones:</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Más antiguo</translation>
    </message>
    <message>
        <source>Latest N</source>
        <translation>Últimos N</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Marca de tiempo</translation>
    </message>
    <message>
        <source>Group&apos;s position</source>
        <translation>Posición del grupo</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Where to start: the log start (earliest offset still kept), the last N records of each partition, an offset, the first record at or after a time, the offset a consumer group committed, or only new records (live tail).</source>
        <translation>Dónde empezar: el inicio del log (el offset más antiguo que aún se conserva), los últimos N registros de cada partición, un offset, el primer registro en una hora dada o posterior, el offset que confirmó un grupo de consumidores, o solo los registros nuevos (en directo).</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>How many of the newest records of each partition to show.</source>
        <translation>Cuántos de los registros más recientes de cada partición se muestran.</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>offset</translation>
    </message>
    <message>
        <source>The first offset to show in each partition (clamped to what the log holds).</source>
        <translation>El primer offset que mostrar en cada partición (ajustado a lo que contiene el log).</translation>
    </message>
    <message>
        <source>Show records from the first one stamped at or after this time.</source>
        <translation>Muestra los registros a partir del primero con marca de tiempo igual o posterior a esta hora.</translation>
    </message>
    <message>
        <source>A consumer group: start where it committed its position in each partition, i.e. at the records it has not processed yet.</source>
        <translation>Un grupo de consumidores: empieza donde confirmó su posición en cada partición, es decir, en los registros que aún no ha procesado.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>Se&amp;guir</translation>
    </message>
    <message>
        <source>Keep adding records as they arrive, and scroll to them unless you scrolled away.</source>
        <translation>Sigue añadiendo los registros según llegan y se desplaza hasta ellos, salvo que usted se haya desplazado a otro sitio.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show the records from the chosen start (F5 opens again).</source>
        <translation>Muestra los registros desde el inicio elegido (F5 vuelve a abrir).</translation>
    </message>
    <message>
        <source>Enter the offset to start at.</source>
        <translation>Introduzca el offset por el que empezar.</translation>
    </message>
    <message>
        <source>Choose a topic</source>
        <translation>Elija un tema</translation>
    </message>
</context>
<context>
    <name>es::BrowseResolver</name>
    <message>
        <source>&quot;%1&quot; is not a partition number or range (write e.g. 0, 2, 5-7).</source>
        <translation>&quot;%1&quot; no es un número ni un intervalo de particiones (escriba p. ej. 0, 2, 5-7).</translation>
    </message>
    <message>
        <source>The range %1 ends before it starts.</source>
        <translation>El intervalo %1 termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Elija un tema.</translation>
    </message>
    <message>
        <source>There is no topic &quot;%1&quot;.</source>
        <translation>No existe el tema &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose a consumer group.</source>
        <translation>Elija un grupo de consumidores.</translation>
    </message>
    <message>
        <source>There is no consumer group &quot;%1&quot;.</source>
        <translation>No existe el grupo de consumidores &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Topic &quot;%1&quot; has no partition %2 (it has %n partition(s)).</source>
        <translation>
            <numerusform>El tema &quot;%1&quot; no tiene la partición %2 (tiene %n partición).</numerusform>
            <numerusform>El tema &quot;%1&quot; no tiene la partición %2 (tiene %n particiones).</numerusform>
        </translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; has no committed offset for partition(s) %2: they start at the log start.</source>
        <translation>El grupo &quot;%1&quot; no tiene offset confirmado en las particiones %2: empiezan en el inicio del log.</translation>
    </message>
</context>
<context>
    <name>es::BulkPanel</name>
    <message>
        <source>Send many</source>
        <translation>Envío masivo</translation>
    </message>
    <message>
        <source>N&amp;umber of records:</source>
        <translation>&amp;Número de registros:</translation>
    </message>
    <message>
        <source>How many records to render from the template and send, as fast as the cluster takes them.</source>
        <translation>Cuántos registros generar a partir de la plantilla y enviar, tan rápido como los acepte el clúster.</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>Ta&amp;sa:</translation>
    </message>
    <message>
        <source> records/s</source>
        <translation> registros/s</translation>
    </message>
    <message>
        <source>Records per second, spread evenly, as a steady producer would send them.</source>
        <translation>Registros por segundo, repartidos uniformemente, como los enviaría un productor constante.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>For how long to send at that rate.</source>
        <translation>Durante cuánto tiempo enviar a esa tasa.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>&amp;From file:</source>
        <translation>Desde arc&amp;hivo:</translation>
    </message>
    <message>
        <source>Sends every record of a JSON Lines or CSV file, such as one the Messages view exported, keeping keys, values, headers and timestamps.</source>
        <translation>Envía todos los registros de un archivo JSON Lines o CSV, como uno exportado desde la vista Mensajes, conservando claves, valores, cabeceras y marcas de tiempo.</translation>
    </message>
    <message>
        <source>A .jsonl or .csv file</source>
        <translation>Un archivo .jsonl o .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>Inicia&amp;r</translation>
    </message>
    <message>
        <source>Starts sending to the chosen topic.</source>
        <translation>Empieza a enviar al tema elegido.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cancel&amp;ar</translation>
    </message>
    <message>
        <source>Stops sending; records already sent stay in the topic.</source>
        <translation>Deja de enviar; los registros ya enviados permanecen en el tema.</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>Registros (*.jsonl *.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The cluster is not running.</source>
        <translation>El clúster no está en ejecución.</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Elija un archivo que importar.</translation>
    </message>
    <message>
        <source>Choose the topic to import into.</source>
        <translation>Elija el tema en el que importar.</translation>
    </message>
    <message>
        <source>Fix the record above first.</source>
        <translation>Corrija primero el registro de arriba.</translation>
    </message>
    <message>
        <source>Choose or type a topic to send to.</source>
        <translation>Elija o escriba un tema al que enviar.</translation>
    </message>
    <message>
        <source>%1 of %2 records delivered</source>
        <translation>%1 de %2 registros entregados</translation>
    </message>
    <message>
        <source>%1 records delivered</source>
        <translation>%1 registros entregados</translation>
    </message>
    <message>
        <source> · %1 records/s</source>
        <translation> · %1 registros/s</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 fallidos</translation>
    </message>
    <message>
        <source>Done: %1 records in %2 s (%3 records/s on average).</source>
        <translation>Hecho: %1 registros en %2 s (%3 registros/s de media).</translation>
    </message>
    <message>
        <source>Cancelled after %1 records.</source>
        <translation>Cancelado tras %1 registros.</translation>
    </message>
    <message>
        <source>%1 records delivered.</source>
        <translation>%1 registros entregados.</translation>
    </message>
</context>
<context>
    <name>es::ClusterDiagram</name>
    <message>
        <source>leader: serves every read and write of the partition</source>
        <translation>líder: atiende todas las lecturas y escrituras de la partición</translation>
    </message>
    <message>
        <source>in-sync follower: a copy caught up with the leader, member of the ISR</source>
        <translation>seguidor sincronizado: una copia al día con el líder, miembro del ISR</translation>
    </message>
    <message>
        <source>out-of-sync follower: behind the leader, so not in the ISR (in-sync replicas)</source>
        <translation>seguidor no sincronizado: va por detrás del líder, así que no está en el ISR (réplicas sincronizadas)</translation>
    </message>
    <message>
        <source>offline: its broker is down</source>
        <translation>fuera de línea: su bróker está caído</translation>
    </message>
    <message>
        <source>Cluster diagram</source>
        <translation>Diagrama del clúster</translation>
    </message>
    <message>
        <source>Brokers, the controller and the replicas of every partition. Left and right arrows choose a broker.</source>
        <translation>Brókeres, el controlador y las réplicas de cada partición. Las flechas izquierda y derecha eligen un bróker.</translation>
    </message>
    <message numerus="yes">
        <source>Broker %1: %2. %3 Leads %n partition(s).</source>
        <translation>
            <numerusform>Bróker %1: %2. %3 Lidera %n partición.</numerusform>
            <numerusform>Bróker %1: %2. %3 Lidera %n particiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Topic %1: %n partition(s), replication factor %2. Double-click to open it.</source>
        <translation>
            <numerusform>Tema %1: %n partición, factor de replicación %2. Haga doble clic para abrirlo.</numerusform>
            <numerusform>Tema %1: %n particiones, factor de replicación %2. Haga doble clic para abrirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on broker %2: %3</source>
        <translation>%1 en el bróker %2: %3</translation>
    </message>
    <message>
        <source>%1 is offline: no replica can lead it, so it can be neither read nor written.</source>
        <translation>%1 está fuera de línea: ninguna réplica puede liderarla, así que no se puede leer ni escribir.</translation>
    </message>
    <message>
        <source>%1 is under-replicated: fewer replicas are in sync than it has.</source>
        <translation>%1 está infrarreplicada: tiene menos réplicas sincronizadas que réplicas.</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>cortado</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1% loss</source>
        <translation>%1% de pérdida</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <source>metadata, elections</source>
        <translation>metadatos, elecciones</translation>
    </message>
    <message>
        <source>leads %1</source>
        <translation>lidera %1</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <source>in-sync follower</source>
        <translation>seguidor sincronizado</translation>
    </message>
    <message>
        <source>out of sync</source>
        <translation>no sincronizado</translation>
    </message>
    <message>
        <source>broker down</source>
        <translation>bróker caído</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latencia</translation>
    </message>
    <message>
        <source>lossy</source>
        <translation>con pérdidas</translation>
    </message>
    <message>
        <source>No topics yet. Create one in the Topics view, or let a client produce to a new topic: the brokers create it on first use.</source>
        <translation>Aún no hay temas. Cree uno en la vista Temas o deje que un cliente produzca en un tema nuevo: los brókeres lo crean en el primer uso.</translation>
    </message>
    <message numerus="yes">
        <source>%1  · %n partition(s), replication factor %2</source>
        <translation>
            <numerusform>%1  · %n partición, factor de replicación %2</numerusform>
            <numerusform>%1  · %n particiones, factor de replicación %2</numerusform>
        </translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (fuera de línea)</translation>
    </message>
    <message>
        <source> (under-replicated)</source>
        <translation> (infrarreplicada)</translation>
    </message>
    <message>
        <source>L</source>
        <comment>leader replica</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <comment>in-sync follower replica</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>F!</source>
        <comment>out-of-sync follower replica</comment>
        <translation>S!</translation>
    </message>
    <message>
        <source>Joining: it has caught up with the leader; the move completes once every joining replica has.</source>
        <translation>Se incorpora: se ha puesto al día con el líder; el movimiento termina cuando lo hayan hecho todas las réplicas que se incorporan.</translation>
    </message>
    <message>
        <source>Joining: it copies the leader&apos;s log, %1% so far (%2 of %3 offsets), and joins the partition&apos;s replicas once it has caught up.</source>
        <translation>Se incorpora: copia el log del líder, %1% hasta ahora (%2 de %3 offsets), y se incorpora a las réplicas de la partición cuando se haya puesto al día.</translation>
    </message>
    <message>
        <source>Joining: it copies the leader&apos;s log, and joins the partition&apos;s replicas once it has caught up.</source>
        <translation>Se incorpora: copia el log del líder y se incorpora a las réplicas de la partición cuando se haya puesto al día.</translation>
    </message>
    <message>
        <source>Leaving: it is removed, with its copy of the log, once every joining replica has caught up.</source>
        <translation>Se retira: se elimina, con su copia del log, cuando todas las réplicas que se incorporan se hayan puesto al día.</translation>
    </message>
    <message>
        <source>%1 is moving: broker %2 copies its log and joins its replicas once caught up.</source>
        <translation>%1 se está moviendo: el bróker %2 copia su log y se incorpora a sus réplicas cuando se haya puesto al día.</translation>
    </message>
    <message>
        <source>%1 is moving: broker %2 leaves its replicas.</source>
        <translation>%1 se está moviendo: el bróker %2 se retira de sus réplicas.</translation>
    </message>
    <message>
        <source>%1 is moving: broker %2 copies its log; once caught up, broker %3 leaves.</source>
        <translation>%1 se está moviendo: el bróker %2 copia su log; cuando se haya puesto al día, se retira el bróker %3.</translation>
    </message>
    <message>
        <source>joining: share copied</source>
        <translation>se incorpora: parte copiada</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>se retira</translation>
    </message>
    <message>
        <source> (under-replicated, moving)</source>
        <translation> (infrarreplicada, en movimiento)</translation>
    </message>
    <message>
        <source> (moving)</source>
        <translation> (en movimiento)</translation>
    </message>
    <message>
        <source>+F</source>
        <comment>joining replica, caught up</comment>
        <translation>+S</translation>
    </message>
    <message>
        <source>+%1%</source>
        <comment>joining replica, share of the leader&apos;s log copied</comment>
        <translation>+%1%</translation>
    </message>
    <message>
        <source>crashed: nothing is elected</source>
        <translation>caído: no se elige nada</translation>
    </message>
</context>
<context>
    <name>es::ClusterView</name>
    <message>
        <source>Show &amp;internal topics</source>
        <translation>Mostrar temas &amp;internos</translation>
    </message>
    <message>
        <source>Also draw the cluster&apos;s own topics, such as __consumer_offsets, where consumer groups keep their committed offsets.</source>
        <translation>Dibuja también los temas propios del clúster, como __consumer_offsets, donde los grupos de consumidores guardan sus offsets confirmados.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the broker cleanly: it hands its leadership to other replicas first.</source>
        <translation>Detiene el bróker limpiamente: antes cede su liderazgo a otras réplicas.</translation>
    </message>
    <message>
        <source>&amp;Crash…</source>
        <translation>Provocar &amp;fallo…</translation>
    </message>
    <message>
        <source>Kill the broker abruptly, optionally losing what it has not flushed to disk.</source>
        <translation>Termina el bróker de golpe, perdiendo opcionalmente lo que no ha volcado a disco.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Freeze the broker&apos;s thread: it answers nothing until resumed.</source>
        <translation>Congela el hilo del bróker: no responde a nada hasta que se reanude.</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Stop the broker cleanly if it runs, then start it again.</source>
        <translation>Detiene el bróker limpiamente si está en ejecución y luego lo vuelve a iniciar.</translation>
    </message>
    <message>
        <source>&amp;Add broker</source>
        <translation>&amp;Añadir bróker</translation>
    </message>
    <message>
        <source>Start one more broker (at most 9). New topics place replicas on it.</source>
        <translation>Inicia un bróker más (9 como máximo); los temas nuevos colocan réplicas en él.</translation>
    </message>
    <message>
        <source>&amp;Links…</source>
        <translation>&amp;Enlaces…</translation>
    </message>
    <message>
        <source>Add latency, make lossy, cut or heal the link between two nodes.</source>
        <translation>Añade latencia o pérdidas, corta o repara el enlace entre dos nodos.</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Brókeres</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <source>Let the broker&apos;s thread run again.</source>
        <translation>Deja que el hilo del bróker vuelva a ejecutarse.</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>I&amp;niciar</translation>
    </message>
    <message>
        <source>&amp;Elect preferred leaders…</source>
        <translation>&amp;Elegir líderes preferidos…</translation>
    </message>
    <message>
        <source>Give every partition of the cluster back to its preferred leader, where that replica runs and is in sync.</source>
        <translation>Devolver cada partición del clúster a su líder preferido, si esa réplica está en ejecución y sincronizada.</translation>
    </message>
    <message>
        <source>&amp;Broker settings…</source>
        <translation>Ajustes de los &amp;brókeres…</translation>
    </message>
    <message>
        <source>Show the brokers&apos; settings and change those Kafka lets change while the cluster runs.</source>
        <translation>Mostrar los ajustes de los brókeres y cambiar los que Kafka permite cambiar mientras el clúster está en ejecución.</translation>
    </message>
    <message>
        <source>Crash c&amp;ontroller</source>
        <translation>Hacer fallar el &amp;controlador</translation>
    </message>
    <message>
        <source>Kill the controller: nothing is elected and no topic is created until it is back.</source>
        <translation>Detener de golpe el controlador: no se elige nada ni se crea ningún tema hasta que vuelva.</translation>
    </message>
    <message>
        <source>Restart c&amp;ontroller</source>
        <translation>Reiniciar el &amp;controlador</translation>
    </message>
    <message>
        <source>Have a new controller take over from the stored metadata.</source>
        <translation>Hacer que un controlador nuevo tome el relevo a partir de los metadatos guardados.</translation>
    </message>
</context>
<context>
    <name>es::CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>A view, topic, group, broker or action</source>
        <translation>Una vista, un tema, un grupo, un bróker o una acción</translation>
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
        <translation>Qué ocurre con los registros antiguos: se eliminan por antigüedad y tamaño, se compactan al último registro de cada clave, o ambas cosas.</translation>
    </message>
    <message>
        <source>The codec the broker stores batches in; producer keeps the one each producer chose.</source>
        <translation>El códec con el que el bróker almacena los lotes; producer conserva el que eligió cada productor.</translation>
    </message>
    <message>
        <source>How long a tombstone (a record with no value) stays in a compacted topic, so that consumers see the delete.</source>
        <translation>Cuánto tiempo permanece una lápida (un registro sin valor) en un tema compactado, para que los consumidores vean el borrado.</translation>
    </message>
    <message>
        <source>How long a broker waits before deleting a segment file it no longer needs.</source>
        <translation>Cuánto espera un bróker antes de eliminar un archivo de segmento que ya no necesita.</translation>
    </message>
    <message>
        <source>After how many records the log is forced to disk; 1 forces every batch.</source>
        <translation>Tras cuántos registros se fuerza la escritura del log en disco; 1 la fuerza en cada lote.</translation>
    </message>
    <message>
        <source>How often records not yet on disk are forced there.</source>
        <translation>Con qué frecuencia se fuerza la escritura en disco de los registros que aún no están en él.</translation>
    </message>
    <message>
        <source>The replicas whose copying by followers is held to the replication throttle.</source>
        <translation>Las réplicas cuya copia por los seguidores está sujeta al límite de replicación.</translation>
    </message>
    <message>
        <source>How many bytes of records lie between two entries of the offset index.</source>
        <translation>Cuántos bytes de registros hay entre dos entradas del índice de offsets.</translation>
    </message>
    <message>
        <source>The replicas whose sending to followers is held to the replication throttle.</source>
        <translation>Las réplicas cuyo envío a los seguidores está sujeto al límite de replicación.</translation>
    </message>
    <message>
        <source>With tiered storage: the most bytes a partition keeps on the broker&apos;s own disk.</source>
        <translation>Con almacenamiento por niveles: el máximo de bytes que una partición conserva en el disco propio del bróker.</translation>
    </message>
    <message>
        <source>With tiered storage: how long records stay on the broker&apos;s own disk.</source>
        <translation>Con almacenamiento por niveles: cuánto tiempo permanecen los registros en el disco propio del bróker.</translation>
    </message>
    <message>
        <source>The longest a record may stay uncompacted in a compacted topic.</source>
        <translation>El tiempo máximo que un registro puede permanecer sin compactar en un tema compactado.</translation>
    </message>
    <message>
        <source>The largest record batch the topic accepts from a producer.</source>
        <translation>El lote de registros más grande que el tema acepta de un productor.</translation>
    </message>
    <message>
        <source>Whether consumers of old protocol versions get records converted to the old format.</source>
        <translation>Si los consumidores de versiones antiguas del protocolo reciben los registros convertidos al formato antiguo.</translation>
    </message>
    <message>
        <source>The record format of old Kafka versions; ignored since Kafka 3.0.</source>
        <translation>El formato de registro de versiones antiguas de Kafka; se ignora desde Kafka 3.0.</translation>
    </message>
    <message>
        <source>How far a producer&apos;s timestamp may lie from the broker&apos;s clock before the record is refused.</source>
        <translation>Cuánto puede alejarse la marca de tiempo de un productor del reloj del bróker antes de que se rechace el registro.</translation>
    </message>
    <message>
        <source>Which time a record keeps: the producer&apos;s (CreateTime) or the broker&apos;s when it was written (LogAppendTime).</source>
        <translation>Qué hora conserva un registro: la del productor (CreateTime) o la del bróker al escribirlo (LogAppendTime).</translation>
    </message>
    <message>
        <source>The share of a log not yet compacted at which it is compacted again.</source>
        <translation>La proporción de un log aún sin compactar a partir de la cual se vuelve a compactar.</translation>
    </message>
    <message>
        <source>The youngest a record may be and still be compacted away.</source>
        <translation>La antigüedad mínima que debe tener un registro para poder eliminarse por compactación.</translation>
    </message>
    <message>
        <source>How many in-sync replicas must have a record before a send with acks=all succeeds.</source>
        <translation>Cuántas réplicas sincronizadas deben tener un registro antes de que un envío con acks=all tenga éxito.</translation>
    </message>
    <message>
        <source>Whether a new segment file is given its full size on disk at once.</source>
        <translation>Si un archivo de segmento nuevo recibe de inmediato todo su tamaño en disco.</translation>
    </message>
    <message>
        <source>Whether old segments move to tiered (remote) storage.</source>
        <translation>Si los segmentos antiguos pasan al almacenamiento por niveles (remoto).</translation>
    </message>
    <message>
        <source>The most bytes a partition keeps before its oldest segments are deleted.</source>
        <translation>El máximo de bytes que conserva una partición antes de que se eliminen sus segmentos más antiguos.</translation>
    </message>
    <message>
        <source>How long records are kept before their segment is deleted.</source>
        <translation>Cuánto tiempo se conservan los registros antes de que se elimine su segmento.</translation>
    </message>
    <message>
        <source>The size at which a partition&apos;s active segment is closed and a new one begun.</source>
        <translation>El tamaño al que se cierra el segmento activo de una partición y se empieza uno nuevo.</translation>
    </message>
    <message>
        <source>The size of each segment&apos;s offset and time index files.</source>
        <translation>El tamaño de los archivos de índice de offsets y de tiempo de cada segmento.</translation>
    </message>
    <message>
        <source>A random amount taken off segment.ms, so that partitions do not all roll at once.</source>
        <translation>Una cantidad aleatoria que se resta de segment.ms, para que las particiones no cambien de segmento todas a la vez.</translation>
    </message>
    <message>
        <source>The age at which the active segment is closed even when it is not full.</source>
        <translation>La antigüedad a la que se cierra el segmento activo aunque no esté lleno.</translation>
    </message>
    <message>
        <source>Whether a replica that is out of sync may become leader, losing the records it lacks.</source>
        <translation>Si una réplica no sincronizada puede convertirse en líder, perdiendo los registros que le faltan.</translation>
    </message>
    <message>
        <source>This cluster accepts and checks the setting as Kafka does, so that tools and scripts written for Kafka work, but nothing in it depends on the value.</source>
        <translation>Este clúster acepta y comprueba el ajuste como Kafka, para que funcionen las herramientas y scripts escritos para Kafka, pero nada en él depende del valor.</translation>
    </message>
</context>
<context>
    <name>es::ConfigEditor</name>
    <message>
        <source>Filter by name or description</source>
        <translation>Filtrar por nombre o descripción</translation>
    </message>
    <message>
        <source>Show only &amp;overridden</source>
        <translation>Mostrar solo los &amp;sobrescritos</translation>
    </message>
    <message>
        <source>Show only the configs this topic sets itself</source>
        <translation>Mostrar solo las configuraciones que este tema establece por sí mismo</translation>
    </message>
    <message>
        <source>No config matches.</source>
        <translation>Ninguna configuración coincide.</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>sobrescrito</translation>
    </message>
    <message>
        <source>broker setting</source>
        <translation>ajuste del bróker</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Set on this topic.</source>
        <translation>Establecido en este tema.</translation>
    </message>
    <message>
        <source>Inherited from the brokers&apos; settings.</source>
        <translation>Heredado de los ajustes de los brókeres.</translation>
    </message>
    <message>
        <source>Inherited from the broker setting %1.</source>
        <translation>Heredado del ajuste del bróker %1.</translation>
    </message>
    <message>
        <source>Kafka&apos;s default: neither the topic nor the brokers set it.</source>
        <translation>Valor predeterminado de Kafka: ni el tema ni los brókeres lo establecen.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Back to the default: remove the topic&apos;s own value of %1</source>
        <translation>Volver al valor predeterminado: quitar el valor propio del tema para %1</translation>
    </message>
    <message>
        <source>no effect here</source>
        <translation>sin efecto aquí</translation>
    </message>
</context>
<context>
    <name>es::ConfigValueWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
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
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>es::ConnectionDialog</name>
    <message>
        <source>Connect to a Kafka cluster</source>
        <translation>Conectar con un clúster de Kafka</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Conexión %1</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>preproducción</translation>
    </message>
    <message>
        <source>broker1.example.com:9092,broker2.example.com:9092</source>
        <translation>broker1.example.com:9092,broker2.example.com:9092</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificados de CA (PEM)</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>los certificados de confianza del sistema</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Certificado de cliente (PEM)</translation>
    </message>
    <message>
        <source>Client private key (PEM)</source>
        <translation>Clave privada del cliente (PEM)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>A colour that marks this connection&apos;s window, so production is not mistaken for staging.</source>
        <translation>Un color que distingue la ventana de esta conexión, para no confundir producción con preproducción.</translation>
    </message>
    <message>
        <source>Connection colour</source>
        <translation>Color de la conexión</translation>
    </message>
    <message>
        <source>&amp;Read-only: only look, never write to this cluster</source>
        <translation>Solo l&amp;ectura: solo observar, nunca escribir en este clúster</translation>
    </message>
    <message>
        <source>Creating and deleting topics, changing configs, producing and resetting offsets are all disabled.</source>
        <translation>Crear y eliminar temas, cambiar la configuración, producir y restablecer offsets quedan desactivados.</translation>
    </message>
    <message>
        <source>&amp;Save this connection (secrets go to the desktop keyring)</source>
        <translation>&amp;Guardar esta conexión (las credenciales van al llavero del escritorio)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Bootstrap servers:</source>
        <translation>&amp;Servidores de arranque:</translation>
    </message>
    <message>
        <source>Security &amp;protocol:</source>
        <translation>&amp;Protocolo de seguridad:</translation>
    </message>
    <message>
        <source>SASL &amp;mechanism:</source>
        <translation>&amp;Mecanismo SASL:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Archivo de CA:</translation>
    </message>
    <message>
        <source>Client certificat&amp;e:</source>
        <translation>Certi&amp;ficado de cliente:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;lave de cliente:</translation>
    </message>
    <message>
        <source>Ke&amp;y password:</source>
        <translation>Contraseña de la cla&amp;ve:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>C&amp;olor:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Conec&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Olvi&amp;dar</translation>
    </message>
    <message>
        <source>Remove this saved connection and its secrets from the keyring.</source>
        <translation>Elimina esta conexión guardada y sus credenciales del llavero.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>es::ContentViewer</name>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Texto (UTF-8)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Árbol JSON</translation>
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
        <translation>Cómo mostrar los bytes (%1).</translation>
    </message>
    <message>
        <source>%1 format</source>
        <translation>Formato de %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>%1 as a JSON tree</source>
        <translation>%1 como árbol JSON</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n campo}</numerusform>
            <numerusform>{%n campos}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ControlHost</name>
    <message>
        <source>Control API: %1</source>
        <translation>API de control: %1</translation>
    </message>
    <message>
        <source>The control API for scripts and &apos;eventscope ctl&apos;; its token is in %1</source>
        <translation>La API de control para scripts y «eventscope ctl»; su token está en %1</translation>
    </message>
    <message>
        <source>The control API could not start: %1</source>
        <translation>La API de control no pudo iniciarse: %1</translation>
    </message>
</context>
<context>
    <name>es::CrashDialog</name>
    <message>
        <source>Crash broker %1</source>
        <translation>Provocar fallo del bróker %1</translation>
    </message>
    <message>
        <source>Broker %1 will stop at once, without handing over its leadership. The controller notices when its session times out and elects new leaders for its partitions.</source>
        <translation>El bróker %1 se detendrá de inmediato, sin ceder su liderazgo. El controlador lo detecta cuando caduca su sesión y elige nuevos líderes para sus particiones.</translation>
    </message>
    <message>
        <source>&amp;Lose data not yet flushed to disk, as after a power cut</source>
        <translation>&amp;Perder los datos aún no volcados a disco, como tras un corte de luz</translation>
    </message>
    <message>
        <source>Records acknowledged by the leader but not yet written to disk are gone when it comes back; in-sync followers still hold them.</source>
        <translation>Los registros confirmados por el líder pero aún no escritos en disco desaparecen cuando vuelve; los seguidores sincronizados todavía los conservan.</translation>
    </message>
    <message>
        <source>&amp;Crash</source>
        <translation>Provocar &amp;fallo</translation>
    </message>
</context>
<context>
    <name>es::CreateTopicDialog</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create topic</source>
        <translation>Crear tema</translation>
    </message>
    <message>
        <source>e.g. orders</source>
        <translation>p. ej., pedidos</translation>
    </message>
    <message>
        <source>Up to 249 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Hasta 249 letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>How many independent, ordered logs the topic is split into; more partitions let more consumers of a group read in parallel.</source>
        <translation>En cuántos logs independientes y ordenados se divide el tema; más particiones permiten que más consumidores de un grupo lean en paralelo.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation>&amp;Particiones:</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>Factor de &amp;replicación:</translation>
    </message>
    <message>
        <source>&amp;Configs (optional)</source>
        <translation>&amp;Configuraciones (opcional)</translation>
    </message>
    <message>
        <source>Set retention, cleanup, durability and other configs of the new topic; those not set follow the cluster&apos;s defaults</source>
        <translation>Establecer la retención, la limpieza, la durabilidad y otras configuraciones del tema nuevo; las no establecidas siguen los valores predeterminados del clúster</translation>
    </message>
    <message>
        <source>Create an&amp;yway</source>
        <translation>Crear de &amp;todos modos</translation>
    </message>
</context>
<context>
    <name>es::DeleteGroupOffsetsDialog</name>
    <message>
        <source>Delete offsets</source>
        <translation>Borrar offsets</translation>
    </message>
    <message>
        <source>Delete committed offsets of %1</source>
        <translation>Borrar los offsets confirmados de %1</translation>
    </message>
    <message>
        <source>The group forgets where it stopped reading the topic: its consumers start these partitions over from their auto.offset.reset position (earliest or latest) the next time they are assigned them. This cannot be undone. Kafka refuses while members of the group consume the topic.</source>
        <translation>El grupo olvida dónde dejó de leer el tema: sus consumidores empiezan de nuevo estas particiones desde su posición auto.offset.reset (earliest o latest) la próxima vez que se les asignen. No se puede deshacer. Kafka lo rechaza mientras haya miembros del grupo consumiendo el tema.</translation>
    </message>
    <message>
        <source>The topics this group has committed offsets for.</source>
        <translation>Los temas de los que este grupo tiene offsets confirmados.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Committed offset</source>
        <translation>Offset confirmado</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>The group %1 no longer exists.</source>
        <translation>El grupo %1 ya no existe.</translation>
    </message>
    <message>
        <source>The group has no committed offsets left.</source>
        <translation>Al grupo no le quedan offsets confirmados.</translation>
    </message>
</context>
<context>
    <name>es::DeleteMany</name>
    <message>
        <source>&amp;Delete 1 topic…</source>
        <translation>&amp;Eliminar 1 tema…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n topics…</source>
        <translation>
            <numerusform>&amp;Eliminar %n tema…</numerusform>
            <numerusform>&amp;Eliminar %n temas…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete 1 group…</source>
        <translation>&amp;Eliminar 1 grupo…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n groups…</source>
        <translation>
            <numerusform>&amp;Eliminar %n grupo…</numerusform>
            <numerusform>&amp;Eliminar %n grupos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected topics and all their records, after one confirmation</source>
        <translation>Eliminar los temas seleccionados y todos sus registros, tras una confirmación</translation>
    </message>
    <message>
        <source>Delete the selected consumer groups and their committed offsets, after one confirmation (Kafka deletes only empty groups)</source>
        <translation>Eliminar los grupos de consumidores seleccionados y sus offsets confirmados, tras una confirmación (Kafka solo elimina grupos vacíos)</translation>
    </message>
    <message>
        <source>Delete topics</source>
        <translation>Eliminar temas</translation>
    </message>
    <message>
        <source>Delete consumer groups</source>
        <translation>Eliminar grupos de consumidores</translation>
    </message>
    <message>
        <source>Delete these topics with all their partitions and records? This cannot be undone.</source>
        <translation>¿Eliminar estos temas con todas sus particiones y registros? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete these consumer groups with their committed offsets? Consumers that join a group of the same name again start from their auto.offset.reset position. This cannot be undone.</source>
        <translation>¿Eliminar estos grupos de consumidores con sus offsets confirmados? Los consumidores que vuelvan a unirse a un grupo con el mismo nombre empezarán desde su posición de auto.offset.reset. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 (has a member: Kafka refuses to delete it)</source>
        <translation>%1 (tiene un miembro: Kafka se niega a eliminarlo)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (has %n members: Kafka refuses to delete it)</source>
        <translation>
            <numerusform>%1 (tiene %n miembro: Kafka se niega a eliminarlo)</numerusform>
            <numerusform>%1 (tiene %n miembros: Kafka se niega a eliminarlo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, as the cluster&apos;s own: %1.</source>
        <translation>Omitidos por ser propios del clúster: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 topics. Not deleted: %3</source>
        <translation>Se eliminaron %1 de %2 temas. No eliminados: %3</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 groups. Not deleted: %3</source>
        <translation>Se eliminaron %1 de %2 grupos. No eliminados: %3</translation>
    </message>
</context>
<context>
    <name>es::DeleteRecordsDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation>Borrar registros</translation>
    </message>
    <message>
        <source>Delete records of %1</source>
        <translation>Borrar registros de %1</translation>
    </message>
    <message>
        <source>Kafka moves each partition&apos;s log start offset up to the chosen offset: the records below it are gone for every consumer, and no one can bring them back. The topic, its partitions and its configs stay.</source>
        <translation>Kafka mueve el offset de inicio del log de cada partición hasta el offset elegido: los registros anteriores desaparecen para todos los consumidores y nadie puede recuperarlos. El tema, sus particiones y su configuración se mantienen.</translation>
    </message>
    <message>
        <source>&amp;All records: every partition up to its high watermark</source>
        <translation>&amp;Todos los registros: cada partición hasta su marca de agua alta</translation>
    </message>
    <message>
        <source>Records of &amp;one partition below an offset</source>
        <translation>Registros de &amp;una partición por debajo de un offset</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>p. ej. 1200</translation>
    </message>
    <message>
        <source>Records at lower offsets are deleted; the record at this offset stays.</source>
        <translation>Se borran los registros con offsets menores; el registro de este offset se mantiene.</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partición:</translation>
    </message>
    <message>
        <source>&amp;Below offset:</source>
        <translation>Por de&amp;bajo del offset:</translation>
    </message>
    <message>
        <source>I understand that the deleted records cannot be &amp;restored</source>
        <translation>Entiendo que los registros borrados no se pueden &amp;recuperar</translation>
    </message>
    <message>
        <source>log start %1, high watermark %2</source>
        <translation>inicio del log %1, marca de agua alta %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message numerus="yes">
        <source>%1 records</source>
        <translation>
            <numerusform>%1 registro</numerusform>
            <numerusform>%1 registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record of the topic will be deleted; the cluster does not tell how many there are.</source>
        <translation>Se borrarán todos los registros del tema; el clúster no indica cuántos hay.</translation>
    </message>
    <message>
        <source>%1 will be deleted, with any produced before Kafka deletes them.</source>
        <translation>Se borrarán %1, junto con los que se produzcan antes de que Kafka los borre.</translation>
    </message>
    <message>
        <source>The records of partition %1 below offset %2 will be deleted.</source>
        <translation>Se borrarán los registros de la partición %1 por debajo del offset %2.</translation>
    </message>
    <message>
        <source>%1 of partition %2 will be deleted: offsets %3 to %4.</source>
        <translation>Se borrarán %1 de la partición %2: offsets %3 a %4.</translation>
    </message>
    <message>
        <source>The topic %1 no longer exists.</source>
        <translation>El tema %1 ya no existe.</translation>
    </message>
    <message>
        <source>The topic holds no records now: there is nothing to delete.</source>
        <translation>El tema no contiene registros ahora: no hay nada que borrar.</translation>
    </message>
    <message>
        <source>Choose a partition.</source>
        <translation>Elija una partición.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset: enter a whole number, 0 or more.</source>
        <translation>«%1» no es un offset: escriba un número entero, 0 o mayor.</translation>
    </message>
    <message>
        <source>Kafka deletes only below the high watermark, which is %1 in partition %2: enter at most %1.</source>
        <translation>Kafka solo borra por debajo de la marca de agua alta, que es %1 en la partición %2: escriba como mucho %1.</translation>
    </message>
    <message>
        <source>Partition %1 starts at offset %2 already: no record below %3 is left to delete.</source>
        <translation>La partición %1 ya empieza en el offset %2: no queda ningún registro por debajo de %3 que borrar.</translation>
    </message>
    <message>
        <source>The records of 1 partition were deleted, but not those of the others:</source>
        <translation>Se borraron los registros de 1 partición, pero no los de las demás:</translation>
    </message>
    <message numerus="yes">
        <source>The records of %n partitions were deleted, but not those of the others:</source>
        <translation>
            <numerusform>Se borraron los registros de %n partición, pero no los de las demás:</numerusform>
            <numerusform>Se borraron los registros de %n particiones, pero no los de las demás:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the records of partition %1: %2</source>
        <translation>No se pudieron borrar los registros de la partición %1: %2</translation>
    </message>
    <message>
        <source>Could not delete the records of partitions %1: %2</source>
        <translation>No se pudieron borrar los registros de las particiones %1: %2</translation>
    </message>
</context>
<context>
    <name>es::DeleteRecordsModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Inicio del log</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>Marca de agua alta</translation>
    </message>
    <message>
        <source>Records to delete</source>
        <translation>Registros a borrar</translation>
    </message>
    <message>
        <source>From the log start offset up to the offset deleted below, as the newest snapshot shows them.</source>
        <translation>Desde el offset de inicio del log hasta el offset por debajo del cual se borra, según la instantánea más reciente.</translation>
    </message>
</context>
<context>
    <name>es::DenialsPanel</name>
    <message>
        <source>A&amp;llow this…</source>
        <translation>&amp;Permitir esto…</translation>
    </message>
    <message>
        <source>Recent denials</source>
        <translation>Denegaciones recientes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
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
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Add an ACL that allows the selected request</source>
        <translation>Añade una ACL que permite la solicitud seleccionada</translation>
    </message>
    <message>
        <source>Select a denial to see which ACL decided it.</source>
        <translation>Seleccione una denegación para ver qué ACL la decidió.</translation>
    </message>
</context>
<context>
    <name>es::ElectLeadersDialog</name>
    <message>
        <source>Elect leaders of every partition</source>
        <translation>Elegir líderes de todas las particiones</translation>
    </message>
    <message>
        <source>Elect leaders of %1</source>
        <translation>Elegir líderes de %1</translation>
    </message>
    <message>
        <source>&amp;Preferred leader: each partition&apos;s first replica, where it runs and is in sync</source>
        <translation>Líder &amp;preferido: la primera réplica de cada partición, si está en ejecución y sincronizada</translation>
    </message>
    <message>
        <source>&amp;Unclean: any running replica, for a partition whose in-sync replicas are all gone</source>
        <translation>&amp;No limpia: cualquier réplica en ejecución, para una partición cuyas réplicas sincronizadas han desaparecido todas</translation>
    </message>
    <message>
        <source>An unclean election can lose acknowledged records: a replica that is out of sync becomes leader, and whatever it had not copied from the old leader is gone for good. Use it only when the in-sync replicas will not come back.</source>
        <translation>Una elección no limpia puede perder registros confirmados por el líder: una réplica no sincronizada se convierte en líder, y todo lo que no había copiado del líder anterior se pierde para siempre. Úsela solo cuando las réplicas sincronizadas no vayan a volver.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Elect</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <source>Every partition of every topic, the cluster&apos;s internal topics too. Partitions that need no election are left as they are.</source>
        <translation>Todas las particiones de todos los temas, también las de los temas internos del clúster. Las particiones que no necesitan elección se dejan como están.</translation>
    </message>
    <message>
        <source>Every partition of the topic %1.</source>
        <translation>Todas las particiones del tema %1.</translation>
    </message>
    <message numerus="yes">
        <source>Partition(s) %1 of the topic %2.</source>
        <translation>
            <numerusform>Partición %1 del tema %2.</numerusform>
            <numerusform>Particiones %1 del tema %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none (offline)</source>
        <translation>ninguno (fuera de línea)</translation>
    </message>
    <message>
        <source>Electing…</source>
        <translation>Eligiendo…</translation>
    </message>
    <message>
        <source>Could not elect leaders: %1</source>
        <translation>No se pudieron elegir líderes: %1</translation>
    </message>
    <message>
        <source>Leaders moved: %1. Already in place: %2. Not possible: %3.</source>
        <translation>Líderes trasladados: %1. Ya en su sitio: %2. No posible: %3.</translation>
    </message>
</context>
<context>
    <name>es::EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>When it happened, by this computer&apos;s clock.</source>
        <translation>Cuándo ocurrió, según el reloj de este equipo.</translation>
    </message>
    <message>
        <source>What kind of change it was.</source>
        <translation>Qué tipo de cambio fue.</translation>
    </message>
    <message>
        <source>The broker, topic, partition, group or link it is about.</source>
        <translation>El bróker, tema, partición, grupo o enlace al que se refiere.</translation>
    </message>
    <message>
        <source>What happened, in one line.</source>
        <translation>Qué ocurrió, en una línea.</translation>
    </message>
</context>
<context>
    <name>es::EventsView</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show only events of this kind.</source>
        <translation>Muestra solo los eventos de este tipo.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>broker 2, orders, billing…</source>
        <translation>bróker 2, pedidos, facturación…</translation>
    </message>
    <message>
        <source>Show only events whose subject (a broker, topic, partition, group or link) contains this text.</source>
        <translation>Muestra solo los eventos cuyo objeto (un bróker, tema, partición, grupo o enlace) contiene este texto.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objeto:</translation>
    </message>
    <message>
        <source>Cluster events</source>
        <translation>Eventos del clúster</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to the broker or topic of an event; right-click to copy events.</source>
        <translation>Pulse Intro o haga doble clic para ir al bróker o al tema de un evento; clic derecho para copiar eventos.</translation>
    </message>
    <message>
        <source>Go to &amp;broker %1</source>
        <translation>Ir al &amp;bróker %1</translation>
    </message>
    <message>
        <source>Go to &amp;topic %1</source>
        <translation>Ir al &amp;tema %1</translation>
    </message>
    <message>
        <source>Go to &amp;group %1</source>
        <translation>Ir al &amp;grupo %1</translation>
    </message>
</context>
<context>
    <name>es::ExportSession</name>
    <message>
        <source>Cancelled; the file holds the records written before.</source>
        <translation>Cancelado; el archivo contiene los registros escritos hasta entonces.</translation>
    </message>
    <message>
        <source>Partition %1 was skipped: %2</source>
        <translation>Se omitió la partición %1: %2</translation>
    </message>
</context>
<context>
    <name>es::FilterBar</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Header named</source>
        <translation>Cabecera llamada</translation>
    </message>
    <message>
        <source>Any header</source>
        <translation>Cualquier cabecera</translation>
    </message>
    <message>
        <source>Which part of each record the search looks at.</source>
        <translation>Qué parte de cada registro examina la búsqueda.</translation>
    </message>
    <message>
        <source>Fin&amp;d in:</source>
        <translation>Buscar &amp;en:</translation>
    </message>
    <message>
        <source>header name</source>
        <translation>nombre de la cabecera</translation>
    </message>
    <message>
        <source>The header whose value the search looks at.</source>
        <translation>La cabecera cuyo valor examina la búsqueda.</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>matches regex</source>
        <translation>coincide con regex</translation>
    </message>
    <message>
        <source>JSON field equals</source>
        <translation>campo JSON es igual a</translation>
    </message>
    <message>
        <source>JSON field contains</source>
        <translation>campo JSON contiene</translation>
    </message>
    <message>
        <source>A substring, an ECMAScript regular expression found anywhere, or a field of a JSON document (by its path) that equals or contains the text.</source>
        <translation>Una subcadena, una expresión regular ECMAScript encontrada en cualquier parte, o un campo de un documento JSON (por su ruta) que es igual al texto o lo contiene.</translation>
    </message>
    <message>
        <source>JSON path, e.g. customer.id</source>
        <translation>ruta JSON, p. ej. customer.id</translation>
    </message>
    <message>
        <source>A dotted path with array indices, e.g. customer.id or items[0].sku.</source>
        <translation>Una ruta con puntos e índices de array, p. ej. customer.id o items[0].sku.</translation>
    </message>
    <message>
        <source>text to find</source>
        <translation>texto que buscar</translation>
    </message>
    <message>
        <source>What to look for; press Enter to search (Ctrl+F comes here).</source>
        <translation>Qué buscar; pulse Intro para buscar (Ctrl+F lleva aquí).</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Only records stamped at or after this time.</source>
        <translation>Solo registros con marca de tiempo igual o posterior a esta hora.</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Only records stamped at or before this time.</source>
        <translation>Solo registros con marca de tiempo igual o anterior a esta hora.</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Busca&amp;r</translation>
    </message>
    <message>
        <source>Scan the chosen partitions from the start position to their end, in the background, and list the matching records.</source>
        <translation>Recorre en segundo plano las particiones elegidas desde la posición de inicio hasta su final y lista los registros que coinciden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the search; the matches found so far stay listed.</source>
        <translation>Detiene la búsqueda; las coincidencias encontradas hasta ahora siguen en la lista.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Back to browsing every record.</source>
        <translation>Vuelve a explorar todos los registros.</translation>
    </message>
    <message>
        <source>Enter text to find, or a time range.</source>
        <translation>Introduzca el texto que buscar o un intervalo de tiempo.</translation>
    </message>
    <message>
        <source>%1 scanned, %2 matched</source>
        <translation>%1 examinados, %2 coincidencias</translation>
    </message>
    <message>
        <source> (only the first matches are listed)</source>
        <translation> (solo se listan las primeras coincidencias)</translation>
    </message>
    <message>
        <source>A&amp;a</source>
        <translation>A&amp;a</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorar mayúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Ignore case: match upper and lower case letters alike.</source>
        <translation>Ignorar mayúsculas/minúsculas: tratar igual las letras mayúsculas y minúsculas.</translation>
    </message>
</context>
<context>
    <name>es::GroupActions</name>
    <message>
        <source>&amp;Delete group…</source>
        <translation>&amp;Borrar grupo…</translation>
    </message>
    <message>
        <source>Delete offsets of a &amp;topic…</source>
        <translation>Borrar offsets de un &amp;tema…</translation>
    </message>
    <message>
        <source>Delete the selected group and its committed offsets (only an empty group: one whose consumers have all left)</source>
        <translation>Borrar el grupo seleccionado y sus offsets confirmados (solo un grupo vacío: uno cuyos consumidores se han ido todos)</translation>
    </message>
    <message>
        <source>The group has a member: it must leave the group first (stop its consumer). Kafka deletes only empty groups.</source>
        <translation>El grupo tiene un miembro: primero debe salir del grupo (detenga su consumidor). Kafka solo borra grupos vacíos.</translation>
    </message>
    <message numerus="yes">
        <source>The group has %n members: they must leave it first (stop its consumers). Kafka deletes only empty groups.</source>
        <translation>
            <numerusform>El grupo tiene %n miembro: primero debe salir (detenga su consumidor). Kafka solo borra grupos vacíos.</numerusform>
            <numerusform>El grupo tiene %n miembros: primero deben salir (detenga sus consumidores). Kafka solo borra grupos vacíos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group is in state %1: Kafka deletes a group only once it is Empty.</source>
        <translation>El grupo está en estado %1: Kafka solo borra un grupo cuando está Empty.</translation>
    </message>
    <message>
        <source>Forget the selected group&apos;s committed offsets of one topic, so that its consumers start that topic over (kafka-consumer-groups --delete-offsets)</source>
        <translation>Olvidar los offsets confirmados de un tema del grupo seleccionado, para que sus consumidores empiecen ese tema de nuevo (kafka-consumer-groups --delete-offsets)</translation>
    </message>
    <message>
        <source>The group has no committed offsets to delete.</source>
        <translation>El grupo no tiene offsets confirmados que borrar.</translation>
    </message>
    <message>
        <source>It has no committed offsets.</source>
        <translation>No tiene offsets confirmados.</translation>
    </message>
    <message>
        <source>Its committed offset of 1 partition goes with it, so consumers that join a group of this name again start from their auto.offset.reset position.</source>
        <translation>Su offset confirmado de 1 partición se va con él, así que los consumidores que vuelvan a unirse a un grupo con este nombre empiezan desde su posición auto.offset.reset.</translation>
    </message>
    <message numerus="yes">
        <source>Its committed offsets of %n partitions go with it, so consumers that join a group of this name again start from their auto.offset.reset position.</source>
        <translation>
            <numerusform>Su offset confirmado de %n partición se va con él, así que los consumidores que vuelvan a unirse a un grupo con este nombre empiezan desde su posición auto.offset.reset.</numerusform>
            <numerusform>Sus offsets confirmados de %n particiones se van con él, así que los consumidores que vuelvan a unirse a un grupo con este nombre empiezan desde su posición auto.offset.reset.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete consumer group</source>
        <translation>Borrar grupo de consumidores</translation>
    </message>
    <message>
        <source>Delete the consumer group &quot;%1&quot;? %2 This cannot be undone.</source>
        <translation>¿Borrar el grupo de consumidores «%1»? %2 No se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete the group %1: %2</source>
        <translation>No se pudo borrar el grupo %1: %2</translation>
    </message>
</context>
<context>
    <name>es::GroupBotDialog</name>
    <message>
        <source>Add consumer group bot</source>
        <translation>Añadir bot de grupo de consumidores</translation>
    </message>
    <message>
        <source>Consumers with the same group id share the topics&apos; partitions between them.</source>
        <translation>Los consumidores con el mismo id de grupo se reparten las particiones de los temas.</translation>
    </message>
    <message>
        <source> ms per record</source>
        <translation> ms por registro</translation>
    </message>
    <message>
        <source>Simulated work per record: more than the producers leave time for makes lag grow.</source>
        <translation>Trabajo simulado por registro: si supera el tiempo que dejan los productores, el retraso crece.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of records whose processing fails; each is retried after half a second.</source>
        <translation>La proporción de registros cuyo procesamiento falla; cada uno se reintenta al cabo de medio segundo.</translation>
    </message>
    <message>
        <source>&amp;Group id:</source>
        <translation>Id de &amp;grupo:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Miembros:</translation>
    </message>
    <message>
        <source>&amp;Processing time:</source>
        <translation>Tiempo de &amp;procesamiento:</translation>
    </message>
    <message>
        <source>&amp;Error rate:</source>
        <translation>Tasa de &amp;errores:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Type a group id.</source>
        <translation>Escriba un id de grupo.</translation>
    </message>
    <message>
        <source>Tick at least one topic.</source>
        <translation>Marque al menos un tema.</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker that manages this group&apos;s membership and stores its offsets.</source>
        <translation>El bróker que gestiona la pertenencia a este grupo y guarda sus offsets.</translation>
    </message>
    <message>
        <source>Lag divided by how much faster the group consumes than producers append, over the last 20 seconds.</source>
        <translation>El retraso dividido entre cuánto más rápido consume el grupo de lo que añaden los productores, en los últimos 20 segundos.</translation>
    </message>
    <message>
        <source>&amp;Reset offsets…</source>
        <translation>&amp;Restablecer offsets…</translation>
    </message>
    <message>
        <source>Move the group&apos;s committed offsets (to replay or skip records) in the Replay view.</source>
        <translation>Mueve los offsets confirmados del grupo (para volver a leer registros u omitirlos) en la vista Reproducir.</translation>
    </message>
    <message>
        <source>&amp;Partitions</source>
        <translation>&amp;Particiones</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Lag &amp;over:</source>
        <translation>Retraso &amp;en:</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>records behind</source>
        <translation>registros de retraso</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>Ningún grupo seleccionado</translation>
    </message>
    <message>
        <source>Select a consumer group to see its members, partitions and lag over time.</source>
        <translation>Seleccione un grupo de consumidores para ver sus miembros, sus particiones y su retraso a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>desaparecido</translation>
    </message>
    <message>
        <source>The group no longer exists in the cluster.</source>
        <translation>El grupo ya no existe en el clúster.</translation>
    </message>
    <message>
        <source>%1, generation %2</source>
        <translation>%1, generación %2</translation>
    </message>
    <message>
        <source>Coordinator: broker %1</source>
        <translation>Coordinador: bróker %1</translation>
    </message>
    <message>
        <source>No coordinator</source>
        <translation>Sin coordinador</translation>
    </message>
    <message>
        <source>Caught up: no lag.</source>
        <translation>Al día: sin retraso.</translation>
    </message>
    <message>
        <source>Keeping up: lag %1 records, less than a second of what producers append (%2/s).</source>
        <translation>Mantiene el ritmo: retraso de %1 registros, menos de un segundo de lo que añaden los productores (%2/s).</translation>
    </message>
    <message>
        <source>Lag %1 records; measuring the consume rate…</source>
        <translation>Retraso de %1 registros; midiendo la tasa de consumo…</translation>
    </message>
    <message>
        <source>Lag %1 records; catching up in about %2 (consuming %3/s, producers appending %4/s).</source>
        <translation>Retraso de %1 registros; se pondrá al día en unos %2 (consume %3/s, los productores añaden %4/s).</translation>
    </message>
    <message>
        <source>Lag %1 records; not catching up (consuming %2/s, producers appending %3/s).</source>
        <translation>Retraso de %1 registros; no se está poniendo al día (consume %2/s, los productores añaden %3/s).</translation>
    </message>
    <message>
        <source>Could not read the lag history: %1</source>
        <translation>No se pudo leer el historial de retraso: %1</translation>
    </message>
    <message>
        <source>No lag recorded in this range yet.</source>
        <translation>Aún no hay retraso registrado en este intervalo.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Minute averages; loading every second…</source>
        <translation>Medias por minuto; cargando cada segundo…</translation>
    </message>
    <message>
        <source>The group&apos;s lag over time, in total and per partition (wheel or +/− to zoom; double-click or 0 to reset the zoom)</source>
        <translation>El lag del grupo de consumidores a lo largo del tiempo, en total y por partición (rueda o +/− para ampliar; doble clic o 0 para restablecer el zoom)</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom. Double-click or press 0 to reset the zoom.</source>
        <translation>Arrastre para desplazar, rueda para ampliar. Doble clic o 0 para restablecer el zoom.</translation>
    </message>
    <message>
        <source>&amp;Browse from committed offset</source>
        <translation>E&amp;xplorar desde el offset confirmado</translation>
    </message>
    <message>
        <source>The group has committed no offset for this partition.</source>
        <translation>El grupo no ha confirmado ningún offset para esta partición.</translation>
    </message>
    <message>
        <source>Open %1-%2 in the Messages view at offset %3: the next record the group reads.</source>
        <translation>Abre %1-%2 en la vista Mensajes en el offset %3: el siguiente registro que leerá el grupo.</translation>
    </message>
    <message>
        <source>Go to &amp;topic %1</source>
        <translation>Ir al &amp;tema %1</translation>
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
        <translation>Id de miembro: %1 (el líder del grupo, que calcula la asignación)</translation>
    </message>
    <message>
        <source>Member id: %1</source>
        <translation>Id de miembro: %1</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1 (líder)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The partitions this member consumes, as the group&apos;s last rebalance assigned them.</source>
        <translation>Las particiones que consume este miembro, según las asignó el último reequilibrio del grupo.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Id de cliente</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <source>Assigned partitions</source>
        <translation>Particiones asignadas</translation>
    </message>
</context>
<context>
    <name>es::GroupPartitionsModel</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The offset the group committed: the next record it will read after a restart.</source>
        <translation>El offset que confirmó el grupo: el próximo registro que leerá tras un reinicio.</translation>
    </message>
    <message>
        <source>The offset after the last record replicated to all in-sync replicas.</source>
        <translation>El offset siguiente al último registro replicado en todas las réplicas sincronizadas.</translation>
    </message>
    <message>
        <source>High watermark minus committed offset: records the group has still to process.</source>
        <translation>Marca de agua alta menos offset confirmado: registros que el grupo aún tiene que procesar.</translation>
    </message>
    <message>
        <source>When the group last committed an offset for this partition.</source>
        <translation>Cuándo confirmó el grupo por última vez un offset para esta partición.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>Marca de agua alta</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Last commit</source>
        <translation>Última confirmación</translation>
    </message>
    <message>
        <source>Consumed by</source>
        <translation>Consumida por</translation>
    </message>
</context>
<context>
    <name>es::GroupsModel</name>
    <message>
        <source>↗ rising</source>
        <translation>↗ en aumento</translation>
    </message>
    <message>
        <source>↘ falling</source>
        <translation>↘ en descenso</translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation>→ estable</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Preparing rebalance</source>
        <translation>Preparando reequilibrio</translation>
    </message>
    <message>
        <source>Completing rebalance</source>
        <translation>Completando reequilibrio</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Muerto</translation>
    </message>
    <message>
        <source>No member is connected; the group only keeps its committed offsets.</source>
        <translation>No hay ningún miembro conectado; el grupo solo conserva sus offsets confirmados.</translation>
    </message>
    <message>
        <source>A member joined, left or timed out: the coordinator waits for all members to rejoin.</source>
        <translation>Un miembro se unió, se fue o agotó su tiempo de espera: el coordinador espera a que todos los miembros vuelvan a unirse.</translation>
    </message>
    <message>
        <source>All members joined; the coordinator waits for the leader&apos;s partition assignment.</source>
        <translation>Todos los miembros se unieron; el coordinador espera la asignación de particiones del líder.</translation>
    </message>
    <message>
        <source>Every member has its partitions and heartbeats to the coordinator.</source>
        <translation>Cada miembro tiene sus particiones y envía latidos al coordinador.</translation>
    </message>
    <message>
        <source>The group&apos;s metadata is gone from its coordinator.</source>
        <translation>Los metadatos del grupo ya no están en su coordinador.</translation>
    </message>
    <message>
        <source>How the total lag moved over the last minute</source>
        <translation>Cómo evolucionó el retraso total en el último minuto</translation>
    </message>
    <message>
        <source>offsets only</source>
        <translation>solo offsets</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>Asignador</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>The protocol type the members joined with; &quot;consumer&quot; for Kafka consumers.</source>
        <translation>El tipo de protocolo con el que se unieron los miembros; &quot;consumer&quot; para los consumidores de Kafka.</translation>
    </message>
    <message>
        <source>The partition assignment strategy the group&apos;s leader chose (range, sticky...).</source>
        <translation>La estrategia de asignación de particiones que eligió el líder del grupo (range, sticky...).</translation>
    </message>
    <message>
        <source>Records appended to the group&apos;s partitions but not yet committed by it.</source>
        <translation>Registros añadidos a las particiones del grupo que este aún no ha confirmado.</translation>
    </message>
    <message>
        <source>Whether the lag grew, shrank or held over the last minute.</source>
        <translation>Si el retraso creció, disminuyó o se mantuvo en el último minuto.</translation>
    </message>
    <message>
        <source>Rebalancing</source>
        <translation>Reequilibrando</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
</context>
<context>
    <name>es::GroupsView</name>
    <message>
        <source>Filter groups</source>
        <translation>Filtrar grupos</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>Grupos de consumidores</translation>
    </message>
    <message>
        <source>No consumer groups yet. Consumers that join a group appear here; start some under &quot;Simulated clients&quot;.</source>
        <translation>Aún no hay grupos de consumidores. Los consumidores que se unen a un grupo aparecen aquí; inicie algunos en &quot;Clientes simulados&quot;.</translation>
    </message>
    <message>
        <source>Consumer &amp;groups</source>
        <translation>&amp;Grupos de consumidores</translation>
    </message>
    <message>
        <source>Simulated &amp;clients</source>
        <translation>&amp;Clientes simulados</translation>
    </message>
    <message>
        <source>Producers and consumer groups run inside Eventscope to generate traffic and lag.</source>
        <translation>Productores y grupos de consumidores que se ejecutan dentro de Eventscope para generar tráfico y retraso.</translation>
    </message>
    <message>
        <source>&amp;Reset offsets…</source>
        <translation>&amp;Restablecer offsets…</translation>
    </message>
    <message>
        <source>Move the group&apos;s committed offsets in the Replay view.</source>
        <translation>Mueve los offsets confirmados del grupo en la vista Reproducir.</translation>
    </message>
</context>
<context>
    <name>es::HeadersEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Headers are name/value pairs carried next to the record&apos;s key and value, e.g. a content type or a trace id.</source>
        <translation>Las cabeceras son pares nombre/valor que acompañan a la clave y el valor del registro, p. ej. un tipo de contenido o un id de traza.</translation>
    </message>
    <message>
        <source>A&amp;dd header</source>
        <translation>Aña&amp;dir cabecera</translation>
    </message>
    <message>
        <source>Adds an empty header row.</source>
        <translation>Añade una fila de cabecera vacía.</translation>
    </message>
    <message>
        <source>Remove &amp;header</source>
        <translation>&amp;Quitar cabecera</translation>
    </message>
    <message>
        <source>Removes the selected header row.</source>
        <translation>Quita la fila de cabecera seleccionada.</translation>
    </message>
</context>
<context>
    <name>es::LinkDialog</name>
    <message>
        <source>Link faults</source>
        <translation>Fallos de enlace</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <source>Broker %1</source>
        <translation>Bróker %1</translation>
    </message>
    <message>
        <source>Clients: every Kafka client and in-process producer or consumer. Controller: the node that keeps the metadata and elects leaders.</source>
        <translation>Clientes: todos los clientes de Kafka y los productores o consumidores internos del proceso. Controlador: el nodo que guarda los metadatos y elige los líderes.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Add &amp;latency</source>
        <translation>Añadir &amp;latencia</translation>
    </message>
    <message>
        <source>Every message on the link waits this long before it is delivered.</source>
        <translation>Cada mensaje del enlace espera este tiempo antes de entregarse.</translation>
    </message>
    <message>
        <source>Make l&amp;ossy</source>
        <translation>Añadir &amp;pérdidas</translation>
    </message>
    <message>
        <source>This share of the messages on the link is dropped at random.</source>
        <translation>Esta proporción de los mensajes del enlace se descarta al azar.</translation>
    </message>
    <message>
        <source>C&amp;ut</source>
        <translation>&amp;Cortar</translation>
    </message>
    <message>
        <source>Nothing gets through, in either direction.</source>
        <translation>No pasa nada, en ninguna dirección.</translation>
    </message>
    <message>
        <source>&amp;Heal</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <source>Remove every fault from this link.</source>
        <translation>Elimina todos los fallos de este enlace.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Heal &amp;all links</source>
        <translation>Reparar &amp;todos los enlaces</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sano</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>cortado</translation>
    </message>
    <message>
        <source>latency %1 ms, loss %2%</source>
        <translation>latencia %1 ms, pérdida %2%</translation>
    </message>
    <message>
        <source>Choose two different nodes.</source>
        <translation>Elija dos nodos distintos.</translation>
    </message>
</context>
<context>
    <name>es::ListenersDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Edit listeners</source>
        <translation>Editar listeners</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Base port</source>
        <translation>Puerto base</translation>
    </message>
    <message>
        <source>The address the brokers listen on; empty: the cluster&apos;s bind address</source>
        <translation>La dirección en la que escuchan los brókeres; vacía: la dirección de enlace (bind) del clúster</translation>
    </message>
    <message>
        <source>Broker 1 listens on this port, broker 2 on the next, and so on</source>
        <translation>El bróker 1 escucha en este puerto, el bróker 2 en el siguiente, y así sucesivamente</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listeners</translation>
    </message>
    <message>
        <source>&amp;Add listener</source>
        <translation>Aña&amp;dir listener</translation>
    </message>
    <message>
        <source>&amp;Remove listener</source>
        <translation>&amp;Quitar listener</translation>
    </message>
    <message>
        <source>TLS of the SSL and SASL_SSL listeners</source>
        <translation>TLS de los listeners SSL y SASL_SSL</translation>
    </message>
    <message>
        <source>Use my own &amp;certificate (otherwise the cluster&apos;s local CA issues one)</source>
        <translation>Usar mi propio &amp;certificado (si no, la CA local del clúster emite uno)</translation>
    </message>
    <message>
        <source>Certificate chain (PEM)</source>
        <translation>Cadena de certificados (PEM)</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Clave privada (PEM)</translation>
    </message>
    <message>
        <source>Client CA (PEM)</source>
        <translation>CA de cliente (PEM)</translation>
    </message>
    <message>
        <source>The local CA</source>
        <translation>La CA local</translation>
    </message>
    <message>
        <source>The CA that client certificates must chain to; empty: the cluster&apos;s local CA</source>
        <translation>La CA en la que debe terminar la cadena de los certificados de cliente; vacío: la CA local del clúster</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Whether SSL listeners ask clients for a certificate (ssl.client.auth); SASL_SSL clients log in instead</source>
        <translation>Si los listeners SSL piden un certificado a los clientes (ssl.client.auth); los clientes SASL_SSL inician sesión en su lugar</translation>
    </message>
    <message>
        <source>C&amp;ertificate:</source>
        <translation>C&amp;ertificado:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Cla&amp;ve:</translation>
    </message>
    <message>
        <source>Client C&amp;A:</source>
        <translation>C&amp;A de cliente:</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication:</source>
        <translation>A&amp;utenticación de cliente:</translation>
    </message>
    <message>
        <source>The cluster keeps these listeners and starts with them from its next start on, unless the command line names listeners. They apply once it restarts.</source>
        <translation>El clúster guarda estos listeners y arranca con ellos a partir de su próximo inicio, salvo que la línea de comandos indique listeners. Se aplican cuando se reinicia.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a listener: the cluster needs at least one.</source>
        <translation>Añada un listener: el clúster necesita al menos uno.</translation>
    </message>
    <message>
        <source>Choose your certificate and its key, or let the local CA issue one.</source>
        <translation>Elija su certificado y su clave, o deje que la CA local emita uno.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;_&apos; and &apos;-&apos;, as Kafka&apos;s listener names; empty: named after the protocol</source>
        <translation>Letras, dígitos, «_» y «-», como los nombres de listener de Kafka; vacío: con el nombre del protocolo</translation>
    </message>
    <message>
        <source>The listener name %1 may hold only letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>El nombre de listener %1 solo puede contener letras, dígitos, «_» y «-».</translation>
    </message>
    <message>
        <source>Two listeners are named %1; give each its own name.</source>
        <translation>Dos listeners se llaman %1; dé a cada uno su propio nombre.</translation>
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
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port of each broker</source>
        <translation>Puerto de cada bróker</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listeners</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Copy the CA file&apos;s path to the clipboard</source>
        <translation>Copia la ruta del archivo de la CA al portapapeles</translation>
    </message>
    <message>
        <source>The CA file&apos;s path is on the clipboard.</source>
        <translation>La ruta del archivo de la CA está en el portapapeles.</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Copiar huella digital</translation>
    </message>
    <message>
        <source>Copy the CA&apos;s SHA-256 fingerprint to the clipboard</source>
        <translation>Copia la huella digital SHA-256 de la CA al portapapeles</translation>
    </message>
    <message>
        <source>The fingerprint is on the clipboard.</source>
        <translation>La huella digital está en el portapapeles.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Client settings</source>
        <translation>Ajustes del cliente</translation>
    </message>
    <message>
        <source>Copy settings</source>
        <translation>Copiar ajustes</translation>
    </message>
    <message>
        <source>Copy these settings to the clipboard, to paste into a client&apos;s configuration</source>
        <translation>Copia estos ajustes al portapapeles para pegarlos en la configuración de un cliente</translation>
    </message>
    <message>
        <source>The client settings are on the clipboard.</source>
        <translation>Los ajustes del cliente están en el portapapeles.</translation>
    </message>
    <message>
        <source>%1 on broker %2</source>
        <translation>%1 en el bróker %2</translation>
    </message>
    <message>
        <source>The brokers present your own certificate, signed by this CA.</source>
        <translation>Los brókeres presentan el certificado que usted proporcionó, firmado por esta CA.</translation>
    </message>
    <message>
        <source>The brokers present certificates signed by this local CA, made for this cluster.</source>
        <translation>Los brókeres presentan certificados firmados por esta CA local, creados para este clúster.</translation>
    </message>
    <message>
        <source>A client trusts them with ssl.ca.location=%1 (librdkafka), or with the CA imported into its trust store (Java: ssl.truststore.location).</source>
        <translation>Un cliente confía en ellos con ssl.ca.location=%1 (librdkafka) o con la CA importada en su almacén de confianza (Java: ssl.truststore.location).</translation>
    </message>
    <message>
        <source>Select a listener to see the settings a client needs to reach it.</source>
        <translation>Seleccione un listener para ver los ajustes que necesita un cliente para llegar a él.</translation>
    </message>
    <message>
        <source>Client settings for %1:</source>
        <translation>Ajustes del cliente para %1:</translation>
    </message>
    <message>
        <source>&amp;Edit listeners…</source>
        <translation>&amp;Editar listeners…</translation>
    </message>
    <message>
        <source>Change the listeners and their TLS settings for the cluster&apos;s next start</source>
        <translation>Cambia los listeners y sus ajustes TLS para el próximo inicio del clúster</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <source>Eventscope — %1 cluster</source>
        <translation>Eventscope — clúster %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Brokers, the controller, replicas and links; break and heal them.</source>
        <translation>Brókeres, el controlador, réplicas y enlaces; rómpalos y repárelos.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Topics and their partitions: create, delete, add partitions, edit configs.</source>
        <translation>Temas y sus particiones: crear, eliminar, añadir particiones, editar la configuración.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>The cluster&apos;s timeline: broker changes, elections, ISR changes, topics, groups.</source>
        <translation>La cronología del clúster: cambios de brókeres, elecciones, cambios del ISR, temas, grupos.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Throughput, latency and under-replicated partitions over time.</source>
        <translation>Rendimiento, latencia y particiones infrarreplicadas a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Starting the cluster…</source>
        <translation>Iniciando el clúster…</translation>
    </message>
    <message>
        <source>Bootstrap: %1</source>
        <translation>Servidores de arranque: %1</translation>
    </message>
    <message>
        <source>bootstrap.servers for your Kafka clients: %1</source>
        <translation>bootstrap.servers para sus clientes de Kafka: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the bootstrap servers to the clipboard</source>
        <translation>Copia los servidores de arranque al portapapeles</translation>
    </message>
    <message>
        <source>Bootstrap servers copied to the clipboard.</source>
        <translation>Servidores de arranque copiados al portapapeles.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>No está en ejecución: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Browse, search, decode and export the records of any topic.</source>
        <translation>Explorar, buscar, decodificar y exportar los registros de cualquier tema.</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Producir</translation>
    </message>
    <message>
        <source>Publish test events: one record, templates with generators, bulk and imports.</source>
        <translation>Publicar eventos de prueba: un registro, plantillas con generadores, envíos masivos e importaciones.</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>Grupos de consumidores</translation>
    </message>
    <message>
        <source>Groups, their members and assignments, lag per partition and over time; simulated clients.</source>
        <translation>Grupos, sus miembros y asignaciones, retraso por partición y a lo largo del tiempo; clientes simulados.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Reset a group&apos;s offsets, or re-publish a range of records.</source>
        <translation>Restablecer los offsets de un grupo o volver a publicar un intervalo de registros.</translation>
    </message>
    <message>
        <source>Eventscope — %1 (%2)</source>
        <translation>Eventscope — %1 (%2)</translation>
    </message>
    <message>
        <source>Brokers, the controller and every partition&apos;s replicas.</source>
        <translation>Brókeres, el controlador y las réplicas de cada partición.</translation>
    </message>
    <message>
        <source>The password is not saved: the desktop keyring said &quot;%1&quot;. You will be asked for it next time.</source>
        <translation>La contraseña no se ha guardado: el llavero del escritorio respondió &quot;%1&quot;. Se le pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>Enter the password: none is saved for this connection.</source>
        <translation>Introduzca la contraseña: no hay ninguna guardada para esta conexión.</translation>
    </message>
    <message>
        <source>The desktop keyring could not give the password (%1): enter it.</source>
        <translation>El llavero del escritorio no pudo proporcionar la contraseña (%1): introdúzcala.</translation>
    </message>
    <message>
        <source>&amp;Saved connections</source>
        <translation>Conexiones &amp;guardadas</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aún no hay ninguna guardada</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>The desktop keyring could not give the password (%1).</source>
        <translation>El llavero del escritorio no pudo proporcionar la contraseña (%1).</translation>
    </message>
    <message>
        <source>&amp;Connect to a Kafka cluster…</source>
        <translation>&amp;Conectar con un clúster de Kafka…</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>Cerrar &amp;ventana</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Broker %1</source>
        <translation>Bróker %1</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Bróker</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Grupo de consumidores</translation>
    </message>
    <message>
        <source>Connect to a Kafka cluster</source>
        <translation>Conectar con un clúster de Kafka</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Copy the bootstrap servers</source>
        <translation>Copiar los servidores de arranque</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Ir a…</translation>
    </message>
    <message>
        <source>Jump to any view, topic, consumer group or broker, or run an action (Ctrl+K).</source>
        <translation>Saltar a cualquier vista, tema, grupo de consumidores o bróker, o ejecutar una acción (Ctrl+K).</translation>
    </message>
    <message>
        <source>Eventscope speaks the new language after a restart. Restart now? The cluster stops and starts again with its topics, records and groups.</source>
        <translation>Eventscope usará el nuevo idioma tras reiniciarse. ¿Reiniciar ahora? El clúster se detiene y vuelve a iniciarse con sus temas, registros y grupos.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Listeners and client settings, SCRAM users, ACLs and the requests refused lately.</source>
        <translation>Listeners y ajustes de clientes, usuarios SCRAM, ACL y las solicitudes denegadas recientemente.</translation>
    </message>
</context>
<context>
    <name>es::MessagesModel</name>
    <message>
        <source>No record at this offset: compaction or deletion removed it, or it holds a transaction marker.</source>
        <translation>No hay ningún registro en este offset: la compactación o un borrado lo eliminó, o contiene un marcador de transacción.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>(no record at this offset)</source>
        <translation>(ningún registro en este offset)</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>When the producer (or the broker, for LogAppendTime topics) stamped the record.</source>
        <translation>Cuándo puso la marca de tiempo al registro el productor (o el bróker, en los temas con LogAppendTime).</translation>
    </message>
    <message>
        <source>Headers: key-value pairs a producer attaches to a record, besides its key and value.</source>
        <translation>Cabeceras: pares clave-valor que un productor adjunta a un registro, además de su clave y su valor.</translation>
    </message>
    <message>
        <source>The record&apos;s encoded size in its batch.</source>
        <translation>El tamaño codificado del registro en su lote.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Marca de tiempo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>The partition: an ordered, append-only log that holds part of the topic.</source>
        <translation>La partición: un log ordenado, al que solo se añaden registros, que contiene parte del tema.</translation>
    </message>
    <message>
        <source>The offset: the record&apos;s position in its partition, assigned by the leader.</source>
        <translation>El offset: la posición del registro en su partición, asignada por el líder.</translation>
    </message>
    <message>
        <source>The key: records with the same key go to the same partition.</source>
        <translation>La clave: los registros con la misma clave van a la misma partición.</translation>
    </message>
</context>
<context>
    <name>es::MessagesView</name>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>C&amp;opiar como JSON</translation>
    </message>
    <message>
        <source>&amp;Export selection…</source>
        <translation>Exportar &amp;selección…</translation>
    </message>
    <message>
        <source>Write the selected records to a JSON Lines or CSV file.</source>
        <translation>Escribe los registros seleccionados en un archivo JSON Lines o CSV.</translation>
    </message>
    <message>
        <source>Export search &amp;result…</source>
        <translation>Exportar resultado de búsq&amp;ueda…</translation>
    </message>
    <message>
        <source>Write every record the search matched to a JSON Lines or CSV file.</source>
        <translation>Escribe todos los registros que encontró la búsqueda en un archivo JSON Lines o CSV.</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Cancelar e&amp;xportación</translation>
    </message>
    <message>
        <source>Stop the export; the file keeps the records written so far.</source>
        <translation>Detiene la exportación; el archivo conserva los registros escritos hasta ahora.</translation>
    </message>
    <message>
        <source>Cannot read records: %1</source>
        <translation>No se pueden leer los registros: %1</translation>
    </message>
    <message>
        <source>Partition %1 has no record at offset %2: compaction or deletion removed it, or it holds a transaction marker.</source>
        <translation>La partición %1 no tiene ningún registro en el offset %2: la compactación o un borrado lo eliminó, o contiene un marcador de transacción.</translation>
    </message>
    <message>
        <source>Loading partition %1, offset %2…</source>
        <translation>Cargando la partición %1, offset %2…</translation>
    </message>
    <message>
        <source>Open a topic first: the search scans what is open, from its start.</source>
        <translation>Abra primero un tema: la búsqueda recorre lo que está abierto, desde su inicio.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Only the first %L1 matches are listed; the export of the search result writes them all.</source>
        <translation>Solo se listan las primeras %L1 coincidencias; al exportar el resultado de la búsqueda se escriben todas.</translation>
    </message>
    <message>
        <source>%1 scanned, %2 matched</source>
        <translation>%1 examinados, %2 coincidencias</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <source>Partition %1 was not searched: %2</source>
        <translation>No se buscó en la partición %1: %2</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Export the search result</source>
        <translation>Exportar el resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Export the selected records</source>
        <translation>Exportar los registros seleccionados</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Select the records to export first.</source>
        <translation>Seleccione primero los registros que exportar.</translation>
    </message>
    <message>
        <source>Search first: there is no search result to export.</source>
        <translation>Busque primero: no hay ningún resultado de búsqueda que exportar.</translation>
    </message>
    <message>
        <source>Exporting to %1: %p%</source>
        <translation>Exportando a %1: %p%</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln registro a %1.</numerusform>
            <numerusform>Se exportaron %Ln registros a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to %1: %2</source>
        <translation>Exportación a %1: %2</translation>
    </message>
    <message>
        <source>Waiting for the cluster…</source>
        <translation>Esperando al clúster…</translation>
    </message>
    <message>
        <source>Partition %1: offsets %2 to %3%4</source>
        <translation>Partición %1: offsets %2 a %3%4</translation>
    </message>
    <message>
        <source>, following new records</source>
        <translation>, siguiendo los registros nuevos</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) merged by timestamp, %1 record(s) from the start%2</source>
        <translation>
            <numerusform>%n partición combinada por marca de tiempo, %1 registro(s) desde el inicio%2</numerusform>
            <numerusform>%n particiones combinadas por marca de tiempo, %1 registro(s) desde el inicio%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %L1 records are listed; start later to see more.</source>
        <translation>Solo se listan los primeros %L1 registros; empiece más adelante para ver más.</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) merged by timestamp, their newest %1 record(s)%2</source>
        <translation>
            <numerusform>%n partición combinada por marca de tiempo, sus %1 registro(s) más recientes%2</numerusform>
            <numerusform>%n particiones combinadas por marca de tiempo, sus %1 registro(s) más recientes%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1: offsets %2 to %3 of %4 (the table shows %5 offsets at a time: start at a later offset for the rest)</source>
        <translation>Partición %1: offsets %2 a %3 de %4 (la tabla muestra %5 offsets a la vez: empiece en un offset posterior para ver el resto)</translation>
    </message>
    <message>
        <source>Choose a topic: its newest records show at once.</source>
        <translation>Elija un tema: sus registros más recientes aparecen al instante.</translation>
    </message>
    <message>
        <source>Not applied yet: press Enter or Open.</source>
        <translation>Aún no aplicado: pulse Intro o Abrir.</translation>
    </message>
    <message>
        <source>The table still shows what the line beside describes. Press Enter, leave the field or click Open to show what the fields above say.</source>
        <translation>La tabla aún muestra lo que describe la línea de al lado. Pulse Intro, salga del campo o haga clic en Abrir para mostrar lo que indican los campos de arriba.</translation>
    </message>
    <message>
        <source>Reading where the partitions start and end…</source>
        <translation>Leyendo dónde empiezan y terminan las particiones…</translation>
    </message>
    <message>
        <source>Cannot read where the partitions start and end: %1</source>
        <translation>No se puede leer dónde empiezan y terminan las particiones: %1</translation>
    </message>
    <message>
        <source>Ne&amp;west first</source>
        <translation>Más &amp;recientes primero</translation>
    </message>
    <message>
        <source>Show the newest records at the top. Unticked, the table shows them in log order, the oldest at the top.</source>
        <translation>Muestra los registros más recientes arriba. Sin marcar, la tabla los muestra en el orden del log, los más antiguos arriba.</translation>
    </message>
    <message>
        <source>Records of the topic. Select one to see it in full below; Shift or Ctrl selects several to copy or export; right-click for what you can do with them.</source>
        <translation>Registros del tema. Seleccione uno para verlo completo abajo; con Mayús o Ctrl se seleccionan varios para copiarlos o exportarlos; haga clic derecho para ver qué puede hacer con ellos.</translation>
    </message>
    <message>
        <source>Copy the selected records (key, value, headers, where each is) as JSON: one record as an object, several as an array (Ctrl+Shift+C).</source>
        <translation>Copia los registros seleccionados (clave, valor, cabeceras y dónde está cada uno) como JSON: un registro como objeto, varios como array (Ctrl+Mayús+C).</translation>
    </message>
    <message>
        <source>Copy the selected records as rows of tab-separated cells, whole keys and values, as spreadsheets paste them (Ctrl+C).</source>
        <translation>Copia los registros seleccionados como filas de celdas separadas por tabuladores, con claves y valores completos, tal como los pegan las hojas de cálculo (Ctrl+C).</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copiar &amp;valor</translation>
    </message>
    <message>
        <source>Copy the values of the selected records, one a line.</source>
        <translation>Copia los valores de los registros seleccionados, uno por línea.</translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation>Copiar c&amp;lave</translation>
    </message>
    <message>
        <source>Copy the keys of the selected records, one a line.</source>
        <translation>Copia las claves de los registros seleccionados, una por línea.</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copiar como &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>Exportar &amp;selección…</translation>
    </message>
    <message>
        <source>&amp;Re-publish selected…</source>
        <translation>&amp;Republicar selección…</translation>
    </message>
    <message>
        <source>Copy the selected records (from the first to the last selected offset of each partition) into a topic, in the Replay view.</source>
        <translation>Copia los registros seleccionados (del primer al último offset seleccionado de cada partición) en un tema, desde la vista Reproducir.</translation>
    </message>
    <message>
        <source>Show in &amp;partition log</source>
        <translation>Mostrar en el log de la &amp;partición</translation>
    </message>
    <message>
        <source>Open the topic&apos;s partitions and the drawing of their logs in the Topics view.</source>
        <translation>Abre las particiones del tema y el dibujo de sus logs en la vista Temas.</translation>
    </message>
    <message>
        <source>%L1 records are selected: copy at most %L2, or export them.</source>
        <translation>Hay %L1 registros seleccionados: copie como máximo %L2 o expórtelos.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s) as JSON.</source>
        <translation>
            <numerusform>%n registro copiado como JSON.</numerusform>
            <numerusform>%n registros copiados como JSON.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the keys of %n record(s).</source>
        <translation>
            <numerusform>Se copió la clave de %n registro.</numerusform>
            <numerusform>Se copiaron las claves de %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the values of %n record(s).</source>
        <translation>
            <numerusform>Se copió el valor de %n registro.</numerusform>
            <numerusform>Se copiaron los valores de %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s).</source>
        <translation>
            <numerusform>%n registro copiado.</numerusform>
            <numerusform>%n registros copiados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected record(s) were still loading and are not in the copy: copy again in a moment.</source>
        <translation>
            <numerusform>%n registro seleccionado aún se estaba cargando y no está en la copia: vuelva a copiar en un momento.</numerusform>
            <numerusform>%n registros seleccionados aún se estaban cargando y no están en la copia: vuelva a copiar en un momento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::MetricsChart</name>
    <message>
        <source>records/s</source>
        <translation>registros/s</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>bytes/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>particiones</translation>
    </message>
    <message>
        <source>No data in this range yet</source>
        <translation>Aún no hay datos en este intervalo</translation>
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
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Could not read the metrics history: %1</source>
        <translation>No se pudo leer el historial de métricas: %1</translation>
    </message>
    <message>
        <source>Show the whole range again and follow new data (double-click or 0 on a chart)</source>
        <translation>Mostrar de nuevo todo el intervalo y seguir los datos nuevos (doble clic o 0 en un gráfico)</translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation>Volver a &amp;directo</translation>
    </message>
    <message>
        <source>Zoomed in: %1 to %2. The charts stay on this stretch while new samples arrive.</source>
        <translation>Ampliado: de %1 a %2. Los gráficos se quedan en este tramo mientras llegan muestras nuevas.</translation>
    </message>
    <message>
        <source>Drag to pan and use the wheel to zoom, on all charts at once; with the keyboard: arrows, + and −. Click a name in a legend to hide or show its line.</source>
        <translation>Arrastre para desplazar y use la rueda para ampliar, en todos los gráficos a la vez; con el teclado: flechas, + y −. Haga clic en un nombre de una leyenda para ocultar o mostrar su línea.</translation>
    </message>
</context>
<context>
    <name>es::MoveReplicasDialog</name>
    <message>
        <source>Move replicas</source>
        <translation>Mover réplicas</translation>
    </message>
    <message>
        <source>Move replicas of %1</source>
        <translation>Mover réplicas de %1</translation>
    </message>
    <message>
        <source>Type the brokers each partition is to be on, the first its preferred leader. New replicas copy the log; the old ones leave once they have caught up.</source>
        <translation>Escriba los brókeres en los que debe estar cada partición, con el líder preferido primero. Las réplicas nuevas copian el log; las antiguas se retiran cuando las nuevas se han puesto al día.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Replicas now</source>
        <translation>Réplicas actuales</translation>
    </message>
    <message>
        <source>New replicas</source>
        <translation>Réplicas nuevas</translation>
    </message>
    <message>
        <source>New replicas of partition %1</source>
        <translation>Réplicas nuevas de la partición %1</translation>
    </message>
    <message>
        <source>&amp;Rebalance across brokers</source>
        <translation>&amp;Reequilibrar entre brókeres</translation>
    </message>
    <message>
        <source>Fill in the lists that spread this topic&apos;s replicas and preferred leaders evenly over the running brokers, moving as few replicas as possible.</source>
        <translation>Rellena las listas para repartir de forma equilibrada las réplicas y los líderes preferidos de este tema entre los brókeres en ejecución, moviendo el menor número posible de réplicas.</translation>
    </message>
    <message>
        <source>%1 has more replicas per partition than brokers run: it cannot be spread.</source>
        <translation>%1 tiene más réplicas por partición que brókeres en ejecución: no se puede repartir.</translation>
    </message>
    <message>
        <source>Already balanced: nothing to move.</source>
        <translation>Ya está equilibrado: no hay nada que mover.</translation>
    </message>
    <message>
        <source>Partition %1: %2.</source>
        <translation>Partición %1: %2.</translation>
    </message>
    <message>
        <source>Could not move replicas: %1</source>
        <translation>No se pudieron mover las réplicas: %1</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partición %1: %2</translation>
    </message>
    <message>
        <source>Moves replicas of %1, copies %2; partitions unchanged: %3.</source>
        <translation>Traslada réplicas de %1, copia %2; particiones sin cambios: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partición</numerusform>
            <numerusform>%n particiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n log</numerusform>
            <numerusform>%n logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The moves of %n partition(s) started, but not these:</source>
        <translation>
            <numerusform>Se inició el traslado de %n partición, pero no estos:</numerusform>
            <numerusform>Se iniciaron los traslados de %n particiones, pero no estos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::PartitionLogsWidget</name>
    <message>
        <source>No partitions to draw.</source>
        <translation>No hay particiones que dibujar.</translation>
    </message>
    <message>
        <source>offline: no leader</source>
        <translation>fuera de línea: sin líder</translation>
    </message>
    <message>
        <source>offsets not known yet</source>
        <translation>offsets aún desconocidos</translation>
    </message>
    <message>
        <source>start %1 · segments: %2</source>
        <translation>inicio %1 · segmentos: %2</translation>
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
        <translation>%1 no tiene líder, así que no hay offsets que mostrar.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; committed %2, lag %3.</source>
        <translation>El grupo &quot;%1&quot; confirmó %2, retraso %3.</translation>
    </message>
    <message>
        <source>%1: high watermark %2.</source>
        <translation>%1: marca de agua alta %2.</translation>
    </message>
    <message>
        <source>%1: log end offset %2.</source>
        <translation>%1: offset final del log %2.</translation>
    </message>
    <message>
        <source>%1: log start offset %2.</source>
        <translation>%1: offset inicial del log %2.</translation>
    </message>
    <message>
        <source>%1: leader broker %2, segments: %3, readable records: %4.</source>
        <translation>%1: bróker líder %2, segmentos: %3, registros legibles: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::PartitionsModel</name>
    <message>
        <source>No leader: the partition is offline.</source>
        <translation>Sin líder: la partición está fuera de línea.</translation>
    </message>
    <message>
        <source>%1
Out of sync: broker %2.</source>
        <translation>%1
No sincronizado: bróker %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Inicio del log</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>Marca de agua alta</translation>
    </message>
    <message>
        <source>Log end</source>
        <translation>Final del log</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
</context>
<context>
    <name>es::ProduceView</name>
    <message>
        <source>Choose or type a topic</source>
        <translation>Elija o escriba un tema</translation>
    </message>
    <message>
        <source>The topic to send to: a named stream of records. A topic that does not exist is created when the cluster allows auto-creation.</source>
        <translation>El tema al que enviar: un flujo de registros con nombre. Un tema que no existe se crea si el clúster permite la creación automática.</translation>
    </message>
    <message>
        <source>A topic is split into partitions. Automatic picks one from the key&apos;s hash, so records with the same key stay in order on one partition.</source>
        <translation>Un tema se divide en particiones. Automática elige una a partir del hash de la clave, así que los registros con la misma clave se mantienen en orden en una misma partición.</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partición:</translation>
    </message>
    <message>
        <source>Chosen t&amp;ime instead of now:</source>
        <translation>Hora &amp;elegida en vez de la actual:</translation>
    </message>
    <message>
        <source>Unchecked, each record carries the time it is sent. Checked, it carries the time chosen here (consumers and retention read it).</source>
        <translation>Sin marcar, cada registro lleva la hora a la que se envía. Marcado, lleva la hora elegida aquí (la leen los consumidores y la retención).</translation>
    </message>
    <message>
        <source>Empty: no key (null)</source>
        <translation>Vacío: sin clave (null)</translation>
    </message>
    <message>
        <source>The record&apos;s key decides its partition; records with the same key keep their order.</source>
        <translation>La clave del registro decide su partición; los registros con la misma clave conservan su orden.</translation>
    </message>
    <message>
        <source>The record&apos;s value, e.g. JSON. Placeholders: {{seq}} {{uuid}} {{now}} {{now_iso}} {{int 1 100}} {{pick a|b|c}} {{words 5}}</source>
        <translation>El valor del registro, p. ej. JSON. Marcadores: {{seq}} {{uuid}} {{now}} {{now_iso}} {{int 1 100}} {{pick a|b|c}} {{words 5}}</translation>
    </message>
    <message>
        <source>A sample of the record as the next send would render it.</source>
        <translation>Una muestra del registro tal como lo generaría el próximo envío.</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Timestamp:</source>
        <translation>Marca de tiempo:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Cabeceras:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Sends one record rendered from the editor (Ctrl+Enter).</source>
        <translation>Envía un registro generado a partir del editor (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>Automatic (by key)</source>
        <translation>Automática (por clave)</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>clave: %1</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>valor: %1</translation>
    </message>
    <message>
        <source>header %1: %2</source>
        <translation>cabecera %1: %2</translation>
    </message>
    <message>
        <source>Choose or type a topic to send to.</source>
        <translation>Elija o escriba un tema al que enviar.</translation>
    </message>
    <message>
        <source>The cluster is not running.</source>
        <translation>El clúster no está en ejecución.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent to partition %1 at offset %2 (timestamp %3).</source>
        <translation>Enviado a la partición %1 en el offset %2 (marca de tiempo %3).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; was deleted. Choose another topic, or type its name again to have it created anew.</source>
        <translation>El tema «%1» se eliminó. Elija otro tema, o escriba su nombre de nuevo para crearlo otra vez.</translation>
    </message>
    <message>
        <source>Open this record in the Messages view.</source>
        <translation>Abre este registro en la vista Mensajes.</translation>
    </message>
</context>
<context>
    <name>es::ProducerBotDialog</name>
    <message>
        <source>Add producer bot</source>
        <translation>Añadir bot productor</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>The topic to write to; a topic that does not exist is created with the defaults.</source>
        <translation>El tema en el que escribir; un tema que no existe se crea con los valores predeterminados.</translation>
    </message>
    <message>
        <source> records/s</source>
        <translation> registros/s</translation>
    </message>
    <message>
        <source>No key (spread by the sticky partitioner)</source>
        <translation>Sin clave (repartidos por el particionador sticky)</translation>
    </message>
    <message>
        <source>Sequential over K keys</source>
        <translation>Secuencial entre K claves</translation>
    </message>
    <message>
        <source>Random over K keys</source>
        <translation>Aleatoria entre K claves</translation>
    </message>
    <message>
        <source>Hot key (80% on one key)</source>
        <translation>Clave caliente (80% en una clave)</translation>
    </message>
    <message>
        <source>Records with the same key always go to the same partition.</source>
        <translation>Los registros con la misma clave siempre van a la misma partición.</translation>
    </message>
    <message>
        <source>Placeholders: {{seq}}, {{uuid}}, {{now}}, {{now_iso}}, {{int A B}}, {{pick a|b|c}}, {{words N}}</source>
        <translation>Marcadores: {{seq}}, {{uuid}}, {{now}}, {{now_iso}}, {{int A B}}, {{pick a|b|c}}, {{words N}}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>T&amp;asa:</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Claves:</translation>
    </message>
    <message>
        <source>Number of keys (&amp;K):</source>
        <translation>Número de claves (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Value template:</source>
        <translation>Plantilla de &amp;valor:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Choose or type a topic.</source>
        <translation>Elija o escriba un tema.</translation>
    </message>
    <message>
        <source>The value template is not valid: %1</source>
        <translation>La plantilla de valor no es válida: %1</translation>
    </message>
</context>
<context>
    <name>es::RecordDetail</name>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Headers: key-value pairs a producer attaches to a record, besides its key and value. Select one to see its value below.</source>
        <translation>Cabeceras: pares clave-valor que un productor adjunta a un registro, además de su clave y su valor. Seleccione una para ver su valor abajo.</translation>
    </message>
    <message>
        <source>header value</source>
        <translation>valor de cabecera</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clave</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>Ca&amp;beceras</translation>
    </message>
    <message>
        <source>Select a record to see its key, value and headers.</source>
        <translation>Seleccione un registro para ver su clave, su valor y sus cabeceras.</translation>
    </message>
    <message>
        <source>Partition %1, offset %2 · %3 · %4</source>
        <translation>Partición %1, offset %2 · %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Headers (%1)</source>
        <translation>Ca&amp;beceras (%1)</translation>
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
        <translation>No es UTF-8 válido: los bytes no válidos se muestran como �. Pruebe Hex.</translation>
    </message>
    <message>
        <source>Not JSON (%1 at byte %2).</source>
        <translation>No es JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 bytes más sin mostrar</translation>
    </message>
</context>
<context>
    <name>es::ReplayView</name>
    <message>
        <source>R&amp;eset offsets</source>
        <translation>&amp;Restablecer offsets</translation>
    </message>
    <message>
        <source>Move a consumer group&apos;s committed offsets so that it reads records again or skips them.</source>
        <translation>Mueve los offsets confirmados de un grupo de consumidores para que vuelva a leer registros o los omita.</translation>
    </message>
    <message>
        <source>Re-pu&amp;blish</source>
        <translation>Re&amp;publicar</translation>
    </message>
    <message>
        <source>Copy records of a topic into the same or another topic, as they were or faster.</source>
        <translation>Copia registros de un tema en el mismo tema o en otro, al ritmo original o más rápido.</translation>
    </message>
</context>
<context>
    <name>es::RepublishPanel</name>
    <message>
        <source>The topic whose records are copied.</source>
        <translation>El tema cuyos registros se copian.</translation>
    </message>
    <message>
        <source>Off&amp;sets</source>
        <translation>&amp;Offsets</translation>
    </message>
    <message>
        <source>Copy ranges of offsets (positions of records in their partitions).</source>
        <translation>Copia intervalos de offsets (posiciones de los registros en sus particiones).</translation>
    </message>
    <message>
        <source>all partitions, whole logs; or e.g. 0, 1:100-500, 2:950-</source>
        <translation>todas las particiones, logs completos; o p. ej. 0, 1:100-500, 2:950-</translation>
    </message>
    <message>
        <source>Time &amp;window</source>
        <translation>&amp;Ventana de tiempo</translation>
    </message>
    <message>
        <source>Copy the records whose timestamps fall in a time window.</source>
        <translation>Copia los registros cuyas marcas de tiempo caen dentro de una ventana de tiempo.</translation>
    </message>
    <message>
        <source>all partitions, or e.g. 0, 2</source>
        <translation>todas las particiones, o p. ej. 0, 2</translation>
    </message>
    <message>
        <source>Your local time; the window includes its start and excludes its end.</source>
        <translation>Su hora local; la ventana incluye su inicio y excluye su final.</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message>
        <source>Original pacing, at speed</source>
        <translation>Ritmo original, a velocidad</translation>
    </message>
    <message>
        <source>Keep the gaps between the records&apos; timestamps (divided by the speed factor), or copy without waiting.</source>
        <translation>Conserva los intervalos entre las marcas de tiempo de los registros (divididos por el factor de velocidad), o copia sin esperar.</translation>
    </message>
    <message>
        <source>2× replays twice as fast as the records were produced, 0.5× at half speed.</source>
        <translation>2× reproduce el doble de rápido de lo que se produjeron los registros; 0,5× a mitad de velocidad.</translation>
    </message>
    <message>
        <source>Keep &amp;headers</source>
        <translation>Conservar ca&amp;beceras</translation>
    </message>
    <message>
        <source>Headers are key-value pairs a producer attaches to a record, e.g. a trace id.</source>
        <translation>Las cabeceras son pares clave-valor que un productor adjunta a un registro, p. ej. un id de traza.</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Conservar la clave</translation>
    </message>
    <message>
        <source>No key (null)</source>
        <translation>Sin clave (null)</translation>
    </message>
    <message>
        <source>New key from a template</source>
        <translation>Clave nueva a partir de una plantilla</translation>
    </message>
    <message>
        <source>The key decides a record&apos;s partition. Kept keys keep each record in the partition it came from when the target has it.</source>
        <translation>La clave decide la partición de un registro. Si se conservan las claves, cada registro queda en la partición de la que vino, cuando el destino la tiene.</translation>
    </message>
    <message>
        <source>e.g. user-{{int 1 100}}</source>
        <translation>p. ej. user-{{int 1 100}}</translation>
    </message>
    <message>
        <source>Text with placeholders rendered for each record: {{seq}}, {{uuid}}, {{now}}, {{now_iso}}, {{int A B}}, {{pick a|b|c}}, {{words N}}.</source>
        <translation>Texto con marcadores que se generan para cada registro: {{seq}}, {{uuid}}, {{now}}, {{now_iso}}, {{int A B}}, {{pick a|b|c}}, {{words N}}.</translation>
    </message>
    <message>
        <source>Sta&amp;rt copy</source>
        <translation>&amp;Iniciar copia</translation>
    </message>
    <message>
        <source>&amp;Cancel copy</source>
        <translation>&amp;Cancelar copia</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;desde</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>So&amp;urce topic:</source>
        <translation>Tema de orige&amp;n:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>&amp;Target topic:</source>
        <translation>Tema de des&amp;tino:</translation>
    </message>
    <message>
        <source>&amp;Pacing:</source>
        <translation>&amp;Ritmo:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lave:</translation>
    </message>
    <message>
        <source>Choose a source and a target topic.</source>
        <translation>Elija un tema de origen y uno de destino.</translation>
    </message>
    <message>
        <source>The time window ends before it starts.</source>
        <translation>La ventana de tiempo termina antes de empezar.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cannot start the copy: %1</source>
        <translation>No se puede iniciar la copia: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 registros/s</translation>
    </message>
    <message>
        <source>Finding the offsets of the range…</source>
        <translation>Buscando los offsets del intervalo…</translation>
    </message>
    <message>
        <source>%1 of %2 records copied · %3</source>
        <translation>%1 de %2 registros copiados · %3</translation>
    </message>
    <message>
        <source>Done: %1 records copied · %2</source>
        <translation>Hecho: %1 registros copiados · %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 records.</source>
        <translation>Cancelado tras %1 de %2 registros.</translation>
    </message>
    <message>
        <source>Stopped after %1 records.</source>
        <translation>Detenido tras %1 registros.</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>La copia falló: %1</translation>
    </message>
    <message>
        <source>Partitions, each with an optional range of offsets from-to, both included: 1:100-500 copies 401 records. A missing start is the log start, a missing end the last record when the copy starts.</source>
        <translation>Particiones, cada una con un intervalo opcional de offsets desde-hasta, ambos incluidos: 1:100-500 copia 401 registros. Sin inicio se toma el inicio del log; sin fin, el último registro al empezar la copia.</translation>
    </message>
    <message>
        <source>ends included</source>
        <translation>extremos incluidos</translation>
    </message>
    <message>
        <source>Copies the chosen records into &quot;%1&quot;.</source>
        <translation>Copia los registros elegidos en «%1».</translation>
    </message>
    <message>
        <source>Copy a topic into itself</source>
        <translation>Copiar un tema en sí mismo</translation>
    </message>
    <message>
        <source>Copy records of &quot;%1&quot; into &quot;%1&quot; itself? The copies are appended after its newest records, and its consumers will read them again as new records.</source>
        <translation>¿Copiar registros de «%1» en el propio «%1»? Las copias se añaden tras sus registros más recientes y sus consumidores las leerán de nuevo como registros nuevos.</translation>
    </message>
    <message>
        <source>Creating the topic &quot;%1&quot;…</source>
        <translation>Creando el tema «%1»…</translation>
    </message>
    <message>
        <source>Cannot create the topic &quot;%1&quot;: %2</source>
        <translation>No se puede crear el tema «%1»: %2</translation>
    </message>
</context>
<context>
    <name>es::RepublishTarget</name>
    <message>
        <source>Choose a topic, or type the name of a new one</source>
        <translation>Elija un tema o escriba el nombre de uno nuevo</translation>
    </message>
    <message>
        <source>The topic the copies are written to: another topic, a new one (created when the copy starts) or the source itself (asked again on start).</source>
        <translation>El tema en el que se escriben las copias: otro tema, uno nuevo (creado al empezar la copia) o el propio origen (se pregunta de nuevo al empezar).</translation>
    </message>
    <message>
        <source>Choose the topic to copy into first.</source>
        <translation>Elija primero el tema en el que copiar.</translation>
    </message>
    <message>
        <source>The copies are appended to &quot;%1&quot; itself, after its newest records; starting asks you to confirm.</source>
        <translation>Las copias se añaden al propio «%1», tras sus registros más recientes; al empezar se le pide confirmación.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; does not exist yet: starting the copy creates it with %n partition, as &quot;%2&quot; has, and the cluster&apos;s default replication factor.</source>
        <translation>
            <numerusform>«%1» aún no existe: al empezar la copia se crea con %n partición, como tiene «%2», y el factor de replicación predeterminado del clúster.</numerusform>
            <numerusform>«%1» aún no existe: al empezar la copia se crea con %n particiones, como tiene «%2», y el factor de replicación predeterminado del clúster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; does not exist yet: starting the copy creates it with %n partitions, as &quot;%2&quot; has, and the cluster&apos;s default replication factor.</source>
        <translation>
            <numerusform>«%1» aún no existe: al empezar la copia se crea con %n partición, como tiene «%2», y el factor de replicación predeterminado del clúster.</numerusform>
            <numerusform>«%1» aún no existe: al empezar la copia se crea con %n particiones, como tiene «%2», y el factor de replicación predeterminado del clúster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ResetOffsetsPanel</name>
    <message>
        <source>a group id</source>
        <translation>un id de grupo</translation>
    </message>
    <message>
        <source>A consumer group: consumers sharing a group id split the partitions and share committed offsets. Type a new id to give a group its first offsets.</source>
        <translation>Un grupo de consumidores: los consumidores que comparten un id de grupo se reparten las particiones y comparten los offsets confirmados. Escriba un id nuevo para dar a un grupo sus primeros offsets.</translation>
    </message>
    <message>
        <source>Every topic the group has offsets for</source>
        <translation>Todos los temas para los que el grupo tiene offsets</translation>
    </message>
    <message>
        <source>Which topic&apos;s partitions to reset; by default those the group has committed offsets for.</source>
        <translation>De qué tema restablecer las particiones; de forma predeterminada, aquellos para los que el grupo tiene offsets confirmados.</translation>
    </message>
    <message>
        <source>all partitions, or e.g. 0, 2, 5</source>
        <translation>todas las particiones, o p. ej. 0, 2, 5</translation>
    </message>
    <message>
        <source>Partitions of the chosen topic to reset; empty for all of them.</source>
        <translation>Particiones del tema elegido que restablecer; vacío para todas.</translation>
    </message>
    <message>
        <source>Earliest (log start)</source>
        <translation>Más antiguo (inicio del log)</translation>
    </message>
    <message>
        <source>Latest (high watermark)</source>
        <translation>Más reciente (marca de agua alta)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Shift by</source>
        <translation>Desplazar en</translation>
    </message>
    <message>
        <source>Where the group&apos;s consumers start reading after the reset. New offsets are kept between each partition&apos;s log start and high watermark, as Kafka does.</source>
        <translation>Dónde empiezan a leer los consumidores del grupo tras el restablecimiento. Los offsets nuevos se mantienen entre el inicio del log y la marca de agua alta de cada partición, como hace Kafka.</translation>
    </message>
    <message>
        <source>Each partition moves to its first record with a timestamp at or after this time (your local time).</source>
        <translation>Cada partición pasa a su primer registro con una marca de tiempo igual o posterior a esta hora (su hora local).</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Pre&amp;visualizar</translation>
    </message>
    <message>
        <source>Compute the new offset of every partition without changing anything.</source>
        <translation>Calcula el nuevo offset de cada partición sin cambiar nada.</translation>
    </message>
    <message>
        <source>&amp;Apply reset…</source>
        <translation>&amp;Aplicar restablecimiento…</translation>
    </message>
    <message>
        <source>Write the new offsets as the group&apos;s committed offsets.</source>
        <translation>Escribe los nuevos offsets como offsets confirmados del grupo.</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Reset to:</source>
        <translation>Restable&amp;cer a:</translation>
    </message>
    <message>
        <source>an offset, e.g. 1200</source>
        <translation>un offset, p. ej. 1200</translation>
    </message>
    <message>
        <source>An offset is a record&apos;s position in its partition, counted from 0.</source>
        <translation>Un offset es la posición de un registro en su partición, contando desde 0.</translation>
    </message>
    <message>
        <source>records to move, e.g. -100 or +50</source>
        <translation>registros que mover, p. ej. -100 o +50</translation>
    </message>
    <message>
        <source>Moves each partition&apos;s committed offset back (negative) or forward (positive) by this many offsets.</source>
        <translation>Mueve el offset confirmado de cada partición hacia atrás (negativo) o hacia delante (positivo) esta cantidad de offsets.</translation>
    </message>
    <message>
        <source>Choose a group, or type the id of a new one.</source>
        <translation>Elija un grupo o escriba el id de uno nuevo.</translation>
    </message>
    <message>
        <source>Type the offset to reset to.</source>
        <translation>Escriba el offset al que restablecer.</translation>
    </message>
    <message>
        <source>Type how many offsets to shift by, e.g. -100.</source>
        <translation>Escriba cuántos offsets desplazar, p. ej. -100.</translation>
    </message>
    <message>
        <source>An offset cannot be negative.</source>
        <translation>Un offset no puede ser negativo.</translation>
    </message>
    <message>
        <source>Computing the new offsets…</source>
        <translation>Calculando los nuevos offsets…</translation>
    </message>
    <message>
        <source>Cannot preview the reset: %1</source>
        <translation>No se puede previsualizar el restablecimiento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s): %1 records will be consumed again, %2 skipped.</source>
        <translation>
            <numerusform>%n partición: se volverán a consumir %1 registros y se omitirán %2.</numerusform>
            <numerusform>%n particiones: se volverán a consumir %1 registros y se omitirán %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the committed offsets of group %1 on %n partition(s)? Its consumers will read %2 records again and skip %3 when they next start.</source>
        <translation>
            <numerusform>¿Restablecer los offsets confirmados del grupo %1 en %n partición? Sus consumidores volverán a leer %2 registros y omitirán %3 la próxima vez que se inicien.</numerusform>
            <numerusform>¿Restablecer los offsets confirmados del grupo %1 en %n particiones? Sus consumidores volverán a leer %2 registros y omitirán %3 la próxima vez que se inicien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset offsets</source>
        <translation>Restablecer offsets</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Restableciendo…</translation>
    </message>
    <message>
        <source>The reset was refused: %1</source>
        <translation>Se rechazó el restablecimiento: %1</translation>
    </message>
    <message>
        <source>The offsets of group %1 were reset.</source>
        <translation>Se restablecieron los offsets del grupo %1.</translation>
    </message>
</context>
<context>
    <name>es::ResetPreviewModel</name>
    <message>
        <source>first committed offset</source>
        <translation>primer offset confirmado</translation>
    </message>
    <message>
        <source>re-consume %1</source>
        <translation>volver a consumir %1</translation>
    </message>
    <message>
        <source>skip %1</source>
        <translation>omitir %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source> (asked %1, clamped to the log)</source>
        <translation> (se pidió %1, ajustado al log)</translation>
    </message>
    <message>
        <source>Kafka keeps a committed offset between the log start offset and the high watermark, so the requested offset %1 became %2.</source>
        <translation>Kafka mantiene un offset confirmado entre el offset inicial del log y la marca de agua alta, así que el offset solicitado %1 pasó a ser %2.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Committed now</source>
        <translation>Confirmado ahora</translation>
    </message>
    <message>
        <source>New offset</source>
        <translation>Nuevo offset</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Inicio del log</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>Marca de agua alta</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>The offset the group&apos;s consumers will read first after the reset.</source>
        <translation>El offset que los consumidores del grupo leerán primero tras el restablecimiento.</translation>
    </message>
    <message>
        <source>How many records the group will read again (new offset before the committed one) or skip (new offset after it).</source>
        <translation>Cuántos registros volverá a leer el grupo (nuevo offset anterior al confirmado) u omitirá (nuevo offset posterior).</translation>
    </message>
</context>
<context>
    <name>es::RowCopy</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n fila copiada.</numerusform>
            <numerusform>%n filas copiadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::SearchScope</name>
    <message>
        <source>partition %1</source>
        <translation>partición %1</translation>
    </message>
    <message>
        <source>partitions %1</source>
        <translation>particiones %1</translation>
    </message>
    <message>
        <source>from offset %1</source>
        <translation>desde el offset %1</translation>
    </message>
    <message>
        <source>from each partition&apos;s first record</source>
        <translation>desde el primer registro de cada partición</translation>
    </message>
    <message>
        <source>from the newest %1 of each</source>
        <translation>desde los %1 más recientes de cada una</translation>
    </message>
    <message>
        <source>from offset %1 in each</source>
        <translation>desde el offset %1 en cada una</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>from group %1&apos;s committed offsets</source>
        <translation>desde los offsets confirmados del grupo %1</translation>
    </message>
    <message>
        <source>from the records that arrive</source>
        <translation>desde los registros que lleguen</translation>
    </message>
    <message>
        <source>Search results in %1: %2, %3, to the end</source>
        <translation>Resultados de búsqueda en %1: %2, %3, hasta el final</translation>
    </message>
</context>
<context>
    <name>es::SecurityView</name>
    <message>
        <source>&amp;Listeners</source>
        <translation>&amp;Listeners</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;ACLs and denials</source>
        <translation>&amp;ACL y denegaciones</translation>
    </message>
    <message>
        <source>Where clients connect, and the settings they need</source>
        <translation>Dónde se conectan los clientes y qué ajustes necesitan</translation>
    </message>
    <message>
        <source>The users who log in with SCRAM</source>
        <translation>Los usuarios que inician sesión con SCRAM</translation>
    </message>
    <message>
        <source>Who may do what, and the requests refused lately</source>
        <translation>Quién puede hacer qué, y las solicitudes denegadas recientemente</translation>
    </message>
    <message>
        <source>This connection cannot add ACLs.</source>
        <translation>Esta conexión no puede añadir ACL.</translation>
    </message>
    <message>
        <source>Some of the cluster&apos;s security is not shown: it needs a newer client library than the %1 this program is built with.</source>
        <translation>Parte de la seguridad del clúster no se muestra: requiere una biblioteca cliente más reciente que la %1 con la que se compiló este programa.</translation>
    </message>
    <message>
        <source>The cluster did not answer everything: %1</source>
        <translation>El clúster no respondió a todo: %1</translation>
    </message>
    <message>
        <source>No ACL allows this. Allow this… adds one that does (preview it before you add it).</source>
        <translation>Ninguna ACL lo permite. «Permitir esto…» añade una que lo permita (revise su vista previa antes de añadirla).</translation>
    </message>
    <message>
        <source>Denied by the ACL selected above: %1</source>
        <translation>Denegada por la ACL seleccionada arriba: %1</translation>
    </message>
    <message>
        <source>Denied by an ACL that is gone now: %1</source>
        <translation>Denegada por una ACL que ya no existe: %1</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listeners</translation>
    </message>
    <message>
        <source>The cluster uses the new listeners after a restart. Restart now? The cluster stops and starts again with its topics, records and groups.</source>
        <translation>El clúster usará los nuevos listeners tras reiniciarse. ¿Reiniciar ahora? El clúster se detiene y vuelve a iniciarse con sus temas, registros y grupos.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>es::TableContextMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated as spreadsheets paste them (Ctrl+C).</source>
        <translation>Copia las filas seleccionadas separadas por tabuladores, tal como las pegan las hojas de cálculo (Ctrl+C).</translation>
    </message>
    <message>
        <source>Copy with &amp;header</source>
        <translation>Copiar con ca&amp;becera</translation>
    </message>
    <message>
        <source>Copy the selected rows with a first line of column titles.</source>
        <translation>Copia las filas seleccionadas con una primera línea de títulos de columna.</translation>
    </message>
</context>
<context>
    <name>es::TemplateBar</name>
    <message>
        <source>A template is a record with placeholders such as {{seq}} or {{uuid}}, filled in anew for every record sent.</source>
        <translation>Una plantilla es un registro con marcadores como {{seq}} o {{uuid}}, que se rellenan de nuevo para cada registro enviado.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>P&amp;lantilla:</translation>
    </message>
    <message>
        <source>Name to save under</source>
        <translation>Nombre con el que guardar</translation>
    </message>
    <message>
        <source>The name to save the editor&apos;s record under, or to rename the chosen template to.</source>
        <translation>El nombre con el que guardar el registro del editor, o el nuevo nombre para la plantilla elegida.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Saves the record in the editor as a template under the name, replacing one with the same name.</source>
        <translation>Guarda el registro del editor como plantilla con ese nombre y reemplaza la que tenga el mismo nombre.</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Ren&amp;ombrar</translation>
    </message>
    <message>
        <source>Gives the chosen saved template the name in the name field.</source>
        <translation>Da a la plantilla guardada elegida el nombre escrito en el campo Nombre.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Elim&amp;inar</translation>
    </message>
    <message>
        <source>Deletes the chosen saved template (built-in examples stay).</source>
        <translation>Elimina la plantilla guardada elegida (los ejemplos integrados se conservan).</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (ejemplo)</translation>
    </message>
</context>
<context>
    <name>es::TopicActions</name>
    <message>
        <source>&amp;Create topic…</source>
        <translation>&amp;Crear tema…</translation>
    </message>
    <message>
        <source>Create a topic (Ctrl+N)</source>
        <translation>Crea un tema (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected topic and all its records (Delete)</source>
        <translation>Elimina el tema seleccionado y todos sus registros (Supr)</translation>
    </message>
    <message>
        <source>Add &amp;partitions…</source>
        <translation>Añadir &amp;particiones…</translation>
    </message>
    <message>
        <source>Give the selected topic more partitions</source>
        <translation>Da más particiones al tema seleccionado</translation>
    </message>
    <message>
        <source>Edit &amp;configs…</source>
        <translation>Editar co&amp;nfiguración…</translation>
    </message>
    <message>
        <source>Change retention, segment, cleanup and durability settings of the selected topic</source>
        <translation>Cambia la configuración de retención, segmentos, limpieza y durabilidad del tema seleccionado</translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation>Eliminar tema</translation>
    </message>
    <message>
        <source>Delete the topic &quot;%1&quot; with all its partitions (%2) and records (%3)? This cannot be undone.</source>
        <translation>¿Eliminar el tema &quot;%1&quot; con todas sus particiones (%2) y registros (%3)? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>Delete &amp;records…</source>
        <translation>Borrar &amp;registros…</translation>
    </message>
    <message>
        <source>Delete records of the selected topic, all of them or those below an offset of one partition; the topic itself stays</source>
        <translation>Borrar registros del tema seleccionado, todos o los que están por debajo de un offset de una partición; el tema se mantiene</translation>
    </message>
    <message>
        <source>%1 back to its default</source>
        <translation>%1 restablecido a su valor predeterminado</translation>
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
        <translation>Configuración de %1 aplicada: %2.</translation>
    </message>
    <message>
        <source>&amp;Move replicas…</source>
        <translation>&amp;Mover réplicas…</translation>
    </message>
    <message>
        <source>Move the selected topic&apos;s replicas to other brokers, or spread them evenly</source>
        <translation>Mueve las réplicas del tema seleccionado a otros brókeres o las reparte de forma equilibrada</translation>
    </message>
    <message>
        <source>This client cannot move replicas of this cluster&apos;s partitions.</source>
        <translation>Este cliente no puede mover réplicas de las particiones de este clúster.</translation>
    </message>
    <message>
        <source>View the configs of the selected topic; the connection is read-only, so they cannot be changed</source>
        <translation>Ver las configuraciones del tema seleccionado; la conexión es de solo lectura, así que no se pueden cambiar</translation>
    </message>
    <message>
        <source>E&amp;lect leaders…</source>
        <translation>E&amp;legir líderes…</translation>
    </message>
    <message>
        <source>Give the selected topic&apos;s partitions back to their preferred leaders, or elect a leader where the in-sync replicas are all gone</source>
        <translation>Devolver las particiones del tema seleccionado a sus líderes preferidos, o elegir un líder donde todas las réplicas sincronizadas han desaparecido</translation>
    </message>
</context>
<context>
    <name>es::TopicConfigsDialog</name>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Configs of %1</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <source>Apply an&amp;yway</source>
        <translation>Aplicar de &amp;todos modos</translation>
    </message>
    <message>
        <source>min.insync.replicas %1 is more than the topic&apos;s %2 replicas: every send with acks=all (the default of most producers) will wait for its timeout and then fail with NOT_ENOUGH_REPLICAS. Producers with acks=0 or 1 are not affected.</source>
        <translation>min.insync.replicas %1 es mayor que las %2 réplicas del tema: cada envío con acks=all (el valor predeterminado de la mayoría de los productores) esperará hasta agotar su tiempo de espera y luego fallará con NOT_ENOUGH_REPLICAS. Los productores con acks=0 o 1 no se ven afectados.</translation>
    </message>
    <message>
        <source>Configs of %1 (read-only)</source>
        <translation>Configuraciones de %1 (solo lectura)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>es::TopicDetail</name>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Back to the list of topics (Alt+Left)</source>
        <translation>Vuelve a la lista de temas (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Each bar is a partition&apos;s log from its log start to its log end offset. Filled: readable, below the high watermark. Light: written to the leader, not yet to every in-sync replica. Orange: a consumer group&apos;s committed offset. Hover for details.</source>
        <translation>Cada barra es el log de una partición, desde su offset inicial hasta su offset final. Relleno: legible, por debajo de la marca de agua alta. Claro: escrito en el líder, pero aún no en todas las réplicas sincronizadas. Naranja: el offset confirmado de un grupo de consumidores. Pase el ratón por encima para ver detalles.</translation>
    </message>
    <message>
        <source>This topic does not exist (any more).</source>
        <translation>Este tema no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>partitions: %1 · replication factor: %2 · records: %3 · size: %4</source>
        <translation>particiones: %1 · factor de replicación: %2 · registros: %3 · tamaño: %4</translation>
    </message>
    <message>
        <source> · under-replicated: %1</source>
        <translation> · infrarreplicadas: %1</translation>
    </message>
    <message>
        <source> · offline: %1</source>
        <translation> · fuera de línea: %1</translation>
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
        <translation>Configuración: valores predeterminados del clúster</translation>
    </message>
    <message>
        <source>Configs set on this topic: %1</source>
        <translation>Configuración definida en este tema: %1</translation>
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
        <translation>Particiones fuera de línea (sin líder activo): %1</translation>
    </message>
    <message>
        <source>%1 (%2 offline)</source>
        <translation>%1 (%2 fuera de línea)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replicación</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>In (records)</source>
        <translation>Entrada (registros)</translation>
    </message>
    <message>
        <source>In (bytes)</source>
        <translation>Entrada (bytes)</translation>
    </message>
    <message>
        <source>Under-replicated</source>
        <translation>Infrarreplicadas</translation>
    </message>
    <message>
        <source>Records between the log start offset and the high watermark, over all partitions.</source>
        <translation>Registros entre el offset inicial del log y la marca de agua alta, sumando todas las particiones.</translation>
    </message>
    <message>
        <source>Bytes on disk of the leaders&apos; logs, over all partitions.</source>
        <translation>Bytes en disco de los logs de los líderes, sumando todas las particiones.</translation>
    </message>
    <message>
        <source>Records appended per second, over all partitions.</source>
        <translation>Registros añadidos por segundo, sumando todas las particiones.</translation>
    </message>
    <message>
        <source>Bytes appended per second, over all partitions.</source>
        <translation>Bytes añadidos por segundo, sumando todas las particiones.</translation>
    </message>
    <message>
        <source>Out (records)</source>
        <translation>Salida (registros)</translation>
    </message>
    <message>
        <source>Out (bytes)</source>
        <translation>Salida (bytes)</translation>
    </message>
    <message>
        <source>Records per second that consumers fetch from the leaders, over all partitions.</source>
        <translation>Registros por segundo que los consumidores leen de los líderes, sumando todas las particiones.</translation>
    </message>
    <message>
        <source>Bytes per second that consumers fetch from the leaders, over all partitions.</source>
        <translation>Bytes por segundo que los consumidores leen de los líderes, sumando todas las particiones.</translation>
    </message>
</context>
<context>
    <name>es::TopicsView</name>
    <message>
        <source>Filter topics by name (Ctrl+F)</source>
        <translation>Filtrar temas por nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show &amp;internal topics</source>
        <translation>Mostrar temas &amp;internos</translation>
    </message>
    <message>
        <source>Also list the cluster&apos;s own topics, such as __consumer_offsets where groups commit their offsets.</source>
        <translation>Muestra también los temas propios del clúster, como __consumer_offsets, donde los grupos confirman sus offsets.</translation>
    </message>
    <message>
        <source>&amp;Browse messages</source>
        <translation>E&amp;xplorar mensajes</translation>
    </message>
    <message>
        <source>Open the topic&apos;s records in the Messages view (Ctrl+B).</source>
        <translation>Abre los registros del tema en la vista Mensajes (Ctrl+B).</translation>
    </message>
    <message>
        <source>&amp;Produce to topic</source>
        <translation>Pro&amp;ducir en el tema</translation>
    </message>
    <message>
        <source>Publish test records to the topic in the Produce view.</source>
        <translation>Publica registros de prueba en el tema desde la vista Producir.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a topic&apos;s partitions; right-click for what you can do with it.</source>
        <translation>Haga doble clic o pulse Intro para ver las particiones de un tema; clic derecho para ver lo que puede hacer con él.</translation>
    </message>
    <message>
        <source>Copy &amp;name(s)</source>
        <translation>Copiar &amp;nombre(s)</translation>
    </message>
    <message>
        <source>Copy the names of the selected topics, one a line.</source>
        <translation>Copia los nombres de los temas seleccionados, uno por línea.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n topic name(s).</source>
        <translation>
            <numerusform>%n nombre de tema copiado.</numerusform>
            <numerusform>%n nombres de tema copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse this partition</source>
        <translation>E&amp;xplorar esta partición</translation>
    </message>
    <message>
        <source>Open partition %1 in the Messages view from its log start (offset %2).</source>
        <translation>Abre la partición %1 en la vista Mensajes desde su inicio del log (offset %2).</translation>
    </message>
    <message>
        <source>&amp;Produce to this partition</source>
        <translation>&amp;Producir en esta partición</translation>
    </message>
    <message>
        <source>Publish test records to partition %1 in the Produce view.</source>
        <translation>Publica registros de prueba en la partición %1 desde la vista Producir.</translation>
    </message>
    <message>
        <source>Go to &amp;leader, broker %1</source>
        <translation>Ir al &amp;líder, bróker %1</translation>
    </message>
    <message>
        <source>Go to &amp;leader</source>
        <translation>Ir al &amp;líder</translation>
    </message>
    <message>
        <source>The partition has no leader now: it is offline.</source>
        <translation>La partición no tiene líder ahora: está fuera de línea.</translation>
    </message>
    <message numerus="yes">
        <source>E&amp;lect leaders of the selected partition(s)…</source>
        <translation>
            <numerusform>E&amp;legir el líder de la partición seleccionada…</numerusform>
            <numerusform>E&amp;legir los líderes de las particiones seleccionadas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Elect the leaders of these partitions: preferred or unclean.</source>
        <translation>Elegir los líderes de estas particiones: preferidos o por elección no limpia.</translation>
    </message>
</context>
<context>
    <name>es::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Add a SCRAM user</source>
        <translation>Añadir un usuario SCRAM</translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation>Cambiar la contraseña de %1</translation>
    </message>
    <message>
        <source>SCRAM-SHA-256 and SCRAM-SHA-512</source>
        <translation>SCRAM-SHA-256 y SCRAM-SHA-512</translation>
    </message>
    <message>
        <source>The mechanisms the user may log in with; a client names one in sasl.mechanism.</source>
        <translation>Los mecanismos con los que el usuario puede iniciar sesión; un cliente indica uno en sasl.mechanism.</translation>
    </message>
    <message>
        <source>How often the password is hashed: more is slower to guess and to log in (Kafka accepts %1 to %2).</source>
        <translation>Cuántas veces se aplica el hash a la contraseña: más iteraciones hacen más lento adivinarla e iniciar sesión (Kafka acepta de %1 a %2).</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mecanismo:</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iteraciones:</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Introduzca el nombre del usuario.</translation>
    </message>
    <message>
        <source>There is a user %1 already: select it and change its password.</source>
        <translation>Ya existe un usuario %1: selecciónelo y cambie su contraseña.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Introduzca una contraseña.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>es::UsersPanel</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Cambiar contraseña…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mecanismos</translation>
    </message>
    <message>
        <source>SCRAM users</source>
        <translation>Usuarios SCRAM</translation>
    </message>
    <message>
        <source>Add a user who logs in with SCRAM</source>
        <translation>Añade un usuario que inicia sesión con SCRAM</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Establece una contraseña nueva para el usuario seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected user: clients logging in as it are refused</source>
        <translation>Elimina el usuario seleccionado: se rechazan los clientes que inicien sesión como él</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>Remove the user %1? Clients that log in as %1 are refused from then on; its ACLs stay.</source>
        <translation>¿Eliminar el usuario %1? A partir de entonces se rechazan los clientes que inicien sesión como %1; sus ACL se conservan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>es::WelcomePanel</name>
    <message>
        <source>Welcome to Eventscope</source>
        <translation>Bienvenido a Eventscope</translation>
    </message>
    <message>
        <source>This cluster runs inside Eventscope on your machine, and it has no topics yet. Start the demo to create a few topics with simulated producers and consumer groups, one of them too slow, and watch records flow and lag grow.</source>
        <translation>Este clúster se ejecuta dentro de Eventscope en su equipo y aún no tiene temas. Inicie la demostración para crear algunos temas con productores y grupos de consumidores simulados, uno de ellos demasiado lento, y vea cómo fluyen los registros y crece el retraso.</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>Iniciar &amp;demostración</translation>
    </message>
    <message>
        <source>Creates the topics orders, payments and clicks, and starts simulated producers and consumer groups.</source>
        <translation>Crea los temas orders, payments y clicks, e inicia productores y grupos de consumidores simulados.</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>No se pudo iniciar la demostración: %1</translation>
    </message>
    <message>
        <source>Hides this banner. The demo stays one click away: Consumer groups, Simulated clients tab, Start demo.</source>
        <translation>Oculta este banner. La demostración sigue a un clic: Grupos de consumidores, pestaña Clientes simulados, Iniciar demostración.</translation>
    </message>
</context>
</TS>
