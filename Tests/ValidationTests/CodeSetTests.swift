import Testing
@testable import Validation

struct CodeSetTests {
    func has(_ set: CodeSet, _ text: String) -> Bool {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { set.contains(UnsafeBufferPointer($0), text) }
    }

    @Test func packedCodesMatchExactlyTheirBytes() {
        let regions = CodeSet(["01", "03", "14", "25", "K", "PROJ", "ABCDEFGH"])
        for member in ["01", "03", "14", "25", "K", "PROJ", "ABCDEFGH"] { #expect(has(regions, member)) }
        for other in ["1", "014", "0", "", "14 ", "k", "PRO", "PROJX", "ABCDEFGHI", "ABCDEFG", "Ö"] {
            #expect(!has(regions, other), "\(other)")
        }
    }

    @Test func longOrNonASCIICodesUseTheSet() {
        let roles = CodeSet(["SAMORDNARE", "KUNSKAP"])   // one longer than 8 bytes
        #expect(has(roles, "SAMORDNARE") && has(roles, "KUNSKAP"))
        #expect(!has(roles, "SAMORDNAR") && !has(roles, "KUNSKAPS"))
        let swedish = CodeSet(["Ö", "Å"])
        #expect(has(swedish, "Ö") && !has(swedish, "O"))
    }
}
