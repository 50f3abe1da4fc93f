import ArgumentParser
import Exports
import FollowUpModel

// The enums the commands take as option values; ArgumentParser lists their cases in the
// help and rejects anything else as a usage error.
extension ExportFormat: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}
extension ReportKind: ExpressibleByArgument {}
