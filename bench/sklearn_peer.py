#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
"""The scikit-learn peer of bench_ml: the same CSV, the same outer folds, the same hyperparameter grids.

Usage: /usr/bin/python3 bench/sklearn_peer.py SPEC.json

SPEC.json (written by bench_ml) names the CSV file, the target, the numeric and categorical feature columns, the
fold column (outer folds, identical on both sides), the number of inner folds, whether the target is
log1p-transformed, and per algorithm the hyperparameter grid in bench_ml's names (ridge: lambda; rf: trees,
min_leaf, feature_fraction; krr: gamma, lambda; svr: gamma, c, epsilon).

Per algorithm, timed from reading the CSV to the end: for every outer fold, a Pipeline (StandardScaler on numeric
columns, OneHotEncoder(handle_unknown="ignore") on categorical ones, the target log1p'd when asked and
standardised) tuned by GridSearchCV with shuffled KFold inner folds on the fold's training rows, then predicting
the fold's test rows; finally the same search on every row (the model one would keep). Prints one JSON object:
per algorithm the pooled out-of-fold R², MAPE (zero targets left out) and total seconds, plus versions.
Interpreter start-up and imports are not timed. Run it with Debian's /usr/bin/python3 (python3-sklearn).
"""

import json
import sys
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.kernel_ridge import KernelRidge
from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV, KFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler
from sklearn.svm import SVR


def estimator_and_grid(algorithm, grid):
    if algorithm == "ridge":
        return Ridge(), [{"alpha": [g["lambda"]]} for g in grid]
    if algorithm == "rf":
        # n_jobs=-1: dlib's random forest builds its trees on every hardware thread too.
        return RandomForestRegressor(random_state=1, n_jobs=-1), [
            {"n_estimators": [g["trees"]], "min_samples_leaf": [g["min_leaf"]],
             "max_features": [g["feature_fraction"]]} for g in grid]
    if algorithm == "krr":
        return KernelRidge(kernel="rbf"), [{"gamma": [g["gamma"]], "alpha": [g["lambda"]]} for g in grid]
    if algorithm == "svr":
        return SVR(kernel="rbf", cache_size=400), [
            {"gamma": [g["gamma"]], "C": [g["c"]], "epsilon": [g["epsilon"]]} for g in grid]
    raise ValueError(algorithm)


def make_search(spec, algorithm):
    estimator, grid = estimator_and_grid(algorithm, spec["grids"][algorithm])
    features = ColumnTransformer([
        ("num", StandardScaler(), spec["numeric"]),
        ("cat", OneHotEncoder(handle_unknown="ignore"), spec["categorical"]),
    ])
    target_steps = []
    if spec["log_target"]:
        target_steps.append(("log", FunctionTransformer(np.log1p, np.expm1, check_inverse=False)))
    target_steps.append(("scale", StandardScaler()))
    model = TransformedTargetRegressor(regressor=estimator, transformer=Pipeline(target_steps))
    pipe = Pipeline([("features", features), ("model", model)])
    param_grid = [{"model__regressor__" + k: v for k, v in g.items()} for g in grid]
    inner = KFold(n_splits=spec["inner_folds"], shuffle=True, random_state=7)
    return GridSearchCV(pipe, param_grid, cv=inner, scoring="neg_mean_squared_error")


def run(spec, algorithm):
    start = time.perf_counter()
    frame = pd.read_csv(spec["csv"], dtype={c: str for c in spec["categorical"]}, keep_default_na=False)
    x = frame[spec["numeric"] + spec["categorical"]]
    y = frame[spec["target"]].to_numpy(dtype=float)
    folds = frame[spec["fold_column"]].to_numpy()
    predicted = np.empty_like(y)
    for fold in np.unique(folds):
        test = folds == fold
        search = make_search(spec, algorithm)
        search.fit(x[~test], y[~test])
        predicted[test] = search.predict(x[test])
    final = make_search(spec, algorithm)
    final.fit(x, y)
    seconds = time.perf_counter() - start
    residual = ((y - predicted) ** 2).sum()
    total = ((y - y.mean()) ** 2).sum()
    nonzero = y != 0
    return {
        "r2": 1.0 - residual / total,
        "mape_pct": 100.0 * float(np.mean(np.abs((predicted[nonzero] - y[nonzero]) / y[nonzero]))),
        "mape_excluded_zeros": int((~nonzero).sum()),
        "seconds": seconds,
        "best_params": {k.replace("model__regressor__", ""): v for k, v in final.best_params_.items()},
    }


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    results = {a: run(spec, a) for a in spec["algorithms"]}
    print(json.dumps({"results": results, "sklearn": sklearn.__version__, "numpy": np.__version__,
                      "pandas": pd.__version__}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
