"""Batch processing at scale: streaming sources, worker processes, Dask, resumable sinks.

Nothing here is imported by the core pipeline except `budget`; heavy dependencies (dask,
pyarrow, warcio, zstandard) are imported lazily and come with the `scale` extra.
"""
