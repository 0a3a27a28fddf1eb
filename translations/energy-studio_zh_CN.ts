<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignCsv</name>
    <message>
        <source>cannot write the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterAdmin</name>
    <message>
        <source>no count returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no cluster named &quot;%1&quot; in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting cluster &quot;%1&quot; failed, nothing was deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new name of a cluster cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cluster named &quot;%1&quot; exists already: delete it first or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming cluster &quot;%1&quot; failed, nothing changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Energy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: energy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature: %1</source>
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
    <name>CsvPreview</name>
    <message>
        <source>%1: not a text file (it has NUL bytes): not a CSV dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a text file (%2 control bytes in the first %3): not a CSV dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file, no header line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFieldFormat</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
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
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested CPUs</source>
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
        <source>Node list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max RSS (largest task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time (all tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CPU frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node temperature, average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node temperature, peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU frequency, average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU utilisation, average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power, average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2 %3 %4 %5 %6
 {1 %2?}</translation>
    </message>
    <message>
        <source>Measured: Slurm accounting (ConsumedEnergyRaw of the job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured: the energy meters of the job&apos;s nodes over its run, shared among the jobs on a node by their CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured: given by the imported dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated: a power model of its nodes (idle to full power by CPU utilisation), not a meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no source recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1”</source>
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
    <message>
        <source>unterminated %1 quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2: the number is too large (over %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2: a positive whole number is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2: the maximum is below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exclusive=%1: expected user, mcs or topo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;workloads&quot; must be a list with at least one workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry of &quot;workloads&quot; must be an object with an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;nodes&quot; must be a list with at least one node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;nodes&quot;: every node count must be a whole number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cpu_freq&quot; must be a list with at least one value (leave it out for Slurm&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sysbench CPU: prime numbers on every CPU (events per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sysbench memory: sequential writes on every CPU (MiB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress-ng CPU stressors on every CPU, for thermal soak (bogo ops/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fio random 4 KiB reads and writes in the node&apos;s temporary directory (IOPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPC Challenge on every node separately (one MPI process each): HPL (TFLOPS), problem size problem_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPC Challenge on every node separately: STREAM triad of every process (GB/s), problem size problem_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own command, with a regular expression for its figure of merit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload %1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload command: &quot;%1&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload command: &quot;programs&quot; must list program names (letters, digits, &apos;_.+-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload command: &quot;programs&quot; must be a list of program names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload command: fom_regex &quot;%1&quot; is not a regular expression with a capture group (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: not a number: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: time &apos;%2&apos; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: not a time: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read sbatch&apos;s line &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the job id or processor count in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the start time &apos;%1&apos; (run sbatch with SLURM_TIME_FORMAT=standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node list in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no partition name after &apos;in partition&apos; in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the node list in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA journal_mode=WAL failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 (%2): &apos;%3&apos; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is not a number: &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 (%2): %3 + %4 is past the latest time accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field 6 (average CPU time) x processors is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field 10 (requested memory) x processors is out of range</source>
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
    <message>
        <source>guest %1 has no name: not mapped to a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest %1 (%2): node %2 is mapped to VM %3 by hand; map this VM explicitly</source>
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
        <source>sample timestamp %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 of cluster %2 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which without a start or submission time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs without a time (not in any range, left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs with energy</source>
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
</context>
<context>
    <name>es::AdviceLedger</name>
    <message>
        <source>cannot record the advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the submission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the failed submission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the advice ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::AdviceWorker</name>
    <message numerus="yes">
        <source>choose a cluster in the filter bar (the store has %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::AdvisorView</name>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted run time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving vs as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs of this name are the same work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: #SBATCH lines fill the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as most run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1,2,4,8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 32,64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least energy × time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % slower at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series from import-carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a job and press Advise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As asked, &amp;nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As asked, &amp;CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try node counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try CPU counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice learns from the measured jobs of the filter bar&apos;s cluster (or of the store&apos;s only cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice from the measured jobs of cluster &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch scripts (*.sh *.sbatch *.slurm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store and name the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from the measured history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice recorded in the ledger; submit it with energy-studio-cli advise --profile P --script FILE --submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside what was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s): %1 %2, %3 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 nodes × %2 CPUs&lt;/b&gt;: energy %3% against the job as asked (power %4%, time %5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This configuration ran %n time(s) for this job name: %1, %2 s measured.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This configuration never ran for this job name: predicted from its other runs and from the other job names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind it: %1 runs of this job name; %2 job names, %3 configurations, %4 runs on the cluster. Intervals are 90% split-conformal. Not modelled yet: peak temperature; the queue wait comes from Slurm in the CLI (advise --profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken: over the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran on other counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
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
    <message>
        <source>cancelled</source>
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
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, source %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory exhaustion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node memory high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collector silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
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
    <message numerus="yes">
        <source>%n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ongoing</source>
        <translation type="unfinished">
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
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HPC Energy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory exhaustion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node memory high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate node temperatures and job energies now, over the range beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The samples and job ends Check Now evaluates, counted back from now. Imported history older than the range is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %1: %n new events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>samples since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::BatchScriptParser</name>
    <message>
        <source>memory as N[K|M|G|T] is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time as MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of days is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number &apos;%1&apos; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time limit is over Slurm&apos;s maximum of %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch script is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: a batch script must start with #! and the path of an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
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
    <message>
        <source>the conflict check of %1 failed: %2</source>
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
    <message>
        <source>cannot prepare the conflict check of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conflict check of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CampaignPreflight</name>
    <message>
        <source>not submitted: %1 (checked on the nodes before anything was submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programs not checked on the nodes: srun could not run there within a minute (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found on %2 node(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 node(s)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not submitted: Slurm refuses %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: would start %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CampaignResultReader</name>
    <message>
        <source>no job output at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure of merit not found in the job output (pattern %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm&apos;s energy %1 J and the sampler&apos;s %2 J differ by %3%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CampaignRunner</name>
    <message>
        <source>squeue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a submission was interrupted before Slurm took the job; submitting again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Slurm has %2 jobs of this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted job %1 after an interrupted submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s workload is not known to this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the run&apos;s workload is not known to this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: the cell&apos;s mean energy is known within ±%1% (95%) after %2 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled with the campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CampaignSlurmParser</name>
    <message>
        <source>%1 fields where sacct was asked for 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job id or state (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time, duration or energy out of range (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not &apos;JOBID|NAME|STATE|NODES&apos;: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CampaignSpec</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign file is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1 (this program reads campaign files of format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exclusive&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stop_within_pct&quot; must be a percentage from 0.1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 40 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (it is part of every job&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;profile&quot; must name the cluster profile that submits the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;partition&quot; must be a Slurm partition name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign needs at least one workload and one node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cpu_freq&quot;: &quot;%1&quot; is not a value of sbatch --cpu-freq (low, medium, high, highm1 or kHz)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CampaignStore</name>
    <message>
        <source>a campaign named %1 exists already (campaign status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaign named %1 (see campaign list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the campaign&apos;s runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the measured jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CampaignWizard</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole nodes (--exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New benchmark campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real benchmarks, run on every node of each job with all of its CPUs. Each job checks that the programs are on its nodes before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>./my-benchmark --size 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GFLOPS: ([0-9.]+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of work (built-in workloads):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure of merit (regular expression, one group):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workload runs on every node count at every CPU frequency, each cell as many times as repeated, in a random order per repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: Slurm&apos;s default; or low,high or kHz values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the cluster&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU frequencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampler interval (0: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the campaign costs. Finish stores it; Start on the Campaigns tab submits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node counts: &apos;%1&apos; is not a node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells × %2 repeats = %3 jobs on %4.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node-hours: %1 of work; %2 reserved at most (a %3 min limit per job).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy: about %1 kWh, at the median %2 W per node of %3 jobs of this cluster with measured energy.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy: no estimate yet (no job of this cluster has measured energy in the store).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Each job: %1, one task per node with all of its CPUs, %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the on-node sampler every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without the on-node sampler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The campaign file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CampaignWorker</name>
    <message>
        <source>no one to answer the cluster&apos;s questions (internal error)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CampaignWorkloads</name>
    <message>
        <source>unknown workload &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload %1: problem_size must be a whole number from 100 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload %1: duration_s must be a whole number of seconds from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CampaignsView</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU freq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure of merit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy 5-95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time median (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOM median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOM unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet. &quot;New campaign...&quot; designs one: real benchmarks (sysbench, stress-ng, fio or your own command) over node counts and CPU frequencies, each job measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start / Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pass every 15 s until every run has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the cluster about %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet: &quot;New campaign...&quot; designs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — this pass: %1 submitted, %2 adopted after an interrupted submission, %3 results read, %4 retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 (what was done is kept; try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy median (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy 5-95% (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign runs on a cluster profile: add one on the Connections tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the campaign&apos;s runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CarbonIntensity</name>
    <message>
        <source>an empty carbon-intensity series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensity %1 g/kWh at %2 is outside [0, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series&apos; times do not increase at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series of one point needs the time its value holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window of %1 s: the duration must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no carbon-intensity series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window %1 + %2 s is not covered by the carbon-intensity series (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy %1 J: it must be a finite, non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestStart needs a positive step and duration and latest start &gt;= earliest (step %1 s, duration %2 s, %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no start between %1 and %2 has its window covered: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CarbonSeriesParser</name>
    <message>
        <source>no column &apos;%1&apos; (the %2 column asked for); the columns are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 column among %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several %1 columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: name it with --time-column / --intensity-column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time and intensity columns are the same column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: unit &apos;%2/%3&apos; is not known (g/kWh, kg/kWh, g/Wh, kg/MWh, t/MWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit &apos;%1&apos; is not known (g/kWh, kg/kWh, g/Wh, kg/MWh, t/MWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; says %2 but the unit given is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header line is repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has %1 fields, the header %2 (truncated or joined line?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a time (ISO 8601 such as 2023-05-04T12:30Z, or epoch seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: empty where a number is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: negative intensity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: intensity %2 %3 is over %4 g/kWh (wrong unit?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: time %2 is repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: time %2 goes backwards (the previous point is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data lines after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (no header, no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap: no point between %1 and %2 (%3 missing at %4 s steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;unix&apos; differs from &apos;%1&apos; on %2 of %3 lines (first by %4 s); &apos;%1&apos; is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::CarbonSeriesWriter</name>
    <message>
        <source>cannot count the points of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carbon-intensity series needs a name (its grid zone or region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1 of %2 (ts %3, %4 g/kWh) is out of order or out of [0, %5]: nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the carbon series %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the carbon series: %1</source>
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
        <translation>用法：energy-studio-cli [--db 路径 | --db postgresql://用户@主机:端口/数据库] [--json] 命令 ...

HPC Energy Studio 命令行：所有无需图形界面的步骤，供脚本、cron 和测试使用。

命令：
  import swf|sacct|csv 文件...      导入作业记录（参见 import --help）
  export jobs|job-metrics|samples   将一个表写为 CSV（参见 export --help）
  stats                             每个表和每个集群的行数

全局选项：
  --db 位置    SQLite 文件或 PostgreSQL URL（默认：%1）
  --json       在标准输出上打印一个 JSON 文档
  --version    打印版本号
  -h, --help   本帮助；命令 --help 显示该命令的选项

退出码：0 成功，1 输入有误或操作失败，2 用法错误。
</translation>
    </message>
    <message>
        <source>--db needs a location</source>
        <translation>--db 需要一个位置</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>import needs a format: swf, sacct or csv</source>
        <translation>import 需要指定格式：swf、sacct 或 csv</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (swf, sacct or csv)</source>
        <translation>未知的导入格式 &apos;%1&apos;（swf、sacct 或 csv）</translation>
    </message>
    <message>
        <source>import %1 needs at least one file</source>
        <translation>import %1 至少需要一个文件</translation>
    </message>
    <message>
        <source>--delimiter needs a value</source>
        <translation>--delimiter 需要一个值</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>未知时区 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, got &apos;%1&apos;</source>
        <translation>--map 的格式应为 COLUMN=FIELD，收到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 MB)</source>
        <translation>%1：%2%（已处理 %3 MB，共 %4 MB）</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>%1: columns not imported (no matching field; use --map): %2</source>
        <translation>%1：未导入的列（没有匹配的字段；请使用 --map）：%2</translation>
    </message>
    <message>
        <source>%1: cluster %2: %3 jobs (%4 new, %5 updated, %6 unchanged), %7 steps and %8 job metrics written, %9 lines skipped, %10 s
</source>
        <translation>%1：集群 %2：%3 个作业（新增 %4 个，更新 %5 个，未变 %6 个），已写入 %7 个作业步和 %8 条作业指标，跳过 %9 行，用时 %10 秒
</translation>
    </message>
    <message>
        <source>export needs exactly one table: jobs, job-metrics or samples</source>
        <translation>export 需要恰好一个表：jobs、job-metrics 或 samples</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (jobs, job-metrics or samples)</source>
        <translation>未知的表 &apos;%1&apos;（jobs、job-metrics 或 samples）</translation>
    </message>
    <message>
        <source>cannot read the time &apos;%1&apos;</source>
        <translation>无法解析时间 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--json with export needs --out FILE (the CSV would share standard output)</source>
        <translation>export 与 --json 一起使用时需要 --out FILE（否则 CSV 会与其共用标准输出）</translation>
    </message>
    <message>
        <source>energy-studio-cli: no cluster named &apos;%1&apos; in %2</source>
        <translation>energy-studio-cli: %2 中没有名为 &apos;%1&apos; 的集群</translation>
    </message>
    <message>
        <source>energy-studio-cli: cannot write %1: %2</source>
        <translation>energy-studio-cli: 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已向 %2 写入 %1 行</translation>
    </message>
    <message>
        <source>stats takes no arguments</source>
        <translation type="vanished">stats 不接受参数</translation>
    </message>
    <message>
        <source>store: %1 (schema %2)
</source>
        <translation>存储：%1（模式版本 %2）
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
        <translation>集群</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>作业步</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本</translation>
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
    <message>
        <source>%1 tasks, %2 option cells, %3 runs; tasks held out in %4 folds
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time limit: +%1 against the median cell
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time limit
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy saved against the median cell: %1 (the oracle: %2); capture %3 of the oracle&apos;s saving; regret %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices over the time limit: %1; run time against the median cell: %2; predicted fastest taken for want of a cell within the limit: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 energy intervals cover the measured value in %2 of the tasks; %3 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advise replay takes no arguments but options: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advise replay needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-folds takes a number from 2 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-time-increase takes a percentage of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advise needs --cluster and --script or --like-name, or replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history of cluster %1: %2 job names, %3 configurations, %4 runs; %5 runs named &apos;%6&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 nodes %3 CPUs: %4 kJ [%5, %6], %7 s [%8, %9]; energy %10% (power %11%, time %12%)%13%14%15
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 g CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [as asked]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [outside what was measured]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [over the time limit]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [measured %1 runs: %2 kJ, %3 s]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: advise: the script names no job (#SBATCH --job-name): give --like-name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vary takes nodes=1,2,4 or cpus=32,64, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown objective &apos;%1&apos; (energy, time, edp or carbon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue: %1 nodes %2 CPUs would start in %3 s on %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue: %1 nodes %2 CPUs refused: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted job %1 (--comment=%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not submitted: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advise needs --cluster (or --profile) and --script or --like-name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--submit needs --profile and --script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3: %4 nodes %5 CPUs, predicted %6 kJ [%7, %8], %9 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; NOT SUBMITTED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not harvested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ran %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, energy reading IMPLAUSIBLE (not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, measured %1 kJ (%2, %3 the interval), saving %4% against the job as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no energy measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; BROKE ITS PROMISE: over the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; ran on other counts (%1 nodes, %2 CPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no advice given yet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more new events (alerts check --list, or alerts list)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--failure-share and --bad-node-margin need a number in (0, 1], --failure-window-h positive hours, --failure-min-jobs a positive count, --failure-hysteresis a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory-within-pct needs a number in [0, 100), --memory-node-pct in (0, 100], --silence-factor a number above 1, --silence-interval-s seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vary %1: no values (write %2=A,B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vary nodes: &apos;%1&apos; is not a node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vary: unknown parameter &apos;%1&apos; (nodes, cpu-freq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: %2 cells x %3 repeats = %4 runs
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  node-hours: %1 of work, %2 reserved at most (time limit %3 min)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  energy: about %1 kWh (median %2 W per node of %3 jobs with measured energy)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  energy: no estimate (no job of this cluster has measured energy yet)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign plan needs --profile, --name and --workload (or --from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaigns (campaign plan ...)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign export needs a campaign name and --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign: unknown subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs ended (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 needs the campaign&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll and --max-in-flight take a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-carbon takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-carbon needs --name ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: series %2 (%3, %4 in %5): %6 points read, %7 new, %8 updated, %9 unchanged
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 to %2, every %3 s; %4 gaps (%5 points missing)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: conflict: %n job(s) had a different energy stored; the file&apos;s value replaced it
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 job feature values (%3 new or changed)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--help for every option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: the folder %1 does not exist: create it first, or leave out --db for the default store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes no arguments but --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs, %2 nodes, %3 node samples, %4 events, %5 advice, %6 campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds no cluster.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy-studio-cli: clusters delete: cluster %1 holds %2; nothing was deleted: add --yes to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted cluster %1: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed cluster %1 to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: profile(s) %1 harvest into &quot;%2&quot;: their next harvest stores there again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown clusters action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>clusters %1 takes %n name(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  WARNING: at +%1 min the model is worse than persistence (%2x its error): use the last observed load instead
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export openmetrics takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export openmetrics needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recent-days and --max-jobs need positive whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs (%2 more beyond --max-jobs), %3 nodes, %4 alert series written to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, target log-transformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: no model beats the baseline (%1): do not use these predictions
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest R²: %1 (on %2, still worse than the baseline), %3 s; hyperparameters %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: worse than the baseline (--keep-worse stores it) (%1 s)
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] advise ledger [--cluster C]

Every advice given (newest first): the configuration chosen, its prediction, the Slurm job it was submitted
as, and, once a harvest has brought that job in, what it measured: the saving against the prediction for the
job as asked, whether the energy fell in the 90% interval, and advice that broke its promise (time over the
limit, the job ran on other counts) or whose meter reading cannot be right.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] import swf|sacct|csv FILE... [options]

Imports job records into the store, one transaction per file: a file with a bad line is not imported at
all (the error names file:line), unless --skip-bad-lines is given. Importing the same data again changes
nothing.

  swf    Parallel Workloads Archive traces (.swf or .swf.gz)
  sacct  sacct --parsable2 (or --parsable) dumps with a header line
  csv    per-job datasets, columns mapped by header name

Options:
  --cluster NAME       cluster the jobs belong to (default: the file name without extension)
  --skip-bad-lines     skip malformed lines, report them and their count
  --delimiter D        sacct: field delimiter, may be several characters (default: detected from
                       the header: ;|; | \x1f tab ; ,); csv: the separator character
  --tz ZONE            sacct: time zone of its timestamps, an IANA name or UTC (default UTC)
  --map COLUMN=FIELD   csv: map a column to a field (repeatable); fields: %1;
                       energy_kj, energy_wh, energy_kwh and duration_min, duration_h are scaled to J and s;
                       COLUMN=feature:NAME keeps a numeric column as the job feature NAME (a-z, 0-9, _),
                       COLUMN=feature as a feature named after the column (usable by train --feature
                       feature:NAME and the correlation explorer); COLUMN=ignore drops a column
  -h, --help           this help
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] stats

Prints the row count of every table and, per cluster, its jobs, steps, job metrics, nodes and samples.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
  -h, --help               this help
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] models list|show ID|remove ID|accuracy ID

The model registry: list the stored models, show one (metrics per split, feature
specification, hyperparameters), remove one with its predictions, or compare the predictions
recorded with it against what happened (jobs that have finished since they were predicted).
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>es::ClustersDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each import or harvest stores its jobs under a cluster name. Rename a cluster, or delete one with everything stored about it (profiles and models are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds no cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of cluster %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cluster &lt;b&gt;%1&lt;/b&gt; and everything stored about it: %2 jobs, %3 nodes, %4 node samples, %5 events, %6 pieces of advice and %7 campaigns?&lt;br&gt;This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile(s) %1 harvest into &quot;%2&quot;: their next harvest stores there again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 and its %2 jobs.</source>
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
    <message>
        <source>Loading…</source>
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
    <message>
        <source>Loading…</source>
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
    <message>
        <source>Pearson correlation of the jobs&apos; numeric fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs</source>
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
        <source>unterminated quoted field (over 10000 lines or %1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::DashboardActions</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving job metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking alerts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::DashboardFlowPanels</name>
    <message>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queue wait: no job of this selection has both a submit and a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue wait per day (h), p90 dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue wait per day (min), p90 dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n day(s) above</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No throughput: no job of this selection has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput: jobs ended and node-hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput: jobs ended per day (no node counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failure share: no ended job of this selection has a state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed jobs per partition (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED, NODE_FAIL, OUT_OF_MEMORY and TIMEOUT among the ended jobs with a state; a job without a partition counts under its QoS (an SWF trace&apos;s queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 jobs)</source>
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
        <source>Cannot read the jobs and events: %1</source>
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
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished">作业</translation>
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
        <source>Energy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs per day (UTC)&lt;br&gt;&lt;small&gt;None: no job of this selection has a submit time.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal events per day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
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
        <source>Derive metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-job temperature, frequency, utilisation and energy from the node samples: Slurm&apos;s measured energy, else node meters, else a power model (an estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates the thermal, energy, failure and memory alerts over every stored sample and job, as the Alerts tab does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No energy data yet: harvest a cluster with energy accounting, or derive per-job energy from the node samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by user, top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thermal events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node reached its warning or critical temperature in this range, or the alerts were not checked since the node metrics arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thermal event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, hottest %2 °C on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hottest node in cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No energy source recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::DatasetCsvColumns</name>
    <message>
        <source>%1: --map %2=%3: a feature name is 1 to 64 of a-z, 0-9 and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two columns are mapped to the feature &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --map %2=%3: unknown field (known: %4, feature:NAME, ignore)</source>
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
        <source>column &apos;%1&apos;: &apos;%2&apos; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration %1 s is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1 + duration %2 s is past the latest time accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::DateTimeField</name>
    <message>
        <source>Pick a day from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it as YYYY-MM-DD or YYYY-MM-DD HH:MM (%1, from 1970). Until then the value stays %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::EnergyFormat</name>
    <message>
        <source>&amp;Energy Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of energy in every tab&apos;s tables, charts and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (J/kJ/MJ/GJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2 %3 %4 %5 %6
 {1 %2?}</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
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
    <name>es::FailureRateEvaluator</name>
    <message>
        <source>node %1 of %2: %3 of %4 jobs in partition %5 failed (%6), against %7 of %8 of the partition&apos;s other jobs (%9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3 of %4 jobs failed in the window (%5, threshold %6)</source>
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
    <name>es::GzipReader</name>
    <message>
        <source>cannot start the gzip decompressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt gzip file: %1 bytes after the end of the compressed data are not another gzip member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file where gzip data was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated gzip file: it ends before the end of the compressed data and its CRC-32/length trailer (an interrupted download or copy?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt gzip file: %1</source>
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
    <name>es::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to import, harvest, model, advise and run campaigns, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HPC Energy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPC Energy Studio %1&lt;/h3&gt;&lt;p&gt;What HPC jobs cost in energy and heat, and where, when and how to run them for less.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), libssh %4, dlib %5, SQLite %6, QCustomPlot (GPL-3.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build (docs/USER_GUIDE.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HPC Energy Studio</source>
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
    <name>es::ImportFilePage</name>
    <message>
        <source>Skip bad lines (otherwise the first bad line stops the import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import: a CSV dataset (one job per line), a Slurm sacct dump or an SWF trace.</source>
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
        <source>CSV files (*.csv *.csv.gz *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ImportMappingPage</name>
    <message>
        <source>&amp;Automatic matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column is. Energies and durations are stored in J and s: choose the unit of the file. Columns kept as features are stored per job and can be used by models (train --features feature:NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved mapping&apos;s choices and match the columns by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping saved for this header was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns matched by name; numeric columns that match no field are kept as features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep as feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns %1 and %2 would both be the feature %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns %1 and %2 are both imported as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is the job id: choose job_id for one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns, %2 rows shown, separated by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that do not match the header: %1%2. Choose another separator, or skip bad lines on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one column: is the separator right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import merges: jobs already stored get the values given here and keep the others. A file with a bad line is not imported at all unless bad lines are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named after each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad lines are skipped and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first bad line stops the import of its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is saved for files with the same header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ImportWizard</name>
    <message>
        <source>Import Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ImportWorker</name>
    <message>
        <source>%1: cluster %2: %3 jobs (%4 new, %5 updated, %6 unchanged), %7 lines skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: conflict: %n job(s) had a different energy stored; the file&apos;s value replaced it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 job feature values (%3 new or changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns not imported (no mapping): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
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
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::JobDetailDialog</name>
    <message>
        <source>Job Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 — Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy and node metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 on %2 — Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Job %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No energy recorded for this job: neither its accounting nor its nodes&apos; samples give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;The accounting says %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node metrics: they are derived from node samples over the job&apos;s run, by a harvest with samples or the Dashboard&apos;s Derive metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2 %3 %4 %5 %6
 {1 %2?}</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s value now: none was recorded with the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node list cannot be read (%1), so there are no node samples to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has no node list: its nodes&apos; samples cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the job&apos;s nodes (%1) is in the store&apos;s node list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has no start time: there is no run to show samples of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples of the job&apos;s nodes (%1) from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::JobFilter</name>
    <message>
        <source>Filter: none (all jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id or name containing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::JobFilterBar</name>
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
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs by start time (or, if never started, submit time). &quot;Last 7 days&quot; and &quot;Last 30 days&quot; count back from the newest job in the store, not from today: imported traces are often years old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::JobMetricsDeriveRun</name>
    <message>
        <source>cannot read %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::JobMetricsDeriver</name>
    <message>
        <source>no cluster named %1 in the store</source>
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
    <name>es::JobTableActions</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected jobs as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by This &amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by &amp;User “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by This &amp;Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by &amp;Partition “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the &amp;Nodes Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot the job&apos;s nodes over its run on the Nodes tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the job&apos;s node list: %1</source>
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
    <message>
        <source>%1, source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the nodes&apos; samples: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s own accounting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy consumed, and whether it was measured or estimated: the job&apos;s metrics derived from its nodes, unless those are a model estimate and the job has its own measured figure</source>
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
    <message>
        <source>cannot read the jobs table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the jobs table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot index the jobs: %1</source>
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
        <source>%1: not a gzip file (the name ends in .gz but the content does not start as gzip data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read error after line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: line longer than %3 MiB: not a text file of this format</source>
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
    <message>
        <source>Ad&amp;visor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campai&amp;gns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or delete the clusters (datasets) of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the store again in every tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal and energy alerts: list, filter and acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::MemoryAlertEvaluator</name>
    <message>
        <source>its largest task reached %1 MB of the %2 MB it asked per node (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 ended OUT_OF_MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 used %3 % of its %4 MB of memory (threshold %5 %)</source>
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
    <message>
        <source>Busy CPUs: history and forecast (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>Reading jobs: %1</source>
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
    <message>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (worse than baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: the jobs of every cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: the jobs of cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter bar&apos;s other fields (user, partition, state, dates, text) do not apply to models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on %1 jobs. Best: %2, stored as model %3 “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on %1 jobs. No model beats the baseline (%2): nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than persistence at +%1 min (%2x its error): use the last observed load instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::NodeListItems</name>
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
        <source>%1 of cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 (local time)</source>
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
    <message>
        <source>Node temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU frequency (MHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU utilisation (%) and load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::OpenMetricsWriter</name>
    <message>
        <source>Jobs with energy that ended in the last %1 days but are beyond the export&apos;s cap of %2 jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When HPC Energy Studio wrote this file (UTC epoch seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the recent jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the recent jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy of a job that ended recently, in joules; source: where the value comes from (slurm: measured by Slurm, counter: node energy counters, model: estimated from power samples, dataset: imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average power of a job that ended recently, in watts (its energy over its run time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the node temperatures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest temperature of a node in the last %1 days, in degrees Celsius (the hottest sensor of every sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert events still open (an episode not over yet: a node still hot, a failure rate still high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert events that started in the last %1 days.</source>
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
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every job, also those without a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets such as C6EnPLS have no start or submission times: no range selects their jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ReportQueries</name>
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
    <name>es::ReportRenderer</name>
    <message>
        <source>all clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy report: %1</source>
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
        <translation type="unfinished">无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Every job in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs that started from %1 to %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them have no start or submission time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 UTC by HPC Energy Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>field %1: &apos;%2&apos; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field ReqMem: %1 MiB per CPU or node times the count is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SacctStream</name>
    <message>
        <source>sacct output line 1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct output line %1: %2</source>
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
    <name>es::SbatchTestOnlyParser</name>
    <message>
        <source>sbatch printed two start lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch --test-only refused the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch --test-only printed nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch --test-only printed no &apos;to start at&apos; line: %1</source>
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
        <source>%1: not a number in range: &apos;%2&apos;</source>
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
    <name>es::SilenceAlertEvaluator</name>
    <message>
        <source>%1 of %2: no %3 sample for %4 s after %5 (usually every %6 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: no %3 sample since %4, %5 s (usually every %6 s)%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its state: %1</source>
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
    <name>es::SlurmSubmitter</name>
    <message>
        <source>sbatch refused the job (exit %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch answered no job id: &apos;%1&apos;</source>
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
        <translation type="unfinished">无法写入 %1：%2</translation>
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
    <message>
        <source>cannot send the input to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close the input to %1: %2</source>
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
    <name>es::StoreActionWorker</name>
    <message>
        <source>cannot list the clusters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the metrics of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing written for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics derive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy derived for %1 (%2 measured, %3 estimated by the power model); metrics for %4 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the alerts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts checked on %1: %2, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::SwfParser</name>
    <message>
        <source>negative job number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnixStartTime &apos;%1&apos; is not a time in range</source>
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
    <message>
        <source>%1 is the target: it cannot also be a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column named &apos;%2&apos; (the header has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, the header has %4</source>
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
        <source>cannot read the job history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store, cluster %1: jobs with measured energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carbon series %1 has no points around the run (import-carbon first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes, %2 CPUs: no carbon figure: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no advice: no candidate is within the limits and the measured range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data has no times: no time-ordered split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fits on %2 evenly spaced training rows of each split (of up to %3): kernel methods grow with the square of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fits on %2 evenly spaced training rows of each split (of up to %3): its trees grow with the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained on %1 evenly spaced rows of %2: the encoded inputs (up to %3 columns) are capped at %4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model beats the baseline: the highest R² on %1 is %2 (%3), the baseline&apos;s (%4) %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::AdviceForests</name>
    <message>
        <source>advice: training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no measured task to learn from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::AdviceReplay</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replay needs at least 2 group folds and 2 inner folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time limit must be a percentage of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks cannot be held out in %2 folds</source>
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
    <name>es::ml::CsvDatasetReader</name>
    <message>
        <source>a CSV dataset needs a target column and at least one feature column</source>
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
        <source>CSV %1, target %2</source>
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
        <source>cannot read the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs without a value for %2 were left out</source>
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
    <message>
        <source>unknown feature &apos;%1&apos; (the store&apos;s dataset features: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the dataset features: %1</source>
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
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature specification has a bad log offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature specification has a target range whose minimum is above its maximum</source>
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
    <message>
        <source>cannot read the dataset features of job %1: %2</source>
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
    <name>es::ml::PlacementAdvisor</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carbon objective needs a carbon series (import-carbon, then --carbon NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no advice: no job of cluster %1 has both a measured energy and a run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no advice: no measured run of jobs named &apos;%1&apos; in cluster %2 — outside what we have measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no advice: the job&apos;s own request cannot be a candidate (fewer CPUs than nodes)</source>
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
    <name>es::ml::ReplayTable</name>
    <message>
        <source>a replay needs a target column, a time column, task columns and option columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 is named twice (each column has one role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data has no column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs without a positive %2 or %3 were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data has %1 task(s): a replay holds tasks out, it needs at least two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a candidate needs a known task and a value for each of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; was never measured (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>es::ml::RidgeRegressor</name>
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
        <source>%1: final fit on all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing %1 rows</source>
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
