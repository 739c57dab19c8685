"""Ingest drills (real processes, bounded): killed, concurrent and full-disk ingests lose nothing,
duplicate nothing and leave a store that passes SQLite's integrity check. Full size: benchmarks/drills.py."""

from __future__ import annotations

import pytest

from tests.drills import concurrent_drill, full_disk_drill, kill_drill


def test_sigkill_at_random_points_then_rerun_loses_and_duplicates_nothing(tmp_path):
    result = kill_drill(tmp_path, kills=2, docs=30)
    assert result["problems"] == []


@pytest.mark.parametrize("processes", [2, 4])
def test_concurrent_ingests_into_one_store(tmp_path, processes):
    result = concurrent_drill(tmp_path, processes, docs=20)
    assert result["failed_processes"] == []
    assert result["problems"] == []


def test_a_full_disk_fails_the_ingest_cleanly_and_a_rerun_completes(tmp_path):
    result = full_disk_drill(tmp_path, docs=200)
    if "skipped" in result:
        pytest.skip(result["skipped"])
    assert result["second_exit"] == 0, result["second_error"]
    assert result["problems"] == []
    assert result["first_exit"] == 1 and "E027" in result["first_error"] and "disk is full" in result["first_error"]
    assert 0 <= result["stored_when_full"] < 200
