#!/bin/bash
#SBATCH --job-name="solver run" --nodes=2-4
#SBATCH -n 96 -c 2
#SBATCH --mem=4G
#SBATCH -t 1-02:03:04
#SBATCH --partition=cpu --exclusive=user # trailing comment
#SBATCH --account=proj --cpu-freq=1800000-2400000:performance
srun ./solver
