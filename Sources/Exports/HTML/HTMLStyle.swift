/// The report's inline stylesheet. No `<` or `&` inside, so the page also parses as XML.
enum HTMLStyle {
    static let css = """
        :root { --bla: #1f5f8b; --ljusbla: #9ec3de; --text: #1d232a; --dampad: #5b6670; --linje: #d5dbe1; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text);
          background: #f4f6f8; line-height: 1.45; }
        header.sidhuvud, nav, main { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
        header.sidhuvud { padding-top: 32px; }
        h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.3rem; margin: 0 0 .75rem; }
        h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
        .ingress { max-width: 72ch; font-size: 1.05rem; }
        .skapad, .meta, figcaption, caption { color: var(--dampad); font-size: .9rem; }
        nav ol { columns: 2; padding-left: 1.25rem; }
        nav a { color: var(--bla); }
        section { background: #fff; margin: 24px 0; padding: 20px 24px; border-radius: 6px;
          box-shadow: 0 1px 3px rgba(0, 0, 0, .12); }
        figure { margin: 0 0 16px; break-inside: avoid; }
        .rutnat { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 8px 32px; }
        svg.diagram { display: block; width: 100%; height: auto; max-width: 760px; }
        svg text { font-size: 12px; fill: var(--text); }
        svg text.varde { fill: var(--dampad); }
        svg text.tomt { fill: var(--dampad); font-style: italic; }
        svg rect.ar { fill: var(--bla); }
        svg rect.jamforelsear { fill: var(--ljusbla); }
        \(seriesAndMapCSS)
        .tabellram { overflow: auto; max-width: 100%; border: 1px solid var(--linje); border-radius: 4px;
          scrollbar-width: auto; scrollbar-color: #8a98a6 #e8eef4; scrollbar-gutter: stable; }
        .tabellram::-webkit-scrollbar { height: 12px; width: 12px; background: #e8eef4; }
        .tabellram::-webkit-scrollbar-thumb { background: #8a98a6; border-radius: 6px; }
        .tabellram.lang { max-height: 34rem; overflow-y: auto; }
        table { border-collapse: collapse; font-size: .85rem; width: 100%; }
        caption { text-align: left; padding: 6px 8px; caption-side: top; }
        th, td { padding: 4px 8px; border-bottom: 1px solid var(--linje); vertical-align: top; }
        thead th { position: sticky; top: 0; z-index: 2; background: #e8eef4; text-align: left; font-weight: 600; }
        tbody td:first-child { position: sticky; left: 0; z-index: 1; background: #fff;
          box-shadow: 1px 0 0 var(--linje); }
        tbody tr:nth-child(even) td:first-child { background: #f8fafb; }
        thead th:first-child { left: 0; z-index: 3; box-shadow: 1px 0 0 var(--linje); }
        th.tal, td.tal { text-align: right; font-variant-numeric: tabular-nums; }
        td.tal, td.kort { white-space: nowrap; }
        td.lang-text { min-width: 16em; }
        tbody tr:nth-child(even) { background: #f8fafb; }
        td.tom { color: var(--dampad); }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          body { background: #fff; font-size: 10pt; }
          header.sidhuvud, nav, main { max-width: none; padding: 0; }
          section { box-shadow: none; border-radius: 0; padding: 0; margin: 0 0 8mm; }
          h2, h3, caption { break-after: avoid; }
          section > p.meta { break-after: avoid; }
          figure, .rutnat figure { break-inside: avoid; }
          .rutnat { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm 8mm; }
          .tabellram table { break-inside: auto; }
          .tabellram, .tabellram.lang { max-height: none; overflow: visible; border: none; }
          thead th, tbody td:first-child { position: static; box-shadow: none; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          nav a { color: inherit; text-decoration: none; }
          svg rect.ar, svg rect.jamforelsear { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          svg.karta, svg.tidsserie { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          svg.karta { max-height: 150mm; width: auto; max-width: 100%; }
          .kartlayout { flex-wrap: nowrap; break-inside: avoid; }
          table.dold-skarm { break-inside: avoid; }
        }
        """
}

extension HTMLStyle {
    /// The rules of the time series and the map (issue 15), shared with the portal's
    /// analysts' pages, which show the same charts (`ReportFragments.stylesheet`).
    static let seriesAndMapCSS = """
        svg text.axel { fill: var(--dampad); }
        svg text.saknas { font-style: italic; }
        svg line.rutlinje { stroke: var(--linje); stroke-width: 1; }
        svg.tidsserie g path, svg.tidsserie g line { fill: none; stroke-width: 2.5; }
        svg.tidsserie g.linje-1 { stroke: #0072b2; fill: #0072b2; }
        svg.tidsserie g.linje-2 { stroke: #d55e00; fill: #d55e00; stroke-dasharray: 8 4; }
        svg.tidsserie g.linje-3 { stroke: #009e73; fill: #009e73; stroke-dasharray: 2 3; }
        svg.tidsserie g.linje-4 { stroke: #cc79a7; fill: #cc79a7; stroke-dasharray: 10 3 2 3; }
        svg.tidsserie g.linje-5 { stroke: #e69f00; fill: #e69f00; stroke-dasharray: 4 4; }
        svg.tidsserie g.linje-6 { stroke: #1d232a; fill: #1d232a; stroke-dasharray: 12 6; }
        svg.tidsserie circle, svg.tidsserie text { stroke: none; stroke-dasharray: none; }
        svg.karta { display: block; width: 100%; height: auto; max-width: 460px; }
        svg.karta text.rubrik { font-weight: 600; }
        svg.karta path.lan { stroke: #fff; stroke-width: .6; }
        svg.karta path.lan:hover { stroke: var(--text); stroke-width: 1.2; }
        svg .klass-0 { fill: #e3e6e9; }
        svg .klass-1 { fill: #deebf7; }
        svg .klass-2 { fill: #9ecae1; }
        svg .klass-3 { fill: #6baed6; }
        svg .klass-4 { fill: #3182bd; }
        svg .klass-5 { fill: #08519c; }
        svg .klass-saknas { fill: #fff; }
        svg rect.klass-0, svg rect.klass-1, svg rect.klass-saknas { stroke: #8a98a6; stroke-width: .6; }
        .kartlayout { display: flex; flex-wrap: wrap; gap: 8px 32px; align-items: flex-start; }
        .kartlayout figure { flex: 0 1 460px; }
        .kartlayout div.kartdata { flex: 1 1 340px; max-width: 560px; }
        table.dold-skarm { margin-top: 8px; }
        table.kartdata tbody th, table.dold-skarm tbody th { text-align: left; font-weight: normal; }
        table.kartdata td:last-child { white-space: nowrap; }
        @media screen {
          table.dold-skarm { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
            clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
        }
        """
}
