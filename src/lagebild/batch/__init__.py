"""Scale-out: the per-document pipeline as a Dask distributed job writing Parquet layers."""
