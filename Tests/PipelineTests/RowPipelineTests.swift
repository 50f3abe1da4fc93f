import Foundation
import Testing
import FollowUpModel
@testable import Pipeline

/// The two threads of a load: rows produced on one, consumed in batches on the other.
struct RowPipelineTests {
    func row(_ i: Int) -> TypedRow { TypedRow(line: i, values: [.integer(Int64(i))]) }

    @Test func rowsArriveInOrderAndTheVerdictComesBack() throws {
        var seen: [Int] = []
        let verdict = try RowPipeline.run(batchSize: 7, capacity: 2, produce: { push in
            for i in 0..<1000 { try push(row(i)) }
            return "done"
        }, consume: { batch in seen += batch.map(\.line) })
        #expect(verdict == "done")
        #expect(seen == Array(0..<1000))
    }

    @Test func batchesAreEncodedOnTheProducersThread() throws {
        let consumer = Thread.current
        var sizes: [Int] = []
        try RowPipeline.run(batchSize: 10, capacity: 2, produce: { push in
            for i in 0..<25 { try push(row(i)) }
        }, encode: { batch -> Int in
            #expect(Thread.current != consumer)
            return batch.count
        }, consume: { sizes.append($0) })
        #expect(sizes == [10, 10, 5])
    }

    struct Broken: Error {}

    @Test func aFailingConsumerStopsTheProducer() {
        let produced = Counter()
        #expect(throws: Broken.self) {
            try RowPipeline.run(batchSize: 10, capacity: 2, produce: { push in
                for i in 0..<1_000_000 {
                    try push(row(i))
                    produced.increment()
                }
                return ()
            }, consume: { batch in
                if batch.first!.line >= 50 { throw Broken() }
            })
        }
        // Stopped within the queue's reach, far from the end of the input.
        #expect(produced.value < 200)
    }

    @Test func aFailingProducerFailsTheLoadAfterItsRowsWereConsumed() {
        var consumed = 0
        #expect(throws: Broken.self) {
            try RowPipeline.run(batchSize: 10, capacity: 2, produce: { push in
                for i in 0..<35 { try push(row(i)) }
                throw Broken()
            }, consume: { consumed += $0.count })
        }
        #expect(consumed == 30)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func increment() { lock.lock(); n += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return n }
}
