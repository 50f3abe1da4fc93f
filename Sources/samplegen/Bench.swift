import Foundation

/// `samplegen bench`: a valid file of exactly N data rows with unique keys, streamed.
struct Bench {
    let report: String
    let rows: Int
    let path: String
    let region: String
    let year: Int

    func run() throws {
        guard ["indikatorer", "finansiering", "insatser"].contains(report) else {
            throw SampleGenError.usage("bench: --report must be indikatorer, finansiering or insatser")
        }
        var w = try ByteWriter(path: path)
        let prefix = Array("\(region),\(year),".utf8)
        switch report {
        case "indikatorer": try indicators(&w, prefix)
        case "finansiering": funding(&w, prefix)
        case "insatser": activities(&w, prefix)
        default: throw SampleGenError.usage("bench: --report must be indikatorer, finansiering or insatser")
        }
        w.close()
        print("samplegen: wrote \(rows) rows (\(w.bytesWritten) bytes) to \(path)")
    }

    /// Keys: own indicators `RUS-<region>-b<7 digits>` × (county + the county's
    /// municipalities of `Schemas/codelists/kommuner.csv`) × K/M/T.
    private func indicators(_ w: inout ByteWriter, _ prefix: [UInt8]) throws {
        w.write("region_kod,ar,indikator_kod,kommun_kod,kon,varde,enhet,kalla\n")
        let code = Array("RUS-\(region)-b".utf8)
        let municipalities = try Self.municipalities(of: region)
        let sexes: [UInt8] = [UInt8(ascii: "K"), UInt8(ascii: "M"), UInt8(ascii: "T")]
        let tail = Array(",antal,samplegen bench\n".utf8)
        var i = 0
        outer: for c in 0... {
            for k in -1..<municipalities.count {
                for sex in sexes {
                    if i == rows { break outer }
                    w.write(prefix)
                    w.write(code); w.int(c, width: 7); w.byte(UInt8(ascii: ","))
                    if k >= 0 { w.write(municipalities[k]) }
                    w.byte(UInt8(ascii: ",")); w.byte(sex); w.byte(UInt8(ascii: ","))
                    let v = (i &* 7919) % 1_000_000
                    w.int(v / 10); w.byte(UInt8(ascii: ".")); w.int(v % 10)
                    w.write(tail)
                    i += 1
                }
            }
        }
    }

    /// Activities `INS-<8 digits>`, areas and priorities cycled, every row valid.
    private func activities(_ w: inout ByteWriter, _ prefix: [UInt8]) {
        w.write("region_kod,ar,insats_id,titel,strategiskt_omrade,prioritering,roll,hallbarhet,"
            + "territoriell_inriktning,samverkan,status,startdatum,slutdatum,beskrivning\n")
        let kinds: [[UInt8]] = ["1,1.1", "1,1.2", "2,2.1", "2,2.2", "3,3.1", "3,3.2", "3,3.3", "4,4.1", "4,4.2"]
            .map { Array($0.utf8) }
        let roles: [[UInt8]] = ["KUNSKAP", "NATVERK|SAMORDNARE", "FINANSIAR", "KUNSKAP|NATVERK|PAVERKAN"]
            .map { Array($0.utf8) }
        let sustainability: [[UInt8]] = ["", "EKO", "EKO|SOC", "MIL"].map { Array($0.utf8) }
        let tails: [[UInt8]] = [
            ",HELA,NARINGSLIV,PAGAENDE,\(year)-01-15,\(year)-12-31,Insats i samplegen bench\n",
            ",HELA,,PLANERAD,\(year)-03-01,,\n",
            ",HELA,NARINGSLIV,AVSLUTAD,\(year)-02-01,\(year)-06-30,Avslutad insats\n",
        ].map { Array($0.utf8) }
        let id = Array("INS-".utf8)
        let title = Array("Insats nummer ".utf8)
        let comma = UInt8(ascii: ",")
        for i in 0..<rows {
            w.write(prefix)
            w.write(id); w.int(i + 1, width: 8); w.byte(comma)
            w.write(title); w.int(i + 1); w.byte(comma)
            w.write(kinds[i % kinds.count]); w.byte(comma)
            w.write(roles[i % roles.count]); w.byte(comma)
            w.write(sustainability[i % sustainability.count])
            w.write(tails[i % tails.count])
        }
    }

    private func funding(_ w: inout ByteWriter, _ prefix: [UInt8]) {
        w.write("region_kod,ar,beslut_id,insats_id,stodform,strategiskt_omrade,prioritering,beviljat_kr,eruf_kr,jtf_kr,"
            + "region_kr,kommun_kr,annan_offentlig_kr,privat_kr,horisontella_kriterier,beslutsdatum\n")
        // (stodform, area, priority) cycled; all consistent with the rules.
        let kinds: [[UInt8]] = [
            "PROJ,0,", "PROJ,1,1.1", "PROJ,1,1.2", "PROJ,2,2.1", "PROJ,2,2.2", "PROJ,3,3.1", "PROJ,3,3.2",
            "PROJ,3,3.3", "PROJ,3,3.4", "PROJ,3,3.5", "PROJ,4,4.1", "PROJ,4,4.2", "INV,3,3.4", "FRAM,3,3.1",
            "FRAM,3,3.5", "SERV,1,1.3",
        ].map { Array($0.utf8) }
        let criteria: [[UInt8]] = ["", "JAMST", "MILJO", "JAMST|INTEGR|MILJO"].map { Array($0.utf8) }
        let days = CivilDate.daysIn(year: year)
        let dates: [[UInt8]] = (0..<days).map { Array(("," + CivilDate.dayOfYear(year, $0).iso + "\n").utf8) }
        let id = Array("B-\(year)-".utf8)
        let comma = UInt8(ascii: ",")
        for i in 0..<rows {
            w.write(prefix)
            w.write(id); w.int(i + 1, width: 8); w.byte(comma)
            w.byte(comma) // insats_id empty
            w.write(kinds[i % kinds.count]); w.byte(comma)
            let amount = 10_000 + (i &* 7919) % 5_000_000
            w.int(amount); w.byte(comma)
            if i % 3 == 0 { w.int(amount / 2) }
            w.byte(comma); w.byte(comma)                   // eruf, jtf
            w.int(amount / 4); w.byte(comma)               // region
            if i % 2 == 0 { w.int(amount / 10) }
            w.byte(comma); w.byte(comma)                   // kommun, annan offentlig
            if i % 5 == 0 { w.int(amount) }
            w.byte(comma)
            w.write(criteria[i % criteria.count])
            w.write(dates[(i &* 31) % days])
        }
    }

    /// The municipality codes of `region` in `kommuner.csv` (the repository's, found from
    /// this source file, else `Schemas/codelists/` under the current directory): a bench
    /// file's `kommun_kod`s must be real municipalities.
    static func municipalities(of region: String) throws -> [[UInt8]] {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [repository.appendingPathComponent("Schemas/codelists/kommuner.csv"),
                          URL(fileURLWithPath: "Schemas/codelists/kommuner.csv")]
        guard let text = candidates.lazy.compactMap({ try? String(contentsOf: $0, encoding: .utf8) }).first else {
            throw SampleGenError.usage("bench: Schemas/codelists/kommuner.csv not found")
        }
        var codes: [[UInt8]] = []
        for line in text.split(separator: "\n") {
            let cells = line.split(separator: ",")
            if cells.count == 3 && String(cells[2]) == region { codes.append(Array(cells[0].utf8)) }
        }
        guard !codes.isEmpty else { throw SampleGenError.usage("bench: no municipalities of region \(region) in kommuner.csv") }
        return codes
    }
}
