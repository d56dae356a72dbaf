"""Vendor the web UI's JavaScript and CSS from the npm registry into the package (no CDN at run time).

Usage: python scripts/vendor_web_assets.py
Fetches each pinned package with `npm pack`, checks npm's integrity hash, copies the built files and the
package's licence into src/dateline/web/static/vendor/<name>/ and writes VENDORED.json (name, version,
licence, integrity, files). Re-run after changing a pin; commit the result.
"""
from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEST = ROOT / "src" / "dateline" / "web" / "static" / "vendor"

# package, version, files inside the tarball (under package/) -> name in the vendor folder
PACKAGES = [
    ("htmx.org", "2.0.11", {"dist/htmx.min.js": "htmx.min.js"}),
    ("vis-timeline", "8.5.4", {
        "standalone/umd/vis-timeline-graph2d.min.js": "vis-timeline-graph2d.min.js",
        "styles/vis-timeline-graph2d.min.css": "vis-timeline-graph2d.min.css",
    }),
    ("cytoscape", "3.35.0", {"dist/cytoscape.min.js": "cytoscape.min.js"}),
    ("swagger-ui-dist", "5.35.0", {"swagger-ui-bundle.js": "swagger-ui-bundle.js", "swagger-ui.css": "swagger-ui.css"}),
]
LICENCE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "LICENSE-MIT", "LICENSE-APACHE-2.0", "NOTICE")


def _pack(name: str, version: str, work: Path) -> tuple[Path, dict]:
    out = subprocess.run(["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", str(work)],
                         check=True, capture_output=True, text=True, cwd=work).stdout
    info = json.loads(out)[0]
    tgz = work / info["filename"]
    algo, digest = info["integrity"].split("-", 1)
    actual = base64.b64encode(hashlib.new(algo, tgz.read_bytes()).digest()).decode()
    if actual != digest:
        sys.exit(f"error: {name}@{version}: integrity mismatch")
    return tgz, info


def vendor_one(name: str, version: str, files: dict[str, str], work: Path) -> dict:
    tgz, info = _pack(name, version, work)
    folder = DEST / name.replace(".", "-")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tarfile.open(tgz) as tar:
        members = {m.name.removeprefix("package/"): m for m in tar.getmembers() if m.isfile()}
        for src, dst in files.items():
            (folder / dst).write_bytes(tar.extractfile(members[src]).read())
        licences = [n for n in LICENCE_NAMES if n in members]
        if not licences:
            sys.exit(f"error: {name}@{version}: no licence file in the package")
        for lic in licences:
            (folder / lic).write_bytes(tar.extractfile(members[lic]).read())
        meta = json.loads(tar.extractfile(members["package.json"]).read())
    return {"name": name, "version": version, "license": meta.get("license"), "integrity": info["integrity"],
            "folder": folder.name, "files": sorted(files.values()), "licence_files": licences}


def main() -> int:
    DEST.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        manifest = [vendor_one(n, v, f, Path(tmp)) for n, v, f in PACKAGES]
    (DEST / "VENDORED.json").write_text(json.dumps(manifest, indent=2) + "\n")
    for m in manifest:
        print(f"{m['name']}@{m['version']} ({m['license']}) -> {m['folder']}/: {', '.join(m['files'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
