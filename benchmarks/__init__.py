"""Benchmarks: accuracy and speed against external data in ../shared and the gold set."""
