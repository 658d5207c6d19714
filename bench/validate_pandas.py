"""The same checks as bench/validate-data.bench.ts's schema, the way a pandas user writes them."""
import json
import sys

import pandas as pd

path = sys.argv[1]
df = pd.read_csv(path, dtype={"origin": str, "destination": str})
n = len(df)
failures = {}
for col in df.columns:
    failures[f"{col}: not-null"] = int(df[col].isna().sum())
failures["delay: type"] = int(0 if pd.api.types.is_integer_dtype(df["delay"]) else n)
failures["delay: min"] = int((df["delay"] < -1000).sum())
failures["delay: max"] = int((df["delay"] > 2000).sum())
failures["distance: type"] = int(0 if pd.api.types.is_integer_dtype(df["distance"]) else n)
failures["distance: min"] = int((df["distance"] < 0).sum())
failures["origin: pattern"] = int((~df["origin"].str.fullmatch(r"[A-Z]{3}")).sum())
failures["destination: pattern"] = int((~df["destination"].str.fullmatch(r"[A-Z]{3}")).sum())
failures["date: type"] = int(pd.to_datetime(df["date"], errors="coerce", format="%Y-%m-%dT%H:%M:%S").isna().sum())
aggregates = {
    "delay: mean": float(df["delay"].mean()),
    "delay: std": float(df["delay"].std()),
    "distance: median": float(df["distance"].median()),
    "origin: distinct-count": int(df["origin"].nunique()),
}
print(json.dumps({"rows": n, "failures": failures, "aggregates": aggregates}))
