#!/usr/bin/env python3
"""Writes Samples/broken/: one tiny file per finding code (see broken/README.md).

Run from the repository root: python3 Samples/make_broken.py
Each file is valid except for the one thing its folder names.
"""
import os

B = os.path.join(os.path.dirname(os.path.abspath(__file__)), "broken")

INS_H = "region_kod,ar,insats_id,titel,strategiskt_omrade,prioritering,roll,hallbarhet,territoriell_inriktning,samverkan,status,startdatum,slutdatum,beskrivning"
INS_1 = "14,2024,VGR-2024-001,Smart specialisering inom fordonsindustri i Västra Götaland,3,3.1,KUNSKAP|NATVERK,EKO|MIL,HELA,NARINGSLIV|AKADEMI,PAGAENDE,2024-03-01,2026-12-31,"
INS_2 = "14,2024,VGR-2024-002,Kompetensplattform Västra Götaland,2,2.2,SAMORDNARE,SOC,,KOMMUN,AVSLUTAD,2023-01-15,2024-11-30,"
FIN_H = "region_kod,ar,beslut_id,insats_id,stodform,strategiskt_omrade,prioritering,beviljat_kr,eruf_kr,jtf_kr,region_kr,kommun_kr,annan_offentlig_kr,privat_kr,horisontella_kriterier,beslutsdatum"
FIN_1 = "14,2024,RUFS-2024-0101,,PROJ,3,3.1,1250000,,,500000,,,,JAMST|MILJO,2024-04-12"
FIN_2 = "14,2024,RUFS-2024-0102,,INV,3,3.4,3400000,,,,,,9000000,MILJO,2024-06-03"
IND_H = "region_kod,ar,indikator_kod,kommun_kod,kon,varde,enhet,kalla"
IND = ["14,2024,IND-3.4,,K,9.1,promille,Tillväxtanalys",
       "14,2024,IND-3.4,,M,12.3,promille,Tillväxtanalys",
       "14,2024,IND-3.4,,T,10.7,promille,Tillväxtanalys"]
STR_H = "region_kod,ar,rus_namn,antagen_ar,giltig_till_ar,oversyn_pagar,antal_handlingsplaner,agenda2030_integrerad,antal_analyser,antal_utvarderingar"
STR_1 = "14,2024,Regional utvecklingsstrategi för Västra Götaland 2021–2030,2020,2030,nej,5,ja,3,1"

def write(rel, lines=None, raw=None):
    path = os.path.join(B, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = raw if raw is not None else ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)

write("file-name/14_2024_insats.csv", [INS_H, INS_1, INS_2])
write("region-directory/03/01_2024_insatser.csv",
      [INS_H, INS_1.replace("14,2024,VGR", "01,2024,RS").replace("Västra Götaland", "Stockholmsregionen"),
       INS_2.replace("14,2024,VGR", "01,2024,RS").replace("Västra Götaland", "Stockholmsregionen")])
write("file-too-large/14_2024_insatser.csv", [INS_H, INS_1[:-1] + "Lång beskrivning. " + "x" * 10_001, INS_2])
write("empty-file/14_2024_strategi.csv", raw=b"")
write("encoding-error/14_2024_insatser.csv",
      raw=("\n".join([INS_H, INS_1, INS_2]) + "\n").encode("utf-8").replace("Västra Götaland,3".encode(), b"V\x81stra G\x9dtaland,3"))
write("encoding-cp1252/14_2024_insatser.csv",
      raw=("\r\n".join([l.replace(",", ";") for l in [INS_H, INS_1, INS_2]]) + "\r\n").encode("cp1252"))
write("source-error/14_2024_insatser.csv", [INS_H, INS_1, INS_2.replace(",Kompetensplattform", ',"Kompetensplattform')])
write("blank-label/14_2024_indikatorer.csv", [IND_H + ","] + [l + "," for l in IND])
write("duplicate-label/14_2024_indikatorer.csv", [IND_H + ",varde"] + [l + "," + v for l, v in zip(IND, ["8.8", "11.9", "10.3"])])
write("missing-label/14_2024_indikatorer.csv", [IND_H.rsplit(",", 1)[0]] + [l.rsplit(",", 1)[0] for l in IND])
write("extra-label/14_2024_indikatorer.csv", [IND_H + ",kommentar"] + [IND[0] + ",", IND[1] + ",", IND[2] + ",preliminärt värde"])
write("extra-cell/14_2024_finansiering.csv", [FIN_H, FIN_1 + ",kontrollerad", FIN_2])
write("missing-cell/14_2024_finansiering.csv", [FIN_H, FIN_1, FIN_2.rsplit(",", 1)[0]])
write("blank-row/14_2024_indikatorer.csv", [IND_H, IND[0], ",,,,,,,", IND[1], IND[2]])
write("type-error/14_2024_finansiering.csv", [FIN_H, FIN_1.replace(",1250000,", ",1 250 000 kr,"), FIN_2])
write("constraint-error/14_2024_insatser.csv", [INS_H, INS_1.replace("PAGAENDE", "PÅGÅENDE"), INS_2])
write("primary-key/14_2024_insatser.csv", [INS_H, INS_1, INS_2.replace("VGR-2024-002", "VGR-2024-001")])
write("foreign-key/14_2024_insatser.csv", [INS_H, INS_1.replace("KUNSKAP|NATVERK", "KUNSKAP|KOORDINATOR"), INS_2])
write("row-count/14_2024_strategi.csv",
      [STR_H, "14,2024,Regional utvecklingsstrategi för Västra Götaland 2014–2020,2013,2020,nej,4,nej,2,2", STR_1])
write("region-mismatch/14_2024_finansiering.csv", [FIN_H, FIN_1, FIN_2.replace("14,2024,", "13,2024,", 1)])
write("year-mismatch/14_2024_finansiering.csv", [FIN_H, FIN_1, FIN_2.replace("14,2024,", "14,2023,", 1)])
write("priority-area/14_2024_insatser.csv", [INS_H, INS_1, INS_2.replace(",2,2.2,", ",2,3.1,")])
write("unassigned-area/14_2024_finansiering.csv", [FIN_H, FIN_1, FIN_2.replace(",INV,3,3.4,", ",INV,0,,")])
write("service-area/14_2024_finansiering.csv",
      [FIN_H, FIN_1, "14,2024,RUFS-2024-0103,,SERV,3,3.4,350000,,,,120000,,,,2024-09-17"])
write("date-order/14_2024_insatser.csv", [INS_H, INS_1.replace("2024-03-01,2026-12-31", "2024-03-01,2023-12-31"), INS_2])
write("decision-date-year/14_2024_finansiering.csv", [FIN_H, FIN_1, FIN_2.replace("2024-06-03", "2023-12-14")])
write("kommun-region/14_2024_indikatorer.csv", [IND_H] + IND + ["14,2024,IND-3.4,1280,T,11.4,promille,Tillväxtanalys"])
write("unit-mismatch/14_2024_indikatorer.csv", [IND_H, IND[0], IND[1], IND[2].replace("promille", "procent")])
write("leading-zero/01_2024_indikatorer.csv",
      [IND_H] + [l.replace("14,2024,", "1,2024,", 1) for l in IND] + ["1,2024,IND-3.4,180,T,12.0,promille,Tillväxtanalys"])
write("late-submission/14_2024_strategi.csv", [STR_H, STR_1])
# The late file's received time (git does not keep mtimes): set it here and list it.
late = os.path.join(B, "late-submission/14_2024_strategi.csv")
stamp = "2025-03-03T11:20:00+01:00"
from datetime import datetime
t = datetime.fromisoformat(stamp).timestamp()
os.utime(late, (t, t))
with open(os.path.join(B, "mtimes.tsv"), "w", encoding="utf-8") as f:
    f.write("path\tmtime\n")
    f.write(f"late-submission/14_2024_strategi.csv\t{stamp}\n")
print("wrote", B)
