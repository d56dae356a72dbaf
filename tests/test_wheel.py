"""The wheel carries every data file Dateline needs and works outside the repository.

Builds the wheel, installs it with `--no-deps` into a fresh virtual
environment whose dependencies (spaCy, the model, …) are borrowed from the
test environment through a path file, then runs the seed article through the
CLI and the API from a directory outside the repository.
"""
from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SEED, needs_shared

REQUIRED_IN_WHEEL = [
    "dateline/schema/article-1.json",
    "dateline/knowledge/data/reporting_verbs.json",
    "dateline/knowledge/data/plover_triggers.json",
    "dateline/knowledge/data/time_lexicon.json",
    "dateline/knowledge/data/registry/actors.json",
]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the project files, so a stale `build/` left in the working tree (setuptools
    never removes modules from it) cannot slip deleted modules into the wheel."""
    out, project = tmp_path_factory.mktemp("wheel"), tmp_path_factory.mktemp("project")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, project / name)
    shutil.copytree(ROOT / "src", project / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(project)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheels = list(out.glob("dateline-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_the_wheel_holds_every_packaged_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in REQUIRED_IN_WHEEL:
        assert required in names, required
    src_data = ROOT / "src" / "dateline" / "knowledge" / "data"
    for path in src_data.rglob("*"):
        if path.is_file() and path.suffix not in (".pyc",) and "__pycache__" not in path.parts:
            rel = "dateline/" + path.relative_to(ROOT / "src" / "dateline").as_posix()
            assert rel in names, f"{rel} is not in the wheel"
    modules = {n for n in names if n.endswith(".py")}
    sources = {"dateline/" + p.relative_to(ROOT / "src" / "dateline").as_posix()
               for p in (ROOT / "src" / "dateline").rglob("*.py")}
    assert modules == sources, (modules ^ sources)
    assert any(n.endswith("entry_points.txt") and "spacy_factories" in zipfile.ZipFile(wheel).read(n).decode()
               for n in names)


@needs_shared
def test_the_installed_wheel_runs_the_seed_through_cli_and_api(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    target = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                            capture_output=True, text=True, check=True).stdout.strip()
    # dependencies come from the test environment; Dateline itself only from the wheel
    (Path(target) / "borrowed_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    proc = subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    where = subprocess.run([str(py), "-c", "import dateline; print(dateline.__file__)"], cwd=work, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert str(env_dir) in where and str(ROOT / "src") not in where
    cli = subprocess.run([str(env_dir / "bin" / "dateline"), "extract", str(SEED), "--format", "json", "--no-db"],
                         cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert cli.returncode == 0, cli.stderr[-2000:]
    record = json.loads(cli.stdout)
    assert record["schema"] == "dateline/article@1" and len(record["events"]) >= 5
    api = subprocess.run([str(py), "-c", (
        "import sys, json, dateline; from dateline.ingest import read_inputs;"
        "a = next(read_inputs([sys.argv[1]])); r = next(dateline.analyze_many([a]));"
        "print(json.dumps(dateline.to_dict(r)))"), str(SEED)],
        cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert api.returncode == 0, api.stderr[-2000:]
    assert json.loads(api.stdout) == record
