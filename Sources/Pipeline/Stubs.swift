// TEMPORARY STUBS — replaced by the validation and exports branches.
import Foundation
import FollowUpModel
import Store
extension SchemaCatalog { func regionName(_ code: String) -> String? { nil }; func schema(for r: ReportKind, year: Int) -> Schema? { nil } }
func makeSeed(_ catalog: SchemaCatalog) -> CodeListSeed { CodeListSeed() }
