#!/usr/bin/env python3
"""Checks Samples/ against the cheap rules of spec/submission-format.md.

Usage: python3 Samples/check_samples.py [--codelists DIR]

Checks every file under Samples/inbox and Samples/resubmission: name and folder, encoding
and delimiter, header, cell types, code lists, patterns, keys, row rules, insats_id
references, the received times of inbox-mtimes.tsv, and that the funding sums equal
Samples/totals.csv and Tillväxtverket's published 2020/2021 figures. Exit 0 when all pass.
"""
import csv, io, os, re, sys
from collections import defaultdict
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
errors = []

def fail(where, msg):
    errors.append(f"{where}: {msg}")

def find_codelists():
    if "--codelists" in sys.argv:
        return sys.argv[sys.argv.index("--codelists") + 1]
    for d in [os.path.join(ROOT, "Schemas", "codelists"), os.path.join(ROOT, "Schemas"),
              "/work/shared/spec/codelists", os.path.join(ROOT, "spec", "codelists")]:
        if os.path.exists(os.path.join(d, "regioner.csv")):
            return d
    sys.exit("check_samples: code lists not found; pass --codelists DIR")

CL = find_codelists()
def codelist(name, col=0):
    with open(os.path.join(CL, name), encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    return [r[col] for r in rows], rows

REGIONS, _ = codelist("regioner.csv")
PRIOS, prio_rows = codelist("prioriteringar.csv")
PRIO_AREA = {r[0]: int(r[1]) for r in prio_rows}
ROLES, _ = codelist("roller.csv")
HALL, _ = codelist("hallbarhet.csv")
TERR, _ = codelist("territoriella.csv")
SAMV, _ = codelist("samverkan.csv")
HORIS, _ = codelist("horisontella.csv")
STODF, _ = codelist("stodformer.csv")
IND, ind_rows = codelist("indikatorer.csv")
IND_UNIT = {r[0]: r[3] for r in ind_rows}

SCHEMAS = {
    "insatser": ["region_kod", "ar", "insats_id", "titel", "strategiskt_omrade", "prioritering", "roll", "hallbarhet",
                 "territoriell_inriktning", "samverkan", "status", "startdatum", "slutdatum", "beskrivning"],
    "finansiering": ["region_kod", "ar", "beslut_id", "insats_id", "stodform", "strategiskt_omrade", "prioritering",
                     "beviljat_kr", "eruf_kr", "jtf_kr", "region_kr", "kommun_kr", "annan_offentlig_kr", "privat_kr",
                     "horisontella_kriterier", "beslutsdatum"],
    "indikatorer": ["region_kod", "ar", "indikator_kod", "kommun_kod", "kon", "varde", "enhet", "kalla"],
    "strategi": ["region_kod", "ar", "rus_namn", "antagen_ar", "giltig_till_ar", "oversyn_pagar", "antal_handlingsplaner",
                 "agenda2030_integrerad", "antal_analyser", "antal_utvarderingar"],
}
WS = " \u00a0\t"
CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}

def read(path):
    data = open(path, "rb").read()
    if not data or b"\0" in data:
        return None, None, "empty or NUL"
    enc = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data, enc = data[3:], "utf-8-bom"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if any(b in CP1252_UNDEFINED for b in data):
            return None, None, "neither UTF-8 nor Windows-1252"
        text, enc = data.decode("cp1252"), "cp1252"
    header = text.split("\n", 1)[0]
    delim = max([",", ";", "\t"], key=header.count)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True))
    return rows, delim, enc

def parse_int(v, where, col):
    s = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}(\D|$))", "", v)
    if not re.fullmatch(r"-?\d+", s):
        fail(where, f"{col}: not an integer: {v!r}")
        return None
    return int(s)

def parse_num(v, delim, where, col):
    s = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}(\D|$))", "", v)
    if delim != ",":
        s = s.replace(",", ".") if s.count(",") == 1 and "." not in s else s
    if not re.fullmatch(r"-?\d+(\.\d+)?", s):
        fail(where, f"{col}: not a number: {v!r}")
        return None
    return float(s)

def parse_date(v, where, col):
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            raise ValueError
        return date.fromisoformat(v)
    except ValueError:
        fail(where, f"{col}: not an ISO date: {v!r}")
        return None

def check_list(v, codes, where, col, required):
    if v == "":
        if required:
            fail(where, f"{col}: required list empty")
        return []
    items = v.split("|")
    if "" in items or len(set(items)) != len(items):
        fail(where, f"{col}: empty or repeated code in {v!r}")
    for c in items:
        if c not in codes:
            fail(where, f"{col}: unknown code {c!r}")
    return items

BOOL = {"ja", "nej", "true", "false", "1", "0"}
NAME = re.compile(r"^(\d{2})_(\d{4})_(insatser|finansiering|indikatorer|strategi)\.csv$", re.I)

insatser_ids = {}          # (region, year) -> set of insats_id (from inbox)
funding = defaultdict(int)  # (year, stodform, area, prio) -> kr
indicator_T = {}            # (region, year, code, kommun, kon) -> value
stats = defaultdict(int)

def check_file(path, rel, collect):
    where = rel
    m = NAME.match(os.path.basename(path))
    if not m:
        fail(where, "file name")
        return
    region, year, report = m.group(1), int(m.group(2)), m.group(3).lower()
    folder = os.path.basename(os.path.dirname(path))
    if folder != region:
        fail(where, "region-directory")
    if region not in REGIONS or not (2020 <= year <= 2030):
        fail(where, "file-name: unknown region or year")
    rows, delim, enc = read(path)
    if rows is None:
        fail(where, enc)
        return
    stats[f"enc {enc}"] += 1
    stats[f"delim {delim!r}"] += 1
    header = [h.strip(WS + "\ufeff").lower() for h in rows[0]]
    schema = SCHEMAS[report]
    if sorted(header) != sorted(schema) or len(set(header)) != len(header):
        fail(where, f"header {header} != schema {schema}")
        return
    if header != schema:
        stats["other column order"] += 1
    idx = {h: i for i, h in enumerate(header)}
    keys = set()
    data_rows = 0
    for n, raw in enumerate(rows[1:], start=2):
        w = f"{where} record {n}"
        cells = [c.strip(WS) for c in raw]
        if all(c == "" for c in cells):
            fail(w, "blank row")
            continue
        if len(cells) != len(header):
            fail(w, f"{len(cells)} cells, header has {len(header)}")
            continue
        data_rows += 1
        r = {h: cells[i] for h, i in idx.items()}
        if r["region_kod"] != region:
            fail(w, f"region_kod {r['region_kod']}")
        if parse_int(r["ar"], w, "ar") != year:
            fail(w, f"ar {r['ar']}")
        if report == "insatser":
            iid = r["insats_id"]
            if not re.fullmatch(r"[A-Za-z0-9._-]{1,40}", iid): fail(w, f"insats_id {iid!r}")
            if iid in keys: fail(w, f"primary-key {iid}")
            keys.add(iid)
            if not 1 <= len(r["titel"]) <= 200: fail(w, "titel length")
            area = parse_int(r["strategiskt_omrade"], w, "strategiskt_omrade")
            if area not in (1, 2, 3, 4): fail(w, f"area {area}")
            if r["prioritering"] not in PRIO_AREA: fail(w, f"prioritering {r['prioritering']!r}")
            elif PRIO_AREA[r["prioritering"]] != area: fail(w, "priority-area")
            check_list(r["roll"], ROLES, w, "roll", True)
            check_list(r["hallbarhet"], HALL, w, "hallbarhet", False)
            check_list(r["territoriell_inriktning"], TERR, w, "territoriell_inriktning", False)
            check_list(r["samverkan"], SAMV, w, "samverkan", False)
            st = r["status"]
            if st not in ("PLANERAD", "PAGAENDE", "AVSLUTAD"): fail(w, f"status {st}")
            s = parse_date(r["startdatum"], w, "startdatum") if r["startdatum"] else None
            e = parse_date(r["slutdatum"], w, "slutdatum") if r["slutdatum"] else None
            if s and e and e < s: fail(w, "date-order")
            # plausibility of status against the year
            if st == "AVSLUTAD" and (not e or e.year != year): fail(w, "AVSLUTAD without an end in the year")
            if st == "PLANERAD" and s and s.year <= year: fail(w, "PLANERAD but started")
            if st == "PAGAENDE" and ((s and s.year > year) or (e and e.year <= year)): fail(w, "PAGAENDE outside its dates")
            if len(r["beskrivning"]) > 4000: fail(w, "beskrivning length")
            stats["insatser rows"] += 1
        elif report == "finansiering":
            bid = r["beslut_id"]
            if not re.fullmatch(r"[A-Za-z0-9._/-]{1,40}", bid): fail(w, f"beslut_id {bid!r}")
            if bid in keys: fail(w, f"primary-key {bid}")
            keys.add(bid)
            sf = r["stodform"]
            if sf not in STODF: fail(w, f"stodform {sf}")
            area = parse_int(r["strategiskt_omrade"], w, "strategiskt_omrade")
            if area not in (0, 1, 2, 3, 4): fail(w, f"area {area}")
            if area == 0 and sf != "PROJ": fail(w, "unassigned-area")
            p = r["prioritering"]
            if p and (p not in PRIO_AREA or PRIO_AREA[p] != area): fail(w, f"priority-area {p} / {area}")
            if sf == "SERV" and (area != 1 or p not in ("", "1.3")): fail(w, "service-area")
            amount = parse_int(r["beviljat_kr"], w, "beviljat_kr")
            if amount is None or amount < 0: fail(w, "beviljat_kr")
            for c in ["eruf_kr", "jtf_kr", "region_kr", "kommun_kr", "annan_offentlig_kr", "privat_kr"]:
                if r[c] != "":
                    v = parse_int(r[c], w, c)
                    if v is not None and v < 0: fail(w, f"{c} negative")
            check_list(r["horisontella_kriterier"], HORIS, w, "horisontella_kriterier", False)
            d = parse_date(r["beslutsdatum"], w, "beslutsdatum")
            if d and d.year != year: fail(w, "decision-date-year")
            iid = r["insats_id"]
            if iid:
                if iid not in insatser_ids.get((region, year), set()): fail(w, f"foreign-key insats_id {iid}")
                stats["finansiering linked"] += 1
            if collect and amount is not None:
                funding[(year, sf, area, p)] += amount
            stats["finansiering rows"] += 1
        elif report == "indikatorer":
            code = r["indikator_kod"]
            own = re.fullmatch(r"RUS-(\d{2})-([A-Za-z0-9_-]{1,30})", code)
            if code not in IND and not (own and own.group(1) == region): fail(w, f"indikator_kod {code}")
            k = r["kommun_kod"]
            if k and not (re.fullmatch(r"\d{4}", k) and k[:2] == region): fail(w, f"kommun-region {k}")
            if r["kon"] not in ("K", "M", "T"): fail(w, f"kon {r['kon']}")
            v = parse_num(r["varde"], delim, w, "varde")
            if code in IND_UNIT and r["enhet"] != IND_UNIT[code]: fail(w, f"unit-mismatch {r['enhet']}")
            if not r["enhet"]: fail(w, "enhet empty")
            if len(r["kalla"]) > 200: fail(w, "kalla length")
            key = (code, k, r["kon"])
            if key in keys: fail(w, f"primary-key {key}")
            keys.add(key)
            if collect and v is not None:
                indicator_T[(region, year) + key] = v
            stats["indikatorer rows"] += 1
        else:
            if not 1 <= len(r["rus_namn"]) <= 300: fail(w, "rus_namn")
            a = parse_int(r["antagen_ar"], w, "antagen_ar")
            if a is None or not 2000 <= a <= year: fail(w, f"antagen_ar {a}")
            if r["giltig_till_ar"]:
                g = parse_int(r["giltig_till_ar"], w, "giltig_till_ar")
                if a and g is not None and g < a: fail(w, "giltig_till_ar < antagen_ar")
            if r["oversyn_pagar"].lower() not in BOOL: fail(w, "oversyn_pagar")
            if r["agenda2030_integrerad"] and r["agenda2030_integrerad"].lower() not in BOOL: fail(w, "agenda2030")
            for c in ["antal_handlingsplaner", "antal_analyser", "antal_utvarderingar"]:
                if r[c]:
                    v = parse_int(r[c], w, c)
                    if v is not None and v < 0: fail(w, c)
    if report == "strategi" and data_rows != 1:
        fail(where, f"row-count {data_rows}")
    if report == "insatser" and collect:
        insatser_ids[(region, year)] = keys

def files_under(d):
    out = []
    for dp, _, fs in os.walk(d):
        out += [os.path.join(dp, f) for f in fs]
    # insatser first, so that finansiering can resolve insats_id
    return sorted(out, key=lambda p: (0 if "insatser" in p else 1, p))

inbox = os.path.join(HERE, "inbox")
inbox_files = files_under(inbox)
for p in inbox_files:
    check_file(p, os.path.relpath(p, HERE), True)
resub = files_under(os.path.join(HERE, "resubmission"))
for p in resub:
    check_file(p, os.path.relpath(p, HERE), False)

# 21 regions × 2020–2025 × 4 reports
expected = {f"inbox/{r}/{r}_{y}_{rep}.csv" for r in REGIONS for y in range(2020, 2026) for rep in SCHEMAS}
got = {os.path.relpath(p, HERE) for p in inbox_files}
if expected != got:
    fail("inbox", f"missing {sorted(expected - got)[:5]} extra {sorted(got - expected)[:5]}")

# Received times: every file listed; only the documented late file after the deadline.
late = []
with open(os.path.join(HERE, "inbox-mtimes.tsv"), encoding="utf-8") as f:
    lines = f.read().splitlines()
if lines[0] != "path\tmtime": fail("inbox-mtimes.tsv", "header")
listed = {}
for ln in lines[1:]:
    path, stamp = ln.split("\t")
    t = datetime.fromisoformat(stamp)
    listed[path] = t
    m = NAME.match(os.path.basename(path))
    y = int(m.group(2))
    deadline = datetime.fromisoformat(f"{y + 1}-02-22T00:00:00+01:00")
    if t >= deadline: late.append(path)
    if t.year != y + 1: fail(path, f"received {stamp}, not in {y + 1}")
    full = os.path.join(HERE, path)
    if os.path.exists(full) and abs(os.path.getmtime(full) - t.timestamp()) > 1 and "--strict-mtime" in sys.argv:
        fail(path, "mtime differs from manifest")
for p in list(got) + [os.path.relpath(p, HERE) for p in resub]:
    if p not in listed: fail(p, "not in inbox-mtimes.tsv")
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
if late != ["inbox/09/09_2024_indikatorer.csv"] or late[0] not in readme:
    fail("inbox-mtimes.tsv", f"late files {late}")

# Funding sums against totals.csv ...
with open(os.path.join(HERE, "totals.csv"), encoding="utf-8") as f:
    declared = {(int(r["ar"]), r["stodform"], int(r["omrade"]), r["prioritering"]): int(r["belopp_kr"]) for r in csv.DictReader(f)}
if declared != dict(funding):
    diff = {k: (declared.get(k), funding.get(k)) for k in set(declared) | set(funding) if declared.get(k) != funding.get(k)}
    fail("totals.csv", f"sums differ: {sorted(diff.items())[:5]}")

# ... and against the published figures (Så satsar Sveriges regioner – 2021).
def total(year, sf=None, area=None, prio=None):
    return sum(v for (y, s, a, p), v in funding.items()
               if y == year and (sf is None or s == sf) and (area is None or a == area) and (prio is None or p == prio))
published = [
    ((2021, "PROJ"), 489_000_000), ((2020, "PROJ"), 766_500_000),
    ((2021, "PROJ", 1), 28_600_000), ((2021, "PROJ", 2), 55_500_000), ((2021, "PROJ", 3), 287_800_000),
    ((2021, "PROJ", 4), 34_900_000), ((2021, "PROJ", None, "3.4"), 102_100_000),
    ((2021, "INV"), 529_000_000), ((2021, "INV", 3), 529_000_000),
    ((2021, "FRAM"), 151_000_000), ((2021, "FRAM", 3), 151_000_000),
    ((2021, "SERV"), 92_000_000), ((2021, "SERV", 1), 92_000_000),
]
for args, want in published:
    if total(*args) != want: fail("published", f"{args}: {total(*args)} != {want}")
if round(100 * total(2021, None, 3) / total(2021)) != 77: fail("published", "area 3 share of all instruments 2021")
for args, want in [((1,), "5.8"), ((2,), "11.3"), ((3,), "58.9"), ((4,), "7.1")]:
    share = f"{int(1000 * total(2021, 'PROJ', args[0]) / 489_000_000 + 0.5) / 10:.1f}"
    if share != want: fail("published", f"share area {args[0]} {share} != {want}")

# Year-on-year moves over 50 % at a key with a non-zero previous value: only the documented jump.
moves = sorted({(r, y, c) for (r, y, c, k, s), v in indicator_T.items()
                if (prev := indicator_T.get((r, y - 1, c, k, s))) and abs(v - prev) > 0.5 * abs(prev)})
if moves != [("13", 2023, "EKO-2")]:
    fail("indikatorer", f"yoy moves > 50 %: {moves}")

# broken/: one folder per finding code except the two that need a store, each in the README table.
CODES = ["file-name", "region-directory", "file-too-large", "empty-file", "encoding-error", "encoding-cp1252",
         "source-error", "blank-label", "duplicate-label", "missing-label", "extra-label", "extra-cell", "missing-cell",
         "blank-row", "type-error", "constraint-error", "primary-key", "foreign-key", "row-count", "region-mismatch",
         "year-mismatch", "priority-area", "unassigned-area", "service-area", "date-order", "decision-date-year",
         "kommun-region", "unit-mismatch", "late-submission"]
broken = os.path.join(HERE, "broken")
broken_readme = open(os.path.join(broken, "README.md"), encoding="utf-8").read()
for code in CODES:
    if not any(os.scandir(os.path.join(broken, code))) if os.path.isdir(os.path.join(broken, code)) else True:
        fail("broken", f"no file for {code}")
    if f"`{code}` (" not in broken_readme:
        fail("broken/README.md", f"{code} not described")
for code in ["duplicate-file", "yoy-change"]:
    if f"`{code}` (V)" not in broken_readme:
        fail("broken/README.md", f"{code} not described")

for k in sorted(stats): print(f"  {k}: {stats[k]}")
if errors:
    print(f"check_samples: {len(errors)} problem(s)")
    for e in errors[:50]: print("  " + e)
    sys.exit(1)
print(f"check_samples: OK — {len(inbox_files)} inbox files, {len(resub)} resubmission file(s), "
      f"2021 PROJ {total(2021, 'PROJ')} kr, 2020 PROJ {total(2020, 'PROJ')} kr")
