import FollowUpModel
import Texts

extension RowReader {
    /// The full check: parses one trimmed cell by its field's type and checks its constraints and code list.
    /// Returns the typed value, `.null` for an allowed empty cell, nil when a rule is broken.
    func checkCell(_ text: String, _ plan: FieldPlan, line: Int, _ out: inout FindingReporter) -> CellValue? {
        let field = plan.field
        let c = field.constraints
        let decimalComma = self.decimalComma
        if text.isEmpty {
            if field.isRequired {
                out.add(.constraintError, line: line, column: field.name, value: "", Messages.required(field, line: line))
                return nil
            }
            if let zero = field.emptyValue { return field.type == .number ? .number(zero) : .integer(Int64(zero)) }
            return .null
        }
        func typeError() -> CellValue? {
            out.add(.typeError, line: line, column: field.name, value: text,
                   Messages.typeError(field, line: line, value: text, decimalComma: decimalComma))
            return nil
        }
        let value: CellValue
        var numeric: Double?
        switch field.type {
        case .string:
            if let control = CellText.control(in: text) {
                out.add(.encodingError, line: line, column: field.name, value: text,
                        Messages.controlCharacter(field, line: line, scalar: control))
                return nil
            }
            value = .text(text)
        case .integer:
            guard let i = FieldParsers.integer(text) else {
                if FieldParsers.isWholeNumberOutOfRange(text) {
                    out.add(.typeError, line: line, column: field.name, value: text,
                            Messages.integerOutOfRange(field, line: line, value: text))
                    return nil
                }
                return typeError()
            }
            value = .integer(i)
            numeric = Double(i)
        case .number:
            guard let d = FieldParsers.number(text, decimalComma: decimalComma) else { return typeError() }
            value = .number(d)
            numeric = d
        case .boolean:
            guard let b = FieldParsers.boolean(text) else { return typeError() }
            value = .boolean(b)
        case .date:
            guard FieldParsers.date(text) != nil else { return typeError() }
            value = .date(text)
        case .list:
            return checkList(text, plan, line: line, &out)
        }
        var ok = true
        if let allowed = plan.enumValues, !allowed.contains(text) {
            out.add(.constraintError, line: line, column: field.name, value: text,
                   Messages.notInEnum(field, line: line, value: text, allowed: c?.enum ?? []))
            ok = false
        }
        if let pattern = plan.pattern, !pattern.matches(text) {
            out.add(.constraintError, line: line, column: field.name, value: text,
                   Messages.pattern(field, line: line, value: text, matcher: pattern))
            ok = false
        }
        if let n = numeric, (c?.minimum.map { n < $0 } ?? false) || (c?.maximum.map { n > $0 } ?? false) {
            out.add(.constraintError, line: line, column: field.name, value: text,
                   Messages.range(field, line: line, value: text, minimum: c?.minimum, maximum: c?.maximum))
            ok = false
        }
        if field.type == .string, c?.minLength != nil || c?.maxLength != nil {
            let count = text.unicodeScalars.count
            if count < (c?.minLength ?? 0) || count > (c?.maxLength ?? Int.max) {
                out.add(.constraintError, line: line, column: field.name, value: text,
                       Messages.length(field, line: line, value: text, count: count, minLength: c?.minLength, maxLength: c?.maxLength))
                ok = false
            }
        }
        if let list = plan.codeList, !list.contains(text) {
            out.add(.foreignKey, line: line, column: field.name, value: text,
                   Messages.foreignKey(field, line: line, code: text, list: list))
            ok = false
        }
        return ok ? value : nil
    }

    /// A `|`-separated list: an empty or repeated code is `constraint-error`, each unknown code `foreign-key`.
    private func checkList(_ text: String, _ plan: FieldPlan, line: Int, _ out: inout FindingReporter) -> CellValue? {
        let field = plan.field
        let codes = FieldParsers.list(text, delimiter: plan.listDelimiter)
        var ok = true
        if codes.contains(where: \.isEmpty) {
            out.add(.constraintError, line: line, column: field.name, value: text,
                   Messages.listEmptyCode(field, line: line, value: text))
            ok = false
        }
        // A linear scan beats hashing for the few codes a cell usually holds.
        var seen = codes.count > 16 ? Set<String>() : nil
        for (k, code) in codes.enumerated() where !code.isEmpty {
            let repeated = seen.map { !$0.contains(code) ? false : true } ?? codes[..<k].contains(code)
            seen?.insert(code)
            if repeated {
                out.add(.constraintError, line: line, column: field.name, value: code,
                       Messages.listRepeatedCode(field, line: line, code: code))
                ok = false
            } else if let list = plan.codeList, !list.contains(code) {
                out.add(.foreignKey, line: line, column: field.name, value: code,
                       Messages.foreignKey(field, line: line, code: code, list: list))
                ok = false
            }
        }
        return ok ? .list(codes) : nil
    }
}
