<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CorrelationFields</name>
    <message>
        <source>Elapsed time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested memory (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max RSS (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CPU time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CPU frequency (MHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit hour (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: node temperature, mean (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: node temperature, peak (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: CPU frequency, mean (MHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: CPU utilisation (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: memory (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: energy (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: mean power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrelationScatterPlot</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotExporter</name>
    <message>
        <source>Unknown image format “%1”: use .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreStats</name>
    <message>
        <source>cannot count %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count per cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es</name>
    <message>
        <source>unexpected character after a closing quote in field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated sample line (a complete one ends with &quot; $&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample line without a timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample timestamp is not a whole number of seconds: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key=value field: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed key: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a number: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>es-sampler header without a version (expected &quot;#es-sampler v1 ...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>es-sampler header with a malformed version: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>es-sampler format v%1 is not supported: this version of Energy Studio reads v%2 only (use the sampler script installed with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header: not a key=value field: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header: %1: bad value &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API answered without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this plot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::AlertEvaluator</name>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reached %3 °C (%4 threshold %5 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2) used %3 kJ, %4 x the median of its job type (%5 kJ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::AlertEventModel</name>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excessive energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node / Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::AlertThresholds</name>
    <message>
        <source>the warning threshold (%1 °C) must be below the critical one (%2 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 has no node named %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::AlertsView</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate node temperatures and job energies now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ongoing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HPC Energy Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::BulkUpsert</name>
    <message>
        <source>the store is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::BulkUpsert::PostgresBackend</name>
    <message>
        <source>internal error: column types missing for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::BulkUpsert::SqliteBackend</name>
    <message>
        <source>cannot prepare the insert into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bind a value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CliApp</name>
    <message>
        <source>Usage: energy-studio-cli [--db PATH | --db postgresql://USER@HOST:PORT/DB] [--json] COMMAND ...

HPC Energy Studio command line: every headless step, for scripts, cron and tests.

Commands:
  import swf|sacct|csv FILE...   import job records (see import --help)
  export jobs|job-metrics|samples   write a table as CSV (see export --help)
  stats                          row counts per table and per cluster

Global options:
  --db LOCATION   SQLite file or PostgreSQL URL (default: %1)
  --json          print one JSON document on stdout
  --version       print the version
  -h, --help      this help; COMMAND --help for a command&apos;s options

Exit codes: 0 ok, 1 bad input or a failed operation, 2 usage error.
</source>
        <translation>Uso: energy-studio-cli [--db RUTA | --db postgresql://USUARIO@HOST:PUERTO/BD] [--json] ORDEN ...

Línea de órdenes de HPC Energy Studio: todos los pasos sin interfaz gráfica, para scripts, cron y pruebas.

Órdenes:
  import swf|sacct|csv ARCHIVO...   importa registros de trabajos (véase import --help)
  export jobs|job-metrics|samples   escribe una tabla como CSV (véase export --help)
  stats                             número de filas por tabla y por clúster

Opciones globales:
  --db UBICACIÓN   archivo SQLite o URL de PostgreSQL (predeterminado: %1)
  --json           imprime un único documento JSON en la salida estándar
  --version        muestra la versión
  -h, --help       esta ayuda; ORDEN --help para las opciones de una orden

Códigos de salida: 0 correcto, 1 entrada incorrecta u operación fallida, 2 error de uso.
</translation>
    </message>
    <message>
        <source>--db needs a location</source>
        <translation>--db necesita una ubicación</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ninguna orden</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>import needs a format: swf, sacct or csv</source>
        <translation>import necesita un formato: swf, sacct o csv</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (swf, sacct or csv)</source>
        <translation>formato de importación desconocido &apos;%1&apos; (swf, sacct o csv)</translation>
    </message>
    <message>
        <source>import %1 needs at least one file</source>
        <translation>import %1 necesita al menos un archivo</translation>
    </message>
    <message>
        <source>--delimiter needs a value</source>
        <translation>--delimiter necesita un valor</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>zona horaria desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, got &apos;%1&apos;</source>
        <translation>--map espera COLUMN=FIELD, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 MB)</source>
        <translation>%1: %2% (%3 de %4 MB)</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>%1: columns not imported (no matching field; use --map): %2</source>
        <translation>%1: columnas no importadas (ningún campo coincide; use --map): %2</translation>
    </message>
    <message>
        <source>%1: cluster %2: %3 jobs (%4 new, %5 updated, %6 unchanged), %7 steps and %8 job metrics written, %9 lines skipped, %10 s
</source>
        <translation>%1: clúster %2: %3 trabajos (%4 nuevos, %5 actualizados, %6 sin cambios), %7 pasos y %8 métricas de trabajo escritos, %9 líneas omitidas, %10 s
</translation>
    </message>
    <message>
        <source>export needs exactly one table: jobs, job-metrics or samples</source>
        <translation>export necesita exactamente una tabla: jobs, job-metrics o samples</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (jobs, job-metrics or samples)</source>
        <translation>tabla desconocida &apos;%1&apos; (jobs, job-metrics o samples)</translation>
    </message>
    <message>
        <source>cannot read the time &apos;%1&apos;</source>
        <translation>no se puede interpretar la hora &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--json with export needs --out FILE (the CSV would share standard output)</source>
        <translation>--json con export necesita --out FILE (el CSV compartiría la salida estándar)</translation>
    </message>
    <message>
        <source>energy-studio-cli: no cluster named &apos;%1&apos; in %2</source>
        <translation>energy-studio-cli: no hay ningún clúster llamado &apos;%1&apos; en %2</translation>
    </message>
    <message>
        <source>energy-studio-cli: cannot write %1: %2</source>
        <translation>energy-studio-cli: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 filas escritas en %2</translation>
    </message>
    <message>
        <source>stats takes no arguments</source>
        <translation>stats no admite argumentos</translation>
    </message>
    <message>
        <source>store: %1 (schema %2)
</source>
        <translation>almacén: %1 (esquema %2)
</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6
</source>
        <translation>%1 %2 %3 %4 %5 %6
</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>clúster</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>trabajos</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>métricas</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nodos</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>
More commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting the new host key of %1:%2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1:%2 is unknown: %3 %4. Check it with the cluster&apos;s administrators, then run again with --accept-new-host-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile needs add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile list takes no NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add needs --host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 saved
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 removed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harvest takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harvest needs --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harvest %1: %2 (%3 sacct lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 jobs (%4 new, %5 updated, %6 unchanged), %7 steps written, %8 nodes, %9 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics needs the action derive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: cannot list the clusters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 jobs: %3 slurm, %4 counter, %5 model (estimate), %6 without energy; %7 rows written
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster in the store
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R² %1  MAE %2  RMSE %3  MAPE %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (MAPE leaves out %1 zero targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 fits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train takes no positional arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (ridge, rf, krr, svr or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--folds takes a number from 2 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--inner-folds takes a number from 2 to 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--split takes kfold, time or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-target takes auto, on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv needs --target-column and --features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train needs --target (or --csv FILE --target-column C --features ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data: %1: %2 rows%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, target log1p-transformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 categories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [after run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 test values of categories unseen in training were encoded as zeros (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best: %1 (highest R² on %2), %3 s; hyperparameters %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permutation importance (RMSE increase, %1, %2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as model %1 &apos;%2&apos; (%3 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved (--no-save) (%1 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models %1 needs one model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 removed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 &apos;%2&apos;: %3 by %4, trained %5 on %6 (data %7)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyperparameters: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1: R² %2, MAE %3, MAPE %4%; baseline (%5) R² %6, MAE %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: there is no model %1 (see: models list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split / created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no models: see train --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predict needs --model ID (see models list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs are FEATURE=VALUE, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actual takes a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is a category the model never saw in training: encoded as all zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (model %3, %4; validation on %5: R² %6, MAPE %7%)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast needs --horizon MIN, 1 to 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step takes a positive number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (rf, krr, svr or ridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: %1 jobs, %2 minutes from %3 to %4; last observed load %5 busy CPUs
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation (%1), MAE in busy CPUs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  +%1 min: %2 %3, persistence %4, seasonal-naive %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts needs an action: check, list, acknowledge or set-threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts check takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hysteresis-c, --energy-factor and --energy-min-jobs need positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 samples, %4 jobs checked: %5 new events, %6 updated, %7 unchanged
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no events
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts acknowledge needs event ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events acknowledged
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts set-threshold takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts set-threshold needs --node or --cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts set-threshold needs --warning-c and --critical-c in °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has %1 clusters: say which with --cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning %2 °C, critical %3 °C
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown alerts action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos; (energy_j, duration_s, temp_peak_c or a numeric feature such as mem_mb or power_avg_w)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown models command &apos;%1&apos; (list, show ID, remove ID, accuracy ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 (%2): %3 predictions, %4 with an actual value, %5 pending
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the predictions with an actual value: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prediction has an actual value yet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--job needs a job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--job takes the inputs and the actual value from the store: no FEATURE=VALUE or --actual with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cluster goes with --job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: job %1 of cluster %2 has no value for %3, which model %4 needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (finished: %2 = %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harvest-prometheus takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harvest-prometheus needs --url URL and --cluster NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url needs an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step takes whole seconds from 1 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instance-map takes INSTANCE=NODE pairs, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user and --password-file go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harvest-prometheus: %1 samples, up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: harvest-prometheus %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harvest-prometheus: no series on this server for %1 (left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing new since the last import
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 samples of %3 nodes (%4 written), %5 queries, %6 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1:%2 is unknown: %3 %4. Check it, then run again with --accept-new-host-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxmox harvest needs one of --url or --ssh-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeframe takes hour, day, week, month or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url takes https://HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url needs --token-id USER@REALM!TOKENID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token secret: environment variable %1 is empty or unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token secret on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 (%2) is not pinned; SHA-256 %3. Compare it with &apos;pvenode cert info&apos; on the host, then run again with --accept-new-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinning the certificate of %1 (%2): SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ssh-port takes a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxmox harvest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2: %3 hosts, %4 guests (%5 mapped to nodes), %6 samples written, %7 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map takes NODE=VM pairs, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = VM %2%3 (%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, host not harvested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxmox unpin takes one HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxmox needs harvest, map, unmap or unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxmox %1 needs --cluster NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxmox harvest takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxmox unmap needs NODE names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --since and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .pdf or .html file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until must come after --since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: report needs a QApplication to paint its plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 jobs, %3 kWh, %4 alerts, %5 plots, %6 pages
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 samples read, %3 written, %4 new nodes, %5 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 samples%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 files on the cluster, %2 with new data
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  job metrics: %1 jobs: %2 slurm, %3 counter, %4 model (estimate), %5 without energy
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample needs live, fetch, import or install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample import needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 needs --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample import needs --cluster NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample live needs --nodes HOSTLIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reach takes direct, jump or srun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes seconds from 0.1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration takes a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--node-port takes a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no --node given, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 installed
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ClusterProfiles</name>
    <message>
        <source>a profile needs a name and a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; (see: profile list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list profiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ClusterTransaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no write in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ConnectionsView</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect and harvest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harvest every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login.cluster.example.org or a ~/.ssh/config alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent and default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bastion host, if the cluster is behind one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store as cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cluster: its head node, then Save and Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile %1? Its jobs stay in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster needs a name and a head node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 lines)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2). Last harvest %3: %4 jobs (%5 new, %6 updated, %7 unchanged), %8 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harvest failed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CorrelationLoader</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CorrelationMatrixPlot</name>
    <message>
        <source>%1 vs %2
r = %3, n = %4
Click to plot this pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numeric fields with data to correlate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CorrelationScatterPlot</name>
    <message>
        <source>Computing statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r = %1   ρ = %2   R² = %3   n = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = %1 + %2 · x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least-squares fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in this cell</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 — %2
%3: %4
%5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CorrelationView</name>
    <message>
        <source>Log &amp;X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange the X and Y quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation Matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle on the scatter plot to list its jobs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 jobs plotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (density view)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CsvExporter</name>
    <message>
        <source>cannot prepare the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled after %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CsvReader</name>
    <message>
        <source>unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field at the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field (over 10000 lines)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::DashboardLoader</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::DashboardView</name>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 jobs by energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet. Import a Slurm sacct dump, an SWF trace or a CSV dataset with File → Import…, or harvest a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs match the filter. Change or clear the filter above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No energy data yet: harvest a cluster with energy accounting, or derive per-job energy with &quot;energy-studio-cli metrics derive&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by partition (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by user, top %1 (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by job type (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished">trabajos</translation>
    </message>
    <message>
        <source>kWh in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured, %1 % estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured, %1 % estimated, %2 % of unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured vs estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured: Slurm accounting, energy counters or the imported dataset. Estimated: derived from a power model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs with energy (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs with energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1 jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs per day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ExportWorker</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the jobs failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::GuiSshPrompter</name>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the private key %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticity of %1 (port %2) cannot be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 key fingerprint is
%2

Compare it with the one your cluster&apos;s administrators publish. Trust this key and remember it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::HarvestWorker</name>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::Hostlist</name>
    <message>
        <source>empty host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host list names more than %1 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty host name after &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ImportDialog</name>
    <message>
        <source>Skip bad lines (otherwise the first bad line stops the import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm sacct dump (--parsable2 with header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Workload Format trace (.swf, .swf.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV dataset, one job per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of the timestamps in an sacct dump: an IANA name such as Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWF traces (*.swf *.swf.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct dumps (*.txt *.psv *.sacct *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::Importer::Run</name>
    <message>
        <source>%1: import cancelled, nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot record the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file, no sacct header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CSV separator is one character, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file, no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --map %2=%3: unknown field (known: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --map names the column &apos;%2&apos;, which the header does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: no job id column (name one job_id, or map one with --map COLUMN=job_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: not a number: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: not a time: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty job id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::JobFilterBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the jobs of one cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the jobs in one final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the jobs of one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the jobs of one partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs started (or, if never started, submitted) at or after this local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs started (or, if never started, submitted) before this local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::JobMetricsDeriver</name>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::JobPageLoader</name>
    <message>
        <source>Cannot count the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::JobTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 J, source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster the job ran on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job id within its cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User who submitted the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition (queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final state of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit time, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time, days-hours:minutes:seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest resident set of any task, MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max RSS (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User and system CPU time of all tasks, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy consumed, and where the figure comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy of the job from its nodes&apos; samples, and whether it was measured or estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average power of the job, W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power avg (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average temperature of the job&apos;s nodes while it ran, °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp avg (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest temperature of the job&apos;s nodes while it ran, °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp peak (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CPU frequency of the job&apos;s nodes, MHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freq avg (MHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CPU utilisation of the job&apos;s nodes, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU util (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::JobWriter</name>
    <message>
        <source>a job without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no write in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::LineReader</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <source>HPC Energy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet. Import a Slurm sacct dump, an SWF trace or a CSV dataset with File → Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty SQLite store and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an SQLite store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store in a PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import jobs from sacct dumps, SWF traces or CSV datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the jobs the view shows to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HPC Energy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? Nothing of the file being imported will be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — HPC Energy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open Database… to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL, postgresql://USER@HOST[:PORT]/DATABASE
(a password is read from ~/.pgpass when the URL has none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cluster %2: %3 jobs (%4 new, %5 updated, %6 unchanged), %7 lines skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Jobs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 jobs written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 jobs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HPC Energy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPC Energy Studio %1&lt;/h3&gt;&lt;p&gt;Job energy and heat analysis for Slurm clusters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correlations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter plots and the correlation matrix of the jobs the filter selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by partition, user and job type, jobs per day and the top energy jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster profiles: connect over SSH and harvest jobs and node state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an energy report of a time range as PDF or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and compare models of job energy, duration and temperature; forecast load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature, power, frequency and load of the nodes over time, with their jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the plots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ModelPlots</name>
    <message>
        <source>Export Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted vs actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plot shown as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the forecast plot as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model to see how its predictions compare with the actual values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual − predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No importance for %1: it is computed on the first split only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE increase when permuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test RMSE increase when permuted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Forecast to predict the busy CPUs of the next 30 to 60 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seasonal-naive (a day earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy CPUs: the last %1 h and the next %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ModelTrainWorker</name>
    <message>
        <source>no features chosen: tick at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ModelsView</name>
    <message>
        <source>Ridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel ridge (RBF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVR (RBF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPE %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to predict for each job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features known before a job runs are ticked by default. Features marked “after run” are measured while the job runs: a model using them cannot predict a job before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-fold and time-ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast the busy CPUs of the store&apos;s jobs for the next minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy CPUs of the store&apos;s jobs, per minute, with the persistence and seasonal-naive baselines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;olds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast cluster load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure comes from the split it names; select a row to plot it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored models. Import jobs (File → Import…), pick a target and features, then press Train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected model and the predictions made with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation of the last training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a target, features and algorithms, then press Train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (after run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known only after the job ran: not usable to predict a job before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known when the job is submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open: open or create one with the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%p%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cancelled: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: highest R² on the first split; stored as model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on %1 jobs. Best: %2, stored as model %3 “%4”.%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): hover here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasting the next %1 minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated on a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE at +%1 min: %2 busy CPUs, persistence %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, seasonal-naive %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::NodeLoader</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the node samples: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::NodePlotStack</name>
    <message>
        <source>Temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU frequency (MHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU utilisation (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load, 1 min (light lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2 %3 %4 %5 %6
 {1 %2?}</translation>
    </message>
    <message>
        <source>No temperature samples for the checked nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No power samples for the checked nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPU frequency samples for the checked nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPU utilisation or load samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: job %2 “%3” of %4, %5 – %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the job in the Jobs view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::NodeSampleWriter</name>
    <message>
        <source>cannot read the nodes of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the node statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no write in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node sample without a node name or source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::NodeView</name>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read new samples every %n second(s) and keep the newest in view</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU Frequency Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every node in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;uster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store to see the samples of its nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: no samples of this node yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: %2 samples from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nodes in this store yet.

Node samples come from harvesting a cluster (Connections tab: every harvest records each node&apos;s power and load as Slurm reports them) and from the on-node sampler, resources/sampler/es-sampler.sh, run on the nodes or inside jobs. Turn on Live here to watch them arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check one or more nodes in the list to plot their temperature, power, CPU frequency and load with the jobs they ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading samples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node samples in this store yet.

They come from harvesting a cluster (Connections tab: every harvest records each node&apos;s power and load as Slurm reports them) and from the on-node sampler, resources/sampler/es-sampler.sh, run on the nodes or inside jobs. Turn on Live here to watch them arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples of the checked nodes from %1 to %2.

Their newest sample is from %3: choose “All samples” or a longer range, or turn on Live to wait for new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checked nodes have no samples yet. Check nodes with samples (their names are not greyed out), or turn on Live to wait for new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 samples, %n job span(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · min/max per %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: newest sample %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::Parser</name>
    <message>
        <source>position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1-%2 goes backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; inside brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;]&apos; without &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::PrometheusClient</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 MiB: use a larger step or a shorter window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach Prometheus at %1: %2 (a certificate this machine does not trust? Give its authority with --ca-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach Prometheus at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: the credentials were refused or are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3): no Prometheus API there? Check the URL&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, query %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::PrometheusImporter</name>
    <message>
        <source>cannot read the harvest state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step must be at least 1 s and the points per series between 3 and 11000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NaN or infinite values skipped, the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 series without an instance label skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::PrometheusResponseParser</name>
    <message>
        <source>the answer is not JSON (%1 at byte %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;status&quot;: &quot;success&quot; (not a Prometheus API answer?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a range result (resultType matrix), got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s data.result is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result[%1] is not a series (needs &quot;metric&quot; and &quot;values&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result[%1]: label %2 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result[%1].values[%2] is not a [time, &quot;value&quot;] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result[%1].values[%2]: time %3 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result[%1].values[%2]: &apos;%3&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result[%1]: times are not increasing at point %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ProxmoxCertificatePins</name>
    <message>
        <source>cannot read the certificate pin of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the certificate pin of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the certificate pin of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ProxmoxCollector</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/cluster/resources from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 is %2: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/rrddata: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest %1 has no name: not mapped to a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest %1 (%2): node %2 is mapped to VM %3 by hand; map this VM explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 hosts, %2 guests from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the harvest: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ProxmoxHostMap</name>
    <message>
        <source>cannot read the node-to-VM map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping needs a node name and a VM name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the mapping %1=%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the mapping of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 has no mapping in cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the mapping of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ProxmoxParser</name>
    <message>
        <source>cluster resources: expected a list of resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster resources entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &apos;type&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a node without a &apos;node&apos; name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a guest without a valid &apos;vmid&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: guest %2 without a &apos;node&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node status: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;loadavg&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rrddata: expected a list of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rrddata row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no valid &apos;time&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ProxmoxPveshClient</name>
    <message>
        <source>not an API path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an API parameter name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid environment variable name for the remote pvesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pvesh get %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pvesh is not on the PATH of %1 (is it a Proxmox VE host?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pvesh get %1 on %2 failed (exit %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pvesh on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ProxmoxRestClient</name>
    <message>
        <source>the Proxmox URL must be https://HOST[:PORT], not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API path %1 does not start with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 changed: pinned SHA-256 %2, the server presents %3. Refused. If the host&apos;s certificate was renewed, compare the new fingerprint with the host&apos;s own (pvenode cert info) before pinning it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2) and not pinned; its SHA-256 fingerprint is %3. Check it against the host (pvenode cert info) and accept it to pin it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 changed: pinned SHA-256 %2, the server presents %3. Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the API token (HTTP 401 %2): check the token id (USER@REALM!TOKENID) and its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API token may not read %1 (HTTP 403 %2): it needs the Sys.Audit and VM.Audit privileges (and privilege separation off, or the same roles on the token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s, or the answer exceeded %3 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ReportBuilder</name>
    <message>
        <source>(all others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s range is empty: its end must come after its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one file, plots embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ReportRenderer</name>
    <message>
        <source>Energy by day (kWh, jobs by start day, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy against duration (%1n = %2 jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hottest nodes: mean and peak temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs that started from %1 to %2 (UTC). Generated %3 UTC by HPC Energy Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs with energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which measured (Slurm, meters, datasets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which estimated (power model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which without a recorded source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean power per job (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hottest node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: peak %2 °C, mean %3 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy and duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy against duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pearson&apos;s r between a job&apos;s energy and its duration: %1 over %2 jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 jobs by energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job has an energy value in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trained model in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPE %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-ordered split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job&apos;s energy is its derived metric when there is one, else the value its scheduler accounted. Estimated energy comes from a linear power model of CPU utilisation. Node-hours are duration × nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot produce the PDF of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished">no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>es::SacctJobAssembler</name>
    <message>
        <source>step %1.%2 does not follow its job&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SacctParser</name>
    <message>
        <source>not a sacct header line (expected field names such as JobID%1JobName%1State, with JobID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field list has no JobID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header line before the first record (run sacct without --noheader, or give the fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty JobID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JobID &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: cannot read &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SamplerCollector</name>
    <message>
        <source>deriving the metrics of the jobs since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no node name for the samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the harvest state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 (%2 new bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the fetch of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node to sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval must be more than 0 and at most 3600 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sampler script is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended after %1 of %2 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended after %1 samples, before it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bad lines, the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples stored from %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SamplerFileName</name>
    <message>
        <source>&apos;%1&apos; is not a sampler file (JOBID.NODE%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a &apos;SIZE NAME&apos; listing line: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SamplerParser</name>
    <message>
        <source>malformed missing line (expected &quot;# missing SOURCE: REASON&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an es-sampler line: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a second es-sampler header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no #es-sampler header before this line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SamplerStreamParser</name>
    <message>
        <source>line %1: longer than %2 bytes: not es-sampler output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second es-sampler header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no #es-sampler header before this line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SchemaMigrations</name>
    <message>
        <source>the database is not an HPC Energy Studio store (it has tables but no schema_version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has schema version %1, newer than this program supports (%2): open it with a newer HPC Energy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the store to check its schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ScontrolNodeParser</name>
    <message>
        <source>not a node line (expected NodeName=...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty or invalid NodeName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a number: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SelectedJobsModel</name>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SlurmCollector</name>
    <message>
        <source>cannot read the harvest state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking Slurm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct output line 1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct output line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct on %1 exited with status %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct on %1 printed nothing, not even its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading node state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the harvest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scontrol show node output line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store a sample of node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SshSession</name>
    <message>
        <source>no host given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the SSH configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hash the host key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED: it now presents %2 %3, which does not match the key recorded in %4. Refusing to connect: this can be an attack. If the server&apos;s key was really replaced, remove that entry and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished">no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the private key %1 (wrong passphrase, or not a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication to %1 failed (the server offers: %2; tried: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a channel to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run a command on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 exited with status %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::Store</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid PostgreSQL URL %1: expected postgresql://USER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cluster needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SwfParser</name>
    <message>
        <source>more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is not a number: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative job number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml</name>
    <message>
        <source>feature &apos;%1&apos;: unknown suffix &apos;:%2&apos; (use :cat, :num, :after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty feature name in --features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model data is for &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::CrossValidation</name>
    <message>
        <source>%1-fold CV, out-of-fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-ordered, %1 forward blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::Dataset</name>
    <message>
        <source>the dataset is empty: no row has a value for the target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dataset has %1 rows; at least %2 are needed to train and validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dataset has no feature columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has %2 values for %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is also a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has a value that is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dataset&apos;s side columns (time, group, requested time, fold) do not match its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 has a value that is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is constant (%2 in every row): there is nothing to learn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::DatasetLoader</name>
    <message>
        <source>a CSV dataset needs a target column and at least one feature column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the target: it cannot also be a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (no header line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column named &apos;%2&apos; (the header has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, the header has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV %1, target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the target &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the target &apos;%2&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number (name it %3:cat for a categorical feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time in epoch seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a fold number (0, 1, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows without a value for %2 were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with an empty numeric feature were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs without a value for %2 were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 dropped: it has a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 dropped: unknown for %2 of %3 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 dropped: constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs with an unknown numeric feature were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store %1%2, target %3, %4 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before- and after-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos; (%2 or a numeric feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::FeatureSpec</name>
    <message>
        <source>no rows to fit the features on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log transform needs a target without negative values (%1 has some)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trained with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s inputs are %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a finite number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature specification is incomplete (no target, no features or a bad scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature specification has a feature without a name or with an unknown kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature %1 has a bad scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::ForestRegressor</name>
    <message>
        <source>random forest training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::JobFeatureReader</name>
    <message>
        <source>cannot read job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job %1 in cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is in several clusters (%2): name one with --cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::KernelRegressor</name>
    <message>
        <source>%1 training failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::LoadForecaster</name>
    <message>
        <source>cannot read the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no jobs with a start and an end time: nothing to forecast from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the horizon must be between 1 and 1440 minutes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last %1 days of history are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes of history are too few for a %2-minute forecast (at least %3 are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than 3 days of history: no daily lag feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-ordered holdout: train on minutes before %1, test on the last %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: evaluating the %1-minute model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seasonal-naive needs a day of history before the test part: not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: fitting the %1-minute model on all history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::Model</name>
    <message>
        <source>the model was saved in format version %1, newer than this program reads (%2): use a newer HPC Energy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has an invalid format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s algorithm &apos;%1&apos; is unknown to this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model is damaged: its regressor takes %1 inputs, its feature specification gives %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::ModelRegistry</name>
    <message>
        <source>there is no trained model to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no model %1 (see: models list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the prediction: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::PredictionAccuracy</name>
    <message>
        <source>cannot read model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the predictions of model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::RidgeRegressor</name>
    <message>
        <source>ridge regression: the system is singular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ridge regression: no finite solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ridge model data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ridge model data is truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::Trainer</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: inner cross-validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no hyperparameters could be fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no algorithm to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data has no times: no time-ordered split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: final fit on all rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Job energy and heat analysis for Slurm clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store at LOCATION: an SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
