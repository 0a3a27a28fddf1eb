<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>step %1.%2 does not follow its job&apos;s line</source>
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
</context>
<context>
    <name>es::JobWriter</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job without an id</source>
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
        <source>cannot start the migration to version %1: %2</source>
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
