"""Evidently's default per-column drift on the flights halves, the way pandas + scipy users compute it
(reference N > 1000: Wasserstein / std for numeric columns with > 5 values, Jensen-Shannon otherwise)."""
import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

ref = pd.read_csv(sys.argv[1], dtype={"origin": str, "destination": str})
cur = pd.read_csv(sys.argv[2], dtype={"origin": str, "destination": str})
out = {}
for col in ["delay", "distance"]:
    r, c = ref[col].dropna(), cur[col].dropna()
    out[col] = float(stats.wasserstein_distance(r, c) / max(np.std(r), 0.001))
for col in ["origin", "destination"]:
    r, c = ref[col].dropna(), cur[col].dropna()
    keys = sorted(set(r.unique()) | set(c.unique()))
    rp = r.value_counts(normalize=True).reindex(keys, fill_value=0)
    cp = c.value_counts(normalize=True).reindex(keys, fill_value=0)
    out[col] = float(distance.jensenshannon(rp.values, cp.values))
print(json.dumps(out))
