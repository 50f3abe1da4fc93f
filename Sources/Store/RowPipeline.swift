import Foundation
import FollowUpModel

/// Runs a producer of rows (reading and validating a file) on a second thread while the
/// calling thread consumes them (inserting into SQLite): the two halves of a load take
/// about as long as each other, so on a machine with two cores the load takes the time of
/// the slower half, not of both.
///
/// Rows travel in batches through a bounded queue, so memory does not grow with the file:
/// at most `capacity` batches of `batchSize` rows are in flight. Each batch is prepared for
/// the consumer (`encode`) on the producer's thread, which has the lighter half of the work. If the consumer fails, the
/// producer's next hand-over throws `RowPipeline.Cancelled` and it stops; the consumer's
/// error is the one rethrown. The producer has finished when `run` returns or throws.
enum RowPipeline {
    struct Cancelled: Error {}

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
        let queue = BatchQueue<Batch>(capacity: capacity)
        let outcome = ProducerOutcome<Verdict>()
        return try withoutActuallyEscaping(produce) { produce in
            // The thread sees the closure only through this box, which it empties before it
            // reports: nothing holds the closure once `run` returns.
            let box = ClosureBox(produce)
            let thread = Thread {
                let result = Result<Verdict, Error> {
                    try produceBatches(box.take(), batchSize: batchSize, encode: encode, into: queue)
                }
                outcome.set(result)
                queue.close()
            }
            thread.stackSize = 8 << 20
            thread.start()
            var consumerError: Error?
            while let batch = queue.take() {
                do {
                    try consume(batch)
                } catch {
                    consumerError = error
                    queue.cancel()
                    break
                }
            }
            let result = outcome.wait()
            if let consumerError { throw consumerError }
            return try result.get()
        }
    }
}

private func produceBatches<Batch, Verdict>(
    _ produce: (_ push: (TypedRow) throws -> Void) throws -> Verdict,
    batchSize: Int, encode: @escaping ([TypedRow]) throws -> Batch, into queue: BatchQueue<Batch>
) throws -> Verdict {
    var batch: [TypedRow] = []
    batch.reserveCapacity(batchSize)
    let verdict = try produce { row in
        batch.append(row)
        if batch.count == batchSize {
            try queue.put(encode(batch))
            batch.removeAll(keepingCapacity: true)
        }
    }
    if !batch.isEmpty { try queue.put(encode(batch)) }
    return verdict
}

/// A bounded FIFO of row batches between one producer and one consumer.
private final class BatchQueue<Batch>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [Batch?] = []
    private var head = 0
    private var closed = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Blocks while the queue is full; throws once the consumer gave up.
    func put(_ batch: Batch) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count - head >= capacity && !cancelled { condition.wait() }
        if cancelled { throw RowPipeline.Cancelled() }
        if head > capacity {
            batches.removeFirst(head)
            head = 0
        }
        batches.append(batch)
        condition.broadcast()
    }

    /// The next batch, or nil when the producer has closed the queue and all were taken.
    func take() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while head == batches.count && !closed { condition.wait() }
        guard head < batches.count else { return nil }
        let batch = batches[head]
        batches[head] = nil
        head += 1
        condition.broadcast()
        return batch
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}

/// The producer's result, handed to the consumer when the producer thread ends.
private final class ProducerOutcome<Verdict>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<Verdict, Error>?

    func set(_ r: Result<Verdict, Error>) {
        condition.lock()
        result = r
        condition.broadcast()
        condition.unlock()
    }

    func wait() -> Result<Verdict, Error> {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}

private final class ClosureBox<T>: @unchecked Sendable {
    private var value: T?
    init(_ value: T) { self.value = value }
    /// The value, once; the box no longer holds it.
    func take() -> T {
        defer { value = nil }
        return value!
    }
}
