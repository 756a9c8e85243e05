"""Checks that the built .sppkg holds a WebPart_<id>.xml for every web part manifest in the source."""
import json, pathlib, sys, zipfile

sppkg, webparts = sys.argv[1], pathlib.Path(sys.argv[2])
names = zipfile.ZipFile(sppkg).namelist()
missing = []
for manifest in webparts.glob("*/*.manifest.json"):
    wp_id = json.loads(manifest.read_text())["id"]
    if not any(n.endswith(f"WebPart_{wp_id}.xml") for n in names):
        missing.append(f"{manifest.name} ({wp_id})")
if missing:
    print("sppkg is missing web parts: " + ", ".join(missing))
    sys.exit(1)
print(f"sppkg ok: {len(names)} files, web parts present")
