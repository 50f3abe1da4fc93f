"""`followup publish` end to end (issue 15, open data): the built binary loads the 2020 and
2021 sample reports into a scratch data directory and publishes 2021; the Data Package must
pass `frictionless validate`, and the DCAT-AP-SE record must parse with rdflib and carry
the properties the dataportal.se harvester needs. Wired by scripts/opendata-test."""
import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

ROOT = Path(os.environ.get("FOLLOWUP_OPENDATA_ROOT", Path(__file__).resolve().parents[2]))
BIN = Path(os.environ.get("FOLLOWUP_OPENDATA_BIN", ROOT / ".build" / "debug" / "followup"))
NOW = "2026-03-01T02:30:00+01:00"
BASE = "https://data.example.se/uppfoljning/oppna-data/"
PUBLISHER = 'Tillväxtverket & "Regionerna" <öppna data> \'test\''
EMAIL = "uppfoljning@example.se"
VCARD = rdflib.Namespace("http://www.w3.org/2006/vcard/ns#")
EU = "http://publications.europa.eu/resource/authority/"
TABLES = ["omraden", "prioriteringar", "regioner", "stodformer", "insatser",
          "indikatorer", "inlamning", "insatslista", "tidsserie"]


def followup(*args, config, check=True):
    result = subprocess.run([str(BIN), *args, "--config", str(config), "--now", NOW],
                            capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"followup {' '.join(args)} → {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    assert BIN.exists(), f"{BIN} saknas (kör swift build först)"
    scratch = tmp_path_factory.mktemp("opendata")
    data = scratch / "data"
    inbox = data / "inbox"
    mtimes = {}
    for line in (ROOT / "Samples" / "inbox-mtimes.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if "\t" in line:
            path, mtime = line.split("\t", 1)
            mtimes[path] = mtime
    for region in sorted((ROOT / "Samples" / "inbox").iterdir()):
        for f in sorted(region.glob("*_202[01]_*.csv")):
            target = inbox / region.name / f.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, target)
            stamp = mtimes.get(f"inbox/{region.name}/{f.name}")
            if stamp:
                subprocess.run(["touch", "-d", stamp, str(target)], check=True)
    config = scratch / "followup.yaml"
    config.write_text(
        f"data_dir: {data}\nschemas_dir: {ROOT / 'Schemas'}\nsettle_seconds: 0\n"
        f"exports:\n  formats: [csv]\n"
        f"publish:\n  base_url: {json.dumps(BASE)}\n  publisher_name: {json.dumps(PUBLISHER)}\n"
        f"  publisher_email: {EMAIL}\n",
        encoding="utf-8")
    followup("run", config=config)
    result = followup("publish", "--year", "2021", config=config)
    folder = data / "publish" / "2021"
    return {"config": config, "folder": folder, "stdout": result.stdout, "data": data}


def frictionless_command():
    exe = shutil.which("frictionless") or str(Path(sys.executable).parent / "frictionless")
    return [exe] if Path(exe).exists() else [sys.executable, "-m", "frictionless"]


def test_frictionless_validates_the_package(published):
    folder = published["folder"]
    result = subprocess.run([*frictionless_command(), "validate", "--json", "datapackage.json"],
                            cwd=folder, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["valid"] is True
    tasks = {t.get("name") or Path(t["place"]).stem: t for t in report["tasks"]}
    assert sorted(tasks) == sorted(TABLES)
    # Real rows were checked (types, primary keys), not just headers.
    assert tasks["regioner"]["stats"]["rows"] == 630
    assert tasks["omraden"]["stats"]["rows"] == 30


def test_package_describes_the_csv_files_beside_it(published):
    folder = published["folder"]
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["licenses"][0]["path"] == "https://creativecommons.org/licenses/by/4.0/"
    assert [r["name"] for r in package["resources"]] == TABLES
    csvs = sorted(p.name for p in folder.glob("*.csv"))
    assert sorted(r["path"] for r in package["resources"]) == csvs
    for resource in package["resources"]:
        path = folder / resource["path"]
        assert resource["bytes"] == path.stat().st_size
        with path.open(encoding="utf-8", newline="") as f:
            header = next(csv.reader(f))
        fields = resource["schema"]["fields"]
        assert [field["name"] for field in fields] == header
        for field in fields:
            assert field["titles"]["sv"] and field["titles"]["en"], field
            assert field["descriptions"]["sv"] and field["descriptions"]["en"], field
    regioner = next(r for r in package["resources"] if r["name"] == "regioner")
    assert regioner["schema"]["primaryKey"] == ["stodform", "omrade", "region_kod"]
    belopp = next(f for f in regioner["schema"]["fields"] if f["name"] == "belopp_kr")
    assert belopp["type"] == "integer" and belopp["titles"] == {"sv": "Belopp (kr)", "en": "Amount (SEK)"}
    assert package["contributors"][0]["title"] == PUBLISHER


def test_dcat_record_parses_and_has_the_dcat_ap_se_properties(published):
    folder = published["folder"]
    g = rdflib.Graph()
    g.parse(folder / "catalog.rdf", format="xml")
    catalogs = list(g.subjects(RDF.type, DCAT.Catalog))
    datasets = list(g.subjects(RDF.type, DCAT.Dataset))
    assert len(catalogs) == 1 and len(datasets) == 1
    catalog, dataset = catalogs[0], datasets[0]
    assert (catalog, DCAT.dataset, dataset) in g
    for subject in (catalog, dataset):
        for prop in (DCTERMS.title, DCTERMS.description):
            languages = {o.language for o in g.objects(subject, prop)}
            assert languages == {"sv", "en"}, (subject, prop, languages)
    publisher = g.value(dataset, DCTERMS.publisher)
    assert (publisher, RDF.type, FOAF.Agent) in g
    assert str(g.value(publisher, FOAF.name)) == PUBLISHER  # odd text escaped and read back whole
    assert g.value(catalog, DCTERMS.publisher) == publisher
    contact = g.value(dataset, DCAT.contactPoint)
    assert str(g.value(contact, VCARD.hasEmail)) == f"mailto:{EMAIL}"
    assert str(g.value(contact, VCARD.fn)) == PUBLISHER
    assert g.value(dataset, DCTERMS.accrualPeriodicity) == rdflib.URIRef(EU + "frequency/ANNUAL")
    assert g.value(dataset, DCTERMS.spatial) == rdflib.URIRef(EU + "country/SWE")
    assert rdflib.URIRef(EU + "data-theme/REGI") in set(g.objects(dataset, DCAT.theme))
    period = g.value(dataset, DCTERMS.temporal)
    assert str(g.value(period, DCAT.startDate)) == "2021-01-01"
    assert str(g.value(period, DCAT.endDate)) == "2021-12-31"
    # Modified is the day the latest accepted 2021 report came in (Samples' received times).
    modified = str(g.value(dataset, DCTERMS.modified))
    assert modified.startswith("2022-")

    rows = list(g.query("""
        PREFIX dcat: <http://www.w3.org/ns/dcat#>
        PREFIX dct: <http://purl.org/dc/terms/>
        SELECT ?d ?download ?access ?format ?licence WHERE {
          ?ds a dcat:Dataset ; dcat:distribution ?d .
          ?d a dcat:Distribution ; dcat:downloadURL ?download ; dcat:accessURL ?access ;
             dct:format ?format ; dct:license ?licence .
        }"""))
    assert len(rows) == len(TABLES) + 1
    year_url = rdflib.URIRef(BASE + "2021/")
    downloads = set()
    for d, download, access, fmt, licence in rows:
        assert access == year_url
        assert str(download).startswith(BASE + "2021/")
        assert str(licence) == "http://creativecommons.org/licenses/by/4.0/"
        assert str(fmt) in {EU + "file-type/CSV", EU + "file-type/JSON"}
        name = str(download)[len(BASE + "2021/"):]
        assert (folder / name).is_file(), name
        downloads.add(name)
    assert downloads == {f"{t}.csv" for t in TABLES} | {"datapackage.json"}
    # Every address in the record is absolute.
    for s, p, o in g:
        for term in (s, o):
            if isinstance(term, rdflib.URIRef):
                assert str(term).split(":", 1)[0] in {"http", "https", "mailto"}, term


def test_a_second_publish_gives_the_same_bytes(published):
    folder = published["folder"]
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    followup("publish", "--year", "2021", config=published["config"])
    after = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert after == before
    leftovers = [p.name for p in folder.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_a_year_without_accepted_data_is_refused(published):
    result = followup("publish", "--year", "2019", config=published["config"], check=False)
    assert result.returncode == 2
    assert "2019 har inga godkända rapporter" in result.stderr
    assert not (published["data"] / "publish" / "2019").exists()
