/// The portal's Mustache templates. `{{x}}` escapes HTML, so everything a region wrote
/// (file names, values, messages) is escaped wherever it is shown; `{{{body}}}` only ever
/// takes a page rendered from these templates. No inline script or style (the CSP forbids
/// both).
enum PageTemplates {
    static let layout = """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} – {{siteName}}</title>
        <link rel="stylesheet" href="/static/portal.css">
        </head>
        <body>
        <a class="skip" href="#innehall">{{skipLink}}</a>
        <header class="site">
        <p class="site-name"><a href="/">{{siteName}}</a></p>
        {{#signedIn}}
        <nav aria-label="{{mainNavigation}}">
        <ul>
        {{#nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
        {{/nav}}
        </ul>
        </nav>
        <form class="signout" method="post" action="/logga-ut">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <span>{{signedInAs}} {{user}}</span>
        <button type="submit">{{signOut}}</button>
        </form>
        {{/signedIn}}
        </header>
        <main id="innehall" tabindex="-1">
        {{{body}}}
        </main>
        </body>
        </html>

        """

    static let login = """
        <h1>{{heading}}</h1>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <form method="post" action="/logga-in">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <p><label for="anvandarnamn">{{userName}}</label>
        <input id="anvandarnamn" name="username" type="text" autocomplete="username" required value="{{username}}"></p>
        <p><label for="losenord">{{password}}</label>
        <input id="losenord" name="password" type="password" autocomplete="current-password" required></p>
        <p><button type="submit">{{signIn}}</button></p>
        </form>

        """

    static let overview = """
        <h1>{{heading}}</h1>
        <p>{{daysLeft}}</p>
        <table>
        <caption>{{caption}}</caption>
        <thead><tr><th scope="col">{{reportLabel}}</th><th scope="col">{{statusLabel}}</th><th scope="col">{{receivedLabel}}</th><th scope="col">{{lateLabel}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row">{{report}}</th><td class="status-{{status}}">{{statusText}}</td><td>{{received}}</td><td>{{late}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        <p>{{nightlyNote}}</p>
        <h2>{{otherYears}}</h2>
        <ul class="years">
        {{#years}}<li><a href="/oversikt?ar={{year}}">{{year}}</a></li>
        {{/years}}
        </ul>

        """

    static let check = """
        <h1>{{heading}}</h1>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <form method="post" action="/skicka-in" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <p><label for="filer">{{chooseFiles}}</label>
        <input id="filer" name="file" type="file" accept=".csv,text/csv" multiple aria-describedby="filer-hjalp"></p>
        <p id="filer-hjalp" class="hint">{{filesHint}}</p>
        <p><button type="submit" name="action" value="check">{{checkOnly}}</button>
        <button type="submit" name="action" value="submit">{{checkAndSend}}</button></p>
        </form>
        {{#hasResults}}
        <section aria-labelledby="resultat">
        <h2 id="resultat" tabindex="-1">{{findingsHeading}}</h2>
        {{#reportLink}}<p><a href="{{reportLink}}" download>{{downloadFindings}}</a></p>{{/reportLink}}
        {{#files}}
        <section class="file">
        <h3>{{file}}</h3>
        <p>{{summary}}</p>
        <p class="{{stateClass}}">{{state}}</p>
        {{#xlsxLink}}<p><a href="{{xlsxLink}}" download>{{downloadXLSX}}</a></p>{{/xlsxLink}}
        {{#hasFindings}}
        <table>
        <caption>{{file}}</caption>
        <thead><tr><th scope="col">{{lineLabel}}</th><th scope="col">{{columnLabel}}</th><th scope="col">{{valueLabel}}</th><th scope="col">{{severityLabel}}</th><th scope="col">{{codeLabel}}</th><th scope="col">{{messageLabel}}</th></tr></thead>
        <tbody>
        {{#findings}}<tr><td>{{line}}</td><td>{{column}}</td><td>{{value}}</td><td>{{severity}}</td><td>{{code}}</td><td>{{message}}</td></tr>
        {{/findings}}
        </tbody>
        </table>
        {{/hasFindings}}
        </section>
        {{/files}}
        </section>
        {{/hasResults}}

        """

    static let history = """
        <h1>{{heading}}</h1>
        <p>{{nightlyNote}}</p>
        {{^hasRows}}<p>{{noHistory}}</p>{{/hasRows}}
        {{#hasRows}}
        <table>
        <caption>{{heading}}</caption>
        <thead><tr><th scope="col">{{fileLabel}}</th><th scope="col">{{receivedLabel}}</th><th scope="col">{{outcomeLabel}}</th><th scope="col">{{receiptLabel}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row">{{file}}</th><td>{{received}}</td><td>{{outcome}}</td><td>{{#id}}<a href="/historik/{{id}}/kvitto.txt">{{receiptText}}</a>, <a href="/historik/{{id}}/kvitto.json">{{receiptJSON}}</a>{{#hasFindings}}, <a href="/historik/{{id}}/felrapport.csv">{{findingsCSV}}</a>, <a href="/historik/{{id}}/felrapport.xlsx">{{findingsXLSX}}</a>{{/hasFindings}}{{#hasFile}}, <a href="/historik/{{id}}/fil">{{archivedFile}}</a>{{/hasFile}}{{/id}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{/hasRows}}

        """

    static let templates = """
        <h1>{{heading}}</h1>
        <p>{{intro}}</p>
        <ul>
        {{#reports}}<li>{{report}}: <a href="/mallar/{{year}}/{{report}}.csv">{{template}}</a>, <a href="/mallar/{{year}}/{{report}}.txt">{{guide}}</a></li>
        {{/reports}}
        </ul>

        """

    static let error = """
        <h1>{{heading}}</h1>
        <p>{{message}}</p>
        <p><a href="/">{{back}}</a></p>

        """

    static let stylesheet = """
        body { font-family: system-ui, sans-serif; margin: 0; line-height: 1.5; color: #1a1a1a; background: #fff; }
        main, header.site { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        header.site { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; border-bottom: 2px solid #1a1a1a; }
        header.site ul { list-style: none; display: flex; gap: 1rem; padding: 0; margin: 0; }
        .site-name { font-weight: bold; margin: 0; }
        a { color: #00458a; }
        a:focus, button:focus, input:focus, main:focus, h2:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { position: static; display: inline-block; padding: .5rem; background: #ffe9a8; }
        table { border-collapse: collapse; margin: 1rem 0; }
        th, td { border: 1px solid #767676; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        caption { text-align: left; font-weight: bold; }
        .error, .state-error { color: #a00000; font-weight: bold; }
        .state-ok { color: #1e6b1e; font-weight: bold; }
        button { font: inherit; padding: .4rem .9rem; }
        .hint { color: #4a4a4a; }
        .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .scroll, .report .tabellram { overflow: auto; max-width: 100%; }
        .report .tabellram.lang { max-height: 34rem; }
        .cov { font-weight: bold; }
        td.cov a { display: block; color: inherit; }
        .cov-godkand { background: #e3f3e3; color: #1e5b1e; }
        .cov-avvisad { background: #fbe4e4; color: #8a0000; }
        .cov-inskickad { background: #fff4d6; color: #5c4300; }
        .cov-saknas { background: #f0f0f0; color: #333; }
        .cov-sen { background: #fde9d9; color: #7a3300; }
        ul.counts, ul.years { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; list-style: none; padding: 0; }
        span.cov { padding: 0 .4rem; }
        th.tal, td.tal { text-align: right; font-variant-numeric: tabular-nums; }
        .run-failed, tr.problem td { color: #a00000; font-weight: bold; }
        .notice { padding: .5rem; border-left: 4px solid #00458a; background: #eef4fa; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
        dl.facts dd { margin: 0; }
        .report svg.diagram { display: block; width: 100%; height: auto; max-width: 760px; }
        .report svg text { font-size: 12px; fill: #1a1a1a; }
        .report svg text.varde, .report svg text.tomt { fill: #4a4a4a; }
        .report svg rect.ar { fill: #1f5f8b; }
        .report svg rect.jamforelsear { fill: #9ec3de; }
        .report .rutnat { display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); gap: .5rem 2rem; }
        .report figure { margin: 0 0 1rem; }
        .report td.tom, .report .meta, .report figcaption { color: #4a4a4a; }
        table.log td:first-child { white-space: nowrap; }

        """ + AdminTemplates.stylesheet
}
