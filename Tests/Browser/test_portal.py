"""The portal end to end in headless Chromium (issue 12, "Tested in a real browser").

Run by scripts/browser-test, which starts `followup serve` over a scratch data directory
with two region accounts (14 and 01) and passes everything through FOLLOWUP_BROWSER_*.

One flow, in order, with the keyboard wherever a person would act (TAB to reach a field
or button, ENTER to press it; a file input is filled with the file's path, which is what
choosing a file amounts to): sign in as region 14; check a broken file and read its
findings (line, column, message) on the page; check and submit the corrected set; run the
nightly job; see the receipt in the history; sign out; sign in as region 01 and get 404 for
region 14's receipt by its URL. Every page visited passes axe-core with no serious or
critical violation, and every page is saved as a screenshot.

The analysts' side (issue 13), a second flow: an analyst account (made here with
`followup users add`, as the demo makes its analyst) sees region 01's cell for 2021 say
"Saknas"; region 01 submits its four 2021 reports and the nightly job runs; the cell says
"Godkänd" and leads to the region's files; the tables of the year open and the workbook
downloads as a zip; the finding statistics, the runs and a run's log open; every analyst
page passes axe-core; and region 01 gets 403 on every analyst page.
"""

import os
import re
import subprocess
import time
import zipfile
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import PageCheck
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

URL = os.environ["FOLLOWUP_BROWSER_URL"]
BIN = os.environ["FOLLOWUP_BROWSER_BIN"]
CONFIG = os.environ["FOLLOWUP_BROWSER_CONFIG"]
ROOT = Path(os.environ["FOLLOWUP_BROWSER_ROOT"])
SCREENS = Path(os.environ["FOLLOWUP_SCREENSHOTS"])

BROKEN = ROOT / "Samples/broken/type-error/14_2024_finansiering.csv"
CORRECTED = sorted((ROOT / "Samples/inbox/14").glob("14_2020_*.csv"))


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=sv-SE"):
        options.add_argument(arg)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    SCREENS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


class Pages(PageCheck):
    """What every visited page goes through (conftest's PageCheck: load check, screenshot,
    axe-core), plus moving the focus with the keyboard."""

    def __init__(self, driver):
        super().__init__(driver, "")

    def tab_to(self, predicate, limit=40):
        """Presses TAB until the focused element satisfies predicate; returns it."""
        d = self.driver
        for _ in range(limit):
            ActionChains(d).send_keys(Keys.TAB).perform()
            el = d.switch_to.active_element
            if predicate(el):
                return el
        raise AssertionError("tangentbordet nådde inte elementet")


def is_field(name):
    return lambda el: el.tag_name == "input" and el.get_attribute("name") == name


def is_button(value=None, text=None):
    def match(el):
        if el.tag_name != "button":
            return False
        if value is not None and el.get_attribute("value") != value:
            return False
        return text is None or text in el.text
    return match


def sign_in(pages, user, password):
    d = pages.driver
    d.get(URL + "/")
    assert d.current_url.endswith("/logga-in")
    pages.check(f"logga-in-{user}")
    pages.tab_to(is_field("username")).send_keys(user)
    pages.tab_to(is_field("password")).send_keys(password)
    pages.tab_to(is_button()).send_keys(Keys.ENTER)
    WebDriverWait(d, 15).until(lambda d: "/oversikt" in d.current_url)
    pages.check(f"oversikt-{user}")


def upload(pages, paths, action):
    """Chooses the files and presses the button with value `action` from the keyboard."""
    d = pages.driver
    d.get(URL + "/skicka-in")
    pages.check(f"skicka-in-{action}-fore")
    pages.tab_to(is_field("file")).send_keys("\n".join(str(p) for p in paths))
    button = pages.tab_to(is_button(value=action))
    button.send_keys(Keys.ENTER)
    WebDriverWait(d, 30).until(lambda d: d.find_elements(By.ID, "resultat"))
    pages.check(f"skicka-in-{action}-resultat")


def test_whole_flow(browser):
    d = browser
    pages = Pages(d)
    user14, pass14 = os.environ["FOLLOWUP_BROWSER_USER14"], os.environ["FOLLOWUP_BROWSER_PASS14"]
    user01, pass01 = os.environ["FOLLOWUP_BROWSER_USER01"], os.environ["FOLLOWUP_BROWSER_PASS01"]
    assert BROKEN.exists() and len(CORRECTED) == 4

    # 1. Sign in as region 14, keyboard only.
    sign_in(pages, user14, pass14)

    # 2. Check a broken file: its findings (line, column, message) are on the page.
    upload(pages, [BROKEN], "check")
    section = d.find_element(By.CSS_SELECTOR, "section.file")
    assert BROKEN.name in section.find_element(By.TAG_NAME, "h3").text
    headers = [th.text for th in section.find_elements(By.CSS_SELECTOR, "thead th")]
    assert headers[0].lower().startswith("rad") and headers[1].lower().startswith("kolumn"), headers
    rows = section.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert rows, "inga fynd på sidan"
    table = [[td.text for td in r.find_elements(By.TAG_NAME, "td")] for r in rows]
    typed = [c for c in table if c[4] == "type-error"]
    assert typed, table
    line, column, value, severity, code, message = typed[0]
    assert re.fullmatch(r"\d+", line), typed[0]
    assert column and message and severity == "fel", typed[0]
    # Nothing reached the inbox.
    assert not (Path(CONFIG).parent / "data/inbox/14" / BROKEN.name).exists()

    # 3. Check the corrected set (four reports of 2020), then check and submit it.
    upload(pages, CORRECTED, "check")
    assert len(d.find_elements(By.CSS_SELECTOR, "section.file p.state-ok")) == len(CORRECTED)
    upload(pages, CORRECTED, "submit")
    states = [p.text for p in d.find_elements(By.CSS_SELECTOR, "section.file p.state-ok")]
    assert len(states) == len(CORRECTED), d.find_element(By.ID, "innehall").text
    inbox = Path(CONFIG).parent / "data/inbox/14"
    assert sorted(p.name for p in inbox.iterdir() if not p.name.startswith(".")) == [p.name for p in CORRECTED]

    # 4. The nightly job.
    run = subprocess.run([BIN, "run", "--config", CONFIG], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr

    # 5. The receipts in the history; the receipt opens.
    d.get(URL + "/historik")
    pages.check("historik")
    links = d.find_elements(By.CSS_SELECTOR, "a[href$='/kvitto.txt']")
    assert len(links) >= len(CORRECTED), d.find_element(By.ID, "innehall").text
    names = [th.text for th in d.find_elements(By.CSS_SELECTOR, "tbody th[scope=row]")]
    for p in CORRECTED:
        assert p.name in names, names
    receipt_url = links[0].get_attribute("href")
    links[0].send_keys(Keys.ENTER)
    WebDriverWait(d, 10).until(lambda d: d.current_url == receipt_url)
    assert "14_2020_" in d.find_element(By.TAG_NAME, "body").text

    # The other pages a region sees.
    for path, name in (("/oversikt?ar=2020", "oversikt-2020"), ("/mallar", "mallar")):
        d.get(URL + path)
        pages.check(name)

    # 6. Sign out from the keyboard.
    d.get(URL + "/historik")
    pages.tab_to(lambda el: el.tag_name == "button" and "logga ut" in el.text.lower()).send_keys(Keys.ENTER)
    WebDriverWait(d, 10).until(lambda d: d.current_url.endswith("/logga-in"))
    d.get(receipt_url)
    assert d.current_url.endswith("/logga-in"), d.current_url

    # 7. Region 01 cannot reach region 14's receipt: 404, the same as a missing one.
    sign_in(pages, user01, pass01)
    d.get(receipt_url)
    pages.check("annan-regions-kvitto")
    body = d.find_element(By.TAG_NAME, "body").text
    assert "14_2020_" not in body
    d.get(URL + "/historik/finns-inte/kvitto.txt")
    assert d.find_element(By.TAG_NAME, "body").text == body
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in d.get_cookies())
    request = urllib.request.Request(receipt_url, headers={"Cookie": cookies})
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(request, timeout=10)
    assert answer.value.code == 404
    d.get(URL + "/historik")
    pages.check("historik-region01")
    assert not d.find_elements(By.CSS_SELECTOR, "a[href$='/kvitto.txt']")


ANALYST, ANALYST_PASS = "demo-analytiker", "webbläsare-analys-lösen"
ANALYST_PAGES = ["/analys/tackning?ar=2021", "/analys/region/01?ar=2021", "/analys/tabeller?ar=2021",
                 "/analys/tabeller/2021/jamforelse-2021.xlsx", "/analys/fynd?ar=2021", "/analys/korningar",
                 "/analys/korningar/1"]
REGION01_2021 = sorted((ROOT / "Samples/inbox/01").glob("01_2021_*.csv"))


def coverage_cell(driver, region, report):
    """The words of a coverage cell (its hidden prefix "<region> <report>: " removed) and its link."""
    for a in driver.find_elements(By.CSS_SELECTOR, "table.coverage td.cov a"):
        text = a.get_attribute("textContent")
        prefix = f"{region} {report}: "
        if text.startswith(prefix):
            return text[len(prefix):], a
    raise AssertionError(f"ingen ruta för {region} {report}")


def status_of(url, cookies):
    request = urllib.request.Request(url, headers={"Cookie": cookies})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def test_analyst_flow(browser, tmp_path):
    d = browser
    pages = Pages(d)
    pages.count = 50
    user01, pass01 = os.environ["FOLLOWUP_BROWSER_USER01"], os.environ["FOLLOWUP_BROWSER_PASS01"]
    assert len(REGION01_2021) == 4
    made = subprocess.run([BIN, "users", "add", ANALYST, "--role", "analytiker", "--name", "Demo analytiker",
                           "--password-stdin", "--config", CONFIG], input=ANALYST_PASS + "\n",
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr

    # 1. The analyst sees region 01's 2021 reports missing.
    d.delete_all_cookies()
    sign_in(pages, ANALYST, ANALYST_PASS)
    d.get(URL + "/analys/tackning?ar=2021")
    pages.check("tackning-fore")
    words, _ = coverage_cell(d, "01", "insatser")
    assert words == "Saknas", words

    # 2. Region 01 submits its four reports; the nightly job runs.
    d.delete_all_cookies()
    sign_in(pages, user01, pass01)
    upload(pages, REGION01_2021, "submit")
    assert len(d.find_elements(By.CSS_SELECTOR, "section.file p.state-ok")) == 4, d.find_element(By.ID, "innehall").text
    run = subprocess.run([BIN, "run", "--config", CONFIG], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr

    # 3. A region gets 403 on every analyst page, and no navigation to them.
    d.get(URL + "/analys/tackning?ar=2021")
    pages.check("tackning-som-region")
    assert not d.find_elements(By.CSS_SELECTOR, "table.coverage")
    assert not d.find_elements(By.CSS_SELECTOR, "nav a[href^='/analys/']")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in d.get_cookies())
    for path in ANALYST_PAGES:
        assert status_of(URL + path, cookies) == 403, path

    # 4. The analyst sees the cell say Godkänd and follows it with the keyboard.
    d.delete_all_cookies()
    sign_in(pages, ANALYST, ANALYST_PASS)
    d.get(URL + "/analys/tackning?ar=2021")
    pages.check("tackning-efter")
    words, link = coverage_cell(d, "01", "insatser")
    assert words.startswith("Godkänd"), words
    href = link.get_attribute("href")
    pages.tab_to(lambda el: el.tag_name == "a" and el.get_attribute("href") == href, limit=200).send_keys(Keys.ENTER)
    WebDriverWait(d, 10).until(lambda d: "/analys/region/01" in d.current_url)
    pages.check("region-01")
    names = [th.text for th in d.find_elements(By.CSS_SELECTOR, "tbody th[scope=row]")]
    for p in REGION01_2021:
        assert p.name in names, names

    # 5. The tables of the year, and the workbook downloaded from the keyboard.
    downloads = tmp_path / "nedladdat"
    downloads.mkdir()
    d.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    d.get(URL + "/analys/tabeller?ar=2021&tabell=omraden")
    pages.check("tabell-omraden-2021")
    assert d.find_elements(By.CSS_SELECTOR, "#tabell-omraden table tbody tr")
    d.get(URL + "/analys/tabeller?ar=2021")
    pages.check("tabeller-2021")
    assert d.find_elements(By.CSS_SELECTOR, "svg.diagram")
    pages.tab_to(lambda el: el.tag_name == "a" and (el.get_attribute("href") or "").endswith("/jamforelse-2021.xlsx"),
                 limit=60).send_keys(Keys.ENTER)
    workbook = downloads / "jamforelse-2021.xlsx"
    deadline = time.time() + 30
    while not workbook.exists() and time.time() < deadline:
        time.sleep(0.2)
    assert workbook.exists(), list(downloads.iterdir())
    with zipfile.ZipFile(workbook) as z:
        assert "xl/workbook.xml" in z.namelist()

    # 6. Findings, runs, the log of a run.
    for path, name in (("/analys/fynd?ar=2021", "fynd-2021"), ("/analys/korningar", "korningar")):
        d.get(URL + path)
        pages.check(name)
    run_links = d.find_elements(By.CSS_SELECTOR, "a[href^='/analys/korningar/']")
    assert run_links, d.find_element(By.ID, "innehall").text
    run_links[0].send_keys(Keys.ENTER)
    WebDriverWait(d, 10).until(lambda d: re.search(r"/analys/korningar/\d+$", d.current_url))
    pages.check("korning")
    assert "run-started" in d.find_element(By.ID, "innehall").text
