/// The Mustache templates of the operators' pages (see `PageTemplates` for the rules:
/// `{{x}}` escapes, no inline script or style).
///
/// Every value an item of a list may look up is set in the item itself (false when absent),
/// so a missing key never picks up the page's value of the same name.
enum AdminTemplates {
    /// (name, template) pairs registered by `PageRenderer`.
    static let pages: [(String, String)] = [
        ("admin-accounts", accounts), ("admin-tokens", tokens), ("admin-secret", secret), ("audit", audit),
        ("admin-field", field), ("admin-select", select), ("admin-errors", errorSummary),
    ]

    /// The list of errors above a form, each linking to its field.
    static let errorSummary = """
        {{#hasErrors}}<div class="error-summary" role="alert">
        <p>{{errorSummaryText}}</p>
        <ul>
        {{#errors}}<li><a href="#{{field}}">{{message}}</a></li>
        {{/errors}}
        </ul>
        </div>{{/hasErrors}}

        """

    /// One labelled text field with its hint and error (`aria-describedby` names both).
    static let field = """
        <p><label for="{{id}}">{{label}}</label>
        <input id="{{id}}" name="{{name}}" type="{{type}}" value="{{value}}" maxlength="{{maxLength}}"{{#autocomplete}} autocomplete="{{autocomplete}}"{{/autocomplete}}{{#required}} required{{/required}}{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}>
        {{#hint}}<span id="{{id}}-hjalp" class="hint">{{hint}}</span>{{/hint}}
        {{#error}}<span id="{{id}}-fel" class="field-error">{{error}}</span>{{/error}}</p>

        """

    /// A labelled select with its hint and error.
    static let select = """
        <p><label for="{{id}}">{{label}}</label>
        <select id="{{id}}" name="{{name}}"{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}>
        {{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{text}}</option>
        {{/options}}
        </select>
        {{#hint}}<span id="{{id}}-hjalp" class="hint">{{hint}}</span>{{/hint}}
        {{#error}}<span id="{{id}}-fel" class="field-error">{{error}}</span>{{/error}}</p>

        """

    static let accounts = """
        <h1>{{heading}}</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#pageError}}<p class="error" role="alert">{{pageError}}</p>{{/pageError}}
        {{^hasAccounts}}<p>{{noAccounts}}</p>{{/hasAccounts}}
        {{#hasAccounts}}
        <table>
        <caption>{{caption}}</caption>
        <thead><tr><th scope="col">{{userLabel}}</th><th scope="col">{{roleLabel}}</th><th scope="col">{{regionLabel}}</th><th scope="col">{{nameLabel}}</th><th scope="col">{{emailLabel}}</th><th scope="col">{{stateLabel}}</th><th scope="col">{{lastSignInLabel}}</th><th scope="col">{{actionsLabel}}</th></tr></thead>
        <tbody>
        {{#accounts}}<tr id="konto-{{id}}"><th scope="row">{{username}}{{#isSelf}} {{you}}{{/isSelf}}</th><td>{{role}}</td><td>{{region}}</td><td>{{name}}</td><td>{{email}}</td><td class="{{stateClass}}">{{state}}</td><td>{{lastSignIn}}</td><td>{{^isSelf}}<form class="row-action" method="post" action="/admin/konton/{{id}}/{{toggleAction}}"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{toggleLabel}}<span class="visually-hidden"> {{username}}</span></button></form>
        <form class="row-action" method="post" action="/admin/konton/{{id}}/losenord"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{resetLabel}}<span class="visually-hidden"> {{username}}</span></button></form>{{/isSelf}}</td></tr>
        {{/accounts}}
        </tbody>
        </table>
        <p class="hint">{{selfNote}}</p>
        {{/hasAccounts}}
        <h2 id="skapa-konto" tabindex="-1">{{createHeading}}</h2>
        {{>admin-errors}}
        <form method="post" action="/admin/konton">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#usernameField}}{{>admin-field}}{{/usernameField}}
        {{#roleField}}{{>admin-select}}{{/roleField}}
        {{#regionField}}{{>admin-select}}{{/regionField}}
        {{#nameField}}{{>admin-field}}{{/nameField}}
        {{#emailField}}{{>admin-field}}{{/emailField}}
        <p><button type="submit">{{createLabel}}</button></p>
        </form>

        """

    static let tokens = """
        <h1>{{heading}}</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{^hasTokens}}<p>{{noTokens}}</p>{{/hasTokens}}
        {{#hasTokens}}
        <table>
        <caption>{{caption}}</caption>
        <thead><tr><th scope="col">{{idLabel}}</th><th scope="col">{{nameLabel}}</th><th scope="col">{{roleLabel}}</th><th scope="col">{{regionLabel}}</th><th scope="col">{{createdLabel}}</th><th scope="col">{{stateLabel}}</th><th scope="col">{{actionsLabel}}</th></tr></thead>
        <tbody>
        {{#tokens}}<tr id="nyckel-{{id}}"><th scope="row">{{id}}</th><td>{{name}}</td><td>{{role}}</td><td>{{region}}</td><td>{{created}}</td><td class="{{stateClass}}">{{state}}</td><td>{{^revoked}}<form class="row-action" method="post" action="/admin/token/{{id}}/aterkalla"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{revokeLabel}}<span class="visually-hidden"> {{id}} {{name}}</span></button></form>{{/revoked}}</td></tr>
        {{/tokens}}
        </tbody>
        </table>
        {{/hasTokens}}
        <h2 id="skapa-nyckel" tabindex="-1">{{createHeading}}</h2>
        {{>admin-errors}}
        <form method="post" action="/admin/token">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#nameField}}{{>admin-field}}{{/nameField}}
        {{#roleField}}{{>admin-select}}{{/roleField}}
        {{#regionField}}{{>admin-select}}{{/regionField}}
        <p><button type="submit">{{createLabel}}</button></p>
        </form>

        """

    /// The one-time password or token: shown once, never cached (`Cache-Control: no-store`).
    static let secret = """
        <h1>{{heading}}</h1>
        <p role="status">{{done}}</p>
        <p><label for="hemlighet">{{secretLabel}}</label>
        <input id="hemlighet" type="text" readonly value="{{secret}}" size="{{size}}" aria-describedby="hemlighet-hjalp" class="secret"></p>
        <p id="hemlighet-hjalp" class="hint">{{note}}</p>
        <p><a href="{{backHref}}">{{back}}</a></p>

        """

    static let audit = """
        <h1>{{heading}}</h1>
        <h2 id="filter">{{filterHeading}}</h2>
        {{>admin-errors}}
        <form method="get" action="/admin/logg" class="filters" aria-labelledby="filter">
        {{#whoField}}{{>admin-field}}{{/whoField}}
        {{#actionField}}{{>admin-select}}{{/actionField}}
        {{#fromField}}{{>admin-field}}{{/fromField}}
        {{#toField}}{{>admin-field}}{{/toField}}
        {{#addressField}}{{>admin-field}}{{/addressField}}
        <p><button type="submit">{{apply}}</button> <a href="/admin/logg">{{clear}}</a></p>
        </form>
        <p role="status">{{shown}}</p>
        {{#hasRows}}
        <table>
        <caption>{{heading}}</caption>
        <thead><tr><th scope="col">{{atLabel}}</th><th scope="col">{{whoLabel}}</th><th scope="col">{{addressLabel}}</th><th scope="col">{{actionLabel}}</th><th scope="col">{{detailLabel}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{at}}</td><td>{{who}}</td><td>{{address}}</td><td>{{action}}</td><td>{{detail}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{/hasRows}}
        {{#hasPages}}<nav aria-label="{{pagesLabel}}"><ul class="pager">
        {{#newerHref}}<li><a href="{{newerHref}}" rel="prev">{{newer}}</a></li>{{/newerHref}}
        {{#olderHref}}<li><a href="{{olderHref}}" rel="next">{{older}}</a></li>{{/olderHref}}
        </ul></nav>{{/hasPages}}

        """

    /// Appended to the portal's style sheet (`PageTemplates.stylesheet`).
    static let stylesheet = """
        select:focus, textarea:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
        select, input { font: inherit; }
        .field-error { display: block; color: #a00000; font-weight: bold; }
        .hint { display: block; }
        .error-summary { border: 3px solid #a00000; padding: .5rem 1rem; margin: 1rem 0; }
        .error-summary a { color: #a00000; font-weight: bold; }
        .notice { border-left: 6px solid #1e6b1e; padding: .5rem 1rem; background: #eef7ee; }
        .row-action { display: inline; }
        .row-action button { margin: .1rem 0; }
        .secret { font-family: ui-monospace, monospace; font-size: 1.1rem; }
        .filters p { margin: .5rem 0; }
        .pager { list-style: none; display: flex; gap: 1rem; padding: 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

        """
}
