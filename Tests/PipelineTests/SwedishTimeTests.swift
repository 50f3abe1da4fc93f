import Foundation
import Pipeline
import Testing

/// Times on the portal's pages: Swedish local time to the minute.
struct SwedishTimeTests {
    @Test func readableTimesAreSwedishLocalTimeToTheMinute() {
        #expect(SwedishTime.readable("2026-02-13T10:28:00Z") == "2026-02-13 11:28")        // winter, UTC+1
        #expect(SwedishTime.readable("2026-06-01T00:30:59Z") == "2026-06-01 02:30")        // summer, UTC+2
        #expect(SwedishTime.readable("2022-01-10T09:00:00+01:00") == "2022-01-10 09:00")
        #expect(SwedishTime.readable("2026-12-05T04:25:20.123Z") == "2026-12-05 05:25")
        // What is no time stays as it is.
        #expect(SwedishTime.readable("–") == "–")
        #expect(SwedishTime.readable("2026-02-13") == "2026-02-13")
    }
}
