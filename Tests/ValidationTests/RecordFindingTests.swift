import FollowUpModel
import Testing
import Validation

/// Validation at its edge: a tiny invalid file as a sequence of `RawRecord`s (no reader, no
/// file) against the flat list of (line, column, code) it must give, per report.
@Suite struct RecordFindings {
    @Test func insatser() throws {
        let header = Valid.insatserHeader.split(separator: ",").map(String.init)
        let findings = try flat(.insatser, [
            header,
            ["14", "2025", "INS-1", "T", "4", "1.1", "KUNSKAP", "", "", "", "PAGAENDE", "2025-05-01", "2025-01-01", ""],
            ["12", "2025", "INS-2", "T", "4", "4.1", "KUNSKAP", "", "", "", "AVSLUTAD", "", "", ""],
            ["14", "2025", "INS-3", "T", "x", "4.1", "BOSS", "", "", "", "PAGAENDE", "2025-02-30", "", ""],
            ["14", "2025", "INS-1", "T", "4", "4.1", "KUNSKAP", "", "", "", "PAGAENDE", "", "", ""],
            [" ", ""],
        ])
        #expect(findings == [
            F(2, "prioritering", .priorityArea), F(2, "slutdatum", .dateOrder),
            F(3, "region_kod", .regionMismatch),
            F(4, "strategiskt_omrade", .typeError), F(4, "roll", .foreignKey), F(4, "startdatum", .typeError),
            F(5, "insats_id", .primaryKey),
            F(6, nil, .blankRow),
        ])
    }

    @Test func finansiering() throws {
        let header = Valid.finansieringHeader.split(separator: ",").map(String.init)
        let findings = try flat(.finansiering, [
            header,
            ["14", "2025", "B-1", "", "SERV", "2", "2.1", "100", "", "", "", "", "", "", "", "2024-03-01"],
            ["14", "2025", "B-2", "", "INV", "0", "", "1,5", "", "", "", "", "", "", "JAMST|JAMST", "2025-03-01"],
            ["14", "2026", "B-3", "INS-9", "PROJ", "1", "1.1", "100", "", "", "", "", "", "", "", "2025-03-01", "extra"],
        ])
        #expect(findings == [
            F(2, "strategiskt_omrade", .serviceArea), F(2, "beslutsdatum", .decisionDateYear),
            F(3, "beviljat_kr", .typeError), F(3, "horisontella_kriterier", .constraintError), F(3, "strategiskt_omrade", .unassignedArea),
            F(4, nil, .extraCell), F(4, "ar", .yearMismatch), F(4, "insats_id", .foreignKey),
        ])
    }

    @Test func indikatorer() throws {
        let header = Valid.indikatorerHeader.split(separator: ",").map(String.init)
        let findings = try flat(.indikatorer, [
            header,
            ["14", "2025", "IND-1.1", "1280", "T", "3.5", "procent", "SCB"],
            ["14", "2025", "RUS-14-Egen", "", "T", "1", "st", ""],
            ["14", "2025", "RUS-12-Egen", "", "T", "1", "st", ""],
            ["14", "2025", "IND-1.1", "1480", "X", "-", "promille"],
        ])
        #expect(findings == [
            F(2, "enhet", .unitMismatch), F(2, "kommun_kod", .kommunRegion),
            F(4, "indikator_kod", .foreignKey),
            F(5, "kalla", .missingCell), F(5, "kon", .constraintError), F(5, "varde", .typeError),
        ])
    }

    @Test func strategi() throws {
        let header = Valid.strategiHeader.split(separator: ",").map(String.init)
        let findings = try flat(.strategi, [
            header + ["okand"],
            ["14", "2025", "RUS", "2026", "2024", "kanske", "", "", "", "", ""],
            ["14", "2025", "RUS", "2020", "", "nej", "", "", "", "", ""],
        ])
        // File-level findings (no line) come first; then by line, the cell checks before the rules.
        #expect(findings == [
            F(nil, nil, .rowCount),
            F(1, nil, .extraLabel),
            F(2, "oversyn_pagar", .typeError), F(2, "antagen_ar", .constraintError), F(2, "giltig_till_ar", .constraintError),
        ])
    }
}
