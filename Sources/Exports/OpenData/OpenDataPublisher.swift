import Foundation
import FollowUpModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one year's comparison tables as open data: the standard CSVs (written by the
/// exporter, as `followup export --format csv` writes them), `datapackage.json` (a
/// Frictionless Data Package) and `catalog.rdf` (DCAT-AP-SE).
///
/// ```swift
/// let files = try OpenDataPublisher.publish(tables, year: 2021, metadata: metadata,
///                                           to: URL(fileURLWithPath: "publish/2021"))
/// ```
public enum OpenDataPublisher {
    /// Writes the folder as a whole: everything goes into a temporary folder beside it,
    /// which then takes the folder's place by rename, so a reader (or a harvester) never
    /// sees a mix of two publications. The same tables give the same bytes: the dates are
    /// the first publication's (kept from the catalogue already in the folder, else
    /// `metadata.firstPublished`) and the day of the latest accepted report.
    ///
    /// - Returns: the files, `datapackage.json` and `catalog.rdf` first, then the CSVs in
    ///   table order.
    /// - Throws: `OpenDataError.outputNotAPublication` when `directory` holds anything but
    ///   an earlier publication; `ExportError` when a table or a file cannot be written.
    @discardableResult
    public static func publish(_ tables: [Table], year: Int, metadata: OpenDataMetadata, to directory: URL) throws -> [URL] {
        let fm = FileManager.default
        let directory = directory.standardizedFileURL
        let parent = directory.deletingLastPathComponent()
        let previous = try? String(contentsOf: directory.appendingPathComponent(OpenDataFileNames.catalog), encoding: .utf8)
        let issued = previous.flatMap(DCATWriter.issued(in:)) ?? metadata.firstPublished
        let dates = DCATWriter.Dates(issued: issued, modified: (try? latestAcceptedDay(tables)) ?? issued)

        try checkReplaceable(directory)
        let staging = sibling(of: directory, "publish")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw ExportError.writeFailed(path: staging.path, reason: "\(error)")
        }
        do {
            let csvs = try Exporter.write(tables, year: year, comparisonYear: year - 1, to: staging,
                                          options: ExportOptions(formats: [.csv], csvDialect: .standard))
            var resources: [DataPackageWriter.Resource] = []
            for (table, url) in zip(tables, csvs) {
                resources.append(.init(table: table, fileName: url.lastPathComponent, bytes: try size(of: url)))
            }
            let package = Data(DataPackageWriter.text(resources: resources, year: year, metadata: metadata).utf8)
            try AtomicFile.write(package, to: staging.appendingPathComponent(OpenDataFileNames.dataPackage))
            let record = DCATWriter.text(resources: resources, dataPackageBytes: package.count, year: year,
                                         metadata: metadata, dates: dates)
            try AtomicFile.write(Data(record.utf8), to: staging.appendingPathComponent(OpenDataFileNames.catalog))
            try replace(directory, with: staging)
            return [OpenDataFileNames.dataPackage, OpenDataFileNames.catalog].map { directory.appendingPathComponent($0) }
                + resources.map { directory.appendingPathComponent($0.fileName) }
        } catch {
            try? fm.removeItem(at: staging)
            if let e = error as? ExportError { throw e }
            throw ExportError.writeFailed(path: parent.path, reason: "\(error)")
        }
    }

    /// The folder is replaced as a whole, so it must be missing, empty, or an earlier
    /// publication (`datapackage.json` and `catalog.rdf` among files only): `--output ~`
    /// must never remove someone's home folder.
    static func checkReplaceable(_ directory: URL) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw OpenDataError.outputNotAPublication(directory.path) }
        let names = (try? fm.contentsOfDirectory(atPath: directory.path)) ?? []
        if names.isEmpty { return }
        let ours = names.contains(OpenDataFileNames.dataPackage) && names.contains(OpenDataFileNames.catalog)
            && names.allSatisfy { name in
                var sub: ObjCBool = false
                return fm.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &sub) && !sub.boolValue
            }
        guard ours else { throw OpenDataError.outputNotAPublication(directory.path) }
    }

    /// Puts `staging` in the place of `directory`: the old folder is moved aside first and
    /// removed once the new one is in place (or put back if that fails).
    static func replace(_ directory: URL, with staging: URL) throws {
        let fm = FileManager.default
        var aside: URL?
        if fm.fileExists(atPath: directory.path) {
            let old = sibling(of: directory, "replaced")
            try move(directory, to: old)
            aside = old
        }
        do {
            try move(staging, to: directory)
        } catch {
            if let aside { try? move(aside, to: directory) }
            throw error
        }
        if let aside { try? fm.removeItem(at: aside) }
    }

    private static func move(_ from: URL, to: URL) throws {
        guard rename(from.path, to.path) == 0 else {
            throw ExportError.writeFailed(path: to.path, reason: String(cString: strerror(errno)))
        }
    }

    /// A hidden folder beside `directory`: `.<name>.<what>-<pid>-<random>`.
    static func sibling(of directory: URL, _ what: String) -> URL {
        directory.deletingLastPathComponent().appendingPathComponent(
            ".\(directory.lastPathComponent).\(what)-\(getpid())-\(UInt32.random(in: .min ... .max))", isDirectory: true)
    }

    private static func size(of url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The day (`YYYY-MM-DD`, Swedish time) the latest report in force was received,
    /// from `inlamning`; nil when there is none.
    static func latestAcceptedDay(_ tables: [Table]) throws -> String? {
        guard let table = tables.first(where: { $0.name == "inlamning" }),
              let status = table.columnIndex("status"), let received = table.columnIndex("mottagen") else { return nil }
        var latest: String?
        try table.forEachRow { row in
            guard row[status].plainText == "GODKAND" else { return }
            let day = String(row[received].plainText.prefix(10))
            if day.count == 10, day > (latest ?? "") { latest = day }
        }
        return latest
    }
}
