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
        }
        """
}
