"""The operators' pages end to end in headless Chromium (issue 13, "Admin pages").

Run by scripts/browser-test (same server and scratch data directory as test_portal.py); the
admin account is made here with `followup users add --role admin --password-stdin`.

An admin signs in; creates a region account with the keyboard alone (TAB to each field, the
region chosen by typing in the select, ENTER on the button; every field shows a visible
focus), reads the one-time password once, and meets the error of a duplicate user name
beside its field; the new account signs in with that password in a fresh browser session;
the admin disables it and that session ends; a token is made and revoked (the API answers,
then 401); the audit log is filtered by who. Every admin page passes axe-core with no serious
or critical violation.
"""

import json
import os
import subprocess
import urllib.error
import urllib.request

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

URL = os.environ["FOLLOWUP_BROWSER_URL"]
BIN = os.environ["FOLLOWUP_BROWSER_BIN"]
CONFIG = os.environ["FOLLOWUP_BROWSER_CONFIG"]

ADMIN, ADMIN_PASSWORD = "admin-webb", "webbläsare-admin-lösen"
NEW_USER = "region14-ny"


@pytest.fixture(scope="module")
def admin_account():
    add = subprocess.run([BIN, "users", "add", ADMIN, "--role", "admin", "--name", "Webbadmin (test)",
                          "--password-stdin", "--config", CONFIG],
                         input=ADMIN_PASSWORD + "\n", capture_output=True, text=True, timeout=60)
    assert add.returncode == 0, add.stderr
    return ADMIN, ADMIN_PASSWORD


def press_tab_until(driver, predicate, limit=120):
    """TAB until the focused element satisfies predicate; every element reached shows a focus."""
    for _ in range(limit):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        el = driver.switch_to.active_element
        if predicate(el):
            outline = driver.execute_script(
                "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, parseFloat(s.outlineWidth)];", el)
            assert outline[0] != "none" and outline[1] >= 2, f"ingen synlig fokusmarkering på {el.get_attribute('outerHTML')[:120]}"
            return el
    raise AssertionError("tangentbordet nådde inte elementet")


def named(tag, name):
    return lambda el: el.tag_name == tag and el.get_attribute("name") == name


def button(text):
    return lambda el: el.tag_name == "button" and text in el.text


def sign_in(driver, check, user, password):
    driver.get(URL + "/logga-in")
    press_tab_until(driver, named("input", "username")).send_keys(user)
    press_tab_until(driver, named("input", "password")).send_keys(password)
    press_tab_until(driver, button("Logga in")).send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "/oversikt" in d.current_url)
    check.check(f"oversikt-{user}")


def api_status(token):
    request = urllib.request.Request(URL + "/api/v1/status", headers={"Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as e:
        return e.code, None


def test_admin_pages(chromium, page_check, admin_account):
    d = chromium()
    pages = page_check(d, "admin")
    sign_in(d, pages, *admin_account)

    # The admin pages are in the navigation; the accounts page lists the accounts.
    nav = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "header nav a")]
    for path in ("/admin/konton", "/admin/token", "/admin/logg"):
        assert URL + path in nav, nav
    d.get(URL + "/admin/konton")
    pages.check("konton")
    names = [th.text for th in d.find_elements(By.CSS_SELECTOR, "tbody th[scope=row]")]
    assert any(n.startswith(ADMIN) for n in names), names

    # Create a region account with the keyboard alone.
    press_tab_until(d, named("input", "username")).send_keys(NEW_USER)
    role = press_tab_until(d, named("select", "role"))
    assert role.get_attribute("value") == "region"
    region = press_tab_until(d, named("select", "region"))
    ActionChains(d).send_keys("14").perform()
    assert region.get_attribute("value") == "14"
    press_tab_until(d, named("input", "name")).send_keys("Ny i Västra Götaland")
    press_tab_until(d, named("input", "email")).send_keys("ny@example.se")
    press_tab_until(d, button("Skapa kontot")).send_keys(Keys.ENTER)
    WebDriverWait(d, 15).until(lambda d: d.find_elements(By.ID, "hemlighet"))
    pages.check("konto-skapat")
    assert f"Kontot {NEW_USER} är skapat." in d.find_element(By.TAG_NAME, "h1").text
    one_time = d.find_element(By.ID, "hemlighet").get_attribute("value")
    assert len(one_time) == 20, one_time

    # Shown once: the list does not carry it.
    d.get(URL + "/admin/konton")
    assert one_time not in d.page_source

    # The same user name again: the form comes back with the error at the field.
    press_tab_until(d, named("input", "username")).send_keys(NEW_USER)
    press_tab_until(d, named("select", "region"))
    ActionChains(d).send_keys("14").perform()
    press_tab_until(d, button("Skapa kontot")).send_keys(Keys.ENTER)
    WebDriverWait(d, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".error-summary"))
    pages.check("konto-dubblett")
    field = d.find_element(By.ID, "konto-anvandarnamn")
    assert field.get_attribute("aria-invalid") == "true"
    described = field.get_attribute("aria-describedby").split()
    assert "konto-anvandarnamn-fel" in described
    assert "finns redan" in d.find_element(By.ID, "konto-anvandarnamn-fel").text
    assert d.find_element(By.CSS_SELECTOR, ".error-summary a").get_attribute("href").endswith("#konto-anvandarnamn")

    # The new account signs in with the one-time password, in a fresh browser session.
    other = chromium()
    other_pages = page_check(other, "ny")
    sign_in(other, other_pages, NEW_USER, one_time)
    assert "Västra Götaland" in other.find_element(By.TAG_NAME, "h1").text
    other.get(URL + "/admin/konton")
    assert other.find_element(By.TAG_NAME, "h1").text == "Ingen behörighet"

    # The admin disables it (keyboard); its session ends and it cannot sign in.
    d.get(URL + "/admin/konton")
    press_tab_until(d, lambda el: el.tag_name == "button"
                    and " ".join(el.get_attribute("textContent").split()) == f"Spärra {NEW_USER}").send_keys(Keys.ENTER)
    WebDriverWait(d, 15).until(lambda d: "klart=sparrad" in d.current_url)
    pages.check("konto-sparrat")
    assert f"Kontot {NEW_USER} är spärrat" in d.find_element(By.CSS_SELECTOR, ".notice").text
    other.get(URL + "/oversikt")
    assert other.current_url.endswith("/logga-in"), other.current_url

    # A token: made on the page, works on the API, revoked, then 401.
    d.get(URL + "/admin/token")
    pages.check("token")
    press_tab_until(d, named("input", "name")).send_keys("webbtestets system")
    press_tab_until(d, named("select", "region"))
    ActionChains(d).send_keys("14").perform()
    press_tab_until(d, button("Skapa nyckeln")).send_keys(Keys.ENTER)
    WebDriverWait(d, 15).until(lambda d: d.find_elements(By.ID, "hemlighet"))
    pages.check("token-skapad")
    token = d.find_element(By.ID, "hemlighet").get_attribute("value")
    assert token.startswith("fu_")
    status, rows = api_status(token)
    assert status == 200 and rows and {r["region_kod"] for r in rows} == {"14"}, (status, rows)
    d.get(URL + "/admin/token")
    press_tab_until(d, lambda el: el.tag_name == "button"
                    and "webbtestets system" in el.get_attribute("textContent")).send_keys(Keys.ENTER)
    WebDriverWait(d, 15).until(lambda d: "klart=aterkallad" in d.current_url)
    pages.check("token-aterkallad")
    assert api_status(token)[0] == 401

    # The audit log, filtered by who from the keyboard.
    d.get(URL + "/admin/logg")
    pages.check("logg")
    press_tab_until(d, named("input", "vem")).send_keys(ADMIN)
    press_tab_until(d, button("Visa")).send_keys(Keys.ENTER)
    WebDriverWait(d, 15).until(lambda d: "vem=" in d.current_url)
    pages.check("logg-filtrerad")
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")] for tr in d.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert rows and all(r[1] == ADMIN for r in rows), rows
    actions = [r[3] for r in rows]
    for action in ("login", "account-add", "account-disable", "token-add", "token-revoke"):
        assert action in actions, actions
