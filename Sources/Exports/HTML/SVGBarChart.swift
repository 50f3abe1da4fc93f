import FollowUpModel

/// Horizontal bar charts as inline SVG, sized by `viewBox` so they scale with the page.
struct SVGBarChart {
    struct Series {
        let label: String
        let cssClass: String
    }

    struct Group {
        let label: String
        /// One value per series; nil means "no value" (drawn as nothing).
        let values: [Double?]
        /// Shown at the end of each bar.
        let valueTexts: [String]
    }

    let id: String
    let title: String
    let description: String
    let series: [Series]
    let groups: [Group]
    var width = 760.0
    /// Space for labels left of the bars; 0 puts each group's label on its own line above its bars.
    var labelWidth = 0.0
    var barHeight = 16.0
    var emptyText = ""

    private var labelAbove: Bool { labelWidth == 0 }
    private var legendHeight: Double { series.count > 1 ? 28 : 6 }
    private var groupHeight: Double {
        (labelAbove ? 20 : 0) + Double(series.count) * (barHeight + 3) + (labelAbove ? 12 : 4)
    }
    /// Nothing to draw (every value 0) and a note to say so: the note is drawn instead of
    /// the bars and their labels, never over them.
    var showsOnlyNote: Bool {
        !emptyText.isEmpty && (groups.flatMap { $0.values.compactMap { $0 } }.map(abs).max() ?? 0) == 0
    }
    var height: Double {
        showsOnlyNote ? legendHeight + 30 : legendHeight + Double(max(groups.count, 1)) * groupHeight + 6
    }

    var svg: String {
        let e = XMLText.escape
        var out = #"<svg class="diagram" role="img" viewBox="0 0 \#(n(width)) \#(n(height))" "#
        out += #"aria-labelledby="\#(id)-titel \#(id)-beskrivning" preserveAspectRatio="xMinYMin meet">"#
        out += #"<title id="\#(id)-titel">\#(e(title))</title>"#
        out += #"<desc id="\#(id)-beskrivning">\#(e(description))</desc>"#
        if series.count > 1 {
            var x = 0.0
            for s in series {
                out += #"<rect class="\#(s.cssClass)" x="\#(n(x))" y="6" width="14" height="14"/>"#
                out += #"<text class="forklaring" x="\#(n(x + 20))" y="18">\#(e(s.label))</text>"#
                x += 40 + Double(s.label.count) * 8
            }
        }
        let values = groups.flatMap { $0.values.compactMap { $0 } }
        let largest = values.map { abs($0) }.max() ?? 0
        if showsOnlyNote {
            out += #"<text class="tomt" x="0" y="\#(n(legendHeight + 20))">\#(e(emptyText))</text>"#
            return out + "</svg>"
        }
        let valueRoom = 90.0
        let barArea = max(width - labelWidth - valueRoom, 10)
        for (g, group) in groups.enumerated() {
            var y = legendHeight + Double(g) * groupHeight
            if labelAbove {
                out += #"<text class="etikett" x="0" y="\#(n(y + 14))">\#(e(group.label))</text>"#
                y += 20
            } else {
                let middle = y + (Double(series.count) * (barHeight + 3)) / 2 + 4
                out += #"<text class="etikett" x="\#(n(labelWidth - 8))" y="\#(n(middle))" text-anchor="end">\#(e(group.label))</text>"#
            }
            for (s, value) in group.values.enumerated() {
                let barY = y + Double(s) * (barHeight + 3)
                guard let value else { continue }
                let length = largest > 0 ? max(abs(value) / largest * barArea, value == 0 ? 0 : 1) : 0
                let valueText = s < group.valueTexts.count ? group.valueTexts[s] : ""
                out += #"<rect class="\#(series[s].cssClass)" x="\#(n(labelWidth))" y="\#(n(barY))" "#
                out += #"width="\#(n(length))" height="\#(n(barHeight))">"#
                out += "<title>\(e(group.label)), \(e(series[s].label)): \(e(valueText))</title></rect>"
                out += #"<text class="varde" x="\#(n(labelWidth + length + 5))" y="\#(n(barY + barHeight - 4))">\#(e(valueText))</text>"#
            }
        }
        return out + "</svg>"
    }

    /// Coordinates with at most one decimal, locale-independent.
    private func n(_ value: Double) -> String {
        let tenths = Int64((value * 10).rounded())
        return TableValueText.tenths(tenths)
    }
}
