import Foundation
import FollowUpModel
import Testing
import Validation
@testable import Pipeline

/// `followup validate` over several files: one call resolves `insats_id` across its files.
/// (Moved from ValidationTests, which no longer depend on Pipeline.)
@Suite struct ValidateCall {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = try! SchemaCatalog(directory: repositoryRoot.appendingPathComponent("Schemas"))
    var catalog: SchemaCatalog { Self.catalog }
    let june2025 = ISO8601DateFormatter().date(from: "2025-06-01T12:00:00Z")!

    enum Valid {
        static let insatserHeader = "region_kod,ar,insats_id,titel,strategiskt_omrade,prioritering,roll,hallbarhet,territoriell_inriktning,samverkan,status,startdatum,slutdatum,beskrivning"
        static let insatserRow = "14,2025,INS-1,Bredband,4,4.1,KUNSKAP|FINANSIAR,EKO,HELA,KOMMUN,PAGAENDE,2025-01-01,2025-12-31,Text"
        static let finansieringHeader = "region_kod,ar,beslut_id,insats_id,stodform,strategiskt_omrade,prioritering,beviljat_kr,eruf_kr,jtf_kr,region_kr,kommun_kr,annan_offentlig_kr,privat_kr,horisontella_kriterier,beslutsdatum"
        static let strategiHeader = "region_kod,ar,rus_namn,antagen_ar,giltig_till_ar,oversyn_pagar,antal_handlingsplaner,agenda2030_integrerad,antal_analyser,antal_utvarderingar"
        static let strategiRow = "14,2025,RUS Västra Götaland,2020,2030,nej,3,ja,5,2"

        static func file(_ report: ReportKind, rows: [String]? = nil) -> String {
            let (header, row): (String, String)
            switch report {
            case .insatser: (header, row) = (insatserHeader, insatserRow)
            case .finansiering: (header, row) = (finansieringHeader, "14,2025,B-1,,PROJ,1,1.1,100000,,,5000,,,,JAMST,2025-03-01")
            case .strategi: (header, row) = (strategiHeader, strategiRow)
            case .indikatorer: (header, row) = ("", "")
            }
            return ([header] + (rows ?? [row])).joined(separator: "\n") + "\n"
        }
    }

    /// A scratch directory per test; files are received in time (June 2025).
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("followup-validate-call-\(UUID().uuidString)")
        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ name: String, _ bytes: [UInt8], folder: String? = nil) -> URL {
            var dir = url
            if let folder { dir = dir.appendingPathComponent(folder) }
            try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let file = dir.appendingPathComponent(name)
            try! Data(bytes).write(to: file)
            try! FileManager.default.setAttributes([.modificationDate: ISO8601DateFormatter().date(from: "2025-06-01T12:00:00Z")!],
                                                   ofItemAtPath: file.path)
            return file
        }
    }

    @Test func insatserAreResolvedAcrossFilesOfTheSameCall() throws {
        let scratch = Scratch()
        let finansiering = scratch.write("14_2025_finansiering.csv", Array(Valid.file(.finansiering, rows: ["14,2025,B-1,INS-1,PROJ,1,1.1,1,,,,,,,,2025-03-01"]).utf8))
        let insatser = scratch.write("14_2025_insatser.csv", Array(Valid.file(.insatser).utf8))
        let other = scratch.write("12_2025_finansiering.csv", Array(Valid.file(.finansiering, rows: ["12,2025,B-1,INS-1,PROJ,1,1.1,1,,,,,,,,2025-03-01"]).utf8))
        let options = CheckOptions(now: june2025)
        let report = try validateFiles([finansiering, insatser, other], catalog: catalog, options: options)
        #expect(report.files.map(\.file) == [finansiering.relativePath, insatser.relativePath, other.relativePath])
        #expect(report.files.map(\.valid) == [true, true, false])
        #expect(!report.valid)
    }

    @Test func aRejectedInsatserFileResolvesNothing() throws {
        let scratch = Scratch()
        let insatser = scratch.write("14_2025_insatser.csv", Array(Valid.file(.insatser, rows: [Valid.insatserRow + ",x"]).utf8))
        let finansiering = scratch.write("14_2025_finansiering.csv", Array(Valid.file(.finansiering, rows: ["14,2025,B-1,INS-1,PROJ,1,1.1,1,,,,,,,,2025-03-01"]).utf8))
        let report = try validateFiles([insatser, finansiering], catalog: catalog, options: CheckOptions(now: june2025))
        #expect(report.files.map(\.valid) == [false, false])
        #expect(report.files[1].findings.map(\.code) == [.foreignKey])
    }

    @Test func folderNamedLikeARegionIsChecked() throws {
        let scratch = Scratch()
        let url = scratch.write("14_2025_strategi.csv", Array(Valid.file(.strategi).utf8), folder: "12")
        let report = try validateFiles([url], catalog: catalog, options: CheckOptions(now: june2025))
        #expect(report.files[0].findings.map(\.code) == [.regionDirectory])
    }
}
