"""What the browser tests share (run by scripts/browser-test).

`chromium` makes headless Chromium sessions on demand — each one a fresh browser with its
own cookies, so a test can act as two people at once — and quits them all at the end.
"""

import os

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def new_chromium():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=sv-SE"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    return driver


@pytest.fixture(scope="module")
def chromium():
    """A factory: chromium() starts a fresh headless browser session."""
    drivers = []

    def make():
        driver = new_chromium()
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.quit()


class PageCheck:
    """What every visited page goes through: loaded, saved as a screenshot, Swedish, and
    axe-core with no serious or critical violation (lesser ones are printed)."""

    def __init__(self, driver, prefix):
        from pathlib import Path
        self.driver = driver
        self.prefix = prefix
        self.count = 0
        self.screens = Path(os.environ.get("FOLLOWUP_SCREENSHOTS", "screens"))
        self.screens.mkdir(parents=True, exist_ok=True)

    def check(self, name):
        from axe_selenium_python import Axe
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
        d = self.driver
        WebDriverWait(d, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        self.count += 1
        stem = f"{self.prefix}-{self.count:02d}" if self.prefix else f"{self.count:02d}"
        d.save_screenshot(str(self.screens / f"{stem}-{name}.png"))
        assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"
        axe = Axe(d)
        axe.inject()
        results = axe.run()
        assert results["passes"], f"axe-core prövade ingenting på {name}"
        bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
        for v in results["violations"]:
            if v not in bad:
                print(f"axe-core ({v.get('impact')}) på {name}: {v['id']} – {v['help']}")
        assert not bad, f"axe-core på {name} ({d.current_url}):\n" + axe.report(bad)


@pytest.fixture(scope="module")
def page_check():
    """A factory: page_check(driver, prefix) gives a PageCheck for that browser."""
    return PageCheck
