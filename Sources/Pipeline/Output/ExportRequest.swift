import Foundation
import Exports
import FollowUpModel
import Store

/// `followup export`: the comparison tables of one year, written to a folder.
public struct ExportRequest {
    public var year: Int
    public var formats: Set<ExportFormat>?
    public var dialect: CSVDialect?
    public var directory: URL
    /// Write the tables even when `year` has no accepted report (they are then empty);
    /// otherwise such a year is `PipelineError.noAcceptedData`.
    public var allowEmpty: Bool

    public init(year: Int, formats: Set<ExportFormat>?, dialect: CSVDialect?, directory: URL, allowEmpty: Bool = false) {
        self.allowEmpty = allowEmpty
        self.year = year
        self.formats = formats
        self.dialect = dialect
        self.directory = directory
    }

    public func run(_ env: PipelineEnvironment) throws -> [URL] {
        try StoreCheck.verify(env)
        // A missing store is `StoreError.storeMissing` ("kör först followup run").
        let store = try env.openStoreReadOnly()
        if !allowEmpty, try !store.hasAcceptedData(year: year) { throw PipelineError.noAcceptedData(year: year) }
        return try ExportYears.write(year: year, store: store, env: env, to: directory, formats: formats, dialect: dialect)
    }
}
