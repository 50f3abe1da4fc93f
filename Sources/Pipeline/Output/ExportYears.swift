import Foundation
import Exports
import Logging
import FollowUpModel
import Store

/// The export stage: rebuilds the comparison tables of every year an accepted file
/// touched (and the year after, whose comparison column changed).
enum ExportYears {
    static func run(store: FollowUpStore, env: PipelineEnvironment, log: Logger) throws -> [Int] {
        let stored = Set(try store.storedYears())
        var exported: [Int] = []
        for year in try store.pendingExportYears() {
            if stored.contains(year) {
                let files = try write(year: year, store: store, env: env, to: env.zones.exports.appendingPathComponent(String(year)))
                log.info("exported", metadata: ["year": .stringConvertible(year), "files": .stringConvertible(files.count)])
                exported.append(year)
            }
            try store.clearPendingExport(year: year)
        }
        return exported
    }

    static func write(year: Int, store: FollowUpStore, env: PipelineEnvironment, to dir: URL,
                      formats: Set<ExportFormat>? = nil, dialect: CSVDialect? = nil) throws -> [URL] {
        let options = ExportOptions(formats: formats ?? env.exportFormats, csvDialect: dialect ?? env.csvDialect,
                                    generatedAt: SwedishTime.iso(env.now))
        // The tables are read in one read of the store; `insatslista` streams from it while
        // the files are written (issue 11 item 12).
        return try store.withComparisonTables(year: year) { tables in
            do {
                return try Exporter.write(tables, year: year, comparisonYear: year - 1, to: dir, options: options)
            } catch let e as PipelineError {
                throw e
            } catch {
                throw PipelineError.io(path: dir.path, reason: "\(error)")
            }
        }
    }
}
