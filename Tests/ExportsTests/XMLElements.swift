import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every element of an XML document, in document order, or an error when it does not parse.
struct XMLElements {
    struct Element {
        let name: String
        let attributes: [String: String]
    }

    let elements: [Element]

    init(_ data: Data) throws {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw ParseFailure(message: parser.parserError.map { "\($0)" } ?? "unknown",
                               line: parser.lineNumber, column: parser.columnNumber)
        }
        elements = collector.elements
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    struct ParseFailure: Error, CustomStringConvertible {
        let message: String
        let line: Int
        let column: Int
        var description: String { "XML parse error at \(line):\(column): \(message)" }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            elements.append(Element(name: elementName, attributes: attributeDict))
        }
    }
}
