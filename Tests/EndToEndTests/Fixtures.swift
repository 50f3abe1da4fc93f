import Foundation

/// Small valid reports, written as a region would (`,`, UTF-8), for the end-to-end tests.
enum Fixture {
    static func insatser(_ region: String, _ year: Int, ids: [String] = ["INS-1", "INS-2"], title: String = "Innovationsstöd till små företag") -> String {
        var s = "region_kod,ar,insats_id,titel,strategiskt_omrade,prioritering,roll,hallbarhet,territoriell_inriktning,samverkan,status,startdatum,slutdatum,beskrivning\n"
        for id in ids {
            s += "\(region),\(year),\(id),\(title),3,3.1,KUNSKAP|NATVERK,EKO,HELA,NARINGSLIV,PAGAENDE,\(year)-01-15,\(year)-12-31,Ett exempel\n"
        }
        return s
    }

    static func finansiering(_ region: String, _ year: Int, insats: String = "INS-1", amount: Int = 1_250_000) -> String {
        "region_kod,ar,beslut_id,insats_id,stodform,strategiskt_omrade,prioritering,beviljat_kr,eruf_kr,jtf_kr,region_kr,kommun_kr,annan_offentlig_kr,privat_kr,horisontella_kriterier,beslutsdatum\n"
            + "\(region),\(year),B-1,\(insats),PROJ,3,3.1,\(amount),0,0,500000,,,,JAMST|MILJO,\(year)-03-01\n"
            + "\(region),\(year),B-2,,INV,3,,2000000,,,,,,,,\(year)-04-01\n"
    }

    static func indikatorer(_ region: String, _ year: Int, value: String = "3.5") -> String {
        "region_kod,ar,indikator_kod,kommun_kod,kon,varde,enhet,kalla\n"
            + "\(region),\(year),IND-3.1,,T,\(value),procent,SCB\n"
            + "\(region),\(year),IND-3.1,,K,3.1,procent,SCB\n"
    }

    static func strategi(_ region: String, _ year: Int) -> String {
        "region_kod,ar,rus_namn,antagen_ar,giltig_till_ar,oversyn_pagar,antal_handlingsplaner,agenda2030_integrerad,antal_analyser,antal_utvarderingar\n"
            + "\(region),\(year),Regional utvecklingsstrategi 2030,2019,2030,nej,3,ja,2,1\n"
    }

    /// A valid `indikatorer` file of exactly `rows` data rows (region-own indicators ×
    /// municipalities × sex), for loads that take a while.
    /// The county's municipality codes, from the product's `kommuner.csv`.
    static func municipalities(of region: String) -> [String] {
        let list = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schemas/codelists/kommuner.csv")
        let text = (try? String(contentsOf: list, encoding: .utf8)) ?? ""
        var codes: [String] = []
        for line in text.split(separator: "\n") {
            let cells = line.split(separator: ",")
            if cells.count == 3 && String(cells[2]) == region { codes.append(String(cells[0])) }
        }
        return codes
    }

    static func largeIndikatorer(_ region: String, _ year: Int, rows: Int) -> String {
        var s = "region_kod,ar,indikator_kod,kommun_kod,kon,varde,enhet,kalla\n"
        s.reserveCapacity(rows * 48)
        var n = 0
        var code = 0
        let municipalities = Self.municipalities(of: region)
        while n < rows {
            for (kommun, kommunKod) in municipalities.enumerated() where n < rows {
                for kon in ["K", "M", "T"] where n < rows {
                    s += "\(region),\(year),RUS-\(region)-ind\(code),\(kommunKod),\(kon),\(code % 97).\(kommun % 10),antal,\n"
                    n += 1
                }
            }
            code += 1
        }
        return s
    }
}
