<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignCsv</name>
    <message>
        <source>cannot write the runs: %1</source>
        <translation>无法写入运行记录：%1</translation>
    </message>
</context>
<context>
    <name>ClusterAdmin</name>
    <message>
        <source>no count returned</source>
        <translation>未返回计数</translation>
    </message>
    <message>
        <source>there is no cluster named &quot;%1&quot; in this store</source>
        <translation>此存储库中没有名为“%1”的集群</translation>
    </message>
    <message>
        <source>deleting cluster &quot;%1&quot; failed, nothing was deleted: %2</source>
        <translation>删除集群“%1”失败，未删除任何内容：%2</translation>
    </message>
    <message>
        <source>the new name of a cluster cannot be empty</source>
        <translation>集群的新名称不能为空</translation>
    </message>
    <message>
        <source>a cluster named &quot;%1&quot; exists already: delete it first or choose another name</source>
        <translation>已存在名为“%1”的集群：请先删除它或另选名称</translation>
    </message>
    <message>
        <source>renaming cluster &quot;%1&quot; failed, nothing changed: %2</source>
        <translation>重命名集群“%1”失败，未作任何更改：%2</translation>
    </message>
</context>
<context>
    <name>CorrelationFields</name>
    <message>
        <source>Elapsed time (s)</source>
        <translation>耗时 (s)</translation>
    </message>
    <message>
        <source>Allocated CPUs</source>
        <translation>已分配 CPU 数</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Requested memory (MB)</source>
        <translation>申请内存 (MB)</translation>
    </message>
    <message>
        <source>Max RSS (MB)</source>
        <translation>最大 RSS (MB)</translation>
    </message>
    <message>
        <source>Total CPU time (s)</source>
        <translation>总 CPU 时间 (s)</translation>
    </message>
    <message>
        <source>Average CPU frequency (MHz)</source>
        <translation>平均 CPU 频率 (MHz)</translation>
    </message>
    <message>
        <source>Time limit (s)</source>
        <translation>时间限制 (s)</translation>
    </message>
    <message>
        <source>Submit hour (UTC)</source>
        <translation>提交时刻（小时，UTC）</translation>
    </message>
    <message>
        <source>Wait time (s)</source>
        <translation>排队等待时间 (s)</translation>
    </message>
    <message>
        <source>Metric: node temperature, mean (°C)</source>
        <translation>指标：节点温度，均值 (°C)</translation>
    </message>
    <message>
        <source>Metric: node temperature, peak (°C)</source>
        <translation>指标：节点温度，峰值 (°C)</translation>
    </message>
    <message>
        <source>Metric: CPU frequency, mean (MHz)</source>
        <translation>指标：CPU 频率，均值 (MHz)</translation>
    </message>
    <message>
        <source>Metric: CPU utilisation (%)</source>
        <translation>指标：CPU 利用率 (%)</translation>
    </message>
    <message>
        <source>Metric: memory (MB)</source>
        <translation>指标：内存 (MB)</translation>
    </message>
    <message>
        <source>Metric: duration (s)</source>
        <translation>指标：时长 (s)</translation>
    </message>
    <message>
        <source>Metric: mean power (W)</source>
        <translation>指标：平均功率 (W)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>能耗 (%1)</translation>
    </message>
    <message>
        <source>Metric: energy (%1)</source>
        <translation>指标：能耗 (%1)</translation>
    </message>
    <message>
        <source>Feature: %1</source>
        <translation>特征：%1</translation>
    </message>
</context>
<context>
    <name>CorrelationScatterPlot</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>CsvPreview</name>
    <message>
        <source>%1: not a text file (it has NUL bytes): not a CSV dataset</source>
        <translation>%1：不是文本文件（含有 NUL 字节）：不是 CSV 数据集</translation>
    </message>
    <message>
        <source>%1: not a text file (%2 control bytes in the first %3): not a CSV dataset</source>
        <translation>%1：不是文本文件（前 %3 中有 %2 个控制字节）：不是 CSV 数据集</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>第 %1 行：%2 个字段，而表头有 %3 个</translation>
    </message>
    <message>
        <source>%1: empty file, no header line</source>
        <translation>%1：空文件，没有表头行</translation>
    </message>
</context>
<context>
    <name>JobFieldFormat</name>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Raw job ID</source>
        <translation>原始作业 ID</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>作业步</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>QOS</source>
        <translation>QOS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>Exit signal</source>
        <translation>退出信号</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <source>Requested CPUs</source>
        <translation>申请 CPU 数</translation>
    </message>
    <message>
        <source>Allocated CPUs</source>
        <translation>已分配 CPU 数</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Node list</source>
        <translation>节点列表</translation>
    </message>
    <message>
        <source>Requested memory</source>
        <translation>申请内存</translation>
    </message>
    <message>
        <source>Max RSS (largest task)</source>
        <translation>最大 RSS（最大的任务）</translation>
    </message>
    <message>
        <source>CPU time (all tasks)</source>
        <translation>CPU 时间（所有任务）</translation>
    </message>
    <message>
        <source>Average CPU frequency</source>
        <translation>平均 CPU 频率</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>能耗来源</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>可执行文件</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>Node temperature, average</source>
        <translation>节点温度，平均</translation>
    </message>
    <message>
        <source>Node temperature, peak</source>
        <translation>节点温度，峰值</translation>
    </message>
    <message>
        <source>CPU frequency, average</source>
        <translation>CPU 频率，平均</translation>
    </message>
    <message>
        <source>CPU utilisation, average</source>
        <translation>CPU 利用率，平均</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Power, average</source>
        <translation>功率，平均</translation>
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
        <translation>实测：Slurm 记账（作业的 ConsumedEnergyRaw）</translation>
    </message>
    <message>
        <source>Measured: the energy meters of the job&apos;s nodes over its run, shared among the jobs on a node by their CPUs</source>
        <translation>实测：作业运行期间其各节点的能耗计量，按 CPU 数在同一节点上的各作业之间分摊</translation>
    </message>
    <message>
        <source>Measured: given by the imported dataset</source>
        <translation>实测：由导入的数据集提供</translation>
    </message>
    <message>
        <source>Estimated: a power model of its nodes (idle to full power by CPU utilisation), not a meter</source>
        <translation>估算：基于其节点的功率模型（按 CPU 利用率在空闲功率与满载功率之间取值），而非计量仪表</translation>
    </message>
    <message>
        <source>Unknown: no source recorded</source>
        <translation>未知：未记录来源</translation>
    </message>
    <message>
        <source>Source “%1”</source>
        <translation>来源“%1”</translation>
    </message>
</context>
<context>
    <name>PlotExporter</name>
    <message>
        <source>Unknown image format “%1”: use .png, .svg or .pdf.</source>
        <translation>未知的图像格式“%1”：请使用 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Size</source>
        <translation>导出尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>StoreStats</name>
    <message>
        <source>cannot count %1: %2</source>
        <translation>无法统计 %1：%2</translation>
    </message>
    <message>
        <source>cannot count per cluster: %1</source>
        <translation>无法按集群统计：%1</translation>
    </message>
</context>
<context>
    <name>es::AdviceLedger</name>
    <message>
        <source>cannot record the advice: %1</source>
        <translation>无法记录建议：%1</translation>
    </message>
    <message>
        <source>cannot record the submission: %1</source>
        <translation>无法记录提交：%1</translation>
    </message>
    <message>
        <source>cannot record the failed submission: %1</source>
        <translation>无法记录失败的提交：%1</translation>
    </message>
    <message>
        <source>cannot read the advice ledger: %1</source>
        <translation>无法读取建议台账：%1</translation>
    </message>
</context>
<context>
    <name>es::AdviceWorker</name>
    <message numerus="yes">
        <source>choose a cluster in the filter bar (the store has %n)</source>
        <translation>
            <numerusform>请在筛选栏中选择一个集群（存储库中有 %n 个）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::AdvisorView</name>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>90% interval</source>
        <translation>90% 区间</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间 (s)</translation>
    </message>
    <message>
        <source>Energy Δ</source>
        <translation>能耗 Δ</translation>
    </message>
    <message>
        <source>Power Δ</source>
        <translation>功率 Δ</translation>
    </message>
    <message>
        <source>Time Δ</source>
        <translation>时间 Δ</translation>
    </message>
    <message>
        <source>Carbon (g)</source>
        <translation>碳排放 (g)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Predicted run time (s)</source>
        <translation>预测运行时间 (s)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>作业名称</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Saving vs as asked</source>
        <translation>相对申请配置的节省</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Advice ledger</source>
        <translation>建议台账</translation>
    </message>
    <message>
        <source>jobs of this name are the same work</source>
        <translation>同名作业执行的是相同的工作</translation>
    </message>
    <message>
        <source>optional: #SBATCH lines fill the fields</source>
        <translation>可选：#SBATCH 行会填入各字段</translation>
    </message>
    <message>
        <source>&amp;Script…</source>
        <translation>脚本(&amp;S)…</translation>
    </message>
    <message>
        <source>as most run</source>
        <translation>同多数运行</translation>
    </message>
    <message>
        <source>e.g. 1,2,4,8</source>
        <translation>例如 1,2,4,8</translation>
    </message>
    <message>
        <source>e.g. 32,64</source>
        <translation>例如 32,64</translation>
    </message>
    <message>
        <source>Least energy</source>
        <translation>能耗最低</translation>
    </message>
    <message>
        <source>Least time</source>
        <translation>时间最短</translation>
    </message>
    <message>
        <source>Least energy × time</source>
        <translation>能耗 × 时间最低</translation>
    </message>
    <message>
        <source>Least carbon</source>
        <translation>碳排放最低</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source> % slower at most</source>
        <translation> %（最多变慢）</translation>
    </message>
    <message>
        <source>a series from import-carbon</source>
        <translation>来自 import-carbon 的序列</translation>
    </message>
    <message>
        <source>&amp;Advise</source>
        <translation>生成建议(&amp;A)</translation>
    </message>
    <message>
        <source>Describe a job and press Advise.</source>
        <translation>描述一个作业，然后点击“生成建议”。</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>作业名称(&amp;J)：</translation>
    </message>
    <message>
        <source>Batch script:</source>
        <translation>批处理脚本：</translation>
    </message>
    <message>
        <source>As asked, &amp;nodes:</source>
        <translation>申请的节点数(&amp;N)：</translation>
    </message>
    <message>
        <source>As asked, &amp;CPUs:</source>
        <translation>申请的 CPU 数(&amp;C)：</translation>
    </message>
    <message>
        <source>Try node counts:</source>
        <translation>尝试的节点数：</translation>
    </message>
    <message>
        <source>Try CPU counts:</source>
        <translation>尝试的 CPU 数：</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>优化目标(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>时间限制(&amp;T)：</translation>
    </message>
    <message>
        <source>Carbon series:</source>
        <translation>碳强度序列：</translation>
    </message>
    <message>
        <source>Advice learns from the measured jobs of the filter bar&apos;s cluster (or of the store&apos;s only cluster).</source>
        <translation>建议基于筛选栏所选集群（或存储库中唯一集群）的实测作业学习得出。</translation>
    </message>
    <message>
        <source>Advice from the measured jobs of cluster &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>建议基于集群 &lt;b&gt;%1&lt;/b&gt; 的实测作业。</translation>
    </message>
    <message>
        <source>Batch Script</source>
        <translation>批处理脚本</translation>
    </message>
    <message>
        <source>Batch scripts (*.sh *.sbatch *.slurm);;All files (*)</source>
        <translation>批处理脚本 (*.sh *.sbatch *.slurm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open a store and name the job.</source>
        <translation>请打开一个存储库并填写作业名称。</translation>
    </message>
    <message>
        <source>Learning from the measured history…</source>
        <translation>正在从实测历史中学习…</translation>
    </message>
    <message>
        <source>Advice failed: %1</source>
        <translation>生成建议失败：%1</translation>
    </message>
    <message>
        <source>Advice recorded in the ledger; submit it with energy-studio-cli advise --profile P --script FILE --submit.</source>
        <translation>建议已记入台账；请使用 energy-studio-cli advise --profile P --script FILE --submit 提交。</translation>
    </message>
    <message>
        <source>Predicted energy</source>
        <translation>预测能耗</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>按申请</translation>
    </message>
    <message>
        <source>outside what was measured</source>
        <translation>超出实测范围</translation>
    </message>
    <message>
        <source>over the time limit</source>
        <translation>超过时间限制</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s): %1 %2, %3 s</source>
        <translation>
            <numerusform>%n 次运行：%1 %2，%3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>never run</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 nodes × %2 CPUs&lt;/b&gt;: energy %3% against the job as asked (power %4%, time %5%).</source>
        <translation>&lt;b&gt;%1 个节点 × %2 个 CPU&lt;/b&gt;：能耗较申请配置变化 %3%（功率 %4%，时间 %5%）。</translation>
    </message>
    <message numerus="yes">
        <source>This configuration ran %n time(s) for this job name: %1, %2 s measured.</source>
        <translation>
            <numerusform>此配置在该作业名称下运行过 %n 次：实测 %1，%2 s。</numerusform>
        </translation>
    </message>
    <message>
        <source>This configuration never ran for this job name: predicted from its other runs and from the other job names.</source>
        <translation>此配置从未在该作业名称下运行：根据该作业名称的其他运行以及其他作业名称预测得出。</translation>
    </message>
    <message>
        <source>Behind it: %1 runs of this job name; %2 job names, %3 configurations, %4 runs on the cluster. Intervals are 90% split-conformal. Not modelled yet: peak temperature; the queue wait comes from Slurm in the CLI (advise --profile).</source>
        <translation>依据：该作业名称的 %1 次运行；集群上的 %2 个作业名称、%3 种配置、%4 次运行。区间为 90% 分割共形预测区间。尚未建模：峰值温度；排队等待时间在 CLI 中由 Slurm 提供（advise --profile）。</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>候选方案</translation>
    </message>
    <message>
        <source>advised</source>
        <translation>已建议</translation>
    </message>
    <message>
        <source>not submitted: %1</source>
        <translation>未提交：%1</translation>
    </message>
    <message>
        <source>implausible</source>
        <translation>不可信</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>broken: over the time limit</source>
        <translation>未兑现：超过时间限制</translation>
    </message>
    <message>
        <source>ran on other counts</source>
        <translation>以其他数量运行</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已兑现</translation>
    </message>
</context>
<context>
    <name>es::AlertEvaluator</name>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation>存储库中没有名为 %1 的集群</translation>
    </message>
    <message>
        <source>%1 of %2 reached %3 °C (%4 threshold %5 °C)</source>
        <translation>%2 的 %1 达到 %3 °C（%4阈值 %5 °C）</translation>
    </message>
    <message>
        <source>job %1 (%2) used %3 kJ, %4 x the median of its job type (%5 kJ)</source>
        <translation>作业 %1（%2）消耗 %3 kJ，为其作业类型中位数（%5 kJ）的 %4 倍</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>es::AlertEventModel</name>
    <message>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>temperature warning</source>
        <translation>温度警告</translation>
    </message>
    <message>
        <source>temperature critical</source>
        <translation>温度严重</translation>
    </message>
    <message>
        <source>excessive energy</source>
        <translation>能耗过高</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
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
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>开始 (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>结束 (UTC)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
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
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>%1, source %2</source>
        <translation>%1，来源 %2</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>job failure rate</source>
        <translation>作业失败率</translation>
    </message>
    <message>
        <source>bad node</source>
        <translation>故障节点</translation>
    </message>
    <message>
        <source>memory exhaustion</source>
        <translation>内存耗尽</translation>
    </message>
    <message>
        <source>node memory high</source>
        <translation>节点内存偏高</translation>
    </message>
    <message>
        <source>collector silent</source>
        <translation>采集器静默</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>es::AlertThresholds</name>
    <message>
        <source>the warning threshold (%1 °C) must be below the critical one (%2 °C)</source>
        <translation>警告阈值（%1 °C）必须低于严重阈值（%2 °C）</translation>
    </message>
    <message>
        <source>cluster %1 has no node named %2</source>
        <translation>集群 %1 中没有名为 %2 的节点</translation>
    </message>
</context>
<context>
    <name>es::AlertsView</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>立即检查(&amp;N)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Temperature warning</source>
        <translation>温度警告</translation>
    </message>
    <message>
        <source>Temperature critical</source>
        <translation>温度严重</translation>
    </message>
    <message>
        <source>Excessive energy</source>
        <translation>能耗过高</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有严重级别</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Acknowledged or not</source>
        <translation>不限确认状态</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ongoing</source>
        <translation>
            <numerusform>，%n 个进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>告警：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts</source>
        <translation>
            <numerusform>%n 条新告警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>HPC Energy Studio</source>
        <translation>HPC Energy Studio</translation>
    </message>
    <message>
        <source>Job failure rate</source>
        <translation>作业失败率</translation>
    </message>
    <message>
        <source>Bad node</source>
        <translation>故障节点</translation>
    </message>
    <message>
        <source>Memory exhaustion</source>
        <translation>内存耗尽</translation>
    </message>
    <message>
        <source>Node memory high</source>
        <translation>节点内存偏高</translation>
    </message>
    <message>
        <source>Collector silent</source>
        <translation>采集器静默</translation>
    </message>
    <message>
        <source>Evaluate node temperatures and job energies now, over the range beside</source>
        <translation>立即在旁边所选的时间范围内评估节点温度和作业能耗</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Everything stored</source>
        <translation>全部已存储数据</translation>
    </message>
    <message>
        <source>everything stored</source>
        <translation>全部已存储数据</translation>
    </message>
    <message>
        <source>The samples and job ends Check Now evaluates, counted back from now. Imported history older than the range is not checked.</source>
        <translation>“立即检查”所评估的样本和作业结束记录，从现在起往回计算。早于该范围的导入历史不会被检查。</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1: %n new events</source>
        <translation>
            <numerusform>已检查 %1：%n 个新事件</numerusform>
        </translation>
    </message>
    <message>
        <source>samples since %1</source>
        <translation>自 %1 以来的样本</translation>
    </message>
</context>
<context>
    <name>es::BatchScriptParser</name>
    <message>
        <source>memory as N[K|M|G|T] is expected</source>
        <translation>内存应为 N[K|M|G|T] 格式</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <source>a time as MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS is expected</source>
        <translation>时间格式应为 MM、MM:SS、HH:MM:SS、D-HH、D-HH:MM 或 D-HH:MM:SS</translation>
    </message>
    <message>
        <source>the number of days is too large</source>
        <translation>天数过大</translation>
    </message>
    <message>
        <source>the number &apos;%1&apos; is too large</source>
        <translation>数值 &apos;%1&apos; 过大</translation>
    </message>
    <message>
        <source>the time limit is over Slurm&apos;s maximum of %1 minutes</source>
        <translation>时间限制超过了 Slurm 的最大值 %1 分钟</translation>
    </message>
    <message>
        <source>the batch script is empty</source>
        <translation>批处理脚本为空</translation>
    </message>
    <message>
        <source>line 1: a batch script must start with #! and the path of an interpreter</source>
        <translation>第 1 行：批处理脚本必须以 #! 和解释器路径开头</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>unterminated %1 quote</source>
        <translation>未闭合的 %1 引号</translation>
    </message>
    <message>
        <source>%1=%2: the number is too large (over %3)</source>
        <translation>%1=%2：数值过大（超过 %3）</translation>
    </message>
    <message>
        <source>%1=%2: a positive whole number is expected</source>
        <translation>%1=%2：应为正整数</translation>
    </message>
    <message>
        <source>%1=%2: the maximum is below the minimum</source>
        <translation>%1=%2：最大值小于最小值</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--exclusive=%1: expected user, mcs or topo</source>
        <translation>--exclusive=%1：应为 user、mcs 或 topo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option</source>
        <translation>&apos;%1&apos; 不是有效选项</translation>
    </message>
</context>
<context>
    <name>es::BulkUpsert</name>
    <message>
        <source>the store is not open</source>
        <translation>存储库未打开</translation>
    </message>
    <message>
        <source>cannot prepare the insert into %1: %2</source>
        <translation>无法准备对 %1 的插入操作：%2</translation>
    </message>
    <message>
        <source>cannot bind a value for %1: %2</source>
        <translation>无法为 %1 绑定值：%2</translation>
    </message>
    <message>
        <source>writing to %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot prepare the conflict check of %1: %2</source>
        <translation>无法准备 %1 的冲突检查：%2</translation>
    </message>
    <message>
        <source>the conflict check of %1 failed: %2</source>
        <translation>%1 的冲突检查失败：%2</translation>
    </message>
    <message>
        <source>internal error: column types missing for %1</source>
        <translation>内部错误：缺少 %1 的列类型</translation>
    </message>
    <message>
        <source>COPY into %1 failed: %2</source>
        <translation>COPY 到 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>es::CampaignArrival</name>
    <message>
        <source>&quot;arrival&quot;: &quot;%1&quot; must be a %2 from %3 to %4</source>
        <translation>&quot;arrival&quot;：&quot;%1&quot; 必须是 %3 到 %4 之间的%2</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1：未知的键 &quot;%2&quot;（已知的键：%3）</translation>
    </message>
    <message>
        <source>&quot;arrival&quot;: &quot;classes&quot; must be a list with at least one job class</source>
        <translation>&quot;arrival&quot;：&quot;classes&quot; 必须是至少包含一个作业类别的列表</translation>
    </message>
    <message>
        <source>&quot;arrival&quot; class %1</source>
        <translation>&quot;arrival&quot; 的第 %1 个类别</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是一个对象</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; must be a string</source>
        <translation>%1：&quot;name&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;arrival&quot;: &quot;day_end_hour&quot; must come after &quot;day_start_hour&quot;</source>
        <translation>&quot;arrival&quot;：&quot;day_end_hour&quot; 必须晚于 &quot;day_start_hour&quot;</translation>
    </message>
    <message>
        <source>&quot;arrival&quot;: &quot;day_rate_per_h&quot; or &quot;night_rate_per_h&quot; must be above 0</source>
        <translation>&quot;arrival&quot;：&quot;day_rate_per_h&quot; 或 &quot;night_rate_per_h&quot; 必须大于 0</translation>
    </message>
</context>
<context>
    <name>es::CampaignPreflight</name>
    <message>
        <source>not submitted: %1 (checked on the nodes before anything was submitted)</source>
        <translation>未提交：%1（在提交任何作业之前已在节点上检查）</translation>
    </message>
    <message>
        <source>programs not checked on the nodes: srun could not run there within a minute (%1)</source>
        <translation>未在节点上检查程序：srun 无法在一分钟内在节点上运行（%1）</translation>
    </message>
    <message>
        <source>%1 found on %2 node(s)</source>
        <translation>在 %2 个节点上找到 %1</translation>
    </message>
    <message>
        <source>%1 on %2 node(s)%3</source>
        <translation>%1，涉及 %2 个节点%3</translation>
    </message>
    <message>
        <source>not submitted: Slurm refuses %1: %2</source>
        <translation>未提交：Slurm 拒绝 %1：%2</translation>
    </message>
    <message>
        <source>%1: would start %2 on %3</source>
        <translation>%1：将在 %3 上启动 %2</translation>
    </message>
</context>
<context>
    <name>es::CampaignReportSection</name>
    <message>
        <source>%1: median energy per run against node count (5-95%)</source>
        <translation>%1：每次运行的能耗中位数与节点数的关系（5-95%）</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>kJ per run</source>
        <translation>每次运行 kJ</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>CPU freq.</source>
        <translation>CPU 频率</translation>
    </message>
    <message>
        <source>Runs done</source>
        <translation>已完成运行</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Energy median (kJ)</source>
        <translation>能耗中位数 (kJ)</translation>
    </message>
    <message>
        <source>Energy 5-95% (kJ)</source>
        <translation>能耗 5-95% (kJ)</translation>
    </message>
    <message>
        <source>Time median (s)</source>
        <translation>时间中位数 (s)</translation>
    </message>
    <message>
        <source>Figure of merit</source>
        <translation>性能指标</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Failed runs (%1 shown of %2):</source>
        <translation>失败的运行（显示 %2 个中的 %1 个）：</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>作业名称</translation>
    </message>
    <message>
        <source>Slurm state</source>
        <translation>Slurm 状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Benchmark campaigns</source>
        <translation>基准测试活动</translation>
    </message>
    <message>
        <source>On %1, planned %2 UTC, %3: %4 runs, %5 completed, %6 failed.</source>
        <translation>位于 %1，计划于 %2 UTC，状态 %3：共 %4 次运行，%5 次完成，%6 次失败。</translation>
    </message>
    <message>
        <source>Energy against node count</source>
        <translation>能耗与节点数</translation>
    </message>
</context>
<context>
    <name>es::CampaignResultReader</name>
    <message>
        <source>no job output at %1</source>
        <translation>%1 处没有作业输出</translation>
    </message>
    <message>
        <source>figure of merit not found in the job output (pattern %1)</source>
        <translation>在作业输出中未找到性能指标（模式 %1）</translation>
    </message>
    <message>
        <source>Slurm&apos;s energy %1 J and the sampler&apos;s %2 J differ by %3%</source>
        <translation>Slurm 的能量 %1 J 与采样器的 %2 J 相差 %3%</translation>
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
        <translation>提交在 Slurm 接收作业之前被中断；正在重新提交</translation>
    </message>
    <message>
        <source>%1: Slurm has %2 jobs of this name</source>
        <translation>%1：Slurm 中有 %2 个同名作业</translation>
    </message>
    <message>
        <source>adopted job %1 after an interrupted submission</source>
        <translation>提交中断后接管了作业 %1</translation>
    </message>
    <message>
        <source>%1 on %2: tried again</source>
        <translation>%2 上的 %1：已重试</translation>
    </message>
    <message>
        <source>%1 (exit %2)</source>
        <translation>%1（退出码 %2）</translation>
    </message>
    <message>
        <source>the run&apos;s workload is not known to this program</source>
        <translation>本程序无法识别该运行的负载</translation>
    </message>
    <message>
        <source>%1: the run&apos;s workload is not known to this program</source>
        <translation>%1：本程序无法识别该运行的负载</translation>
    </message>
    <message>
        <source>not run: the cell&apos;s mean energy is known within ±%1% (95%) after %2 runs</source>
        <translation>未运行：经过 %2 次运行，该单元的平均能耗已确定在 ±%1% 以内（95%）</translation>
    </message>
    <message>
        <source>cancelled with the campaign</source>
        <translation>随测试活动一同取消</translation>
    </message>
    <message>
        <source>%1: Slurm&apos;s job %2 has this name but the comment &quot;%3&quot;, not this run&apos;s: left alone</source>
        <translation>%1：Slurm 的作业 %2 名称相同，但其备注为 &quot;%3&quot;，不属于此次运行：不予处理</translation>
    </message>
</context>
<context>
    <name>es::CampaignSlurmParser</name>
    <message>
        <source>no job id or state (&apos;%1&apos;)</source>
        <translation>没有作业 ID 或状态（&apos;%1&apos;）</translation>
    </message>
    <message>
        <source>a time, duration or energy out of range (&apos;%1&apos;)</source>
        <translation>时间、时长或能量超出范围（&apos;%1&apos;）</translation>
    </message>
    <message>
        <source>not &apos;JOBID|NAME|STATE|NODES&apos;: &apos;%1&apos;</source>
        <translation>不是 &apos;JOBID|NAME|STATE|NODES&apos; 格式：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 fields where sacct was asked for 10</source>
        <translation>向 sacct 请求 10 个字段，却得到 %1 个</translation>
    </message>
</context>
<context>
    <name>es::CampaignSpec</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是有效的 JSON：偏移量 %2 处%1</translation>
    </message>
    <message>
        <source>a campaign file is a JSON object</source>
        <translation>测试活动文件必须是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>未知的键 &quot;%1&quot;（已知的键：%2）</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1 (this program reads campaign files of format %1)</source>
        <translation>&quot;format&quot; 必须为 %1（本程序读取格式为 %1 的测试活动文件）</translation>
    </message>
    <message>
        <source>&quot;exclusive&quot; must be true or false</source>
        <translation>&quot;exclusive&quot; 必须为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;stop_within_pct&quot; must be a percentage from 0.1 to 100</source>
        <translation>&quot;stop_within_pct&quot; 必须是 0.1 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 40 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (it is part of every job&apos;s name)</source>
        <translation>&quot;name&quot; 必须由 1 到 40 个字母、数字、&apos;_&apos;、&apos;.&apos; 或 &apos;-&apos; 组成（它是每个作业名称的一部分）</translation>
    </message>
    <message>
        <source>&quot;profile&quot; must name the cluster profile that submits the jobs</source>
        <translation>&quot;profile&quot; 必须指定用于提交作业的集群配置</translation>
    </message>
    <message>
        <source>&quot;partition&quot; must be a Slurm partition name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>&quot;partition&quot; 必须是 Slurm 分区名称（字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;）</translation>
    </message>
    <message>
        <source>a campaign needs at least one workload and one node count</source>
        <translation>测试活动至少需要一个负载和一个节点数</translation>
    </message>
    <message>
        <source>&quot;cpu_freq&quot;: &quot;%1&quot; is not a value of sbatch --cpu-freq (low, medium, high, highm1 or kHz)</source>
        <translation>&quot;cpu_freq&quot;：&quot;%1&quot; 不是 sbatch --cpu-freq 的有效值（low、medium、high、highm1 或 kHz 数值）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;workloads&quot; must be a list with at least one workload</source>
        <translation>&quot;workloads&quot; 必须是至少包含一个负载的列表</translation>
    </message>
    <message>
        <source>every entry of &quot;workloads&quot; must be an object with an &quot;id&quot;</source>
        <translation>&quot;workloads&quot; 的每个条目都必须是带有 &quot;id&quot; 的对象</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; must be a list with at least one node count</source>
        <translation>&quot;nodes&quot; 必须是至少包含一个节点数的列表</translation>
    </message>
    <message>
        <source>&quot;nodes&quot;: every node count must be a whole number from 1 to 100000</source>
        <translation>&quot;nodes&quot;：每个节点数都必须是 1 到 100000 之间的整数</translation>
    </message>
    <message>
        <source>&quot;cpu_freq&quot; must be a list with at least one value (leave it out for Slurm&apos;s default)</source>
        <translation>&quot;cpu_freq&quot; 必须是至少包含一个值的列表（省略则使用 Slurm 默认值）</translation>
    </message>
    <message>
        <source>&quot;cells&quot; must be a list with at least one cell</source>
        <translation>&quot;cells&quot; 必须是至少包含一个单元的列表</translation>
    </message>
    <message>
        <source>&quot;cells&quot; entry %1</source>
        <translation>&quot;cells&quot; 的第 %1 项</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: workload, nodes, cpu_freq)</source>
        <translation>%1：未知的键 &quot;%2&quot;（已知的键：workload、nodes、cpu_freq）</translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;workload&quot; (an index into &quot;workloads&quot;)</source>
        <translation>%1 必须是包含 &quot;workload&quot;（&quot;workloads&quot; 中的索引）的对象</translation>
    </message>
    <message>
        <source>%1: &quot;cpu_freq&quot; must be a string or a number of kHz</source>
        <translation>%1：&quot;cpu_freq&quot; 必须是字符串或以 kHz 为单位的数值</translation>
    </message>
    <message>
        <source>&quot;cells&quot; and &quot;arrival&quot; cannot both be given</source>
        <translation>&quot;cells&quot; 和 &quot;arrival&quot; 不能同时指定</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be given with &quot;%2&quot;, which sets it</source>
        <translation>&quot;%1&quot; 不能与 &quot;%2&quot; 同时指定，后者已决定了它</translation>
    </message>
    <message>
        <source>&quot;arrival&quot; must be an object</source>
        <translation>&quot;arrival&quot; 必须是一个对象</translation>
    </message>
    <message>
        <source>&quot;cells&quot; entry %1: workload %2 is not in &quot;workloads&quot; (0 to %3)</source>
        <translation>&quot;cells&quot; 的第 %1 项：负载 %2 不在 &quot;workloads&quot; 中（0 到 %3）</translation>
    </message>
    <message>
        <source>&quot;cells&quot; entry %1 repeats an earlier cell</source>
        <translation>&quot;cells&quot; 的第 %1 项与前面的单元重复</translation>
    </message>
    <message>
        <source>&quot;cpu_freq&quot;: arrival mode takes at most one value</source>
        <translation>&quot;cpu_freq&quot;：到达模式最多只接受一个值</translation>
    </message>
    <message>
        <source>arrival mode sets each job&apos;s duration_s, which workload &quot;%1&quot; does not take</source>
        <translation>到达模式会设置每个作业的 duration_s，而负载 &quot;%1&quot; 不接受该参数</translation>
    </message>
    <message>
        <source>&quot;cells&quot;: &quot;%1&quot; is not a value of sbatch --cpu-freq (low, medium, high, highm1 or kHz)</source>
        <translation>&quot;cells&quot;：&quot;%1&quot; 不是 sbatch --cpu-freq 的有效值（low、medium、high、highm1 或 kHz）</translation>
    </message>
</context>
<context>
    <name>es::CampaignStore</name>
    <message>
        <source>a campaign named %1 exists already (campaign status %1)</source>
        <translation>名为 %1 的测试活动已存在（参见 campaign status %1）</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot store the campaign: %1</source>
        <translation>无法存储测试活动：%1</translation>
    </message>
    <message>
        <source>cannot read the campaigns: %1</source>
        <translation>无法读取测试活动：%1</translation>
    </message>
    <message>
        <source>no campaign named %1 (see campaign list)</source>
        <translation>没有名为 %1 的测试活动（参见 campaign list）</translation>
    </message>
    <message>
        <source>cannot read the campaign&apos;s runs: %1</source>
        <translation>无法读取测试活动的运行记录：%1</translation>
    </message>
    <message>
        <source>cannot update the run %1: %2</source>
        <translation>无法更新运行 %1：%2</translation>
    </message>
    <message>
        <source>cannot update the campaign: %1</source>
        <translation>无法更新测试活动：%1</translation>
    </message>
    <message>
        <source>cannot read the measured jobs: %1</source>
        <translation>无法读取实测作业：%1</translation>
    </message>
    <message>
        <source>cannot store the run %1: %2</source>
        <translation>无法存储运行 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the cluster&apos;s nodes: %1</source>
        <translation>无法读取集群的节点：%1</translation>
    </message>
    <message>
        <source>the store knows no node of cluster %1 (harvest it first, or give the cores per node)</source>
        <translation>存储库中没有集群 %1 的任何节点（请先采集，或指定每个节点的核心数）</translation>
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
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Whole nodes (--exclusive)</source>
        <translation>独占整个节点 (--exclusive)</translation>
    </message>
    <message>
        <source>New benchmark campaign</source>
        <translation>新建基准测试活动</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Real benchmarks, run on every node of each job with all of its CPUs. Each job checks that the programs are on its nodes before it starts.</source>
        <translation>真实基准测试，在每个作业的每个节点上使用其全部 CPU 运行。每个作业在启动前都会检查其节点上是否具备所需程序。</translation>
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
        <translation>工作秒数（内置负载）：</translation>
    </message>
    <message>
        <source>Your command:</source>
        <translation>自定义命令：</translation>
    </message>
    <message>
        <source>Figure of merit (regular expression, one group):</source>
        <translation>性能指标（正则表达式，一个捕获组）：</translation>
    </message>
    <message>
        <source>Its unit:</source>
        <translation>其单位：</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Every workload runs on every node count at every CPU frequency, each cell as many times as repeated, in a random order per repetition.</source>
        <translation>每个负载都会在每种节点数和每个 CPU 频率下运行，每个单元按重复次数运行，每轮重复内顺序随机。</translation>
    </message>
    <message>
        <source>letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</source>
        <translation>字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;</translation>
    </message>
    <message>
        <source>empty: Slurm&apos;s default; or low,high or kHz values</source>
        <translation>留空：使用 Slurm 默认值；或填写 low,high 或 kHz 数值</translation>
    </message>
    <message>
        <source>empty: the cluster&apos;s default</source>
        <translation>留空：使用集群默认值</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Cluster profile:</source>
        <translation>集群配置：</translation>
    </message>
    <message>
        <source>Node counts:</source>
        <translation>节点数：</translation>
    </message>
    <message>
        <source>CPU frequencies:</source>
        <translation>CPU 频率：</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>分区：</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>重复次数：</translation>
    </message>
    <message>
        <source>Time limit per job:</source>
        <translation>每个作业的时间限制：</translation>
    </message>
    <message>
        <source>Sampler interval (0: none):</source>
        <translation>采样器间隔（0：不采样）：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>What the campaign costs. Finish stores it; Start on the Campaigns tab submits it.</source>
        <translation>该测试活动的开销。点击“完成”将其存储；在“测试活动”选项卡中点击“开始”将其提交。</translation>
    </message>
    <message>
        <source>Node counts: &apos;%1&apos; is not a node count</source>
        <translation>节点数：&apos;%1&apos; 不是有效的节点数</translation>
    </message>
    <message>
        <source>This campaign cannot be stored: %1</source>
        <translation>无法存储此测试活动：%1</translation>
    </message>
    <message>
        <source>%1 cells × %2 repeats = %3 jobs on %4.

</source>
        <translation>%1 个单元 × %2 次重复 = 在 %4 上运行 %3 个作业。

</translation>
    </message>
    <message>
        <source>Node-hours: %1 of work; %2 reserved at most (a %3 min limit per job).
</source>
        <translation>节点小时：工作量 %1；最多预留 %2（每个作业限时 %3 分钟）。
</translation>
    </message>
    <message>
        <source>Energy: about %1 kWh, at the median %2 W per node of %3 jobs of this cluster with measured energy.
</source>
        <translation>能耗：约 %1 kWh，按该集群 %3 个具有实测能耗的作业的每节点功率中位数 %2 W 计算。
</translation>
    </message>
    <message>
        <source>Energy: no estimate yet (no job of this cluster has measured energy in the store).
</source>
        <translation>能耗：暂无估算（存储库中该集群尚无具有实测能耗的作业）。
</translation>
    </message>
    <message>
        <source>
Each job: %1, one task per node with all of its CPUs, %2.
</source>
        <translation>
每个作业：%1，每个节点一个任务并使用其全部 CPU，%2。
</translation>
    </message>
    <message>
        <source>whole nodes</source>
        <translation>独占整节点</translation>
    </message>
    <message>
        <source>shared nodes</source>
        <translation>共享节点</translation>
    </message>
    <message>
        <source>inside the on-node sampler every %1 s</source>
        <translation>在节点端采样器内运行，每 %1 s 采样一次</translation>
    </message>
    <message>
        <source>without the on-node sampler</source>
        <translation>不使用节点端采样器</translation>
    </message>
    <message>
        <source>
The campaign file:
%1</source>
        <translation>
测试活动文件：
%1</translation>
    </message>
    <message>
        <source>Arrival mode: a simulated load instead of every combination</source>
        <translation>到达模式：以模拟负载代替所有组合</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> x</source>
        <translation> 倍</translation>
    </message>
    <message>
        <source> per h</source>
        <translation> 个/小时</translation>
    </message>
    <message>
        <source>Poisson job arrivals, faster in working hours (8 to 18) than at night, with bursts, of 60% short (30 s), 30% regular (120 s) and 10% long (600 s on 2 nodes) jobs, each submitted with --begin at its time. The workloads must take a duration.</source>
        <translation>泊松分布的作业到达：工作时间（8 点到 18 点）比夜间更频繁，并有突发；其中 60% 为短作业（30 s），30% 为常规作业（120 s），10% 为长作业（2 个节点上 600 s），每个作业都以 --begin 在其到达时刻提交。负载必须接受时长参数。</translation>
    </message>
    <message>
        <source>Simulated time:</source>
        <translation>模拟时长：</translation>
    </message>
    <message>
        <source>Faster than real time:</source>
        <translation>比实际时间快：</translation>
    </message>
    <message>
        <source>Arrivals in working hours:</source>
        <translation>工作时间的到达率：</translation>
    </message>
    <message>
        <source>Arrivals at night:</source>
        <translation>夜间的到达率：</translation>
    </message>
    <message>
        <source>Chance of a burst:</source>
        <translation>突发概率：</translation>
    </message>
    <message>
        <source>%1 simulated job arrivals of %2 cells on %3, over %4 h of real time (%5 simulated hours, %6 times faster).

</source>
        <translation>在 %3 上模拟 %1 次作业到达，涉及 %2 个单元，历时 %4 小时实际时间（%5 个模拟小时，快 %6 倍）。

</translation>
    </message>
</context>
<context>
    <name>es::CampaignWorker</name>
    <message>
        <source>no one to answer the cluster&apos;s questions (internal error)</source>
        <translation>没有可应答集群询问的对象（内部错误）</translation>
    </message>
</context>
<context>
    <name>es::CampaignWorkload</name>
    <message>
        <source>sysbench CPU: prime numbers on every CPU (events per second)</source>
        <translation>sysbench CPU：在每个 CPU 上计算素数（每秒事件数）</translation>
    </message>
    <message>
        <source>sysbench memory: sequential writes on every CPU (MiB/s)</source>
        <translation>sysbench 内存：在每个 CPU 上顺序写入（MiB/s）</translation>
    </message>
    <message>
        <source>stress-ng CPU stressors on every CPU, for thermal soak (bogo ops/s)</source>
        <translation>stress-ng：在每个 CPU 上运行 CPU 压力项，用于热浸测试（bogo ops/s）</translation>
    </message>
    <message>
        <source>fio random 4 KiB reads and writes in the node&apos;s temporary directory (IOPS)</source>
        <translation>fio：在节点临时目录中进行 4 KiB 随机读写（IOPS）</translation>
    </message>
    <message>
        <source>HPC Challenge on every node separately (one MPI process each): HPL (TFLOPS), problem size problem_size</source>
        <translation>在每个节点上单独运行 HPC Challenge（每节点一个 MPI 进程）：HPL（TFLOPS），问题规模 problem_size</translation>
    </message>
    <message>
        <source>HPC Challenge on every node separately: STREAM triad of every process (GB/s), problem size problem_size</source>
        <translation>在每个节点上单独运行 HPC Challenge：每个进程的 STREAM triad（GB/s），问题规模 problem_size</translation>
    </message>
    <message>
        <source>your own command, with a regular expression for its figure of merit</source>
        <translation>自定义命令，并用正则表达式提取其性能指标</translation>
    </message>
    <message>
        <source>workload %1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>负载 %1：未知键 &quot;%2&quot;（已知：%3）</translation>
    </message>
    <message>
        <source>workload command: &quot;%1&quot; must be a non-empty string</source>
        <translation>负载 command：&quot;%1&quot; 必须是非空字符串</translation>
    </message>
    <message>
        <source>workload command: &quot;programs&quot; must list program names (letters, digits, &apos;_.+-&apos;)</source>
        <translation>负载 command：&quot;programs&quot; 必须列出程序名（字母、数字、&apos;_.+-&apos;）</translation>
    </message>
    <message>
        <source>workload command: &quot;programs&quot; must be a list of program names</source>
        <translation>负载 command：&quot;programs&quot; 必须是程序名列表</translation>
    </message>
    <message>
        <source>workload command: fom_regex &quot;%1&quot; is not a regular expression with a capture group (%2)</source>
        <translation>负载 command：fom_regex &quot;%1&quot; 不是带捕获组的正则表达式（%2）</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>无捕获组</translation>
    </message>
    <message>
        <source>unknown workload &quot;%1&quot; (known: %2)</source>
        <translation>未知负载 &quot;%1&quot;（已知：%2）</translation>
    </message>
    <message>
        <source>workload %1: problem_size must be a whole number from 100 to 1000000</source>
        <translation>负载 %1：problem_size 必须是 100 到 1000000 之间的整数</translation>
    </message>
    <message>
        <source>workload %1: duration_s must be a whole number of seconds from 1 to %2</source>
        <translation>负载 %1：duration_s 必须是 1 到 %2 之间的整数秒数</translation>
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
        <translation>负载</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>CPU freq.</source>
        <translation>CPU 频率</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间 (s)</translation>
    </message>
    <message>
        <source>Figure of merit</source>
        <translation>性能指标</translation>
    </message>
    <message>
        <source>Nodes run</source>
        <translation>运行节点</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Runs done</source>
        <translation>已完成运行</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Energy median</source>
        <translation>能耗中位数</translation>
    </message>
    <message>
        <source>Energy 5-95%</source>
        <translation>能耗 5-95%</translation>
    </message>
    <message>
        <source>Time median (s)</source>
        <translation>运行时间中位数 (s)</translation>
    </message>
    <message>
        <source>FOM median</source>
        <translation>FOM 中位数</translation>
    </message>
    <message>
        <source>FOM unit</source>
        <translation>FOM 单位</translation>
    </message>
    <message>
        <source>No campaign yet. &quot;New campaign...&quot; designs one: real benchmarks (sysbench, stress-ng, fio or your own command) over node counts and CPU frequencies, each job measured.</source>
        <translation>尚无测试活动。使用“新建测试活动...”设计一个：在不同节点数和 CPU 频率下运行真实基准测试（sysbench、stress-ng、fio 或自定义命令），并实测每个作业。</translation>
    </message>
    <message>
        <source>&amp;New campaign...</source>
        <translation>新建测试活动(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Start / Resume</source>
        <translation>开始 / 继续(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>跟踪(&amp;T)</translation>
    </message>
    <message>
        <source>A pass every 15 s until every run has ended</source>
        <translation>每 15 s 检查一轮，直到所有运行结束</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>取消测试活动</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>导出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>测试活动：</translation>
    </message>
    <message>
        <source>Asking the cluster about %1...</source>
        <translation>正在向集群查询 %1...</translation>
    </message>
    <message>
        <source>%1 of %2 runs ended</source>
        <translation>%2 次运行中已结束 %1 次</translation>
    </message>
    <message>
        <source>No campaign yet: &quot;New campaign...&quot; designs one.</source>
        <translation>尚无测试活动：使用“新建测试活动...”设计一个。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> — this pass: %1 submitted, %2 adopted after an interrupted submission, %3 results read, %4 retried</source>
        <translation> — 本轮：提交 %1 个，中断提交后接管 %2 个，读取结果 %3 个，重试 %4 个</translation>
    </message>
    <message>
        <source>Error: %1 (what was done is kept; try again)</source>
        <translation>错误：%1（已完成的部分会保留；请重试）</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>能耗 (%1)</translation>
    </message>
    <message>
        <source>Energy median (%1)</source>
        <translation>能耗中位数（%1）</translation>
    </message>
    <message>
        <source>Energy 5-95% (%1)</source>
        <translation>能耗 5-95%（%1）</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>未存入存储库：%1</translation>
    </message>
    <message>
        <source>A campaign runs on a cluster profile: add one on the Connections tab first.</source>
        <translation>测试活动需在集群配置上运行：请先在“连接”选项卡中添加一个。</translation>
    </message>
    <message>
        <source>Export the campaign&apos;s runs</source>
        <translation>导出测试活动的运行记录</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 runs written to %2</source>
        <translation>已将 %1 次运行写入 %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Propose next...</source>
        <translation>建议下一步(&amp;P)...</translation>
    </message>
    <message>
        <source>Active mode: the cells to measure next, where the energy predictions&apos; 90% intervals are widest, within a core-hour budget</source>
        <translation>主动模式：在核心小时预算内，选出能耗预测 90% 区间最宽、最值得接下来测量的单元</translation>
    </message>
    <message>
        <source>Choose a campaign with measured runs first.</source>
        <translation>请先选择一个已有实测运行的测试活动。</translation>
    </message>
    <message>
        <source>the tab is busy with another task; try again in a moment</source>
        <translation>该标签页正在执行其他任务，请稍后再试</translation>
    </message>
</context>
<context>
    <name>es::CarbonIntensity</name>
    <message>
        <source>an empty carbon-intensity series</source>
        <translation>碳强度序列为空</translation>
    </message>
    <message>
        <source>intensity %1 g/kWh at %2 is outside [0, %3]</source>
        <translation>%2 处的碳强度 %1 g/kWh 超出 [0, %3]</translation>
    </message>
    <message>
        <source>the series&apos; times do not increase at %1</source>
        <translation>序列时间在 %1 处未递增</translation>
    </message>
    <message>
        <source>a series of one point needs the time its value holds</source>
        <translation>只有一个点的序列需要给出该值的持续时间</translation>
    </message>
    <message>
        <source>a window of %1 s: the duration must be positive</source>
        <translation>窗口为 %1 s：时长必须为正数</translation>
    </message>
    <message>
        <source>no carbon-intensity series</source>
        <translation>没有碳强度序列</translation>
    </message>
    <message>
        <source>the window %1 + %2 s is not covered by the carbon-intensity series (%3 to %4)</source>
        <translation>碳强度序列（%3 至 %4）未覆盖窗口 %1 + %2 s</translation>
    </message>
    <message>
        <source>energy %1 J: it must be a finite, non-negative number</source>
        <translation>能量 %1 J：必须是有限的非负数</translation>
    </message>
    <message>
        <source>bestStart needs a positive step and duration and latest start &gt;= earliest (step %1 s, duration %2 s, %3 to %4)</source>
        <translation>bestStart 要求步长和时长为正，且最晚开始时间 &gt;= 最早开始时间（步长 %1 s，时长 %2 s，%3 至 %4）</translation>
    </message>
    <message>
        <source>no start between %1 and %2 has its window covered: %3</source>
        <translation>%1 至 %2 之间没有任何开始时间的窗口被完全覆盖：%3</translation>
    </message>
</context>
<context>
    <name>es::CarbonSeriesParser</name>
    <message>
        <source>no column &apos;%1&apos; (the %2 column asked for); the columns are %3</source>
        <translation>没有列 &apos;%1&apos;（所请求的 %2 列）；现有列为 %3</translation>
    </message>
    <message>
        <source>no %1 column among %2</source>
        <translation>%2 中没有 %1 列</translation>
    </message>
    <message>
        <source>several %1 columns: %2</source>
        <translation>存在多个 %1 列：%2</translation>
    </message>
    <message>
        <source>: name it with --time-column / --intensity-column</source>
        <translation>：请用 --time-column / --intensity-column 指定</translation>
    </message>
    <message>
        <source>the time and intensity columns are the same column &apos;%1&apos;</source>
        <translation>时间列和碳强度列是同一列 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: unit &apos;%2/%3&apos; is not known (g/kWh, kg/kWh, g/Wh, kg/MWh, t/MWh)</source>
        <translation>列 &apos;%1&apos;：未知单位 &apos;%2/%3&apos;（可用 g/kWh、kg/kWh、g/Wh、kg/MWh、t/MWh）</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos; is not known (g/kWh, kg/kWh, g/Wh, kg/MWh, t/MWh)</source>
        <translation>未知单位 &apos;%1&apos;（可用 g/kWh、kg/kWh、g/Wh、kg/MWh、t/MWh）</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; says %2 but the unit given is %3</source>
        <translation>列 &apos;%1&apos; 标明为 %2，但指定的单位是 %3</translation>
    </message>
    <message>
        <source>the header line is repeated</source>
        <translation>表头行重复</translation>
    </message>
    <message>
        <source>the line has %1 fields, the header %2 (truncated or joined line?)</source>
        <translation>该行有 %1 个字段，表头有 %2 个（行被截断或合并？）</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a time (ISO 8601 such as 2023-05-04T12:30Z, or epoch seconds)</source>
        <translation>列 &apos;%1&apos;：&apos;%2&apos; 不是时间（应为 ISO 8601，如 2023-05-04T12:30Z，或纪元秒数）</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: empty where a number is expected</source>
        <translation>列 &apos;%1&apos;：此处应为数字，但为空</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>列 &apos;%1&apos;：&apos;%2&apos; 不是数字</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: negative intensity %2</source>
        <translation>列 &apos;%1&apos;：碳强度 %2 为负</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: intensity %2 %3 is over %4 g/kWh (wrong unit?)</source>
        <translation>列 &apos;%1&apos;：碳强度 %2 %3 超过 %4 g/kWh（单位有误？）</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: time %2 is repeated</source>
        <translation>列 &apos;%1&apos;：时间 %2 重复</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: time %2 goes backwards (the previous point is %3)</source>
        <translation>列 &apos;%1&apos;：时间 %2 倒退（上一个点为 %3）</translation>
    </message>
    <message>
        <source>no data lines after the header</source>
        <translation>表头后没有数据行</translation>
    </message>
    <message>
        <source>empty file (no header, no data)</source>
        <translation>空文件（无表头，无数据）</translation>
    </message>
    <message>
        <source>gap: no point between %1 and %2 (%3 missing at %4 s steps)</source>
        <translation>缺口：%1 与 %2 之间没有数据点（按 %4 s 步长缺少 %3 个）</translation>
    </message>
    <message>
        <source>... and %1 more gaps</source>
        <translation>... 另有 %1 处缺口</translation>
    </message>
    <message>
        <source>column &apos;unix&apos; differs from &apos;%1&apos; on %2 of %3 lines (first by %4 s); &apos;%1&apos; is used</source>
        <translation>列 &apos;unix&apos; 与 &apos;%1&apos; 在 %3 行中有 %2 行不一致（首次相差 %4 s）；使用 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>es::CarbonSeriesWriter</name>
    <message>
        <source>cannot count the points of %1: %2</source>
        <translation>无法统计 %1 的数据点数：%2</translation>
    </message>
    <message>
        <source>a carbon-intensity series needs a name (its grid zone or region)</source>
        <translation>碳强度序列需要一个名称（其电网区域或地区）</translation>
    </message>
    <message>
        <source>point %1 of %2 (ts %3, %4 g/kWh) is out of order or out of [0, %5]: nothing written</source>
        <translation>第 %1 个点（共 %2 个；ts %3，%4 g/kWh）顺序错误或超出 [0, %5]：未写入任何数据</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>无法提交事务：%1</translation>
    </message>
    <message>
        <source>cannot read the carbon series %1: %2</source>
        <translation>无法读取碳强度序列 %1：%2</translation>
    </message>
    <message>
        <source>cannot list the carbon series: %1</source>
        <translation>无法列出碳强度序列：%1</translation>
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
        <translation>用法：energy-studio-cli [--db PATH | --db postgresql://USER@HOST:PORT/DB] [--json] COMMAND ...

HPC Energy Studio 命令行：涵盖所有无需图形界面的步骤，供脚本、cron 和测试使用。

命令：
  import swf|sacct|csv FILE...   导入作业记录（参见 import --help）
  export jobs|job-metrics|samples   将一个表写为 CSV（参见 export --help）
  stats                          每个表和每个集群的行数

全局选项：
  --db LOCATION   SQLite 文件或 PostgreSQL URL（默认：%1）
  --json          在标准输出上打印一个 JSON 文档
  --version       打印版本号
  -h, --help      本帮助；COMMAND --help 显示该命令的选项

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
        <translation>%1：集群 %2：%3 个作业（新增 %4 个，更新 %5 个，未变 %6 个），已写入 %7 个作业步和 %8 条作业指标，跳过 %9 行，用时 %10 s
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
        <source>store: %1 (schema %2)
</source>
        <translation>存储库：%1（模式版本 %2）
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
        <translation>
更多命令：
</translation>
    </message>
    <message>
        <source>accepting the new host key of %1:%2: %3 %4</source>
        <translation>正在接受 %1:%2 的新主机密钥：%3 %4</translation>
    </message>
    <message>
        <source>the host key of %1:%2 is unknown: %3 %4. Check it with the cluster&apos;s administrators, then run again with --accept-new-host-key.</source>
        <translation>%1:%2 的主机密钥未知：%3 %4。请与集群管理员核实后，使用 --accept-new-host-key 重新运行。</translation>
    </message>
    <message>
        <source>profile needs add, list or remove</source>
        <translation>profile 需要 add、list 或 remove</translation>
    </message>
    <message>
        <source>profile %1 needs exactly one NAME</source>
        <translation>profile %1 需要恰好一个 NAME</translation>
    </message>
    <message>
        <source>profile list takes no NAME</source>
        <translation>profile list 不接受 NAME</translation>
    </message>
    <message>
        <source>profile add needs --host</source>
        <translation>profile add 需要 --host</translation>
    </message>
    <message>
        <source>--port takes a number from 1 to 65535</source>
        <translation>--port 需要 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>profile %1 saved
</source>
        <translation>已保存配置 %1
</translation>
    </message>
    <message>
        <source>profile %1 removed
</source>
        <translation>已删除配置 %1
</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> 经由 %1</translation>
    </message>
    <message>
        <source>harvest takes no positional arguments</source>
        <translation>harvest 不接受位置参数</translation>
    </message>
    <message>
        <source>harvest needs --profile NAME</source>
        <translation>harvest 需要 --profile NAME</translation>
    </message>
    <message>
        <source>harvest %1: %2 (%3 sacct lines)</source>
        <translation>采集 %1：%2（%3 行 sacct 输出）</translation>
    </message>
    <message>
        <source>%1 (%2): %3 jobs (%4 new, %5 updated, %6 unchanged), %7 steps written, %8 nodes, %9 s
</source>
        <translation>%1（%2）：%3 个作业（新增 %4 个，更新 %5 个，未变 %6 个），已写入 %7 个作业步，%8 个节点，用时 %9 s
</translation>
    </message>
    <message>
        <source>metrics needs the action derive</source>
        <translation>metrics 需要操作 derive</translation>
    </message>
    <message>
        <source>energy-studio-cli: cannot list the clusters: %1</source>
        <translation>energy-studio-cli: 无法列出集群：%1</translation>
    </message>
    <message>
        <source>%1: %2 jobs: %3 slurm, %4 counter, %5 model (estimate), %6 without energy; %7 rows written
</source>
        <translation>%1：%2 个作业：来源 slurm %3 个、counter（计数器）%4 个、model（模型估算）%5 个、无能耗数据 %6 个；已写入 %7 行
</translation>
    </message>
    <message>
        <source>no cluster in the store
</source>
        <translation>存储库中没有集群
</translation>
    </message>
    <message>
        <source>R² %1  MAE %2  RMSE %3  MAPE %4%</source>
        <translation>R² %1  MAE %2  RMSE %3  MAPE %4%</translation>
    </message>
    <message>
        <source> (MAPE leaves out %1 zero targets)</source>
        <translation> （MAPE 未计入 %1 个目标变量为零的样本）</translation>
    </message>
    <message>
        <source>train takes no positional arguments: %1</source>
        <translation>train 不接受位置参数：%1</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (ridge, rf, krr, svr or all)</source>
        <translation>未知模型 &apos;%1&apos;（ridge、rf、krr、svr 或 all）</translation>
    </message>
    <message>
        <source>--folds takes a number from 2 to 100</source>
        <translation>--folds 的取值须为 2 到 100 之间的数字</translation>
    </message>
    <message>
        <source>--inner-folds takes a number from 2 to 20</source>
        <translation>--inner-folds 的取值须为 2 到 20 之间的数字</translation>
    </message>
    <message>
        <source>--seed takes a non-negative number</source>
        <translation>--seed 的取值须为非负数</translation>
    </message>
    <message>
        <source>--split takes kfold, time or both</source>
        <translation>--split 的取值须为 kfold、time 或 both</translation>
    </message>
    <message>
        <source>--log-target takes auto, on or off</source>
        <translation>--log-target 的取值须为 auto、on 或 off</translation>
    </message>
    <message>
        <source>--csv needs --target-column and --features</source>
        <translation>--csv 需要 --target-column 和 --features</translation>
    </message>
    <message>
        <source>train needs --target (or --csv FILE --target-column C --features ...)</source>
        <translation>train 需要 --target（或 --csv FILE --target-column C --features ...）</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>data: %1: %2 rows%3
</source>
        <translation>数据：%1：%2 行%3
</translation>
    </message>
    <message>
        <source>%1 (%2 categories)</source>
        <translation>%1（%2 个类别）</translation>
    </message>
    <message>
        <source> [after run]</source>
        <translation> [运行后]</translation>
    </message>
    <message>
        <source>features: %1
</source>
        <translation>特征：%1
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>%1 on %2: %3
</source>
        <translation>%1 在 %2 上：%3
</translation>
    </message>
    <message>
        <source>baseline (%1)</source>
        <translation>基线（%1）</translation>
    </message>
    <message>
        <source>  %1 test values of categories unseen in training were encoded as zeros (%2)
</source>
        <translation>  %1 个测试值属于训练中未出现的类别，已编码为零（%2）
</translation>
    </message>
    <message>
        <source>best: %1 (highest R² on %2), %3 s; hyperparameters %4
</source>
        <translation>最佳：%1（在 %2 上 R² 最高），%3 s；超参数 %4
</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>permutation importance (RMSE increase, %1, %2): %3
</source>
        <translation>置换重要性（RMSE 增量，%1，%2）：%3
</translation>
    </message>
    <message>
        <source>saved as model %1 &apos;%2&apos; (%3 s)
</source>
        <translation>已保存为模型 %1 &apos;%2&apos;（%3 s）
</translation>
    </message>
    <message>
        <source>not saved (--no-save) (%1 s)
</source>
        <translation>未保存（--no-save）（%1 s）
</translation>
    </message>
    <message>
        <source>models %1 needs one model id</source>
        <translation>models %1 需要一个模型 ID</translation>
    </message>
    <message>
        <source>models list takes no arguments</source>
        <translation>models list 不接受参数</translation>
    </message>
    <message>
        <source>model %1 removed
</source>
        <translation>已删除模型 %1
</translation>
    </message>
    <message>
        <source>model %1 &apos;%2&apos;: %3 by %4, trained %5 on %6 (data %7)
</source>
        <translation>模型 %1 &apos;%2&apos;：目标变量 %3，算法 %4，于 %5 在 %6 上训练（数据 %7）
</translation>
    </message>
    <message>
        <source>inputs: %1
</source>
        <translation>输入：%1
</translation>
    </message>
    <message>
        <source>hyperparameters: %1
</source>
        <translation>超参数：%1
</translation>
    </message>
    <message>
        <source>on %1: R² %2, MAE %3, MAPE %4%; baseline (%5) R² %6, MAE %7
</source>
        <translation>在 %1 上：R² %2，MAE %3，MAPE %4%；基线（%5）R² %6，MAE %7
</translation>
    </message>
    <message>
        <source>energy-studio-cli: there is no model %1 (see: models list)</source>
        <translation>energy-studio-cli: 不存在模型 %1（参见：models list）</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标变量</translation>
    </message>
    <message>
        <source>algo</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>split / created</source>
        <translation>划分 / 创建时间</translation>
    </message>
    <message>
        <source>(no models: see train --help)
</source>
        <translation>（没有模型：参见 train --help）
</translation>
    </message>
    <message>
        <source>predict needs --model ID (see models list)</source>
        <translation>predict 需要 --model ID（参见 models list）</translation>
    </message>
    <message>
        <source>inputs are FEATURE=VALUE, got &apos;%1&apos;</source>
        <translation>输入应为 FEATURE=VALUE，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--actual takes a finite number</source>
        <translation>--actual 需要一个有限数值</translation>
    </message>
    <message>
        <source>energy-studio-cli: model %1: %2</source>
        <translation>energy-studio-cli: 模型 %1：%2</translation>
    </message>
    <message>
        <source>warning: %1 is a category the model never saw in training: encoded as all zeros</source>
        <translation>警告：%1 是模型在训练中从未见过的类别：已编码为全零</translation>
    </message>
    <message>
        <source>%1 = %2 (model %3, %4; validation on %5: R² %6, MAPE %7%)
</source>
        <translation>%1 = %2（模型 %3，%4；在 %5 上验证：R² %6，MAPE %7%）
</translation>
    </message>
    <message>
        <source>forecast needs --horizon MIN, 1 to 1440</source>
        <translation>forecast 需要 --horizon MIN，取值 1 到 1440</translation>
    </message>
    <message>
        <source>--step takes a positive number of minutes</source>
        <translation>--step 需要一个正的分钟数</translation>
    </message>
    <message>
        <source>--days takes a positive number</source>
        <translation>--days 需要一个正数</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (rf, krr, svr or ridge)</source>
        <translation>未知模型 &apos;%1&apos;（rf、krr、svr 或 ridge）</translation>
    </message>
    <message>
        <source>history: %1 jobs, %2 minutes from %3 to %4; last observed load %5 busy CPUs
</source>
        <translation>历史：%1 个作业，%2 分钟，从 %3 到 %4；最后观测到的负载为 %5 个忙碌 CPU
</translation>
    </message>
    <message>
        <source>evaluation (%1), MAE in busy CPUs:
</source>
        <translation>评估（%1），MAE（单位：忙碌 CPU 数）：
</translation>
    </message>
    <message>
        <source>  +%1 min: %2 %3, persistence %4, seasonal-naive %5
</source>
        <translation>  +%1 min：%2 %3，持续性基线 %4，季节性朴素基线 %5
</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>forecast (%1):
</source>
        <translation>预测（%1）：
</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source> (acknowledged)</source>
        <translation> （已确认）</translation>
    </message>
    <message>
        <source>alerts needs an action: check, list, acknowledge or set-threshold</source>
        <translation>alerts 需要一个操作：check、list、acknowledge 或 set-threshold</translation>
    </message>
    <message>
        <source>alerts check takes no arguments</source>
        <translation>alerts check 不接受参数</translation>
    </message>
    <message>
        <source>--hysteresis-c, --energy-factor and --energy-min-jobs need positive numbers</source>
        <translation>--hysteresis-c、--energy-factor 和 --energy-min-jobs 需要正数</translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 samples, %4 jobs checked: %5 new events, %6 updated, %7 unchanged
</source>
        <translation>%1：已检查 %2 个节点、%3 个样本、%4 个作业：新事件 %5 个，更新 %6 个，未变 %7 个
</translation>
    </message>
    <message>
        <source>alerts list takes no arguments</source>
        <translation>alerts list 不接受参数</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (known: %2)</source>
        <translation>未知类型 &apos;%1&apos;（已知类型：%2）</translation>
    </message>
    <message>
        <source>no events
</source>
        <translation>没有事件
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event id</source>
        <translation>&apos;%1&apos; 不是事件 ID</translation>
    </message>
    <message>
        <source>alerts acknowledge needs event ids</source>
        <translation>alerts acknowledge 需要事件 ID</translation>
    </message>
    <message>
        <source>%1 events acknowledged
</source>
        <translation>已确认 %1 个事件
</translation>
    </message>
    <message>
        <source>alerts set-threshold takes no arguments</source>
        <translation>alerts set-threshold 不接受参数</translation>
    </message>
    <message>
        <source>alerts set-threshold needs --node or --cluster</source>
        <translation>alerts set-threshold 需要 --node 或 --cluster</translation>
    </message>
    <message>
        <source>alerts set-threshold needs --warning-c and --critical-c in °C</source>
        <translation>alerts set-threshold 需要以 °C 为单位的 --warning-c 和 --critical-c</translation>
    </message>
    <message>
        <source>the store has %1 clusters: say which with --cluster</source>
        <translation>存储库中有 %1 个集群：请用 --cluster 指定一个</translation>
    </message>
    <message>
        <source>%1: warning %2 °C, critical %3 °C
</source>
        <translation>%1：警告 %2 °C，严重 %3 °C
</translation>
    </message>
    <message>
        <source>unknown alerts action &apos;%1&apos;</source>
        <translation>未知的 alerts 操作 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos; (energy_j, duration_s, temp_peak_c or a numeric feature such as mem_mb or power_avg_w)</source>
        <translation>未知目标变量 &apos;%1&apos;（energy_j、duration_s、temp_peak_c 或数值特征，如 mem_mb 或 power_avg_w）</translation>
    </message>
    <message>
        <source>unknown models command &apos;%1&apos; (list, show ID, remove ID, accuracy ID)</source>
        <translation>未知的 models 命令 &apos;%1&apos;（list、show ID、remove ID、accuracy ID）</translation>
    </message>
    <message>
        <source>model %1 (%2): %3 predictions, %4 with an actual value, %5 pending
</source>
        <translation>模型 %1（%2）：%3 条预测，其中 %4 条有实际值，%5 条待定
</translation>
    </message>
    <message>
        <source>(inputs)</source>
        <translation>（输入）</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>%1 预测值</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>%1 实际值</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>on the predictions with an actual value: %1
</source>
        <translation>基于有实际值的预测：%1
</translation>
    </message>
    <message>
        <source>no prediction has an actual value yet
</source>
        <translation>尚无任何预测有对应的实际值
</translation>
    </message>
    <message>
        <source>--job needs a job id</source>
        <translation>--job 需要一个作业 ID</translation>
    </message>
    <message>
        <source>--job takes the inputs and the actual value from the store: no FEATURE=VALUE or --actual with it</source>
        <translation>--job 会从存储库获取输入和实际值：不能同时使用 FEATURE=VALUE 或 --actual</translation>
    </message>
    <message>
        <source>--cluster goes with --job</source>
        <translation>--cluster 需与 --job 一起使用</translation>
    </message>
    <message>
        <source>energy-studio-cli: job %1 of cluster %2 has no value for %3, which model %4 needs</source>
        <translation>energy-studio-cli: 集群 %2 的作业 %1 没有 %3 的值，而模型 %4 需要该值</translation>
    </message>
    <message>
        <source>job %1 (finished: %2 = %3)
</source>
        <translation>作业 %1（已结束：%2 = %3）
</translation>
    </message>
    <message>
        <source>job %1
</source>
        <translation>作业 %1
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>harvest-prometheus takes no positional arguments</source>
        <translation>harvest-prometheus 不接受位置参数</translation>
    </message>
    <message>
        <source>harvest-prometheus needs --url URL and --cluster NAME</source>
        <translation>harvest-prometheus 需要 --url URL 和 --cluster NAME</translation>
    </message>
    <message>
        <source>--url needs an http:// or https:// URL</source>
        <translation>--url 需要一个 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>--step takes whole seconds from 1 to 86400</source>
        <translation>--step 需要 1 到 86400 之间的整秒数</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600</source>
        <translation>--timeout 需要 0 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>--instance-map takes INSTANCE=NODE pairs, not &apos;%1&apos;</source>
        <translation>--instance-map 需要 INSTANCE=NODE 形式的键值对，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--user and --password-file go together</source>
        <translation>--user 和 --password-file 必须同时使用</translation>
    </message>
    <message>
        <source>harvest-prometheus: %1 samples, up to %2</source>
        <translation>harvest-prometheus: %1 个样本，截至 %2</translation>
    </message>
    <message>
        <source>energy-studio-cli: harvest-prometheus %1: %2</source>
        <translation>energy-studio-cli: harvest-prometheus %1：%2</translation>
    </message>
    <message>
        <source>harvest-prometheus: no series on this server for %1 (left empty)</source>
        <translation>harvest-prometheus: 此服务器上没有 %1 的序列（留空）</translation>
    </message>
    <message>
        <source>%1: nothing new since the last import
</source>
        <translation>%1：自上次导入以来没有新数据
</translation>
    </message>
    <message>
        <source>%1: %2 samples of %3 nodes (%4 written), %5 queries, %6 s
</source>
        <translation>%1：%3 个节点的 %2 个样本（已写入 %4 个），%5 次查询，%6 s
</translation>
    </message>
    <message>
        <source>proxmox harvest needs one of --url or --ssh-host</source>
        <translation>proxmox harvest 需要 --url 或 --ssh-host 之一</translation>
    </message>
    <message>
        <source>--timeframe takes hour, day, week, month or year</source>
        <translation>--timeframe 的取值须为 hour、day、week、month 或 year</translation>
    </message>
    <message>
        <source>--url takes https://HOST[:PORT]</source>
        <translation>--url 的取值须为 https://HOST[:PORT] 形式</translation>
    </message>
    <message>
        <source>--url needs --token-id USER@REALM!TOKENID</source>
        <translation>--url 需要 --token-id USER@REALM!TOKENID</translation>
    </message>
    <message>
        <source>no token secret: environment variable %1 is empty or unset</source>
        <translation>没有令牌密钥：环境变量 %1 为空或未设置</translation>
    </message>
    <message>
        <source>no token secret on standard input</source>
        <translation>标准输入中没有令牌密钥</translation>
    </message>
    <message>
        <source>the certificate of %1 (%2) is not pinned; SHA-256 %3. Compare it with &apos;pvenode cert info&apos; on the host, then run again with --accept-new-cert.</source>
        <translation>%1（%2）的证书尚未固定；SHA-256 %3。请在该主机上用 &apos;pvenode cert info&apos; 核对，然后加 --accept-new-cert 重新运行。</translation>
    </message>
    <message>
        <source>pinning the certificate of %1 (%2): SHA-256 %3</source>
        <translation>正在固定 %1（%2）的证书：SHA-256 %3</translation>
    </message>
    <message>
        <source>--ssh-port takes a number from 1 to 65535</source>
        <translation>--ssh-port 的取值须为 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>proxmox harvest: %1</source>
        <translation>proxmox harvest：%1</translation>
    </message>
    <message>
        <source>%1 from %2: %3 hosts, %4 guests (%5 mapped to nodes), %6 samples written, %7 s
</source>
        <translation>%1，来自 %2：%3 台主机，%4 个客户机（%5 个已映射到节点），写入 %6 个样本，耗时 %7 s
</translation>
    </message>
    <message>
        <source>map takes NODE=VM pairs, not &apos;%1&apos;</source>
        <translation>map 的参数应为 NODE=VM 对，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation>存储库中没有名为 %1 的集群</translation>
    </message>
    <message>
        <source>%1 = VM %2%3 (%4)
</source>
        <translation>%1 = VM %2%3（%4）
</translation>
    </message>
    <message>
        <source>, host not harvested yet</source>
        <translation>，主机尚未采集</translation>
    </message>
    <message>
        <source> %1 on %2</source>
        <translation> %1，位于 %2</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>proxmox unpin takes one HOST:PORT</source>
        <translation>proxmox unpin 只接受一个 HOST:PORT</translation>
    </message>
    <message>
        <source>proxmox needs harvest, map, unmap or unpin</source>
        <translation>proxmox 需要子命令：harvest、map、unmap 或 unpin</translation>
    </message>
    <message>
        <source>proxmox %1 needs --cluster NAME</source>
        <translation>proxmox %1 需要 --cluster NAME</translation>
    </message>
    <message>
        <source>proxmox harvest takes no positional arguments</source>
        <translation>proxmox harvest 不接受位置参数</translation>
    </message>
    <message>
        <source>proxmox unmap needs NODE names</source>
        <translation>proxmox unmap 需要 NODE 名称</translation>
    </message>
    <message>
        <source>report takes no arguments</source>
        <translation>report 不接受参数</translation>
    </message>
    <message>
        <source>report needs --since and --out</source>
        <translation>report 需要 --since 和 --out</translation>
    </message>
    <message>
        <source>--out must name a .pdf or .html file</source>
        <translation>--out 必须指定 .pdf 或 .html 文件</translation>
    </message>
    <message>
        <source>--until must come after --since</source>
        <translation>--until 必须晚于 --since</translation>
    </message>
    <message>
        <source>energy-studio-cli: report needs a QApplication to paint its plots</source>
        <translation>energy-studio-cli: report 需要 QApplication 才能绘制图表</translation>
    </message>
    <message>
        <source>%1: %2 jobs, %3 kWh, %4 alerts, %5 plots, %6 pages
</source>
        <translation>%1：%2 个作业，%3 kWh，%4 条告警，%5 幅图表，%6 页
</translation>
    </message>
    <message>
        <source>energy-studio-cli: node %1: %2</source>
        <translation>energy-studio-cli: 节点 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 samples read, %3 written, %4 new nodes, %5 s
</source>
        <translation>%1：读取 %2 个样本，写入 %3 个，新节点 %4 个，耗时 %5 s
</translation>
    </message>
    <message>
        <source>  %1: %2 samples%3
</source>
        <translation>  %1：%2 个样本%3
</translation>
    </message>
    <message>
        <source> (failed)</source>
        <translation> （失败）</translation>
    </message>
    <message>
        <source>  %1 files on the cluster, %2 with new data
</source>
        <translation>  集群上有 %1 个文件，其中 %2 个有新数据
</translation>
    </message>
    <message>
        <source>  job metrics: %1 jobs: %2 slurm, %3 counter, %4 model (estimate), %5 without energy
</source>
        <translation>  作业指标：%1 个作业：slurm %2 个，计数器 %3 个，模型（估算）%4 个，无能耗 %5 个
</translation>
    </message>
    <message>
        <source>sample needs live, fetch, import or install</source>
        <translation>sample 需要子命令：live、fetch、import 或 install</translation>
    </message>
    <message>
        <source>sample %1 takes no positional arguments</source>
        <translation>sample %1 不接受位置参数</translation>
    </message>
    <message>
        <source>sample import needs at least one FILE</source>
        <translation>sample import 至少需要一个 FILE</translation>
    </message>
    <message>
        <source>sample %1 needs --profile NAME</source>
        <translation>sample %1 需要 --profile NAME</translation>
    </message>
    <message>
        <source>sample import needs --cluster NAME</source>
        <translation>sample import 需要 --cluster NAME</translation>
    </message>
    <message>
        <source>sample live needs --nodes HOSTLIST</source>
        <translation>sample live 需要 --nodes HOSTLIST</translation>
    </message>
    <message>
        <source>--nodes: %1</source>
        <translation>--nodes：%1</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>没有节点</translation>
    </message>
    <message>
        <source>--reach takes direct, jump or srun</source>
        <translation>--reach 的取值须为 direct、jump 或 srun</translation>
    </message>
    <message>
        <source>--interval takes seconds from 0.1 to 3600</source>
        <translation>--interval 的取值须为 0.1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>--duration takes a positive number of seconds</source>
        <translation>--duration 的取值须为正的秒数</translation>
    </message>
    <message>
        <source>--node-port takes a number from 1 to 65535</source>
        <translation>--node-port 的取值须为 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1: no --node given, and %2</source>
        <translation>%1：未指定 --node，且%2</translation>
    </message>
    <message>
        <source>energy-studio-cli: %1: %2</source>
        <translation>energy-studio-cli: %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 installed
</source>
        <translation>%1：已安装 %2
</translation>
    </message>
    <message>
        <source>%1 tasks, %2 option cells, %3 runs; tasks held out in %4 folds
</source>
        <translation>%1 个任务，%2 个选项单元，%3 次运行；任务按 %4 折留出
</translation>
    </message>
    <message>
        <source>time limit: +%1 against the median cell
</source>
        <translation>时间限制：相对中位数单元 +%1
</translation>
    </message>
    <message>
        <source>no time limit
</source>
        <translation>无时间限制
</translation>
    </message>
    <message>
        <source>energy saved against the median cell: %1 (the oracle: %2); capture %3 of the oracle&apos;s saving; regret %4
</source>
        <translation>相对中位数单元节省的能耗：%1（理想选择：%2）；达到理想选择节省量的 %3；遗憾值 %4
</translation>
    </message>
    <message>
        <source>choices over the time limit: %1; run time against the median cell: %2; predicted fastest taken for want of a cell within the limit: %3
</source>
        <translation>超出时间限制的选择：%1；相对中位数单元的运行时间：%2；因限制内无可选单元而选用预测最快单元：%3
</translation>
    </message>
    <message>
        <source>%1 energy intervals cover the measured value in %2 of the tasks; %3 s
</source>
        <translation>%1 能耗区间在 %2 的任务中覆盖了实测值；%3 s
</translation>
    </message>
    <message>
        <source>advise replay takes no arguments but options: &apos;%1&apos;</source>
        <translation>advise replay 只接受选项，不接受参数：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>advise replay needs --%1</source>
        <translation>advise replay 需要 --%1</translation>
    </message>
    <message>
        <source>--group-folds takes a number from 2 to 1000</source>
        <translation>--group-folds 的取值须为 2 到 1000 之间的数字</translation>
    </message>
    <message>
        <source>--max-time-increase takes a percentage of 0 or more</source>
        <translation>--max-time-increase 的取值须为大于或等于 0 的百分比</translation>
    </message>
    <message>
        <source>--seed takes a non-negative integer</source>
        <translation>--seed 的取值须为非负整数</translation>
    </message>
    <message>
        <source>advise needs --cluster and --script or --like-name, or replay</source>
        <translation>advise 需要 --cluster 以及 --script 或 --like-name，或者使用 replay</translation>
    </message>
    <message>
        <source>history of cluster %1: %2 job names, %3 configurations, %4 runs; %5 runs named &apos;%6&apos;
</source>
        <translation>集群 %1 的历史：%2 个作业名，%3 种配置，%4 次运行；名为 &apos;%6&apos; 的运行 %5 次
</translation>
    </message>
    <message>
        <source>%1 %2 nodes %3 CPUs: %4 kJ [%5, %6], %7 s [%8, %9]; energy %10% (power %11%, time %12%)%13%14%15
</source>
        <translation>%1 %2 个节点 %3 个 CPU：%4 kJ [%5, %6]，%7 s [%8, %9]；能耗 %10%（功率 %11%，时间 %12%）%13%14%15
</translation>
    </message>
    <message>
        <source>, %1 g CO2e</source>
        <translation>，%1 g CO2e</translation>
    </message>
    <message>
        <source> [as asked]</source>
        <translation> [按请求]</translation>
    </message>
    <message>
        <source> [outside what was measured]</source>
        <translation> [超出实测范围]</translation>
    </message>
    <message>
        <source> [over the time limit]</source>
        <translation> [超出时间限制]</translation>
    </message>
    <message>
        <source> [measured %1 runs: %2 kJ, %3 s]</source>
        <translation> [实测 %1 次运行：%2 kJ，%3 s]</translation>
    </message>
    <message>
        <source>energy-studio-cli: cannot read %1: %2</source>
        <translation>energy-studio-cli: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>energy-studio-cli: advise: the script names no job (#SBATCH --job-name): give --like-name NAME</source>
        <translation>energy-studio-cli: advise: 脚本未指定作业名（#SBATCH --job-name）：请使用 --like-name NAME</translation>
    </message>
    <message>
        <source>--vary takes nodes=1,2,4 or cpus=32,64, got &apos;%1&apos;</source>
        <translation>--vary 的取值应为 nodes=1,2,4 或 cpus=32,64，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown objective &apos;%1&apos; (energy, time, edp or carbon)</source>
        <translation>未知优化目标 &apos;%1&apos;（可用 energy、time、edp 或 carbon）</translation>
    </message>
    <message>
        <source>queue: %1 nodes %2 CPUs would start in %3 s on %4
</source>
        <translation>队列：%1 个节点 %2 个 CPU 将在 %3 s 后于 %4 开始运行
</translation>
    </message>
    <message>
        <source>queue: %1 nodes %2 CPUs refused: %3
</source>
        <translation>队列：%1 个节点 %2 个 CPU 被拒绝：%3
</translation>
    </message>
    <message>
        <source>submitted job %1 (--comment=%2)
</source>
        <translation>已提交作业 %1（--comment=%2）
</translation>
    </message>
    <message>
        <source>not submitted: %1
</source>
        <translation>未提交：%1
</translation>
    </message>
    <message>
        <source>advise needs --cluster (or --profile) and --script or --like-name</source>
        <translation>advise 需要 --cluster（或 --profile）以及 --script 或 --like-name</translation>
    </message>
    <message>
        <source>--submit needs --profile and --script</source>
        <translation>--submit 需要 --profile 和 --script</translation>
    </message>
    <message>
        <source>#%1 %2 %3: %4 nodes %5 CPUs, predicted %6 kJ [%7, %8], %9 s</source>
        <translation>#%1 %2 %3：%4 个节点 %5 个 CPU，预测 %6 kJ [%7, %8]，%9 s</translation>
    </message>
    <message>
        <source>; NOT SUBMITTED: %1</source>
        <translation>；未能提交：%1</translation>
    </message>
    <message>
        <source>; not submitted</source>
        <translation>；未提交</translation>
    </message>
    <message>
        <source>; job %1</source>
        <translation>；作业 %1</translation>
    </message>
    <message>
        <source>, not harvested yet</source>
        <translation>，尚未采集</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>, ran %1 s</source>
        <translation>，运行了 %1 s</translation>
    </message>
    <message>
        <source>, energy reading IMPLAUSIBLE (not used)</source>
        <translation>，能耗读数不可信（未使用）</translation>
    </message>
    <message>
        <source>, measured %1 kJ (%2, %3 the interval), saving %4% against the job as asked</source>
        <translation>，实测 %1 kJ（%2，%3区间），相对按原请求运行的作业节省 %4%</translation>
    </message>
    <message>
        <source>in</source>
        <translation>落入</translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation>超出</translation>
    </message>
    <message>
        <source>, no energy measured</source>
        <translation>，无实测能耗</translation>
    </message>
    <message>
        <source>; BROKE ITS PROMISE: over the time limit</source>
        <translation>；未兑现承诺：超出时间限制</translation>
    </message>
    <message>
        <source>; ran on other counts (%1 nodes, %2 CPUs)</source>
        <translation>；以其他数量运行（%1 个节点，%2 个 CPU）</translation>
    </message>
    <message>
        <source>no advice given yet
</source>
        <translation>尚未给出任何建议
</translation>
    </message>
    <message>
        <source>... and %1 more new events (alerts check --list, or alerts list)
</source>
        <translation>... 另有 %1 个新事件（使用 alerts check --list 或 alerts list 查看）
</translation>
    </message>
    <message>
        <source>--failure-share and --bad-node-margin need a number in (0, 1], --failure-window-h positive hours, --failure-min-jobs a positive count, --failure-hysteresis a number &gt;= 0</source>
        <translation>--failure-share 和 --bad-node-margin 需要 (0, 1] 内的数，--failure-window-h 需要正的小时数，--failure-min-jobs 需要正整数，--failure-hysteresis 需要 &gt;= 0 的数</translation>
    </message>
    <message>
        <source>--memory-within-pct needs a number in [0, 100), --memory-node-pct in (0, 100], --silence-factor a number above 1, --silence-interval-s seconds</source>
        <translation>--memory-within-pct 需要 [0, 100) 内的数，--memory-node-pct 需要 (0, 100] 内的数，--silence-factor 需要大于 1 的数，--silence-interval-s 需要秒数</translation>
    </message>
    <message>
        <source>--vary %1: no values (write %2=A,B)</source>
        <translation>--vary %1：没有值（应写为 %2=A,B）</translation>
    </message>
    <message>
        <source>--vary nodes: &apos;%1&apos; is not a node count</source>
        <translation>--vary nodes：&apos;%1&apos; 不是有效的节点数</translation>
    </message>
    <message>
        <source>--vary: unknown parameter &apos;%1&apos; (nodes, cpu-freq)</source>
        <translation>--vary：未知参数 &apos;%1&apos;（可用：nodes、cpu-freq）</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation>--%1：&apos;%2&apos; 不是整数</translation>
    </message>
    <message>
        <source>campaign %1: %2 cells x %3 repeats = %4 runs
</source>
        <translation>测试活动 %1：%2 个单元 x %3 次重复 = %4 次运行
</translation>
    </message>
    <message>
        <source>  node-hours: %1 of work, %2 reserved at most (time limit %3 min)
</source>
        <translation>  节点小时：实际工作 %1，最多预留 %2（时间限制 %3 min）
</translation>
    </message>
    <message>
        <source>  energy: about %1 kWh (median %2 W per node of %3 jobs with measured energy)
</source>
        <translation>  能耗：约 %1 kWh（基于 %3 个有实测能耗的作业，每节点功率中位数 %2 W）
</translation>
    </message>
    <message>
        <source>  energy: no estimate (no job of this cluster has measured energy yet)
</source>
        <translation>  能耗：无法估算（该集群尚无任何作业有实测能耗）
</translation>
    </message>
    <message>
        <source>campaign plan needs --profile, --name and --workload (or --from)</source>
        <translation>campaign plan 需要 --profile、--name 和 --workload（或 --from）</translation>
    </message>
    <message>
        <source>no campaigns (campaign plan ...)
</source>
        <translation>没有测试活动（campaign plan ...）
</translation>
    </message>
    <message>
        <source>campaign export needs a campaign name and --out FILE.csv</source>
        <translation>campaign export 需要测试活动名称和 --out FILE.csv</translation>
    </message>
    <message>
        <source>%1 runs written to %2</source>
        <translation>已将 %1 次运行写入 %2</translation>
    </message>
    <message>
        <source>campaign needs a subcommand</source>
        <translation>campaign 需要一个子命令</translation>
    </message>
    <message>
        <source>campaign: unknown subcommand &apos;%1&apos;</source>
        <translation>campaign：未知子命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 of %2 runs ended (%3)%4</source>
        <translation>%2 次运行中已结束 %1 次（%3）%4</translation>
    </message>
    <message>
        <source>: done</source>
        <translation>：已完成</translation>
    </message>
    <message>
        <source>campaign %1 needs the campaign&apos;s name</source>
        <translation>campaign %1 需要测试活动名称</translation>
    </message>
    <message>
        <source>--poll and --max-in-flight take a whole number from 1</source>
        <translation>--poll 和 --max-in-flight 需要不小于 1 的整数</translation>
    </message>
    <message>
        <source>import-carbon takes one FILE</source>
        <translation>import-carbon 只接受一个 FILE</translation>
    </message>
    <message>
        <source>import-carbon needs --name ZONE</source>
        <translation>import-carbon 需要 --name ZONE</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>未知单位 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: series %2 (%3, %4 in %5): %6 points read, %7 new, %8 updated, %9 unchanged
</source>
        <translation>%1：序列 %2（%3，%4，单位 %5）：读取 %6 个数据点，新增 %7 个，更新 %8 个，未变 %9 个
</translation>
    </message>
    <message>
        <source>  %1 to %2, every %3 s; %4 gaps (%5 points missing)
</source>
        <translation>  %1 至 %2，每 %3 s 一个点；%4 处间隙（缺失 %5 个点）
</translation>
    </message>
    <message numerus="yes">
        <source>%1: conflict: %n job(s) had a different energy stored; the file&apos;s value replaced it
</source>
        <translation>
            <numerusform>%1：冲突：%n 个作业在存储库中的能耗值与文件不同；已用文件中的值替换
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 job feature values (%3 new or changed)
</source>
        <translation>%1：%2 个作业特征值（%3 个为新增或有变化）
</translation>
    </message>
    <message>
        <source>(--help for every option)</source>
        <translation>（--help 查看全部选项）</translation>
    </message>
    <message>
        <source>energy-studio-cli: the folder %1 does not exist: create it first, or leave out --db for the default store</source>
        <translation>energy-studio-cli: 文件夹 %1 不存在：请先创建它，或省略 --db 以使用默认存储库</translation>
    </message>
    <message>
        <source>stats takes no arguments but --json</source>
        <translation>stats 除 --json 外不接受任何参数</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>次拟合</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 %4)</source>
        <translation>%1（%2/%3 %4）</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>%1 jobs, %2 nodes, %3 node samples, %4 events, %5 advice, %6 campaigns</source>
        <translation>%1 个作业，%2 个节点，%3 个节点样本，%4 个事件，%5 条建议，%6 个测试活动</translation>
    </message>
    <message>
        <source>The store holds no cluster.
</source>
        <translation>存储库中没有集群。
</translation>
    </message>
    <message>
        <source>energy-studio-cli: clusters delete: cluster %1 holds %2; nothing was deleted: add --yes to delete it</source>
        <translation>energy-studio-cli: clusters delete：集群 %1 包含 %2；未删除任何内容：添加 --yes 以删除它</translation>
    </message>
    <message>
        <source>Deleted cluster %1: %2.
</source>
        <translation>已删除集群 %1：%2。
</translation>
    </message>
    <message>
        <source>Renamed cluster %1 to %2.
</source>
        <translation>已将集群 %1 重命名为 %2。
</translation>
    </message>
    <message>
        <source>Note: profile(s) %1 harvest into &quot;%2&quot;: their next harvest stores there again.
</source>
        <translation>注意：配置 %1 采集到 &quot;%2&quot;：它们下次采集时会再次存入该集群。
</translation>
    </message>
    <message>
        <source>unknown clusters action &apos;%1&apos;</source>
        <translation>未知的 clusters 操作 &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>clusters %1 takes %n name(s)</source>
        <translation>
            <numerusform>clusters %1 需要 %n 个名称</numerusform>
        </translation>
    </message>
    <message>
        <source>  WARNING: at +%1 min the model is worse than persistence (%2x its error): use the last observed load instead
</source>
        <translation>  警告：在 +%1 min 处模型不如持续性基线（误差为其 %2 倍）：请改用最后观测到的负载
</translation>
    </message>
    <message>
        <source>export openmetrics takes no arguments</source>
        <translation>export openmetrics 不接受参数</translation>
    </message>
    <message>
        <source>export openmetrics needs --out FILE</source>
        <translation>export openmetrics 需要 --out FILE</translation>
    </message>
    <message>
        <source>--recent-days and --max-jobs need positive whole numbers</source>
        <translation>--recent-days 和 --max-jobs 需要正整数</translation>
    </message>
    <message>
        <source>%1 jobs (%2 more beyond --max-jobs), %3 nodes, %4 alert series written to %5</source>
        <translation>已将 %1 个作业（另有 %2 个超出 --max-jobs）、%3 个节点、%4 个告警序列写入 %5</translation>
    </message>
    <message>
        <source>reading the jobs</source>
        <translation>读取作业</translation>
    </message>
    <message>
        <source>, target log-transformed</source>
        <translation>，目标变量已做对数变换</translation>
    </message>
    <message>
        <source>WARNING: no model beats the baseline (%1): do not use these predictions
</source>
        <translation>警告：没有模型优于基线（%1）：请勿使用这些预测
</translation>
    </message>
    <message>
        <source>highest R²: %1 (on %2, still worse than the baseline), %3 s; hyperparameters %4
</source>
        <translation>最高 R²：%1（在 %2 上，仍不如基线），%3 s；超参数 %4
</translation>
    </message>
    <message>
        <source>not saved: worse than the baseline (--keep-worse stores it) (%1 s)
</source>
        <translation>未保存：不如基线（使用 --keep-worse 可保存）（%1 s）
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
        <translation>用法：energy-studio-cli [全局选项] advise replay --csv FILE --target-column C --time-column C
           --task-columns A,B,... --option-columns A,B,... [options]

在同一批任务以多种配置运行过的数据集上回放放置建议，并用实测结果为其评分。
任务（任务列取值相同者）按折留出；仅用其余任务训练的模型为每个留出任务选择一个选项单元
（选项列取值相同者）：即预测时间在限制之内、预测能耗最低的单元。
评分方式：将该单元的实测均值与该任务的中位数单元比较，
并与理想选择（oracle，即在限制之内实测能耗最低的单元）比较。

选项：
  --csv FILE                 运行记录，每行一次运行，带表头
  --target-column C          每次运行的能耗（任意单位；结果以该单位报告）
  --time-column C            每次运行的运行时间，单位为秒
  --task-columns A,B         定义任务的列（相同的工作）
  --option-columns A,B       建议所选择的列（节点数、任务数、频率等）
  --feature-columns A,B      模型使用的其他任务描述列（如问题规模等）
  --group-folds K            留出任务的折数（默认 5）
  --max-time-increase PCT    可行条件：实测时间不超过中位数单元的 (1 + PCT/100) 倍（默认：无）
  --seed N                   任务分折的随机种子（默认 42）
  -h, --help                 显示此帮助
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
        <translation>用法：energy-studio-cli [全局选项] advise --cluster C (--script FILE | --like-name NAME) [options]

根据存储库中该集群的实测历史（同名作业视为相同的工作），按预测的能耗、时间、能耗延迟积或碳排放，
为作业的节点数和 CPU 数排序，并与作业脚本所请求的配置对比。每个数值都是带 90% 区间的预测值，
若该配置曾经运行过，则同时列出其实测值。
名称没有任何实测运行记录的作业不会得到建议。

选项：
  --cluster C              存储库中用于学习历史记录的集群
  --script FILE            批处理脚本：#SBATCH --job-name、--nodes、--ntasks、--cpus-per-task
  --like-name NAME         按名为 NAME 的作业给出建议（代替或覆盖脚本中的作业名）
  --vary nodes=1,2,4       候选节点数（可重复：也可用 --vary cpus=32,64）
  --objective O            energy（默认）、time、edp 或 carbon
  --max-time-increase PCT  候选方案最多比按请求运行的作业慢 PCT%
  --carbon NAME            碳强度序列（import-carbon），用于计算运行期间的克 CO2e
  --begin T                运行开始时间，用于碳排放计算（默认：现在）
  --profile P              集群配置（其集群即默认的 --cluster）：与 --script 一起使用时，
                           通过 SSH 向 Slurm 查询各最佳候选方案的预计开始时间（sbatch --test-only）
  --submit                 与 --profile 和 --script 一起使用：提交所选候选方案（sbatch --nodes --ntasks
                           --comment=es-advice:...），脚本通过 sbatch 的标准输入传入
  --accept-new-host-key    信任首次见到的主机密钥（请先核对其指纹）
  -h, --help               显示此帮助
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] advise ledger [--cluster C]

Every advice given (newest first): the configuration chosen, its prediction, the Slurm job it was submitted
as, and, once a harvest has brought that job in, what it measured: the saving against the prediction for the
job as asked, whether the energy fell in the 90% interval, and advice that broke its promise (time over the
limit, the job ran on other counts) or whose meter reading cannot be right.
</source>
        <translation>用法：energy-studio-cli [全局选项] advise ledger [--cluster C]

列出已给出的每条建议（最新的在前）：所选配置、其预测值、提交后对应的 Slurm 作业，
以及采集到该作业之后的实测结果：相对按请求运行的作业预测的节省量、能耗是否落在 90% 区间内，
并标出未兑现承诺的建议（时间超出限制、作业以其他节点数或 CPU 数运行）
或计量读数不可能正确的建议。
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
        <translation>用法：energy-studio-cli [全局选项] alerts ACTION [选项]

操作：
  check [--cluster C] [--since T] [--until T] [--list]
        检查节点温度（node_samples.temp_c）是否超过其阈值、作业能耗与其作业类型中位数的对比，
        以及在按作业结束时间滑动的窗口内，每个分区、用户和节点的失败作业（FAILED、NODE_FAIL、
        OUT_OF_MEMORY、TIMEOUT）占比；失败占比明显高于所在分区其余节点的节点记为 bad_node；
        还会标记 MaxRSS 接近其内存请求或以 OUT_OF_MEMORY 结束的作业（memory_exhaustion）、
        已用内存持续偏高的节点（memory_high），以及（指定 --silent-collectors 时）某一数据源的
        样本已中断的节点（collector_silent）；存储新事件，延长或关闭仍未结束的事件
        （重复运行不会新增任何内容）。指定 --since 时，失败占比仍会计入其窗口中
        早于该时间的作业。
  list [--cluster C] [--since T] [--kind K] [--severity S] [--unacknowledged]
        已存储的事件，最新的在前；类型：temp_warning、temp_critical、energy_excess、failure_rate、
        bad_node、memory_exhaustion、memory_high、collector_silent
  acknowledge ID...
        将事件标记为已查看
  set-threshold (--node N [--cluster C] | --cluster C) --warning-c W --critical-c X
        单个节点或整个集群的温度阈值，单位 °C（默认：75 和 85）

选项：
  --list              check：打印每个新事件（默认：只打印前 10 个，然后给出总数）
  --hysteresis-c H    check：温度降至 阈值 - H °C 以下时，一次事件结束（默认 2）
  --energy-factor K   check：作业能耗超过其作业类型能耗中位数的 K 倍时予以标记（默认 3）
  --energy-min-jobs N check：仅考虑至少有 N 个带能耗数据作业的作业类型（默认 5）
  --failure-share S   check：失败作业占比达到 S 时开启 failure_rate，取值 0..1（默认 0.5）
  --failure-window-h H check：按作业结束时间滑动的窗口长度，单位为小时（默认 6）
  --failure-min-jobs N check：窗口内至少有 N 个作业时占比才计入（默认 10；bad_node：该节点上和
                      分区其余节点上均需满足）
  --failure-hysteresis D check：占比低于 S - D 时事件关闭（bad_node：M - D）（默认 0.1）
  --bad-node-margin M check：节点的失败占比比所在分区其余节点高出 M 时判定为 bad_node（默认 0.3）
  --memory-within-pct N check：作业的 MaxRSS 与其每节点请求内存相差不超过 N % 时判定为
                      memory_exhaustion（默认 10）
  --memory-node-pct N check：节点已用内存达到 N % 时判定为 memory_high，直到降至 N - 5 以下（默认 95）
  --silent-collectors check：若某节点某一数据源的样本截至 --until 或当前时间已中断达其通常间隔
                      （样本间隔的中位数）的 K 倍，也予以标记，除非该节点处于 down 或 drained 状态
  --silence-factor K  check：上述 K（默认 3）
  --silence-interval-s S check：以秒为单位的通常间隔，代替每个序列自身的间隔中位数
  时间 T：Unix 时间戳（秒）、2024-05-01、2024-05-01T12:00:00（UTC），或 -7d、-12h、-30m
  -h, --help          本帮助
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
        <translation>用法：energy-studio-cli [全局选项] campaign start|resume|status|cancel NAME [选项]

  start, resume   执行一轮：向 Slurm 查询测试活动各作业的状态（一次 squeue 和一次 sacct 调用），
                  读取已完成运行的结果，提交计划中的运行，直至达到 --max-in-flight（默认 100）
    --wait        每隔 --poll 秒（默认 10）重复执行一轮，直到所有运行均已结束
  status          执行一轮但不提交；--offline：仅显示存储库中的计数
  cancel          对测试活动的每个作业执行 scancel；未完成的运行标记为已取消（cancelled）
  --accept-new-host-key   首次使用时信任头节点的主机密钥

运行在 sbatch 执行前以 &apos;submitting&apos; 状态存储，执行后记入其作业 ID；若两者之间发生崩溃，
下一轮会发现：提交前会先按作业名称（每次运行和尝试均唯一）查找该作业。
退出状态：0；集群或存储库出错时为 1（已完成的部分会保留：重新运行即可）。
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
        <translation>用法：energy-studio-cli [全局选项] import-carbon FILE --name ZONE [选项]

将碳强度时间序列（带表头的 CSV：一个时间列和一个强度列）存储为序列 ZONE。
支持 CATS 预测格式（time,...,intensity）和 Electricity Maps 的 CSV（Datetime (UTC),
Carbon Intensity gCO2eq/kWh (direct)）。时间：ISO 8601（无时区 = UTC）或 Unix 时间戳（秒）。
会先检查整个文件：只要有一行有误，就不存储任何内容。重复导入同一文件不会产生任何变化。

选项：
  --name ZONE               序列名称（电网区域或地区），必填
  --time-column C           时间列（默认：time、Datetime (UTC)、datetime、timestamp）
  --intensity-column C      强度列（默认：intensity...、Carbon Intensity ... (direct)）
  --unit U                  g/kWh、kg/kWh、g/Wh、kg/MWh 或 t/MWh（默认：取自表头，否则为 g/kWh）
  -h, --help                本帮助
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
        <translation>用法：energy-studio-cli [全局选项] export jobs|job-metrics|samples [options]

将一个表写为 CSV（RFC 4180、UTF-8、带表头行），以流式写出，内存占用恒定。
时间为 UTC 纪元秒数。

选项：
  --out FILE       写入 FILE（默认：标准输出）
  --cluster NAME   仅限此集群
  --since T        仅限在 T 或之后开始的作业（采集的样本）
  --until T        ……在 T 之前
                   T：纪元秒数、2024-05-01、2024-05-01T12:00:00（UTC），或 -7d / -12h / -30m
  -h, --help       本帮助

export openmetrics 为 Prometheus 写出近期的作业能耗（参见 export openmetrics --help）。
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] stats

Prints the row count of every table and, per cluster, its jobs, steps, job metrics, nodes and samples.
</source>
        <translation>用法：energy-studio-cli [全局选项] stats

打印每个表的行数，以及每个集群的作业、作业步、作业指标、节点和样本数量。
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
        <translation>用法：energy-studio-cli [全局选项] clusters list
      energy-studio-cli [全局选项] clusters rename OLD NEW
      energy-studio-cli [全局选项] clusters delete NAME --yes

存储库中的集群（导入的数据集和采集的集群）。
  list     列出每个集群及其作业、节点、节点样本、事件、建议和测试活动
  rename   重命名集群（NEW 已存在时拒绝）；采集到 OLD 的配置会再次创建 OLD
  delete   在一个事务中删除集群及其存储的全部数据；不加 --yes 时仅
           显示将被删除的内容。连接配置和已训练的模型会保留。

选项：
  --yes                     确认删除
  -h, --help                本帮助
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
        <translation>用法：energy-studio-cli [全局选项] forecast --horizon MIN [options]

根据按分钟重采样的作业历史，预测未来 MIN 分钟的集群负载（忙碌 CPU 数），
使用滞后特征和日历特征，并为每个预测步长训练一个 dlib 模型；在按时间排序的留出集上评估，
并与持续性基线和季节性朴素基线（前一天的同一分钟）比较。预测从历史记录的最后一分钟
之后开始。

选项：
  --horizon MIN   向前预测的分钟数，1 到 1440（预期范围为 30 到 60）
  --step MIN      每隔 MIN 分钟训练一个模型，直到预测范围（默认 10）
  --cluster NAME  仅使用此集群的作业
  --model M       rf（默认）、krr、svr 或 ridge
  --days N        最多使用最近 N 天的历史（默认 28）
  -h, --help      本帮助
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
        <translation>用法：energy-studio-cli [全局选项] profile add NAME --host HOST [options]
      energy-studio-cli [全局选项] profile list
      energy-studio-cli [全局选项] profile remove NAME

集群连接配置，保存在存储库中（存储库为实验室的 PostgreSQL 时可共享）。配置中不保存
任何机密：密码短语和密码在连接时询问。

add 的选项：
  --host HOST          Slurm 头节点（登录节点），或 ~/.ssh/config 中的 Host 别名
  --port P             SSH 端口（默认：取自 ~/.ssh/config，否则为 22）
  --user U             远程用户（默认：取自 ~/.ssh/config，否则为当前用户）
  --key FILE           要使用的私钥（在 SSH 代理之后尝试）
  --jump HOST          通过此跳板机连接头节点（ssh -W）
  --known-hosts FILE   known_hosts 文件（默认 ~/.ssh/known_hosts）
  --cluster NAME       其作业在存储库中所属的集群名称（默认：配置名称）
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
        <translation>用法：energy-studio-cli [全局选项] metrics derive [--cluster NAME] [--since T]

根据存储库中的作业和节点样本，推导已完成作业的指标（节点温度、CPU 频率和利用率、内存、时长、
能耗和平均功率），并写入 job_metrics。
能耗取自 Slurm（独占节点），否则按 CPU 占比拆分节点计量值（&apos;counter&apos;），否则使用基于利用率的
线性功率模型（&apos;model&apos;，为估算值）。再次运行会重新计算，且只更改有变化的部分。

选项：
  --cluster NAME   仅限此集群（默认：所有集群）
  --since T        仅限自 T 以来结束的作业（纪元秒、2024-05-01、2024-05-01T12:00:00 UTC、-7d）
  -h, --help       本帮助
</translation>
    </message>
    <message>
        <source>Usage: energy-studio-cli [global options] models list|show ID|remove ID|accuracy ID

The model registry: list the stored models, show one (metrics per split, feature
specification, hyperparameters), remove one with its predictions, or compare the predictions
recorded with it against what happened (jobs that have finished since they were predicted).
</source>
        <translation>用法：energy-studio-cli [全局选项] models list|show ID|remove ID|accuracy ID

模型注册表：列出已存储的模型、显示某个模型（各数据划分上的指标、特征规格、
超参数）、删除某个模型及其预测，或将用该模型记录的预测与实际结果进行比较
（即自预测以来已结束的作业）。
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
        <translation>用法：energy-studio-cli [全局选项] export openmetrics --out DIR/energy_studio.prom [options]

写出 node_exporter 的 textfile 收集器所读取的 Prometheus 文本格式（启动 node_exporter 时指定
--collector.textfile.directory=DIR；文件名必须以 .prom 结尾）。文件先写在目标文件旁边，再重命名覆盖目标，
因此 node_exporter 绝不会读到只写了一半的文件。请在每次采集之后运行（cron 或定时器）。

指标（gauge）：
  energy_studio_job_energy_joules{cluster,job_id,user,partition,source}
  energy_studio_job_power_watts{cluster,job_id,user,partition,source}
  energy_studio_node_temp_peak_celsius{cluster,node}
  energy_studio_alerts_open{cluster,kind,severity}, energy_studio_alerts_recent{cluster,kind,severity}
  energy_studio_export_jobs_omitted, energy_studio_export_timestamp_seconds

每个作业一个序列：仅包括最近 --recent-days 天内结束的作业，且其中只取最后结束的 --max-jobs 个
（Prometheus 会保留它见过的每一个序列；每天数千个作业会使其不堪重负）。

选项：
  --out FILE         要写入的文件，例如 /var/lib/prometheus/node-exporter/energy_studio.prom（必需）
  --cluster NAME     仅此集群（默认：所有集群）
  --recent-days N    最近 N 天内结束的作业、采集的样本和开始的告警（默认 7）
  --max-jobs N       最多 N 个作业，取最后结束的那些（默认 1000）
  -h, --help         本帮助
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
        <translation>用法：energy-studio-cli [全局选项] predict --model ID FEATURE=VALUE... [--actual V]
       energy-studio-cli [全局选项] predict --model ID --job JOBID [--cluster C]

指定 --job 时，输入为存储库中该作业自身的特征（即模型训练时所用的那些特征）；
预测会记录到该作业名下，以便作业结束后 models accuracy ID 能将其与
实际值进行比较。

使用已存储的模型，根据其输入特征进行预测（特征名称参见 models show ID），并将预测
记录到存储库中。必须给出模型训练时使用的每一个特征，且不得给出其他特征；模型从未见过的
类别会编码为全零，并予以报告。

选项：
  --model ID      模型（参见 models list）
  --actual V      已知时的真实值，与预测一同记录
  --job JOBID     对存储库中的此作业进行预测（Slurm ID，含其数组或异构作业后缀）
  --cluster C     作业所属的集群，用于多个集群都有该作业 ID 的情况
  -h, --help      本帮助
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
        <translation>用法：energy-studio-cli [全局选项] harvest-prometheus --url URL --cluster NAME [options]

从抓取 node_exporter 的 Prometheus 服务器（HTTP API /api/v1/query_range）将节点指标导入存储库的
节点样本（来源 &apos;prometheus&apos;）：温度（node_hwmon_temp_celsius，取最热的传感器）、
CPU 频率（node_cpu_scaling_frequency_hertz，所有 CPU 的平均值）、负载（node_load1）、已用内存
（MemTotal - MemAvailable）、CPU 利用率（node_cpu_seconds_total）以及 RAPL 封装能量和功率
（node_rapl_package_joules_total）。增量导入：下一次运行从上次导入的最后一个样本之后开始；重复导入
同一时间窗口不会产生任何变化。服务器上没有的指标只提示一次，并留空。

选项：
  --url URL                 Prometheus 服务器，http(s)://HOST:PORT[/PATH]
  --cluster NAME            节点所属的存储库集群
  --since T                 开始时间（以秒计的 Unix 时间戳、2024-05-01、2024-05-01T12:00:00 UTC、-7d）；
                            默认：上次导入之后，若从未导入则为最近 24 小时
  --until T                 结束时间（默认：当前时间）
  --step S                  样本间隔秒数（默认 15）
  --instance-map I=N,...    instance 标签 I 对应节点 N（默认：去掉 :port 的 instance）
  --temp-chip CHIP          仅取此 hwmon 芯片的温度（默认：所有芯片中最热的）
  --temp-sensor SENSOR      仅取此 hwmon 传感器的温度
  --selector MATCHERS       附加到每个指标上的 PromQL 标签匹配器，例如 &apos;job=&quot;node&quot;&apos;
  --token-file FILE         以 &apos;Authorization: Bearer&apos; 方式发送 FILE 中的令牌
  --user USER               基本认证用户名；密码从 --password-file 读取
  --password-file FILE      基本认证密码
  --ca-file FILE            另外信任此 PEM 文件中的证书颁发机构（https）
  --timeout S               请求在无响应多少秒后失败（默认 30）
  -h, --help                本帮助
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
        <translation>用法：energy-studio-cli [全局选项] proxmox harvest --cluster NAME SOURCE [options]
       energy-studio-cli [全局选项] proxmox map --cluster NAME [NODE=VM...]
       energy-studio-cli [全局选项] proxmox unmap --cluster NAME NODE...
       energy-studio-cli [全局选项] proxmox unpin HOST:PORT

harvest 在单个事务中读取 Proxmox VE 主机和虚拟机（/cluster/resources、每台主机的 status 和 rrddata、
每台虚拟机的 rrddata），作为来源为 &apos;proxmox&apos; 的节点样本存入存储库；重复采集不会产生任何变化。
主机按其 Proxmox 节点名存储，虚拟机则存储在其所对应的集群节点下：即同名节点，或 &apos;map&apos; 为其指定的节点。
该 API 不提供温度和功率：请在主机上运行节点采样器，&apos;metrics derive&apos; 会为每台虚拟机上的作业赋予其主机的
温度，以及按其 CPU 占比分摊的主机功率。

SOURCE，以下之一：
  --url https://HOST[:PORT]   使用 API 令牌访问 REST API（默认端口 8006）：
  --token-id USER@REALM!ID    令牌的 ID
  --token-secret-env VAR      从环境变量 VAR 读取令牌的密钥
                              （默认：PROXMOX_TOKEN_SECRET）
  --token-secret-stdin        从标准输入的第一行读取密钥
                              密钥绝不从命令行获取（其他用户能够读取命令行）。
  --accept-new-cert           尚未固定证书时，接受并固定该主机的证书（会打印其 SHA-256
                              指纹：请与主机上 &apos;pvenode cert info&apos; 的输出进行比较）。
                              已固定的证书若发生变化，总是会被拒绝；参见 &apos;unpin&apos;。
或
  --ssh-host HOST             通过 SSH 在此 Proxmox 主机上运行 pvesh（以有权限的用户身份：通常为 root）
  --ssh-port P, --ssh-user U, --ssh-key FILE, --known-hosts FILE
  --accept-new-host-key       接受并记住未知的 SSH 主机密钥（绝不接受已变化的密钥）
  --pvesh PATH                pvesh 不在远程 PATH 中时，指定其路径

harvest 的选项：
  --cluster NAME              存储库中的集群（以这些虚拟机为节点的 Slurm 集群）
  --timeframe T               rrddata 时间窗口：hour（60 s 步长，默认）、day、week、month、year
  --containers                同时采集 lxc 容器

map NODE=VM... 手动将集群节点关联到虚拟机（之后的采集会填入每台虚拟机所在的主机）；不带键值对时
列出映射。unmap 从映射中删除节点。unpin 清除某个 API 端点已固定的证书。
退出码：0 成功，1 失败（无法连接、证书或令牌被拒绝、响应无效），2 用法错误。
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
        <translation>用法：energy-studio-cli [全局选项] report --since T --until T [--cluster C] --out FILE.pdf|FILE.html

为在 [since, until) 内开始的作业生成能耗报告：作业数、节点时、能耗（实测与估算）、
平均功率、最热节点、告警、按分区/用户/作业类型划分的能耗、能耗最高的 10 个作业、
图表（每日能耗、能耗与时长的关系及 Pearson r、节点温度），以及已存储模型的准确度。
HTML 为单个自包含文件（内嵌图表）；PDF 为 A4 幅面。

选项：
  --since T      范围起点（Unix 时间戳（秒）、2024-05-01、2024-05-01T12:00:00 UTC、-7d）
  --until T      范围终点，不含该时刻（默认：现在）
  --cluster C    仅此集群（默认：所有集群）
  --include-untimed  同时包含没有开始时间或提交时间的作业（无时间信息的数据集）
  --out FILE     .pdf 或 .html
  -h, --help     显示此帮助
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
        <translation>用法：energy-studio-cli [全局选项] sample live --profile NAME --nodes HOSTLIST [options]
       energy-studio-cli [全局选项] sample fetch --profile NAME [--dir REMOTE]
       energy-studio-cli [全局选项] sample import FILE... [--node NAME] --cluster NAME
       energy-studio-cli [全局选项] sample install --profile NAME [--dir REMOTE]

将节点上的采样器 es-sampler.sh 产生的节点样本（温度、频率、利用率、功率、能量）存入存储库，
然后计算与这些样本时间重叠的作业的指标（同 metrics derive）。重复存储相同的样本
不会产生任何变化。

  live      通过 SSH 同时从所有节点流式读取采样器输出，每隔几秒存储一次，持续 --duration 秒
            或直到按下 Ctrl-C。失败或断开的节点会被报告，其余节点继续运行。
  fetch     读取运行 es-sampler-job.sh 的作业留在集群上的文件（--dir 中的 JOBID.NODE.samples），
            只读取自上次 fetch 以来的新内容。
  import    导入本地采样器文件；节点由 --node 指定，或取自文件名 JOBID.NODE.samples 中的 NODE。
  install   将 es-sampler.sh 和 es-sampler-job.sh 复制到头节点上的 --dir（默认 .energy-studio/bin）。
            在批处理脚本中：~/.energy-studio/bin/es-sampler-job.sh -i 5 -- ./my-program args

选项：
  --profile NAME          集群配置（参见：profile list）
  --nodes HOSTLIST        live：节点列表，例如 node[1-4],gpu7
  --reach direct|jump|srun  live：直接 SSH 到每个节点（direct）、经由配置中的主机 SSH 到每个节点（jump），
                          或在配置中的主机上执行 srun --overlap（srun；默认 direct）
  --node-port P           live，direct 和 jump 方式：节点的 SSH 端口（默认：取自 ~/.ssh/config，否则为 22）
  --jobid ID              live，srun 方式：在此正在运行的作业的资源分配内采样
  --interval S            live：采样间隔秒数（默认 5）
  --duration S            live：S 秒后停止（默认：直到按下 Ctrl-C）
  --dir REMOTE            fetch：集群上的目录（默认 .energy-studio/samples，位于主目录下）
  --node NAME             import：样本所属的节点
  --cluster NAME          import：存储库中的集群
  --no-derive             仅存储样本，不重新计算作业指标
  --accept-new-host-key   接受并记住未知的主机密钥（绝不接受已变更的密钥）
  -h, --help              显示此帮助
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
        <translation>用法：energy-studio-cli [全局选项] train --target energy_j|duration_s|temp_peak_c [options]
       energy-studio-cli [全局选项] train --csv FILE --target-column C --features A,B,... [options]

训练回归模型，用无信息泄漏的划分加以验证，并将最佳模型存入模型注册表。
存储库数据：作业与其作业指标连接后的数据，使用作业运行前即已知的特征（作业类型、分区、
队列、用户、组、账户、可执行文件、请求的 CPU 数、节点数、内存、时间限制、提交时刻）。
打印的每个数值都注明其来自哪种划分；基线为按作业类型计算的均值（对 duration_s 则为请求的
运行时间），在每一折的训练行上学得。

选项：
  --target T              energy_j、duration_s、temp_peak_c 或某个数值特征（存储库数据）
  --model M               ridge、rf、krr、svr、逗号分隔的列表，或 all（默认 ridge）
  --folds K               外层折数 / 前向块数（默认 5）
  --inner-folds K         用于选择超参数的内层交叉验证折数（默认 3）
  --split S               kfold、time 或 both（默认 both；time 要求数据中含有时间）
  --log-target L          auto、on 或 off：是否对目标变量做对数变换（默认 auto：仅偏斜的目标变量）
  --seed N                k 折分配的随机种子（默认 42）
  --cluster NAME          存储库数据：仅此集群
  --after-run-features    存储库数据：同时使用仅在作业运行后才已知的特征
  --csv FILE              在 CSV 数据集而非存储库上训练
  --target-column C       CSV：目标变量列
  --features A,B,...      CSV：特征列；后缀 :cat（类别型）、:num（数值型）、:after（运行后才已知）；
                          存储库数据：仅使用这些特征，可为上述名称（req_cpus、node_count、...）
                          或 feature:NAME，即导入时作为作业特征保留的数值列（import csv
                          --map COLUMN=feature:NAME）；数据集特征仅在被指定时才使用
  --time-column C         CSV：Unix 时间戳（秒），启用按时间排序的划分
  --group-column C        CSV：均值基线的分组列（默认：存在 job_type 时使用 job_type）
  --requested-column C    CSV：请求的运行时间，单位秒（时长目标变量的基线）
  --fold-column C         CSV：为每行指定的折（0..K-1），代替按种子分配的 k 折
  --name NAME             存储的模型名称（默认 TARGET-ALGORITHM）
  --no-save               仅验证，不存储任何内容
  --keep-worse            即使没有算法优于基线，也存储该模型
  --plot-csv FILE         写出最佳模型各测试行的 split,actual,predicted
  -h, --help              显示此帮助
</translation>
    </message>
    <message>
        <source>--format is the field list of a sacct dump</source>
        <translation>--format 是 sacct 转储的字段列表</translation>
    </message>
    <message>
        <source>--format needs a comma-separated field list</source>
        <translation>--format 需要以逗号分隔的字段列表</translation>
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
        <translation>用法：energy-studio-cli [全局选项] harvest --profile NAME [options]

通过 SSH 连接，将集群的作业历史（sacct；在权限允许时包括所有用户；含作业和作业步）
和节点状态（scontrol）在一个事务中采集到存储库。增量采集：仅采集自上次采集以来
的变化（重叠一小时）；重复采集不会产生任何变化。

选项：
  --profile NAME           集群配置（参见：profile list）
  --full                   重新采集 sacct 仍保留的全部数据
  --since T                时间窗口的起点（纪元秒、2024-05-01、2024-05-01T12:00:00 UTC、-7d）
  --accept-new-host-key    接受并记住未知的主机密钥（绝不接受已变更的密钥）
  --openmetrics FILE       采集完成后，将该集群近期作业的能耗写入 FILE 供 Prometheus 使用
                           （与 export openmetrics --out FILE --cluster 相同；可由 cron 或定时器运行）
  -h, --help               本帮助
</translation>
    </message>
    <message>
        <source>  within 2x %1%  under-predicted %2%</source>
        <translation>  2 倍以内 %1%  低估 %2%</translation>
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
        <translation>用法：energy-studio-cli [全局选项] campaign SUBCOMMAND ...

基准测试活动：在已知配置下对已知负载进行实测运行，由 Energy Studio 提交、跟踪并采集，
且可安全重启（随时终止、再恢复，任何运行都不会被重复提交）。

  plan --profile P --name NAME --workload W [--workload W...] [--duration S] [--vary nodes=1,2]
       [--vary cpu-freq=low,high] [--repeats N] [--partition P] [--time-limit MIN] [--shared]
       [--sampler-interval S] [--max-retries N] [--seed N] [--command CMD --fom-regex RE --fom-unit U
       [--program NAME...]]
       [--stop-within PCT] [--save FILE.json]
                                        设计测试活动，打印其预览并将其存储
  plan --from FILE.json [--profile P]   同上，但基于测试活动文件（docs/campaign-format.md）
  list                                  已存储的测试活动
  start NAME | resume NAME [--wait] [--poll S] [--max-in-flight N] [--accept-new-host-key]
                                        提交尚未提交的运行，跟踪其状态并读取结果
  status NAME [--offline]               查询 Slurm（一次 squeue 和一次 sacct 调用）并读取已完成的运行
  cancel NAME                           取消该测试活动的作业
  export NAME --out FILE.csv            每次运行一行（即 train --csv 和 advise replay 所用的数据集）
  propose NAME --budget-core-hours H [--vary nodes=...] [--vary cpu-freq=...] [--repeats N]
       [--cores-per-node N] [--name NEXT] [--save FILE.json] [--plan]
                                        主动模式：在预算内选出能耗 90% 预测区间最宽、
                                        最值得接下来测量的单元

负载：sysbench-cpu、sysbench-memory、stress-ng-cpu（热浸测试）、fio-randrw、hpcc-hpl 和
hpcc-stream（在每个节点上分别运行 HPC Challenge；--problem-size N，默认 5000），command（用
--command 指定的自定义命令，外加一个含单个捕获组、用于提取其性能指标的正则表达式）。--duration 指定
内置负载的工作时长，单位为秒（默认 30）。默认值：重复 3 次，独占整个节点（--exclusive；用 --shared
可共享节点），时间限制 15 min，节点上的采样器每 5 s 采样一次，节点故障的运行最多重试 2 次。
首次提交前，start 会在一次分配的节点上（srun --immediate=60）检查每个负载所需的程序（自定义命令
用 --program 指定），并对每个单元调用 sbatch --test-only：缺少程序或有单元被 Slurm 拒绝时，
会在提交任何内容之前终止该测试活动。
--stop-within PCT：一旦某单元的平均能耗已确定在 +-PCT% 范围内（95% 区间，至少完成
3 次运行后），即停止重复该单元；未执行的重复运行记为 &apos;skipped&apos;。
到达模式（plan --from 一个含 &quot;arrival&quot; 的文件）：按泊松过程生成作业到达，区分白天和夜间到达率，
包含突发，并混合短、常规和长作业，每个作业都以 --begin 在其到达时刻提交（docs/campaign-format.md）。
</translation>
    </message>
    <message>
        <source>campaign %1: %2 arrivals of %3 cells over %4 h of real time (%5 simulated h, %6 times faster)
</source>
        <translation>测试活动 %1：%3 个单元的 %2 次到达，历时 %4 小时实际时间（模拟 %5 小时，快 %6 倍）
</translation>
    </message>
    <message>
        <source>--vary %1: write nodes=1,2,4 or cpu-freq=low,high</source>
        <translation>--vary %1：请写成 nodes=1,2,4 或 cpu-freq=low,high</translation>
    </message>
    <message>
        <source>chosen  workload  nodes  cpu-freq  runs  energy (90% interval)  core-hours  why
</source>
        <translation>选中  负载  节点数  CPU频率  运行次数  能耗（90% 区间）  核心小时  原因
</translation>
    </message>
    <message>
        <source>%1 kJ (%2 to %3)</source>
        <translation>%1 kJ（%2 至 %3）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>campaign propose needs a campaign name and --budget-core-hours H above 0 (--repeats 1 to 1000)</source>
        <translation>campaign propose 需要一个测试活动名称和大于 0 的 --budget-core-hours H（--repeats 为 1 到 1000）</translation>
    </message>
    <message>
        <source>--cores-per-node takes a whole number from 1</source>
        <translation>--cores-per-node 需要一个不小于 1 的整数</translation>
    </message>
    <message>
        <source>no cell fits in %1 core-hours</source>
        <translation>没有任何单元能放进 %1 核心小时的预算</translation>
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
        <translation>用法：energy-studio-cli [全局选项] import swf|sacct|csv FILE... [options]

将作业记录导入存储库，每个文件一个事务：含有错误行的文件将完全不会被导入
（错误信息会指明 文件:行号），除非指定了 --skip-bad-lines。重复导入相同的数据
不会产生任何变化。

  swf    Parallel Workloads Archive 跟踪文件（.swf 或 .swf.gz）
  sacct  sacct --parsable2（或 --parsable）转储，带表头行，或（sacct -n）无表头时用 --format 指定；
         以及 sacct 默认的定宽输出（被其以 &apos;+&apos; 截断的值留空）；sacct --json
  csv    按作业组织的数据集，列按表头名称映射

选项：
  --cluster NAME       作业所属的集群（默认：不含扩展名的文件名）
  --skip-bad-lines     跳过格式错误的行，并报告这些行及其数量
  --delimiter D        sacct：字段分隔符，可以是多个字符（默认：根据表头检测：
                       ;|; | \x1f tab ; ,；无表头时为 |）；csv：分隔符字符
  --format FIELDS      sacct：无表头行转储的字段，与 sacct 的 --format 所列相同
                       （User,JobID,JobName,State,...；字段宽度会被忽略）；没有 JobID 时，
                       每一行都是一个作业，其 ID 由该行生成（noid-...），并给出警告
  --tz ZONE            sacct：其时间戳的时区，IANA 名称或 UTC（默认 UTC）
  --map COLUMN=FIELD   csv：将列映射到字段（可重复）；字段：%1；
                       energy_kj、energy_wh、energy_kwh 以及 duration_min、duration_h 会换算为 J 和 s；
                       COLUMN=feature:NAME 将数值列保留为名为 NAME 的作业特征（a-z、0-9、_），
                       COLUMN=feature 则保留为以列名命名的特征（可用于 train --feature
                       feature:NAME 和相关性浏览器）；COLUMN=ignore 丢弃该列
  -h, --help           本帮助
</translation>
    </message>
</context>
<context>
    <name>es::ClusterProfile</name>
    <message>
        <source>a profile needs a name and a host</source>
        <translation>配置需要名称和主机</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>端口 %1 超出范围</translation>
    </message>
    <message>
        <source>cannot save profile %1: %2</source>
        <translation>无法保存配置 %1：%2</translation>
    </message>
    <message>
        <source>cannot remove profile %1: %2</source>
        <translation>无法删除配置 %1：%2</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的配置</translation>
    </message>
    <message>
        <source>cannot read profile %1: %2</source>
        <translation>无法读取配置 %1：%2</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; (see: profile list)</source>
        <translation>没有名为 &apos;%1&apos; 的配置（参见 profile list）</translation>
    </message>
    <message>
        <source>cannot list profiles: %1</source>
        <translation>无法列出配置：%1</translation>
    </message>
</context>
<context>
    <name>es::ClusterTransaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>no write in progress</source>
        <translation>没有正在进行的写入</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>无法提交事务：%1</translation>
    </message>
</context>
<context>
    <name>es::ClustersDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Node samples</source>
        <translation>节点样本</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>测试活动</translation>
    </message>
    <message>
        <source>Each import or harvest stores its jobs under a cluster name. Rename a cluster, or delete one with everything stored about it (profiles and models are kept).</source>
        <translation>每次导入或采集都会将作业存储在某个集群名称下。可以重命名集群，或删除集群及其全部存储数据（配置和模型会保留）。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The store holds no cluster.</source>
        <translation>存储库中没有集群。</translation>
    </message>
    <message>
        <source>Rename Cluster</source>
        <translation>重命名集群</translation>
    </message>
    <message>
        <source>New name of cluster %1:</source>
        <translation>集群 %1 的新名称：</translation>
    </message>
    <message>
        <source>Delete cluster &lt;b&gt;%1&lt;/b&gt; and everything stored about it: %2 jobs, %3 nodes, %4 node samples, %5 events, %6 pieces of advice and %7 campaigns?&lt;br&gt;This cannot be undone.</source>
        <translation>删除集群 &lt;b&gt;%1&lt;/b&gt; 及其全部存储数据：%2 个作业、%3 个节点、%4 个节点样本、%5 个事件、%6 条建议和 %7 个测试活动？&lt;br&gt;此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete Cluster</source>
        <translation>删除集群</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Renaming %1…</source>
        <translation>正在重命名 %1…</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>已将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>Profile(s) %1 harvest into &quot;%2&quot;: their next harvest stores there again.</source>
        <translation>配置 %1 采集到“%2”：下次采集时仍会存储到该名称下。</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Deleted %1 and its %2 jobs.</source>
        <translation>已删除 %1 及其 %2 个作业。</translation>
    </message>
</context>
<context>
    <name>es::ConnectionsView</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connect and harvest</source>
        <translation>连接并采集(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Harvest every</source>
        <translation>采集间隔</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>login.cluster.example.org or a ~/.ssh/config alias</source>
        <translation>login.cluster.example.org 或 ~/.ssh/config 中的别名</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else yours</source>
        <translation>取自 ~/.ssh/config，否则为当前用户</translation>
    </message>
    <message>
        <source>SSH agent and default keys</source>
        <translation>SSH 代理和默认密钥</translation>
    </message>
    <message>
        <source>bastion host, if the cluster is behind one</source>
        <translation>堡垒机（如果集群位于堡垒机之后）</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>the profile&apos;s name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Head node:</source>
        <translation>头节点：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <source>Jump host:</source>
        <translation>跳板机：</translation>
    </message>
    <message>
        <source>Known hosts:</source>
        <translation>已知主机：</translation>
    </message>
    <message>
        <source>Store as cluster:</source>
        <translation>存储为集群：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Add a cluster: its head node, then Save and Connect.</source>
        <translation>添加集群：填写其头节点，然后点击“保存”和“连接”。</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>配置 %1 已保存。</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>移除配置</translation>
    </message>
    <message>
        <source>Remove the profile %1? Its jobs stay in the store.</source>
        <translation>移除配置 %1？其作业仍保留在存储库中。</translation>
    </message>
    <message>
        <source>Profile %1 removed.</source>
        <translation>配置 %1 已移除。</translation>
    </message>
    <message>
        <source>A cluster needs a name and a head node.</source>
        <translation>集群需要名称和头节点。</translation>
    </message>
    <message>
        <source>%1 (%2 lines)…</source>
        <translation>%1（%2 行）…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2). Last harvest %3: %4 jobs (%5 new, %6 updated, %7 unchanged), %8 nodes.</source>
        <translation>已连接到 %1（%2）。上次采集 %3：%4 个作业（%5 个新增，%6 个更新，%7 个未变），%8 个节点。</translation>
    </message>
    <message>
        <source>Harvest failed %1: %2</source>
        <translation>采集失败 %1：%2</translation>
    </message>
</context>
<context>
    <name>es::CorrelationLoader</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>无法打开存储库：%1</translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation>无法读取作业：%1</translation>
    </message>
</context>
<context>
    <name>es::CorrelationMatrixPlot</name>
    <message>
        <source>%1 vs %2
r = %3, n = %4
Click to plot this pair.</source>
        <translation>%1 与 %2
r = %3，n = %4
点击以绘制这一对变量。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No numeric fields with data to correlate</source>
        <translation>没有含数据的数值字段可用于计算相关性</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>皮尔逊 r</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>es::CorrelationScatterPlot</name>
    <message>
        <source>Computing statistics…</source>
        <translation>正在计算统计量…</translation>
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
        <translation>最小二乘拟合</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>其他 (%1)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Jobs per cell</source>
        <translation>每格作业数</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in this cell</source>
        <translation>
            <numerusform>此格中有 %n 个作业</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 — %2
%3: %4
%5: %6</source>
        <translation>作业 %1 — %2
%3：%4
%5：%6</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>es::CorrelationView</name>
    <message>
        <source>Log &amp;X</source>
        <translation>对数 X(&amp;X)</translation>
    </message>
    <message>
        <source>Log &amp;Y</source>
        <translation>对数 Y(&amp;Y)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Exchange the X and Y quantities</source>
        <translation>交换 X 与 Y 的量</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Scatter Plot…</source>
        <translation>散点图…</translation>
    </message>
    <message>
        <source>Correlation Matrix…</source>
        <translation>相关矩阵…</translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation>X(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>Y(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>着色依据(&amp;C)：</translation>
    </message>
    <message>
        <source>Drag a rectangle on the scatter plot to list its jobs here.</source>
        <translation>在散点图上拖出一个矩形，即可在此列出其中的作业。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个作业</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>正在加载作业…</translation>
    </message>
    <message>
        <source>%1 of %2 jobs plotted</source>
        <translation>已绘制 %2 个作业中的 %1 个</translation>
    </message>
    <message>
        <source> (density view)</source>
        <translation> (密度视图)</translation>
    </message>
    <message>
        <source>Pearson correlation of the jobs&apos; numeric fields</source>
        <translation>作业各数值字段的皮尔逊相关性</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 个作业</translation>
    </message>
</context>
<context>
    <name>es::CsvExporter</name>
    <message>
        <source>cannot prepare the export: %1</source>
        <translation>无法准备导出：%1</translation>
    </message>
    <message>
        <source>export query failed: %1</source>
        <translation>导出查询失败：%1</translation>
    </message>
    <message>
        <source>export cancelled after %1 rows</source>
        <translation>导出在 %1 行后已取消</translation>
    </message>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation>无法写入 CSV：%1</translation>
    </message>
</context>
<context>
    <name>es::CsvReader</name>
    <message>
        <source>unterminated quoted field</source>
        <translation>未闭合的带引号字段</translation>
    </message>
    <message>
        <source>unterminated quoted field at the end of the file</source>
        <translation>文件末尾存在未闭合的带引号字段</translation>
    </message>
    <message>
        <source>unterminated quoted field (over 10000 lines or %1 MiB)</source>
        <translation>未闭合的带引号字段（超过 10000 行或 %1 MiB）</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote in field %1</source>
        <translation>字段 %1 中右引号后出现意外字符</translation>
    </message>
</context>
<context>
    <name>es::DashboardActions</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Deriving job metrics…</source>
        <translation>正在推算作业指标…</translation>
    </message>
    <message>
        <source>Checking alerts…</source>
        <translation>正在检查告警…</translation>
    </message>
</context>
<context>
    <name>es::DashboardFlowPanels</name>
    <message>
        <source>Day (UTC)</source>
        <translation>日期 (UTC)</translation>
    </message>
    <message>
        <source>No queue wait: no job of this selection has both a submit and a start time.</source>
        <translation>无排队等待数据：此选择中没有同时具有提交时间和开始时间的作业。</translation>
    </message>
    <message>
        <source>Queue wait per day (h), p90 dashed</source>
        <translation>每日排队等待 (h)，虚线为 p90</translation>
    </message>
    <message>
        <source>Queue wait per day (min), p90 dashed</source>
        <translation>每日排队等待 (min)，虚线为 p90</translation>
    </message>
    <message>
        <source>Wait (h)</source>
        <translation>等待 (h)</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>等待 (min)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n day(s) above</source>
        <translation>
            <numerusform>%1；%n 天高于此值</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 p90</source>
        <translation>%1 p90</translation>
    </message>
    <message>
        <source>No throughput: no job of this selection has ended.</source>
        <translation>无吞吐量数据：此选择中没有已结束的作业。</translation>
    </message>
    <message>
        <source>Throughput: jobs ended and node-hours per day</source>
        <translation>吞吐量：每日结束的作业数和节点时数</translation>
    </message>
    <message>
        <source>Throughput: jobs ended per day (no node counts)</source>
        <translation>吞吐量：每日结束的作业数（无节点数）</translation>
    </message>
    <message>
        <source>Jobs ended</source>
        <translation>已结束作业</translation>
    </message>
    <message>
        <source>Node-hours</source>
        <translation>节点时数</translation>
    </message>
    <message>
        <source>No failure share: no ended job of this selection has a state.</source>
        <translation>无失败占比数据：此选择中没有带状态的已结束作业。</translation>
    </message>
    <message>
        <source>Failed jobs per partition (%)</source>
        <translation>各分区失败作业占比 (%)</translation>
    </message>
    <message>
        <source>FAILED, NODE_FAIL, OUT_OF_MEMORY and TIMEOUT among the ended jobs with a state; a job without a partition counts under its QoS (an SWF trace&apos;s queue)</source>
        <translation>在带状态的已结束作业中 FAILED、NODE_FAIL、OUT_OF_MEMORY 和 TIMEOUT 所占比例；没有分区的作业按其 QoS（SWF 跟踪中的队列）计入</translation>
    </message>
    <message>
        <source>Failed (%)</source>
        <translation>失败 (%)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 (%2 jobs)</source>
        <translation>%1（%2 个作业）</translation>
    </message>
</context>
<context>
    <name>es::DashboardLoader</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>无法打开存储库：%1</translation>
    </message>
    <message>
        <source>Cannot read the jobs and events: %1</source>
        <translation>无法读取作业和事件：%1</translation>
    </message>
</context>
<context>
    <name>es::DashboardView</name>
    <message>
        <source>Job ID</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Top %1 jobs by energy</source>
        <translation>能耗最高的 %1 个作业</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>正在加载仪表板…</translation>
    </message>
    <message>
        <source>No jobs yet. Import a Slurm sacct dump, an SWF trace or a CSV dataset with File → Import…, or harvest a cluster.</source>
        <translation>尚无作业。请通过“文件 → 导入…”导入 Slurm sacct 转储、SWF 跟踪或 CSV 数据集，或采集一个集群。</translation>
    </message>
    <message>
        <source>No jobs match the filter. Change or clear the filter above.</source>
        <translation>没有符合筛选条件的作业。请修改或清除上方的筛选条件。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>measured, %1 % estimated</source>
        <translation>实测，%1 % 为估算</translation>
    </message>
    <message>
        <source>measured, %1 % estimated, %2 % of unknown source</source>
        <translation>实测，%1 % 为估算，%2 % 来源未知</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>measured vs estimated</source>
        <translation>实测与估算</translation>
    </message>
    <message>
        <source>Measured: Slurm accounting, energy counters or the imported dataset. Estimated: derived from a power model.</source>
        <translation>实测：Slurm 记账、能耗计数器或导入的数据集。估算：由功率模型推算。</translation>
    </message>
    <message>
        <source>jobs with energy (%1 %)</source>
        <translation>有能耗数据的作业（%1 %）</translation>
    </message>
    <message>
        <source>jobs with energy</source>
        <translation>有能耗数据的作业</translation>
    </message>
    <message>
        <source>Other (%1 jobs)</source>
        <translation>其他（%1 个作业）</translation>
    </message>
    <message>
        <source>Jobs per day (UTC)</source>
        <translation>每日作业数 (UTC)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>日期 (UTC)</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>能耗 (%1)</translation>
    </message>
    <message>
        <source>Jobs per day (UTC)&lt;br&gt;&lt;small&gt;None: no job of this selection has a submit time.&lt;/small&gt;</source>
        <translation>每日作业数 (UTC)&lt;br&gt;&lt;small&gt;无：此选择中没有具有提交时间的作业。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Thermal events per day (UTC)</source>
        <translation>每日温度事件数 (UTC)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Derive metrics</source>
        <translation>推算指标</translation>
    </message>
    <message>
        <source>Check alerts</source>
        <translation>检查告警</translation>
    </message>
    <message>
        <source>Per-job temperature, frequency, utilisation and energy from the node samples: Slurm&apos;s measured energy, else node meters, else a power model (an estimate).</source>
        <translation>根据节点样本推算每个作业的温度、频率、利用率和能耗：优先使用 Slurm 实测能耗，其次使用节点电表，否则使用功率模型（估算值）。</translation>
    </message>
    <message>
        <source>Evaluates the thermal, energy, failure and memory alerts over every stored sample and job, as the Alerts tab does.</source>
        <translation>与“告警”选项卡相同，对所有已存储的样本和作业评估温度、能耗、失败和内存告警。</translation>
    </message>
    <message>
        <source>No energy data yet: harvest a cluster with energy accounting, or derive per-job energy from the node samples.</source>
        <translation>尚无能耗数据：请采集启用了能耗记账的集群，或根据节点样本推算每个作业的能耗。</translation>
    </message>
    <message>
        <source>Energy by partition</source>
        <translation>各分区能耗</translation>
    </message>
    <message>
        <source>Energy by user, top %1</source>
        <translation>各用户能耗（前 %1 名）</translation>
    </message>
    <message>
        <source>Energy by job type</source>
        <translation>各作业类型能耗</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <source>No thermal events</source>
        <translation>无温度事件</translation>
    </message>
    <message>
        <source>No node reached its warning or critical temperature in this range, or the alerts were not checked since the node metrics arrived.</source>
        <translation>在此范围内没有节点达到其警告或严重温度，或者自节点指标到达以来尚未检查告警。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thermal event(s)</source>
        <translation>
            <numerusform>%n 个温度事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown node</source>
        <translation>未知节点</translation>
    </message>
    <message>
        <source>%1, hottest %2 °C on %3</source>
        <translation>%1，%3 上最高 %2 °C</translation>
    </message>
    <message>
        <source>Hottest node in cluster %1</source>
        <translation>集群 %1 中最热的节点</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>%1 J</source>
        <translation>%1 J</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>No energy source recorded</source>
        <translation>未记录能耗来源</translation>
    </message>
    <message>
        <source>Energy source: %1</source>
        <translation>能耗来源：%1</translation>
    </message>
</context>
<context>
    <name>es::DatasetCsvColumns</name>
    <message>
        <source>%1: --map %2=%3: a feature name is 1 to 64 of a-z, 0-9 and _</source>
        <translation>%1：--map %2=%3：特征名称须由 1 到 64 个 a-z、0-9 和 _ 字符组成</translation>
    </message>
    <message>
        <source>%1: two columns are mapped to the feature &apos;%2&apos;</source>
        <translation>%1：有两列映射到了特征 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --map %2=%3: unknown field (known: %4, feature:NAME, ignore)</source>
        <translation>%1：--map %2=%3：未知字段（已知：%4、feature:NAME、ignore）</translation>
    </message>
    <message>
        <source>%1: --map names the column &apos;%2&apos;, which the header does not have</source>
        <translation>%1：--map 指定了列 &apos;%2&apos;，但表头中没有该列</translation>
    </message>
    <message>
        <source>%1:%2: no job id column (name one job_id, or map one with --map COLUMN=job_id)</source>
        <translation>%1:%2：没有作业 ID 列（请将某一列命名为 job_id，或用 --map COLUMN=job_id 映射一列）</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is out of range</source>
        <translation>列 &apos;%1&apos;：&apos;%2&apos; 超出范围</translation>
    </message>
    <message>
        <source>empty job id</source>
        <translation>作业 ID 为空</translation>
    </message>
    <message>
        <source>duration %1 s is out of range</source>
        <translation>时长 %1 s 超出范围</translation>
    </message>
    <message>
        <source>start %1 + duration %2 s is past the latest time accepted</source>
        <translation>开始时间 %1 + 时长 %2 s 超过了可接受的最晚时间</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: not a number: &apos;%2&apos;</source>
        <translation>列 &apos;%1&apos;：不是数值：&apos;%2&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: time &apos;%2&apos; is out of range</source>
        <translation>列 &apos;%1&apos;：时间 &apos;%2&apos; 超出范围</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: not a time: &apos;%2&apos;</source>
        <translation>列 &apos;%1&apos;：不是时间：&apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>es::DateTimeField</name>
    <message>
        <source>Pick a day from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Not a date: type it as YYYY-MM-DD or YYYY-MM-DD HH:MM (%1, from 1970). Until then the value stays %2.</source>
        <translation>不是有效日期：请按 YYYY-MM-DD 或 YYYY-MM-DD HH:MM 格式输入（%1，自 1970 年起）。在此之前，值保持为 %2。</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>本地时间</translation>
    </message>
</context>
<context>
    <name>es::EnergyFormat</name>
    <message>
        <source>&amp;Energy Unit</source>
        <translation>能量单位(&amp;E)</translation>
    </message>
    <message>
        <source>The unit of energy in every tab&apos;s tables, charts and details</source>
        <translation>所有选项卡的表格、图表和详细信息中使用的能量单位</translation>
    </message>
    <message>
        <source>Automatic (J/kJ/MJ/GJ)</source>
        <translation>自动 (J/kJ/MJ/GJ)</translation>
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
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the export: %1</source>
        <translation>无法准备导出：%1</translation>
    </message>
    <message>
        <source>The export query failed: %1</source>
        <translation>导出查询失败：%1</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written</source>
        <translation>导出已取消；未写入 %1</translation>
    </message>
    <message>
        <source>Reading the jobs failed: %1</source>
        <translation>读取作业失败：%1</translation>
    </message>
</context>
<context>
    <name>es::FailureRateEvaluator</name>
    <message>
        <source>node %1 of %2: %3 of %4 jobs in partition %5 failed (%6), against %7 of %8 of the partition&apos;s other jobs (%9)</source>
        <translation>%2 的节点 %1：分区 %5 中 %4 个作业有 %3 个失败（%6），而该分区的其他作业中 %8 个有 %7 个失败（%9）</translation>
    </message>
    <message>
        <source>%1 of %2: %3 of %4 jobs failed in the window (%5, threshold %6)</source>
        <translation>%2 的 %1：时间窗口内 %4 个作业中有 %3 个失败（%5，阈值 %6）</translation>
    </message>
</context>
<context>
    <name>es::GuiSshPrompter</name>
    <message>
        <source>Key passphrase</source>
        <translation>密钥密码短语</translation>
    </message>
    <message>
        <source>Passphrase of the private key %1:</source>
        <translation>私钥 %1 的密码短语：</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>未知主机密钥</translation>
    </message>
    <message>
        <source>The authenticity of %1 (port %2) cannot be established.</source>
        <translation>无法确认 %1（端口 %2）的真实性。</translation>
    </message>
    <message>
        <source>Its %1 key fingerprint is
%2

Compare it with the one your cluster&apos;s administrators publish. Trust this key and remember it?</source>
        <translation>其 %1 密钥指纹为
%2

请与集群管理员公布的指纹进行比对。是否信任并记住此密钥？</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>保存到系统钥匙串</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
</context>
<context>
    <name>es::GzipReader</name>
    <message>
        <source>cannot start the gzip decompressor</source>
        <translation>无法启动 gzip 解压缩程序</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>corrupt gzip file: %1 bytes after the end of the compressed data are not another gzip member</source>
        <translation>损坏的 gzip 文件：压缩数据结束后的 %1 个字节不是另一个 gzip 成员</translation>
    </message>
    <message>
        <source>empty file where gzip data was expected</source>
        <translation>文件为空，但预期为 gzip 数据</translation>
    </message>
    <message>
        <source>truncated gzip file: it ends before the end of the compressed data and its CRC-32/length trailer (an interrupted download or copy?)</source>
        <translation>截断的 gzip 文件：文件在压缩数据及其 CRC-32/长度尾部结束之前就已结束（下载或复制被中断？）</translation>
    </message>
    <message>
        <source>corrupt gzip file: %1</source>
        <translation>损坏的 gzip 文件：%1</translation>
    </message>
</context>
<context>
    <name>es::HarvestWorker</name>
    <message>
        <source>connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
</context>
<context>
    <name>es::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>How to import, harvest, model, advise and run campaigns, step by step</source>
        <translation>分步介绍如何导入、采集、建模、生成建议和运行测试活动</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About HPC Energy Studio</source>
        <translation>关于 HPC Energy Studio(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HPC Energy Studio %1&lt;/h3&gt;&lt;p&gt;What HPC jobs cost in energy and heat, and where, when and how to run them for less.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), libssh %4, dlib %5, SQLite %6, QCustomPlot (GPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HPC Energy Studio %1&lt;/h3&gt;&lt;p&gt;了解 HPC 作业在能耗和发热上的代价，以及在何处、何时、如何运行才能降低代价。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本 (GPL-3.0-or-later)。本程序不提供任何担保。&lt;/p&gt;&lt;p&gt;构建使用 Qt %2（运行于 %3）、libssh %4、dlib %5、SQLite %6、QCustomPlot (GPL-3.0)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this build (docs/USER_GUIDE.md).</source>
        <translation>此版本中缺少用户指南 (docs/USER_GUIDE.md)。</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About HPC Energy Studio</source>
        <translation>关于 HPC Energy Studio</translation>
    </message>
</context>
<context>
    <name>es::Hostlist</name>
    <message>
        <source>empty host name</source>
        <translation>主机名为空</translation>
    </message>
    <message>
        <source>the host list names more than %1 hosts</source>
        <translation>主机列表中的主机超过 %1 个</translation>
    </message>
    <message>
        <source>empty host name after &apos;,&apos;</source>
        <translation>&apos;,&apos; 后的主机名为空</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>位置 %1：%2</translation>
    </message>
    <message>
        <source>unterminated &apos;[&apos;</source>
        <translation>未闭合的 &apos;[&apos;</translation>
    </message>
    <message>
        <source>expected a number, found &apos;%1&apos;</source>
        <translation>应为数字，却发现 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>number too long</source>
        <translation>数字过长</translation>
    </message>
    <message>
        <source>range %1-%2 goes backwards</source>
        <translation>范围 %1-%2 是倒序的</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; inside brackets</source>
        <translation>方括号内出现意外的 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;]&apos; without &apos;[&apos;</source>
        <translation>&apos;]&apos; 没有对应的 &apos;[&apos;</translation>
    </message>
</context>
<context>
    <name>es::ImportFilePage</name>
    <message>
        <source>Skip bad lines (otherwise the first bad line stops the import)</source>
        <translation>跳过错误行（否则遇到第一个错误行即停止导入）</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What to import: a CSV dataset (one job per line), a Slurm sacct dump or an SWF trace.</source>
        <translation>要导入的内容：CSV 数据集（每行一个作业）、Slurm sacct 转储或 SWF 跟踪。</translation>
    </message>
    <message>
        <source>Standard Workload Format trace (.swf, .swf.gz)</source>
        <translation>标准负载格式 (SWF) 跟踪 (.swf, .swf.gz)</translation>
    </message>
    <message>
        <source>CSV dataset, one job per line</source>
        <translation>CSV 数据集，每行一个作业</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>The time zone of the timestamps in an sacct dump: an IANA name such as Europe/Berlin</source>
        <translation>sacct 转储中时间戳的时区：IANA 名称，例如 Europe/Berlin</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Cluster name:</source>
        <translation>集群名称(&amp;C)：</translation>
    </message>
    <message>
        <source>sacct &amp;time zone:</source>
        <translation>sacct 时区(&amp;T)：</translation>
    </message>
    <message>
        <source>SWF traces (*.swf *.swf.gz)</source>
        <translation>SWF 跟踪 (*.swf *.swf.gz)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.tsv *.txt)</source>
        <translation>CSV 文件 (*.csv *.csv.gz *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Import Jobs</source>
        <translation>导入作业</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Slurm sacct output (--parsable2, sacct -n, fixed-width or --json)</source>
        <translation>Slurm sacct 输出（--parsable2、sacct -n、定宽或 --json）</translation>
    </message>
    <message>
        <source>only for a dump without a header line: its --format, e.g. User,JobID,State</source>
        <translation>仅用于无表头行的转储：其 --format，例如 User,JobID,State</translation>
    </message>
    <message>
        <source>The fields of a sacct -n dump, as its --format listed them (widths are dropped)</source>
        <translation>sacct -n 转储的字段，与其 --format 所列相同（忽略字段宽度）</translation>
    </message>
    <message>
        <source>sacct fi&amp;elds:</source>
        <translation>sacct 字段(&amp;E)：</translation>
    </message>
    <message>
        <source>sacct output (*.txt *.psv *.sacct *.log *.out *.json)</source>
        <translation>sacct 输出 (*.txt *.psv *.sacct *.log *.out *.json)</translation>
    </message>
</context>
<context>
    <name>es::ImportMappingPage</name>
    <message>
        <source>&amp;Automatic matching</source>
        <translation>自动匹配(&amp;A)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What each column is. Energies and durations are stored in J and s: choose the unit of the file. Columns kept as features are stored per job and can be used by models (train --features feature:NAME).</source>
        <translation>指定每一列的含义。能量和时长以 J 和 s 存储：请选择文件中使用的单位。保留为特征的列按作业存储，可供模型使用（train --features feature:NAME）。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Forget the saved mapping&apos;s choices and match the columns by name</source>
        <translation>放弃已保存映射中的选择，按名称匹配各列</translation>
    </message>
    <message>
        <source>The mapping saved for this header was applied.</source>
        <translation>已应用为此表头保存的映射。</translation>
    </message>
    <message>
        <source>Columns matched by name; numeric columns that match no field are kept as features.</source>
        <translation>已按名称匹配各列；未匹配任何字段的数值列将保留为特征。</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>keep as feature</source>
        <translation>保留为特征</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>正在读取列…</translation>
    </message>
    <message>
        <source>The columns %1 and %2 would both be the feature %3.</source>
        <translation>列 %1 和 %2 将同时成为特征 %3。</translation>
    </message>
    <message>
        <source>The columns %1 and %2 are both imported as %3.</source>
        <translation>列 %1 和 %2 都被导入为 %3。</translation>
    </message>
    <message>
        <source>No column is the job id: choose job_id for one.</source>
        <translation>没有列作为作业 ID：请为其中一列选择 job_id。</translation>
    </message>
</context>
<context>
    <name>es::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>竖线 ( | )</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>The first %1 rows of %2.</source>
        <translation>%2 的前 %1 行。</translation>
    </message>
    <message>
        <source>%1 columns, %2 rows shown, separated by %3.</source>
        <translation>%1 列，已显示 %2 行，分隔符为 %3。</translation>
    </message>
    <message>
        <source>Rows that do not match the header: %1%2. Choose another separator, or skip bad lines on the first page.</source>
        <translation>与表头不匹配的行：%1%2。请选择其他分隔符，或在第一页中选择跳过错误行。</translation>
    </message>
    <message>
        <source>Only one column: is the separator right?</source>
        <translation>只有一列：分隔符是否正确？</translation>
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
        <translation>摘要</translation>
    </message>
    <message>
        <source>Import merges: jobs already stored get the values given here and keep the others. A file with a bad line is not imported at all unless bad lines are skipped.</source>
        <translation>导入采用合并方式：已存储的作业会更新为此处提供的值，其余值保持不变。含有错误行的文件将完全不会被导入，除非选择跳过错误行。</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>集群：%1</translation>
    </message>
    <message>
        <source>named after each file</source>
        <translation>以各文件命名</translation>
    </message>
    <message>
        <source>Bad lines are skipped and listed.</source>
        <translation>错误行将被跳过并列出。</translation>
    </message>
    <message>
        <source>The first bad line stops the import of its file.</source>
        <translation>遇到第一个错误行即停止导入该文件。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation>分隔符：%1</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>Kept as features: %1</source>
        <translation>保留为特征：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message>
        <source>The mapping is saved for files with the same header.</source>
        <translation>映射已保存，用于具有相同表头的文件。</translation>
    </message>
</context>
<context>
    <name>es::ImportWizard</name>
    <message>
        <source>Import Jobs</source>
        <translation>导入作业</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>es::ImportWorker</name>
    <message>
        <source>%1: cluster %2: %3 jobs (%4 new, %5 updated, %6 unchanged), %7 lines skipped.</source>
        <translation>%1：集群 %2：%3 个作业（%4 个新增，%5 个更新，%6 个未变），跳过 %7 行。</translation>
    </message>
    <message numerus="yes">
        <source>%1: conflict: %n job(s) had a different energy stored; the file&apos;s value replaced it.</source>
        <translation>
            <numerusform>%1：冲突：%n 个作业已存储的能耗值不同；已用文件中的值替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 job feature values (%3 new or changed).</source>
        <translation>%1：%2 个作业特征值（%3 个新增或变更）。</translation>
    </message>
    <message>
        <source>%1: columns not imported (no mapping): %2</source>
        <translation>%1：未导入的列（无映射）：%2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
</context>
<context>
    <name>es::Importer</name>
    <message>
        <source>%1: import cancelled, nothing was stored</source>
        <translation>%1：导入已取消，未存储任何内容</translation>
    </message>
    <message>
        <source>%1: cannot record the import: %2</source>
        <translation>%1：无法记录本次导入：%2</translation>
    </message>
    <message>
        <source>%1: a CSV separator is one character, not &apos;%2&apos;</source>
        <translation>%1：CSV 分隔符只能是一个字符，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: empty file, no header line</source>
        <translation>%1：空文件，没有表头行</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 个字段，表头有 %2 个</translation>
    </message>
</context>
<context>
    <name>es::JobColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Show &amp;All Columns</source>
        <translation>显示所有列(&amp;A)</translation>
    </message>
</context>
<context>
    <name>es::JobDetailDialog</name>
    <message>
        <source>Job Details</source>
        <translation>作业详细信息</translation>
    </message>
    <message>
        <source>Job %1 — Details</source>
        <translation>作业 %1 — 详细信息</translation>
    </message>
    <message>
        <source>Loading the job…</source>
        <translation>正在加载作业…</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Energy and node metrics</source>
        <translation>能耗与节点指标</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>作业步</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Cannot show the job: %1</source>
        <translation>无法显示作业：%1</translation>
    </message>
    <message>
        <source>Job %1 on %2 — Details</source>
        <translation>集群 %2 上的作业 %1 — 详细信息</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;作业 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> “%1”</source>
        <translation> “%1”</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> 用户 %1</translation>
    </message>
    <message>
        <source> on cluster %1</source>
        <translation> 集群 %1</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
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
        <translation>该作业没有能耗记录：其记账数据和节点样本均未提供能耗值。</translation>
    </message>
    <message>
        <source>&lt;br&gt;The accounting says %1 (%2).</source>
        <translation>&lt;br&gt;记账数据为 %1（%2）。</translation>
    </message>
    <message>
        <source>No node metrics: they are derived from node samples over the job&apos;s run, by a harvest with samples or the Dashboard&apos;s Derive metrics.</source>
        <translation>没有节点指标：节点指标由作业运行期间的节点样本推导得出，可通过带样本的采集或仪表板中的“推导指标”生成。</translation>
    </message>
    <message>
        <source>Steps (%1)</source>
        <translation>作业步（%1）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标变量</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>预测时间</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>误差</translation>
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
        <translation>未知</translation>
    </message>
    <message>
        <source>The job&apos;s value now: none was recorded with the prediction</source>
        <translation>作业的当前值：预测时未记录实际值</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Predictions (%1)</source>
        <translation>预测（%1）</translation>
    </message>
    <message>
        <source>The node list cannot be read (%1), so there are no node samples to show.</source>
        <translation>无法读取节点列表（%1），因此没有可显示的节点样本。</translation>
    </message>
    <message>
        <source>The job has no node list: its nodes&apos; samples cannot be shown.</source>
        <translation>该作业没有节点列表：无法显示其节点的样本。</translation>
    </message>
    <message>
        <source>None of the job&apos;s nodes (%1) is in the store&apos;s node list.</source>
        <translation>该作业的节点（%1）均不在存储库的节点列表中。</translation>
    </message>
    <message>
        <source>The job has no start time: there is no run to show samples of.</source>
        <translation>该作业没有开始时间：没有可显示样本的运行过程。</translation>
    </message>
    <message>
        <source>No samples of the job&apos;s nodes (%1) from %2 to %3.</source>
        <translation>%2 至 %3 期间没有该作业节点（%1）的样本。</translation>
    </message>
</context>
<context>
    <name>es::JobDetailLoader</name>
    <message>
        <source>cannot read the job: %1</source>
        <translation>无法读取作业：%1</translation>
    </message>
    <message>
        <source>job %1 is not in the store</source>
        <translation>作业 %1 不在存储库中</translation>
    </message>
    <message>
        <source>job %1 of cluster %2 is not in the store</source>
        <translation>集群 %2 的作业 %1 不在存储库中</translation>
    </message>
</context>
<context>
    <name>es::JobFilter</name>
    <message>
        <source>Filter: none (all jobs)</source>
        <translation>筛选：无（全部作业）</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>started %1 to %2</source>
        <translation>开始于 %1 至 %2</translation>
    </message>
    <message>
        <source>started from %1</source>
        <translation>开始于 %1 及之后</translation>
    </message>
    <message>
        <source>started before %1</source>
        <translation>开始于 %1 之前</translation>
    </message>
    <message>
        <source>id or name containing “%1”</source>
        <translation>ID 或名称包含“%1”</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>， </translation>
    </message>
</context>
<context>
    <name>es::JobFilterBar</name>
    <message>
        <source>All clusters</source>
        <translation>所有集群</translation>
    </message>
    <message>
        <source>Show the jobs of one cluster</source>
        <translation>显示某个集群的作业</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Show the jobs in one final state</source>
        <translation>显示处于某个最终状态的作业</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>Show the jobs of one user</source>
        <translation>显示某个用户的作业</translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation>所有分区</translation>
    </message>
    <message>
        <source>Show the jobs of one partition</source>
        <translation>显示某个分区的作业</translation>
    </message>
    <message>
        <source>Jobs started (or, if never started, submitted) at or after this local time</source>
        <translation>在此本地时间或之后开始（从未开始的按提交时间）的作业</translation>
    </message>
    <message>
        <source>Jobs started (or, if never started, submitted) before this local time</source>
        <translation>在此本地时间之前开始（从未开始的按提交时间）的作业</translation>
    </message>
    <message>
        <source>Job ID or name</source>
        <translation>作业 ID 或名称</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show all jobs</source>
        <translation>显示全部作业</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>全部范围</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Jobs by start time (or, if never started, submit time). &quot;Last 7 days&quot; and &quot;Last 30 days&quot; count back from the newest job in the store, not from today: imported traces are often years old.</source>
        <translation>按开始时间（从未开始的按提交时间）筛选作业。“最近 7 天”和“最近 30 天”从存储库中最新的作业往前计算，而不是从今天：导入的轨迹往往是多年前的。</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
</context>
<context>
    <name>es::JobMetricsDeriveRun</name>
    <message>
        <source>cannot read %1 of %2: %3</source>
        <translation>无法读取 %2 的 %1：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>es::JobMetricsDeriver</name>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation>存储库中没有名为 %1 的集群</translation>
    </message>
</context>
<context>
    <name>es::JobPageLoader</name>
    <message>
        <source>Cannot count the jobs: %1</source>
        <translation>无法统计作业数：%1</translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation>无法读取作业：%1</translation>
    </message>
    <message>
        <source>Cannot read the store summary: %1</source>
        <translation>无法读取存储库摘要：%1</translation>
    </message>
</context>
<context>
    <name>es::JobTableActions</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected jobs as tab-separated text</source>
        <translation>将所选作业复制为制表符分隔的文本</translation>
    </message>
    <message>
        <source>Filter by This &amp;User</source>
        <translation>按此用户筛选(&amp;U)</translation>
    </message>
    <message>
        <source>Filter by &amp;User “%1”</source>
        <translation>按用户“%1”筛选(&amp;U)</translation>
    </message>
    <message>
        <source>Filter by This &amp;Partition</source>
        <translation>按此分区筛选(&amp;P)</translation>
    </message>
    <message>
        <source>Filter by &amp;Partition “%1”</source>
        <translation>按分区“%1”筛选(&amp;P)</translation>
    </message>
    <message>
        <source>Show on the &amp;Nodes Tab</source>
        <translation>在“节点”选项卡中显示(&amp;N)</translation>
    </message>
    <message>
        <source>Plot the job&apos;s nodes over its run on the Nodes tab</source>
        <translation>在“节点”选项卡中绘制该作业运行期间其节点的曲线</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Cannot read the job&apos;s node list: %1</source>
        <translation>无法读取作业的节点列表：%1</translation>
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
        <translation>作业运行所在的集群</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Job id within its cluster</source>
        <translation>作业在其集群内的 ID</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>作业名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>User who submitted the job</source>
        <translation>提交该作业的用户</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Partition (queue)</source>
        <translation>分区（队列）</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Final state of the job</source>
        <translation>作业的最终状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submit time, local time</source>
        <translation>提交时间，本地时间</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Start time, local time</source>
        <translation>开始时间，本地时间</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time, local time</source>
        <translation>结束时间，本地时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Run time, days-hours:minutes:seconds</source>
        <translation>运行时间，天-时:分:秒</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Allocated CPUs</source>
        <translation>已分配 CPU 数</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <source>Allocated nodes</source>
        <translation>分配的节点</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Largest resident set of any task, MB</source>
        <translation>任一任务的最大常驻内存，MB</translation>
    </message>
    <message>
        <source>Max RSS (MB)</source>
        <translation>最大 RSS (MB)</translation>
    </message>
    <message>
        <source>User and system CPU time of all tasks, seconds</source>
        <translation>所有任务的用户态和内核态 CPU 时间，秒</translation>
    </message>
    <message>
        <source>CPU time (s)</source>
        <translation>CPU 时间 (s)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation>实测：%1</translation>
    </message>
    <message>
        <source>estimated: %1</source>
        <translation>估算：%1</translation>
    </message>
    <message>
        <source>Average power of the job, W</source>
        <translation>作业的平均功率，W</translation>
    </message>
    <message>
        <source>Power avg (W)</source>
        <translation>平均功率 (W)</translation>
    </message>
    <message>
        <source>Average temperature of the job&apos;s nodes while it ran, °C</source>
        <translation>作业运行期间其节点的平均温度，°C</translation>
    </message>
    <message>
        <source>Temp avg (°C)</source>
        <translation>平均温度 (°C)</translation>
    </message>
    <message>
        <source>Highest temperature of the job&apos;s nodes while it ran, °C</source>
        <translation>作业运行期间其节点的最高温度，°C</translation>
    </message>
    <message>
        <source>Temp peak (°C)</source>
        <translation>峰值温度 (°C)</translation>
    </message>
    <message>
        <source>Average CPU frequency of the job&apos;s nodes, MHz</source>
        <translation>作业节点的平均 CPU 频率，MHz</translation>
    </message>
    <message>
        <source>Freq avg (MHz)</source>
        <translation>平均频率 (MHz)</translation>
    </message>
    <message>
        <source>Average CPU utilisation of the job&apos;s nodes, %</source>
        <translation>作业节点的平均 CPU 利用率，%</translation>
    </message>
    <message>
        <source>CPU util (%)</source>
        <translation>CPU 利用率 (%)</translation>
    </message>
    <message>
        <source>%1, source: %2</source>
        <translation>%1，来源：%2</translation>
    </message>
    <message>
        <source>Derived from the nodes&apos; samples: %1</source>
        <translation>由节点样本推导：%1</translation>
    </message>
    <message>
        <source>The job&apos;s own accounting: %1</source>
        <translation>作业自身的记账数据：%1</translation>
    </message>
    <message>
        <source>Energy consumed, and whether it was measured or estimated: the job&apos;s metrics derived from its nodes, unless those are a model estimate and the job has its own measured figure</source>
        <translation>消耗的能量及其为实测还是估算：取由作业节点推导的指标，除非该指标为模型估算且作业自身有实测值</translation>
    </message>
</context>
<context>
    <name>es::JobWriter</name>
    <message>
        <source>a job without an id</source>
        <translation>没有 ID 的作业</translation>
    </message>
    <message>
        <source>no write in progress</source>
        <translation>没有正在进行的写入</translation>
    </message>
    <message>
        <source>cannot read the jobs table: %1</source>
        <translation>无法读取作业表：%1</translation>
    </message>
    <message>
        <source>cannot prepare the jobs table: %1</source>
        <translation>无法准备作业表：%1</translation>
    </message>
    <message>
        <source>cannot index the jobs: %1</source>
        <translation>无法为作业建立索引：%1</translation>
    </message>
</context>
<context>
    <name>es::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language of menus, views and messages, from the next start</source>
        <translation>菜单、视图和消息的语言，下次启动时生效</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of HPC Energy Studio.</source>
        <translation>新语言将在 HPC Energy Studio 下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>es::LineReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: not a gzip file (the name ends in .gz but the content does not start as gzip data)</source>
        <translation>%1：不是 gzip 文件（文件名以 .gz 结尾，但内容开头不是 gzip 数据）</translation>
    </message>
    <message>
        <source>%1: read error after line %2: %3</source>
        <translation>%1：第 %2 行之后读取出错：%3</translation>
    </message>
    <message>
        <source>%1:%2: line longer than %3 MiB: not a text file of this format</source>
        <translation>%1:%2：行长度超过 %3 MiB：不是此格式的文本文件</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty SQLite store and open it</source>
        <translation>创建一个空的 SQLite 存储库并打开</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an SQLite store</source>
        <translation>打开 SQLite 存储库</translation>
    </message>
    <message>
        <source>Open &amp;PostgreSQL…</source>
        <translation>打开 PostgreSQL(&amp;P)…</translation>
    </message>
    <message>
        <source>Open a store in a PostgreSQL database</source>
        <translation>打开 PostgreSQL 数据库中的存储库</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import jobs from sacct dumps, SWF traces or CSV datasets</source>
        <translation>从 sacct 转储、SWF 轨迹或 CSV 数据集导入作业</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the jobs the view shows to a CSV file</source>
        <translation>将视图中显示的作业写入 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Jobs</source>
        <translation>查找作业(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? Nothing of the file being imported will be stored.</source>
        <translation>有导入正在进行。是否取消导入并退出？正在导入的文件不会存储任何内容。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>未打开存储库</translation>
    </message>
    <message>
        <source>Cannot Open the Store</source>
        <translation>无法打开存储库</translation>
    </message>
    <message>
        <source>%1 — HPC Energy Studio</source>
        <translation>%1 — HPC Energy Studio</translation>
    </message>
    <message>
        <source>Counting jobs…</source>
        <translation>正在统计作业数…</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 个作业</translation>
    </message>
    <message>
        <source>%1 of %2 jobs</source>
        <translation>%1 / %2 个作业</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open Database… to open it.</source>
        <translation>%1 已存在。请使用“文件 → 打开数据库…”打开它。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open PostgreSQL</source>
        <translation>打开 PostgreSQL</translation>
    </message>
    <message>
        <source>Database URL, postgresql://USER@HOST[:PORT]/DATABASE
(a password is read from ~/.pgpass when the URL has none):</source>
        <translation>数据库 URL，postgresql://USER@HOST[:PORT]/DATABASE
（URL 中不含密码时从 ~/.pgpass 读取密码）：</translation>
    </message>
    <message>
        <source>The URL must start with postgresql://</source>
        <translation>URL 必须以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>Import Jobs</source>
        <translation>导入作业</translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation>请先打开或创建数据库。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Export Jobs as CSV</source>
        <translation>将作业导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Exporting… %1 jobs written</source>
        <translation>正在导出… 已写入 %1 个作业</translation>
    </message>
    <message>
        <source>Exported %1 jobs to %2</source>
        <translation>已将 %1 个作业导出到 %2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Correlations</source>
        <translation>相关性(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Scatter plots and the correlation matrix of the jobs the filter selects</source>
        <translation>筛选条件所选作业的散点图和相关性矩阵</translation>
    </message>
    <message>
        <source>Energy by partition, user and job type, jobs per day and the top energy jobs</source>
        <translation>按分区、用户和作业类型统计的能耗、每日作业数以及能耗最高的作业</translation>
    </message>
    <message>
        <source>Cluster profiles: connect over SSH and harvest jobs and node state</source>
        <translation>集群配置：通过 SSH 连接并采集作业和节点状态</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>节点(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write an energy report of a time range as PDF or HTML</source>
        <translation>将某一时间范围的能耗报告写为 PDF 或 HTML</translation>
    </message>
    <message>
        <source>Train and compare models of job energy, duration and temperature; forecast load</source>
        <translation>训练并比较作业能耗、时长和温度的模型；预测负载</translation>
    </message>
    <message>
        <source>Temperature, power, frequency and load of the nodes over time, with their jobs</source>
        <translation>节点随时间变化的温度、功率、频率和负载，以及其上的作业</translation>
    </message>
    <message>
        <source>Collecting the figures…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Drawing the plots…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Ad&amp;visor</source>
        <translation>顾问(&amp;V)</translation>
    </message>
    <message>
        <source>Campai&amp;gns</source>
        <translation>测试活动(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Clusters…</source>
        <translation>集群(&amp;C)…</translation>
    </message>
    <message>
        <source>Rename or delete the clusters (datasets) of the store</source>
        <translation>重命名或删除存储库中的集群（数据集）</translation>
    </message>
    <message>
        <source>Read the store again in every tab</source>
        <translation>在所有选项卡中重新读取存储库</translation>
    </message>
    <message>
        <source>Thermal and energy alerts: list, filter and acknowledge</source>
        <translation>温度与能耗告警：列出、筛选和确认</translation>
    </message>
</context>
<context>
    <name>es::MemoryAlertEvaluator</name>
    <message>
        <source>its largest task reached %1 MB of the %2 MB it asked per node (%3 %)</source>
        <translation>其最大任务达到 %1 MB，每节点申请量为 %2 MB（%3 %）</translation>
    </message>
    <message>
        <source>job %1 ended OUT_OF_MEMORY</source>
        <translation>作业 %1 以 OUT_OF_MEMORY 结束</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>作业 %1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 used %3 % of its %4 MB of memory (threshold %5 %)</source>
        <translation>集群 %2 的节点 %1 使用了其 %4 MB 内存的 %3 %（阈值 %5 %）</translation>
    </message>
</context>
<context>
    <name>es::ModelPlots</name>
    <message>
        <source>Export Plot…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Predicted vs actual</source>
        <translation>预测值与实际值</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>残差</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>特征重要性</translation>
    </message>
    <message>
        <source>Save the plot shown as PNG, SVG or PDF</source>
        <translation>将当前显示的图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Load forecast</source>
        <translation>负载预测</translation>
    </message>
    <message>
        <source>Save the forecast plot as PNG, SVG or PDF</source>
        <translation>将预测图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Train a model to see how its predictions compare with the actual values.</source>
        <translation>训练模型后，可查看其预测值与实际值的对比。</translation>
    </message>
    <message>
        <source>test rows</source>
        <translation>测试行</translation>
    </message>
    <message>
        <source>y = x</source>
        <translation>y = x</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>%1 实际值</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>%1 预测值</translation>
    </message>
    <message>
        <source>actual − predicted</source>
        <translation>实际值 − 预测值</translation>
    </message>
    <message>
        <source>No importance for %1: it is computed on the first split only.</source>
        <translation>%1 没有重要性数据：仅在第一个划分上计算。</translation>
    </message>
    <message>
        <source>RMSE increase when permuted</source>
        <translation>置换后 RMSE 的增量</translation>
    </message>
    <message>
        <source>test RMSE increase when permuted (%1)</source>
        <translation>置换后测试 RMSE 的增量（%1）</translation>
    </message>
    <message>
        <source>Press Forecast to predict the busy CPUs of the next 30 to 60 minutes.</source>
        <translation>点击“预测”以预测未来 30 到 60 分钟的繁忙 CPU 数。</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>busy CPUs</source>
        <translation>繁忙 CPU 数</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>forecast (%1)</source>
        <translation>预测（%1）</translation>
    </message>
    <message>
        <source>persistence</source>
        <translation>持续性基线</translation>
    </message>
    <message>
        <source>seasonal-naive (a day earlier)</source>
        <translation>季节性朴素基线（前一天）</translation>
    </message>
    <message>
        <source>Busy CPUs: the last %1 h and the next %2 min</source>
        <translation>繁忙 CPU 数：过去 %1 小时及未来 %2 分钟</translation>
    </message>
    <message>
        <source>Busy CPUs: history and forecast (%1)</source>
        <translation>繁忙 CPU 数：历史与预测（%1）</translation>
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
        <translation>未选择特征：请至少勾选一个</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Reading jobs: %1</source>
        <translation>正在读取作业：%1</translation>
    </message>
</context>
<context>
    <name>es::ModelsView</name>
    <message>
        <source>Ridge</source>
        <translation>岭回归</translation>
    </message>
    <message>
        <source>Random forest</source>
        <translation>随机森林</translation>
    </message>
    <message>
        <source>Kernel ridge (RBF)</source>
        <translation>核岭回归 (RBF)</translation>
    </message>
    <message>
        <source>SVR (RBF)</source>
        <translation>SVR (RBF)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>预测(&amp;F)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
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
        <translation>基线</translation>
    </message>
    <message>
        <source>Baseline MAE</source>
        <translation>基线 MAE</translation>
    </message>
    <message>
        <source>Baseline R²</source>
        <translation>基线 R²</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标变量</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间 (UTC)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>What to predict for each job</source>
        <translation>要为每个作业预测的内容</translation>
    </message>
    <message>
        <source>Features known before a job runs are ticked by default. Features marked “after run” are measured while the job runs: a model using them cannot predict a job before it starts.</source>
        <translation>作业运行前已知的特征默认勾选。标记为“运行后”的特征在作业运行期间测得：使用这些特征的模型无法在作业开始前进行预测。</translation>
    </message>
    <message>
        <source>All four</source>
        <translation>全部四种</translation>
    </message>
    <message>
        <source>k-fold and time-ordered</source>
        <translation>k 折和按时间顺序</translation>
    </message>
    <message>
        <source>k-fold</source>
        <translation>k 折</translation>
    </message>
    <message>
        <source>Time-ordered</source>
        <translation>按时间顺序</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Forecast the busy CPUs of the store&apos;s jobs for the next minutes</source>
        <translation>预测存储库中作业在未来几分钟内的繁忙 CPU 数</translation>
    </message>
    <message>
        <source>Busy CPUs of the store&apos;s jobs, per minute, with the persistence and seasonal-naive baselines.</source>
        <translation>存储库中作业每分钟的繁忙 CPU 数，附持续性基线和季节性朴素基线。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>目标变量(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>特征(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>算法(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>验证(&amp;V)：</translation>
    </message>
    <message>
        <source>F&amp;olds:</source>
        <translation>折数(&amp;O)：</translation>
    </message>
    <message>
        <source>Forecast cluster load</source>
        <translation>预测集群负载</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>预测范围(&amp;H)：</translation>
    </message>
    <message>
        <source>Every figure comes from the split it names; select a row to plot it</source>
        <translation>每个数值均来自其所标明的划分；选择一行即可绘图</translation>
    </message>
    <message>
        <source>No stored models. Import jobs (File → Import…), pick a target and features, then press Train.</source>
        <translation>没有已存储的模型。请导入作业（文件 → 导入…），选择目标变量和特征，然后点击“训练”。</translation>
    </message>
    <message>
        <source>Remove the selected model and the predictions made with it</source>
        <translation>删除所选模型及用它做出的预测</translation>
    </message>
    <message>
        <source>Stored models</source>
        <translation>已存储的模型</translation>
    </message>
    <message>
        <source>Validation of the last training</source>
        <translation>上次训练的验证结果</translation>
    </message>
    <message>
        <source>Pick a target, features and algorithms, then press Train.</source>
        <translation>选择目标变量、特征和算法，然后点击“训练”。</translation>
    </message>
    <message>
        <source>%1  (after run)</source>
        <translation>%1  （运行后）</translation>
    </message>
    <message>
        <source>Known only after the job ran: not usable to predict a job before it starts</source>
        <translation>仅在作业运行后才可知：不能用于在作业开始前进行预测</translation>
    </message>
    <message>
        <source>Known when the job is submitted</source>
        <translation>提交作业时即可知</translation>
    </message>
    <message>
        <source>Stored models: %1</source>
        <translation>已存储的模型：%1</translation>
    </message>
    <message>
        <source>No store is open: open or create one with the File menu.</source>
        <translation>未打开存储库：请通过“文件”菜单打开或创建一个。</translation>
    </message>
    <message>
        <source>Tick at least one feature.</source>
        <translation>请至少勾选一个特征。</translation>
    </message>
    <message>
        <source>%1 (%p%)</source>
        <translation>%1 (%p%)</translation>
    </message>
    <message>
        <source>Training on %1…</source>
        <translation>正在训练 %1 的模型…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Training cancelled: nothing was stored.</source>
        <translation>训练已取消：未存储任何内容。</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>Best: highest R² on the first split; stored as model %1</source>
        <translation>最佳：第一个划分上 R² 最高者；已存储为模型 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Forecasting the next %1 minutes…</source>
        <translation>正在预测未来 %1 分钟…</translation>
    </message>
    <message>
        <source>Forecast failed: %1</source>
        <translation>预测失败：%1</translation>
    </message>
    <message>
        <source>Evaluated on a %1.</source>
        <translation>评估方式：%1。</translation>
    </message>
    <message>
        <source>MAE at +%1 min: %2 busy CPUs, persistence %3</source>
        <translation>+%1 分钟时的 MAE：%2 个繁忙 CPU，持续性基线 %3</translation>
    </message>
    <message>
        <source>, seasonal-naive %1</source>
        <translation>，季节性朴素基线 %1</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (worse than baseline)</source>
        <translation>%1（差于基线）</translation>
    </message>
    <message>
        <source>Column %1 of the store</source>
        <translation>存储库中的 %1 列</translation>
    </message>
    <message>
        <source>Data: the jobs of every cluster.</source>
        <translation>数据：所有集群的作业。</translation>
    </message>
    <message>
        <source>Data: the jobs of cluster %1.</source>
        <translation>数据：集群 %1 的作业。</translation>
    </message>
    <message>
        <source>The filter bar&apos;s other fields (user, partition, state, dates, text) do not apply to models.</source>
        <translation>筛选栏的其他字段（用户、分区、状态、日期、文本）不适用于模型。</translation>
    </message>
    <message>
        <source>Trained on %1 jobs. Best: %2, stored as model %3 “%4”.</source>
        <translation>已基于 %1 个作业完成训练。最佳：%2，已存储为模型 %3“%4”。</translation>
    </message>
    <message>
        <source>Trained on %1 jobs. No model beats the baseline (%2): nothing was stored.</source>
        <translation>已基于 %1 个作业完成训练。没有模型优于基线（%2）：未存储任何内容。</translation>
    </message>
    <message>
        <source>No better than persistence at +%1 min (%2x its error): use the last observed load instead.</source>
        <translation>在 +%1 分钟时不优于持续性基线（误差为其 %2 倍）：请改用最近一次观测到的负载。</translation>
    </message>
</context>
<context>
    <name>es::NodeListItems</name>
    <message>
        <source>All clusters</source>
        <translation>所有集群</translation>
    </message>
    <message>
        <source>Cluster %1: no samples of this node yet</source>
        <translation>集群 %1：该节点尚无样本</translation>
    </message>
    <message>
        <source>Cluster %1: %2 samples from %3 to %4</source>
        <translation>集群 %1：%3 至 %4 共 %2 个样本</translation>
    </message>
    <message>
        <source>%1 of cluster %2</source>
        <translation>集群 %2 的 %1</translation>
    </message>
    <message>
        <source>No node checked</source>
        <translation>未勾选节点</translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <source>From %1 to %2 (local time)</source>
        <translation>从 %1 到 %2（本地时间）</translation>
    </message>
    <message>
        <source>Node temperature (°C)</source>
        <translation>节点温度 (°C)</translation>
    </message>
    <message>
        <source>Node power (W)</source>
        <translation>节点功率 (W)</translation>
    </message>
    <message>
        <source>CPU frequency (MHz)</source>
        <translation>CPU 频率 (MHz)</translation>
    </message>
    <message>
        <source>CPU utilisation (%) and load</source>
        <translation>CPU 利用率 (%) 与负载</translation>
    </message>
</context>
<context>
    <name>es::NodeLoader</name>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>无法打开存储库：%1</translation>
    </message>
    <message>
        <source>Cannot read the nodes: %1</source>
        <translation>无法读取节点：%1</translation>
    </message>
    <message>
        <source>Cannot read the node samples: %1</source>
        <translation>无法读取节点样本：%1</translation>
    </message>
</context>
<context>
    <name>es::NodePlotStack</name>
    <message>
        <source>Temperature (°C)</source>
        <translation>温度 (°C)</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>功率 (W)</translation>
    </message>
    <message>
        <source>CPU frequency (MHz)</source>
        <translation>CPU 频率 (MHz)</translation>
    </message>
    <message>
        <source>CPU utilisation (%)</source>
        <translation>CPU 利用率 (%)</translation>
    </message>
    <message>
        <source>Load, 1 min (light lines)</source>
        <translation>负载，1 分钟（浅色线）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No temperature samples for the checked nodes</source>
        <translation>所勾选节点没有温度样本</translation>
    </message>
    <message>
        <source>No power samples for the checked nodes</source>
        <translation>所勾选节点没有功率样本</translation>
    </message>
    <message>
        <source>No CPU frequency samples for the checked nodes</source>
        <translation>所勾选节点没有 CPU 频率样本</translation>
    </message>
    <message>
        <source>No CPU utilisation or load samples</source>
        <translation>没有 CPU 利用率或负载样本</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more job(s)</source>
        <translation>
            <numerusform>… 以及另外 %n 个作业</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>%1: job %2 “%3” of %4, %5 – %6</source>
        <translation>%1：作业 %2“%3”，用户 %4，%5 – %6</translation>
    </message>
    <message>
        <source>Click to show the job in the Jobs view</source>
        <translation>点击以在“作业”视图中显示该作业</translation>
    </message>
</context>
<context>
    <name>es::NodeSampleWriter</name>
    <message>
        <source>cannot read the nodes of %1: %2</source>
        <translation>无法读取 %1 的节点：%2</translation>
    </message>
    <message>
        <source>cannot prepare the node statements: %1</source>
        <translation>无法准备节点语句：%1</translation>
    </message>
    <message>
        <source>cannot create node %1: %2</source>
        <translation>无法创建节点 %1：%2</translation>
    </message>
    <message>
        <source>cannot find node %1: %2</source>
        <translation>无法找到节点 %1：%2</translation>
    </message>
    <message>
        <source>no write in progress</source>
        <translation>没有正在进行的写入</translation>
    </message>
    <message>
        <source>a node sample without a node name or source</source>
        <translation>节点样本缺少节点名称或来源</translation>
    </message>
</context>
<context>
    <name>es::NodeView</name>
    <message>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>All samples</source>
        <translation>全部样本</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message numerus="yes">
        <source>Read new samples every %n second(s) and keep the newest in view</source>
        <translation>
            <numerusform>每 %n 秒读取新样本，并保持最新样本在视图中</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Temperature Plot…</source>
        <translation>温度图表…</translation>
    </message>
    <message>
        <source>Power Plot…</source>
        <translation>功率图…</translation>
    </message>
    <message>
        <source>CPU Frequency Plot…</source>
        <translation>CPU 频率图…</translation>
    </message>
    <message>
        <source>Utilisation Plot…</source>
        <translation>利用率图…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Check every node in the list</source>
        <translation>勾选列表中的所有节点</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Uncheck every node</source>
        <translation>取消勾选所有节点</translation>
    </message>
    <message>
        <source>Cl&amp;uster:</source>
        <translation>集群(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Open a store to see the samples of its nodes.</source>
        <translation>打开存储库以查看其节点的样本。</translation>
    </message>
    <message>
        <source>Reading the nodes…</source>
        <translation>正在读取节点…</translation>
    </message>
    <message>
        <source>No nodes in this store yet.

Node samples come from harvesting a cluster (Connections tab: every harvest records each node&apos;s power and load as Slurm reports them) and from the on-node sampler, resources/sampler/es-sampler.sh, run on the nodes or inside jobs. Turn on Live here to watch them arrive.</source>
        <translation>此存储库中尚无节点。

节点样本来自集群采集（“连接”选项卡：每次采集都会按 Slurm 报告的数据记录每个节点的功率和负载），以及在节点上或作业内运行的节点端采样器 resources/sampler/es-sampler.sh。在此处打开“实时”即可查看新样本陆续到达。</translation>
    </message>
    <message>
        <source>Check one or more nodes in the list to plot their temperature, power, CPU frequency and load with the jobs they ran.</source>
        <translation>在列表中勾选一个或多个节点，即可绘制其温度、功率、CPU 频率和负载，以及在其上运行的作业。</translation>
    </message>
    <message>
        <source>Loading samples…</source>
        <translation>正在加载样本…</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>正在加载详细信息…</translation>
    </message>
    <message>
        <source>No node samples in this store yet.

They come from harvesting a cluster (Connections tab: every harvest records each node&apos;s power and load as Slurm reports them) and from the on-node sampler, resources/sampler/es-sampler.sh, run on the nodes or inside jobs. Turn on Live here to watch them arrive.</source>
        <translation>此存储库中尚无节点样本。

节点样本来自集群采集（“连接”选项卡：每次采集都会按 Slurm 报告的数据记录每个节点的功率和负载），以及在节点上或作业内运行的节点端采样器 resources/sampler/es-sampler.sh。在此处打开“实时”即可查看新样本陆续到达。</translation>
    </message>
    <message>
        <source>No samples of the checked nodes from %1 to %2.

Their newest sample is from %3: choose “All samples” or a longer range, or turn on Live to wait for new ones.</source>
        <translation>%1 至 %2 期间没有所勾选节点的样本。

这些节点最新的样本来自 %3：请选择“全部样本”或更长的范围，或打开“实时”以等待新样本。</translation>
    </message>
    <message>
        <source>The checked nodes have no samples yet. Check nodes with samples (their names are not greyed out), or turn on Live to wait for new ones.</source>
        <translation>所勾选的节点尚无样本。请勾选有样本的节点（名称未显示为灰色的节点），或打开“实时”以等待新样本。</translation>
    </message>
    <message numerus="yes">
        <source>%1 samples, %n job span(s)</source>
        <translation>
            <numerusform>%1 个样本，%n 个作业时段</numerusform>
        </translation>
    </message>
    <message>
        <source> · min/max per %1 s</source>
        <translation> · 每 %1 s 取最小/最大值</translation>
    </message>
    <message>
        <source>Live: newest sample %1</source>
        <translation>实时：最新样本 %1</translation>
    </message>
</context>
<context>
    <name>es::OpenMetricsWriter</name>
    <message>
        <source>Jobs with energy that ended in the last %1 days but are beyond the export&apos;s cap of %2 jobs.</source>
        <translation>最近 %1 天内结束且有能耗值、但超出导出上限（%2 个作业）的作业。</translation>
    </message>
    <message>
        <source>When HPC Energy Studio wrote this file (UTC epoch seconds).</source>
        <translation>HPC Energy Studio 写入此文件的时间（UTC 纪元秒数）。</translation>
    </message>
    <message>
        <source>cannot write the metrics: %1</source>
        <translation>无法写入指标：%1</translation>
    </message>
    <message>
        <source>cannot count the recent jobs: %1</source>
        <translation>无法统计近期作业：%1</translation>
    </message>
    <message>
        <source>cannot read the recent jobs: %1</source>
        <translation>无法读取近期作业：%1</translation>
    </message>
    <message>
        <source>Energy of a job that ended recently, in joules; source: where the value comes from (slurm: measured by Slurm, counter: node energy counters, model: estimated from power samples, dataset: imported).</source>
        <translation>近期结束的作业的能耗，单位为焦耳；source：数值来源（slurm：由 Slurm 实测，counter：节点能量计数器，model：由功率样本估算，dataset：导入的数据集）。</translation>
    </message>
    <message>
        <source>Average power of a job that ended recently, in watts (its energy over its run time).</source>
        <translation>近期结束的作业的平均功率，单位为瓦（其能耗除以运行时间）。</translation>
    </message>
    <message>
        <source>cannot read the node temperatures: %1</source>
        <translation>无法读取节点温度：%1</translation>
    </message>
    <message>
        <source>Highest temperature of a node in the last %1 days, in degrees Celsius (the hottest sensor of every sample).</source>
        <translation>节点在最近 %1 天内的最高温度，单位为摄氏度（取每个样本中最热的传感器）。</translation>
    </message>
    <message>
        <source>cannot count the alerts: %1</source>
        <translation>无法统计告警：%1</translation>
    </message>
    <message>
        <source>Alert events still open (an episode not over yet: a node still hot, a failure rate still high).</source>
        <translation>仍未关闭的告警事件（尚未结束的事件：节点仍然过热、失败率仍然偏高）。</translation>
    </message>
    <message>
        <source>Alert events that started in the last %1 days.</source>
        <translation>最近 %1 天内开始的告警事件。</translation>
    </message>
</context>
<context>
    <name>es::PrometheusClient</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; 不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 MiB: use a larger step or a shorter window</source>
        <translation>%1 的响应大于 %2 MiB：请使用更大的步长或更短的时间窗口</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 在 %2 s 内没有响应</translation>
    </message>
    <message>
        <source>cannot reach Prometheus at %1: %2 (a certificate this machine does not trust? Give its authority with --ca-file)</source>
        <translation>无法连接 %1 上的 Prometheus：%2（可能是本机不信任的证书？请用 --ca-file 指定其证书颁发机构）</translation>
    </message>
    <message>
        <source>cannot reach Prometheus at %1: %2</source>
        <translation>无法连接 %1 上的 Prometheus：%2</translation>
    </message>
    <message>
        <source>Prometheus at %1 answered HTTP %2: %3</source>
        <translation>%1 上的 Prometheus 返回 HTTP %2：%3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: the credentials were refused or are missing</source>
        <translation>%1 返回 HTTP %2：凭据被拒绝或缺失</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3): no Prometheus API there? Check the URL&apos;s path</source>
        <translation>%1 返回 HTTP %2（%3）：该地址没有 Prometheus API？请检查 URL 的路径</translation>
    </message>
    <message>
        <source>%1, query %2: %3</source>
        <translation>%1，查询 %2：%3</translation>
    </message>
</context>
<context>
    <name>es::PrometheusImporter</name>
    <message>
        <source>cannot read the harvest state: %1</source>
        <translation>无法读取采集状态：%1</translation>
    </message>
    <message>
        <source>no cluster name</source>
        <translation>没有集群名称</translation>
    </message>
    <message>
        <source>the step must be at least 1 s and the points per series between 3 and 11000</source>
        <translation>步长必须至少为 1 s，每个序列的点数必须在 3 到 11000 之间</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>%1 NaN or infinite values skipped, the first: %2</source>
        <translation>已跳过 %1 个 NaN 或无穷大值，第一个：%2</translation>
    </message>
    <message>
        <source>%1 series without an instance label skipped</source>
        <translation>已跳过 %1 个没有 instance 标签的序列</translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation>无法记录本次导入：%1</translation>
    </message>
</context>
<context>
    <name>es::PrometheusResponseParser</name>
    <message>
        <source>the answer is not JSON (%1 at byte %2 of %3)</source>
        <translation>响应不是 JSON（%1，位于 %3 字节中的第 %2 字节）</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>Prometheus answered with an error: %1</source>
        <translation>Prometheus 返回了错误：%1</translation>
    </message>
    <message>
        <source>the answer has no &quot;status&quot;: &quot;success&quot; (not a Prometheus API answer?)</source>
        <translation>响应中没有 &quot;status&quot;: &quot;success&quot;（不是 Prometheus API 的响应？）</translation>
    </message>
    <message>
        <source>expected a range result (resultType matrix), got &apos;%1&apos;</source>
        <translation>应为范围查询结果（resultType matrix），实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the answer&apos;s data.result is not an array</source>
        <translation>响应的 data.result 不是数组</translation>
    </message>
    <message>
        <source>result[%1] is not a series (needs &quot;metric&quot; and &quot;values&quot;)</source>
        <translation>result[%1] 不是序列（需要 &quot;metric&quot; 和 &quot;values&quot;）</translation>
    </message>
    <message>
        <source>result[%1]: label %2 is not a string</source>
        <translation>result[%1]：标签 %2 不是字符串</translation>
    </message>
    <message>
        <source>result[%1].values[%2] is not a [time, &quot;value&quot;] pair</source>
        <translation>result[%1].values[%2] 不是 [time, &quot;value&quot;] 对</translation>
    </message>
    <message>
        <source>result[%1].values[%2]: time %3 is out of range</source>
        <translation>result[%1].values[%2]：时间 %3 超出范围</translation>
    </message>
    <message>
        <source>%1 at %2 in %3</source>
        <translation>%1，位于 %3 的 %2 处</translation>
    </message>
    <message>
        <source>result[%1].values[%2]: &apos;%3&apos; is not a number</source>
        <translation>result[%1].values[%2]：&apos;%3&apos; 不是数字</translation>
    </message>
    <message>
        <source>result[%1]: times are not increasing at point %2</source>
        <translation>result[%1]：时间在第 %2 个点处未递增</translation>
    </message>
</context>
<context>
    <name>es::ProposalDialog</name>
    <message>
        <source>&amp;Plan the follow-up campaign</source>
        <translation>计划后续测试活动(&amp;P)</translation>
    </message>
    <message>
        <source>What to measure next: %1</source>
        <translation>接下来测量什么：%1</translation>
    </message>
    <message>
        <source> core-hours</source>
        <translation> 核心小时</translation>
    </message>
    <message>
        <source>as harvested</source>
        <translation>按已采集的数据</translation>
    </message>
    <message>
        <source>empty: Slurm&apos;s default; or low,high or kHz values</source>
        <translation>留空：使用 Slurm 的默认值；或填 low,high 或以 kHz 为单位的值</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>选中</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>CPU freq.</source>
        <translation>CPU 频率</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Energy, 90% interval</source>
        <translation>能耗，90% 区间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cells where the measured runs predict energy least well come first: never measured, far from what was measured, or noisy. Each is chosen while the budget lasts.</source>
        <translation>实测运行对其能耗预测最差的单元排在最前：从未测量过的、远离已测范围的或波动较大的。只要预算允许，就依次选中。</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source>Node counts to consider:</source>
        <translation>考虑的节点数：</translation>
    </message>
    <message>
        <source>CPU frequencies to consider:</source>
        <translation>考虑的 CPU 频率：</translation>
    </message>
    <message>
        <source>Runs per chosen cell:</source>
        <translation>每个选中单元的运行次数：</translation>
    </message>
    <message>
        <source>Cores per node:</source>
        <translation>每个节点的核心数：</translation>
    </message>
    <message>
        <source>Follow-up campaign name:</source>
        <translation>后续测试活动名称：</translation>
    </message>
    <message>
        <source>P&amp;ropose</source>
        <translation>建议(&amp;R)</translation>
    </message>
    <message>
        <source>Node counts: &apos;%1&apos; is not a node count</source>
        <translation>节点数：&apos;%1&apos; 不是有效的节点数</translation>
    </message>
    <message>
        <source>Reading the measured runs of %1 and the campaigns of its cluster...</source>
        <translation>正在读取 %1 的实测运行及其集群的测试活动...</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) chosen, about %1 core-hours: plan them as a follow-up campaign, then Start it on the Campaigns tab.</source>
        <translation>
            <numerusform>已选中 %n 个单元，约 %1 核心小时：将其计划为后续测试活动，然后在“测试活动”标签页中启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>No cell fits in the budget.</source>
        <translation>没有任何单元能放进预算。</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxCertificatePins</name>
    <message>
        <source>cannot read the certificate pin of %1: %2</source>
        <translation>无法读取 %1 的已固定证书：%2</translation>
    </message>
    <message>
        <source>cannot store the certificate pin of %1: %2</source>
        <translation>无法存储 %1 的已固定证书：%2</translation>
    </message>
    <message>
        <source>cannot remove the certificate pin of %1: %2</source>
        <translation>无法删除 %1 的已固定证书：%2</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxCollector</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cluster resources</source>
        <translation>集群资源</translation>
    </message>
    <message>
        <source>/cluster/resources from %1: %2</source>
        <translation>来自 %1 的 /cluster/resources：%2</translation>
    </message>
    <message>
        <source>host %1 is %2: skipped</source>
        <translation>主机 %1 处于 %2 状态：已跳过</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>%1/status: %2</source>
        <translation>%1/status：%2</translation>
    </message>
    <message>
        <source>%1/rrddata: %2</source>
        <translation>%1/rrddata：%2</translation>
    </message>
    <message>
        <source>guest %1 (%2)</source>
        <translation>客户机 %1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <source>cannot store host %1: %2</source>
        <translation>无法存储主机 %1：%2</translation>
    </message>
    <message>
        <source>ok: %1 hosts, %2 guests from %3</source>
        <translation>成功：来自 %3 的 %1 台主机、%2 台客户机</translation>
    </message>
    <message>
        <source>cannot record the harvest: %1</source>
        <translation>无法记录本次采集：%1</translation>
    </message>
    <message>
        <source>guest %1 has no name: not mapped to a node</source>
        <translation>客户机 %1 没有名称：未映射到节点</translation>
    </message>
    <message>
        <source>guest %1 (%2): node %2 is mapped to VM %3 by hand; map this VM explicitly</source>
        <translation>客户机 %1（%2）：节点 %2 已被手动映射到虚拟机 %3；请显式映射此虚拟机</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxHostMap</name>
    <message>
        <source>cannot read the node-to-VM map: %1</source>
        <translation>无法读取节点到虚拟机的映射：%1</translation>
    </message>
    <message>
        <source>a mapping needs a node name and a VM name</source>
        <translation>映射需要节点名称和虚拟机名称</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot store the mapping %1=%2: %3</source>
        <translation>无法存储映射 %1=%2：%3</translation>
    </message>
    <message>
        <source>cannot commit the mapping: %1</source>
        <translation>无法提交映射：%1</translation>
    </message>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation>存储库中没有名为 %1 的集群</translation>
    </message>
    <message>
        <source>cannot remove the mapping of %1: %2</source>
        <translation>无法删除 %1 的映射：%2</translation>
    </message>
    <message>
        <source>node %1 has no mapping in cluster %2</source>
        <translation>节点 %1 在集群 %2 中没有映射</translation>
    </message>
    <message>
        <source>cannot store the mapping of %1: %2</source>
        <translation>无法存储 %1 的映射：%2</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxParser</name>
    <message>
        <source>cluster resources: expected a list of resources</source>
        <translation>集群资源：应为资源列表</translation>
    </message>
    <message>
        <source>cluster resources entry %1</source>
        <translation>集群资源条目 %1</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1：不是对象</translation>
    </message>
    <message>
        <source>%1: no &apos;type&apos;</source>
        <translation>%1：没有 &apos;type&apos;</translation>
    </message>
    <message>
        <source>%1: a node without a &apos;node&apos; name</source>
        <translation>%1：节点没有 &apos;node&apos; 名称</translation>
    </message>
    <message>
        <source>%1: a guest without a valid &apos;vmid&apos;</source>
        <translation>%1：客户机没有有效的 &apos;vmid&apos;</translation>
    </message>
    <message>
        <source>%1: guest %2 without a &apos;node&apos;</source>
        <translation>%1：客户机 %2 没有 &apos;node&apos;</translation>
    </message>
    <message>
        <source>node status: expected an object</source>
        <translation>节点状态：应为对象</translation>
    </message>
    <message>
        <source>node status</source>
        <translation>节点状态</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an object</source>
        <translation>%1：&apos;%2&apos; 不是对象</translation>
    </message>
    <message>
        <source>%1: &apos;loadavg&apos; is not a list</source>
        <translation>%1：&apos;loadavg&apos; 不是列表</translation>
    </message>
    <message>
        <source>rrddata: expected a list of rows</source>
        <translation>rrddata：应为行列表</translation>
    </message>
    <message>
        <source>rrddata row %1</source>
        <translation>rrddata 第 %1 行</translation>
    </message>
    <message>
        <source>%1: no valid &apos;time&apos;</source>
        <translation>%1：没有有效的 &apos;time&apos;</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>空响应</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the API answered without data</source>
        <translation>API 的响应中没有数据</translation>
    </message>
    <message>
        <source>the API refused the request: %1</source>
        <translation>API 拒绝了请求：%1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number (&quot;%3&quot;)</source>
        <translation>%1：&apos;%2&apos; 不是数字（&quot;%3&quot;）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1：&apos;%2&apos; 不是数字</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1：&apos;%2&apos; 不是有限数值</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an integer</source>
        <translation>%1：&apos;%2&apos; 不是整数</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is out of range</source>
        <translation>%1：&apos;%2&apos; 超出范围</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a string</source>
        <translation>%1：&apos;%2&apos; 不是字符串</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxPveshClient</name>
    <message>
        <source>not an API path: %1</source>
        <translation>不是 API 路径：%1</translation>
    </message>
    <message>
        <source>not an API parameter name: %1</source>
        <translation>不是 API 参数名：%1</translation>
    </message>
    <message>
        <source>invalid environment variable name for the remote pvesh</source>
        <translation>远程 pvesh 的环境变量名无效</translation>
    </message>
    <message>
        <source>pvesh get %1 on %2: %3</source>
        <translation>在 %2 上执行 pvesh get %1：%3</translation>
    </message>
    <message>
        <source>pvesh is not on the PATH of %1 (is it a Proxmox VE host?): %2</source>
        <translation>pvesh 不在 %1 的 PATH 中（它是 Proxmox VE 主机吗？）：%2</translation>
    </message>
    <message>
        <source>pvesh get %1 on %2 failed (exit %3): %4</source>
        <translation>在 %2 上执行 pvesh get %1 失败（退出码 %3）：%4</translation>
    </message>
    <message>
        <source>pvesh on %1</source>
        <translation>%1 上的 pvesh</translation>
    </message>
</context>
<context>
    <name>es::ProxmoxRestClient</name>
    <message>
        <source>the Proxmox URL must be https://HOST[:PORT], not %1</source>
        <translation>Proxmox URL 必须为 https://HOST[:PORT]，而不是 %1</translation>
    </message>
    <message>
        <source>API path %1 does not start with /</source>
        <translation>API 路径 %1 不以 / 开头</translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation>%1 未提供证书</translation>
    </message>
    <message>
        <source>the certificate of %1 changed: pinned SHA-256 %2, the server presents %3. Refused. If the host&apos;s certificate was renewed, compare the new fingerprint with the host&apos;s own (pvenode cert info) before pinning it again</source>
        <translation>%1 的证书已变化：已固定的 SHA-256 为 %2，服务器提供的是 %3。已拒绝。如果该主机的证书已更新，请先将新指纹与主机自身的指纹（pvenode cert info）核对，再重新固定</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2) and not pinned; its SHA-256 fingerprint is %3. Check it against the host (pvenode cert info) and accept it to pin it</source>
        <translation>%1 的证书不受信任（%2）且未固定；其 SHA-256 指纹为 %3。请在该主机上（pvenode cert info）核对后接受该证书以将其固定</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>the certificate of %1 changed: pinned SHA-256 %2, the server presents %3. Refused</source>
        <translation>%1 的证书已变化：已固定的 SHA-256 为 %2，服务器提供的是 %3。已拒绝</translation>
    </message>
    <message>
        <source>%1 refused the API token (HTTP 401 %2): check the token id (USER@REALM!TOKENID) and its secret</source>
        <translation>%1 拒绝了 API 令牌（HTTP 401 %2）：请检查令牌 ID（USER@REALM!TOKENID）及其密钥</translation>
    </message>
    <message>
        <source>the API token may not read %1 (HTTP 403 %2): it needs the Sys.Audit and VM.Audit privileges (and privilege separation off, or the same roles on the token)</source>
        <translation>该 API 令牌无权读取 %1（HTTP 403 %2）：需要 Sys.Audit 和 VM.Audit 权限（并关闭权限分离，或为令牌分配相同的角色）</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3: %4</source>
        <translation>HTTP %1 %2，来自 %3：%4</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s, or the answer exceeded %3 MiB</source>
        <translation>%1 在 %2 s 内没有响应，或响应超过 %3 MiB</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
</context>
<context>
    <name>es::ReportBuilder</name>
    <message>
        <source>(all others)</source>
        <translation>（其他所有）</translation>
    </message>
    <message>
        <source>the report&apos;s range is empty: its end must come after its start</source>
        <translation>报告的范围为空：结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>no cluster named %1 in the store</source>
        <translation>存储库中没有名为 %1 的集群</translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation>无法读取存储库：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>es::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>所有集群</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one file, plots embedded)</source>
        <translation>HTML（单个文件，内嵌图表）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>开始时间（UTC）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To (UTC):</source>
        <translation>结束时间（UTC）(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>集群(&amp;L)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <source>&amp;Every job, also those without a time</source>
        <translation>所有作业，包括没有时间的作业(&amp;E)</translation>
    </message>
    <message>
        <source>Datasets such as C6EnPLS have no start or submission times: no range selects their jobs</source>
        <translation>C6EnPLS 等数据集没有开始时间或提交时间：任何范围都选不到其中的作业</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>es::ReportRenderer</name>
    <message>
        <source>all clusters</source>
        <translation>所有集群</translation>
    </message>
    <message>
        <source>Energy report: %1</source>
        <translation>能耗报告：%1</translation>
    </message>
    <message>
        <source>A job&apos;s energy is its derived metric when there is one, else the value its scheduler accounted. Estimated energy comes from a linear power model of CPU utilisation. Node-hours are duration × nodes.</source>
        <translation>作业的能耗取其推导指标（如有），否则取其调度器记账的值。估算能耗来自基于 CPU 利用率的线性功率模型。节点时数 = 时长 × 节点数。</translation>
    </message>
    <message>
        <source>Energy report</source>
        <translation>能耗报告</translation>
    </message>
    <message>
        <source>cannot produce the PDF of the report</source>
        <translation>无法生成报告的 PDF</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Every job in the store.</source>
        <translation>存储库中的所有作业。</translation>
    </message>
    <message>
        <source>Jobs that started from %1 to %2 (UTC).</source>
        <translation>%1 至 %2（UTC）期间开始的作业。</translation>
    </message>
    <message>
        <source>%1 of them have no start or submission time.</source>
        <translation>其中 %1 个作业没有开始或提交时间。</translation>
    </message>
    <message>
        <source>Generated %1 UTC by HPC Energy Studio.</source>
        <translation>由 HPC Energy Studio 于 %1 UTC 生成。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>没有作业。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Node-hours</source>
        <translation>节点时数</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>能耗（kWh）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>No data for this plot.</source>
        <translation>此图没有数据。</translation>
    </message>
    <message>
        <source>Energy by day (kWh, jobs by start day, UTC)</source>
        <translation>每日能耗（kWh，按作业开始日期统计，UTC）</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Energy against duration (%1n = %2 jobs)</source>
        <translation>能耗与时长的关系（%1n = %2 个作业）</translation>
    </message>
    <message>
        <source>duration (h)</source>
        <translation>时长（h）</translation>
    </message>
    <message>
        <source>energy (kWh)</source>
        <translation>能耗（kWh）</translation>
    </message>
    <message>
        <source>Hottest nodes: mean and peak temperature (°C)</source>
        <translation>最热节点：平均温度和峰值温度（°C）</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>of which without a start or submission time</source>
        <translation>其中没有开始或提交时间的</translation>
    </message>
    <message>
        <source>Jobs without a time (not in any range, left out)</source>
        <translation>没有时间的作业（不属于任何范围，已排除）</translation>
    </message>
    <message>
        <source>Jobs with energy</source>
        <translation>有能耗值的作业</translation>
    </message>
    <message>
        <source>of which measured (Slurm, meters, datasets)</source>
        <translation>其中实测（Slurm、电表、数据集）</translation>
    </message>
    <message>
        <source>of which estimated (power model)</source>
        <translation>其中估算（功率模型）</translation>
    </message>
    <message>
        <source>of which without a recorded source</source>
        <translation>其中未记录来源</translation>
    </message>
    <message>
        <source>Mean power per job (W)</source>
        <translation>每个作业的平均功率（W）</translation>
    </message>
    <message>
        <source>Hottest node</source>
        <translation>最热节点</translation>
    </message>
    <message>
        <source>%1: peak %2 °C, mean %3 °C</source>
        <translation>%1：峰值 %2 °C，平均 %3 °C</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Energy by day</source>
        <translation>每日能耗</translation>
    </message>
    <message>
        <source>Energy and duration</source>
        <translation>能耗与时长</translation>
    </message>
    <message>
        <source>Energy against duration</source>
        <translation>能耗与时长的关系</translation>
    </message>
    <message>
        <source>Pearson&apos;s r between a job&apos;s energy and its duration: %1 over %2 jobs.</source>
        <translation>作业能耗与其时长之间的 Pearson 相关系数 r：%1（共 %2 个作业）。</translation>
    </message>
    <message>
        <source>Node temperatures</source>
        <translation>节点温度</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Peak (°C)</source>
        <translation>峰值（°C）</translation>
    </message>
    <message>
        <source>Mean (°C)</source>
        <translation>平均（°C）</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Energy by partition</source>
        <translation>各分区能耗</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Energy by user</source>
        <translation>按用户统计的能耗</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Energy by job type</source>
        <translation>各作业类型能耗</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>Top %1 jobs by energy</source>
        <translation>能耗最高的 %1 个作业</translation>
    </message>
    <message>
        <source>No job has an energy value in this range.</source>
        <translation>此范围内没有作业具有能耗值。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation>时长（h）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>模型精度</translation>
    </message>
    <message>
        <source>No trained model in the store.</source>
        <translation>存储库中没有已训练的模型。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标变量</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
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
        <translation>基线 RMSE</translation>
    </message>
    <message>
        <source>time-ordered split</source>
        <translation>按时间顺序划分</translation>
    </message>
    <message>
        <source>k-fold</source>
        <translation>k 折</translation>
    </message>
</context>
<context>
    <name>es::SacctDumpReader</name>
    <message>
        <source>%1:%2: %3; a dump without a header line (sacct -n) needs its field list (--format)</source>
        <translation>%1:%2：%3；无表头行的转储（sacct -n）需要提供其字段列表（--format）</translation>
    </message>
    <message>
        <source>%1: empty file, no sacct header</source>
        <translation>%1：文件为空，没有 sacct 表头</translation>
    </message>
    <message>
        <source>%1:%2: the file starts with a header line: import it without --format</source>
        <translation>%1:%2：文件以表头行开头：请不带 --format 导入</translation>
    </message>
    <message>
        <source>%1: --format %2: %3</source>
        <translation>%1：--format %2：%3</translation>
    </message>
    <message>
        <source>%1:%2: a header of sacct&apos;s default output must be followed by its rule of dashes (------------ ----------)</source>
        <translation>%1:%2：sacct 默认输出的表头之后必须是其虚线分隔行（------------ ----------）</translation>
    </message>
    <message>
        <source>%1: a sacct --json file over %2 MiB: export with --parsable2, which is read as it streams</source>
        <translation>%1：sacct --json 文件超过 %2 MiB：请用 --parsable2 导出，该格式可流式读取</translation>
    </message>
    <message>
        <source>%1: %2 values of %3 were cut by sacct (ending in &apos;+&apos;) and are left empty</source>
        <translation>%1：%3 的 %2 个值被 sacct 截断（以 &apos;+&apos; 结尾），已留空</translation>
    </message>
    <message>
        <source>%1: %2 failed jobs have the exit code 0 in this sacct --json (a Slurm 22.05 fault): their exit codes are left unknown</source>
        <translation>%1：此 sacct --json 中有 %2 个失败作业的退出码为 0（Slurm 22.05 的缺陷）：其退出码记为未知</translation>
    </message>
    <message>
        <source>%1: the file has no JobID field: each line is taken as a job with an id made up from the line (noid-...), so steps cannot be told from jobs</source>
        <translation>%1：文件中没有 JobID 字段：每一行都被视为一个作业，其 ID 由该行内容生成（noid-...），因此无法区分作业步与作业</translation>
    </message>
</context>
<context>
    <name>es::SacctFixedWidth</name>
    <message>
        <source>the job id &apos;%1&apos; was cut by sacct (its %2 column is too narrow): export with --parsable2, or widen the column in sacct&apos;s --format</source>
        <translation>作业 ID &apos;%1&apos; 被 sacct 截断（其 %2 列太窄）：请用 --parsable2 导出，或在 sacct 的 --format 中加宽该列</translation>
    </message>
    <message>
        <source>the line holds the control character 0x1f, which sacct&apos;s default output never prints</source>
        <translation>该行包含控制字符 0x1f，而 sacct 的默认输出从不打印该字符</translation>
    </message>
</context>
<context>
    <name>es::SacctJobAssembler</name>
    <message>
        <source>step %1.%2 does not follow its job&apos;s line</source>
        <translation>作业步 %1.%2 未紧跟在其作业所在行之后</translation>
    </message>
</context>
<context>
    <name>es::SacctJsonParser</name>
    <message>
        <source>not sacct --json: %1 at byte %2</source>
        <translation>不是 sacct --json：第 %2 字节处 %1</translation>
    </message>
    <message>
        <source>not sacct --json: no &quot;jobs&quot; list</source>
        <translation>不是 sacct --json：没有 &quot;jobs&quot; 列表</translation>
    </message>
    <message>
        <source>jobs[%1]: no job_id</source>
        <translation>jobs[%1]：没有 job_id</translation>
    </message>
</context>
<context>
    <name>es::SacctParser</name>
    <message>
        <source>not a sacct header line (expected field names such as JobID%1JobName%1State, with JobID)</source>
        <translation>不是 sacct 表头行（应为 JobID%1JobName%1State 这样的字段名，且包含 JobID）</translation>
    </message>
    <message>
        <source>no header line before the first record (run sacct without --noheader, or give the fields)</source>
        <translation>第一条记录之前没有表头行（运行 sacct 时不要加 --noheader，或指定字段）</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>empty JobID</source>
        <translation>JobID 为空</translation>
    </message>
    <message>
        <source>invalid JobID &apos;%1&apos;</source>
        <translation>无效的 JobID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field %1: cannot read &apos;%2&apos;</source>
        <translation>字段 %1：无法读取 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field %1: &apos;%2&apos; is out of range</source>
        <translation>字段 %1：&apos;%2&apos; 超出范围</translation>
    </message>
    <message>
        <source>field ReqMem: %1 MiB per CPU or node times the count is out of range</source>
        <translation>字段 ReqMem：每 CPU 或每节点 %1 MiB 乘以数量后超出范围</translation>
    </message>
    <message>
        <source>the field list has no JobID and no other field sacct writes</source>
        <translation>字段列表中既没有 JobID，也没有 sacct 输出的其他任何字段</translation>
    </message>
</context>
<context>
    <name>es::SamplerCollector</name>
    <message>
        <source>deriving the metrics of the jobs since %1</source>
        <translation>正在推导自 %1 以来的作业指标</translation>
    </message>
    <message>
        <source>%1: no node name for the samples</source>
        <translation>%1：样本没有节点名称</translation>
    </message>
    <message>
        <source>listing %1 on %2</source>
        <translation>正在列出 %2 上的 %1</translation>
    </message>
    <message>
        <source>cannot read the harvest state: %1</source>
        <translation>无法读取采集状态：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>reading %1 (%2 new bytes)</source>
        <translation>正在读取 %1（%2 个新字节）</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source> (from byte %1)</source>
        <translation> （从第 %1 字节起）</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>ok: %1 samples</source>
        <translation>成功：%1 个样本</translation>
    </message>
    <message>
        <source>cannot record the fetch of %1: %2</source>
        <translation>无法记录对 %1 的获取：%2</translation>
    </message>
    <message>
        <source>no node to sample</source>
        <translation>没有要采样的节点</translation>
    </message>
    <message>
        <source>the interval must be more than 0 and at most 3600 s</source>
        <translation>间隔必须大于 0 且不超过 3600 s</translation>
    </message>
    <message>
        <source>the sampler script is missing from this build</source>
        <translation>此构建中缺少采样器脚本</translation>
    </message>
    <message>
        <source>%1 samples stored from %2 nodes</source>
        <translation>已存储来自 %2 个节点的 %1 个样本</translation>
    </message>
    <message>
        <source>%1 is missing from this build</source>
        <translation>此构建中缺少 %1</translation>
    </message>
    <message>
        <source>exited with status %1: %2</source>
        <translation>已退出，状态码 %1：%2</translation>
    </message>
    <message>
        <source>the stream ended after %1 of %2 samples</source>
        <translation>数据流在收到 %2 个样本中的 %1 个后结束</translation>
    </message>
    <message>
        <source>the stream ended after %1 samples, before it was stopped</source>
        <translation>数据流在收到 %1 个样本后、被停止之前就已结束</translation>
    </message>
    <message>
        <source>%1 bad lines, the first: %2</source>
        <translation>%1 行无效，第一行：%2</translation>
    </message>
</context>
<context>
    <name>es::SamplerFileName</name>
    <message>
        <source>&apos;%1&apos; is not a sampler file (JOBID.NODE%2)</source>
        <translation>&apos;%1&apos; 不是采样器文件（JOBID.NODE%2）</translation>
    </message>
    <message>
        <source>not a &apos;SIZE NAME&apos; listing line: &apos;%1&apos;</source>
        <translation>不是 &apos;SIZE NAME&apos; 格式的列表行：&apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>es::SamplerParser</name>
    <message>
        <source>malformed missing line (expected &quot;# missing SOURCE: REASON&quot;)</source>
        <translation>missing 行格式错误（应为 &quot;# missing SOURCE: REASON&quot;）</translation>
    </message>
    <message>
        <source>not an es-sampler line: &apos;%1&apos;</source>
        <translation>不是 es-sampler 行：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: a second es-sampler header</source>
        <translation>第 %1 行：出现第二个 es-sampler 头部</translation>
    </message>
    <message>
        <source>line %1: no #es-sampler header before this line</source>
        <translation>第 %1 行：此行之前没有 #es-sampler 头部</translation>
    </message>
    <message>
        <source>truncated sample line (a complete one ends with &quot; $&quot;)</source>
        <translation>样本行被截断（完整的行以 &quot; $&quot; 结尾）</translation>
    </message>
    <message>
        <source>sample line without a timestamp</source>
        <translation>样本行没有时间戳</translation>
    </message>
    <message>
        <source>sample timestamp %1 is out of range</source>
        <translation>样本时间戳 %1 超出范围</translation>
    </message>
    <message>
        <source>sample timestamp is not a whole number of seconds: &apos;%1&apos;</source>
        <translation>样本时间戳不是整数秒：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a key=value field: &apos;%1&apos;</source>
        <translation>不是 key=value 字段：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed key: &apos;%1&apos;</source>
        <translation>键格式错误：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: not a number: &apos;%2&apos;</source>
        <translation>%1：不是数字：&apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: given twice</source>
        <translation>%1：出现了两次</translation>
    </message>
    <message>
        <source>es-sampler header without a version (expected &quot;#es-sampler v1 ...&quot;)</source>
        <translation>es-sampler 头部没有版本号（应为 &quot;#es-sampler v1 ...&quot;）</translation>
    </message>
    <message>
        <source>es-sampler header with a malformed version: &apos;%1&apos;</source>
        <translation>es-sampler 头部的版本号格式错误：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>es-sampler format v%1 is not supported: this version of Energy Studio reads v%2 only (use the sampler script installed with it)</source>
        <translation>不支持 es-sampler 格式 v%1：此版本的 Energy Studio 只能读取 v%2（请使用随其安装的采样器脚本）</translation>
    </message>
    <message>
        <source>header: not a key=value field: &apos;%1&apos;</source>
        <translation>头部：不是 key=value 字段：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>header: %1: bad value &apos;%2&apos;</source>
        <translation>头部：%1：值 &apos;%2&apos; 无效</translation>
    </message>
</context>
<context>
    <name>es::SamplerStreamParser</name>
    <message>
        <source>line %1: longer than %2 bytes: not es-sampler output</source>
        <translation>第 %1 行：长度超过 %2 字节：不是 es-sampler 输出</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>a second es-sampler header</source>
        <translation>出现第二个 es-sampler 头部</translation>
    </message>
    <message>
        <source>no #es-sampler header before this line</source>
        <translation>此行之前没有 #es-sampler 头</translation>
    </message>
</context>
<context>
    <name>es::SbatchTestOnlyParser</name>
    <message>
        <source>sbatch printed two start lines</source>
        <translation>sbatch 输出了两行开始时间</translation>
    </message>
    <message>
        <source>sbatch --test-only refused the job: %1</source>
        <translation>sbatch --test-only 拒绝了该作业：%1</translation>
    </message>
    <message>
        <source>sbatch --test-only printed nothing</source>
        <translation>sbatch --test-only 没有任何输出</translation>
    </message>
    <message>
        <source>sbatch --test-only printed no &apos;to start at&apos; line: %1</source>
        <translation>sbatch --test-only 未输出 &apos;to start at&apos; 行：%1</translation>
    </message>
    <message>
        <source>cannot read sbatch&apos;s line &apos;%1&apos;</source>
        <translation>无法解析 sbatch 输出的行 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read the job id or processor count in &apos;%1&apos;</source>
        <translation>无法解析 &apos;%1&apos; 中的作业 ID 或处理器数</translation>
    </message>
    <message>
        <source>cannot read the start time &apos;%1&apos; (run sbatch with SLURM_TIME_FORMAT=standard)</source>
        <translation>无法解析开始时间 &apos;%1&apos;（请以 SLURM_TIME_FORMAT=standard 运行 sbatch）</translation>
    </message>
    <message>
        <source>no node list in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 中没有节点列表</translation>
    </message>
    <message>
        <source>no partition name after &apos;in partition&apos; in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 中 &apos;in partition&apos; 之后没有分区名</translation>
    </message>
    <message>
        <source>unexpected text after the node list in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 中节点列表之后有意外的文本</translation>
    </message>
</context>
<context>
    <name>es::SchemaMigrations</name>
    <message>
        <source>the database is not an HPC Energy Studio store (it has tables but no schema_version)</source>
        <translation>该数据库不是 HPC Energy Studio 存储库（有数据表但没有 schema_version）</translation>
    </message>
    <message>
        <source>cannot create the schema: %1</source>
        <translation>无法创建模式：%1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取模式版本：%1</translation>
    </message>
    <message>
        <source>the store has schema version %1, newer than this program supports (%2): open it with a newer HPC Energy Studio</source>
        <translation>存储库的模式版本为 %1，高于本程序支持的版本（%2）：请使用更新版本的 HPC Energy Studio 打开</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>迁移到模式版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation>无法记录模式版本 %1：%2</translation>
    </message>
    <message>
        <source>cannot lock the store to check its schema: %1</source>
        <translation>无法锁定存储库以检查其模式：%1</translation>
    </message>
    <message>
        <source>cannot commit the schema: %1</source>
        <translation>无法提交模式：%1</translation>
    </message>
</context>
<context>
    <name>es::ScontrolNodeParser</name>
    <message>
        <source>not a node line (expected NodeName=...)</source>
        <translation>不是节点行（应为 NodeName=...）</translation>
    </message>
    <message>
        <source>empty or invalid NodeName</source>
        <translation>NodeName 为空或无效</translation>
    </message>
    <message>
        <source>%1: not a number in range: &apos;%2&apos;</source>
        <translation>%1：不是范围内的数字：&apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>es::SelectedJobsModel</name>
    <message>
        <source>Job ID</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>es::SilenceAlertEvaluator</name>
    <message>
        <source>%1 of %2: no %3 sample for %4 s after %5 (usually every %6 s)</source>
        <translation>%2 的 %1：%5 之后 %4 s 内没有 %3 样本（通常每 %6 s 一个）</translation>
    </message>
    <message>
        <source>%1 of %2: no %3 sample since %4, %5 s (usually every %6 s)%7</source>
        <translation>%2 的 %1：自 %4 起没有 %3 样本，已 %5 s（通常每 %6 s 一个）%7</translation>
    </message>
    <message>
        <source>; its state: %1</source>
        <translation>；其状态：%1</translation>
    </message>
</context>
<context>
    <name>es::SlurmCollector</name>
    <message>
        <source>cannot read the harvest state: %1</source>
        <translation>无法读取采集状态：%1</translation>
    </message>
    <message>
        <source>checking Slurm</source>
        <translation>正在检查 Slurm</translation>
    </message>
    <message>
        <source>reading job history</source>
        <translation>正在读取作业历史</translation>
    </message>
    <message>
        <source>sacct on %1 exited with status %2: %3</source>
        <translation>%1 上的 sacct 退出，状态码 %2：%3</translation>
    </message>
    <message>
        <source>sacct on %1 printed nothing, not even its header</source>
        <translation>%1 上的 sacct 没有任何输出，连表头也没有</translation>
    </message>
    <message>
        <source>reading node state</source>
        <translation>正在读取节点状态</translation>
    </message>
    <message>
        <source>cannot record the harvest: %1</source>
        <translation>无法记录本次采集：%1</translation>
    </message>
    <message>
        <source>scontrol show node output line %1: %2</source>
        <translation>scontrol show node 输出第 %1 行：%2</translation>
    </message>
    <message>
        <source>cannot store node %1: %2</source>
        <translation>无法保存节点 %1：%2</translation>
    </message>
    <message>
        <source>cannot store a sample of node %1: %2</source>
        <translation>无法保存节点 %1 的样本：%2</translation>
    </message>
    <message>
        <source>sacct output line 1: %1</source>
        <translation>sacct 输出第 1 行：%1</translation>
    </message>
    <message>
        <source>sacct output line %1: %2</source>
        <translation>sacct 输出第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>es::SlurmSubmitter</name>
    <message>
        <source>sbatch refused the job (exit %1): %2</source>
        <translation>sbatch 拒绝了该作业（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>sbatch answered no job id: &apos;%1&apos;</source>
        <translation>sbatch 未返回作业 ID：&apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>es::SshSession</name>
    <message>
        <source>no host given</source>
        <translation>未指定主机</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>无法创建 SSH 会话</translation>
    </message>
    <message>
        <source>cannot read the SSH configuration: %1</source>
        <translation>无法读取 SSH 配置：%1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 未发送主机密钥</translation>
    </message>
    <message>
        <source>cannot hash the host key of %1</source>
        <translation>无法计算 %1 主机密钥的哈希值</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED: it now presents %2 %3, which does not match the key recorded in %4. Refusing to connect: this can be an attack. If the server&apos;s key was really replaced, remove that entry and connect again.</source>
        <translation>%1 的主机密钥已更改：它现在提供的是 %2 %3，与 %4 中记录的密钥不符。拒绝连接：这可能是一次攻击。如果服务器的密钥确实已更换，请删除该条目后重新连接。</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted</source>
        <translation>%1 的主机密钥未知（%2 %3），且未被接受</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>无法检查 %1 的主机密钥：%2</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation>密钥文件 %1 不存在</translation>
    </message>
    <message>
        <source>cannot read the private key %1 (wrong passphrase, or not a key)</source>
        <translation>无法读取私钥 %1（密码短语错误，或不是密钥文件）</translation>
    </message>
    <message>
        <source>default keys</source>
        <translation>默认密钥</translation>
    </message>
    <message>
        <source>authentication to %1 failed (the server offers: %2; tried: %3)</source>
        <translation>向 %1 认证失败（服务器支持：%2；已尝试：%3）</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>cannot open a channel to %1: %2</source>
        <translation>无法打开到 %1 的通道：%2</translation>
    </message>
    <message>
        <source>cannot run a command on %1: %2</source>
        <translation>无法在 %1 上运行命令：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the connection to %1 was lost: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <source>the connection to %1 was lost</source>
        <translation>与 %1 的连接已断开</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 在 %2 s 内没有发送任何数据</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2 exited with status %3: %4</source>
        <translation>%2 上的 &apos;%1&apos; 退出，状态码 %3：%4</translation>
    </message>
    <message>
        <source>cannot send the input to %1: %2</source>
        <translation>无法向 %1 发送输入：%2</translation>
    </message>
    <message>
        <source>cannot close the input to %1: %2</source>
        <translation>无法关闭到 %1 的输入：%2</translation>
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
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: %2</source>
        <translation>%1 不是 SQLite 数据库：%2</translation>
    </message>
    <message>
        <source>invalid PostgreSQL URL %1: expected postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>无效的 PostgreSQL URL %1：应为 postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed</source>
        <translation>未安装 Qt PostgreSQL 驱动（QPSQL）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>a cluster needs a name</source>
        <translation>集群需要一个名称</translation>
    </message>
    <message>
        <source>cannot add cluster %1: %2</source>
        <translation>无法添加集群 %1：%2</translation>
    </message>
    <message>
        <source>cannot add cluster %1</source>
        <translation>无法添加集群 %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>PRAGMA journal_mode=WAL failed: %1</source>
        <translation>PRAGMA journal_mode=WAL 失败：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2 (is its disk full? nothing was changed)</source>
        <translation>无法读取 %1：%2（磁盘是否已满？未做任何更改）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>es::StoreActionWorker</name>
    <message>
        <source>cannot list the clusters: %1</source>
        <translation>无法列出集群：%1</translation>
    </message>
    <message>
        <source>Deriving the metrics of %1</source>
        <translation>正在推导 %1 的指标</translation>
    </message>
    <message>
        <source>Cancelled: nothing written for %1.</source>
        <translation>已取消：未为 %1 写入任何内容。</translation>
    </message>
    <message>
        <source>metrics derive %1: %2</source>
        <translation>metrics derive %1：%2</translation>
    </message>
    <message>
        <source>Energy derived for %1 (%2 measured, %3 estimated by the power model); metrics for %4 in all.</source>
        <translation>已推导 %1 的能耗（实测 %2，由功率模型估算 %3）；共为 %4 生成了指标。</translation>
    </message>
    <message>
        <source>%1 job</source>
        <translation>%1 个作业</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 个作业</translation>
    </message>
    <message>
        <source>Checking the alerts of %1</source>
        <translation>正在检查 %1 的告警</translation>
    </message>
    <message>
        <source>alerts check %1: %2</source>
        <translation>alerts check %1：%2</translation>
    </message>
    <message>
        <source>Alerts checked on %1: %2, %3 updated.</source>
        <translation>已检查 %1 的告警：%2，已更新 %3。</translation>
    </message>
    <message>
        <source>%1 cluster</source>
        <translation>%1 个集群</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 个集群</translation>
    </message>
    <message>
        <source>%1 new event</source>
        <translation>%1 个新事件</translation>
    </message>
    <message>
        <source>%1 new events</source>
        <translation>%1 个新事件</translation>
    </message>
</context>
<context>
    <name>es::SwfParser</name>
    <message>
        <source>negative job number</source>
        <translation>作业编号为负数</translation>
    </message>
    <message>
        <source>UnixStartTime &apos;%1&apos; is not a time in range</source>
        <translation>UnixStartTime &apos;%1&apos; 不是有效范围内的时间</translation>
    </message>
    <message>
        <source>job number</source>
        <translation>作业编号</translation>
    </message>
    <message>
        <source>submit time</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>wait time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>run time</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>allocated processors</source>
        <translation>已分配处理器数</translation>
    </message>
    <message>
        <source>average CPU time</source>
        <translation>平均 CPU 时间</translation>
    </message>
    <message>
        <source>used memory</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <source>requested processors</source>
        <translation>请求的处理器数</translation>
    </message>
    <message>
        <source>requested time</source>
        <translation>请求时间</translation>
    </message>
    <message>
        <source>requested memory</source>
        <translation>请求的内存</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>group id</source>
        <translation>组 ID</translation>
    </message>
    <message>
        <source>executable number</source>
        <translation>可执行程序编号</translation>
    </message>
    <message>
        <source>queue number</source>
        <translation>队列编号</translation>
    </message>
    <message>
        <source>partition number</source>
        <translation>分区编号</translation>
    </message>
    <message>
        <source>preceding job number</source>
        <translation>前序作业编号</translation>
    </message>
    <message>
        <source>think time</source>
        <translation>思考时间</translation>
    </message>
    <message>
        <source>field %1 (%2): &apos;%3&apos; is out of range</source>
        <translation>字段 %1（%2）：&apos;%3&apos; 超出范围</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>超过 %1 个字段</translation>
    </message>
    <message>
        <source>field %1 is not a number: &apos;%2&apos; (%3)</source>
        <translation>字段 %1 不是数字：&apos;%2&apos;（%3）</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>%1 个字段，应为 %2 个</translation>
    </message>
    <message>
        <source>field %1 (%2): %3 + %4 is past the latest time accepted</source>
        <translation>字段 %1（%2）：%3 + %4 晚于可接受的最晚时间</translation>
    </message>
    <message>
        <source>field 6 (average CPU time) x processors is out of range</source>
        <translation>字段 6（平均 CPU 时间）乘以处理器数超出范围</translation>
    </message>
    <message>
        <source>field 10 (requested memory) x processors is out of range</source>
        <translation>字段 10（请求的内存）乘以处理器数超出范围</translation>
    </message>
</context>
<context>
    <name>es::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>The colours of windows and plots, from the next start</source>
        <translation>窗口和图表的颜色，下次启动时生效</translation>
    </message>
    <message>
        <source>&amp;System Theme</source>
        <translation>系统主题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The new theme is used from the next start of HPC Energy Studio.</source>
        <translation>新主题将在 HPC Energy Studio 下次启动时使用。</translation>
    </message>
</context>
<context>
    <name>es::WelcomePanel</name>
    <message>
        <source>&lt;h2&gt;Welcome to HPC Energy Studio&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 HPC Energy Studio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This store holds no jobs yet. Fill it in one of three ways; every tab then shows what the jobs cost in energy and heat.</source>
        <translation>此存储库中还没有作业。可通过以下三种方式之一填充；之后每个标签页都会显示作业在能耗和发热上的代价。</translation>
    </message>
    <message>
        <source>Connect to a Cluster</source>
        <translation>连接到集群</translation>
    </message>
    <message>
        <source>Harvest the job history, node state and sensors of a Slurm cluster over SSH (the Connections tab).</source>
        <translation>通过 SSH 采集 Slurm 集群的作业历史、节点状态和传感器数据（“连接”标签页）。</translation>
    </message>
    <message>
        <source>Import a File…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>A Slurm sacct dump, a Parallel Workloads Archive trace (SWF) or a per-job CSV dataset with energy.</source>
        <translation>Slurm 的 sacct 转储、Parallel Workloads Archive 轨迹（SWF）或带能耗的按作业 CSV 数据集。</translation>
    </message>
    <message>
        <source>Open the Sample Data</source>
        <translation>打开示例数据</translation>
    </message>
    <message>
        <source>7,235 real jobs of the CRESCO6 cluster with measured energy: energy, models and correlations at once.</source>
        <translation>CRESCO6 集群的 7235 个真实作业及其实测能耗：立即查看能耗、模型和相关性。</translation>
    </message>
    <message>
        <source>Sample data: C6EnPLS, Artioli et al., Future Internet 17 (2025) 203, doi:10.3390/fi17050203; CC0-1.0.</source>
        <translation>示例数据：C6EnPLS，Artioli 等，Future Internet 17 (2025) 203，doi:10.3390/fi17050203；CC0-1.0。</translation>
    </message>
</context>
<context>
    <name>es::ml::AdviceForests</name>
    <message>
        <source>advice: training</source>
        <translation>建议：正在训练</translation>
    </message>
    <message>
        <source>no measured task to learn from</source>
        <translation>没有可供学习的实测任务</translation>
    </message>
</context>
<context>
    <name>es::ml::AdviceReplay</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>a replay needs at least 2 group folds and 2 inner folds</source>
        <translation>回放至少需要 2 个分组折和 2 个内层折</translation>
    </message>
    <message>
        <source>the time limit must be a percentage of 0 or more</source>
        <translation>时间限制必须是不小于 0 的百分比</translation>
    </message>
    <message>
        <source>%1 tasks cannot be held out in %2 folds</source>
        <translation>%1 个任务无法在 %2 折中留出</translation>
    </message>
</context>
<context>
    <name>es::ml::CampaignProposer</name>
    <message>
        <source>never measured</source>
        <translation>从未测量</translation>
    </message>
    <message>
        <source>measured on %1 node(s) only</source>
        <translation>仅在 %1 个节点上测量过</translation>
    </message>
    <message>
        <source>never measured at this CPU frequency</source>
        <translation>从未在此 CPU 频率下测量</translation>
    </message>
    <message numerus="yes">
        <source>%n completed run(s): too few to tell the spread</source>
        <translation>
            <numerusform>%n 次完成的运行：太少，无法估计离散程度</numerusform>
        </translation>
    </message>
    <message>
        <source>; over the budget left (%1 core-hours)</source>
        <translation>；超出剩余预算（%1 核心小时）</translation>
    </message>
    <message numerus="yes">
        <source>90% interval from ×%1 to ×%2 of the prediction (%n run(s) of this cell)</source>
        <translation>
            <numerusform>90% 区间为预测值的 ×%1 到 ×%2（此单元有 %n 次运行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ml::CrossValidation</name>
    <message>
        <source>%1-fold CV, out-of-fold</source>
        <translation>%1 折交叉验证，折外预测</translation>
    </message>
    <message>
        <source>time-ordered, %1 forward blocks</source>
        <translation>按时间排序，%1 个前向块</translation>
    </message>
</context>
<context>
    <name>es::ml::CsvDatasetReader</name>
    <message>
        <source>a CSV dataset needs a target column and at least one feature column</source>
        <translation>CSV 数据集需要一个目标变量列和至少一个特征列</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header line)</source>
        <translation>%1：文件为空（没有表头行）</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>CSV %1, target %2</source>
        <translation>CSV %1，目标变量 %2</translation>
    </message>
    <message>
        <source>%1 rows without a value for %2 were left out</source>
        <translation>已排除 %1 个缺少 %2 值的行</translation>
    </message>
    <message>
        <source>%1 rows with an empty numeric feature were left out</source>
        <translation>已排除 %1 个数值特征为空的行</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos;: unknown suffix &apos;:%2&apos; (use :cat, :num, :after)</source>
        <translation>特征 &apos;%1&apos;：未知后缀 &apos;:%2&apos;（可用 :cat、:num、:after）</translation>
    </message>
    <message>
        <source>an empty feature name in --features</source>
        <translation>--features 中有空的特征名</translation>
    </message>
    <message>
        <source>%1 is the target: it cannot also be a feature</source>
        <translation>%1 是目标变量：不能同时作为特征</translation>
    </message>
    <message>
        <source>%1: no column named &apos;%2&apos; (the header has: %3)</source>
        <translation>%1：没有名为 &apos;%2&apos; 的列（表头包含：%3）</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, the header has %4</source>
        <translation>%1:%2: %3 个字段，而表头有 %4 个</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number (name it %3:cat for a categorical feature)</source>
        <translation>%1：&apos;%2&apos; 不是数字（若为类别特征，请命名为 %3:cat）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1：&apos;%2&apos; 不是有限数值</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time in epoch seconds</source>
        <translation>%1：&apos;%2&apos; 不是以 Unix 纪元秒表示的时间</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a fold number (0, 1, ...)</source>
        <translation>%1：&apos;%2&apos; 不是折编号（0、1、...）</translation>
    </message>
    <message>
        <source>%1:%2: column %3</source>
        <translation>%1:%2: 列 %3</translation>
    </message>
    <message>
        <source>%1: the target &apos;%2&apos; is not a number</source>
        <translation>%1：目标变量 &apos;%2&apos; 不是数字</translation>
    </message>
    <message>
        <source>%1: the target &apos;%2&apos; is not a finite number</source>
        <translation>%1：目标变量 &apos;%2&apos; 不是有限数</translation>
    </message>
</context>
<context>
    <name>es::ml::Dataset</name>
    <message>
        <source>the dataset is empty: no row has a value for the target %1</source>
        <translation>数据集为空：没有任何行具有目标变量 %1 的值</translation>
    </message>
    <message>
        <source>the dataset has %1 rows; at least %2 are needed to train and validate</source>
        <translation>数据集只有 %1 行；训练和验证至少需要 %2 行</translation>
    </message>
    <message>
        <source>the dataset has no feature columns</source>
        <translation>数据集没有特征列</translation>
    </message>
    <message>
        <source>column %1 has %2 values for %3 rows</source>
        <translation>列 %1 有 %2 个值，但共有 %3 行</translation>
    </message>
    <message>
        <source>the target %1 is also a feature</source>
        <translation>目标变量 %1 同时也是特征</translation>
    </message>
    <message>
        <source>column %1 has a value that is not a finite number</source>
        <translation>列 %1 中有不是有限数的值</translation>
    </message>
    <message>
        <source>the dataset&apos;s side columns (time, group, requested time, fold) do not match its rows</source>
        <translation>数据集的附加列（时间、分组、请求时间、折）与其行不匹配</translation>
    </message>
    <message>
        <source>the target %1 has a value that is not a finite number</source>
        <translation>目标变量 %1 中有不是有限数的值</translation>
    </message>
    <message>
        <source>the target %1 is constant (%2 in every row): there is nothing to learn</source>
        <translation>目标变量 %1 为常量（每行均为 %2）：没有可学习的内容</translation>
    </message>
</context>
<context>
    <name>es::ml::DatasetLoader</name>
    <message>
        <source>cannot read the jobs: %1</source>
        <translation>无法读取作业：%1</translation>
    </message>
    <message>
        <source>%1 jobs without a value for %2 were left out</source>
        <translation>已排除 %1 个缺少 %2 值的作业</translation>
    </message>
    <message>
        <source>store %1%2, target %3, %4 features</source>
        <translation>存储库 %1%2，目标变量 %3，%4特征</translation>
    </message>
    <message>
        <source>, cluster %1</source>
        <translation>，集群 %1</translation>
    </message>
    <message>
        <source>before- and after-run</source>
        <translation>运行前和运行后</translation>
    </message>
    <message>
        <source>before-run</source>
        <translation>运行前</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos; (%2 or a numeric feature)</source>
        <translation>未知的目标变量 &apos;%1&apos;（应为 %2 或某个数值特征）</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos;</source>
        <translation>未知特征 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos; (the store&apos;s dataset features: %2)</source>
        <translation>未知特征 &apos;%1&apos;（存储库的数据集特征：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot read the dataset features: %1</source>
        <translation>无法读取数据集特征：%1</translation>
    </message>
    <message>
        <source>feature %1 dropped: it has a single value</source>
        <translation>已丢弃特征 %1：只有单一取值</translation>
    </message>
    <message>
        <source>feature %1 dropped: unknown for %2 of %3 jobs</source>
        <translation>已丢弃特征 %1：%3 个作业中有 %2 个未知</translation>
    </message>
    <message>
        <source>feature %1 dropped: constant</source>
        <translation>已丢弃特征 %1：常量</translation>
    </message>
    <message>
        <source>%1 jobs with an unknown numeric feature were left out</source>
        <translation>已排除 %1 个数值特征未知的作业</translation>
    </message>
</context>
<context>
    <name>es::ml::DlibRegressors</name>
    <message>
        <source>the model data is for &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>模型数据属于 &apos;%1&apos;，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the model data is damaged: %1</source>
        <translation>模型数据已损坏：%1</translation>
    </message>
    <message>
        <source>random forest training failed: %1</source>
        <translation>随机森林训练失败：%1</translation>
    </message>
    <message>
        <source>%1 training failed: %2</source>
        <translation>%1 训练失败：%2</translation>
    </message>
    <message>
        <source>svr training found no finite solution</source>
        <translation>svr 训练未找到有限解</translation>
    </message>
    <message>
        <source>the model data is damaged: a basis vector of %1 values, not %2</source>
        <translation>模型数据已损坏：基向量有 %1 个值，而不是 %2 个</translation>
    </message>
</context>
<context>
    <name>es::ml::FeatureSpec</name>
    <message>
        <source>no rows to fit the features on</source>
        <translation>没有可用于拟合特征的行</translation>
    </message>
    <message>
        <source>the log transform needs a target without negative values (%1 has some)</source>
        <translation>对数变换要求目标变量没有负值（%1 中存在负值）</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>not trained with %1</source>
        <translation>训练时未使用 %1</translation>
    </message>
    <message>
        <source>the model&apos;s inputs are %1; %2</source>
        <translation>模型的输入为 %1；%2</translation>
    </message>
    <message>
        <source>%1 must be a finite number, got &apos;%2&apos;</source>
        <translation>%1 必须是有限数，实际为 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the feature specification is incomplete (no target, no features or a bad scale)</source>
        <translation>特征规格不完整（没有目标变量、没有特征或缩放参数无效）</translation>
    </message>
    <message>
        <source>the feature specification has a feature without a name or with an unknown kind &apos;%1&apos;</source>
        <translation>特征规格中有特征缺少名称，或其类型 &apos;%1&apos; 未知</translation>
    </message>
    <message>
        <source>the feature %1 has a bad scale</source>
        <translation>特征 %1 的缩放参数无效</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the feature specification has a bad log offset</source>
        <translation>特征规格中的对数偏移量无效</translation>
    </message>
    <message>
        <source>the feature specification has a target range whose minimum is above its maximum</source>
        <translation>特征规格中目标变量范围的最小值大于最大值</translation>
    </message>
</context>
<context>
    <name>es::ml::JobFeatureReader</name>
    <message>
        <source>cannot read job %1: %2</source>
        <translation>无法读取作业 %1：%2</translation>
    </message>
    <message>
        <source>there is no job %1 in the store</source>
        <translation>存储库中没有作业 %1</translation>
    </message>
    <message>
        <source>there is no job %1 in cluster %2</source>
        <translation>集群 %2 中没有作业 %1</translation>
    </message>
    <message>
        <source>job %1 is in several clusters (%2): name one with --cluster</source>
        <translation>作业 %1 存在于多个集群中（%2）：请用 --cluster 指定其中一个</translation>
    </message>
    <message>
        <source>cannot read the dataset features of job %1: %2</source>
        <translation>无法读取作业 %1 的数据集特征：%2</translation>
    </message>
    <message>
        <source>cannot read the recent run times of job %1&apos;s user: %2</source>
        <translation>无法读取作业 %1 的用户最近的运行时间：%2</translation>
    </message>
</context>
<context>
    <name>es::ml::LoadForecaster</name>
    <message>
        <source>cannot read the jobs: %1</source>
        <translation>无法读取作业：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no jobs with a start and an end time: nothing to forecast from</source>
        <translation>没有同时具有开始和结束时间的作业：无从预测</translation>
    </message>
    <message>
        <source>the horizon must be between 1 and 1440 minutes, not %1</source>
        <translation>预测时长必须在 1 到 1440 分钟之间，而不是 %1</translation>
    </message>
    <message>
        <source>only the last %1 days of history are used</source>
        <translation>仅使用最近 %1 天的历史数据</translation>
    </message>
    <message>
        <source>%1 minutes of history are too few for a %2-minute forecast (at least %3 are needed)</source>
        <translation>%1 分钟的历史数据不足以进行 %2 分钟的预测（至少需要 %3 分钟）</translation>
    </message>
    <message>
        <source>less than 3 days of history: no daily lag feature</source>
        <translation>历史数据不足 3 天：不使用日滞后特征</translation>
    </message>
    <message>
        <source>time-ordered holdout: train on minutes before %1, test on the last %2 minutes</source>
        <translation>按时间顺序留出：用 %1 之前的分钟数据训练，用最后 %2 分钟测试</translation>
    </message>
    <message>
        <source>forecast: evaluating the %1-minute model</source>
        <translation>预测：正在评估 %1 分钟模型</translation>
    </message>
    <message>
        <source>seasonal-naive needs a day of history before the test part: not computed</source>
        <translation>季节性朴素基线（seasonal-naive）需要测试段之前至少一天的历史数据：未计算</translation>
    </message>
    <message>
        <source>forecast: fitting the %1-minute model on all history</source>
        <translation>预测：正在用全部历史数据拟合 %1 分钟模型</translation>
    </message>
</context>
<context>
    <name>es::ml::Model</name>
    <message>
        <source>the model was saved in format version %1, newer than this program reads (%2): use a newer HPC Energy Studio</source>
        <translation>该模型以格式版本 %1 保存，高于本程序可读取的版本（%2）：请使用更新版本的 HPC Energy Studio</translation>
    </message>
    <message>
        <source>the model has an invalid format version %1</source>
        <translation>模型的格式版本 %1 无效</translation>
    </message>
    <message>
        <source>the model&apos;s algorithm &apos;%1&apos; is unknown to this program</source>
        <translation>本程序不认识模型的算法 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the model is damaged: its regressor takes %1 inputs, its feature specification gives %2</source>
        <translation>模型已损坏：其回归器接受 %1 个输入，而特征规格给出 %2 个</translation>
    </message>
</context>
<context>
    <name>es::ml::ModelRegistry</name>
    <message>
        <source>there is no trained model to save</source>
        <translation>没有可保存的已训练模型</translation>
    </message>
    <message>
        <source>cannot save the model: %1</source>
        <translation>无法保存模型：%1</translation>
    </message>
    <message>
        <source>cannot list the models: %1</source>
        <translation>无法列出模型：%1</translation>
    </message>
    <message>
        <source>cannot read model %1: %2</source>
        <translation>无法读取模型 %1：%2</translation>
    </message>
    <message>
        <source>there is no model %1 (see: models list)</source>
        <translation>不存在模型 %1（参见：models list）</translation>
    </message>
    <message>
        <source>model %1: %2</source>
        <translation>模型 %1：%2</translation>
    </message>
    <message>
        <source>cannot remove model %1: %2</source>
        <translation>无法删除模型 %1：%2</translation>
    </message>
    <message>
        <source>there is no model %1</source>
        <translation>不存在模型 %1</translation>
    </message>
    <message>
        <source>cannot record the prediction: %1</source>
        <translation>无法记录预测：%1</translation>
    </message>
</context>
<context>
    <name>es::ml::PlacementAdvisor</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the carbon objective needs a carbon series (import-carbon, then --carbon NAME)</source>
        <translation>碳排放优化目标需要碳强度序列（先执行 import-carbon，再使用 --carbon NAME）</translation>
    </message>
    <message>
        <source>no advice: no job of cluster %1 has both a measured energy and a run time</source>
        <translation>无建议：集群 %1 中没有同时具有实测能耗和运行时间的作业</translation>
    </message>
    <message>
        <source>no advice: %1</source>
        <translation>无建议：%1</translation>
    </message>
    <message>
        <source>no advice: no measured run of jobs named &apos;%1&apos; in cluster %2 — outside what we have measured</source>
        <translation>无建议：集群 %2 中没有名为 &apos;%1&apos; 的作业的实测运行记录——超出了已实测的范围</translation>
    </message>
    <message>
        <source>no advice: the job&apos;s own request cannot be a candidate (fewer CPUs than nodes)</source>
        <translation>无建议：作业自身的资源请求不能作为候选方案（CPU 数少于节点数）</translation>
    </message>
    <message>
        <source>cannot read the job history: %1</source>
        <translation>无法读取作业历史：%1</translation>
    </message>
    <message>
        <source>store, cluster %1: jobs with measured energy</source>
        <translation>存储库，集群 %1：具有实测能耗的作业</translation>
    </message>
    <message>
        <source>the carbon series %1 has no points around the run (import-carbon first)</source>
        <translation>碳强度序列 %1 在该运行时段附近没有数据点（请先执行 import-carbon）</translation>
    </message>
    <message>
        <source>%1 nodes, %2 CPUs: no carbon figure: %3</source>
        <translation>%1 个节点、%2 个 CPU：无碳排放数值：%3</translation>
    </message>
    <message>
        <source>no advice: no candidate is within the limits and the measured range</source>
        <translation>无建议：没有候选方案既在限制范围内又处于实测范围内</translation>
    </message>
</context>
<context>
    <name>es::ml::PredictionAccuracy</name>
    <message>
        <source>cannot read model %1: %2</source>
        <translation>无法读取模型 %1：%2</translation>
    </message>
    <message>
        <source>there is no model %1</source>
        <translation>不存在模型 %1</translation>
    </message>
    <message>
        <source>cannot read the predictions of model %1: %2</source>
        <translation>无法读取模型 %1 的预测：%2</translation>
    </message>
</context>
<context>
    <name>es::ml::ReplayTable</name>
    <message>
        <source>a replay needs a target column, a time column, task columns and option columns</source>
        <translation>回放需要目标变量列、时间列、任务列和选项列</translation>
    </message>
    <message>
        <source>the column %1 is named twice (each column has one role)</source>
        <translation>列 %1 被指定了两次（每列只能承担一种角色）</translation>
    </message>
    <message>
        <source>the data has no column %1</source>
        <translation>数据中没有列 %1</translation>
    </message>
    <message>
        <source>%1 runs without a positive %2 or %3 were left out</source>
        <translation>已排除 %1 次 %2 或 %3 不为正数的运行</translation>
    </message>
    <message>
        <source>the data has %1 task(s): a replay holds tasks out, it needs at least two</source>
        <translation>数据中只有 %1 个任务：回放需要留出任务，至少需要两个</translation>
    </message>
    <message>
        <source>a candidate needs a known task and a value for each of %1</source>
        <translation>候选方案需要一个已知任务，并为 %1 中的每一项提供取值</translation>
    </message>
    <message>
        <source>%1 must be a number, got &apos;%2&apos;</source>
        <translation>%1 必须是数字，实际为 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; was never measured (known: %3)</source>
        <translation>%1 = &apos;%2&apos; 从未实测过（已知：%3）</translation>
    </message>
</context>
<context>
    <name>es::ml::RidgeRegressor</name>
    <message>
        <source>ridge regression: no finite solution</source>
        <translation>岭回归：没有有限解</translation>
    </message>
    <message>
        <source>the ridge model data is damaged</source>
        <translation>岭回归模型数据已损坏</translation>
    </message>
    <message>
        <source>the ridge model data is truncated</source>
        <translation>岭回归模型数据被截断</translation>
    </message>
</context>
<context>
    <name>es::ml::RunTimeBaselines</name>
    <message>
        <source>requested time</source>
        <translation>请求时间</translation>
    </message>
    <message>
        <source>mean of the user&apos;s last two run times</source>
        <translation>该用户最近两个作业运行时间的均值</translation>
    </message>
    <message>
        <source>mean per %1</source>
        <translation>按 %1 的均值</translation>
    </message>
    <message>
        <source>training mean</source>
        <translation>训练集均值</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
</context>
<context>
    <name>es::ml::Trainer</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: inner cross-validation</source>
        <translation>%1：内层交叉验证</translation>
    </message>
    <message>
        <source>%1: no hyperparameters could be fitted</source>
        <translation>%1：无法拟合任何超参数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no algorithm to train</source>
        <translation>没有要训练的算法</translation>
    </message>
    <message>
        <source>%1: final fit on all rows</source>
        <translation>%1：在全部行上进行最终拟合</translation>
    </message>
    <message>
        <source>preparing %1 rows</source>
        <translation>正在准备 %1 行</translation>
    </message>
    <message>
        <source>the data has no times: no time-ordered split</source>
        <translation>数据没有时间信息：无法按时间顺序划分</translation>
    </message>
    <message>
        <source>%1 fits on %2 evenly spaced training rows of each split (of up to %3): kernel methods grow with the square of the rows</source>
        <translation>%1 在每个划分中使用 %2 个均匀间隔抽取的训练行进行拟合（最多 %3 行中）：核方法的开销随行数的平方增长</translation>
    </message>
    <message>
        <source>%1 fits on %2 evenly spaced training rows of each split (of up to %3): its trees grow with the rows</source>
        <translation>%1 在每个划分中使用 %2 个均匀间隔抽取的训练行进行拟合（最多 %3 行中）：其树的规模随行数增长</translation>
    </message>
    <message>
        <source>trained on %1 evenly spaced rows of %2: the encoded inputs (up to %3 columns) are capped at %4 MiB</source>
        <translation>使用 %2 行中均匀间隔抽取的 %1 行训练：编码后的输入（最多 %3 列）上限为 %4 MiB</translation>
    </message>
    <message>
        <source>no model beats the baseline: the highest R² on %1 is %2 (%3), the baseline&apos;s (%4) %5</source>
        <translation>没有模型优于基线：%1 上最高的 R² 为 %2（%3），基线（%4）为 %5</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Job energy and heat analysis for Slurm clusters</source>
        <translation>Slurm 集群的作业能耗与热分析</translation>
    </message>
    <message>
        <source>Open the store at LOCATION: an SQLite file or a postgresql:// URL.</source>
        <translation>打开位于 LOCATION 的存储库：SQLite 文件或 postgresql:// URL。</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
</context>
</TS>
