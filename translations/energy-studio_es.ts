<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CampaignCsv</name>
    <message>
        <source>cannot write the runs: %1</source>
        <translation>no se pueden escribir las ejecuciones: %1</translation>
    </message>
</context>
<context>
    <name>ClusterAdmin</name>
    <message>
        <source>no count returned</source>
        <translation>no se devolvió ningún recuento</translation>
    </message>
    <message>
        <source>there is no cluster named &quot;%1&quot; in this store</source>
        <translation>no hay ningún clúster llamado &quot;%1&quot; en este almacén</translation>
    </message>
    <message>
        <source>deleting cluster &quot;%1&quot; failed, nothing was deleted: %2</source>
        <translation>falló la eliminación del clúster &quot;%1&quot;; no se eliminó nada: %2</translation>
    </message>
    <message>
        <source>the new name of a cluster cannot be empty</source>
        <translation>el nuevo nombre de un clúster no puede estar vacío</translation>
    </message>
    <message>
        <source>a cluster named &quot;%1&quot; exists already: delete it first or choose another name</source>
        <translation>ya existe un clúster llamado &quot;%1&quot;: hay que eliminarlo primero o elegir otro nombre</translation>
    </message>
    <message>
        <source>renaming cluster &quot;%1&quot; failed, nothing changed: %2</source>
        <translation>falló el cambio de nombre del clúster &quot;%1&quot;; no se cambió nada: %2</translation>
    </message>
</context>
<context>
    <name>CorrelationFields</name>
    <message>
        <source>Elapsed time (s)</source>
        <translation>Tiempo transcurrido (s)</translation>
    </message>
    <message>
        <source>Allocated CPUs</source>
        <translation>CPU asignadas</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Requested memory (MB)</source>
        <translation>Memoria solicitada (MB)</translation>
    </message>
    <message>
        <source>Max RSS (MB)</source>
        <translation>RSS máx. (MB)</translation>
    </message>
    <message>
        <source>Total CPU time (s)</source>
        <translation>Tiempo de CPU total (s)</translation>
    </message>
    <message>
        <source>Average CPU frequency (MHz)</source>
        <translation>Frecuencia media de CPU (MHz)</translation>
    </message>
    <message>
        <source>Time limit (s)</source>
        <translation>Límite de tiempo (s)</translation>
    </message>
    <message>
        <source>Submit hour (UTC)</source>
        <translation>Hora de envío (UTC)</translation>
    </message>
    <message>
        <source>Wait time (s)</source>
        <translation>Tiempo de espera (s)</translation>
    </message>
    <message>
        <source>Metric: node temperature, mean (°C)</source>
        <translation>Métrica: temperatura del nodo, media (°C)</translation>
    </message>
    <message>
        <source>Metric: node temperature, peak (°C)</source>
        <translation>Métrica: temperatura del nodo, máxima (°C)</translation>
    </message>
    <message>
        <source>Metric: CPU frequency, mean (MHz)</source>
        <translation>Métrica: frecuencia de CPU, media (MHz)</translation>
    </message>
    <message>
        <source>Metric: CPU utilisation (%)</source>
        <translation>Métrica: utilización de CPU (%)</translation>
    </message>
    <message>
        <source>Metric: memory (MB)</source>
        <translation>Métrica: memoria (MB)</translation>
    </message>
    <message>
        <source>Metric: duration (s)</source>
        <translation>Métrica: duración (s)</translation>
    </message>
    <message>
        <source>Metric: mean power (W)</source>
        <translation>Métrica: potencia media (W)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Tipo de trabajo</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Energía (%1)</translation>
    </message>
    <message>
        <source>Metric: energy (%1)</source>
        <translation>Métrica: energía (%1)</translation>
    </message>
    <message>
        <source>Feature: %1</source>
        <translation>Variable: %1</translation>
    </message>
</context>
<context>
    <name>CorrelationScatterPlot</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>CsvPreview</name>
    <message>
        <source>%1: not a text file (it has NUL bytes): not a CSV dataset</source>
        <translation>%1: no es un archivo de texto (contiene bytes NUL): no es un conjunto de datos CSV</translation>
    </message>
    <message>
        <source>%1: not a text file (%2 control bytes in the first %3): not a CSV dataset</source>
        <translation>%1: no es un archivo de texto (%2 bytes de control en los primeros %3): no es un conjunto de datos CSV</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entero</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>marca de tiempo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>línea %1: %2 campos, la cabecera tiene %3</translation>
    </message>
    <message>
        <source>%1: empty file, no header line</source>
        <translation>%1: archivo vacío, sin línea de cabecera</translation>
    </message>
</context>
<context>
    <name>JobFieldFormat</name>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID de trabajo</translation>
    </message>
    <message>
        <source>Raw job ID</source>
        <translation>ID de trabajo sin procesar</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>QOS</source>
        <translation>QOS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Código de salida</translation>
    </message>
    <message>
        <source>Exit signal</source>
        <translation>Señal de salida</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <source>Requested CPUs</source>
        <translation>CPU solicitadas</translation>
    </message>
    <message>
        <source>Allocated CPUs</source>
        <translation>CPU asignadas</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Node list</source>
        <translation>Lista de nodos</translation>
    </message>
    <message>
        <source>Requested memory</source>
        <translation>Memoria solicitada</translation>
    </message>
    <message>
        <source>Max RSS (largest task)</source>
        <translation>RSS máx. (tarea más grande)</translation>
    </message>
    <message>
        <source>CPU time (all tasks)</source>
        <translation>Tiempo de CPU (todas las tareas)</translation>
    </message>
    <message>
        <source>Average CPU frequency</source>
        <translation>Frecuencia media de CPU</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>Origen del dato de energía</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Tipo de trabajo</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Ejecutable</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Directorio de trabajo</translation>
    </message>
    <message>
        <source>Node temperature, average</source>
        <translation>Temperatura del nodo, media</translation>
    </message>
    <message>
        <source>Node temperature, peak</source>
        <translation>Temperatura del nodo, máxima</translation>
    </message>
    <message>
        <source>CPU frequency, average</source>
        <translation>Frecuencia de CPU, media</translation>
    </message>
    <message>
        <source>CPU utilisation, average</source>
        <translation>Utilización de CPU, media</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Power, average</source>
        <translation>Potencia, media</translation>
    </message>
    <message>
        <source>%1 (%2 J)</source>
        <translation>%1 (%2 J)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Measured: Slurm accounting (ConsumedEnergyRaw of the job)</source>
        <translation>Medida: contabilidad de Slurm (ConsumedEnergyRaw del trabajo)</translation>
    </message>
    <message>
        <source>Measured: the energy meters of the job&apos;s nodes over its run, shared among the jobs on a node by their CPUs</source>
        <translation>Medida: los medidores de energía de los nodos del trabajo durante su ejecución, repartida entre los trabajos de cada nodo según sus CPU</translation>
    </message>
    <message>
        <source>Measured: given by the imported dataset</source>
        <translation>Medida: proporcionada por el conjunto de datos importado</translation>
    </message>
    <message>
        <source>Estimated: a power model of its nodes (idle to full power by CPU utilisation), not a meter</source>
        <translation>Estimada: un modelo de potencia de sus nodos (de reposo a potencia máxima según la utilización de CPU), no un medidor</translation>
    </message>
    <message>
        <source>Unknown: no source recorded</source>
        <translation>Desconocida: no consta ningún origen</translation>
    </message>
    <message>
        <source>Source “%1”</source>
        <translation>Origen «%1»</translation>
    </message>
</context>
<context>
    <name>PlotExporter</name>
    <message>
        <source>Unknown image format “%1”: use .png, .svg or .pdf.</source>
        <translation>Formato de imagen desconocido «%1»: se admiten .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Size</source>
        <translation>Tamaño de exportación</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ancho:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;ltura:</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>StoreStats</name>
    <message>
        <source>cannot count %1: %2</source>
        <translation>no se puede contar %1: %2</translation>
    </message>
    <message>
        <source>cannot count per cluster: %1</source>
        <translation>no se puede contar por clúster: %1</translation>
    </message>
</context>
<context>
    <name>es::AdviceLedger</name>
    <message>
        <source>cannot record the advice: %1</source>
        <translation>no se puede registrar la recomendación: %1</translation>
    </message>
    <message>
        <source>cannot record the submission: %1</source>
        <translation>no se puede registrar el envío: %1</translation>
    </message>
    <message>
        <source>cannot record the failed submission: %1</source>
        <translation>no se puede registrar el envío fallido: %1</translation>
    </message>
    <message>
        <source>cannot read the advice ledger: %1</source>
        <translation>no se puede leer el registro de recomendaciones: %1</translation>
    </message>
</context>
<context>
    <name>es::AdviceWorker</name>
    <message numerus="yes">
        <source>choose a cluster in the filter bar (the store has %n)</source>
        <translation>
            <numerusform>hay que elegir un clúster en la barra de filtros (el almacén tiene %n clúster)</numerusform>
            <numerusform>hay que elegir un clúster en la barra de filtros (el almacén tiene %n clústeres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::AdvisorView</name>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>90% interval</source>
        <translation>Intervalo del 90 %</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>Energy Δ</source>
        <translation>Δ energía</translation>
    </message>
    <message>
        <source>Power Δ</source>
        <translation>Δ potencia</translation>
    </message>
    <message>
        <source>Time Δ</source>
        <translation>Δ tiempo</translation>
    </message>
    <message>
        <source>Carbon (g)</source>
        <translation>Carbono (g)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Predicted run time (s)</source>
        <translation>Tiempo de ejecución predicho (s)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nombre del trabajo</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Saving vs as asked</source>
        <translation>Ahorro frente a lo solicitado</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Advice ledger</source>
        <translation>Registro de recomendaciones</translation>
    </message>
    <message>
        <source>jobs of this name are the same work</source>
        <translation>los trabajos con este nombre realizan la misma tarea</translation>
    </message>
    <message>
        <source>optional: #SBATCH lines fill the fields</source>
        <translation>opcional: las líneas #SBATCH rellenan los campos</translation>
    </message>
    <message>
        <source>&amp;Script…</source>
        <translation>Cargar &amp;script…</translation>
    </message>
    <message>
        <source>as most run</source>
        <translation>como en la mayoría de ejecuciones</translation>
    </message>
    <message>
        <source>e.g. 1,2,4,8</source>
        <translation>p. ej. 1,2,4,8</translation>
    </message>
    <message>
        <source>e.g. 32,64</source>
        <translation>p. ej. 32,64</translation>
    </message>
    <message>
        <source>Least energy</source>
        <translation>Menor energía</translation>
    </message>
    <message>
        <source>Least time</source>
        <translation>Menor tiempo</translation>
    </message>
    <message>
        <source>Least energy × time</source>
        <translation>Menor energía × tiempo</translation>
    </message>
    <message>
        <source>Least carbon</source>
        <translation>Menor carbono</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> % slower at most</source>
        <translation> % más lento como máximo</translation>
    </message>
    <message>
        <source>a series from import-carbon</source>
        <translation>una serie de import-carbon</translation>
    </message>
    <message>
        <source>&amp;Advise</source>
        <translation>&amp;Recomendar</translation>
    </message>
    <message>
        <source>Describe a job and press Advise.</source>
        <translation>Describir un trabajo y pulsar Recomendar.</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>&amp;Nombre del trabajo:</translation>
    </message>
    <message>
        <source>Batch script:</source>
        <translation>Script de lotes:</translation>
    </message>
    <message>
        <source>As asked, &amp;nodes:</source>
        <translation>Según lo solicitado, no&amp;dos:</translation>
    </message>
    <message>
        <source>As asked, &amp;CPUs:</source>
        <translation>Según lo solicitado, &amp;CPU:</translation>
    </message>
    <message>
        <source>Try node counts:</source>
        <translation>Números de nodos a probar:</translation>
    </message>
    <message>
        <source>Try CPU counts:</source>
        <translation>Números de CPU a probar:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Límite de tiempo:</translation>
    </message>
    <message>
        <source>Carbon series:</source>
        <translation>Serie de carbono:</translation>
    </message>
    <message>
        <source>Advice learns from the measured jobs of the filter bar&apos;s cluster (or of the store&apos;s only cluster).</source>
        <translation>La recomendación aprende de los trabajos medidos del clúster de la barra de filtros (o del único clúster del almacén).</translation>
    </message>
    <message>
        <source>Advice from the measured jobs of cluster &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Recomendación a partir de los trabajos medidos del clúster &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Batch Script</source>
        <translation>Script de lotes</translation>
    </message>
    <message>
        <source>Batch scripts (*.sh *.sbatch *.slurm);;All files (*)</source>
        <translation>Scripts de lotes (*.sh *.sbatch *.slurm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open a store and name the job.</source>
        <translation>Abrir un almacén y dar nombre al trabajo.</translation>
    </message>
    <message>
        <source>Learning from the measured history…</source>
        <translation>Aprendiendo del historial medido…</translation>
    </message>
    <message>
        <source>Advice failed: %1</source>
        <translation>Error en la recomendación: %1</translation>
    </message>
    <message>
        <source>Advice recorded in the ledger; submit it with energy-studio-cli advise --profile P --script FILE --submit.</source>
        <translation>Recomendación guardada en el registro; para enviarla: energy-studio-cli advise --profile P --script FILE --submit.</translation>
    </message>
    <message>
        <source>Predicted energy</source>
        <translation>Energía predicha</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>según lo solicitado</translation>
    </message>
    <message>
        <source>outside what was measured</source>
        <translation>fuera de lo medido</translation>
    </message>
    <message>
        <source>over the time limit</source>
        <translation>por encima del límite de tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s): %1 %2, %3 s</source>
        <translation>
            <numerusform>%n ejecución: %1 %2, %3 s</numerusform>
            <numerusform>%n ejecuciones: %1 %2, %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nunca ejecutado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 nodes × %2 CPUs&lt;/b&gt;: energy %3% against the job as asked (power %4%, time %5%).</source>
        <translation>&lt;b&gt;%1 nodos × %2 CPU&lt;/b&gt;: energía %3 % respecto al trabajo según lo solicitado (potencia %4 %, tiempo %5 %).</translation>
    </message>
    <message numerus="yes">
        <source>This configuration ran %n time(s) for this job name: %1, %2 s measured.</source>
        <translation>
            <numerusform>Esta configuración se ejecutó %n vez con este nombre de trabajo: %1, %2 s medidos.</numerusform>
            <numerusform>Esta configuración se ejecutó %n veces con este nombre de trabajo: %1, %2 s medidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This configuration never ran for this job name: predicted from its other runs and from the other job names.</source>
        <translation>Esta configuración nunca se ejecutó con este nombre de trabajo: predicción a partir de sus otras ejecuciones y de los demás nombres de trabajo.</translation>
    </message>
    <message>
        <source>Behind it: %1 runs of this job name; %2 job names, %3 configurations, %4 runs on the cluster. Intervals are 90% split-conformal. Not modelled yet: peak temperature; the queue wait comes from Slurm in the CLI (advise --profile).</source>
        <translation>Base: %1 ejecuciones de este nombre de trabajo; %2 nombres de trabajo, %3 configuraciones, %4 ejecuciones en el clúster. Los intervalos son del 90 % por predicción conforme dividida (split conformal). Aún sin modelar: la temperatura máxima; la espera en cola la proporciona Slurm en la CLI (advise --profile).</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidatos</translation>
    </message>
    <message>
        <source>advised</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>not submitted: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message>
        <source>implausible</source>
        <translation>inverosímil</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>aún no ejecutado</translation>
    </message>
    <message>
        <source>broken: over the time limit</source>
        <translation>incumplida: por encima del límite de tiempo</translation>
    </message>
    <message>
        <source>ran on other counts</source>
        <translation>ejecutado con otras cantidades</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplida</translation>
    </message>
</context>
<context>
    <name>es::AlertEvaluator</name>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation>no hay ningún clúster llamado %1 en el almacén</translation>
    </message>
    <message>
        <source>%1 of %2 reached %3 °C (%4 threshold %5 °C)</source>
        <translation>%1 de %2 alcanzó %3 °C (umbral de %4: %5 °C)</translation>
    </message>
    <message>
        <source>job %1 (%2) used %3 kJ, %4 x the median of its job type (%5 kJ)</source>
        <translation>el trabajo %1 (%2) usó %3 kJ, %4 veces la mediana de su tipo de trabajo (%5 kJ)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>es::AlertEventModel</name>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>trabajo %1</translation>
    </message>
    <message>
        <source>temperature warning</source>
        <translation>aviso de temperatura</translation>
    </message>
    <message>
        <source>temperature critical</source>
        <translation>temperatura crítica</translation>
    </message>
    <message>
        <source>excessive energy</source>
        <translation>energía excesiva</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 kJ</source>
        <translation>%1 kJ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, source %2</source>
        <translation>%1, origen %2</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>partición %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <source>job failure rate</source>
        <translation>tasa de fallos de trabajos</translation>
    </message>
    <message>
        <source>bad node</source>
        <translation>nodo defectuoso</translation>
    </message>
    <message>
        <source>memory exhaustion</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>node memory high</source>
        <translation>memoria del nodo alta</translation>
    </message>
    <message>
        <source>collector silent</source>
        <translation>recolector sin datos</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
</context>
<context>
    <name>es::AlertThresholds</name>
    <message>
        <source>the warning threshold (%1 °C) must be below the critical one (%2 °C)</source>
        <translation>el umbral de aviso (%1 °C) debe ser inferior al crítico (%2 °C)</translation>
    </message>
    <message>
        <source>cluster %1 has no node named %2</source>
        <translation>el clúster %1 no tiene ningún nodo llamado %2</translation>
    </message>
</context>
<context>
    <name>es::AlertsView</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>Comprobar a&amp;hora</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Temperature warning</source>
        <translation>Aviso de temperatura</translation>
    </message>
    <message>
        <source>Temperature critical</source>
        <translation>Temperatura crítica</translation>
    </message>
    <message>
        <source>Excessive energy</source>
        <translation>Energía excesiva</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Acknowledged or not</source>
        <translation>Confirmadas o no</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>No confirmadas</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ongoing</source>
        <translation>
            <numerusform>, %n en curso</numerusform>
            <numerusform>, %n en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Alertas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts</source>
        <translation>
            <numerusform>%n alerta nueva</numerusform>
            <numerusform>%n alertas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>HPC Energy Studio</source>
        <translation>HPC Energy Studio</translation>
    </message>
    <message>
        <source>Job failure rate</source>
        <translation>Tasa de fallos de trabajos</translation>
    </message>
    <message>
        <source>Bad node</source>
        <translation>Nodo defectuoso</translation>
    </message>
    <message>
        <source>Memory exhaustion</source>
        <translation>Memoria agotada</translation>
    </message>
    <message>
        <source>Node memory high</source>
        <translation>Memoria del nodo alta</translation>
    </message>
    <message>
        <source>Collector silent</source>
        <translation>Recolector sin datos</translation>
    </message>
    <message>
        <source>Evaluate node temperatures and job energies now, over the range beside</source>
        <translation>Evaluar ahora las temperaturas de los nodos y las energías de los trabajos en el periodo indicado al lado</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation>las últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>los últimos 7 días</translation>
    </message>
    <message>
        <source>Everything stored</source>
        <translation>Todo lo almacenado</translation>
    </message>
    <message>
        <source>everything stored</source>
        <translation>todo lo almacenado</translation>
    </message>
    <message>
        <source>The samples and job ends Check Now evaluates, counted back from now. Imported history older than the range is not checked.</source>
        <translation>Las muestras y finales de trabajo que evalúa Comprobar ahora, contados hacia atrás desde este momento. El historial importado anterior al periodo no se comprueba.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1: %n new events</source>
        <translation>
            <numerusform>Comprobación de %1: %n evento nuevo</numerusform>
            <numerusform>Comprobación de %1: %n eventos nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>samples since %1</source>
        <translation>muestras desde %1</translation>
    </message>
</context>
<context>
    <name>es::BatchScriptParser</name>
    <message>
        <source>memory as N[K|M|G|T] is expected</source>
        <translation>se esperaba una memoria con el formato N[K|M|G|T]</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>el número es demasiado grande</translation>
    </message>
    <message>
        <source>a time as MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS is expected</source>
        <translation>se esperaba un tiempo con el formato MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM o D-HH:MM:SS</translation>
    </message>
    <message>
        <source>the number of days is too large</source>
        <translation>el número de días es demasiado grande</translation>
    </message>
    <message>
        <source>the number &apos;%1&apos; is too large</source>
        <translation>el número &apos;%1&apos; es demasiado grande</translation>
    </message>
    <message>
        <source>the time limit is over Slurm&apos;s maximum of %1 minutes</source>
        <translation>el límite de tiempo supera el máximo de Slurm de %1 minutos</translation>
    </message>
    <message>
        <source>the batch script is empty</source>
        <translation>el script de lotes está vacío</translation>
    </message>
    <message>
        <source>line 1: a batch script must start with #! and the path of an interpreter</source>
        <translation>línea 1: un script de lotes debe empezar por #! y la ruta de un intérprete</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>unterminated %1 quote</source>
        <translation>comilla %1 sin cerrar</translation>
    </message>
    <message>
        <source>%1=%2: the number is too large (over %3)</source>
        <translation>%1=%2: el número es demasiado grande (supera %3)</translation>
    </message>
    <message>
        <source>%1=%2: a positive whole number is expected</source>
        <translation>%1=%2: se esperaba un número entero positivo</translation>
    </message>
    <message>
        <source>%1=%2: the maximum is below the minimum</source>
        <translation>%1=%2: el máximo es inferior al mínimo</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>--exclusive=%1: expected user, mcs or topo</source>
        <translation>--exclusive=%1: se esperaba user, mcs o topo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option</source>
        <translation>&apos;%1&apos; no es una opción</translation>
    </message>
</context>
<context>
    <name>es::BulkUpsert</name>
    <message>
        <source>the store is not open</source>
        <translation>el almacén no está abierto</translation>
    </message>
    <message>
        <source>cannot prepare the insert into %1: %2</source>
        <translation>no se puede preparar la inserción en %1: %2</translation>
    </message>
    <message>
        <source>cannot bind a value for %1: %2</source>
        <translation>no se puede vincular un valor para %1: %2</translation>
    </message>
    <message>
        <source>writing to %1 failed: %2</source>
        <translation>falló la escritura en %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare the conflict check of %1: %2</source>
        <translation>no se puede preparar la comprobación de conflictos de %1: %2</translation>
    </message>
    <message>
        <source>the conflict check of %1 failed: %2</source>
        <translation>falló la comprobación de conflictos de %1: %2</translation>
    </message>
    <message>
        <source>internal error: column types missing for %1</source>
        <translation>error interno: faltan los tipos de columna de %1</translation>
    </message>
    <message>
        <source>COPY into %1 failed: %2</source>
        <translation>falló COPY en %1: %2</translation>
    </message>
</context>
<context>
    <name>es::CampaignArrival</name>
    <message>
        <source>&quot;arrival&quot;: &quot;%1&quot; must be a %2 from %3 to %4</source>
        <translation>&quot;arrival&quot;: &quot;%1&quot; debe ser un %2 de %3 a %4</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1: clave desconocida &quot;%2&quot; (conocidas: %3)</translation>
    </message>
    <message>
        <source>&quot;arrival&quot;: &quot;classes&quot; must be a list with at least one job class</source>
        <translation>&quot;arrival&quot;: &quot;classes&quot; debe ser una lista con al menos una clase de trabajo</translation>
    </message>
    <message>
        <source>&quot;arrival&quot; class %1</source>
        <translation>&quot;arrival&quot;, clase %1</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; must be a string</source>
        <translation>%1: &quot;name&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;arrival&quot;: &quot;day_end_hour&quot; must come after &quot;day_start_hour&quot;</source>
        <translation>&quot;arrival&quot;: &quot;day_end_hour&quot; debe ser posterior a &quot;day_start_hour&quot;</translation>
    </message>
    <message>
        <source>&quot;arrival&quot;: &quot;day_rate_per_h&quot; or &quot;night_rate_per_h&quot; must be above 0</source>
        <translation>&quot;arrival&quot;: &quot;day_rate_per_h&quot; o &quot;night_rate_per_h&quot; debe ser mayor que 0</translation>
    </message>
</context>
<context>
    <name>es::CampaignPreflight</name>
    <message>
        <source>not submitted: %1 (checked on the nodes before anything was submitted)</source>
        <translation>no enviado: %1 (comprobado en los nodos antes de enviar nada)</translation>
    </message>
    <message>
        <source>programs not checked on the nodes: srun could not run there within a minute (%1)</source>
        <translation>programas no comprobados en los nodos: srun no pudo ejecutarse allí en un minuto (%1)</translation>
    </message>
    <message>
        <source>%1 found on %2 node(s)</source>
        <translation>%1 encontrado en %2 nodo(s)</translation>
    </message>
    <message>
        <source>%1 on %2 node(s)%3</source>
        <translation>%1 en %2 nodo(s)%3</translation>
    </message>
    <message>
        <source>not submitted: Slurm refuses %1: %2</source>
        <translation>no enviado: Slurm rechaza %1: %2</translation>
    </message>
    <message>
        <source>%1: would start %2 on %3</source>
        <translation>%1: iniciaría %2 en %3</translation>
    </message>
</context>
<context>
    <name>es::CampaignReportSection</name>
    <message>
        <source>%1: median energy per run against node count (5-95%)</source>
        <translation>%1: energía mediana por ejecución según el número de nodos (5-95 %)</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nodos</translation>
    </message>
    <message>
        <source>kJ per run</source>
        <translation>kJ por ejecución</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>CPU freq.</source>
        <translation>Frec. CPU</translation>
    </message>
    <message>
        <source>Runs done</source>
        <translation>Ejecuciones hechas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Energy median (kJ)</source>
        <translation>Energía mediana (kJ)</translation>
    </message>
    <message>
        <source>Energy 5-95% (kJ)</source>
        <translation>Energía 5-95 % (kJ)</translation>
    </message>
    <message>
        <source>Time median (s)</source>
        <translation>Tiempo mediano (s)</translation>
    </message>
    <message>
        <source>Figure of merit</source>
        <translation>Figura de mérito</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>Failed runs (%1 shown of %2):</source>
        <translation>Ejecuciones fallidas (%1 mostradas de %2):</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nombre del trabajo</translation>
    </message>
    <message>
        <source>Slurm state</source>
        <translation>Estado en Slurm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Benchmark campaigns</source>
        <translation>Campañas de pruebas de rendimiento</translation>
    </message>
    <message>
        <source>On %1, planned %2 UTC, %3: %4 runs, %5 completed, %6 failed.</source>
        <translation>En %1, planificada el %2 UTC, %3: %4 ejecuciones, %5 completadas, %6 fallidas.</translation>
    </message>
    <message>
        <source>Energy against node count</source>
        <translation>Energía según el número de nodos</translation>
    </message>
</context>
<context>
    <name>es::CampaignResultReader</name>
    <message>
        <source>no job output at %1</source>
        <translation>no hay salida del trabajo en %1</translation>
    </message>
    <message>
        <source>figure of merit not found in the job output (pattern %1)</source>
        <translation>no se encontró la figura de mérito en la salida del trabajo (patrón %1)</translation>
    </message>
    <message>
        <source>Slurm&apos;s energy %1 J and the sampler&apos;s %2 J differ by %3%</source>
        <translation>la energía de Slurm (%1 J) y la del muestreador (%2 J) difieren un %3 %</translation>
    </message>
</context>
<context>
    <name>es::CampaignRunner</name>
    <message>
        <source>squeue: %1</source>
        <translation>squeue: %1</translation>
    </message>
    <message>
        <source>sacct: %1</source>
        <translation>sacct: %1</translation>
    </message>
    <message>
        <source>a submission was interrupted before Slurm took the job; submitting again</source>
        <translation>un envío se interrumpió antes de que Slurm aceptara el trabajo; se envía de nuevo</translation>
    </message>
    <message>
        <source>%1: Slurm has %2 jobs of this name</source>
        <translation>%1: Slurm tiene %2 trabajos con este nombre</translation>
    </message>
    <message>
        <source>adopted job %1 after an interrupted submission</source>
        <translation>se adoptó el trabajo %1 tras un envío interrumpido</translation>
    </message>
    <message>
        <source>%1 on %2: tried again</source>
        <translation>%1 en %2: reintentado</translation>
    </message>
    <message>
        <source>%1 (exit %2)</source>
        <translation>%1 (salida %2)</translation>
    </message>
    <message>
        <source>the run&apos;s workload is not known to this program</source>
        <translation>este programa no conoce la carga de trabajo de la ejecución</translation>
    </message>
    <message>
        <source>%1: the run&apos;s workload is not known to this program</source>
        <translation>%1: este programa no conoce la carga de trabajo de la ejecución</translation>
    </message>
    <message>
        <source>not run: the cell&apos;s mean energy is known within ±%1% (95%) after %2 runs</source>
        <translation>no ejecutado: la energía media de la celda se conoce con un margen de ±%1 % (95 %) tras %2 ejecuciones</translation>
    </message>
    <message>
        <source>cancelled with the campaign</source>
        <translation>cancelado junto con la campaña</translation>
    </message>
    <message>
        <source>%1: Slurm&apos;s job %2 has this name but the comment &quot;%3&quot;, not this run&apos;s: left alone</source>
        <translation>%1: el trabajo %2 de Slurm tiene este nombre pero el comentario &quot;%3&quot;, que no es el de esta ejecución: no se toca</translation>
    </message>
</context>
<context>
    <name>es::CampaignSlurmParser</name>
    <message>
        <source>no job id or state (&apos;%1&apos;)</source>
        <translation>sin ID de trabajo ni estado (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>a time, duration or energy out of range (&apos;%1&apos;)</source>
        <translation>un tiempo, duración o energía fuera de rango (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>not &apos;JOBID|NAME|STATE|NODES&apos;: &apos;%1&apos;</source>
        <translation>no es &apos;JOBID|NAME|STATE|NODES&apos;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1 fields where sacct was asked for 10</source>
        <translation>%1 campos cuando se pidieron 10 a sacct</translation>
    </message>
</context>
<context>
    <name>es::CampaignSpec</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>no es JSON: %1 en el desplazamiento %2</translation>
    </message>
    <message>
        <source>a campaign file is a JSON object</source>
        <translation>un archivo de campaña es un objeto JSON</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>clave desconocida &quot;%1&quot; (conocidas: %2)</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1 (this program reads campaign files of format %1)</source>
        <translation>&quot;format&quot; debe ser %1 (este programa lee archivos de campaña de formato %1)</translation>
    </message>
    <message>
        <source>&quot;exclusive&quot; must be true or false</source>
        <translation>&quot;exclusive&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;stop_within_pct&quot; must be a percentage from 0.1 to 100</source>
        <translation>&quot;stop_within_pct&quot; debe ser un porcentaje de 0.1 a 100</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 40 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (it is part of every job&apos;s name)</source>
        <translation>&quot;name&quot; debe tener de 1 a 40 letras, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos; (forma parte del nombre de cada trabajo)</translation>
    </message>
    <message>
        <source>&quot;profile&quot; must name the cluster profile that submits the jobs</source>
        <translation>&quot;profile&quot; debe indicar el perfil de clúster que envía los trabajos</translation>
    </message>
    <message>
        <source>&quot;partition&quot; must be a Slurm partition name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>&quot;partition&quot; debe ser un nombre de partición de Slurm (letras, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>a campaign needs at least one workload and one node count</source>
        <translation>una campaña necesita al menos una carga de trabajo y un número de nodos</translation>
    </message>
    <message>
        <source>&quot;cpu_freq&quot;: &quot;%1&quot; is not a value of sbatch --cpu-freq (low, medium, high, highm1 or kHz)</source>
        <translation>&quot;cpu_freq&quot;: &quot;%1&quot; no es un valor de sbatch --cpu-freq (low, medium, high, highm1 o kHz)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;workloads&quot; must be a list with at least one workload</source>
        <translation>&quot;workloads&quot; debe ser una lista con al menos una carga de trabajo</translation>
    </message>
    <message>
        <source>every entry of &quot;workloads&quot; must be an object with an &quot;id&quot;</source>
        <translation>cada entrada de &quot;workloads&quot; debe ser un objeto con un &quot;id&quot;</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; must be a list with at least one node count</source>
        <translation>&quot;nodes&quot; debe ser una lista con al menos un número de nodos</translation>
    </message>
    <message>
        <source>&quot;nodes&quot;: every node count must be a whole number from 1 to 100000</source>
        <translation>&quot;nodes&quot;: cada número de nodos debe ser un entero de 1 a 100000</translation>
    </message>
    <message>
        <source>&quot;cpu_freq&quot; must be a list with at least one value (leave it out for Slurm&apos;s default)</source>
        <translation>&quot;cpu_freq&quot; debe ser una lista con al menos un valor (se omite para usar el valor predeterminado de Slurm)</translation>
    </message>
    <message>
        <source>&quot;cells&quot; must be a list with at least one cell</source>
        <translation>&quot;cells&quot; debe ser una lista con al menos una celda</translation>
    </message>
    <message>
        <source>&quot;cells&quot; entry %1</source>
        <translation>entrada %1 de &quot;cells&quot;</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: workload, nodes, cpu_freq)</source>
        <translation>%1: clave desconocida &quot;%2&quot; (conocidas: workload, nodes, cpu_freq)</translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;workload&quot; (an index into &quot;workloads&quot;)</source>
        <translation>%1 debe ser un objeto con &quot;workload&quot; (un índice de &quot;workloads&quot;)</translation>
    </message>
    <message>
        <source>%1: &quot;cpu_freq&quot; must be a string or a number of kHz</source>
        <translation>%1: &quot;cpu_freq&quot; debe ser una cadena o un número de kHz</translation>
    </message>
    <message>
        <source>&quot;cells&quot; and &quot;arrival&quot; cannot both be given</source>
        <translation>&quot;cells&quot; y &quot;arrival&quot; no pueden darse a la vez</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be given with &quot;%2&quot;, which sets it</source>
        <translation>&quot;%1&quot; no puede darse junto con &quot;%2&quot;, que ya lo fija</translation>
    </message>
    <message>
        <source>&quot;arrival&quot; must be an object</source>
        <translation>&quot;arrival&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;cells&quot; entry %1: workload %2 is not in &quot;workloads&quot; (0 to %3)</source>
        <translation>entrada %1 de &quot;cells&quot;: la carga de trabajo %2 no está en &quot;workloads&quot; (de 0 a %3)</translation>
    </message>
    <message>
        <source>&quot;cells&quot; entry %1 repeats an earlier cell</source>
        <translation>la entrada %1 de &quot;cells&quot; repite una celda anterior</translation>
    </message>
    <message>
        <source>&quot;cpu_freq&quot;: arrival mode takes at most one value</source>
        <translation>&quot;cpu_freq&quot;: el modo de llegadas admite como mucho un valor</translation>
    </message>
    <message>
        <source>arrival mode sets each job&apos;s duration_s, which workload &quot;%1&quot; does not take</source>
        <translation>el modo de llegadas fija el duration_s de cada trabajo, que la carga de trabajo &quot;%1&quot; no admite</translation>
    </message>
    <message>
        <source>&quot;cells&quot;: &quot;%1&quot; is not a value of sbatch --cpu-freq (low, medium, high, highm1 or kHz)</source>
        <translation>&quot;cells&quot;: &quot;%1&quot; no es un valor de sbatch --cpu-freq (low, medium, high, highm1 o kHz)</translation>
    </message>
</context>
<context>
    <name>es::CampaignStore</name>
    <message>
        <source>a campaign named %1 exists already (campaign status %1)</source>
        <translation>ya existe una campaña llamada %1 (ver campaign status %1)</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>cannot store the campaign: %1</source>
        <translation>no se puede guardar la campaña: %1</translation>
    </message>
    <message>
        <source>cannot read the campaigns: %1</source>
        <translation>no se pueden leer las campañas: %1</translation>
    </message>
    <message>
        <source>no campaign named %1 (see campaign list)</source>
        <translation>no hay ninguna campaña llamada %1 (ver campaign list)</translation>
    </message>
    <message>
        <source>cannot read the campaign&apos;s runs: %1</source>
        <translation>no se pueden leer las ejecuciones de la campaña: %1</translation>
    </message>
    <message>
        <source>cannot update the run %1: %2</source>
        <translation>no se puede actualizar la ejecución %1: %2</translation>
    </message>
    <message>
        <source>cannot update the campaign: %1</source>
        <translation>no se puede actualizar la campaña: %1</translation>
    </message>
    <message>
        <source>cannot read the measured jobs: %1</source>
        <translation>no se pueden leer los trabajos medidos: %1</translation>
    </message>
    <message>
        <source>cannot store the run %1: %2</source>
        <translation>no se puede guardar la ejecución %1: %2</translation>
    </message>
    <message>
        <source>cannot read the cluster&apos;s nodes: %1</source>
        <translation>no se pueden leer los nodos del clúster: %1</translation>
    </message>
    <message>
        <source>the store knows no node of cluster %1 (harvest it first, or give the cores per node)</source>
        <translation>el almacén no conoce ningún nodo del clúster %1 (recoléctelo primero o indique los núcleos por nodo)</translation>
    </message>
</context>
<context>
    <name>es::CampaignWizard</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Whole nodes (--exclusive)</source>
        <translation>Nodos completos (--exclusive)</translation>
    </message>
    <message>
        <source>New benchmark campaign</source>
        <translation>Nueva campaña de pruebas de rendimiento</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Cargas de trabajo</translation>
    </message>
    <message>
        <source>Real benchmarks, run on every node of each job with all of its CPUs. Each job checks that the programs are on its nodes before it starts.</source>
        <translation>Pruebas de rendimiento reales, ejecutadas en todos los nodos de cada trabajo con todas sus CPU. Cada trabajo comprueba que los programas están en sus nodos antes de empezar.</translation>
    </message>
    <message>
        <source>./my-benchmark --size 4096</source>
        <translation>./my-benchmark --size 4096</translation>
    </message>
    <message>
        <source>GFLOPS: ([0-9.]+)</source>
        <translation>GFLOPS: ([0-9.]+)</translation>
    </message>
    <message>
        <source>GFLOPS</source>
        <translation>GFLOPS</translation>
    </message>
    <message>
        <source>Seconds of work (built-in workloads):</source>
        <translation>Segundos de trabajo (cargas de trabajo integradas):</translation>
    </message>
    <message>
        <source>Your command:</source>
        <translation>Comando propio:</translation>
    </message>
    <message>
        <source>Figure of merit (regular expression, one group):</source>
        <translation>Figura de mérito (expresión regular, un grupo):</translation>
    </message>
    <message>
        <source>Its unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Every workload runs on every node count at every CPU frequency, each cell as many times as repeated, in a random order per repetition.</source>
        <translation>Cada carga de trabajo se ejecuta con cada número de nodos a cada frecuencia de CPU, cada celda tantas veces como repeticiones haya, en orden aleatorio en cada repetición.</translation>
    </message>
    <message>
        <source>letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</source>
        <translation>letras, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <source>empty: Slurm&apos;s default; or low,high or kHz values</source>
        <translation>vacío: el valor predeterminado de Slurm; o valores low,high o en kHz</translation>
    </message>
    <message>
        <source>empty: the cluster&apos;s default</source>
        <translation>vacío: el valor predeterminado del clúster</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Cluster profile:</source>
        <translation>Perfil de clúster:</translation>
    </message>
    <message>
        <source>Node counts:</source>
        <translation>Números de nodos:</translation>
    </message>
    <message>
        <source>CPU frequencies:</source>
        <translation>Frecuencias de CPU:</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partición:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Repeticiones:</translation>
    </message>
    <message>
        <source>Time limit per job:</source>
        <translation>Límite de tiempo por trabajo:</translation>
    </message>
    <message>
        <source>Sampler interval (0: none):</source>
        <translation>Intervalo del muestreador (0: ninguno):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What the campaign costs. Finish stores it; Start on the Campaigns tab submits it.</source>
        <translation>Lo que cuesta la campaña. Finalizar la guarda; Iniciar en la pestaña Campañas la envía.</translation>
    </message>
    <message>
        <source>Node counts: &apos;%1&apos; is not a node count</source>
        <translation>Números de nodos: &apos;%1&apos; no es un número de nodos</translation>
    </message>
    <message>
        <source>This campaign cannot be stored: %1</source>
        <translation>Esta campaña no se puede guardar: %1</translation>
    </message>
    <message>
        <source>%1 cells × %2 repeats = %3 jobs on %4.

</source>
        <translation>%1 celdas × %2 repeticiones = %3 trabajos en %4.

</translation>
    </message>
    <message>
        <source>Node-hours: %1 of work; %2 reserved at most (a %3 min limit per job).
</source>
        <translation>Horas-nodo: %1 de trabajo; %2 reservadas como máximo (un límite de %3 min por trabajo).
</translation>
    </message>
    <message>
        <source>Energy: about %1 kWh, at the median %2 W per node of %3 jobs of this cluster with measured energy.
</source>
        <translation>Energía: unos %1 kWh, con la mediana de %2 W por nodo de %3 trabajos de este clúster con energía medida.
</translation>
    </message>
    <message>
        <source>Energy: no estimate yet (no job of this cluster has measured energy in the store).
</source>
        <translation>Energía: aún sin estimación (ningún trabajo de este clúster tiene energía medida en el almacén).
</translation>
    </message>
    <message>
        <source>
Each job: %1, one task per node with all of its CPUs, %2.
</source>
        <translation>
Cada trabajo: %1, una tarea por nodo con todas sus CPU, %2.
</translation>
    </message>
    <message>
        <source>whole nodes</source>
        <translation>nodos completos</translation>
    </message>
    <message>
        <source>shared nodes</source>
        <translation>nodos compartidos</translation>
    </message>
    <message>
        <source>inside the on-node sampler every %1 s</source>
        <translation>dentro del muestreador en el nodo cada %1 s</translation>
    </message>
    <message>
        <source>without the on-node sampler</source>
        <translation>sin el muestreador en el nodo</translation>
    </message>
    <message>
        <source>
The campaign file:
%1</source>
        <translation>
El archivo de la campaña:
%1</translation>
    </message>
    <message>
        <source>Arrival mode: a simulated load instead of every combination</source>
        <translation>Modo de llegadas: una carga simulada en lugar de todas las combinaciones</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> x</source>
        <translation> x</translation>
    </message>
    <message>
        <source> per h</source>
        <translation> por h</translation>
    </message>
    <message>
        <source>Poisson job arrivals, faster in working hours (8 to 18) than at night, with bursts, of 60% short (30 s), 30% regular (120 s) and 10% long (600 s on 2 nodes) jobs, each submitted with --begin at its time. The workloads must take a duration.</source>
        <translation>Llegadas de trabajos de Poisson, más frecuentes en horario laboral (de 8 a 18) que de noche, con ráfagas, de trabajos cortos (60 %, 30 s), normales (30 %, 120 s) y largos (10 %, 600 s en 2 nodos), cada uno enviado con --begin en su momento. Las cargas de trabajo deben admitir una duración.</translation>
    </message>
    <message>
        <source>Simulated time:</source>
        <translation>Tiempo simulado:</translation>
    </message>
    <message>
        <source>Faster than real time:</source>
        <translation>Más rápido que el tiempo real:</translation>
    </message>
    <message>
        <source>Arrivals in working hours:</source>
        <translation>Llegadas en horario laboral:</translation>
    </message>
    <message>
        <source>Arrivals at night:</source>
        <translation>Llegadas de noche:</translation>
    </message>
    <message>
        <source>Chance of a burst:</source>
        <translation>Probabilidad de ráfaga:</translation>
    </message>
    <message>
        <source>%1 simulated job arrivals of %2 cells on %3, over %4 h of real time (%5 simulated hours, %6 times faster).

</source>
        <translation>%1 llegadas simuladas de trabajos de %2 celdas en %3, a lo largo de %4 h de tiempo real (%5 horas simuladas, %6 veces más rápido).

</translation>
    </message>
</context>
<context>
    <name>es::CampaignWorker</name>
    <message>
        <source>no one to answer the cluster&apos;s questions (internal error)</source>
        <translation>no hay nadie que responda a las preguntas del clúster (error interno)</translation>
    </message>
</context>
<context>
    <name>es::CampaignWorkload</name>
    <message>
        <source>sysbench CPU: prime numbers on every CPU (events per second)</source>
        <translation>sysbench CPU: números primos en todas las CPU (eventos por segundo)</translation>
    </message>
    <message>
        <source>sysbench memory: sequential writes on every CPU (MiB/s)</source>
        <translation>sysbench memory: escrituras secuenciales en todas las CPU (MiB/s)</translation>
    </message>
    <message>
        <source>stress-ng CPU stressors on every CPU, for thermal soak (bogo ops/s)</source>
        <translation>stress-ng: estresores de CPU en todas las CPU, para saturación térmica (bogo ops/s)</translation>
    </message>
    <message>
        <source>fio random 4 KiB reads and writes in the node&apos;s temporary directory (IOPS)</source>
        <translation>fio: lecturas y escrituras aleatorias de 4 KiB en el directorio temporal del nodo (IOPS)</translation>
    </message>
    <message>
        <source>HPC Challenge on every node separately (one MPI process each): HPL (TFLOPS), problem size problem_size</source>
        <translation>HPC Challenge en cada nodo por separado (un proceso MPI en cada uno): HPL (TFLOPS), tamaño del problema problem_size</translation>
    </message>
    <message>
        <source>HPC Challenge on every node separately: STREAM triad of every process (GB/s), problem size problem_size</source>
        <translation>HPC Challenge en cada nodo por separado: STREAM triad de cada proceso (GB/s), tamaño del problema problem_size</translation>
    </message>
    <message>
        <source>your own command, with a regular expression for its figure of merit</source>
        <translation>un comando propio, con una expresión regular para su figura de mérito</translation>
    </message>
    <message>
        <source>workload %1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>carga de trabajo %1: clave desconocida &quot;%2&quot; (conocidas: %3)</translation>
    </message>
    <message>
        <source>workload command: &quot;%1&quot; must be a non-empty string</source>
        <translation>carga de trabajo command: &quot;%1&quot; debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>workload command: &quot;programs&quot; must list program names (letters, digits, &apos;_.+-&apos;)</source>
        <translation>carga de trabajo command: &quot;programs&quot; debe enumerar nombres de programas (letras, dígitos, &apos;_.+-&apos;)</translation>
    </message>
    <message>
        <source>workload command: &quot;programs&quot; must be a list of program names</source>
        <translation>carga de trabajo command: &quot;programs&quot; debe ser una lista de nombres de programas</translation>
    </message>
    <message>
        <source>workload command: fom_regex &quot;%1&quot; is not a regular expression with a capture group (%2)</source>
        <translation>carga de trabajo command: fom_regex &quot;%1&quot; no es una expresión regular con un grupo de captura (%2)</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>sin grupo</translation>
    </message>
    <message>
        <source>unknown workload &quot;%1&quot; (known: %2)</source>
        <translation>carga de trabajo desconocida &quot;%1&quot; (conocidas: %2)</translation>
    </message>
    <message>
        <source>workload %1: problem_size must be a whole number from 100 to 1000000</source>
        <translation>carga de trabajo %1: problem_size debe ser un número entero de 100 a 1000000</translation>
    </message>
    <message>
        <source>workload %1: duration_s must be a whole number of seconds from 1 to %2</source>
        <translation>carga de trabajo %1: duration_s debe ser un número entero de segundos de 1 a %2</translation>
    </message>
</context>
<context>
    <name>es::CampaignsView</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>CPU freq.</source>
        <translation>Frec. CPU</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>Figure of merit</source>
        <translation>Figura de mérito</translation>
    </message>
    <message>
        <source>Nodes run</source>
        <translation>Nodos usados</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Runs done</source>
        <translation>Ejecuciones completadas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Energy median</source>
        <translation>Mediana de energía</translation>
    </message>
    <message>
        <source>Energy 5-95%</source>
        <translation>Energía 5-95%</translation>
    </message>
    <message>
        <source>Time median (s)</source>
        <translation>Mediana de tiempo (s)</translation>
    </message>
    <message>
        <source>FOM median</source>
        <translation>Mediana de FOM</translation>
    </message>
    <message>
        <source>FOM unit</source>
        <translation>Unidad de FOM</translation>
    </message>
    <message>
        <source>No campaign yet. &quot;New campaign...&quot; designs one: real benchmarks (sysbench, stress-ng, fio or your own command) over node counts and CPU frequencies, each job measured.</source>
        <translation>Aún no hay ninguna campaña. &quot;Nueva campaña...&quot; diseña una: pruebas de rendimiento reales (sysbench, stress-ng, fio o un comando propio) con distintos números de nodos y frecuencias de CPU, con cada trabajo medido.</translation>
    </message>
    <message>
        <source>&amp;New campaign...</source>
        <translation>&amp;Nueva campaña...</translation>
    </message>
    <message>
        <source>&amp;Start / Resume</source>
        <translation>&amp;Iniciar / Reanudar</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>A pass every 15 s until every run has ended</source>
        <translation>Una pasada cada 15 s hasta que hayan terminado todas las ejecuciones</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Cancelar campaña</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exportar CSV...</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <source>Asking the cluster about %1...</source>
        <translation>Consultando al clúster sobre %1...</translation>
    </message>
    <message>
        <source>%1 of %2 runs ended</source>
        <translation>%1 de %2 ejecuciones terminadas</translation>
    </message>
    <message>
        <source>No campaign yet: &quot;New campaign...&quot; designs one.</source>
        <translation>Aún no hay ninguna campaña: &quot;Nueva campaña...&quot; diseña una.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> — this pass: %1 submitted, %2 adopted after an interrupted submission, %3 results read, %4 retried</source>
        <translation> — esta pasada: %1 enviados, %2 adoptados tras un envío interrumpido, %3 resultados leídos, %4 reintentados</translation>
    </message>
    <message>
        <source>Error: %1 (what was done is kept; try again)</source>
        <translation>Error: %1 (se conserva lo ya hecho; se puede volver a intentar)</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Energía (%1)</translation>
    </message>
    <message>
        <source>Energy median (%1)</source>
        <translation>Mediana de energía (%1)</translation>
    </message>
    <message>
        <source>Energy 5-95% (%1)</source>
        <translation>Energía 5-95% (%1)</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>No almacenado: %1</translation>
    </message>
    <message>
        <source>A campaign runs on a cluster profile: add one on the Connections tab first.</source>
        <translation>Una campaña se ejecuta en un perfil de clúster: primero hay que añadir uno en la pestaña Conexiones.</translation>
    </message>
    <message>
        <source>Export the campaign&apos;s runs</source>
        <translation>Exportar las ejecuciones de la campaña</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 runs written to %2</source>
        <translation>%1 ejecuciones escritas en %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>&amp;Propose next...</source>
        <translation>&amp;Proponer siguientes...</translation>
    </message>
    <message>
        <source>Active mode: the cells to measure next, where the energy predictions&apos; 90% intervals are widest, within a core-hour budget</source>
        <translation>Modo activo: las celdas que medir a continuación, donde los intervalos del 90 % de las predicciones de energía son más anchos, dentro de un presupuesto de horas-núcleo</translation>
    </message>
    <message>
        <source>Choose a campaign with measured runs first.</source>
        <translation>Elija primero una campaña con ejecuciones medidas.</translation>
    </message>
    <message>
        <source>the tab is busy with another task; try again in a moment</source>
        <translation>la pestaña está ocupada con otra tarea; inténtelo de nuevo en un momento</translation>
    </message>
</context>
<context>
    <name>es::CarbonIntensity</name>
    <message>
        <source>an empty carbon-intensity series</source>
        <translation>una serie de intensidad de carbono vacía</translation>
    </message>
    <message>
        <source>intensity %1 g/kWh at %2 is outside [0, %3]</source>
        <translation>la intensidad %1 g/kWh en %2 está fuera de [0, %3]</translation>
    </message>
    <message>
        <source>the series&apos; times do not increase at %1</source>
        <translation>los tiempos de la serie no aumentan en %1</translation>
    </message>
    <message>
        <source>a series of one point needs the time its value holds</source>
        <translation>una serie de un solo punto necesita el tiempo durante el que es válido su valor</translation>
    </message>
    <message>
        <source>a window of %1 s: the duration must be positive</source>
        <translation>una ventana de %1 s: la duración debe ser positiva</translation>
    </message>
    <message>
        <source>no carbon-intensity series</source>
        <translation>no hay ninguna serie de intensidad de carbono</translation>
    </message>
    <message>
        <source>the window %1 + %2 s is not covered by the carbon-intensity series (%3 to %4)</source>
        <translation>la ventana %1 + %2 s no está cubierta por la serie de intensidad de carbono (%3 a %4)</translation>
    </message>
    <message>
        <source>energy %1 J: it must be a finite, non-negative number</source>
        <translation>energía %1 J: debe ser un número finito y no negativo</translation>
    </message>
    <message>
        <source>bestStart needs a positive step and duration and latest start &gt;= earliest (step %1 s, duration %2 s, %3 to %4)</source>
        <translation>bestStart necesita un paso y una duración positivos y un inicio más tardío &gt;= el más temprano (paso %1 s, duración %2 s, %3 a %4)</translation>
    </message>
    <message>
        <source>no start between %1 and %2 has its window covered: %3</source>
        <translation>ningún inicio entre %1 y %2 tiene su ventana cubierta: %3</translation>
    </message>
</context>
<context>
    <name>es::CarbonSeriesParser</name>
    <message>
        <source>no column &apos;%1&apos; (the %2 column asked for); the columns are %3</source>
        <translation>no hay ninguna columna &apos;%1&apos; (la columna de %2 solicitada); las columnas son %3</translation>
    </message>
    <message>
        <source>no %1 column among %2</source>
        <translation>no hay ninguna columna de %1 entre %2</translation>
    </message>
    <message>
        <source>several %1 columns: %2</source>
        <translation>varias columnas de %1: %2</translation>
    </message>
    <message>
        <source>: name it with --time-column / --intensity-column</source>
        <translation>: indicarla con --time-column / --intensity-column</translation>
    </message>
    <message>
        <source>the time and intensity columns are the same column &apos;%1&apos;</source>
        <translation>las columnas de tiempo y de intensidad son la misma columna &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: unit &apos;%2/%3&apos; is not known (g/kWh, kg/kWh, g/Wh, kg/MWh, t/MWh)</source>
        <translation>columna &apos;%1&apos;: unidad &apos;%2/%3&apos; desconocida (g/kWh, kg/kWh, g/Wh, kg/MWh, t/MWh)</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos; is not known (g/kWh, kg/kWh, g/Wh, kg/MWh, t/MWh)</source>
        <translation>unidad &apos;%1&apos; desconocida (g/kWh, kg/kWh, g/Wh, kg/MWh, t/MWh)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; says %2 but the unit given is %3</source>
        <translation>la columna &apos;%1&apos; indica %2, pero la unidad dada es %3</translation>
    </message>
    <message>
        <source>the header line is repeated</source>
        <translation>la línea de cabecera está repetida</translation>
    </message>
    <message>
        <source>the line has %1 fields, the header %2 (truncated or joined line?)</source>
        <translation>la línea tiene %1 campos y la cabecera %2 (¿línea truncada o unida a otra?)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a time (ISO 8601 such as 2023-05-04T12:30Z, or epoch seconds)</source>
        <translation>columna &apos;%1&apos;: &apos;%2&apos; no es una hora (ISO 8601, como 2023-05-04T12:30Z, o segundos desde la época Unix)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: empty where a number is expected</source>
        <translation>columna &apos;%1&apos;: vacía donde se espera un número</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>columna &apos;%1&apos;: &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: negative intensity %2</source>
        <translation>columna &apos;%1&apos;: intensidad negativa %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: intensity %2 %3 is over %4 g/kWh (wrong unit?)</source>
        <translation>columna &apos;%1&apos;: la intensidad %2 %3 supera %4 g/kWh (¿unidad errónea?)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: time %2 is repeated</source>
        <translation>columna &apos;%1&apos;: la marca de tiempo %2 está repetida</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: time %2 goes backwards (the previous point is %3)</source>
        <translation>columna &apos;%1&apos;: la marca de tiempo %2 retrocede (el punto anterior es %3)</translation>
    </message>
    <message>
        <source>no data lines after the header</source>
        <translation>no hay líneas de datos después de la cabecera</translation>
    </message>
    <message>
        <source>empty file (no header, no data)</source>
        <translation>archivo vacío (sin cabecera ni datos)</translation>
    </message>
    <message>
        <source>gap: no point between %1 and %2 (%3 missing at %4 s steps)</source>
        <translation>hueco: ningún punto entre %1 y %2 (faltan %3 con pasos de %4 s)</translation>
    </message>
    <message>
        <source>... and %1 more gaps</source>
        <translation>... y %1 huecos más</translation>
    </message>
    <message>
        <source>column &apos;unix&apos; differs from &apos;%1&apos; on %2 of %3 lines (first by %4 s); &apos;%1&apos; is used</source>
        <translation>la columna &apos;unix&apos; difiere de &apos;%1&apos; en %2 de %3 líneas (la primera diferencia es de %4 s); se usa &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>es::CarbonSeriesWriter</name>
    <message>
        <source>cannot count the points of %1: %2</source>
        <translation>no se pueden contar los puntos de %1: %2</translation>
    </message>
    <message>
        <source>a carbon-intensity series needs a name (its grid zone or region)</source>
        <translation>una serie de intensidad de carbono necesita un nombre (su zona de red eléctrica o región)</translation>
    </message>
    <message>
        <source>point %1 of %2 (ts %3, %4 g/kWh) is out of order or out of [0, %5]: nothing written</source>
        <translation>el punto %1 de %2 (ts %3, %4 g/kWh) está desordenado o fuera de [0, %5]: no se ha escrito nada</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>no se puede confirmar: %1</translation>
    </message>
    <message>
        <source>cannot read the carbon series %1: %2</source>
        <translation>no se puede leer la serie de carbono %1: %2</translation>
    </message>
    <message>
        <source>cannot list the carbon series: %1</source>
        <translation>no se pueden listar las series de carbono: %1</translation>
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
        <translation>Uso: energy-studio-cli [--db PATH | --db postgresql://USER@HOST:PORT/DB] [--json] COMMAND ...

Línea de órdenes de HPC Energy Studio: todos los pasos sin interfaz gráfica, para scripts, cron y pruebas.

Órdenes:
  import swf|sacct|csv FILE...   importa registros de trabajos (véase import --help)
  export jobs|job-metrics|samples   escribe una tabla como CSV (véase export --help)
  stats                          número de filas por tabla y por clúster

Opciones globales:
  --db LOCATION   archivo SQLite o URL de PostgreSQL (predeterminado: %1)
  --json          imprime un único documento JSON en la salida estándar
  --version       muestra la versión
  -h, --help      esta ayuda; COMMAND --help para las opciones de una orden

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
        <translation>%1: columnas no importadas (ningún campo coincide; usar --map): %2</translation>
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
        <translation>
Más órdenes:
</translation>
    </message>
    <message>
        <source>accepting the new host key of %1:%2: %3 %4</source>
        <translation>se acepta la nueva clave de host de %1:%2: %3 %4</translation>
    </message>
    <message>
        <source>the host key of %1:%2 is unknown: %3 %4. Check it with the cluster&apos;s administrators, then run again with --accept-new-host-key.</source>
        <translation>la clave de host de %1:%2 es desconocida: %3 %4. Hay que verificarla con los administradores del clúster y volver a ejecutar con --accept-new-host-key.</translation>
    </message>
    <message>
        <source>profile needs add, list or remove</source>
        <translation>profile necesita add, list o remove</translation>
    </message>
    <message>
        <source>profile %1 needs exactly one NAME</source>
        <translation>profile %1 necesita exactamente un NAME</translation>
    </message>
    <message>
        <source>profile list takes no NAME</source>
        <translation>profile list no admite NAME</translation>
    </message>
    <message>
        <source>profile add needs --host</source>
        <translation>profile add necesita --host</translation>
    </message>
    <message>
        <source>--port takes a number from 1 to 65535</source>
        <translation>--port espera un número de 1 a 65535</translation>
    </message>
    <message>
        <source>profile %1 saved
</source>
        <translation>perfil %1 guardado
</translation>
    </message>
    <message>
        <source>profile %1 removed
</source>
        <translation>perfil %1 eliminado
</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> vía %1</translation>
    </message>
    <message>
        <source>harvest takes no positional arguments</source>
        <translation>harvest no admite argumentos posicionales</translation>
    </message>
    <message>
        <source>harvest needs --profile NAME</source>
        <translation>harvest necesita --profile NAME</translation>
    </message>
    <message>
        <source>harvest %1: %2 (%3 sacct lines)</source>
        <translation>harvest %1: %2 (%3 líneas de sacct)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 jobs (%4 new, %5 updated, %6 unchanged), %7 steps written, %8 nodes, %9 s
</source>
        <translation>%1 (%2): %3 trabajos (%4 nuevos, %5 actualizados, %6 sin cambios), %7 pasos escritos, %8 nodos, %9 s
</translation>
    </message>
    <message>
        <source>metrics needs the action derive</source>
        <translation>metrics necesita la acción derive</translation>
    </message>
    <message>
        <source>energy-studio-cli: cannot list the clusters: %1</source>
        <translation>energy-studio-cli: no se pueden listar los clústeres: %1</translation>
    </message>
    <message>
        <source>%1: %2 jobs: %3 slurm, %4 counter, %5 model (estimate), %6 without energy; %7 rows written
</source>
        <translation>%1: %2 trabajos: %3 slurm, %4 counter, %5 model (estimación), %6 sin energía; %7 filas escritas
</translation>
    </message>
    <message>
        <source>no cluster in the store
</source>
        <translation>no hay ningún clúster en el almacén
</translation>
    </message>
    <message>
        <source>R² %1  MAE %2  RMSE %3  MAPE %4%</source>
        <translation>R² %1  MAE %2  RMSE %3  MAPE %4%</translation>
    </message>
    <message>
        <source> (MAPE leaves out %1 zero targets)</source>
        <translation> (MAPE excluye %1 valores objetivo iguales a cero)</translation>
    </message>
    <message>
        <source>train takes no positional arguments: %1</source>
        <translation>train no admite argumentos posicionales: %1</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (ridge, rf, krr, svr or all)</source>
        <translation>modelo desconocido &apos;%1&apos; (ridge, rf, krr, svr o all)</translation>
    </message>
    <message>
        <source>--folds takes a number from 2 to 100</source>
        <translation>--folds espera un número entre 2 y 100</translation>
    </message>
    <message>
        <source>--inner-folds takes a number from 2 to 20</source>
        <translation>--inner-folds espera un número entre 2 y 20</translation>
    </message>
    <message>
        <source>--seed takes a non-negative number</source>
        <translation>--seed espera un número no negativo</translation>
    </message>
    <message>
        <source>--split takes kfold, time or both</source>
        <translation>--split espera kfold, time o both</translation>
    </message>
    <message>
        <source>--log-target takes auto, on or off</source>
        <translation>--log-target espera auto, on u off</translation>
    </message>
    <message>
        <source>--csv needs --target-column and --features</source>
        <translation>--csv necesita --target-column y --features</translation>
    </message>
    <message>
        <source>train needs --target (or --csv FILE --target-column C --features ...)</source>
        <translation>train necesita --target (o --csv FILE --target-column C --features ...)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>data: %1: %2 rows%3
</source>
        <translation>datos: %1: %2 filas%3
</translation>
    </message>
    <message>
        <source>%1 (%2 categories)</source>
        <translation>%1 (%2 categorías)</translation>
    </message>
    <message>
        <source> [after run]</source>
        <translation> [tras la ejecución]</translation>
    </message>
    <message>
        <source>features: %1
</source>
        <translation>variables: %1
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>nota: %1
</translation>
    </message>
    <message>
        <source>%1 on %2: %3
</source>
        <translation>%1 en %2: %3
</translation>
    </message>
    <message>
        <source>baseline (%1)</source>
        <translation>referencia (%1)</translation>
    </message>
    <message>
        <source>  %1 test values of categories unseen in training were encoded as zeros (%2)
</source>
        <translation>  %1 valores de prueba de categorías no vistas en el entrenamiento se codificaron como ceros (%2)
</translation>
    </message>
    <message>
        <source>best: %1 (highest R² on %2), %3 s; hyperparameters %4
</source>
        <translation>mejor: %1 (mayor R² en %2), %3 s; hiperparámetros %4
</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>permutation importance (RMSE increase, %1, %2): %3
</source>
        <translation>importancia por permutación (aumento del RMSE, %1, %2): %3
</translation>
    </message>
    <message>
        <source>saved as model %1 &apos;%2&apos; (%3 s)
</source>
        <translation>guardado como modelo %1 &apos;%2&apos; (%3 s)
</translation>
    </message>
    <message>
        <source>not saved (--no-save) (%1 s)
</source>
        <translation>no guardado (--no-save) (%1 s)
</translation>
    </message>
    <message>
        <source>models %1 needs one model id</source>
        <translation>models %1 necesita un id de modelo</translation>
    </message>
    <message>
        <source>models list takes no arguments</source>
        <translation>models list no admite argumentos</translation>
    </message>
    <message>
        <source>model %1 removed
</source>
        <translation>modelo %1 eliminado
</translation>
    </message>
    <message>
        <source>model %1 &apos;%2&apos;: %3 by %4, trained %5 on %6 (data %7)
</source>
        <translation>modelo %1 &apos;%2&apos;: %3 mediante %4, entrenado el %5 con %6 (datos: %7)
</translation>
    </message>
    <message>
        <source>inputs: %1
</source>
        <translation>entradas: %1
</translation>
    </message>
    <message>
        <source>hyperparameters: %1
</source>
        <translation>hiperparámetros: %1
</translation>
    </message>
    <message>
        <source>on %1: R² %2, MAE %3, MAPE %4%; baseline (%5) R² %6, MAE %7
</source>
        <translation>en %1: R² %2, MAE %3, MAPE %4%; referencia (%5) R² %6, MAE %7
</translation>
    </message>
    <message>
        <source>energy-studio-cli: there is no model %1 (see: models list)</source>
        <translation>energy-studio-cli: no existe el modelo %1 (véase: models list)</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>algo</source>
        <translation>algoritmo</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>split / created</source>
        <translation>división / creación</translation>
    </message>
    <message>
        <source>(no models: see train --help)
</source>
        <translation>(no hay modelos: véase train --help)
</translation>
    </message>
    <message>
        <source>predict needs --model ID (see models list)</source>
        <translation>predict necesita --model ID (véase models list)</translation>
    </message>
    <message>
        <source>inputs are FEATURE=VALUE, got &apos;%1&apos;</source>
        <translation>las entradas deben ser FEATURE=VALUE, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--actual takes a finite number</source>
        <translation>--actual espera un número finito</translation>
    </message>
    <message>
        <source>energy-studio-cli: model %1: %2</source>
        <translation>energy-studio-cli: modelo %1: %2</translation>
    </message>
    <message>
        <source>warning: %1 is a category the model never saw in training: encoded as all zeros</source>
        <translation>aviso: %1 es una categoría que el modelo nunca vio en el entrenamiento: se codifica como todo ceros</translation>
    </message>
    <message>
        <source>%1 = %2 (model %3, %4; validation on %5: R² %6, MAPE %7%)
</source>
        <translation>%1 = %2 (modelo %3, %4; validación en %5: R² %6, MAPE %7%)
</translation>
    </message>
    <message>
        <source>forecast needs --horizon MIN, 1 to 1440</source>
        <translation>forecast necesita --horizon MIN, de 1 a 1440</translation>
    </message>
    <message>
        <source>--step takes a positive number of minutes</source>
        <translation>--step espera un número positivo de minutos</translation>
    </message>
    <message>
        <source>--days takes a positive number</source>
        <translation>--days espera un número positivo</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (rf, krr, svr or ridge)</source>
        <translation>modelo desconocido &apos;%1&apos; (rf, krr, svr o ridge)</translation>
    </message>
    <message>
        <source>history: %1 jobs, %2 minutes from %3 to %4; last observed load %5 busy CPUs
</source>
        <translation>historial: %1 trabajos, %2 minutos de %3 a %4; última carga observada: %5 CPU ocupadas
</translation>
    </message>
    <message>
        <source>evaluation (%1), MAE in busy CPUs:
</source>
        <translation>evaluación (%1), MAE en CPU ocupadas:
</translation>
    </message>
    <message>
        <source>  +%1 min: %2 %3, persistence %4, seasonal-naive %5
</source>
        <translation>  +%1 min: %2 %3, persistencia %4, ingenuo estacional %5
</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>forecast (%1):
</source>
        <translation>previsión (%1):
</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source> (acknowledged)</source>
        <translation> (reconocido)</translation>
    </message>
    <message>
        <source>alerts needs an action: check, list, acknowledge or set-threshold</source>
        <translation>alerts necesita una acción: check, list, acknowledge o set-threshold</translation>
    </message>
    <message>
        <source>alerts check takes no arguments</source>
        <translation>alerts check no admite argumentos</translation>
    </message>
    <message>
        <source>--hysteresis-c, --energy-factor and --energy-min-jobs need positive numbers</source>
        <translation>--hysteresis-c, --energy-factor y --energy-min-jobs necesitan números positivos</translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 samples, %4 jobs checked: %5 new events, %6 updated, %7 unchanged
</source>
        <translation>%1: %2 nodos, %3 muestras, %4 trabajos comprobados: %5 eventos nuevos, %6 actualizados, %7 sin cambios
</translation>
    </message>
    <message>
        <source>alerts list takes no arguments</source>
        <translation>alerts list no admite argumentos</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (known: %2)</source>
        <translation>tipo desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>no events
</source>
        <translation>no hay eventos
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event id</source>
        <translation>&apos;%1&apos; no es un identificador de evento</translation>
    </message>
    <message>
        <source>alerts acknowledge needs event ids</source>
        <translation>alerts acknowledge necesita identificadores de evento</translation>
    </message>
    <message>
        <source>%1 events acknowledged
</source>
        <translation>%1 eventos reconocidos
</translation>
    </message>
    <message>
        <source>alerts set-threshold takes no arguments</source>
        <translation>alerts set-threshold no admite argumentos</translation>
    </message>
    <message>
        <source>alerts set-threshold needs --node or --cluster</source>
        <translation>alerts set-threshold necesita --node o --cluster</translation>
    </message>
    <message>
        <source>alerts set-threshold needs --warning-c and --critical-c in °C</source>
        <translation>alerts set-threshold necesita --warning-c y --critical-c en °C</translation>
    </message>
    <message>
        <source>the store has %1 clusters: say which with --cluster</source>
        <translation>el almacén tiene %1 clústeres: hay que indicar cuál con --cluster</translation>
    </message>
    <message>
        <source>%1: warning %2 °C, critical %3 °C
</source>
        <translation>%1: aviso %2 °C, crítico %3 °C
</translation>
    </message>
    <message>
        <source>unknown alerts action &apos;%1&apos;</source>
        <translation>acción de alerts desconocida: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos; (energy_j, duration_s, temp_peak_c or a numeric feature such as mem_mb or power_avg_w)</source>
        <translation>objetivo desconocido &apos;%1&apos; (energy_j, duration_s, temp_peak_c o una variable numérica como mem_mb o power_avg_w)</translation>
    </message>
    <message>
        <source>unknown models command &apos;%1&apos; (list, show ID, remove ID, accuracy ID)</source>
        <translation>orden de models desconocida &apos;%1&apos; (list, show ID, remove ID, accuracy ID)</translation>
    </message>
    <message>
        <source>model %1 (%2): %3 predictions, %4 with an actual value, %5 pending
</source>
        <translation>modelo %1 (%2): %3 predicciones, %4 con valor real, %5 pendientes
</translation>
    </message>
    <message>
        <source>(inputs)</source>
        <translation>(entradas)</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>predicción de %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>valor real de %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>on the predictions with an actual value: %1
</source>
        <translation>sobre las predicciones con valor real: %1
</translation>
    </message>
    <message>
        <source>no prediction has an actual value yet
</source>
        <translation>ninguna predicción tiene aún un valor real
</translation>
    </message>
    <message>
        <source>--job needs a job id</source>
        <translation>--job necesita un id de trabajo</translation>
    </message>
    <message>
        <source>--job takes the inputs and the actual value from the store: no FEATURE=VALUE or --actual with it</source>
        <translation>--job toma las entradas y el valor real del almacén: no admite FEATURE=VALUE ni --actual</translation>
    </message>
    <message>
        <source>--cluster goes with --job</source>
        <translation>--cluster solo se usa junto con --job</translation>
    </message>
    <message>
        <source>energy-studio-cli: job %1 of cluster %2 has no value for %3, which model %4 needs</source>
        <translation>energy-studio-cli: el trabajo %1 del clúster %2 no tiene valor para %3, que necesita el modelo %4</translation>
    </message>
    <message>
        <source>job %1 (finished: %2 = %3)
</source>
        <translation>trabajo %1 (terminado: %2 = %3)
</translation>
    </message>
    <message>
        <source>job %1
</source>
        <translation>trabajo %1
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>harvest-prometheus takes no positional arguments</source>
        <translation>harvest-prometheus no admite argumentos posicionales</translation>
    </message>
    <message>
        <source>harvest-prometheus needs --url URL and --cluster NAME</source>
        <translation>harvest-prometheus necesita --url URL y --cluster NAME</translation>
    </message>
    <message>
        <source>--url needs an http:// or https:// URL</source>
        <translation>--url necesita una URL http:// o https://</translation>
    </message>
    <message>
        <source>--step takes whole seconds from 1 to 86400</source>
        <translation>--step espera un número entero de segundos entre 1 y 86400</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600</source>
        <translation>--timeout espera segundos entre 0 y 3600</translation>
    </message>
    <message>
        <source>--instance-map takes INSTANCE=NODE pairs, not &apos;%1&apos;</source>
        <translation>--instance-map espera pares INSTANCE=NODE, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--user and --password-file go together</source>
        <translation>--user y --password-file deben indicarse juntas</translation>
    </message>
    <message>
        <source>harvest-prometheus: %1 samples, up to %2</source>
        <translation>harvest-prometheus: %1 muestras, hasta %2</translation>
    </message>
    <message>
        <source>energy-studio-cli: harvest-prometheus %1: %2</source>
        <translation>energy-studio-cli: harvest-prometheus %1: %2</translation>
    </message>
    <message>
        <source>harvest-prometheus: no series on this server for %1 (left empty)</source>
        <translation>harvest-prometheus: este servidor no tiene series para %1 (se deja vacío)</translation>
    </message>
    <message>
        <source>%1: nothing new since the last import
</source>
        <translation>%1: nada nuevo desde la última importación
</translation>
    </message>
    <message>
        <source>%1: %2 samples of %3 nodes (%4 written), %5 queries, %6 s
</source>
        <translation>%1: %2 muestras de %3 nodos (%4 escritas), %5 consultas, %6 s
</translation>
    </message>
    <message>
        <source>proxmox harvest needs one of --url or --ssh-host</source>
        <translation>proxmox harvest necesita --url o --ssh-host</translation>
    </message>
    <message>
        <source>--timeframe takes hour, day, week, month or year</source>
        <translation>--timeframe espera hour, day, week, month o year</translation>
    </message>
    <message>
        <source>--url takes https://HOST[:PORT]</source>
        <translation>--url espera https://HOST[:PORT]</translation>
    </message>
    <message>
        <source>--url needs --token-id USER@REALM!TOKENID</source>
        <translation>--url necesita --token-id USER@REALM!TOKENID</translation>
    </message>
    <message>
        <source>no token secret: environment variable %1 is empty or unset</source>
        <translation>no hay secreto del token: la variable de entorno %1 está vacía o no está definida</translation>
    </message>
    <message>
        <source>no token secret on standard input</source>
        <translation>no hay secreto del token en la entrada estándar</translation>
    </message>
    <message>
        <source>the certificate of %1 (%2) is not pinned; SHA-256 %3. Compare it with &apos;pvenode cert info&apos; on the host, then run again with --accept-new-cert.</source>
        <translation>el certificado de %1 (%2) no está fijado; SHA-256 %3. Compararlo con &apos;pvenode cert info&apos; en el host y volver a ejecutar con --accept-new-cert.</translation>
    </message>
    <message>
        <source>pinning the certificate of %1 (%2): SHA-256 %3</source>
        <translation>fijando el certificado de %1 (%2): SHA-256 %3</translation>
    </message>
    <message>
        <source>--ssh-port takes a number from 1 to 65535</source>
        <translation>--ssh-port espera un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>proxmox harvest: %1</source>
        <translation>proxmox harvest: %1</translation>
    </message>
    <message>
        <source>%1 from %2: %3 hosts, %4 guests (%5 mapped to nodes), %6 samples written, %7 s
</source>
        <translation>%1 desde %2: %3 hosts, %4 invitados (%5 asignados a nodos), %6 muestras escritas, %7 s
</translation>
    </message>
    <message>
        <source>map takes NODE=VM pairs, not &apos;%1&apos;</source>
        <translation>map espera pares NODE=VM, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation>no hay ningún clúster llamado %1 en el almacén</translation>
    </message>
    <message>
        <source>%1 = VM %2%3 (%4)
</source>
        <translation>%1 = VM %2%3 (%4)
</translation>
    </message>
    <message>
        <source>, host not harvested yet</source>
        <translation>, host aún no recolectado</translation>
    </message>
    <message>
        <source> %1 on %2</source>
        <translation> %1 en %2</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manualmente</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>por nombre</translation>
    </message>
    <message>
        <source>proxmox unpin takes one HOST:PORT</source>
        <translation>proxmox unpin espera un único HOST:PORT</translation>
    </message>
    <message>
        <source>proxmox needs harvest, map, unmap or unpin</source>
        <translation>proxmox necesita harvest, map, unmap o unpin</translation>
    </message>
    <message>
        <source>proxmox %1 needs --cluster NAME</source>
        <translation>proxmox %1 necesita --cluster NAME</translation>
    </message>
    <message>
        <source>proxmox harvest takes no positional arguments</source>
        <translation>proxmox harvest no admite argumentos posicionales</translation>
    </message>
    <message>
        <source>proxmox unmap needs NODE names</source>
        <translation>proxmox unmap necesita nombres de NODE</translation>
    </message>
    <message>
        <source>report takes no arguments</source>
        <translation>report no admite argumentos</translation>
    </message>
    <message>
        <source>report needs --since and --out</source>
        <translation>report necesita --since y --out</translation>
    </message>
    <message>
        <source>--out must name a .pdf or .html file</source>
        <translation>--out debe indicar un archivo .pdf o .html</translation>
    </message>
    <message>
        <source>--until must come after --since</source>
        <translation>--until debe ser posterior a --since</translation>
    </message>
    <message>
        <source>energy-studio-cli: report needs a QApplication to paint its plots</source>
        <translation>energy-studio-cli: report necesita una QApplication para dibujar sus gráficos</translation>
    </message>
    <message>
        <source>%1: %2 jobs, %3 kWh, %4 alerts, %5 plots, %6 pages
</source>
        <translation>%1: %2 trabajos, %3 kWh, %4 alertas, %5 gráficos, %6 páginas
</translation>
    </message>
    <message>
        <source>energy-studio-cli: node %1: %2</source>
        <translation>energy-studio-cli: nodo %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 samples read, %3 written, %4 new nodes, %5 s
</source>
        <translation>%1: %2 muestras leídas, %3 escritas, %4 nodos nuevos, %5 s
</translation>
    </message>
    <message>
        <source>  %1: %2 samples%3
</source>
        <translation>  %1: %2 muestras%3
</translation>
    </message>
    <message>
        <source> (failed)</source>
        <translation> (con fallo)</translation>
    </message>
    <message>
        <source>  %1 files on the cluster, %2 with new data
</source>
        <translation>  %1 archivos en el clúster, %2 con datos nuevos
</translation>
    </message>
    <message>
        <source>  job metrics: %1 jobs: %2 slurm, %3 counter, %4 model (estimate), %5 without energy
</source>
        <translation>  métricas de trabajos: %1 trabajos: %2 slurm, %3 counter, %4 model (estimación), %5 sin energía
</translation>
    </message>
    <message>
        <source>sample needs live, fetch, import or install</source>
        <translation>sample necesita live, fetch, import o install</translation>
    </message>
    <message>
        <source>sample %1 takes no positional arguments</source>
        <translation>sample %1 no admite argumentos posicionales</translation>
    </message>
    <message>
        <source>sample import needs at least one FILE</source>
        <translation>sample import necesita al menos un FILE</translation>
    </message>
    <message>
        <source>sample %1 needs --profile NAME</source>
        <translation>sample %1 necesita --profile NAME</translation>
    </message>
    <message>
        <source>sample import needs --cluster NAME</source>
        <translation>sample import necesita --cluster NAME</translation>
    </message>
    <message>
        <source>sample live needs --nodes HOSTLIST</source>
        <translation>sample live necesita --nodes HOSTLIST</translation>
    </message>
    <message>
        <source>--nodes: %1</source>
        <translation>--nodes: %1</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>ningún nodo</translation>
    </message>
    <message>
        <source>--reach takes direct, jump or srun</source>
        <translation>--reach espera direct, jump o srun</translation>
    </message>
    <message>
        <source>--interval takes seconds from 0.1 to 3600</source>
        <translation>--interval espera segundos entre 0.1 y 3600</translation>
    </message>
    <message>
        <source>--duration takes a positive number of seconds</source>
        <translation>--duration espera un número positivo de segundos</translation>
    </message>
    <message>
        <source>--node-port takes a number from 1 to 65535</source>
        <translation>--node-port espera un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>%1: no --node given, and %2</source>
        <translation>%1: no se indicó --node y %2</translation>
    </message>
    <message>
        <source>energy-studio-cli: %1: %2</source>
        <translation>energy-studio-cli: %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 installed
</source>
        <translation>%1: %2 instalado
</translation>
    </message>
    <message>
        <source>%1 tasks, %2 option cells, %3 runs; tasks held out in %4 folds
</source>
        <translation>%1 tareas, %2 celdas de opciones, %3 ejecuciones; tareas apartadas en %4 pliegues
</translation>
    </message>
    <message>
        <source>time limit: +%1 against the median cell
</source>
        <translation>límite de tiempo: +%1 frente a la celda mediana
</translation>
    </message>
    <message>
        <source>no time limit
</source>
        <translation>sin límite de tiempo
</translation>
    </message>
    <message>
        <source>energy saved against the median cell: %1 (the oracle: %2); capture %3 of the oracle&apos;s saving; regret %4
</source>
        <translation>energía ahorrada frente a la celda mediana: %1 (el oráculo: %2); captura %3 del ahorro del oráculo; arrepentimiento (regret) %4
</translation>
    </message>
    <message>
        <source>choices over the time limit: %1; run time against the median cell: %2; predicted fastest taken for want of a cell within the limit: %3
</source>
        <translation>elecciones por encima del límite de tiempo: %1; tiempo de ejecución frente a la celda mediana: %2; la más rápida prevista, tomada a falta de una celda dentro del límite: %3
</translation>
    </message>
    <message>
        <source>%1 energy intervals cover the measured value in %2 of the tasks; %3 s
</source>
        <translation>los intervalos de energía al %1 cubren el valor medido en el %2 de las tareas; %3 s
</translation>
    </message>
    <message>
        <source>advise replay takes no arguments but options: &apos;%1&apos;</source>
        <translation>advise replay no admite argumentos, solo opciones: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>advise replay needs --%1</source>
        <translation>advise replay necesita --%1</translation>
    </message>
    <message>
        <source>--group-folds takes a number from 2 to 1000</source>
        <translation>--group-folds espera un número de 2 a 1000</translation>
    </message>
    <message>
        <source>--max-time-increase takes a percentage of 0 or more</source>
        <translation>--max-time-increase espera un porcentaje de 0 o más</translation>
    </message>
    <message>
        <source>--seed takes a non-negative integer</source>
        <translation>--seed espera un entero no negativo</translation>
    </message>
    <message>
        <source>advise needs --cluster and --script or --like-name, or replay</source>
        <translation>advise necesita --cluster y --script o --like-name, o bien replay</translation>
    </message>
    <message>
        <source>history of cluster %1: %2 job names, %3 configurations, %4 runs; %5 runs named &apos;%6&apos;
</source>
        <translation>historial del clúster %1: %2 nombres de trabajo, %3 configuraciones, %4 ejecuciones; %5 ejecuciones llamadas &apos;%6&apos;
</translation>
    </message>
    <message>
        <source>%1 %2 nodes %3 CPUs: %4 kJ [%5, %6], %7 s [%8, %9]; energy %10% (power %11%, time %12%)%13%14%15
</source>
        <translation>%1 %2 nodos %3 CPU: %4 kJ [%5, %6], %7 s [%8, %9]; energía %10% (potencia %11%, tiempo %12%)%13%14%15
</translation>
    </message>
    <message>
        <source>, %1 g CO2e</source>
        <translation>, %1 g CO2e</translation>
    </message>
    <message>
        <source> [as asked]</source>
        <translation> [tal como se pidió]</translation>
    </message>
    <message>
        <source> [outside what was measured]</source>
        <translation> [fuera de lo medido]</translation>
    </message>
    <message>
        <source> [over the time limit]</source>
        <translation> [por encima del límite de tiempo]</translation>
    </message>
    <message>
        <source> [measured %1 runs: %2 kJ, %3 s]</source>
        <translation> [medido en %1 ejecuciones: %2 kJ, %3 s]</translation>
    </message>
    <message>
        <source>energy-studio-cli: cannot read %1: %2</source>
        <translation>energy-studio-cli: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>energy-studio-cli: advise: the script names no job (#SBATCH --job-name): give --like-name NAME</source>
        <translation>energy-studio-cli: advise: el script no indica ningún nombre de trabajo (#SBATCH --job-name): hay que indicar --like-name NAME</translation>
    </message>
    <message>
        <source>--vary takes nodes=1,2,4 or cpus=32,64, got &apos;%1&apos;</source>
        <translation>--vary espera nodes=1,2,4 o cpus=32,64; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown objective &apos;%1&apos; (energy, time, edp or carbon)</source>
        <translation>objetivo desconocido &apos;%1&apos; (energy, time, edp o carbon)</translation>
    </message>
    <message>
        <source>queue: %1 nodes %2 CPUs would start in %3 s on %4
</source>
        <translation>cola: %1 nodos %2 CPU empezarían en %3 s en %4
</translation>
    </message>
    <message>
        <source>queue: %1 nodes %2 CPUs refused: %3
</source>
        <translation>cola: %1 nodos %2 CPU rechazados: %3
</translation>
    </message>
    <message>
        <source>submitted job %1 (--comment=%2)
</source>
        <translation>trabajo %1 enviado (--comment=%2)
</translation>
    </message>
    <message>
        <source>not submitted: %1
</source>
        <translation>no enviado: %1
</translation>
    </message>
    <message>
        <source>advise needs --cluster (or --profile) and --script or --like-name</source>
        <translation>advise necesita --cluster (o --profile) y --script o --like-name</translation>
    </message>
    <message>
        <source>--submit needs --profile and --script</source>
        <translation>--submit necesita --profile y --script</translation>
    </message>
    <message>
        <source>#%1 %2 %3: %4 nodes %5 CPUs, predicted %6 kJ [%7, %8], %9 s</source>
        <translation>#%1 %2 %3: %4 nodos %5 CPU, previsto %6 kJ [%7, %8], %9 s</translation>
    </message>
    <message>
        <source>; NOT SUBMITTED: %1</source>
        <translation>; NO ENVIADO: %1</translation>
    </message>
    <message>
        <source>; not submitted</source>
        <translation>; no enviado</translation>
    </message>
    <message>
        <source>; job %1</source>
        <translation>; trabajo %1</translation>
    </message>
    <message>
        <source>, not harvested yet</source>
        <translation>, aún no recolectado</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, ran %1 s</source>
        <translation>, ejecutado durante %1 s</translation>
    </message>
    <message>
        <source>, energy reading IMPLAUSIBLE (not used)</source>
        <translation>, lectura de energía INVEROSÍMIL (no usada)</translation>
    </message>
    <message>
        <source>, measured %1 kJ (%2, %3 the interval), saving %4% against the job as asked</source>
        <translation>, medido %1 kJ (%2, %3 del intervalo), ahorro del %4% respecto al trabajo tal como se pidió</translation>
    </message>
    <message>
        <source>in</source>
        <translation>dentro</translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation>FUERA</translation>
    </message>
    <message>
        <source>, no energy measured</source>
        <translation>, sin energía medida</translation>
    </message>
    <message>
        <source>; BROKE ITS PROMISE: over the time limit</source>
        <translation>; INCUMPLIÓ SU PROMESA: superó el límite de tiempo</translation>
    </message>
    <message>
        <source>; ran on other counts (%1 nodes, %2 CPUs)</source>
        <translation>; se ejecutó con otros recuentos (%1 nodos, %2 CPU)</translation>
    </message>
    <message>
        <source>no advice given yet
</source>
        <translation>todavía no se ha dado ninguna recomendación
</translation>
    </message>
    <message>
        <source>... and %1 more new events (alerts check --list, or alerts list)
</source>
        <translation>... y %1 eventos nuevos más (alerts check --list, o alerts list)
</translation>
    </message>
    <message>
        <source>--failure-share and --bad-node-margin need a number in (0, 1], --failure-window-h positive hours, --failure-min-jobs a positive count, --failure-hysteresis a number &gt;= 0</source>
        <translation>--failure-share y --bad-node-margin necesitan un número en (0, 1], --failure-window-h un número positivo de horas, --failure-min-jobs un recuento positivo y --failure-hysteresis un número &gt;= 0</translation>
    </message>
    <message>
        <source>--memory-within-pct needs a number in [0, 100), --memory-node-pct in (0, 100], --silence-factor a number above 1, --silence-interval-s seconds</source>
        <translation>--memory-within-pct necesita un número en [0, 100), --memory-node-pct uno en (0, 100], --silence-factor un número mayor que 1 y --silence-interval-s un valor en segundos</translation>
    </message>
    <message>
        <source>--vary %1: no values (write %2=A,B)</source>
        <translation>--vary %1: sin valores (formato: %2=A,B)</translation>
    </message>
    <message>
        <source>--vary nodes: &apos;%1&apos; is not a node count</source>
        <translation>--vary nodes: &apos;%1&apos; no es un número de nodos</translation>
    </message>
    <message>
        <source>--vary: unknown parameter &apos;%1&apos; (nodes, cpu-freq)</source>
        <translation>--vary: parámetro desconocido &apos;%1&apos; (nodes, cpu-freq)</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation>--%1: &apos;%2&apos; no es un número entero</translation>
    </message>
    <message>
        <source>campaign %1: %2 cells x %3 repeats = %4 runs
</source>
        <translation>campaña %1: %2 celdas x %3 repeticiones = %4 ejecuciones
</translation>
    </message>
    <message>
        <source>  node-hours: %1 of work, %2 reserved at most (time limit %3 min)
</source>
        <translation>  horas-nodo: %1 de trabajo, %2 reservadas como máximo (límite de tiempo: %3 min)
</translation>
    </message>
    <message>
        <source>  energy: about %1 kWh (median %2 W per node of %3 jobs with measured energy)
</source>
        <translation>  energía: unos %1 kWh (mediana de %2 W por nodo en %3 trabajos con energía medida)
</translation>
    </message>
    <message>
        <source>  energy: no estimate (no job of this cluster has measured energy yet)
</source>
        <translation>  energía: sin estimación (ningún trabajo de este clúster tiene todavía energía medida)
</translation>
    </message>
    <message>
        <source>campaign plan needs --profile, --name and --workload (or --from)</source>
        <translation>campaign plan necesita --profile, --name y --workload (o --from)</translation>
    </message>
    <message>
        <source>no campaigns (campaign plan ...)
</source>
        <translation>no hay campañas (campaign plan ...)
</translation>
    </message>
    <message>
        <source>campaign export needs a campaign name and --out FILE.csv</source>
        <translation>campaign export necesita un nombre de campaña y --out FILE.csv</translation>
    </message>
    <message>
        <source>%1 runs written to %2</source>
        <translation>%1 ejecuciones escritas en %2</translation>
    </message>
    <message>
        <source>campaign needs a subcommand</source>
        <translation>campaign necesita un subcomando</translation>
    </message>
    <message>
        <source>campaign: unknown subcommand &apos;%1&apos;</source>
        <translation>campaign: subcomando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 of %2 runs ended (%3)%4</source>
        <translation>%1 de %2 ejecuciones terminadas (%3)%4</translation>
    </message>
    <message>
        <source>: done</source>
        <translation>: completada</translation>
    </message>
    <message>
        <source>campaign %1 needs the campaign&apos;s name</source>
        <translation>campaign %1 necesita el nombre de la campaña</translation>
    </message>
    <message>
        <source>--poll and --max-in-flight take a whole number from 1</source>
        <translation>--poll y --max-in-flight admiten un número entero a partir de 1</translation>
    </message>
    <message>
        <source>import-carbon takes one FILE</source>
        <translation>import-carbon espera un único FILE</translation>
    </message>
    <message>
        <source>import-carbon needs --name ZONE</source>
        <translation>import-carbon necesita --name ZONE</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unidad desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: series %2 (%3, %4 in %5): %6 points read, %7 new, %8 updated, %9 unchanged
</source>
        <translation>%1: serie %2 (%3, %4 en %5): %6 puntos leídos, %7 nuevos, %8 actualizados, %9 sin cambios
</translation>
    </message>
    <message>
        <source>  %1 to %2, every %3 s; %4 gaps (%5 points missing)
</source>
        <translation>  de %1 a %2, cada %3 s; %4 huecos (%5 puntos ausentes)
</translation>
    </message>
    <message numerus="yes">
        <source>%1: conflict: %n job(s) had a different energy stored; the file&apos;s value replaced it
</source>
        <translation>
            <numerusform>%1: conflicto: %n trabajo tenía almacenada una energía distinta; el valor del archivo la ha sustituido
</numerusform>
            <numerusform>%1: conflicto: %n trabajos tenían almacenada una energía distinta; el valor del archivo la ha sustituido
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 job feature values (%3 new or changed)
</source>
        <translation>%1: %2 valores de variables de trabajo (%3 nuevos o modificados)
</translation>
    </message>
    <message>
        <source>(--help for every option)</source>
        <translation>(--help para ver todas las opciones)</translation>
    </message>
    <message>
        <source>energy-studio-cli: the folder %1 does not exist: create it first, or leave out --db for the default store</source>
        <translation>energy-studio-cli: la carpeta %1 no existe: hay que crearla primero u omitir --db para usar el almacén predeterminado</translation>
    </message>
    <message>
        <source>stats takes no arguments but --json</source>
        <translation>stats no admite más argumentos que --json</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 %4)</source>
        <translation>%1 (%2 de %3 %4)</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 jobs, %2 nodes, %3 node samples, %4 events, %5 advice, %6 campaigns</source>
        <translation>%1 trabajos, %2 nodos, %3 muestras de nodo, %4 eventos, %5 recomendaciones, %6 campañas</translation>
    </message>
    <message>
        <source>The store holds no cluster.
</source>
        <translation>El almacén no contiene ningún clúster.
</translation>
    </message>
    <message>
        <source>energy-studio-cli: clusters delete: cluster %1 holds %2; nothing was deleted: add --yes to delete it</source>
        <translation>energy-studio-cli: clusters delete: el clúster %1 contiene %2; no se ha eliminado nada: añadir --yes para eliminarlo</translation>
    </message>
    <message>
        <source>Deleted cluster %1: %2.
</source>
        <translation>Clúster %1 eliminado: %2.
</translation>
    </message>
    <message>
        <source>Renamed cluster %1 to %2.
</source>
        <translation>Clúster %1 renombrado a %2.
</translation>
    </message>
    <message>
        <source>Note: profile(s) %1 harvest into &quot;%2&quot;: their next harvest stores there again.
</source>
        <translation>Nota: perfiles que recolectan en &quot;%2&quot;: %1; su próxima recolección volverá a almacenar datos allí.
</translation>
    </message>
    <message>
        <source>unknown clusters action &apos;%1&apos;</source>
        <translation>acción de clusters desconocida &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>clusters %1 takes %n name(s)</source>
        <translation>
            <numerusform>clusters %1 espera %n nombre</numerusform>
            <numerusform>clusters %1 espera %n nombres</numerusform>
        </translation>
    </message>
    <message>
        <source>  WARNING: at +%1 min the model is worse than persistence (%2x its error): use the last observed load instead
</source>
        <translation>  AVISO: a +%1 min el modelo es peor que la persistencia (%2x su error): usar en su lugar la última carga observada
</translation>
    </message>
    <message>
        <source>export openmetrics takes no arguments</source>
        <translation>export openmetrics no admite argumentos</translation>
    </message>
    <message>
        <source>export openmetrics needs --out FILE</source>
        <translation>export openmetrics necesita --out FILE</translation>
    </message>
    <message>
        <source>--recent-days and --max-jobs need positive whole numbers</source>
        <translation>--recent-days y --max-jobs necesitan números enteros positivos</translation>
    </message>
    <message>
        <source>%1 jobs (%2 more beyond --max-jobs), %3 nodes, %4 alert series written to %5</source>
        <translation>%1 trabajos (%2 más por encima de --max-jobs), %3 nodos, %4 series de alertas escritas en %5</translation>
    </message>
    <message>
        <source>reading the jobs</source>
        <translation>leyendo los trabajos</translation>
    </message>
    <message>
        <source>, target log-transformed</source>
        <translation>, objetivo con transformación logarítmica</translation>
    </message>
    <message>
        <source>WARNING: no model beats the baseline (%1): do not use these predictions
</source>
        <translation>AVISO: ningún modelo supera a la referencia (%1): no usar estas predicciones
</translation>
    </message>
    <message>
        <source>highest R²: %1 (on %2, still worse than the baseline), %3 s; hyperparameters %4
</source>
        <translation>R² más alto: %1 (en %2, aún peor que la referencia), %3 s; hiperparámetros %4
</translation>
    </message>
    <message>
        <source>not saved: worse than the baseline (--keep-worse stores it) (%1 s)
</source>
        <translation>no guardado: peor que la referencia (--keep-worse lo almacena) (%1 s)
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] advise replay --csv FILE --target-column C --time-column C
           --task-columns A,B,... --option-columns A,B,... [options]

Replays placement advice on a dataset where the same tasks ran under many configurations, and scores it with
what was measured. Tasks (same values of the task columns) are held out in folds; models trained on the other
tasks only choose one option cell (same values of the option columns) per held-out task: the least predicted
energy whose predicted time is within the limit. The choice is scored with the measured mean of that cell
against the task&apos;s median cell and against the oracle (the measured least-energy cell within the limit).

Options:
  --csv FILE                 the runs, one per row, with a header
  --target-column C          energy per run (any unit; reported in it)
  --time-column C            run time per run, in seconds
  --task-columns A,B         what defines a task (the same work)
  --option-columns A,B       what the advice chooses (node count, tasks, frequency, ...)
  --feature-columns A,B      further task descriptors used by the models (a problem size, ...)
  --group-folds K            folds of held-out tasks (default 5)
  --max-time-increase PCT    feasible: measured time at most (1 + PCT/100) x the median cell&apos;s (default: none)
  --seed N                   seed of the task folds (default 42)
  -h, --help                 this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] advise replay --csv FILE --target-column C --time-column C
           --task-columns A,B,... --option-columns A,B,... [opciones]

Reproduce recomendaciones de ubicación sobre un conjunto de datos en el que las mismas tareas se ejecutaron con muchas
configuraciones, y las puntúa con lo que se midió. Las tareas (mismos valores de las columnas de tarea) se apartan en pliegues;
modelos entrenados solo con las demás tareas eligen una celda de opciones (mismos valores de las columnas de opción) por cada tarea
apartada: la de menor energía prevista cuyo tiempo previsto esté dentro del límite. La elección se puntúa con la media medida de
esa celda frente a la celda mediana de la tarea y frente al oráculo (la celda medida de menor energía dentro del límite).

Opciones:
  --csv FILE                 las ejecuciones, una por fila, con cabecera
  --target-column C          energía por ejecución (en cualquier unidad; se informa en ella)
  --time-column C            tiempo de cada ejecución, en segundos
  --task-columns A,B         lo que define una tarea (el mismo trabajo)
  --option-columns A,B       lo que elige la recomendación (número de nodos, tareas, frecuencia, ...)
  --feature-columns A,B      otros descriptores de la tarea usados por los modelos (un tamaño de problema, ...)
  --group-folds K            pliegues de tareas apartadas (predeterminado: 5)
  --max-time-increase PCT    viable: tiempo medido como máximo (1 + PCT/100) x el de la celda mediana (predeterminado: ninguno)
  --seed N                   semilla de los pliegues de tareas (predeterminado: 42)
  -h, --help                 esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] advise --cluster C (--script FILE | --like-name NAME) [options]

Ranks node counts and CPU counts for a job by predicted energy, time, energy-delay product or carbon, from the
cluster&apos;s measured history in the store (jobs of the same name are the same work), against the job as its
script asks for it. Every figure is a prediction with its 90% interval, next to what was measured in that
configuration when it ever ran. A job whose name has no measured run gets no advice.

Options:
  --cluster C              the store&apos;s cluster whose history to learn from
  --script FILE            a batch script: #SBATCH --job-name, --nodes, --ntasks, --cpus-per-task
  --like-name NAME         advise as for the jobs named NAME (instead of, or overriding, the script&apos;s name)
  --vary nodes=1,2,4       candidate node counts (repeatable: also --vary cpus=32,64)
  --objective O            energy (default), time, edp or carbon
  --max-time-increase PCT  candidates at most PCT% slower than the job as asked
  --carbon NAME            a carbon series (import-carbon) for grams CO2e over the run
  --begin T                when the run starts, for carbon (default: now)
  --profile P              the cluster profile (its cluster is the default --cluster): with --script, asks
                           Slurm over SSH when each of the best candidates would start (sbatch --test-only)
  --submit                 with --profile and --script: submits the chosen candidate (sbatch --nodes --ntasks
                           --comment=es-advice:...), the script on sbatch&apos;s standard input
  --accept-new-host-key    trust a host key seen for the first time (after comparing its fingerprint)
  -h, --help               this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] advise --cluster C (--script FILE | --like-name NAME) [opciones]

Clasifica números de nodos y de CPU para un trabajo según la energía, el tiempo, el producto energía-retardo o el carbono
previstos, a partir del historial medido del clúster en el almacén (los trabajos con el mismo nombre realizan la misma tarea),
frente al trabajo tal como lo pide su script. Cada cifra es una predicción con su intervalo del 90%, junto a lo que se midió en esa
configuración si alguna vez se ejecutó. Un trabajo cuyo nombre no tiene ninguna ejecución medida no recibe ninguna recomendación.

Opciones:
  --cluster C              el clúster del almacén de cuyo historial se aprende
  --script FILE            un script de lotes: #SBATCH --job-name, --nodes, --ntasks, --cpus-per-task
  --like-name NAME         recomendar como para los trabajos llamados NAME (en lugar del nombre del script o sustituyéndolo)
  --vary nodes=1,2,4       números de nodos candidatos (repetible: también --vary cpus=32,64)
  --objective O            energy (predeterminado), time, edp o carbon
  --max-time-increase PCT  candidatos como máximo un PCT% más lentos que el trabajo tal como se pidió
  --carbon NAME            una serie de carbono (import-carbon) para los gramos de CO2e de la ejecución
  --begin T                cuándo empieza la ejecución, para el carbono (predeterminado: ahora)
  --profile P              el perfil de clúster (su clúster es el --cluster predeterminado): con --script, pregunta
                           a Slurm por SSH cuándo empezaría cada uno de los mejores candidatos (sbatch --test-only)
  --submit                 con --profile y --script: envía el candidato elegido (sbatch --nodes --ntasks
                           --comment=es-advice:...), con el script por la entrada estándar de sbatch
  --accept-new-host-key    confiar en una clave de host vista por primera vez (tras comparar su huella digital)
  -h, --help               esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] advise ledger [--cluster C]

Every advice given (newest first): the configuration chosen, its prediction, the Slurm job it was submitted
as, and, once a harvest has brought that job in, what it measured: the saving against the prediction for the
job as asked, whether the energy fell in the 90% interval, and advice that broke its promise (time over the
limit, the job ran on other counts) or whose meter reading cannot be right.
</source>
        <translation>Uso: energy-studio-cli [opciones globales] advise ledger [--cluster C]

Todas las recomendaciones dadas (las más recientes primero): la configuración elegida, su predicción, el trabajo de Slurm con
el que se envió y, cuando una recolección ha traído ese trabajo, lo que midió: el ahorro frente a la predicción para el
trabajo tal como se pidió, si la energía cayó dentro del intervalo del 90%, y las recomendaciones que incumplieron su promesa
(tiempo por encima del límite, el trabajo se ejecutó con otros números) o cuya lectura del medidor no puede ser correcta.
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] alerts ACTION [options]

Actions:
  check [--cluster C] [--since T] [--until T] [--list]
        evaluate node temperatures (node_samples.temp_c) against their thresholds, job energies against
        their job type&apos;s median and the share of failed jobs (FAILED, NODE_FAIL, OUT_OF_MEMORY, TIMEOUT) per
        partition, user and node in a sliding window over job ends; a node whose share stands out against the
        rest of its partition is a bad_node; jobs whose MaxRSS came near their memory request or that ended
        OUT_OF_MEMORY (memory_exhaustion), nodes whose used memory stays high (memory_high), and with
        --silent-collectors nodes whose samples of a source stopped (collector_silent); stores new events,
        extends or closes open ones (running it again adds nothing). From --since, a failure share still
        counts the jobs of its window before it.
  list [--cluster C] [--since T] [--kind K] [--severity S] [--unacknowledged]
        the stored events, newest first; kinds: temp_warning, temp_critical, energy_excess, failure_rate,
        bad_node, memory_exhaustion, memory_high, collector_silent
  acknowledge ID...
        mark events as seen
  set-threshold (--node N [--cluster C] | --cluster C) --warning-c W --critical-c X
        temperature thresholds in °C of one node or of a whole cluster (defaults: 75 and 85)

Options:
  --list              check: print every new event (default: the first 10, then a count)
  --hysteresis-c H    check: an episode ends below threshold - H °C (default 2)
  --energy-factor K   check: a job is flagged above K x the median energy of its job type (default 3)
  --energy-min-jobs N check: only job types with at least N jobs with energy (default 5)
  --failure-share S   check: failure_rate opens at a share S of failed jobs, 0..1 (default 0.5)
  --failure-window-h H check: the sliding window over job ends, in hours (default 6)
  --failure-min-jobs N check: a share counts with at least N jobs in the window (default 10; bad_node: on the
                      node and on the rest of the partition)
  --failure-hysteresis D check: an episode closes below S - D (bad_node: M - D) (default 0.1)
  --bad-node-margin M check: bad_node when a node&apos;s share is M above the rest of its partition (default 0.3)
  --memory-within-pct N check: memory_exhaustion when a job&apos;s MaxRSS is within N % of the memory it asked
                      per node (default 10)
  --memory-node-pct N check: memory_high from N % of a node&apos;s memory used, until below N - 5 (default 95)
  --silent-collectors check: also flag a node whose samples of a source stopped for K x their usual interval
                      (the median gap between them) up to --until or now, unless the node is down or drained
  --silence-factor K  check: (default 3)
  --silence-interval-s S check: the usual interval in seconds instead of each series&apos; median gap
  Times T: epoch s, 2024-05-01, 2024-05-01T12:00:00 (UTC), or -7d, -12h, -30m
  -h, --help          this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] alerts ACTION [opciones]

Acciones:
  check [--cluster C] [--since T] [--until T] [--list]
        evalúa las temperaturas de los nodos (node_samples.temp_c) frente a sus umbrales, la energía de los
        trabajos frente a la mediana de su tipo de trabajo y la proporción de trabajos fallidos (FAILED, NODE_FAIL,
        OUT_OF_MEMORY, TIMEOUT) por partición, usuario y nodo en una ventana deslizante sobre los finales de trabajo;
        un nodo cuya proporción destaca frente al resto de su partición es un bad_node; detecta los trabajos cuyo
        MaxRSS se acercó a la memoria solicitada o que terminaron en OUT_OF_MEMORY (memory_exhaustion), los nodos
        cuya memoria usada se mantiene alta (memory_high) y, con --silent-collectors, los nodos cuyas muestras de una
        fuente se detuvieron (collector_silent); almacena los eventos nuevos, amplía o cierra los abiertos (volver a
        ejecutarlo no añade nada). Desde --since, una proporción de fallos sigue contando los trabajos anteriores de su ventana.
  list [--cluster C] [--since T] [--kind K] [--severity S] [--unacknowledged]
        los eventos almacenados, del más reciente al más antiguo; tipos: temp_warning, temp_critical, energy_excess,
        failure_rate, bad_node, memory_exhaustion, memory_high, collector_silent
  acknowledge ID...
        marca eventos como vistos
  set-threshold (--node N [--cluster C] | --cluster C) --warning-c W --critical-c X
        umbrales de temperatura en °C de un nodo o de todo un clúster (valores predeterminados: 75 y 85)

Opciones:
  --list              check: muestra todos los eventos nuevos (predeterminado: los 10 primeros y luego un recuento)
  --hysteresis-c H    check: un episodio termina por debajo de umbral - H °C (predeterminado: 2)
  --energy-factor K   check: se marca un trabajo por encima de K x la energía mediana de su tipo de trabajo (predeterminado: 3)
  --energy-min-jobs N check: solo tipos de trabajo con al menos N trabajos con energía (predeterminado: 5)
  --failure-share S   check: failure_rate se abre con una proporción S de trabajos fallidos, 0..1 (predeterminado: 0.5)
  --failure-window-h H check: la ventana deslizante sobre los finales de trabajo, en horas (predeterminado: 6)
  --failure-min-jobs N check: una proporción cuenta con al menos N trabajos en la ventana (predeterminado: 10; bad_node:
                      en el nodo y en el resto de la partición)
  --failure-hysteresis D check: un episodio se cierra por debajo de S - D (bad_node: M - D) (predeterminado: 0.1)
  --bad-node-margin M check: bad_node cuando la proporción de un nodo supera en M la del resto de su partición (predeterminado: 0.3)
  --memory-within-pct N check: memory_exhaustion cuando el MaxRSS de un trabajo queda a menos del N % de la memoria
                      solicitada por nodo (predeterminado: 10)
  --memory-node-pct N check: memory_high a partir del N % de la memoria de un nodo en uso, hasta bajar de N - 5 (predeterminado: 95)
  --silent-collectors check: marca también un nodo cuyas muestras de una fuente se detuvieron durante K x su intervalo
                      habitual (la separación mediana entre ellas) hasta --until o ahora, salvo que el nodo esté down o drained
  --silence-factor K  check: (predeterminado: 3)
  --silence-interval-s S check: el intervalo habitual en segundos en lugar de la separación mediana de cada serie
  Tiempos T: segundos epoch, 2024-05-01, 2024-05-01T12:00:00 (UTC), o -7d, -12h, -30m
  -h, --help          esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] campaign start|resume|status|cancel NAME [options]

  start, resume   one pass: ask Slurm what became of the campaign&apos;s jobs (one squeue and one sacct call),
                  read the results of finished runs, submit planned runs up to --max-in-flight (default 100)
    --wait        repeat the pass every --poll seconds (default 10) until every run has ended
  status          the pass without submitting; --offline: the store&apos;s counts only
  cancel          scancel every job of the campaign; unfinished runs are marked cancelled
  --accept-new-host-key   trust the head node&apos;s key on first use

A run is stored as &apos;submitting&apos; before sbatch runs and with its job id after; a crash in between is found
out by the next pass, which looks the job up by its name (unique per run and attempt) before submitting.
Exit status: 0, or 1 when the cluster or the store failed (what was done is kept: run it again).
</source>
        <translation>Uso: energy-studio-cli [opciones globales] campaign start|resume|status|cancel NAME [opciones]

  start, resume   una pasada: pregunta a Slurm qué ha sido de los trabajos de la campaña (una llamada a squeue y otra a sacct),
                  lee los resultados de las ejecuciones terminadas y envía ejecuciones planificadas hasta --max-in-flight (predeterminado: 100)
    --wait        repite la pasada cada --poll segundos (predeterminado: 10) hasta que hayan terminado todas las ejecuciones
  status          la pasada sin enviar nada; --offline: solo los recuentos del almacén
  cancel          ejecuta scancel sobre cada trabajo de la campaña; las ejecuciones sin terminar se marcan como canceladas
  --accept-new-host-key   confía en la clave de host del nodo de acceso en el primer uso

Una ejecución se almacena como &apos;submitting&apos; antes de que se ejecute sbatch y con su id de trabajo después; un fallo entre ambos
momentos lo detecta la siguiente pasada, que busca el trabajo por su nombre (único por ejecución e intento) antes de enviar.
Código de salida: 0, o 1 si falló el clúster o el almacén (lo hecho se conserva: basta con volver a ejecutarlo).
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] import-carbon FILE --name ZONE [options]

Stores a carbon-intensity time series (CSV with a header: a time column and an intensity column) as the
series ZONE. Reads the CATS forecast format (time,...,intensity) and Electricity Maps CSVs (Datetime (UTC),
Carbon Intensity gCO2eq/kWh (direct)). Times: ISO 8601 (no zone = UTC) or epoch seconds. The whole file is
checked first: a bad line stores nothing. Importing the same file again changes nothing.

Options:
  --name ZONE               the series&apos; name (grid zone or region), required
  --time-column C           the time column (default: time, Datetime (UTC), datetime, timestamp)
  --intensity-column C      the intensity column (default: intensity..., Carbon Intensity ... (direct))
  --unit U                  g/kWh, kg/kWh, g/Wh, kg/MWh or t/MWh (default: the header&apos;s, else g/kWh)
  -h, --help                this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] import-carbon FILE --name ZONE [opciones]

Almacena una serie temporal de intensidad de carbono (CSV con cabecera: una columna de tiempo y una columna de intensidad)
como la serie ZONE. Lee el formato de previsión de CATS (time,...,intensity) y los CSV de Electricity Maps (Datetime (UTC),
Carbon Intensity gCO2eq/kWh (direct)). Tiempos: ISO 8601 (sin zona = UTC) o segundos epoch. Primero se comprueba todo el
archivo: una línea incorrecta hace que no se almacene nada. Importar de nuevo el mismo archivo no cambia nada.

Opciones:
  --name ZONE               el nombre de la serie (zona de red eléctrica o región), obligatorio
  --time-column C           la columna de tiempo (predeterminado: time, Datetime (UTC), datetime, timestamp)
  --intensity-column C      la columna de intensidad (predeterminado: intensity..., Carbon Intensity ... (direct))
  --unit U                  g/kWh, kg/kWh, g/Wh, kg/MWh o t/MWh (predeterminado: la de la cabecera; si no, g/kWh)
  -h, --help                esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] export jobs|job-metrics|samples [options]

Writes a table as CSV (RFC 4180, UTF-8, header line), streamed in constant memory. Times are UTC epoch
seconds.

Options:
  --out FILE       write to FILE (default: standard output)
  --cluster NAME   only this cluster
  --since T        only jobs started (samples taken) at or after T
  --until T        ... before T
                   T: epoch seconds, 2024-05-01, 2024-05-01T12:00:00 (UTC), or -7d / -12h / -30m
  -h, --help       this help

export openmetrics writes recent job energy for Prometheus (see export openmetrics --help).
</source>
        <translation>Uso: energy-studio-cli [opciones globales] export jobs|job-metrics|samples [opciones]

Escribe una tabla como CSV (RFC 4180, UTF-8, línea de cabecera), en flujo y con memoria constante. Las marcas de
tiempo son segundos epoch UTC.

Opciones:
  --out FILE       escribe en FILE (predeterminado: la salida estándar)
  --cluster NAME   solo este clúster
  --since T        solo trabajos iniciados (muestras tomadas) en T o después
  --until T        ... antes de T
                   T: segundos epoch, 2024-05-01, 2024-05-01T12:00:00 (UTC) o -7d / -12h / -30m
  -h, --help       esta ayuda

export openmetrics escribe la energía reciente de los trabajos para Prometheus (véase export openmetrics --help).
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] stats

Prints the row count of every table and, per cluster, its jobs, steps, job metrics, nodes and samples.
</source>
        <translation>Uso: energy-studio-cli [opciones globales] stats

Muestra el número de filas de cada tabla y, por clúster, sus trabajos, pasos, métricas de trabajo, nodos y muestras.
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] clusters list
       energy-studio-cli [global options] clusters rename OLD NEW
       energy-studio-cli [global options] clusters delete NAME --yes

The clusters (imported datasets and harvested clusters) of the store.
  list     each cluster with its jobs, nodes, node samples, events, advice and campaigns
  rename   renames a cluster (refused when NEW exists); a profile harvesting into OLD creates OLD again
  delete   deletes a cluster and everything stored about it, in one transaction; without --yes it only
           says what would be deleted. Connection profiles and trained models are kept.

Options:
  --yes                     really delete
  -h, --help                this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] clusters list
     energy-studio-cli [opciones globales] clusters rename OLD NEW
     energy-studio-cli [opciones globales] clusters delete NAME --yes

Los clústeres (conjuntos de datos importados y clústeres recolectados) del almacén.
  list     cada clúster con sus trabajos, nodos, muestras de nodo, eventos, recomendaciones y campañas
  rename   cambia el nombre de un clúster (se rechaza si NEW existe); un perfil que recolecte en OLD vuelve a crear OLD
  delete   elimina un clúster y todo lo almacenado sobre él, en una sola transacción; sin --yes solo
           indica lo que se eliminaría. Los perfiles de conexión y los modelos entrenados se conservan.

Opciones:
  --yes                     confirma la eliminación
  -h, --help                esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] forecast --horizon MIN [options]

Forecasts the cluster load (busy CPUs) for the next MIN minutes from the job history resampled per minute,
with lagged and calendar features and a dlib model per horizon step, evaluated on a time-ordered holdout
against persistence and seasonal-naive (same minute a day earlier). The forecast starts after the last
minute of the history.

Options:
  --horizon MIN   minutes ahead, 1 to 1440 (30 to 60 is the intended range)
  --step MIN      a model every MIN minutes up to the horizon (default 10)
  --cluster NAME  only this cluster&apos;s jobs
  --model M       rf (default), krr, svr or ridge
  --days N        use at most the last N days of history (default 28)
  -h, --help      this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] forecast --horizon MIN [opciones]

Prevé la carga del clúster (CPU ocupadas) para los próximos MIN minutos a partir del historial de trabajos
remuestreado por minuto, con variables de retardo y de calendario y un modelo dlib por paso del horizonte,
evaluado en un conjunto de reserva ordenado en el tiempo frente a persistencia e ingenuo estacional (el mismo
minuto del día anterior). La previsión empieza tras el último minuto del historial.

Opciones:
  --horizon MIN   minutos de antelación, de 1 a 1440 (el rango previsto es de 30 a 60)
  --step MIN      un modelo cada MIN minutos hasta el horizonte (predeterminado: 10)
  --cluster NAME  solo los trabajos de este clúster
  --model M       rf (predeterminado), krr, svr o ridge
  --days N        usa como máximo los últimos N días del historial (predeterminado: 28)
  -h, --help      esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] profile add NAME --host HOST [options]
       energy-studio-cli [global options] profile list
       energy-studio-cli [global options] profile remove NAME

Cluster connection profiles, kept in the store (shared when the store is a lab&apos;s PostgreSQL). A profile holds
no secret: passphrases and passwords are asked for when connecting.

Options of add:
  --host HOST          the Slurm head (login) node, or a Host alias of ~/.ssh/config
  --port P             SSH port (default: from ~/.ssh/config, else 22)
  --user U             remote user (default: from ~/.ssh/config, else yours)
  --key FILE           private key to use (after the SSH agent)
  --jump HOST          reach the head node through this bastion (ssh -W)
  --known-hosts FILE   known_hosts file (default ~/.ssh/known_hosts)
  --cluster NAME       the store&apos;s cluster name for its jobs (default: the profile&apos;s name)
</source>
        <translation>Uso: energy-studio-cli [opciones globales] profile add NAME --host HOST [opciones]
     energy-studio-cli [opciones globales] profile list
     energy-studio-cli [opciones globales] profile remove NAME

Perfiles de conexión a clústeres, guardados en el almacén (compartidos si el almacén es el PostgreSQL de un
laboratorio). Un perfil no guarda secretos: las frases de contraseña y las contraseñas se piden al conectar.

Opciones de add:
  --host HOST          el nodo de acceso (login) de Slurm, o un alias Host de ~/.ssh/config
  --port P             puerto SSH (predeterminado: el de ~/.ssh/config o, si no, 22)
  --user U             usuario remoto (predeterminado: el de ~/.ssh/config o, si no, el propio)
  --key FILE           clave privada que se usará (después del agente SSH)
  --jump HOST          conecta con el nodo de acceso a través de este bastión (ssh -W)
  --known-hosts FILE   archivo known_hosts (predeterminado: ~/.ssh/known_hosts)
  --cluster NAME       nombre del clúster en el almacén para sus trabajos (predeterminado: el nombre del perfil)
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] metrics derive [--cluster NAME] [--since T]

Derives the metrics of finished jobs (node temperature, CPU frequency and utilisation, memory, duration,
energy and mean power) from the jobs and the node samples of the store, and writes them to job_metrics.
Energy comes from Slurm (exclusive nodes), else node meters split by CPU share (&apos;counter&apos;), else a linear
power model of utilisation (&apos;model&apos;, an estimate). Running it again recomputes and changes only what moved.

Options:
  --cluster NAME   only this cluster (default: every cluster)
  --since T        only jobs that ended since T (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d)
  -h, --help       this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] metrics derive [--cluster NAME] [--since T]

Deriva las métricas de los trabajos finalizados (temperatura de nodo, frecuencia y utilización de CPU, memoria, duración,
energía y potencia media) de los trabajos y las muestras de nodo del almacén y las escribe en job_metrics. La energía
procede de Slurm (nodos exclusivos); si no, de los medidores del nodo repartidos por cuota de CPU (&apos;counter&apos;); si no,
de un modelo lineal de potencia según la utilización (&apos;model&apos;, una estimación). Al repetirlo, solo cambia lo que varió.

Opciones:
  --cluster NAME   solo este clúster (predeterminado: todos los clústeres)
  --since T        solo trabajos que terminaron desde T (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d)
  -h, --help       esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] models list|show ID|remove ID|accuracy ID

The model registry: list the stored models, show one (metrics per split, feature
specification, hyperparameters), remove one with its predictions, or compare the predictions
recorded with it against what happened (jobs that have finished since they were predicted).
</source>
        <translation>Uso: energy-studio-cli [opciones globales] models list|show ID|remove ID|accuracy ID

El registro de modelos: lista los modelos almacenados, muestra uno (métricas por división, especificación
de variables, hiperparámetros), elimina uno junto con sus predicciones o compara las predicciones
registradas con él con lo que ocurrió realmente (trabajos que han terminado desde que se predijeron).
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] export openmetrics --out DIR/energy_studio.prom [options]

Writes the Prometheus text format that node_exporter&apos;s textfile collector reads (start node_exporter with
--collector.textfile.directory=DIR; the file name must end in .prom). The file is written beside the target
and renamed over it, so node_exporter never reads half a file. Run it after every harvest (cron, a timer).

Metrics (gauges):
  energy_studio_job_energy_joules{cluster,job_id,user,partition,source}
  energy_studio_job_power_watts{cluster,job_id,user,partition,source}
  energy_studio_node_temp_peak_celsius{cluster,node}
  energy_studio_alerts_open{cluster,kind,severity}, energy_studio_alerts_recent{cluster,kind,severity}
  energy_studio_export_jobs_omitted, energy_studio_export_timestamp_seconds

One series per job: only jobs that ended in the last --recent-days days, and of those the --max-jobs that
ended last (Prometheus keeps every series it ever saw; thousands of jobs a day would swamp it).

Options:
  --out FILE         the file to write, e.g. /var/lib/prometheus/node-exporter/energy_studio.prom (required)
  --cluster NAME     only this cluster (default: every cluster)
  --recent-days N    jobs ended, samples taken and alerts started in the last N days (default 7)
  --max-jobs N       at most N jobs, those that ended last (default 1000)
  -h, --help         this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] export openmetrics --out DIR/energy_studio.prom [opciones]

Escribe el formato de texto de Prometheus que lee el colector textfile de node_exporter (iniciar node_exporter con
--collector.textfile.directory=DIR; el nombre del archivo debe terminar en .prom). El archivo se escribe junto al
destino y se renombra sobre él, de modo que node_exporter nunca lee un archivo a medias. Ejecutarlo tras cada recolección (cron, un temporizador).

Métricas (de tipo gauge):
  energy_studio_job_energy_joules{cluster,job_id,user,partition,source}
  energy_studio_job_power_watts{cluster,job_id,user,partition,source}
  energy_studio_node_temp_peak_celsius{cluster,node}
  energy_studio_alerts_open{cluster,kind,severity}, energy_studio_alerts_recent{cluster,kind,severity}
  energy_studio_export_jobs_omitted, energy_studio_export_timestamp_seconds

Una serie por trabajo: solo los trabajos que terminaron en los últimos --recent-days días y, de ellos, los --max-jobs
que terminaron más recientemente (Prometheus conserva todas las series que ha visto; miles de trabajos al día lo saturarían).

Opciones:
  --out FILE         el archivo que se escribe, p. ej. /var/lib/prometheus/node-exporter/energy_studio.prom (obligatorio)
  --cluster NAME     solo este clúster (predeterminado: todos los clústeres)
  --recent-days N    trabajos terminados, muestras tomadas y alertas iniciadas en los últimos N días (predeterminado: 7)
  --max-jobs N       como máximo N trabajos, los que terminaron más recientemente (predeterminado: 1000)
  -h, --help         esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] predict --model ID FEATURE=VALUE... [--actual V]
       energy-studio-cli [global options] predict --model ID --job JOBID [--cluster C]

With --job, the inputs are the job&apos;s own features as the store has them (the same ones the model
was trained with); the prediction is recorded against the job, so that models accuracy ID can
compare it with the actual value once the job has finished.

Predicts with a stored model from its input features (see models show ID for their names) and records the
prediction in the store. Every feature the model was trained with must be given, and no other; a category
the model never saw is encoded as all zeros and reported.

Options:
  --model ID      the model (see models list)
  --actual V      the true value, when known, recorded next to the prediction
  --job JOBID     predict for this stored job (Slurm id, with its array or het suffix)
  --cluster C     the job&apos;s cluster, when several clusters have that job id
  -h, --help      this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] predict --model ID FEATURE=VALUE... [--actual V]
     energy-studio-cli [opciones globales] predict --model ID --job JOBID [--cluster C]

Con --job, las entradas son las variables del propio trabajo tal como las tiene el almacén (las mismas con las que
se entrenó el modelo); la predicción se registra asociada al trabajo, de modo que models accuracy ID pueda
compararla con el valor real una vez que el trabajo haya terminado.

Predice con un modelo almacenado a partir de sus variables de entrada (véase models show ID para sus nombres) y
registra la predicción en el almacén. Deben indicarse todas las variables con las que se entrenó el modelo, y ninguna
otra; una categoría que el modelo nunca vio se codifica como todo ceros y se notifica.

Opciones:
  --model ID      el modelo (véase models list)
  --actual V      el valor real, si se conoce, que se registra junto a la predicción
  --job JOBID     predice para este trabajo almacenado (id de Slurm, con su sufijo de array o het)
  --cluster C     el clúster del trabajo, cuando varios clústeres tienen ese id de trabajo
  -h, --help      esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] harvest-prometheus --url URL --cluster NAME [options]

Imports node metrics from a Prometheus server that scrapes node_exporter (HTTP API /api/v1/query_range) into
the store&apos;s node samples (source &apos;prometheus&apos;): temperature (node_hwmon_temp_celsius, hottest sensor),
CPU frequency (node_cpu_scaling_frequency_hertz, mean over CPUs), load (node_load1), memory used
(MemTotal - MemAvailable), CPU utilisation (node_cpu_seconds_total) and RAPL package energy and power
(node_rapl_package_joules_total). Incremental: the next run starts after the last imported sample; importing
the same window again changes nothing. Metrics the server does not have are named once and left empty.

Options:
  --url URL                 the Prometheus server, http(s)://HOST:PORT[/PATH]
  --cluster NAME            the store&apos;s cluster the nodes belong to
  --since T                 start (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d); default: after the
                            last import, else the last 24 hours
  --until T                 end (default: now)
  --step S                  seconds between samples (default 15)
  --instance-map I=N,...    instance label I is node N (default: the instance without its :port)
  --temp-chip CHIP          temperature of this hwmon chip only (default: the hottest of all)
  --temp-sensor SENSOR      temperature of this hwmon sensor only
  --selector MATCHERS       extra PromQL label matchers for every metric, e.g. &apos;job=&quot;node&quot;&apos;
  --token-file FILE         send the token in FILE as &apos;Authorization: Bearer&apos;
  --user USER               basic authentication user; the password is read from --password-file
  --password-file FILE      basic authentication password
  --ca-file FILE            also trust the certificate authorities in this PEM file (https)
  --timeout S               seconds without an answer before a request fails (default 30)
  -h, --help                this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] harvest-prometheus --url URL --cluster NAME [opciones]

Importa métricas de nodos desde un servidor Prometheus que recopila las de node_exporter (API HTTP /api/v1/query_range)
a las muestras de nodos del almacén (origen &apos;prometheus&apos;): temperatura (node_hwmon_temp_celsius, el sensor más caliente),
frecuencia de CPU (node_cpu_scaling_frequency_hertz, media de todas las CPU), carga (node_load1), memoria usada
(MemTotal - MemAvailable), utilización de CPU (node_cpu_seconds_total) y energía y potencia del paquete RAPL
(node_rapl_package_joules_total). Incremental: la siguiente ejecución empieza tras la última muestra importada; volver a
importar la misma ventana no cambia nada. Las métricas que el servidor no tiene se indican una vez y se dejan vacías.

Opciones:
  --url URL                 el servidor Prometheus, http(s)://HOST:PORT[/PATH]
  --cluster NAME            el clúster del almacén al que pertenecen los nodos
  --since T                 inicio (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d); predeterminado: tras la
                            última importación o, si no la hay, las últimas 24 horas
  --until T                 fin (predeterminado: ahora)
  --step S                  segundos entre muestras (predeterminado: 15)
  --instance-map I=N,...    la etiqueta instance I es el nodo N (predeterminado: la instancia sin su :port)
  --temp-chip CHIP          solo la temperatura de este chip hwmon (predeterminado: el más caliente de todos)
  --temp-sensor SENSOR      solo la temperatura de este sensor hwmon
  --selector MATCHERS       selectores de etiquetas PromQL adicionales para cada métrica, p. ej. &apos;job=&quot;node&quot;&apos;
  --token-file FILE         envía el token contenido en FILE como &apos;Authorization: Bearer&apos;
  --user USER               usuario de autenticación básica; la contraseña se lee de --password-file
  --password-file FILE      contraseña de autenticación básica
  --ca-file FILE            confía también en las autoridades de certificación de este archivo PEM (https)
  --timeout S               segundos sin respuesta antes de que falle una solicitud (predeterminado: 30)
  -h, --help                esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] proxmox harvest --cluster NAME SOURCE [options]
       energy-studio-cli [global options] proxmox map --cluster NAME [NODE=VM...]
       energy-studio-cli [global options] proxmox unmap --cluster NAME NODE...
       energy-studio-cli [global options] proxmox unpin HOST:PORT

harvest reads the Proxmox VE hosts and VMs (/cluster/resources, each host&apos;s status and rrddata, each VM&apos;s
rrddata) into the store as node samples of source &apos;proxmox&apos;, in one transaction; harvesting twice changes
nothing. Hosts are stored under their Proxmox node names, a VM under the cluster node it is: the node of the
same name, or the one &apos;map&apos; ties it to. The API has no temperature or power: run the node sampler on the
hosts, and &apos;metrics derive&apos; gives each VM&apos;s jobs its host&apos;s temperature and its CPU share of the host&apos;s power.

SOURCE, one of:
  --url https://HOST[:PORT]   the REST API (port 8006 by default) with an API token:
  --token-id USER@REALM!ID    the token&apos;s id
  --token-secret-env VAR      read the token&apos;s secret from environment variable VAR
                              (default: PROXMOX_TOKEN_SECRET)
  --token-secret-stdin        read the secret from the first line of standard input
                              The secret is never taken from the command line (other users can read it).
  --accept-new-cert           accept and pin the host&apos;s certificate when none is pinned yet (its SHA-256
                              fingerprint is printed: compare it with &apos;pvenode cert info&apos; on the host).
                              A pinned certificate that changed is always refused; see &apos;unpin&apos;.
or
  --ssh-host HOST             run pvesh on this Proxmox host over SSH (as a user allowed to: usually root)
  --ssh-port P, --ssh-user U, --ssh-key FILE, --known-hosts FILE
  --accept-new-host-key       accept and remember an unknown SSH host key (never a changed one)
  --pvesh PATH                pvesh&apos;s path when it is not on the remote PATH

Options of harvest:
  --cluster NAME              the store&apos;s cluster (the Slurm cluster the VMs are nodes of)
  --timeframe T               rrddata window: hour (60 s steps, default), day, week, month, year
  --containers                harvest lxc containers too

map NODE=VM... ties cluster nodes to VMs by hand (a harvest then fills in each VM&apos;s host); without pairs it
lists the map. unmap removes nodes from it. unpin forgets the pinned certificate of an API endpoint.
Exit codes: 0 ok, 1 failed (unreachable, refused certificate or token, bad answer), 2 usage error.
</source>
        <translation>Uso: energy-studio-cli [opciones globales] proxmox harvest --cluster NAME SOURCE [opciones]
     energy-studio-cli [opciones globales] proxmox map --cluster NAME [NODE=VM...]
     energy-studio-cli [opciones globales] proxmox unmap --cluster NAME NODE...
     energy-studio-cli [opciones globales] proxmox unpin HOST:PORT

harvest lee los hosts y las VM de Proxmox VE (/cluster/resources, el status y el rrddata de cada host, el rrddata de
cada VM) y los guarda en el almacén como muestras de nodos de origen &apos;proxmox&apos;, en una sola transacción; recolectar dos
veces no cambia nada. Los hosts se guardan con sus nombres de nodo de Proxmox, y cada VM como el nodo del clúster que es: el
nodo del mismo nombre o aquel al que la asocia &apos;map&apos;. La API no ofrece temperatura ni potencia: ejecutar el muestreador de nodos
en los hosts, y &apos;metrics derive&apos; asigna a los trabajos de cada VM la temperatura de su host y su parte de CPU de la potencia del host.

SOURCE, una de:
  --url https://HOST[:PORT]   la API REST (puerto 8006 de forma predeterminada) con un token de API:
  --token-id USER@REALM!ID    el id del token
  --token-secret-env VAR      lee el secreto del token de la variable de entorno VAR
                              (predeterminado: PROXMOX_TOKEN_SECRET)
  --token-secret-stdin        lee el secreto de la primera línea de la entrada estándar
                              El secreto nunca se toma de la línea de órdenes (otros usuarios podrían leerlo).
  --accept-new-cert           acepta y fija el certificado del host cuando aún no hay ninguno fijado (se imprime su
                              huella SHA-256: compararla con &apos;pvenode cert info&apos; en el host).
                              Un certificado fijado que haya cambiado se rechaza siempre; véase &apos;unpin&apos;.
o
  --ssh-host HOST             ejecuta pvesh en este host de Proxmox por SSH (como un usuario autorizado: normalmente root)
  --ssh-port P, --ssh-user U, --ssh-key FILE, --known-hosts FILE
  --accept-new-host-key       acepta y recuerda una clave de host SSH desconocida (nunca una que haya cambiado)
  --pvesh PATH                ruta de pvesh cuando no está en el PATH remoto

Opciones de harvest:
  --cluster NAME              el clúster del almacén (el clúster Slurm del que las VM son nodos)
  --timeframe T               ventana de rrddata: hour (pasos de 60 s, predeterminado), day, week, month, year
  --containers                recolecta también los contenedores lxc

map NODE=VM... asocia manualmente nodos del clúster a VM (una recolección posterior completa el host de cada VM); sin
pares, muestra la asignación. unmap elimina nodos de ella. unpin olvida el certificado fijado de un endpoint de la API.
Códigos de salida: 0 correcto, 1 fallo (inaccesible, certificado o token rechazado, respuesta incorrecta), 2 error de uso.
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] report --since T --until T [--cluster C] --out FILE.pdf|FILE.html

Writes an energy report of the jobs that started in [since, until): jobs, node-hours, energy (measured and
estimated), mean power, hottest nodes, alerts, energy by partition, user and job type, the top 10 energy jobs,
plots (energy by day, energy against duration with Pearson&apos;s r, node temperatures) and the accuracy of the
stored models. HTML is one self-contained file (plots embedded); PDF is A4.

Options:
  --since T      start of the range (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d)
  --until T      end of the range, exclusive (default: now)
  --cluster C    only this cluster (default: every cluster)
  --include-untimed  also the jobs without a start or submission time (datasets without times)
  --out FILE     .pdf or .html
  -h, --help     this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] report --since T --until T [--cluster C] --out FILE.pdf|FILE.html

Escribe un informe de energía de los trabajos que empezaron en [since, until): trabajos, horas-nodo, energía (medida y
estimada), potencia media, nodos más calientes, alertas, energía por partición, usuario y tipo de trabajo, los 10 trabajos
de mayor energía, gráficos (energía por día, energía frente a duración con la r de Pearson, temperaturas de los nodos) y
la precisión de los modelos almacenados. El HTML es un único archivo autónomo (gráficos incrustados); el PDF es A4.

Opciones:
  --since T      inicio del periodo (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d)
  --until T      fin del periodo, excluido (predeterminado: ahora)
  --cluster C    solo este clúster (predeterminado: todos los clústeres)
  --include-untimed  también los trabajos sin hora de inicio ni de envío (conjuntos de datos sin horas)
  --out FILE     .pdf o .html
  -h, --help     esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] sample live --profile NAME --nodes HOSTLIST [options]
       energy-studio-cli [global options] sample fetch --profile NAME [--dir REMOTE]
       energy-studio-cli [global options] sample import FILE... [--node NAME] --cluster NAME
       energy-studio-cli [global options] sample install --profile NAME [--dir REMOTE]

Node samples (temperature, frequency, utilisation, power, energy) from the on-node sampler es-sampler.sh into
the store, then the metrics of the jobs they overlap (as metrics derive). Storing the same samples again
changes nothing.

  live      streams the sampler over SSH from every node at once and stores it every few seconds, for
            --duration seconds or until Ctrl-C. A node that fails or drops is reported; the others go on.
  fetch     reads the files that jobs running es-sampler-job.sh left on the cluster (JOBID.NODE.samples in
            --dir), only what is new since the last fetch.
  import    local sampler files; the node is --node, or NODE of a file named JOBID.NODE.samples.
  install   copies es-sampler.sh and es-sampler-job.sh to --dir (default .energy-studio/bin) on the head
            node. In a batch script: ~/.energy-studio/bin/es-sampler-job.sh -i 5 -- ./my-program args

Options:
  --profile NAME          the cluster profile (see: profile list)
  --nodes HOSTLIST        live: the nodes, e.g. node[1-4],gpu7
  --reach direct|jump|srun  live: SSH to each node (direct), to each node through the profile&apos;s host (jump),
                          or srun --overlap from the profile&apos;s host (srun; default direct)
  --node-port P           live, direct and jump: the nodes&apos; SSH port (default: from ~/.ssh/config, else 22)
  --jobid ID              live, srun: sample inside this running job&apos;s allocation
  --interval S            live: seconds between samples (default 5)
  --duration S            live: stop after S seconds (default: until Ctrl-C)
  --dir REMOTE            fetch: the directory on the cluster (default .energy-studio/samples, in the home)
  --node NAME             import: the node the samples are of
  --cluster NAME          import: the store&apos;s cluster
  --no-derive             store the samples only; do not recompute job metrics
  --accept-new-host-key   accept and remember an unknown host key (never a changed one)
  -h, --help              this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] sample live --profile NAME --nodes HOSTLIST [opciones]
     energy-studio-cli [opciones globales] sample fetch --profile NAME [--dir REMOTE]
     energy-studio-cli [opciones globales] sample import FILE... [--node NAME] --cluster NAME
     energy-studio-cli [opciones globales] sample install --profile NAME [--dir REMOTE]

Guarda en el almacén muestras de nodos (temperatura, frecuencia, utilización, potencia, energía) del muestreador
es-sampler.sh que se ejecuta en los nodos y, a continuación, las métricas de los trabajos con los que se solapan (como
metrics derive). Guardar de nuevo las mismas muestras no cambia nada.

  live      transmite el muestreador por SSH desde todos los nodos a la vez y lo guarda cada pocos segundos, durante
            --duration segundos o hasta Ctrl-C. Se notifica un nodo que falla o se desconecta; los demás continúan.
  fetch     lee los archivos que dejaron en el clúster los trabajos que ejecutan es-sampler-job.sh (JOBID.NODE.samples
            en --dir), solo lo nuevo desde la última lectura.
  import    archivos locales del muestreador; el nodo es --node, o NODE de un archivo llamado JOBID.NODE.samples.
  install   copia es-sampler.sh y es-sampler-job.sh en --dir (predeterminado: .energy-studio/bin) del nodo de
            acceso. En un script de lotes: ~/.energy-studio/bin/es-sampler-job.sh -i 5 -- ./my-program args

Opciones:
  --profile NAME          el perfil del clúster (véase: profile list)
  --nodes HOSTLIST        live: los nodos, p. ej. node[1-4],gpu7
  --reach direct|jump|srun  live: SSH a cada nodo (direct), a cada nodo a través del host del perfil (jump),
                          o srun --overlap desde el host del perfil (srun; predeterminado: direct)
  --node-port P           live, direct y jump: el puerto SSH de los nodos (predeterminado: de ~/.ssh/config, si no 22)
  --jobid ID              live, srun: muestrea dentro de la asignación de este trabajo en ejecución
  --interval S            live: segundos entre muestras (predeterminado: 5)
  --duration S            live: se detiene al cabo de S segundos (predeterminado: hasta Ctrl-C)
  --dir REMOTE            fetch: el directorio en el clúster (predeterminado: .energy-studio/samples, en el home)
  --node NAME             import: el nodo al que pertenecen las muestras
  --cluster NAME          import: el clúster del almacén
  --no-derive             solo guarda las muestras; no recalcula las métricas de los trabajos
  --accept-new-host-key   acepta y recuerda una clave de host desconocida (nunca una que haya cambiado)
  -h, --help              esta ayuda
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] train --target energy_j|duration_s|temp_peak_c [options]
       energy-studio-cli [global options] train --csv FILE --target-column C --features A,B,... [options]

Trains regression models, validates them with honest splits and stores the best one in the model registry.
Store data: the jobs joined with their job metrics, features known before a job runs (job type, partition,
queue, user, group, account, executable, requested CPUs, nodes, memory, time limit, submit hour).
Every figure printed names the split it comes from; the baseline is the mean per job type (or the requested
time, for duration_s), learnt on each fold&apos;s training rows.

Options:
  --target T              energy_j, duration_s, temp_peak_c or a numeric feature (store data)
  --model M               ridge, rf, krr, svr, a comma list, or all (default ridge)
  --folds K               outer folds / forward blocks (default 5)
  --inner-folds K         inner cross-validation folds for the hyperparameters (default 3)
  --split S               kfold, time or both (default both; time needs times in the data)
  --log-target L          auto, on or off: log transform of the target (default auto: skewed targets)
  --seed N                seed of the k-fold assignment (default 42)
  --cluster NAME          store data: only this cluster
  --after-run-features    store data: also use features known only after a job ran
  --csv FILE              train on a CSV dataset instead of the store
  --target-column C       CSV: the target column
  --features A,B,...      CSV: feature columns; suffix :cat (categorical), :num, :after (known after run);
                          store data: only these features, the names above (req_cpus, node_count, ...)
                          or feature:NAME, a numeric column an import kept as a job feature (import csv
                          --map COLUMN=feature:NAME); dataset features are used only when named
  --time-column C         CSV: epoch seconds, enables the time-ordered split
  --group-column C        CSV: groups of the mean baseline (default job_type when present)
  --requested-column C    CSV: requested run time in seconds (baseline for a duration target)
  --fold-column C         CSV: a given fold per row (0..K-1) instead of the seeded k-fold
  --name NAME             the stored model&apos;s name (default TARGET-ALGORITHM)
  --no-save               validate only, store nothing
  --keep-worse            store the model even when no algorithm beats the baseline
  --plot-csv FILE         write split,actual,predicted of the best model&apos;s test rows
  -h, --help              this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] train --target energy_j|duration_s|temp_peak_c [opciones]
     energy-studio-cli [opciones globales] train --csv FILE --target-column C --features A,B,... [opciones]

Entrena modelos de regresión, los valida con divisiones honestas y guarda el mejor en el registro de modelos.
Datos del almacén: los trabajos unidos a sus métricas, variables conocidas antes de ejecutar un trabajo (tipo de trabajo,
partición, cola, usuario, grupo, cuenta, ejecutable, CPU solicitadas, nodos, memoria, límite de tiempo, hora de envío).
Cada cifra mostrada indica la división de la que procede; la referencia es la media por tipo de trabajo (o el tiempo
solicitado, para duration_s), aprendida en las filas de entrenamiento de cada pliegue.

Opciones:
  --target T              energy_j, duration_s, temp_peak_c o una variable numérica (datos del almacén)
  --model M               ridge, rf, krr, svr, una lista separada por comas o all (predeterminado: ridge)
  --folds K               pliegues externos / bloques hacia delante (predeterminado: 5)
  --inner-folds K         pliegues internos de validación cruzada para los hiperparámetros (predeterminado: 3)
  --split S               kfold, time o both (predeterminado: both; time necesita tiempos en los datos)
  --log-target L          auto, on u off: transformación logarítmica del objetivo (predeterminado: auto: objetivos asimétricos)
  --seed N                semilla de la asignación k-fold (predeterminado: 42)
  --cluster NAME          datos del almacén: solo este clúster
  --after-run-features    datos del almacén: usa también variables conocidas solo después de ejecutarse el trabajo
  --csv FILE              entrena con un conjunto de datos CSV en lugar del almacén
  --target-column C       CSV: la columna objetivo
  --features A,B,...      CSV: columnas de variables; sufijo :cat (categórica), :num, :after (conocida tras la ejecución);
                          datos del almacén: solo estas variables, los nombres anteriores (req_cpus, node_count, ...)
                          o feature:NAME, una columna numérica que una importación conservó como variable del trabajo
                          (import csv --map COLUMN=feature:NAME); las variables del conjunto de datos solo se usan si se nombran
  --time-column C         CSV: segundos epoch; habilita la división ordenada en el tiempo
  --group-column C        CSV: grupos de la referencia de media (predeterminado: job_type si existe)
  --requested-column C    CSV: tiempo de ejecución solicitado en segundos (referencia para un objetivo de duración)
  --fold-column C         CSV: un pliegue dado por fila (0..K-1) en lugar del k-fold con semilla
  --name NAME             el nombre del modelo almacenado (predeterminado: TARGET-ALGORITHM)
  --no-save               solo valida, no guarda nada
  --keep-worse            guarda el modelo aunque ningún algoritmo supere a la referencia
  --plot-csv FILE         escribe split,actual,predicted de las filas de prueba del mejor modelo
  -h, --help              esta ayuda
</translation>
    </message>
    <message>
        <source>--format is the field list of a sacct dump</source>
        <translation>--format es la lista de campos de un volcado de sacct</translation>
    </message>
    <message>
        <source>--format needs a comma-separated field list</source>
        <translation>--format necesita una lista de campos separados por comas</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] harvest --profile NAME [options]

Connects over SSH and harvests the cluster&apos;s job history (sacct, all users where permitted, jobs and steps)
and node state (scontrol) into the store, in one transaction. Incremental: only what changed since the last
harvest (with a one-hour overlap); harvesting twice changes nothing.

Options:
  --profile NAME           the cluster profile (see: profile list)
  --full                   re-harvest everything sacct still has
  --since T                start of the window (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d)
  --accept-new-host-key    accept and remember an unknown host key (never a changed one)
  --openmetrics FILE       after the harvest, write the cluster&apos;s recent job energy for Prometheus to
                           FILE (as export openmetrics --out FILE --cluster does; run from cron or a timer)
  -h, --help               this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] harvest --profile NAME [opciones]

Se conecta por SSH y recolecta en el almacén, en una sola transacción, el historial de trabajos del clúster (sacct,
todos los usuarios donde esté permitido, trabajos y pasos) y el estado de los nodos (scontrol). Incremental: solo lo
que ha cambiado desde la última recolección (con un solapamiento de una hora); recolectar dos veces no cambia nada.

Opciones:
  --profile NAME           el perfil del clúster (véase: profile list)
  --full                   vuelve a recolectar todo lo que sacct aún conserva
  --since T                inicio de la ventana (epoch s, 2024-05-01, 2024-05-01T12:00:00 UTC, -7d)
  --accept-new-host-key    acepta y recuerda una clave de host desconocida (nunca una que haya cambiado)
  --openmetrics FILE       tras la recolección, escribe en FILE la energía reciente de los trabajos del clúster
                           para Prometheus (como export openmetrics --out FILE --cluster; desde cron o un temporizador)
  -h, --help               esta ayuda
</translation>
    </message>
    <message>
        <source>  within 2x %1%  under-predicted %2%</source>
        <translation>  a menos de 2x %1%  infraestimado %2%</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] campaign SUBCOMMAND ...

Benchmark campaigns: measured runs of known workloads under known configurations, submitted, tracked and
harvested by the studio, and restart-safe (kill it at any moment, resume, and nothing is submitted twice).

  plan --profile P --name NAME --workload W [--workload W...] [--duration S] [--vary nodes=1,2]
       [--vary cpu-freq=low,high] [--repeats N] [--partition P] [--time-limit MIN] [--shared]
       [--sampler-interval S] [--max-retries N] [--seed N] [--command CMD --fom-regex RE --fom-unit U
       [--program NAME...]]
       [--stop-within PCT] [--save FILE.json]
                                        designs the campaign, prints its preview and stores it
  plan --from FILE.json [--profile P]   the same from a campaign file (docs/campaign-format.md)
  list                                  the stored campaigns
  start NAME | resume NAME [--wait] [--poll S] [--max-in-flight N] [--accept-new-host-key]
                                        submits what is not submitted, tracks and reads results
  status NAME [--offline]               asks Slurm (one squeue and one sacct call) and reads finished runs
  cancel NAME                           cancels the campaign&apos;s jobs
  export NAME --out FILE.csv            one row per run (the dataset for train --csv and advise replay)
  propose NAME --budget-core-hours H [--vary nodes=...] [--vary cpu-freq=...] [--repeats N]
       [--cores-per-node N] [--name NEXT] [--save FILE.json] [--plan]
                                        active mode: the cells to measure next, where the 90% prediction
                                        intervals of energy are widest, within the budget

Workloads: sysbench-cpu, sysbench-memory, stress-ng-cpu (thermal soak), fio-randrw, hpcc-hpl and
hpcc-stream (HPC Challenge on every node separately; --problem-size N, default 5000), command (your own
command with --command, and a regular expression with one group for its figure of merit). --duration gives
the built-in workloads&apos; seconds of work (default 30). Defaults: 3 repeats, whole nodes (--exclusive; --shared
to share them), a 15 min time limit, the on-node sampler every 5 s, 2 retries of a run whose node failed.
Before the first submission, start checks every workload&apos;s programs (--program for your command) on the
nodes of one allocation (srun --immediate=60) and asks sbatch --test-only for every cell: a missing program
or a cell Slurm refuses stops the campaign before anything is submitted.
--stop-within PCT: stop repeating a cell once its mean energy is known within +-PCT% (95% interval, after
3 completed runs); the repeats not run are &apos;skipped&apos;.
Arrival mode (plan --from a file with &quot;arrival&quot;): Poisson job arrivals with day and night rates, bursts and
a mix of short, regular and long jobs, each submitted with --begin at its time (docs/campaign-format.md).
</source>
        <translation>Uso: energy-studio-cli [opciones globales] campaign SUBCOMMAND ...

Campañas de pruebas de rendimiento (benchmark): ejecuciones medidas de cargas de trabajo conocidas con configuraciones
conocidas, enviadas, seguidas y recolectadas por la aplicación, y seguras ante reinicios (se pueden interrumpir en cualquier momento y reanudar sin que se envíe nada dos veces).

  plan --profile P --name NAME --workload W [--workload W...] [--duration S] [--vary nodes=1,2]
       [--vary cpu-freq=low,high] [--repeats N] [--partition P] [--time-limit MIN] [--shared]
       [--sampler-interval S] [--max-retries N] [--seed N] [--command CMD --fom-regex RE --fom-unit U
       [--program NAME...]]
       [--stop-within PCT] [--save FILE.json]
                                        diseña la campaña, muestra su vista previa y la almacena
  plan --from FILE.json [--profile P]   lo mismo a partir de un archivo de campaña (docs/campaign-format.md)
  list                                  las campañas almacenadas
  start NAME | resume NAME [--wait] [--poll S] [--max-in-flight N] [--accept-new-host-key]
                                        envía lo que aún no se ha enviado, hace el seguimiento y lee los resultados
  status NAME [--offline]               consulta a Slurm (una llamada a squeue y otra a sacct) y lee las ejecuciones terminadas
  cancel NAME                           cancela los trabajos de la campaña
  export NAME --out FILE.csv            una fila por ejecución (el conjunto de datos para train --csv y advise replay)
  propose NAME --budget-core-hours H [--vary nodes=...] [--vary cpu-freq=...] [--repeats N]
       [--cores-per-node N] [--name NEXT] [--save FILE.json] [--plan]
                                        modo activo: las celdas que medir a continuación, donde los intervalos de
                                        predicción del 90 % de la energía son más anchos, dentro del presupuesto

Cargas de trabajo: sysbench-cpu, sysbench-memory, stress-ng-cpu (prueba térmica prolongada), fio-randrw, hpcc-hpl y
hpcc-stream (HPC Challenge en cada nodo por separado; --problem-size N, predeterminado: 5000), command (una orden propia
con --command y una expresión regular con un grupo para su figura de mérito). --duration indica los segundos de trabajo
de las cargas integradas (predeterminado: 30). Valores predeterminados: 3 repeticiones, nodos completos (--exclusive; --shared
para compartirlos), un límite de tiempo de 15 min, el muestreador en el nodo cada 5 s y 2 reintentos de una ejecución cuyo nodo falló.
Antes del primer envío, start comprueba los programas de cada carga de trabajo (--program para la orden propia) en los
nodos de una asignación (srun --immediate=60) y consulta sbatch --test-only para cada celda: un programa ausente
o una celda que Slurm rechace detiene la campaña antes de enviar nada.
--stop-within PCT: deja de repetir una celda en cuanto su energía media se conoce con un margen de +-PCT% (intervalo del 95 %, tras
3 ejecuciones completadas); las repeticiones no ejecutadas quedan como &apos;skipped&apos;.
Modo de llegadas (plan --from un archivo con &quot;arrival&quot;): llegadas de trabajos de Poisson con tasas de día y de
noche, ráfagas y una mezcla de trabajos cortos, normales y largos, cada uno enviado con --begin en su momento
(docs/campaign-format.md).
</translation>
    </message>
    <message>
        <source>campaign %1: %2 arrivals of %3 cells over %4 h of real time (%5 simulated h, %6 times faster)
</source>
        <translation>campaña %1: %2 llegadas de %3 celdas a lo largo de %4 h de tiempo real (%5 h simuladas, %6 veces más rápido)
</translation>
    </message>
    <message>
        <source>--vary %1: write nodes=1,2,4 or cpu-freq=low,high</source>
        <translation>--vary %1: escriba nodes=1,2,4 o cpu-freq=low,high</translation>
    </message>
    <message>
        <source>chosen  workload  nodes  cpu-freq  runs  energy (90% interval)  core-hours  why
</source>
        <translation>elegida  carga  nodos  frec-cpu  ejec.  energía (intervalo del 90 %)  horas-núcleo  motivo
</translation>
    </message>
    <message>
        <source>%1 kJ (%2 to %3)</source>
        <translation>%1 kJ (%2 a %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>campaign propose needs a campaign name and --budget-core-hours H above 0 (--repeats 1 to 1000)</source>
        <translation>campaign propose necesita el nombre de una campaña y --budget-core-hours H mayor que 0 (--repeats de 1 a 1000)</translation>
    </message>
    <message>
        <source>--cores-per-node takes a whole number from 1</source>
        <translation>--cores-per-node admite un número entero a partir de 1</translation>
    </message>
    <message>
        <source>no cell fits in %1 core-hours</source>
        <translation>ninguna celda cabe en %1 horas-núcleo</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] import swf|sacct|csv FILE... [options]

Imports job records into the store, one transaction per file: a file with a bad line is not imported at
all (the error names file:line), unless --skip-bad-lines is given. Importing the same data again changes
nothing.

  swf    Parallel Workloads Archive traces (.swf or .swf.gz)
  sacct  sacct --parsable2 (or --parsable) dumps, with a header line or (sacct -n) given --format;
         sacct&apos;s default fixed-width output (values it cut with &apos;+&apos; are left empty); sacct --json
  csv    per-job datasets, columns mapped by header name

Options:
  --cluster NAME       cluster the jobs belong to (default: the file name without extension)
  --skip-bad-lines     skip malformed lines, report them and their count
  --delimiter D        sacct: field delimiter, may be several characters (default: detected from
                       the header: ;|; | \x1f tab ; ,; | without one); csv: the separator character
  --format FIELDS      sacct: the fields of a dump without a header line, as sacct&apos;s --format listed
                       them (User,JobID,JobName,State,...; field widths are dropped); without JobID
                       every line is a job with an id made up from the line (noid-...), with a warning
  --tz ZONE            sacct: time zone of its timestamps, an IANA name or UTC (default UTC)
  --map COLUMN=FIELD   csv: map a column to a field (repeatable); fields: %1;
                       energy_kj, energy_wh, energy_kwh and duration_min, duration_h are scaled to J and s;
                       COLUMN=feature:NAME keeps a numeric column as the job feature NAME (a-z, 0-9, _),
                       COLUMN=feature as a feature named after the column (usable by train --feature
                       feature:NAME and the correlation explorer); COLUMN=ignore drops a column
  -h, --help           this help
</source>
        <translation>Uso: energy-studio-cli [opciones globales] import swf|sacct|csv FILE... [opciones]

Importa registros de trabajos en el almacén, una transacción por archivo: un archivo con una línea errónea no se
importa en absoluto (el error indica archivo:línea), salvo que se indique --skip-bad-lines. Importar de nuevo los
mismos datos no cambia nada.

  swf    trazas del Parallel Workloads Archive (.swf o .swf.gz)
  sacct  volcados de sacct --parsable2 (o --parsable), con línea de cabecera o (sacct -n) con --format;
         la salida predeterminada de ancho fijo de sacct (los valores que cortó con &apos;+&apos; se dejan vacíos); sacct --json
  csv    conjuntos de datos por trabajo, columnas asignadas por nombre de cabecera

Opciones:
  --cluster NAME       clúster al que pertenecen los trabajos (predeterminado: el nombre del archivo sin extensión)
  --skip-bad-lines     omite las líneas mal formadas e informa de ellas y de su número
  --delimiter D        sacct: delimitador de campo, puede tener varios caracteres (predeterminado: se detecta en
                       la cabecera: ;|; | \x1f tabulador ; ,; | si no la hay); csv: el carácter separador
  --format FIELDS      sacct: los campos de un volcado sin línea de cabecera, tal como los listó el --format
                       de sacct (User,JobID,JobName,State,...; se descartan los anchos de campo); sin JobID,
                       cada línea es un trabajo con un id inventado a partir de la línea (noid-...), con un aviso
  --tz ZONE            sacct: zona horaria de sus marcas de tiempo, un nombre IANA o UTC (predeterminado: UTC)
  --map COLUMN=FIELD   csv: asigna una columna a un campo (repetible); campos: %1;
                       energy_kj, energy_wh, energy_kwh y duration_min, duration_h se convierten a J y s;
                       COLUMN=feature:NAME conserva una columna numérica como la variable de trabajo NAME (a-z, 0-9, _),
                       COLUMN=feature, como una variable con el nombre de la columna (utilizable por train --feature
                       feature:NAME y por el explorador de correlaciones); COLUMN=ignore descarta una columna
  -h, --help           esta ayuda
</translation>
    </message>
</context>
<context>
    <name>es::ClusterProfile</name>
    <message>
        <source>a profile needs a name and a host</source>
        <translation>un perfil necesita un nombre y un host</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>el puerto %1 está fuera de rango</translation>
    </message>
    <message>
        <source>cannot save profile %1: %2</source>
        <translation>no se puede guardar el perfil %1: %2</translation>
    </message>
    <message>
        <source>cannot remove profile %1: %2</source>
        <translation>no se puede eliminar el perfil %1: %2</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>no hay ningún perfil llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read profile %1: %2</source>
        <translation>no se puede leer el perfil %1: %2</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; (see: profile list)</source>
        <translation>no hay ningún perfil llamado &apos;%1&apos; (véase: profile list)</translation>
    </message>
    <message>
        <source>cannot list profiles: %1</source>
        <translation>no se pueden listar los perfiles: %1</translation>
    </message>
</context>
<context>
    <name>es::ClusterTransaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>no write in progress</source>
        <translation>no hay ninguna escritura en curso</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>no se puede confirmar: %1</translation>
    </message>
</context>
<context>
    <name>es::ClustersDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Node samples</source>
        <translation>Muestras de nodos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Each import or harvest stores its jobs under a cluster name. Rename a cluster, or delete one with everything stored about it (profiles and models are kept).</source>
        <translation>Cada importación o recolección almacena sus trabajos con un nombre de clúster. Aquí se puede renombrar un clúster o eliminarlo junto con todo lo almacenado sobre él (los perfiles y los modelos se conservan).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The store holds no cluster.</source>
        <translation>El almacén no contiene ningún clúster.</translation>
    </message>
    <message>
        <source>Rename Cluster</source>
        <translation>Renombrar clúster</translation>
    </message>
    <message>
        <source>New name of cluster %1:</source>
        <translation>Nuevo nombre del clúster %1:</translation>
    </message>
    <message>
        <source>Delete cluster &lt;b&gt;%1&lt;/b&gt; and everything stored about it: %2 jobs, %3 nodes, %4 node samples, %5 events, %6 pieces of advice and %7 campaigns?&lt;br&gt;This cannot be undone.</source>
        <translation>¿Eliminar el clúster &lt;b&gt;%1&lt;/b&gt; y todo lo almacenado sobre él: %2 trabajos, %3 nodos, %4 muestras de nodos, %5 eventos, %6 recomendaciones y %7 campañas?&lt;br&gt;Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete Cluster</source>
        <translation>Eliminar clúster</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Renaming %1…</source>
        <translation>Renombrando %1…</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>Se ha renombrado %1 como %2.</translation>
    </message>
    <message>
        <source>Profile(s) %1 harvest into &quot;%2&quot;: their next harvest stores there again.</source>
        <translation>Perfiles que recolectan en &quot;%2&quot;: %1; su próxima recolección volverá a almacenar datos allí.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
    <message>
        <source>Deleted %1 and its %2 jobs.</source>
        <translation>Se han eliminado %1 y sus %2 trabajos.</translation>
    </message>
</context>
<context>
    <name>es::ConnectionsView</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Connect and harvest</source>
        <translation>&amp;Conectar y recolectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Harvest every</source>
        <translation>Recolectar cada</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>login.cluster.example.org or a ~/.ssh/config alias</source>
        <translation>login.cluster.example.org o un alias de ~/.ssh/config</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else yours</source>
        <translation>de ~/.ssh/config o, si no, el usuario local</translation>
    </message>
    <message>
        <source>SSH agent and default keys</source>
        <translation>Agente SSH y claves predeterminadas</translation>
    </message>
    <message>
        <source>bastion host, if the cluster is behind one</source>
        <translation>host bastión, si el clúster está detrás de uno</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>the profile&apos;s name</source>
        <translation>el nombre del perfil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Head node:</source>
        <translation>Nodo de acceso:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Archivo de clave:</translation>
    </message>
    <message>
        <source>Jump host:</source>
        <translation>Host de salto:</translation>
    </message>
    <message>
        <source>Known hosts:</source>
        <translation>Hosts conocidos:</translation>
    </message>
    <message>
        <source>Store as cluster:</source>
        <translation>Almacenar como clúster:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Add a cluster: its head node, then Save and Connect.</source>
        <translation>Para añadir un clúster: indicar su nodo de acceso y, después, pulsar Guardar y Conectar.</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>Perfil %1 guardado.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Remove the profile %1? Its jobs stay in the store.</source>
        <translation>¿Eliminar el perfil %1? Sus trabajos permanecen en el almacén.</translation>
    </message>
    <message>
        <source>Profile %1 removed.</source>
        <translation>Perfil %1 eliminado.</translation>
    </message>
    <message>
        <source>A cluster needs a name and a head node.</source>
        <translation>Un clúster necesita un nombre y un nodo de acceso.</translation>
    </message>
    <message>
        <source>%1 (%2 lines)…</source>
        <translation>%1 (%2 líneas)…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2). Last harvest %3: %4 jobs (%5 new, %6 updated, %7 unchanged), %8 nodes.</source>
        <translation>Conectado a %1 (%2). Última recolección %3: %4 trabajos (%5 nuevos, %6 actualizados, %7 sin cambios), %8 nodos.</translation>
    </message>
    <message>
        <source>Harvest failed %1: %2</source>
        <translation>Error en la recolección %1: %2</translation>
    </message>
</context>
<context>
    <name>es::CorrelationLoader</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation>No se pueden leer los trabajos: %1</translation>
    </message>
</context>
<context>
    <name>es::CorrelationMatrixPlot</name>
    <message>
        <source>%1 vs %2
r = %3, n = %4
Click to plot this pair.</source>
        <translation>%1 frente a %2
r = %3, n = %4
Hacer clic para representar este par.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>No numeric fields with data to correlate</source>
        <translation>No hay campos numéricos con datos para correlacionar</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>r de Pearson</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>es::CorrelationScatterPlot</name>
    <message>
        <source>Computing statistics…</source>
        <translation>Calculando estadísticas…</translation>
    </message>
    <message>
        <source>r = %1   ρ = %2   R² = %3   n = %4</source>
        <translation>r = %1   ρ = %2   R² = %3   n = %4</translation>
    </message>
    <message>
        <source>y = %1 + %2 · x</source>
        <translation>y = %1 + %2 · x</translation>
    </message>
    <message>
        <source>Least-squares fit</source>
        <translation>Ajuste por mínimos cuadrados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Otros (%1)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Jobs per cell</source>
        <translation>Trabajos por celda</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in this cell</source>
        <translation>
            <numerusform>%n trabajo en esta celda</numerusform>
            <numerusform>%n trabajos en esta celda</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 — %2
%3: %4
%5: %6</source>
        <translation>Trabajo %1 — %2
%3: %4
%5: %6</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>es::CorrelationView</name>
    <message>
        <source>Log &amp;X</source>
        <translation>&amp;X logarítmico</translation>
    </message>
    <message>
        <source>Log &amp;Y</source>
        <translation>&amp;Y logarítmico</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Intercambiar</translation>
    </message>
    <message>
        <source>Exchange the X and Y quantities</source>
        <translation>Intercambiar las magnitudes X e Y</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Scatter Plot…</source>
        <translation>Diagrama de dispersión…</translation>
    </message>
    <message>
        <source>Correlation Matrix…</source>
        <translation>Matriz de correlación…</translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation>&amp;X:</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Colorear por:</translation>
    </message>
    <message>
        <source>Drag a rectangle on the scatter plot to list its jobs here.</source>
        <translation>Arrastrar un rectángulo sobre el diagrama de dispersión para listar aquí sus trabajos.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) selected</source>
        <translation>
            <numerusform>%n trabajo seleccionado</numerusform>
            <numerusform>%n trabajos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Cargando trabajos…</translation>
    </message>
    <message>
        <source>%1 of %2 jobs plotted</source>
        <translation>%1 de %2 trabajos representados</translation>
    </message>
    <message>
        <source> (density view)</source>
        <translation> (vista de densidad)</translation>
    </message>
    <message>
        <source>Pearson correlation of the jobs&apos; numeric fields</source>
        <translation>Correlación de Pearson de los campos numéricos de los trabajos</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 trabajos</translation>
    </message>
</context>
<context>
    <name>es::CsvExporter</name>
    <message>
        <source>cannot prepare the export: %1</source>
        <translation>no se puede preparar la exportación: %1</translation>
    </message>
    <message>
        <source>export query failed: %1</source>
        <translation>la consulta de exportación falló: %1</translation>
    </message>
    <message>
        <source>export cancelled after %1 rows</source>
        <translation>exportación cancelada tras %1 filas</translation>
    </message>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation>no se puede escribir el CSV: %1</translation>
    </message>
</context>
<context>
    <name>es::CsvReader</name>
    <message>
        <source>unterminated quoted field</source>
        <translation>campo entre comillas sin terminar</translation>
    </message>
    <message>
        <source>unterminated quoted field at the end of the file</source>
        <translation>campo entre comillas sin terminar al final del archivo</translation>
    </message>
    <message>
        <source>unterminated quoted field (over 10000 lines or %1 MiB)</source>
        <translation>campo entre comillas sin terminar (más de 10000 líneas o %1 MiB)</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote in field %1</source>
        <translation>carácter inesperado tras las comillas de cierre en el campo %1</translation>
    </message>
</context>
<context>
    <name>es::DashboardActions</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Deriving job metrics…</source>
        <translation>Derivando métricas de los trabajos…</translation>
    </message>
    <message>
        <source>Checking alerts…</source>
        <translation>Comprobando alertas…</translation>
    </message>
</context>
<context>
    <name>es::DashboardFlowPanels</name>
    <message>
        <source>Day (UTC)</source>
        <translation>Día (UTC)</translation>
    </message>
    <message>
        <source>No queue wait: no job of this selection has both a submit and a start time.</source>
        <translation>Sin espera en cola: ningún trabajo de esta selección tiene a la vez hora de envío y hora de inicio.</translation>
    </message>
    <message>
        <source>Queue wait per day (h), p90 dashed</source>
        <translation>Espera en cola por día (h), p90 en discontinua</translation>
    </message>
    <message>
        <source>Queue wait per day (min), p90 dashed</source>
        <translation>Espera en cola por día (min), p90 en discontinua</translation>
    </message>
    <message>
        <source>Wait (h)</source>
        <translation>Espera (h)</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>Espera (min)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n day(s) above</source>
        <translation>
            <numerusform>%1; %n día por encima</numerusform>
            <numerusform>%1; %n días por encima</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 p90</source>
        <translation>%1 p90</translation>
    </message>
    <message>
        <source>No throughput: no job of this selection has ended.</source>
        <translation>Sin datos de productividad: ningún trabajo de esta selección ha terminado.</translation>
    </message>
    <message>
        <source>Throughput: jobs ended and node-hours per day</source>
        <translation>Productividad: trabajos terminados y horas-nodo por día</translation>
    </message>
    <message>
        <source>Throughput: jobs ended per day (no node counts)</source>
        <translation>Productividad: trabajos terminados por día (sin recuento de nodos)</translation>
    </message>
    <message>
        <source>Jobs ended</source>
        <translation>Trabajos terminados</translation>
    </message>
    <message>
        <source>Node-hours</source>
        <translation>Horas-nodo</translation>
    </message>
    <message>
        <source>No failure share: no ended job of this selection has a state.</source>
        <translation>Sin datos de fallos: ningún trabajo terminado de esta selección tiene estado.</translation>
    </message>
    <message>
        <source>Failed jobs per partition (%)</source>
        <translation>Trabajos fallidos por partición (%)</translation>
    </message>
    <message>
        <source>FAILED, NODE_FAIL, OUT_OF_MEMORY and TIMEOUT among the ended jobs with a state; a job without a partition counts under its QoS (an SWF trace&apos;s queue)</source>
        <translation>FAILED, NODE_FAIL, OUT_OF_MEMORY y TIMEOUT entre los trabajos terminados con estado; un trabajo sin partición cuenta en su QoS (la cola de una traza SWF)</translation>
    </message>
    <message>
        <source>Failed (%)</source>
        <translation>Fallidos (%)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>%1 (%2 jobs)</source>
        <translation>%1 (%2 trabajos)</translation>
    </message>
</context>
<context>
    <name>es::DashboardLoader</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <source>Cannot read the jobs and events: %1</source>
        <translation>No se pueden leer los trabajos y los eventos: %1</translation>
    </message>
</context>
<context>
    <name>es::DashboardView</name>
    <message>
        <source>Job ID</source>
        <translation>ID de trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Top %1 jobs by energy</source>
        <translation>Los %1 trabajos con más energía</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Cargando el panel…</translation>
    </message>
    <message>
        <source>No jobs yet. Import a Slurm sacct dump, an SWF trace or a CSV dataset with File → Import…, or harvest a cluster.</source>
        <translation>Aún no hay trabajos. Importar un volcado de sacct de Slurm, una traza SWF o un conjunto de datos CSV con Archivo → Importar…, o recolectar un clúster.</translation>
    </message>
    <message>
        <source>No jobs match the filter. Change or clear the filter above.</source>
        <translation>Ningún trabajo coincide con el filtro. Cambiar o borrar el filtro de arriba.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>trabajos</translation>
    </message>
    <message>
        <source>measured, %1 % estimated</source>
        <translation>medida, %1 % estimada</translation>
    </message>
    <message>
        <source>measured, %1 % estimated, %2 % of unknown source</source>
        <translation>medida, %1 % estimada, %2 % de origen desconocido</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>measured vs estimated</source>
        <translation>medida frente a estimada</translation>
    </message>
    <message>
        <source>Measured: Slurm accounting, energy counters or the imported dataset. Estimated: derived from a power model.</source>
        <translation>Medida: contabilidad de Slurm, contadores de energía o el conjunto de datos importado. Estimada: derivada de un modelo de potencia.</translation>
    </message>
    <message>
        <source>jobs with energy (%1 %)</source>
        <translation>trabajos con energía (%1 %)</translation>
    </message>
    <message>
        <source>jobs with energy</source>
        <translation>trabajos con energía</translation>
    </message>
    <message>
        <source>Other (%1 jobs)</source>
        <translation>Otros (%1 trabajos)</translation>
    </message>
    <message>
        <source>Jobs per day (UTC)</source>
        <translation>Trabajos por día (UTC)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Día (UTC)</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Clúster %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Energía (%1)</translation>
    </message>
    <message>
        <source>Jobs per day (UTC)&lt;br&gt;&lt;small&gt;None: no job of this selection has a submit time.&lt;/small&gt;</source>
        <translation>Trabajos por día (UTC)&lt;br&gt;&lt;small&gt;Ninguno: ningún trabajo de esta selección tiene hora de envío.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Thermal events per day (UTC)</source>
        <translation>Eventos térmicos por día (UTC)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Derive metrics</source>
        <translation>Derivar métricas</translation>
    </message>
    <message>
        <source>Check alerts</source>
        <translation>Comprobar alertas</translation>
    </message>
    <message>
        <source>Per-job temperature, frequency, utilisation and energy from the node samples: Slurm&apos;s measured energy, else node meters, else a power model (an estimate).</source>
        <translation>Temperatura, frecuencia, utilización y energía por trabajo a partir de las muestras de nodos: la energía medida por Slurm; si no, los medidores de los nodos; si no, un modelo de potencia (una estimación).</translation>
    </message>
    <message>
        <source>Evaluates the thermal, energy, failure and memory alerts over every stored sample and job, as the Alerts tab does.</source>
        <translation>Evalúa las alertas térmicas, de energía, de fallos y de memoria sobre todas las muestras y trabajos almacenados, como hace la pestaña Alertas.</translation>
    </message>
    <message>
        <source>No energy data yet: harvest a cluster with energy accounting, or derive per-job energy from the node samples.</source>
        <translation>Aún no hay datos de energía: recolectar un clúster con contabilidad de energía o derivar la energía por trabajo a partir de las muestras de nodos.</translation>
    </message>
    <message>
        <source>Energy by partition</source>
        <translation>Energía por partición</translation>
    </message>
    <message>
        <source>Energy by user, top %1</source>
        <translation>Energía por usuario, los %1 primeros</translation>
    </message>
    <message>
        <source>Energy by job type</source>
        <translation>Energía por tipo de trabajo</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>No thermal events</source>
        <translation>No hay eventos térmicos</translation>
    </message>
    <message>
        <source>No node reached its warning or critical temperature in this range, or the alerts were not checked since the node metrics arrived.</source>
        <translation>Ningún nodo alcanzó su temperatura de aviso o crítica en este rango, o no se han comprobado las alertas desde que llegaron las métricas de los nodos.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n thermal event(s)</source>
        <translation>
            <numerusform>%n evento térmico</numerusform>
            <numerusform>%n eventos térmicos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown node</source>
        <translation>un nodo desconocido</translation>
    </message>
    <message>
        <source>%1, hottest %2 °C on %3</source>
        <translation>%1, máxima de %2 °C en %3</translation>
    </message>
    <message>
        <source>Hottest node in cluster %1</source>
        <translation>Nodo más caliente del clúster %1</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>%1 J</source>
        <translation>%1 J</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimada</translation>
    </message>
    <message>
        <source>No energy source recorded</source>
        <translation>No se ha registrado el origen de la energía</translation>
    </message>
    <message>
        <source>Energy source: %1</source>
        <translation>Origen de la energía: %1</translation>
    </message>
</context>
<context>
    <name>es::DatasetCsvColumns</name>
    <message>
        <source>%1: --map %2=%3: a feature name is 1 to 64 of a-z, 0-9 and _</source>
        <translation>%1: --map %2=%3: un nombre de variable consta de 1 a 64 caracteres entre a-z, 0-9 y _</translation>
    </message>
    <message>
        <source>%1: two columns are mapped to the feature &apos;%2&apos;</source>
        <translation>%1: hay dos columnas asignadas a la variable &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --map %2=%3: unknown field (known: %4, feature:NAME, ignore)</source>
        <translation>%1: --map %2=%3: campo desconocido (conocidos: %4, feature:NAME, ignore)</translation>
    </message>
    <message>
        <source>%1: --map names the column &apos;%2&apos;, which the header does not have</source>
        <translation>%1: --map nombra la columna &apos;%2&apos;, que no figura en la cabecera</translation>
    </message>
    <message>
        <source>%1:%2: no job id column (name one job_id, or map one with --map COLUMN=job_id)</source>
        <translation>%1:%2: no hay columna de id de trabajo (llamar job_id a una o asignar una con --map COLUMN=job_id)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is out of range</source>
        <translation>columna &apos;%1&apos;: &apos;%2&apos; está fuera de rango</translation>
    </message>
    <message>
        <source>empty job id</source>
        <translation>id de trabajo vacío</translation>
    </message>
    <message>
        <source>duration %1 s is out of range</source>
        <translation>la duración %1 s está fuera de rango</translation>
    </message>
    <message>
        <source>start %1 + duration %2 s is past the latest time accepted</source>
        <translation>el inicio %1 + la duración %2 s supera la última hora admitida</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: not a number: &apos;%2&apos;</source>
        <translation>columna &apos;%1&apos;: no es un número: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: time &apos;%2&apos; is out of range</source>
        <translation>columna &apos;%1&apos;: la hora &apos;%2&apos; está fuera de rango</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: not a time: &apos;%2&apos;</source>
        <translation>columna &apos;%1&apos;: no es una hora: &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>es::DateTimeField</name>
    <message>
        <source>Pick a day from a calendar</source>
        <translation>Elegir un día en un calendario</translation>
    </message>
    <message>
        <source>Not a date: type it as YYYY-MM-DD or YYYY-MM-DD HH:MM (%1, from 1970). Until then the value stays %2.</source>
        <translation>No es una fecha: escribirla como YYYY-MM-DD o YYYY-MM-DD HH:MM (%1, desde 1970). Hasta entonces, el valor sigue siendo %2.</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>hora local</translation>
    </message>
</context>
<context>
    <name>es::EnergyFormat</name>
    <message>
        <source>&amp;Energy Unit</source>
        <translation>Unidad de &amp;energía</translation>
    </message>
    <message>
        <source>The unit of energy in every tab&apos;s tables, charts and details</source>
        <translation>La unidad de energía en las tablas, gráficos y detalles de todas las pestañas</translation>
    </message>
    <message>
        <source>Automatic (J/kJ/MJ/GJ)</source>
        <translation>Automática (J/kJ/MJ/GJ)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>es::ExportWorker</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the export: %1</source>
        <translation>No se puede preparar la exportación: %1</translation>
    </message>
    <message>
        <source>The export query failed: %1</source>
        <translation>La consulta de exportación falló: %1</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written</source>
        <translation>Exportación cancelada; no se ha escrito %1</translation>
    </message>
    <message>
        <source>Reading the jobs failed: %1</source>
        <translation>La lectura de los trabajos falló: %1</translation>
    </message>
</context>
<context>
    <name>es::FailureRateEvaluator</name>
    <message>
        <source>node %1 of %2: %3 of %4 jobs in partition %5 failed (%6), against %7 of %8 of the partition&apos;s other jobs (%9)</source>
        <translation>nodo %1 de %2: fallaron %3 de %4 trabajos en la partición %5 (%6), frente a %7 de %8 de los demás trabajos de la partición (%9)</translation>
    </message>
    <message>
        <source>%1 of %2: %3 of %4 jobs failed in the window (%5, threshold %6)</source>
        <translation>%1 de %2: fallaron %3 de %4 trabajos en la ventana (%5, umbral %6)</translation>
    </message>
</context>
<context>
    <name>es::GuiSshPrompter</name>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>Passphrase of the private key %1:</source>
        <translation>Frase de contraseña de la clave privada %1:</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Contraseña SSH</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clave de host desconocida</translation>
    </message>
    <message>
        <source>The authenticity of %1 (port %2) cannot be established.</source>
        <translation>No se puede establecer la autenticidad de %1 (puerto %2).</translation>
    </message>
    <message>
        <source>Its %1 key fingerprint is
%2

Compare it with the one your cluster&apos;s administrators publish. Trust this key and remember it?</source>
        <translation>Su huella de clave %1 es
%2

Compararla con la que publican los administradores del clúster. ¿Confiar en esta clave y recordarla?</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
</context>
<context>
    <name>es::GzipReader</name>
    <message>
        <source>cannot start the gzip decompressor</source>
        <translation>no se puede iniciar el descompresor gzip</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>error de lectura: %1</translation>
    </message>
    <message>
        <source>corrupt gzip file: %1 bytes after the end of the compressed data are not another gzip member</source>
        <translation>archivo gzip dañado: los %1 bytes tras el final de los datos comprimidos no son otro miembro gzip</translation>
    </message>
    <message>
        <source>empty file where gzip data was expected</source>
        <translation>archivo vacío donde se esperaban datos gzip</translation>
    </message>
    <message>
        <source>truncated gzip file: it ends before the end of the compressed data and its CRC-32/length trailer (an interrupted download or copy?)</source>
        <translation>archivo gzip truncado: termina antes del final de los datos comprimidos y de su bloque final CRC-32/longitud (¿una descarga o copia interrumpida?)</translation>
    </message>
    <message>
        <source>corrupt gzip file: %1</source>
        <translation>archivo gzip dañado: %1</translation>
    </message>
</context>
<context>
    <name>es::HarvestWorker</name>
    <message>
        <source>connecting to %1</source>
        <translation>conectando con %1</translation>
    </message>
</context>
<context>
    <name>es::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to import, harvest, model, advise and run campaigns, step by step</source>
        <translation>Cómo importar, recolectar, modelar, obtener recomendaciones y ejecutar campañas, paso a paso</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About HPC Energy Studio</source>
        <translation>&amp;Acerca de HPC Energy Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPC Energy Studio %1&lt;/h3&gt;&lt;p&gt;What HPC jobs cost in energy and heat, and where, when and how to run them for less.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), libssh %4, dlib %5, SQLite %6, QCustomPlot (GPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HPC Energy Studio %1&lt;/h3&gt;&lt;p&gt;Lo que cuestan los trabajos HPC en energía y calor, y dónde, cuándo y cómo ejecutarlos gastando menos.&lt;/p&gt;&lt;p&gt;Licencia: GNU General Public License, versión 3 o posterior (GPL-3.0-or-later). Este programa se ofrece SIN NINGUNA GARANTÍA.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 (en ejecución sobre %3), libssh %4, dlib %5, SQLite %6, QCustomPlot (GPL-3.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is missing from this build (docs/USER_GUIDE.md).</source>
        <translation>Esta compilación no incluye la guía del usuario (docs/USER_GUIDE.md).</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About HPC Energy Studio</source>
        <translation>Acerca de HPC Energy Studio</translation>
    </message>
</context>
<context>
    <name>es::Hostlist</name>
    <message>
        <source>empty host name</source>
        <translation>nombre de host vacío</translation>
    </message>
    <message>
        <source>the host list names more than %1 hosts</source>
        <translation>la lista de hosts nombra más de %1 hosts</translation>
    </message>
    <message>
        <source>empty host name after &apos;,&apos;</source>
        <translation>nombre de host vacío tras &apos;,&apos;</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>posición %1: %2</translation>
    </message>
    <message>
        <source>unterminated &apos;[&apos;</source>
        <translation>&apos;[&apos; sin cerrar</translation>
    </message>
    <message>
        <source>expected a number, found &apos;%1&apos;</source>
        <translation>se esperaba un número y se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>number too long</source>
        <translation>número demasiado largo</translation>
    </message>
    <message>
        <source>range %1-%2 goes backwards</source>
        <translation>el rango %1-%2 va hacia atrás</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; inside brackets</source>
        <translation>&apos;%1&apos; inesperado dentro de los corchetes</translation>
    </message>
    <message>
        <source>&apos;]&apos; without &apos;[&apos;</source>
        <translation>&apos;]&apos; sin &apos;[&apos;</translation>
    </message>
</context>
<context>
    <name>es::ImportFilePage</name>
    <message>
        <source>Skip bad lines (otherwise the first bad line stops the import)</source>
        <translation>Omitir las líneas erróneas (si no, la primera línea errónea detiene la importación)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>What to import: a CSV dataset (one job per line), a Slurm sacct dump or an SWF trace.</source>
        <translation>Qué importar: un conjunto de datos CSV (un trabajo por línea), un volcado de sacct de Slurm o una traza SWF.</translation>
    </message>
    <message>
        <source>Standard Workload Format trace (.swf, .swf.gz)</source>
        <translation>Traza en Standard Workload Format (.swf, .swf.gz)</translation>
    </message>
    <message>
        <source>CSV dataset, one job per line</source>
        <translation>Conjunto de datos CSV, un trabajo por línea</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>el nombre del archivo</translation>
    </message>
    <message>
        <source>The time zone of the timestamps in an sacct dump: an IANA name such as Europe/Berlin</source>
        <translation>La zona horaria de las marcas de tiempo de un volcado de sacct: un nombre IANA como Europe/Berlin</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>&amp;Cluster name:</source>
        <translation>Nombre del &amp;clúster:</translation>
    </message>
    <message>
        <source>sacct &amp;time zone:</source>
        <translation>&amp;Zona horaria de sacct:</translation>
    </message>
    <message>
        <source>SWF traces (*.swf *.swf.gz)</source>
        <translation>Trazas SWF (*.swf *.swf.gz)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.tsv *.txt)</source>
        <translation>Archivos CSV (*.csv *.csv.gz *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Import Jobs</source>
        <translation>Importar trabajos</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Slurm sacct output (--parsable2, sacct -n, fixed-width or --json)</source>
        <translation>Salida de sacct de Slurm (--parsable2, sacct -n, ancho fijo o --json)</translation>
    </message>
    <message>
        <source>only for a dump without a header line: its --format, e.g. User,JobID,State</source>
        <translation>solo para un volcado sin línea de cabecera: su --format, p. ej. User,JobID,State</translation>
    </message>
    <message>
        <source>The fields of a sacct -n dump, as its --format listed them (widths are dropped)</source>
        <translation>Los campos de un volcado de sacct -n, tal como los listó su --format (se descartan los anchos)</translation>
    </message>
    <message>
        <source>sacct fi&amp;elds:</source>
        <translation>Camp&amp;os de sacct:</translation>
    </message>
    <message>
        <source>sacct output (*.txt *.psv *.sacct *.log *.out *.json)</source>
        <translation>Salida de sacct (*.txt *.psv *.sacct *.log *.out *.json)</translation>
    </message>
</context>
<context>
    <name>es::ImportMappingPage</name>
    <message>
        <source>&amp;Automatic matching</source>
        <translation>&amp;Correspondencia automática</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>What each column is. Energies and durations are stored in J and s: choose the unit of the file. Columns kept as features are stored per job and can be used by models (train --features feature:NAME).</source>
        <translation>Qué es cada columna. Las energías y las duraciones se almacenan en J y s: elegir la unidad del archivo. Las columnas conservadas como variables se almacenan por trabajo y los modelos pueden usarlas (train --features feature:NAME).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Forget the saved mapping&apos;s choices and match the columns by name</source>
        <translation>Olvidar las elecciones de la asignación guardada y hacer corresponder las columnas por nombre</translation>
    </message>
    <message>
        <source>The mapping saved for this header was applied.</source>
        <translation>Se ha aplicado la asignación guardada para esta cabecera.</translation>
    </message>
    <message>
        <source>Columns matched by name; numeric columns that match no field are kept as features.</source>
        <translation>Columnas emparejadas por nombre; las columnas numéricas que no corresponden a ningún campo se conservan como variables.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>keep as feature</source>
        <translation>conservar como variable</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>Leyendo las columnas…</translation>
    </message>
    <message>
        <source>The columns %1 and %2 would both be the feature %3.</source>
        <translation>Las columnas %1 y %2 serían ambas la variable %3.</translation>
    </message>
    <message>
        <source>The columns %1 and %2 are both imported as %3.</source>
        <translation>Las columnas %1 y %2 se importan ambas como %3.</translation>
    </message>
    <message>
        <source>No column is the job id: choose job_id for one.</source>
        <translation>Ninguna columna es el id de trabajo: elegir job_id para una.</translation>
    </message>
</context>
<context>
    <name>es::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>The first %1 rows of %2.</source>
        <translation>Las primeras %1 filas de %2.</translation>
    </message>
    <message>
        <source>%1 columns, %2 rows shown, separated by %3.</source>
        <translation>%1 columnas, %2 filas mostradas, separadas por %3.</translation>
    </message>
    <message>
        <source>Rows that do not match the header: %1%2. Choose another separator, or skip bad lines on the first page.</source>
        <translation>Filas que no coinciden con la cabecera: %1%2. Elegir otro separador u omitir las líneas erróneas en la primera página.</translation>
    </message>
    <message>
        <source>Only one column: is the separator right?</source>
        <translation>Solo hay una columna: ¿es correcto el separador?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>es::ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Import merges: jobs already stored get the values given here and keep the others. A file with a bad line is not imported at all unless bad lines are skipped.</source>
        <translation>La importación fusiona: los trabajos ya almacenados toman los valores indicados aquí y conservan los demás. Un archivo con una línea errónea no se importa en absoluto, salvo que se omitan las líneas erróneas.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Archivos: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Clúster: %1</translation>
    </message>
    <message>
        <source>named after each file</source>
        <translation>con el nombre de cada archivo</translation>
    </message>
    <message>
        <source>Bad lines are skipped and listed.</source>
        <translation>Las líneas erróneas se omiten y se listan.</translation>
    </message>
    <message>
        <source>The first bad line stops the import of its file.</source>
        <translation>La primera línea errónea detiene la importación de su archivo.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation>Separador: %1</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Campos: %1</translation>
    </message>
    <message>
        <source>Kept as features: %1</source>
        <translation>Conservadas como variables: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoradas: %1</translation>
    </message>
    <message>
        <source>The mapping is saved for files with the same header.</source>
        <translation>La asignación se guarda para los archivos con la misma cabecera.</translation>
    </message>
</context>
<context>
    <name>es::ImportWizard</name>
    <message>
        <source>Import Jobs</source>
        <translation>Importar trabajos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>es::ImportWorker</name>
    <message>
        <source>%1: cluster %2: %3 jobs (%4 new, %5 updated, %6 unchanged), %7 lines skipped.</source>
        <translation>%1: clúster %2: %3 trabajos (%4 nuevos, %5 actualizados, %6 sin cambios), %7 líneas omitidas.</translation>
    </message>
    <message numerus="yes">
        <source>%1: conflict: %n job(s) had a different energy stored; the file&apos;s value replaced it.</source>
        <translation>
            <numerusform>%1: conflicto: %n trabajo tenía almacenada una energía distinta; el valor del archivo la ha sustituido.</numerusform>
            <numerusform>%1: conflicto: %n trabajos tenían almacenada una energía distinta; el valor del archivo la ha sustituido.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 job feature values (%3 new or changed).</source>
        <translation>%1: %2 valores de variables de trabajos (%3 nuevos o modificados).</translation>
    </message>
    <message>
        <source>%1: columns not imported (no mapping): %2</source>
        <translation>%1: columnas no importadas (sin asignación): %2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Se ha cancelado la importación.</translation>
    </message>
</context>
<context>
    <name>es::Importer</name>
    <message>
        <source>%1: import cancelled, nothing was stored</source>
        <translation>%1: importación cancelada, no se ha almacenado nada</translation>
    </message>
    <message>
        <source>%1: cannot record the import: %2</source>
        <translation>%1: no se puede registrar la importación: %2</translation>
    </message>
    <message>
        <source>%1: a CSV separator is one character, not &apos;%2&apos;</source>
        <translation>%1: un separador CSV es un solo carácter, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: empty file, no header line</source>
        <translation>%1: archivo vacío, sin línea de cabecera</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 campos, la cabecera tiene %2</translation>
    </message>
</context>
<context>
    <name>es::JobColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Show &amp;All Columns</source>
        <translation>Mostrar &amp;todas las columnas</translation>
    </message>
</context>
<context>
    <name>es::JobDetailDialog</name>
    <message>
        <source>Job Details</source>
        <translation>Detalles del trabajo</translation>
    </message>
    <message>
        <source>Job %1 — Details</source>
        <translation>Trabajo %1 — Detalles</translation>
    </message>
    <message>
        <source>Loading the job…</source>
        <translation>Cargando el trabajo…</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Energy and node metrics</source>
        <translation>Energía y métricas de nodos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>Cannot show the job: %1</source>
        <translation>No se puede mostrar el trabajo: %1</translation>
    </message>
    <message>
        <source>Job %1 on %2 — Details</source>
        <translation>Trabajo %1 en %2 — Detalles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trabajo %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> “%1”</source>
        <translation> “%1”</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source> on cluster %1</source>
        <translation> en el clúster %1</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>No energy recorded for this job: neither its accounting nor its nodes&apos; samples give one.</source>
        <translation>No hay energía registrada para este trabajo: ni su contabilidad ni las muestras de sus nodos la proporcionan.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The accounting says %1 (%2).</source>
        <translation>&lt;br&gt;La contabilidad indica %1 (%2).</translation>
    </message>
    <message>
        <source>No node metrics: they are derived from node samples over the job&apos;s run, by a harvest with samples or the Dashboard&apos;s Derive metrics.</source>
        <translation>No hay métricas de nodos: se derivan de las muestras de los nodos durante la ejecución del trabajo, mediante una recolección con muestras o con Derivar métricas del Panel.</translation>
    </message>
    <message>
        <source>Steps (%1)</source>
        <translation>Pasos (%1)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicho</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The job&apos;s value now: none was recorded with the prediction</source>
        <translation>El valor actual del trabajo: no se registró ninguno con la predicción</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Predictions (%1)</source>
        <translation>Predicciones (%1)</translation>
    </message>
    <message>
        <source>The node list cannot be read (%1), so there are no node samples to show.</source>
        <translation>No se puede leer la lista de nodos (%1), así que no hay muestras de nodos que mostrar.</translation>
    </message>
    <message>
        <source>The job has no node list: its nodes&apos; samples cannot be shown.</source>
        <translation>El trabajo no tiene lista de nodos: no se pueden mostrar las muestras de sus nodos.</translation>
    </message>
    <message>
        <source>None of the job&apos;s nodes (%1) is in the store&apos;s node list.</source>
        <translation>Ninguno de los nodos del trabajo (%1) está en la lista de nodos del almacén.</translation>
    </message>
    <message>
        <source>The job has no start time: there is no run to show samples of.</source>
        <translation>El trabajo no tiene hora de inicio: no hay ninguna ejecución de la que mostrar muestras.</translation>
    </message>
    <message>
        <source>No samples of the job&apos;s nodes (%1) from %2 to %3.</source>
        <translation>No hay muestras de los nodos del trabajo (%1) entre %2 y %3.</translation>
    </message>
</context>
<context>
    <name>es::JobDetailLoader</name>
    <message>
        <source>cannot read the job: %1</source>
        <translation>no se puede leer el trabajo: %1</translation>
    </message>
    <message>
        <source>job %1 is not in the store</source>
        <translation>el trabajo %1 no está en el almacén</translation>
    </message>
    <message>
        <source>job %1 of cluster %2 is not in the store</source>
        <translation>el trabajo %1 del clúster %2 no está en el almacén</translation>
    </message>
</context>
<context>
    <name>es::JobFilter</name>
    <message>
        <source>Filter: none (all jobs)</source>
        <translation>Filtro: ninguno (todos los trabajos)</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>clúster %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>partición %1</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>started %1 to %2</source>
        <translation>iniciados entre %1 y %2</translation>
    </message>
    <message>
        <source>started from %1</source>
        <translation>iniciados desde %1</translation>
    </message>
    <message>
        <source>started before %1</source>
        <translation>iniciados antes de %1</translation>
    </message>
    <message>
        <source>id or name containing “%1”</source>
        <translation>id o nombre que contiene “%1”</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>es::JobFilterBar</name>
    <message>
        <source>All clusters</source>
        <translation>Todos los clústeres</translation>
    </message>
    <message>
        <source>Show the jobs of one cluster</source>
        <translation>Mostrar los trabajos de un clúster</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Show the jobs in one final state</source>
        <translation>Mostrar los trabajos en un estado final</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>Show the jobs of one user</source>
        <translation>Mostrar los trabajos de un usuario</translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation>Todas las particiones</translation>
    </message>
    <message>
        <source>Show the jobs of one partition</source>
        <translation>Mostrar los trabajos de una partición</translation>
    </message>
    <message>
        <source>Jobs started (or, if never started, submitted) at or after this local time</source>
        <translation>Trabajos iniciados (o, si nunca se iniciaron, enviados) en esta hora local o después</translation>
    </message>
    <message>
        <source>Jobs started (or, if never started, submitted) before this local time</source>
        <translation>Trabajos iniciados (o, si nunca se iniciaron, enviados) antes de esta hora local</translation>
    </message>
    <message>
        <source>Job ID or name</source>
        <translation>ID o nombre del trabajo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Show all jobs</source>
        <translation>Mostrar todos los trabajos</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Todo el intervalo</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Jobs by start time (or, if never started, submit time). &quot;Last 7 days&quot; and &quot;Last 30 days&quot; count back from the newest job in the store, not from today: imported traces are often years old.</source>
        <translation>Trabajos por hora de inicio (o, si nunca se iniciaron, por hora de envío). &quot;Últimos 7 días&quot; y &quot;Últimos 30 días&quot; cuentan hacia atrás desde el trabajo más reciente del almacén, no desde hoy: las trazas importadas suelen tener años de antigüedad.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
</context>
<context>
    <name>es::JobMetricsDeriveRun</name>
    <message>
        <source>cannot read %1 of %2: %3</source>
        <translation>no se puede leer %1 de %2: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>es::JobMetricsDeriver</name>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation>no hay ningún clúster llamado %1 en el almacén</translation>
    </message>
</context>
<context>
    <name>es::JobPageLoader</name>
    <message>
        <source>Cannot count the jobs: %1</source>
        <translation>No se pueden contar los trabajos: %1</translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation>No se pueden leer los trabajos: %1</translation>
    </message>
    <message>
        <source>Cannot read the store summary: %1</source>
        <translation>No se puede leer el resumen del almacén: %1</translation>
    </message>
</context>
<context>
    <name>es::JobTableActions</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected jobs as tab-separated text</source>
        <translation>Copiar los trabajos seleccionados como texto separado por tabuladores</translation>
    </message>
    <message>
        <source>Filter by This &amp;User</source>
        <translation>Filtrar por este &amp;usuario</translation>
    </message>
    <message>
        <source>Filter by &amp;User “%1”</source>
        <translation>Filtrar por el &amp;usuario “%1”</translation>
    </message>
    <message>
        <source>Filter by This &amp;Partition</source>
        <translation>Filtrar por esta &amp;partición</translation>
    </message>
    <message>
        <source>Filter by &amp;Partition “%1”</source>
        <translation>Filtrar por la &amp;partición “%1”</translation>
    </message>
    <message>
        <source>Show on the &amp;Nodes Tab</source>
        <translation>Mostrar en la pestaña &amp;Nodos</translation>
    </message>
    <message>
        <source>Plot the job&apos;s nodes over its run on the Nodes tab</source>
        <translation>Representar los nodos del trabajo durante su ejecución en la pestaña Nodos</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Cannot read the job&apos;s node list: %1</source>
        <translation>No se puede leer la lista de nodos del trabajo: %1</translation>
    </message>
</context>
<context>
    <name>es::JobTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 J</source>
        <translation>%1 J</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cluster the job ran on</source>
        <translation>Clúster en el que se ejecutó el trabajo</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Job id within its cluster</source>
        <translation>Id del trabajo dentro de su clúster</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID de trabajo</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nombre del trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User who submitted the job</source>
        <translation>Usuario que envió el trabajo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Partition (queue)</source>
        <translation>Partición (cola)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Final state of the job</source>
        <translation>Estado final del trabajo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submit time, local time</source>
        <translation>Hora de envío, hora local</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Start time, local time</source>
        <translation>Hora de inicio, hora local</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>End time, local time</source>
        <translation>Hora de fin, hora local</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Run time, days-hours:minutes:seconds</source>
        <translation>Tiempo de ejecución, días-horas:minutos:segundos</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Allocated CPUs</source>
        <translation>CPU asignadas</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Allocated nodes</source>
        <translation>Nodos asignados</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Largest resident set of any task, MB</source>
        <translation>Mayor conjunto residente de cualquier tarea, MB</translation>
    </message>
    <message>
        <source>Max RSS (MB)</source>
        <translation>RSS máx. (MB)</translation>
    </message>
    <message>
        <source>User and system CPU time of all tasks, seconds</source>
        <translation>Tiempo de CPU de usuario y de sistema de todas las tareas, segundos</translation>
    </message>
    <message>
        <source>CPU time (s)</source>
        <translation>Tiempo de CPU (s)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Tipo de trabajo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation>medida: %1</translation>
    </message>
    <message>
        <source>estimated: %1</source>
        <translation>estimada: %1</translation>
    </message>
    <message>
        <source>Average power of the job, W</source>
        <translation>Potencia media del trabajo, W</translation>
    </message>
    <message>
        <source>Power avg (W)</source>
        <translation>Potencia media (W)</translation>
    </message>
    <message>
        <source>Average temperature of the job&apos;s nodes while it ran, °C</source>
        <translation>Temperatura media de los nodos del trabajo durante su ejecución, °C</translation>
    </message>
    <message>
        <source>Temp avg (°C)</source>
        <translation>Temp. media (°C)</translation>
    </message>
    <message>
        <source>Highest temperature of the job&apos;s nodes while it ran, °C</source>
        <translation>Temperatura más alta de los nodos del trabajo durante su ejecución, °C</translation>
    </message>
    <message>
        <source>Temp peak (°C)</source>
        <translation>Temp. máxima (°C)</translation>
    </message>
    <message>
        <source>Average CPU frequency of the job&apos;s nodes, MHz</source>
        <translation>Frecuencia media de CPU de los nodos del trabajo, MHz</translation>
    </message>
    <message>
        <source>Freq avg (MHz)</source>
        <translation>Frec. media (MHz)</translation>
    </message>
    <message>
        <source>Average CPU utilisation of the job&apos;s nodes, %</source>
        <translation>Utilización media de CPU de los nodos del trabajo, %</translation>
    </message>
    <message>
        <source>CPU util (%)</source>
        <translation>Util. CPU (%)</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation>%1, fuente: %2</translation>
    </message>
    <message>
        <source>Derived from the nodes&apos; samples: %1</source>
        <translation>Derivada de las muestras de los nodos: %1</translation>
    </message>
    <message>
        <source>The job&apos;s own accounting: %1</source>
        <translation>La contabilidad propia del trabajo: %1</translation>
    </message>
    <message>
        <source>Energy consumed, and whether it was measured or estimated: the job&apos;s metrics derived from its nodes, unless those are a model estimate and the job has its own measured figure</source>
        <translation>Energía consumida, y si se midió o se estimó: las métricas del trabajo derivadas de sus nodos, salvo que sean una estimación de un modelo y el trabajo tenga su propia cifra medida</translation>
    </message>
</context>
<context>
    <name>es::JobWriter</name>
    <message>
        <source>a job without an id</source>
        <translation>un trabajo sin id</translation>
    </message>
    <message>
        <source>no write in progress</source>
        <translation>no hay ninguna escritura en curso</translation>
    </message>
    <message>
        <source>cannot read the jobs table: %1</source>
        <translation>no se puede leer la tabla de trabajos: %1</translation>
    </message>
    <message>
        <source>cannot prepare the jobs table: %1</source>
        <translation>no se puede preparar la tabla de trabajos: %1</translation>
    </message>
    <message>
        <source>cannot index the jobs: %1</source>
        <translation>no se pueden indexar los trabajos: %1</translation>
    </message>
</context>
<context>
    <name>es::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language of menus, views and messages, from the next start</source>
        <translation>El idioma de menús, vistas y mensajes, desde el próximo inicio</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used from the next start of HPC Energy Studio.</source>
        <translation>El nuevo idioma se usará desde el próximo inicio de HPC Energy Studio.</translation>
    </message>
</context>
<context>
    <name>es::LineReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: not a gzip file (the name ends in .gz but the content does not start as gzip data)</source>
        <translation>%1: no es un archivo gzip (el nombre termina en .gz pero el contenido no empieza como datos gzip)</translation>
    </message>
    <message>
        <source>%1: read error after line %2: %3</source>
        <translation>%1: error de lectura después de la línea %2: %3</translation>
    </message>
    <message>
        <source>%1:%2: line longer than %3 MiB: not a text file of this format</source>
        <translation>%1:%2: línea de más de %3 MiB: no es un archivo de texto de este formato</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <source>HPC Energy Studio</source>
        <translation>HPC Energy Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Create an empty SQLite store and open it</source>
        <translation>Crear un almacén SQLite vacío y abrirlo</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open an SQLite store</source>
        <translation>Abrir un almacén SQLite</translation>
    </message>
    <message>
        <source>Open &amp;PostgreSQL…</source>
        <translation>Abrir &amp;PostgreSQL…</translation>
    </message>
    <message>
        <source>Open a store in a PostgreSQL database</source>
        <translation>Abrir un almacén en una base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import jobs from sacct dumps, SWF traces or CSV datasets</source>
        <translation>Importar trabajos de volcados de sacct, trazas SWF o conjuntos de datos CSV</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the jobs the view shows to a CSV file</source>
        <translation>Escribir en un archivo CSV los trabajos que muestra la vista</translation>
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
        <source>&amp;Find Jobs</source>
        <translation>&amp;Buscar trabajos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? Nothing of the file being imported will be stored.</source>
        <translation>Hay una importación en curso. ¿Cancelarla y salir? No se almacenará nada del archivo que se está importando.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Ningún almacén abierto</translation>
    </message>
    <message>
        <source>Cannot Open the Store</source>
        <translation>No se puede abrir el almacén</translation>
    </message>
    <message>
        <source>%1 — HPC Energy Studio</source>
        <translation>%1 — HPC Energy Studio</translation>
    </message>
    <message>
        <source>Counting jobs…</source>
        <translation>Contando trabajos…</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 trabajos</translation>
    </message>
    <message>
        <source>%1 of %2 jobs</source>
        <translation>%1 de %2 trabajos</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open Database… to open it.</source>
        <translation>%1 ya existe. Usar Archivo → Abrir base de datos… para abrirlo.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open PostgreSQL</source>
        <translation>Abrir PostgreSQL</translation>
    </message>
    <message>
        <source>Database URL, postgresql://USER@HOST[:PORT]/DATABASE
(a password is read from ~/.pgpass when the URL has none):</source>
        <translation>URL de la base de datos, postgresql://USER@HOST[:PORT]/DATABASE
(la contraseña se lee de ~/.pgpass cuando la URL no incluye ninguna):</translation>
    </message>
    <message>
        <source>The URL must start with postgresql://</source>
        <translation>La URL debe empezar por postgresql://</translation>
    </message>
    <message>
        <source>Import Jobs</source>
        <translation>Importar trabajos</translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation>Primero hay que abrir o crear una base de datos.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error de importación</translation>
    </message>
    <message>
        <source>Export Jobs as CSV</source>
        <translation>Exportar trabajos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Exporting… %1 jobs written</source>
        <translation>Exportando… %1 trabajos escritos</translation>
    </message>
    <message>
        <source>Exported %1 jobs to %2</source>
        <translation>Se han exportado %1 trabajos a %2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <source>&amp;Correlations</source>
        <translation>&amp;Correlaciones</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>C&amp;onexiones</translation>
    </message>
    <message>
        <source>Scatter plots and the correlation matrix of the jobs the filter selects</source>
        <translation>Diagramas de dispersión y matriz de correlación de los trabajos que selecciona el filtro</translation>
    </message>
    <message>
        <source>Energy by partition, user and job type, jobs per day and the top energy jobs</source>
        <translation>Energía por partición, usuario y tipo de trabajo, trabajos por día y los trabajos de mayor energía</translation>
    </message>
    <message>
        <source>Cluster profiles: connect over SSH and harvest jobs and node state</source>
        <translation>Perfiles de clúster: conectar por SSH y recolectar trabajos y estado de los nodos</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Nodos</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar in&amp;forme…</translation>
    </message>
    <message>
        <source>Write an energy report of a time range as PDF or HTML</source>
        <translation>Escribir un informe de energía de un intervalo de tiempo en PDF o HTML</translation>
    </message>
    <message>
        <source>Train and compare models of job energy, duration and temperature; forecast load</source>
        <translation>Entrenar y comparar modelos de energía, duración y temperatura de los trabajos; prever la carga</translation>
    </message>
    <message>
        <source>Temperature, power, frequency and load of the nodes over time, with their jobs</source>
        <translation>Temperatura, potencia, frecuencia y carga de los nodos a lo largo del tiempo, con sus trabajos</translation>
    </message>
    <message>
        <source>Collecting the figures…</source>
        <translation>Recopilando las cifras…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Drawing the plots…</source>
        <translation>Dibujando los gráficos…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>Ad&amp;visor</source>
        <translation>Aseso&amp;r</translation>
    </message>
    <message>
        <source>Campai&amp;gns</source>
        <translation>Campaña&amp;s</translation>
    </message>
    <message>
        <source>&amp;Clusters…</source>
        <translation>&amp;Clústeres…</translation>
    </message>
    <message>
        <source>Rename or delete the clusters (datasets) of the store</source>
        <translation>Renombrar o eliminar los clústeres (conjuntos de datos) del almacén</translation>
    </message>
    <message>
        <source>Read the store again in every tab</source>
        <translation>Volver a leer el almacén en todas las pestañas</translation>
    </message>
    <message>
        <source>Thermal and energy alerts: list, filter and acknowledge</source>
        <translation>Alertas térmicas y de energía: listar, filtrar y confirmar</translation>
    </message>
</context>
<context>
    <name>es::MemoryAlertEvaluator</name>
    <message>
        <source>its largest task reached %1 MB of the %2 MB it asked per node (%3 %)</source>
        <translation>su mayor tarea alcanzó %1 MB de los %2 MB que solicitó por nodo (%3 %)</translation>
    </message>
    <message>
        <source>job %1 ended OUT_OF_MEMORY</source>
        <translation>el trabajo %1 terminó con OUT_OF_MEMORY</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>trabajo %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 used %3 % of its %4 MB of memory (threshold %5 %)</source>
        <translation>%1 de %2 usó el %3 % de sus %4 MB de memoria (umbral %5 %)</translation>
    </message>
</context>
<context>
    <name>es::ModelPlots</name>
    <message>
        <source>Export Plot…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Predicted vs actual</source>
        <translation>Predicho frente a real</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Residuos</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Importancia de las variables</translation>
    </message>
    <message>
        <source>Save the plot shown as PNG, SVG or PDF</source>
        <translation>Guardar el gráfico mostrado como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Load forecast</source>
        <translation>Previsión de carga</translation>
    </message>
    <message>
        <source>Save the forecast plot as PNG, SVG or PDF</source>
        <translation>Guardar el gráfico de previsión como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Train a model to see how its predictions compare with the actual values.</source>
        <translation>Entrenar un modelo para ver cómo se comparan sus predicciones con los valores reales.</translation>
    </message>
    <message>
        <source>test rows</source>
        <translation>filas de prueba</translation>
    </message>
    <message>
        <source>y = x</source>
        <translation>y = x</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>valor real de %1</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>predicción de %1</translation>
    </message>
    <message>
        <source>actual − predicted</source>
        <translation>real − predicho</translation>
    </message>
    <message>
        <source>No importance for %1: it is computed on the first split only.</source>
        <translation>Sin importancia para %1: solo se calcula en la primera división.</translation>
    </message>
    <message>
        <source>RMSE increase when permuted</source>
        <translation>Aumento del RMSE al permutar</translation>
    </message>
    <message>
        <source>test RMSE increase when permuted (%1)</source>
        <translation>aumento del RMSE de prueba al permutar (%1)</translation>
    </message>
    <message>
        <source>Press Forecast to predict the busy CPUs of the next 30 to 60 minutes.</source>
        <translation>Pulsar Prever para predecir las CPU ocupadas de los próximos 30 a 60 minutos.</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>hora (UTC)</translation>
    </message>
    <message>
        <source>busy CPUs</source>
        <translation>CPU ocupadas</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historial</translation>
    </message>
    <message>
        <source>forecast (%1)</source>
        <translation>previsión (%1)</translation>
    </message>
    <message>
        <source>persistence</source>
        <translation>persistencia</translation>
    </message>
    <message>
        <source>seasonal-naive (a day earlier)</source>
        <translation>ingenuo estacional (un día antes)</translation>
    </message>
    <message>
        <source>Busy CPUs: the last %1 h and the next %2 min</source>
        <translation>CPU ocupadas: las últimas %1 h y los próximos %2 min</translation>
    </message>
    <message>
        <source>Busy CPUs: history and forecast (%1)</source>
        <translation>CPU ocupadas: historial y previsión (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>es::ModelTrainWorker</name>
    <message>
        <source>no features chosen: tick at least one</source>
        <translation>no se ha elegido ninguna variable: marcar al menos una</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Reading jobs: %1</source>
        <translation>Leyendo trabajos: %1</translation>
    </message>
</context>
<context>
    <name>es::ModelsView</name>
    <message>
        <source>Ridge</source>
        <translation>Ridge</translation>
    </message>
    <message>
        <source>Random forest</source>
        <translation>Bosque aleatorio</translation>
    </message>
    <message>
        <source>Kernel ridge (RBF)</source>
        <translation>Ridge con kernel (RBF)</translation>
    </message>
    <message>
        <source>SVR (RBF)</source>
        <translation>SVR (RBF)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>&amp;Prever</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>División</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAPE %</source>
        <translation>MAPE %</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Baseline MAE</source>
        <translation>MAE de referencia</translation>
    </message>
    <message>
        <source>Baseline R²</source>
        <translation>R² de referencia</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>What to predict for each job</source>
        <translation>Qué predecir para cada trabajo</translation>
    </message>
    <message>
        <source>Features known before a job runs are ticked by default. Features marked “after run” are measured while the job runs: a model using them cannot predict a job before it starts.</source>
        <translation>Las variables conocidas antes de que se ejecute un trabajo están marcadas de forma predeterminada. Las variables marcadas como “tras la ejecución” se miden mientras se ejecuta el trabajo: un modelo que las use no puede predecir un trabajo antes de que empiece.</translation>
    </message>
    <message>
        <source>All four</source>
        <translation>Los cuatro</translation>
    </message>
    <message>
        <source>k-fold and time-ordered</source>
        <translation>k pliegues y orden temporal</translation>
    </message>
    <message>
        <source>k-fold</source>
        <translation>k pliegues</translation>
    </message>
    <message>
        <source>Time-ordered</source>
        <translation>Orden temporal</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Forecast the busy CPUs of the store&apos;s jobs for the next minutes</source>
        <translation>Prever las CPU ocupadas por los trabajos del almacén para los próximos minutos</translation>
    </message>
    <message>
        <source>Busy CPUs of the store&apos;s jobs, per minute, with the persistence and seasonal-naive baselines.</source>
        <translation>CPU ocupadas por los trabajos del almacén, por minuto, con las referencias de persistencia e ingenua estacional.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>&amp;Variables:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritmo:</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>Va&amp;lidación:</translation>
    </message>
    <message>
        <source>F&amp;olds:</source>
        <translation>Pl&amp;iegues:</translation>
    </message>
    <message>
        <source>Forecast cluster load</source>
        <translation>Prever la carga del clúster</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizonte:</translation>
    </message>
    <message>
        <source>Every figure comes from the split it names; select a row to plot it</source>
        <translation>Cada cifra procede de la división que indica; seleccionar una fila para representarla</translation>
    </message>
    <message>
        <source>No stored models. Import jobs (File → Import…), pick a target and features, then press Train.</source>
        <translation>No hay modelos almacenados. Importar trabajos (Archivo → Importar…), elegir un objetivo y variables y, a continuación, pulsar Entrenar.</translation>
    </message>
    <message>
        <source>Remove the selected model and the predictions made with it</source>
        <translation>Eliminar el modelo seleccionado y las predicciones hechas con él</translation>
    </message>
    <message>
        <source>Stored models</source>
        <translation>Modelos almacenados</translation>
    </message>
    <message>
        <source>Validation of the last training</source>
        <translation>Validación del último entrenamiento</translation>
    </message>
    <message>
        <source>Pick a target, features and algorithms, then press Train.</source>
        <translation>Elegir un objetivo, variables y algoritmos y, a continuación, pulsar Entrenar.</translation>
    </message>
    <message>
        <source>%1  (after run)</source>
        <translation>%1  (tras la ejecución)</translation>
    </message>
    <message>
        <source>Known only after the job ran: not usable to predict a job before it starts</source>
        <translation>Solo se conoce después de ejecutarse el trabajo: no sirve para predecir un trabajo antes de que empiece</translation>
    </message>
    <message>
        <source>Known when the job is submitted</source>
        <translation>Se conoce al enviar el trabajo</translation>
    </message>
    <message>
        <source>Stored models: %1</source>
        <translation>Modelos almacenados: %1</translation>
    </message>
    <message>
        <source>No store is open: open or create one with the File menu.</source>
        <translation>No hay ningún almacén abierto: abrir o crear uno con el menú Archivo.</translation>
    </message>
    <message>
        <source>Tick at least one feature.</source>
        <translation>Marcar al menos una variable.</translation>
    </message>
    <message>
        <source>%1 (%p%)</source>
        <translation>%1 (%p%)</translation>
    </message>
    <message>
        <source>Training on %1…</source>
        <translation>Entrenando con %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Training cancelled: nothing was stored.</source>
        <translation>Entrenamiento cancelado: no se ha almacenado nada.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Error en el entrenamiento: %1</translation>
    </message>
    <message>
        <source>Best: highest R² on the first split; stored as model %1</source>
        <translation>Mejor: el R² más alto en la primera división; almacenado como modelo %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Forecasting the next %1 minutes…</source>
        <translation>Previendo los próximos %1 minutos…</translation>
    </message>
    <message>
        <source>Forecast failed: %1</source>
        <translation>Error en la previsión: %1</translation>
    </message>
    <message>
        <source>Evaluated on a %1.</source>
        <translation>Evaluación: %1.</translation>
    </message>
    <message>
        <source>MAE at +%1 min: %2 busy CPUs, persistence %3</source>
        <translation>MAE a +%1 min: %2 CPU ocupadas, persistencia %3</translation>
    </message>
    <message>
        <source>, seasonal-naive %1</source>
        <translation>, ingenuo estacional %1</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energía</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (worse than baseline)</source>
        <translation>%1 (peor que la referencia)</translation>
    </message>
    <message>
        <source>Column %1 of the store</source>
        <translation>Columna %1 del almacén</translation>
    </message>
    <message>
        <source>Data: the jobs of every cluster.</source>
        <translation>Datos: los trabajos de todos los clústeres.</translation>
    </message>
    <message>
        <source>Data: the jobs of cluster %1.</source>
        <translation>Datos: los trabajos del clúster %1.</translation>
    </message>
    <message>
        <source>The filter bar&apos;s other fields (user, partition, state, dates, text) do not apply to models.</source>
        <translation>Los demás campos de la barra de filtros (usuario, partición, estado, fechas, texto) no se aplican a los modelos.</translation>
    </message>
    <message>
        <source>Trained on %1 jobs. Best: %2, stored as model %3 “%4”.</source>
        <translation>Entrenado con %1 trabajos. Mejor: %2, almacenado como modelo %3 “%4”.</translation>
    </message>
    <message>
        <source>Trained on %1 jobs. No model beats the baseline (%2): nothing was stored.</source>
        <translation>Entrenado con %1 trabajos. Ningún modelo supera la referencia (%2): no se ha almacenado nada.</translation>
    </message>
    <message>
        <source>No better than persistence at +%1 min (%2x its error): use the last observed load instead.</source>
        <translation>No mejor que la persistencia a +%1 min (%2x su error): usar en su lugar la última carga observada.</translation>
    </message>
</context>
<context>
    <name>es::NodeListItems</name>
    <message>
        <source>All clusters</source>
        <translation>Todos los clústeres</translation>
    </message>
    <message>
        <source>Cluster %1: no samples of this node yet</source>
        <translation>Clúster %1: aún no hay muestras de este nodo</translation>
    </message>
    <message>
        <source>Cluster %1: %2 samples from %3 to %4</source>
        <translation>Clúster %1: %2 muestras de %3 a %4</translation>
    </message>
    <message>
        <source>%1 of cluster %2</source>
        <translation>%1 del clúster %2</translation>
    </message>
    <message>
        <source>No node checked</source>
        <translation>Ningún nodo marcado</translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>Nodos: %1</translation>
    </message>
    <message>
        <source>From %1 to %2 (local time)</source>
        <translation>De %1 a %2 (hora local)</translation>
    </message>
    <message>
        <source>Node temperature (°C)</source>
        <translation>Temperatura del nodo (°C)</translation>
    </message>
    <message>
        <source>Node power (W)</source>
        <translation>Potencia del nodo (W)</translation>
    </message>
    <message>
        <source>CPU frequency (MHz)</source>
        <translation>Frecuencia de CPU (MHz)</translation>
    </message>
    <message>
        <source>CPU utilisation (%) and load</source>
        <translation>Utilización de CPU (%) y carga</translation>
    </message>
</context>
<context>
    <name>es::NodeLoader</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <source>Cannot read the nodes: %1</source>
        <translation>No se pueden leer los nodos: %1</translation>
    </message>
    <message>
        <source>Cannot read the node samples: %1</source>
        <translation>No se pueden leer las muestras de los nodos: %1</translation>
    </message>
</context>
<context>
    <name>es::NodePlotStack</name>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatura (°C)</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Potencia (W)</translation>
    </message>
    <message>
        <source>CPU frequency (MHz)</source>
        <translation>Frecuencia de CPU (MHz)</translation>
    </message>
    <message>
        <source>CPU utilisation (%)</source>
        <translation>Utilización de CPU (%)</translation>
    </message>
    <message>
        <source>Load, 1 min (light lines)</source>
        <translation>Carga, 1 min (líneas claras)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No temperature samples for the checked nodes</source>
        <translation>No hay muestras de temperatura de los nodos marcados</translation>
    </message>
    <message>
        <source>No power samples for the checked nodes</source>
        <translation>No hay muestras de potencia de los nodos marcados</translation>
    </message>
    <message>
        <source>No CPU frequency samples for the checked nodes</source>
        <translation>No hay muestras de frecuencia de CPU de los nodos marcados</translation>
    </message>
    <message>
        <source>No CPU utilisation or load samples</source>
        <translation>No hay muestras de utilización de CPU ni de carga</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more job(s)</source>
        <translation>
            <numerusform>… y %n trabajo más</numerusform>
            <numerusform>… y %n trabajos más</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>%1: job %2 “%3” of %4, %5 – %6</source>
        <translation>%1: trabajo %2 “%3” de %4, %5 – %6</translation>
    </message>
    <message>
        <source>Click to show the job in the Jobs view</source>
        <translation>Hacer clic para mostrar el trabajo en la vista Trabajos</translation>
    </message>
</context>
<context>
    <name>es::NodeSampleWriter</name>
    <message>
        <source>cannot read the nodes of %1: %2</source>
        <translation>no se pueden leer los nodos de %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare the node statements: %1</source>
        <translation>no se pueden preparar las sentencias de nodos: %1</translation>
    </message>
    <message>
        <source>cannot create node %1: %2</source>
        <translation>no se puede crear el nodo %1: %2</translation>
    </message>
    <message>
        <source>cannot find node %1: %2</source>
        <translation>no se puede encontrar el nodo %1: %2</translation>
    </message>
    <message>
        <source>no write in progress</source>
        <translation>no hay ninguna escritura en curso</translation>
    </message>
    <message>
        <source>a node sample without a node name or source</source>
        <translation>una muestra de nodo sin nombre de nodo ni origen</translation>
    </message>
</context>
<context>
    <name>es::NodeView</name>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;directo</translation>
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
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>All samples</source>
        <translation>Todas las muestras</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message numerus="yes">
        <source>Read new samples every %n second(s) and keep the newest in view</source>
        <translation>
            <numerusform>Leer muestras nuevas cada %n segundo y mantener las más recientes a la vista</numerusform>
            <numerusform>Leer muestras nuevas cada %n segundos y mantener las más recientes a la vista</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Temperature Plot…</source>
        <translation>Gráfico de temperatura…</translation>
    </message>
    <message>
        <source>Power Plot…</source>
        <translation>Gráfico de potencia…</translation>
    </message>
    <message>
        <source>CPU Frequency Plot…</source>
        <translation>Gráfico de frecuencia de CPU…</translation>
    </message>
    <message>
        <source>Utilisation Plot…</source>
        <translation>Gráfico de utilización…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Check every node in the list</source>
        <translation>Marcar todos los nodos de la lista</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Uncheck every node</source>
        <translation>Desmarcar todos los nodos</translation>
    </message>
    <message>
        <source>Cl&amp;uster:</source>
        <translation>&amp;Clúster:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Open a store to see the samples of its nodes.</source>
        <translation>Abrir un almacén para ver las muestras de sus nodos.</translation>
    </message>
    <message>
        <source>Reading the nodes…</source>
        <translation>Leyendo los nodos…</translation>
    </message>
    <message>
        <source>No nodes in this store yet.

Node samples come from harvesting a cluster (Connections tab: every harvest records each node&apos;s power and load as Slurm reports them) and from the on-node sampler, resources/sampler/es-sampler.sh, run on the nodes or inside jobs. Turn on Live here to watch them arrive.</source>
        <translation>Aún no hay nodos en este almacén.

Las muestras de nodos proceden de recolectar un clúster (pestaña Conexiones: cada recolección registra la potencia y la carga de cada nodo tal como las informa Slurm) y del muestreador en el nodo, resources/sampler/es-sampler.sh, ejecutado en los nodos o dentro de los trabajos. Activar En directo aquí para verlas llegar.</translation>
    </message>
    <message>
        <source>Check one or more nodes in the list to plot their temperature, power, CPU frequency and load with the jobs they ran.</source>
        <translation>Marcar uno o varios nodos de la lista para representar su temperatura, potencia, frecuencia de CPU y carga junto con los trabajos que ejecutaron.</translation>
    </message>
    <message>
        <source>Loading samples…</source>
        <translation>Cargando muestras…</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>Cargando detalles…</translation>
    </message>
    <message>
        <source>No node samples in this store yet.

They come from harvesting a cluster (Connections tab: every harvest records each node&apos;s power and load as Slurm reports them) and from the on-node sampler, resources/sampler/es-sampler.sh, run on the nodes or inside jobs. Turn on Live here to watch them arrive.</source>
        <translation>Aún no hay muestras de nodos en este almacén.

Proceden de recolectar un clúster (pestaña Conexiones: cada recolección registra la potencia y la carga de cada nodo tal como las informa Slurm) y del muestreador en el nodo, resources/sampler/es-sampler.sh, ejecutado en los nodos o dentro de los trabajos. Activar En directo aquí para verlas llegar.</translation>
    </message>
    <message>
        <source>No samples of the checked nodes from %1 to %2.

Their newest sample is from %3: choose “All samples” or a longer range, or turn on Live to wait for new ones.</source>
        <translation>No hay muestras de los nodos marcados entre %1 y %2.

Su muestra más reciente es de %3: elegir «Todas las muestras» o un periodo más largo, o activar En directo para esperar a las nuevas.</translation>
    </message>
    <message>
        <source>The checked nodes have no samples yet. Check nodes with samples (their names are not greyed out), or turn on Live to wait for new ones.</source>
        <translation>Los nodos marcados aún no tienen muestras. Marcar nodos con muestras (sus nombres no aparecen atenuados) o activar En directo para esperar a las nuevas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 samples, %n job span(s)</source>
        <translation>
            <numerusform>%1 muestras, %n franja de trabajo</numerusform>
            <numerusform>%1 muestras, %n franjas de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <source> · min/max per %1 s</source>
        <translation> · mín./máx. por cada %1 s</translation>
    </message>
    <message>
        <source>Live: newest sample %1</source>
        <translation>En directo: muestra más reciente %1</translation>
    </message>
</context>
<context>
    <name>es::OpenMetricsWriter</name>
    <message>
        <source>Jobs with energy that ended in the last %1 days but are beyond the export&apos;s cap of %2 jobs.</source>
        <translation>Trabajos con energía que terminaron en los últimos %1 días pero que superan el límite de %2 trabajos de la exportación.</translation>
    </message>
    <message>
        <source>When HPC Energy Studio wrote this file (UTC epoch seconds).</source>
        <translation>Momento en que HPC Energy Studio escribió este archivo (segundos de época UTC).</translation>
    </message>
    <message>
        <source>cannot write the metrics: %1</source>
        <translation>no se pueden escribir las métricas: %1</translation>
    </message>
    <message>
        <source>cannot count the recent jobs: %1</source>
        <translation>no se pueden contar los trabajos recientes: %1</translation>
    </message>
    <message>
        <source>cannot read the recent jobs: %1</source>
        <translation>no se pueden leer los trabajos recientes: %1</translation>
    </message>
    <message>
        <source>Energy of a job that ended recently, in joules; source: where the value comes from (slurm: measured by Slurm, counter: node energy counters, model: estimated from power samples, dataset: imported).</source>
        <translation>Energía de un trabajo terminado recientemente, en julios; source: procedencia del valor (slurm: medida por Slurm, counter: contadores de energía del nodo, model: estimada a partir de muestras de potencia, dataset: importada).</translation>
    </message>
    <message>
        <source>Average power of a job that ended recently, in watts (its energy over its run time).</source>
        <translation>Potencia media de un trabajo terminado recientemente, en vatios (su energía dividida por su tiempo de ejecución).</translation>
    </message>
    <message>
        <source>cannot read the node temperatures: %1</source>
        <translation>no se pueden leer las temperaturas de los nodos: %1</translation>
    </message>
    <message>
        <source>Highest temperature of a node in the last %1 days, in degrees Celsius (the hottest sensor of every sample).</source>
        <translation>Temperatura más alta de un nodo en los últimos %1 días, en grados Celsius (el sensor más caliente de cada muestra).</translation>
    </message>
    <message>
        <source>cannot count the alerts: %1</source>
        <translation>no se pueden contar las alertas: %1</translation>
    </message>
    <message>
        <source>Alert events still open (an episode not over yet: a node still hot, a failure rate still high).</source>
        <translation>Eventos de alerta aún abiertos (un episodio que aún no ha terminado: un nodo todavía caliente, una tasa de fallos todavía alta).</translation>
    </message>
    <message>
        <source>Alert events that started in the last %1 days.</source>
        <translation>Eventos de alerta que empezaron en los últimos %1 días.</translation>
    </message>
</context>
<context>
    <name>es::PrometheusClient</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; no es una URL http:// ni https://</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>no hay ningún certificado PEM en %1</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 MiB: use a larger step or a shorter window</source>
        <translation>la respuesta de %1 supera los %2 MiB: usar un paso mayor o una ventana más corta</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>sin respuesta de %1 en %2 s</translation>
    </message>
    <message>
        <source>cannot reach Prometheus at %1: %2 (a certificate this machine does not trust? Give its authority with --ca-file)</source>
        <translation>no se puede conectar con Prometheus en %1: %2 (¿un certificado en el que este equipo no confía? Indicar su autoridad con --ca-file)</translation>
    </message>
    <message>
        <source>cannot reach Prometheus at %1: %2</source>
        <translation>no se puede conectar con Prometheus en %1: %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 answered HTTP %2: %3</source>
        <translation>Prometheus en %1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: the credentials were refused or are missing</source>
        <translation>%1 respondió HTTP %2: las credenciales se rechazaron o faltan</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3): no Prometheus API there? Check the URL&apos;s path</source>
        <translation>%1 respondió HTTP %2 (%3): ¿no hay una API de Prometheus ahí? Comprobar la ruta de la URL</translation>
    </message>
    <message>
        <source>%1, query %2: %3</source>
        <translation>%1, consulta %2: %3</translation>
    </message>
</context>
<context>
    <name>es::PrometheusImporter</name>
    <message>
        <source>cannot read the harvest state: %1</source>
        <translation>no se puede leer el estado de la recolección: %1</translation>
    </message>
    <message>
        <source>no cluster name</source>
        <translation>falta el nombre del clúster</translation>
    </message>
    <message>
        <source>the step must be at least 1 s and the points per series between 3 and 11000</source>
        <translation>el paso debe ser de al menos 1 s y los puntos por serie deben estar entre 3 y 11000</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>cancelado; no se ha escrito nada</translation>
    </message>
    <message>
        <source>%1 NaN or infinite values skipped, the first: %2</source>
        <translation>%1 valores NaN o infinitos omitidos; el primero: %2</translation>
    </message>
    <message>
        <source>%1 series without an instance label skipped</source>
        <translation>%1 series sin etiqueta instance omitidas</translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation>no se puede registrar la importación: %1</translation>
    </message>
</context>
<context>
    <name>es::PrometheusResponseParser</name>
    <message>
        <source>the answer is not JSON (%1 at byte %2 of %3)</source>
        <translation>la respuesta no es JSON (%1 en el byte %2 de %3)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>Prometheus answered with an error: %1</source>
        <translation>Prometheus respondió con un error: %1</translation>
    </message>
    <message>
        <source>the answer has no &quot;status&quot;: &quot;success&quot; (not a Prometheus API answer?)</source>
        <translation>la respuesta no contiene &quot;status&quot;: &quot;success&quot; (¿no es una respuesta de la API de Prometheus?)</translation>
    </message>
    <message>
        <source>expected a range result (resultType matrix), got &apos;%1&apos;</source>
        <translation>se esperaba un resultado de rango (resultType matrix), se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the answer&apos;s data.result is not an array</source>
        <translation>el campo data.result de la respuesta no es un array</translation>
    </message>
    <message>
        <source>result[%1] is not a series (needs &quot;metric&quot; and &quot;values&quot;)</source>
        <translation>result[%1] no es una serie (necesita &quot;metric&quot; y &quot;values&quot;)</translation>
    </message>
    <message>
        <source>result[%1]: label %2 is not a string</source>
        <translation>result[%1]: la etiqueta %2 no es una cadena</translation>
    </message>
    <message>
        <source>result[%1].values[%2] is not a [time, &quot;value&quot;] pair</source>
        <translation>result[%1].values[%2] no es un par [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>result[%1].values[%2]: time %3 is out of range</source>
        <translation>result[%1].values[%2]: el tiempo %3 está fuera de rango</translation>
    </message>
    <message>
        <source>%1 at %2 in %3</source>
        <translation>%1 en %2 de %3</translation>
    </message>
    <message>
        <source>result[%1].values[%2]: &apos;%3&apos; is not a number</source>
        <translation>result[%1].values[%2]: &apos;%3&apos; no es un número</translation>
    </message>
    <message>
        <source>result[%1]: times are not increasing at point %2</source>
        <translation>result[%1]: los tiempos no son crecientes en el punto %2</translation>
    </message>
</context>
<context>
    <name>es::ProposalDialog</name>
    <message>
        <source>&amp;Plan the follow-up campaign</source>
        <translation>&amp;Planificar la campaña siguiente</translation>
    </message>
    <message>
        <source>What to measure next: %1</source>
        <translation>Qué medir a continuación: %1</translation>
    </message>
    <message>
        <source> core-hours</source>
        <translation> horas-núcleo</translation>
    </message>
    <message>
        <source>as harvested</source>
        <translation>según lo recolectado</translation>
    </message>
    <message>
        <source>empty: Slurm&apos;s default; or low,high or kHz values</source>
        <translation>vacío: el valor predeterminado de Slurm; o low,high o valores en kHz</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>CPU freq.</source>
        <translation>Frec. CPU</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Energy, 90% interval</source>
        <translation>Energía, intervalo del 90 %</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cells where the measured runs predict energy least well come first: never measured, far from what was measured, or noisy. Each is chosen while the budget lasts.</source>
        <translation>Primero van las celdas cuya energía predicen peor las ejecuciones medidas: nunca medidas, lejos de lo medido o ruidosas. Cada una se elige mientras dure el presupuesto.</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Presupuesto:</translation>
    </message>
    <message>
        <source>Node counts to consider:</source>
        <translation>Números de nodos que considerar:</translation>
    </message>
    <message>
        <source>CPU frequencies to consider:</source>
        <translation>Frecuencias de CPU que considerar:</translation>
    </message>
    <message>
        <source>Runs per chosen cell:</source>
        <translation>Ejecuciones por celda elegida:</translation>
    </message>
    <message>
        <source>Cores per node:</source>
        <translation>Núcleos por nodo:</translation>
    </message>
    <message>
        <source>Follow-up campaign name:</source>
        <translation>Nombre de la campaña siguiente:</translation>
    </message>
    <message>
        <source>P&amp;ropose</source>
        <translation>P&amp;roponer</translation>
    </message>
    <message>
        <source>Node counts: &apos;%1&apos; is not a node count</source>
        <translation>Números de nodos: &apos;%1&apos; no es un número de nodos</translation>
    </message>
    <message>
        <source>Reading the measured runs of %1 and the campaigns of its cluster...</source>
        <translation>Leyendo las ejecuciones medidas de %1 y las campañas de su clúster...</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 a %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) chosen, about %1 core-hours: plan them as a follow-up campaign, then Start it on the Campaigns tab.</source>
        <translation>
            <numerusform>%n celda elegida, unas %1 horas-núcleo: planifíquela como campaña siguiente y luego iníciela en la pestaña Campañas.</numerusform>
            <numerusform>%n celdas elegidas, unas %1 horas-núcleo: planifíquelas como campaña siguiente y luego iníciela en la pestaña Campañas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cell fits in the budget.</source>
        <translation>Ninguna celda cabe en el presupuesto.</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxCertificatePins</name>
    <message>
        <source>cannot read the certificate pin of %1: %2</source>
        <translation>no se puede leer el certificado fijado de %1: %2</translation>
    </message>
    <message>
        <source>cannot store the certificate pin of %1: %2</source>
        <translation>no se puede guardar el certificado fijado de %1: %2</translation>
    </message>
    <message>
        <source>cannot remove the certificate pin of %1: %2</source>
        <translation>no se puede eliminar el certificado fijado de %1: %2</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxCollector</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cluster resources</source>
        <translation>recursos del clúster</translation>
    </message>
    <message>
        <source>/cluster/resources from %1: %2</source>
        <translation>/cluster/resources de %1: %2</translation>
    </message>
    <message>
        <source>host %1 is %2: skipped</source>
        <translation>el host %1 está en estado %2: omitido</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>%1/status: %2</source>
        <translation>%1/status: %2</translation>
    </message>
    <message>
        <source>%1/rrddata: %2</source>
        <translation>%1/rrddata: %2</translation>
    </message>
    <message>
        <source>guest %1 (%2)</source>
        <translation>invitado %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>escribiendo</translation>
    </message>
    <message>
        <source>cannot store host %1: %2</source>
        <translation>no se puede guardar el host %1: %2</translation>
    </message>
    <message>
        <source>ok: %1 hosts, %2 guests from %3</source>
        <translation>ok: %1 hosts, %2 invitados de %3</translation>
    </message>
    <message>
        <source>cannot record the harvest: %1</source>
        <translation>no se puede registrar la recolección: %1</translation>
    </message>
    <message>
        <source>guest %1 has no name: not mapped to a node</source>
        <translation>el invitado %1 no tiene nombre: no se asocia a ningún nodo</translation>
    </message>
    <message>
        <source>guest %1 (%2): node %2 is mapped to VM %3 by hand; map this VM explicitly</source>
        <translation>invitado %1 (%2): el nodo %2 está asociado manualmente a la VM %3; asociar esta VM de forma explícita</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxHostMap</name>
    <message>
        <source>cannot read the node-to-VM map: %1</source>
        <translation>no se puede leer la asociación de nodos a VM: %1</translation>
    </message>
    <message>
        <source>a mapping needs a node name and a VM name</source>
        <translation>una asociación necesita un nombre de nodo y un nombre de VM</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>cannot store the mapping %1=%2: %3</source>
        <translation>no se puede guardar la asociación %1=%2: %3</translation>
    </message>
    <message>
        <source>cannot commit the mapping: %1</source>
        <translation>no se puede confirmar la asociación: %1</translation>
    </message>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation>no hay ningún clúster llamado %1 en el almacén</translation>
    </message>
    <message>
        <source>cannot remove the mapping of %1: %2</source>
        <translation>no se puede eliminar la asociación de %1: %2</translation>
    </message>
    <message>
        <source>node %1 has no mapping in cluster %2</source>
        <translation>el nodo %1 no tiene asociación en el clúster %2</translation>
    </message>
    <message>
        <source>cannot store the mapping of %1: %2</source>
        <translation>no se puede guardar la asociación de %1: %2</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxParser</name>
    <message>
        <source>cluster resources: expected a list of resources</source>
        <translation>recursos del clúster: se esperaba una lista de recursos</translation>
    </message>
    <message>
        <source>cluster resources entry %1</source>
        <translation>entrada %1 de los recursos del clúster</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: no es un objeto</translation>
    </message>
    <message>
        <source>%1: no &apos;type&apos;</source>
        <translation>%1: falta &apos;type&apos;</translation>
    </message>
    <message>
        <source>%1: a node without a &apos;node&apos; name</source>
        <translation>%1: un nodo sin nombre &apos;node&apos;</translation>
    </message>
    <message>
        <source>%1: a guest without a valid &apos;vmid&apos;</source>
        <translation>%1: un invitado sin &apos;vmid&apos; válido</translation>
    </message>
    <message>
        <source>%1: guest %2 without a &apos;node&apos;</source>
        <translation>%1: invitado %2 sin &apos;node&apos;</translation>
    </message>
    <message>
        <source>node status: expected an object</source>
        <translation>estado del nodo: se esperaba un objeto</translation>
    </message>
    <message>
        <source>node status</source>
        <translation>estado del nodo</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an object</source>
        <translation>%1: &apos;%2&apos; no es un objeto</translation>
    </message>
    <message>
        <source>%1: &apos;loadavg&apos; is not a list</source>
        <translation>%1: &apos;loadavg&apos; no es una lista</translation>
    </message>
    <message>
        <source>rrddata: expected a list of rows</source>
        <translation>rrddata: se esperaba una lista de filas</translation>
    </message>
    <message>
        <source>rrddata row %1</source>
        <translation>fila %1 de rrddata</translation>
    </message>
    <message>
        <source>%1: no valid &apos;time&apos;</source>
        <translation>%1: falta un &apos;time&apos; válido</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>respuesta vacía</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>the API answered without data</source>
        <translation>la API respondió sin datos</translation>
    </message>
    <message>
        <source>the API refused the request: %1</source>
        <translation>la API rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number (&quot;%3&quot;)</source>
        <translation>%1: &apos;%2&apos; no es un número (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1: &apos;%2&apos; no es un número finito</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an integer</source>
        <translation>%1: &apos;%2&apos; no es un entero</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is out of range</source>
        <translation>%1: &apos;%2&apos; está fuera de rango</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a string</source>
        <translation>%1: &apos;%2&apos; no es una cadena</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxPveshClient</name>
    <message>
        <source>not an API path: %1</source>
        <translation>no es una ruta de la API: %1</translation>
    </message>
    <message>
        <source>not an API parameter name: %1</source>
        <translation>no es un nombre de parámetro de la API: %1</translation>
    </message>
    <message>
        <source>invalid environment variable name for the remote pvesh</source>
        <translation>nombre de variable de entorno no válido para el pvesh remoto</translation>
    </message>
    <message>
        <source>pvesh get %1 on %2: %3</source>
        <translation>pvesh get %1 en %2: %3</translation>
    </message>
    <message>
        <source>pvesh is not on the PATH of %1 (is it a Proxmox VE host?): %2</source>
        <translation>pvesh no está en el PATH de %1 (¿es un host de Proxmox VE?): %2</translation>
    </message>
    <message>
        <source>pvesh get %1 on %2 failed (exit %3): %4</source>
        <translation>pvesh get %1 en %2 falló (código de salida %3): %4</translation>
    </message>
    <message>
        <source>pvesh on %1</source>
        <translation>pvesh en %1</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxRestClient</name>
    <message>
        <source>the Proxmox URL must be https://HOST[:PORT], not %1</source>
        <translation>la URL de Proxmox debe ser https://HOST[:PORT], no %1</translation>
    </message>
    <message>
        <source>API path %1 does not start with /</source>
        <translation>la ruta de la API %1 no empieza por /</translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation>%1 no presentó ningún certificado</translation>
    </message>
    <message>
        <source>the certificate of %1 changed: pinned SHA-256 %2, the server presents %3. Refused. If the host&apos;s certificate was renewed, compare the new fingerprint with the host&apos;s own (pvenode cert info) before pinning it again</source>
        <translation>el certificado de %1 ha cambiado: SHA-256 fijado %2, el servidor presenta %3. Rechazado. Si se renovó el certificado del host, comparar la nueva huella con la del propio host (pvenode cert info) antes de volver a fijarlo</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2) and not pinned; its SHA-256 fingerprint is %3. Check it against the host (pvenode cert info) and accept it to pin it</source>
        <translation>el certificado de %1 no es de confianza (%2) ni está fijado; su huella SHA-256 es %3. Comprobarla en el host (pvenode cert info) y aceptarla para fijarlo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>the certificate of %1 changed: pinned SHA-256 %2, the server presents %3. Refused</source>
        <translation>el certificado de %1 ha cambiado: SHA-256 fijado %2, el servidor presenta %3. Rechazado</translation>
    </message>
    <message>
        <source>%1 refused the API token (HTTP 401 %2): check the token id (USER@REALM!TOKENID) and its secret</source>
        <translation>%1 rechazó el token de API (HTTP 401 %2): comprobar el ID del token (USER@REALM!TOKENID) y su secreto</translation>
    </message>
    <message>
        <source>the API token may not read %1 (HTTP 403 %2): it needs the Sys.Audit and VM.Audit privileges (and privilege separation off, or the same roles on the token)</source>
        <translation>el token de API no tiene permiso para leer %1 (HTTP 403 %2): necesita los privilegios Sys.Audit y VM.Audit (y la separación de privilegios desactivada, o los mismos roles en el token)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3: %4</source>
        <translation>HTTP %1 %2 de %3: %4</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s, or the answer exceeded %3 MiB</source>
        <translation>sin respuesta de %1 en %2 s, o la respuesta superó los %3 MiB</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
</context>
<context>
    <name>es::ReportBuilder</name>
    <message>
        <source>(all others)</source>
        <translation>(todos los demás)</translation>
    </message>
    <message>
        <source>the report&apos;s range is empty: its end must come after its start</source>
        <translation>el periodo del informe está vacío: su final debe ser posterior a su inicio</translation>
    </message>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation>no hay ningún clúster llamado %1 en el almacén</translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation>no se puede leer el almacén: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>es::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Todos los clústeres</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one file, plots embedded)</source>
        <translation>HTML (un solo archivo, gráficos incrustados)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Desde (UTC):</translation>
    </message>
    <message>
        <source>&amp;To (UTC):</source>
        <translation>&amp;Hasta (UTC):</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;lúster:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <source>&amp;Every job, also those without a time</source>
        <translation>&amp;Todos los trabajos, también los que no tienen fecha</translation>
    </message>
    <message>
        <source>Datasets such as C6EnPLS have no start or submission times: no range selects their jobs</source>
        <translation>Los conjuntos de datos como C6EnPLS no tienen fechas de inicio ni de envío: ningún periodo selecciona sus trabajos</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
</context>
<context>
    <name>es::ReportRenderer</name>
    <message>
        <source>all clusters</source>
        <translation>todos los clústeres</translation>
    </message>
    <message>
        <source>Energy report: %1</source>
        <translation>Informe de energía: %1</translation>
    </message>
    <message>
        <source>A job&apos;s energy is its derived metric when there is one, else the value its scheduler accounted. Estimated energy comes from a linear power model of CPU utilisation. Node-hours are duration × nodes.</source>
        <translation>La energía de un trabajo es su métrica derivada cuando existe; si no, el valor contabilizado por su planificador. La energía estimada procede de un modelo lineal de potencia en función de la utilización de CPU. Las horas-nodo son duración × nodos.</translation>
    </message>
    <message>
        <source>Energy report</source>
        <translation>Informe de energía</translation>
    </message>
    <message>
        <source>cannot produce the PDF of the report</source>
        <translation>no se puede generar el PDF del informe</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Every job in the store.</source>
        <translation>Todos los trabajos del almacén.</translation>
    </message>
    <message>
        <source>Jobs that started from %1 to %2 (UTC).</source>
        <translation>Trabajos iniciados entre %1 y %2 (UTC).</translation>
    </message>
    <message>
        <source>%1 of them have no start or submission time.</source>
        <translation>%1 de ellos no tienen fecha de inicio ni de envío.</translation>
    </message>
    <message>
        <source>Generated %1 UTC by HPC Energy Studio.</source>
        <translation>Generado el %1 UTC por HPC Energy Studio.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>No hay trabajos.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Node-hours</source>
        <translation>Horas-nodo</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energía (kWh)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>No data for this plot.</source>
        <translation>No hay datos para este gráfico.</translation>
    </message>
    <message>
        <source>Energy by day (kWh, jobs by start day, UTC)</source>
        <translation>Energía por día (kWh, trabajos por día de inicio, UTC)</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Energy against duration (%1n = %2 jobs)</source>
        <translation>Energía frente a duración (%1n = %2 trabajos)</translation>
    </message>
    <message>
        <source>duration (h)</source>
        <translation>duración (h)</translation>
    </message>
    <message>
        <source>energy (kWh)</source>
        <translation>energía (kWh)</translation>
    </message>
    <message>
        <source>Hottest nodes: mean and peak temperature (°C)</source>
        <translation>Nodos más calientes: temperatura media y máxima (°C)</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>máxima</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>of which without a start or submission time</source>
        <translation>de ellos, sin fecha de inicio ni de envío</translation>
    </message>
    <message>
        <source>Jobs without a time (not in any range, left out)</source>
        <translation>Trabajos sin fecha (fuera de todo periodo, excluidos)</translation>
    </message>
    <message>
        <source>Jobs with energy</source>
        <translation>Trabajos con energía</translation>
    </message>
    <message>
        <source>of which measured (Slurm, meters, datasets)</source>
        <translation>de ellos, medida (Slurm, medidores, conjuntos de datos)</translation>
    </message>
    <message>
        <source>of which estimated (power model)</source>
        <translation>de ellos, estimada (modelo de potencia)</translation>
    </message>
    <message>
        <source>of which without a recorded source</source>
        <translation>de ellos, sin procedencia registrada</translation>
    </message>
    <message>
        <source>Mean power per job (W)</source>
        <translation>Potencia media por trabajo (W)</translation>
    </message>
    <message>
        <source>Hottest node</source>
        <translation>Nodo más caliente</translation>
    </message>
    <message>
        <source>%1: peak %2 °C, mean %3 °C</source>
        <translation>%1: máxima %2 °C, media %3 °C</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Energy by day</source>
        <translation>Energía por día</translation>
    </message>
    <message>
        <source>Energy and duration</source>
        <translation>Energía y duración</translation>
    </message>
    <message>
        <source>Energy against duration</source>
        <translation>Energía frente a duración</translation>
    </message>
    <message>
        <source>Pearson&apos;s r between a job&apos;s energy and its duration: %1 over %2 jobs.</source>
        <translation>r de Pearson entre la energía de un trabajo y su duración: %1 sobre %2 trabajos.</translation>
    </message>
    <message>
        <source>Node temperatures</source>
        <translation>Temperaturas de los nodos</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Peak (°C)</source>
        <translation>Máxima (°C)</translation>
    </message>
    <message>
        <source>Mean (°C)</source>
        <translation>Media (°C)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Energy by partition</source>
        <translation>Energía por partición</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Energy by user</source>
        <translation>Energía por usuario</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Energy by job type</source>
        <translation>Energía por tipo de trabajo</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Tipo de trabajo</translation>
    </message>
    <message>
        <source>Top %1 jobs by energy</source>
        <translation>Los %1 trabajos con más energía</translation>
    </message>
    <message>
        <source>No job has an energy value in this range.</source>
        <translation>Ningún trabajo tiene un valor de energía en este periodo.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation>Duración (h)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>Precisión de los modelos</translation>
    </message>
    <message>
        <source>No trained model in the store.</source>
        <translation>No hay ningún modelo entrenado en el almacén.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAPE %</source>
        <translation>MAPE %</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Baseline RMSE</source>
        <translation>RMSE de referencia</translation>
    </message>
    <message>
        <source>time-ordered split</source>
        <translation>división por orden temporal</translation>
    </message>
    <message>
        <source>k-fold</source>
        <translation>k pliegues</translation>
    </message>
</context>
<context>
    <name>es::SacctDumpReader</name>
    <message>
        <source>%1:%2: %3; a dump without a header line (sacct -n) needs its field list (--format)</source>
        <translation>%1:%2: %3; un volcado sin línea de cabecera (sacct -n) necesita su lista de campos (--format)</translation>
    </message>
    <message>
        <source>%1: empty file, no sacct header</source>
        <translation>%1: archivo vacío, sin cabecera de sacct</translation>
    </message>
    <message>
        <source>%1:%2: the file starts with a header line: import it without --format</source>
        <translation>%1:%2: el archivo empieza con una línea de cabecera: importarlo sin --format</translation>
    </message>
    <message>
        <source>%1: --format %2: %3</source>
        <translation>%1: --format %2: %3</translation>
    </message>
    <message>
        <source>%1:%2: a header of sacct&apos;s default output must be followed by its rule of dashes (------------ ----------)</source>
        <translation>%1:%2: la cabecera de la salida predeterminada de sacct debe ir seguida de su línea de guiones (------------ ----------)</translation>
    </message>
    <message>
        <source>%1: a sacct --json file over %2 MiB: export with --parsable2, which is read as it streams</source>
        <translation>%1: un archivo sacct --json de más de %2 MiB: exportar con --parsable2, que se lee a medida que llega</translation>
    </message>
    <message>
        <source>%1: %2 values of %3 were cut by sacct (ending in &apos;+&apos;) and are left empty</source>
        <translation>%1: sacct cortó %2 valores de %3 (terminan en &apos;+&apos;); se dejan vacíos</translation>
    </message>
    <message>
        <source>%1: %2 failed jobs have the exit code 0 in this sacct --json (a Slurm 22.05 fault): their exit codes are left unknown</source>
        <translation>%1: %2 trabajos fallidos tienen el código de salida 0 en este sacct --json (un fallo de Slurm 22.05): sus códigos de salida quedan desconocidos</translation>
    </message>
    <message>
        <source>%1: the file has no JobID field: each line is taken as a job with an id made up from the line (noid-...), so steps cannot be told from jobs</source>
        <translation>%1: el archivo no tiene el campo JobID: cada línea se toma como un trabajo con un id inventado a partir de la línea (noid-...), así que los pasos no se distinguen de los trabajos</translation>
    </message>
</context>
<context>
    <name>es::SacctFixedWidth</name>
    <message>
        <source>the job id &apos;%1&apos; was cut by sacct (its %2 column is too narrow): export with --parsable2, or widen the column in sacct&apos;s --format</source>
        <translation>sacct cortó el identificador de trabajo &apos;%1&apos; (su columna %2 es demasiado estrecha): exportar con --parsable2 o ensanchar la columna en el --format de sacct</translation>
    </message>
    <message>
        <source>the line holds the control character 0x1f, which sacct&apos;s default output never prints</source>
        <translation>la línea contiene el carácter de control 0x1f, que la salida predeterminada de sacct nunca imprime</translation>
    </message>
</context>
<context>
    <name>es::SacctJobAssembler</name>
    <message>
        <source>step %1.%2 does not follow its job&apos;s line</source>
        <translation>el paso %1.%2 no sigue a la línea de su trabajo</translation>
    </message>
</context>
<context>
    <name>es::SacctJsonParser</name>
    <message>
        <source>not sacct --json: %1 at byte %2</source>
        <translation>no es sacct --json: %1 en el byte %2</translation>
    </message>
    <message>
        <source>not sacct --json: no &quot;jobs&quot; list</source>
        <translation>no es sacct --json: no hay lista &quot;jobs&quot;</translation>
    </message>
    <message>
        <source>jobs[%1]: no job_id</source>
        <translation>jobs[%1]: sin job_id</translation>
    </message>
</context>
<context>
    <name>es::SacctParser</name>
    <message>
        <source>not a sacct header line (expected field names such as JobID%1JobName%1State, with JobID)</source>
        <translation>no es una línea de cabecera de sacct (se esperaban nombres de campo como JobID%1JobName%1State, con JobID)</translation>
    </message>
    <message>
        <source>no header line before the first record (run sacct without --noheader, or give the fields)</source>
        <translation>no hay línea de cabecera antes del primer registro (ejecutar sacct sin --noheader o indicar los campos)</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 campos, la cabecera tiene %2</translation>
    </message>
    <message>
        <source>empty JobID</source>
        <translation>JobID vacío</translation>
    </message>
    <message>
        <source>invalid JobID &apos;%1&apos;</source>
        <translation>JobID no válido: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field %1: cannot read &apos;%2&apos;</source>
        <translation>campo %1: no se puede leer &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field %1: &apos;%2&apos; is out of range</source>
        <translation>campo %1: &apos;%2&apos; está fuera de rango</translation>
    </message>
    <message>
        <source>field ReqMem: %1 MiB per CPU or node times the count is out of range</source>
        <translation>campo ReqMem: %1 MiB por CPU o por nodo, multiplicado por su número, queda fuera de rango</translation>
    </message>
    <message>
        <source>the field list has no JobID and no other field sacct writes</source>
        <translation>la lista de campos no tiene JobID ni ningún otro campo que escriba sacct</translation>
    </message>
</context>
<context>
    <name>es::SamplerCollector</name>
    <message>
        <source>deriving the metrics of the jobs since %1</source>
        <translation>derivando las métricas de los trabajos desde %1</translation>
    </message>
    <message>
        <source>%1: no node name for the samples</source>
        <translation>%1: no hay nombre de nodo para las muestras</translation>
    </message>
    <message>
        <source>listing %1 on %2</source>
        <translation>listando %1 en %2</translation>
    </message>
    <message>
        <source>cannot read the harvest state: %1</source>
        <translation>no se puede leer el estado de la recolección: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>reading %1 (%2 new bytes)</source>
        <translation>leyendo %1 (%2 bytes nuevos)</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source> (from byte %1)</source>
        <translation> (desde el byte %1)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>ok: %1 samples</source>
        <translation>ok: %1 muestras</translation>
    </message>
    <message>
        <source>cannot record the fetch of %1: %2</source>
        <translation>no se puede registrar la descarga de %1: %2</translation>
    </message>
    <message>
        <source>no node to sample</source>
        <translation>no hay ningún nodo que muestrear</translation>
    </message>
    <message>
        <source>the interval must be more than 0 and at most 3600 s</source>
        <translation>el intervalo debe ser mayor que 0 y de 3600 s como máximo</translation>
    </message>
    <message>
        <source>the sampler script is missing from this build</source>
        <translation>falta el script del muestreador en esta compilación</translation>
    </message>
    <message>
        <source>%1 samples stored from %2 nodes</source>
        <translation>%1 muestras guardadas de %2 nodos</translation>
    </message>
    <message>
        <source>%1 is missing from this build</source>
        <translation>falta %1 en esta compilación</translation>
    </message>
    <message>
        <source>exited with status %1: %2</source>
        <translation>terminó con el estado %1: %2</translation>
    </message>
    <message>
        <source>the stream ended after %1 of %2 samples</source>
        <translation>el flujo terminó tras %1 de %2 muestras</translation>
    </message>
    <message>
        <source>the stream ended after %1 samples, before it was stopped</source>
        <translation>el flujo terminó tras %1 muestras, antes de detenerlo</translation>
    </message>
    <message>
        <source>%1 bad lines, the first: %2</source>
        <translation>%1 líneas erróneas; la primera: %2</translation>
    </message>
</context>
<context>
    <name>es::SamplerFileName</name>
    <message>
        <source>&apos;%1&apos; is not a sampler file (JOBID.NODE%2)</source>
        <translation>&apos;%1&apos; no es un archivo del muestreador (JOBID.NODE%2)</translation>
    </message>
    <message>
        <source>not a &apos;SIZE NAME&apos; listing line: &apos;%1&apos;</source>
        <translation>no es una línea de listado &apos;SIZE NAME&apos;: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>es::SamplerParser</name>
    <message>
        <source>malformed missing line (expected &quot;# missing SOURCE: REASON&quot;)</source>
        <translation>línea «# missing» mal formada (se esperaba &quot;# missing SOURCE: REASON&quot;)</translation>
    </message>
    <message>
        <source>not an es-sampler line: &apos;%1&apos;</source>
        <translation>no es una línea de es-sampler: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1: a second es-sampler header</source>
        <translation>línea %1: una segunda cabecera de es-sampler</translation>
    </message>
    <message>
        <source>line %1: no #es-sampler header before this line</source>
        <translation>línea %1: no hay cabecera #es-sampler antes de esta línea</translation>
    </message>
    <message>
        <source>truncated sample line (a complete one ends with &quot; $&quot;)</source>
        <translation>línea de muestra truncada (una completa termina en &quot; $&quot;)</translation>
    </message>
    <message>
        <source>sample line without a timestamp</source>
        <translation>línea de muestra sin marca de tiempo</translation>
    </message>
    <message>
        <source>sample timestamp %1 is out of range</source>
        <translation>la marca de tiempo de la muestra %1 está fuera de rango</translation>
    </message>
    <message>
        <source>sample timestamp is not a whole number of seconds: &apos;%1&apos;</source>
        <translation>la marca de tiempo de la muestra no es un número entero de segundos: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a key=value field: &apos;%1&apos;</source>
        <translation>no es un campo clave=valor: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed key: &apos;%1&apos;</source>
        <translation>clave mal formada: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: not a number: &apos;%2&apos;</source>
        <translation>%1: no es un número: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: given twice</source>
        <translation>%1: indicado dos veces</translation>
    </message>
    <message>
        <source>es-sampler header without a version (expected &quot;#es-sampler v1 ...&quot;)</source>
        <translation>cabecera de es-sampler sin versión (se esperaba &quot;#es-sampler v1 ...&quot;)</translation>
    </message>
    <message>
        <source>es-sampler header with a malformed version: &apos;%1&apos;</source>
        <translation>cabecera de es-sampler con una versión mal formada: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>es-sampler format v%1 is not supported: this version of Energy Studio reads v%2 only (use the sampler script installed with it)</source>
        <translation>el formato v%1 de es-sampler no es compatible: esta versión de Energy Studio solo lee v%2 (usar el script del muestreador instalado con ella)</translation>
    </message>
    <message>
        <source>header: not a key=value field: &apos;%1&apos;</source>
        <translation>cabecera: no es un campo clave=valor: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>header: %1: bad value &apos;%2&apos;</source>
        <translation>cabecera: %1: valor incorrecto &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>es::SamplerStreamParser</name>
    <message>
        <source>line %1: longer than %2 bytes: not es-sampler output</source>
        <translation>línea %1: supera los %2 bytes: no es salida de es-sampler</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>a second es-sampler header</source>
        <translation>una segunda cabecera de es-sampler</translation>
    </message>
    <message>
        <source>no #es-sampler header before this line</source>
        <translation>no hay ninguna cabecera #es-sampler antes de esta línea</translation>
    </message>
</context>
<context>
    <name>es::SbatchTestOnlyParser</name>
    <message>
        <source>sbatch printed two start lines</source>
        <translation>sbatch mostró dos líneas de inicio</translation>
    </message>
    <message>
        <source>sbatch --test-only refused the job: %1</source>
        <translation>sbatch --test-only rechazó el trabajo: %1</translation>
    </message>
    <message>
        <source>sbatch --test-only printed nothing</source>
        <translation>sbatch --test-only no mostró nada</translation>
    </message>
    <message>
        <source>sbatch --test-only printed no &apos;to start at&apos; line: %1</source>
        <translation>sbatch --test-only no mostró ninguna línea &apos;to start at&apos;: %1</translation>
    </message>
    <message>
        <source>cannot read sbatch&apos;s line &apos;%1&apos;</source>
        <translation>no se puede interpretar la línea de sbatch &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read the job id or processor count in &apos;%1&apos;</source>
        <translation>no se puede interpretar el id del trabajo o el número de procesadores en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read the start time &apos;%1&apos; (run sbatch with SLURM_TIME_FORMAT=standard)</source>
        <translation>no se puede interpretar la hora de inicio &apos;%1&apos; (ejecutar sbatch con SLURM_TIME_FORMAT=standard)</translation>
    </message>
    <message>
        <source>no node list in &apos;%1&apos;</source>
        <translation>no hay lista de nodos en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no partition name after &apos;in partition&apos; in &apos;%1&apos;</source>
        <translation>no hay nombre de partición después de &apos;in partition&apos; en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected text after the node list in &apos;%1&apos;</source>
        <translation>texto inesperado después de la lista de nodos en &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>es::SchemaMigrations</name>
    <message>
        <source>the database is not an HPC Energy Studio store (it has tables but no schema_version)</source>
        <translation>la base de datos no es un almacén de HPC Energy Studio (tiene tablas pero no schema_version)</translation>
    </message>
    <message>
        <source>cannot create the schema: %1</source>
        <translation>no se puede crear el esquema: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>no se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>the store has schema version %1, newer than this program supports (%2): open it with a newer HPC Energy Studio</source>
        <translation>el almacén tiene la versión de esquema %1, más reciente que la que admite este programa (%2): hay que abrirlo con una versión más reciente de HPC Energy Studio</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>falló la migración a la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation>no se puede registrar la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>cannot lock the store to check its schema: %1</source>
        <translation>no se puede bloquear el almacén para comprobar su esquema: %1</translation>
    </message>
    <message>
        <source>cannot commit the schema: %1</source>
        <translation>no se puede confirmar el esquema: %1</translation>
    </message>
</context>
<context>
    <name>es::ScontrolNodeParser</name>
    <message>
        <source>not a node line (expected NodeName=...)</source>
        <translation>no es una línea de nodo (se esperaba NodeName=...)</translation>
    </message>
    <message>
        <source>empty or invalid NodeName</source>
        <translation>NodeName vacío o no válido</translation>
    </message>
    <message>
        <source>%1: not a number in range: &apos;%2&apos;</source>
        <translation>%1: no es un número dentro del rango: &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>es::SelectedJobsModel</name>
    <message>
        <source>Job ID</source>
        <translation>ID de trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>es::SilenceAlertEvaluator</name>
    <message>
        <source>%1 of %2: no %3 sample for %4 s after %5 (usually every %6 s)</source>
        <translation>%1 de %2: ninguna muestra de %3 durante %4 s después de %5 (normalmente cada %6 s)</translation>
    </message>
    <message>
        <source>%1 of %2: no %3 sample since %4, %5 s (usually every %6 s)%7</source>
        <translation>%1 de %2: ninguna muestra de %3 desde %4, %5 s (normalmente cada %6 s)%7</translation>
    </message>
    <message>
        <source>; its state: %1</source>
        <translation>; su estado: %1</translation>
    </message>
</context>
<context>
    <name>es::SlurmCollector</name>
    <message>
        <source>cannot read the harvest state: %1</source>
        <translation>no se puede leer el estado de la recolección: %1</translation>
    </message>
    <message>
        <source>checking Slurm</source>
        <translation>comprobando Slurm</translation>
    </message>
    <message>
        <source>reading job history</source>
        <translation>leyendo el historial de trabajos</translation>
    </message>
    <message>
        <source>sacct on %1 exited with status %2: %3</source>
        <translation>sacct en %1 terminó con el estado %2: %3</translation>
    </message>
    <message>
        <source>sacct on %1 printed nothing, not even its header</source>
        <translation>sacct en %1 no mostró nada, ni siquiera su cabecera</translation>
    </message>
    <message>
        <source>reading node state</source>
        <translation>leyendo el estado de los nodos</translation>
    </message>
    <message>
        <source>cannot record the harvest: %1</source>
        <translation>no se puede registrar la recolección: %1</translation>
    </message>
    <message>
        <source>scontrol show node output line %1: %2</source>
        <translation>línea %1 de la salida de scontrol show node: %2</translation>
    </message>
    <message>
        <source>cannot store node %1: %2</source>
        <translation>no se puede guardar el nodo %1: %2</translation>
    </message>
    <message>
        <source>cannot store a sample of node %1: %2</source>
        <translation>no se puede guardar una muestra del nodo %1: %2</translation>
    </message>
    <message>
        <source>sacct output line 1: %1</source>
        <translation>línea 1 de la salida de sacct: %1</translation>
    </message>
    <message>
        <source>sacct output line %1: %2</source>
        <translation>línea %1 de la salida de sacct: %2</translation>
    </message>
</context>
<context>
    <name>es::SlurmSubmitter</name>
    <message>
        <source>sbatch refused the job (exit %1): %2</source>
        <translation>sbatch rechazó el trabajo (código de salida %1): %2</translation>
    </message>
    <message>
        <source>sbatch answered no job id: &apos;%1&apos;</source>
        <translation>sbatch no respondió con ningún id de trabajo: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>es::SshSession</name>
    <message>
        <source>no host given</source>
        <translation>no se ha indicado ningún host</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>no se puede crear una sesión SSH</translation>
    </message>
    <message>
        <source>cannot read the SSH configuration: %1</source>
        <translation>no se puede leer la configuración de SSH: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 no envió ninguna clave de host</translation>
    </message>
    <message>
        <source>cannot hash the host key of %1</source>
        <translation>no se puede calcular el hash de la clave de host de %1</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED: it now presents %2 %3, which does not match the key recorded in %4. Refusing to connect: this can be an attack. If the server&apos;s key was really replaced, remove that entry and connect again.</source>
        <translation>la clave de host de %1 ha CAMBIADO: ahora presenta %2 %3, que no coincide con la clave registrada en %4. Se rechaza la conexión: puede tratarse de un ataque. Si la clave del servidor se ha sustituido realmente, hay que eliminar esa entrada y volver a conectar.</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted</source>
        <translation>la clave de host de %1 no es conocida (%2 %3) y no se aceptó</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>no se puede comprobar la clave de host de %1: %2</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation>el archivo de clave %1 no existe</translation>
    </message>
    <message>
        <source>cannot read the private key %1 (wrong passphrase, or not a key)</source>
        <translation>no se puede leer la clave privada %1 (frase de contraseña incorrecta, o no es una clave)</translation>
    </message>
    <message>
        <source>default keys</source>
        <translation>claves predeterminadas</translation>
    </message>
    <message>
        <source>authentication to %1 failed (the server offers: %2; tried: %3)</source>
        <translation>falló la autenticación en %1 (el servidor ofrece: %2; probado: %3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>cannot open a channel to %1: %2</source>
        <translation>no se puede abrir un canal con %1: %2</translation>
    </message>
    <message>
        <source>cannot run a command on %1: %2</source>
        <translation>no se puede ejecutar un comando en %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the connection to %1 was lost: %2</source>
        <translation>se perdió la conexión con %1: %2</translation>
    </message>
    <message>
        <source>the connection to %1 was lost</source>
        <translation>se perdió la conexión con %1</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 no envió nada durante %2 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 exited with status %3: %4</source>
        <translation>&apos;%1&apos; en %2 terminó con el estado %3: %4</translation>
    </message>
    <message>
        <source>cannot send the input to %1: %2</source>
        <translation>no se puede enviar la entrada a %1: %2</translation>
    </message>
    <message>
        <source>cannot close the input to %1: %2</source>
        <translation>no se puede cerrar la entrada a %1: %2</translation>
    </message>
</context>
<context>
    <name>es::Store</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: %2</source>
        <translation>%1 no es una base de datos SQLite: %2</translation>
    </message>
    <message>
        <source>invalid PostgreSQL URL %1: expected postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>URL de PostgreSQL no válida %1: se esperaba postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed</source>
        <translation>el controlador PostgreSQL de Qt (QPSQL) no está instalado</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>a cluster needs a name</source>
        <translation>un clúster necesita un nombre</translation>
    </message>
    <message>
        <source>cannot add cluster %1: %2</source>
        <translation>no se puede añadir el clúster %1: %2</translation>
    </message>
    <message>
        <source>cannot add cluster %1</source>
        <translation>no se puede añadir el clúster %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>falló %1: %2</translation>
    </message>
    <message>
        <source>PRAGMA journal_mode=WAL failed: %1</source>
        <translation>falló PRAGMA journal_mode=WAL: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2 (is its disk full? nothing was changed)</source>
        <translation>no se puede leer %1: %2 (¿está lleno su disco? no se ha cambiado nada)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>es::StoreActionWorker</name>
    <message>
        <source>cannot list the clusters: %1</source>
        <translation>no se pueden listar los clústeres: %1</translation>
    </message>
    <message>
        <source>Deriving the metrics of %1</source>
        <translation>Derivando las métricas de %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing written for %1.</source>
        <translation>Cancelado: no se ha escrito nada para %1.</translation>
    </message>
    <message>
        <source>metrics derive %1: %2</source>
        <translation>derivación de métricas de %1: %2</translation>
    </message>
    <message>
        <source>Energy derived for %1 (%2 measured, %3 estimated by the power model); metrics for %4 in all.</source>
        <translation>Energía derivada para %1 (%2 medidos, %3 estimados por el modelo de potencia); métricas para %4 en total.</translation>
    </message>
    <message>
        <source>%1 job</source>
        <translation>%1 trabajo</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 trabajos</translation>
    </message>
    <message>
        <source>Checking the alerts of %1</source>
        <translation>Comprobando las alertas de %1</translation>
    </message>
    <message>
        <source>alerts check %1: %2</source>
        <translation>comprobación de alertas de %1: %2</translation>
    </message>
    <message>
        <source>Alerts checked on %1: %2, %3 updated.</source>
        <translation>Alertas comprobadas en %1: %2, %3 actualizados.</translation>
    </message>
    <message>
        <source>%1 cluster</source>
        <translation>%1 clúster</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 clústeres</translation>
    </message>
    <message>
        <source>%1 new event</source>
        <translation>%1 evento nuevo</translation>
    </message>
    <message>
        <source>%1 new events</source>
        <translation>%1 eventos nuevos</translation>
    </message>
</context>
<context>
    <name>es::SwfParser</name>
    <message>
        <source>negative job number</source>
        <translation>número de trabajo negativo</translation>
    </message>
    <message>
        <source>UnixStartTime &apos;%1&apos; is not a time in range</source>
        <translation>UnixStartTime &apos;%1&apos; no es una hora dentro del rango</translation>
    </message>
    <message>
        <source>job number</source>
        <translation>número de trabajo</translation>
    </message>
    <message>
        <source>submit time</source>
        <translation>hora de envío</translation>
    </message>
    <message>
        <source>wait time</source>
        <translation>tiempo de espera</translation>
    </message>
    <message>
        <source>run time</source>
        <translation>tiempo de ejecución</translation>
    </message>
    <message>
        <source>allocated processors</source>
        <translation>procesadores asignados</translation>
    </message>
    <message>
        <source>average CPU time</source>
        <translation>tiempo medio de CPU</translation>
    </message>
    <message>
        <source>used memory</source>
        <translation>memoria usada</translation>
    </message>
    <message>
        <source>requested processors</source>
        <translation>procesadores solicitados</translation>
    </message>
    <message>
        <source>requested time</source>
        <translation>tiempo solicitado</translation>
    </message>
    <message>
        <source>requested memory</source>
        <translation>memoria solicitada</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>id de usuario</translation>
    </message>
    <message>
        <source>group id</source>
        <translation>id de grupo</translation>
    </message>
    <message>
        <source>executable number</source>
        <translation>número de ejecutable</translation>
    </message>
    <message>
        <source>queue number</source>
        <translation>número de cola</translation>
    </message>
    <message>
        <source>partition number</source>
        <translation>número de partición</translation>
    </message>
    <message>
        <source>preceding job number</source>
        <translation>número del trabajo precedente</translation>
    </message>
    <message>
        <source>think time</source>
        <translation>tiempo de reflexión</translation>
    </message>
    <message>
        <source>field %1 (%2): &apos;%3&apos; is out of range</source>
        <translation>campo %1 (%2): &apos;%3&apos; está fuera de rango</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>más de %1 campos</translation>
    </message>
    <message>
        <source>field %1 is not a number: &apos;%2&apos; (%3)</source>
        <translation>el campo %1 no es un número: &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>%1 campos, se esperaban %2</translation>
    </message>
    <message>
        <source>field %1 (%2): %3 + %4 is past the latest time accepted</source>
        <translation>campo %1 (%2): %3 + %4 supera la hora máxima aceptada</translation>
    </message>
    <message>
        <source>field 6 (average CPU time) x processors is out of range</source>
        <translation>el campo 6 (tiempo medio de CPU) x procesadores está fuera de rango</translation>
    </message>
    <message>
        <source>field 10 (requested memory) x processors is out of range</source>
        <translation>el campo 10 (memoria solicitada) x procesadores está fuera de rango</translation>
    </message>
</context>
<context>
    <name>es::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>The colours of windows and plots, from the next start</source>
        <translation>Los colores de las ventanas y los gráficos, a partir del próximo inicio</translation>
    </message>
    <message>
        <source>&amp;System Theme</source>
        <translation>Tema del &amp;sistema</translation>
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
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The new theme is used from the next start of HPC Energy Studio.</source>
        <translation>El nuevo tema se usará a partir del próximo inicio de HPC Energy Studio.</translation>
    </message>
</context>
<context>
    <name>es::WelcomePanel</name>
    <message>
        <source>&lt;h2&gt;Welcome to HPC Energy Studio&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a HPC Energy Studio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This store holds no jobs yet. Fill it in one of three ways; every tab then shows what the jobs cost in energy and heat.</source>
        <translation>Este almacén aún no contiene trabajos. Se puede llenar de una de estas tres formas; después cada pestaña muestra lo que cuestan los trabajos en energía y calor.</translation>
    </message>
    <message>
        <source>Connect to a Cluster</source>
        <translation>Conectar con un clúster</translation>
    </message>
    <message>
        <source>Harvest the job history, node state and sensors of a Slurm cluster over SSH (the Connections tab).</source>
        <translation>Recolectar por SSH el historial de trabajos, el estado de los nodos y los sensores de un clúster Slurm (la pestaña Conexiones).</translation>
    </message>
    <message>
        <source>Import a File…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <source>A Slurm sacct dump, a Parallel Workloads Archive trace (SWF) or a per-job CSV dataset with energy.</source>
        <translation>Un volcado de sacct de Slurm, una traza del Parallel Workloads Archive (SWF) o un conjunto de datos CSV por trabajo con su energía.</translation>
    </message>
    <message>
        <source>Open the Sample Data</source>
        <translation>Abrir los datos de ejemplo</translation>
    </message>
    <message>
        <source>7,235 real jobs of the CRESCO6 cluster with measured energy: energy, models and correlations at once.</source>
        <translation>7235 trabajos reales del clúster CRESCO6 con energía medida: energía, modelos y correlaciones al instante.</translation>
    </message>
    <message>
        <source>Sample data: C6EnPLS, Artioli et al., Future Internet 17 (2025) 203, doi:10.3390/fi17050203; CC0-1.0.</source>
        <translation>Datos de ejemplo: C6EnPLS, Artioli et al., Future Internet 17 (2025) 203, doi:10.3390/fi17050203; CC0-1.0.</translation>
    </message>
</context>
<context>
    <name>es::ml::AdviceForests</name>
    <message>
        <source>advice: training</source>
        <translation>recomendación: entrenando</translation>
    </message>
    <message>
        <source>no measured task to learn from</source>
        <translation>no hay ninguna tarea medida de la que aprender</translation>
    </message>
</context>
<context>
    <name>es::ml::AdviceReplay</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>a replay needs at least 2 group folds and 2 inner folds</source>
        <translation>una reproducción necesita al menos 2 pliegues de grupo y 2 pliegues internos</translation>
    </message>
    <message>
        <source>the time limit must be a percentage of 0 or more</source>
        <translation>el límite de tiempo debe ser un porcentaje de 0 o más</translation>
    </message>
    <message>
        <source>%1 tasks cannot be held out in %2 folds</source>
        <translation>no se pueden apartar %1 tareas en %2 pliegues</translation>
    </message>
</context>
<context>
    <name>es::ml::CampaignProposer</name>
    <message>
        <source>never measured</source>
        <translation>nunca medida</translation>
    </message>
    <message>
        <source>measured on %1 node(s) only</source>
        <translation>medida solo en %1 nodo(s)</translation>
    </message>
    <message>
        <source>never measured at this CPU frequency</source>
        <translation>nunca medida a esta frecuencia de CPU</translation>
    </message>
    <message numerus="yes">
        <source>%n completed run(s): too few to tell the spread</source>
        <translation>
            <numerusform>%n ejecución completada: demasiado pocas para estimar la dispersión</numerusform>
            <numerusform>%n ejecuciones completadas: demasiado pocas para estimar la dispersión</numerusform>
        </translation>
    </message>
    <message>
        <source>; over the budget left (%1 core-hours)</source>
        <translation>; supera el presupuesto restante (%1 horas-núcleo)</translation>
    </message>
    <message numerus="yes">
        <source>90% interval from ×%1 to ×%2 of the prediction (%n run(s) of this cell)</source>
        <translation>
            <numerusform>intervalo del 90 % de ×%1 a ×%2 de la predicción (%n ejecución de esta celda)</numerusform>
            <numerusform>intervalo del 90 % de ×%1 a ×%2 de la predicción (%n ejecuciones de esta celda)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ml::CrossValidation</name>
    <message>
        <source>%1-fold CV, out-of-fold</source>
        <translation>validación cruzada de %1 pliegues, fuera de pliegue</translation>
    </message>
    <message>
        <source>time-ordered, %1 forward blocks</source>
        <translation>en orden temporal, %1 bloques hacia delante</translation>
    </message>
</context>
<context>
    <name>es::ml::CsvDatasetReader</name>
    <message>
        <source>a CSV dataset needs a target column and at least one feature column</source>
        <translation>un conjunto de datos CSV necesita una columna de objetivo y al menos una columna de variable</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header line)</source>
        <translation>%1: el archivo está vacío (no hay línea de cabecera)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>CSV %1, target %2</source>
        <translation>CSV %1, objetivo %2</translation>
    </message>
    <message>
        <source>%1 rows without a value for %2 were left out</source>
        <translation>se descartaron %1 filas sin valor para %2</translation>
    </message>
    <message>
        <source>%1 rows with an empty numeric feature were left out</source>
        <translation>se descartaron %1 filas con una variable numérica vacía</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos;: unknown suffix &apos;:%2&apos; (use :cat, :num, :after)</source>
        <translation>variable &apos;%1&apos;: sufijo desconocido &apos;:%2&apos; (usar :cat, :num, :after)</translation>
    </message>
    <message>
        <source>an empty feature name in --features</source>
        <translation>un nombre de variable vacío en --features</translation>
    </message>
    <message>
        <source>%1 is the target: it cannot also be a feature</source>
        <translation>%1 es el objetivo: no puede ser también una variable</translation>
    </message>
    <message>
        <source>%1: no column named &apos;%2&apos; (the header has: %3)</source>
        <translation>%1: no hay ninguna columna llamada &apos;%2&apos; (la cabecera tiene: %3)</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, the header has %4</source>
        <translation>%1:%2: %3 campos, la cabecera tiene %4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number (name it %3:cat for a categorical feature)</source>
        <translation>%1: &apos;%2&apos; no es un número (llamarla %3:cat para una variable categórica)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1: &apos;%2&apos; no es un número finito</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time in epoch seconds</source>
        <translation>%1: &apos;%2&apos; no es un tiempo en segundos desde la época Unix</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a fold number (0, 1, ...)</source>
        <translation>%1: &apos;%2&apos; no es un número de pliegue (0, 1, ...)</translation>
    </message>
    <message>
        <source>%1:%2: column %3</source>
        <translation>%1:%2: columna %3</translation>
    </message>
    <message>
        <source>%1: the target &apos;%2&apos; is not a number</source>
        <translation>%1: el objetivo &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <source>%1: the target &apos;%2&apos; is not a finite number</source>
        <translation>%1: el objetivo &apos;%2&apos; no es un número finito</translation>
    </message>
</context>
<context>
    <name>es::ml::Dataset</name>
    <message>
        <source>the dataset is empty: no row has a value for the target %1</source>
        <translation>el conjunto de datos está vacío: ninguna fila tiene valor para el objetivo %1</translation>
    </message>
    <message>
        <source>the dataset has %1 rows; at least %2 are needed to train and validate</source>
        <translation>el conjunto de datos tiene %1 filas; se necesitan al menos %2 para entrenar y validar</translation>
    </message>
    <message>
        <source>the dataset has no feature columns</source>
        <translation>el conjunto de datos no tiene columnas de variables</translation>
    </message>
    <message>
        <source>column %1 has %2 values for %3 rows</source>
        <translation>la columna %1 tiene %2 valores para %3 filas</translation>
    </message>
    <message>
        <source>the target %1 is also a feature</source>
        <translation>el objetivo %1 es también una variable</translation>
    </message>
    <message>
        <source>column %1 has a value that is not a finite number</source>
        <translation>la columna %1 tiene un valor que no es un número finito</translation>
    </message>
    <message>
        <source>the dataset&apos;s side columns (time, group, requested time, fold) do not match its rows</source>
        <translation>las columnas auxiliares del conjunto de datos (tiempo, grupo, tiempo solicitado, pliegue) no coinciden con sus filas</translation>
    </message>
    <message>
        <source>the target %1 has a value that is not a finite number</source>
        <translation>el objetivo %1 tiene un valor que no es un número finito</translation>
    </message>
    <message>
        <source>the target %1 is constant (%2 in every row): there is nothing to learn</source>
        <translation>el objetivo %1 es constante (%2 en todas las filas): no hay nada que aprender</translation>
    </message>
</context>
<context>
    <name>es::ml::DatasetLoader</name>
    <message>
        <source>cannot read the jobs: %1</source>
        <translation>no se pueden leer los trabajos: %1</translation>
    </message>
    <message>
        <source>%1 jobs without a value for %2 were left out</source>
        <translation>se descartaron %1 trabajos sin valor para %2</translation>
    </message>
    <message>
        <source>store %1%2, target %3, %4 features</source>
        <translation>almacén %1%2, objetivo %3, variables %4</translation>
    </message>
    <message>
        <source>, cluster %1</source>
        <translation>, clúster %1</translation>
    </message>
    <message>
        <source>before- and after-run</source>
        <translation>anteriores y posteriores a la ejecución</translation>
    </message>
    <message>
        <source>before-run</source>
        <translation>anteriores a la ejecución</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos; (%2 or a numeric feature)</source>
        <translation>objetivo desconocido &apos;%1&apos; (%2 o una variable numérica)</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos;</source>
        <translation>variable desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos; (the store&apos;s dataset features: %2)</source>
        <translation>variable desconocida &apos;%1&apos; (variables del conjunto de datos del almacén: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cannot read the dataset features: %1</source>
        <translation>no se pueden leer las variables del conjunto de datos: %1</translation>
    </message>
    <message>
        <source>feature %1 dropped: it has a single value</source>
        <translation>variable %1 descartada: tiene un único valor</translation>
    </message>
    <message>
        <source>feature %1 dropped: unknown for %2 of %3 jobs</source>
        <translation>variable %1 descartada: desconocida en %2 de %3 trabajos</translation>
    </message>
    <message>
        <source>feature %1 dropped: constant</source>
        <translation>variable %1 descartada: constante</translation>
    </message>
    <message>
        <source>%1 jobs with an unknown numeric feature were left out</source>
        <translation>se descartaron %1 trabajos con una variable numérica desconocida</translation>
    </message>
</context>
<context>
    <name>es::ml::DlibRegressors</name>
    <message>
        <source>the model data is for &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>los datos del modelo son para &apos;%1&apos;, no para &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the model data is damaged: %1</source>
        <translation>los datos del modelo están dañados: %1</translation>
    </message>
    <message>
        <source>random forest training failed: %1</source>
        <translation>falló el entrenamiento del bosque aleatorio: %1</translation>
    </message>
    <message>
        <source>%1 training failed: %2</source>
        <translation>falló el entrenamiento de %1: %2</translation>
    </message>
    <message>
        <source>svr training found no finite solution</source>
        <translation>el entrenamiento de svr no encontró ninguna solución finita</translation>
    </message>
    <message>
        <source>the model data is damaged: a basis vector of %1 values, not %2</source>
        <translation>los datos del modelo están dañados: un vector de base de %1 valores, no de %2</translation>
    </message>
</context>
<context>
    <name>es::ml::FeatureSpec</name>
    <message>
        <source>no rows to fit the features on</source>
        <translation>no hay filas con las que ajustar las variables</translation>
    </message>
    <message>
        <source>the log transform needs a target without negative values (%1 has some)</source>
        <translation>la transformación logarítmica necesita un objetivo sin valores negativos (%1 tiene alguno)</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>not trained with %1</source>
        <translation>no entrenado con %1</translation>
    </message>
    <message>
        <source>the model&apos;s inputs are %1; %2</source>
        <translation>las entradas del modelo son %1; %2</translation>
    </message>
    <message>
        <source>%1 must be a finite number, got &apos;%2&apos;</source>
        <translation>%1 debe ser un número finito; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the feature specification is incomplete (no target, no features or a bad scale)</source>
        <translation>la especificación de variables está incompleta (sin objetivo, sin variables o con una escala incorrecta)</translation>
    </message>
    <message>
        <source>the feature specification has a feature without a name or with an unknown kind &apos;%1&apos;</source>
        <translation>la especificación de variables tiene una variable sin nombre o con un tipo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the feature %1 has a bad scale</source>
        <translation>la variable %1 tiene una escala incorrecta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the feature specification has a bad log offset</source>
        <translation>la especificación de variables tiene un desplazamiento logarítmico incorrecto</translation>
    </message>
    <message>
        <source>the feature specification has a target range whose minimum is above its maximum</source>
        <translation>la especificación de variables tiene un rango de objetivo cuyo mínimo es mayor que su máximo</translation>
    </message>
</context>
<context>
    <name>es::ml::JobFeatureReader</name>
    <message>
        <source>cannot read job %1: %2</source>
        <translation>no se puede leer el trabajo %1: %2</translation>
    </message>
    <message>
        <source>there is no job %1 in the store</source>
        <translation>no hay ningún trabajo %1 en el almacén</translation>
    </message>
    <message>
        <source>there is no job %1 in cluster %2</source>
        <translation>no hay ningún trabajo %1 en el clúster %2</translation>
    </message>
    <message>
        <source>job %1 is in several clusters (%2): name one with --cluster</source>
        <translation>el trabajo %1 está en varios clústeres (%2): hay que indicar uno con --cluster</translation>
    </message>
    <message>
        <source>cannot read the dataset features of job %1: %2</source>
        <translation>no se pueden leer las variables del conjunto de datos del trabajo %1: %2</translation>
    </message>
    <message>
        <source>cannot read the recent run times of job %1&apos;s user: %2</source>
        <translation>no se pueden leer las duraciones recientes del usuario del trabajo %1: %2</translation>
    </message>
</context>
<context>
    <name>es::ml::LoadForecaster</name>
    <message>
        <source>cannot read the jobs: %1</source>
        <translation>no se pueden leer los trabajos: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no jobs with a start and an end time: nothing to forecast from</source>
        <translation>no hay trabajos con hora de inicio y de fin: no hay datos para la previsión</translation>
    </message>
    <message>
        <source>the horizon must be between 1 and 1440 minutes, not %1</source>
        <translation>el horizonte debe estar entre 1 y 1440 minutos, no %1</translation>
    </message>
    <message>
        <source>only the last %1 days of history are used</source>
        <translation>solo se usan los últimos %1 días de historial</translation>
    </message>
    <message>
        <source>%1 minutes of history are too few for a %2-minute forecast (at least %3 are needed)</source>
        <translation>%1 minutos de historial son muy pocos para una previsión a %2 minutos (se necesitan al menos %3)</translation>
    </message>
    <message>
        <source>less than 3 days of history: no daily lag feature</source>
        <translation>menos de 3 días de historial: sin variable de retardo diario</translation>
    </message>
    <message>
        <source>time-ordered holdout: train on minutes before %1, test on the last %2 minutes</source>
        <translation>reserva en orden temporal: entrenamiento con los minutos anteriores a %1, prueba con los últimos %2 minutos</translation>
    </message>
    <message>
        <source>forecast: evaluating the %1-minute model</source>
        <translation>previsión: evaluando el modelo a %1 minutos</translation>
    </message>
    <message>
        <source>seasonal-naive needs a day of history before the test part: not computed</source>
        <translation>la referencia ingenua estacional necesita un día de historial antes de la parte de prueba: no se calcula</translation>
    </message>
    <message>
        <source>forecast: fitting the %1-minute model on all history</source>
        <translation>previsión: ajustando el modelo a %1 minutos con todo el historial</translation>
    </message>
</context>
<context>
    <name>es::ml::Model</name>
    <message>
        <source>the model was saved in format version %1, newer than this program reads (%2): use a newer HPC Energy Studio</source>
        <translation>el modelo se guardó en la versión de formato %1, más reciente que la que lee este programa (%2): hay que usar una versión más reciente de HPC Energy Studio</translation>
    </message>
    <message>
        <source>the model has an invalid format version %1</source>
        <translation>el modelo tiene una versión de formato no válida %1</translation>
    </message>
    <message>
        <source>the model&apos;s algorithm &apos;%1&apos; is unknown to this program</source>
        <translation>el algoritmo del modelo &apos;%1&apos; es desconocido para este programa</translation>
    </message>
    <message>
        <source>the model is damaged: its regressor takes %1 inputs, its feature specification gives %2</source>
        <translation>el modelo está dañado: su regresor admite %1 entradas y su especificación de variables proporciona %2</translation>
    </message>
</context>
<context>
    <name>es::ml::ModelRegistry</name>
    <message>
        <source>there is no trained model to save</source>
        <translation>no hay ningún modelo entrenado que guardar</translation>
    </message>
    <message>
        <source>cannot save the model: %1</source>
        <translation>no se puede guardar el modelo: %1</translation>
    </message>
    <message>
        <source>cannot list the models: %1</source>
        <translation>no se pueden listar los modelos: %1</translation>
    </message>
    <message>
        <source>cannot read model %1: %2</source>
        <translation>no se puede leer el modelo %1: %2</translation>
    </message>
    <message>
        <source>there is no model %1 (see: models list)</source>
        <translation>no hay ningún modelo %1 (ver: models list)</translation>
    </message>
    <message>
        <source>model %1: %2</source>
        <translation>modelo %1: %2</translation>
    </message>
    <message>
        <source>cannot remove model %1: %2</source>
        <translation>no se puede eliminar el modelo %1: %2</translation>
    </message>
    <message>
        <source>there is no model %1</source>
        <translation>no hay ningún modelo %1</translation>
    </message>
    <message>
        <source>cannot record the prediction: %1</source>
        <translation>no se puede registrar la predicción: %1</translation>
    </message>
</context>
<context>
    <name>es::ml::PlacementAdvisor</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the carbon objective needs a carbon series (import-carbon, then --carbon NAME)</source>
        <translation>el objetivo carbon necesita una serie de carbono (import-carbon y después --carbon NAME)</translation>
    </message>
    <message>
        <source>no advice: no job of cluster %1 has both a measured energy and a run time</source>
        <translation>sin recomendación: ningún trabajo del clúster %1 tiene a la vez energía medida y tiempo de ejecución</translation>
    </message>
    <message>
        <source>no advice: %1</source>
        <translation>sin recomendación: %1</translation>
    </message>
    <message>
        <source>no advice: no measured run of jobs named &apos;%1&apos; in cluster %2 — outside what we have measured</source>
        <translation>sin recomendación: no hay ninguna ejecución medida de trabajos llamados &apos;%1&apos; en el clúster %2 — fuera de lo que se ha medido</translation>
    </message>
    <message>
        <source>no advice: the job&apos;s own request cannot be a candidate (fewer CPUs than nodes)</source>
        <translation>sin recomendación: la propia solicitud del trabajo no puede ser un candidato (menos CPU que nodos)</translation>
    </message>
    <message>
        <source>cannot read the job history: %1</source>
        <translation>no se puede leer el historial de trabajos: %1</translation>
    </message>
    <message>
        <source>store, cluster %1: jobs with measured energy</source>
        <translation>almacén, clúster %1: trabajos con energía medida</translation>
    </message>
    <message>
        <source>the carbon series %1 has no points around the run (import-carbon first)</source>
        <translation>la serie de carbono %1 no tiene puntos en torno a la ejecución (ejecutar antes import-carbon)</translation>
    </message>
    <message>
        <source>%1 nodes, %2 CPUs: no carbon figure: %3</source>
        <translation>%1 nodos, %2 CPU: sin cifra de carbono: %3</translation>
    </message>
    <message>
        <source>no advice: no candidate is within the limits and the measured range</source>
        <translation>sin recomendación: ningún candidato está dentro de los límites y del rango medido</translation>
    </message>
</context>
<context>
    <name>es::ml::PredictionAccuracy</name>
    <message>
        <source>cannot read model %1: %2</source>
        <translation>no se puede leer el modelo %1: %2</translation>
    </message>
    <message>
        <source>there is no model %1</source>
        <translation>no hay ningún modelo %1</translation>
    </message>
    <message>
        <source>cannot read the predictions of model %1: %2</source>
        <translation>no se pueden leer las predicciones del modelo %1: %2</translation>
    </message>
</context>
<context>
    <name>es::ml::ReplayTable</name>
    <message>
        <source>a replay needs a target column, a time column, task columns and option columns</source>
        <translation>una reproducción necesita una columna de objetivo, una columna de tiempo, columnas de tarea y columnas de opción</translation>
    </message>
    <message>
        <source>the column %1 is named twice (each column has one role)</source>
        <translation>la columna %1 se indica dos veces (cada columna tiene un solo papel)</translation>
    </message>
    <message>
        <source>the data has no column %1</source>
        <translation>los datos no tienen ninguna columna %1</translation>
    </message>
    <message>
        <source>%1 runs without a positive %2 or %3 were left out</source>
        <translation>se descartaron %1 ejecuciones sin un %2 o %3 positivo</translation>
    </message>
    <message>
        <source>the data has %1 task(s): a replay holds tasks out, it needs at least two</source>
        <translation>los datos tienen %1 tarea(s): una reproducción aparta tareas, así que necesita al menos dos</translation>
    </message>
    <message>
        <source>a candidate needs a known task and a value for each of %1</source>
        <translation>un candidato necesita una tarea conocida y un valor para cada uno de %1</translation>
    </message>
    <message>
        <source>%1 must be a number, got &apos;%2&apos;</source>
        <translation>%1 debe ser un número; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; was never measured (known: %3)</source>
        <translation>%1 = &apos;%2&apos; nunca se midió (conocidos: %3)</translation>
    </message>
</context>
<context>
    <name>es::ml::RidgeRegressor</name>
    <message>
        <source>ridge regression: no finite solution</source>
        <translation>regresión ridge: no hay solución finita</translation>
    </message>
    <message>
        <source>the ridge model data is damaged</source>
        <translation>los datos del modelo ridge están dañados</translation>
    </message>
    <message>
        <source>the ridge model data is truncated</source>
        <translation>los datos del modelo ridge están truncados</translation>
    </message>
</context>
<context>
    <name>es::ml::RunTimeBaselines</name>
    <message>
        <source>requested time</source>
        <translation>tiempo solicitado</translation>
    </message>
    <message>
        <source>mean of the user&apos;s last two run times</source>
        <translation>media de las dos últimas duraciones del usuario</translation>
    </message>
    <message>
        <source>mean per %1</source>
        <translation>media por %1</translation>
    </message>
    <message>
        <source>training mean</source>
        <translation>media de entrenamiento</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
</context>
<context>
    <name>es::ml::Trainer</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1: inner cross-validation</source>
        <translation>%1: validación cruzada interna</translation>
    </message>
    <message>
        <source>%1: no hyperparameters could be fitted</source>
        <translation>%1: no se pudo ajustar ningún hiperparámetro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no algorithm to train</source>
        <translation>no hay ningún algoritmo que entrenar</translation>
    </message>
    <message>
        <source>%1: final fit on all rows</source>
        <translation>%1: ajuste final con todas las filas</translation>
    </message>
    <message>
        <source>preparing %1 rows</source>
        <translation>preparando %1 filas</translation>
    </message>
    <message>
        <source>the data has no times: no time-ordered split</source>
        <translation>los datos no tienen tiempos: no hay división en orden temporal</translation>
    </message>
    <message>
        <source>%1 fits on %2 evenly spaced training rows of each split (of up to %3): kernel methods grow with the square of the rows</source>
        <translation>%1 se ajusta con %2 filas de entrenamiento equiespaciadas de cada división (de hasta %3): los métodos kernel crecen con el cuadrado de las filas</translation>
    </message>
    <message>
        <source>%1 fits on %2 evenly spaced training rows of each split (of up to %3): its trees grow with the rows</source>
        <translation>%1 se ajusta con %2 filas de entrenamiento equiespaciadas de cada división (de hasta %3): sus árboles crecen con las filas</translation>
    </message>
    <message>
        <source>trained on %1 evenly spaced rows of %2: the encoded inputs (up to %3 columns) are capped at %4 MiB</source>
        <translation>entrenado con %1 filas equiespaciadas de %2: las entradas codificadas (hasta %3 columnas) se limitan a %4 MiB</translation>
    </message>
    <message>
        <source>no model beats the baseline: the highest R² on %1 is %2 (%3), the baseline&apos;s (%4) %5</source>
        <translation>ningún modelo supera la referencia: el R² más alto en %1 es %2 (%3); el de la referencia (%4), %5</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Job energy and heat analysis for Slurm clusters</source>
        <translation>Análisis de energía y calor de trabajos para clústeres Slurm</translation>
    </message>
    <message>
        <source>Open the store at LOCATION: an SQLite file or a postgresql:// URL.</source>
        <translation>Abrir el almacén en LOCATION: un archivo SQLite o una URL postgresql://.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
</context>
</TS>
