"""The floor file only ever rises, and a score below its floor fails the check."""

from __future__ import annotations

import json

import benchmarks.check_floors as check
import benchmarks.run as runner


def fake_results(values):
    return {name: {"metrics": metrics} for name, metrics in values.items()}


def test_raise_floors_never_lowers(tmp_path, monkeypatch):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"b": {"f1": 0.8, "p": 0.5}}))
    monkeypatch.setattr(runner, "FLOORS", floors)
    runner.raise_floors(fake_results({"b": {"f1": 0.7, "p": 0.6, "new": 1.0}}))
    assert json.loads(floors.read_text()) == {"b": {"f1": 0.8, "p": 0.6}}


def test_check_fails_when_a_score_drops(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(check, "load_floors", lambda: {"b": {"f1": 0.8, "p": 0.5}})
    monkeypatch.setattr(check, "run_one", lambda name: {"metrics": {"f1": 0.79, "p": 0.5}})
    assert check.main() == 1
    assert "FLOOR DROPPED: b.f1: 0.79 < floor 0.8" in capsys.readouterr().out
    monkeypatch.setattr(check, "run_one", lambda name: {"metrics": {"f1": 0.8, "p": 0.51}})
    assert check.main() == 0


def test_every_pinned_metric_exists_in_its_benchmark_results():
    for name, metrics in runner.load_floors().items():
        assert name in runner.names(), f"floors.json pins {name}, which is no benchmark"
        saved = json.loads((runner.RESULTS / f"{name}.json").read_text(encoding="utf-8"))["metrics"]
        for key, floor in metrics.items():
            assert key in saved and saved[key] + 1e-9 >= floor, f"{name}.{key}"
