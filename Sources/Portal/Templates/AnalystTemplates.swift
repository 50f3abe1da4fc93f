/// The Mustache templates of the analysts' pages (see `PageTemplates` for the rules:
/// `{{x}}` escapes, no inline script or style). The one `{{{report}}}` takes the charts and
/// tables made by the exporter's HTML report (`ReportFragments`), which escapes every value.
enum AnalystTemplates {
    /// (name, template) pairs registered by `PageRenderer`.
    static let pages: [(String, String)] = [
        ("analyst-coverage", coverage), ("analyst-region", region), ("analyst-tables", tables),
        ("analyst-findings", findings), ("analyst-runs", runs), ("analyst-run", run),
    ]

    static let years = """
        <nav aria-labelledby="andra-ar"><h2 id="andra-ar">{{otherYearsLabel}}</h2>
        <ul class="years">
        {{#years}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{year}}</a></li>
        {{/years}}
        </ul></nav>

        """

    static let coverage = """
        <h1>{{heading}}</h1>
        <p>{{daysLeft}}</p>
        <h2>{{countsHeading}}</h2>
        <ul class="counts">
        {{#counts}}<li><span class="cov cov-{{status}}">{{word}}</span> {{count}}</li>
        {{/counts}}
        </ul>
        <div class="scroll">
        <table class="coverage">
        <caption>{{caption}}</caption>
        <thead><tr><th scope="col">{{regionLabel}}</th>{{#reports}}<th scope="col">{{.}}</th>{{/reports}}</tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row"><a href="{{href}}">{{region}} {{name}}</a></th>{{#cells}}<td class="cov cov-{{status}}"><a href="{{href}}"><span class="vh">{{region}} {{report}}: </span>{{word}}{{#late}}, {{lateMark}}{{/late}}</a></td>{{/cells}}</tr>
        {{/rows}}
        </tbody>
        </table>
        </div>
        <p class="hint">{{legend}}</p>
        \(years)
        """

    /// A region's files for an analyst: the history page's table (the partial `history`),
    /// with the way back to the coverage.
    static let region = """
        {{> history}}
        <p><a href="/analys/tackning?ar={{year}}">{{back}}</a></p>
        \(years)
        """

    static let tables = """
        <h1>{{heading}}</h1>
        {{#message}}<p class="notice">{{message}}</p>{{/message}}
        {{#hasData}}
        <nav aria-labelledby="vyer"><h2 id="vyer">{{viewsLabel}}</h2>
        <ul class="years">
        {{#views}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
        {{/views}}
        </ul></nav>
        <div class="report">
        {{{report}}}
        </div>
        <section aria-labelledby="nedladdning" class="downloads">
        <h2 id="nedladdning">{{downloadsLabel}}</h2>
        <p class="hint">{{downloadsIntro}}</p>
        <ul>
        {{#files}}<li><a href="{{href}}" download>{{label}}</a></li>
        {{/files}}
        </ul>
        <table>
        <caption>{{csvCaption}}</caption>
        <thead><tr><th scope="col">{{tableLabel}}</th><th scope="col">{{csvStandard}}</th><th scope="col">{{csvExcel}}</th></tr></thead>
        <tbody>
        {{#csv}}<tr><th scope="row">{{title}}</th><td><a href="{{standard}}" download>{{name}}.csv</a></td><td><a href="{{excel}}" download>{{name}}-excel-sv.csv</a></td></tr>
        {{/csv}}
        </tbody>
        </table>
        </section>
        {{/hasData}}
        \(years)
        """

    static let findingTable = """
        <table>
        <caption class="vh">{{caption}}</caption>
        <thead><tr>{{#grouped}}<th scope="col">{{groupLabel}}</th>{{/grouped}}<th scope="col">{{codeLabel}}</th><th scope="col">{{severityLabel}}</th><th scope="col" class="tal">{{findingsLabel}}</th><th scope="col" class="tal">{{filesLabel}}</th><th scope="col" class="tal">{{previousFindingsLabel}}</th><th scope="col" class="tal">{{previousFilesLabel}}</th><th scope="col">{{exampleLabel}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr>{{#grouped}}<th scope="row">{{group}}</th>{{/grouped}}<td><code>{{code}}</code></td><td>{{severity}}</td><td class="tal">{{findings}}</td><td class="tal">{{files}}</td><td class="tal">{{previousFindings}}</td><td class="tal">{{previousFiles}}</td><td>{{#exampleHref}}<a href="{{exampleHref}}">{{exampleText}}</a>{{/exampleHref}}</td></tr>
        {{/rows}}
        </tbody>
        </table>

        """

    static let findings = """
        <h1>{{heading}}</h1>
        <p>{{intro}}</p>
        {{^hasRows}}<p class="notice">{{noRows}}</p>{{/hasRows}}
        {{#tables}}
        <section aria-labelledby="{{id}}">
        <h2 id="{{id}}">{{caption}}</h2>
        \(findingTable)
        </section>
        {{/tables}}
        {{#hasRows}}
        <section aria-labelledby="koderna">
        <h2 id="koderna">{{meaningsHeading}}</h2>
        <dl class="facts">
        {{#meanings}}<dt><code>{{code}}</code></dt><dd>{{meaning}}</dd>
        {{/meanings}}
        </dl>
        </section>
        {{/hasRows}}
        \(years)
        """

    static let runs = """
        <h1>{{heading}}</h1>
        <p>{{intro}}</p>
        {{^hasRows}}<p class="notice">{{noRows}}</p>{{/hasRows}}
        {{#hasRows}}
        <div class="scroll">
        <table>
        <caption>{{heading}}</caption>
        <thead><tr><th scope="col">{{runLabel}}</th><th scope="col">{{startedLabel}}</th><th scope="col">{{durationLabel}}</th><th scope="col">{{outcomeLabel}}</th><th scope="col" class="tal">{{acceptedLabel}}</th><th scope="col" class="tal">{{rejectedLabel}}</th><th scope="col" class="tal">{{duplicatesLabel}}</th><th scope="col" class="tal">{{quarantinedLabel}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row"><a href="/analys/korningar/{{id}}">{{runLabel}} {{id}}</a></th><td>{{started}}</td><td>{{duration}}</td><td class="run-{{status}}">{{statusText}}</td><td class="tal">{{accepted}}</td><td class="tal">{{rejected}}</td><td class="tal">{{duplicates}}</td><td class="tal">{{quarantined}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        </div>
        {{/hasRows}}

        """

    static let run = """
        <h1>{{heading}}</h1>
        <p><a href="/analys/korningar">{{back}}</a></p>
        <dl class="facts">
        {{#facts}}<dt>{{label}}</dt><dd{{#cssClass}} class="{{cssClass}}"{{/cssClass}}>{{value}}</dd>
        {{/facts}}
        </dl>
        {{#hasRejected}}
        <table>
        <caption>{{rejectedLabel}}</caption>
        <thead><tr><th scope="col">{{regionLabel}}</th><th scope="col">{{reportLabel}}</th><th scope="col">{{fileLabel}}</th><th scope="col" class="tal">{{errorsLabel}}</th></tr></thead>
        <tbody>
        {{#rejected}}<tr><td>{{region}}</td><td>{{report}}</td><th scope="row">{{file}}</th><td class="tal">{{errors}}</td></tr>
        {{/rejected}}
        </tbody>
        </table>
        {{/hasRejected}}
        <h2>{{logHeading}}</h2>
        {{^hasLog}}<p class="notice">{{noLog}}</p>{{/hasLog}}
        {{#hasLog}}
        {{#cut}}<p class="notice">{{cut}}</p>{{/cut}}
        <div class="scroll" tabindex="0">
        <table class="log">
        <caption>{{logCaption}}</caption>
        <thead><tr><th scope="col">{{timeLabel}}</th><th scope="col">{{levelLabel}}</th><th scope="col">{{eventLabel}}</th><th scope="col">{{detailsLabel}}</th></tr></thead>
        <tbody>
        {{#lines}}<tr{{#problem}} class="problem"{{/problem}}><td>{{time}}</td><td>{{level}}</td><td>{{event}}</td><td>{{detail}}</td></tr>
        {{/lines}}
        </tbody>
        </table>
        </div>
        {{/hasLog}}

        """
}
