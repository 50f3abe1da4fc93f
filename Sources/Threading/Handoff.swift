import Foundation

/// Runs a producer on a second thread while the calling thread consumes what it hands
/// over, in order, through a bounded queue (at most `capacity` items in flight, so memory
/// does not grow with the input). If the consumer throws, the producer's next hand-over
/// throws `Handoff.Cancelled` and it stops (a producer that hands nothing more over runs to
/// its end first); the consumer's error is the one rethrown. If only the producer throws,
/// the items it handed over before are consumed, then its error is rethrown. The producer
/// has finished when `run` returns or throws.
public enum Handoff {
    public struct Cancelled: Error {}

    public static func run<Item, Result>(
        capacity: Int,
        produce: (_ handOver: (Item) throws -> Void) throws -> Result,
        consume: (Item) throws -> Void
    ) throws -> Result {
        precondition(capacity > 0, "a hand-off needs room for one item")
        let queue = HandoffQueue<Item>(capacity: capacity)
        let outcome = ProducerOutcome<Result>()
        return try withoutActuallyEscaping(produce) { produce in
            // The thread sees the closure only through this box, which it empties before it
            // reports: nothing holds the closure once `run` returns.
            let box = ClosureBox(produce)
            let thread = Thread {
                let result = Swift.Result<Result, Error> { try box.take()(queue.put) }
                outcome.set(result)
                queue.close()
            }
            thread.stackSize = 8 << 20
            thread.start()
            var consumerError: Error?
            while let item = queue.take() {
                do {
                    try consume(item)
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

/// A bounded FIFO between one producer and one consumer.
private final class HandoffQueue<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Item?] = []
    private var head = 0
    private var closed = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Blocks while the queue is full; throws once the consumer gave up.
    func put(_ item: Item) throws {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Handoff.Cancelled() }
        if head > capacity {
            items.removeFirst(head)
            head = 0
        }
        items.append(item)
        condition.broadcast()
    }

    /// The next item, or nil when the producer has closed the queue and all were taken.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        items[head] = nil
        head += 1
        condition.broadcast()
        return item
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
        items.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}

/// The producer's result, handed to the consumer when the producer thread ends.
private final class ProducerOutcome<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<Value, Error>?

    func set(_ r: Result<Value, Error>) {
        condition.lock()
        result = r
        condition.broadcast()
        condition.unlock()
    }

    func wait() -> Result<Value, Error> {
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
