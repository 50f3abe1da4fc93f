import Foundation
import FollowUpModel
import Threading

/// The two threads of a load: a producer of rows (reading and validating a file) runs on a
/// second thread while the calling thread consumes them (the store's `SubmissionWriter`
/// inserting into SQLite): the two halves of a load take
/// about as long as each other, so on a machine with two cores the load takes the time of
/// the slower half, not of both.
///
/// Rows travel in batches of `batchSize` through `Handoff`'s bounded queue (at most
/// `capacity` batches in flight), so memory does not grow with the file. Each batch is
/// prepared for the consumer (`encode`) on the producer's thread. If the consumer fails,
/// the producer stops at its next hand-over; the consumer's error is the one rethrown.
enum RowPipeline {
    static func run<Verdict>(
        batchSize: Int = 256, capacity: Int = 8,
        produce: (_ push: (TypedRow) throws -> Void) throws -> Verdict,
        consume: ([TypedRow]) throws -> Void
    ) throws -> Verdict {
        try run(batchSize: batchSize, capacity: capacity, produce: produce, encode: { $0 }, consume: consume)
    }

    static func run<Batch, Verdict>(
        batchSize: Int = 256, capacity: Int = 8,
        produce: (_ push: (TypedRow) throws -> Void) throws -> Verdict,
        encode: @escaping ([TypedRow]) throws -> Batch,
        consume: (Batch) throws -> Void
    ) throws -> Verdict {
        try Handoff.run(capacity: capacity, produce: { (handOver: (Batch) throws -> Void) -> Verdict in
            try withoutActuallyEscaping(handOver) { handOver in
                var batch: [TypedRow] = []
                batch.reserveCapacity(batchSize)
                let verdict = try produce { row in
                    batch.append(row)
                    if batch.count == batchSize {
                        try handOver(encode(batch))
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try handOver(encode(batch)) }
                return verdict
            }
        }, consume: consume)
    }
}
